"""Minutes published as PDFs and web pages: a PDF turned to text with its layout kept (the owner's
"ACTION: XX" set at the right margin of the line an action starts on, its sentence going on below), and
the other shapes a council's or a health board's published record takes. Written here in new words, not
taken from the corpus."""
from __future__ import annotations

from datetime import date

import weasyprint

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.documents import text_from_upload

HELD = date(2027, 3, 4)  # a Thursday
NAMES = frozenset({"nadia", "shah", "omar", "lewis", "bea", "cole", "jo", "price", "kemi", "adams", "ravi", "owusu"})


def found(text: str, words: str) -> tuple[str, date | None]:
    return next(value for title, value in ticked_in(text, HELD, NAMES).items() if words.lower() in title.lower())


LAID_OUT = """          Northfield Carers Group                          Committee minutes - 4 March 2027

   2.  Garden project
   2.1 Omar reported that the allotment lease runs out in May. Omar to write to the parish council
       about renewing the lease before the end of March.                             ACTION: OL
   2.2 The group agreed the shed needs a new lock. Bea to buy a padlock and spare      ACTION: BC
       keys for the committee by next Friday. Kemi will put up the new rota in the hall
       this week.                                                                    ACTION: KA
   2.3 Ravi to check what the insurance covers for volunteers and tell               ACTION: RO
       Nadia before the open day.

   3.  Date of next meeting
       Thursday 1st April 2027, 7pm.
"""


def test_a_margin_label_beside_the_first_line_of_an_action_owns_the_whole_sentence():
    owner, due = found(LAID_OUT, "padlock and spare keys")
    assert (owner, due) == ("BC", date(2027, 3, 12))


def test_a_sentence_going_on_below_its_label_with_a_capital_is_still_one_action():
    assert found(LAID_OUT, "tell Nadia before the open day")[0] == "RO"
    assert not any(title.startswith("Nadia") for title in suggested_in(LAID_OUT, HELD, NAMES))


BOARD_PAPER = """Report to the Resources Committee

Executive summary
The Panel met on 4 March 2027. The Panel agreed to refer the minibus budget to this Committee.

Transport Panel
Notes of the meeting held on Thursday 4 March 2027

Name\tRole\tInitials
Nadia Shah (Chair)\tFleet Manager\tNS
Omar Lewis\tRoutes Officer\tOL
Apologies
Kemi Adams\tFinance Partner\tKA

Item\tMinute\tAction
1\tWelcome NS welcomed members.
2\tMinibus servicing OL reported two buses overdue. OL to book both buses into the depot for a service by 19 March.\tOL
3\tDate of next meeting Thursday 1 April 2027.
"""


def test_a_minutes_table_straight_after_the_apologies_is_read_for_its_actions():
    assert found(BOARD_PAPER, "book both buses") == ("Omar Lewis", date(2027, 3, 19))


def test_a_board_papers_executive_summary_only_sums_up_the_minutes_it_covers():
    assert not any("minibus budget" in title for title in ticked_in(BOARD_PAPER, HELD, NAMES))


COMMITTEE_PAGE = """Minutes

Environment Scrutiny Committee
Thursday, 4th March, 2027 6.00 pm

5. Park maintenance - update

Members asked a number of questions, including:

- Councillor Reed proposed that the Committee commission its own survey of park users. After debate, the proposal was not supported, members preferring to wait for the council's survey.
- Whether the play areas would be inspected. The Head of Parks agreed to send members the inspection schedule by 12 March.
"""


def test_a_members_proposal_the_committee_did_not_support_is_no_action():
    ticked = ticked_in(COMMITTEE_PAGE, HELD, NAMES)
    assert not any("survey of park users" in title for title in ticked)
    assert found(COMMITTEE_PAGE, "inspection schedule") == ("The Head of Parks", date(2027, 3, 12))


SCANNED = """Northfield Council - Leisure Services
Play Areas Task Group
Notes of the meeting held on Thursday 4 March 2027
Present: Nadia Shah (NS); Omar Lewis (OL); Bea Cole (BC); Ravi Owusu (ROw)

No.\tItem / discussion\tActlon\tBy when
1\tWelcome and apologies. NS welcomed Ravi Owusu (ROw) to his first meeting. Apologies as above.
2\tSwings. OL reported two broken seats at Mill Lane. OL to order replacement seats from the supplier.\tOL\tw/c 15 Mar
3\tSigns. New signs are needed at both parks. BC to draft the wording for the new signs. ROw to get three quotes for printing them.\tBC ROw\tby Easter 19/03
4\tNext meeting: Thursday 1 April 2027. Action notes typed by NS.

Scanned by NFC-COPIER-2 on 11/03/2027 09:40 | page 1
"""


def test_a_scanned_tables_misread_action_header_is_still_its_action_column():
    assert not any(title.startswith("Welcome") for title in ticked_in(SCANNED, HELD, NAMES))
    assert found(SCANNED, "replacement seats") == ("Omar Lewis", date(2027, 3, 19))


def test_a_due_cell_beside_two_owners_gives_each_their_own_date_in_order():
    assert found(SCANNED, "wording for the new signs") == ("Bea Cole", date(2027, 3, 25))
    assert found(SCANNED, "three quotes") == ("Ravi Owusu", date(2027, 3, 19))


NEWSLETTER = """<html><head><style>
@page { size: A4; margin: 2cm }
body { font-family: sans-serif; font-size: 10pt }
.col { position: absolute; top: 3cm; width: 8cm }
.left { left: 0 } .right { left: 9cm }
table { border-collapse: collapse; width: 100% } td, th { border: 1px solid black; padding: 2pt }
</style></head><body>
<h1>Riverside Allotment Club - notes of 4 March 2027</h1>
<div class="col left">
<p>Who came: 14 members. Notes by me, Jo.</p>
<p>1. The shed. The roof leaks again and the door sticks in wet weather, so the tools are getting rusty.</p>
<p>2. Water. The tap by the gate froze in January and the pipe cracked. Omar will fix the cracked pipe by the
gate by 12 March.</p>
<p>3. Seeds. Everyone liked the seed swap.</p>
</div>
<div class="col right">
<p>Plot news: two new families have joined.</p>
<table><tr><th>What</th><th>Who</th><th>When</th></tr>
<tr><td>Pipe by the gate</td><td>Omar</td><td>12 March</td></tr><tr><td>Seed swap poster</td><td>Bea</td><td>April</td></tr>
<tr><td>Shed door</td><td>Ravi</td><td>tbc</td></tr><tr><td>Compost bins</td><td>Kemi</td><td>May</td></tr>
<tr><td>Gate lock</td><td>Nadia</td><td>tbc</td></tr><tr><td>Hedge</td><td>Jo</td><td>June</td></tr>
<tr><td>Rota</td><td>Bea</td><td>tbc</td></tr><tr><td>Open day</td><td>Omar</td><td>July</td></tr></table>
</div></body></html>"""


def test_a_two_column_pdfs_text_beside_a_table_in_the_other_column_is_read():
    text = " ".join(text_from_upload("club.pdf", weasyprint.HTML(string=NEWSLETTER).write_pdf()).split())
    assert "Omar will fix the cracked pipe by the gate by 12 March." in text
    assert "The roof leaks again" in text


ACTION_LOG = """ACTION LOG - ALLOTMENT COMMITTEE

Ref\tAction\tOwner\tDue\tStatus
AC-11\tPrice up a new water butt for plot 6\tOmar Lewis\t19/03/2027\tOpen
AC-04\tOld hedge-cutting contract renewal\tBea Cole\t01/02/2027\tCancelle d
"""


def test_a_status_word_a_narrow_pdf_column_wrapped_still_closes_its_row():
    ticked = ticked_in(ACTION_LOG, HELD, NAMES)
    assert found(ACTION_LOG, "water butt") == ("Omar Lewis", date(2027, 3, 19))
    assert not any("hedge-cutting" in title for title in ticked)
