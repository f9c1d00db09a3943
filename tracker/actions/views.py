"""Action pages: raise an action, read it (updates and history), change it, and My actions.

Each view checks access (tracker/permissions.py: 404 for an action the person may not see, 403 for
one they may see but not change), calls one operation, commits once and redirects. Every change
form carries the action's version, so a save made from an out-of-date page is refused with what
changed since, and nothing typed is lost.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy.orm.exc import StaleDataError

from tracker import permissions
from tracker.actions import acts, blueprint, forms, operations
from tracker.actions.models import Action
from tracker.actions.queries import (
    action_for_page,
    action_history,
    actions_replaced_by,
    changes_since,
    owned_open_actions,
    owned_open_counts,
    owned_recently_closed,
    replacement_choices,
    tags_by_kind,
)
from tracker.actions.rag import state_helpers
from tracker.actions.schedule import is_due_soon
from tracker.core.access import signed_in
from tracker.core.conflicts import all_yours
from tracker.core.dates import local_today, utcnow
from tracker.core.domain import DomainError, conflict_message
from tracker.core.forms import show_domain_error
from tracker.core.ids import bounded_int, record_by_id
from tracker.core.models import Tag
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Decision, Meeting
from tracker.nudges.notifications import is_following
from tracker.people.models import User
from tracker.people.queries import people_by_name

SECTION = "Actions"
RECENTLY_CLOSED_DAYS = 30


@blueprint.context_processor
def _helpers():
    today = local_today()
    return {
        "today": today,
        **state_helpers(today),
        "may": permissions,
    }


def _action(action_id: int, allowed: Callable | None = None) -> Action:
    """The action, if this person may see it (404 otherwise) and do `allowed` to it (403)."""
    action = db.session.get(Action, action_id)
    if action is None or not permissions.can_view_action(current_user, action):
        abort(404)
    if allowed is not None and not allowed(current_user, action):
        abort(403)
    return action


def _page_number() -> int:
    return max(request.args.get("page", 1, type=bounded_int), 1)


def _person(value: str | None) -> User | None:
    return record_by_id(User, value)


def _people_choices(blank: str) -> list[tuple[str, str]]:
    return [("", blank)] + [(str(person.id), person.name) for person in people_by_name()]


def _tags(form) -> list[Tag]:
    ids = form.chosen_tag_ids()
    return db.session.scalars(db.select(Tag).where(Tag.id.in_(ids))).all() if ids else []


# --- reading -------------------------------------------------------------------------------------


@blueprint.route("/actions/<int:action_id>")
@signed_in
def show(action_id: int):
    action = action_for_page(action_id)
    if action is None or not permissions.can_view_action(current_user, action):
        abort(404)
    events, history = action_history(action, page=_page_number())
    return render_template("actions/show.html", action=action, replaced=actions_replaced_by(action),
                           history=history, events=events, following=is_following(action, current_user),
                           title=action.title, section=SECTION)


@blueprint.route("/my-actions")
@signed_in
def mine():
    """Everything the person owns: overdue, due soon, later, and what closed in the last 30 days."""
    today = local_today()
    page = owned_open_actions(current_user, page=_page_number())
    sections = {"overdue": [], "due_soon": [], "later": []}
    for action in page.items:
        if action.due_on is not None and action.due_on < today:
            sections["overdue"].append(action)
        elif is_due_soon(action.due_on, today, action.group.due_soon_working_days):
            sections["due_soon"].append(action)
        else:
            sections["later"].append(action)
    closed, more_closed = owned_recently_closed(current_user, since=utcnow() - timedelta(days=RECENTLY_CLOSED_DAYS))
    return render_template(
        "actions/mine.html", page=page, sections=sections, closed=closed,
        more_closed=more_closed, counts=owned_open_counts(current_user, today=today),
        can_raise=bool(permissions.raisable_groups(current_user, limit=1)), title="My actions", section=SECTION,
    )


# --- raising -------------------------------------------------------------------------------------


def _source(form: forms.ActionForm):
    """The meeting, agenda item and decision the action comes from (ids in the page address on the
    way in, hidden fields on the way back). An id the person may not see is a missing page."""
    found = {}
    for name, model in (("meeting_id", Meeting), ("agenda_item_id", AgendaItem), ("decision_id", Decision)):
        value = getattr(form, name).data or request.args.get(name, "")
        record = record_by_id(model, value)
        if value and record is None:
            abort(404)
        getattr(form, name).data = str(record.id) if record else ""
        found[name] = record
    for record in found.values():
        meeting = getattr(record, "meeting", record)
        if record is not None and not permissions.can_view_meeting(current_user, meeting):
            abort(404)
    return found["meeting_id"], found["agenda_item_id"], found["decision_id"]


@blueprint.route("/actions/new", methods=["GET", "POST"])
@signed_in
def new():
    groups = permissions.raisable_groups(current_user)
    if not groups:
        abort(403)
    form = forms.ActionForm()
    meeting, agenda_item, decision = _source(form)
    source_meeting = meeting or getattr(agenda_item, "meeting", None) or getattr(decision, "meeting", None)
    if source_meeting is not None:
        # An action from a meeting belongs to the group that met (operations._check_group): no choice
        # is offered, and the page shows which group it is.
        if not permissions.can_raise_action(current_user, source_meeting.group):
            abort(403)
        groups = [source_meeting.group]
        form.group.data = str(source_meeting.group_id)
    form.owner.choices = _people_choices("Choose a person")
    form.group.choices = [(str(group.id), group.name) for group in groups]
    form.fill_tag_choices(tags_by_kind())
    if form.validate_on_submit():
        group = next((group for group in groups if str(group.id) == form.group.data), None)
        next_meeting = form.due_kind.data == "next_meeting"
        try:
            action = operations.create_action(
                title=form.title.data, detail=form.detail.data, owner=_person(form.owner.data), group=group,
                by=current_user, today=local_today(), at=utcnow(),
                due_on=None if next_meeting else form.due_on.data,
                due_at_next_meeting_of=group if next_meeting else None,
                meeting=meeting, agenda_item=agenda_item, decision=decision, tags=_tags(form),
            )
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"Action raised: “{action.title}”, owned by {action.owner.name}, due {action.due_label[0].lower()}"
                  f"{action.due_label[1:]}.", "success")
            if source_meeting is not None and "meetings.show" in current_app.view_functions:
                return redirect(url_for("meetings.show", meeting_id=source_meeting.id))
            return redirect(url_for("actions.show", action_id=action.id))
    return render_template("actions/new.html", form=form, meeting=source_meeting, agenda_item=agenda_item,
                           decision=decision, title="Raise an action", section=SECTION)


# --- changing: one small form per kind of change ---------------------------------------------


def _must_be_open(action: Action) -> str | None:
    return None if action.is_open else f"This action is {action.status_label.lower()}. Reopen it first."


def _turned_away(action: Action, reason: str | None):
    """Why the change does not apply to the action as it is now, shown on its page. Only a page
    being opened is turned away: a form sent back goes to the operation, which says why."""
    if request.method == "GET" and reason:
        flash(reason)
        return redirect(url_for("actions.show", action_id=action.id))
    return None


def _save(action: Action, form, change: Callable, *, title: str, done: str):
    """The one path of every change page: check the form, make the change (`change(by=, at=, version=)`
    calls one operation), commit once, and say it is done; a refusal is shown on the form."""
    conflict = None
    if form.validate_on_submit():
        try:
            change(by=current_user, at=utcnow(), version=form.version.data)
            db.session.commit()
        except (DomainError, StaleDataError) as error:
            conflict = _refuse(form, action, error)
        else:
            flash(done, "success")
            return redirect(url_for("actions.show", action_id=action.id))
    return render_template("actions/change.html", form=form, action=action, conflict=conflict, title=title,
                           conflict_yours=all_yours(conflict), section=SECTION)


def _refuse(form, action: Action, error: Exception):
    """Show why a save was refused, keeping everything typed. A clash with someone else's save
    lists what they changed; the form takes the current version, so saving again goes through."""
    db.session.rollback()
    if isinstance(error, StaleDataError):  # their save landed between our check and our write
        error = operations.EditConflict(changes_since(action, form.version.data))
    if not isinstance(error, operations.EditConflict):
        show_domain_error(form, error)
        return None
    form.version.data = action.version
    form.version.errors = [conflict_message("action", yours=True) if all_yours(error.changes) else error.message]
    return error.changes


def _replacement(form) -> Action | None:
    value = form.replacement.data
    other = record_by_id(Action, value)
    return other if other is not None and permissions.can_view_action(current_user, other) else None


@blueprint.route("/actions/<int:action_id>/update", methods=["GET", "POST"])
@signed_in
def post_update(action_id: int):
    action = _action(action_id, permissions.can_update_action)
    if turned_away := _turned_away(action, _must_be_open(action)):
        return turned_away
    form = forms.UpdateForm(version=action.version)
    return _save(action, form, lambda **stamp: operations.post_update(
        action, note=form.note.data, public=form.public.data, **stamp),
        title=acts.POST_UPDATE.name, done=acts.POST_UPDATE.done)


@blueprint.route("/actions/<int:action_id>/due-date", methods=["GET", "POST"])
@signed_in
def move_due_date(action_id: int):
    action = _action(action_id, permissions.can_update_action)
    if turned_away := _turned_away(action, _must_be_open(action)):
        return turned_away
    form = forms.MoveDueDateForm(version=action.version)
    return _save(action, form, lambda **stamp: operations.move_due_date(
        action, new_due_on=form.new_due_on.data, reason=form.reason.data, **stamp),
        title=acts.MOVE_DUE_DATE.name, done=acts.MOVE_DUE_DATE.done)


@blueprint.route("/actions/<int:action_id>/complete", methods=["GET", "POST"])
@signed_in
def complete(action_id: int):
    action = _action(action_id, permissions.can_close_action)
    if turned_away := _turned_away(action, _must_be_open(action)):
        return turned_away
    form = forms.CompleteForm(version=action.version)
    return _save(action, form, lambda **stamp: operations.complete_action(action, outcome=form.outcome.data, **stamp),
                 title=acts.COMPLETE.name, done=acts.COMPLETE.done)


@blueprint.route("/actions/<int:action_id>/cannot-be-done", methods=["GET", "POST"])
@signed_in
def cannot_be_done(action_id: int):
    action = _action(action_id, permissions.can_close_action)
    if turned_away := _turned_away(action, _must_be_open(action)):
        return turned_away
    form = forms.CannotBeDoneForm(version=action.version)
    return _save(action, form, lambda **stamp: operations.mark_cannot_be_done(
        action, explanation=form.explanation.data, **stamp),
        title=acts.CANNOT_BE_DONE.name, done=acts.CANNOT_BE_DONE.done)


@blueprint.route("/actions/<int:action_id>/supersede", methods=["GET", "POST"])
@signed_in
def supersede(action_id: int):
    action = _action(action_id, permissions.can_manage_action)
    if turned_away := _turned_away(action, _must_be_open(action)):
        return turned_away
    form = forms.SupersedeForm(version=action.version)
    form.replacement.choices = [("", "Choose an action")] + [
        (str(other.id), f"{other.title} ({other.owner.name if other.owner else ''}, {other.status_label.lower()})")
        for other in replacement_choices(action)
    ]
    return _save(action, form, lambda **stamp: operations.supersede_action(
        action, replacement=_replacement(form), reason=form.reason.data, **stamp),
        title="Replace with another action", done="The action was replaced.")


@blueprint.route("/actions/<int:action_id>/reopen", methods=["GET", "POST"])
@signed_in
def reopen(action_id: int):
    action = _action(action_id, permissions.can_manage_action)
    if turned_away := _turned_away(action, "This action is already open." if action.is_open else None):
        return turned_away
    form = forms.ReopenForm(version=action.version)
    return _save(action, form, lambda **stamp: operations.reopen_action(action, reason=form.reason.data, **stamp),
                 title="Reopen the action", done="The action is open again.")


@blueprint.route("/actions/<int:action_id>/at-risk", methods=["GET", "POST"])
@signed_in
def flag_at_risk(action_id: int):
    action = _action(action_id, permissions.can_flag_action_at_risk)
    if turned_away := _turned_away(action, _must_be_open(action)):
        return turned_away
    form = forms.FlagAtRiskForm(version=action.version)
    return _save(action, form, lambda **stamp: operations.flag_at_risk(action, reason=form.reason.data, **stamp),
                 title="Flag as at risk", done="The action is flagged as at risk.")


@blueprint.route("/actions/<int:action_id>/at-risk/clear", methods=["GET", "POST"])
@signed_in
def clear_at_risk(action_id: int):
    action = _action(action_id, permissions.can_flag_action_at_risk)
    if turned_away := _turned_away(action, None if action.at_risk else "This action is not flagged at risk."):
        return turned_away
    form = forms.ClearAtRiskForm(version=action.version)
    return _save(action, form, lambda **stamp: operations.clear_at_risk(action, note=form.note.data, **stamp),
                 title="No longer at risk", done="The action is no longer flagged as at risk.")


@blueprint.route("/actions/<int:action_id>/reassign", methods=["GET", "POST"])
@signed_in
def reassign(action_id: int):
    action = _action(action_id, permissions.can_manage_action)
    if turned_away := _turned_away(action, _must_be_open(action)):
        return turned_away
    form = forms.ReassignForm(version=action.version)
    form.owner.choices = _people_choices("Choose a person")
    return _save(action, form, lambda **stamp: operations.reassign_action(
        action, new_owner=_person(form.owner.data), note=form.note.data, **stamp),
        title="Reassign the action", done="The action was reassigned.")


@blueprint.route("/actions/<int:action_id>/edit", methods=["GET", "POST"])
@signed_in
def edit(action_id: int):
    action = _action(action_id, permissions.can_update_action)
    form = forms.EditActionForm(version=action.version)
    form.fill_tag_choices(tags_by_kind())
    if request.method == "GET":
        form.title.data, form.detail.data = action.title, action.detail
        form.show_tags(action.tags)
    return _save(action, form, lambda **stamp: operations.edit_action(
        action, title=form.title.data, detail=form.detail.data, tags=_tags(form), **stamp),
        title="Change the wording or tags", done="Your changes were saved.")
