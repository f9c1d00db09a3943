"""The decisions register's pages: the list with its filters and exports, and the page that tags
a decision and marks it superseded. Each view checks access (tracker/permissions.py), calls a
query or an operation, commits at most once."""
from __future__ import annotations

from flask import (
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from flask_login import current_user
from sqlalchemy.orm.exc import StaleDataError

from tracker.actions.queries import tags_by_kind
from tracker.actions.rag import state_helpers
from tracker.core.access import signed_in
from tracker.core.conflicts import refuse_on_form
from tracker.core.dates import format_date, local_today, utcnow
from tracker.core.domain import DomainError, EditConflict
from tracker.core.ids import bounded_int, parse_id
from tracker.core.models import Tag
from tracker.decisions import blueprint, operations
from tracker.decisions.forms import (
    DecisionLinksForm,
    ForFamiliesForm,
    RegisterFilterForm,
    UnpublishDecisionForm,
)
from tracker.decisions.queries import decision_by_id, later_decisions_of_group, register_page
from tracker.extensions import db
from tracker.meetings.history import saves_in_words
from tracker.meetings.models import Decision
from tracker.people.models import Group
from tracker.permissions import (
    action_summaries_visible_to,
    can_change_decision,
    can_view_action,
    can_view_decision,
    decisions_visible_to,
    groups_visible_to,
    in_no_group,
    is_staff,
)
from tracker.reports import decision_exports
from tracker.reports.exports import file_chunks
from tracker.reports.queries import FilterChoices, filter_choices

blueprint.add_app_template_filter(operations.superseded_note, "superseded_note")
blueprint.add_app_template_filter(operations.superseded_word, "superseded_word")

SECTION = "Meetings"  # decisions are part of the meetings record (and the menu item sits beside Meetings)


def _filter_form() -> RegisterFilterForm:
    """The filters from the URL; a champion is offered only the groups they belong to."""
    choices = filter_choices()
    if not is_staff(current_user):
        mine = set(db.session.scalars(db.select(Group.id).where(groups_visible_to(current_user))))
        choices = FilterChoices(groups=[group for group in choices.groups if group.id in mine],
                                organisations=[], tags=choices.tags)
    return RegisterFilterForm(request.args, choices)


def _export_args() -> dict:
    return {key: request.args.getlist(key) for key in request.args if key != "page"}


REGISTER_ARGS = ("q", "group", "made_from", "made_to", "tag", "without_actions", "page")


def _register_view() -> dict:
    """The register's filters and page, carried to the edit page and back, so saving returns the
    person to the view they came from."""
    return {key: request.args.getlist(key) for key in REGISTER_ARGS if key in request.args}


@blueprint.route("/decisions")
@signed_in
def index():
    form = _filter_form()
    filters = form.filters()
    page = register_page(filters, visible=decisions_visible_to(current_user),
                         visible_actions=action_summaries_visible_to(current_user),
                         page=request.args.get("page", 1, type=bounded_int),
                         per_page=current_app.config["PAGE_SIZE"])
    return render_template("decisions/index.html", form=form, page=page,
                           export_args=_export_args(), register_view=_register_view(),
                           can_view_action=lambda action: can_view_action(current_user, action),
                           can_publish=lambda decision: (can_change_decision(current_user, decision)
                                                         and operations.made_yet(decision, local_today())),
                           can_mark=lambda decision: operations.can_mark_superseded(current_user, decision),
                           in_no_group=in_no_group(current_user),
                           **state_helpers(local_today()), title="Decisions", section=SECTION)


@blueprint.route("/decisions.csv")
@signed_in
def register_csv():
    return _download("csv", stream_with_context(decision_exports.csv_lines(**_export_scope())))


@blueprint.route("/decisions.xlsx")
@signed_in
def register_xlsx():
    return _download("xlsx", file_chunks(decision_exports.xlsx_file(**_export_scope())))


EXPORT_TYPES = {"csv": "text/csv", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _export_scope() -> dict:
    """The whole filtered register, as this person may see it (every page, not just one)."""
    return {"filters": _filter_form().filters(), "visible": decisions_visible_to(current_user),
            "visible_actions": action_summaries_visible_to(current_user)}


def _download(extension: str, body) -> Response:
    name = decision_exports.decisions_file_name(local_today(), extension)
    return Response(body, mimetype=EXPORT_TYPES[extension],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@blueprint.route("/decisions/<int:decision_id>/edit", methods=["GET", "POST"])
@signed_in
def edit(decision_id: int):
    """Tag a decision and say whether a later one superseded it: whoever records its meeting."""
    decision = _decision_to_change(decision_id, may=operations.can_mark_superseded)
    later = later_decisions_of_group(decision, operations.groups_that_may_supersede(decision, current_user))
    form = DecisionLinksForm(superseded_by=str(decision.superseded_by_id or ""),
                             superseded_how=decision.superseded_how, version=decision.version)
    form.fill_tag_choices(tags_by_kind())
    own_group = decision.meeting.group_id
    form.superseded_by.choices = [("", "No, it still stands")] + [
        (str(each.id), f"{format_date(each.meeting.starts_on)}"
                       f"{'' if each.meeting.group_id == own_group else ', ' + each.meeting.group.name}: "
                       f"{each.text[:120]}") for each in later]
    if request.method == "GET":
        form.show_tags(decision.tags)
    conflict = None
    if form.validate_on_submit():
        try:
            operations.change_decision_links(decision, tags=_chosen_tags(form), superseded_by=_chosen_decision(form),
                                              how=form.superseded_how.data or None, by=current_user, at=utcnow(),
                                              version=form.version.data)
            db.session.commit()
        except (DomainError, StaleDataError) as error:
            tags_at = next((field.name for field in (form.priorities, form.values, form.outcomes)
                            if field.choices), None)  # the tags' first question on the page
            conflict = refuse_on_form(form, decision, error, fields={
                "superseded_by_id": "superseded_by", "tags": tags_at, "superseded_how": "superseded_how"},
                what="decision", words=saves_in_words)
        else:
            flash("The decision's tags and status were saved.", "success")
            return redirect(url_for("decisions.index", _anchor=f"decision-{decision.id}", **_register_view()))
    return render_template("decisions/edit.html", form=form, decision=decision, register_view=_register_view(),
                           conflict=conflict, conflict_what="decision",
                           title="Tag the decision or mark it superseded", section=SECTION)


def _chosen_tags(form: DecisionLinksForm) -> list[Tag]:
    ids = form.chosen_tag_ids()
    return db.session.scalars(db.select(Tag).where(Tag.id.in_(ids))).all() if ids else []


def _chosen_decision(form: DecisionLinksForm) -> Decision | None:
    """The later decision chosen, or None for "it still stands". An id that is no decision at
    all is refused at the field, as the operation refuses one that is not later."""
    value = (form.superseded_by.data or "").strip()
    if not value:
        return None
    chosen = decision_by_id(parse_id(value)) if parse_id(value) else None
    if chosen is None:
        raise DomainError("Choose a later decision from the list", field="superseded_by")
    return chosen


# --- what this means for families ----------------------------------------------------------------


def _decision_to_change(decision_id: int, may=can_change_decision) -> Decision:
    """The decision, if this person may see it (404) and change it (403): whoever runs its group
    (or, to mark it superseded, a group above it)."""
    decision = decision_by_id(decision_id)
    if decision is None or not can_view_decision(current_user, decision):
        abort(404)
    if not may(current_user, decision):
        abort(403)
    return decision


def _families_view() -> dict:
    """What the families form carries through publishing and taking it off, to lead back where it
    was opened from: back=meeting from the meeting page, else the register's filters and page."""
    return {"back": "meeting"} if request.args.get("back") == "meeting" else _register_view()


def _families_back(decision: Decision) -> str:
    if request.args.get("back") == "meeting":
        return url_for("meetings.show", meeting_id=decision.meeting_id, _anchor=f"decision-{decision.id}")
    return url_for("decisions.index", _anchor=f"decision-{decision.id}", **_register_view())


@blueprint.route("/decisions/<int:decision_id>/for-families", methods=["GET", "POST"])
@signed_in
def for_families(decision_id: int):
    """Write what the decision means for families and publish it on the public "What we decided"
    page. A summary that may be hard to read gets a second look page first."""
    decision = _decision_to_change(decision_id)
    form = ForFamiliesForm(data=None if request.method == "POST" else {"for_families": decision.for_families,
                                                                       "version": decision.version})
    conflict = None
    if form.validate_on_submit() and not form.change.data:
        try:
            operations.publish_for_families(decision, text=form.for_families.data, at=utcnow(),
                                            second_look_taken=form.second_look_taken.data == "yes",
                                            version=form.version.data)
            db.session.commit()
        except (DomainError, StaleDataError) as error:
            conflict = refuse_on_form(form, decision, error, fields={"for_families": "for_families", "published_at": None},
                                      what="decision", words=saves_in_words)
        except operations.SecondLookNeeded as needed:
            form.for_families.data, form.second_look_taken.data = needed.text, "yes"
            return render_template("decisions/for_families_check.html", form=form, decision=decision,
                                   second_look=needed.problems, published_on=local_today(),
                                   title="Have a second look before you publish", section=SECTION)
        else:
            flash("Published on the “What we decided” page.", "success")
            return redirect(url_for("decisions.for_families", decision_id=decision.id, **_families_view()))
    return render_template("decisions/for_families.html", form=form, decision=decision,
                           unpublish_form=UnpublishDecisionForm(formdata=None, version=decision.version),
                           families_view=_families_view(),
                           back_url=_families_back(decision), register_view=_register_view(),
                           conflict=conflict, conflict_what="decision",
                           title="What this means for families", section=SECTION)


@blueprint.route("/decisions/<int:decision_id>/for-families/unpublish", methods=["POST"])
@signed_in
def unpublish_for_families(decision_id: int):
    decision = _decision_to_change(decision_id)
    form = UnpublishDecisionForm()
    if form.validate_on_submit():
        try:
            operations.unpublish_for_families(decision, version=form.version.data)
            db.session.commit()
        except (DomainError, StaleDataError) as error:
            db.session.rollback()
            flash(error.message if isinstance(error, DomainError) else EditConflict("decision").message, "info")
        else:
            flash("Taken off the “What we decided” page.", "success")
    return redirect(url_for("decisions.for_families", decision_id=decision.id, **_families_view()))
