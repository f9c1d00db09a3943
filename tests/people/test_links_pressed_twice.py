"""An invitation or a password-reset link, as it arrives by email (the outbox run delivers it to a
real SMTP server), used twice: the button pressed again before the next page came, the link open in
two tabs and both sent, or opened later on another device. The first sets the password; every
later one says what happened and what to do, never "the form had expired" or an error."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tests.conftest import FormClient
from tests.nudges.conftest import mailbox  # noqa: F401  (the real SMTP server)
from tracker.core.dates import utcnow
from tracker.extensions import db
from tracker.nudges.jobs import run_sender
from tracker.people.auth import check_password
from tracker.people.invitations import invite_person, request_password_reset
from tracker.people.models import User

PASSWORD = "a long and memorable passphrase"
FILLED = {"password": PASSWORD, "confirm": PASSWORD}


def delivered_link(mailbox, to: str) -> str:  # noqa: F811
    run_sender(now=utcnow() + timedelta(seconds=1))
    [email] = mailbox.to(to)
    return re.search(r"http://localhost(/(?:invitation|reset-password)/\S+)", mailbox.text_of(email)).group(1)


@pytest.fixture(params=["invitation", "reset"])
def emailed_link(request, mailbox, make_person):  # noqa: F811
    """The link as Nia gets it: an invitation (no password yet) or a reset (she forgot hers)."""
    if request.param == "invitation":
        nia = make_person(name="Nia Newcomer", email="nia@example.org", password=None)
        invite_person(nia, by=make_person(role="admin", name="Priya Shah"))
    else:
        nia = make_person(name="Nia Newcomer", email="nia@example.org")
        request_password_reset("nia@example.org")
    db.session.commit()
    return request.param, nia, delivered_link(mailbox, "nia@example.org")


def said(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.get_data(as_text=True)))


def test_two_tabs_both_sent_the_second_says_she_is_signed_in_already(client, emailed_link):
    purpose, nia, link = emailed_link
    first_tab, second_tab = client.csrf_token(link), client.csrf_token(link)
    assert client.post(link, data={"csrf_token": first_tab, **FILLED}).status_code == 302
    second = client.post(link, data={"csrf_token": second_tab, **FILLED})
    page = said(second)
    assert second.status_code == 410 and "This link has already been used" in page
    assert "you are signed in as Nia Newcomer, so there is nothing more to do" in page
    assert "expired" not in page and "Go to your home page" in page
    assert "Welcome, Nia Newcomer" in said(client.get("/"))  # the first one signed her in


def test_the_button_pressed_twice_sends_the_same_form_again(client, emailed_link):
    purpose, nia, link = emailed_link
    token = client.csrf_token(link)
    client.post(link, data={"csrf_token": token, **FILLED})
    again = client.post(link, data={"csrf_token": token, **FILLED})
    assert again.status_code == 410 and "nothing more to do" in said(again)
    db.session.expire_all()
    assert check_password(db.session.get(User, nia.id), PASSWORD)


def test_the_link_opened_later_on_another_device_says_to_sign_in(app, client, emailed_link):
    purpose, nia, link = emailed_link
    client.submit(link, FILLED)
    app.test_client_class = type(client.client)
    phone = FormClient(app.test_client())
    page = said(phone.get(link))
    assert "This link has already been used" in page and "Sign in with that password" in page
    assert "Reset your password" in page  # what to do if she does not know it: never "ask for a new invitation"
    assert "new invitation" not in page


def test_an_unused_link_whose_page_went_stale_asks_again_and_keeps_working(client, emailed_link):
    """The page left open while the session ended: nothing saved, the form again, the link still good."""
    purpose, nia, link = emailed_link
    stale = client.post(link, data={"csrf_token": "from-a-session-long-gone", **FILLED})
    assert stale.status_code == 302 and stale.headers["Location"] == link
    assert "The page had expired, so nothing was saved" in said(client.get(link))
    assert client.submit(link, FILLED).status_code == 302
