"""Everything the tracker holds about one person, gathered for a subject access request.

Plain functions over model objects; the CLI (`flask people export`) and the admin page call them."""
from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, inspect, or_, select

from tracker.actions.models import Action, ActionUpdate
from tracker.extensions import db
from tracker.inputs.models import Input
from tracker.nudges.models import OutboxEmail
from tracker.people.models import Membership, User

# Secrets are never exported: they are not the person's data but keys to their account.
SECRET_COLUMNS = {"password_hash", "api_token_hash", "session_version"}


def person_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))


def _value(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    return value


def _row(record) -> dict:
    """A record's columns as plain JSON values, secrets left out."""
    return {attr.key: _value(getattr(record, attr.key)) for attr in inspect(record).mapper.column_attrs
            if attr.key not in SECRET_COLUMNS}


def personal_data(person: User) -> dict:
    """Account, memberships, actions owned, updates written, input raised and emails sent to them."""
    def rows(query):
        return [_row(record) for record in db.session.scalars(query)]

    return {
        "account": _row(person),
        "memberships": rows(select(Membership).where(Membership.person_id == person.id)),
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
