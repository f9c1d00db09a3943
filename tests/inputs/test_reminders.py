"""Input late for a first response is nudged like an overdue action: each step exactly once, in
one email a person a run listing all their late input."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import london_moment
from tracker.core.dates import add_working_days, is_working_day, working_days_between
from tracker.extensions import db
from tracker.inputs import operations
from tracker.inputs.reminders import late_step, queue_input_reminders_due
from tracker.nudges.jobs import run_daily_nudges
from tracker.nudges.models import NudgeStep

RAISED_ON = date(2026, 11, 2)  # a Monday
RESPOND_BY = add_working_days(RAISED_ON, 10)  # Monday 16 November


@pytest.mark.parametrize("days_late, step", [(0, None), (1, 1), (2, 1), (3, 3), (6, 3), (7, 7), (11, 7), (12, 12),
                                             (16, 12), (17, 17), (40, 37)])
def test_the_steps_are_1_3_and_7_working_days_late_then_weekly(days_late, step):
    assert late_step(days_late) == step


def sent_on(email) -> date:
    """The day of the run that queued a late-input email (its key: input-late:<day>:to=<person>)."""
    return date.fromisoformat(email.dedupe_key.split(":")[1])


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
        queue_input_reminders_due(day)
        queue_input_reminders_due(day)  # the same day twice sends nothing twice
        db.session.commit()
    late = outbox("input_late")
    # Unrouted input from the site: the service's chair and lead route it.
    for person in (partnership.chair, partnership.lead):
        days_late = [working_days_between(RESPOND_BY, sent_on(email)) for email in late
                     if email.recipient_id == person.id]
        assert days_late == [1, 3, 7, 12, 17, 22]
    first = late[0]
    assert first.subject == "Input waiting for a first response: 1 working day late"
    assert "Short breaks" in first.body_text and f"http://localhost/inputs/{late_input.id}" in first.body_text
    assert "it is 1 working day late" in first.body_text
    assert f'href="http://localhost/inputs/{late_input.id}"' in first.body_html


def test_a_missed_day_is_made_up_without_sending_a_step_twice(partnership, late_input, outbox):
    queue_input_reminders_due(add_working_days(RESPOND_BY, 4))  # first run after a gap: step 3 only
    queue_input_reminders_due(add_working_days(RESPOND_BY, 5))
    queue_input_reminders_due(add_working_days(RESPOND_BY, 6))
    db.session.commit()
    late = outbox("input_late")
    assert [sent_on(email) for email in late] == [add_working_days(RESPOND_BY, 4)] * 2
    assert "it is 4 working days late" in late[0].body_text
    assert set(db.session.scalars(db.select(NudgeStep.step).where(NudgeStep.kind == "input_late"))) == {3}
    queue_input_reminders_due(add_working_days(RESPOND_BY, 7))
    db.session.commit()
    assert len(outbox("input_late")) == 4  # step 7 on its day, to each of the two


def test_one_email_a_person_lists_all_their_late_input(partnership, late_input, outbox):
    second = operations.raise_input(by=partnership.other_champion, what="Transport to college",
                                    at=london_moment(RAISED_ON + timedelta(days=1)))
    db.session.commit()
    day = add_working_days(RESPOND_BY, 3)  # Short breaks: 3 working days late; Transport: 2
    result = queue_input_reminders_due(day)
    db.session.commit()
    assert result.counts() == {"inputs_late": 2, "input_nudges_queued": 2, "input_nudges_already_queued": 0}
    late = outbox("input_late")
    assert sorted(email.recipient_id for email in late) == sorted([partnership.chair.id, partnership.lead.id])
    to_chair = next(email for email in late if email.recipient_id == partnership.chair.id)
    assert to_chair.subject == "2 inputs waiting for a first response"
    for body in (to_chair.body_text, to_chair.body_html):
        assert "Short breaks" in body and "Transport to college" in body
        assert f"/inputs/{late_input.id}" in body and f"/inputs/{second.id}" in body
        assert "3 working days late" in body and "2 working days late" in body
    # The next working day: Transport reaches step 3, Short breaks has had its step 3 already.
    queue_input_reminders_due(add_working_days(day, 1))
    db.session.commit()
    newest = outbox("input_late")[-1]
    assert newest.subject == "Input waiting for a first response: 3 working days late"
    assert "Transport to college" in newest.body_text and "Short breaks" not in newest.body_text


def test_nothing_is_sent_before_the_day_or_once_there_is_a_first_response(partnership, late_input, outbox):
    assert queue_input_reminders_due(RESPOND_BY).late == 0
    operations.route_input(late_input, group=partnership.workstream, by=partnership.chair,
                           at=london_moment(RESPOND_BY + timedelta(days=1)))
    db.session.commit()
    assert queue_input_reminders_due(add_working_days(RESPOND_BY, 3)).late == 0
    assert outbox("input_late") == []


def test_input_raised_at_a_meeting_nudges_whoever_runs_that_group(partnership, make_meeting, outbox):
    partnership.board.input_response_working_days = 2
    meeting = make_meeting(partnership.board, RAISED_ON)
    operations.record_meeting_input(meeting=meeting, by=partnership.secretary, what="Respite",
                                    at=london_moment(RAISED_ON, ))
    db.session.commit()
    result = queue_input_reminders_due(add_working_days(RAISED_ON, 3))
    db.session.commit()
    assert result.counts() == {"inputs_late": 1, "input_nudges_queued": 2, "input_nudges_already_queued": 0}
    assert {email.recipient_id for email in outbox("input_late")} == {partnership.chair.id, partnership.secretary.id}


def test_a_group_nobody_runs_falls_to_the_admins(partnership, make_group, make_meeting, outbox):
    nobody_runs = make_group(name="Autism Ambassadors")
    meeting = make_meeting(nobody_runs, RAISED_ON)
    operations.record_meeting_input(meeting=meeting, by=partnership.admin, what="Toolkit testing",
                                    at=london_moment(RAISED_ON))
    db.session.commit()
    queue_input_reminders_due(add_working_days(RESPOND_BY, 1))
    db.session.commit()
    assert [email.recipient_id for email in outbox("input_late")] == [partnership.admin.id]


def test_the_daily_nudge_run_sends_them(app, partnership, late_input, outbox):
    day = add_working_days(RESPOND_BY, 1)
    first = run_daily_nudges(day)
    second = run_daily_nudges(day)
    assert first.counts["inputs_late"] == 1 and first.counts["input_nudges_queued"] == 2
    # The steps went with the first run's emails, so the second has nothing to queue.
    assert second.counts["inputs_late"] == 1 and second.counts["input_nudges_queued"] == 0
    assert second.counts["input_nudges_already_queued"] == 0
    assert len(outbox("input_late")) == 2


def test_the_nudge_command_says_how_many_it_queued(app, partnership, late_input):
    result = app.test_cli_runner().invoke(args=["nudges", "run", "--today", add_working_days(RESPOND_BY, 1).isoformat()])
    assert result.exit_code == 0, result.output
    assert "1 input waiting past its first-response date: queued 2 emails" in result.output


def test_the_dry_run_lists_them_and_queues_nothing(app, partnership, late_input, outbox):
    day = add_working_days(RESPOND_BY, 1).isoformat()
    result = app.test_cli_runner().invoke(args=["nudges", "run", "--today", day, "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "Input waiting for a first response: 2 emails.\n" in result.output
    for person in (partnership.chair, partnership.lead):
        assert (f"To {person.name} <{person.email}>: Input waiting for a first response: 1 working day late\n"
                '  - input waiting for a first response: "Short breaks" (1 working day late)\n') in result.output
    assert result.output.endswith("Dry run: nothing was queued or sent.\n")
    assert outbox("input_late") == []
    app.test_cli_runner().invoke(args=["nudges", "run", "--today", day])
    again = app.test_cli_runner().invoke(args=["nudges", "run", "--today", day, "--dry-run"])
    assert "Input waiting for a first response" not in again.output  # sent: nothing more to say
