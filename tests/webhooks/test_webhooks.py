"""Webhooks delivered to a real HTTP server on loopback: signed, retried with backoff when the
receiver is down, slow or answers 500, listed with its answers on the admin page."""
from __future__ import annotations

import html
import json
import socket
from datetime import timedelta

import pytest

from tests.webhooks.conftest import signed_by
from tracker.actions import operations as actions
from tracker.core.dates import local_today, utcnow
from tracker.extensions import db
from tracker.meetings import operations as meetings
from tracker.webhooks import operations as webhooks
from tracker.webhooks.models import DeliveryStatus, Webhook, WebhookDelivery


def _closed_port_url() -> str:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{free.getsockname()[1]}/nobody-here"


def test_an_event_is_delivered_signed_and_listed_with_its_answer(app, client, auth, team, receiver, raise_action):
    admin, owner, group = team
    hook = webhooks.register_webhook(url=receiver.url, events=["action.raised", "action.closed"], by=admin)
    db.session.commit()
    action = raise_action()
    assert webhooks.deliver_pending()["delivered"] == 1
    [request] = receiver.received
    body = json.loads(request["body"])
    assert body["event"] == "action.raised" and body["data"]["title"] == "Circulate the pilot report"
    assert body["data"]["owner"] == {"id": owner.id, "name": "Chris Nolan"}
    assert signed_by(request, hook.secret)
    assert request["headers"]["Tracker-Event"] == "action.raised"

    actions.complete_action(action, by=owner, outcome="Sent to the Board", at=utcnow())
    db.session.commit()
    webhooks.deliver_pending()
    assert json.loads(receiver.received[-1]["body"])["event"] == "action.closed"
    assert webhooks.deliver_pending() == {"delivered": 0, "retrying": 0, "failed": 0, "left_for_next_run": 0}

    auth.login(admin)
    page = client.get(f"/webhooks/{hook.id}").get_data(as_text=True)
    assert "Delivered" in page and "200: thanks" in page and "action raised" in page
    assert hook.secret not in page  # shown once, at creation


def test_only_the_events_a_webhook_asked_for_are_sent_once_each(app, team, receiver, make_meeting, raise_action):
    admin, owner, group = team
    webhooks.register_webhook(url=receiver.url, events=["decision.recorded", "meeting.scheduled"], by=admin)
    db.session.commit()
    raise_action()
    meeting = meetings.schedule_meeting(group, starts_at=utcnow() + timedelta(days=20), location="Town Hall",
                                        today=local_today())
    meetings.record_decision(meeting, text="Extend the pilot to March", now=utcnow())
    db.session.commit()
    webhooks.queue_event("decision.recorded", f"decision={meeting.decisions[0].id}", {"again": True})
    db.session.commit()
    webhooks.deliver_pending()
    assert sorted(json.loads(each["body"])["event"] for each in receiver.received) == [
        "decision.recorded", "meeting.scheduled"]


@pytest.mark.parametrize("trouble", ["down", "slow", "500"])
def test_a_receiver_in_trouble_is_tried_again_later_with_backoff(app, team, receiver, monkeypatch, trouble, raise_action):
    admin, owner, group = team
    url = _closed_port_url() if trouble == "down" else receiver.url
    receiver.status, receiver.delay = (500, 0.0) if trouble == "500" else (200, 2.0 if trouble == "slow" else 0.0)
    monkeypatch.setattr(webhooks, "TIMEOUT_SECONDS", 0.5)  # a slow receiver: seconds, not the real 5
    webhooks.register_webhook(url=url, events=["action.raised"], by=admin)
    db.session.commit()
    raise_action()
    started = utcnow()
    assert webhooks.deliver_pending(now=started)["retrying"] == 1
    delivery = db.session.scalars(db.select(WebhookDelivery)).one()
    assert delivery.status == DeliveryStatus.PENDING and delivery.attempts == 1
    assert delivery.next_attempt_at.replace(tzinfo=started.tzinfo) > started
    assert {"down": "Could not connect", "slow": "No answer within", "500": "The receiver answered 500"}[trouble] \
        in delivery.last_error
    assert webhooks.deliver_pending(now=started)["retrying"] == 0  # not due yet: nothing sent again
    receiver.status, receiver.delay = 200, 0.0
    if trouble != "down":
        later = webhooks.deliver_pending(now=started + timedelta(hours=1))
        assert later["delivered"] == 1 and db.session.get(WebhookDelivery, delivery.id).attempts == 2


def test_a_run_stops_at_its_deadline_and_leaves_the_rest(app, team, receiver, raise_action):
    admin, owner, group = team
    webhooks.register_webhook(url=receiver.url, events=["action.raised"], by=admin)
    db.session.commit()
    for number in range(3):
        raise_action(title=f"Action {number}")
    receiver.delay = 0.4
    counts = webhooks.deliver_pending(run_seconds=0.3)
    assert counts["delivered"] == 1 and counts["left_for_next_run"] == 2


@pytest.mark.parametrize("url, message", [
    ("", "Enter the address to send events to"),
    ("ftp://files.example.org/in", "Enter a web address starting with https:// (or http://)"),
    ("javascript:alert(1)", "Enter a web address starting with https:// (or http://)"),
    ("http://localhost/hooks", "The address is this service's own: events must go to another system"),
    ("https://user:pw@example.org/in", "Leave the user name and password out of the address"),
])
def test_a_bad_address_is_refused_at_the_field_and_nothing_is_saved(client, auth, team, url, message):
    admin, _, _ = team
    auth.login(admin)
    page = html.unescape(client.submit("/webhooks", {"url": url, "events": ["action.raised"]}).get_data(as_text=True))
    assert message in page and "There is a problem" in page
    assert db.session.scalar(db.select(db.func.count()).select_from(Webhook)) == 0


def test_choosing_no_event_is_refused(client, auth, team):
    auth.login(team[0])
    page = client.submit("/webhooks", {"url": "https://crm.example.org/in"}).get_data(as_text=True)
    assert "Choose at least one event to send" in page


def test_only_admins_reach_webhooks_and_turning_one_off_stops_it(client, auth, team, receiver, make_person, raise_action):
    admin, owner, group = team
    auth.login(make_person(role="lead"))
    assert client.get("/webhooks").status_code == 403
    auth.logout()
    auth.login(admin)
    created = client.submit("/webhooks", {"url": receiver.url, "events": ["action.raised"]}).get_data(as_text=True)
    hook = db.session.scalars(db.select(Webhook)).one()
    assert hook.secret in created and "It is not shown again" in created
    client.submit(f"/webhooks/{hook.id}/turn-off", {}, form_url=f"/webhooks/{hook.id}")
    raise_action()
    assert db.session.scalar(db.select(db.func.count()).select_from(WebhookDelivery)) == 0


def test_the_command_delivers_what_is_due_and_says_how_it_went(app, team, receiver, raise_action):
    admin, owner, group = team
    webhooks.register_webhook(url=receiver.url, events=["action.raised"], by=admin)
    db.session.commit()
    raise_action()
    result = app.test_cli_runner().invoke(args=["webhooks", "deliver"])
    assert result.exit_code == 0, result.output
    assert "Delivered 1, to try again 0, failed 0, left for the next run 0." in result.output
    assert len(receiver.received) == 1
