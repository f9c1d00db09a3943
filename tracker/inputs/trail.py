"""An input's trail in words: what happened to it, for the person who raised it and for staff.

Built from the input as loaded by queries.input_for_page (no further queries). Names of staff who
own actions are shown; a champion who owns one is "a champion" (permissions.name_for_contributors).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from tracker import permissions
from tracker.actions.models import Action, ActionStatus, ActionUpdate, UpdateKind
from tracker.core.dates import format_date, to_local
from tracker.inputs.models import Input, InputSource
from tracker.people.models import User


@dataclass
class Step:
    moment: datetime
    heading: str
    text: str = ""


@dataclass
class ActionTrail:
    action: Action
    owner: str
    updates: list[tuple[datetime, str, str]] = field(default_factory=list)  # (when, what, note)


@dataclass
class Trail:
    steps: list[Step]
    actions: list[ActionTrail]
    waiting_since: date | None  # no first response yet: raised on this day
    respond_by: date | None


def received_text(raised: Input) -> str:
    if raised.source == InputSource.MEETING:
        meeting = raised.raised_at_meeting
        return f"Raised at the {meeting.group.name} meeting on {format_date(meeting.starts_on)}."
    if raised.source == InputSource.PUBLIC_FORM:
        return "Sent through the form on the website."
    return "Raised on the website."


def _update_line(update: ActionUpdate) -> tuple[str, str]:
    if update.kind == UpdateKind.DUE_DATE_MOVED:
        return f"Due date moved to {format_date(update.new_due_on)}", update.note
    if update.kind == UpdateKind.REASSIGNED:
        return f"Now owned by {permissions.name_for_contributors(update.new_owner)}", update.note
    if update.kind == UpdateKind.STATUS_CHANGED and update.new_status:
        return ActionStatus(update.new_status).label, update.note
    if update.kind == UpdateKind.MATTERS_ARISING and update.meeting is not None:
        return f"Update at the meeting on {format_date(update.meeting.starts_on)}", update.note
    return update.kind_label, update.note


def trail_of(raised: Input, reader: User | None = None) -> Trail:
    """The input's trail as `reader` may see it: someone who may open an action (staff, its owner)
    sees all its updates; the contributor (a champion, or anyone with the emailed link: no reader)
    sees what contributors are told, not colleagues' working notes and at-risk flags."""
    steps = [Step(raised.created_at, "Received", received_text(raised))]
    if raised.routed_at is not None and raised.group is not None:
        steps.append(Step(raised.routed_at, f"Passed to {raised.group.name}",
                          "The group is looking at it."))
    if raised.answered_at is not None:
        steps.append(Step(raised.answered_at, "Answered", raised.response))
    steps.sort(key=lambda step: to_local(step.moment))
    actions = []
    for action in raised.actions:
        sees_all = reader is not None and permissions.can_view_action(reader, action)
        updates = sorted((update for update in action.updates if sees_all or update.is_for_contributors),
                         key=lambda update: (to_local(update.created_at), update.id))
        actions.append(ActionTrail(action=action, owner=permissions.name_for_contributors(action.owner),
                                   updates=[(update.created_at, *_update_line(update)) for update in updates]))
    waiting = raised.first_response_at is None
    return Trail(steps=steps, actions=actions,
                 waiting_since=to_local(raised.created_at).date() if waiting else None,
                 respond_by=raised.respond_by if waiting else None)
