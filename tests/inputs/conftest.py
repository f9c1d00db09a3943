"""Fixtures for input: a fixed clock, a partnership with people in every role, and the outbox."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from tests.nudges.conftest import Mailbox, mailbox  # noqa: F401  a real SMTP server on loopback
from tracker.extensions import db
from tracker.inputs import operations

TODAY = date(2026, 11, 23)  # a Monday
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@dataclass
class Partnership:
    board: object  # the SEND Board
    workstream: object  # Preparing for Adulthood
    chair: object  # service chair; chairs the Board
    secretary: object  # Board secretary
    lead: object  # service lead; leads the workstream
    owner: object  # owns actions; member of the workstream
    member: object  # staff in no group
    champion: object
    other_champion: object
    admin: object


@pytest.fixture
def partnership(make_person, make_group, make_organisation) -> Partnership:
    council = make_organisation("Stockport Council", short_name="Council")
    chair = make_person("chair", "Cara Chair", organisation=council)
    secretary = make_person("member", "Sam Secretary", organisation=council)
    lead = make_person("lead", "Lee Lead", organisation=council)
    owner = make_person("member", "Olu Owner", organisation=council)
    board = make_group(name="SEND Board", chair=chair, secretary=secretary, kind="board")
    workstream = make_group(name="Preparing for Adulthood", lead=lead, members=[owner])
    return Partnership(
        board=board, workstream=workstream, chair=chair, secretary=secretary, lead=lead, owner=owner,
        member=make_person("member", "Mo Member"),
        champion=make_person("champion", "Aisha Khan"),
        other_champion=make_person("champion", "Bea Champion"),
        admin=make_person("admin", "Ada Admin"),
    )


@pytest.fixture
def outbox(app):
    """outbox(kind=None) -> the queued emails (of one kind), oldest first."""
    from tracker.nudges.models import OutboxEmail

    def emails(kind: str | None = None):
        query = db.select(OutboxEmail).order_by(OutboxEmail.id)
        if kind:
            query = query.where(OutboxEmail.kind == kind)
        return db.session.scalars(query).all()

    return emails


@pytest.fixture
def raised(partnership):
    """A champion's input, not yet passed to a group."""
    made = operations.raise_input(by=partnership.champion, what="Supply teachers need autism awareness.", at=NOW)
    db.session.commit()
    return made
