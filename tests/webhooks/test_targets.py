"""A webhook is never sent to this service itself nor, unless WEBHOOKS_ALLOW_LOCAL_TARGETS is on, to
this server or its network link, however the address is spelt; checked when it is added and again
as each delivery connects (a name's DNS can change in between). Redirects are not followed and a
huge answer is not read whole."""
from __future__ import annotations

import html
import time

import pytest

from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.webhooks import operations as webhooks
from tracker.webhooks.models import DeliveryStatus, Webhook, WebhookDelivery
from tracker.webhooks.targets import LOCAL, OWN

PUBLIC = "93.184.216.34"


def _refusal(client, auth, admin, url: str) -> str:
    """The page's answer to adding `url`, with nothing saved."""
    auth.login(admin)
    webhooks_before = db.session.scalar(db.select(db.func.count()).select_from(Webhook))
    page = html.unescape(client.submit("/webhooks", {"url": url, "events": ["action.raised"]}).get_data(as_text=True))
    assert "There is a problem" in page
    assert db.session.scalar(db.select(db.func.count()).select_from(Webhook)) == webhooks_before
    return page


@pytest.fixture
def no_local_targets(app):
    app.config["WEBHOOKS_ALLOW_LOCAL_TARGETS"] = False  # as in production
    yield
    app.config["WEBHOOKS_ALLOW_LOCAL_TARGETS"] = True


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:9000/in", "http://LOCALHOST:9000/in", "http://localhost.:9000/in", "http://127.0.0.2:9000/in",
    "http://127.1:9000/in", "http://[::1]:9000/in", "http://0.0.0.0:9000/in", "http://[::]:9000/in",
    "http://[::ffff:127.0.0.1]:9000/in", "http://2130706433:9000/in", "http://0x7f000001:9000/in",
    "http://0177.0.0.1:9000/in", "http://169.254.169.254/latest/meta-data", "http://[fe80::1]/in",
    "https://intranet.partner.test/in",
])
def test_this_server_and_its_link_are_refused_however_spelt(client, auth, team, dns, no_local_targets, url):
    dns["intranet.partner.test"] = "127.0.0.1"  # a name that resolves to loopback
    assert LOCAL in _refusal(client, auth, team[0], url)


@pytest.mark.parametrize("url", [
    "http://localhost/in", "http://LOCALHOST/in", "http://localhost./in", "http://localhost:80/in",
    "http://127.0.0.1/in", "http://127.0.0.2/in", "http://[::1]/in", "http://0.0.0.0/in",
    "http://[::ffff:127.0.0.1]/in", "http://2130706433/in", "http://0x7f000001/in",
])
def test_the_service_itself_is_refused_however_spelt_even_with_local_targets_allowed(client, auth, team, url):
    # The tests' service is http://localhost (BASE_URL): port 80 of this server, under any name.
    assert OWN in _refusal(client, auth, team[0], url)


@pytest.mark.parametrize("url", [
    "https://TRACKER.Council.test./hooks", "http://tracker.council.test:8080/", "https://203.0.113.10/",
    "https://3405803786/", "https://0xcb00710a/", "https://tracker-internal.council.test:8000/",
    "http://198.51.100.7:9999/",
])
def test_the_public_address_and_server_name_are_refused_however_spelt(app, client, auth, team, dns, monkeypatch, url):
    monkeypatch.setitem(app.config, "BASE_URL", "https://tracker.council.test")
    monkeypatch.setitem(app.config, "SERVER_NAME", "Tracker-Internal.council.test:8000")
    dns.update({"tracker.council.test": "203.0.113.10", "tracker-internal.council.test": "198.51.100.7"})
    with pytest.raises(DomainError) as refused:
        webhooks.register_webhook(url=url, events=["action.raised"], by=team[0])
    assert refused.value.message == OWN and refused.value.field == "url"


def test_another_system_on_a_public_address_is_accepted(app, team, dns):
    dns["crm.council.test"] = PUBLIC
    hook = webhooks.register_webhook(url="https://crm.council.test/in", events=["action.raised"], by=team[0])
    assert hook.id is not None


@pytest.mark.parametrize("url, message", [
    ("https://nowhere.partner.test/in", "No computer called nowhere.partner.test could be found: check the address"),
    ("https://crm.example.org:99999/in", "The port number in the address must be between 1 and 65535"),
    ("https://crm.example.org:0/in", "The port number in the address must be between 1 and 65535"),
    ("https://crm.example.org:port/in", "The port number in the address must be between 1 and 65535"),
])
def test_an_address_that_cannot_be_reached_is_refused_plainly(client, auth, team, url, message):
    assert message in _refusal(client, auth, team[0], url)


def test_a_name_pointed_at_this_server_after_it_was_added_is_refused_when_sending(
        app, client, auth, team, dns, receiver, raise_action):
    dns["crm.partner.test"] = PUBLIC
    hook = webhooks.register_webhook(url=f"http://crm.partner.test:{receiver.port}/in", events=["action.raised"],
                                     by=team[0])
    db.session.commit()
    raise_action()
    dns["crm.partner.test"] = "127.0.0.1"  # the name's owner changes its DNS
    app.config["WEBHOOKS_ALLOW_LOCAL_TARGETS"] = False
    try:
        assert webhooks.deliver_pending()["failed"] == 1
    finally:
        app.config["WEBHOOKS_ALLOW_LOCAL_TARGETS"] = True
    delivery = db.session.scalars(db.select(WebhookDelivery)).one()
    assert receiver.received == [] and delivery.status == DeliveryStatus.FAILED and delivery.attempts == 1
    assert delivery.last_error == "Refused, not sent: the address points at this server or its local network " \
                                  "link: events must go to another system"
    auth.login(team[0])
    assert delivery.last_error in html.unescape(client.get(f"/webhooks/{hook.id}").get_data(as_text=True))


def test_a_delivery_connects_to_the_address_it_checked_and_names_the_host(app, team, dns, receiver, raise_action):
    dns["crm.partner.test"] = "127.0.0.1"  # allowed in the tests: the receiver is on loopback
    webhooks.register_webhook(url=f"http://crm.partner.test:{receiver.port}/in", events=["action.raised"],
                              by=team[0])
    db.session.commit()
    raise_action()
    dns.asked.clear()
    assert webhooks.deliver_pending()["delivered"] == 1
    assert receiver.received[0]["headers"]["Host"] == f"crm.partner.test:{receiver.port}"
    assert dns.asked.count("crm.partner.test") == 1  # checked, then connected to: no second lookup to differ


def test_a_redirect_is_not_followed(app, team, receiver, raise_action):
    from tests.webhooks.conftest import Receiver

    elsewhere = Receiver()
    try:
        receiver.status, receiver.headers = 302, {"Location": elsewhere.url}
        webhooks.register_webhook(url=receiver.url, events=["action.raised"], by=team[0])
        db.session.commit()
        raise_action()
        assert webhooks.deliver_pending()["retrying"] == 1
        assert len(receiver.received) == 1 and elsewhere.received == []
    finally:
        elsewhere.close()
    delivery = db.session.scalars(db.select(WebhookDelivery)).one()
    assert delivery.last_status_code == 302 and delivery.status == DeliveryStatus.PENDING
    assert delivery.last_error == (f"The receiver answered 302, sending it on to {elsewhere.url}: redirects are not "
                                   "followed, so add the webhook again with the address it gives")


def test_the_pages_saying_what_was_refused_read_plainly(app, client, auth, team, dns, receiver, raise_action):
    from tests.core.test_plain_english import STAFF_SCORE, main_text, verdict

    admin = team[0]
    dns["crm.partner.test"] = PUBLIC
    hook = webhooks.register_webhook(url=f"http://crm.partner.test:{receiver.port}/in", events=["action.raised"],
                                     by=admin)
    db.session.commit()
    raise_action()
    dns["crm.partner.test"] = "127.0.0.1"
    app.config["WEBHOOKS_ALLOW_LOCAL_TARGETS"] = False
    try:
        webhooks.deliver_pending()
        added = _refusal(client, auth, admin, "http://169.254.169.254/latest/meta-data")
    finally:
        app.config["WEBHOOKS_ALLOW_LOCAL_TARGETS"] = True
    receiver.status, receiver.headers = 302, {"Location": "http://127.0.0.1:1/elsewhere"}
    raise_action(title="Book the hall for the June meeting")
    webhooks.deliver_pending()
    shown = client.get(f"/webhooks/{hook.id}").get_data(as_text=True)
    assert "redirects are not followed" in html.unescape(shown) and "Refused, not sent" in shown
    problems = verdict("/webhooks (refused)", main_text(added), STAFF_SCORE)
    problems += verdict(f"/webhooks/{hook.id}", main_text(shown), STAFF_SCORE)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("answer", ["huge", "trickled"])
def test_a_huge_or_slow_answer_is_not_read_whole(app, team, receiver, monkeypatch, raise_action, answer):
    if answer == "huge":  # 8 MiB, then held open: reading it whole would wait for the timeout
        receiver.body, receiver.stall_after_body, within = b"x" * (8 * 1024 * 1024), True, 0.9
    else:  # a byte every 0.2 seconds: 20 seconds to send it all
        receiver.body, receiver.trickle, within = b"x" * 100, 0.2, 3
    monkeypatch.setattr(webhooks, "TIMEOUT_SECONDS", 1)
    webhooks.register_webhook(url=receiver.url, events=["action.raised"], by=team[0])
    db.session.commit()
    raise_action()
    started = time.monotonic()
    assert webhooks.deliver_pending()["delivered"] == 1
    assert time.monotonic() - started < within
    kept = db.session.scalars(db.select(WebhookDelivery.last_response)).one()
    if answer == "huge":
        assert kept == "x" * webhooks.RESPONSE_CHARACTERS
    else:  # what came before the timeout
        assert kept and set(kept) == {"x"} and len(kept) < 100
