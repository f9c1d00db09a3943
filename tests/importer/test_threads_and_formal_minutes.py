"""A message board's notes and their comments, formal minutes in other areas' habits, and the other
kinds of writing met in the seventh session's held-out batches. Written here in new words, not taken
from the corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 10, 13)  # a Wednesday
NAMES = frozenset({"anne", "price", "owen", "reid", "kemi", "adams"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    """Each suggestion's title: (owner, due date, ticked)."""
    found = outcomes_for(parse_outcomes(text, meeting_date=held, names=NAMES), held, lenient=True).suggestions
    return {s.title: (s.owner_text, s.due.on if s.due else None, s.suggested) for s in found}


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return {title: (owner, due) for title, (owner, due, tick) in suggested(text, held).items() if tick}


FORUM_NOTES = """Notes from this morning's employment forum

Who came

- Owen Reid (chairing)
- Tess Marlow (Supported Internships Coordinator, Northgate College)
- Ross Okoye (Employment Support Team)

What we agreed

- Three places unfilled - Tess will re-advertise the places through the school bulletins, by Friday 22 Oct. Any left then roll over to January.
- Benefits advice - waits are long. Ross explained the national review (nothing we can change here). We agreed Ross will write a short guide for families, with a draft to the next forum.
- The group will meet every six weeks.
- We agreed the forum should send a formal reply to the consultation.
"""


def test_a_first_name_listed_under_who_came_with_its_bullet_is_one_of_the_people():
    # "Tess" and "Ross" end in "s", as plurals do ("Videos"): listed under "Who came" they are people
    found = ticked(FORUM_NOTES)
    owner, due = next(each for title, each in found.items() if title.startswith("Re-advertise the places"))
    assert (owner, due) == ("Tess", date(2027, 10, 22))


def test_an_item_agreed_with_its_topic_before_a_dash_is_the_owners_action():
    found = ticked(FORUM_NOTES)
    assert any(title.startswith("Re-advertise the places") for title in found)  # not a decision: Tess will do it
    assert "Meet every six weeks" not in found  # the group itself, deciding how it works


def test_we_agreed_someone_will_is_their_action_but_we_agreed_the_forum_should_is_a_decision():
    found = ticked(FORUM_NOTES)
    owner = next(each for title, each in found.items() if title.startswith("Write a short guide for families"))[0]
    assert owner == "Ross"
    assert not any("formal reply" in title for title in found)
