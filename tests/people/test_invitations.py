"""Invitations and password resets by email: signed, expiring, single-use links."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tracker.core.dates import utcnow
from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.nudges.models import OutboxEmail
from tracker.people.invitations import invite_person, request_password_reset
from tracker.people.models import User

NEW_PASSWORD = "a long and memorable passphrase"


def link_in_latest_email(kind: str) -> str:
    email = db.session.scalar(
        db.select(OutboxEmail).where(OutboxEmail.kind == kind).order_by(OutboxEmail.id.desc()))
    return re.search(r"http://localhost(/\S+)", email.body_text).group(1)


def emails_of(kind: str) -> list[OutboxEmail]:
    return db.session.scalars(db.select(OutboxEmail).where(OutboxEmail.kind == kind)).all()


@pytest.fixture
def newcomer(make_person):
    return make_person(name="Nia Newcomer", email="nia@example.org", password=None)


@pytest.fixture
def inviter(make_person):
    return make_person(role="admin", name="Priya Shah", password=None)


# --- invitations ---------------------------------------------------------------------------------


def test_an_invitation_email_says_who_invited_and_links_to_set_a_password(newcomer, inviter):
    assert invite_person(newcomer, by=inviter) is True
    db.session.commit()
    [email] = emails_of("invitation")
    assert email.recipient_email == "nia@example.org"
    assert email.subject == "You have been invited to the SEND Partnership Tracker"
    assert "Priya Shah has invited you to the special educational needs and disabilities (SEND) Partnership Tracker" in email.body_text
    assert "http://localhost/invitation/" in email.body_text and "http://localhost/invitation/" in email.body_html


def test_accepting_an_invitation_sets_the_password_and_signs_in(client, newcomer, inviter):
    invite_person(newcomer, by=inviter)
    link = link_in_latest_email("invitation")
    before = db.session.get(User, newcomer.id).password_hash
    page = client.get(link)
    assert page.status_code == 200 and "Welcome, Nia Newcomer" in page.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(User, newcomer.id).password_hash == before  # GET changes nothing
    response = client.submit(link, {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert "Welcome, Nia Newcomer" in client.get("/").get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(User, newcomer.id).password_hash.startswith("$argon2id$")


def test_an_invitation_works_once(client, auth, newcomer, inviter):
    invite_person(newcomer, by=inviter)
    link = link_in_latest_email("invitation")
    client.submit(link, {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    auth.logout()
    response = client.get(link)
    assert response.status_code == 410
    assert "This link has already been used" in response.get_data(as_text=True)


def test_setting_a_password_retires_every_older_link(client, newcomer, inviter):
    invite_person(newcomer, by=inviter)
    first = link_in_latest_email("invitation")
    invite_person(newcomer, by=inviter)
    second = link_in_latest_email("invitation")
    assert first != second and len(emails_of("invitation")) == 2
    client.submit(second, {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert client.get(first).status_code == 410


def test_an_expired_invitation_is_refused(client, newcomer, inviter):
    invite_person(newcomer, by=inviter, now=utcnow() - timedelta(days=14, minutes=1))
    response = client.get(link_in_latest_email("invitation"))
    assert response.status_code == 410
    assert "This link has expired" in response.get_data(as_text=True)


def test_a_tampered_invitation_is_refused(client, newcomer, inviter):
    invite_person(newcomer, by=inviter)
    link = link_in_latest_email("invitation")
    assert client.get(link[:-3] + "abc").status_code == 404


def test_password_rules_apply_and_a_refused_password_leaves_the_link_usable(client, newcomer, inviter):
    invite_person(newcomer, by=inviter)
    link = link_in_latest_email("invitation")
    page = client.submit(link, {"password": "short", "confirm": "short"}).get_data(as_text=True)
    assert "Password must be 8 characters or more" in page
    page = client.submit(link, {"password": NEW_PASSWORD, "confirm": "something else"}).get_data(as_text=True)
    assert "The passwords do not match" in page
    assert client.submit(link, {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}).status_code == 302


def test_people_who_can_sign_in_or_are_deactivated_are_not_invited(make_person, inviter):
    with pytest.raises(DomainError, match="can already sign in"):
        invite_person(make_person(), by=inviter)
    gone = make_person(password=None)
    gone.is_active = False
    with pytest.raises(DomainError, match="deactivated"):
        invite_person(gone, by=inviter)


# --- password resets -----------------------------------------------------------------------------


def test_forgotten_password_sends_a_reset_link_that_works_once(client, auth, make_person):
    person = make_person(email="forgetful@example.org")
    page = client.submit("/forgot-password", {"email": "Forgetful@Example.org "})
    assert "Check your email" in page.get_data(as_text=True)
    [email] = emails_of("password_reset")
    assert email.recipient_email == "forgetful@example.org" and email.subject == "Reset your password"
    link = link_in_latest_email("password_reset")
    assert client.submit(link, {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}).status_code == 302
    auth.logout()
    assert auth.login(person, NEW_PASSWORD).headers["Location"] == "/"
    assert client.get(link).status_code == 410


def test_the_reset_page_never_reveals_whether_an_address_has_an_account(client, make_person):
    make_person(email="known@example.org")
    known = client.submit("/forgot-password", {"email": "known@example.org"}).get_data(as_text=True)
    unknown = client.submit("/forgot-password", {"email": "unknown@example.org"}).get_data(as_text=True)
    normalise = lambda page: re.sub(r"(known|unknown)@example.org|value=\"[^\"]*\"|nonce=\"[^\"]*\"", "", page)  # noqa: E731
    assert normalise(known) == normalise(unknown)
    assert [email.recipient_email for email in emails_of("password_reset")] == ["known@example.org"]


def test_a_reset_link_expires_after_two_hours(client, make_person):
    make_person(email="slow@example.org")
    request_password_reset("slow@example.org", now=utcnow() - timedelta(hours=2, minutes=1))
    db.session.commit()
    assert client.get(link_in_latest_email("password_reset")).status_code == 410


def test_reset_requests_are_rate_limited_per_email_address(client, make_person):
    make_person(email="target@example.org")
    statuses = [client.submit("/forgot-password", {"email": "target@example.org"}).status_code
                for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert len(emails_of("password_reset")) == 3


def test_sign_in_page_links_to_the_reset(client):
    assert 'href="/forgot-password"' in client.get("/sign-in").get_data(as_text=True)
