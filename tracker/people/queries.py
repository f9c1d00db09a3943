"""The named queries over tracker.people.models: what the pages, the API and the jobs read,
each loading what it needs in a fixed number of statements."""
from __future__ import annotations

import functools

from sqlalchemy import bindparam, func, or_
from sqlalchemy.orm import selectinload

from tracker.extensions import db
from tracker.people.models import EndedSession, Group, Membership, Organisation, User, normalise_email


def find_signed_in_user(user_id: int, session_id: str) -> User | None:
    """The person, unless this session was signed out; one query."""
    return db.session.scalar(_signed_in_user_select(), {"user_id": user_id, "session_id": session_id})


@functools.cache
def _signed_in_user_select():
    """Built once, its values bound on each call: every signed-in request runs it, and building it
    (with SQLAlchemy's cache key for it) cost twice what running it does."""
    ended = db.select(EndedSession.session_id).where(EndedSession.session_id == bindparam("session_id")).exists()
    return db.select(User).where(User.id == bindparam("user_id"), ~ended)


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(db.select(User).where(User.email == normalise_email(email)))


def group_roles_of(person: User) -> dict[int, str]:
    """{group_id: group_role} for one person, in one query."""
    rows = db.session.execute(
        db.select(Membership.group_id, Membership.group_role).where(Membership.person_id == person.id)
    )
    return {group_id: role for group_id, role in rows}


def active_groups() -> list[Group]:
    return db.session.scalars(
        db.select(Group).where(Group.is_active.is_(True)).order_by(Group.name)
    ).all()


def people_by_name() -> list[User]:
    return db.session.scalars(
        db.select(User).where(User.is_active.is_(True)).order_by(User.name)
    ).all()



def organisations_by_name() -> list[Organisation]:
    return db.session.scalars(db.select(Organisation).order_by(Organisation.name)).all()


def people_page(*, search: str = "", page: int = 1, per_page: int = 25):
    """One page of people with their organisation and groups: three queries whatever the size."""
    query = (
        db.select(User)
        .options(selectinload(User.organisation), selectinload(User.memberships).selectinload(Membership.group))
        .order_by(User.name, User.id)
    )
    if search:
        pattern = f"%{search.lower()}%"
        query = query.where(or_(func.lower(User.name).like(pattern), User.email.like(pattern)))
    return db.paginate(query, page=page, per_page=per_page, error_out=False)
