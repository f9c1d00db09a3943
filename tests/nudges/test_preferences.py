"""Choices of optional email, and the one-click unsubscribe link (RFC 8058): a POST to the signed
address turns one kind off without signing in; a forged or expired link changes nothing."""
from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlsplit

import pytest

from tracker.core.dates import utcnow
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.nudges import preferences
from tracker.nudges.preferences import DAILY, DIGEST, MOVES, NEW_ACTIONS, OFF, ON, PAPERS, EmailChoice


def path_of(headers: dict) -> str:
    return urlsplit(headers["List-Unsubscribe"].strip("<>")).path


def test_every_kind_is_on_until_turned_off(make_person):
    person = make_person()
    assert all(preferences.wants_email(person, kind) for kind in preferences.KINDS)
    assert preferences.set_choice(person, PAPERS, OFF) is True
    assert preferences.set_choice(person, PAPERS, OFF) is False  # no change, nothing written
    assert preferences.set_choice(person, NEW_ACTIONS, DAILY) is True
    assert not preferences.wants_email(person, PAPERS)
    assert preferences.wants_email(person, NEW_ACTIONS)  # daily is still wanted
    assert preferences.choice_of(person, NEW_ACTIONS) == DAILY
    assert preferences.choices_of_people([person.id], NEW_ACTIONS) == {person.id: DAILY}


def test_the_digest_choice_is_the_persons_digest_setting(make_person):
    person = make_person()
    preferences.set_choice(person, DIGEST, OFF)
    assert person.digest_enabled is False
    assert not preferences.wants_email(person, DIGEST)


def test_someone_without_an_account_has_choices_by_address(app):
    preferences.set_choice("Parent@Example.org ", MOVES, OFF)
    assert not preferences.wants_email("parent@example.org", MOVES)
    assert preferences.addresses_turned_off(["PARENT@example.org", "other@example.org"], MOVES) == {
        "parent@example.org"}


def test_only_known_choices_are_accepted(make_person):
    with pytest.raises(ValueError):
        preferences.set_choice(make_person(), PAPERS, DAILY)
    with pytest.raises(ValueError):
        preferences.wants_email(make_person(), "reminders")  # reminders are not optional


def test_one_click_post_turns_that_kind_off_without_signing_in(app, client, make_person):
    person = make_person()
    headers = preferences.unsubscribe_headers(person, PAPERS)
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert headers["List-Unsubscribe"].startswith("<http") and headers["List-Unsubscribe"].endswith(">")
    page = client.get(path_of(headers))  # a mail scanner following the link changes nothing
    assert page.status_code == 200 and "Stop emails about meeting invitations and papers" in page.text
    assert preferences.wants_email(person, PAPERS)
    # What a mail program sends (RFC 8058): no cookies, no CSRF token.
    response = client.post(path_of(headers), data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200 and "You have unsubscribed" in response.text
    db.session.expire_all()
    assert not preferences.wants_email(person, PAPERS)
    assert preferences.wants_email(person, MOVES)  # only that kind
    assert db.session.scalar(db.select(db.func.count()).select_from(AuditEvent)
                             .where(AuditEvent.entity_type == "email_choices")) == 1


def test_someone_without_an_account_can_unsubscribe(client):
    headers = preferences.unsubscribe_headers("parent@example.org", MOVES)
    assert client.post(path_of(headers)).status_code == 200
    assert not preferences.wants_email("parent@example.org", MOVES)


@pytest.mark.parametrize("problem", ["forged", "expired", "cut short"])
def test_a_forged_or_expired_link_changes_nothing(client, make_person, problem):
    person = make_person()
    token = preferences.unsubscribe_token(person, PAPERS)
    if problem == "forged":
        token = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    elif problem == "expired":
        token = preferences.unsubscribe_token(person, PAPERS,
                                              issued_at=utcnow() - preferences.UNSUBSCRIBE_LINK_LIFE - timedelta(days=1))
    else:
        token = token[:12]
    response = client.post(f"/email/unsubscribe/{token}")
    assert response.status_code in (404, 410)
    assert "Nothing was changed" in response.text
    assert ("expired" in response.text) == (problem == "expired")
    assert db.session.scalar(db.select(db.func.count()).select_from(EmailChoice)) == 0
    assert preferences.wants_email(person, PAPERS)


def test_the_settings_page_sets_each_kind_and_says_what_cannot_be_turned_off(client, auth, make_person):
    person = make_person()
    auth.login(person)
    page = " ".join(client.get("/account/email-settings").get_data(as_text=True).split())
    assert "cannot be turned off" in page and "Co-production Charter" in page
    response = client.submit("/account/email-settings", {"new_actions": "daily", "moves": "no", "digest": "yes",
                                                          "papers": "no"})
    assert response.status_code == 302
    db.session.expire_all()
    assert preferences.choice_of(person, NEW_ACTIONS) == DAILY
    assert not preferences.wants_email(person, MOVES) and not preferences.wants_email(person, PAPERS)
    assert preferences.wants_email(person, DIGEST)
    page = client.get("/account/email-settings").get_data(as_text=True)
    assert 'value="daily" checked' in page


def test_a_bad_answer_on_the_settings_page_is_refused_at_the_field(client, auth, make_person):
    person = make_person()
    auth.login(person)
    response = client.submit("/account/email-settings", {"new_actions": "sometimes", "moves": "yes",
                                                          "digest": "yes", "papers": "yes"})
    assert response.status_code == 200 and "There is a problem" in response.get_data(as_text=True)
    assert preferences.choice_of(person, NEW_ACTIONS) == ON
