"""The JSON API, /api/v1: groups, meetings, decisions, actions, updates and inputs, for a person's token.

Each view: check the token (the `api_token` rule), parse the arguments, check the person may see
or change THIS record (tracker/permissions.py, as the pages do), call the same operations as the
pages, commit once. Each documents itself for the OpenAPI document through `doc`.
"""
from __future__ import annotations

from flask import current_app
from flask_limiter.util import get_remote_address
from sqlalchemy.orm.exc import StaleDataError

from tracker import permissions
from tracker.actions import operations
from tracker.actions.models import Action
from tracker.api import blueprint, queries
from tracker.api.http import ApiError, created, load_args, load_body, paginate
from tracker.api.openapi import doc
from tracker.api.schemas import (
    ActionArgsSchema,
    ActionDetailSchema,
    ActionPageSchema,
    ActionSchema,
    CannotBeDoneInSchema,
    CompleteInSchema,
    DecisionArgsSchema,
    DecisionPageSchema,
    DecisionSchema,
    GroupArgsSchema,
    GroupPageSchema,
    GroupSchema,
    InputArgsSchema,
    InputPageSchema,
    InputSchema,
    MeetingArgsSchema,
    MeetingPageSchema,
    MeetingSchema,
    MoveDueDateInSchema,
    NoteInSchema,
    RaiseActionInSchema,
    ReasonInSchema,
    ReassignInSchema,
    UpdateInSchema,
    UpdateSchema,
)
from tracker.api.tokens import api_person
from tracker.core.access import api_token, public
from tracker.core.dates import local_today, utcnow
from tracker.core.domain import DomainError, EditConflict
from tracker.core.models import Tag
from tracker.decisions.queries import DecisionFilters, decision_by_id, register_select
from tracker.extensions import db, limiter
from tracker.meetings.queries import descendant_ids
from tracker.people.models import Group, User

# Per address, whatever token is sent: made-up tokens must not buy a fresh allowance.
limiter.limit(lambda: current_app.config["API_RATE_LIMIT"], key_func=get_remote_address)(blueprint)


@blueprint.errorhandler(ApiError)
def _api_error(error: ApiError):
    db.session.rollback()
    return error.body(), error.status


@blueprint.errorhandler(DomainError)
def _domain_error(error: DomainError):
    """A rule of the service said no (e.g. closing without an outcome): nothing is saved."""
    db.session.rollback()
    return ApiError(422, error.message, error.field).body(), 422


@blueprint.errorhandler(EditConflict)
def _changed_since_read(error: EditConflict):
    """The caller sent the version it read, and the record has moved on since: decide again."""
    db.session.rollback()
    message = f"Someone else changed this {error.what} since you read it. Read it again, then retry."
    return ApiError(409, message, "version").body(), 409


@blueprint.errorhandler(StaleDataError)
def _conflict(error):
    """Two changes to one record (an action, a meeting, a decision) at the same moment: the second is
    refused, not lost silently."""
    db.session.rollback()
    message = "Someone changed this record at the same moment. Read it again, then retry."
    return ApiError(409, message).body(), 409


def _refuse_unless(allowed: bool) -> None:
    if not allowed:
        raise ApiError(403, "Your token's person is not allowed to do this")


def _action_or_404(action_id: int, *, detail: bool = False):
    action = queries.action_by_id(action_id, with_updates=detail)
    # An action its person may not see is as good as absent: 404, as on the pages.
    if action is None or not permissions.can_view_action(api_person(), action):
        raise ApiError(404, "There is no action with that id")
    return action


def _action_to_change(action_id: int, allowed) -> Action:
    """The action, if its person may see it (else 404) and may `allowed(person, action)` change it (else
    403), checked before the body is read: a caller learns nothing of the body's rules about an action
    that is missing or not theirs to change, and a bad body to a missing action is a 404."""
    action = _action_or_404(action_id)
    _refuse_unless(allowed(api_person(), action))
    return action


@blueprint.route("/groups")
@api_token
@doc("Groups", "Groups the token's person may see: the Board, workstreams, task and finish groups, "
     "networks",
     args=GroupArgsSchema, response=GroupPageSchema)
def groups():
    args = load_args(GroupArgsSchema)
    return paginate(queries.groups(api_person(), active=args.get("active")), GroupSchema, args)


@blueprint.route("/meetings")
@api_token
@doc("Meetings", "Meetings the token's person may see, soonest first; filter by group and dates",
     args=MeetingArgsSchema, response=MeetingPageSchema)
def meetings():
    args = load_args(MeetingArgsSchema)
    query = queries.meetings(api_person(), group_id=args.get("group"), first_day=args.get("from_"),
                             last_day=args.get("to"))
    return paginate(query, MeetingSchema, args)


@blueprint.route("/actions")
@api_token
@doc("Actions", "Actions the token's person may see, by due date; filter by group, owner, "
     "status and overdue", args=ActionArgsSchema, response=ActionPageSchema)
def actions():
    args = load_args(ActionArgsSchema)
    person = api_person()
    owner = args.get("owner")
    owner_id = person.id if owner == "me" else (int(owner) if owner else None)
    query = queries.actions(person, group_id=args.get("group"), owner_id=owner_id,
                            status=args.get("status"), overdue=args.get("overdue"), today=local_today())
    return paginate(query, ActionSchema, args)


@blueprint.route("/actions/<int:action_id>")
@api_token
@doc("Actions", "One action with its updates, newest first", response=ActionDetailSchema,
     not_found=True)
def action(action_id: int):
    return ActionDetailSchema().dump(_action_or_404(action_id, detail=True))


@blueprint.route("/actions/<int:action_id>/updates", methods=["POST"])
@api_token
@doc("Actions", "Post a progress note; the first moves a not-started action to in progress",
     body=UpdateInSchema, response=UpdateSchema, status=201, forbidden=True, not_found=True,
     refused=True)
def post_update(action_id: int):
    action = _action_to_change(action_id, permissions.can_update_action)
    body = load_body(UpdateInSchema)
    update = operations.post_update(action, by=api_person(), note=body["note"], at=utcnow(),
                                    version=body.get("version"))
    db.session.commit()
    return created(UpdateSchema().dump(update), "api.action", action_id=action.id)


@blueprint.route("/actions", methods=["POST"])
@api_token
@doc("Actions", "Raise an action: one named owner, its group, and a due date or the group's next meeting",
     body=RaiseActionInSchema, response=ActionSchema, status=201, forbidden=True, not_found=True, refused=True)
def raise_action():
    body = load_body(RaiseActionInSchema)
    group = visible_group(body["group"]) if body["group"] else None
    if group is not None:
        _refuse_unless(permissions.can_raise_action(api_person(), group))
    owner = _person(body["owner"])
    action = operations.create_action(
        title=body["title"], detail=body["detail"], owner=owner, group=group, by=api_person(),
        today=local_today(), due_on=body["due_on"],
        due_at_next_meeting_of=group if body["due_by_next_meeting"] else None, at=utcnow())
    db.session.commit()
    return created(ActionSchema().dump(action), "api.action", action_id=action.id)


def _action_change(endpoint: str, path: str, summary: str, schema, allowed, operation, arguments) -> None:
    """POST /actions/{id}/<path>: one change to an action as its page makes it: the same permission
    (checked before the body is read), then the same operation, given `arguments(body)` (and who,
    when and the version read)."""

    @api_token
    @doc("Actions", summary, body=schema, response=ActionSchema, forbidden=True, not_found=True, refused=True)
    def change(action_id: int):
        action = _action_to_change(action_id, allowed)
        body = load_body(schema)
        operation(action, by=api_person(), at=utcnow(), version=body.get("version"), **arguments(body))
        db.session.commit()
        return ActionSchema().dump(action)

    blueprint.add_url_rule(f"/actions/<int:action_id>/{path}", endpoint, change, methods=["POST"])


def _person(person_id: int | None) -> User | None:
    return db.session.get(User, person_id) if person_id else None


_action_change("complete", "complete", "Complete an action, saying what was done (its outcome)", CompleteInSchema,
               permissions.can_close_action, operations.complete_action, lambda body: {"outcome": body["outcome"]})
_action_change("move_due_date", "due-date",
               "Move the due date, saying why (the original date and every move are kept)", MoveDueDateInSchema,
               permissions.can_update_action, operations.move_due_date,
               lambda body: {"new_due_on": body["due_on"], "reason": body["reason"]})
_action_change("cannot_be_done", "cannot-be-done", "Close an action that cannot be done, explaining why",
               CannotBeDoneInSchema, permissions.can_close_action, operations.mark_cannot_be_done,
               lambda body: {"explanation": body["explanation"]})
_action_change("reassign", "reassign",
               "Give an action to a new owner, saying why (both owners are kept on the record)", ReassignInSchema,
               permissions.can_manage_action, operations.reassign_action,
               lambda body: {"new_owner": _person(body["owner"]), "note": body["note"]})
_action_change("flag_at_risk", "at-risk", "Flag an action as at risk of missing its date, saying why",
               ReasonInSchema, permissions.can_flag_action_at_risk, operations.flag_at_risk,
               lambda body: {"reason": body["reason"]})
_action_change("clear_at_risk", "no-longer-at-risk", "Say an action is no longer at risk, with a note", NoteInSchema,
               permissions.can_flag_action_at_risk, operations.clear_at_risk, lambda body: {"note": body["note"]})
_action_change("reopen", "reopen", "Reopen a closed action, saying why", ReasonInSchema,
               permissions.can_manage_action, operations.reopen_action, lambda body: {"reason": body["reason"]})


@blueprint.route("/decisions")
@api_token
@doc("Decisions", "Decisions of the meetings the token's person may see, newest first; filter by group "
     "(with its sub-groups), dates, tag and words", args=DecisionArgsSchema, response=DecisionPageSchema)
def decisions():
    args = load_args(DecisionArgsSchema)
    person = api_person()
    filters = DecisionFilters(group_ids=_group_and_subgroups(args.get("group"), person), made_from=args.get("from_"),
                              made_to=args.get("to"), tag_id=_tag_id(args.get("tag")),
                              text=(args.get("q") or "").strip(), without_actions=args.get("without_actions", False))
    query = register_select(filters, visible=permissions.decisions_visible_to(person),
                            visible_actions=permissions.action_summaries_visible_to(person))
    return paginate(query, DecisionSchema, args)


@blueprint.route("/decisions/<int:decision_id>")
@api_token
@doc("Decisions", "One decision, with the actions it led to and what superseded it", response=DecisionSchema,
     not_found=True)
def decision(decision_id: int):
    return DecisionSchema().dump(visible_decision(decision_id))


def visible_group(group_id: int | None) -> Group:
    """The group named in a body, or 404 if there is none or its person may not see it: the same
    answer for both, so a token cannot find out which group ids exist."""
    group = db.session.get(Group, group_id) if group_id else None
    if group is None or not permissions.can_view_group(api_person(), group):
        raise ApiError(404, "There is no group with that id", "group")
    return group


def visible_decision(decision_id: int):
    """The decision with only the actions its person may see (as GET /decisions/{id} gives it), or 404."""
    person = api_person()
    found = decision_by_id(decision_id, visible_actions=permissions.action_summaries_visible_to(person))
    if found is None or not permissions.can_view_decision(person, found):
        raise ApiError(404, "There is no decision with that id")
    return found


def _group_and_subgroups(group_id: int | None, person) -> tuple[int, ...]:
    if group_id is None:
        return ()
    group = db.session.get(Group, group_id)
    if group is None or not permissions.can_view_group(person, group):
        raise ApiError(400, "There is no group with that id", "group")
    return (group.id, *descendant_ids(group))


def _tag_id(tag_id: int | None) -> int | None:
    if tag_id is not None and db.session.get(Tag, tag_id) is None:
        raise ApiError(400, "There is no tag with that id", "tag")
    return tag_id


@blueprint.route("/inputs")
@api_token
@doc("Inputs", "Input raised by champions, parents, carers and young people that the token's "
     "person may see, newest first", args=InputArgsSchema, response=InputPageSchema)
def inputs():
    args = load_args(InputArgsSchema)
    query = queries.inputs(api_person(), group_id=args.get("group"), status=args.get("status"))
    return paginate(query, InputSchema, args)


@blueprint.route("/openapi.json")
@public
@doc("About the API", "This OpenAPI 3 document (no token needed)", response=None, secured=False)
def openapi():
    from tracker.api.openapi import openapi_document

    return openapi_document()
