"""Layouts that hide a table's shape: an email laid out in tables (its actions a table inside one
cell of the page's table), Word tables pasted into a plain-text email, owners given by a key.
Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.documents import text_from_html
from tracker.importer.owners import Candidate, match_owner

HELD = date(2027, 3, 9)  # a Tuesday
NAMES = frozenset({"priya", "nair", "joe", "hart", "dev", "olsen"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


LAID_OUT_EMAIL = """<html><body>
<table><tr><td><b>From:</b></td><td>Dev Olsen &lt;dev.olsen@example.org&gt;</td></tr>
<tr><td><b>Sent:</b></td><td>10 March 2027 08:40</td></tr>
<tr><td><b>Subject:</b></td><td>Short breaks group - actions</td></tr></table>
<table role="presentation" width="600">
<tr><td><p>Morning all,</p><p>Thanks for yesterday. The things we each agreed to do are in the boxes below,
with the dates we said; the rest of this note is just for information.</p></td></tr>
<tr><td style="background:#223344;color:#fff">WHO IS DOING WHAT</td></tr>
<tr><td><table role="presentation" width="100%">
<tr><td style="background:#008080">Priya Nair (NPF)</td><td>Collect feedback from families on the summer scheme</td>
<td style="text-align:right"><span style="color:#b00">Fri 26 Mar</span></td></tr>
<tr><td style="background:#404040">Me</td><td>Update the short breaks statement on the Local Offer</td>
<td style="text-align:right"><span style="color:#b00">Wed 31 Mar</span></td></tr>
</table></td></tr>
<tr><td>Next get-together: Tuesday 13 April.</td></tr>
</table></body></html>"""


def test_an_email_laid_out_in_tables_reads_its_inner_table_as_rows():
    text = text_from_html(LAID_OUT_EMAIL)
    assert "Priya Nair (NPF)\tCollect feedback from families on the summer scheme\tFri 26 Mar" in text
    found = ticked(text)
    assert found["Collect feedback from families on the summer scheme"] == ("Priya Nair (NPF)", date(2027, 3, 26))
    # "Me" in the owner cell of the sender's own table: the sender
    assert found["Update the short breaks statement on the Local Offer"] == ("Dev Olsen", date(2027, 3, 31))


PEOPLE = [Candidate(1, "Joe Hart", "Forum co-chair", ("Northgate Parent Forum", "NPF"), "member"),
          Candidate(2, "Priya Nair", "Parent Champion", ("Northgate Parent Forum", "NPF"), None)]


def test_a_full_name_with_an_organisation_in_brackets_is_that_person_not_the_organisation():
    assert match_owner("Priya Nair (NPF)", PEOPLE).person.name == "Priya Nair"


KEYED_WRITE_UP = """Youth panel feedback evening - what happens next

Each line starts with a shape; the key at the end says who has it.

★  Book a room at the library for the next panel evening (by Fri 26 March)

♦  Put the panel's questions to the transport team (by 2 April)

♣  Repaint the youth centre entrance (summer works)

✔  Send the photos to everyone who came

Key

★  red = Joe Hart (me)

♦  yellow = Priya Nair, forum volunteer

♣  black = Estates - not ours, just for information

✔  = already done
"""


def test_lines_marked_with_a_keyed_symbol_take_their_owner_from_the_key():
    names = NAMES | {"joe", "hart"}
    found = suggested_in(KEYED_WRITE_UP, HELD, names)
    assert found["Book a room at the library for the next panel evening (by Fri 26 March)"][:2] == \
        ("Joe Hart", date(2027, 3, 26))
    assert found["Put the panel's questions to the transport team (by 2 April)"][:2] == ("Priya Nair", date(2027, 4, 2))
    ticked_titles = " ".join(ticked_in(KEYED_WRITE_UP, HELD, names))
    assert "Repaint" not in ticked_titles and "photos" not in ticked_titles  # another team's; done


PASTED_MINUTES = """Hi all, draft notes below - the table may look odd in plain text.

Short Breaks Steering Group
Tuesday 9 March 2027

Present: Joe Hart (JH); Priya Nair (PN); Dev Olsen (DO)

Item
Discussion
Action
Owner
Due

1
Welcome and notes of last time
Notes agreed.
None

2
Summer scheme
DO said bookings open in April. PN asked whether siblings can come too.
Check whether siblings can join the summer scheme sessions
DO
Fri 19 March

3
Respite beds
JH reported two beds out of use since January. The group wanted a plan for reopening them and a letter to families.
JH to draft a plan for reopening the two respite beds
PN to write to affected families about the closure
JH

PN
31 March

2 April

Date of next meeting: Tuesday 13 April 2027
"""


def test_a_word_table_pasted_a_cell_a_line_pairs_each_rows_actions_with_their_owners_and_dates():
    names = NAMES | {"joe", "hart"}
    found = ticked_in(PASTED_MINUTES, HELD, names)
    assert found["Check whether siblings can join the summer scheme sessions"] == ("Dev Olsen", date(2027, 3, 19))
    assert found["JH to draft a plan for reopening the two respite beds"] == ("Joe Hart", date(2027, 3, 31))
    assert found["PN to write to affected families about the closure"] == ("Priya Nair", date(2027, 4, 2))
    assert not any(title.startswith(("None", "Notes agreed")) for title in found)


RUN_TOGETHER_LOG = """Notes from the short breaks group, 9 March 2027, pasted below.

Action log
RefTaskLeadDue / notesStatus
SB/03Ring the holiday club providers about sibling placesJoe HartDone 1 MarchClosed
SB/05Draft the letter to families on the respite bedsJoe HartPassed to PN while JH on leave - by 26 MarchOpen

Priya Nair
Forum volunteer
"""


def test_a_log_whose_cells_ran_together_reads_its_rows_and_who_the_update_hands_a_row_to():
    names = NAMES | {"joe", "hart"}
    found = suggested_in(RUN_TOGETHER_LOG, HELD, names)
    assert found["Draft the letter to families on the respite beds"] == ("PN", date(2027, 3, 26), True)
    assert not found["Ring the holiday club providers about sibling places"][2]  # closed


def test_a_question_put_to_another_body_is_not_a_request_for_that_body():
    text = ("What we heard\n\nWe also asked the ambulance service about response times at the school; their "
            "manager will reply to the forum.\n\nPriya Nair to send the forum the notes by Friday 12 March.\n")
    found = suggested(text)
    assert not any(title.lower().startswith("provide the ambulance") for title in found)
    assert ticked(text) == {"Send the forum the notes by Friday 12 March": ("Priya Nair", date(2027, 3, 12))}


CORRECTED_PASTE = """From: Dev Olsen <dev.olsen@example.org>
Subject: RE: short breaks notes

One thing: item 2, the siblings question is Priya Nair's action, not mine. Same date.

Dev

-----Original Message-----
From: Joe Hart <joe.hart@example.org>
Sent: 10 March 2027 09:15
Subject: short breaks notes

Item
Discussion
Action
Owner
Due

1
Welcome
Notes agreed.
None

2
Summer scheme
DO said bookings open in April. PN asked whether siblings can come too.
Check whether siblings can join the summer scheme sessions
DO
Fri 19 March

3
Respite beds
Two beds are out of use.
Draft a plan for reopening the two respite beds
JH
31 March
"""


def test_a_reply_giving_a_pasted_tables_item_to_someone_else_names_them_as_its_owner():
    found = ticked_in(CORRECTED_PASTE, HELD, NAMES | {"joe", "hart"})
    assert found["Check whether siblings can join the summer scheme sessions"] == ("Priya Nair", date(2027, 3, 19))
    assert found["Draft a plan for reopening the two respite beds"] == ("JH", date(2027, 3, 31))
