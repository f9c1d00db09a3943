"""Turning audit events of meetings, attendance, agenda items and decisions into plain English: the
history lists, and what a refused save shows (core/conflicts.py, given `saves_in_words`)."""
from __future__ import annotations

from datetime import datetime

from tracker.core.conflicts import SavesInWords
from tracker.core.dates import format_date, format_datetime, to_local
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.meetings.models import Decision, Meeting
from tracker.people.models import Group, User

RECORDS = {
    "meetings": "the meeting",
    "attendances": "attendance",
    "agenda_items": "an agenda item",
    "decisions": "a decision",
}
FIELDS = {
    "starts_at": "Date and time",
    "location": "Place",
    "is_online": "Online",
    "status": "Status",
    "cancelled_reason": "Why it was cancelled",
    "summary": "Published summary",
    "minutes": "Minutes",
    "minutes_status": "Minutes status",
    "minutes_approved_at_id": "Minutes approved at",
    "person_id": "Person",
    "name": "Name",
    "title": "Title",
    "notes": "Notes",
    "position": "Place on the agenda",
    "text": "Decision",
    "agenda_item_id": "Agenda item",
    "tags": "Tags",
    "superseded_by_id": "Superseded by",
    "superseded_how": "How it was superseded",
    "for_families": "What this means for families",
    "published_at": "Published on the public page",
}
HIDDEN = {"group_id", "meeting_id"}  # the same on every row of one meeting's history
LONGEST = 300


# Fields holding the id of another record, and what to say if that record cannot be named.
NAMED = {"person_id": "someone", "agenda_item_id": "an earlier agenda item",
         "minutes_approved_at_id": "a later meeting", "superseded_by_id": "a later decision"}


def _value(field: str, value, names: dict[str, dict[int, str]]) -> str:
    if value is None or value == "" or value == []:
        return "(empty)" if field != "tags" else "(none)"
    if field in ("starts_at", "published_at"):
        return format_datetime(datetime.fromisoformat(value))
    if field in NAMED:  # never a bare id
        return names.get(field, {}).get(value, NAMED[field])
    if field == "is_online":
        return "Yes" if value else "No"
    if isinstance(value, list):  # a collection, by names (tags)
        return ", ".join(str(each) for each in value)
    if field in ("status", "minutes_status", "superseded_how"):
        return str(value).replace("_", " ").capitalize()
    text = str(value)
    return text if len(text) <= LONGEST else text[:LONGEST].rstrip() + "…"


def _ids(events: list[AuditEvent], field: str) -> set[int]:
    return {value for event in events for pair in [event.changes.get(field)] if pair
            for value in pair if value is not None}


def _names(events: list[AuditEvent], agenda_titles: dict[int, str]) -> dict[str, dict[int, str]]:
    """The people and meetings the events name by id, in words (a query for each, if any)."""
    names = {"agenda_item_id": agenda_titles}
    if person_ids := _ids(events, "person_id"):
        names["person_id"] = dict(db.session.execute(
            db.select(User.id, User.name).where(User.id.in_(person_ids))).all())
    if meeting_ids := _ids(events, "minutes_approved_at_id"):
        names["minutes_approved_at_id"] = {
            meeting_id: f"the {group} meeting on {format_date(to_local(starts_at).date())}"
            for meeting_id, group, starts_at in db.session.execute(
                db.select(Meeting.id, Group.name, Meeting.starts_at).join(Group, Meeting.group_id == Group.id)
                .where(Meeting.id.in_(meeting_ids)))}
    if decision_ids := _ids(events, "superseded_by_id"):
        names["superseded_by_id"] = {
            decision_id: f"the decision of {format_date(to_local(starts_at).date())}: “{_value('text', text, {})}”"
            for decision_id, text, starts_at in db.session.execute(
                db.select(Decision.id, Decision.text, Meeting.starts_at)
                .join(Meeting, Decision.meeting_id == Meeting.id)
                .where(Decision.id.in_(decision_ids)))}
    return names


def describe(events: list[AuditEvent], agenda_titles: dict[int, str] | None = None) -> list[dict]:
    """Each event as {when, who, what, changes: [(field, before, after)]} (a query for names)."""
    return _described(events, _names(events, agenda_titles or {}))


def saves_in_words(events: list[AuditEvent], agenda_titles: dict[int, str] | None = None) -> SavesInWords:
    """Saves that clashed with a refused one, for core/conflicts.py refuse_on_form."""
    names = _names(events, agenda_titles or {})
    return SavesInWords(value_after=lambda event, field: value_after(event, field, names),
                        described=_described(events, names))


def _described(events: list[AuditEvent], names: dict[str, dict[int, str]]) -> list[dict]:
    described = []
    for event in events:
        record = RECORDS.get(event.entity_type, event.entity_type.replace("_", " "))
        verb = {"created": "added", "changed": "changed", "removed": "removed"}.get(event.event, event.event)
        changes = [
            (FIELDS.get(field, field.replace("_", " ").capitalize()),
             None if event.event == "created" else _value(field, before, names),
             None if event.event == "removed" else _value(field, after, names))
            for field, (before, after) in event.changes.items() if field not in HIDDEN
        ]
        described.append({
            "when": event.occurred_at,
            "who": event.actor.name if event.actor else "The system",
            "what": f"{verb} {record}" if event.entity_type != "meetings" or verb != "added"
            else "scheduled the meeting",
            "event": event.event,
            "changes": changes,
        })
    return described


def value_after(event: AuditEvent, field: str, names: dict[str, dict[int, str]] | None = None) -> str:
    """What a change set a field to, in words ("online", "9 June 2026 at 2:00pm", the text)."""
    after = event.changes[field][1]
    if field == "is_online":
        return "online" if after else "in person"
    shown = _value(field, after, names or {})
    return f"“{shown}”" if field in ("location", "summary", "minutes", "title", "notes", "text", "for_families") \
        else shown
