from datetime import timedelta

import pytest

from tests.conftest import PASSWORD, FormClient
from tracker.core.dates import local_today, utcnow
from tracker.extensions import db
from tracker.nudges.jobs import run_daily_nudges
from tracker.people.models import EndedSession, User


def test_sign_in_with_right_password_reaches_home(client, auth, make_person):
    person = make_person(name="Ada Owner")
    response = auth.login(person)
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert "Welcome, Ada Owner" in client.get("/").get_data(as_text=True)


def test_wrong_password_is_refused_with_a_message_at_the_field(client, auth, make_person):
    person = make_person()
    response = auth.login(person, "not the password")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<title>Error: Sign in" in page
    assert "The email address or password is not right" in page
    assert 'href="#email"' in page  # the error summary links to the field
    assert client.get("/").status_code == 302


def test_empty_form_names_each_missing_field(client):
    page = client.submit("/sign-in", {"email": "", "password": ""}).get_data(as_text=True)
    assert "Enter your email address" in page
    assert "Enter your password" in page


def test_unknown_email_gets_the_same_message(client, auth):
    page = auth.login("nobody@example.org").get_data(as_text=True)
    assert "The email address or password is not right" in page


def test_deactivated_person_cannot_sign_in(client, auth, make_person):
    person = make_person()
    person.is_active = False
    db.session.commit()
    assert "is not right" in auth.login(person).get_data(as_text=True)


def test_sign_out_ends_the_session(client, auth, make_person):
    auth.login(make_person())
    assert client.get("/").status_code == 200
    response = auth.logout()
    assert response.status_code == 302
    assert client.get("/").status_code == 302


def test_a_copy_of_the_cookie_is_refused_after_sign_out(app, client, auth, make_person):
    """Someone who copied the session cookie (a shared computer, a stolen cookie) cannot use it
    once the person has signed out; the person's other sessions go on."""
    person = make_person()
    other_browser = FormClient(app.test_client())
    other_browser.submit("/sign-in", {"email": person.email, "password": PASSWORD})
    auth.login(person)
    copied = client.get_cookie("session").value
    auth.logout()
    client.set_cookie("session", copied)
    response = client.get("/")
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]
    assert other_browser.get("/").status_code == 200


def test_a_signed_out_session_is_recorded_only_as_long_as_a_session_lasts(app, client, auth, make_person):
    db.session.add(EndedSession(session_id="signed-out-yesterday", ended_at=utcnow() - timedelta(hours=13)))
    db.session.add(EndedSession(session_id="signed-out-this-morning", ended_at=utcnow() - timedelta(hours=3)))
    db.session.commit()
    auth.login(make_person())
    with client.session_transaction() as session:
        signed_in_as = session["session_id"]
    auth.logout()
    run_daily_nudges(local_today())  # the daily job clears what has expired
    kept = set(db.session.scalars(db.select(EndedSession.session_id)))
    assert kept == {"signed-out-this-morning", signed_in_as}  # a 12-hour session: yesterday's has expired


def test_a_session_from_before_sign_outs_were_recorded_must_sign_in_again(client, auth, make_person):
    auth.login(make_person())
    with client.session_transaction() as session:
        del session["session_id"]
    assert client.get("/").status_code == 302


def test_sign_out_needs_a_post_with_a_token(client, auth, make_person):
    auth.login(make_person())
    assert client.get("/sign-out").status_code == 405
    assert client.post("/sign-out").status_code == 400
    assert client.get("/").status_code == 200


def test_login_without_csrf_token_is_rejected(client, make_person):
    person = make_person()
    response = client.post("/sign-in", data={"email": person.email, "password": "correct horse battery"})
    assert response.status_code == 400
    assert "The form had expired" in response.get_data(as_text=True)


def test_session_is_renewed_on_login(client, auth, make_person):
    """Nothing put in the session before signing in (say, by someone who planted the cookie)
    survives it: the signed-in session starts empty."""
    person = make_person()
    client.get("/sign-in")
    with client.session_transaction() as session:
        session["planted_before_sign_in"] = "attacker's value"
    auth.login(person)
    with client.session_transaction() as session:
        assert "planted_before_sign_in" not in session
        assert session.get("_user_id", "").startswith(f"{person.id}:")


def test_changing_password_ends_other_sessions(app, client, auth, make_person):
    from tracker.people.operations import set_password

    person = make_person()
    auth.login(person)
    set_password(db.session.get(User, person.id), "a brand new passphrase")
    db.session.commit()
    assert client.get("/").status_code == 302


@pytest.mark.parametrize("target", ["//evil.example", "/\\evil.example", "https://evil.example",
                                    "http:evil.example", "/\t/evil.example"])
def test_next_never_leaves_the_site(client, make_person, target):
    person = make_person()
    response = client.submit(f"/sign-in?next={target}", {
        "email": person.email, "password": "correct horse battery", "next": target})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_next_within_the_site_is_followed(client, make_person):
    person = make_person()
    response = client.submit("/sign-in?next=/accessibility", {
        "email": person.email, "password": "correct horse battery", "next": "/accessibility"})
    assert response.headers["Location"] == "/accessibility"


@pytest.mark.parametrize("target, lands_on", [("/accessibility", "/accessibility"), ("//evil.example", "/")])
def test_someone_already_signed_in_follows_a_sign_in_link_to_where_it_leads(client, auth, make_person,
                                                                             target, lands_on):
    """An email's link to a page goes through sign-in; someone signed in already goes straight there
    (never off the site)."""
    auth.login(make_person())
    response = client.get(f"/sign-in?next={target}")
    assert response.status_code == 302 and response.headers["Location"] == lands_on


def test_login_is_rate_limited(client, make_person):
    person = make_person()
    token = client.csrf_token("/sign-in")
    statuses = [
        client.post("/sign-in", data={"csrf_token": token, "email": person.email, "password": "wrong"}).status_code
        for _ in range(11)
    ]
    assert statuses[:10] == [200] * 10
    assert statuses[10] == 429


def test_pages_need_sign_in(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/sign-in")


def test_password_is_hashed_with_argon2id(make_person):
    person = make_person()
    assert person.password_hash.startswith("$argon2id$")


def test_short_password_is_refused(app):
    from tracker.core.domain import DomainError
    from tracker.people.operations import create_person

    with pytest.raises(DomainError, match="8 characters or more"):
        create_person(email="short@example.org", name="Short", password="1234567")


def test_passwords_are_hashed_at_the_configured_cost_and_a_cheaper_hash_is_redone_at_sign_in(app, make_person):
    from argon2 import PasswordHasher

    from config import Config
    from tracker.people.auth import authenticate, hash_password

    library = PasswordHasher()  # production's cost is the argon2 library's recommended one
    assert (Config.PASSWORD_HASH_TIME_COST, Config.PASSWORD_HASH_MEMORY_KIB, Config.PASSWORD_HASH_PARALLELISM) == \
        (library.time_cost, library.memory_cost, library.parallelism)
    person = make_person(password=None)
    person.password_hash = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("long enough words")
    db.session.commit()
    app.config["PASSWORD_HASH_TIME_COST"] = 2  # the cost is raised...
    app.extensions.pop("password_hashing", None)
    try:
        assert authenticate(person.email, "long enough words") == person
        assert ",t=2," in person.password_hash  # ...and the old hash is redone at the next sign-in
        assert hash_password("x" * 8).startswith("$argon2id$v=19$m=8,t=2,p=1$")
    finally:
        app.config["PASSWORD_HASH_TIME_COST"] = 1
        app.extensions.pop("password_hashing", None)
