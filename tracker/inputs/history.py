"""A route or answer refused because someone else saved the input while this person had the form
open: what they changed, in words, for the one way every domain shows it (core/conflicts.py)."""
from __future__ import annotations

from tracker.core.conflicts import SavesInWords
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.inputs.models import INPUT_STATUS_LABELS, InputStatus
from tracker.people.models import Group

# The fields a person deciding again needs; the moments (routed_at, answered_at...) are the save's own.
FIELDS = {"group_id": "Group", "status": "Status", "response": "Answer"}


def _group_names(events: list[AuditEvent]) -> dict[int, str]:
    ids = {value for event in events for value in event.changes.get("group_id") or () if value is not None}
    if not ids:
        return {}
    return dict(db.session.execute(db.select(Group.id, Group.name).where(Group.id.in_(ids))).all())


def _value(field: str, value, groups: dict[int, str]) -> str:
    if value is None or value == "":
        return "(none)" if field == "group_id" else "(empty)"
    if field == "group_id":
        return groups.get(value, "a group")
    if field == "status":
        return INPUT_STATUS_LABELS.get(InputStatus(value), str(value))
    return str(value)


def _what(event: AuditEvent, groups: dict[int, str]) -> str:
    if "response" in event.changes:
        return "answered the input"
    if "group_id" in event.changes:
        return f"passed the input to {_value('group_id', event.changes['group_id'][1], groups)}"
    return "changed the input"


def _described(events: list[AuditEvent], groups: dict[int, str]) -> list[dict]:
    """Each save as {when, who, what, changes: [(field, before, after)]}, the shape of meetings'
    history_list."""
    return [{
        "when": event.occurred_at,
        "who": event.actor.name if event.actor else "The system",
        "what": _what(event, groups),
        "event": event.event,
        "changes": [(label, _value(field, event.changes[field][0], groups),
                     _value(field, event.changes[field][1], groups))
                    for field, label in FIELDS.items() if field in event.changes],
    } for event in events]


def saves_in_words(events: list[AuditEvent]) -> SavesInWords:
    """Saves that clashed with a refused route or answer, for core/conflicts.py refuse_on_form."""
    groups = _group_names(events)

    def value_after(event: AuditEvent, field: str) -> str:
        shown = _value(field, event.changes[field][1], groups)
        return f"“{shown}”" if field == "response" else shown

    return SavesInWords(value_after=value_after, described=_described(events, groups))
