"""Admin pages for a person's data: everything held about them, as a summary and as JSON."""
from flask import Response, flash, json, redirect, render_template, url_for
from flask_wtf import FlaskForm

from tracker.core.access import roles
from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.people import blueprint
from tracker.people.models import Role, User
from tracker.people.personal_data import erase_person, personal_data


@blueprint.route("/people/<int:person_id>/data")
@roles(Role.ADMIN)
def person_data(person_id: int):
    person = db.get_or_404(User, person_id)
    return render_template("people/personal_data.html", person=person, data=personal_data(person),
                           title=f"Data held about {person.name}", section="People")


@blueprint.route("/people/<int:person_id>/data.json")
@roles(Role.ADMIN)
def person_data_json(person_id: int):
    person = db.get_or_404(User, person_id)
    body = json.dumps(personal_data(person), indent=2, ensure_ascii=False)
    return Response(body, mimetype="application/json", headers={
        "Content-Disposition": f'attachment; filename="person-{person.id}-data.json"'})


@blueprint.route("/people/<int:person_id>/erase", methods=["GET", "POST"])
@roles(Role.ADMIN)
def erase(person_id: int):
    """A confirmation page; erasing happens only when its button is pressed (a POST with CSRF)."""
    person = db.get_or_404(User, person_id)
    form, problem = FlaskForm(), None
    if form.validate_on_submit():
        try:
            erase_person(person)
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            problem = error.message
        else:
            flash("Their name, email and what they wrote were replaced with “a former member”.", "success")
            return redirect(url_for("people.index"))
    return render_template("people/erase.html", person=person, form=form, problem=problem,
                           title=f"Erase {person.name}", section="People")
