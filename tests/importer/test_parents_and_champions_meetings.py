"""Records of meetings with parents and young champions: session notes with a summary table at the end, a
forum's chatty notes, a workshop page with its quoted post-its and struck-through dates, formal minutes with
an action log, an email carrying what a session agreed. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 6, 8)  # a Tuesday
NAMES = frozenset({"amara", "diallo", "bilal", "rashid", "freya", "moss", "jonah", "webb", "leah", "ford"})


def ticked_with(found: dict, words: str) -> list[tuple[str, date | None]]:
    return [value for title, value in found.items() if words.lower() in title.lower()]


def test_a_summary_row_records_what_the_notes_gave_by_first_name_only():
    text = """Youth voice session - notes

Tuesday 8 June 2027

Present: Amara Diallo (Youth Worker), Bilal Rashid (Inclusion Lead)

1. Any other business

Amara to post round the photos and the flipchart sheets by Friday.

Actions

Who\tWhat\tWhen
Amara Diallo\tPhotos and flipcharts out\tFri 11 June
"""
    found = ticked_in(text, HELD, NAMES)
    assert len(found) == 1  # one action, told twice
    (owner, due), = found.values()
    assert (owner, due) == ("Amara Diallo", date(2027, 6, 11))


def test_a_request_the_meeting_turned_down_is_not_an_action():
    prose = """Minibus club - notes

Tuesday 8 June 2027

2. Weekend trips

Several young people asked for a monthly Saturday trip to the coast. We did not agree this today - the insurance
has to be checked first. Bilal to ask the insurer what cover a Saturday trip would need by the end of the month.
"""
    found = suggested_in(prose, HELD, NAMES)
    assert not any(tick for title, (_, _, tick) in found.items() if "coast" in title.lower())
    assert ticked_with(ticked_in(prose, HELD, NAMES), "insurer") == [("Bilal", date(2027, 6, 30))]
    bullets = """parent group notes 8/6/27

3. publicity
   - Jonah asked if we should put the flyer in the library window. Agreed NOT yet - wait for the new logo first.
   - Freya to print 50 flyers by Friday
"""
    ticked = ticked_in(bullets, HELD, NAMES)
    assert not ticked_with(ticked, "library window")
    assert ticked_with(ticked, "print 50 flyers") == [("Freya", date(2027, 6, 11))]


def test_a_list_of_messages_for_another_body_is_what_to_say_not_what_to_do():
    text = """Young carers forum - notes

Tuesday 8 June 2027

3. Feedback for the Cabinet

The forum agreed two messages for the Cabinet:

- Bus passes arrive too late for the start of term.
- Young carers would like a quiet space in every library.

Leah to present both messages to Cabinet on 14 July.
"""
    found = ticked_in(text, HELD, NAMES)
    assert not ticked_with(found, "bus passes") and not ticked_with(found, "quiet space")
    assert ticked_with(found, "present both messages") == [("Leah", date(2027, 7, 14))]


def test_another_log_s_action_and_a_decision_left_to_another_body_are_not_ours():
    minutes = """Parent panel - minutes

Tuesday 8 June 2027

3.1 The Cabinet has asked Jonah Webb to add respite waiting data to the annual report; this is a Cabinet action
and is tracked on the Cabinet's log, not this one.

3.2 Freya Moss agreed to ask Leah Ford whether Hillside Academy could host the autumn session.
"""
    found = ticked_in(minutes, HELD, NAMES)
    assert not ticked_with(found, "respite waiting data")
    assert ticked_with(found, "hillside academy could host") == [("Freya Moss", None)]
    email = """Hi all,

Parents would like the Cabinet to ask for figures on home-to-school taxis. That's for the Cabinet to decide
of course.

Thanks, Leah
"""
    assert not any("decide" in title.lower() for title in ticked_in(email, HELD, NAMES))


def test_an_offer_already_carried_out_on_the_night_is_done():
    text = """Question time - write-up

Tuesday 8 June 2027

Answer: Freya said it depends and offered to phone the grandparent the next morning (she did). Freya to put the
guide on the forum page.
"""
    found = ticked_in(text, HELD, NAMES)
    assert not ticked_with(found, "phone the grandparent")
    assert ticked_with(found, "guide on the forum page") == [("Freya", None)]


def test_a_workshop_page_s_post_its_struck_dates_and_notes_for_us_not_to_act_on():
    page = """# Workshop: short breaks offer

**Date:** Tuesday 8 June 2027

## What we heard (the sticky notes)
> "We never know what is on until it is full."
> "Forms, forms, forms."

- Booking opens too late in the holidays
- Siblings can't come along

## Agreed next steps
- [ ] Jonah to rewrite the booking page — ~~by 18 June~~ **25 June** (Jonah away w/c 14th)
- [ ] Leah to bring a costed sibling option to the next workshop

## Not for us / FYI
- The leisure centre is changing its prices anyway — Freya will pass on today's comments if helpful.

## Next workshop
**Tuesday 20 July 2027, 4–6pm**. Bring: laptops, booking figures, leaflets.
"""
    found = ticked_in(page, HELD, NAMES)
    assert not ticked_with(found, "booking opens too late") and not ticked_with(found, "siblings can't")
    assert ticked_with(found, "rewrite the booking page") == [("Jonah", date(2027, 6, 25))]
    assert ticked_with(found, "costed sibling option") == [("Leah", date(2027, 7, 20))]
    assert not ticked_with(found, "today's comments")
    assert not ticked_with(found, "laptops")


def test_the_session_someone_is_invited_to_is_not_the_due_date_but_dates_the_next_session():
    text = """From: Leah Ford <leah.ford@example.org>
Sent: 09 June 2027 10:00
Subject: What the youth panel agreed

WHAT WE AGREED
- Me - email Bilal Rashid this week inviting him to the 3 August session to talk about travel passes.
- Freya to refresh the panel's question bank for the next session.

Leah
"""
    found = ticked_in(text, HELD, NAMES)
    assert ticked_with(found, "inviting him")[0][1] == date(2027, 6, 11)
    assert ticked_with(found, "question bank") == [("Freya", date(2027, 8, 3))]


def test_a_public_page_s_next_steps_ongoing_work_and_its_promise_to_readers():
    page = """You said, we did: June drop-in

What we will do next

- Freya Moss in our Short Breaks team will keep updating the activities calendar every fortnight.
- Jonah Webb will print the new leaflet by the end of June.

We will continue to offer the Thursday helpline.

We will tell you how it went in our next newsletter after the summer drop-ins.
"""
    found = ticked_in(page, HELD, NAMES)
    assert ticked_with(found, "activities calendar") == [("Freya Moss", None)]
    assert not any("how it went" in title.lower() for title in found)
    notes = """Carers' group notes

Tuesday 8 June 2027

AOB: Leah offered a session on benefits in the autumn. Everyone keen - we'll talk about dates at the July session.
"""
    assert not any("talk about dates" in title.lower() for title in ticked_in(notes, HELD, NAMES))
