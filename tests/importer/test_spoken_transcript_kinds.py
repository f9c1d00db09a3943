"""A meeting's transcript downloaded as a document (directory-style speakers, "Reid, Alan (Northgate Trust)",
the recording's notices over the first words), spoken promises said twice or restated later, and a
promise's source shown in the words the speaker said. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.due import read_due
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 3, 3)  # a Wednesday
NAMES = frozenset({"alan", "reid", "bea", "novak", "carl", "ojo", "dina", "frost"})

TRANSCRIPT = """Short breaks review-20270303_140105-Meeting Transcript

March 3, 2027, 2:01PM

5m 12s

Reid, Alan started transcription

Reid, Alan   0:04

Afternoon all. Let's start with the respite figures, then the leaflet.

NOVAK, Bea (NORTHGATE TRUST - 02Q)   0:30

So what I'll do is I'll get the providers to list their spare places so the longest waits go first. We'll have that done by the last Thursday in March.

Reid, Alan   1:02

Great. Families keep asking what's on offer. I'll do a leaflet for the holiday clubs with the dates on it.

Ojo, Carl (Guest)   1:40

I might be able to get a parent to read it over, but I can't promise.

Reid, Alan   2:05

That would help. I'll get the leaflets out by the end of next week, once the dates are fixed.

Frost, Dina   2:40

I'll send the booking link to the schools so they can share it.

Reid, Alan   3:10

Lovely. And we'll keep this monthly for now, so next one is Wednesday the 31st.

Reid, Alan stopped transcription
"""


def test_a_transcripts_notices_and_title_are_not_a_heading_for_its_promises():
    found = suggested_in(TRANSCRIPT, HELD, NAMES)
    assert not any("transcription" in title or "2:01PM" in title or "5m 12s" in title for title in found)


def test_what_ill_do_is_ill_reads_as_the_promise_with_its_day_the_last_weekday_of_a_month():
    found = ticked_in(TRANSCRIPT, HELD, NAMES)
    assert found["Get the providers to list their spare places so the longest waits go first"] == ("Bea NOVAK", date(2027, 3, 25))


def test_the_last_or_first_weekday_of_a_month_is_that_day():
    assert read_due("by the last Thursday in March", HELD).on == date(2027, 3, 25)
    assert read_due("on the first Monday of May", HELD).on == date(2027, 5, 3)


def test_a_promise_restated_later_with_the_thing_it_made_is_dated_by_the_restatement():
    found = ticked_in(TRANSCRIPT, HELD, NAMES)
    leaflet = [title for title in found if "leaflet" in title]
    assert len(leaflet) == 1
    assert found[leaflet[0]] == ("Alan Reid", date(2027, 3, 12))


def test_keeping_a_meeting_monthly_with_the_next_ones_day_is_not_an_action():
    found = ticked_in(TRANSCRIPT, HELD, NAMES)
    assert not any("monthly" in title for title in found)


def test_a_spoken_promise_keeps_the_speakers_own_words_as_its_source():
    parsed = outcomes_for(parse_outcomes(TRANSCRIPT, meeting_date=HELD, names=NAMES), HELD, lenient=True)
    link = next(s for s in parsed.suggestions if "booking link" in s.title)
    assert link.owner_text == "Dina Frost"
    assert link.source.startswith("I'll send the booking link to the schools")


HUDDLE = """Transport huddle-20270303_093000-Meeting Transcript

March 3, 2027, 9:30AM

3m 02s

Frost, Dina started transcription

Frost, Dina   0:05

Morning. Carl, the route changes first.

Ojo, Carl (Guest)   0:20

I'll map the new pick-up points and I'll have a plan for the next one of these.

Frost, Dina   1:10

Next one's the 17th, isn't it, because of the Easter break?

Novak, Bea   1:15

Yes, I've moved it to the 17th.

Frost, Dina   1:30

Thanks. I'll ring the operator today. Lovely, thanks all.

Frost, Dina stopped transcription
"""


def test_the_next_one_of_these_is_the_next_meeting_a_transcript_dates_as_next_ones_day():
    found = ticked_in(HUDDLE, HELD, NAMES)
    plan = next(title for title in found if title.startswith("Map the new pick-up points"))
    assert found[plan] == ("Carl Ojo", date(2027, 3, 17))


OFFERS = """[10:02] Dina Frost: Can anyone help with the parents' drop-in?
[10:03] Carl Ojo: I'll see what I can do.
[10:04] Bea Novak: I'll have notes back to you by Friday on the route plan.
[10:05] Dina Frost: Thanks both.
"""


def test_ill_see_what_i_can_do_is_a_hope_and_ill_have_notes_back_to_you_a_promise():
    found = ticked_in(OFFERS, HELD, NAMES)
    assert not any("see what" in title.lower() for title in found)
    notes = next(title for title in found if "notes back to you" in title)
    assert found[notes] == ("Bea Novak", date(2027, 3, 5))
