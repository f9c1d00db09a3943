"""The outbox and scheduler runs (admins), email settings, and the one-click update page.

The one-click page is reached from a nudge email without signing in: its signed link is scoped to
one action and its owner (and, in an escalation, the chair it was sent to) and lasts
action_link_days(). GET only shows the page (mail scanners follow links);
each change is a POST from the page, through the same action operations as everywhere else, and
spends the link so it works once.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from tracker import permissions
from tracker.actions import operations as action_operations
from tracker.actions.acts import ACTS
from tracker.actions.models import Action, ActionStatus, ActionUpdate, UpdateKind
from tracker.actions.rag import rag_of_action, working_days_overdue
from tracker.core.access import roles, signed_in, signed_link
from tracker.core.audit import set_actor
from tracker.core.dates import format_date, format_datetime, local_today, utcnow
from tracker.core.domain import DomainError
from tracker.core.forms import show_domain_error
from tracker.core.ids import bounded_int
from tracker.core.signed_links import LinkProblem, SignedLinkError, link_is_spent, spend_link
from tracker.extensions import csrf, db
from tracker.nudges import blueprint, notifications, operations, preferences
from tracker.nudges.forms import (
    CannotBeDoneForm,
    CompleteForm,
    EmailSettingsForm,
    MoreTimeForm,
    PostUpdateForm,
)
from tracker.nudges.jobs import DAILY_NUDGES, SEND_OUTBOX
from tracker.nudges.links import (
    NEW_ACTION,
    REMINDER,
    action_link_days,
    action_link_sent_in,
    read_action_link,
    update_made_with_link,
)
from tracker.nudges.models import OutboxEmail
from tracker.nudges.queries import OUTBOX_TABS, job_runs_page, outbox_counts, outbox_page
from tracker.nudges.sender import MAX_ATTEMPTS, mail_is_configured
from tracker.people.models import Role, User
from tracker.permissions import can_update_action
from tracker.webhooks.operations import DELIVER_WEBHOOKS

SECTION = "Outbox"
JOBS = {DAILY_NUDGES: "Daily nudges", SEND_OUTBOX: "Sending email", DELIVER_WEBHOOKS: "Sending webhooks"}
UNFINISHED_AFTER = timedelta(hours=1)  # a run still "running" after this was stopped part-way


# --- the outbox and the scheduler's runs (admins) ------------------------------------------------


@blueprint.route("/outbox")
@roles(Role.ADMIN)
def outbox():
    status = request.args.get("status", "pending")
    if status not in OUTBOX_TABS:
        abort(404)
    page = outbox_page(status=status, page=request.args.get("page", 1, type=bounded_int))
    return render_template("nudges/outbox.html", page=page, status=status, counts=outbox_counts(),
                           mail_configured=mail_is_configured(), max_attempts=MAX_ATTEMPTS,
                           title="Outbox", section=SECTION)


@blueprint.route("/outbox/<int:email_id>")
@roles(Role.ADMIN)
def outbox_email(email_id: int):
    email = db.session.get(OutboxEmail, email_id) or abort(404)
    return render_template("nudges/outbox_email.html", email=email, max_attempts=MAX_ATTEMPTS,
                           title=email.subject, section=SECTION)


@blueprint.route("/outbox/<int:email_id>/retry", methods=["POST"])
@roles(Role.ADMIN)
def retry(email_id: int):
    email = db.session.get(OutboxEmail, email_id) or abort(404)
    try:
        operations.retry_email(email, now=utcnow())
    except DomainError as error:
        db.session.rollback()
        flash(error.message, "info")
    else:
        db.session.commit()
        flash(f"The email to {email.recipient_email} will be sent again within a minute.", "success")
    return redirect(url_for("nudges.outbox", status="failed"))


@blueprint.route("/outbox/retry-failed", methods=["POST"])
@roles(Role.ADMIN)
def retry_failed():
    count = operations.retry_failed_emails(now=utcnow())
    db.session.commit()
    flash(f"{count} failed email{'' if count == 1 else 's'} will be sent again within a minute.", "success")
    return redirect(url_for("nudges.outbox", status="pending"))


@blueprint.route("/outbox/runs")
@roles(Role.ADMIN)
def job_runs():
    job = request.args.get("job", DAILY_NUDGES)
    if job not in JOBS:
        abort(404)
    page = job_runs_page(job=job, page=request.args.get("page", 1, type=bounded_int))
    cutoff = utcnow() - UNFINISHED_AFTER
    unfinished = {run.id for run in page.items
                  if run.status == "running" and run.started_at < cutoff}
    return render_template("nudges/job_runs.html", page=page, job=job, jobs=JOBS, unfinished=unfinished,
                           title="Scheduled runs", section=SECTION)


# --- a person's email settings -------------------------------------------------------------------


@blueprint.route("/account/email-settings", methods=["GET", "POST"])
@signed_in
def settings():
    person = current_user._get_current_object()
    yes_no = {preferences.ON: "yes", preferences.OFF: "no"}
    form = EmailSettingsForm(
        new_actions=preferences.choice_of(person, preferences.NEW_ACTIONS),
        **{kind: yes_no[preferences.choice_of(person, kind)]
           for kind in (preferences.MOVES, preferences.DIGEST, preferences.PAPERS)},
    )
    if form.validate_on_submit():
        set_actor(db.session, person)
        on_off = {"yes": preferences.ON, "no": preferences.OFF}
        operations.change_email_settings(person, {
            preferences.NEW_ACTIONS: form.new_actions.data,
            **{kind: on_off[getattr(form, kind).data]
               for kind in (preferences.MOVES, preferences.DIGEST, preferences.PAPERS)},
        })
        db.session.commit()
        flash("Your email settings were saved.", "success")
        return redirect(url_for("nudges.settings"))
    return render_template("nudges/settings.html", form=form, person=person,
                           title="Email settings", section="Your account")


# --- following an action --------------------------------------------------------------------------


@blueprint.route("/actions/<int:action_id>/follow", methods=["POST"])
@signed_in
def follow(action_id: int):
    """Follow or stop following: anyone who may see the action. Its moves come in the daily email."""
    action = db.session.get(Action, action_id)
    if action is None or not permissions.can_view_action(current_user, action):
        abort(404)
    person = current_user._get_current_object()
    set_actor(db.session, person)
    if request.form.get("follow") == "no":
        notifications.unfollow(action, person)
        flash("You no longer follow this action.", "success")
    else:
        notifications.follow(action, person)
        flash("You follow this action: what happens to it comes in your daily email.", "success")
    db.session.commit()
    return redirect(url_for("actions.show", action_id=action.id))


# --- one-click unsubscribe, from an optional email (RFC 8058) -------------------------------------


@blueprint.route("/email/unsubscribe/<token>", methods=["GET", "POST"])
@signed_link
@csrf.exempt
def unsubscribe(token: str):
    """GET asks (mail scanners follow links); POST turns the kind off: from the page's button, or
    from a mail program's one-click "Unsubscribe" (no cookies, so no CSRF token: the signed link
    is what proves the request, and it can only ever turn one kind of email off)."""
    try:
        recipient, kind = preferences.read_unsubscribe(token)
    except SignedLinkError as error:
        return _unsubscribe_problem(error)
    if recipient is None:
        return _unsubscribe_problem(SignedLinkError(LinkProblem.INVALID))
    label = preferences.kind_label(recipient, kind)
    has_account = isinstance(recipient, User)  # or only an address: no settings page, no actions
    if request.method == "POST":
        set_actor(db.session, recipient if has_account else None)
        preferences.set_choice(recipient, kind, preferences.OFF)
        db.session.commit()
        return render_template("nudges/unsubscribed.html", label=label, has_account=has_account,
                               title="You have unsubscribed", section="Email settings")
    return render_template("nudges/unsubscribe.html", label=label, token=token, has_account=has_account,
                           title=f"Stop emails about {label}", section="Email settings")


def _unsubscribe_problem(error: SignedLinkError):
    if "address" in error.payload:  # sent to someone without an account: no settings page
        choose = "Nothing else needs doing: these emails only ever tell you what became of what you raised."
    elif "person" in error.payload:
        choose = "You can sign in and choose which emails you get on your email settings page."
    else:
        choose = ("If you have an account, you can sign in and choose which emails you get on your "
                  "email settings page.")
    if error.problem == LinkProblem.EXPIRED:
        return _problem(410, "This unsubscribe link has expired",
                        f"Nothing was changed. Unsubscribe links work for {preferences.UNSUBSCRIBE_LINK_LIFE.days} "
                        "days: use the link in a more recent email.", choose)
    return _problem(404, "This unsubscribe link does not work",
                    "Nothing was changed. Check that you copied the whole link from the email.", choose)


# --- the one-click update page, from a nudge email -----------------------------------------------

# Named as the action's own pages name them (tracker/actions/acts.py).
FORMS = {"update": PostUpdateForm, "complete": CompleteForm, "more-time": MoreTimeForm,
         "cannot-be-done": CannotBeDoneForm}
CHOICES = {choice: (FORMS[choice], act.name) for choice, act in ACTS.items()}
DONE = {choice: act.done for choice, act in ACTS.items()}


class _Refused(Exception):
    def __init__(self, response):
        self.response = response


def _problem(status: int, heading: str, *paragraphs: str):
    return render_template("core/signed_link_problem.html", heading=heading, paragraphs=paragraphs,
                           title=heading, section="Update an action"), status


def _linked_action(token: str, *, allow_used: bool = False):
    """The link, its action and the person it was sent to (the owner, or the group's chair in an
    escalation), or a page saying plainly why the link cannot be used."""
    try:
        link = read_action_link(token, allow_used=allow_used)
    except SignedLinkError as error:
        raise _Refused(_link_problem(error, token)) from None
    action = db.session.get(Action, link.payload.get("action"))
    if action is None:
        raise _Refused(_link_problem(SignedLinkError(LinkProblem.INVALID), token))
    owner = action.owner
    if action.owner_id != link.payload.get("owner") or not owner.is_active:
        raise _Refused(_problem(
            410, "This action now has a different owner",
            f"“{action.title}” has been passed to someone else since this email was sent, so "
            "this link no longer works.",
        ))
    person = owner if "by" not in link.payload else db.session.get(User, link.payload["by"])
    if person is None or not person.is_active or not can_update_action(person, action):
        raise _Refused(_problem(
            410, "This link no longer works",
            f"It was sent to someone who may no longer update “{action.title}”.",
        ))
    if current_user.is_authenticated and current_user.id != person.id:
        raise _Refused(_problem(
            403, "This link was sent to someone else",
            f"The link lets {person.name} update this action. You are signed in as "
            f"{current_user.name}.",
            "To change an action you look after, go to it in the tracker.",
        ))
    return link, action, person


# What a page about a spent or old link says of the email it came in (tracker/nudges/links.py).
LINK_CAME_IN = {
    REMINDER: ("Links in reminder emails", "Use the link in your most recent reminder.",
               "Your next reminder will have a new link."),
    NEW_ACTION: ("Links in emails about new actions",
                 "Use the link in a more recent email about this action.",
                 "When the action is nearly due, its reminder email will have a new link."),
}


def _link_problem(error: SignedLinkError, token: str):
    sign_in = "You can also sign in and update the action from My actions."
    links, use_newer, next_link = LINK_CAME_IN[action_link_sent_in(error.payload)]
    if error.problem == LinkProblem.EXPIRED:
        return _problem(410, "This link has expired",
                        f"{links} work for {action_link_days()} days. {use_newer}", sign_in)
    if error.problem == LinkProblem.USED and (saved := _saved_with(token)) is not None:
        # The button pressed twice, or the page sent again: say plainly that the first was saved.
        return _problem(410, "This link has already been used",
                        f"It was used on {format_datetime(saved.created_at)} to {saved_in_words(saved)}. "
                        "That was saved, so there is nothing more to do.",
                        f"{links} work once. " + sign_in)
    if error.problem == LinkProblem.USED:
        return _problem(410, "This link has already been used",
                        f"{links} work once, so nobody else can use them later. {next_link}", sign_in)
    return _problem(404, "This link does not work",
                    "Check that you copied the whole link from the email.", sign_in)


@blueprint.route("/act/<token>")
@signed_link
def action_link(token: str):
    try:
        _link, action, person = _linked_action(token)
    except _Refused as refused:
        return refused.response
    return _action_page("nudges/action_link.html", action, person=person, token=token, choices=CHOICES,
                        title=action.title)


@blueprint.route("/act/<token>/<any(update, complete, 'more-time', 'cannot-be-done'):choice>",
                 methods=["GET", "POST"])
@signed_link
def action_link_respond(token: str, choice: str):
    try:
        link, action, person = _linked_action(token)
    except _Refused as refused:
        return refused.response
    if not action.is_open:
        return redirect(url_for("nudges.action_link", token=token))
    form_class, heading = CHOICES[choice]
    form = form_class()
    if form.validate_on_submit():
        try:
            set_actor(db.session, person)
            now = utcnow()  # one moment for both, so a second press can find what the first saved
            spend_link(link, now=now)
            _respond(choice, action, person, form, now)
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        except SignedLinkError as error:  # clicked twice at once: the other click won
            db.session.rollback()
            return _link_problem(error, token)
        else:
            return redirect(url_for("nudges.action_link_done", token=token, did=choice))
    return _action_page("nudges/action_link_form.html", action, person=person, token=token, form=form,
                        heading=heading, choice=choice, title=heading)


def _respond(choice: str, action: Action, person, form, now: datetime) -> None:
    if choice == "update":
        action_operations.post_update(action, by=person, note=form.note.data, at=now, public=form.public.data)
    elif choice == "complete":
        action_operations.complete_action(action, by=person, outcome=form.outcome.data, at=now)
    elif choice == "more-time":
        action_operations.move_due_date(action, by=person, new_due_on=form.new_due_on.data,
                                        reason=form.reason.data, at=now, more_time=True)
    else:
        action_operations.mark_cannot_be_done(action, by=person, explanation=form.explanation.data, at=now)


def _saved_with(token: str) -> ActionUpdate | None:
    try:
        return update_made_with_link(read_action_link(token, allow_used=True))
    except SignedLinkError:
        return None


def saved_in_words(update: ActionUpdate) -> str:
    """What a one-click link's update did, to finish "It was used on ... to ..."."""
    if update.kind == UpdateKind.DUE_DATE_MOVED:
        return f"move the due date to {format_date(update.new_due_on)}, because: “{update.note}”"
    if update.kind == UpdateKind.STATUS_CHANGED and update.new_status == ActionStatus.CANNOT_BE_DONE:
        return f"close the action as cannot be done: “{update.note}”"
    if update.kind == UpdateKind.STATUS_CHANGED:
        return f"mark the action as completed: “{update.note}”"
    return f"post this update: “{update.note}”"


@blueprint.route("/act/<token>/done")
@signed_link
def action_link_done(token: str):
    try:
        link, action, person = _linked_action(token, allow_used=True)
    except _Refused as refused:
        return refused.response
    if not link_is_spent(link):
        return redirect(url_for("nudges.action_link", token=token))
    message = DONE.get(request.args.get("did", ""), "Thank you.")
    return _action_page("nudges/action_link_done.html", action, person=person, message=message, title=message)


def _action_page(template: str, action: Action, **context):
    today = local_today()
    return render_template(template, action=action, rag=rag_of_action(action, today),
                           late=working_days_overdue(action, today), section="Update an action", **context)
