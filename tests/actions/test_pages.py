"""Raising, reading and changing actions through the pages, as owners, secretaries and chairs do."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.actions.conftest import NOW
from tracker.actions import operations
from tracker.actions.models import Action, ActionStatus, ActionUpdate
from tracker.core.audit import set_actor
from tracker.core.dates import add_working_days, local_today
from tracker.core.models import Tag
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Decision


def _page(response) -> str:
    return response.get_data(as_text=True)


def _date(prefix: str, day: date) -> dict:
    return {prefix: [str(day.day), str(day.month), str(day.year)]}


@pytest.fixture
def soon():
    return local_today() + timedelta(days=21)


@pytest.fixture
def open_action(app, team, soon):
    """An action owned by the team's owner, raised by the secretary today."""
    set_actor(db.session, team.secretary)
    action = operations.create_action(title="Write the transition guide", owner=team.owner, group=team.group,
                                      by=team.secretary, today=local_today(), due_on=soon)
    db.session.commit()
    return action


# --- raising -------------------------------------------------------------------------------------


def test_secretary_raises_an_action_from_a_decision(client, auth, team, make_meeting, soon):
    meeting = make_meeting(team.group, local_today() - timedelta(days=1))
    item = AgendaItem(meeting=meeting, title="Key worker pilot", position=1)
    decision = Decision(meeting=meeting, agenda_item=item, text="The pilot will run until December")
    db.session.add_all([item, decision])
    db.session.commit()
    auth.login(team.secretary)
    url = f"/actions/new?meeting_id={meeting.id}&agenda_item_id={item.id}&decision_id={decision.id}"
    form = _page(client.get(url))
    assert "The pilot will run until December" in form and "Key worker pilot" in form

    inclusion = db.session.scalar(db.select(Tag).where(Tag.name == "Inclusion"))
    response = client.submit(url, {
        "title": "Send the pilot families the baseline questionnaire", "detail": "Paper copies too",
        "owner": str(team.owner.id), "group": str(team.group.id), "due_kind": "date", **_date("due_on", soon),
        "priorities": [str(inclusion.id)],
        "meeting_id": str(meeting.id), "agenda_item_id": str(item.id), "decision_id": str(decision.id),
    })
    assert response.status_code == 302
    action = db.session.scalar(db.select(Action))
    assert (action.owner, action.group, action.due_on, action.decision) == (team.owner, team.group, soon, decision)
    assert action.tags == [inclusion] and action.created_by == team.secretary


def test_an_action_from_a_meeting_offers_no_choice_of_group_and_belongs_to_the_group_that_met(
        client, auth, team, make_meeting, make_group, soon):
    board = make_group(name="SEND Board", secretary=team.secretary)
    meeting = make_meeting(board, local_today() - timedelta(days=1))
    auth.login(team.secretary)
    url = f"/actions/new?meeting_id={meeting.id}"
    form = _page(client.get(url))
    assert 'name="group"' not in form  # it offered every group, then refused all but the meeting's
    assert "It belongs to SEND Board, the group that met." in form
    response = client.submit(url, {
        "title": "Write to schools", "owner": str(team.owner.id), "group": str(team.group.id), "due_kind": "date",
        **_date("due_on", soon), "meeting_id": str(meeting.id)})
    assert response.status_code == 302
    assert db.session.scalar(db.select(Action)).group == board
    assert 'name="group"' in _page(client.get("/actions/new"))  # on its own, the choice is offered


def test_an_action_cannot_be_raised_from_a_meeting_of_a_group_the_person_does_not_run(
        client, auth, team, make_meeting, make_group):
    meeting = make_meeting(make_group(name="SEND Board"), local_today() - timedelta(days=1))
    auth.login(team.secretary)
    assert client.get(f"/actions/new?meeting_id={meeting.id}").status_code == 403


def test_raising_with_nothing_filled_in_shows_every_problem_at_its_field(client, auth, team):
    auth.login(team.secretary)
    response = client.submit("/actions/new", {"title": "", "owner": "", "group": str(team.group.id),
                                              "due_kind": "date"})
    page = _page(response)
    assert response.status_code == 200
    assert "<title>Error: Raise an action" in page
    assert "There is a problem" in page
    for message, field in [("Enter what needs to be done", "title"),
                           ("Choose the person who owns this action from the list", "owner"),
                           ("Enter the date the action is due, for example 27 3 2026", "due_on-day")]:
        assert message in page and f'href="#{field}"' in page
    assert db.session.scalar(db.select(db.func.count(Action.id))) == 0


@pytest.mark.parametrize("day, month, year, message", [
    ("31", "2", "2027", "The date the action is due must be a real date: February 2027 has 28 days"),
    ("20", "21", "21", "The date the action is due must have a year with 4 numbers, for example 2026"),
    ("20", "21", "2027", "The date the action is due must be a real date: there is no month 21"),
    ("", "3", "2027", "The date the action is due must include a day"),
    ("1", "1", "2020", "The date the action is due must be today or in the future"),
])
def test_a_date_that_does_not_exist_is_refused_and_what_was_typed_is_kept(client, auth, team, day, month, year,
                                                                          message):
    auth.login(team.secretary)
    response = client.submit("/actions/new", {
        "title": "Typed title stays", "owner": str(team.owner.id), "group": str(team.group.id), "due_kind": "date",
        "due_on": [day, month, year]})
    page = _page(response)
    assert message in page
    assert 'value="Typed title stays"' in page
    assert db.session.scalar(db.select(db.func.count(Action.id))) == 0


def test_an_owner_who_is_not_a_person_in_the_system_is_refused(client, auth, team, soon):
    auth.login(team.secretary)
    page = _page(client.submit("/actions/new", {
        "title": "Do it", "owner": "999999", "group": str(team.group.id), "due_kind": "date", **_date("due_on", soon)}))
    assert "Choose the person who owns this action from the list" in page


def test_by_the_next_meeting_is_shown_as_such_until_the_meeting_exists(client, auth, team, make_meeting):
    auth.login(team.secretary)
    response = client.submit("/actions/new", {
        "title": "Bring the figures", "owner": str(team.owner.id), "group": str(team.group.id),
        "due_kind": "next_meeting", "due_on": ["31", "2", "x"]})
    assert response.status_code == 302
    action = db.session.scalar(db.select(Action))
    assert "By the next meeting of Preparing for Adulthood" in _page(client.get(f"/actions/{action.id}"))

    meeting = make_meeting(team.group, local_today() + timedelta(days=30))
    operations.resolve_next_meeting_due_dates(meeting)
    db.session.commit()
    page = _page(client.get(f"/actions/{action.id}"))
    from tracker.core.dates import format_date
    assert f"{format_date(meeting.starts_on)} (the next meeting of Preparing for Adulthood)" in page


def test_people_who_run_no_group_cannot_raise_actions(client, auth, team):
    auth.login(team.owner)
    assert client.get("/actions/new").status_code == 403
    assert "Raise an action" not in _page(client.get("/my-actions"))


def test_a_meeting_that_does_not_exist_is_a_missing_page(client, auth, team):
    auth.login(team.secretary)
    assert client.get("/actions/new?meeting_id=424242").status_code == 404


# --- the action page -------------------------------------------------------------------------------


def test_the_action_page_shows_status_owner_due_date_history_and_updates(client, auth, team, open_action):
    set_actor(db.session, team.owner)
    operations.move_due_date(open_action, by=team.owner, new_due_on=open_action.due_on + timedelta(days=7),
                             reason="Waiting for the forum", at=NOW)
    operations.move_due_date(open_action, by=team.owner, new_due_on=open_action.due_on + timedelta(days=7),
                             reason="Printer delayed", at=NOW)
    db.session.commit()
    auth.login(team.member)
    page = _page(client.get(f"/actions/{open_action.id}"))
    assert "Write the transition guide" in page and "Olu Owner" in page
    assert "moved twice" in page and "Waiting for the forum" in page and "Printer delayed" in page
    assert "Not started" in page and "On track" in page
    assert "History" in page and "Sam Secretary raised the action" in page
    assert "Olu Owner changed" in page
    assert "Post an update" not in page  # a member of the group who does not own it only reads


def test_an_overdue_action_says_by_how_many_working_days(client, auth, team, make_action):
    today = local_today()
    # Due nine working days ago, counting today if it is one (tomorrow back ten), not two calendar
    # weeks ago: over Christmas and New Year two weeks hold only seven working days.
    due = add_working_days(today + timedelta(days=1), -10)
    action = make_action(owner=team.owner, group=team.group, due=due)
    auth.login(team.owner)
    page = _page(client.get(f"/actions/{action.id}"))
    from tracker.actions.rag import working_days_overdue
    assert working_days_overdue(action, today) == 9
    assert "Overdue by 9 working days" in page


def test_the_outcome_is_shown_on_the_action_and_in_my_actions(client, auth, team, open_action):
    auth.login(team.owner)
    client.submit(f"/actions/{open_action.id}/complete", {"outcome": "Guide on the Local Offer",
                                                         "version": str(open_action.version)})
    for url in (f"/actions/{open_action.id}", "/my-actions"):
        page = _page(client.get(url))
        assert "Completed" in page and "Outcome:" in page and "Guide on the Local Offer" in page


# --- change forms --------------------------------------------------------------------------------

CHANGES = [
    # (path, data, who, check)
    ("update", {"note": "Draft with the forum"}, "owner",
     lambda a: a.status == ActionStatus.IN_PROGRESS and a.updates[0].note == "Draft with the forum"),
    ("due-date", {"reason": "Waiting for data", **_date("new_due_on", date(2030, 1, 8))}, "owner",
     lambda a: a.due_on == date(2030, 1, 8) and a.original_due_on != a.due_on),
    ("complete", {"outcome": "Published"}, "owner", lambda a: a.status == ActionStatus.COMPLETED),
    ("cannot-be-done", {"explanation": "The funding for it was withdrawn"}, "chair", lambda a: a.status == ActionStatus.CANNOT_BE_DONE),
    ("at-risk", {"reason": "Printer closing"}, "owner", lambda a: a.at_risk),
    ("reassign", {"owner": "member", "note": "Leave"}, "lead", lambda a: a.owner.name == "Mo Member"),
    ("edit", {"title": "Write the guide with families", "detail": "New"}, "secretary",
     lambda a: a.title == "Write the guide with families"),
]


@pytest.mark.parametrize("path, data, who, check", CHANGES, ids=[change[0] for change in CHANGES])
def test_each_change_form_saves_and_returns_to_the_action(client, auth, team, open_action, path, data, who, check):
    auth.login(getattr(team, who))
    url = f"/actions/{open_action.id}/{path}"
    assert client.get(url).status_code == 200
    data = {key: str(team.member.id) if value == "member" else value for key, value in data.items()}
    response = client.submit(url, {**data, "version": str(open_action.version)})
    assert response.status_code == 302 and response.location.endswith(f"/actions/{open_action.id}")
    db.session.expire_all()
    assert check(db.session.get(Action, open_action.id))


EMPTY = [
    ("update", {"note": ""}, "Enter your update"),
    ("due-date", {"reason": ""}, "Enter the new due date, for example 27 3 2026"),
    ("due-date", {"reason": "", **_date("new_due_on", date(2030, 1, 8))}, "Explain why the due date is moving"),
    ("due-date", {"reason": "x", "new_due_on": ["30", "2", "2030"]},
     "The new due date must be a real date: February 2030 has 28 days"),
    ("complete", {"outcome": " "}, "Enter the outcome: what was done"),
    ("cannot-be-done", {"explanation": ""}, "Explain clearly why this cannot be done"),
    ("cannot-be-done", {"explanation": "no"}, "“no” does not say why. Explain clearly, in a sentence,"),
    ("cannot-be-done", {"explanation": "Too busy"}, "in a sentence of at least 20 characters"),
    ("at-risk", {"reason": ""}, "Explain what puts this action at risk"),
    ("reassign", {"owner": "", "note": ""}, "Choose the person who owns this action from the list"),
    ("supersede", {"replacement": "", "reason": ""}, "Choose the action that replaces this one"),
    ("edit", {"title": ""}, "Enter what needs to be done"),
]


@pytest.mark.parametrize("path, data, message", EMPTY, ids=[f"{c[0]}-{c[2][:20]}" for c in EMPTY])
def test_each_change_form_refuses_bad_input_at_the_field_and_saves_nothing(client, auth, team, open_action, path,
                                                                           data, message):
    auth.login(team.owner if path == "at-risk" else team.chair)
    before = open_action.version
    response = client.submit(f"/actions/{open_action.id}/{path}", {**data, "version": str(before)})
    page = _page(response)
    assert response.status_code == 200
    assert "There is a problem" in page and message in page and "govuk-error-message" in page
    db.session.expire_all()
    assert db.session.get(Action, open_action.id).version == before


def test_the_nudge_emails_link_refuses_a_non_answer_as_the_page_does(client, open_action, team):
    from tracker.nudges.links import action_link_token

    link = f"/act/{action_link_token(open_action.id, team.owner.id)}"
    response = client.submit(f"{link}/cannot-be-done", {"explanation": "n/a"})
    assert "“n/a” does not say why. Explain clearly, in a sentence," in _page(response)
    db.session.expire_all()
    assert db.session.get(Action, open_action.id).status == ActionStatus.NOT_STARTED


def test_reopening_and_clearing_at_risk(client, auth, team, open_action):
    auth.login(team.owner)
    assert client.get(f"/actions/{open_action.id}/at-risk/clear").status_code == 302  # not at risk: back
    client.submit(f"/actions/{open_action.id}/at-risk", {"reason": "Printer", "version": str(open_action.version)})
    db.session.expire_all()
    response = client.submit(f"/actions/{open_action.id}/at-risk/clear",
                             {"note": "New printer", "version": str(open_action.version)})
    assert response.status_code == 302
    db.session.expire_all()
    assert not open_action.at_risk
    client.submit(f"/actions/{open_action.id}/complete", {"outcome": "Done", "version": str(open_action.version)})
    auth.logout()
    auth.login(team.chair)
    db.session.expire_all()
    page = _page(client.get(f"/actions/{open_action.id}"))
    assert "Reopen the action" in page
    response = client.submit(f"/actions/{open_action.id}/reopen", {"reason": "", "version": str(open_action.version)})
    assert "Explain why the action is being reopened" in _page(response)
    client.submit(f"/actions/{open_action.id}/reopen", {"reason": "Not finished", "version": str(open_action.version)})
    db.session.expire_all()
    assert open_action.status == ActionStatus.IN_PROGRESS


def test_superseding_links_both_ways(client, auth, team, open_action, soon):
    replacement = operations.create_action(title="Joint guide with health", owner=team.member, group=team.group,
                                           by=team.chair, today=local_today(), due_on=soon)
    db.session.commit()
    auth.login(team.chair)
    response = client.submit(f"/actions/{open_action.id}/supersede", {
        "replacement": str(replacement.id), "reason": "Merged", "version": str(open_action.version)})
    assert response.status_code == 302
    old_page = _page(client.get(f"/actions/{open_action.id}"))
    assert "Replaced by:" in old_page and "Joint guide with health" in old_page
    assert "Write the transition guide" in _page(client.get(f"/actions/{replacement.id}"))


def test_replacing_with_another_groups_action_is_refused_at_the_field(client, auth, team, open_action, soon,
                                                                      make_group):
    elsewhere = operations.create_action(title="Their action", owner=team.member, group=make_group(name="Health"),
                                         by=None, today=local_today(), due_on=soon)
    db.session.commit()
    auth.login(team.secretary)
    response = client.submit(f"/actions/{open_action.id}/supersede", {
        "replacement": str(elsewhere.id), "reason": "Merged", "version": str(open_action.version)})
    assert response.status_code == 200
    page = _page(response)
    assert 'href="#replacement"' in page
    assert "That action belongs to Health, which you do not run." in page
    assert "Their action" not in page.split('id="replacement"', 1)[1].split("</select>", 1)[0]
    db.session.expire_all()
    assert open_action.status == ActionStatus.NOT_STARTED


def test_a_closed_action_sends_its_change_pages_back_to_the_action(client, auth, team, open_action):
    operations.complete_action(open_action, by=team.owner, outcome="Done", at=NOW)
    db.session.commit()
    auth.login(team.owner)
    response = client.get(f"/actions/{open_action.id}/update")
    assert response.status_code == 302
    assert "This action is completed. Reopen it first." in _page(client.get(response.location))


# --- two people at once ----------------------------------------------------------------------


def test_a_save_from_an_out_of_date_page_is_refused_showing_what_changed_and_keeps_the_typing(
        client, auth, team, open_action):
    seen = open_action.version
    set_actor(db.session, team.chair)
    operations.move_due_date(open_action, by=team.chair, new_due_on=open_action.due_on + timedelta(days=14),
                             reason="Board agreed more time", at=NOW)
    db.session.commit()

    auth.login(team.owner)
    response = client.submit(f"/actions/{open_action.id}/complete", {"outcome": "My careful outcome",
                                                                    "version": str(seen)})
    page = _page(response)
    assert response.status_code == 200
    assert "Someone else saved this action while you were editing it" in page
    assert "Cara Chair changed due date" in page and "Board agreed more time" in page
    assert "My careful outcome" in page  # nothing typed is lost
    db.session.expire_all()
    assert db.session.get(Action, open_action.id).status != ActionStatus.COMPLETED
    assert f'name="version" type="hidden" value="{open_action.version}"' in page

    response = client.submit(f"/actions/{open_action.id}/complete", {"outcome": "My careful outcome",
                                                                    "version": str(open_action.version)})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(Action, open_action.id).outcome == "My careful outcome"
    assert db.session.scalar(db.select(db.func.count(ActionUpdate.id))) == 2  # both saves kept


# --- My actions ------------------------------------------------------------------------------


def test_my_actions_groups_what_i_own_by_when_it_is_due(client, auth, team, make_action):
    from datetime import UTC, datetime

    from tracker.core.dates import add_working_days

    today = local_today()
    make_action(owner=team.owner, group=team.group, due=today - timedelta(days=3), title="Late one")
    make_action(owner=team.owner, group=team.group, due=add_working_days(today, 2), title="Soon one")
    make_action(owner=team.owner, group=team.group, due=today + timedelta(days=60), title="Later one")
    make_action(owner=team.owner, group=team.group, due=today + timedelta(days=60), title="Risky one",
                at_risk=True, at_risk_reason="No printer")
    make_action(owner=team.owner, group=team.group, title="Done lately", status=ActionStatus.COMPLETED,
                outcome="Printed", closed_at=datetime.now(UTC) - timedelta(days=3))
    make_action(owner=team.owner, group=team.group, title="Done long ago", status=ActionStatus.COMPLETED,
                outcome="Old", closed_at=datetime.now(UTC) - timedelta(days=45))
    make_action(owner=team.member, group=team.group, title="Somebody else's")
    auth.login(team.owner)
    page = _page(client.get("/my-actions"))

    sections = {name: page.index(heading) for name, heading in [
        ("overdue", "Overdue (1)"), ("soon", "Due soon (1)"), ("later", "Later (2)"), ("closed", "Recently closed")]}
    assert sections["overdue"] < page.index("Late one") < sections["soon"] < page.index("Soon one") < sections["later"]
    assert sections["later"] < page.index("Later one") < sections["closed"] < page.index("Done lately")
    assert "At risk: No printer" in page and "Outcome:" in page and "Printed" in page
    assert "Done long ago" not in page and "Somebody else" not in page
    assert "You own 4 open actions: 1 overdue, 1 due soon, 2 later." in page


def test_my_actions_shows_fifty_a_page(client, auth, team, make_action):
    for number in range(55):
        make_action(owner=team.owner, group=team.group, due=local_today() + timedelta(days=10 + number),
                    title=f"Action number {number:02d}")
    auth.login(team.owner)
    first, second = _page(client.get("/my-actions")), _page(client.get("/my-actions?page=2"))
    assert "Action number 49" in first and "Action number 50" not in first
    assert "Action number 50" in second and "Action number 54" in second
    assert 'href="/my-actions?page=2"' in first


def test_a_rule_about_the_whole_action_is_shown_at_the_first_field(client, auth, team, open_action):
    auth.login(team.owner)
    operations.complete_action(open_action, by=team.chair, outcome="Done by the chair", at=NOW)
    db.session.commit()
    version = open_action.version  # as if the page had been opened after the chair closed it
    response = client.submit(f"/actions/{open_action.id}/update", {"note": "Late news", "version": str(version)},
                             form_url="/my-actions")
    page = _page(response)
    assert "This action is already completed. Reopen it before you post an update" in page
    assert 'href="#note"' in page and "Late news" in page


def test_hidden_control_characters_are_taken_out_of_what_is_saved(client, auth, team, soon):
    """A direction override makes the rest of a line read backwards wherever the title is shown, and
    pasted control characters are invisible: neither is saved (core/domain.py checked_text, the one
    home every operation's text goes through). PowerPoint's line break is saved as a line break."""
    auth.login(team.secretary)
    response = client.submit("/actions/new", {
        "title": "Send the \u202eeriaNNOITSEUQ\u202c questionnaire\x07", "detail": "First line\x0bSecond line",
        "owner": str(team.owner.id), "group": str(team.group.id), "due_kind": "date", **_date("due_on", soon)})
    assert response.status_code == 302
    action = db.session.scalar(db.select(Action))
    assert action.title == "Send the eriaNNOITSEUQ questionnaire"
    assert action.detail == "First line\nSecond line"
