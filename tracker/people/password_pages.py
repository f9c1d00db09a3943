"""Pages for accepting an invitation, and for a forgotten password (routes on the people blueprint).

Opening a link (GET) changes nothing; setting the password is a POST from the page, which spends
the link. Asking for a reset shows the same page whether or not the address has an account, and
is rate limited per network address and per email address.
"""
from flask import flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf.csrf import CSRFError

from tracker.core.access import public, signed_link
from tracker.core.domain import DomainError
from tracker.core.errors import CSRF_MESSAGE, render_error
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
LINK_PAGES = {"people.accept_invitation": INVITATION, "people.reset_password": PASSWORD_RESET}


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


@blueprint.errorhandler(CSRFError)
def _form_expired(error):
    """The set-password form sent with a session that has changed since the page was drawn: most
    often the button pressed twice, or the link open in two tabs, after the first signed the person
    in (which starts a new session). Say what became of the link, not that "the form had expired"."""
    purpose = LINK_PAGES.get(request.endpoint)
    if purpose is None:
        return render_error(400, CSRF_MESSAGE)
    token = (request.view_args or {}).get("token", "")
    try:
        person_for_link(purpose, token)
    except SignedLinkError as problem:
        return _link_problem(purpose, problem)
    flash("The page had expired, so nothing was saved. Enter your password again.")
    return redirect(request.path)


def _set_password_page(purpose: str, token: str):
    try:
        _link, person = person_for_link(purpose, token)
    except SignedLinkError as error:
        return _link_problem(purpose, error)
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
            return _link_problem(purpose, error)
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


def _problem(status: int, heading: str, *paragraphs: str, onward: tuple[str, str] | None = None):
    return render_template("core/signed_link_problem.html", heading=heading, paragraphs=paragraphs,
                           onward=onward, title=heading), status


def _link_problem(purpose: str, error: SignedLinkError):
    again = ("Ask the person who invited you, or an administrator, to send a new invitation."
             if purpose == INVITATION else "You can ask for a new link from the sign-in page.")
    if error.problem == LinkProblem.EXPIRED:
        return _problem(410, "This link has expired", f"For your security, the link worked for {LASTS[purpose]}.",
                        again)
    if error.problem == LinkProblem.USED:
        return _used_link(purpose, error.payload.get("person"))
    return _problem(404, "This link does not work", "Check that you copied the whole link from the email.",
                    again)


def _used_link(purpose: str, person_id):
    """A password has been set since the link was sent: with it (the button pressed twice, the link
    open in two tabs) or otherwise. Whoever is signed in as that person has nothing more to do."""
    what = "Your password is set" if purpose == INVITATION else "Your password has been changed"
    if current_user.is_authenticated and current_user.id == person_id:
        return _problem(410, "This link has already been used",
                        f"{what} and you are signed in as {current_user.name}, so there is nothing more to do.",
                        onward=(url_for("core.home"), "Go to your home page"))
    return _problem(410, "This link has already been used",
                    "A password has been set since the link was sent, with this link or another way. "
                    "Sign in with that password.",
                    "If you do not know it, you can reset it: we will email you a new link.",
                    onward=(url_for("people.forgot_password"), "Reset your password"))
