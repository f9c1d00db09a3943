"""Input pages: raise it (champions), record it from a meeting (secretaries), route, link, answer and
publish it (whoever runs the group), My input, and the Board's figures.

Each view checks access (tracker/permissions.py: 404 for input the person may not see, 403 for
input they may see but not route), calls one operation, commits once and redirects.
"""
from __future__ import annotations

from datetime import timedelta

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy.orm.exc import StaleDataError

from tracker import permissions
from tracker.actions.forms import ActionForm
from tracker.actions.models import Action
from tracker.actions.queries import tags_by_kind
from tracker.core.access import STAFF, roles, signed_in
from tracker.core.conflicts import refuse_on_form
from tracker.core.dates import local_today, utcnow
from tracker.core.domain import DomainError, EditConflict
from tracker.core.forms import show_domain_error
from tracker.core.ids import bounded_int, record_by_id
from tracker.core.models import Tag
from tracker.core.plain_english import problems_for_families
from tracker.extensions import db
from tracker.inputs import blueprint, operations
from tracker.inputs.forms import (
    AnswerForm,
    LinkActionForm,
    PublishForm,
    RaiseInputForm,
    RecordInputForm,
    RouteForm,
    UnlinkActionForm,
    UnpublishForm,
)
from tracker.inputs.history import saves_in_words
from tracker.inputs.models import INPUT_STATUS_LABELS, Input
from tracker.inputs.queries import (
    board_figures,
    input_for_page,
    inputs_page,
    linkable_actions,
    my_inputs_page,
    routing_groups,
    strategic_priorities,
)
from tracker.inputs.trail import trail_of
from tracker.meetings.models import Meeting
from tracker.people.models import Group, User
from tracker.people.queries import people_by_name

SECTION = "Input"
PERIODS = {"3-months": ("the last 3 months", 91), "12-months": ("the last 12 months", 365), "all": ("all time", None)}


@blueprint.context_processor
def _helpers():
    return {"trail_of": trail_of, "may": permissions}


def _input(input_id: int, *, route: bool = False) -> Input:
    """The input with its trail, if this person may see it (404) and, for `route`, route it (403)."""
    raised = input_for_page(input_id)
    if raised is None or not permissions.can_view_input(current_user, raised):
        abort(404)
    if route and not permissions.can_route_input(current_user, raised):
        abort(403)
    return raised


def _page_number() -> int:
    return max(request.args.get("page", 1, type=bounded_int), 1)




def _refused(form, error: Exception) -> None:
    db.session.rollback()
    if isinstance(error, StaleDataError):
        error = EditConflict("input")
    show_domain_error(form, error)


# --- lists ---------------------------------------------------------------------------------------


@blueprint.route("/inputs")
@roles(*STAFF)
def index():
    """Input for the people who route it: newest first, by status and group."""
    status = request.args.get("status", "")
    status = status if status in INPUT_STATUS_LABELS else ""
    group_id = request.args.get("group", type=bounded_int)
    page = inputs_page(visible=permissions.inputs_visible_to(current_user), status=status, group_id=group_id,
                       page=_page_number())
    return render_template("inputs/index.html", page=page, status=status, group_id=group_id,
                           groups=routing_groups(), statuses=INPUT_STATUS_LABELS, today=local_today(),
                           title="Input", section=SECTION)


@blueprint.route("/my-input")
@signed_in
def mine():
    page = my_inputs_page(current_user, page=_page_number())
    return render_template("inputs/mine.html", page=page, title="My input", section=SECTION)


@blueprint.route("/inputs/figures")
@roles(*STAFF)
def figures():
    """For the Board: how quickly input gets a first response, and how much has an outcome."""
    period = request.args.get("period", "12-months")
    period = period if period in PERIODS else "12-months"
    label, days = PERIODS[period]
    groups, total = board_figures(since=utcnow() - timedelta(days=days) if days else None, today=local_today())
    return render_template("inputs/figures.html", groups=groups, total=total, period=period, periods=PERIODS,
                           period_label=label, title="Input: figures for the Board", section=SECTION)


# --- raising and recording -----------------------------------------------------------------------


@blueprint.route("/my-input/new", methods=["GET", "POST"])
@signed_in
def new():
    form = RaiseInputForm()
    if form.validate_on_submit():
        try:
            raised = operations.raise_input(by=current_user, what=form.what.data,
                                            why_it_matters=form.why_it_matters.data,
                                            consent_to_contact=form.consent.data == "yes", at=utcnow(),
                                            from_a_page=True)
            db.session.commit()
        except DomainError as error:
            _refused(form, error)
        else:
            flash("Thank you. We have received what you raised and emailed you a copy. We will tell you "
                  "when a group picks it up.", "success")
            return redirect(url_for("inputs.show", input_id=raised.id))
    return render_template("inputs/new.html", form=form, title="Raise something", section=SECTION)


@blueprint.route("/meetings/<int:meeting_id>/input/new", methods=["GET", "POST"])
@signed_in
def record(meeting_id: int):
    meeting = db.session.get(Meeting, meeting_id)
    if meeting is None or not permissions.can_view_meeting(current_user, meeting):
        abort(404)
    if not permissions.can_record_input_at(current_user, meeting):
        abort(403)
    form = RecordInputForm()
    form.person.choices = [("", "Choose a person")] + [(str(p.id), p.name) for p in people_by_name()]
    if form.validate_on_submit():
        who = form.who.data
        try:
            if who == "person" and record_by_id(User, form.person.data) is None:
                raise DomainError("Choose the person who raised it from the list", field="person")
            if who == "named" and not (form.contact_name.data or "").strip():
                raise DomainError("Enter their name, or choose “Someone who did not give their name”",
                                  field="contact_name")
            raised = operations.record_meeting_input(
                meeting=meeting, by=current_user, what=form.what.data, why_it_matters=form.why_it_matters.data,
                raised_by=record_by_id(User, form.person.data) if who == "person" else None,
                contact_name=form.contact_name.data if who == "named" else "",
                contact_email=form.contact_email.data if who == "named" else "",
                anonymous_label=form.anonymous_label.data if who == "anonymous" else "",
                consent_to_contact=form.consent.data == "yes", at=utcnow())
            db.session.commit()
        except DomainError as error:
            _refused(form, error)
        else:
            flash("The input is recorded. Whoever routes input for "
                  f"{meeting.group.name} will pass it on or answer it.", "success")
            return redirect(url_for("inputs.show", input_id=raised.id))
    return render_template("inputs/record.html", form=form, meeting=meeting,
                           title="Record input raised at the meeting", section=SECTION)


# --- one input -----------------------------------------------------------------------------------


@blueprint.route("/inputs/<int:input_id>")
@signed_in
def show(input_id: int):
    raised = _input(input_id)
    can_route = permissions.can_route_input(current_user, raised)
    return render_template(
        "inputs/show.html", input=raised, can_route=can_route, today=local_today(),
        is_contributor=raised.raised_by_id == current_user.id,
        unlink_form=UnlinkActionForm(), unpublish_form=UnpublishForm(),
        title="What you raised" if raised.raised_by_id == current_user.id and not can_route else "Input",
        section=SECTION,
    )


@blueprint.route("/inputs/<int:input_id>/route", methods=["GET", "POST"])
@signed_in
def route(input_id: int):
    raised = _input(input_id, route=True)
    form = RouteForm(version=raised.version, group=str(raised.group_id or ""))
    form.group.choices = [("", "Choose a group")] + [(str(g.id), g.name) for g in routing_groups()]
    conflict = None
    if form.validate_on_submit():
        try:
            operations.route_input(raised, group=record_by_id(Group, form.group.data), by=current_user, at=utcnow(),
                                   version=form.version.data)
            db.session.commit()
        except (DomainError, StaleDataError) as error:
            conflict = refuse_on_form(form, raised, error, fields={"group_id": "group"}, what="input",
                                      words=saves_in_words, clash_fields=operations.ROUTE_FIELDS)
        else:
            flash(f"Passed to {raised.group.name}. The person who raised it has been told.", "success")
            return redirect(url_for("inputs.show", input_id=raised.id))
    return render_template("inputs/route.html", form=form, input=raised, conflict=conflict, conflict_what="input",
                           title="Pass it to a group", section=SECTION)


@blueprint.route("/inputs/<int:input_id>/link-action", methods=["GET", "POST"])
@signed_in
def link_action(input_id: int):
    raised = _input(input_id, route=True)
    choices = linkable_actions(raised)
    form = LinkActionForm()
    form.action.choices = [("", "Choose an action")] + [
        (str(action.id), f"{action.title} ({action.owner.name}, {action.due_label})") for action in choices]
    if form.validate_on_submit():
        action = record_by_id(Action, form.action.data)
        try:
            if action is not None and not permissions.can_view_action(current_user, action):
                action = None
            operations.link_action(raised, action, by=current_user)
            db.session.commit()
        except (DomainError, StaleDataError) as error:
            _refused(form, error)
        else:
            flash(f"Linked “{action.title}”. The person who raised it can follow it.", "success")
            return redirect(url_for("inputs.show", input_id=raised.id))
    return render_template("inputs/link_action.html", form=form, input=raised, has_choices=bool(choices),
                           title="Link an action that answers it", section=SECTION)


@blueprint.route("/inputs/<int:input_id>/actions/<int:action_id>/unlink", methods=["POST"])
@signed_in
def unlink_action(input_id: int, action_id: int):
    raised = _input(input_id, route=True)
    action = next((action for action in raised.actions if action.id == action_id), None) or abort(404)
    form = UnlinkActionForm()
    if form.validate_on_submit():
        operations.unlink_action(raised, action, by=current_user)
        db.session.commit()
        flash(f"“{action.title}” is no longer linked to this input.", "success")
    return redirect(url_for("inputs.show", input_id=raised.id))


@blueprint.route("/inputs/<int:input_id>/new-action", methods=["GET", "POST"])
@signed_in
def new_action(input_id: int):
    raised = _input(input_id, route=True)
    groups = permissions.raisable_groups(current_user)
    if not groups:
        abort(403)
    form = ActionForm(group=str(raised.group_id or ""))
    form.owner.choices = [("", "Choose a person")] + [(str(p.id), p.name) for p in people_by_name()]
    form.group.choices = [(str(group.id), group.name) for group in groups]
    form.fill_tag_choices(tags_by_kind())
    if form.validate_on_submit():
        group = next((group for group in groups if str(group.id) == form.group.data), None)
        next_meeting = form.due_kind.data == "next_meeting"
        tag_ids = form.chosen_tag_ids()
        try:
            action = operations.raise_action_for_input(
                raised, by=current_user, today=local_today(), at=utcnow(), title=form.title.data,
                detail=form.detail.data, owner=record_by_id(User, form.owner.data), group=group,
                due_on=None if next_meeting else form.due_on.data,
                due_at_next_meeting_of=group if next_meeting else None,
                tags=db.session.scalars(db.select(Tag).where(Tag.id.in_(tag_ids))).all() if tag_ids else [])
            db.session.commit()
        except (DomainError, StaleDataError) as error:
            _refused(form, error)
        else:
            flash(f"Action raised: “{action.title}”, owned by {action.owner.name}. It is linked to this input.",
                  "success")
            return redirect(url_for("inputs.show", input_id=raised.id))
    return render_template("inputs/new_action.html", form=form, input=raised,
                           title="Raise an action that answers it", section=SECTION)


@blueprint.route("/inputs/<int:input_id>/answer", methods=["GET", "POST"])
@signed_in
def answer(input_id: int):
    raised = _input(input_id, route=True)
    form = AnswerForm(version=raised.version)
    conflict = None
    if form.validate_on_submit():
        try:
            operations.answer_input(raised, by=current_user, response=form.response.data, at=utcnow(),
                                    version=form.version.data)
            db.session.commit()
        except (DomainError, StaleDataError) as error:
            conflict = refuse_on_form(form, raised, error, fields={"response": "response"}, what="input",
                                      words=saves_in_words, clash_fields=operations.ANSWER_FIELDS)
        else:
            flash("Your answer is sent to the person who raised it.", "success")
            return redirect(url_for("inputs.show", input_id=raised.id))
    return render_template("inputs/answer.html", form=form, input=raised, conflict=conflict, conflict_what="input",
                           title="Answer it", section=SECTION)


@blueprint.route("/inputs/<int:input_id>/publish", methods=["GET", "POST"])
@signed_in
def publish(input_id: int):
    """Write the public wording, preview it exactly as the public will see it, then publish. The
    preview carries the wording in the form, so nothing is saved until "Publish"."""
    raised = _input(input_id, route=True)
    form = PublishForm(data=None if request.method == "POST" else {
        "public_said": raised.public_said, "public_did": raised.public_did or raised.response,
        "public_for_families": raised.public_for_families, "priority": str(raised.priority_tag_id or "")})
    form.priority.choices = [("", "None")] + [(str(tag.id), tag.name) for tag in strategic_priorities()]
    if not form.validate_on_submit() or form.change.data:
        return _wording_page(form, raised)
    priority = record_by_id(Tag, form.priority.data)
    try:
        if form.publish.data:
            operations.publish_outcome(raised, by=current_user, texts=form.texts(), priority=priority,
                                       confirmed=form.confirmed.data, at=utcnow())
            db.session.commit()
            flash("Published on the “You said, we did” page.", "success")
            return redirect(url_for("inputs.show", input_id=raised.id))
        cleaned = operations.preview_outcome(raised, texts=form.texts(), priority=priority)
    except (DomainError, StaleDataError) as error:
        _refused(form, error)
        only_confirmation = form.publish.data and set(form.errors) == {"confirmed"}
        return _preview_page(form, raised, priority) if only_confirmation else _wording_page(form, raised)
    for name, text in cleaned.items():
        getattr(form, name).data = text
    return _preview_page(form, raised, priority)


def _wording_page(form, raised: Input):
    return render_template("inputs/publish.html", form=form, input=raised, title="Publish the outcome",
                           section=SECTION)


def _preview_page(form, raised: Input, priority: Tag | None):
    return render_template("inputs/publish_preview.html", form=form, input=raised, priority=priority,
                           published_on=local_today(), title="Check the public wording", section=SECTION,
                           second_look=problems_for_families(form.public_for_families.data or ""))


@blueprint.route("/inputs/<int:input_id>/unpublish", methods=["POST"])
@signed_in
def unpublish(input_id: int):
    raised = _input(input_id, route=True)
    if UnpublishForm().validate_on_submit():
        try:
            operations.unpublish_outcome(raised, by=current_user)
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            flash(error.message, "info")
        else:
            flash("Taken off the “You said, we did” page.", "success")
    return redirect(url_for("inputs.show", input_id=raised.id))
