"""Queuing events costs a fixed number of queries per transaction, whatever the number of changes:
one read of the active webhooks and one INSERT of all the deliveries at the commit."""
from __future__ import annotations

from datetime import timedelta

import pytest

from tracker.actions import operations as actions
from tracker.core.dates import local_today
from tracker.extensions import db
from tracker.webhooks import operations as webhooks
from tracker.webhooks.models import WebhookDelivery


def _deliveries() -> list[str]:
    return list(db.session.scalars(db.select(WebhookDelivery.dedupe_key).order_by(WebhookDelivery.dedupe_key)))


@pytest.fixture
def two_webhooks(team, receiver):
    admin = team[0]
    webhooks.register_webhook(url=receiver.url, events=["action.raised"], by=admin)
    webhooks.register_webhook(url=receiver.url + "/other", events=["action.raised", "action.closed"], by=admin)
    db.session.commit()


def _webhook_statements(counted) -> list[str]:
    return [statement for statement in counted if "webhook" in statement.lower()]


def test_raising_1_or_50_actions_in_one_transaction_costs_the_same_webhook_queries(
        app, team, two_webhooks, count_queries):
    _, owner, group = team
    sent = {}
    for size in (1, 50):
        with count_queries() as counted:
            for number in range(size):
                actions.create_action(title=f"Action {size}.{number}", owner=owner, group=group, by=owner,
                                      today=local_today(), due_on=local_today() + timedelta(days=10))
            db.session.commit()
        sent[size] = _webhook_statements(counted)
    assert len(sent[1]) == len(sent[50]) == 2  # the active webhooks read once; all deliveries in one INSERT
    assert len(_deliveries()) == 2 * 51


def test_queuing_1_or_50_events_sends_the_same_queries(app, team, two_webhooks, count_queries):
    counts = {}
    for size in (1, 50):
        with count_queries() as counted:
            for number in range(size):
                webhooks.queue_event("action.closed", f"update={size}.{number}", {"number": number})
            db.session.commit()
        counts[size] = counted.count
    assert counts[1] == counts[50]
    assert len(_deliveries()) == 51


def test_events_rolled_back_with_their_change_are_not_sent(app, team, two_webhooks):
    webhooks.queue_event("action.closed", "update=1", {})
    db.session.rollback()
    webhooks.queue_event("action.closed", "update=2", {})
    try:
        with db.session.begin_nested():
            webhooks.queue_event("action.closed", "update=3", {})
            raise RuntimeError("the savepoint's change failed")
    except RuntimeError:
        pass
    with db.session.begin_nested():
        webhooks.queue_event("action.closed", "update=4", {})
    db.session.commit()
    assert [key.split(":")[1] for key in _deliveries()] == ["update=2", "update=4"]


def test_a_webhook_added_or_turned_off_counts_from_that_moment(app, team, receiver):
    admin = team[0]
    hook = webhooks.register_webhook(url=receiver.url, events=["action.closed"], by=admin)
    assert webhooks.queue_event("action.closed", "update=1", {}) == 1
    webhooks.turn_off(hook)
    assert webhooks.queue_event("action.closed", "update=2", {}) == 0
    db.session.commit()
    assert _deliveries() == [f"action.closed:update=1:webhook={hook.id}"]
