"""Runs of the nudge job and the sender: exactly once with several runners, crashes, the CLI and
the scheduler. Each test runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import urllib.request
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.nudges.conftest import free_port
from tracker.core.dates import is_working_day, utcnow
from tracker.core.models import JobLease, JobRun
from tracker.extensions import db
from tracker.nudges.jobs import DAILY_NUDGES, job_lock, run_daily_nudges, run_job, run_sender
from tracker.nudges.models import OutboxEmail, OutboxStatus
from tracker.nudges.operations import queue_nudges
from tracker.nudges.planner import plan_nudges
from tracker.nudges.scheduler import build_scheduler
from tracker.nudges.sender import CLAIM_FOR, send_pending
from tracker.people.models import User

ROOT = Path(__file__).resolve().parents[2]
MON_23_NOV = date(2026, 11, 23)
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def late_owners(make_person, make_action):
    """Eight people, each with an action that became overdue on Monday 23 November."""
    owners = []
    for number in range(8):
        owner = make_person(name=f"Owner {number}", email=f"owner{number}@example.org", password=None)
        owner.digest_enabled = False
        make_action(owner=owner, due=date(2026, 11, 20), title=f"Late action {number}")
        owners.append(owner.email)
    db.session.commit()
    return sorted(owners)


def in_threads(app, count: int, work) -> list:
    """Start `count` threads together, each in its own app context (its own database session)."""
    db.session.commit()
    start = threading.Barrier(count)
    results, errors = [None] * count, []

    def runner(index):
        with app.app_context():
            try:
                start.wait()
                results[index] = work()
            except Exception as error:  # reported below, so a failure is not lost in a thread
                errors.append(error)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=runner, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    return results


def test_four_runners_started_together_send_each_nudge_exactly_once(app, mailbox, late_owners):
    def whole_run():
        run_daily_nudges(MON_23_NOV)
        run_sender()

    in_threads(app, 4, whole_run)
    run_sender()  # whatever a runner skipped because another held the sender's lock
    assert sorted(mailbox.recipients) == late_owners
    assert db.session.scalar(db.select(db.func.count()).select_from(OutboxEmail)) == len(late_owners)


def test_without_any_lock_the_outbox_keys_and_claims_still_keep_each_email_once(app, mailbox,
                                                                                late_owners):
    def plan_and_queue():
        queued = queue_nudges(plan_nudges(MON_23_NOV)).queued
        db.session.commit()
        return queued

    assert sum(in_threads(app, 4, plan_and_queue)) == len(late_owners)
    in_threads(app, 4, send_pending)
    assert sorted(mailbox.recipients) == late_owners


def test_a_run_killed_part_way_is_finished_by_the_next_without_duplicates(app, mailbox, late_owners):
    db.session.commit()
    mailbox.stall_after = 3  # the killed run gets three emails out, then hangs on the fourth
    environment = {
        **os.environ, "TRACKER_CONFIG": "development", "FLASK_APP": "wsgi", "SCHEDULER_ENABLED": "0",
        "DATABASE_URL": db.engine.url.render_as_string(hide_password=False),
        "SECRET_KEY": app.config["SECRET_KEY"], "BASE_URL": "http://localhost",
        "MAIL_SERVER": "127.0.0.1", "MAIL_PORT": str(mailbox.port), "MAIL_TIMEOUT_SECONDS": "60",
    }
    run = subprocess.Popen([sys.executable, "-m", "flask", "nudges", "run", "--today", "2026-11-23"],
                           cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        assert mailbox.stalled.wait(timeout=60), run.stdout.read1() if run.poll() is not None else ""
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait()
    mailbox.release.set()
    assert len(mailbox.messages) == 3
    mailbox.stall_after = None

    again = run_daily_nudges(MON_23_NOV)
    assert again.ran and again.counts["queued"] == 0  # the killed run had queued everything
    # Emails the killed run had claimed are free again once its claim lapses.
    assert run_sender(now=utcnow() + CLAIM_FOR + timedelta(seconds=1)).result.sent == len(late_owners) - 3
    assert sorted(mailbox.recipients) == late_owners
    assert set(db.session.scalars(db.select(OutboxEmail.status))) == {OutboxStatus.SENT}


def test_a_step_missed_while_the_scheduler_was_down_is_delivered_once_by_the_next_run(app, mailbox,
                                                                                    late_owners):
    run_daily_nudges(MON_23_NOV)  # step 1: one working day overdue
    run_sender()
    # The scheduler is down on Wednesday 25 November, the day of step 3. Thursday it runs twice.
    thursday = date(2026, 11, 26)
    first, second = run_daily_nudges(thursday), run_daily_nudges(thursday)
    run_sender()
    assert (first.counts["overdue"], first.counts["queued"]) == (8, 8)
    assert (second.counts["overdue"], second.counts["queued"]) == (0, 0)
    assert run_daily_nudges(date(2026, 11, 27)).counts["queued"] == 0  # and not again on Friday
    run_sender()
    assert sorted(mailbox.recipients) == sorted(late_owners * 2)
    caught_up = mailbox.to("owner0@example.org")[1]
    assert "Due 20 November 2026: 4 working days overdue" in mailbox.text_of(caught_up)


def test_a_run_waits_its_turn_while_another_holds_the_lock(app, late_owners):
    with job_lock(DAILY_NUDGES) as held:
        assert held
        assert run_daily_nudges(MON_23_NOV).ran is False
    assert run_daily_nudges(MON_23_NOV).ran is True


def test_an_expired_lease_is_taken_over(app, engine_name, late_owners):
    if engine_name != "sqlite":
        pytest.skip("PostgreSQL uses an advisory lock, released by the server when its holder dies")
    db.session.add(JobLease(name=DAILY_NUDGES, holder="elsewhere:123:abc",
                            expires_at=utcnow() + timedelta(minutes=5)))
    db.session.commit()
    assert run_daily_nudges(MON_23_NOV).ran is False  # held by a process on another machine
    db.session.execute(db.update(JobLease).values(expires_at=utcnow() - timedelta(seconds=1)))
    db.session.commit()
    assert run_daily_nudges(MON_23_NOV).ran is True


def test_each_run_is_recorded_with_its_counts(app, late_owners):
    run_daily_nudges(MON_23_NOV)
    run = db.session.scalar(db.select(JobRun))
    assert (run.job, run.status, run.error) == (DAILY_NUDGES, "finished", "")
    assert run.counts == {"day": "2026-11-23", "emails": 8, "overdue": 8, "due_soon": 0, "escalations": 0,
                          "meeting_packs": 0, "digests": 0, "queued": 8, "already_queued": 0,
                          "inputs_late": 0, "input_nudges_queued": 0, "input_nudges_already_queued": 0,
                          "daily_emails_queued": 0, "meetings_added": 0, "contact_emails_erased": 0,
                          "inputs_with_contact_erased": 0}
    assert run.finished_at is not None


def test_a_failed_run_is_recorded_with_its_error(app):
    def broken():
        raise ValueError("the planner tripped over something")

    outcome = run_job("daily-nudges", broken)
    assert outcome.status == "failed"
    run = db.session.scalar(db.select(JobRun))
    assert run.status == "failed" and "the planner tripped over something" in run.error


def test_the_sender_records_a_run_only_when_there_was_something_to_send(app, mailbox, late_owners):
    run_sender()
    assert db.session.scalar(db.select(db.func.count()).select_from(JobRun)) == 0
    run_daily_nudges(MON_23_NOV)
    run_sender()
    runs = db.session.scalars(db.select(JobRun).where(JobRun.job == "send-outbox")).all()
    assert [(run.status, run.counts["sent"]) for run in runs] == [("finished", 8)]


# --- `flask nudges run` --------------------------------------------------------------------------


def test_dry_run_prints_what_would_be_sent_and_to_whom(app, late_owners):
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["nudges", "run", "--today", "2026-11-23", "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Nudges for Monday 23 November 2026: 8 emails.\n")
    assert "To Owner 0 <owner0@example.org>: 1 action overdue\n" \
           "  - overdue: Late action 0 (1 working day late)\n" in result.output
    assert result.output.endswith("Dry run: nothing was queued or sent.\n")
    assert db.session.scalar(db.select(db.func.count()).select_from(OutboxEmail)) == 0


def test_running_twice_in_a_day_queues_and_sends_once(app, mailbox, late_owners, make_action):
    owner0 = db.session.scalar(db.select(User).where(User.email == "owner0@example.org"))
    owner0.digest_enabled = True  # Monday's digest is not a step: planned again by a second run
    make_action(owner=owner0, due=date(2027, 1, 29), title="Long running")
    runner = app.test_cli_runner()
    first = runner.invoke(args=["nudges", "run", "--today", "2026-11-23"])
    assert first.exit_code == 0, first.output
    assert "Queued 8 emails.\nSent 8 emails.\n" in first.output
    # The overdue steps are remembered as sent, so only owner 0's digest is planned again, and
    # the outbox already has that day's email to them.
    second = runner.invoke(args=["nudges", "run", "--today", "2026-11-23"])
    assert "Nudges for Monday 23 November 2026: 1 email.\n" in second.output
    assert "To Owner 0 <owner0@example.org>: Your open actions this week (already queued: not sent again)" \
        in second.output
    assert "Queued 0 emails; 1 email had been queued earlier that day and will not be sent again." \
        in second.output
    dry = runner.invoke(args=["nudges", "run", "--today", "2026-11-23", "--dry-run"])
    assert dry.output.count("(already queued: not sent again)") == 1
    assert len(mailbox.messages) == 8


def test_the_command_says_when_a_day_is_not_a_working_day(app):
    result = app.test_cli_runner().invoke(args=["nudges", "run", "--today", "2026-12-28"])
    assert result.output == ("Monday 28 December 2026 is not a working day: nudges go out on working "
                             "days only.\n")


def test_the_command_refuses_a_date_it_cannot_read(app):
    result = app.test_cli_runner().invoke(args=["nudges", "run", "--today", "23/11/2026"])
    assert result.exit_code == 2
    assert "23/11/2026" in result.output


def test_without_a_mail_server_the_command_says_where_the_emails_are(app, late_owners):
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["nudges", "run", "--today", "2026-11-23"])
    assert "No mail server is set up (MAIL_SERVER), so the emails wait in the outbox" in result.output


# --- the scheduler -------------------------------------------------------------------------------


def test_the_daily_run_is_at_eight_on_working_days_and_the_sender_every_minute(app):
    friday_evening = datetime(2026, 11, 20, 18, 0, tzinfo=LONDON)
    scheduler = build_scheduler(app, now=friday_evening)
    daily = scheduler.get_job("daily-nudges").trigger
    assert daily.get_next_fire_time(None, friday_evening) == datetime(2026, 11, 23, 8, 0, tzinfo=LONDON)
    sender = scheduler.get_job("send-outbox").trigger
    assert sender.interval == timedelta(minutes=1)
    assert scheduler.get_job("daily-nudges-catch-up") is not None  # started after 08:00 on a Friday


@pytest.mark.parametrize("moment", [datetime(2026, 11, 23, 7, 59), datetime(2026, 11, 22, 12, 0),
                                    datetime(2026, 12, 28, 12, 0)])
def test_no_catch_up_before_eight_or_on_a_day_off(app, moment):
    scheduler = build_scheduler(app, now=moment.replace(tzinfo=LONDON))
    assert scheduler.get_job("daily-nudges-catch-up") is None


def test_scheduler_command_does_nothing_when_switched_off(app):
    assert app.config["SCHEDULER_ENABLED"] is False
    result = app.test_cli_runner().invoke(args=["scheduler", "run", "--if-enabled"])
    assert result.exit_code == 0
    assert "The scheduler is off" in result.output


def _zone_where(catching_up: bool) -> str | None:
    """A fixed-offset time zone in which, right now, the scheduler would (or would not) start by
    catching up on today's run: after 08:00 on a working day. None if no zone on Earth will do."""
    now = datetime.now(ZoneInfo("UTC"))
    for hours in range(-12, 15):
        zone = f"Etc/GMT{-hours:+d}" if hours else "Etc/UTC"  # Etc/GMT-5 is 5 hours ahead of UTC
        local = now.astimezone(ZoneInfo(zone))
        working = is_working_day(local.date())
        if catching_up and working and time(8, 5) <= local.time() <= time(23, 50):
            return zone
        if not catching_up and (not working or time(0, 10) <= local.time() <= time(7, 50)):
            return zone
    return None


@pytest.mark.parametrize("catching_up", [True, False], ids=["catching-up-on-today", "nothing-due-yet"])
def test_scheduler_command_runs_until_stopped(app, catching_up):
    # Stopped at once after starting, even while it hands today's catch-up run to its threads
    # (a SIGTERM raised there was once swallowed, and the scheduler never stopped).
    zone = _zone_where(catching_up)
    if zone is None:
        pytest.skip("no time zone is after 08:00 on a working day right now (a weekend everywhere)")
    db.session.commit()
    environment = {**os.environ, "TRACKER_CONFIG": "development", "FLASK_APP": "wsgi", "TIMEZONE": zone,
                   "DATABASE_URL": db.engine.url.render_as_string(hide_password=False)}
    process = subprocess.Popen([sys.executable, "-m", "flask", "scheduler", "run"], cwd=ROOT,
                               env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        first_line = process.stdout.readline()
        assert first_line.startswith(f"Scheduler running: nudges at 08:00 on working days ({zone})")
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=60)
    assert process.returncode == 0, output
    assert "Scheduler stopped." in output


@pytest.mark.parametrize("enabled, says", [
    ("1", "Scheduler running beside the web server: nudges at 08:00 on working days (Europe/London), "
          "the outbox every minute."),
    ("0", "The scheduler is off (SCHEDULER_ENABLED): nudges run only with `flask nudges run`."),
])
def test_serve_runs_the_web_server_with_the_scheduler_in_the_same_process(app, enabled, says):
    db.session.commit()
    port = free_port()
    environment = {**os.environ, "TRACKER_CONFIG": "development", "FLASK_APP": "wsgi",
                   "SCHEDULER_ENABLED": enabled,
                   "DATABASE_URL": db.engine.url.render_as_string(hide_password=False)}
    process = subprocess.Popen([sys.executable, "-m", "flask", "scheduler", "serve", "--port", str(port)],
                               cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    try:
        lines = [process.stdout.readline()]
        while lines[-1] and "Running on" not in lines[-1]:  # the server is listening from here
            lines.append(process.stdout.readline())
        assert lines[0].rstrip("\n") == says, lines
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as response:
            assert response.status == 200
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output
    assert ("Scheduler stopped." in output) is (enabled == "1")
