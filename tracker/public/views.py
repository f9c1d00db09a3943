"""Pages anyone can reach without an account: "You said, we did" (page, single outcome, Atom
feed), "What we decided" (the same three, for decisions a chair published for families), the form to raise something with just an email address, and the private trail of what was
raised, reached from a signed link in the emails.
"""
from __future__ import annotations

import logging
import secrets

from flask import Response, abort, current_app, redirect, render_template, request, url_for
from flask_login import current_user

from tracker.core.access import public, signed_link
from tracker.core.dates import utcnow
from tracker.core.domain import DomainError
from tracker.core.forms import show_domain_error
from tracker.core.ids import bounded_int
from tracker.core.signed_links import LinkProblem, SignedLinkError
from tracker.decisions.queries import published_decision, published_decisions_page, published_decisions_select
from tracker.extensions import db, limiter
from tracker.inputs import notify, operations
from tracker.inputs.queries import (
    input_for_page,
    published_groups,
    published_outcome,
    published_page,
    published_query,
    strategic_priorities,
)
from tracker.inputs.trail import trail_of
from tracker.nudges.links import absolute_url
from tracker.people.models import normalise_email
from tracker.permissions import can_sign_off_accountability
from tracker.public import blueprint
from tracker.public.feed import decisions_feed, outcomes_feed
from tracker.public.forms import NewLinkForm, PublicInputForm, form_started_token
from tracker.reports.public_accountability import published_accountability

log = logging.getLogger(__name__)
SECTION = "You said, we did"
FEED_SIZE = 50
RAISE_LIMIT = "5 per minute;20 per hour"  # per network address
# Each input emails a receipt to the address typed in, whoever typed it: per email address too, so
# no one (from however many network addresses) can fill a stranger's inbox. Only inputs taken count.
RAISE_LIMIT_PER_EMAIL = "5 per hour;10 per day"
NEW_LINK_LIMIT_PER_ADDRESS = "5 per minute;20 per hour"
NEW_LINK_LIMIT_PER_EMAIL = "3 per hour"  # nobody can flood someone's inbox


def _filters() -> tuple[int | None, int | None]:
    return request.args.get("group", type=bounded_int), request.args.get("priority", type=bounded_int)


# --- you said, we did ----------------------------------------------------------------------------


@blueprint.route("/you-said-we-did")
@public
def index():
    group_id, priority_id = _filters()
    page = published_page(group_id=group_id, priority_id=priority_id,
                          page=max(request.args.get("page", 1, type=bounded_int), 1))
    return render_template("public/index.html", page=page, group_id=group_id, priority_id=priority_id,
                           groups=published_groups(), priorities=strategic_priorities(),
                           title="You said, we did")


@blueprint.route("/accountability")
@public
def accountability():
    """Each partner organisation's record, for the periods a Board chair has signed off: nothing
    else (no names, no internal detail) is shown."""
    return render_template("public/accountability.html", published=published_accountability(),
                           can_sign_off=can_sign_off_accountability(current_user),
                           title="Do we do what we say?", section=SECTION)


@blueprint.route("/you-said-we-did/<int:input_id>")
@public
def outcome(input_id: int):
    published = published_outcome(input_id) or abort(404)
    return render_template("public/outcome.html", outcome=published, title=f"{published.group.name}: you said, we did",
                           section=SECTION)


@blueprint.route("/you-said-we-did/feed.atom")
@public
def feed():
    group_id, priority_id = _filters()
    outcomes = db.session.scalars(published_query(group_id=group_id, priority_id=priority_id).limit(FEED_SIZE)).all()
    body = outcomes_feed(outcomes, site_name=current_app.config["SITE_NAME"],
                         page_url=absolute_url("public.index"), feed_url=absolute_url("public.feed"))
    return _atom(body)


# --- what we decided -----------------------------------------------------------------------------

@blueprint.route("/what-we-decided")
@public
def decisions():
    page = published_decisions_page(page=max(request.args.get("page", 1, type=bounded_int), 1))
    return render_template("public/decisions.html", page=page, title="What we decided", section=SECTION)


@blueprint.route("/what-we-decided/<int:decision_id>")
@public
def decision(decision_id: int):
    published = published_decision(decision_id) or abort(404)
    return render_template("public/decision.html", decision=published,
                           title=f"{published.meeting.group.name}: what we decided", section=SECTION)


@blueprint.route("/what-we-decided/feed.atom")
@public
def decisions_feed_atom():
    published = db.session.scalars(published_decisions_select().limit(FEED_SIZE)).all()
    return _atom(decisions_feed(published, site_name=current_app.config["SITE_NAME"],
                                page_url=absolute_url("public.decisions"),
                                feed_url=absolute_url("public.decisions_feed_atom")))


def _atom(body: str) -> Response:
    response = Response(body, mimetype="application/atom+xml")
    response.headers["Cache-Control"] = "public, max-age=900"
    return response


# --- raising something without an account --------------------------------------------------------


def _contact_email() -> str:
    return "raise:" + normalise_email(request.form.get("contact_email", ""))


def _taken(response) -> bool:
    return response.status_code == 302


@blueprint.route("/have-your-say", methods=["GET", "POST"])
@limiter.limit(RAISE_LIMIT, methods=["POST"])
@limiter.limit(RAISE_LIMIT_PER_EMAIL, methods=["POST"], key_func=_contact_email, deduct_when=_taken)
@public
def raise_input():
    form = PublicInputForm()
    if form.validate_on_submit():
        if form.is_from_a_robot():
            log.info("Public input refused: the hidden field was filled in")
            return redirect(url_for("public.raised"))  # say nothing a robot could learn from
        if form.was_sent_too_fast():
            form.what.errors = [*form.what.errors,
                                "Check what you have written, then send the form again"]
        else:
            try:
                operations.raise_public_input(
                    email=form.contact_email.data, name=form.contact_name.data, what=form.what.data,
                    why_it_matters=form.why_it_matters.data, consent_to_contact=form.consent.data == "yes",
                    at=utcnow(), from_a_page=True)
                db.session.commit()
            except DomainError as error:
                db.session.rollback()
                show_domain_error(form, error)
            else:
                return redirect(url_for("public.raised"))
    form.started.data = form_started_token()
    return render_template("public/raise.html", form=form, title="Tell us what matters to you", section=SECTION)


@blueprint.route("/have-your-say/sent")
@public
def raised():
    return render_template("public/raised.html", title="Thank you: we have received it", section=SECTION)


# --- the private trail, for people without an account -------------------------------------------


@blueprint.route("/your-input/<token>")
@signed_link
def trail(token: str):
    try:
        raised = notify.input_for_trail_link(token)
    except SignedLinkError as error:
        return _link_problem(error.problem)
    raised = input_for_page(raised.id)
    return render_template("public/trail.html", input=raised, trail=trail_of(raised), title="What you raised",
                           section="Your input")


def _link_problem(problem: LinkProblem):
    if problem == LinkProblem.EXPIRED:
        heading, status = "This link has expired", 410
        paragraphs = ("Links to what you raised work for 90 days. Each email we send you has a new one.",)
    else:
        heading, status = "This link does not work", 404
        paragraphs = ("Check that you copied the whole link from the email.",)
    return render_template("public/link_problem.html", heading=heading, paragraphs=paragraphs, title=heading,
                           section="Your input"), status


def _requested_email() -> str:
    return "input-links:" + normalise_email(request.form.get("email", ""))


@blueprint.route("/your-input", methods=["GET", "POST"])
@limiter.limit(NEW_LINK_LIMIT_PER_ADDRESS, methods=["POST"])
@limiter.limit(NEW_LINK_LIMIT_PER_EMAIL, methods=["POST"], key_func=_requested_email)
@public
def new_link():
    """Email fresh links to what an address raised. The same page follows whether or not it raised
    anything, so nobody can find out who has raised what."""
    form = NewLinkForm()
    if form.validate_on_submit():
        email = (form.email.data or "").strip()
        if "@" not in email:
            form.email.errors = ["Enter an email address in the correct format, like name@example.com"]
        else:
            notify.send_fresh_links(email, request_id=secrets.token_urlsafe(12))
            db.session.commit()
            return render_template("public/new_link_sent.html", email=email, title="Check your email",
                                   section="Your input")
    return render_template("public/new_link.html", form=form, title="Get a link to what you raised",
                           section="Your input")
