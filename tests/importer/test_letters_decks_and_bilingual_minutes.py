"""Letters confirming what was agreed, slide decks exported to PDF, minutes written in two languages and
long emails with their actions buried in the paragraphs, as met in the sixty-second session's held-out
batch. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 3, 2)  # a Tuesday
NAMES = frozenset({"nadia", "okoro", "ben", "tate", "lena", "marsh", "sofia"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


NHSMAIL_RECAP = """From: "OKORO, Nadia (HILLTOP SURGERY)" <nadia.okoro@nhs.net>
Date: Thu, 4 Mar 2027 18:02:00 +0000
Subject: RE: school nursing link meeting

Hi all,

Sorry for the slow reply. On the asthma plans, I was a bit surprised how many
were out of date, and as I said on the day I think the recall letters never
went out. I'll get the recall list rebuilt for the under-16s, checking it
against the school rolls, and I'm aiming to have that done by Friday 19 March.

We agreed that Ben Tate, our nurse lead for the secondary schools and colleges,
would run a drop-in at the college on Wednesday 24 March.

Lena, you mentioned at the end that you could send round the updated referral
form for the clinic. No rush, but if it could come by the 12th that would help.

Nadia
"""


def test_an_nhsmail_sender_written_surname_first_with_the_practice_owns_the_writers_promise():
    found = ticked(NHSMAIL_RECAP)
    title = next(title for title in found if title.startswith("Get the recall list rebuilt"))
    assert found[title] == ("Nadia Okoro", date(2027, 3, 19))


def test_we_agreed_that_someone_glossed_with_a_long_role_would_do_it():
    found = ticked(NHSMAIL_RECAP)
    assert found["Run a drop-in at the college on Wednesday 24 March"] == ("Ben Tate", date(2027, 3, 24))


def test_a_promise_mentioned_to_someone_by_name_is_theirs_dated_by_the_sentence_after():
    found = ticked(NHSMAIL_RECAP)
    assert found["Send round the updated referral form for the clinic"] == ("Lena", date(2027, 3, 12))


def test_a_sender_named_before_their_role_is_the_name():
    text = """From: Sofia Marsh, Inclusion Officer (Early Years)
Subject: cover while I'm away

I'll send the rota to the nursery leads by Friday 5 March.
"""
    assert ticked(text)["Send the rota to the nursery leads by Friday 5 March"] == ("Sofia Marsh", date(2027, 3, 5))


def test_yes_i_will_do_it_in_a_reply_is_a_yes_not_a_task_of_its_own():
    text = """From: Tate, Ben <ben.tate@example.org>
Subject: RE: clinic list

Yes that's fine, I'll do it - should have it all done by the 10th.

Ben
"""
    found = suggested(text)
    assert not any(tick for title, (_, _, tick) in found.items() if title.startswith("Do it"))


WELSH_AFTER_ENGLISH = """Valley Schools Liaison Forum
Minutes

Tuesday, 2 March 2027, 2.00 pm

Present

Nadia Okoro (Chair)\tHead of Inclusion, Dyffryn Council
Ben Tate\tTransport Manager, Hillside Council

1. Travel

The Dyffryn Council will review its bus passes over the summer; members noted this.

ACTION: Ben Tate to send the route maps to the schools at the May meeting.

2. Date of next meeting

Tuesday 18 May 2027, 2.00 pm, Town Hall.

Fforwm Cyswllt Ysgolion y Cwm
Cofnodion

Dydd Mawrth, 2 Mawrth 2027, 2.00 yh

Yn bresennol

Nadia Okoro (Cadeirydd)\tPennaeth Cynhwysiant, Cyngor Dyffryn
Ben Tate\tRheolwr Trafnidiaeth, Cyngor Hillside
"""


def test_the_welsh_present_list_of_a_bilingual_minute_is_who_came_not_actions():
    found = ticked(WELSH_AFTER_ENGLISH)
    assert not any(title.startswith(("Pennaeth", "Rheolwr")) for title in found)


def test_the_next_meeting_dated_on_the_line_under_its_heading_dates_an_action_for_that_meeting():
    found = ticked(WELSH_AFTER_ENGLISH)
    assert found["Send the route maps to the schools at the May meeting"] == ("Ben Tate", date(2027, 5, 18))


def test_another_bodys_plan_the_members_noted_is_not_an_action():
    found = ticked(WELSH_AFTER_ENGLISH)
    assert not any(title.startswith("Review its bus passes") for title in found)


# A slide's table as PowerPoint exports it: each row a shaded band (every other one) across the
# slide, its words placed in columns with no lines between them, a touch above the band's top edge
SLIDE_ROW = ('<div class="row{shade}"><span style="left:8px">{0}</span><span style="left:48px">{1}</span>'
             '<span style="left:640px">{2}</span><span style="left:770px">{3}</span></div>')
DECK_SLIDE = """<html><head><style>
@page { size: 960px 540px; margin: 40px }
body { font-family: sans-serif; font-size: 14px }
.row { position: relative; height: 34px } .row span { position: absolute; top: -2px }
.shaded { background: #e0eef0 } .head { background: #1b8a8f; color: white }
</style></head><body>
<h2>Follow-ups agreed today</h2>
""" + "\n".join(SLIDE_ROW.format(*cells, shade=shade) for cells, shade in [
    (("#", "Follow-up", "Lead", "By"), " head"),
    (("1", "Update the short breaks eligibility leaflet", "NO", "Fri 12 Mar"), " shaded"),
    (("2", "Book the hall for the families' evening", "BT", "end March"), ""),
    (("3", "Send the survey link to every SENCo", "LM", "Mon 15 Mar"), " shaded"),
    (("4", "Check the minibus insurance renewal", "SM", "Fri 19 Mar"), ""),
]) + "</body></html>"


def test_a_slide_tables_banded_rows_exported_to_pdf_read_one_row_at_a_time():
    import weasyprint

    from tracker.importer.documents import text_from_upload
    text = text_from_upload("board follow-ups.pdf", weasyprint.HTML(string=DECK_SLIDE).write_pdf())
    found = ticked(text)
    assert found["Update the short breaks eligibility leaflet"] == ("NO", date(2027, 3, 12))
    assert found["Book the hall for the families' evening"] == ("BT", date(2027, 3, 31))
    assert found["Send the survey link to every SENCo"] == ("LM", date(2027, 3, 15))


def test_a_lead_cell_says_who_has_the_action_now():
    text = """Follow-ups agreed today

#\tFollow-up\tLead\tBy
1\tDraft the terms of reference for the respite subgroup\tBT (for NO)\tFri 26 Mar
2\tRefresh the transport FAQ for parents\tLM > SM\tFri 19 Mar
"""
    found = suggested(text)
    assert found["Draft the terms of reference for the respite subgroup"][0] == "BT"
    assert found["Refresh the transport FAQ for parents"][0] == "SM"
