"""Admin pages for a person's data: everything held about them, as a summary and as JSON."""
from flask import Response, json, render_template

from tracker.core.access import roles
from tracker.extensions import db
from tracker.people.models import Role, User
from tracker.people.personal_data import personal_data
from tracker.people.views import blueprint


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
