"""Personal API tokens and private calendar feed links.

An API token is shown to its person once; only its SHA-256 is stored, so a copy of the database
gives nobody a working token. A token is 256 random bits, so a fast hash is enough (a password
needs a slow one because people choose guessable ones). Calendar feed links carry a signed,
non-expiring token naming the person and their feed version: calendar apps fetch them without
signing in, and resetting the links bumps the version so old copies stop working.
"""
from __future__ import annotations

import hashlib
import secrets

from flask import current_app, g, jsonify, request
from itsdangerous import BadSignature, URLSafeSerializer

from tracker.core.audit import set_actor
from tracker.extensions import db
from tracker.people.models import User

TOKEN_PREFIX = "trk_"  # lets secret scanners and people recognise a leaked Tracker token
FEED_SALT = "calendar-feed"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_api_token(person: User) -> str:
    """A new token for `person`, replacing any old one. Returns the token: show it once."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    person.api_token_hash = _digest(token)
    db.session.flush()
    return token


def revoke_api_token(person: User) -> None:
    person.api_token_hash = None
    db.session.flush()


def person_for_api_token(token: str) -> User | None:
    if not token.startswith(TOKEN_PREFIX):
        return None
    person = db.session.scalar(db.select(User).where(User.api_token_hash == _digest(token)))
    if person is None or not person.is_active:
        return None
    return person


def api_error(status: int, message: str, field: str | None = None):
    body = {"error": message}
    if field is not None:
        body["field"] = field
    return jsonify(body), status


def authenticate_api_request():
    """The person whose token is in `Authorization: Bearer ...`, or a 401 response.

    Only the header counts: the API ignores the session cookie, which is why it needs no CSRF token.
    """
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    person = person_for_api_token(token.strip()) if scheme.lower() == "bearer" else None
    if person is None:
        response, status = api_error(
            401, "Send a valid API token in the Authorization header: Bearer YOUR_TOKEN"
        )
        response.headers["WWW-Authenticate"] = 'Bearer realm="tracker"'
        return None, (response, status)
    g.api_person = person
    set_actor(db.session, person)  # the audit trail records the token's person as the actor
    return person, None


def api_person() -> User:
    """The person the current API request acts for (set by the `api_token` access rule)."""
    return g.api_person


# --- calendar feeds ------------------------------------------------------------------------------


def _feed_serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=FEED_SALT)


def calendar_feed_token(person: User) -> str:
    return _feed_serializer().dumps([person.id, person.calendar_feed_version])


def person_for_feed_token(token: str) -> User | None:
    try:
        person_id, version = _feed_serializer().loads(token)
    except (BadSignature, ValueError, TypeError):
        return None
    person = db.session.get(User, person_id) if isinstance(person_id, int) else None
    if person is None or not person.is_active or person.calendar_feed_version != version:
        return None
    return person


def reset_calendar_feeds(person: User) -> None:
    """Turn off every copy of the person's old feed links."""
    person.calendar_feed_version = (person.calendar_feed_version or 1) + 1
    db.session.flush()
