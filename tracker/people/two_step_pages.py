"""Two-step sign-in pages (routes on the people blueprint): the code asked for after the password,
turning it on from your account, and an admin resetting someone's after a lost phone.

Between the password and the code, the session holds only who is waiting, for a few minutes: it
is not signed in, so no page but this one opens. The rules are in two_step.py.
"""
from __future__ import annotations

from datetime import timedelta

from flask import abort, flash, redirect, render_template, request, session, url_for
from flask_login import current_user

from tracker.core.access import public, roles, signed_in
from tracker.core.dates import utcnow
from tracker.core.domain import DomainError
from tracker.core.forms import show_domain_error
from tracker.extensions import db, limiter
from tracker.people import blueprint, two_step
from tracker.people.auth import (
    is_safe_next,
    sign_in_account_limit,
    sign_in_address_limit,
    start_session,
    wrong_guess,
)
from tracker.people.forms import TwoStepCodeForm
from tracker.people.models import Role, User

WAITING = "two_step_waiting"  # {"person", "version", "at", "next"}: the password was right
CHECKED = "two_step_checked"  # this session's admin has two-step sign-in (asked once per session)
WAIT_FOR_CODE = timedelta(minutes=5)
SECTION = "Your account"
# What an admin who must set up two-step sign-in can still open before they do.
OPEN_BEFORE_SET_UP = {"people.two_step_settings", "people.start_two_step", "people.set_up_two_step", "people.logout",
                      "static", "core.accessibility", "core.privacy"}


def sign_in(person: User, next_target: str = ""):
    """The password (or a link from an email) was right: sign in now, or first ask for the code."""
    if two_step.has_two_step(person):
        session.clear()
        session[WAITING] = {"person": person.id, "version": person.session_version,
                            "at": int(utcnow().timestamp()), "next": next_target}
        return redirect(url_for("people.two_step_code"))
    start_session(person)
    session[CHECKED] = not two_step.must_set_up_two_step(person)
    db.session.commit()
    if not session[CHECKED]:
        return redirect(url_for("people.two_step_settings"))
    return redirect(next_target if is_safe_next(next_target) else url_for("core.home"))


def _person_waiting() -> User | None:
    waiting = session.get(WAITING)
    if not isinstance(waiting, dict) or utcnow().timestamp() - waiting.get("at", 0) > WAIT_FOR_CODE.total_seconds():
        return None
    person = db.session.get(User, waiting.get("person"))
    if person is None or not person.is_active or person.session_version != waiting.get("version"):
        return None
    return person


def _waiting_key() -> str:
    waiting = session.get(WAITING)
    return f"two-step:{waiting.get('person') if isinstance(waiting, dict) else ''}"


# Wrong codes are limited as wrong passwords are: per person waiting, and per address.
@blueprint.route("/sign-in/code", methods=["GET", "POST"])
@limiter.limit(sign_in_account_limit, methods=["POST"], key_func=_waiting_key, deduct_when=wrong_guess)
@limiter.limit(sign_in_address_limit, methods=["POST"], deduct_when=wrong_guess)
@public
def two_step_code():
    person = _person_waiting()
    if person is None:
        session.pop(WAITING, None)
        flash("Sign in again: the page asking for your code waits only "
              f"{int(WAIT_FOR_CODE.total_seconds() // 60)} minutes.")
        return redirect(url_for("people.login"))
    form = TwoStepCodeForm()
    if form.validate_on_submit():
        if two_step.check_code(person, form.code.data, now=utcnow()):
            target = session[WAITING].get("next", "")
            start_session(person)
            session[CHECKED] = True
            db.session.commit()
            return redirect(target if is_safe_next(target) else url_for("core.home"))
        db.session.rollback()
        form.code.errors.append(two_step.WRONG_CODE)
    return render_template("people/two_step_code.html", form=form, title="Enter your code")


@blueprint.before_app_request
def _admins_set_up_two_step_first():
    """An admin without two-step sign-in is sent to set it up before anything else."""
    if request.endpoint in OPEN_BEFORE_SET_UP or session.get(CHECKED) or "_user_id" not in session:
        return None
    if not current_user.is_authenticated or not current_user.is_admin:
        return None
    if not two_step.must_set_up_two_step(current_user):
        session[CHECKED] = True
        return None
    flash("Administrators must use two-step sign-in. Set it up to carry on.")
    return redirect(url_for("people.two_step_settings"))


# --- your account ----------------------------------------------------------------------------------


@blueprint.route("/account")
@signed_in
def account():
    return render_template("people/account.html", title="Your account", section=None,
                           two_step_on=two_step.has_two_step(current_user))


@blueprint.route("/account/two-step")
@signed_in
def two_step_settings():
    person = current_user._get_current_object()
    return render_template(
        "people/two_step.html", title="Two-step sign-in", section=SECTION,
        two_step_on=two_step.has_two_step(person), codes_left=two_step.recovery_codes_left(person),
        must_use=person.is_admin and two_step.required_for_admins(),
    )


def _done(change) -> tuple[bool, object]:
    """Make a change and commit it; a broken rule is undone and said in a message instead."""
    try:
        result = change()
    except DomainError as error:
        db.session.rollback()
        flash(error.message)
        return False, None
    db.session.commit()
    return True, result


@blueprint.route("/account/two-step/start", methods=["POST"])
@signed_in
def start_two_step():
    started, _ = _done(lambda: two_step.start_set_up(current_user._get_current_object()))
    return redirect(url_for("people.set_up_two_step" if started else "people.two_step_settings"))


@blueprint.route("/account/two-step/set-up", methods=["GET", "POST"])
@signed_in
def set_up_two_step():
    person = current_user._get_current_object()
    secret = two_step.set_up_secret(person)
    if secret is None:  # not started, or already on: the secret is never shown again
        return redirect(url_for("people.two_step_settings"))
    form = TwoStepCodeForm()
    if form.validate_on_submit():
        try:
            codes = two_step.confirm_set_up(person, form.code.data, now=utcnow())
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            db.session.commit()
            session[CHECKED] = True
            flash("Two-step sign-in is on. You will be asked for a code each time you sign in.", "success")
            return _recovery_codes_page(codes)
    link = two_step.app_link(person, secret)
    return render_template("people/two_step_set_up.html", form=form, secret=secret,
                           qr_code=two_step.qr_code_svg(link), title="Set up two-step sign-in", section=SECTION)


def _recovery_codes_page(codes: list[str]):
    """Shown on this response only: the codes are stored hashed and can never be shown again."""
    response = render_template("people/recovery_codes.html", codes=codes, title="Your recovery codes",
                               section=SECTION)
    return response, 200, {"Cache-Control": "no-store"}


@blueprint.route("/account/two-step/recovery-codes", methods=["POST"])
@signed_in
def new_recovery_codes():
    issued, codes = _done(lambda: two_step.issue_recovery_codes(current_user._get_current_object()))
    return _recovery_codes_page(codes) if issued else redirect(url_for("people.two_step_settings"))


@blueprint.route("/account/two-step/turn-off", methods=["POST"])
@signed_in
def turn_off_two_step():
    if _done(lambda: two_step.turn_off(current_user._get_current_object()))[0]:
        flash("Two-step sign-in is off. You will sign in with your password alone.", "success")
    return redirect(url_for("people.two_step_settings"))


# --- an admin resets someone's ---------------------------------------------------------------------


@blueprint.route("/people/<int:person_id>/two-step/reset", methods=["POST"])
@roles(Role.ADMIN)
def reset_two_step(person_id: int):
    person = db.session.get(User, person_id) or abort(404)
    if _done(lambda: two_step.reset_for(person, by=current_user._get_current_object()))[0]:
        flash(f"{person.name}'s two-step sign-in was reset and they were signed out. They can sign in "
              "with their password and set it up again.", "success")
    return redirect(url_for("people.edit_person", person_id=person.id))
