"""What can happen to people: creating accounts, setting passwords."""
from __future__ import annotations

from tracker.api.tokens import reset_calendar_feeds, revoke_api_token
from tracker.core.domain import DomainError, checked_text
from tracker.extensions import db
from tracker.people.auth import MIN_PASSWORD_LENGTH, hash_password
from tracker.people.models import Organisation, Role, User, normalise_email
from tracker.people.queries import find_user_by_email


def check_password_rules(password: str) -> None:
    """At least 8 characters; no composition rules (NCSC guidance), long passphrases welcome."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise DomainError(f"Password must be {MIN_PASSWORD_LENGTH} characters or more", field="password")


def shut_out(person: User) -> None:
    """End every way in the person has: their sessions, their API token and their calendar links
    (a person deactivated or erased). Reactivating them later brings none of the old ones back."""
    person.session_version = (person.session_version or 0) + 1
    revoke_api_token(person)
    reset_calendar_feeds(person)


# The messages of the person and organisation forms' required fields (forms show them too, at once).
NAME_REQUIRED = "Enter the person's full name"
EMAIL_REQUIRED = "Enter the person's email address"
ROLE_REQUIRED = "Choose the person's role"
ORGANISATION_NAME_REQUIRED = "Enter the organisation's name"


def _checked_person(name: str, email: str, job_title: str) -> tuple[str, str, str]:
    """The person's name, email address and job title trimmed, or the first rule they break."""
    return (checked_text(name, "users.name", field="name", what="The name", required=NAME_REQUIRED),
            checked_text(email, "users.email", field="email", what="The email address", required=EMAIL_REQUIRED),
            checked_text(job_title, "users.job_title", field="job_title", what="The job title"))


def create_person(
    *,
    email: str,
    name: str,
    role: Role | str = Role.MEMBER,
    password: str | None = None,
    organisation: Organisation | None = None,
    job_title: str = "",
) -> User:
    name, email, job_title = _checked_person(name, email, job_title)
    if find_user_by_email(email) is not None:
        raise DomainError("A person with this email address already exists", field="email")
    if role not in set(Role):
        raise DomainError(ROLE_REQUIRED, field="role")
    person = User(
        email=normalise_email(email),
        name=name,
        role=Role(role),
        organisation=organisation,
        job_title=job_title,
    )
    if password is not None:
        set_password(person, password)
    db.session.add(person)
    db.session.flush()
    return person


def set_password(person: User, password: str) -> None:
    check_password_rules(password)
    person.password_hash = hash_password(password)
    # A new password ends every other session of this person.
    person.session_version = (person.session_version or 0) + 1


def update_person(person: User, *, name: str, email: str, role: str, job_title: str,
                  organisation: Organisation | None, is_active: bool) -> User:
    name, email, job_title = _checked_person(name, email, job_title)
    other = find_user_by_email(email)
    if other is not None and other.id != person.id:
        raise DomainError("Another person already has this email address", field="email")
    if role not in set(Role):
        raise DomainError(ROLE_REQUIRED, field="role")
    leaving = person.is_active and not is_active
    person.name = name
    person.email = normalise_email(email)
    person.role = Role(role)
    person.job_title = job_title
    person.organisation = organisation
    person.is_active = is_active
    if leaving:
        shut_out(person)  # with the edit, in one flush: one event in the audit trail
    db.session.flush()
    return person


def create_organisation(*, name: str, short_name: str = "", kind: str = "other") -> Organisation:
    name = checked_text(name, "organisations.name", field="name", what="The name", required=ORGANISATION_NAME_REQUIRED)
    short_name = checked_text(short_name, "organisations.short_name", field="short_name", what="The short name")
    if db.session.scalar(db.select(Organisation).where(Organisation.name == name)):
        raise DomainError("An organisation with this name already exists", field="name")
    organisation = Organisation(name=name, short_name=short_name, kind=kind)
    db.session.add(organisation)
    db.session.flush()
    return organisation
