"""Group pages (routes on the meetings blueprint): the list, a group's page, and its settings."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from tracker.actions.schedule import default_due_soon_days
from tracker.core.access import signed_in
from tracker.core.dates import format_date, local_today, utcnow
from tracker.core.domain import DomainError
from tracker.core.forms import show_domain_error
from tracker.core.ids import bounded_int, record_by_id
from tracker.extensions import db
from tracker.inputs.operations import DEFAULT_RESPONSE_WORKING_DAYS
from tracker.meetings import blueprint, operations
from tracker.meetings.forms import (
    GROUP_ROLE_CHOICES,
    GROUP_ROLE_HINTS,
    GroupForm,
    MemberForm,
    ReminderSettingsForm,
    ScheduleForm,
)
from tracker.meetings.queries import (
    group_choices,
    group_for_page,
    groups_page,
    meetings_of_group,
    next_meetings_of,
    open_action_counts,
)
from tracker.meetings.schedules import schedule_of, usual_meetings
from tracker.nudges import planner
from tracker.people.models import Group, GroupRole, Membership, User
from tracker.people.queries import group_roles_of, people_by_name
from tracker.permissions import (
    can_create_group,
    can_edit_group,
    can_view_group,
    in_no_group,
    is_admin,
    is_staff,
    runs_group,
)

SECTION = "Groups"
MEETINGS_ON_GROUP_PAGE = 5


def usual_reminder_days() -> dict[str, int]:
    """What a group's empty reminder setting means, read from where each default lives."""
    return {
        "due_soon_working_days": default_due_soon_days(),
        "escalate_after_working_days": planner.ESCALATE_AFTER,
        "input_response_working_days": DEFAULT_RESPONSE_WORKING_DAYS,
    }


def _group(group_id: int, *, edit: bool = False) -> Group:
    group = db.session.get(Group, group_id)
    if group is None or not can_view_group(current_user, group):
        abort(404)
    if edit and not can_edit_group(current_user, group):
        abort(403)
    return group


@blueprint.route("/groups")
@signed_in
def groups():
    include_closed = request.args.get("closed") == "1"
    visible_ids = None if is_staff(current_user) else list(group_roles_of(current_user))
    page = groups_page(visible_ids=visible_ids, include_closed=include_closed,
                       page=max(request.args.get("page", 1, type=bounded_int), 1))
    ids = [group.id for group in page.items]
    return render_template(
        "meetings/groups.html", page=page, include_closed=include_closed,
        next_meetings=next_meetings_of(ids, utcnow()), counts=open_action_counts(ids, local_today()),
        can_create=can_create_group(current_user), in_no_group=in_no_group(current_user), title="Groups",
        section=SECTION)


def _parent_choices(form: GroupForm, group: Group | None) -> None:
    form.parent.choices = [("", "No other group")] + [
        (str(each.id), each.name) for each in group_choices(exclude=group)
    ]


def _parent_from(form: GroupForm) -> Group | None:
    return record_by_id(Group, form.parent.data)


@blueprint.route("/groups/new", methods=["GET", "POST"])
@signed_in
def new_group():
    if not can_create_group(current_user):
        abort(403)
    form = GroupForm()
    _parent_choices(form, None)
    if form.validate_on_submit():
        try:
            group = operations.create_group(
                name=form.name.data, kind=form.kind.data, description=form.description.data,
                meeting_pattern=form.meeting_pattern.data, parent=_parent_from(form), by=current_user)
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            if is_admin(current_user):
                flash(f"{group.name} was created. Now add its chair, secretary and members.", "success")
            else:
                flash(f"{group.name} was created, with you as its chair. Now add its secretary and members, "
                      "and hand the chair on here if someone else will chair it.", "success")
            return redirect(url_for("meetings.group_people", group_id=group.id))
    return render_template("meetings/group_form.html", form=form, group=None,
                           title="Create a group", section=SECTION)


@blueprint.route("/groups/<int:group_id>")
@signed_in
def group(group_id: int):
    group = group_for_page(group_id)
    if group is None or not can_view_group(current_user, group):
        abort(404)
    now = utcnow()
    by_role = {role: [] for role in GroupRole}
    for membership in sorted(group.memberships, key=lambda m: m.person.name):
        by_role[GroupRole(membership.group_role)].append(membership.person)
    return render_template(
        "meetings/group.html", group=group, by_role=by_role, now=now,
        upcoming=meetings_of_group(group.id, now=now, upcoming=True, limit=MEETINGS_ON_GROUP_PAGE),
        past=meetings_of_group(group.id, now=now, upcoming=False, limit=MEETINGS_ON_GROUP_PAGE),
        counts=open_action_counts([group.id], local_today()).get(group.id, (0, 0)),
        staff=is_staff(current_user), can_edit=can_edit_group(current_user, group),
        usual=usual_reminder_days(), usual_meetings=usual_meetings(group),
        can_schedule=runs_group(current_user, group.id) and group.is_active,
        title=group.name, section=SECTION)


@blueprint.route("/groups/<int:group_id>/edit", methods=["GET", "POST"])
@signed_in
def edit_group(group_id: int):
    group = _group(group_id, edit=True)
    form = GroupForm(name=group.name, kind=group.kind, description=group.description,
                     meeting_pattern=group.meeting_pattern, parent=str(group.parent_id or ""),
                     is_active=group.is_active)
    form.submit.label.text = "Save changes"
    _parent_choices(form, group)
    if form.validate_on_submit():
        try:
            operations.change_group(
                group, name=form.name.data, kind=form.kind.data, description=form.description.data,
                meeting_pattern=form.meeting_pattern.data, parent=_parent_from(form),
                is_active=form.is_active.data)
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"Changes to {group.name} were saved.", "success")
            return redirect(url_for("meetings.group", group_id=group.id))
    return render_template("meetings/group_form.html", form=form, group=group,
                           title=f"Change {group.name}", section=SECTION)


def _member_form(group: Group, **kwargs) -> MemberForm:
    form = MemberForm(**kwargs)
    in_group = {membership.person_id for membership in group.memberships}
    form.person.choices = [("", "Choose a person")] + [
        (str(person.id), f"{person.name} ({person.email})") for person in people_by_name()
        if person.id not in in_group
    ]
    return form


@blueprint.route("/groups/<int:group_id>/people", methods=["GET", "POST"])
@signed_in
def group_people(group_id: int):
    """The chair or co-chairs, secretary, leads and members, and adding someone."""
    group = _group(group_id, edit=True)
    form = _member_form(group)
    if form.validate_on_submit():
        person = record_by_id(User, form.person.data)
        try:
            operations.add_member(group, person=person, group_role=form.group_role.data)
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"{person.name} was added to {group.name}.", "success")
            return redirect(url_for("meetings.group_people", group_id=group.id))
    return _render_people(group, form)


def _render_people(group: Group, form, *, failed: tuple[int, str] | None = None):
    """The people page; `failed` (membership id, message) shows why a role change was refused, at
    that person's role."""
    memberships = sorted(group.memberships, key=lambda m: (list(GroupRole).index(m.group_role), m.person.name))
    page_errors = [{"text": failed[1], "href": f"#role-{failed[0]}"}] if failed else []
    return render_template("meetings/group_people.html", group=group, form=form, memberships=memberships,
                           role_choices=GROUP_ROLE_CHOICES, role_hints=GROUP_ROLE_HINTS,
                           failed=dict([failed]) if failed else {}, page_errors=page_errors,
                           title=f"People in {group.name}", section=SECTION)


@blueprint.route("/groups/<int:group_id>/people/<int:membership_id>", methods=["POST"])
@signed_in
def change_member(group_id: int, membership_id: int):
    group = _group(group_id, edit=True)
    membership = db.session.get(Membership, membership_id)
    if membership is None or membership.group_id != group.id:
        abort(404)
    name = membership.person.name
    try:
        if request.form.get("remove"):
            operations.remove_member(membership)
            message = f"{name} was removed from {group.name}."
        else:
            operations.change_member_role(membership, group_role=request.form.get("group_role", ""))
            message = f"{name} is now {membership.group_role_label.lower()} of {group.name}."
        db.session.commit()
    except DomainError as error:
        db.session.rollback()
        return _render_people(group, _member_form(group, formdata=None), failed=(membership.id, error.message))
    flash(message, "success")
    return redirect(url_for("meetings.group_people", group_id=group.id))


@blueprint.route("/groups/<int:group_id>/reminders", methods=["GET", "POST"])
@signed_in
def group_reminders(group_id: int):
    """The group's nudge settings (rule: follow up promptly), which its chair may tune."""
    group = _group(group_id, edit=True)
    fields = ReminderSettingsForm.FIELDS
    form = ReminderSettingsForm(
        **{name: "" if getattr(group, name) is None else str(getattr(group, name)) for name in fields})
    if form.validate_on_submit():
        try:
            operations.change_reminder_settings(group, **{name: form.days(name) for name in fields})
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"Reminder settings for {group.name} were saved.", "success")
            return redirect(url_for("meetings.group", group_id=group.id))
    return render_template("meetings/group_reminders.html", form=form, group=group,
                           usual=usual_reminder_days(),
                           title="Reminder settings", section=SECTION)



def _schedule_form(group: Group) -> ScheduleForm:
    """The form, filled in with the group's schedule if it has one."""
    schedule = schedule_of(group)
    if schedule is None:
        return ScheduleForm(attendance_mode="in_person")
    return ScheduleForm(
        frequency=schedule.frequency, interval=str(schedule.interval), weekday=str(schedule.weekday),
        week_of_month="" if schedule.week_of_month is None else str(schedule.week_of_month),
        start_time=f"{schedule.clock:%H:%M}", starts_on=schedule.starts_on, ends_on=schedule.ends_on,
        skips_bank_holidays=schedule.skips_bank_holidays, skips_august=schedule.skips_august,
        attendance_mode="online" if group.schedule_is_online else "in_person", location=group.schedule_location)


@blueprint.route("/groups/<int:group_id>/schedule", methods=["GET", "POST"])
@signed_in
def group_schedule(group_id: int):
    """When the group usually meets, as a rule that puts its next meetings in the diary."""
    group = _group(group_id, edit=True)
    form = _schedule_form(group)
    if form.validate_on_submit():
        try:
            made = operations.set_schedule(group, **form.choices(), now=utcnow())
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(_schedule_saved(group, made), "success")
            return redirect(url_for("meetings.group", group_id=group.id))
    return render_template("meetings/group_schedule.html", form=form, group=group,
                           horizon=operations.diary_horizon_months(),
                           title="Meeting schedule", section=SECTION)


def _schedule_saved(group: Group, made: list) -> str:
    if not group.schedule_rule:
        return f"{group.name} has no regular meetings now. Schedule each meeting yourself."
    added = (f"{len(made)} meeting{'' if len(made) == 1 else 's'} put in the diary, up to "
             f"{format_date(made[-1].starts_on)}." if made else "No new meetings were needed in the diary.")
    return f"{group.name} now meets: {usual_meetings(group)}. {added}"
