"""Everything the tracker holds about one person, gathered for a subject access request; erasing
it; and erasing public contributors' email addresses once they are no longer needed (UK GDPR).

Plain functions over model objects; the CLI (`flask people export`), the admin pages and the daily
job call them."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, inspect, or_, select
from sqlalchemy.orm import selectinload

from tracker.actions.models import Action, ActionUpdate
from tracker.core.audit import _plain, give_reason  # _plain: one rule for a value as JSON
from tracker.core.dates import to_local  # with UTC: an aware moment, as SQLite's are not
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.inputs.models import Input
from tracker.meetings.models import Attendance
from tracker.nudges.models import OutboxEmail
from tracker.people.invitations import life_in_words
from tracker.people.models import Membership, RecoveryCode, TwoStepSignIn, User
from tracker.people.operations import shut_out

# Secrets are never exported: they are not the person's data but keys to their account.
SECRET_COLUMNS = {"password_hash", "api_token_hash", "session_version"}


def _row(record) -> dict:
    """A record's columns as plain JSON values, secrets left out."""
    return {attr.key: _plain(getattr(record, attr.key)) for attr in inspect(record).mapper.column_attrs
            if attr.key not in SECRET_COLUMNS}


def personal_data(person: User) -> dict:
    """Account, memberships, meetings attended, actions owned, updates written, input raised and emails sent to them."""
    def rows(query):
        return [_row(record) for record in db.session.scalars(query)]

    return {
        "account": _row(person),
        "memberships": rows(select(Membership).where(Membership.person_id == person.id)),
        "meetings_attended": rows(select(Attendance).where(Attendance.person_id == person.id)
                                  .order_by(Attendance.id)),
        "actions_owned": rows(select(Action).where(Action.owner_id == person.id).order_by(Action.id)),
        "updates_written": rows(select(ActionUpdate).where(ActionUpdate.author_id == person.id)
                                .order_by(ActionUpdate.id)),
        "input_raised": rows(select(Input).where(or_(Input.raised_by_id == person.id,
                                                     func.lower(Input.contact_email) == person.email.lower()))
                             .order_by(Input.id)),
        "emails_sent_to_them": rows(select(OutboxEmail).where(or_(
            OutboxEmail.recipient_id == person.id,
            func.lower(OutboxEmail.recipient_email) == person.email.lower())).order_by(OutboxEmail.id)),
    }


PLACEHOLDER = "a former member"
REMOVED_TEXT = "(Removed: written by a former member.)"


def erase_person(person: User) -> None:
    """Replace the person's name, email and the free text they wrote with a placeholder, and scrub
    the emails sent to them. Their actions, decisions and the audit trail keep their shape (the
    same rows, owners and events), so the partnership's record still adds up.

    The caller commits. Refuses (DomainError) to erase the last active admin."""
    from tracker.core.domain import DomainError
    from tracker.people.models import Role

    if person.role == Role.ADMIN and person.is_active and db.session.scalar(
            select(func.count()).select_from(User).where(User.role == Role.ADMIN, User.is_active.is_(True),
                                                          User.id != person.id)) == 0:
        raise DomainError("This is the only admin. Make someone else an admin before erasing them.")
    secrets = {text for text in (person.name, person.email) if text}
    emails_to_them = _emails_to(person.email, person_id=person.id)
    inputs = list(db.session.scalars(select(Input).where(or_(
        Input.raised_by_id == person.id, func.lower(Input.contact_email) == person.email.lower()))))
    attendances = list(db.session.scalars(select(Attendance).where(or_(
        Attendance.person_id == person.id, Attendance.name == person.name))))
    person.name = PLACEHOLDER
    person.email = f"former-member-{person.id}@erased.invalid"
    person.job_title = ""
    person.password_hash = None
    person.is_active = False
    shut_out(person)
    for update in db.session.scalars(select(ActionUpdate).where(ActionUpdate.author_id == person.id)):
        if update.note:
            update.note = REMOVED_TEXT
    for attendance in attendances:
        if attendance.name:
            attendance.name = PLACEHOLDER
    for item in inputs:
        item.what, item.why_it_matters = REMOVED_TEXT, ""
        item.contact_email, item.contact_name = "", ""
    for email in emails_to_them:
        _scrub_email(email, person.email)
    # Their authenticator app's secret and recovery codes go too: nobody signs in as them again.
    db.session.execute(db.delete(RecoveryCode).where(RecoveryCode.person_id == person.id))
    db.session.execute(db.delete(TwoStepSignIn).where(TwoStepSignIn.person_id == person.id))
    db.session.flush()  # writes the audit events of the erasure itself, which are scrubbed next
    _scrub_audit_trail(AuditEvent, secrets)


def _emails_to(address: str, *, person_id: int | None = None) -> list[OutboxEmail]:
    to_address = func.lower(OutboxEmail.recipient_email) == address.lower()
    return list(db.session.scalars(select(OutboxEmail).where(
        or_(OutboxEmail.recipient_id == person_id, to_address) if person_id is not None else to_address)))


def _scrub_email(email: OutboxEmail, new_address: str) -> None:
    email.recipient_email = new_address
    email.recipient_name = PLACEHOLDER
    email.subject, email.body_text, email.body_html = REMOVED_TEXT, REMOVED_TEXT, ""
    email.last_error = ""


# --- public contributors' email addresses, kept only while needed ------------------------------------

ERASED_CONTACT = "erased@erased.invalid"  # emails once sent to an erased address show this one


def contact_emails_due_for_erasure(now: datetime, keep_for: timedelta) -> list[str]:
    """The addresses of people without an account whose every input closed more than `keep_for`
    ago. Closed: it has its outcome and none of the actions it led to is still open (until then
    they are told what happens, charter: close the loop); it closed when the last of its answer
    and those actions did. An address with input still open, or closed lately, is kept."""
    from tracker.actions.models import OPEN_STATUSES

    with_address = select(Input).where(Input.raised_by_id.is_(None), Input.contact_email != "")
    latest_close: dict[str, datetime | None] = {}
    for raised in db.session.scalars(with_address.options(selectinload(Input.actions))):
        address = raised.contact_email.lower()
        closed = raised.has_outcome and not any(action.status in OPEN_STATUSES for action in raised.actions)
        moments = [to_local(moment, UTC) for moment in
                   (raised.answered_at, *(action.closed_at for action in raised.actions)) if moment]
        closed_at = max(moments) if closed and moments else None
        if closed_at is None or address in latest_close and latest_close[address] is None:
            latest_close[address] = None
        else:
            latest_close[address] = max(closed_at, latest_close.get(address) or closed_at)
    return sorted(address for address, closed_at in latest_close.items()
                  if closed_at is not None and closed_at <= now - keep_for)


def erase_contact_email(address: str, *, reason: str) -> int:
    """A public contributor's email address, gone from their input, the emails sent to it and the
    audit trail's values. What they raised and its answer stay: the partnership's record still adds
    up, and nobody can be traced from it. Returns how many inputs held the address. The caller commits."""
    inputs = list(db.session.scalars(select(Input).where(
        Input.raised_by_id.is_(None), func.lower(Input.contact_email) == address.lower())))
    spellings = {address, *(raised.contact_email for raised in inputs)}  # as typed, in the audit trail
    for raised in inputs:
        give_reason(db.session, raised, reason)
        raised.contact_email = ""
    for email in _emails_to(address):
        _scrub_email(email, ERASED_CONTACT)
    db.session.flush()  # writes the audit events of the erasure itself, which are scrubbed next
    _scrub_audit_trail(AuditEvent, spellings)
    return len(inputs)


def erase_closed_contact_emails(now: datetime, keep_for: timedelta) -> dict:
    """The daily job's step: every address due for erasure, erased. Running it again erases
    nothing more (the addresses are gone). Returns counts for the job's record."""
    due = contact_emails_due_for_erasure(now, keep_for)
    reason = f"Contact email erased {life_in_words(keep_for)} after the input closed"
    inputs = sum(erase_contact_email(address, reason=reason) for address in due)
    return {"contact_emails_erased": len(due), "inputs_with_contact_erased": inputs}


def _scrub(value, secrets: set[str]):
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, PLACEHOLDER)
        return value
    if isinstance(value, list):
        return [_scrub(item, secrets) for item in value]
    if isinstance(value, dict):
        return {key: _scrub(item, secrets) for key, item in value.items()}
    return value


def _scrub_audit_trail(AuditEvent, secrets: set[str]) -> None:
    """The audit trail keeps every event, with the person's name and email replaced in its values."""
    from sqlalchemy import String, cast

    matches = or_(*(cast(AuditEvent.changes, String).contains(secret) for secret in secrets))
    for event in db.session.scalars(select(AuditEvent).where(matches)):
        event.changes = _scrub(event.changes, secrets)
