"""The named queries over tracker.nudges.models: what the pages, the API and the jobs read,
each loading what it needs in a fixed number of statements."""
from __future__ import annotations

from datetime import datetime

from tracker.core.models import JobRun
from tracker.extensions import db
from tracker.nudges.models import OutboxEmail, OutboxStatus

OUTBOX_TABS = (OutboxStatus.PENDING, OutboxStatus.FAILED, OutboxStatus.SENT)


def outbox_page(*, status: str, page: int = 1, per_page: int = 25):
    """One page of the outbox in one status: pending oldest first, the others newest first."""
    query = db.select(OutboxEmail).where(OutboxEmail.status == status)
    if status == OutboxStatus.PENDING:
        query = query.order_by(OutboxEmail.next_attempt_at, OutboxEmail.id)
    else:
        query = query.order_by(OutboxEmail.id.desc())
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def outbox_counts() -> dict[str, int]:
    rows = db.session.execute(
        db.select(OutboxEmail.status, db.func.count()).group_by(OutboxEmail.status)
    ).all()
    counts = {status.value: 0 for status in OutboxStatus}
    counts.update({status: number for status, number in rows})
    return counts


def job_runs_page(*, job: str, page: int = 1, per_page: int = 25):
    """Runs of one scheduled job, newest first (index ix_job_runs_job_started)."""
    query = db.select(JobRun).where(JobRun.job == job).order_by(JobRun.started_at.desc(), JobRun.id.desc())
    return db.paginate(query, page=page, per_page=per_page, error_out=False)


def emails_failing_since(moment: datetime) -> int:
    """How many emails queued before `moment` have failed to send: given up on, or still being
    retried after a failed attempt. /healthz reports them once they are an hour old."""
    return db.session.scalar(
        db.select(db.func.count()).select_from(OutboxEmail).where(
            OutboxEmail.created_at < moment,
            (OutboxEmail.status == OutboxStatus.FAILED)
            | ((OutboxEmail.status == OutboxStatus.PENDING) & (OutboxEmail.attempts > 0)),
        )
    )
