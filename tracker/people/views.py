from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from tracker.core.access import public, signed_in
from tracker.extensions import db, limiter
from tracker.people.auth import authenticate, end_session, is_safe_next, start_session
from tracker.people.forms import LoginForm

blueprint = Blueprint("people", __name__)


def _login_limit() -> str:
    from flask import current_app

    return current_app.config["LOGIN_RATE_LIMIT"]


@blueprint.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
@public
def login():
    if current_user.is_authenticated:
        return redirect(url_for("core.home"))
    form = LoginForm(next=request.args.get("next", ""))
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is None:
            form.email.errors.append("The email address or password is not right")
        else:
            start_session(user)
            db.session.commit()
            target = form.next.data
            return redirect(target if is_safe_next(target) else url_for("core.home"))
    return render_template("people/login.html", form=form)


@blueprint.route("/sign-out", methods=["POST"])
@signed_in
def logout():
    end_session()
    db.session.commit()
    flash("You have signed out.", "success")
    return redirect(url_for("people.login"))

# The admin pages, invitations and password resets register on this blueprint.
from tracker.people import admin, password_pages  # noqa: E402,F401
