"""Pages for accepting an invitation, and for a forgotten password (routes on the people blueprint).

Opening a link (GET) changes nothing; setting the password is a POST from the page, which spends
the link. Asking for a reset shows the same page whether or not the address has an account, and
is rate limited per network address and per email address.
"""
from flask import flash, render_template, request
from flask_login import current_user

from tracker.core.access import public, signed_link
from tracker.core.domain import DomainError
from tracker.core.forms import show_domain_error
from tracker.core.signed_links import LinkProblem, SignedLinkError
from tracker.extensions import db, limiter
from tracker.people import blueprint
from tracker.people.forms import ForgotPasswordForm, SetPasswordForm
from tracker.people.invitations import (
    INVITATION,
    LASTS,
    PASSWORD_RESET,
    person_for_link,
    request_password_reset,
    set_password_from_link,
)
from tracker.people.models import normalise_email
from tracker.people.two_step_pages import sign_in

RESET_LIMIT_PER_ADDRESS = "5 per minute;20 per hour"
RESET_LIMIT_PER_EMAIL = "3 per hour"  # nobody can flood a person's inbox with reset emails
HEADINGS = {INVITATION: "Set your password", PASSWORD_RESET: "Choose a new password"}


def _requested_email() -> str:
    return "reset:" + normalise_email(request.form.get("email", ""))


@blueprint.route("/forgot-password", methods=["GET", "POST"])
@limiter.limit(RESET_LIMIT_PER_ADDRESS, methods=["POST"])
@limiter.limit(RESET_LIMIT_PER_EMAIL, methods=["POST"], key_func=_requested_email)
@public
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        request_password_reset(form.email.data)
        db.session.commit()
        return render_template("people/forgot_password_sent.html", email=form.email.data,
                               title="Check your email")
    return render_template("people/forgot_password.html", form=form, title="Reset your password")


@blueprint.route("/invitation/<token>", methods=["GET", "POST"])
@signed_link
def accept_invitation(token: str):
    return _set_password_page(INVITATION, token)


@blueprint.route("/reset-password/<token>", methods=["GET", "POST"])
@signed_link
def reset_password(token: str):
    return _set_password_page(PASSWORD_RESET, token)


def _set_password_page(purpose: str, token: str):
    try:
        _link, person = person_for_link(purpose, token)
    except SignedLinkError as error:
        return _link_problem(purpose, error.problem)
    if current_user.is_authenticated and current_user.id != person.id:
        return _problem(403, "This link was sent to someone else",
                        f"You are signed in as {current_user.name}. Sign out first if you are setting "
                        "a password for another account.")
    form = SetPasswordForm()
    if form.validate_on_submit():
        try:
            person = set_password_from_link(purpose, token, form.password.data)
            db.session.flush()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        except SignedLinkError as error:  # used in another tab a moment ago
            db.session.rollback()
            return _link_problem(purpose, error.problem)
        else:
            # An email link is not a second step: someone with two-step sign-in is asked for a code.
            response = sign_in(person)
            if current_user.is_authenticated:
                flash("Your password is set and you are signed in." if purpose == INVITATION
                      else "Your password has been changed and you are signed in.", "success")
            else:
                flash("Your password has been changed. Enter the code from your authenticator app "
                      "to sign in.", "success")
            return response
    return render_template("people/set_password.html", form=form, person=person, purpose=purpose,
                           invitation=purpose == INVITATION, title=HEADINGS[purpose])


def _problem(status: int, heading: str, *paragraphs: str):
    return render_template("core/signed_link_problem.html", heading=heading, paragraphs=paragraphs,
                           title=heading), status


def _link_problem(purpose: str, problem: LinkProblem):
    again = ("Ask the person who invited you, or an administrator, to send a new invitation."
             if purpose == INVITATION else "You can ask for a new link from the sign-in page.")
    if problem == LinkProblem.EXPIRED:
        return _problem(410, "This link has expired", f"For your security, the link worked for {LASTS[purpose]}.",
                        again)
    if problem == LinkProblem.USED:
        return _problem(410, "This link has already been used",
                        "A password has been set with it, or since it was sent. Sign in with that "
                        "password, or ask for a new link.", again)
    return _problem(404, "This link does not work", "Check that you copied the whole link from the email.",
                    again)
