"""Admin pages for people and organisations (routes on the people blueprint)."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm

from tracker.core.access import roles, signed_in
from tracker.core.domain import DomainError
from tracker.core.forms import show_domain_error
from tracker.core.ids import bounded_int, record_by_id
from tracker.extensions import db
from tracker.people import blueprint, operations
from tracker.people.admin_forms import ROLE_CHOICES, ROLE_HINTS, InviteForm, OrganisationForm, PersonForm
from tracker.people.invitations import (
    INVITATION,
    LASTS,
    ROLES_A_CHAIR_MAY_GIVE,
    invite_new_person,
    invite_person,
)
from tracker.people.models import GroupRole, Organisation, Role, User
from tracker.people.queries import active_groups, organisations_by_name, people_page
from tracker.people.two_step import two_step_of
from tracker.permissions import can_edit_group, is_admin

SECTION = "People"


def _organisation_choices(form: PersonForm | InviteForm) -> None:
    form.organisation.choices = [("", "No organisation")] + [
        (str(organisation.id), organisation.name) for organisation in organisations_by_name()
    ]


def _organisation_from(form: PersonForm | InviteForm) -> Organisation | None:
    return record_by_id(Organisation, form.organisation.data)


@blueprint.route("/people")
@roles(Role.ADMIN)
def index():
    search = request.args.get("q", "").strip()
    page = people_page(search=search, page=request.args.get("page", 1, type=bounded_int))
    return render_template("people/index.html", page=page, search=search, title="People", section=SECTION)


@blueprint.route("/people/new", methods=["GET", "POST"])
@roles(Role.ADMIN)
def new_person():
    form = PersonForm(role=Role.MEMBER.value)
    _organisation_choices(form)
    if form.validate_on_submit():
        try:
            person = operations.create_person(
                email=form.email.data, name=form.name.data, role=form.role.data,
                organisation=_organisation_from(form), job_title=form.job_title.data or "",
            )
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"{person.name} was added.", "success")
            return redirect(url_for("people.index"))
    return render_template("people/person_form.html", form=form, role_hints=ROLE_HINTS,
                           title="Add a person", section=SECTION, person=None)


@blueprint.route("/people/invite", methods=["GET", "POST"])
@signed_in
def invite():
    """Admins invite anyone; a group's chair invites people into their group."""
    admin = is_admin(current_user)
    groups = [group for group in active_groups() if can_edit_group(current_user, group)]
    if not admin and not groups:
        abort(403)
    form = InviteForm(group=request.args.get("group", ""), role=Role.MEMBER.value, group_role=GroupRole.MEMBER.value)
    _organisation_choices(form)
    form.role.choices = ROLE_CHOICES if admin else [choice for choice in ROLE_CHOICES if choice[0] in ROLES_A_CHAIR_MAY_GIVE]
    form.group.choices = [("", "No group" if admin else "Choose a group")] + [(str(g.id), g.name) for g in groups]
    if form.validate_on_submit():
        group = next((group for group in groups if str(group.id) == form.group.data), None)
        try:
            person = invite_new_person(
                email=form.email.data, name=form.name.data, role=form.role.data, by=current_user,
                organisation=_organisation_from(form), group=group, group_role=form.group_role.data,
            )
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"{person.name} was invited: an email with a link to set their password is on its way "
                  f"to {person.email}.", "success")
            if group is not None and not admin:
                return redirect(url_for("meetings.group_people", group_id=group.id))
            return redirect(url_for("people.index"))
    return render_template("people/invite.html", form=form, role_hints=ROLE_HINTS, admin=admin,
                           invitation_lasts=LASTS[INVITATION], title="Invite a person", section=SECTION)


@blueprint.route("/people/<int:person_id>/invite", methods=["POST"])
@roles(Role.ADMIN)
def invite_again(person_id: int):
    """A new invitation for someone who has not set a password (the last one expired or was lost)."""
    person = db.session.get(User, person_id) or abort(404)
    if not FlaskForm().validate_on_submit():  # the CSRF token
        abort(400)
    try:
        invite_person(person, by=current_user)
        db.session.commit()
    except DomainError as error:
        db.session.rollback()
        flash(error.message)
    else:
        flash(f"A new invitation is on its way to {person.email}. Earlier links still work until they expire, "
              "and all stop once a password is set.", "success")
    return redirect(url_for("people.edit_person", person_id=person.id))


@blueprint.route("/people/<int:person_id>/edit", methods=["GET", "POST"])
@roles(Role.ADMIN)
def edit_person(person_id: int):
    person = db.session.get(User, person_id) or abort(404)
    form = PersonForm(obj=person, organisation=str(person.organisation_id or ""))
    _organisation_choices(form)
    if form.validate_on_submit():
        try:
            operations.update_person(
                person, name=form.name.data,
                email=form.email.data, role=form.role.data, job_title=form.job_title.data or "",
                organisation=_organisation_from(form), is_active=form.is_active.data,
            )
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"Changes to {person.name} were saved.", "success")
            return redirect(url_for("people.index"))
    return render_template("people/person_form.html", form=form, role_hints=ROLE_HINTS,
                           title=f"Edit {person.name}", section=SECTION, person=person,
                           two_step_on=two_step_of(person) is not None)


@blueprint.route("/organisations", methods=["GET", "POST"])
@roles(Role.ADMIN)
def organisations():
    form = OrganisationForm()
    if form.validate_on_submit():
        try:
            organisation = operations.create_organisation(
                name=form.name.data, short_name=form.short_name.data or "", kind=form.kind.data)
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"{organisation.name} was added.", "success")
            return redirect(url_for("people.organisations"))
    return render_template("people/organisations.html", form=form, organisations=organisations_by_name(),
                           title="Organisations", section=SECTION)
