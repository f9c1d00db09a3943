"""Raising something with just an email address: spam kept out, nothing typed lost."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tracker.core.dates import utcnow
from tracker.extensions import db, limiter
from tracker.inputs.models import Input
from tracker.public.forms import form_started_token

FORM = {"what": "The Local Offer is hard to use on a phone.", "why_it_matters": "I only have a phone.",
        "contact_email": "Parent@Example.org", "contact_name": "", "consent": "no", "website": ""}


def _started(seconds_ago: int = 60) -> str:
    return form_started_token(utcnow() - timedelta(seconds=seconds_ago))


def _inputs():
    return db.session.scalars(db.select(Input)).all()


def test_a_parent_raises_something_and_is_emailed_a_private_link(client, outbox):
    page = client.submit("/have-your-say", {**FORM, "started": _started()}, follow_redirects=True)
    html = page.get_data(as_text=True)
    assert "We have received what you told us" in html
    [raised] = _inputs()
    assert (raised.contact_email, raised.raised_by_id, raised.group_id) == ("parent@example.org", None, None)
    [received] = outbox("input_received")
    assert received.recipient_email == "parent@example.org"
    link = re.search(r"http://localhost(/your-input/\S+)", received.body_text).group(1)
    trail = client.get(link).get_data(as_text=True)
    assert "The Local Offer is hard to use on a phone." in trail and "Waiting for a first response" in trail


def test_sending_the_form_twice_raises_it_once(client, outbox):
    """The Send button pressed twice on a slow phone (or the page sent again): one input, one email,
    and both answers thank them. Different words, or the same words a while later, are new input."""
    token, started = client.csrf_token("/have-your-say"), _started()
    for _press in range(2):
        page = client.post("/have-your-say", data={**FORM, "started": started, "csrf_token": token})
        assert page.status_code == 302 and page.headers["Location"].endswith("/have-your-say/sent")
    assert len(_inputs()) == 1 and len(outbox("input_received")) == 1
    client.post("/have-your-say", data={**FORM, "what": "And the bus is late.", "started": started,
                                        "csrf_token": token})
    assert len(_inputs()) == 2
    [first, _second] = _inputs()
    first.created_at = utcnow() - timedelta(hours=1)
    db.session.commit()
    client.post("/have-your-say", data={**FORM, "started": started, "csrf_token": token})
    assert len(_inputs()) == 3


def test_the_form_says_what_is_missing_and_keeps_what_was_typed(client):
    html = client.submit("/have-your-say", {**FORM, "what": "", "contact_email": "not an email",
                                            "why_it_matters": "Kept words", "started": _started()}).get_data(as_text=True)
    assert "Error: Tell us what matters to you" in html
    assert "Enter what you would like to tell us" in html
    assert "Enter an email address in the correct format, like name@example.com" in html
    assert "Kept words" in html and _inputs() == []
    html = client.submit("/have-your-say", {**FORM, "contact_email": "", "started": _started()}).get_data(as_text=True)
    assert "Enter your email address, so we can tell you what happens" in html


def test_a_choice_the_form_never_offered_is_answered_in_plain_english(client):
    """A form sent by hand or by a robot: WTForms' own "Not a valid choice." is never shown
    (core/forms.py: every form's messages are in plain English)."""
    html = client.submit("/have-your-say", {**FORM, "consent": "maybe", "started": _started()}).get_data(as_text=True)
    assert "Choose one of the options shown" in html and "Not a valid choice" not in html
    assert _inputs() == []


def test_a_filled_in_honeypot_is_thanked_and_ignored(client, outbox):
    page = client.submit("/have-your-say", {**FORM, "website": "http://spam.example", "started": _started()})
    assert page.status_code == 302 and page.headers["Location"].endswith("/have-your-say/sent")
    assert _inputs() == [] and outbox() == []


@pytest.mark.parametrize("started", ["just now", "forged", "missing"])
def test_a_form_sent_too_fast_or_with_a_forged_clock_is_asked_again(client, started):
    token = {"just now": _started(seconds_ago=0), "forged": "MTIz.forged", "missing": ""}[started]
    html = client.submit("/have-your-say", {**FORM, "started": token}).get_data(as_text=True)
    assert "Check what you have written, then send the form again" in html
    assert FORM["what"] in html and _inputs() == []
    fresh = re.search(r'name="started" type="hidden" value="([^"]+)"|type="hidden" name="started" value="([^"]+)"', html)
    assert fresh  # a new clock, so the person's second try goes through


def test_the_honeypot_is_hidden_from_people(client):
    html = client.get("/have-your-say").get_data(as_text=True)
    honeypot = html[html.index('class="tracker-honeypot"') - 5:]
    assert 'aria-hidden="true"' in honeypot[:80] and 'tabindex="-1"' in honeypot[:800]


def test_sending_is_rate_limited_per_address(client):
    limiter.reset()
    for number in range(5):  # each a new message (the same words again would be the first: see above)
        assert client.submit("/have-your-say", {**FORM, "what": f"Point {number}", "started": _started()}
                             ).status_code == 302
    assert client.submit("/have-your-say", {**FORM, "what": "Point 5", "started": _started()}).status_code == 429
    assert len(_inputs()) == 5


def test_one_email_address_cannot_be_flooded_with_receipts_from_many_addresses(client, outbox):
    """Anyone can type someone else's email address into the form, and each input sends that
    address a "we have received" email. From one network address the form stops after 20 an hour;
    from many, nothing stopped it filling a stranger's inbox (and the inputs list) until each email
    address was limited too, as asking for fresh links already was."""
    limiter.reset()
    sent = [client.submit("/have-your-say", {**FORM, "contact_email": "Stranger@example.org ",
                                             "what": f"Point {number}", "started": _started()},
                          environ_overrides={"REMOTE_ADDR": f"192.0.2.{number + 1}"}).status_code
            for number in range(7)]
    assert sent == [302] * 5 + [429] * 2
    assert len(outbox("input_received")) == len(_inputs()) == 5
    other = client.submit("/have-your-say", {**FORM, "what": "Point 8", "started": _started()},
                          environ_overrides={"REMOTE_ADDR": "192.0.2.99"})
    assert other.status_code == 302  # someone else is not held up by it


def test_a_fresh_link_is_sent_only_to_an_address_that_raised_something(client, outbox):
    client.submit("/have-your-say", {**FORM, "started": _started()})
    page = client.submit("/your-input", {"email": "PARENT@example.org"})
    assert "If PARENT@example.org has told us something" in page.get_data(as_text=True)
    [links] = outbox("input_links")
    assert links.recipient_email == "parent@example.org" and "/your-input/" in links.body_text
    page = client.submit("/your-input", {"email": "nobody@example.org"})
    assert "If nobody@example.org has told us something" in page.get_data(as_text=True)
    assert len(outbox("input_links")) == 1
    assert "Enter an email address" in client.submit("/your-input", {"email": "nope"}).get_data(as_text=True)


def test_fresh_links_are_limited_per_email_address(client):
    for _ in range(3):
        assert client.submit("/your-input", {"email": "parent@example.org"}).status_code == 200
    assert client.submit("/your-input", {"email": "parent@example.org"}).status_code == 429
