"""Queuing events for the webhooks that want them, as part of the change that caused them.

An event is noted in the session as the change is made; its deliveries are written when the
transaction commits, all with one INSERT (executemany), after one read of the active webhooks. So a
transaction costs two queries for its events, whatever the number of changes (an imported action log
of thousands of rows, too). A change rolled back, or made in a savepoint rolled back, tells no one.
"""
from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import event as sqlalchemy_event
from sqlalchemy.orm import Session, SessionTransaction

from tracker.core.database import insert_or_on_conflict
from tracker.core.dates import utc_text, utcnow
from tracker.extensions import db
from tracker.webhooks.models import DeliveryStatus, Webhook, WebhookDelivery

_RECEIVERS = "webhook_receivers"  # session.info: (id, events) of each active webhook, read once a transaction
_QUEUED = "webhook_deliveries"  # session.info: dedupe key -> (the transaction it was queued in, its row)


def queue_event(event: str, key: str, data: dict, *, at: datetime | None = None) -> int:
    """One delivery for each active receiver that wants `event`, written at the commit; `key` makes
    it once only. Returns how many receivers want it."""
    session = db.session()
    receivers = [webhook_id for webhook_id, events in _receivers(session) if event in events]
    if not receivers:
        return 0
    at = at or utcnow()
    body = json.dumps({"event": event, "occurred_at": utc_text(at), "data": data},
                      sort_keys=True)
    transaction = session.get_nested_transaction() or session.get_transaction()
    queued = session.info.setdefault(_QUEUED, {})
    for webhook_id in receivers:
        dedupe_key = f"{event}:{key}:webhook={webhook_id}"
        queued.setdefault(dedupe_key, (transaction, {
            "webhook_id": webhook_id, "event": event, "dedupe_key": dedupe_key, "body": body,
            "status": DeliveryStatus.PENDING, "attempts": 0, "next_attempt_at": at, "created_at": at,
            "last_response": "", "last_error": ""}))
    return len(receivers)


def forget_receivers(session: Session) -> None:
    """Read the active webhooks again at the next event: one was just added or turned off."""
    session.info.pop(_RECEIVERS, None)


def _receivers(session: Session) -> list[tuple[int, list[str]]]:
    if _RECEIVERS not in session.info:
        session.info[_RECEIVERS] = [(webhook_id, events) for webhook_id, events in session.execute(
            db.select(Webhook.id, Webhook.events).where(Webhook.is_active.is_(True)))]
    return session.info[_RECEIVERS]


def _write_queued(session: Session) -> None:
    """At the commit (also a savepoint's: its rows then wait in the enclosing transaction)."""
    queued = session.info.pop(_QUEUED, None)
    if queued:
        statement = insert_or_on_conflict(session, WebhookDelivery.__table__)
        session.execute(statement.on_conflict_do_nothing(index_elements=["dedupe_key"]),
                        [row for _transaction, row in queued.values()])


# First of the commit's hooks: the change stamps are written last (tracker/core/stamps.py).
sqlalchemy_event.listen(Session, "before_commit", _write_queued, insert=True)


@sqlalchemy_event.listens_for(Session, "after_soft_rollback")
def _forget_rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    """Drop the events queued in the transaction rolled back, or in a savepoint within it."""
    queued = session.info.get(_QUEUED)
    if queued:
        session.info[_QUEUED] = {key: entry for key, entry in queued.items()
                                 if not _within(entry[0], previous_transaction)}


def _within(transaction: SessionTransaction | None, outer: SessionTransaction) -> bool:
    while transaction is not None:
        if transaction is outer:
            return True
        transaction = transaction.parent
    return False


@sqlalchemy_event.listens_for(Session, "after_transaction_end")
def _forget_at_the_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the whole transaction, committed or not: the next one reads afresh
        session.info.pop(_QUEUED, None)
        session.info.pop(_RECEIVERS, None)
