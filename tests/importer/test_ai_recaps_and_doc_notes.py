"""AI recaps and shared notes documents: a transcript exported as a PDF with each speaker's name over the
time, days of the month said in words, and the other kinds of writing met in the fifty-ninth held-out
batch. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import ticked_in
from tracker.importer.due import read_due

HELD = date(2027, 3, 2)  # a Tuesday
NAMES = frozenset({"priya", "shah", "dev", "malik", "rosa", "lane", "tariq"})


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


STACKED_TRANSCRIPT = """Early Years Panel - Mar 02
Notes are AI generated
Transcript
Priya Shah
00:00
Right, we're recording. Morning all. Dev, did the funding letters go out?
Dev Malik
01:40
They did, last Thursday.
Priya Shah
notes.example | Early Years Panel - Mar 02 Page 1

01:52
Great. Next, the setting visits.
Rosa Lane
03:12
I'll write up the visit notes for the three new settings by Friday the
twelfth, so they can go in the pack.
Speaker 4
05:30
Sorry, I was on mute. I'll send the inclusion fund guidance to the
childminders on the nineteenth.
Dev Malik
05:58
I'll see if the hall can be booked for the open day and come back to the next
panel.
Priya Shah
06:05
Which is the thirtieth of March. Lovely, thanks both.
"""


def test_a_transcript_with_each_speakers_name_over_the_time_gives_them_what_they_said():
    found = ticked(STACKED_TRANSCRIPT)
    notes = next(title for title in found if title.startswith("Write up the visit notes"))
    assert found[notes] == ("Rosa Lane", date(2027, 3, 12))  # the turn's words, wrapped by the page, one line again
    guidance = next(title for title in found if title.startswith("Send the inclusion fund guidance"))
    assert found[guidance] == ("Speaker 4", date(2027, 3, 19))  # an unnamed voice, as the tool labels it


def test_a_day_of_the_month_said_in_words_or_after_the_weekday_is_that_day():
    assert read_due("by Thursday the 11th", HELD).on == date(2027, 3, 11)
    assert read_due("by Thursday the eleventh", HELD).on == date(2027, 3, 11)
    assert read_due("when we meet on the twenty-third", HELD).on == date(2027, 3, 23)
    assert read_due("it's on the first page", HELD) is None


RUNNING_NOTES = """Allotment Forum - running notes

Newest at the top. Owner of this doc: Rosa Lane.

Mar 2, 2027 | Allotment Forum - Spring 1

Attendees: Rosa Lane Dev Malik j.okoro@example.org

Notes

- Water butts: two are leaking and Dev has had prices.

Action items

☐ Dev Malik order four water butts by Mar 16, 2027

☐ j.okoro@example.org draft the plot waiting list letter Mar 23, 2027

☐ Rosa Lane bring the tool shed quotes to the next forum

Next meeting: summer, date TBC once the hall is booked.

Jan 12, 2027 | Allotment Forum - Winter

Notes

- Shed repairs – Rosa.

Action items

☐ Dev Malik ask the council about the gate lock
"""


def test_running_notes_newest_at_the_top_hold_only_this_meetings_actions():
    found = ticked(RUNNING_NOTES)
    assert found["Order four water butts by Mar 16, 2027"] == ("Dev Malik", date(2027, 3, 16))  # a US date chip
    assert not any("gate lock" in title or "Shed repairs" in title for title in found)  # the January meeting's


def test_a_checklist_item_assigned_by_an_email_address_is_that_address_s():
    found = ticked(RUNNING_NOTES)
    letter = next(title for title in found if title.startswith("Draft the plot waiting list letter"))
    assert found[letter] == ("j.okoro@example.org", date(2027, 3, 23))
    assert read_due("bring the quotes to the next network", HELD).kind == "next_meeting"


FORWARDED_RECAP = """From: Dana Cole <dana.cole@example.org>
Date: Wed, 3 Mar 2027 08:40:10 +0000
Subject: FW: Your meeting summary is ready

Morning all,

The AI summary of yesterday's allotment forum is below, but some of it needs putting right first:

1. The water butt order is Tariq's, not Rosa's. Rosa only asked about the price.
2. "Phone user 1" was Omar Haddad, calling in from work. So the gate lock repair is Omar Haddad's, and he's
   reporting back at the April meeting.
3. Rosa has already sent the shed quotes (they came on Monday) - please ignore that one.
4. Priya said end of March, not "when she can".
5. The last bullet isn't an action for anyone - it's the council's own timetable.

Next meeting: Tuesday 6 April, 7pm, village hall.

Dana

________________________________
From: Zoom <no-reply@zoom.us>
Sent: 02 March 2027 20:31
To: Dana Cole <dana.cole@example.org>
Subject: Your meeting summary is ready

Meeting summary for Allotment Forum (03/02/2027)

Next steps

  * Rosa will order the water butts before the April meeting.
  * Phone user 1 will look into the gate lock repair and report back.
  * Rosa will send the shed quotes to the committee.
  * Priya will write the plot waiting list letter when she can.
  * The committee will note the council's rent review on 30 March.

AI-generated content may be inaccurate or misleading. Always check for accuracy.
"""


def test_a_replys_corrections_to_a_forwarded_ai_recap_apply_to_its_next_steps():
    found = ticked(FORWARDED_RECAP)
    order = next(title for title in found if "water butts" in title)
    assert found[order] == ("Tariq", date(2027, 4, 6))  # and the April meeting is the one the reply dates
    gate = next(title for title in found if "gate lock" in title)
    assert found[gate] == ("Omar Haddad", date(2027, 4, 6))  # when the reply says he reports back
    letter = next(title for title in found if "waiting list letter" in title)
    assert found[letter] == ("Priya", date(2027, 3, 31))
    assert not any("shed quotes" in title or "rent review" in title for title in found)
    assert not any(title.startswith(("Rosa only", "Calling in", "Priya said")) for title in found)  # the corrections


def test_anothers_aside_in_a_transcript_dates_the_promise_just_made():
    found = ticked(STACKED_TRANSCRIPT)
    hall = next(title for title in found if "hall can be booked" in title)
    assert found[hall] == ("Dev Malik", date(2027, 3, 30))  # "Which is the thirtieth of March."


def test_how_a_speaker_will_speak_is_no_task():
    transcript = STACKED_TRANSCRIPT.replace("Right, we're recording. Morning all.",
                                            "Right, we're recording. Three things today, I'll keep it brief.")
    assert not any("brief" in title.lower() for title in ticked(transcript))


def test_a_promise_made_as_a_joke_and_laughed_at_is_no_task():
    transcript = STACKED_TRANSCRIPT.replace(
        "Priya Shah\n06:05\n", "Rosa Lane\n06:01\nHa, I'll bring a cake for everyone next time then.\nPriya Shah\n06:05\n[laughs] ")
    found = ticked(transcript)
    assert not any("cake" in title for title in found)
    assert any(title.startswith("Write up the visit notes") for title in found)
