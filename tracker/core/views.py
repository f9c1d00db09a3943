from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import text

from tracker.actions.models import owned_open_counts
from tracker.actions.rag import DUE_SOON_WORKING_DAYS
from tracker.core.access import public
from tracker.core.dates import add_working_days, local_today, utcnow
from tracker.extensions import db
from tracker.meetings.models import next_meetings_of_my_groups

blueprint = Blueprint("core", __name__)


@blueprint.route("/")
@public  # signed-out visitors are sent to sign in
def home():
    """Where a person starts: what they owe, and their groups' next meetings."""
    if not current_user.is_authenticated:
        return redirect(url_for("people.login"))
    today = local_today()
    due_soon_by = add_working_days(today, DUE_SOON_WORKING_DAYS)
    return render_template(
        "core/home.html", title="Home", due_soon_by=due_soon_by,
        counts=owned_open_counts(current_user, today=today, due_soon_by=due_soon_by),
        meetings=next_meetings_of_my_groups(current_user, now=utcnow()),
    )


@blueprint.route("/accessibility")
@public
def accessibility():
    return render_template("core/accessibility.html")


@blueprint.route("/healthz")
@public
def healthz():
    try:
        db.session.execute(text("SELECT 1"))
    except Exception as error:  # any failure to answer means unhealthy
        db.session.rollback()
        return {"status": "unavailable", "database": type(error).__name__}, 503
    return {"status": "ok", "database": "ok"}, 200
