"""Scheduled jobs: the daily nudge run and the outbox sender, each run once at a time.

Even if two schedulers run by mistake (or a person runs `flask nudges run` while the scheduler
does), a job runs once: on PostgreSQL a session advisory lock guards it (released by the server
if the process dies), and on SQLite a lease row in `job_leases` (taken over once it expires, or
at once if the process holding it on this machine has died). Behind the lock, the outbox's unique
keys make a second run harmless anyway. Every run is recorded in `job_runs` for admins.
"""
from __future__ import annotations

import logging
import os
import socket
import traceback
import uuid
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from flask import current_app
from sqlalchemy import text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from tracker.core.audit import set_actor
from tracker.core.dates import start_of_day, utcnow
from tracker.core.models import JobLease, JobRun
from tracker.core.signed_links import forget_spent_links, longest_link_life
from tracker.extensions import db
from tracker.inputs.reminders import input_reminders_due, queue_input_reminders
from tracker.meetings.operations import fill_every_diary_ahead
from tracker.nudges.notifications import (
    gather_new_action_emails,
    new_action_emails_ready,
    plan_daily_emails,
    queue_daily_emails,
)
from tracker.nudges.operations import queue_nudges
from tracker.nudges.planner import plan_nudges
from tracker.nudges.sender import due_emails_waiting, send_pending
from tracker.people.auth import forget_ended_sessions
from tracker.people.personal_data import erase_closed_contact_emails

log = logging.getLogger(__name__)

DAILY_NUDGES = "daily-nudges"
SEND_OUTBOX = "send-outbox"
LEASE_FOR = timedelta(minutes=30)  # longer than any run; a crashed holder's lease then lapses


@dataclass
class JobOutcome:
    ran: bool  # False: another process was running this job
    status: str = ""  # finished or failed
    counts: dict = field(default_factory=dict)
    error: str = ""
    result: object = None


def run_job(name: str, work: Callable[[], tuple[dict, object]], *, record: bool = True) -> JobOutcome:
    """Run `work` under the job's lock and record the run. `work` returns (counts, result)."""
    with job_lock(name) as acquired:
        if not acquired:
            log.info("%s: another run is in progress; nothing done", name)
            return JobOutcome(ran=False)
        set_actor(db.session, None)  # changes made by a job are the system's
        run = JobRun(job=name, started_at=utcnow(), status="running", counts={})
        if record:
            db.session.add(run)
            db.session.commit()
        try:
            counts, result = work()
        except Exception:
            db.session.rollback()
            log.exception("%s failed", name)
            outcome = JobOutcome(ran=True, status="failed", error=traceback.format_exc(limit=8))
        else:
            outcome = JobOutcome(ran=True, status="finished", counts=counts, result=result)
        if record:
            run.status, run.counts, run.error = outcome.status, outcome.counts, outcome.error[-4000:]
            run.finished_at = utcnow()
            db.session.commit()
        return outcome


def run_daily_nudges(today: date) -> JobOutcome:
    """Plan the day's nudges and queue them, in one transaction (a run killed part-way queues
    nothing, and the next run queues everything). The sender delivers them.

    Its result: (the nudge plan, what was queued of it, the late-input plan, what was queued of it).
    """

    def work():
        # Groups' schedules first: a meeting put in the diary gives "by the next meeting" its date.
        meetings_added = fill_every_diary_ahead(start_of_day(today))
        plan = plan_nudges(today)
        queued = queue_nudges(plan)
        input_plan = input_reminders_due(today)  # input late for a first response
        input_queued = queue_input_reminders(input_plan)
        daily = queue_daily_emails(plan_daily_emails(today))  # moves of followed actions and input
        forget_spent_links(older_than=utcnow() - longest_link_life())
        forget_ended_sessions(older_than=utcnow() - current_app.permanent_session_lifetime)
        # UK GDPR: keep a public contributor's email no longer than needed after their input closed.
        erased = erase_closed_contact_emails(utcnow(), timedelta(days=current_app.config["CONTACT_EMAIL_RETENTION_DAYS"]))
        db.session.commit()
        counts = {"day": today.isoformat(), **plan.counts(), "queued": queued.queued,
                  "already_queued": queued.already_queued, **input_queued.counts(),
                  "daily_emails_queued": daily.queued, "meetings_added": meetings_added, **erased}
        return counts, (plan, queued, input_plan, input_queued)

    return run_job(DAILY_NUDGES, work)


def run_sender(now: datetime | None = None) -> JobOutcome:
    """Gather new-action notices that have been quiet long enough into emails, then deliver what
    is due. A run with nothing to send is not recorded (it runs every minute)."""
    busy = due_emails_waiting(now or utcnow()) or new_action_emails_ready(now or utcnow())
    db.session.commit()

    def work():
        gathered = gather_new_action_emails(now or utcnow())
        db.session.commit()  # the emails and their notices' marks together, before sending
        report = send_pending(now=now)
        return {**report.counts(), "new_action_emails": gathered.emails}, report

    return run_job(SEND_OUTBOX, work, record=busy)


# --- the lock ------------------------------------------------------------------------------------


@contextmanager
def job_lock(name: str, *, now: datetime | None = None) -> Iterator[bool]:
    if db.engine.dialect.name == "postgresql":
        with _advisory_lock(name) as acquired:
            yield acquired
    else:
        holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
        acquired = _take_lease(name, holder, now or utcnow())
        try:
            yield acquired
        finally:
            if acquired:
                _release_lease(name, holder)


@contextmanager
def _advisory_lock(name: str) -> Iterator[bool]:
    """A session-level lock on a connection of its own, held for the whole run."""
    key = zlib.crc32(f"tracker-job:{name}".encode())
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        acquired = connection.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}).scalar()
        try:
            yield bool(acquired)
        finally:
            if acquired:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})


def _take_lease(name: str, holder: str, now: datetime) -> bool:
    db.session.commit()
    lapsed = JobLease.expires_at < now
    current = db.session.scalar(db.select(JobLease.holder).where(JobLease.name == name))
    if current is not None and _holder_has_died(current):
        lapsed = JobLease.holder == current
    statement = sqlite_insert(JobLease).values(name=name, holder=holder, expires_at=now + LEASE_FOR)
    statement = statement.on_conflict_do_update(
        index_elements=["name"], set_={"holder": holder, "expires_at": now + LEASE_FOR}, where=lapsed,
    )
    acquired = db.session.execute(statement).rowcount == 1
    db.session.commit()
    return acquired


def _release_lease(name: str, holder: str) -> None:
    db.session.rollback()
    db.session.execute(db.delete(JobLease).where(JobLease.name == name, JobLease.holder == holder))
    db.session.commit()


def _holder_has_died(holder: str) -> bool:
    """A lease held by a process on this machine that no longer exists can be taken at once."""
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
