"""What can happen in the nudges domain: queueing a day's nudges, retrying an email, settings.

Like every operation, these flush and never commit: the job, command or page commits once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from flask import current_app

from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.nudges.links import absolute_url, action_link_url
from tracker.nudges.models import OutboxEmail, OutboxStatus
from tracker.nudges.outbox import queue_email
from tracker.nudges.planner import NudgePlan, PlannedEmail
from tracker.people.models import User

NUDGE_KIND = "nudges"


@dataclass
class QueueResult:
    queued_keys: set[str] = field(default_factory=set)
    already_queued: int = 0

    @property
    def queued(self) -> int:
        return len(self.queued_keys)


def queue_nudges(plan: NudgePlan) -> QueueResult:
    """Write the plan's emails to the outbox. Emails already queued for that day are left alone."""
    result = QueueResult()
    links = _EmailLinks()
    for email in plan.emails:
        if queue_planned_email(email, links):
            result.queued_keys.add(email.key)
        else:
            result.already_queued += 1
    db.session.flush()
    return result


def queue_planned_email(email: PlannedEmail, links: _EmailLinks | None = None) -> bool:
    links = links or _EmailLinks()
    return queue_email(
        key=email.key, kind=NUDGE_KIND, to=email.recipient, subject=email.subject,
        template="emails/nudges", email=email, recipient=email.recipient,
        action_link=lambda item: action_link_url(item.id, item.owner_id),
        meeting_url=lambda pack: absolute_url("meetings.show", meeting_id=pack.meeting_id),
        settings_url=links.settings, outstanding_url=links.outstanding,
    )


class _EmailLinks:
    """Links every nudge email carries, built once per run."""

    def __init__(self):
        self.settings = absolute_url("nudges.settings")
        # The outstanding actions list, or the home page while the reports are not installed.
        has_report = "reports.outstanding" in current_app.view_functions
        self.outstanding = absolute_url("reports.outstanding" if has_report else "core.home")


def retry_email(email: OutboxEmail, *, now: datetime) -> None:
    """An admin asks for a failed email to be tried again, now, with a fresh set of attempts."""
    if email.status != OutboxStatus.FAILED:
        raise DomainError("Only an email that failed can be retried")
    email.status = OutboxStatus.PENDING
    email.attempts = 0
    email.next_attempt_at = now
    db.session.flush()


def retry_failed_emails(*, now: datetime) -> int:
    result = db.session.execute(
        db.update(OutboxEmail).where(OutboxEmail.status == OutboxStatus.FAILED)
        .values(status=OutboxStatus.PENDING, attempts=0, next_attempt_at=now)
    )
    return result.rowcount or 0


def change_email_settings(person: User, *, digest_enabled: bool) -> None:
    """The weekly digest can be turned off; overdue nudges and escalations cannot (rule 4)."""
    person.digest_enabled = digest_enabled
    db.session.flush()
