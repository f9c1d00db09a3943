"""Rendered pages kept while nothing they show has changed.

A chair's outstanding list is read far more often than the records behind it change: it is
opened before a meeting, reloaded through it, and shared as a bookmark. So the page, once drawn,
is kept and served again until one of three things moves on:

- the change stamp: every transaction that writes an Auditable record (actions, their updates,
  people, groups, organisations, meetings, ...) gives the database a new random stamp as it
  commits, in the same transaction, so it commits or rolls back with the change. The stamp is
  read before the page's data, so a page is never filed under a stamp newer than what it shows;
- the day (days overdue and RAG move on at midnight);
- the person (their name and menu are on the page; no two people share a copy), known without
  loading them (see `_key`), so a kept page costs one read of the stamp.

Copies are kept per browser session: the sign-out form's CSRF token, made from the session's own
secret (and, with WTF_CSRF_TIME_LIMIT off, good for the session's life), is the one part of a
page that belongs to a session. The Content Security Policy nonce belongs to the response, and is
put in afresh each time a copy is served. A page with a message to show once (a flash) or a form
error is drawn and not kept. Pages live in Flask-Caching's per-process SimpleCache: each worker
keeps its own copies, bounded in number and age, and the stamp in the shared database keeps
every worker right.
"""
from __future__ import annotations

import secrets
from functools import wraps
from itertools import chain

from flask import Response, g, request, session
from sqlalchemy import event, select

from tracker.core.database import insert_or_on_conflict
from tracker.core.dates import local_today
from tracker.core.models import Auditable, ChangeStamp
from tracker.core.plain_english import spell_out_in_page
from tracker.extensions import cache, db, login_manager

STAMP_NAME = "records"
_CHANGED = "records_changed"  # noted in session.info by a flush, until the commit
_STAMP_NOW = select(ChangeStamp.stamp).where(ChangeStamp.name == STAMP_NAME)


def current_stamp() -> str | None:
    """The stamp now (one read by primary key); None on a database that has none yet."""
    # On the session's connection but past the ORM: this read is on every page served from cache.
    return db.session.connection().scalar(_STAMP_NOW)


def renew_stamp(connection) -> None:
    """A new stamp, written on `connection` (inside the caller's transaction)."""
    stamp = secrets.token_hex(16)
    statement = insert_or_on_conflict(db.session, ChangeStamp.__table__).values(name=STAMP_NAME, stamp=stamp)
    connection.execute(statement.on_conflict_do_update(index_elements=["name"], set_={"stamp": stamp}))


def init_app(app) -> None:
    """Renew the stamp on every write through the app's session (Flask-SQLAlchemy's `db.session`,
    whose listeners apply to its own session class, not to every SQLAlchemy session in the
    process). Bound once, however many apps are made (tests make many)."""
    for name, listener in (("after_flush", _note_a_change), ("before_commit", _renew_stamp_at_commit),
                           ("after_transaction_end", _forget_changes_rolled_back)):
        if not event.contains(db.session, name, listener):
            event.listen(db.session, name, listener)


def _note_a_change(session, _flush_context):
    # Auditable is the same line the audit trail draws: records people see, not bookkeeping
    # (outbox, nudge steps, job leases), which change far more often and show on no cached page.
    if any(isinstance(obj, Auditable) for obj in chain(session.new, session.dirty, session.deleted)):
        session.info[_CHANGED] = True


def forget_kept_pages(session) -> None:
    """Renew the stamp when `session` commits, for a change that is not to an Auditable record
    but must still end the kept copies (a session signed out)."""
    session.info[_CHANGED] = True


def _renew_stamp_at_commit(session):
    # The stamp's one row is written last, just before the commit: a transaction holds its lock
    # only while committing, so writers never queue behind a long transaction (a nudge run) nor
    # wait for each other's rows while holding it (a deadlock on PostgreSQL).
    session.flush()  # the commit's own flush comes after this hook; what it writes must count
    if session.info.pop(_CHANGED, False):
        renew_stamp(session.connection())


def _forget_changes_rolled_back(session, transaction):
    if transaction.parent is None:  # only the whole transaction: a savepoint's end keeps the note
        session.info.pop(_CHANGED, None)


def kept_page(view):
    """Serve the view's page from the cache while it is still good; put on outside the view's
    access decorator (`@roles`), whose check a kept copy stands for (see the module docstring)."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        key = _key()
        kept = cache.get(key) if key else None
        if kept is not None:
            html, nonce = kept
            g.acronyms_spelled_out = True  # kept as it was sent: spelling out again would cost ~1 ms
            return Response(html.replace(_nonce_attribute(nonce), _nonce_attribute(g.csp_nonce)),
                            mimetype="text/html")
        page = view(*args, **kwargs)
        if key and isinstance(page, str) and not g.pop("page_not_kept", False):
            page = spell_out_in_page(page)
            g.acronyms_spelled_out = True
            cache.set(key, (page.encode(), g.csp_nonce))
        return page

    return wrapped


def _nonce_attribute(nonce: str) -> bytes:
    return f' nonce="{nonce}"'.encode()


def do_not_keep_this_page() -> None:
    """For a view under `kept_page` whose page this time must not be kept (a form error)."""
    g.page_not_kept = True


def _key() -> str | None:
    """The cache key for this request, or None when it must be drawn afresh.

    The person is known by what Flask-Login signed into the session cookie ("id:session
    version"), not loaded: a copy kept under the current stamp was drawn for them after the full
    sign-in and access checks, and an unchanged stamp means their record (active, role, session
    version) is unchanged since. Only for the browser the session was issued to, as Flask-Login
    checks, and once the session has its CSRF secret (the first page it is shown gives it one);
    never with a message waiting to be shown once."""
    identity, csrf_secret = session.get("_user_id"), session.get("csrf_token")
    if not identity or not csrf_secret or session.get("_flashes") or \
            session.get("_id") != login_manager._session_identifier_generator():
        return None
    stamp = current_stamp()
    if stamp is None:
        return None
    query = "&".join(f"{name}={value}" for name, value in sorted(request.args.items(multi=True)))
    return f"page:{request.path}:{identity}:{csrf_secret}:{local_today().isoformat()}:{stamp}:{query}"
