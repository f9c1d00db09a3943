"""Review at every meeting (docs/rules.md): each meeting opens with the group's outstanding
actions, and each gets an update there."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.conftest import london_today
from tests.meetings.conftest import error_summary_links, page_text
from tracker.actions.models import Action, ActionUpdate
from tracker.core.dates import local_today, working_days_between
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Decision

TODAY = london_today()


def raised(make_action, board, title, *, weeks_ago, **fields):
    action = make_action(owner=fields.pop("owner", board.member), group=board, title=title, **fields)
    action.created_at = datetime.now(UTC) - timedelta(weeks=weeks_ago)
    db.session.commit()
    return action


@pytest.fixture
def meeting(board, make_meeting):
    return make_meeting(board, TODAY)  # its day has come: updates given at it can be recorded


def test_matters_arising_lists_outstanding_actions_oldest_first(client, auth, board, meeting, make_action, make_group):
    newer = raised(make_action, board, "Circulate the baseline questionnaire", weeks_ago=2, due=TODAY + timedelta(days=30))
    older = raised(make_action, board, "Produce a report on fixed term exclusions", weeks_ago=8,
                   due=TODAY - timedelta(days=14), owner=board.lead)
    raised(make_action, board, "Upload the Terms of Reference", weeks_ago=6, status="completed")
    make_action(group=make_group(name="Another group"), title="Not this group's action")
    raised(make_action, board, "Raised at this very meeting", weeks_ago=0, meeting=meeting)
    db.session.add(ActionUpdate(action=older, author=board.lead, created_at=datetime.now(UTC) - timedelta(days=3),
                                kind="note", note="Data requested from schools"))
    db.session.commit()

    auth.login(board.chair)
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    matters = page.split('id="matters-arising"', 1)[1].split('id="agenda"', 1)[0]
    assert matters.index(older.title) < matters.index(newer.title)
    assert "Upload the Terms of Reference" not in matters and "Not this group's action" not in matters
    assert "Raised at this very meeting" not in matters
    assert "2 actions" in matters
    older_card = matters.split(f'id="action-{older.id}"', 1)[1].split("govuk-summary-card\"", 1)[0]
    days = working_days_between(older.due_on, local_today())  # the partnership's day, not UTC's
    assert "Morgan Ellis" in older_card and f"Overdue by {days} working days" in older_card
    assert "Data requested from schools" in older_card
    assert "Record update" in older_card


def test_each_update_box_is_labelled_in_words_with_the_action_named_only_to_screen_readers(
        client, auth, board, meeting, make_action):
    action = raised(make_action, board, "Ask <b>schools</b> for figures", weeks_ago=2)
    auth.login(board.secretary)
    html = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    label = html.split(f'for="matters-{action.id}-note"', 1)[1].split("</label>", 1)[0]
    assert "&lt;span" not in label  # the hidden words were once shown as markup
    assert ('Update or decision at this meeting<span class="govuk-visually-hidden"> on '
            "“Ask &lt;b&gt;schools&lt;/b&gt; for figures”</span>") in label  # the title still escaped


def test_secretary_records_the_update_given_without_leaving_the_page(client, auth, board, meeting, make_action):
    action = raised(make_action, board, "Give the Board an update on demand for HYMS", weeks_ago=4)
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/matters-arising/{action.id}",
                             {"note": "Figures presented; referrals above the national average."},
                             form_url=f"/meetings/{meeting.id}")
    assert response.status_code == 302
    assert response.location.endswith(f"/meetings/{meeting.id}#action-{action.id}")
    update = db.session.scalar(select(ActionUpdate).where(ActionUpdate.action_id == action.id))
    assert (update.kind, update.meeting_id, update.author_id) == ("matters_arising", meeting.id, board.secretary.id)
    page = page_text(client.get(response.location))
    assert "The update on “Give the Board an update on demand for HYMS” was recorded." in page
    card = page.split(f'id="action-{action.id}"', 1)[1]
    assert "At this meeting" in card and "referrals above the national average" in card


def test_an_action_closed_after_its_update_stays_on_that_meetings_record(client, auth, board, meeting, make_action):
    action = raised(make_action, board, "Share the recording", weeks_ago=4)
    auth.login(board.secretary)
    client.submit(f"/meetings/{meeting.id}/matters-arising/{action.id}", {"note": "Done: shared with four clubs."},
                  form_url=f"/meetings/{meeting.id}")
    action.status = "completed"
    db.session.commit()
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    card = page.split(f'id="action-{action.id}"', 1)[1].split('govuk-summary-card"', 1)[0]
    assert "Completed" in card and "Done: shared with four clubs." in card
    assert "Record update" not in card  # closed: nothing more to record here


def test_an_empty_update_is_shown_at_that_rows_box_and_other_rows_are_untouched(client, auth, board, meeting, make_action):
    first = raised(make_action, board, "First action", weeks_ago=5)
    second = raised(make_action, board, "Second action", weeks_ago=4)
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/matters-arising/{second.id}", {"note": "  "},
                             form_url=f"/meetings/{meeting.id}")
    assert response.status_code == 200
    page = page_text(response)
    assert "<title>Error: SEND Board meeting" in page
    assert error_summary_links(response) == [
        (f"#matters-{second.id}-note", "Enter the update or decision given at the meeting")]
    second_card = page.split(f'id="action-{second.id}"', 1)[1].split('govuk-summary-card"', 1)[0]
    assert "govuk-error-message" in second_card and f'id="matters-{second.id}-note"' in second_card
    first_card = page.split(f'id="action-{first.id}"', 1)[1].split('govuk-summary-card"', 1)[0]
    assert "govuk-error-message" not in first_card
    assert db.session.scalars(select(ActionUpdate)).all() == []


def test_updates_are_neither_offered_nor_recorded_before_the_meeting(client, auth, board, make_meeting, make_action):
    action = raised(make_action, board, "Give the Board an update on demand for HYMS", weeks_ago=4)
    meeting = make_meeting(board, TODAY + timedelta(days=1))
    auth.login(board.secretary)
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    day = f"{meeting.starts_on.day} {meeting.starts_on:%B %Y}"
    assert action.title in page and "Record update" not in page and f"matters-{action.id}-note" not in page
    assert f"You can record the update given on each action from the day of the meeting, {day}." in page
    response = client.submit(f"/meetings/{meeting.id}/matters-arising/{action.id}", {"note": "Figures presented."},
                             form_url=f"/meetings/{meeting.id}")
    assert response.status_code == 200
    assert error_summary_links(response) == [(f"#matters-{action.id}-note", (
        f"This meeting has not happened yet. You can record the updates given at it from the day of the meeting, {day}"))]
    assert "Figures presented.</textarea>" in page_text(response)  # kept in the box the summary leads to
    assert db.session.scalars(select(ActionUpdate)).all() == []


def test_people_who_do_not_run_the_group_cannot_record_matters_arising(
        client, auth, board, meeting, make_action, make_person, make_group):
    action = raised(make_action, board, "An action", weeks_ago=3)
    outsider = make_person(role="lead")
    make_group(secretary=outsider)
    for person in (board.member, outsider):
        auth.login(person)
        page = page_text(client.get(f"/meetings/{meeting.id}"))
        assert "An action" in page and "Record update" not in page  # staff see, but cannot record
        response = client.submit(f"/meetings/{meeting.id}/matters-arising/{action.id}", {"note": "Sneaky"},
                                 form_url=f"/meetings/{meeting.id}")
        assert response.status_code == 403
        auth.logout()
    assert db.session.scalars(select(ActionUpdate)).all() == []


def test_an_action_of_another_group_cannot_be_updated_through_this_meeting(
        client, auth, board, meeting, make_action, make_group):
    elsewhere = make_action(group=make_group(), title="Elsewhere")
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/matters-arising/{elsewhere.id}", {"note": "X"},
                             form_url=f"/meetings/{meeting.id}")
    assert response.status_code == 404


def test_matters_arising_is_paginated(client, auth, board, meeting, make_action):
    for number in range(30):
        raised(make_action, board, f"Outstanding {number:02d}", weeks_ago=40 - number)
    auth.login(board.secretary)
    first = page_text(client.get(f"/meetings/{meeting.id}"))
    assert "Outstanding 00" in first and "Outstanding 24" in first and "Outstanding 25" not in first
    assert "30 actions, page 1 of 2" in first
    second = page_text(client.get(f"/meetings/{meeting.id}?page=2"))
    assert "Outstanding 25" in second and "Outstanding 29" in second
    action = db.session.scalar(select(Action).where(Action.title == "Outstanding 27"))
    response = client.submit(f"/meetings/{meeting.id}/matters-arising/{action.id}?page=2", {"note": "On track"},
                             form_url=f"/meetings/{meeting.id}?page=2")
    assert response.location.endswith(f"/meetings/{meeting.id}?page=2#action-{action.id}")


def test_champions_see_what_is_published_not_internal_detail(client, auth, make_person, make_group, make_meeting, make_action):
    champion, secretary = make_person(role="champion", name="Aisha Khan"), make_person(role="lead")
    network = make_group(name="Network of SEND Champions", kind="network", secretary=secretary, members=[champion])
    earlier = make_meeting(network, TODAY - timedelta(days=56), minutes="Approved minutes text", minutes_status="approved")
    meeting = make_meeting(network, TODAY - timedelta(days=28), summary="We talked about the roadmap to recovery.",
                           minutes="Draft minutes text")
    earlier.minutes_approved_at_id = meeting.id
    item = AgendaItem(meeting=meeting, title="Roadmap to recovery", notes="Parents fed back various feelings.", position=1)
    db.session.add_all([item, Decision(meeting=meeting, agenda_item=item, text="Feed this into the Active Communities Board.")])
    db.session.commit()
    make_action(group=network, owner=secretary, title="Feed the views into the strategy board", meeting_id=meeting.id)
    auth.login(champion)
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    for shown in ("We talked about the roadmap to recovery.", "Roadmap to recovery", "Parents fed back various feelings.",
                  "Feed this into the Active Communities Board."):
        assert shown in page
    for hidden in ("Matters arising", "Draft minutes text", "Attendance", "Changes</h2>", "Add an agenda item"):
        assert hidden not in page
    # What the network agreed is shown to its champions as a summary (README, "Permissions").
    assert "What the group agreed to do" in page and "Feed the views into the strategy board" in page
    assert "The minutes will be available once they are approved" in page
    assert "Approved minutes text" in page_text(client.get(f"/meetings/{earlier.id}"))
    assert client.get(f"/meetings/{meeting.id}/history").status_code == 404


def test_meeting_page_does_a_fixed_number_of_queries_at_10_and_500_actions(client, auth, board, meeting, make_person,
                                                                          count_queries):
    owners = [board.member, board.lead, make_person(), make_person()]
    item = AgendaItem(meeting=meeting, title="Keyworker pilot", position=1)
    decision = Decision(meeting=meeting, agenda_item=item, text="The pilot will run until December.")
    db.session.add_all([item, decision])
    db.session.commit()

    def add_actions(count: int, start: int) -> None:
        long_ago = datetime.now(UTC) - timedelta(days=400)
        for number in range(start, start + count):
            outstanding = Action(title=f"Outstanding {number}", owner=owners[number % 4], group=board,
                                 due_on=TODAY + timedelta(days=number % 40 - 20), created_at=long_ago)
            at_meeting = Action(title=f"Raised {number}", owner=owners[number % 3], group=board, meeting=meeting,
                                agenda_item=item if number % 2 else None, decision=decision if number % 3 else None,
                                due_on=TODAY + timedelta(days=30))
            db.session.add_all([outstanding, at_meeting, ActionUpdate(
                action=outstanding, author=owners[number % 4], created_at=long_ago + timedelta(days=1),
                kind="note", note=f"Update {number}")])
        db.session.commit()

    def sent_for_the_page() -> int:
        response, sent = count_queries(lambda: client.get(f"/meetings/{meeting.id}"))
        assert response.status_code == 200
        return sent

    auth.login(board.secretary)
    add_actions(10, 0)
    at_10 = sent_for_the_page()
    add_actions(490, 10)
    at_500 = sent_for_the_page()
    print(f"meeting page: {at_10} queries at 10 actions, {at_500} at 500")
    assert at_10 == at_500
