"""Notes a meeting tool's AI wrote from the recording (Zoom's AI Companion, Copilot, Otter): a
summary that retells the discussion, then "Next steps" with the actions, owners written as the
transcript knew them ("Kim (council)", "Speaker 3"). Written here in new words, not from the corpus."""
from __future__ import annotations

from datetime import date

from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 9, 14)
RECAP = """# Meeting summary: Inclusion Panel, Tue, Sep 14, 2027

*AI-generated content may be inaccurate. Review the recording.*

## Quick recap

The panel looked at the new travel training offer. Kim said she will write to the colleges once the
contract is signed. Lee will check whether the taxi firm can add a second route. The panel agreed the
autumn survey will go out in October.

## Summary

### Travel training
- Lee Ward (Transport) explained the waiting list and will look at how to cut it.
- Speaker 3 asked for the list of routes and said they would share it with parents.

## Next steps

- Kim (council) to write to the three colleges about travel training places by 1 October.
- Lee Ward will check with the taxi firm whether a second route can be added, by 24 September.
- Speaker 3 to share the list of routes with the parent carer forum.
"""


def test_only_the_recaps_next_steps_are_ticked_with_their_owners():
    meeting = outcomes_for(parse_outcomes(RECAP, meeting_date=HELD), HELD, lenient=True)
    ticked = [(s.title, s.owner_text, s.due.on if s.due else None) for s in meeting.suggestions if s.suggested]
    assert [(title.split(" by ")[0].rstrip(","), owner, due) for title, owner, due in ticked] == [
        ("Write to the three colleges about travel training places", "Kim", date(2027, 10, 1)),
        ("Check with the taxi firm whether a second route can be added", "Lee Ward", date(2027, 9, 24)),
        ("Share the list of routes with the parent carer forum", "Speaker 3", None),
    ]
    retold = [s for s in meeting.suggestions if not s.suggested and "AI recap" in s.reason]
    assert {s.title for s in retold} >= {"Write to the colleges once the contract is signed",
                                         "Check whether the taxi firm can add a second route"}


def test_minutes_written_by_people_keep_the_commitments_in_their_summary():
    """Without the AI's marks, a commitment in the summary is someone's word, still suggested."""
    minutes = RECAP.replace("*AI-generated content may be inaccurate. Review the recording.*", "")
    meeting = outcomes_for(parse_outcomes(minutes, meeting_date=HELD), HELD, lenient=True)
    assert any(s.suggested and s.title == "Write to the colleges once the contract is signed"
               for s in meeting.suggestions)
