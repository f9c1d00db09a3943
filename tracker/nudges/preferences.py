"""Which optional emails each person wants, and the one-click way to stop them (RFC 8058).

Reminders, overdue nudges and escalations about actions a person owns are not optional: following
up promptly is a rule (docs/rules.md), so they have no kind here and no unsubscribe header. Everything else
is one of KINDS, on unless the person turned it off. A person without an account (someone who
raised input with only an email address) has choices too, kept against their address.

The weekly digest's choice already lives on the person (`User.digest_enabled`, which the planner
reads), so DIGEST reads and writes that column rather than keeping a second copy here.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tracker.core.database import UTCDateTime
from tracker.core.dates import utcnow
from tracker.core.models import Auditable
from tracker.core.signed_links import LinkProblem, SignedLinkError, make_link_token, read_link_token
from tracker.extensions import db
from tracker.people.models import User

# The kinds of optional email.
NEW_ACTIONS = "new_actions"  # "You have a new action": raised for you, passed to you, moved by someone else
MOVES = "moves"  # the daily email: moves of actions you follow or that answer your input
DIGEST = "digest"  # the weekly list of your open actions
PAPERS = "papers"  # meeting invitations and circulated papers (agenda, draft minutes, action log)
KINDS = (NEW_ACTIONS, MOVES, DIGEST, PAPERS)
KIND_LABELS = {
    NEW_ACTIONS: "new actions for you",
    MOVES: "the daily email about actions you follow",
    DIGEST: "the weekly list of your open actions",
    PAPERS: "meeting invitations and papers",
}

# Someone without an account gets only the daily email about what they raised, and follows nothing.
ADDRESS_KIND_LABELS = {MOVES: "what happens to the actions that answer what you raised"}


def kind_label(recipient: Recipient, kind: str) -> str:
    """The kind of email in words for whoever it goes to."""
    if isinstance(recipient, str):
        return ADDRESS_KIND_LABELS.get(kind, KIND_LABELS[kind])
    return KIND_LABELS[kind]


# A choice. NEW_ACTIONS may also be DAILY: gathered into the daily email instead of sent at once.
ON = "on"
OFF = "off"
DAILY = "daily"

UNSUBSCRIBE_PURPOSE = "unsubscribe"
# Not single-use (stopping twice is harmless), so it may outlive the single-use links; an old
# link says plainly that the settings page does the same.
UNSUBSCRIBE_LINK_LIFE = timedelta(days=90)

Recipient = User | str  # a person, or the address of someone without an account


class EmailChoice(Auditable, db.Model):
    """A person's choice for one kind of optional email. No row: the kind is on."""

    __tablename__ = "email_choices"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    address: Mapped[str | None] = mapped_column(String(254))  # lower case; no account
    kind: Mapped[str] = mapped_column(String(20))
    choice: Mapped[str] = mapped_column(String(10))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        UniqueConstraint("person_id", "kind", name="uq_email_choices_person_kind"),
        UniqueConstraint("address", "kind", name="uq_email_choices_address_kind"),
    )


def _where(recipient: Recipient):
    if isinstance(recipient, User):
        return EmailChoice.person_id == recipient.id
    return EmailChoice.address == recipient.strip().lower()


def choice_of(recipient: Recipient, kind: str) -> str:
    """ON, OFF or (new actions only) DAILY."""
    _check_kind(kind)
    if kind == DIGEST:
        if isinstance(recipient, User):
            return ON if recipient.digest_enabled else OFF
        return OFF  # only people with actions get the digest
    stored = db.session.scalar(db.select(EmailChoice.choice).where(_where(recipient), EmailChoice.kind == kind))
    return stored or ON


def wants_email(person: Recipient, kind: str) -> bool:
    """Does this person (or address) want this kind of optional email at all? Default yes."""
    return choice_of(person, kind) != OFF


def choices_of_people(person_ids, kind: str) -> dict[int, str]:
    """The stored choices of many people for one kind, in one query (people not listed: ON)."""
    _check_kind(kind)
    ids = list(set(person_ids))
    if not ids:
        return {}
    rows = db.session.execute(
        db.select(EmailChoice.person_id, EmailChoice.choice)
        .where(EmailChoice.kind == kind, EmailChoice.person_id.in_(ids))
    )
    return dict(rows.all())


def addresses_turned_off(addresses, kind: str) -> set[str]:
    """Of these addresses (people without an account), those that turned `kind` off: one query."""
    lowered = list({address.strip().lower() for address in addresses})
    if not lowered:
        return set()
    return set(db.session.scalars(
        db.select(EmailChoice.address)
        .where(EmailChoice.kind == kind, EmailChoice.choice == OFF, EmailChoice.address.in_(lowered))
    ))


def set_choice(recipient: Recipient, kind: str, choice: str, *, now: datetime | None = None) -> bool:
    """Record a choice (flushes, never commits). True if it changed anything."""
    _check_kind(kind)
    allowed = (ON, OFF, DAILY) if kind == NEW_ACTIONS else (ON, OFF)
    if choice not in allowed:
        raise ValueError(f"{choice!r} is not a choice for {kind}")
    if kind == DIGEST:
        if not isinstance(recipient, User) or recipient.digest_enabled == (choice == ON):
            return False
        recipient.digest_enabled = choice == ON
        db.session.flush()
        return True
    row = db.session.scalar(db.select(EmailChoice).where(_where(recipient), EmailChoice.kind == kind))
    if row is None:
        if choice == ON:
            return False
        row = EmailChoice(kind=kind, choice=choice, changed_at=now or utcnow())
        if isinstance(recipient, User):
            row.person_id = recipient.id
        else:
            row.address = recipient.strip().lower()
        db.session.add(row)
    elif row.choice == choice:
        return False
    else:
        row.choice, row.changed_at = choice, now or utcnow()
    db.session.flush()
    return True


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"{kind!r} is not a kind of optional email")


# --- one-click unsubscribe (RFC 8058) ------------------------------------------------------------


def unsubscribe_token(recipient: Recipient, kind: str, *, issued_at: datetime | None = None) -> str:
    _check_kind(kind)
    # A person (a User, or the nudge planner's row of one), or the address of someone without an account.
    who = {"address": recipient.strip().lower()} if isinstance(recipient, str) else {"person": recipient.id}
    return make_link_token(UNSUBSCRIBE_PURPOSE, issued_at=issued_at, kind=kind, **who)


def unsubscribe_url(recipient: Recipient, kind: str) -> str:
    from tracker.nudges.links import absolute_url

    return absolute_url("nudges.unsubscribe", token=unsubscribe_token(recipient, kind))


def unsubscribe_headers(person: Recipient, kind: str) -> dict[str, str]:
    """The headers that let a mail program offer "Unsubscribe" for this kind of email: a POST
    to the signed address turns the kind off without signing in (RFC 8058)."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(person, kind)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def read_unsubscribe(token: str, *, now: datetime | None = None) -> tuple[Recipient | None, str]:
    """Who the link is for and which kind it stops, or SignedLinkError (forged, cut, expired).

    The person is None if their account has gone since the email was sent."""
    link = read_link_token(UNSUBSCRIBE_PURPOSE, token, max_age=UNSUBSCRIBE_LINK_LIFE, now=now, allow_used=True)
    kind = link.payload.get("kind")
    if kind not in KINDS:
        raise SignedLinkError(LinkProblem.INVALID)
    if isinstance(link.payload.get("address"), str):
        return link.payload["address"], kind
    person_id = link.payload.get("person")
    if not isinstance(person_id, int):
        raise SignedLinkError(LinkProblem.INVALID)
    return db.session.get(User, person_id), kind
