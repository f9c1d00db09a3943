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
from tracker.nudges.models import NudgeStep
from tracker.nudges.operations import queue_nudges
from tracker.nudges.planner import escalation_step, is_digest_day, overdue_step, plan_nudges
from tracker.people.models import Membership

MON_23_NOV = date(2026, 11, 23)


def london(day: date, clock: time = time(10, 0)) -> datetime:
    return datetime.combine(day, clock, tzinfo=ZoneInfo("Europe/London")).astimezone(UTC)


def emails_on(day: date) -> dict[str, object]:
    return {email.recipient.email: email for email in plan_nudges(day).emails}


def run_on(day: date) -> dict[str, object]:
    """What the daily run sends on `day`: planned, then queued, so the steps it sent are remembered."""
    plan = plan_nudges(day)
    queue_nudges(plan)
    db.session.commit()
    return {email.recipient.email: email for email in plan.emails}


def run_every_day(first: date, last: date) -> dict[date, dict[str, object]]:
    """The daily run on every day from `first` to `last`, in order (it sends nothing on days off)."""
    return {first + timedelta(days=offset): run_on(first + timedelta(days=offset))
            for offset in range((last - first).days + 1)}


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
    days = run_every_day(date(2026, 11, 19), date(2026, 11, 25))
    assert days[date(2026, 11, 20)] == {}
    assert titles(days[MON_23_NOV]["owner@example.org"].due_soon) == ["Send the survey"]
    assert days[date(2026, 11, 24)] == {} and days[date(2026, 11, 25)] == {}  # once, not daily


def test_due_soon_counts_working_days_over_a_weekend(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 30), title="Monday deadline")  # Wed, Thu, Fri, Mon
    days = run_every_day(date(2026, 11, 24), date(2026, 11, 27))
    assert days[date(2026, 11, 24)] == {}
    assert "owner@example.org" in days[date(2026, 11, 25)]
    assert days[date(2026, 11, 26)] == {}


def test_due_date_on_a_weekend_is_reminded_with_the_working_days_before_it(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 28), title="Saturday deadline")
    days = run_every_day(date(2026, 11, 24), date(2026, 11, 26))
    assert days[date(2026, 11, 24)] == {}
    assert titles(days[date(2026, 11, 25)]["owner@example.org"].due_soon) == ["Saturday deadline"]
    assert days[date(2026, 11, 26)] == {}


def test_a_group_can_change_how_early_due_soon_comes(owner, make_action, make_group):
    group = make_group(due_soon_working_days=5)
    make_action(owner=owner, due=date(2026, 11, 30), group=group, title="Early warning")
    days = run_every_day(date(2026, 11, 20), date(2026, 11, 25))
    assert days[date(2026, 11, 20)] == {}
    assert titles(days[MON_23_NOV]["owner@example.org"].due_soon) == ["Early warning"]
    assert days[date(2026, 11, 25)] == {}


def test_due_soon_across_christmas_bank_holidays(owner, make_action):
    # Tue 29 Dec is 3 working days after Tue 22 Dec: Wed 23, Thu 24, (Fri 25, Mon 28 off), Tue 29.
    make_action(owner=owner, due=date(2026, 12, 29), title="After Christmas")
    days = run_every_day(date(2026, 12, 21), date(2026, 12, 23))
    assert days[date(2026, 12, 21)] == {}
    assert titles(days[date(2026, 12, 22)]["owner@example.org"].due_soon) == ["After Christmas"]
    assert days[date(2026, 12, 23)] == {}


def test_a_due_soon_reminder_missed_while_the_scheduler_was_down_comes_the_next_day_once(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 26), title="Send the survey")
    # No run on Monday 23 November, the reminder's day.
    assert titles(run_on(date(2026, 11, 24))["owner@example.org"].due_soon) == ["Send the survey"]
    assert run_on(date(2026, 11, 25)) == {}


def test_a_new_due_date_gets_its_own_reminder(owner, make_action):
    action = make_action(owner=owner, due=date(2026, 11, 26), title="Send the survey")
    run_on(MON_23_NOV)
    action.due_on = date(2026, 12, 3)  # agreed later; three working days before is Mon 30 Nov
    db.session.commit()
    days = run_every_day(date(2026, 11, 24), date(2026, 12, 1))
    assert [day for day, emails in days.items() if emails] == [date(2026, 11, 30)]


# --- overdue -------------------------------------------------------------------------------------


def test_overdue_nudges_come_after_one_three_and_seven_working_days_then_weekly(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 20), title="Late report")  # a Friday
    runs = run_every_day(date(2026, 11, 21), date(2027, 1, 3))
    nudge_days = [day for day, emails in runs.items() if "owner@example.org" in emails]
    assert nudge_days == [
        date(2026, 11, 23),  # 1 working day overdue
        date(2026, 11, 25),  # 3
        date(2026, 12, 1),  # 7
        date(2026, 12, 8),  # 12: weekly from here
        date(2026, 12, 15),  # 17
        date(2026, 12, 22),  # 22
        date(2026, 12, 31),  # 27: two bank holidays push it two days on
    ]


@pytest.mark.parametrize("days, restarted, step", [
    (0, False, None), (1, False, 1), (2, False, 1), (3, False, 3), (6, False, 3), (7, False, 7),
    (11, False, 7), (12, False, 12), (16, False, 12), (40, False, 37),
    (1, True, None), (2, True, None), (3, True, 3), (12, True, 12)])
def test_the_overdue_step_reached_after_so_many_working_days(days, restarted, step):
    assert overdue_step(days, restarted=restarted) == step


@pytest.mark.parametrize("days, step", [(9, None), (10, 10), (14, 10), (15, 15), (23, 20)])
def test_the_escalation_step_reached(days, step):
    assert escalation_step(days, 10) == step


def test_a_step_missed_while_the_scheduler_was_down_goes_out_on_the_next_run_once(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 20), title="Late report")
    assert titles(run_on(MON_23_NOV)["owner@example.org"].overdue) == ["Late report"]  # step 1
    # Down on Wednesday 25th, the day of step 3: Thursday's run sends it, saying how late it is now.
    [item] = run_on(date(2026, 11, 26))["owner@example.org"].overdue
    assert (item.title, item.working_days_overdue) == ("Late report", 4)
    assert run_on(date(2026, 11, 26)) == {}  # a second run that day
    assert run_on(date(2026, 11, 27)) == {} and run_on(date(2026, 11, 30)) == {}
    assert "owner@example.org" in run_on(date(2026, 12, 1))  # step 7 comes on its day as usual
    assert db.session.execute(db.select(NudgeStep.kind, NudgeStep.step, NudgeStep.sent_on)).all() == [
        ("overdue", 7, date(2026, 12, 1))]


def test_a_run_after_several_missed_steps_sends_only_the_latest(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 20), title="Late report")
    [item] = run_on(date(2026, 12, 2))["owner@example.org"].overdue  # 8 working days late
    assert item.working_days_overdue == 8
    assert run_every_day(date(2026, 12, 3), date(2026, 12, 7)) == {
        day: {} for day in (date(2026, 12, 3) + timedelta(days=offset) for offset in range(5))}
    assert "owner@example.org" in run_on(date(2026, 12, 8))  # 12 working days: the next step


def test_an_email_already_queued_that_day_leaves_its_new_steps_for_the_next_run(owner, make_action):
    make_action(owner=owner, due=date(2026, 11, 26), title="Soon")
    run_on(MON_23_NOV)  # the owner's email for the day is queued: due soon
    make_action(owner=owner, due=date(2026, 11, 13), title="Found late")  # entered late in the day
    assert titles(run_on(MON_23_NOV)["owner@example.org"].overdue) == ["Found late"]  # not queued
    assert db.session.scalars(db.select(NudgeStep.kind)).all() == ["due_soon"]  # the first email's only
    assert titles(run_on(date(2026, 11, 24))["owner@example.org"].overdue) == ["Found late"]


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
    days = run_every_day(MON_23_NOV, date(2026, 11, 26))
    assert titles(days[MON_23_NOV]["owner@example.org"].due_soon) == ["Moved"]  # the new date's reminder
    assert titles(days[MON_23_NOV]["owner@example.org"].overdue) == []
    assert days[date(2026, 11, 24)] == {}
    assert days[date(2026, 11, 25)] == {}  # due today: not overdue yet
    assert titles(days[date(2026, 11, 26)]["owner@example.org"].overdue) == ["Moved"]


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
    runs = {day: run_on(day) for day in (date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 7),
                                         date(2026, 12, 11), date(2026, 12, 18))}
    escalation_days = [day for day, emails in runs.items() if "chair@example.org" in emails]
    assert escalation_days == [date(2026, 12, 4), date(2026, 12, 11), date(2026, 12, 18)]
    emails = runs[date(2026, 12, 4)]
    assert set(emails) == {"chair@example.org", "cochair@example.org"}  # not the owner: day 10
    [escalation] = emails["chair@example.org"].escalations
    assert escalation.group_name == "SEND Board"
    assert [(item.title, item.owner_name, item.working_days_overdue) for item in escalation.actions] == [
        ("Stuck", "Chris Nolan", 10)]
    assert emails["chair@example.org"].subject == "1 overdue in a group you chair"


def test_an_escalation_missed_while_the_scheduler_was_down_is_sent_next_run_once(owner, board, make_action):
    make_action(owner=owner, due=date(2026, 11, 20), group=board, title="Stuck")
    run_on(date(2026, 12, 3))  # the owner's step 7; Friday 4th, day 10, the scheduler is down
    emails = run_on(date(2026, 12, 7))
    assert set(emails) == {"chair@example.org", "cochair@example.org"}
    [escalation] = emails["cochair@example.org"].escalations
    assert [(item.title, item.working_days_overdue) for item in escalation.actions] == [("Stuck", 11)]
    assert run_on(date(2026, 12, 7)) == {}  # a second run that day
    assert set(run_on(date(2026, 12, 8))) == {"owner@example.org"}  # step 12 for the owner only


def test_a_group_can_escalate_sooner(owner, board, make_action):
    board.escalate_after_working_days = 5
    db.session.commit()
    make_action(owner=owner, due=date(2026, 11, 20), group=board, title="Stuck")
    assert "chair@example.org" in emails_on(date(2026, 11, 27))


def test_a_chair_is_not_escalated_their_own_action_but_the_co_chair_is(board, make_action):
    """Nudged about it as its owner already; an "overdue in a group you chair" section naming
    themselves as its owner told them nothing, and read as if someone else had let it slip."""
    chair = next(m.person for m in board.memberships if m.person.email == "chair@example.org")
    make_action(owner=chair, due=date(2026, 11, 20), group=board, title="The chair's own")
    emails = run_on(date(2026, 12, 4))  # day 10
    assert titles(emails["chair@example.org"].overdue) == ["The chair's own"]  # as its owner
    assert emails["chair@example.org"].escalations == []
    [escalation] = emails["cochair@example.org"].escalations
    assert [(item.title, item.owner_name) for item in escalation.actions] == [("The chair's own", "Jordan Reid")]


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
    runs = run_every_day(MON_23_NOV, date(2026, 11, 30))
    assert "digest@example.org" not in runs[date(2026, 11, 24)]
    assert runs[date(2026, 11, 30)]["digest@example.org"].digest  # next Monday too


def test_turning_the_digest_off_keeps_the_overdue_nudges(make_person, make_action):
    person = make_person(email="nodigest@example.org", password=None)
    person.digest_enabled = False
    db.session.commit()
    make_action(owner=person, due=date(2026, 11, 20), title="Late")
    make_action(owner=person, due=date(2027, 1, 29), title="Later")
    runs = run_every_day(MON_23_NOV, date(2026, 11, 30))
    email = runs[MON_23_NOV]["nodigest@example.org"]
    assert titles(email.overdue) == ["Late"] and email.digest == []
    assert "nodigest@example.org" not in runs[date(2026, 11, 30)]  # 6 working days late: no step


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
    assert not any(email.meeting_packs for email in run_on(date(2026, 11, 20)).values())
    emails = run_on(MON_23_NOV)
    with_pack = {address for address, email in emails.items() if email.meeting_packs}
    assert with_pack == {"chair@example.org", "cochair@example.org", "member@example.org"}
    [pack] = emails["member@example.org"].meeting_packs
    assert pack.group_name == "SEND Board"
    assert titles(pack.actions) == ["Well overdue", "Long running"]
    assert emails["member@example.org"].subject == "Matters arising for SEND Board on 30 November"
    assert not any(email.meeting_packs for email in run_on(date(2026, 11, 24)).values())  # once


def test_a_pack_missed_while_the_scheduler_was_down_comes_the_next_day_once(board, make_meeting):
    make_meeting(board, date(2026, 11, 30))
    # No run on Monday 23 November, five working days before.
    assert set(run_on(date(2026, 11, 24))) == {"chair@example.org", "cochair@example.org", "member@example.org"}
    assert run_on(date(2026, 11, 25)) == {}


def test_no_pack_for_a_cancelled_meeting(board, make_meeting):
    make_meeting(board, date(2026, 11, 30), status="cancelled")
    assert emails_on(MON_23_NOV) == {}


def test_pack_for_a_meeting_after_christmas(board, make_meeting):
    # Mon 4 Jan 2027: 5 working days before is Wed 23 Dec (24, 29, 30, 31, 4: 25, 28 and 1 off).
    make_meeting(board, date(2027, 1, 4))
    assert run_on(date(2026, 12, 22)) == {}
    assert set(run_on(date(2026, 12, 23))) == {"chair@example.org", "cochair@example.org",
                                               "member@example.org"}
    assert run_on(date(2026, 12, 24)) == {}


# --- a fixed number of queries -------------------------------------------------------------------


def test_planning_sends_the_same_number_of_queries_however_many_actions(board, make_action, make_person,
                                                                         make_meeting, count_queries):
    make_meeting(board, date(2026, 12, 7))  # matters arising go out on Monday 30 November

    def add_owners(count: int):
        for number in range(count):
            person = make_person(password=None)
            make_action(owner=person, group=board, due=date(2026, 11, 10 + number % 10), title=f"Late {number}")
            make_action(owner=person, group=board, due=date(2026, 12, 3), title=f"Soon {number}")
            make_action(owner=person, group=board, due=date(2027, 2, 1), title=f"Later {number}")

    add_owners(2)
    run_on(MON_23_NOV)  # some steps already sent
    few_plan, few = count_queries(lambda: plan_nudges(date(2026, 11, 30)))
    add_owners(20)
    run_on(MON_23_NOV)
    many_plan, many = count_queries(lambda: plan_nudges(date(2026, 11, 30)))
    assert len(many_plan.emails) > len(few_plan.emails) >= 3
    assert many == few
