"""Easy Read minutes: short sentences under plain headings ("Last time", "What we decided", "What
will happen next"), owners written with a word on who they are ("Kim from the travel team"). Written
here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

import pytest

from tracker.importer.documents import text_from_upload
from tracker.importer.owners import Candidate, match_owner
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 10, 6)
PAGE = """<html><body><main>
<h1>The Inclusion Panel meeting</h1><p>Wednesday 6 October 2027</p>
<h2>Last time</h2>
<p>Last time we said Kim would write to the colleges.</p><p>She has done this.</p>
<h2>What we talked about</h2>
<p>Some young people wait a long time for a taxi to college. Lee runs the travel team. He will find out why.</p>
<h2>What we decided</h2>
<p>The Panel will meet at the college next time.</p>
<h2>What will happen next</h2>
<table><tr><th>What will happen</th><th>Who will do it</th><th>By when</th></tr>
<tr><td>Find out why taxis are late.</td><td>Lee from the travel team</td><td>By Friday 22 October</td></tr>
<tr><td>Ask young people what would help.</td><td>Sam at the Youth Forum (he is 19)</td><td>In 2 weeks</td></tr>
<tr><td>Put a map of bus routes on the Local Offer.</td><td>The web team at the council</td><td>By the end of November</td></tr>
</table>
<h2>Other things people said</h2>
<p>Jo will try to come to the next meeting if she can.</p>
</main></body></html>"""


def test_only_what_will_happen_next_is_suggested():
    text = text_from_upload("panel.html", PAGE.encode())
    meeting = outcomes_for(parse_outcomes(text, meeting_date=HELD), HELD, lenient=True)
    ticked = [(s.title, s.owner_text, s.due.on if s.due else None) for s in meeting.suggestions if s.suggested]
    assert ticked == [
        ("Find out why taxis are late", "Lee from the travel team", date(2027, 10, 22)),
        ("Ask young people what would help", "Sam at the Youth Forum (he is 19)", date(2027, 10, 20)),
        ("Put a map of bus routes on the Local Offer", "The web team at the council", date(2027, 11, 30)),
    ]
    unticked = {s.title: s.reason for s in meeting.suggestions if not s.suggested}
    assert any("Last time" in reason for reason in unticked.values())  # what was agreed before, done since
    assert any("decision" in reason for reason in unticked.values())  # "The Panel will meet ..."


PEOPLE = [
    Candidate(1, "Lee Ward", "Travel Team Manager", ("Northbrook Council",), "member"),
    Candidate(2, "Sam Okoro", "Youth Forum member", ("Northbrook Youth Forum",), None),
    Candidate(3, "Kim Boyd", "Head of Inclusion", ("Northbrook Council",), "chair"),
]


@pytest.mark.parametrize("written, person", [
    ("Lee from the travel team", "Lee Ward"),
    ("Sam at the Youth Forum (he is 19)", "Sam Okoro"),
    ("Kim Boyd (she runs the panel)", "Kim Boyd"),
])
def test_an_owner_with_a_word_on_who_they_are_is_that_person(written, person):
    match = match_owner(written, PEOPLE)
    assert match.person is not None and match.person.name == person and match.written == written


def test_a_team_at_an_organisation_is_no_one_person():
    assert match_owner("The web team at the council", PEOPLE).person is None


WHO_THEN_WHEN = """PART 2 - THE WEBSITE

Who will do it
- Kim will change the colours and make the words bigger.
- Lee will make a short film about the map.
- Sam will ask the web team about a quiet page.

When
- Kim: in 2 weeks.
- The film: before the Easter holidays start on 26 March.
- The quiet page: we don't know yet.
"""


def test_a_when_list_after_who_will_do_it_dates_the_actions_it_names():
    held = date(2027, 2, 10)
    found = {s.title: (s.owner_text, s.due.on if s.due else None)
             for s in outcomes_for(parse_outcomes(WHO_THEN_WHEN, meeting_date=held), held, lenient=True).suggestions
             if s.suggested}
    assert found == {
        "Change the colours and make the words bigger": ("Kim", date(2027, 2, 24)),  # named by its owner
        "Make a short film about the map": ("Lee", date(2027, 3, 26)),  # named by a word of the action
        "Ask the web team about a quiet page": ("Sam", None),  # "we don't know yet" gives no date
    }
