"""Signing in and out: password hashing, the session, and safe redirects after login."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import current_app, session
from flask_login import current_user, login_user, logout_user

from tracker.core.audit import set_actor
from tracker.core.dates import utcnow
from tracker.core.stamps import note_change
from tracker.extensions import db, login_manager
from tracker.people.models import EndedSession, User
from tracker.people.queries import find_signed_in_user, find_user_by_email

MIN_PASSWORD_LENGTH = 8
SESSION_ID = "session_id"  # the random id of a signed-in session, in its cookie
SIGNED_IN_AT = "signed_in_at"  # when, in whole seconds since 1970: a session ends a lifetime after it


def _hasher() -> PasswordHasher:
    """argon2id at the cost config.py sets (the library's recommended cost; the tests' is cheap), one per app."""
    return _hashing()[0]


def _hashing() -> tuple[PasswordHasher, str]:
    """The app's hasher, with a hash to verify against when the email is unknown (the same timing)."""
    hashing = current_app.extensions.get("password_hashing")
    if hashing is None:
        config = current_app.config
        hasher = PasswordHasher(time_cost=config["PASSWORD_HASH_TIME_COST"],
                                memory_cost=config["PASSWORD_HASH_MEMORY_KIB"],
                                parallelism=config["PASSWORD_HASH_PARALLELISM"])
        hashing = current_app.extensions["password_hashing"] = (hasher, hasher.hash("not-a-real-password"))
    return hashing


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def matches_hash(stored_hash: str, text: str) -> bool:
    """Whether `text` is what `stored_hash` (from hash_password) was made from."""
    try:
        return _hasher().verify(stored_hash, text)
    except (VerificationError, InvalidHashError):
        return False


def check_password(user: User | None, password: str) -> bool:
    if not matches_hash(user.password_hash if user and user.password_hash else _hashing()[1], password):
        return False
    return user is not None and user.password_hash is not None and user.is_active


def authenticate(email: str, password: str) -> User | None:
    user = find_user_by_email(email)
    if not check_password(user, password):
        return None
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


# Wrong guesses at a password or a two-step code are limited per account (guesses spread over many
# addresses) and, more loosely, per address (a council office shares one address).
def sign_in_account_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


def sign_in_address_limit() -> str:
    return current_app.config["LOGIN_ADDRESS_RATE_LIMIT"]


def wrong_guess(response) -> bool:
    """Only wrong guesses count: a right answer (a redirect) never uses up anyone's limit."""
    return response.status_code != 302


def start_session(user: User) -> None:
    """A fresh session on every login, so a session id planted before login is useless."""
    session.clear()
    login_user(user)
    session[SESSION_ID] = secrets.token_urlsafe(32)
    session[SIGNED_IN_AT] = int(utcnow().timestamp())
    session.permanent = True
    user.last_login_at = utcnow()


def end_session() -> None:
    """Sign out: this browser forgets the session, and the server refuses any copy of its cookie.
    The caller commits."""
    if session.get(SESSION_ID):
        db.session.add(EndedSession(session_id=session[SESSION_ID], ended_at=utcnow()))
    note_change(db.session)  # a new records stamp: pages kept for this session are served no more
    logout_user()
    session.clear()


def forget_ended_sessions(*, older_than: datetime) -> int:
    """Sessions signed out before `older_than` (a session's life ago) have expired anyway: every
    copy of their cookie dies a lifetime after sign-in (see load_user), which came before the
    sign-out, so no copy outlives its record. Called by the daily job, beside forget_spent_links."""
    result = db.session.execute(db.delete(EndedSession).where(EndedSession.ended_at < older_than))
    return result.rowcount or 0


def _signed_in_user(identity: str, lifetime: timedelta) -> User | None:
    user_id, _, version = identity.partition(":")  # User.get_id()
    signed_in_as, signed_in_at = session.get(SESSION_ID), session.get(SIGNED_IN_AT)
    # No session id or time: issued before sign-outs were recorded. A session lasts a lifetime from
    # sign-in whatever re-signed its cookie since, so a copy of it can never outlive its record.
    if not user_id.isdigit() or not signed_in_as or not isinstance(signed_in_at, int):
        return None
    if utcnow().timestamp() - signed_in_at > lifetime.total_seconds():
        return None
    user = find_signed_in_user(int(user_id), signed_in_as)
    if user is None or not user.is_active or str(user.session_version) != version:
        return None
    return user


def is_safe_next(target: str | None) -> bool:
    """Only a path on this site: no scheme, no host, no '//' or '/\\' tricks."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return False
    parts = urlsplit(target.replace("\\", "/"))
    return not parts.scheme and not parts.netloc and all(ord(c) >= 32 for c in target)


def init_login(app) -> None:
    login_manager.login_view = "people.login"
    login_manager.login_message = "Sign in to see this page."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"

    @login_manager.user_loader
    def load_user(identity: str) -> User | None:
        user = _signed_in_user(identity, app.permanent_session_lifetime)
        if user is None:
            # Forget the identity, so the cookie this response sets (say, with a "sign in" message)
            # is a fresh one, never the ended session re-signed with a new life.
            session.clear()
        return user

    @app.before_request
    def _record_actor():
        set_actor(db.session, lambda: current_user if current_user.is_authenticated else None)
