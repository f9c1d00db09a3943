"""Signing in with an organisation account in a real browser: the sign-in page's button, the
certified OpenID provider on loopback (tests/people/oidc_provider/server.mjs, which signs in its
test person without a form), and back to Tracker signed in; a refusal reads plainly."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import insert
from werkzeug.serving import make_server

from config import TestConfig
from tests.browser.conftest import _free_port, _QuietHandler
from tests.people.oidc_provider import certified_provider, provider_settings
from tracker import create_app
from tracker.extensions import db

SITE = "SEND Partnership Tracker"


@pytest.fixture(scope="module")
def live_server(browser_database_url, smtp_server):
    """The app served as tests/browser/conftest.py serves it, with the provider set up (overrides
    that fixture for this module): the provider must know the server's address before it starts."""
    from tracker.core.models import Tag
    from tracker.core.reference import reference_rows

    port = _free_port()
    with certified_provider(f"http://127.0.0.1:{port}/sign-in/with/company/return") as issuer:
        app = create_app(
            TestConfig, SQLALCHEMY_DATABASE_URI=browser_database_url,
            MAIL_SERVER=smtp_server.hostname, MAIL_PORT=smtp_server.port,
            OIDC_PROVIDERS=[provider_settings("company", "Company Account", issuer)],
        )
        with app.app_context():
            db.drop_all()
            db.create_all()
            db.session.execute(insert(Tag), reference_rows())
            db.session.commit()
            db.engine.dispose()  # no connection shared with the server's threads
        server = make_server("127.0.0.1", port, app, threaded=True, request_handler=_QuietHandler)
        app.config["BASE_URL"] = f"http://127.0.0.1:{port}"
        thread = threading.Thread(target=server.serve_forever, name="live-server-sso", daemon=True)
        thread.start()
        yield app
        server.shutdown()
        thread.join(timeout=10)


def test_signing_in_with_an_organisation_account_and_out(visitor, make_person):
    make_person(name="Alice Example", email="alice@example.org", password=None)
    visitor.go("/sign-in").sees_title(f"Sign in – {SITE}").sees("Sign in with your organisation account")
    visitor.press("Sign in with Company Account").sees_title(f"Home – {SITE}").sees("Welcome, Alice Example")
    visitor.press("Sign out").sees_title(f"Sign in – {SITE}").sees("You have signed out.")


def test_someone_the_service_does_not_know_is_told_plainly(visitor):
    visitor.go("/sign-in").press("Sign in with Company Account")
    visitor.sees_title(f"You are not signed in – {SITE}")
    visitor.sees("Nobody with the email address alice@example.org can use this service yet")
    visitor.follow("Back to sign in").sees_title(f"Sign in – {SITE}")
