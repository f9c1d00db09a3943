"""A route or answer refused because someone else saved the input while this person had the form
open: what they changed, in words, at the field it clashes with and in the list the meetings' pages
show (templates/meetings/_conflict.html). Which saves clash is core/audit.py clashing_saves, the one
rule meetings, decisions and input share."""
from __future__ import annotations

from sqlalchemy.orm.exc import StaleDataError

from tracker.core.audit import clashing_saves
from tracker.core.domain import EditConflict
from tracker.core.forms import show_domain_error
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.inputs.models import INPUT_STATUS_LABELS, Input, InputStatus
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


def describe(events: list[AuditEvent]) -> list[dict]:
    """Each save as {when, who, what, changes: [(field, before, after)]}, the shape of meetings'
    history_list (one query for the groups named, if any)."""
    groups = _group_names(events)
    return [{
        "when": event.occurred_at,
        "who": event.actor.name if event.actor else "The system",
        "what": _what(event, groups),
        "event": event.event,
        "changes": [(label, _value(field, event.changes[field][0], groups),
                     _value(field, event.changes[field][1], groups))
                    for field, label in FIELDS.items() if field in event.changes],
    } for event in events]


def _put_at_fields(form, changes: dict[str, AuditEvent], fields: dict[str, str], groups: dict[int, str]) -> None:
    """Each clash at the form field showing it; a clash no field shows, at the first field."""
    unplaced = []
    for field, event in changes.items():
        who = event.actor.name if event.actor else "Someone else"
        target = getattr(form, fields[field]) if field in fields else None
        if target is None:
            unplaced.append(who)
        elif not target.errors:
            shown = _value(field, event.changes[field][1], groups)
            shown = f"“{shown}”" if field == "response" else shown
            target.errors = [f"{who} changed this to {shown} while you were editing. Check it, then save again"]
    first = getattr(form, next(iter(fields.values())))
    if (unplaced or not changes) and not first.errors:
        who = unplaced[-1] if unplaced else "Someone else"
        first.errors = [f"{who} saved this input while you were editing it. Check what changed, then save again"]


def refuse_on_form(form, raised: Input, error: Exception, *, clash_fields: tuple[str, ...],
                   fields: dict[str, str]) -> list[dict] | None:
    """Show why a route or answer was refused, keeping everything typed; returns what someone else
    changed meanwhile (describe's shape) if that was why, else None.

    `clash_fields` are the fields the save writes (operations.ROUTE_FIELDS, ANSWER_FIELDS); `fields`
    maps those the form shows to its field ({"group_id": "group"}), the first taking a clash no
    field shows. The form takes the input's new version, so saving again, having checked, goes
    through. A StaleDataError (their save landed between our check and our write) is the same
    conflict, never an error page.
    """
    db.session.rollback()
    if not isinstance(error, EditConflict | StaleDataError):
        show_domain_error(form, error)
        return None
    db.session.refresh(raised)
    changes = error.changes if isinstance(error, EditConflict) and error.changes is not None else (
        clashing_saves(raised, form.version.data, clash_fields) or {})
    form.version.data = raised.version
    events = list(dict.fromkeys(changes.values()))
    _put_at_fields(form, changes, fields, _group_names(events))
    return describe(events)
