"""Publishing an outcome on "You said, we did": a deliberate step, with a preview, and nothing private."""
from __future__ import annotations

import pytest

from tests.inputs.conftest import NOW
from tracker.core.domain import DomainError
from tracker.core.models import Tag
from tracker.extensions import db
from tracker.inputs import operations
from tracker.inputs.models import Input

WORDING = {"public_said": "Families find it hard to know which clubs welcome disabled children.",
           "public_did": "The Local Offer now lists inclusive clubs, checked with the clubs themselves.",
           "public_for_families": "You can search the Local Offer for clubs that will welcome your child."}


@pytest.fixture
def answered(partnership):
    raised = operations.raise_public_input(email="pat@example.org", name="Pat Parent", at=NOW,
                                           what="My son Josh cannot find a club. Call me on 07700 900123.")
    operations.route_input(raised, group=partnership.workstream, by=partnership.chair, at=NOW)
    operations.answer_input(raised, by=partnership.lead, response="The Local Offer lists inclusive clubs.", at=NOW)
    db.session.commit()
    return raised


def _priority(name="Inclusion") -> Tag:
    return db.session.scalar(db.select(Tag).where(Tag.kind == "priority", Tag.name == name))


def test_a_lead_previews_then_publishes(client, auth, partnership, answered):
    auth.login(partnership.lead)
    url = f"/inputs/{answered.id}/publish"
    form = client.get(url).get_data(as_text=True)
    assert "The Local Offer lists inclusive clubs." in form  # the answer is offered as a start
    preview = client.submit(url, {**WORDING, "priority": str(_priority().id), "preview": "Preview"})
    html = preview.get_data(as_text=True)
    assert "Check the public wording" in html and WORDING["public_for_families"] in html and "Inclusion" in html
    assert db.session.get(Input, answered.id).is_published is False  # a preview saves nothing
    refused = client.submit(url, {**WORDING, "priority": str(_priority().id), "publish": "Publish"}, form_url=url)
    html = refused.get_data(as_text=True)
    assert "Confirm that nothing in it could identify a child" in html and "Check the public wording" in html
    assert db.session.get(Input, answered.id).is_published is False
    done = client.submit(url, {**WORDING, "priority": str(_priority().id), "confirmed": "y", "publish": "Publish"},
                         follow_redirects=True)
    assert "Published on the “You said, we did” page" in done.get_data(as_text=True)
    published = db.session.get(Input, answered.id)
    assert published.is_published and published.published_at is not None
    assert (published.public_said, published.priority_tag.name) == (WORDING["public_said"], "Inclusion")
    assert WORDING["public_did"] in client.get("/you-said-we-did").get_data(as_text=True)


def test_change_goes_back_to_the_wording_with_nothing_lost(client, auth, partnership, answered):
    auth.login(partnership.lead)
    url = f"/inputs/{answered.id}/publish"
    html = client.submit(url, {**WORDING, "priority": "", "change": "Change"}).get_data(as_text=True)
    assert "Publish the outcome" in html and WORDING["public_did"] in html


@pytest.mark.parametrize("field, text, message", [
    ("public_said", "Pat Parent asked about clubs.", "Remove the name “Pat Parent”"),
    ("public_said", "aisha khan asked about clubs.", "Remove the name “Aisha Khan”"),  # a champion, any case
    ("public_did", "We wrote to pat@example.org.", "Remove the email address"),
    ("public_did", "We rang 07700 900123.", "Remove the phone number"),
    ("public_for_families", "", "Enter what this means for families"),
    ("public_for_families", "x" * 301, "What this means for families must be 300 characters or fewer"),
])
def test_nothing_private_can_be_published(client, auth, partnership, answered, field, text, message):
    auth.login(partnership.lead)
    html = client.submit(f"/inputs/{answered.id}/publish", {**WORDING, field: text, "priority": "",
                                                            "preview": "Preview"}).get_data(as_text=True)
    assert message in html and "Error: Publish the outcome" in html
    with pytest.raises(DomainError, match=message):
        operations.publish_outcome(answered, by=partnership.lead, texts={**WORDING, field: text}, priority=None,
                                   confirmed=True, at=NOW)


def test_staff_names_may_be_published(partnership, answered):
    operations.publish_outcome(answered, by=partnership.lead, priority=None, confirmed=True, at=NOW,
                               texts={**WORDING, "public_did": "Lee Lead checked every club."})
    assert answered.is_published


def test_markup_is_taken_out_of_published_text(partnership, answered):
    operations.publish_outcome(answered, by=partnership.lead, priority=None, confirmed=True, at=NOW,
                               texts={**WORDING, "public_said": "Clubs <b>&amp;</b> groups<script>alert(1)</script>"})
    assert answered.public_said == "Clubs & groups"


def test_only_input_with_an_outcome_can_be_published(partnership):
    raised = operations.raise_input(by=partnership.champion, what="Clubs", at=NOW)
    operations.route_input(raised, group=partnership.workstream, by=partnership.chair, at=NOW)
    with pytest.raises(DomainError, match="Only input with an outcome can be published"):
        operations.publish_outcome(raised, by=partnership.lead, texts=WORDING, priority=None, confirmed=True, at=NOW)


def test_only_a_strategic_priority_can_tag_it(partnership, answered):
    value = db.session.scalar(db.select(Tag).where(Tag.kind == "value"))
    with pytest.raises(DomainError, match="Choose one of the strategic priorities"):
        operations.publish_outcome(answered, by=partnership.lead, texts=WORDING, priority=value, confirmed=True,
                                   at=NOW)


def test_a_published_outcome_can_be_taken_down(client, auth, partnership, answered):
    operations.publish_outcome(answered, by=partnership.lead, texts=WORDING, priority=None, confirmed=True, at=NOW)
    db.session.commit()
    auth.login(partnership.lead)
    page = client.submit(f"/inputs/{answered.id}/unpublish", {}, form_url=f"/inputs/{answered.id}",
                         follow_redirects=True)
    assert "Taken off the “You said, we did” page" in page.get_data(as_text=True)
    assert client.get(f"/you-said-we-did/{answered.id}").status_code == 404
    assert WORDING["public_did"] not in client.get("/you-said-we-did").get_data(as_text=True)
    assert db.session.get(Input, answered.id).public_did == WORDING["public_did"]  # kept, to publish again


HARD_FOR_FAMILIES = ("Commissioning arrangements necessitate comprehensive interdisciplinary collaboration "
                     "between organisations regarding EHCP provision.")


def test_a_summary_hard_to_read_asks_for_a_second_look_and_can_still_be_published(client, auth, partnership,
                                                                                  answered):
    auth.login(partnership.lead)
    url = f"/inputs/{answered.id}/publish"
    hard = {**WORDING, "public_for_families": HARD_FOR_FAMILIES, "priority": ""}
    html = client.submit(url, {**hard, "preview": "Preview"}).get_data(as_text=True)
    assert "The part for families may be hard to read. Have a second look before you publish." in html
    assert "Aim for 70 or more." in html
    assert "Write “education, health and care plan (EHCP)” the first time you use EHCP." in html
    client.submit(url, {**hard, "confirmed": "y", "publish": "Publish"})
    assert db.session.get(Input, answered.id).public_for_families == HARD_FOR_FAMILIES  # asked, not refused


def test_a_plain_summary_is_previewed_without_a_warning(client, auth, partnership, answered):
    auth.login(partnership.lead)
    html = client.submit(f"/inputs/{answered.id}/publish", {**WORDING, "priority": "", "preview": "Preview"})
    assert "second look" not in html.get_data(as_text=True)


def test_the_wording_page_carries_the_reading_meter_with_the_rules_figures(client, auth, partnership, answered):
    auth.login(partnership.lead)
    html = client.get(f"/inputs/{answered.id}/publish").get_data(as_text=True)
    assert 'data-reading-meter="for-families-meter"' in html and 'data-reading-least="70"' in html
    assert "education, health and care plan" in html  # the acronyms come from plain_english.py
    assert "build/reading-meter.js" in html
