"""The audit log page for admins: every recorded change, filtered, paginated and exported as CSV.

The filters are read by hand from the address (a GET form), each bad value turned into a plain
message at its field; the list itself is one query for the page and one for the count."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from datetime import date, datetime, time

from flask import Response, render_template, request, stream_with_context
from sqlalchemy import select

from tracker.core.access import roles
from tracker.core.dates import end_of_days, local_zone
from tracker.core.ids import bounded_int, parse_id
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.people import blueprint
from tracker.people.models import Role, User
from tracker.people.queries import find_user_by_email
from tracker.reports.exports import BOM, _as_text

# What kinds of record the trail holds: the table names Auditable models write.
KINDS = {
    "users": "People", "organisations": "Organisations", "groups": "Groups",
    "memberships": "Memberships and roles", "meetings": "Meetings", "decisions": "Decisions",
    "attendances": "Attendance", "agenda_items": "Agenda items", "circulations": "Circulations",
    "actions": "Actions", "action_updates": "Action updates", "inputs": "Input",
    "two_step_sign_ins": "Two-step sign-in",
}
MAX_TEXT = 254  # no email address is longer


@dataclass
class AuditFilters:
    who: str = ""
    kind: str = ""
    record: str = ""
    start: str = ""
    end: str = ""
    errors: dict = field(default_factory=dict)
    actor: User | None = None
    record_id: int | None = None
    start_day: date | None = None
    end_day: date | None = None


def _day(text: str, name: str, errors: dict) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        errors[name] = "Enter a date like 2026-11-23"
        return None


def read_filters(args) -> AuditFilters:
    """The filters from the address, with a plain message for each one that cannot be used."""
    filters = AuditFilters(**{name: args.get(name, "").strip()[:10_000] for name in
                              ("who", "kind", "record", "start", "end")})
    errors = filters.errors
    if len(filters.who) > MAX_TEXT:
        errors["who"] = "Enter the email address of a person"
    elif filters.who:
        filters.actor = find_user_by_email(filters.who)
        if filters.actor is None:
            errors["who"] = "There is nobody with that email address"
    if filters.kind and filters.kind not in KINDS:
        errors["kind"] = "Choose a kind of record from the list"
    if filters.record:
        filters.record_id = parse_id(filters.record)
        if filters.record_id is None:
            errors["record"] = "Enter a record number, like 42"
    filters.start_day = _day(filters.start, "start", errors)
    filters.end_day = _day(filters.end, "end", errors)
    if filters.start_day and filters.end_day and filters.end_day < filters.start_day:
        errors["end"] = "The end date must be the same as or after the start date"
    return filters


def audit_events_select(filters: AuditFilters):
    """The matching changes, newest first, with who made them (joined: no query per row)."""
    query = select(AuditEvent).order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc())
    if filters.errors:
        return query.where(False)
    if filters.actor is not None:
        query = query.where(AuditEvent.actor_id == filters.actor.id)
    if filters.kind:
        query = query.where(AuditEvent.entity_type == filters.kind)
    if filters.record_id is not None:
        query = query.where(AuditEvent.entity_id == filters.record_id)
    zone = local_zone()
    if filters.start_day:
        query = query.where(AuditEvent.occurred_at >= datetime.combine(filters.start_day, time(), zone))
    if filters.end_day and (end := end_of_days(filters.end_day)) is not None:
        query = query.where(AuditEvent.occurred_at < end)
    return query


def _who(event: AuditEvent) -> str:
    return event.actor.name if event.actor is not None else "The system"


@blueprint.route("/audit")
@roles(Role.ADMIN)
def audit_log():
    filters = read_filters(request.args)
    page = db.paginate(audit_events_select(filters), page=request.args.get("page", 1, type=bounded_int),
                       per_page=50, error_out=False)
    return render_template("people/audit_log.html", page=page, filters=filters, kinds=KINDS,
                           who=_who, title="Audit log", section="People")


@blueprint.route("/audit.csv")
@roles(Role.ADMIN)
def audit_log_csv():
    filters = read_filters(request.args)

    def lines():
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        buffer.write(BOM)
        writer.writerow(["When", "Who", "Kind", "Record", "Event", "Changes"])
        result = db.session.scalars(audit_events_select(filters).execution_options(yield_per=1000))
        for event in result:
            writer.writerow([event.occurred_at.isoformat(), _as_text(_who(event)), event.entity_type,
                             event.entity_id, event.event, _as_text(json.dumps(event.changes, default=str))])
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
        yield buffer.getvalue()

    return Response(stream_with_context(lines()), mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="audit-log.csv"'})
