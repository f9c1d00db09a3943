"""What can happen to input raised by champions, parents, carers and young people.

Close the loop (docs/rules.md): input is routed to a group and linked to the actions that answer
it, or answered directly; whoever raised it is told at each step (notify.py); and an outcome a lead
chooses to publish is readable by anyone, in general terms and with no private names.

Like every operation these take model objects and plain values, raise DomainError with a
plain-English message at the right field, flush, and never commit.
"""
from __future__ import annotations

import html
import re
from datetime import date, datetime, timedelta

import nh3
from email_validator import EmailNotValidError, validate_email

from tracker.actions import operations as action_operations
from tracker.actions.models import OPEN_STATUSES, Action
from tracker.core.audit import clashing_saves
from tracker.core.dates import add_working_days, to_local
from tracker.core.domain import DomainError, EditConflict, Problems, checked_text
from tracker.core.models import Tag, TagKind
from tracker.extensions import db
from tracker.inputs import notify
from tracker.inputs.models import Input, InputStatus
from tracker.meetings.models import Meeting, MeetingStatus
from tracker.people.models import Group, Role, User, normalise_email

DEFAULT_RESPONSE_WORKING_DAYS = 10
ANONYMOUS = "a parent carer"


def _text(value: str | None, *, required: str | None = None, field: str, what: str) -> str:
    """Free text for the input's column of the same name (limits: TEXT_LIMITS)."""
    return checked_text(value, f"inputs.{field}", field=field, what=what, required=required)


def _email(value: str | None, *, required: bool, field: str = "contact_email") -> str:
    value = (value or "").strip()
    if not value:
        if required:
            raise DomainError("Enter your email address, so we can tell you what happens", field=field)
        return ""
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        raise DomainError("Enter an email address in the correct format, like name@example.com",
                          field=field) from None
    return normalise_email(value)


def respond_by(group: Group | None, raised_on: date) -> date:
    """The day a first response is due: the group's setting, or the usual 10 working days."""
    days = getattr(group, "input_response_working_days", None)
    return add_working_days(raised_on, DEFAULT_RESPONSE_WORKING_DAYS if days is None else days)


# The fields each save writes: a form read at an older version is refused if someone else's save
# since changed any of them (core/audit.py clashing_saves, as for meetings), naming each change.
ROUTE_FIELDS = ("group_id", "status", "routed_at", "first_response_at")
ANSWER_FIELDS = ("response", "status", "answered_at", "first_response_at")


def _check_version(raised: Input, version: int | None, fields: tuple[str, ...]) -> None:
    clashes = clashing_saves(raised, version, fields)
    if clashes is not None:
        raise EditConflict("input", clashes)


def _check_text(problems: Problems, what: str, why_it_matters: str, *, what_message: str) -> tuple[str, str]:
    what = problems.check(_text, what, required=what_message, field="what", what="What was raised")
    why = problems.check(_text, why_it_matters, field="why_it_matters", what="Why it matters")
    return what, why


def _new_input(problems: Problems, *, what: str, why_it_matters: str, at: datetime,
               group: Group | None = None, **fields) -> Input:
    """Every problem of the form at once; then the input, and the email saying it arrived."""
    problems.raise_any()
    raised = Input(what=what, why_it_matters=why_it_matters, created_at=at, status=InputStatus.RECEIVED,
                   group=group, respond_by=respond_by(group, to_local(at).date()), **fields)
    db.session.add(raised)
    db.session.flush()
    notify.tell_received(raised)
    return raised


# --- raising -------------------------------------------------------------------------------------

SENT_AGAIN_WITHIN = timedelta(minutes=10)


def _sent_again(problems: Problems, *, what: str, why_it_matters: str, at: datetime, **who) -> Input | None:
    """The same words from the same person, sent again within minutes (the button pressed twice on a
    slow phone, or the page sent again): the input already saved, which is not saved, routed and
    emailed about a second time."""
    problems.raise_any()
    return db.session.scalar(
        db.select(Input)
        .where(Input.what == what, Input.why_it_matters == why_it_matters,
               Input.created_at >= at - SENT_AGAIN_WITHIN, Input.created_at <= at,
               *(getattr(Input, column) == value for column, value in who.items()))
        .order_by(Input.id.desc()).limit(1))


def raise_input(*, by: User, what: str, why_it_matters: str = "", consent_to_contact: bool = False,
                at: datetime, from_a_page: bool = False) -> Input:
    """A champion (or anyone signed in) raises something through the site. `from_a_page`: sent from
    a page its writer may send twice, so the same words sent again within minutes are not new."""
    problems = Problems()
    what, why = _check_text(problems, what, why_it_matters, what_message="Enter what you would like to raise")
    if from_a_page and (earlier := _sent_again(problems, what=what, why_it_matters=why, at=at,
                                               raised_by_id=by.id)) is not None:
        return earlier
    return _new_input(problems, what=what, why_it_matters=why, at=at, raised_by=by, recorded_by=by,
                      consent_to_contact=consent_to_contact)


def raise_public_input(*, email: str, name: str = "", what: str, why_it_matters: str = "",
                       consent_to_contact: bool = False, at: datetime, from_a_page: bool = False) -> Input:
    """A parent, carer or young person with no account, through the public form (`from_a_page`:
    as raise_input)."""
    problems = Problems()
    what, why = _check_text(problems, what, why_it_matters, what_message="Enter what you would like to tell us")
    email = problems.check(_email, email, required=True)
    name = problems.check(_text, name, field="contact_name", what="Your name")
    if from_a_page and (earlier := _sent_again(problems, what=what, why_it_matters=why, at=at,
                                               contact_email=email, raised_by_id=None)) is not None:
        return earlier
    return _new_input(problems, what=what, why_it_matters=why, at=at, contact_email=email,
                      contact_name=name, consent_to_contact=consent_to_contact)


def record_meeting_input(*, meeting: Meeting, by: User, what: str, why_it_matters: str = "",
                         raised_by: User | None = None, contact_name: str = "", contact_email: str = "",
                         anonymous_label: str = "", consent_to_contact: bool = False,
                         at: datetime) -> Input:
    """A secretary records input raised at a meeting: by someone with an account, by a named person
    without one (with an email address if they gave one), or anonymously ("a parent carer")."""
    if meeting is None:
        raise DomainError("Choose the meeting it was raised at", field="meeting")
    if meeting.status == MeetingStatus.CANCELLED:
        raise DomainError("That meeting was cancelled, so nothing can have been raised at it", field="meeting")
    problems = Problems()
    what, why = _check_text(problems, what, why_it_matters, what_message="Enter what was raised")
    fields = {}
    if raised_by is not None:
        fields["raised_by"] = raised_by
    elif (contact_name or "").strip():
        fields["contact_name"] = problems.check(_text, contact_name, field="contact_name", what="Their name")
        fields["contact_email"] = problems.check(_email, contact_email, required=False)
    else:
        fields["anonymous_label"] = problems.check(_text, anonymous_label or ANONYMOUS, field="anonymous_label",
                                                   what="The description")
        consent_to_contact = False  # nobody to contact
    return _new_input(problems, what=what, why_it_matters=why, at=at, group=meeting.group,
                      raised_at_meeting=meeting, recorded_by=by, consent_to_contact=consent_to_contact,
                      **fields)


# --- routing and answering -----------------------------------------------------------------------


def _require_not_answered(raised: Input, doing: str, field: str) -> None:
    if raised.is_answered:
        raise DomainError(f"This input has already been answered, so it cannot be {doing}", field=field)


def route_input(raised: Input, *, group: Group | None, by: User, at: datetime,
                version: int | None = None) -> Input:
    """Pass the input to the group that will look at it. This is a first response: the person
    who raised it is told which group has it."""
    _check_version(raised, version, ROUTE_FIELDS)
    _require_not_answered(raised, "passed to a group", "group")
    if group is None:
        raise DomainError("Choose the group that will look at this", field="group")
    if not group.is_active:
        raise DomainError(f"{group.name} has closed. Choose a group that is still running", field="group")
    if raised.is_routed and raised.group_id == group.id:
        raise DomainError(f"This input is already with {group.name}", field="group")
    raised.group = group
    raised.status = InputStatus.BEING_LOOKED_AT
    raised.routed_at = at
    raised.first_response_at = raised.first_response_at or at
    db.session.flush()
    notify.tell_routed(raised)
    return raised


def _require_routed(raised: Input, field: str) -> None:
    if not raised.is_routed and not raised.is_answered:
        raise DomainError("Pass the input to a group before linking actions to it", field=field)


def link_action(raised: Input, action: Action | None, *, by: User) -> None:
    """Link an action that answers the input: one of the routed group's open actions, as the link
    page offers. Any other would show the person who raised it an internal action's owner, dates,
    updates and outcome (and email them its outcome)."""
    _require_routed(raised, "action")
    if action is None:
        raise DomainError("Choose the action that answers this input", field="action")
    if action.group_id != raised.group_id or action.status not in OPEN_STATUSES:
        raise DomainError(f"Choose one of the open actions of {raised.group.name}", field="action")
    if action in raised.actions:
        raise DomainError("That action is already linked to this input", field="action")
    raised.actions.append(action)
    db.session.flush()


def unlink_action(raised: Input, action: Action, *, by: User) -> None:
    """Undo a link made by mistake (the audit trail keeps that it was made)."""
    if action not in raised.actions:
        raise DomainError("That action is not linked to this input", field="action")
    raised.actions.remove(action)
    db.session.flush()


def raise_action_for_input(raised: Input, *, by: User, today: date, at: datetime, **action_fields) -> Action:
    """A new action that answers the input, through the one path every action is raised by."""
    _require_routed(raised, "title")
    return action_operations.create_action(by=by, today=today, at=at, inputs=[raised], **action_fields)


def answer_input(raised: Input, *, by: User, response: str, at: datetime, version: int | None = None) -> Input:
    """Answer it directly, or close the loop once the actions are done: what was done, or why not."""
    _check_version(raised, version, ANSWER_FIELDS)
    _require_not_answered(raised, "answered again", "response")
    raised.response = _text(response, required="Enter your answer: what was done, or why it cannot be done",
                            field="response", what="The answer")
    raised.status = InputStatus.ANSWERED
    raised.answered_at = at
    raised.first_response_at = raised.first_response_at or at
    db.session.flush()
    notify.tell_answered(raised)
    return raised


# --- "you said, we did" --------------------------------------------------------------------------

_EMAIL_ADDRESS = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_PHONE_NUMBER = re.compile(r"(?:\+44\s?|\b0)(?:\d[\s-]?){9,10}\b")
PUBLIC_FIELDS = (("public_said", "What was raised"), ("public_did", "What was done"),
                 ("public_for_families", "What this means for families"))


def private_names(raised: Input | None = None) -> set[str]:
    """Names that must never appear publicly: whoever raised this input (if any), every champion,
    and everyone who has raised input without an account (two queries)."""
    names = {raised.contact_name, raised.raised_by.name if raised.raised_by else ""} if raised else set()
    names |= set(db.session.scalars(db.select(User.name).where(User.role == Role.CHAMPION)))
    names |= set(db.session.scalars(db.select(Input.contact_name).where(Input.contact_name != "").distinct()))
    return {name.strip() for name in names if name and len(name.strip()) > 1}


def check_public_text(raised: Input, texts: dict[str, str], problems: Problems) -> dict[str, str]:
    """The public wording, trimmed; each problem goes to `problems`: every part needed, none too
    long, and no email addresses, phone numbers or private names."""
    names = private_names(raised)
    cleaned = {}
    for field, label in PUBLIC_FIELDS:
        text = problems.check(_text, texts.get(field), required=f"Enter {label[0].lower()}{label[1:]}",
                              field=field, what=label)
        if text is not None:
            cleaned[field] = text = plain_text(text)
            problems.check(check_private, text, names, field)
    return cleaned


def plain_text(text: str) -> str:
    """Published text is plain text: any markup pasted in (say, from an email) is taken out, not
    shown; what is left is escaped wherever it is shown (pages, feed)."""
    return html.unescape(nh3.clean(text, tags=set())).strip()


def check_private(text: str, names: set[str], field: str) -> None:
    """Nothing published says how to reach a person, or names someone who is not staff: the
    outcomes' public wording and a decision's summary for families alike."""
    if _EMAIL_ADDRESS.search(text):
        raise DomainError("Remove the email address: nothing published may say how to reach a person",
                          field=field)
    if _PHONE_NUMBER.search(text):
        raise DomainError("Remove the phone number: nothing published may say how to reach a person",
                          field=field)
    for name in sorted(names):
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags=re.IGNORECASE):
            raise DomainError(f"Remove the name “{name}”: the names of people who are not staff are "
                              "never published", field=field)


def _check_publishable(raised: Input) -> None:
    if not raised.has_outcome:
        raise DomainError("Only input with an outcome can be published. Answer it, or close the actions "
                          "that answer it, first", field="public_said")
    if raised.group is None:
        raise DomainError("Pass the input to a group first: the public page says which group acted on it",
                          field="public_said")


def _check_priority(tag: Tag | None) -> Tag | None:
    if tag is not None and tag.kind != TagKind.PRIORITY:
        raise DomainError("Choose one of the strategic priorities", field="priority")
    return tag


def preview_outcome(raised: Input, *, texts: dict[str, str], priority: Tag | None) -> dict[str, str]:
    """Every check publishing makes, without publishing: what the preview shows is what can go out."""
    _check_publishable(raised)
    problems = Problems()
    cleaned = check_public_text(raised, texts, problems)
    problems.check(_check_priority, priority)
    problems.raise_any()
    return cleaned


def publish_outcome(raised: Input, *, by: User, texts: dict[str, str], priority: Tag | None,
                    confirmed: bool, at: datetime) -> Input:
    """Publishing is a deliberate step: it follows a preview and needs the person to confirm that
    nothing in it could identify a child, a family or anyone who is not staff."""
    cleaned = preview_outcome(raised, texts=texts, priority=priority)
    if not confirmed:
        raise DomainError("Confirm that nothing in it could identify a child, a family or anyone who is "
                          "not staff", field="confirmed")
    for field, text in cleaned.items():
        setattr(raised, field, text)
    raised.priority_tag = priority
    raised.is_published = True
    raised.published_at = at
    db.session.flush()
    return raised


def unpublish_outcome(raised: Input, *, by: User) -> Input:
    """Take it off the public page (and the feed). The wording is kept, to publish again later."""
    if not raised.is_published:
        raise DomainError("This outcome is not on the public page")
    raised.is_published = False
    raised.published_at = None
    db.session.flush()
    return raised
