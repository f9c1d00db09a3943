"""Decisions published for families on the public "What we decided" page, and taken off it, told to
the webhooks that asked (decision.published_for_families, decision.unpublished_for_families),
delivered to a real HTTP receiver on loopback."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.meetings.conftest import version_of
from tests.webhooks.conftest import Receiver, signed_by
from tracker.core.dates import local_today, utcnow
from tracker.core.domain import DomainError
from tracker.decisions import operations as decisions
from tracker.extensions import db
from tracker.meetings.models import Decision
from tracker.webhooks import operations as webhooks
from tracker.webhooks.models import WebhookDelivery

PUBLISHED, WITHDRAWN = "decision.published_for_families", "decision.unpublished_for_families"
PLAIN = "Your child can see a key worker sooner. Ask your school how to get one."
REWORDED = "Your child can see a key worker sooner. Your school can tell you how."
HARD = "Commissioning arrangements necessitate interdisciplinary collaboration regarding EHCP provision."


@pytest.fixture
def decision(team, make_meeting):
    """A decision the team's group made at a meeting a week ago, committed (nothing published)."""
    _, _, group = team
    decided = Decision(meeting=make_meeting(group, local_today() - timedelta(days=7)),
                       text="The key worker pilot will run until March.")
    db.session.add(decided)
    db.session.commit()
    return decided


def _publish(decision, text=PLAIN, **options):
    decisions.publish_for_families(decision, text=text, at=utcnow(), second_look_taken=True, **options)
    db.session.commit()


def _unpublish(decision):
    decisions.unpublish_for_families(decision)
    db.session.commit()


def _bodies(receiver: Receiver) -> list[dict]:
    webhooks.deliver_pending()
    return [json.loads(request["body"]) for request in receiver.received]


def _queued() -> int:
    return db.session.scalar(db.select(db.func.count()).select_from(WebhookDelivery))


def test_publishing_and_withdrawing_each_send_one_signed_delivery_with_what_a_receiver_needs(
        app, team, receiver, decision):
    admin, _, group = team
    hook = webhooks.register_webhook(url=receiver.url, events=[PUBLISHED, WITHDRAWN], by=admin)
    db.session.commit()
    base = app.config["BASE_URL"].rstrip("/")
    recorded = {"id": decision.id, "text": "The key worker pilot will run until March.",
                "meeting_id": decision.meeting_id, "group": {"id": group.id, "name": "Preparing for Adulthood"},
                "url": f"{base}/meetings/{decision.meeting_id}#decision-{decision.id}",
                "made_on": (local_today() - timedelta(days=7)).isoformat(),
                "public_url": f"{base}/what-we-decided/{decision.id}"}

    _publish(decision)
    [published] = _bodies(receiver)
    assert published["event"] == PUBLISHED and signed_by(receiver.received[0], hook.secret)
    assert receiver.received[0]["headers"]["Tracker-Event"] == PUBLISHED
    published_at = decision.published_at.isoformat().replace("+00:00", "Z")
    assert published["data"] == {**recorded, "for_families": PLAIN, "published_at": published_at}

    _unpublish(decision)
    assert [body["event"] for body in _bodies(receiver)] == [PUBLISHED, WITHDRAWN]
    withdrawn = json.loads(receiver.received[1]["body"])
    assert withdrawn["data"] == recorded  # what it meant for families is a draft again: not sent
    assert signed_by(receiver.received[1], hook.secret)
    assert receiver.received[1]["headers"]["Tracker-Event"] == WITHDRAWN


def test_a_webhook_that_asked_for_other_events_is_sent_nothing(app, team, receiver, decision):
    admin, _, _ = team
    webhooks.register_webhook(url=receiver.url, events=["decision.recorded", "action.raised"], by=admin)
    with Receiver() as wanting:  # asked for the publishing only: told of it, not of the withdrawal
        webhooks.register_webhook(url=wanting.url, events=[PUBLISHED], by=admin)
        db.session.commit()
        _publish(decision)
        _unpublish(decision)
        assert [body["event"] for body in _bodies(wanting)] == [PUBLISHED]
    assert receiver.received == []


def test_publishing_again_in_the_same_words_sends_nothing_and_new_words_send_one(app, team, receiver, decision):
    admin, _, _ = team
    webhooks.register_webhook(url=receiver.url, events=[PUBLISHED], by=admin)
    db.session.commit()
    _publish(decision)
    first_published_at = decision.published_at
    _publish(decision)
    _publish(decision, text=f"  {PLAIN} ")  # trimmed, it is the same summary
    assert _queued() == 1 and len(_bodies(receiver)) == 1

    _publish(decision, text=REWORDED)
    _publish(decision, text=REWORDED)
    bodies = _bodies(receiver)
    assert [body["data"]["for_families"] for body in bodies] == [PLAIN, REWORDED]
    assert bodies[1]["data"]["published_at"] == first_published_at.isoformat().replace("+00:00", "Z")


def test_publishing_after_withdrawing_is_sent_again(app, team, receiver, decision):
    admin, _, _ = team
    webhooks.register_webhook(url=receiver.url, events=[PUBLISHED, WITHDRAWN], by=admin)
    db.session.commit()
    _publish(decision)
    _unpublish(decision)
    _publish(decision)
    assert [body["event"] for body in _bodies(receiver)] == [PUBLISHED, WITHDRAWN, PUBLISHED]


def test_what_is_refused_or_rolled_back_sends_nothing(app, team, receiver, decision):
    admin, _, _ = team
    webhooks.register_webhook(url=receiver.url, events=[PUBLISHED, WITHDRAWN], by=admin)
    db.session.commit()
    with pytest.raises(decisions.SecondLookNeeded):
        decisions.publish_for_families(decision, text=HARD, at=utcnow())
    with pytest.raises(DomainError, match="This decision is not on the public page"):
        decisions.unpublish_for_families(decision)
    decisions.publish_for_families(decision, text=PLAIN, at=utcnow())
    db.session.rollback()
    assert _queued() == 0 and _bodies(receiver) == []


def test_a_chair_publishing_and_withdrawing_on_the_page_tells_the_webhook(
        app, client, auth, team, receiver, decision):
    admin, _, _ = team
    webhooks.register_webhook(url=receiver.url, events=[PUBLISHED, WITHDRAWN], by=admin)
    db.session.commit()
    auth.login(admin)
    page = f"/decisions/{decision.id}/for-families"
    assert client.submit(page, {"version": version_of(decision), "for_families": PLAIN,
                                "publish": "1"}).status_code == 302
    assert client.submit(f"{page}/unpublish", {"version": version_of(decision)}, form_url=page).status_code == 302
    assert [(body["event"], body["data"]["id"]) for body in _bodies(receiver)] == [
        (PUBLISHED, decision.id), (WITHDRAWN, decision.id)]


def test_the_webhook_form_offers_both_events_in_words(client, auth, team, receiver):
    auth.login(team[0])
    page = client.get("/webhooks").get_data(as_text=True)
    assert "A decision is published for families on the public page, or its published words change" in page
    assert "A decision published for families is taken off the public page" in page
    created = client.submit("/webhooks", {"url": receiver.url, "events": [PUBLISHED, WITHDRAWN]})
    assert created.status_code == 200
    listed = client.get("/webhooks").get_data(as_text=True)
    assert "decision published for families, decision unpublished for families" in listed
