"""A decision's summary for families (issue 19): a chair publishes it on the public "What we decided"
page and its Atom feed, a hard one gets a second look first, and only who runs the group may."""
from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from datetime import timedelta

import pytest

from tests.meetings.conftest import error_summary_links, page_text, version_of
from tracker.core.dates import utc_text, utcnow
from tracker.core.domain import DomainError
from tracker.core.models import AuditEvent
from tracker.decisions import operations
from tracker.extensions import db
from tracker.meetings.models import Decision, MeetingStatus
from tracker.people.models import Membership

ATOM = "{http://www.w3.org/2005/Atom}"
PLAIN = "Your child can see a key worker sooner. Ask your school how to get one."
HARD = "Commissioning arrangements necessitate interdisciplinary collaboration regarding EHCP provision."
# Now, not a fixed day: the decisions' meetings are dated back from today, and one is published after them.
AT = utcnow().replace(microsecond=0)


def _published(decision, text=PLAIN, at=AT):
    operations.publish_for_families(decision, text=text, at=at, second_look_taken=True)
    db.session.commit()
    return decision


def _fresh(decision) -> Decision:
    db.session.expire_all()
    return db.session.get(Decision, decision.id)


def test_a_chair_publishes_a_plain_summary_at_once_and_it_is_audited(client, auth, board, make_decision):
    decision = make_decision(board, "The key worker pilot will run until March.")
    auth.login(board.chair)
    page = client.get(f"/decisions/{decision.id}/for-families").text
    assert "data-reading-meter" in page and "reading-meter.js" in page
    response = client.submit(f"/decisions/{decision.id}/for-families", {
        "version": version_of(decision), "for_families": f"  {PLAIN}  ", "publish": "1"})
    assert response.status_code == 302
    published = _fresh(decision)
    assert published.for_families == PLAIN and published.published_at is not None
    [change] = db.session.scalars(db.select(AuditEvent).where(
        AuditEvent.entity_type == "decisions", AuditEvent.entity_id == decision.id,
        AuditEvent.event == "changed")).all()
    assert change.actor_id == board.chair.id and change.changes["for_families"] == ["", PLAIN]
    public = page_text(client.get("/what-we-decided"))
    assert PLAIN in public and "The key worker pilot will run until March." in public
    assert "Published for families" in page_text(client.get("/decisions"))


def test_a_hard_summary_gets_a_second_look_then_publishes_as_it_is(client, auth, board, make_decision):
    decision = make_decision(board, "The pilot runs on.")
    auth.login(board.secretary)
    looked = client.submit(f"/decisions/{decision.id}/for-families", {
        "version": version_of(decision), "for_families": HARD, "publish": "1"})
    assert looked.status_code == 200
    text = page_text(looked)
    assert "The part for families may be hard to read. Have a second look before you publish." in text
    assert "Write “education, health and care plan (EHCP)” the first time you use EHCP." in text
    assert "Its reading ease is" in text
    assert _fresh(decision).published_at is None  # asked, not published yet
    changed = client.submit(f"/decisions/{decision.id}/for-families",
                            {"version": version_of(decision), "for_families": HARD, "second_look_taken": "yes",
                             "change": "1"})
    assert changed.status_code == 200 and HARD in page_text(changed) and _fresh(decision).published_at is None
    confirmed = client.submit(f"/decisions/{decision.id}/for-families",
                              {"version": version_of(decision), "for_families": HARD, "second_look_taken": "yes",
                               "publish": "1"})
    assert confirmed.status_code == 302
    assert _fresh(decision).for_families == HARD and _fresh(decision).published_at is not None


@pytest.mark.parametrize("text, message", [
    ("", "Enter what this means for families"),
    ("x" * 301, "What this means for families must be 300 characters or fewer"),
])
def test_the_summary_is_needed_and_short(client, auth, board, make_decision, text, message):
    decision = make_decision(board, "The pilot runs on.")
    auth.login(board.chair)
    response = client.submit(f"/decisions/{decision.id}/for-families", {
        "version": version_of(decision), "for_families": text, "publish": "1"})
    assert ("#for_families", message) in error_summary_links(response)
    assert _fresh(decision).published_at is None


def test_markup_is_taken_out_and_a_cancelled_meetings_decision_cannot_be_published(board, make_decision):
    decision = _published(make_decision(board, "A."), text="<b>Ask</b> your school &amp; the Hub.")
    assert decision.for_families == "Ask your school & the Hub."
    cancelled = make_decision(board, "Never made.")
    cancelled.meeting.status = MeetingStatus.CANCELLED
    with pytest.raises(DomainError, match="cancelled meeting"):
        operations.publish_for_families(cancelled, text=PLAIN, at=AT)


@pytest.mark.parametrize("text, message", [
    ("Email pat@example.org to ask.", "Remove the email address: nothing published may say how to reach a person"),
    ("Call 07700 900123 to ask.", "Remove the phone number: nothing published may say how to reach a person"),
    ("Aisha Khan asked for this.", "Remove the name “Aisha Khan”: the names of people who are not staff are never published"),
])
def test_nothing_private_is_published(client, auth, board, make_person, make_decision, text, message):
    make_person(role="champion", name="Aisha Khan")
    decision = make_decision(board, "The pilot runs on.")
    auth.login(board.chair)
    response = client.submit(f"/decisions/{decision.id}/for-families", {
        "version": version_of(decision), "for_families": text, "publish": "1"})
    assert ("#for_families", message) in error_summary_links(response)
    assert _fresh(decision).published_at is None


def test_a_decision_is_published_once_its_meeting_has_taken_place(client, auth, board, make_decision):
    decision = make_decision(board, "Agreed ahead.", days_ago=-7)
    auth.login(board.chair)
    response = client.submit(f"/decisions/{decision.id}/for-families", {
        "version": version_of(decision), "for_families": PLAIN, "publish": "1"})
    [(href, message)] = error_summary_links(response)
    assert href == "#for_families" and message.startswith("Publish it once its meeting has taken place, on ")
    assert _fresh(decision).published_at is None


def test_unpublishing_takes_it_off_the_page_and_the_feed_and_keeps_the_words(client, auth, board, make_decision):
    decision = _published(make_decision(board, "The pilot runs on."))
    auth.login(board.chair)
    assert client.get(f"/what-we-decided/{decision.id}").status_code == 200
    response = client.submit(f"/decisions/{decision.id}/for-families/unpublish", {
        "version": version_of(decision)},
                             form_url=f"/decisions/{decision.id}/for-families")
    assert response.status_code == 302
    assert _fresh(decision).published_at is None and _fresh(decision).for_families == PLAIN
    assert client.get(f"/what-we-decided/{decision.id}").status_code == 404
    assert PLAIN not in client.get("/what-we-decided").text and PLAIN not in client.get("/what-we-decided/feed.atom").text
    again = client.submit(f"/decisions/{decision.id}/for-families/unpublish", {
        "version": version_of(decision)}, form_url=f"/decisions/{decision.id}/for-families")
    assert "This decision is not on the public page" in page_text(client.get(again.headers["Location"]))


def test_a_member_or_champion_cannot_publish_and_the_public_sees_nothing_unpublished(
        client, auth, board, make_person, make_decision):
    champion = make_person(role="champion", name="Aisha Khan")
    board.memberships.append(Membership(person=champion, group_role="member"))
    db.session.commit()
    decision = make_decision(board, "Draft: nothing decided for the public yet.")
    decision.for_families = "Not published: words kept for later."
    db.session.commit()
    for person in (board.member, champion):
        auth.login(person)
        assert client.get(f"/decisions/{decision.id}/for-families").status_code == 403
        refused = client.submit(f"/decisions/{decision.id}/for-families", {
            "version": version_of(decision), "for_families": PLAIN, "publish": "1"},
                                form_url="/decisions")
        assert refused.status_code == 403
        assert client.submit(f"/decisions/{decision.id}/for-families/unpublish", form_url="/decisions").status_code == 403
        auth.logout()
    assert _fresh(decision).published_at is None
    assert client.get(f"/decisions/{decision.id}/for-families").status_code == 302  # signed out: sign in first
    for path in ("/what-we-decided", "/what-we-decided/feed.atom"):
        assert "Not published" not in client.get(path).text and "Draft:" not in client.get(path).text
    assert client.get(f"/what-we-decided/{decision.id}").status_code == 404


def test_the_public_page_lists_newest_first_paginated_with_families_first(client, board, make_decision):
    for number in range(22):
        _published(make_decision(board, f"Decision number {number}."), text=f"Summary number {number}.",
                   at=AT + timedelta(minutes=number))
    first, second = client.get("/what-we-decided").text, client.get("/what-we-decided?page=2").text
    assert "22 decisions, latest first" in first and 'rel="next"' in first
    assert "Summary number 21." in first and "Summary number 1." not in first and "Summary number 1." in second
    assert first.index("Summary number 21.") < first.index("Summary number 20.")
    assert first.index("What this means for families") < first.index("What was decided")
    assert first.index("Summary number 21.") < first.index("Decision number 21.")
    assert "SEND Board" in first and "Sign out" not in first


def test_the_decisions_feed_parses_families_first(client, board, make_decision):
    older = _published(make_decision(board, "Older < decision & more."), text="Older summary.")
    newer = _published(make_decision(board, "The pilot runs on."), at=AT + timedelta(hours=1))
    response = client.get("/what-we-decided/feed.atom")
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    feed = ElementTree.fromstring(response.data)
    assert feed.find(f"{ATOM}title").text.startswith("What we decided")
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == [f"SEND Board: {PLAIN}",
                                                                      "SEND Board: Older summary."]
    assert entries[0].find(f"{ATOM}link").get("href") == f"http://localhost/what-we-decided/{newer.id}"
    summary = entries[1].find(f"{ATOM}summary").text
    assert summary.startswith("<p><strong>What this means for families:</strong> Older summary.</p>")
    assert "Older &lt; decision &amp; more." in summary
    assert 'href="/what-we-decided/feed.atom"' in client.get("/what-we-decided").text
    assert older.id != newer.id


def test_the_public_page_and_feed_make_the_same_number_of_queries(client, board, make_group, make_decision,
                                                                   count_queries):
    def make(count):
        for number in range(count):
            _published(make_decision(make_group(), f"Decision {number}."))

    make(2)
    _, few = count_queries(lambda: client.get("/what-we-decided"))
    _, few_feed = count_queries(lambda: client.get("/what-we-decided/feed.atom"))
    make(12)
    _, many = count_queries(lambda: client.get("/what-we-decided"))
    _, many_feed = count_queries(lambda: client.get("/what-we-decided/feed.atom"))
    assert few == many and few_feed == many_feed


def test_the_public_pages_link_to_it(client):
    assert 'href="/what-we-decided"' in client.get("/you-said-we-did").text
    assert 'href="/what-we-decided"' in client.get("/accessibility").text  # the footer of every page


def test_the_api_gives_the_published_summary_and_its_date_and_never_a_draft(client, api_as, board, make_person,
                                                                             make_decision):
    from openapi_schema_validator import OAS30Validator

    champion = make_person(role="champion")
    db.session.add(Membership(group=board, person=champion, group_role="member"))
    published = _published(make_decision(board, "The pilot runs on.", days_ago=40))
    draft = _published(make_decision(board, "The hub opens.", days_ago=30), text="A draft summary.")
    operations.unpublish_for_families(draft)
    db.session.commit()
    document = client.get("/api/v1/openapi.json").json
    validator = OAS30Validator({"$ref": "#/components/schemas/DecisionPage", "components": document["components"]})
    for reader in (board.chair, champion):
        api = api_as(reader)
        listed = {item["id"]: item for item in api.get("/api/v1/decisions").json["items"]}
        assert (listed[published.id]["for_families"], listed[published.id]["published_at"]) == (
            PLAIN, utc_text(AT))
        assert (listed[draft.id]["for_families"], listed[draft.id]["published_at"]) == (None, None)
        assert api.get(f"/api/v1/decisions/{draft.id}").json["for_families"] is None
        assert api.get(f"/api/v1/decisions/{published.id}").json == listed[published.id]
        validator.validate(api.get("/api/v1/decisions").json)
    described = document["components"]["schemas"]["Decision"]["properties"]
    assert described["for_families"]["nullable"] and described["published_at"]["nullable"]


def test_the_meeting_page_offers_the_families_form_to_who_may_publish_and_says_when_it_is_published(
        client, auth, board, make_meeting, make_decision):
    made = make_decision(board, "The pilot runs on.", item="Key worker pilot")
    loose = make_decision(board, "The hub opens.", meeting=made.meeting)
    ahead = make_decision(board, "Agreed ahead.", days_ago=-7)
    form = f'href="/decisions/{made.id}/for-families?back=meeting"'
    auth.login(board.chair)
    page = page_text(client.get(f"/meetings/{made.meeting_id}"))
    assert form in page and f'href="/decisions/{loose.id}/for-families?back=meeting"' in page
    assert "Say what it means for families" in page and "Published for families" not in page
    assert "/for-families" not in client.get(f"/meetings/{ahead.meeting_id}").text  # not before the meeting
    _published(made)
    page = page_text(client.get(f"/meetings/{made.meeting_id}"))
    assert "Change what it means for families" in page and f'href="/what-we-decided/{made.id}"' in page
    assert page.count("Published for families") == 1
    auth.logout()
    auth.login(board.member)
    page = page_text(client.get(f"/meetings/{made.meeting_id}"))
    assert "Published for families" in page and "/for-families" not in page


def test_the_families_form_leads_back_to_the_meeting_page_or_the_register_view_it_came_from(
        client, auth, board, make_decision):
    decision = make_decision(board, "The pilot runs on.", item="Key worker pilot")
    auth.login(board.chair)
    from_meeting = f"/decisions/{decision.id}/for-families?back=meeting"
    assert f'href="{from_meeting}"' in client.get(f"/meetings/{decision.meeting_id}").text
    form = client.get(from_meeting).text
    assert f'href="/meetings/{decision.meeting_id}#decision-{decision.id}">Cancel' in form
    published = client.submit(from_meeting, {
        "version": version_of(decision), "for_families": PLAIN, "publish": "1"})
    assert published.headers["Location"] == from_meeting
    assert f'action="/decisions/{decision.id}/for-families/unpublish?back=meeting"' in client.get(from_meeting).text
    taken_off = client.submit(f"/decisions/{decision.id}/for-families/unpublish?back=meeting", {
        "version": version_of(decision)}, form_url=from_meeting)
    assert taken_off.headers["Location"] == from_meeting
    query = f"q=pilot&group={board.id}&page=1"
    from_register = f"/decisions/{decision.id}/for-families?{query}"
    assert f'href="{from_register.replace("&", "&amp;")}"' in client.get(f"/decisions?{query}").text
    form = client.get(from_register).text
    assert f'href="/decisions?{query.replace("&", "&amp;")}#decision-{decision.id}">Cancel' in form
    republished = client.submit(from_register, {
        "version": version_of(decision), "for_families": PLAIN, "publish": "1"})
    assert republished.headers["Location"] == from_register


def test_the_register_asks_for_families_words_only_once_the_meeting_has_taken_place(
        client, auth, board, make_decision):
    """The form would only refuse it ("Publish it once its meeting has taken place"): not offered before."""
    made = make_decision(board, "The pilot runs on.")
    ahead = make_decision(board, "Agreed ahead.", days_ago=-7)
    auth.login(board.chair)
    page = client.get("/decisions").text
    assert f'href="/decisions/{made.id}/for-families"' in page
    assert f"/decisions/{ahead.id}/for-families" not in page
    assert f'href="/decisions/{ahead.id}/edit"' in page  # it can still be tagged
