"""Signing in and out: password hashing, the session, and safe redirects after login."""
from __future__ import annotations

import secrets
from datetime import datetime
from urllib.parse import urlsplit

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import session
from flask_login import current_user, login_user, logout_user

from tracker.core.audit import set_actor
from tracker.core.dates import utcnow
from tracker.core.page_cache import forget_kept_pages
from tracker.extensions import db, login_manager
from tracker.people.models import EndedSession, User, find_signed_in_user, find_user_by_email

MIN_PASSWORD_LENGTH = 8
SESSION_ID = "session_id"  # the random id of a signed-in session, in its cookie
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Verifying against this when the email is unknown keeps the timing the same either way.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(user: User | None, password: str) -> bool:
    try:
        _hasher.verify(user.password_hash if user and user.password_hash else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return user is not None and user.password_hash is not None and user.is_active


def authenticate(email: str, password: str) -> User | None:
    user = find_user_by_email(email)
    if not check_password(user, password):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def start_session(user: User) -> None:
    """A fresh session on every login, so a session id planted before login is useless."""
    session.clear()
    login_user(user)
    session[SESSION_ID] = secrets.token_urlsafe(32)
    session.permanent = True
    user.last_login_at = utcnow()


def end_session() -> None:
    """Sign out: this browser forgets the session, and the server refuses any copy of its cookie.
    The caller commits."""
    if session.get(SESSION_ID):
        db.session.add(EndedSession(session_id=session[SESSION_ID], ended_at=utcnow()))
    forget_kept_pages(db.session)  # pages kept for this session are served no more
    logout_user()
    session.clear()


def forget_ended_sessions(*, older_than: datetime) -> int:
    """Sessions signed out before `older_than` (a session's life ago) have expired anyway: their
    records can go. Called by the daily job, beside forget_spent_links."""
    result = db.session.execute(db.delete(EndedSession).where(EndedSession.ended_at < older_than))
    return result.rowcount or 0


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
        user_id, _, version = identity.partition(":")  # User.get_id()
        signed_in_as = session.get(SESSION_ID)
        if not user_id.isdigit() or not signed_in_as:  # no session id: issued before sign-out was recorded
            return None
        user = find_signed_in_user(int(user_id), signed_in_as)
        if user is None or not user.is_active or str(user.session_version) != version:
            return None
        return user

    @app.before_request
    def _record_actor():
        set_actor(db.session, lambda: current_user if current_user.is_authenticated else None)
