"""Everything the tracker holds about one person, gathered for a subject access request.

Plain functions over model objects; the CLI (`flask people export`) and the admin page call them."""
from __future__ import annotations

from sqlalchemy import func, inspect, or_, select

from tracker.actions.models import Action, ActionUpdate
from tracker.core.audit import _plain  # one rule for turning a column's value into JSON
from tracker.extensions import db
from tracker.inputs.models import Input
from tracker.meetings.models import Attendance
from tracker.nudges.models import OutboxEmail
from tracker.people.models import Membership, User

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
    from tracker.core.models import AuditEvent
    from tracker.people.models import Role

    if person.role == Role.ADMIN and person.is_active and db.session.scalar(
            select(func.count()).select_from(User).where(User.role == Role.ADMIN, User.is_active.is_(True),
                                                          User.id != person.id)) == 0:
        raise DomainError("This is the only admin. Make someone else an admin before erasing them.")
    secrets = {text for text in (person.name, person.email) if text}
    emails_to_them = list(db.session.scalars(select(OutboxEmail).where(or_(
        OutboxEmail.recipient_id == person.id,
        func.lower(OutboxEmail.recipient_email) == person.email.lower()))))
    inputs = list(db.session.scalars(select(Input).where(or_(
        Input.raised_by_id == person.id, func.lower(Input.contact_email) == person.email.lower()))))
    attendances = list(db.session.scalars(select(Attendance).where(or_(
        Attendance.person_id == person.id, Attendance.name == person.name))))
    person.name = PLACEHOLDER
    person.email = f"former-member-{person.id}@erased.invalid"
    person.job_title = ""
    person.password_hash = None
    person.is_active = False
    person.session_version = (person.session_version or 0) + 1
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
        email.recipient_email = person.email
        email.recipient_name = PLACEHOLDER
        email.subject, email.body_text, email.body_html = REMOVED_TEXT, REMOVED_TEXT, ""
        email.last_error = ""
    db.session.flush()  # writes the audit events of the erasure itself, which are scrubbed next
    _scrub_audit_trail(AuditEvent, secrets)


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
