"""Registering receivers and delivering (queuing an event is tracker/webhooks/queue.py).

A delivery is signed: `Tracker-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`
with the receiver's secret, so it can check who sent it and refuse an old one replayed (README).
Deliveries are retried with the outbox's backoff (tracker/nudges/sender.py) until MAX_ATTEMPTS,
and a run stops at its deadline, leaving the rest for the next run.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import socket
import time
from datetime import datetime
from urllib.parse import urlsplit

import requests
import urllib3

from tracker.core.dates import utcnow
from tracker.core.domain import DomainError, Problems
from tracker.extensions import db
from tracker.nudges.sender import MAX_ATTEMPTS, wait_before_attempt
from tracker.people.models import User
from tracker.webhooks import targets
from tracker.webhooks.models import DeliveryStatus, Webhook, WebhookDelivery
from tracker.webhooks.queue import forget_receivers, queue_event  # noqa: F401  queue_event: its home before

EVENTS = {
    "action.raised": "An action is raised",
    "action.moved": "An action's due date is moved",
    "action.closed": "An action is completed, closed as cannot be done or replaced",
    "decision.recorded": "A decision is recorded",
    "decision.published_for_families": "A decision is published for families on the public page, "
                                       "or its published words change",
    "decision.unpublished_for_families": "A decision published for families is taken off the public page",
    "meeting.scheduled": "A meeting is put in the diary",
}
TIMEOUT_SECONDS = 5  # each delivery; a receiver slower than this is tried again later
RUN_SECONDS = 50  # a run's deadline: the scheduler starts the next one a minute later
MAX_URL = 500
RESPONSE_BYTES = 4096  # the most of a receiver's answer read
RESPONSE_CHARACTERS = 500  # the most of it kept, to show on the admin page


def _check_url(url: str | None) -> str:
    url = (url or "").strip()
    if not url:
        raise DomainError("Enter the address to send events to", field="url")
    if len(url) > MAX_URL:
        raise DomainError(f"The address must be {MAX_URL} characters or fewer", field="url")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DomainError("Enter a web address starting with https:// (or http://)", field="url")
    if parts.username or parts.password:
        raise DomainError("Leave the user name and password out of the address", field="url")
    try:
        port = parts.port
    except ValueError:  # not a number, or over 65535
        port = 0
    if port == 0:
        raise DomainError("The port number in the address must be between 1 and 65535", field="url")
    port = port or targets.default_port(parts.scheme)
    try:
        targets.checked_address(parts.hostname, port)
    except socket.gaierror:
        raise DomainError(f"No computer called {parts.hostname} could be found: check the address",
                          field="url") from None
    return url


def _check_events(events: list[str] | None) -> None:
    if not events or not set(events) <= set(EVENTS):
        raise DomainError("Choose at least one event to send", field="events")


def register_webhook(*, url: str, events: list[str], by: User) -> Webhook:
    problems = Problems()
    url = problems.check(_check_url, url)
    problems.check(_check_events, events)
    problems.raise_any()
    webhook = Webhook(url=url, events=sorted(events), secret=secrets.token_hex(32), is_active=True,
                      created_by_id=by.id)
    db.session.add(webhook)
    db.session.flush()
    forget_receivers(db.session)
    return webhook


def turn_off(webhook: Webhook) -> Webhook:
    webhook.is_active = False
    db.session.flush()
    forget_receivers(db.session)
    return webhook


def signature(secret: str, timestamp: int, body: str) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.{body}".encode(), hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def deliver_pending(*, now: datetime | None = None, run_seconds: float = RUN_SECONDS) -> dict[str, int]:
    """Send what is due, one by one, until done or the run's deadline; commit after each."""
    deadline = time.monotonic() + run_seconds
    counts = {"delivered": 0, "retrying": 0, "failed": 0, "left_for_next_run": 0}
    due = db.session.scalars(
        db.select(WebhookDelivery.id)
        .where(WebhookDelivery.status == DeliveryStatus.PENDING, WebhookDelivery.next_attempt_at <= (now or utcnow()))
        .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id)).all()
    with targets.session() as http:
        for delivery_id in due:
            if time.monotonic() >= deadline:
                counts["left_for_next_run"] += 1
                continue
            delivery = db.session.get(WebhookDelivery, delivery_id)
            timeout = min(TIMEOUT_SECONDS, max(deadline - time.monotonic(), 1))
            counts[_attempt(http, delivery, now or utcnow(), timeout)] += 1
            db.session.commit()
    return counts


def _attempt(http: requests.Session, delivery: WebhookDelivery, now: datetime, timeout: float) -> str:
    delivery.attempts += 1
    timestamp = int(time.time())
    headers = {"Content-Type": "application/json", "User-Agent": "Tracker-Webhooks/1", "Accept-Encoding": "identity",
               "Tracker-Event": delivery.event, "Tracker-Delivery": str(delivery.id),
               "Tracker-Signature": signature(delivery.webhook.secret, timestamp, delivery.body)}
    try:  # a redirect is not followed: it could lead anywhere, this service or this server included
        response = http.post(delivery.webhook.url, data=delivery.body.encode(), headers=headers,
                             timeout=timeout, allow_redirects=False, stream=True)
    except targets.Refused as refused:  # the address resolves somewhere refused now: no retry
        delivery.status, delivery.last_status_code, delivery.last_response = DeliveryStatus.FAILED, None, ""
        delivery.last_error = f"Refused, not sent: {refused.message[0].lower()}{refused.message[1:]}"
        return "failed"
    except requests.RequestException as error:
        delivery.last_status_code, delivery.last_response = None, ""
        return _retry_later(delivery, now, _describe(error))
    delivery.last_status_code, delivery.last_response = response.status_code, _start_of(response, timeout)
    if 200 <= response.status_code < 300:
        delivery.status, delivery.delivered_at, delivery.last_error = DeliveryStatus.DELIVERED, now, ""
        return "delivered"
    if response.is_redirect:
        return _retry_later(delivery, now, f"The receiver answered {response.status_code}, sending it on to "
                            f"{response.headers['Location'][:200]}: redirects are not followed, so add the "
                            "webhook again with the address it gives")
    return _retry_later(delivery, now, f"The receiver answered {response.status_code}")


def _start_of(response: requests.Response, timeout: float) -> str:
    """The start of the answer, for the admin page: at most RESPONSE_BYTES read, within about
    `timeout`, however much the receiver sends and however slowly (one small read at a time)."""
    start, deadline = b"", time.monotonic() + timeout
    try:
        while len(start) < RESPONSE_BYTES and time.monotonic() < deadline:
            more = response.raw.read1(RESPONSE_BYTES - len(start), decode_content=False)
            if not more:
                break
            start += more
    except (OSError, urllib3.exceptions.HTTPError):  # the receiver stopped or stalled part-way
        pass
    finally:
        response.close()
    return start.decode("utf-8", errors="replace")[:RESPONSE_CHARACTERS]


def _retry_later(delivery: WebhookDelivery, now: datetime, error: str) -> str:
    delivery.last_error = error
    if delivery.attempts >= MAX_ATTEMPTS:
        delivery.status = DeliveryStatus.FAILED
        return "failed"
    delivery.next_attempt_at = now + wait_before_attempt(delivery.attempts)
    return "retrying"


def _describe(error: requests.RequestException) -> str:
    if isinstance(error, requests.Timeout):
        return f"No answer within {TIMEOUT_SECONDS} seconds"
    if isinstance(error, requests.ConnectionError):
        return "Could not connect to the receiver"
    return f"The request failed: {type(error).__name__}"


DELIVER_WEBHOOKS = "deliver-webhooks"


def webhooks_waiting(now: datetime) -> bool:
    return db.session.scalar(db.select(WebhookDelivery.id).where(
        WebhookDelivery.status == DeliveryStatus.PENDING, WebhookDelivery.next_attempt_at <= now).limit(1)) is not None


def run_deliveries(now: datetime | None = None):
    """The scheduler's minute job (and `flask webhooks deliver`): once at a time, recorded when there was work."""
    from tracker.nudges.jobs import run_job

    busy = webhooks_waiting(now or utcnow())
    db.session.commit()

    def work():
        counts = deliver_pending(now=now)
        return counts, counts

    return run_job(DELIVER_WEBHOOKS, work, record=busy)
