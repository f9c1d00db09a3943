"""The audit trail: every change to an Auditable record is written down, whoever makes it.

One listener serves the pages, the API, the CLI and scheduled jobs alike, so no operation can
forget to log. The acting person is put on the session with `set_actor` by whoever opens the unit
of work (a request, a command, a job); operations never need to know.
"""
from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.base import PASSIVE_NO_INITIALIZE

from tracker.core.dates import utcnow
from tracker.core.models import Auditable, AuditEvent


def set_actor(session, user) -> None:
    """`user` is the person acting, None for the system, or a function returning either, asked
    only when a change is written (a request that writes nothing need not load its person)."""
    session.info["actor"] = user


def give_reason(session, obj, reason: str) -> None:
    """Why the next change to `obj` is made, when nobody typed a reason: the system moved it (an
    action's due date following a cancelled meeting). Written into that change's record, as
    "reason", by the next flush; a reason its flush finds no change for is dropped."""
    session.info.setdefault("audit_reasons", {})[(obj.__tablename__, obj.id)] = reason


def _actor_id(session) -> int | None:
    actor = session.info.get("actor")
    if callable(actor):
        actor = actor()
    return actor.id if actor is not None else None


def _plain(value):
    if type(value) in (str, int, bool):  # most fields: asked first, as thousands may be written at once
        return value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value._value_  # .value, without the enum property's cost
    if isinstance(value, Decimal):
        return str(value)
    return value


def _changes(obj, event_name: str) -> dict:
    """{field: [before, after]}; a new record has no "before", a removed one no "after"."""
    state = inspect(obj)
    changes = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in obj.__audit_exclude__ or key in ("id", "created_at"):
            continue
        if event_name in ("created", "removed"):
            value = _new_value(state, key) if event_name == "created" else getattr(obj, key)
            if value not in (None, "", False):
                changes[key] = [None, _plain(value)] if event_name == "created" else [_plain(value), None]
            continue
        history = state.get_history(key, PASSIVE_NO_INITIALIZE)  # as state.attrs[key].history, without building attrs
        if history.has_changes():
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if before != after:
                changes[key] = [_plain(before), _plain(after)]
    for key in obj.__audit_collections__:
        history = state.get_history(key, PASSIVE_NO_INITIALIZE)
        if event_name == "created":
            names = _names(history.added)
            if names:
                changes[key] = [None, names]
        elif event_name == "changed" and (history.added or history.deleted):
            after = _names(history.unchanged + history.added)
            changes[key] = [_names(history.unchanged + history.deleted), after]
    return changes


def _new_value(state, key: str):
    """A just-inserted record's field, as getattr gives it without asking it each time (a flush of
    thousands of new records reads every field of each): a field never set and not sent back by
    the database (expired, to be read) is None."""
    if key in state.dict:
        return state.dict[key]
    if key in state.expired_attributes:
        return getattr(state.obj(), key)
    return None


def _names(items) -> list[str]:
    return sorted(str(getattr(item, "name", item)) for item in items)


@event.listens_for(Session, "after_flush")
def _record_changes(session, flush_context):
    rows = []
    now = utcnow()
    actor_id = _actor_id(session)
    reasons = session.info.pop("audit_reasons", {})
    # A removal (say, someone leaving a group) keeps what was removed, as "removed".
    for event_name, objects in (("created", session.new), ("changed", session.dirty),
                                ("removed", session.deleted)):
        for obj in objects:
            if not isinstance(obj, Auditable):
                continue
            changes = _changes(obj, event_name)
            if changes and (reason := reasons.get((obj.__tablename__, obj.id))):
                changes["reason"] = [None, reason]
            if changes:
                rows.append(
                    {
                        "occurred_at": now,
                        "actor_id": actor_id,
                        "entity_type": obj.__tablename__,
                        "entity_id": obj.id,
                        "event": event_name,
                        "changes": changes,
                    }
                )
    if rows:
        session.connection().execute(insert(AuditEvent), rows)


# --- two people saving one record at once ------------------------------------------------------


def saves_since(record, version: int) -> list[AuditEvent]:
    """What was saved to `record` (an Auditable with a `version` column: version_id_col) after a
    form or API call read it at `version`, oldest first: each save bumps the version once and
    writes one "changed" event. Shared by every domain whose forms carry a version."""
    missed = record.version - version
    if missed <= 0:
        return []
    events = object_session(record).scalars(
        select(AuditEvent)
        .where(AuditEvent.entity_type == record.__tablename__, AuditEvent.entity_id == record.id,
               AuditEvent.event == "changed")
        .order_by(AuditEvent.id.desc())
        .limit(missed)
    ).all()
    return list(reversed(events))


def clashing_saves(record, version: int | None, fields: tuple[str, ...]) -> dict[str, AuditEvent] | None:
    """None when a save of `fields` may go ahead: there is no version to compare (a job, the
    importer), the record has not moved on, or the saves since touched none of `fields`. Otherwise
    {field: the latest save that changed it}, empty when the version is one the record never had
    (-1: a garbled form, core/forms.py VersionField): the caller refuses it as an EditConflict."""
    if version is None or version == record.version:
        return None
    clashes = {}
    for save in saves_since(record, version):  # oldest first, so the latest change of a field wins
        for field in save.changes:
            if field in fields:
                clashes[field] = save
    if clashes or not 0 < version <= record.version:
        return clashes
    return None
