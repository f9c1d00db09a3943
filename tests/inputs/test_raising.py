"""Raising input: a champion on the site, and a secretary recording what was raised at a meeting."""
from __future__ import annotations

from datetime import date

import pytest

from tests.inputs.conftest import NOW
from tracker.core.dates import add_working_days, to_local
from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.inputs import operations
from tracker.inputs.models import Input, InputSource
from tracker.meetings.models import MeetingStatus


def _only_input() -> Input:
    return db.session.scalar(db.select(Input))


def test_a_champion_raises_something_and_finds_it_on_my_input(client, auth, partnership, outbox):
    auth.login(partnership.champion)
    assert "Raise something" in client.get("/my-input").get_data(as_text=True)
    page = client.submit("/my-input/new", {"what": "Clubs that are not team sports", "why_it_matters": "",
                                           "consent": "no"}, follow_redirects=True)
    html = page.get_data(as_text=True)
    assert "What you raised" in html and "Clubs that are not team sports" in html
    assert "Waiting for a first response" in html
    raised = _only_input()
    assert (raised.source, raised.consent_to_contact, raised.recorded_by_id) == (
        InputSource.WEBSITE, False, partnership.champion.id)
    assert "Clubs that are not team sports" in client.get("/my-input").get_data(as_text=True)
    assert len(outbox("input_received")) == 1


def test_a_champion_pressing_send_twice_raises_it_once(client, auth, partnership, outbox):
    auth.login(partnership.champion)
    sent = {"what": "Clubs that are not team sports", "why_it_matters": "", "consent": "no",
            "csrf_token": client.csrf_token("/my-input/new")}
    first, again = (client.post("/my-input/new", data=sent) for _press in range(2))
    assert first.status_code == again.status_code == 302
    assert first.headers["Location"] == again.headers["Location"]  # both lead to the one input
    assert db.session.scalar(db.select(db.func.count()).select_from(Input)) == 1
    assert len(outbox("input_received")) == 1


def test_raising_nothing_is_refused_at_the_field(client, auth, partnership):
    auth.login(partnership.champion)
    page = client.submit("/my-input/new", {"what": "   ", "consent": "no"})
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Error: Raise something" in html
    assert "Enter what you would like to raise" in html
    assert _only_input() is None


def test_very_long_input_is_refused_and_kept_on_the_page(client, auth, partnership):
    auth.login(partnership.champion)
    text = "a" * 5001
    html = client.submit("/my-input/new", {"what": text, "consent": "no"}).get_data(as_text=True)
    assert "What was raised must be 5,000 characters or fewer" in html and text in html


@pytest.mark.parametrize("who, fields, expected", [
    ("anonymous", {"anonymous_label": "a young person"}, {"anonymous_label": "a young person", "contact_email": ""}),
    ("anonymous", {"anonymous_label": ""}, {"anonymous_label": "a parent carer"}),
    ("named", {"contact_name": "Pat Parent", "contact_email": "Pat@Example.org", "consent": "yes"},
     {"contact_name": "Pat Parent", "contact_email": "pat@example.org", "consent_to_contact": True}),
])
def test_a_secretary_records_input_raised_at_a_meeting(client, auth, partnership, make_meeting, outbox,
                                                      who, fields, expected):
    partnership.board.input_response_working_days = 5
    meeting = make_meeting(partnership.board, date(2026, 11, 10))
    auth.login(partnership.secretary)
    form = {"what": "AOB: a parent rep asked about respite over Christmas.", "who": who, "consent": "no", **fields}
    page = client.submit(f"/meetings/{meeting.id}/input/new", form, follow_redirects=True)
    assert "The input is recorded" in page.get_data(as_text=True)
    raised = _only_input()
    for name, value in expected.items():
        assert getattr(raised, name) == value
    assert raised.group_id == partnership.board.id and raised.raised_at_meeting_id == meeting.id
    assert raised.respond_by == add_working_days(to_local(raised.created_at).date(), 5)  # the Board's own setting
    assert raised.recorded_by_id == partnership.secretary.id
    assert len(outbox("input_received")) == (1 if raised.contact_email else 0)


def test_input_recorded_for_a_champion_with_an_account_is_theirs_to_follow(client, auth, partnership, make_meeting,
                                                                          outbox):
    meeting = make_meeting(partnership.board, date(2026, 11, 10))
    auth.login(partnership.secretary)
    client.submit(f"/meetings/{meeting.id}/input/new", {
        "what": "Sharing lived experience of masking", "who": "person", "person": str(partnership.champion.id),
        "consent": "yes"})
    raised = _only_input()
    assert raised.raised_by_id == partnership.champion.id
    [received] = outbox("input_received")
    assert received.recipient_id == partnership.champion.id
    auth.logout()
    auth.login(partnership.champion)
    assert "Sharing lived experience of masking" in client.get("/my-input").get_data(as_text=True)


def test_the_secretary_form_says_what_is_missing(client, auth, partnership, make_meeting):
    meeting = make_meeting(partnership.board, date(2026, 11, 10))
    auth.login(partnership.secretary)
    url = f"/meetings/{meeting.id}/input/new"
    html = client.submit(url, {"what": "", "who": "named", "contact_name": "", "consent": "no"}).get_data(as_text=True)
    assert "Enter their name, or choose “Someone who did not give their name”" in html
    html = client.submit(url, {"what": "", "who": "person", "person": "", "consent": "no"}).get_data(as_text=True)
    assert "Choose the person who raised it from the list" in html
    html = client.submit(url, {"what": "", "who": "named", "contact_name": "Pat", "contact_email": "not-an-email",
                               "consent": "no"}).get_data(as_text=True)
    assert "Enter what was raised" in html and "Enter an email address in the correct format" in html
    assert _only_input() is None


def test_only_whoever_records_the_meeting_records_its_input(client, auth, partnership, make_meeting):
    meeting = make_meeting(partnership.board, date(2026, 11, 10))
    auth.login(partnership.lead)  # leads the workstream, not the Board
    assert client.get(f"/meetings/{meeting.id}/input/new").status_code == 403
    auth.logout()
    auth.login(partnership.champion)
    assert client.get(f"/meetings/{meeting.id}/input/new").status_code == 404


def test_nothing_is_recorded_from_a_cancelled_meeting(partnership, make_meeting):
    meeting = make_meeting(partnership.board, date(2026, 11, 10), status=MeetingStatus.CANCELLED)
    with pytest.raises(DomainError, match="That meeting was cancelled"):
        operations.record_meeting_input(meeting=meeting, by=partnership.secretary, what="Anything", at=NOW)


def test_the_meeting_page_leads_the_secretary_to_record_input(client, auth, partnership, make_meeting):
    meeting = make_meeting(partnership.board, date(2026, 11, 10))
    auth.login(partnership.secretary)
    html = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert f'href="/meetings/{meeting.id}/input/new">Record input raised at this meeting</a>' in html
