"""Meeting pages: the diary, a meeting's record, and the forms that fill it in.

Each view checks access (tracker/permissions.py), calls an operation, commits once, and redirects.
Group pages are in groups.py on the same blueprint.
"""
from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy.orm.exc import StaleDataError

from tracker.actions.models import Action
from tracker.actions.operations import record_matters_arising
from tracker.actions.rag import state_helpers
from tracker.core.access import signed_in
from tracker.core.conflicts import refuse_on_form
from tracker.core.dates import format_datetime, local_today, local_zone, to_local, utcnow
from tracker.core.domain import DomainError
from tracker.core.forms import show_domain_error
from tracker.core.ids import bounded_int, parse_id, record_by_id
from tracker.extensions import db
from tracker.meetings import blueprint, operations
from tracker.meetings.circulation import paper_for
from tracker.meetings.forms import (
    AddAttendeeForm,
    AgendaItemForm,
    CancelMeetingForm,
    ChangeAgendaItemForm,
    ChangeDecisionForm,
    ChangeMeetingForm,
    DecisionForm,
    MattersArisingForm,
    MeetingForm,
    MinutesForm,
    parse_time,
)
from tracker.meetings.history import describe, saves_in_words
from tracker.meetings.invitations import invitation_note
from tracker.meetings.models import PAPER_LABELS, AgendaItem, AttendanceStatus, Decision, Meeting
from tracker.meetings.queries import (
    actions_raised_at,
    circulations_of,
    latest_updates,
    matters_arising_page,
    meeting_for_page,
    meeting_history_query,
    meetings_page,
    minutes_approved_here,
    minutes_awaiting_approval,
    updates_given_at,
)
from tracker.people.models import Group, User
from tracker.people.queries import people_by_name
from tracker.permissions import (
    action_summaries_visible_to,
    can_change_meeting,
    can_view_group,
    can_view_meeting,
    can_view_meeting_detail,
    in_no_group,
    meetings_visible_to,
    raisable_groups,
    runs_group,
)

SECTION = "Meetings"
HISTORY_ON_PAGE = 10


def _meeting(meeting_id: int, *, change: bool = False) -> Meeting:
    """The meeting, if this person may see it (404 otherwise) and, for `change`, record it (403)."""
    meeting = db.session.get(Meeting, meeting_id)
    if meeting is None or not can_view_meeting(current_user, meeting):
        abort(404)
    if change and not can_change_meeting(current_user, meeting):
        abort(403)
    return meeting


def _starts_at(form: MeetingForm) -> datetime | None:
    """The form's date and time, in the partnership's time zone, as a UTC moment."""
    clock = parse_time(form.start_time.data or "")
    if form.starts_on.data is None or clock is None:
        return None
    return datetime.combine(form.starts_on.data, clock, tzinfo=local_zone()).astimezone(UTC)


def _page_number() -> int:
    return max(request.args.get("page", 1, type=bounded_int), 1)


# --- the diary -----------------------------------------------------------------------------------


@blueprint.route("/meetings")
@signed_in
def index():
    upcoming = request.args.get("when", "upcoming") != "past"
    draft_minutes = request.args.get("minutes") == "draft"  # the chair's view links here
    page = meetings_page(visible=meetings_visible_to(current_user), now=utcnow(), upcoming=upcoming,
                         group_id=request.args.get("group", type=bounded_int), draft_minutes=draft_minutes,
                         page=_page_number())
    title = "Upcoming meetings" if upcoming else "Past meetings"
    return render_template("meetings/index.html", page=page, upcoming=upcoming, now=utcnow(),
                           in_no_group=in_no_group(current_user),
                           can_schedule=bool(raisable_groups(current_user, limit=1)),
                           title="Minutes waiting for approval" if draft_minutes else title, section=SECTION)


@blueprint.route("/groups/<int:group_id>/meetings/new", methods=["GET", "POST"])
@signed_in
def new_meeting(group_id: int):
    group = db.session.get(Group, group_id)
    if group is None or not can_view_group(current_user, group):
        abort(404)
    if not runs_group(current_user, group.id):
        abort(403)
    form = MeetingForm(attendance_mode="in_person")
    if form.validate_on_submit():
        try:
            meeting = operations.schedule_meeting(
                group, starts_at=_starts_at(form), location=form.location.data,
                is_online=form.is_online, today=local_today())
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"The meeting on {format_datetime(meeting.starts_at)} is in the diary. "
                  f"{invitation_note(meeting)}", "success")
            return redirect(url_for("meetings.show", meeting_id=meeting.id))
    return render_template("meetings/meeting_form.html", form=form, group=group, meeting=None,
                           title="Schedule a meeting", section=SECTION)


@blueprint.route("/meetings/<int:meeting_id>/edit", methods=["GET", "POST"])
@signed_in
def edit(meeting_id: int):
    meeting = _meeting(meeting_id, change=True)
    local = to_local(meeting.starts_at)
    form = ChangeMeetingForm(
        starts_on=local.date(), start_time=f"{local:%H:%M}", location=meeting.location,
        attendance_mode="online" if meeting.is_online else "in_person", version=meeting.version)
    form.submit.label.text = "Save changes"
    conflict = None
    if form.validate_on_submit():
        try:
            operations.change_meeting(
                meeting, starts_at=_starts_at(form), location=form.location.data, is_online=form.is_online,
                today=local_today(), version=form.version.data)
            db.session.commit()
        except (DomainError, StaleDataError) as error:
            conflict = refuse_on_form(form, meeting, error, fields={"starts_at": "starts_on", "location": "location",
                                                                    "is_online": "attendance_mode"},
                                      what="meeting", words=saves_in_words)
        else:
            moved = meeting.version != form.version.data  # nothing changed: nobody emailed
            flash(f"The meeting's details were saved. {invitation_note(meeting) if moved else ''}", "success")
            return redirect(url_for("meetings.show", meeting_id=meeting.id))
    return render_template("meetings/meeting_form.html", form=form, group=meeting.group, meeting=meeting,
                           conflict=conflict, title="Change the meeting's details", section=SECTION)


@blueprint.route("/meetings/<int:meeting_id>/cancel", methods=["GET", "POST"])
@signed_in
def cancel(meeting_id: int):
    meeting = _meeting(meeting_id, change=True)
    if meeting.is_cancelled:
        flash("This meeting has already been cancelled.")
        return redirect(url_for("meetings.show", meeting_id=meeting.id))
    form = CancelMeetingForm()
    if form.validate_on_submit():
        try:
            operations.cancel_meeting(meeting, reason=form.reason.data)
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"The meeting was cancelled. It stays in the diary with your reason. {invitation_note(meeting)}",
                  "success")
            return redirect(url_for("meetings.show", meeting_id=meeting.id))
    return render_template("meetings/cancel.html", form=form, meeting=meeting,
                           title="Cancel the meeting", section=SECTION)


# --- the meeting's record ------------------------------------------------------------------------


@blueprint.route("/meetings/<int:meeting_id>")
@signed_in
def show(meeting_id: int):
    meeting = meeting_for_page(meeting_id)
    if meeting is None or not can_view_meeting(current_user, meeting):
        abort(404)
    return _render_meeting(meeting)


def _render_meeting(meeting: Meeting, *, form: MattersArisingForm | None = None, failed_action_id=None,
                    approval_error: tuple[int, str] | None = None):
    """The meeting page; also re-shown with a matters-arising row's error and typed text, or with
    why the minutes of an earlier meeting (id, message) could not be approved here."""
    today, now = local_today(), utcnow()
    detail = can_view_meeting_detail(current_user, meeting)
    context = {
        "meeting": meeting, "today": today, "now": now, "detail": detail,
        "can_change": can_change_meeting(current_user, meeting),
        "attended": [a for a in meeting.attendances if a.status == AttendanceStatus.ATTENDED],
        "apologies": [a for a in meeting.attendances if a.status == AttendanceStatus.APOLOGIES],
        "decisions_by_item": _grouped(meeting.decisions, "agenda_item_id"),
        "form": form, "failed_action_id": failed_action_id,
        **state_helpers(today),
        "approved_here": minutes_approved_here(meeting),
    }
    if detail:
        raised, more_raised = actions_raised_at(meeting)
        matters = matters_arising_page(meeting, page=_page_number())
        ids = [action.id for action in matters.items]
        history = db.session.scalars(meeting_history_query(meeting).limit(HISTORY_ON_PAGE + 1)).all()
        context.update(
            raised_by_item=_grouped(raised, "agenda_item_id"),
            raised_by_decision=_grouped(raised, "decision_id"),
            raised_count=len(raised), more_raised=more_raised,
            matters=matters, latest=latest_updates(ids), given_here=updates_given_at(meeting, ids),
            awaiting_approval=minutes_awaiting_approval(meeting) if context["can_change"] else [],
            circulations=circulations_of(meeting), paper_now=PAPER_LABELS[paper_for(meeting, now)],
            history=describe(history[:HISTORY_ON_PAGE], {item.id: item.title for item in meeting.agenda_items}),
            more_history=len(history) > HISTORY_ON_PAGE,
        )
    else:  # a champion in the group: what the group agreed, as a summary
        context["summaries"] = actions_raised_at(meeting, visible=action_summaries_visible_to(current_user))[0]
    if approval_error is not None:
        earlier_id, message = approval_error
        # At that meeting's approve button if the page shows one, else under "Summary and minutes".
        listed = not meeting.is_cancelled and earlier_id in {m.id for m in context.get("awaiting_approval", [])}
        anchor = f"approve-{earlier_id}" if listed else "approve-minutes"
        context.update(approval_error={"anchor": anchor, "text": message},
                       page_errors=[{"text": message, "href": f"#{anchor}"}])
    return render_template("meetings/show.html", title=f"{meeting.group.name} meeting, "
                           f"{meeting.local_start.day} {meeting.local_start:%B %Y}", section=SECTION, **context)


def _grouped(records, key: str) -> dict:
    grouped: dict = {}
    for record in records:
        grouped.setdefault(getattr(record, key), []).append(record)
    return grouped


@blueprint.route("/meetings/<int:meeting_id>/matters-arising/<int:action_id>", methods=["POST"])
@signed_in
def record_update(meeting_id: int, action_id: int):
    """Review at every meeting (docs/rules.md): the update or decision given on an outstanding
    action, without leaving the page."""
    meeting = _meeting(meeting_id, change=True)
    action = db.session.get(Action, action_id)
    if action is None or action.group_id != meeting.group_id:
        abort(404)
    form = MattersArisingForm()
    form.note.id = f"matters-{action.id}-note"  # the error summary links to this row's box
    page = request.args.get("page", 1, type=bounded_int)
    if form.validate_on_submit():
        try:
            record_matters_arising(action, by=current_user, meeting=meeting, note=form.note.data, at=utcnow())
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"The update on “{action.title}” was recorded.", "success")
            return redirect(url_for("meetings.show", meeting_id=meeting.id, page=page if page > 1 else None,
                                    _anchor=f"action-{action.id}"))
    db.session.rollback()
    return _render_meeting(meeting_for_page(meeting.id), form=form, failed_action_id=action.id)


@blueprint.route("/meetings/<int:meeting_id>/history")
@signed_in
def history(meeting_id: int):
    meeting = _meeting(meeting_id)
    if not can_view_meeting_detail(current_user, meeting):
        abort(404)
    page = db.paginate(meeting_history_query(meeting), page=_page_number(), per_page=50, error_out=False)
    events = describe(page.items, {item.id: item.title for item in meeting.agenda_items})
    return render_template("meetings/history.html", meeting=meeting, page=page, events=events,
                           title="Changes to the meeting", section=SECTION)


# --- attendance ----------------------------------------------------------------------------------


@blueprint.route("/meetings/<int:meeting_id>/attendance", methods=["GET", "POST"])
@signed_in
def attendance(meeting_id: int):
    """Everyone in the group with attended / sent apologies / not recorded, saved in one go.
    Every row's problem is shown at its row, with what was chosen kept; nothing is saved until all are fine."""
    meeting = _meeting(meeting_id, change=True)
    members = sorted((m.person for m in meeting.group.memberships), key=lambda person: person.name)
    add_form = _add_attendee_form(meeting, members)
    if request.method == "POST":
        rows = _statuses_from(request.form, meeting, members)
        problems = {}
        for field, person, attendance, status in rows:
            try:
                operations.set_attendance(meeting, person=person, attendance=attendance, status=status,
                                          now=utcnow())
            except DomainError as error:
                problems[field] = error.message
        if not problems:
            db.session.commit()
            flash("Attendance was saved.", "success")
            return redirect(url_for("meetings.show", meeting_id=meeting.id, _anchor="attendance"))
        db.session.rollback()
        return _render_attendance(meeting, members, add_form, problems=problems,
                                  chosen={field: status for field, _person, _attendance, status in rows})
    return _render_attendance(meeting, members, add_form)


def _statuses_from(posted, meeting: Meeting, members: list[User]):
    """(form field, person, existing attendance, new status or None) for every row of the form."""
    existing = {a.person_id: a for a in meeting.attendances if a.person_id}
    rows = []
    for person in members:
        field = f"person-{person.id}"
        rows.append((field, person, existing.get(person.id), posted.get(field) or None))
    for attendance in meeting.attendances:
        if attendance.person_id is None or attendance.person_id not in {p.id for p in members}:
            field = f"attendance-{attendance.id}"
            rows.append((field, attendance.person, attendance, posted.get(field) or None))
    return rows


def _add_attendee_form(meeting: Meeting, members: list[User]) -> AddAttendeeForm:
    form = AddAttendeeForm()
    member_ids = {person.id for person in members}
    form.person.choices = [("", "Choose a person")] + [
        (str(person.id), person.name) for person in people_by_name() if person.id not in member_ids
    ]
    return form


def _render_attendance(meeting, members, add_form, *, problems: dict | None = None, chosen: dict | None = None):
    """`chosen` keeps what was picked on a refused save; `problems` is {row's field: message}."""
    chosen = chosen or {
        **{f"person-{a.person_id}": a.status for a in meeting.attendances if a.person_id},
        **{f"attendance-{a.id}": a.status for a in meeting.attendances},
    }
    others = [a for a in meeting.attendances if a.person_id is None or a.person_id not in {p.id for p in members}]
    problems = problems or {}
    first_row = {}  # one summary line per message; a problem with the whole meeting is said once
    for field, message in problems.items():
        first_row.setdefault(message, field)
    return render_template("meetings/attendance.html", meeting=meeting, members=members, chosen=chosen,
                           today=local_today(),
                           others=others, form=add_form, problems=problems,
                           page_errors=[{"text": message, "href": f"#{field}-attended"}
                                        for message, field in first_row.items()],
                           title="Record attendance", section=SECTION)


@blueprint.route("/meetings/<int:meeting_id>/attendance/add", methods=["POST"])
@signed_in
def add_attendee(meeting_id: int):
    meeting = _meeting(meeting_id, change=True)
    members = sorted((m.person for m in meeting.group.memberships), key=lambda person: person.name)
    form = _add_attendee_form(meeting, members)
    if form.validate_on_submit():
        person = record_by_id(User, form.person.data)
        try:
            operations.set_attendance(meeting, person=person, name="" if person else form.name.data,
                                      status=form.status.data, now=utcnow())
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"{person.name if person else form.name.data.strip()} was added to the attendance.", "success")
            return redirect(url_for("meetings.attendance", meeting_id=meeting.id))
    return _render_attendance(meeting, members, form)


# --- agenda and decisions ------------------------------------------------------------------------


def _agenda_item(meeting: Meeting, item_id: int) -> AgendaItem:
    item = db.session.get(AgendaItem, item_id)
    if item is None or item.meeting_id != meeting.id:
        abort(404)
    return item


@blueprint.route("/meetings/<int:meeting_id>/agenda/new", methods=["GET", "POST"])
@signed_in
def new_agenda_item(meeting_id: int):
    meeting = _meeting(meeting_id, change=True)
    form = AgendaItemForm()
    if form.validate_on_submit():
        try:
            item = operations.add_agenda_item(meeting, title=form.title.data, notes=form.notes.data)
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"“{item.title}” was added to the agenda.", "success")
            return redirect(url_for("meetings.show", meeting_id=meeting.id, _anchor=f"item-{item.id}"))
    return render_template("meetings/agenda_item_form.html", form=form, meeting=meeting, item=None,
                           title="Add an agenda item", section=SECTION)


@blueprint.route("/meetings/<int:meeting_id>/agenda/<int:item_id>/edit", methods=["GET", "POST"])
@signed_in
def edit_agenda_item(meeting_id: int, item_id: int):
    meeting = _meeting(meeting_id, change=True)
    item = _agenda_item(meeting, item_id)
    form = ChangeAgendaItemForm(obj=item)
    form.submit.label.text = "Save changes"
    conflict = None
    if form.validate_on_submit():
        try:
            operations.change_agenda_item(item, title=form.title.data, notes=form.notes.data,
                                          version=form.version.data)
            db.session.commit()
        except (DomainError, StaleDataError) as error:
            conflict = refuse_on_form(form, item, error, fields={"title": "title", "notes": "notes"},
                                      what="agenda item", words=saves_in_words)
        else:
            flash(f"Changes to “{item.title}” were saved.", "success")
            return redirect(url_for("meetings.show", meeting_id=meeting.id, _anchor=f"item-{item.id}"))
    return render_template("meetings/agenda_item_form.html", form=form, meeting=meeting, item=item,
                           conflict=conflict, conflict_what="agenda item", title="Change the agenda item",
                           section=SECTION)


@blueprint.route("/meetings/<int:meeting_id>/agenda/<int:item_id>/move", methods=["POST"])
@signed_in
def move_agenda_item(meeting_id: int, item_id: int):
    meeting = _meeting(meeting_id, change=True)
    item = _agenda_item(meeting, item_id)
    operations.move_agenda_item(item, up=request.form.get("direction") == "up")
    db.session.commit()
    return redirect(url_for("meetings.show", meeting_id=meeting.id, _anchor=f"item-{item.id}"))


def _decision_form(meeting: Meeting, form_class=DecisionForm, **data) -> DecisionForm:
    form = form_class(**data)
    form.agenda_item.choices = [("", "Not under an agenda item")] + [
        (str(item.id), item.title) for item in meeting.agenda_items
    ]
    return form


def _chosen_item(meeting: Meeting, form: DecisionForm) -> AgendaItem | None:
    chosen = form.agenda_item.data
    return _agenda_item(meeting, parse_id(chosen)) if parse_id(chosen) else None


@blueprint.route("/meetings/<int:meeting_id>/decisions/new", methods=["GET", "POST"])
@signed_in
def new_decision(meeting_id: int):
    meeting = _meeting(meeting_id, change=True)
    form = _decision_form(meeting, agenda_item=request.args.get("agenda_item_id", ""))
    if form.validate_on_submit():
        try:
            decision = operations.record_decision(meeting, text=form.text.data,
                                                  agenda_item=_chosen_item(meeting, form), now=utcnow())
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash("The decision was recorded.", "success")
            return redirect(url_for("meetings.show", meeting_id=meeting.id, _anchor=f"decision-{decision.id}"))
    return render_template("meetings/decision_form.html", form=form, meeting=meeting, decision=None,
                           title="Record a decision", section=SECTION)


@blueprint.route("/meetings/<int:meeting_id>/decisions/<int:decision_id>/edit", methods=["GET", "POST"])
@signed_in
def edit_decision(meeting_id: int, decision_id: int):
    meeting = _meeting(meeting_id, change=True)
    decision = db.session.get(Decision, decision_id)
    if decision is None or decision.meeting_id != meeting.id:
        abort(404)
    form = _decision_form(meeting, ChangeDecisionForm, text=decision.text,
                          agenda_item=str(decision.agenda_item_id or ""), version=decision.version)
    form.submit.label.text = "Save changes"
    conflict, titles = None, _agenda_titles(meeting)  # read now: a refused save rolls the session back
    if form.validate_on_submit():
        try:
            operations.change_decision(decision, text=form.text.data, agenda_item=_chosen_item(meeting, form),
                                       version=form.version.data)
            db.session.commit()
        except (DomainError, StaleDataError) as error:
            conflict = refuse_on_form(form, decision, error, fields={"text": "text", "agenda_item_id": "agenda_item"},
                                      what="decision", words=partial(saves_in_words, agenda_titles=titles))
        else:
            flash("Changes to the decision were saved.", "success")
            return redirect(url_for("meetings.show", meeting_id=meeting.id, _anchor=f"decision-{decision.id}"))
    return render_template("meetings/decision_form.html", form=form, meeting=meeting, decision=decision,
                           conflict=conflict, conflict_what="decision", title="Change the decision", section=SECTION)


def _agenda_titles(meeting: Meeting) -> dict[int, str]:
    return {item.id: item.title for item in meeting.agenda_items}


# --- summary and minutes -------------------------------------------------------------------------


@blueprint.route("/meetings/<int:meeting_id>/minutes", methods=["GET", "POST"])
@signed_in
def minutes(meeting_id: int):
    meeting = _meeting(meeting_id, change=True)
    form = MinutesForm(summary=meeting.summary, minutes=meeting.minutes, version=meeting.version)
    conflict = None
    if form.validate_on_submit():
        try:
            operations.save_minutes(meeting, summary=form.summary.data, minutes=form.minutes.data, now=utcnow(),
                                    version=form.version.data)
            db.session.commit()
        except (DomainError, StaleDataError) as error:
            conflict = refuse_on_form(form, meeting, error, fields={"summary": "summary", "minutes": "minutes"},
                                      what="meeting", words=saves_in_words)
        else:
            flash("The summary and minutes were saved.", "success")
            return redirect(url_for("meetings.show", meeting_id=meeting.id, _anchor="minutes"))
    return render_template("meetings/minutes_form.html", form=form, meeting=meeting, conflict=conflict,
                           title="Summary and minutes", section=SECTION)


@blueprint.route("/meetings/<int:meeting_id>/approve-minutes/<int:earlier_id>", methods=["POST"])
@signed_in
def approve_minutes(meeting_id: int, earlier_id: int):
    meeting = _meeting(meeting_id, change=True)
    earlier = db.session.get(Meeting, earlier_id)
    if earlier is None or earlier.group_id != meeting.group_id:
        abort(404)
    try:
        operations.approve_minutes(earlier, at=meeting, today=local_today())
        db.session.commit()
    except DomainError as error:
        db.session.rollback()
        return _render_meeting(meeting_for_page(meeting.id), approval_error=(earlier.id, error.message))
    flash(f"The minutes of the meeting on {earlier.local_start.day} {earlier.local_start:%B %Y} "
          "were approved, and the approval is recorded as a decision of this meeting.", "success")
    return redirect(url_for("meetings.show", meeting_id=meeting.id, _anchor="minutes"))

