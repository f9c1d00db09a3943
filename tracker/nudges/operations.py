"""What can happen in the nudges domain: queueing a day's nudges, retrying an email, settings.

Like every operation, these flush and never commit: the job, command or page commits once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from flask import current_app

from tracker.core.database import insert_or_on_conflict
from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.nudges import preferences
from tracker.nudges.links import absolute_url, action_link_url
from tracker.nudges.models import NudgeStep, OutboxEmail, OutboxStatus
from tracker.nudges.notifications import follow_quietly
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
    """Write the plan's emails to the outbox, and the steps they carry. Emails already queued for
    that day are left alone, and their steps are not recorded: the next run sends them."""
    result = QueueResult()
    links = _EmailLinks()
    steps = []
    for email in plan.emails:
        if queue_planned_email(email, links):
            result.queued_keys.add(email.key)
            steps += [(step, email.recipient.id) for step in email.steps]
        else:
            result.already_queued += 1
    record_steps_sent(steps, day=plan.today)
    for step, person_id in steps:
        if step.kind == "escalation":  # a chair told of an overdue action follows it from now on
            follow_quietly(step.subject_id, person_id)
    db.session.flush()
    return result


def record_steps_sent(steps, *, day: date) -> None:
    """Remember, per person, the latest step of each stepped nudge queued (`steps`: pairs of a
    StepReached-like object and the recipient's id), so no later run sends it again."""
    if not steps:
        return
    statement = insert_or_on_conflict(db.session, NudgeStep)
    statement = statement.on_conflict_do_update(
        index_elements=["kind", "subject_id", "recipient_id"],
        set_={"counted_from": statement.excluded.counted_from, "step": statement.excluded.step,
              "sent_on": statement.excluded.sent_on},
    )
    db.session.execute(statement, [
        {"kind": step.kind, "subject_id": step.subject_id, "recipient_id": person_id,
         "counted_from": step.counted_from, "step": step.step, "sent_on": day}
        for step, person_id in steps
    ])


def queue_planned_email(email: PlannedEmail, links: _EmailLinks | None = None) -> bool:
    links = links or _EmailLinks()
    return queue_email(
        key=email.key, kind=NUDGE_KIND, to=email.recipient, subject=email.subject,
        template="emails/nudges", email=email, recipient=email.recipient,
        action_link=lambda item: action_link_url(item.id, item.owner_id),
        # The chair's own one-click link: they update the action as themselves, not as its owner.
        chair_link=lambda item: action_link_url(item.id, item.owner_id, sent_to=email.recipient.id),
        action_url=lambda item: absolute_url("actions.show", action_id=item.id),
        meeting_url=lambda pack: absolute_url("meetings.show", meeting_id=pack.meeting_id),
        escalated_url=links.escalated,
        settings_url=links.settings,
        headers=preferences.unsubscribe_headers(email.recipient, preferences.DIGEST) if email.is_only_the_digest else None,
    )


class _EmailLinks:
    """Links every nudge email carries, built once per run."""

    def __init__(self):
        self.settings = absolute_url("nudges.settings")
        self.has_report = "reports.outstanding" in current_app.view_functions

    def escalated(self, escalation) -> str:
        """The outstanding list filtered to what escalated: the group's overdue actions, most
        overdue first, due by the latest date escalated (filters: tracker/reports/filters.py).
        The home page while the reports are not installed."""
        if not self.has_report:
            return absolute_url("core.home")
        return absolute_url("reports.outstanding", group=escalation.group_id, overdue="y",
                            due_to=escalation.latest_due_on.isoformat(), sort="overdue")


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


def change_email_settings(person: User, choices: dict[str, str]) -> None:
    """The optional emails, kind by kind. Reminders, overdue nudges and escalations about actions
    a person owns are not among them: they cannot be turned off (rule: follow up promptly)."""
    for kind, choice in choices.items():
        preferences.set_choice(person, kind, choice)
