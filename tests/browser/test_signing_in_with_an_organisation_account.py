"""Signing in with an organisation account in a real browser: the sign-in page's button, the
certified OpenID provider on loopback (tests/people/oidc_provider/server.mjs, which signs in its
test person without a form), and back to Tracker signed in; a refusal reads plainly."""
from __future__ import annotations

import pytest

from tests.browser.conftest import _free_port, serving
from tests.people.oidc_provider import certified_provider, provider_settings

SITE = "SEND Partnership Tracker"


@pytest.fixture(scope="module")
def live_server(browser_database_url, smtp_server):
    """The app served with the provider set up (overrides tests/browser/conftest.py's for this
    module): the provider must know the server's address before it starts."""
    port = _free_port()
    with certified_provider(f"http://127.0.0.1:{port}/sign-in/with/company/return") as issuer:
        with serving(browser_database_url, smtp_server, port=port,
                     OIDC_PROVIDERS=[provider_settings("company", "Company Account", issuer)]) as app:
            yield app


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
