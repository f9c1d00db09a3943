"""Change stamps: one cheap read says whether something has changed since it was last drawn.

Each stamp is a row of `change_stamps` holding a random value, renewed in the same transaction as
every write to what it stands for, so it commits or rolls back with the change:

- RECORDS: every Auditable record (actions, their updates, people, groups, meetings, ...), what
  pages show. Kept pages are served while it is unchanged (core/page_cache.py).
- CHOICES: the groups, organisations and tags that filter panels offer. The outstanding list reads
  and renders them once per change of these (reports/queries.py `filter_choices`), not once per
  page: an action's update leaves it alone.

Random values, not counters, so a restored backup or a fresh test database never matches a stamp
from before. A stamp that is not there yet (None) matches nothing: whoever reads it works afresh.
What a stamp stands for is declared with `watch` by the code that relies on it. Only writes through
the app's session renew a stamp; code that writes past the ORM (a restore, the benchmark's seed)
calls `renew_stamps` itself.
"""
from __future__ import annotations

import functools
import secrets
from itertools import chain

from sqlalchemy import event, select

from tracker.core.database import insert_or_on_conflict
from tracker.core.models import Auditable, ChangeStamp
from tracker.extensions import db

RECORDS = "records"
CHOICES = "choices"
_CHANGED = "stamps_to_renew"  # noted in session.info by a flush, until the commit
_WATCHED: dict[str, tuple[type, ...]] = {RECORDS: (Auditable,)}
# Auditable is the same line the audit trail draws: records people see, not bookkeeping (outbox,
# nudge steps, job leases), which change far more often and show on no kept page.
_OWN_COLUMNS_ONLY: set[str] = set()


def watch(name: str, *models: type, own_columns_only: bool = False) -> None:
    """Renew stamp `name` whenever a row of one of `models` is added, changed or deleted. With
    `own_columns_only`, a row counts as changed only when one of its own columns is: a group is
    not changed for what the stamp stands for when an action is added to it."""
    _WATCHED[name] = tuple(dict.fromkeys(_WATCHED.get(name, ()) + models))
    if own_columns_only:
        _OWN_COLUMNS_ONLY.add(name)


def current_stamp(name: str = RECORDS) -> str | None:
    """The stamp now (one read by primary key); None on a database that has none yet."""
    # On the session's connection but past the ORM: this read is on every page served from cache.
    return db.session.connection().scalar(_stamp_select(name))


@functools.cache
def _stamp_select(name: str):
    return select(ChangeStamp.stamp).where(ChangeStamp.name == name)  # built once: it never changes


def renew_stamps(connection, names=None) -> None:
    """New stamps (all of them, unless `names` says which), written on `connection` inside the
    caller's transaction."""
    for name in sorted(names or (RECORDS, CHOICES)):  # always in the same order: writers never deadlock
        stamp = secrets.token_hex(16)
        statement = insert_or_on_conflict(db.session, ChangeStamp.__table__).values(name=name, stamp=stamp)
        connection.execute(statement.on_conflict_do_update(index_elements=["name"], set_={"stamp": stamp}))


def note_change(session, name: str = RECORDS) -> None:
    """Renew stamp `name` when `session` commits, for a change the listeners cannot see (a session
    signed out ends its kept pages)."""
    session.info.setdefault(_CHANGED, set()).add(name)


def init_app(app) -> None:
    """Bind the listeners to the app's session (Flask-SQLAlchemy's `db.session`, whose listeners
    apply to its own session class, not to every SQLAlchemy session in the process). Bound once,
    however many apps are made (tests make many)."""
    for name, listener in (("after_flush", _note_changes), ("before_commit", _renew_at_commit),
                           ("after_transaction_end", _forget_changes_rolled_back)):
        if not event.contains(db.session, name, listener):
            event.listen(db.session, name, listener)


def _note_changes(session, _flush_context):
    changed = session.info.setdefault(_CHANGED, set())
    waiting = {name: models for name, models in _WATCHED.items() if name not in changed}
    for obj, added_or_deleted in chain(((obj, True) for obj in chain(session.new, session.deleted)),
                                       ((obj, False) for obj in session.dirty)):
        if not waiting:
            break
        for name, models in list(waiting.items()):
            if isinstance(obj, models) and (added_or_deleted or name not in _OWN_COLUMNS_ONLY
                                            or session.is_modified(obj, include_collections=False)):
                changed.add(name)
                del waiting[name]


def _renew_at_commit(session):
    # Written last, just before the commit: a transaction holds a stamp's lock only while
    # committing, so writers never queue behind a long transaction (a nudge run) nor wait for each
    # other's rows while holding it (a deadlock on PostgreSQL).
    session.flush()  # the commit's own flush comes after this hook; what it writes must count
    names = session.info.pop(_CHANGED, None)
    if names:
        renew_stamps(session.connection(), names)


def _forget_changes_rolled_back(session, transaction):
    if transaction.parent is None:  # only the whole transaction: a savepoint's end keeps the note
        session.info.pop(_CHANGED, None)
