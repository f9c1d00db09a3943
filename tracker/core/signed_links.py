"""Signed, expiring, single-use links sent by email (action updates, invitations, password resets).

A link carries a payload signed with SECRET_KEY for one purpose (a token for one purpose is
useless for another), the moment it was issued, and a random nonce. Reading it checks the
signature and its age; spending it records the nonce's digest in `used_tokens`, in the same
transaction as the change it makes, so a link works once however often it is clicked or replayed.
Time is an argument, so expiry is testable without waiting.
"""
from __future__ import annotations

import enum
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer
from sqlalchemy.exc import IntegrityError

from tracker.core.dates import utcnow
from tracker.core.models import DatabaseRestore, UsedToken
from tracker.extensions import db


class LinkProblem(enum.StrEnum):
    INVALID = "invalid"  # tampered with, cut short, or made for something else
    EXPIRED = "expired"
    USED = "used"


class SignedLinkError(Exception):
    """Why a link cannot be used; with its payload when the signature was good (expired or used),
    so a page can say what the link was for."""

    def __init__(self, problem: LinkProblem, payload: dict | None = None):
        super().__init__(problem.value)
        self.problem = problem
        self.payload = payload or {}


@dataclass(frozen=True)
class SignedLink:
    payload: dict
    token_id: str  # what `used_tokens` records once the link has been used
    issued_at: datetime


def _signer_issued_at(moment: datetime) -> type[TimestampSigner]:
    class _Signer(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(moment.timestamp())

    return _Signer


def _serializer(purpose: str, issued_at: datetime | None = None) -> URLSafeTimedSerializer:
    kwargs = {"signer": _signer_issued_at(issued_at)} if issued_at is not None else {}
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=f"tracker:{purpose}", **kwargs)


def _token_id(purpose: str, nonce: str) -> str:
    return hashlib.sha256(f"{purpose}:{nonce}".encode()).hexdigest()


def make_link_token(purpose: str, *, issued_at: datetime | None = None, **payload) -> str:
    """A token for `purpose` carrying `payload` (small JSON values) and a fresh nonce."""
    return _serializer(purpose, issued_at).dumps({**payload, "nonce": secrets.token_urlsafe(12)})


def read_link_token(purpose: str, token: str, *, max_age: timedelta, now: datetime | None = None,
                    allow_used: bool = False) -> SignedLink:
    """The link's payload, or SignedLinkError saying why it cannot be used.

    Reading never changes anything (mail scanners follow links); `spend_link` does.
    """
    now = now or utcnow()
    try:
        payload, issued = _serializer(purpose).loads(token, return_timestamp=True)
    except SignatureExpired:  # cannot happen without max_age, but keep the meaning if it does
        raise SignedLinkError(LinkProblem.EXPIRED) from None
    except (BadSignature, ValueError, TypeError):
        raise SignedLinkError(LinkProblem.INVALID) from None
    if not isinstance(payload, dict) or not isinstance(payload.get("nonce"), str):
        raise SignedLinkError(LinkProblem.INVALID)
    if now - issued > max_age:
        raise SignedLinkError(LinkProblem.EXPIRED, payload)
    link = SignedLink(payload=payload, token_id=_token_id(purpose, payload["nonce"]), issued_at=issued)
    if not allow_used and link_is_spent(link):
        raise SignedLinkError(LinkProblem.USED, payload)
    return link


def link_is_spent(link: SignedLink) -> bool:
    """Recorded as used, or issued before the database was last restored from a backup (which
    may have lost the record of its use). One query."""
    used, last_restore = db.session.execute(db.select(
        db.select(UsedToken.token_id).where(UsedToken.token_id == link.token_id).exists(),
        db.select(db.func.max(DatabaseRestore.restored_at)).scalar_subquery(),
    )).one()
    if used:
        return True
    if last_restore is None:
        return False
    return link.issued_at <= last_restore


def spend_link(link: SignedLink, *, now: datetime | None = None) -> None:
    """Record the link as used, in the caller's transaction (flushes, never commits).

    Two clicks at once: the second insert hits the primary key and is refused as USED.
    """
    try:
        with db.session.begin_nested():
            db.session.add(UsedToken(token_id=link.token_id, used_at=now or utcnow()))
    except IntegrityError:
        raise SignedLinkError(LinkProblem.USED, link.payload) from None


def forget_spent_links(*, older_than: datetime) -> int:
    """Used links older than any link's life are expired anyway: their records can go."""
    result = db.session.execute(db.delete(UsedToken).where(UsedToken.used_at < older_than))
    return result.rowcount or 0


LONGEST_LINK_LIFE = timedelta(days=30)  # no link lives longer, but the one-click update links may: see below


def longest_link_life() -> timedelta:
    """How long the record of a spent link must be kept: as long as any single-use link works,
    including the one-click update links, whose life is a setting (ACTION_LINK_DAYS) that may be
    longer. Forgotten sooner, a link still in its life would work again."""
    return max(LONGEST_LINK_LIFE, timedelta(days=current_app.config["ACTION_LINK_DAYS"]))
