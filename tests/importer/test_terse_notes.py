"""Notes thumbed into a phone (no capitals, no full stops, initials, arrows) and the short weekdays
such notes use. Written in new words: none of this text is in the scored corpus."""
from __future__ import annotations

from datetime import date

import pytest

from tracker.importer.due import NEXT_MEETING, read_due
from tracker.importer.parse import outcomes_for, parse_outcomes
from tracker.importer.terse import terse_notes

HELD = date(2027, 4, 19)  # a Monday

NOTES = """inclusion huddle mon 19 apr

here: nk rm fp lj
apols owain

exclusions
3 perm exclusions this half term, all yr 9
rm => pull the reasons for the last 3 by thurs ⏳
fp -> ask the ap provider for their attendance figs tmrw
✅ lj sent the dashboard round before mtg

training
nk to book the trauma informed practice session w/c 10 may
maybe a parent session too?? not yet
all read the draft graduated approach guide before next one pls
all done on the audit

next: mon 17 may
"""


def ticked():
    meeting = outcomes_for(parse_outcomes(NOTES, meeting_date=HELD), HELD, lenient=True)
    return {s.title: (s.owner_text, s.due.on if s.due else None) for s in meeting.suggestions if s.suggested}


def test_each_line_of_phone_notes_is_its_own_and_initials_and_arrows_name_the_owner():
    assert ticked() == {
        "Pull the reasons for the last 3 by thurs": ("RM", date(2027, 4, 22)),
        "Ask the ap provider for their attendance figs tmrw": ("FP", date(2027, 4, 20)),
        "Book the trauma informed practice session w/c 10 may": ("NK", date(2027, 5, 14)),
        "Read the draft graduated approach guide before the next meeting pls": ("All", None),
    }


def test_short_lines_stay_headings_and_status_marks_go():
    lines = terse_notes(NOTES.split("\n"))
    assert "Exclusions" in lines and "Training" in lines
    assert "RM to pull the reasons for the last 3 by thurs." in lines
    assert not any("⏳" in line for line in lines)


def test_ordinary_minutes_are_left_as_they_are():
    minutes = ["The panel met on 19 April.", "", "Present: Nadia Khan (chair), Rhys Morgan.", "",
               "1. Exclusions", "Rhys presented the figures. He will circulate the reasons by Thursday.",
               "Nadia will book the training.", "", "2. Any other business", "none.", "", "Next meeting 17 May."]
    assert terse_notes(minutes) == minutes


@pytest.mark.parametrize(("words", "day"), [
    ("by fri", date(2027, 4, 23)), ("by 5pm thurs", date(2027, 4, 22)), ("on weds", date(2027, 4, 21)),
    ("by tues", date(2027, 4, 20)), ("tmrw", date(2027, 4, 20)), ("by mon", date(2027, 4, 26)),
])
def test_weekdays_and_tomorrow_as_notes_shorten_them(words, day):
    assert read_due(f"send the figures {words}", HELD).on == day


def test_a_short_weekday_before_a_date_is_that_date():
    assert read_due("meet on wed 5 May", HELD).on == date(2027, 5, 5)


def test_everyones_line_is_due_by_the_next_meeting_and_all_done_is_not_a_task():
    meeting = outcomes_for(parse_outcomes(NOTES, meeting_date=HELD), HELD, lenient=True)
    read = next(s for s in meeting.suggestions if s.title.startswith("Read the draft"))
    assert read.due.kind == NEXT_MEETING
    assert not any("audit" in s.title and s.suggested for s in meeting.suggestions)
