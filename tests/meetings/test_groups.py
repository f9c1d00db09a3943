"""Groups: creating and changing them, their people, and their reminder settings."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.conftest import london_today
from tests.meetings.conftest import error_summary_links, page_text
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.people.models import Group, Membership


@pytest.mark.parametrize("role", ["admin", "chair"])
def test_admin_or_chair_creates_a_workstream_under_the_board(client, auth, make_person, board, role):
    auth.login(make_person(role=role))
    response = client.submit("/groups/new", {
        "name": "SEN and EHCP workstream", "kind": "workstream", "parent": str(board.id),
        "description": "Improving education, health and care plans", "meeting_pattern": "Every four weeks"})
    group = db.session.scalar(select(Group).where(Group.name == "SEN and EHCP workstream"))
    assert response.status_code == 302 and response.location.endswith(f"/groups/{group.id}/people")
    assert (group.kind, group.parent_id, group.meeting_pattern) == ("workstream", board.id, "Every four weeks")
    assert "SEN and EHCP workstream" in page_text(client.get("/groups"))


def test_a_chair_who_creates_a_group_chairs_it_and_can_staff_it(client, auth, make_person, board):
    founder = make_person(role="chair", name="Sam Okoro")
    colleague = make_person(name="Ruth Adeyemi")
    auth.login(founder)
    response = client.submit("/groups/new", {"name": "Preparing for Adulthood", "kind": "workstream", "parent": ""})
    group = db.session.scalar(select(Group).where(Group.name == "Preparing for Adulthood"))
    people = client.get(response.location)
    assert people.status_code == 200  # it was a 403: the creator could not staff their own group
    assert "Preparing for Adulthood was created, with you as its chair." in page_text(people)
    assert [(m.person.name, m.group_role) for m in group.memberships] == [("Sam Okoro", "chair")]
    response = client.submit(f"/groups/{group.id}/people", {"person": str(colleague.id), "group_role": "secretary"})
    assert response.status_code == 302
    db.session.expire_all()
    assert {(m.person.name, m.group_role) for m in db.session.get(Group, group.id).memberships} == {
        ("Sam Okoro", "chair"), ("Ruth Adeyemi", "secretary")}
    chair = next(m for m in db.session.get(Group, group.id).memberships if m.person_id == founder.id)
    trail = db.session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "memberships",
                                                        AuditEvent.entity_id == chair.id)).all()
    assert [(event.event, event.actor_id) for event in trail] == [("created", founder.id)]


def test_an_admin_who_creates_a_group_is_not_made_a_member(client, auth, make_person, board):
    auth.login(make_person(role="admin"))
    client.submit("/groups/new", {"name": "Preparing for Adulthood", "kind": "workstream", "parent": ""})
    assert db.session.scalar(select(Group).where(Group.name == "Preparing for Adulthood")).memberships == []


def test_creating_a_group_with_bad_input_shows_each_message_at_its_field(client, auth, make_person, board):
    auth.login(make_person(role="admin"))
    response = client.submit("/groups/new", {"name": "", "kind": "", "parent": ""})
    assert page_text(response).count("Error: Create a group") == 1
    assert error_summary_links(response) == [
        ("#name", "Enter the group's name"), ("#kind", "Choose what kind of group this is")]
    page = page_text(client.submit("/groups/new", {"name": "SEND Board", "kind": "board", "parent": ""}))
    assert "A group called SEND Board already exists" in page
    assert db.session.scalar(select(Group).where(Group.name == "SEND Board")).kind == "board"


def test_a_group_cannot_report_to_its_own_subgroup(client, auth, make_person, make_group, board):
    workstream = make_group(name="Joint Commissioning Group", parent=board)
    auth.login(make_person(role="admin"))
    response = client.submit(f"/groups/{board.id}/edit", {
        "name": "SEND Board", "kind": "board", "parent": str(workstream.id), "is_active": "y"})
    assert "A group cannot report to itself or to one of its own subgroups" in page_text(response)
    db.session.expire_all()
    assert db.session.get(Group, board.id).parent_id is None


def test_the_groups_chair_changes_its_details_and_closes_it(client, auth, board):
    auth.login(board.chair)
    page = page_text(client.get(f"/groups/{board.id}/edit"))
    assert 'value="Monthly, second Tuesday, 2pm"' in page
    response = client.submit(f"/groups/{board.id}/edit", {
        "name": "SEND Partnership Board", "kind": "board", "parent": "", "description": "Leads the improvements",
        "meeting_pattern": "Monthly"})  # "The group still meets" unticked
    assert response.status_code == 302
    db.session.expire_all()
    group = db.session.get(Group, board.id)
    assert (group.name, group.is_active) == ("SEND Partnership Board", False)
    assert "Changes to special educational needs and disabilities (SEND) Partnership Board were saved" in page_text(client.get(response.location))
    assert "Partnership Board" not in page_text(client.get("/groups"))
    assert "SEND Partnership Board" in page_text(client.get("/groups?closed=1"))  # SEND spelled out in the intro


@pytest.mark.parametrize("who", ["secretary", "lead", "member"])
def test_only_admins_and_the_groups_chairs_change_a_group(client, auth, board, who):
    auth.login(getattr(board, who))
    for path in ("edit", "people", "reminders"):
        assert client.get(f"/groups/{board.id}/{path}").status_code == 403
    assert client.get("/groups/new").status_code == 403


def test_chair_of_another_group_cannot_change_this_one(client, auth, make_person, make_group, board):
    other_chair = make_person(role="chair")
    make_group(chair=other_chair)
    auth.login(other_chair)
    assert client.get(f"/groups/{board.id}/edit").status_code == 403
    assert client.get(f"/groups/{board.id}").status_code == 200  # staff see every group


def test_champions_see_only_their_own_groups(client, auth, make_person, make_group, board):
    champion = make_person(role="champion")
    network = make_group(name="Network of SEND Champions", kind="network", members=[champion])
    auth.login(champion)
    assert client.get(f"/groups/{board.id}").status_code == 404
    assert client.get(f"/groups/{network.id}").status_code == 200
    listed = page_text(client.get("/groups"))
    assert "Network of SEND Champions" in listed and "SEND Board" not in listed


def test_chair_adds_co_chair_secretary_and_members(client, auth, make_person, board):
    co_chair = make_person(name="Sam Okoro")
    auth.login(board.chair)
    response = client.submit(f"/groups/{board.id}/people", {"person": str(co_chair.id), "group_role": "chair"})
    assert response.status_code == 302
    group_page = page_text(client.get(f"/groups/{board.id}"))
    assert "Co-chairs" in group_page and "Sam Okoro" in group_page and "Jordan Reid" in group_page

    page = page_text(client.submit(f"/groups/{board.id}/people", {"person": str(co_chair.id), "group_role": "member"}))
    assert "Sam Okoro is already in this group as chair. Change their role in the list below" in page
    page = page_text(client.submit(f"/groups/{board.id}/people", {"person": "", "group_role": "member"}))
    assert "Choose the person to add to the group" in page


def test_changing_a_role_and_removing_someone_are_kept_in_the_audit_trail(client, auth, board):
    auth.login(board.chair)
    membership = db.session.scalar(select(Membership).where(Membership.person_id == board.member.id))
    membership_id = membership.id
    client.submit(f"/groups/{board.id}/people/{membership_id}", {"group_role": "lead"},
                  form_url=f"/groups/{board.id}/people")
    db.session.expire_all()
    assert db.session.get(Membership, membership_id).group_role == "lead"
    response = client.submit(f"/groups/{board.id}/people/{membership_id}", {"remove": "1"},
                             form_url=f"/groups/{board.id}/people")
    assert "Chris Nolan was removed from special educational needs and disabilities (SEND) Board" in page_text(client.get(response.location))
    assert db.session.get(Membership, membership_id) is None
    removal = db.session.scalar(select(AuditEvent).where(
        AuditEvent.entity_type == "memberships", AuditEvent.event == "removed"))
    assert removal.actor_id == board.chair.id
    assert removal.changes["person_id"] == [board.member.id, None]
    assert removal.changes["group_role"] == ["lead", None]


def test_a_role_that_is_not_in_the_list_is_refused_at_that_persons_role(client, auth, board):
    auth.login(board.chair)
    membership = db.session.scalar(select(Membership).where(Membership.person_id == board.member.id))
    response = client.submit(f"/groups/{board.id}/people/{membership.id}", {"group_role": "boss"},
                             form_url=f"/groups/{board.id}/people")
    assert response.status_code == 200
    assert error_summary_links(response) == [(f"#role-{membership.id}", "Choose the person's role in the group")]
    page = page_text(response)
    cell = page.split(f'id="role-{membership.id}-error"', 1)[1].split("</select>", 1)[0]
    assert "Choose the person's role in the group" in cell and "govuk-select--error" in cell
    db.session.expire_all()
    assert db.session.get(Membership, membership.id).group_role == "member"


def test_chair_changes_the_groups_reminder_settings(client, auth, board):
    auth.login(board.chair)
    response = client.submit(f"/groups/{board.id}/reminders", {
        "due_soon_working_days": "5", "escalate_after_working_days": "10", "input_response_working_days": ""})
    assert response.status_code == 302
    db.session.expire_all()
    group = db.session.get(Group, board.id)
    assert (group.due_soon_working_days, group.escalate_after_working_days,
            group.input_response_working_days) == (5, 10, None)
    assert "10 working days" in page_text(client.get(f"/groups/{board.id}"))


def test_an_empty_reminder_setting_shows_the_number_of_days_it_means(client, auth, board):
    from tracker.inputs.operations import DEFAULT_RESPONSE_WORKING_DAYS
    from tracker.nudges.planner import ESCALATE_AFTER

    due_soon = client.application.config["DUE_SOON_WORKING_DAYS"]  # the service's window
    board.escalate_after_working_days = 1
    db.session.commit()
    auth.login(board.chair)
    page = " ".join(re.sub(r"<[^>]+>", " ", page_text(client.get(f"/groups/{board.id}"))).split())
    assert "The usual setting" not in page  # it once said only that, without the number
    assert f"Reminder before an action is due {due_soon} working days (the usual setting)" in page
    assert "Chair told when an action is overdue by 1 working day " in page
    assert (f"Response to champions' input within {DEFAULT_RESPONSE_WORKING_DAYS} working days "
            "(the usual setting)") in page
    form = page_text(client.get(f"/groups/{board.id}/reminders"))
    assert f"The usual setting is {due_soon} working days" in form
    assert f"The usual setting is {ESCALATE_AFTER} working days" in form


def test_reminder_settings_refuse_what_is_not_a_sensible_number(client, auth, board):
    auth.login(board.chair)
    response = client.submit(f"/groups/{board.id}/reminders", {
        "due_soon_working_days": "five", "escalate_after_working_days": "0", "input_response_working_days": "61"})
    assert error_summary_links(response) == [
        ("#due_soon_working_days", "Enter the number of working days as a whole number, like 5"),
        ("#escalate_after_working_days", "Enter a number of working days from 1 to 60, or leave it empty"),
        ("#input_response_working_days", "Enter a number of working days from 1 to 60, or leave it empty"),
    ]
    assert 'value="five"' in page_text(response)  # what was typed stays
    db.session.expire_all()
    assert db.session.get(Group, board.id).due_soon_working_days is None


def test_group_page_lists_its_meetings_and_outstanding_actions(client, auth, board, make_meeting, make_action):
    today = london_today()
    make_meeting(board, today + timedelta(days=14), location="Town Hall")
    make_meeting(board, today - timedelta(days=28), location="Online")
    make_action(owner=board.member, group=board, due=today - timedelta(days=7))
    make_action(owner=board.member, group=board, due=today + timedelta(days=30))
    auth.login(board.member)
    page = page_text(client.get(f"/groups/{board.id}"))
    assert "Town Hall" in page and "Online" in page
    assert "2 outstanding actions" in page and "1 overdue" in page
    assert "Schedule a meeting" not in page  # a member does not run the group
    assert "2 outstanding actions, 1 overdue." in as_read(page)  # not "1 overdue ."


def as_read(page: str) -> str:
    """The words as a browser lays them out: tags gone, each run of white space one space."""
    return " ".join(re.sub(r"<[^>]+>", "", page).split())


def test_groups_list_does_a_fixed_number_of_queries(client, auth, make_person, make_group, make_meeting, make_action,
                                                    count_queries):
    auth.login(make_person(role="admin"))

    def sent_for_the_page() -> int:
        response, sent = count_queries(lambda: client.get("/groups"))
        assert response.status_code == 200
        return sent

    def add_group():
        group = make_group(chair=make_person(), members=[make_person(), make_person()])
        make_meeting(group, london_today() + timedelta(days=7))
        make_action(group=group)

    add_group()
    few = sent_for_the_page()
    for _ in range(12):
        add_group()
    assert sent_for_the_page() == few
