"""Input late for a first response is nudged like an overdue action: each step exactly once."""
from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from tests.conftest import london_moment
from tracker.core.dates import add_working_days, is_working_day
from tracker.extensions import db
from tracker.inputs import operations
from tracker.inputs.reminders import late_step, plan_input_reminders
from tracker.nudges.jobs import run_daily_nudges

RAISED_ON = date(2026, 11, 2)  # a Monday
RESPOND_BY = add_working_days(RAISED_ON, 10)  # Monday 16 November


@pytest.mark.parametrize("days_late, step", [(0, None), (1, 1), (2, 1), (3, 3), (6, 3), (7, 7), (11, 7), (12, 12),
                                             (16, 12), (17, 17), (40, 37)])
def test_the_steps_are_1_3_and_7_working_days_late_then_weekly(days_late, step):
    assert late_step(days_late) == step


def _working_days(start: date, end: date):
    day = start
    while day <= end:
        if is_working_day(day):
            yield day
        day += timedelta(days=1)


@pytest.fixture
def late_input(partnership):
    raised = operations.raise_input(by=partnership.champion, what="Short breaks", at=london_moment(RAISED_ON))
    db.session.commit()
    assert raised.respond_by == RESPOND_BY
    return raised


def test_late_first_responses_are_nudged_exactly_once_per_step(partnership, late_input, outbox):
    for day in _working_days(RESPOND_BY, RESPOND_BY + timedelta(days=30)):
        plan_input_reminders(day)
        plan_input_reminders(day)  # the same day twice sends nothing twice
        db.session.commit()
    late = outbox("input_late")
    # Unrouted input from the site: the service's chair and lead route it.
    assert {email.recipient_id for email in late} == {partnership.chair.id, partnership.lead.id}
    steps = Counter(email.dedupe_key.split(":")[2] for email in late)
    assert steps == {"step=1": 2, "step=3": 2, "step=7": 2, "step=12": 2, "step=17": 2, "step=22": 2}
    first = next(email for email in late if "step=1" in email.dedupe_key)
    assert first.subject == "Input waiting for a first response: 1 working day late"
    assert "Short breaks" in first.body_text and f"/inputs/{late_input.id}" in first.body_text


def test_a_missed_day_is_made_up_without_sending_a_step_twice(partnership, late_input, outbox):
    plan_input_reminders(add_working_days(RESPOND_BY, 4))  # first run after a gap: step 3 only
    plan_input_reminders(add_working_days(RESPOND_BY, 5))
    db.session.commit()
    assert sorted({email.dedupe_key.split(":")[2] for email in outbox("input_late")}) == ["step=3"]


def test_nothing_is_sent_before_the_day_or_once_there_is_a_first_response(partnership, late_input, outbox):
    assert plan_input_reminders(RESPOND_BY).late == 0
    operations.route_input(late_input, group=partnership.workstream, by=partnership.chair,
                           at=london_moment(RESPOND_BY + timedelta(days=1)))
    db.session.commit()
    assert plan_input_reminders(add_working_days(RESPOND_BY, 3)).late == 0
    assert outbox("input_late") == []


def test_input_raised_at_a_meeting_nudges_whoever_runs_that_group(partnership, make_meeting, outbox):
    partnership.board.input_response_working_days = 2
    meeting = make_meeting(partnership.board, RAISED_ON)
    operations.record_meeting_input(meeting=meeting, by=partnership.secretary, what="Respite",
                                    at=london_moment(RAISED_ON, ))
    db.session.commit()
    result = plan_input_reminders(add_working_days(RAISED_ON, 3))
    db.session.commit()
    assert result.counts() == {"inputs_late": 1, "input_nudges_queued": 2, "input_nudges_already_queued": 0}
    assert {email.recipient_id for email in outbox("input_late")} == {partnership.chair.id, partnership.secretary.id}


def test_a_group_nobody_runs_falls_to_the_admins(partnership, make_group, make_meeting, outbox):
    nobody_runs = make_group(name="Autism Ambassadors")
    meeting = make_meeting(nobody_runs, RAISED_ON)
    operations.record_meeting_input(meeting=meeting, by=partnership.admin, what="Toolkit testing",
                                    at=london_moment(RAISED_ON))
    db.session.commit()
    plan_input_reminders(add_working_days(RESPOND_BY, 1))
    db.session.commit()
    assert [email.recipient_id for email in outbox("input_late")] == [partnership.admin.id]


def test_the_daily_nudge_run_sends_them(app, partnership, late_input, outbox):
    day = add_working_days(RESPOND_BY, 1)
    first = run_daily_nudges(day)
    second = run_daily_nudges(day)
    assert first.counts["inputs_late"] == 1 and first.counts["input_nudges_queued"] == 2
    assert second.counts["input_nudges_queued"] == 0 and second.counts["input_nudges_already_queued"] == 2
    assert len(outbox("input_late")) == 2


def test_the_nudge_command_says_how_many_it_queued(app, partnership, late_input):
    result = app.test_cli_runner().invoke(args=["nudges", "run", "--today", add_working_days(RESPOND_BY, 1).isoformat()])
    assert result.exit_code == 0, result.output
    assert "1 input waiting past its first-response date: queued 2 emails" in result.output
