"""`flask nudges run|send`, `flask scheduler run` and `flask scheduler serve`."""
from __future__ import annotations

import signal
from datetime import date, datetime

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext

from tracker.core.dates import format_date, is_working_day, local_today
from tracker.extensions import db
from tracker.inputs.reminders import InputReminderPlan, input_reminders_due
from tracker.nudges.models import OutboxEmail
from tracker.nudges.planner import NudgePlan, plan_nudges

nudges_cli = AppGroup("nudges", help="Reminders, overdue nudges and escalations.")
scheduler_cli = AppGroup("scheduler", help="The scheduler that runs nudges and sends email.")
outbox_cli = AppGroup("outbox", help="The emails waiting to be sent.")
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@nudges_cli.command("run")
@click.option("--today", "day", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Plan for this day (YYYY-MM-DD) instead of today.")
@click.option("--dry-run", is_flag=True, help="Print what would be sent, and to whom; change nothing.")
def run_nudges(day: datetime | None, dry_run: bool):
    """Work out the nudges due today, queue them and send them. Twice in a day sends nothing twice."""
    from tracker.nudges.jobs import run_daily_nudges
    from tracker.nudges.sender import mail_is_configured

    today = day.date() if day else local_today()
    if not is_working_day(today):
        click.echo(f"{_day(today)} is not a working day: nudges go out on working days only.")
        return
    if dry_run:
        plan, input_plan = plan_nudges(today), input_reminders_due(today)
        _print_plan(plan, queued=_already_queued(plan.emails))
        _print_input_reminders(input_plan, queued=_already_queued(input_plan.emails))
        click.echo("Dry run: nothing was queued or sent.")
        return
    outcome = run_daily_nudges(today)
    if not outcome.ran:
        click.echo("Another nudge run is in progress, so this one did nothing.")
        return
    if outcome.status == "failed":
        raise click.ClickException(f"The nudge run failed:\n{outcome.error}")
    plan, queued, input_plan, input_queued = outcome.result
    _print_plan(plan, queued={email.key for email in plan.emails} - queued.queued_keys)
    _print_input_reminders(input_plan, queued={email.key for email in input_plan.emails} - input_queued.queued_keys)
    counts = outcome.counts
    click.echo(f"Queued {_emails(counts['queued'])}"
               + (f"; {_emails(counts['already_queued'])} had been queued earlier that day and "
                  "will not be sent again." if counts["already_queued"] else "."))
    if counts.get("inputs_late"):
        click.echo(f"{counts['inputs_late']} input waiting past its first-response date: queued "
                   f"{_emails(counts['input_nudges_queued'])} to the people who route it.")
    if mail_is_configured():
        _send()
    else:
        click.echo("No mail server is set up (MAIL_SERVER), so the emails wait in the outbox, "
                   "where admins can read them.")


@nudges_cli.command("send")
def send_outbox():
    """Send the emails waiting in the outbox now."""
    _send()


@outbox_cli.command("send")
def send_outbox_now():
    """Send what the outbox holds that is due now (gathering new-action emails whose quiet
    period is over first), and exit: for a deployment or a script without the scheduler."""
    _send()


def _send() -> None:
    from tracker.nudges.jobs import run_sender

    outcome = run_sender()
    if not outcome.ran:
        click.echo("Another process is sending the outbox right now.")
        return
    if outcome.status == "failed":
        raise click.ClickException(f"Sending failed:\n{outcome.error}")
    report = outcome.result
    click.echo(f"Sent {_emails(report.sent)}."
               + (f" {_emails(report.retrying)} will be tried again later." if report.retrying else "")
               + (f" {_emails(report.failed)} failed: see the outbox." if report.failed else ""))
    if report.stopped:
        click.echo(report.stopped)


def _already_queued(emails) -> set[str]:
    keys = [email.key for email in emails]
    if not keys:
        return set()
    return set(db.session.scalars(db.select(OutboxEmail.dedupe_key).where(OutboxEmail.dedupe_key.in_(keys))))


def _print_plan(plan: NudgePlan, *, queued: set[str]) -> None:
    click.echo(f"Nudges for {_day(plan.today)}: {_emails(len(plan.emails))}.")
    _print_emails(plan.emails, queued=queued)


def _print_input_reminders(plan: InputReminderPlan, *, queued: set[str]) -> None:
    if plan.emails:
        click.echo(f"Input waiting for a first response: {_emails(len(plan.emails))}.")
        _print_emails(plan.emails, queued=queued)


def _print_emails(emails, *, queued: set[str]) -> None:
    for email in emails:
        note = " (already queued: not sent again)" if email.key in queued else ""
        click.echo(f"\nTo {email.recipient.name} <{email.recipient.email}>: {email.subject}{note}")
        for line in email.summary_lines():
            click.echo(f"  - {line}")
    if emails:
        click.echo("")


def _day(day: date) -> str:
    return f"{day:%A} {format_date(day)}"


def _emails(number: int) -> str:
    return f"{number} email{'' if number == 1 else 's'}"


@scheduler_cli.command("run")
@click.option("--if-enabled", is_flag=True,
              help="Do nothing unless SCHEDULER_ENABLED is on (how `make run` starts it).")
@with_appcontext
def run_scheduler(if_enabled: bool):
    """Run the scheduler in this process until stopped: daily nudges at 08:00 on working days,
    and the outbox sender every minute. Run exactly one of these in production."""
    from tracker.nudges.scheduler import build_scheduler

    app = current_app._get_current_object()
    if if_enabled and not app.config["SCHEDULER_ENABLED"]:
        click.echo("The scheduler is off (SCHEDULER_ENABLED): nudges run only with `flask nudges run`.")
        return
    # Ctrl+C and SIGTERM are blocked before the scheduler's threads start (threads inherit the
    # mask) and taken here by sigwait. A handler that raised instead would land wherever the main
    # thread was, and APScheduler swallows what is raised while it hands a job to its executor,
    # so the scheduler would never stop.
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    scheduler = build_scheduler(app)
    click.echo(f"Scheduler running: {_schedule(app)}. Stop it with Ctrl+C.")
    scheduler.start()
    signal.sigwait(STOP_SIGNALS)
    scheduler.shutdown()  # lets a job that is running finish
    click.echo("Scheduler stopped.")


@scheduler_cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", default=5000, show_default=True, type=int, help="The port to listen on.")
@click.option("--reload", is_flag=True, help="Restart the server when the code changes.")
@with_appcontext
def serve_with_scheduler(host: str, port: int, reload: bool):
    """Serve the app with the development server and, when SCHEDULER_ENABLED is on, run the
    scheduler in the same process (how `make run` serves it). For one process only: with
    several web workers, run `flask scheduler run` once beside them instead."""
    from werkzeug.serving import is_running_from_reloader, run_simple

    from tracker.nudges.scheduler import build_scheduler

    app = current_app._get_current_object()
    scheduler = None
    # With --reload, the first process only watches the files and starts a child that serves:
    # the scheduler runs in that child alone, so it never runs twice.
    if reload and not is_running_from_reloader():
        pass  # the watcher: no scheduler here
    elif app.config["SCHEDULER_ENABLED"]:
        scheduler = build_scheduler(app)
        scheduler.start()
        click.echo(f"Scheduler running beside the web server: {_schedule(app)}.")
    else:
        click.echo("The scheduler is off (SCHEDULER_ENABLED): nudges run only with `flask nudges run`.")
    signal.signal(signal.SIGTERM, _stop)
    try:
        run_simple(host, port, app, use_reloader=reload, threaded=True)
    except KeyboardInterrupt:
        pass
    finally:
        if scheduler is not None and scheduler.running:
            scheduler.shutdown()  # lets a job that is running finish
            click.echo("Scheduler stopped.")


def _schedule(app) -> str:
    return f"nudges at 08:00 on working days ({app.config['TIMEZONE']}), the outbox every minute"


def _stop(signum, frame):
    raise KeyboardInterrupt
