"""Minutes laid out for print and read back from a PDF: a table the page break cuts (its header repeated, a
row split over two pages), numbered paragraphs with their numbers in the margin, running footers that end
with a bare page number, ticks set in a symbol font; and what such minutes hold around their actions (the
last meeting's notes as an item, a forward plan, a glossary). Written in new words."""
from __future__ import annotations

from datetime import date

import pytest
import weasyprint

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.documents import text_from_upload
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 5, 12)
NAMES = frozenset({"helen", "brooks", "liam", "porter", "nadia", "khan", "sarah", "grace", "adeyemi", "owen", "reid"})

PAGE = """<html><head><style>
@page { size: A4; margin: 2.5cm 2cm; @top-center { content: "OFFICIAL"; font-size: 9pt }
  @bottom-right { content: "Outreach steering group notes  Page " counter(page) " of " counter(pages); font-size: 9pt } }
body { font-family: sans-serif; font-size: 11pt }
table { border-collapse: collapse; width: 100% } td, th { border: 1px solid black; padding: 4px }
p.numbered { padding-left: 1.2cm; text-indent: -1.2cm; margin: 0 0 8pt 0 }
p.numbered span { display: inline-block; width: 1.2cm; text-indent: 0 }
p.action { padding-left: 1.2cm; font-weight: bold }
</style></head><body>
<h1>Outreach steering group</h1><p>Notes of the meeting held on Wednesday 12 May 2027.</p>
"""


def pdf_of(body: str) -> bytes:
    return weasyprint.HTML(string=PAGE + body + "</body></html>").write_pdf()


TASKS = ["Visit every cluster school to explain the new outreach offer",
         "Write a short guide for class teachers on lunchtime support, with examples from the three pilot schools "
         "and the contacts for each locality team, and share it with heads before the summer break",
         "Book the hall for the autumn outreach conference",
         "Collect the referral forms from each school and check them against the outreach log, then tell each "
         "school which of its referrals are still waiting and why, in a letter signed by the chair",
         "Ask the health visitors to join the next steering group",
         "Set up a shared inbox for outreach requests from schools, so that no request waits in one person's "
         "email while they are away, and tell every school the new address",
         "Order the sensory kits for the two new hubs",
         "Draft the outreach team's report to the inclusion board"]
ROWS = "".join(f"<tr><td>OS{number}</td><td>{task}</td><td>Nadia Khan</td><td>{number + 10}/06/2027</td></tr>"
               for number, task in enumerate(TASKS, start=1))
TALK = "".join(f"<p>The group went through the {term} referrals one by one, with the reasons each school gave and "
               "what the outreach team had offered in reply.</p>" for term in ["spring", "summer", "autumn"] * 3)  # (the table starts on page 1 and a row is cut)


def test_a_table_the_page_break_cuts_is_read_as_one_table_its_cut_row_put_back_together():
    text = text_from_upload("notes.pdf", pdf_of(
        f"{TALK}<h2>Actions</h2><table><thead><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th></tr></thead>"
        f"<tbody>{ROWS}</tbody></table><p>Next meeting: 14 July 2027.</p>"))
    assert text.count("Ref\tAction\tOwner\tDue") == 1  # the header the next page repeats is not read again
    rows = [line for line in text.splitlines() if line.startswith("OS")]
    assert [row.split("\t")[0] for row in rows] == [f"OS{number}" for number in range(1, 9)]
    assert all(row.endswith(f"\tNadia Khan\t{number + 10}/06/2027") for number, row in enumerate(rows, start=1))
    assert ticked_in(text, HELD, NAMES) == {task: ("Nadia Khan", date(2027, 6, number + 10))
                                            for number, task in enumerate(TASKS, start=1)}
    assert not any("Page" in title or "OFFICIAL" in title for title in suggested_in(text, HELD, NAMES))


def test_numbered_paragraphs_with_their_numbers_in_the_margin_are_read_paragraph_by_paragraph():
    paragraphs = [
        "4.1 Helen reported that eleven schools have now asked for an outreach visit this term, most of them about "
        "pupils who find the lunchtime hour hard to manage.",
        "4.2 The group discussed whether visits should be offered to secondary schools too. Liam Porter will send "
        "the referral figures for each secondary school to members by 26 May.",
        "<b>Action: Liam Porter</b>",
        "4.3 Members agreed that the leaflet for families needs to be shorter. Helen Brooks will rewrite the family "
        "leaflet in plain English by 9 June.",
        "<b>Action: Helen Brooks</b>",
        "4.4 Nothing else was raised under this item.",
    ]
    body = "".join(f'<p class="action">{each}</p>' if each.startswith("<b>") else
                   f'<p class="numbered"><span>{each[:3]}</span>{each[4:]}</p>' for each in paragraphs)
    text = text_from_upload("notes.pdf", pdf_of(body))
    assert "4.1\t" not in text and "4.1 4.2" not in text
    ticked = ticked_in(text, HELD, NAMES)
    assert ticked["Send the referral figures for each secondary school to members by 26 May"] == (
        "Liam Porter", date(2027, 5, 26))
    assert ticked["Rewrite the family leaflet in plain English by 9 June"] == ("Helen Brooks", date(2027, 6, 9))


@pytest.mark.parametrize("item", ["2. Notes of 14 April 2027 and the action log",
                                  "1. Welcome, apologies, minutes of 14 April 2027"])
def test_an_item_on_the_last_meetings_notes_does_not_start_another_meeting(item):
    text = f"""Outreach steering group
Notes of the meeting held on Wednesday 12 May 2027

{item}
The notes were agreed as a true record.

3. Lunchtime support
Sarah Khan will share the lunchtime survey with every cluster school by 21 May.
"""
    assert ticked_in(text, HELD, NAMES) == {
        "Share the lunchtime survey with every cluster school by 21 May": ("Sarah Khan", date(2027, 5, 21))}


def test_a_running_footer_ending_with_a_bare_page_number_is_not_read_into_the_line_above_it():
    text = """Outreach steering group
Notes of the meeting held on Wednesday 12 May 2027

Decisions
• Lunchtime clubs in the cluster to continue as they are – AGREED
• Request to widen the offer to colleges – NOT AGREED for now; look again in next year's planning
Outreach steering group | Notes 12 May 2027 | OFFICIAL 3

Next steps (agreed at the meeting)

Action\tWho\tWhen
Send the lunchtime survey results to cluster heads\tGrace Adeyemi\t28 May
Outreach steering group | Notes 12 May 2027 | OFFICIAL 4
"""
    found = suggested_in(text, HELD, NAMES)
    assert not any("OFFICIAL" in title or "Next steps" in title for title in found)
    assert found["Send the lunchtime survey results to cluster heads"] == ("Grace Adeyemi", date(2027, 5, 28), True)


def test_a_forward_plan_a_glossary_and_rows_ticked_done_hold_no_new_actions():
    text = """Outreach steering group
Notes of the meeting held on Wednesday 12 May 2027

Update on the April next steps

April next step\tWho\tUpdate
Book the training room for the cluster SENCos\tOwen Reid\t✓ Done - booked for 3 June
Agree the data sharing form with schools\tLiam Porter\t✓ Signed 02/05
Survey of secondary heads\tSarah Khan\t✗ Superseded - primary schools first

Actions

Action\tOwner\tDue
Send the training invitation to every cluster SENCo\tOwen Reid\t19/05/2027

OUTREACH FORWARD PLAN

July 2027\tOutreach visits - first findings; family leaflet
September 2027\tSecondary offer - options

Glossary
• SENCo – special educational needs co-ordinator
• EBSA – emotionally based school avoidance
"""
    assert ticked_in(text, HELD, NAMES) == {
        "Send the training invitation to every cluster SENCo": ("Owen Reid", date(2027, 5, 19))}


def test_a_request_answered_by_what_someone_will_provide_is_titled_by_the_answer():
    text = """Outreach steering group
Notes of the meeting held on Wednesday 12 May 2027

Referrals
Sarah Khan asked for the figures to be split by school. Liam Porter will provide a school-by-school breakdown of the referrals for the July meeting.
"""
    ticked = ticked_in(text, HELD, NAMES)
    assert list(ticked) == ["Provide a school-by-school breakdown of the referrals for the July meeting"]
    assert ticked["Provide a school-by-school breakdown of the referrals for the July meeting"][0] == "Liam Porter"


def test_a_row_of_the_action_table_keeps_the_words_its_owner_was_said_to_do_it_in():
    text = """Outreach steering group
Notes of the meeting held on Wednesday 12 May 2027

Funding
The council's share has not been confirmed yet; Liam Porter to confirm it within a week so the agreement can be signed.

Actions

Ref\tAction\tOwner\tDue
OS1\tConfirm the council's share of the outreach funding in writing\tLiam Porter\t19/05/2027
"""
    found = outcomes_for(parse_outcomes(text, meeting_date=HELD, names=NAMES), HELD, lenient=True).suggestions
    ticked = [each for each in found if each.suggested]
    assert [(each.title, each.owner_text, each.due.on) for each in ticked] == [
        ("Confirm the council's share of the outreach funding in writing", "Liam Porter", date(2027, 5, 19))]
    assert "Liam Porter to confirm it within a week" in ticked[0].source


def test_a_sentence_begun_at_the_end_of_a_wrapped_line_is_joined_to_the_next():
    text = """Outreach steering group
Notes of the meeting held on Wednesday 12 May 2027

Data
Liam Porter explained that the referral form cannot yet be counted by school without a manual check. Action 5. The
Riverside return goes to the DfE through the trust's data team as part of its routine termly reporting.
"""
    assert ticked_in(text, HELD, NAMES | {"riverside"}) == {}


def test_a_highlight_report_headed_by_its_lead_and_rag_columns_holds_no_actions():
    text = """Outreach steering group
Notes of the meeting held on Wednesday 12 May 2027

Project highlights

Project\tLead\tRAG\tSince April
1. Lunchtime clubs\tSchools / Trust\tGREEN\tClubs now open in five cluster schools, run by teaching assistants
2. Family leaflet\tCouncil\tAMBER\tFirst draft written; comments from parents due back next week

Agreed next steps

Action\tWho\tWhen
Send the club timetable to every cluster head\tHelen Brooks\t21/05/2027
"""
    assert ticked_in(text, HELD, NAMES) == {"Send the club timetable to every cluster head": ("Helen Brooks", date(2027, 5, 21))}
