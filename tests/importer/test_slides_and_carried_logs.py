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
