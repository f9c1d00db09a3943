from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import text

from tracker.core.access import public
from tracker.extensions import db

blueprint = Blueprint("core", __name__)


@blueprint.route("/")
@public  # signed-out visitors are sent to sign in
def home():
    if not current_user.is_authenticated:
        return redirect(url_for("people.login"))
    return render_template("core/home.html")


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
