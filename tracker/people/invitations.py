"""Invitations and password resets by email: signed, expiring, single-use links.

A link names the person and a fingerprint of their current password, so once a password is set
(by this link or any other way) every older invitation or reset link for them stops working; the
link is also recorded as used. Asking for a reset never reveals whether an address has an account.
Like all operations these flush and never commit.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from flask import current_app

from tracker.core.dates import format_datetime, utcnow
from tracker.core.domain import DomainError
from tracker.core.signed_links import (
    LinkProblem,
    SignedLink,
    SignedLinkError,
    make_link_token,
    read_link_token,
    spend_link,
)
from tracker.extensions import db
from tracker.nudges.links import absolute_url
from tracker.nudges.outbox import queue_email
from tracker.people.models import Group, GroupRole, Organisation, Role, User
from tracker.people.operations import check_password_rules, create_person, set_password
from tracker.people.queries import find_user_by_email

INVITATION = "invitation"
INVITATION_LIFE = timedelta(days=14)
PASSWORD_RESET = "password-reset"
PASSWORD_RESET_LIFE = timedelta(hours=2)
LIFE = {INVITATION: INVITATION_LIFE, PASSWORD_RESET: PASSWORD_RESET_LIFE}


def life_in_words(life: timedelta) -> str:
    """ "14 days", "2 hours": how long a link works, said from the one place its life is set."""
    if life.days and not life.seconds:
        return f"{life.days} day{'s' if life.days != 1 else ''}"
    hours = round(life.total_seconds() / 3600)
    return f"{hours} hour{'s' if hours != 1 else ''}"


LASTS = {purpose: life_in_words(life) for purpose, life in LIFE.items()}
RESET_LASTS = LASTS[PASSWORD_RESET]  # for the email


def _password_fingerprint(person: User) -> str:
    return hashlib.sha256((person.password_hash or "no password").encode()).hexdigest()[:16]


def _link_for(purpose: str, person: User, now: datetime) -> tuple[str, str]:
    token = make_link_token(purpose, issued_at=now, person=person.id, password=_password_fingerprint(person))
    return token, hashlib.sha256(token.encode()).hexdigest()[:24]


def invite_person(person: User, *, by: User | None, now: datetime | None = None) -> bool:
    """Email the person a link to set their password and sign in. Each call sends a new link."""
    if not person.is_active:
        raise DomainError(f"{person.name} is deactivated. Reactivate them before inviting them")
    if person.password_hash:
        raise DomainError(f"{person.name} can already sign in. If they have forgotten their password, "
                          "they can reset it from the sign-in page")
    now = now or utcnow()
    token, reference = _link_for(INVITATION, person, now)
    site = current_app.config["SITE_NAME"]
    return queue_email(
        key=f"invitation:{person.id}:{reference}", kind="invitation", to=person,
        subject=f"You have been invited to the {site}", template="emails/invitation",
        person=person, invited_by=by, link=absolute_url("people.accept_invitation", token=token),
        expires=format_datetime(now + INVITATION_LIFE), sign_in_url=absolute_url("people.login"),
    )


# A group's chair invites people into their group as members or champions; other roles in the
# service (admin, chair, lead) are given by an admin.
ROLES_A_CHAIR_MAY_GIVE = (Role.MEMBER, Role.CHAMPION)


def invite_new_person(*, email: str, name: str, by: User, role: Role | str = Role.MEMBER,
                      organisation: Organisation | None = None, job_title: str = "",
                      group: Group | None = None, group_role: GroupRole | str = GroupRole.MEMBER,
                      now: datetime | None = None) -> User:
    """Add someone who has no account yet (into a group, if one is given) and email them an
    invitation to set their password. Who may add people to the group is the caller's check
    (permissions.can_edit_group); an admin may give any role, a chair only ROLES_A_CHAIR_MAY_GIVE."""
    if by.role != Role.ADMIN:
        if group is None:
            raise DomainError("Choose the group to invite them to", field="group")
        if role not in ROLES_A_CHAIR_MAY_GIVE:
            raise DomainError("Choose member or champion: an admin gives other roles", field="role")
    person = create_person(email=email, name=name, role=role, organisation=organisation, job_title=job_title)
    if group is not None:
        from tracker.meetings.operations import add_member  # meetings builds on people, not the reverse

        add_member(group, person=person, group_role=group_role)
    invite_person(person, by=by, now=now)
    return person


def request_password_reset(email: str, *, now: datetime | None = None) -> None:
    """Email a reset link if the address belongs to an active person; otherwise do nothing.

    The caller shows the same page either way, so the page reveals nothing.
    """
    person = find_user_by_email(email or "")
    if person is None or not person.is_active:
        return
    now = now or utcnow()
    token, reference = _link_for(PASSWORD_RESET, person, now)
    queue_email(
        key=f"password-reset:{person.id}:{reference}", kind="password_reset", to=person,
        subject="Reset your password", template="emails/password_reset", person=person,
        link=absolute_url("people.reset_password", token=token),
        lasts=RESET_LASTS,
        forgot_url=absolute_url("people.forgot_password"),
    )


def person_for_link(purpose: str, token: str, *, now: datetime | None = None) -> tuple[SignedLink, User]:
    """The person an invitation or reset link is for, or SignedLinkError saying why not."""
    link = read_link_token(purpose, token, max_age=LIFE[purpose], now=now)
    person_id = link.payload.get("person")
    person = db.session.get(User, person_id) if isinstance(person_id, int) else None
    if person is None or not person.is_active:
        raise SignedLinkError(LinkProblem.INVALID)
    if link.payload.get("password") != _password_fingerprint(person):
        raise SignedLinkError(LinkProblem.USED, link.payload)  # a password has been set since it was sent
    return link, person


def set_password_from_link(purpose: str, token: str, password: str, *,
                           now: datetime | None = None) -> User:
    """Accept an invitation or complete a reset: check the link, spend it, set the password."""
    link, person = person_for_link(purpose, token, now=now)
    check_password_rules(password)
    spend_link(link, now=now)
    set_password(person, password)
    db.session.flush()
    return person
