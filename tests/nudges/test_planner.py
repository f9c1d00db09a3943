"""Who gets which nudge on which day: the rules of issue 4, on real calendars with bank holidays.

Calendar used (2026): Monday 23 November is a working day; Friday 25 and Monday 28 December are
bank holidays, so after Thursday 24 December the next working day is Tuesday 29 December.
"""
from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from tracker.actions.models import ActionStatus
from tracker.extensions import db
from tracker.nudges.planner import is_digest_day, plan_nudges
from tracker.people.models import Membership

MON_23_NOV = date(2026, 11, 23)


def london(day: date, clock: time = time(10, 0)) -> datetime:
    return datetime.combine(day, clock, tzinfo=ZoneInfo("Europe/London")).astimezone(UTC)


def emails_on(day: date) -> dict[str, object]:
    return {email.recipient.email: email for email in plan_nudges(day).emails}


def titles(items) -> list[str]:
    return [item.title for item in items]


@pytest.fixture
def owner(make_person):
    person = make_person(name="Chris Nolan", email="owner@example.org", password=None)
    person.digest_enabled = False  # most tests look at one rule at a time
    db.session.commit()
    return person


# --- due soon ------------------------------------------------------------------------------------


def test_due_soon_reminder_comes_three_working_days_before(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 26), title="Send the survey")
    assert titles(emails_on(MON_23_NOV)["owner@example.org"].due_soon) == ["Send the survey"]
    assert emails_on(date(2026, 11, 24)) == {}
    assert emails_on(date(2026, 11, 20)) == {}


def test_due_soon_counts_working_days_over_a_weekend(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 30), title="Monday deadline")  # Wed, Thu, Fri, Mon
    assert "owner@example.org" in emails_on(date(2026, 11, 25))
    assert emails_on(date(2026, 11, 26)) == {}


def test_due_date_on_a_weekend_is_reminded_with_the_working_days_before_it(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 28), title="Saturday deadline")
    assert titles(emails_on(date(2026, 11, 25))["owner@example.org"].due_soon) == ["Saturday deadline"]
    assert emails_on(date(2026, 11, 24)) == {} and emails_on(date(2026, 11, 26)) == {}


def test_a_group_can_change_how_early_due_soon_comes(owner, make_action, make_group):
    group = make_group(due_soon_working_days=5)
    make_action(owner=owner, due=date(2026, 11, 30), group=group, title="Early warning")
    assert titles(emails_on(MON_23_NOV)["owner@example.org"].due_soon) == ["Early warning"]
    assert emails_on(date(2026, 11, 25)) == {}


def test_due_soon_across_christmas_bank_holidays(owner, make_action):
    # Tue 29 Dec is 3 working days after Tue 22 Dec: Wed 23, Thu 24, (Fri 25, Mon 28 off), Tue 29.
    make_action(owner=owner, due=date(2026, 12, 29), title="After Christmas")
    assert titles(emails_on(date(2026, 12, 22))["owner@example.org"].due_soon) == ["After Christmas"]
    assert emails_on(date(2026, 12, 23)) == {}


# --- overdue -------------------------------------------------------------------------------------


def test_overdue_nudges_come_after_one_three_and_seven_working_days_then_weekly(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 20), title="Late report")  # a Friday
    nudge_days = {
        day for day in (date(2026, 11, 20) + timedelta(days=offset) for offset in range(1, 45))
        if "owner@example.org" in emails_on(day)
    }
    assert sorted(nudge_days) == [
        date(2026, 11, 23),  # 1 working day overdue
        date(2026, 11, 25),  # 3
        date(2026, 12, 1),  # 7
        date(2026, 12, 8),  # 12: weekly from here
        date(2026, 12, 15),  # 17
        date(2026, 12, 22),  # 22
        date(2026, 12, 31),  # 27: two bank holidays push it two days on
    ]


def test_overdue_email_says_how_late_in_working_days(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 20), title="Late report")
    item = emails_on(date(2026, 11, 25))["owner@example.org"].overdue[0]
    assert item.working_days_overdue == 3
    assert item.when == "Due 20 November 2026: 3 working days overdue"


def test_first_overdue_nudge_waits_for_the_first_working_day_after_christmas(owner, make_action):
    make_action(owner=owner, due=date(2026, 12, 24), title="Christmas Eve deadline")
    assert emails_on(date(2026, 12, 25)) == {}  # bank holiday: no run
    assert emails_on(date(2026, 12, 28)) == {}  # substitute bank holiday
    email = emails_on(date(2026, 12, 29))["owner@example.org"]
    assert titles(email.overdue) == ["Christmas Eve deadline"]
    assert email.overdue[0].working_days_overdue == 1


def test_no_nudges_on_weekends_or_bank_holidays(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 19))
    for day in (date(2026, 11, 21), date(2026, 11, 22), date(2026, 12, 25), date(2026, 12, 28)):
        assert plan_nudges(day).emails == []


def test_closed_actions_and_undated_actions_get_no_nudges(owner, make_action, make_group):
    make_action(owner=owner, due=date(2026, 11, 20), status=ActionStatus.COMPLETED, outcome="Done")
    make_action(owner=owner, due=date(2026, 11, 20), status=ActionStatus.CANNOT_BE_DONE, explanation="No")
    group = make_group()
    action = make_action(owner=owner, due=date(2026, 11, 20), due_at_next_meeting_of=group)
    action.due_on = None
    db.session.commit()
    assert emails_on(MON_23_NOV) == {}


def test_one_email_lists_all_of_a_persons_items(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 20), title="B late")
    make_action(owner=owner, due=date(2026, 11, 20), title="A late")
    make_action(owner=owner, due=date(2026, 11, 26), title="Soon")
    [email] = plan_nudges(MON_23_NOV).emails
    assert titles(email.overdue) == ["A late", "B late"]
    assert titles(email.due_soon) == ["Soon"]
    assert email.subject == "2 actions overdue and 1 due soon"


# --- an update stops the overdue nudges ----------------------------------------------------------


def test_an_update_stops_the_nudges_until_the_action_falls_overdue_again(owner, make_action):
    # Due Fri 13 Nov; without an update the owner is nudged on Tue 24 Nov (7 working days late).
    quiet = make_action(owner=owner, due=date(2026, 11, 13), title="Updated")
    assert titles(emails_on(date(2026, 11, 24))["owner@example.org"].overdue) == ["Updated"]
    # An update on Fri 20 Nov restarts the count: nothing the next working days, then 3 and 7.
    quiet.last_progress_at = london(date(2026, 11, 20))
    db.session.commit()
    assert emails_on(MON_23_NOV) == {}
    assert emails_on(date(2026, 11, 24)) == {}
    assert titles(emails_on(date(2026, 11, 25))["owner@example.org"].overdue) == ["Updated"]
    assert "owner@example.org" in emails_on(date(2026, 12, 1))


def test_a_new_due_date_starts_the_rules_again_from_that_date(owner, make_action):
    action = make_action(owner=owner, due=date(2026, 11, 13), title="Moved")
    action.due_on = date(2026, 11, 25)  # agreed on Fri 20 Nov
    action.last_progress_at = london(date(2026, 11, 20))
    db.session.commit()
    assert emails_on(date(2026, 11, 24)) == {}
    assert emails_on(date(2026, 11, 25)) == {}  # due today: not overdue yet
    assert titles(emails_on(date(2026, 11, 26))["owner@example.org"].overdue) == ["Moved"]


def test_an_update_posted_before_the_due_date_does_not_pause_anything(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 20), title="Early update",
                last_progress_at=london(date(2026, 11, 18)))
    assert titles(emails_on(MON_23_NOV)["owner@example.org"].overdue) == ["Early update"]


# --- escalation to the chair ---------------------------------------------------------------------


@pytest.fixture
def board(make_person, make_group):
    chair = make_person(name="Jordan Reid", email="chair@example.org", password=None)
    cochair = make_person(name="Sam Okoro", email="cochair@example.org", password=None)
    member = make_person(name="Mo Member", email="member@example.org", password=None)
    group = make_group(name="SEND Board", chair=chair, members=[member])
    group.memberships.append(Membership(person=cochair, group_role="chair"))
    for person in (chair, cochair, member):
        person.digest_enabled = False
    db.session.commit()
    return group


def test_chairs_are_told_after_ten_working_days_then_weekly(owner, board, make_action):
    make_action(owner=owner, due=date(2026, 11, 20), group=board, title="Stuck")
    escalation_days = [day for day in (date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 7),
                                       date(2026, 12, 11), date(2026, 12, 18))
                       if "chair@example.org" in emails_on(day)]
    assert escalation_days == [date(2026, 12, 4), date(2026, 12, 11), date(2026, 12, 18)]
    emails = emails_on(date(2026, 12, 4))
    assert set(emails) == {"chair@example.org", "cochair@example.org"}  # not the owner: day 10
    [escalation] = emails["chair@example.org"].escalations
    assert escalation.group_name == "SEND Board"
    assert [(item.title, item.owner_name, item.working_days_overdue) for item in escalation.actions] == [
        ("Stuck", "Chris Nolan", 10)]
    assert emails["chair@example.org"].subject == "1 overdue in a group you chair"


def test_a_group_can_escalate_sooner(owner, board, make_action):
    board.escalate_after_working_days = 5
    db.session.commit()
    make_action(owner=owner, due=date(2026, 11, 20), group=board, title="Stuck")
    assert "chair@example.org" in emails_on(date(2026, 11, 27))


def test_escalation_still_names_an_action_whose_owner_has_left(owner, board, make_action):
    make_action(owner=owner, due=date(2026, 11, 20), group=board, title="Orphaned")
    owner.is_active = False
    db.session.commit()
    assert set(emails_on(MON_23_NOV)) == set()  # nobody to nudge
    assert set(emails_on(date(2026, 12, 4))) == {"chair@example.org", "cochair@example.org"}


# --- the weekly digest ---------------------------------------------------------------------------


def test_digest_on_monday_lists_the_other_open_actions(make_person, make_action):
    person = make_person(name="Dee Gest", email="digest@example.org", password=None)
    make_action(owner=person, due=date(2026, 11, 20), title="Late")
    make_action(owner=person, due=date(2027, 1, 29), title="Later")
    email = emails_on(MON_23_NOV)["digest@example.org"]
    assert titles(email.overdue) == ["Late"]
    assert titles(email.digest) == ["Later"]
    assert emails_on(date(2026, 11, 30))["digest@example.org"].digest  # next Monday too
    assert "digest@example.org" not in emails_on(date(2026, 11, 24))


def test_turning_the_digest_off_keeps_the_overdue_nudges(make_person, make_action):
    person = make_person(email="nodigest@example.org", password=None)
    person.digest_enabled = False
    db.session.commit()
    make_action(owner=person, due=date(2026, 11, 20), title="Late")
    make_action(owner=person, due=date(2027, 1, 29), title="Later")
    email = emails_on(MON_23_NOV)["nodigest@example.org"]
    assert titles(email.overdue) == ["Late"] and email.digest == []
    assert "nodigest@example.org" not in emails_on(date(2026, 11, 30))


def test_digest_moves_to_tuesday_after_a_bank_holiday_monday():
    assert is_digest_day(date(2026, 11, 23))
    assert not is_digest_day(date(2026, 11, 24))
    assert not is_digest_day(date(2026, 12, 28))  # substitute Boxing Day
    assert is_digest_day(date(2026, 12, 29))
    assert not is_digest_day(date(2026, 11, 28))


# --- before a meeting ----------------------------------------------------------------------------


def test_chair_and_members_get_matters_arising_five_working_days_before(owner, board, make_action,
                                                                          make_meeting, make_person):
    outsider = make_person(email="outsider@example.org", password=None)
    outsider.digest_enabled = False
    make_meeting(board, date(2026, 11, 30))
    make_action(owner=owner, due=date(2027, 1, 29), group=board, title="Long running")
    make_action(owner=owner, due=date(2026, 11, 2), group=board, title="Well overdue")
    make_action(owner=owner, due=date(2026, 11, 2), group=board, title="Finished",
                status=ActionStatus.COMPLETED, outcome="Done")
    emails = emails_on(MON_23_NOV)
    assert set(emails) == {"chair@example.org", "cochair@example.org", "member@example.org"}
    [pack] = emails["member@example.org"].meeting_packs
    assert pack.group_name == "SEND Board"
    assert titles(pack.actions) == ["Well overdue", "Long running"]
    assert emails["member@example.org"].subject == "Matters arising for SEND Board on 30 November"
    assert emails_on(date(2026, 11, 24)) == {}


def test_no_pack_for_a_cancelled_meeting(board, make_meeting):
    make_meeting(board, date(2026, 11, 30), status="cancelled")
    assert emails_on(MON_23_NOV) == {}


def test_pack_for_a_meeting_after_christmas(board, make_meeting):
    # Mon 4 Jan 2027: 5 working days before is Wed 23 Dec (24, 29, 30, 31, 4: 25, 28 and 1 off).
    make_meeting(board, date(2027, 1, 4))
    assert set(emails_on(date(2026, 12, 23))) == {"chair@example.org", "cochair@example.org",
                                                  "member@example.org"}
    assert emails_on(date(2026, 12, 24)) == {}
