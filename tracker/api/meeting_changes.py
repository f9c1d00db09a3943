"""The API's changes to meetings, agenda items and decisions, and routing input: the pages' own
permission checks and operations (tracker/meetings/operations.py, tracker/inputs/operations.py), so a
program is refused exactly what a person would be, in the same words."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import UTC, datetime

from tracker import permissions
from tracker.api import blueprint
from tracker.api.http import ApiError, created, load_body
from tracker.api.openapi import doc
from tracker.api.schemas import (
    AgendaItemChangeInSchema,
    AgendaItemInSchema,
    AgendaItemSchema,
    DecisionChangeInSchema,
    DecisionInSchema,
    DecisionSchema,
    InputSchema,
    MeetingChangeInSchema,
    MeetingInSchema,
    MeetingSchema,
    RouteInputInSchema,
)
from tracker.api.tokens import api_person
from tracker.api.views import visible_decision, visible_group
from tracker.core.access import api_token
from tracker.core.dates import local_today, local_zone, utcnow
from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.inputs import operations as inputs
from tracker.inputs.models import Input
from tracker.meetings import operations as meetings
from tracker.meetings.models import AgendaItem, Meeting
from tracker.people.models import Group


def _meeting(meeting_id: int, *, change: bool = False) -> Meeting:
    """As on the pages: 404 for a meeting the person may not see, 403 to change one they do not run."""
    meeting = db.session.get(Meeting, meeting_id)
    if meeting is None or not permissions.can_view_meeting(api_person(), meeting):
        raise ApiError(404, "There is no meeting with that id")
    if change and not permissions.can_change_meeting(api_person(), meeting):
        raise ApiError(403, "Your token's person is not allowed to do this")
    return meeting


@contextmanager
def _named_as_in_the_body():
    """The meeting rules name the page's date field (starts_on); a program sent starts_at."""
    try:
        yield
    except DomainError as error:
        if error.field == "starts_on":
            error.field = "starts_at"
        raise


def _moment(value: datetime | None) -> datetime | None:
    """A time sent without an offset is the partnership's local time, as on the pages."""
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=local_zone())).astimezone(UTC)


def _agenda_item(meeting: Meeting, item_id: int | None) -> AgendaItem | None:
    item = db.session.get(AgendaItem, item_id) if item_id else None
    if item_id and (item is None or item.meeting_id != meeting.id):
        raise ApiError(422, "Choose an agenda item from this meeting", "agenda_item")
    return item


@blueprint.route("/meetings/<int:meeting_id>")
@api_token
@doc("Meetings", "One meeting", response=MeetingSchema, not_found=True)
def meeting(meeting_id: int):
    return MeetingSchema().dump(_meeting(meeting_id))


@blueprint.route("/meetings", methods=["POST"])
@api_token
@doc("Meetings", "Put a meeting of a group in its diary (its members are sent an invitation)", body=MeetingInSchema,
     response=MeetingSchema, status=201, forbidden=True, not_found=True, refused=True,
     saves_existing=True)  # the group's actions due "by the next meeting" take its date
def schedule_meeting():
    body = load_body(MeetingInSchema)
    group = visible_group(body["group"])
    if not permissions.runs_group(api_person(), group.id):
        raise ApiError(403, "Your token's person is not allowed to do this")
    with _named_as_in_the_body():
        scheduled = meetings.schedule_meeting(group, starts_at=_moment(body["starts_at"]),
                                              location=body["location"] or "", is_online=bool(body["is_online"]),
                                              today=local_today())
    db.session.commit()
    return created(MeetingSchema().dump(scheduled), "api.meeting", meeting_id=scheduled.id)


@blueprint.route("/meetings/<int:meeting_id>", methods=["POST"])
@api_token
@doc("Meetings", "Move a meeting or change where it is; what is not sent stays as it is",
     body=MeetingChangeInSchema, response=MeetingSchema, forbidden=True, not_found=True, refused=True)
def change_meeting(meeting_id: int):
    changing = _meeting(meeting_id, change=True)
    body = load_body(MeetingChangeInSchema)
    if body["group"] is not None and body["group"] != changing.group_id:
        raise ApiError(422, "A meeting stays with its group; schedule a new one for another group", "group")
    with _named_as_in_the_body():
        meetings.change_meeting(
            changing, starts_at=_moment(body["starts_at"]) if body["starts_at"] else changing.starts_at,
            location=changing.location if body["location"] is None else body["location"],
            is_online=changing.is_online if body["is_online"] is None else body["is_online"],
            today=local_today(), version=body.get("version"))
    db.session.commit()
    return MeetingSchema().dump(changing)


@blueprint.route("/meetings/<int:meeting_id>/agenda-items", methods=["POST"])
@api_token
@doc("Meetings", "Add an item to the end of a meeting's agenda", body=AgendaItemInSchema, response=AgendaItemSchema,
     status=201, forbidden=True, not_found=True, refused=True)
def add_agenda_item(meeting_id: int):
    owning = _meeting(meeting_id, change=True)
    body = load_body(AgendaItemInSchema)
    item = meetings.add_agenda_item(owning, title=body["title"], notes=body["notes"])
    db.session.commit()
    return AgendaItemSchema().dump(item), 201


@blueprint.route("/meetings/<int:meeting_id>/agenda-items/<int:item_id>", methods=["POST"])
@api_token
@doc("Meetings", "Change an agenda item's title and notes", body=AgendaItemChangeInSchema,
     response=AgendaItemSchema, forbidden=True, not_found=True, refused=True)
def change_agenda_item(meeting_id: int, item_id: int):
    owning = _meeting(meeting_id, change=True)
    item = db.session.get(AgendaItem, item_id)
    if item is None or item.meeting_id != owning.id:
        raise ApiError(404, "There is no agenda item with that id in this meeting")
    body = load_body(AgendaItemChangeInSchema)
    meetings.change_agenda_item(item, title=body["title"], notes=body["notes"], version=body.get("version"))
    db.session.commit()
    return AgendaItemSchema().dump(item)


@blueprint.route("/meetings/<int:meeting_id>/decisions", methods=["POST"])
@api_token
@doc("Decisions", "Record what a meeting decided, under one of its agenda items if you name one",
     body=DecisionInSchema, response=DecisionSchema, status=201, forbidden=True, not_found=True, refused=True,
     saves_existing=True)  # a meeting whose day has come is marked held
def record_decision(meeting_id: int):
    owning = _meeting(meeting_id, change=True)
    body = load_body(DecisionInSchema)
    decision = meetings.record_decision(owning, text=body["text"], agenda_item=_agenda_item(owning, body["agenda_item"]),
                                        now=utcnow())
    db.session.commit()
    return created(DecisionSchema().dump(visible_decision(decision.id)), "api.decision", decision_id=decision.id)


@blueprint.route("/decisions/<int:decision_id>", methods=["POST"])
@api_token
@doc("Decisions", "Change the words of a decision, or the agenda item it sits under", body=DecisionChangeInSchema,
     response=DecisionSchema, forbidden=True, not_found=True, refused=True)
def change_decision(decision_id: int):
    decision = visible_decision(decision_id)
    owning = _meeting(decision.meeting_id, change=True)
    body = load_body(DecisionChangeInSchema)
    meetings.change_decision(decision, text=body["text"], agenda_item=_agenda_item(owning, body["agenda_item"]),
                             version=body.get("version"))
    db.session.commit()
    return DecisionSchema().dump(decision)


@blueprint.route("/inputs/<int:input_id>/route", methods=["POST"])
@api_token
@doc("Input", "Pass input to the group that will answer it", body=RouteInputInSchema, response=InputSchema,
     forbidden=True, not_found=True, refused=True, saves_existing=True)
def route_input(input_id: int):
    raised = db.session.get(Input, input_id)
    if raised is None or not permissions.can_view_input(api_person(), raised):
        raise ApiError(404, "There is no input with that id")
    if not permissions.can_route_input(api_person(), raised):
        raise ApiError(403, "Your token's person is not allowed to do this")
    body = load_body(RouteInputInSchema)
    group = db.session.get(Group, body["group"]) if body["group"] else None
    inputs.route_input(raised, group=group, by=api_person(), at=utcnow())
    db.session.commit()
    return InputSchema().dump(raised)
