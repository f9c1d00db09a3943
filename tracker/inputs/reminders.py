"""Nudges for input still waiting for a first response (follow up promptly, for input;
close the loop's promise: docs/rules.md).

Input must get a first response (passed to a group, or answered) within the group's working days
(10 unless the group's chair changed it). When it has not, whoever routes it is nudged like the
owner of an overdue action: 1, 3 and 7 working days late, then weekly. A person gets one email
per run listing every input of theirs that has reached a step they have not been sent (the outbox
key is the day and the person). The step each person was last sent for each input is recorded
with the email (`NudgeStep`), so the same day run twice, or a day missed and made up the next,
never sends a step twice; a run that finds an input several steps late sends only the step it
has reached.

Who routes it: the chairs, secretaries and leads of the group it was raised in (at a meeting), or,
for input raised on the site, the service's chairs and leads (who see input not yet passed to a
group). Admins stand in where nobody else would be told.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import joinedload

from tracker.actions.schedule import working_days_text
from tracker.core.dates import working_days_between
from tracker.extensions import db
from tracker.inputs.models import Input, InputStatus
from tracker.meetings.models import Meeting
from tracker.nudges.links import absolute_url
from tracker.nudges.models import NudgeStep
from tracker.nudges.operations import record_steps_sent
from tracker.nudges.outbox import queue_email
from tracker.nudges.planner import StepReached, step_is_new, step_reached
from tracker.people.models import GroupRole, Membership, Role, User

ROUTING_ROLES = (GroupRole.CHAIR, GroupRole.SECRETARY, GroupRole.LEAD)


def late_step(working_days_late: int) -> int | None:
    """The nudge step reached, the same steps as an overdue action's: 1, 3, 7, then 12, 17, ...
    working days late (None: not late)."""
    return step_reached(working_days_late)


STEP_KIND = "input_late"  # NudgeStep.kind


@dataclass(frozen=True)
class LateInput:
    input: Input
    days_late: int
    step: int

    @property
    def late(self) -> str:
        return working_days_text(self.days_late)


@dataclass
class InputReminder:
    """One person's email for the day: every late input they route that reached a new step."""
    day: date
    recipient: User
    inputs: list[LateInput] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"input-late:{self.day.isoformat()}:to={self.recipient.id}"

    @property
    def subject(self) -> str:
        if len(self.inputs) == 1:
            return f"Input waiting for a first response: {self.inputs[0].late} late"
        return f"{len(self.inputs)} inputs waiting for a first response"

    def summary_lines(self) -> list[str]:
        """What the email lists, one line per input (for `flask nudges run`)."""
        return [f"input waiting for a first response: \"{_short(item.input.what)}\" ({item.late} late)"
                for item in self.inputs]


@dataclass
class InputReminderPlan:
    today: date
    late: int  # input waiting past its day
    emails: list[InputReminder]


@dataclass
class InputReminders:
    late: int = 0  # input waiting past its day
    queued_keys: set[str] = field(default_factory=set)  # the emails queued now
    already_queued: int = 0

    @property
    def queued(self) -> int:
        return len(self.queued_keys)

    def counts(self) -> dict[str, int]:
        return {"inputs_late": self.late, "input_nudges_queued": self.queued,
                "input_nudges_already_queued": self.already_queued}


def _routers(late: list[Input]) -> tuple[dict[int, list[User]], list[User], list[User]]:
    """{group_id: people who run it} for the groups of the late input, the service's routers (for
    input with no group) and its admins (for a group nobody runs): two queries whatever the number."""
    group_ids = {raised.group_id for raised in late if raised.group_id is not None}
    by_group: dict[int, list[User]] = defaultdict(list)
    if group_ids:
        rows = db.session.execute(
            db.select(Membership.group_id, User)
            .join(User, User.id == Membership.person_id)
            .where(Membership.group_id.in_(group_ids), Membership.group_role.in_(ROUTING_ROLES),
                   User.is_active.is_(True))
            .order_by(User.name, User.id)
        )
        for group_id, person in rows:
            by_group[group_id].append(person)
    service = db.session.scalars(
        db.select(User).where(User.is_active.is_(True), User.role.in_((Role.CHAIR, Role.LEAD, Role.ADMIN)))
        .order_by(User.name, User.id)
    ).all() if any(not by_group.get(raised.group_id) for raised in late) else []
    routers = [person for person in service if person.role != Role.ADMIN]
    admins = [person for person in service if person.role == Role.ADMIN]
    return by_group, routers or admins, admins


def input_reminders_due(today: date) -> InputReminderPlan:
    """Who is to be told today about which late input, one email a person. Reads only: a fixed
    number of queries (index ix_inputs_status_respond_by)."""
    waiting = (Input.status == InputStatus.RECEIVED, Input.first_response_at.is_(None),
               Input.respond_by < today)
    late = db.session.scalars(
        db.select(Input).where(*waiting)
        .options(joinedload(Input.group), joinedload(Input.raised_at_meeting).joinedload(Meeting.group))
        .order_by(Input.respond_by, Input.id)
    ).all()
    sent = {(row.subject_id, row.recipient_id): (row.counted_from, row.step) for row in db.session.execute(
        db.select(NudgeStep.subject_id, NudgeStep.recipient_id, NudgeStep.counted_from, NudgeStep.step)
        .where(NudgeStep.kind == STEP_KIND, NudgeStep.subject_id.in_(db.select(Input.id).where(*waiting)))
    )} if late else {}
    by_group, service, admins = _routers(late)
    emails: dict[int, InputReminder] = {}
    counted = 0
    for raised in late:
        days_late = working_days_between(raised.respond_by, today)
        step = late_step(days_late)
        if step is None:
            continue  # due on a Friday, "late" on the Saturday: not yet a working day late
        counted += 1
        people = (by_group.get(raised.group_id) or admins) if raised.group_id else service
        for person in people:
            if not step_is_new(sent.get((raised.id, person.id)), raised.respond_by, step):
                continue  # this person already had this step
            email = emails.setdefault(person.id, InputReminder(day=today, recipient=person))
            email.inputs.append(LateInput(raised, days_late, step))
    ordered = sorted(emails.values(), key=lambda email: (email.recipient.name.lower(), email.recipient.id))
    return InputReminderPlan(today=today, late=counted, emails=ordered)


def queue_input_reminders(plan: InputReminderPlan) -> InputReminders:
    """Write the plan's emails to the outbox, and the steps they carry (in the caller's
    transaction). An email already queued that day is left alone, and its steps wait for the
    next run."""
    result = InputReminders(late=plan.late)
    steps = []
    for email in plan.emails:
        queued = queue_email(
            key=email.key, kind="input_late", to=email.recipient, subject=email.subject,
            template="emails/input_late", reminder=email, person=email.recipient,
            url=lambda item: absolute_url("inputs.show", input_id=item.input.id),
        )
        if queued:
            result.queued_keys.add(email.key)
            steps += [(StepReached(STEP_KIND, item.input.id, item.input.respond_by, item.step), email.recipient.id)
                      for item in email.inputs]
        else:
            result.already_queued += 1
    record_steps_sent(steps, day=plan.today)
    db.session.flush()
    return result


def queue_input_reminders_due(today: date) -> InputReminders:
    """Plan and queue today's nudges about late first responses, one email a person (named for
    what it does: it queues, it does not only plan)."""
    return queue_input_reminders(input_reminders_due(today))


def _short(text: str, length: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"
