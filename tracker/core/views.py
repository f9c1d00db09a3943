from datetime import timedelta

from flask import current_app, redirect, render_template, url_for
from flask_login import current_user

from tracker.actions.queries import owned_open_counts
from tracker.core import blueprint
from tracker.core.access import public
from tracker.core.dates import local_today, utcnow
from tracker.core.health import health_problems
from tracker.inputs.queries import raised_counts
from tracker.meetings.queries import next_meetings_of_my_groups
from tracker.people.invitations import life_in_words
from tracker.people.models import Role
from tracker.permissions import is_staff
from tracker.reports.chair_view import chaired_groups


@blueprint.route("/")
@public  # signed-out visitors are sent to sign in
def home():
    """Where a person starts: what they owe, what needs a look in the groups they chair, and their
    groups' next meetings."""
    if not current_user.is_authenticated:
        return redirect(url_for("people.login"))
    today, now = local_today(), utcnow()
    chaired = chaired_groups(current_user, today=today, now=now) if is_staff(current_user) else []
    # A champion comes to raise what matters to families and see what became of it (My input).
    raised = raised_counts(current_user) if current_user.role == Role.CHAMPION else None
    return render_template(
        "core/home.html", title="Home", counts=owned_open_counts(current_user, today=today), raised=raised,
        chaired=chaired, today=today, meetings=next_meetings_of_my_groups(current_user, now=now),
    )


@blueprint.route("/accessibility")
@public
def accessibility():
    return render_template("core/accessibility.html")


@blueprint.route("/privacy")
@public
def privacy():
    """What the service holds about people, why, for how long, and how to ask for a copy or erasure."""
    contact_keep = life_in_words(timedelta(days=current_app.config["CONTACT_EMAIL_RETENTION_DAYS"]))
    return render_template("core/privacy.html", title="Privacy notice", contact_keep=contact_keep,
                           privacy_contact=current_app.config["PRIVACY_CONTACT_EMAIL"])


@blueprint.route("/healthz")
@public
def healthz():
    """For load balancers and monitoring: 503 with what is wrong, in words, or 200."""
    checks = health_problems(utcnow())
    healthy = all(value == "ok" for value in checks.values())
    return {"status": "ok" if healthy else "unavailable", **checks}, 200 if healthy else 503
