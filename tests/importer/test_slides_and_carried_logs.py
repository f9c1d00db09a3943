"""A slide deck's outline with its speaker notes, and Word minutes whose action summary has a part
for new actions and a part carried forward. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.owners import Candidate, match_owner
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 5, 19)


def ticked(text: str) -> dict[str, str]:
    meeting = outcomes_for(parse_outcomes(text, meeting_date=HELD), HELD, lenient=True)
    return {s.title: s.owner_text for s in meeting.suggestions if s.suggested}


SLIDES = """--- Slide 9 ---
Agreed actions (added after the meeting)
• Head of Inclusion: publish the revised exclusions guidance - by 2 June
• Director for Children's Services: write to the regional schools commissioner - by 16 June
Notes:
Kim offered to share her school's attendance pilot at some point.

--- Slide 10 ---
Thank you
Contact: send.partnership@northbrook.gov.uk
"""


def test_a_role_with_small_words_owns_its_item_and_an_address_or_a_someday_offer_is_no_action():
    assert ticked(SLIDES) == {
        "Publish the revised exclusions guidance - by 2 June": "Head of Inclusion",
        "Write to the regional schools commissioner - by 16 June": "Director for Children's Services",
    }


LOGS = """Action summary

Part A - new actions from this meeting

Ref\tAction\tOwner\tDue
A1\tSend the attendance figures to heads\tLee Ward (Data)\t2 June

Part B - actions carried forward from earlier meetings

Ref\tFrom\tAction\tOwner\tDue\tStatus
B1\t14.04.27 min 3\tReview the transport appeals process\tKim Boyd\tJuly\tOn track
"""


def test_a_carried_forward_part_is_the_earlier_meetings_and_a_bracketed_team_is_not_the_owner():
    assert ticked(LOGS) == {"Send the attendance figures to heads": "Lee Ward (Data)"}
    person = match_owner("Lee Ward (Data)", [Candidate(1, "Lee Ward", "Data Manager", ("Northbrook Council",), "member")])
    assert person.person is not None and person.person.name == "Lee Ward"


WORKSHOP = """Co-production workshop, 19 May 2027

Our "We will" cards
We will send every family on the waiting list a letter saying where they are in the queue.
Who: Lee Ward, Transport · By: 30 June 2027
Parents said the letters they get now are hard to follow.
"""


def test_who_and_by_under_a_we_will_card_are_its_owner_and_due_date():
    meeting = outcomes_for(parse_outcomes(WORKSHOP, meeting_date=HELD), HELD, lenient=True)
    [card] = [s for s in meeting.suggestions if s.suggested]
    assert (card.owner_text, card.due.on) == ("Lee Ward, Transport", date(2027, 6, 30))
    assert card.title.startswith("Send every family on the waiting list a letter")
