from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user

from tracker.core.access import public, signed_in
from tracker.extensions import db, limiter
from tracker.people import blueprint
from tracker.people.auth import (
    authenticate,
    end_session,
    is_safe_next,
    sign_in_account_limit,
    sign_in_address_limit,
    wrong_guess,
)
from tracker.people.forms import LoginForm
from tracker.people.models import normalise_email
from tracker.people.two_step_pages import sign_in


def _account_tried() -> str:
    return "sign-in:" + normalise_email(request.form.get("email", ""))


# Wrong passwords are limited per account (guesses spread over many addresses) and, more loosely,
# per address (one address guessing many accounts; a council office shares one address).
@blueprint.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(sign_in_account_limit, methods=["POST"], key_func=_account_tried, deduct_when=wrong_guess)
@limiter.limit(sign_in_address_limit, methods=["POST"], deduct_when=wrong_guess)
@public
def login():
    target = request.args.get("next", "")
    if current_user.is_authenticated:  # a link followed from an email while already signed in
        return redirect(target if is_safe_next(target) else url_for("core.home"))
    form = LoginForm(next=target)
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is None:
            form.email.errors.append("The email address or password is not right")
        else:
            return sign_in(user, form.next.data)  # or first asks for the two-step code
    return render_template("people/login.html", form=form)


@blueprint.route("/sign-out", methods=["POST"])
@signed_in
def logout():
    end_session()
    db.session.commit()
    flash("You have signed out.", "success")
    return redirect(url_for("people.login"))
