"""The Atom and calendar feeds keep working whatever characters the words in them hold.

Text pasted from slides or spreadsheets can carry control characters (PowerPoint's line break is a
vertical tab, U+000B), which the pages show harmlessly but XML 1.0 cannot hold: one such outcome
or decision made /you-said-we-did/feed.atom or /what-we-decided/feed.atom a 500 for every reader
until someone found and changed the words. Calendar feeds wrote them as they were, which RFC 5545
forbids, so a calendar program could refuse a person's whole feed. The feeds now write each such
character as a space. Text saved now has such characters taken out (core/domain.py checked_text),
so these tests write them straight into the rows, as text saved before that rule would hold them.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from datetime import timedelta

from tests.decisions.conftest import make_decision  # noqa: F401  a decision of a group's meeting
from tests.decisions.test_for_families import _published
from tests.meetings.conftest import board  # noqa: F401
from tests.public.test_you_said_we_did import ATOM, _outcome
from tracker.core.dates import local_today
from tracker.extensions import db

PASTED = "Pasted from the slides\x0bthe second line\x07 and a bell"


def _entries(client, url: str) -> list:
    response = client.get(url)
    assert response.status_code == 200
    return ElementTree.fromstring(response.data).findall(f"{ATOM}entry")


def _saved_before_the_rule(record, **values) -> None:
    for name, value in values.items():
        setattr(record, name, value)
    db.session.commit()


def test_an_outcome_with_a_control_character_is_in_the_feed(client, partnership):
    outcome = _outcome(partnership, group=partnership.workstream, said="Said")
    _saved_before_the_rule(outcome, public_said=PASTED, public_did=f"We acted on: {PASTED}")
    [entry] = _entries(client, "/you-said-we-did/feed.atom")
    assert entry.find(f"{ATOM}title").text == ("Preparing for Adulthood: Pasted from the slides the second line "
                                               " and a bell")
    assert "We acted on: Pasted from the slides the second line  and a bell" in entry.find(f"{ATOM}summary").text


def test_a_decision_with_a_control_character_is_in_the_feed(client, board, make_decision):  # noqa: F811
    decision = _published(make_decision(board, "Agreed the plan."), text="Summary")
    _saved_before_the_rule(decision, text="Agreed\x0bthe plan\x1b.", for_families=PASTED)
    [entry] = _entries(client, "/what-we-decided/feed.atom")
    assert entry.find(f"{ATOM}title").text == "SEND Board: Pasted from the slides the second line  and a bell"
    assert "Agreed the plan ." in entry.find(f"{ATOM}summary").text


def test_a_calendar_feed_holds_no_control_character(client, auth, make_person, make_group, make_meeting,
                                                   make_action):
    person = make_person()
    group = make_group(name="Slides\x0bGroup", members=[person])
    make_meeting(group, local_today() + timedelta(days=3), location="Room\x0b2", summary=PASTED)
    make_action(owner=person, group=group, due=local_today() + timedelta(days=5), title=PASTED)
    auth.login(person)
    page = client.get("/account/calendar-feeds").get_data(as_text=True)
    for url in re.findall(r'value="http://localhost(/feeds/[^"]+)"', page):
        response = client.get(url)
        assert response.status_code == 200
        assert not re.search(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", response.data), url
        assert b"Pasted from the slides the second line" in response.data or b"Slides Group meeting" in response.data
