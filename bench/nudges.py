"""Benchmark the daily nudge run: planning over many actions, and sending the outbox over SMTP.

    python -m bench.seed --actions 100000 --today 2026-11-23 --database-url URL --wipe   # once
    python -m bench.nudges --database-url URL --today 2026-11-23 [--rounds 3] [--emails 1000]

Planning: `plan_nudges(day)` is timed on the first working day of the week of --today (the
digest day, the heaviest: every open action is read) and on the working day after it, --rounds
times each (goal: at most 2 s; this process's CPU time is printed too, which stays meaningful on
a machine shared with other work). First with no nudge history (as on the first run after install,
when every overdue action is due the step it has reached: the most emails), then in the steady
state, with the steps of the runs before it recorded as sent (`record_steps_sent`), as the daily
run finds them. Writing each steady day's emails to the outbox (`queue_nudges`: rendering each
email) is timed once, then rolled back.

Sending: for each of the two days, --emails of its rendered emails (the digest day's are the
longest: digests and matters arising) are copied into the outbox and `send_pending` delivers
them to an aiosmtpd server (its Sink handler, in a process of its own, as a mail server would
be) on a free loopback port (goal: 1,000 in at most 10 s), with the CPU time the sender and the
server spent. The copies and the recorded steps are deleted afterwards: the database is left as
the seed made it.

A benchmark, not a test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta

from sqlalchemy import delete, func, insert, select

from bench.seed import make_app

PLAN_GOAL_SECONDS = 2.0
SEND_GOAL_SECONDS = 10.0
BENCH_KEY = "bench-send:"


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="default: DATABASE_URL, else SQLite under instance/")
    parser.add_argument("--today", type=date.fromisoformat, default=None,
                        help="the day the seed was made for (bench.seed --today); default: today")
    parser.add_argument("--rounds", type=int, default=3, help="times each day is planned")
    parser.add_argument("--emails", type=int, default=1000, help="emails sent over SMTP")
    return parser.parse_args(argv)


def planning_days(today: date) -> list[date]:
    """The digest day of today's week, and the working day after it."""
    from tracker.core.dates import add_working_days, is_working_day
    from tracker.nudges.planner import is_digest_day

    monday = today - timedelta(days=today.weekday())
    digest_day = next(day for day in (monday + timedelta(days=offset) for offset in range(7))
                      if is_working_day(day))
    assert is_digest_day(digest_day)
    return [digest_day, add_working_days(digest_day, 1)]


def time_planning(day: date, rounds: int):
    from tracker.extensions import db
    from tracker.nudges.planner import plan_nudges

    seconds, cpu = [], []
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        plan = plan_nudges(day)
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        db.session.rollback()  # a run reads in one transaction; do not carry one into the next round
    return plan, seconds, cpu


def time_queueing(plan) -> tuple[float, list[dict]]:
    """Render and write the plan's emails, keep copies of the rows, then roll it all back."""
    from tracker.extensions import db
    from tracker.nudges.models import OutboxEmail
    from tracker.nudges.operations import queue_nudges

    started = time.perf_counter()
    queue_nudges(plan)
    seconds = time.perf_counter() - started
    columns = [column for column in OutboxEmail.__table__.columns if column.name != "id"]
    rows = [dict(row._mapping) for row in db.session.execute(select(*columns))]
    db.session.rollback()
    return seconds, rows


def record_history(day: date) -> int:
    """Record as sent the steps the run on the working day before `day` would have sent."""
    from tracker.core.dates import add_working_days
    from tracker.extensions import db
    from tracker.nudges.operations import record_steps_sent
    from tracker.nudges.planner import plan_nudges

    before = add_working_days(day, -1)
    steps = [(step, email.recipient.id) for email in plan_nudges(before).emails for step in email.steps]
    record_steps_sent(steps, day=before)
    db.session.commit()
    return len(steps)


def forget_history() -> None:
    from tracker.extensions import db
    from tracker.nudges.models import NudgeStep

    db.session.execute(delete(NudgeStep))
    db.session.commit()


def smtp_sink(port: int) -> subprocess.Popen:
    """aiosmtpd in its own process, answering 250 to every message and keeping none."""
    server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink",
                               "-l", f"127.0.0.1:{port}"])
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise
            time.sleep(0.05)


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of a running process, from /proc (Linux)."""
    fields = open(f"/proc/{pid}/stat").read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_sending(rows: list[dict], count: int) -> tuple[float, object, float, float]:
    """Wall seconds, the report, and CPU seconds spent by this process and by the SMTP server."""
    from flask import current_app

    from tracker.extensions import db
    from tracker.nudges.models import OutboxEmail
    from tracker.nudges.sender import send_pending

    copies = [{**rows[number % len(rows)], "dedupe_key": f"{BENCH_KEY}{number}"} for number in range(count)]
    db.session.execute(insert(OutboxEmail.__table__), copies)
    db.session.commit()

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = smtp_sink(port)
    current_app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port, MAIL_USE_TLS=False,
                              MAIL_USE_SSL=False, MAIL_USERNAME=None, MAIL_PASSWORD=None)
    try:
        server_cpu, own_cpu = _cpu_seconds(server.pid), time.process_time()
        started = time.perf_counter()
        report = send_pending()
        seconds = time.perf_counter() - started
        own_cpu, server_cpu = time.process_time() - own_cpu, _cpu_seconds(server.pid) - server_cpu
    finally:
        server.terminate()
        server.wait(timeout=30)
        db.session.rollback()
        db.session.execute(delete(OutboxEmail).where(OutboxEmail.dedupe_key.startswith(BENCH_KEY)))
        db.session.commit()
    return seconds, report, own_cpu, server_cpu


def _verdict(seconds: float, goal: float) -> str:
    return f"goal <= {goal:g} s: {'met' if seconds <= goal else 'MISSED'}"


def main(argv=None) -> int:
    args = parse_args(argv)
    app = make_app(args.database_url)
    from tracker.actions.models import OPEN_STATUSES, Action
    from tracker.extensions import db

    with app.app_context():
        print(f"Database: {db.engine.url.render_as_string(hide_password=True)}")
        actions = db.session.scalar(select(func.count()).select_from(Action))
        still_open = db.session.scalar(select(func.count()).select_from(Action)
                                       .where(Action.status.in_(OPEN_STATUSES)))
        if not actions:
            print("No actions: fill the database first with `python -m bench.seed`.", file=sys.stderr)
            return 1
        print(f"{actions:,} actions, {still_open:,} open")
        forget_history()
        days = planning_days(args.today or date.today())
        print("No nudge history (the first run after install):")
        for day in days:
            report_planning(day, args.rounds)
        print("Steady state (the steps of the runs before recorded as sent):")
        rendered = {}
        try:
            for day in days:
                print(f"  {record_history(day):,} steps recorded for the working day before")
                plan = report_planning(day, args.rounds)
                if not plan.emails:
                    print("The plan has no emails to send.", file=sys.stderr)
                    return 1
                seconds, rendered[day] = time_queueing(plan)
                print(f"  queue_nudges({day:%a}): rendered and wrote {len(plan.emails):,} emails in "
                      f"{seconds:.3f} s (rolled back)")
        finally:
            forget_history()
        failed = False
        for day, rows in rendered.items():
            size = sum(len(row["body_text"]) + len(row["body_html"]) for row in rows) / len(rows)
            seconds, report, own_cpu, server_cpu = time_sending(rows, args.emails)
            print(f"send_pending({day:%a}'s emails, {size / 1024:,.1f} KiB of text and HTML each on average): "
                  f"{report.sent:,} in {report.batches} batches to aiosmtpd on loopback in {seconds:.3f} s, "
                  f"{report.sent / seconds:,.0f} a second "
                  f"({_verdict(seconds * 1000 / max(args.emails, 1), SEND_GOAL_SECONDS)} for 1,000); "
                  f"CPU: sender {own_cpu:.2f} s, SMTP server {server_cpu:.2f} s")
            if report.stopped or report.failed or report.sent != args.emails:
                print(f"Not every email went: {report.stopped or report.counts()}", file=sys.stderr)
                failed = True
    return 1 if failed else 0


def report_planning(day: date, rounds: int):
    plan, seconds, cpu = time_planning(day, rounds)
    counts = plan.counts()
    best, median = min(seconds), statistics.median(seconds)
    print(f"  plan_nudges({day:%a %Y-%m-%d}): best {best:.3f} s, median {median:.3f} s of {rounds} "
          f"({_verdict(median, PLAN_GOAL_SECONDS)}; CPU median {statistics.median(cpu):.3f} s); "
          f"{counts['emails']:,} emails: "
          f"{counts['overdue']:,} overdue, {counts['due_soon']:,} due soon, "
          f"{counts['escalations']:,} escalated, {counts['meeting_packs']:,} meeting packs, "
          f"{counts['digests']:,} digests")
    return plan


if __name__ == "__main__":
    sys.exit(main())
