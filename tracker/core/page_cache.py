"""Rendered pages kept while nothing they show has changed.

A chair's outstanding list is read far more often than the records behind it change: it is
opened before a meeting, reloaded through it, and shared as a bookmark. So the page, once drawn,
is kept and served again until one of three things moves on:

- the records stamp (core/stamps.py): every transaction that writes an Auditable record
  (actions, their updates, people, groups, organisations, meetings, ...) gives the database a new
  random stamp as it commits, in the same transaction, so it commits or rolls back with the
  change. The stamp is read before the page's data, so a page is never filed under a stamp newer
  than what it shows;
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

from functools import wraps

from flask import Response, g, request, session

from tracker.core.dates import local_today
from tracker.core.plain_english import spell_out_in_page
from tracker.core.stamps import RECORDS, current_stamp
from tracker.extensions import cache, login_manager


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
    stamp = current_stamp(RECORDS)
    if stamp is None:
        return None
    query = "&".join(f"{name}={value}" for name, value in sorted(request.args.items(multi=True)))
    return f"page:{request.path}:{identity}:{csrf_secret}:{local_today().isoformat()}:{stamp}:{query}"
