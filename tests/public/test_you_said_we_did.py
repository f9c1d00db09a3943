"""The public "You said, we did" page and its Atom feed: only what was published, nothing private."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from datetime import timedelta

import pytest

from tests.inputs.conftest import NOW
from tracker.core.models import Tag
from tracker.extensions import db
from tracker.inputs import operations

ATOM = "{http://www.w3.org/2005/Atom}"
PRIVATE = ("Pat Parent", "pat@example.org", "Josh", "07700 900123", "Aisha Khan", "Bea Champion",
           "a private answer", "Chris Carer")


def _priority(name: str) -> Tag:
    return db.session.scalar(db.select(Tag).where(Tag.kind == "priority", Tag.name == name))


def _outcome(p, *, group, said, publish=True, priority="Inclusion", at=NOW, **raised_by):
    """An input with private detail in every private field, answered and (if `publish`) published."""
    if raised_by:
        raised = operations.raise_input(what="Josh, my son, masks at school (Aisha Khan)", at=at, **raised_by)
    else:
        raised = operations.raise_public_input(email="pat@example.org", name="Pat Parent", at=at,
                                               what="My son Josh cannot find a club. Call 07700 900123.",
                                               why_it_matters="Chris Carer says the same.")
    operations.route_input(raised, group=group, by=p.chair, at=at)
    operations.answer_input(raised, by=p.lead, response="a private answer to Pat Parent", at=at)
    if publish:
        operations.publish_outcome(raised, by=p.lead, confirmed=True, at=at, priority=_priority(priority), texts={
            "public_said": said, "public_did": f"We acted on: {said}",
            "public_for_families": "Look on the Local Offer."})
    db.session.commit()
    return raised


@pytest.fixture
def outcomes(partnership):
    p = partnership
    return {
        "clubs": _outcome(p, group=p.workstream, said="Clubs that welcome disabled children are hard to find."),
        "masking": _outcome(p, group=p.board, said="Children mask their needs at school.", priority="Workforce",
                            by=p.champion, at=NOW + timedelta(hours=1)),
        "draft": _outcome(p, group=p.board, said="Not published: transport.", publish=False),
    }


def test_the_page_shows_only_published_outcomes_and_nothing_private(client, outcomes):
    html = client.get("/you-said-we-did").get_data(as_text=True)
    assert "Clubs that welcome disabled children are hard to find." in html
    assert "Children mask their needs at school." in html and "Not published: transport." not in html
    assert "2 outcomes, latest first" in html
    assert html.index("Children mask") < html.index("Clubs that welcome")  # latest first
    assert "Preparing for Adulthood" in html and "SEND Board" in html and "Workforce" in html
    pages = [html, client.get(f"/you-said-we-did/{outcomes['clubs'].id}").get_data(as_text=True),
             client.get("/you-said-we-did/feed.atom").get_data(as_text=True)]
    for page in pages:
        for private in PRIVATE:
            assert private not in page


def test_an_unpublished_outcome_has_no_page(client, outcomes):
    assert client.get(f"/you-said-we-did/{outcomes['draft'].id}").status_code == 404
    assert client.get(f"/you-said-we-did/{outcomes['clubs'].id}").status_code == 200


def test_outcomes_can_be_filtered_by_group_and_priority(client, partnership, outcomes):
    html = client.get(f"/you-said-we-did?group={partnership.board.id}").get_data(as_text=True)
    assert "Children mask" in html and "Clubs that welcome" not in html
    html = client.get(f"/you-said-we-did?priority={_priority('Inclusion').id}").get_data(as_text=True)
    assert "Clubs that welcome" in html and "Children mask" not in html
    html = client.get(f"/you-said-we-did?priority={_priority('Outcomes').id}").get_data(as_text=True)
    assert "No outcomes match these choices yet" in html


def test_the_page_is_paginated(client, partnership):
    for number in range(23):
        _outcome(partnership, group=partnership.workstream, said=f"Outcome number {number}.",
                 at=NOW + timedelta(minutes=number))
    first = client.get("/you-said-we-did").get_data(as_text=True)
    second = client.get("/you-said-we-did?page=2").get_data(as_text=True)
    assert "Outcome number 22." in first and "Outcome number 2." not in first
    assert "Outcome number 2." in second and "Outcome number 22." not in second
    assert 'rel="next"' in first


def test_anyone_can_read_it_without_signing_in(client, outcomes):
    page = client.get("/you-said-we-did")
    assert page.status_code == 200 and "Sign out" not in page.get_data(as_text=True)


def test_the_atom_feed_parses_and_lists_the_published_outcomes(client, outcomes, partnership):
    response = client.get("/you-said-we-did/feed.atom")
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    feed = ElementTree.fromstring(response.data)
    assert feed.tag == f"{ATOM}feed"
    assert feed.find(f"{ATOM}title").text.startswith("You said, we did")
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}title").text for entry in entries] == [
        "SEND Board: Children mask their needs at school.",
        "Preparing for Adulthood: Clubs that welcome disabled children are hard to find."]
    first = entries[0]
    assert first.find(f"{ATOM}link").get("href") == f"http://localhost/you-said-we-did/{outcomes['masking'].id}"
    assert first.find(f"{ATOM}id").text and first.find(f"{ATOM}updated").text
    assert "We acted on: Children mask their needs at school." in first.find(f"{ATOM}summary").text
    filtered = ElementTree.fromstring(client.get(f"/you-said-we-did/feed.atom?group={partnership.workstream.id}").data)
    assert len(filtered.findall(f"{ATOM}entry")) == 1


def test_text_that_looks_like_markup_is_escaped_on_the_page_and_in_the_feed(client, partnership):
    _outcome(partnership, group=partnership.workstream, said="Ratio of staff < 1 in 3 & falling")
    html = client.get("/you-said-we-did").get_data(as_text=True)
    assert "Ratio of staff &lt; 1 in 3 &amp; falling" in html
    feed = ElementTree.fromstring(client.get("/you-said-we-did/feed.atom").data)
    assert feed.find(f"{ATOM}entry/{ATOM}title").text == "Preparing for Adulthood: Ratio of staff < 1 in 3 & falling"


def test_the_page_makes_the_same_number_of_queries_however_many_outcomes(client, partnership, count_queries):
    def make(count, offset):
        for number in range(count):
            _outcome(partnership, group=partnership.workstream, said=f"Outcome {offset + number}.",
                     at=NOW + timedelta(minutes=offset + number))

    make(2, 0)
    _, few = count_queries(lambda: client.get("/you-said-we-did"))
    _, few_feed = count_queries(lambda: client.get("/you-said-we-did/feed.atom"))
    make(15, 100)
    _, many = count_queries(lambda: client.get("/you-said-we-did"))
    _, many_feed = count_queries(lambda: client.get("/you-said-we-did/feed.atom"))
    assert few == many and few_feed == many_feed


@pytest.mark.parametrize("path", ["/you-said-we-did", "/have-your-say", "/your-input", "/accessibility"])
def test_every_public_page_offers_a_way_to_sign_in(client, path):
    html = client.get(path).get_data(as_text=True)
    assert '<a class="govuk-service-navigation__link" href="/sign-in"' in html


def test_signed_in_people_are_not_offered_sign_in(client, auth, make_person):
    auth.login(make_person(name="Jo Member"))
    assert 'href="/sign-in"' not in client.get("/you-said-we-did").get_data(as_text=True)


def test_what_it_means_for_families_comes_first_on_the_page_and_in_the_feed(client, outcomes):
    html = client.get(f"/you-said-we-did/{outcomes['clubs'].id}").get_data(as_text=True)
    html = re.sub(r">\s+|\s+<", lambda gap: gap.group().strip(), html)  # the macros' spacing around words
    assert html.index("What this means for families") < html.index(">You said<") < html.index(">We did<")
    feed = ElementTree.fromstring(client.get("/you-said-we-did/feed.atom").data)
    summary = feed.find(f"{ATOM}entry/{ATOM}summary").text
    assert summary.startswith("<p><strong>What this means for families:</strong> Look on the Local Offer.</p>")
