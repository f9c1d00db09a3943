"""The JSON shapes of the API, as marshmallow schemas.

One definition serves three purposes: it turns records into JSON, it checks what callers send
(query strings and bodies), and apispec reads it to write the OpenAPI document, so the document
cannot drift from what the API really does. Rules about actions are NOT checked here: a missing
outcome is refused by tracker.actions.operations, the one home of that rule.
"""
from __future__ import annotations

from datetime import datetime

from flask import url_for
from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates_schema

from tracker.actions.models import ActionStatus, UpdateKind
from tracker.actions.rag import Rag, rag_of_action, working_days_overdue
from tracker.core.dates import local_today, utc_text
from tracker.core.domain import TEXT_LIMITS
from tracker.core.ids import MAX_ID
from tracker.decisions.operations import superseded_note as _superseded_note
from tracker.decisions.queries import MAX_SEARCH
from tracker.inputs.models import InputStatus
from tracker.meetings.models import MeetingStatus, MinutesStatus
from tracker.people.models import GroupKind, GroupRole

MAX_PER_PAGE = 100


class UtcDateTime(fields.DateTime):
    """A moment in ISO 8601, in UTC ("Z")."""

    def _serialize(self, value: datetime | None, attr, obj, **kwargs):
        if value is None:
            return None
        return utc_text(value)


def _choice(values, description: str) -> fields.String:
    return fields.String(dump_only=True, metadata={"enum": [str(v) for v in values],
                                                   "description": description})


# --- what the API returns --------------------------------------------------------------------


class PersonRefSchema(Schema):
    id = fields.Integer(dump_only=True)
    name = fields.String(dump_only=True)


class GroupRefSchema(Schema):
    id = fields.Integer(dump_only=True)
    name = fields.String(dump_only=True)


class GroupScheduleSchema(Schema):
    in_words = fields.String(dump_only=True, metadata={"example": "Every 6 weeks on Tuesday at 10am, not in August"})
    rrule = fields.String(dump_only=True, metadata={
        "description": "The rule as iCalendar text (RFC 5545): a DTSTART and an RRULE in the partnership's "
                       "local time", "example": "DTSTART:20260106T100000\nRRULE:FREQ=WEEKLY;INTERVAL=6;BYDAY=TU"})
    skips_bank_holidays = fields.Boolean(dump_only=True, metadata={
        "description": "true: a meeting the rule puts on a bank holiday is not held (not part of the RRULE)"})
    next_meetings = fields.List(UtcDateTime(), dump_only=True, metadata={
        "description": "When the rule's next meetings start, soonest first, up to six in the months the diary "
                       "is filled ahead; one meeting moved or cancelled shows in /meetings"})


class _Computed(fields.Nested):
    """A nested object worked out from the whole record (documented as its schema)."""

    def __init__(self, nested, compute, **kwargs):
        super().__init__(nested, **kwargs)
        self.compute = compute

    def get_value(self, obj, attr, accessor=None, default=None):
        return self.compute(obj)


NEXT_MEETINGS = 6


def _group_schedule(group) -> dict | None:
    """The group's schedule with the next meetings it gives, from the rule (no query)."""
    from dateutil.relativedelta import relativedelta

    from tracker.meetings.operations import diary_horizon_months
    from tracker.meetings.schedules import schedule_of

    schedule = schedule_of(group)
    if schedule is None:
        return None
    today = local_today()
    days = schedule.meeting_days(today, today + relativedelta(months=diary_horizon_months()))
    return {"in_words": schedule.in_words(), "rrule": schedule.as_icalendar(),
            "skips_bank_holidays": schedule.skips_bank_holidays,
            "next_meetings": [schedule.starts_at(day) for day in days[:NEXT_MEETINGS]]}


class GroupSchema(Schema):
    id = fields.Integer(dump_only=True)
    name = fields.String(dump_only=True)
    kind = _choice(GroupKind, "board, workstream, task_and_finish, network or other")
    kind_label = fields.String(dump_only=True)
    description = fields.String(dump_only=True)
    meeting_pattern = fields.String(dump_only=True, metadata={"example": "Monthly, 2nd Tuesday"})
    parent_id = fields.Integer(dump_only=True, allow_none=True)
    is_active = fields.Boolean(dump_only=True)
    schedule = _Computed(GroupScheduleSchema, _group_schedule, dump_only=True, allow_none=True, metadata={
        "description": "When the group usually meets, as a rule; null for a group that meets as and when"})
    your_role = fields.Method(
        "_your_role", dump_only=True, allow_none=True,
        metadata={"type": "string", "enum": [str(r) for r in GroupRole] + [None],
                  "description": "The token's person's role in this group, or null"},
    )

    def _your_role(self, group):
        from tracker.api.tokens import api_person
        from tracker.permissions import group_role

        return group_role(api_person(), group.id)


def _page(endpoint: str, **values) -> str:
    return url_for(endpoint, **values, _external=True)


class MeetingSchema(Schema):
    id = fields.Integer(dump_only=True)
    html_url = fields.Function(lambda meeting: _page("meetings.show", meeting_id=meeting.id),
                               dump_only=True, metadata={"type": "string", "format": "uri",
                                                         "description": "The meeting's page"})
    group = fields.Nested(GroupRefSchema, dump_only=True)
    starts_at = UtcDateTime(dump_only=True, metadata={"description": "In UTC"})
    location = fields.String(dump_only=True)
    is_online = fields.Boolean(dump_only=True)
    status = _choice(MeetingStatus, "scheduled, held or cancelled")
    summary = fields.String(dump_only=True, metadata={"description": "The short published summary"})
    minutes_status = _choice(MinutesStatus, "Minutes are draft until approved at a later meeting")
    version = fields.Integer(dump_only=True, metadata={
        "description": "Goes up with every change; send it back with a change to be refused (409) if the meeting "
                       "changed since you read it"})


class ActionSchema(Schema):
    id = fields.Integer(dump_only=True)
    html_url = fields.Function(lambda action: _page("actions.show", action_id=action.id),
                               dump_only=True, metadata={"type": "string", "format": "uri",
                                                         "description": "The action's page"})
    title = fields.String(dump_only=True)
    detail = fields.String(dump_only=True)
    status = _choice(ActionStatus, "not_started, in_progress, completed, cannot_be_done or superseded")
    status_label = fields.String(dump_only=True)
    owner = fields.Nested(PersonRefSchema, dump_only=True)
    group = fields.Nested(GroupRefSchema, dump_only=True)
    due_on = fields.Date(
        dump_only=True, allow_none=True,
        metadata={"description": "Null while due by the next meeting of a group with none scheduled"},
    )
    due_at_next_meeting_of = fields.Nested(GroupRefSchema, dump_only=True, allow_none=True)
    original_due_on = fields.Date(dump_only=True, allow_none=True)
    due_date_moves = fields.Integer(dump_only=True)
    rag = fields.Method(
        "_rag", dump_only=True, allow_none=True,
        metadata={"type": "string", "enum": [str(r) for r in Rag] + [None],
                  "description": "red: overdue; amber: due soon or at risk; green: on track; "
                                 "null when closed"},
    )
    working_days_overdue = fields.Method("_working_days_overdue", dump_only=True,
                                         metadata={"type": "integer"})
    at_risk = fields.Boolean(dump_only=True)
    at_risk_reason = fields.String(dump_only=True)
    outcome = fields.String(dump_only=True, metadata={"description": "What was done, once completed"})
    explanation = fields.String(dump_only=True,
                                metadata={"description": "Why not, when it cannot be done"})
    meeting_id = fields.Integer(dump_only=True, allow_none=True)
    superseded_by_id = fields.Integer(dump_only=True, allow_none=True)
    closed_at = UtcDateTime(dump_only=True, allow_none=True)
    created_at = UtcDateTime(dump_only=True)
    updated_at = UtcDateTime(dump_only=True)
    version = fields.Integer(dump_only=True, metadata={
        "description": "Goes up with every change; send it back with a change to have the change "
                       "refused (409) if someone else changed the action since you read it"})

    def _rag(self, action):
        rag = rag_of_action(action, local_today())
        return str(rag) if rag else None

    def _working_days_overdue(self, action):
        return working_days_overdue(action, local_today())


class UpdateSchema(Schema):
    id = fields.Integer(dump_only=True)
    kind = _choice(UpdateKind, "note, due_date_moved, status_changed, reassigned, at_risk or "
                               "matters_arising")
    note = fields.String(dump_only=True)
    author = fields.Nested(PersonRefSchema, dump_only=True, allow_none=True)
    created_at = UtcDateTime(dump_only=True)
    meeting_id = fields.Integer(dump_only=True, allow_none=True)
    old_due_on = fields.Date(dump_only=True, allow_none=True)
    new_due_on = fields.Date(dump_only=True, allow_none=True)
    old_status = fields.String(dump_only=True, allow_none=True)
    new_status = fields.String(dump_only=True, allow_none=True)
    old_owner = fields.Nested(PersonRefSchema, dump_only=True, allow_none=True)
    new_owner = fields.Nested(PersonRefSchema, dump_only=True, allow_none=True)


class ActionDetailSchema(ActionSchema):
    updates = fields.List(fields.Nested(UpdateSchema), dump_only=True,
                          metadata={"description": "Newest first"})


class LinkedActionSchema(Schema):
    """What a contributor may know of an action that answers their input."""

    id = fields.Integer(dump_only=True)
    title = fields.String(dump_only=True)
    status = _choice(ActionStatus, "The action's status")
    status_label = fields.String(dump_only=True)
    due_on = fields.Date(dump_only=True, allow_none=True)
    outcome = fields.String(dump_only=True)
    explanation = fields.String(dump_only=True)


class InputSchema(Schema):
    id = fields.Integer(dump_only=True)
    what = fields.String(dump_only=True)
    why_it_matters = fields.String(dump_only=True)
    status = _choice(InputStatus, "received, being_looked_at or answered")
    status_label = fields.String(dump_only=True)
    group = fields.Nested(GroupRefSchema, dump_only=True, allow_none=True)
    raised_by = fields.Nested(PersonRefSchema, dump_only=True, allow_none=True,
                              metadata={"description": "Null when raised without an account"})
    raised_at = UtcDateTime(dump_only=True, attribute="created_at")
    respond_by = fields.Date(dump_only=True, allow_none=True)
    first_response_at = UtcDateTime(dump_only=True, allow_none=True)
    response = fields.String(dump_only=True)
    answered_at = UtcDateTime(dump_only=True, allow_none=True)
    is_published = fields.Boolean(dump_only=True)
    actions = fields.List(fields.Nested(LinkedActionSchema), dump_only=True)


class TagSchema(Schema):
    id = fields.Integer(dump_only=True)
    kind = fields.String(dump_only=True, metadata={"enum": ["priority", "value", "outcome"],
                                                   "description": "Strategic priority, charter value or outcome"})
    name = fields.String(dump_only=True)


class AgendaItemRefSchema(Schema):
    id = fields.Integer(dump_only=True)
    title = fields.String(dump_only=True)


class DecisionSchema(Schema):
    id = fields.Integer(dump_only=True)
    html_url = fields.Function(
        lambda decision: _page("meetings.show", meeting_id=decision.meeting_id, _anchor=f"decision-{decision.id}"),
        dump_only=True, metadata={"type": "string", "format": "uri", "description": "The decision on its meeting's page"})
    text = fields.String(dump_only=True, metadata={"description": "What the group agreed"})
    group = fields.Nested(GroupRefSchema, dump_only=True, attribute="meeting.group")
    meeting_id = fields.Integer(dump_only=True)
    made_on = fields.Date(dump_only=True, attribute="meeting.starts_on",
                          metadata={"description": "The day of the meeting it was made at"})
    agenda_item = fields.Nested(AgendaItemRefSchema, dump_only=True, allow_none=True)
    tags = fields.List(fields.Nested(TagSchema), dump_only=True)
    superseded_by_id = fields.Integer(dump_only=True, allow_none=True, metadata={
        "description": "The later decision that revisited or reversed it; null while it stands"})
    superseded_how = fields.String(dump_only=True, allow_none=True, metadata={
        "enum": ["revisited", "reversed", None],
        "description": "How the later decision changed it; null while it stands or if not recorded"})
    superseded_note = fields.Function(
        lambda decision: _superseded_note(decision) or None, dump_only=True, allow_none=True,
        metadata={"type": "string", "nullable": True,
                  "description": "In words, for example \"Reversed by the SEND Board on 3 March 2026\"; null while it stands"})
    supersedes = fields.Function(lambda decision: [earlier.id for earlier in decision.supersedes], dump_only=True,
                                 metadata={"type": "array", "items": {"type": "integer"},
                                           "description": "The earlier decisions this one replaced"})
    actions = fields.List(fields.Nested(LinkedActionSchema), dump_only=True,
                          metadata={"description": "The actions it led to that the token's person may see"})
    created_at = UtcDateTime(dump_only=True)
    updated_at = UtcDateTime(dump_only=True)
    for_families = fields.Function(
        lambda decision: decision.for_families if decision.published_at else None, dump_only=True, allow_none=True,
        metadata={"type": "string", "nullable": True,
                  "description": "What this means for families, as on the public 'What we decided' page; "
                                 "null when not published (a draft stays with the chair)"})
    published_at = UtcDateTime(dump_only=True, allow_none=True, metadata={
        "description": "When it was first published for families; null when not published"})
    version = fields.Integer(dump_only=True, metadata={
        "description": "Goes up with every change; send it back with a change to be refused (409) if someone "
                       "else changed the decision's words or agenda item since you read it"})


class PageLinksSchema(Schema):
    self = fields.Url(dump_only=True)
    first = fields.Url(dump_only=True)
    prev = fields.Url(dump_only=True, allow_none=True)
    next = fields.Url(dump_only=True, allow_none=True)
    last = fields.Url(dump_only=True)


def page_schema(item_schema: type[Schema]) -> type[Schema]:
    """The envelope of a paginated list of `item_schema` (its name gives the OpenAPI name)."""
    name = item_schema.__name__.removesuffix("Schema") + "PageSchema"
    return type(name, (Schema,), {
        "items": fields.List(fields.Nested(item_schema), dump_only=True),
        "page": fields.Integer(dump_only=True),
        "per_page": fields.Integer(dump_only=True),
        "total": fields.Integer(dump_only=True),
        "pages": fields.Integer(dump_only=True),
        "links": fields.Nested(PageLinksSchema, dump_only=True),
    })


GroupPageSchema = page_schema(GroupSchema)
MeetingPageSchema = page_schema(MeetingSchema)
ActionPageSchema = page_schema(ActionSchema)
InputPageSchema = page_schema(InputSchema)
DecisionPageSchema = page_schema(DecisionSchema)


class ErrorSchema(Schema):
    error = fields.String(dump_only=True, metadata={"description": "What went wrong, in plain English"})
    field = fields.String(dump_only=True,
                          metadata={"description": "The parameter or field it is about, if any"})


# --- what callers send -----------------------------------------------------------------------


class _WholeValue(validate.Regexp):
    """The whole value matches: Python's `$` also matches before a last line break, so "me\\n" passed
    as "me" (and then was no id). The pattern stays as written for the OpenAPI document."""

    def __call__(self, value: str) -> str:
        if self.regex.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value


def _no_such(what: str):
    raise ValidationError(f"There is no {what} with that id")


def _id_argument(what: str, description: str) -> fields.Integer:
    """An id in the query string: ids are PostgreSQL integers, so a larger number names nothing."""
    return fields.Integer(validate=validate.Range(min=1, max=MAX_ID, error=f"There is no {what} with that id"),
                          metadata={"description": description})


class PageArgsSchema(Schema):
    class Meta:
        unknown = RAISE

    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=MAX_ID, error="There is no such page"),
                          metadata={"description": "Which page, from 1"})
    per_page = fields.Integer(validate=validate.Range(min=1, max=MAX_PER_PAGE),
                              metadata={"description": f"Items per page, at most {MAX_PER_PAGE} "
                                                       "(default 25)"})


class GroupArgsSchema(PageArgsSchema):
    active = fields.Boolean(metadata={"description": "true: only groups that still meet"})


class MeetingArgsSchema(PageArgsSchema):
    group = _id_argument("group", "A group's id")
    from_ = fields.Date(data_key="from",
                        metadata={"description": "Meetings on or after this date (YYYY-MM-DD)"})
    to = fields.Date(metadata={"description": "Meetings on or before this date (YYYY-MM-DD)"})

    @validates_schema
    def _dates_in_order(self, data, **kwargs):
        if data.get("from_") and data.get("to") and data["to"] < data["from_"]:
            raise ValidationError("'to' must be the same as or after 'from'", "to")


ACTION_STATUS_FILTERS = [str(s) for s in ActionStatus] + ["open", "closed"]


class ActionArgsSchema(PageArgsSchema):
    group = _id_argument("group", "A group's id")
    owner = fields.String(
        validate=[_WholeValue(r"^(me|[1-9][0-9]{0,9})$", error="Use a person's id, or me"),
                  lambda owner: not owner.isdigit() or int(owner) <= MAX_ID or _no_such("person")],
        metadata={"description": "A person's id, or `me` for the token's person"},
    )
    status = fields.String(
        validate=validate.OneOf(ACTION_STATUS_FILTERS),
        metadata={"description": "A status, or `open` (not started or in progress) or `closed`"},
    )
    overdue = fields.Boolean(
        metadata={"description": "true: open and past the due date; false: not"}
    )


class DecisionArgsSchema(MeetingArgsSchema):
    group = _id_argument("group", "A group's id: its decisions and its sub-groups'")
    from_ = fields.Date(data_key="from", metadata={"description": "Made at meetings on or after this date "
                                                                  "(YYYY-MM-DD)"})
    to = fields.Date(metadata={"description": "Made at meetings on or before this date (YYYY-MM-DD)"})
    tag = _id_argument("tag", "A tag's id (strategic priority, charter value or outcome)")
    without_actions = fields.Boolean(metadata={"description": "true: only decisions no action came from yet"})
    q = fields.String(validate=validate.Length(max=MAX_SEARCH, error=f"Search with {MAX_SEARCH} characters or "
                                                                     "fewer"),
                      metadata={"description": "Words in the decision or its agenda item"})


class InputArgsSchema(PageArgsSchema):
    group = _id_argument("group", "A group's id")
    status = fields.String(validate=validate.OneOf([str(s) for s in InputStatus]))


class BodySchema(Schema):
    class Meta:
        unknown = RAISE

    version = fields.Integer(metadata={
        "description": "Optional: the action's `version` when you read it. If someone has changed "
                       "the action since, nothing is saved and the answer is 409"})


class UpdateInSchema(BodySchema):
    note = fields.String(load_default="", metadata={"description": "What has happened (required)",
                                                    "example": "Draft shared with the Board",
                                                    "maxLength": TEXT_LIMITS["action_updates.note"]})


class CompleteInSchema(BodySchema):
    outcome = fields.String(load_default="", metadata={"description": "What was done (required)",
                                                       "example": "Pilot extended to March",
                                                       "maxLength": TEXT_LIMITS["actions.outcome"]})


# --- what a program sends to change an action (the rules themselves are in tracker/actions/operations.py) ---

_ID = {"validate": validate.Range(min=1, max=MAX_ID, error="There is no record with that id")}


class RaiseActionInSchema(Schema):
    class Meta:
        unknown = RAISE

    title = fields.String(load_default="", metadata={"description": "What needs to be done (required)",
                                                     "example": "Circulate the key worker pilot report"})
    detail = fields.String(load_default="", metadata={"description": "Anything the owner needs to know"})
    owner = fields.Integer(load_default=None, **_ID, metadata={"description": "The id of the person who owns it"})
    group = fields.Integer(load_default=None, **_ID, metadata={"description": "The id of the group it belongs to"})
    due_on = fields.Date(load_default=None, metadata={"description": "When it is due (YYYY-MM-DD); or send "
                                                                     "due_by_next_meeting"})
    due_by_next_meeting = fields.Boolean(load_default=False, metadata={
        "description": "true: due by the group's next meeting, instead of a date"})


class MoveDueDateInSchema(BodySchema):
    due_on = fields.Date(load_default=None, metadata={"description": "The new due date (YYYY-MM-DD)"})
    reason = fields.String(load_default="", metadata={"description": "Why the date is moving (required)"})


class CannotBeDoneInSchema(BodySchema):
    explanation = fields.String(load_default="", metadata={
        "description": "Why it cannot be done, for everyone who was waiting for it (required)"})


class ReassignInSchema(BodySchema):
    owner = fields.Integer(load_default=None, **_ID, metadata={"description": "The new owner's id"})
    note = fields.String(load_default="", metadata={"description": "Why it is being reassigned (required)"})


class ReasonInSchema(BodySchema):
    reason = fields.String(load_default="", metadata={"description": "Why (required)"})


class NoteInSchema(BodySchema):
    note = fields.String(load_default="", metadata={"description": "What changed (required)"})


# --- what a program sends to record meetings, agenda items and decisions, and to route input ---
# A create takes no `version` (there is nothing to have read yet); its change schema adds one.


class AgendaItemSchema(Schema):
    id = fields.Integer(dump_only=True)
    meeting_id = fields.Integer(dump_only=True)
    title = fields.String(dump_only=True)
    notes = fields.String(dump_only=True)
    position = fields.Integer(dump_only=True, metadata={"description": "Its place on the agenda, from 1"})
    version = fields.Integer(dump_only=True, metadata={
        "description": "Goes up with every change; send it back with a change to be refused (409) if someone "
                       "else changed the title or notes since you read it"})


class MeetingInSchema(Schema):
    class Meta:
        unknown = RAISE

    group = fields.Integer(load_default=None, **_ID, metadata={"description": "The group that meets (scheduling only)"})
    starts_at = fields.DateTime(load_default=None, metadata={
        "description": "When it starts, ISO 8601; without an offset it is read in the partnership's time zone",
        "example": "2027-01-12T10:00:00"})
    location = fields.String(load_default=None, metadata={"description": "Where, for a meeting in person"})
    is_online = fields.Boolean(load_default=None, metadata={"description": "true: an online meeting"})


class MeetingChangeInSchema(MeetingInSchema):
    version = fields.Integer(metadata={"description": "Optional: the meeting's version when you read it"})


class AgendaItemInSchema(Schema):
    class Meta:
        unknown = RAISE

    title = fields.String(load_default="", metadata={"description": "The item's title (required)"})
    notes = fields.String(load_default="", metadata={"description": "Notes for the item"})


class AgendaItemChangeInSchema(AgendaItemInSchema):
    version = fields.Integer(metadata={"description": "Optional: the item's version when you read it"})


class DecisionInSchema(Schema):
    class Meta:
        unknown = RAISE

    text = fields.String(load_default="", metadata={"description": "What the group decided (required)"})
    agenda_item = fields.Integer(load_default=None, **_ID, metadata={
        "description": "The id of the meeting's agenda item it was made under, if any"})


class DecisionChangeInSchema(DecisionInSchema):
    version = fields.Integer(metadata={"description": "Optional: the decision's version when you read it"})


class RouteInputInSchema(Schema):
    class Meta:
        unknown = RAISE

    group = fields.Integer(load_default=None, **_ID, metadata={"description": "The group that will answer it"})
