"""Nudges for input still waiting for a first response (charter rule 4 for input, rule 5's promise).

Input must get a first response (passed to a group, or answered) within the group's working days
(10 unless the group's chair changed it). When it has not, whoever routes it is nudged like the
owner of an overdue action: 1, 3 and 7 working days late, then weekly. Each step is queued once
per person, with the step in the outbox key, so the same day run twice, or a day missed and made
up the next, never sends a step twice; a run that finds an input several steps late sends only
the step it has reached.

Who routes it: the chairs, secretaries and leads of the group it was raised in (at a meeting), or,
for input raised on the site, the service's chairs and leads (who see input not yet passed to a
group). Admins stand in where nobody else would be told.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import joinedload

from tracker.core.dates import working_days_between
from tracker.extensions import db
from tracker.inputs.models import Input, InputStatus
from tracker.meetings.models import Meeting
from tracker.nudges.links import absolute_url
from tracker.nudges.outbox import queue_email
from tracker.people.models import GroupRole, Membership, Role, User

LATE_STEPS = (1, 3, 7)
WEEK = 5  # working days between weekly nudges after the last step
ROUTING_ROLES = (GroupRole.CHAIR, GroupRole.SECRETARY, GroupRole.LEAD)


def late_step(working_days_late: int) -> int | None:
    """The nudge step reached: 1, 3, 7, then 12, 17, ... working days late (None: not late)."""
    if working_days_late < LATE_STEPS[0]:
        return None
    reached = [step for step in LATE_STEPS if step <= working_days_late]
    last = LATE_STEPS[-1]
    if working_days_late < last + WEEK:
        return reached[-1]
    return last + WEEK * ((working_days_late - last) // WEEK)


@dataclass
class InputReminders:
    late: int = 0  # input waiting past its day
    queued: int = 0
    already_queued: int = 0

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


def plan_input_reminders(today: date) -> InputReminders:
    """Queue today's nudges about late first responses (index ix_inputs_status_respond_by)."""
    late = db.session.scalars(
        db.select(Input)
        .where(Input.status == InputStatus.RECEIVED, Input.first_response_at.is_(None),
               Input.respond_by < today)
        .options(joinedload(Input.group), joinedload(Input.raised_at_meeting).joinedload(Meeting.group))
        .order_by(Input.respond_by, Input.id)
    ).all()
    result = InputReminders()
    by_group, service, admins = _routers(late)
    for raised in late:
        days_late = working_days_between(raised.respond_by, today)
        step = late_step(days_late)
        if step is None:
            continue  # due on a Friday, "late" on the Saturday: not yet a working day late
        result.late += 1
        people = (by_group.get(raised.group_id) or admins) if raised.group_id else service
        for person in people:
            queued = queue_email(
                key=f"input-late:{raised.id}:step={step}:to={person.id}", kind="input_late", to=person,
                subject=f"Input waiting for a first response: {_days(days_late)} late",
                template="emails/input_late", input=raised, days_late=_days(days_late),
                url=absolute_url("inputs.show", input_id=raised.id), person=person,
            )
            if queued:
                result.queued += 1
            else:
                result.already_queued += 1
    return result


def _days(number: int) -> str:
    return f"{number} working day{'' if number == 1 else 's'}"
