import threading

import pytest
from sqlalchemy import create_engine, text

from tracker.extensions import db
from tracker.people.models import Organisation


def test_healthz_answers_when_the_database_does(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "database": "ok", "schema": "ok", "outbox": "ok"}


def test_healthz_is_503_when_the_database_is_down(tmp_path):
    from config import TestConfig
    from tracker import create_app

    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI="postgresql+psycopg://postgres@127.0.0.1:1/none")
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json["status"] == "unavailable"


@pytest.mark.parametrize("test_database_url, expected", [
    (None, "sqlite://"),
    ("", "sqlite://"),
    ("postgresql://postgres@127.0.0.1:5432/tracker_ci", "postgresql+psycopg://postgres@127.0.0.1:5432/tracker_ci"),
])
def test_the_test_profile_never_uses_database_url(test_database_url, expected):
    """DATABASE_URL may name a real database; the tests wipe theirs, so they read TEST_DATABASE_URL only."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "DATABASE_URL": "postgresql://tracker@db.example.org/live"}
    env.pop("TEST_DATABASE_URL", None)
    if test_database_url is not None:
        env["TEST_DATABASE_URL"] = test_database_url
    shown = subprocess.run(
        [sys.executable, "-c", "import config; print(config.TestConfig.SQLALCHEMY_DATABASE_URI); "
                               "print(config.DevelopmentConfig.SQLALCHEMY_DATABASE_URI)"],
        cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True, check=True,
    ).stdout.split()
    assert shown == [expected, "postgresql+psycopg://tracker@db.example.org/live"]


def test_a_page_the_person_may_not_open_is_the_styled_403_in_plain_english(client, auth, make_person):
    auth.login(make_person(role="champion"))
    response = client.get("/groups/new")  # setting up a group: admins and the service's chairs
    page = response.get_data(as_text=True)
    assert response.status_code == 403
    assert "<title>You do not have permission to see this page" in page
    assert '<h1 class="govuk-heading-l">You do not have permission to see this page</h1>' in page
    assert "You are signed in, but you cannot see or change this." in page
    assert "govuk-service-navigation" in page and "build/tracker.css" in page  # the service's own layout
    assert "403" not in page.split("<main", 1)[1]  # no codes or jargon for the reader


def test_an_unexpected_error_is_the_styled_500_without_a_stack_trace(tmp_path):
    from config import TestConfig
    from tracker import create_app
    from tracker.core.access import public

    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/tracker.db",
                     PROPAGATE_EXCEPTIONS=False)

    @public
    def broken():
        raise RuntimeError("secret detail from deep inside the code")

    app.add_url_rule("/broken", "broken", broken)
    response = app.test_client().get("/broken")
    page = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "<title>Sorry, there is a problem with the service" in page
    assert "Nothing you had already saved has been lost." in page
    assert "govuk-service-navigation" in page and "build/tracker.css" in page
    assert "Traceback" not in page and "RuntimeError" not in page and "secret detail" not in page


def test_every_page_starts_with_a_skip_link_to_the_main_content(client):
    page = client.get("/sign-in").get_data(as_text=True)
    body = page.split("<body", 1)[1]
    first_link = body.split("<a ", 1)[1].split(">", 1)[0]
    assert 'href="#main-content"' in first_link and "govuk-skip-link" in first_link
    assert "Skip to main content" in body.split("</a>", 1)[0]
    assert body.count('id="main-content"') == 1 and '<main class="govuk-main-wrapper' in body


def test_security_headers_on_every_page(client):
    headers = client.get("/sign-in").headers
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "same-origin"


def test_session_cookie_is_httponly_and_samesite(client):
    cookie = client.get("/sign-in").headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_production_cookies_are_secure():
    from config import ProductionConfig

    assert ProductionConfig.SESSION_COOKIE_SECURE and ProductionConfig.REMEMBER_COOKIE_SECURE


def test_not_found_page_is_plain_english(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert "Page not found" in response.get_data(as_text=True)
    assert "Traceback" not in response.get_data(as_text=True)


def test_accessibility_statement_is_public(client):
    page = client.get("/accessibility").get_data(as_text=True)
    assert "Accessibility statement" in page
    assert "WCAG" in page


def test_no_gov_uk_crown_or_font(client):
    page = client.get("/sign-in").get_data(as_text=True)
    assert "govuk-header__logotype" not in page
    assert "GOV.UK" not in page.replace("GOV.UK Design System", "")
    # The footer is ours: no crown, no Crown copyright crest, no Open Government Licence.
    assert "<footer" in page and "Accessibility statement" in page
    for crown in ("govuk-footer__crown", "govuk-logo", "Crown copyright", "copyright-logo", "Open Government Licence"):
        assert crown not in page, crown


def test_sqlite_is_configured_for_concurrent_writers(app, engine_name):
    if engine_name != "sqlite":
        return
    assert db.session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert db.session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert db.session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_concurrent_writers_do_not_fail_with_database_locked(app, engine_name, make_organisation):
    """Four threads read-then-write at once: every write lands and none sees "database is locked"."""
    if engine_name != "sqlite":
        pytest.skip("PostgreSQL has row-level locking; the lock upgrade problem is SQLite's")
    engine = create_engine(db.engine.url.render_as_string(hide_password=False))
    organisation_id = make_organisation(name="Counter", short_name="0").id
    db.session.commit()  # end the test's own read transaction: it holds SQLite's write lock
    errors = []

    def bump():
        try:
            for _ in range(10):
                with engine.begin() as connection:
                    value = connection.execute(
                        text("SELECT short_name FROM organisations WHERE id = :id"), {"id": organisation_id}
                    ).scalar()
                    connection.execute(
                        text("UPDATE organisations SET short_name = :value WHERE id = :id"),
                        {"value": str(int(value) + 1), "id": organisation_id},
                    )
        except Exception as error:  # collected and asserted below
            errors.append(error)

    threads = [threading.Thread(target=bump) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    engine.dispose()
    assert errors == []
    db.session.expire_all()
    assert db.session.get(Organisation, organisation_id).short_name == "40"
