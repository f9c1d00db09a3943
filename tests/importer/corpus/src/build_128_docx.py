"""Builds 120_thirteenth_governors_part1.docx: a school governors' clerk's Part 1 / Part 2 numbered minutes."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parents[1] / "128_fourteenth_governors_part1.docx"
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[
    0
].text = "Riverside Primary School - Full Governing Board - 16 June 2027 - PART 1 (non-confidential)"
sec.footer.paragraphs[
    0
].text = "Signed ............................ (Chair)   Date ..................   Clerk: Mrs J Atherton, Westmoor Governor Services"

t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run(
    "RIVERSIDE PRIMARY SCHOOL\nMINUTES OF THE MEETING OF THE FULL GOVERNING BOARD\nPART 1\n"
).bold = True
t.add_run("Held on Wednesday 16 June 2027 at 6.00pm in the school library")

doc.add_paragraph(
    "Governors present: Rev. Paul Gregory (PG, Chair, foundation governor); Nadia Khan (HT, Headteacher); Tom Evans (TE, parent governor and SEND link governor); Helen Brooks (HB, staff governor, SENCo); Mrs A Osei (AO, co-opted, Vice-Chair); Mr R Fielding (RF, LA governor)."
)
doc.add_paragraph(
    "In attendance: Sarah Kent (SK, School Improvement Adviser, Westmoor Council) for items 5-6; Mr D Carr (School Business Manager, SBM) for item 7; Mrs J Atherton (Clerk)."
)
doc.add_paragraph(
    "The meeting was quorate throughout. Text in italics records governor challenge and support."
)


def item(num, title, paras, action=None):
    h = doc.add_paragraph()
    h.paragraph_format.space_before = Pt(8)
    h.add_run(f"FGB/27/{num:02d}\t{title.upper()}").bold = True
    for kind, text in paras:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.5)
        r = p.add_run(text)
        if kind == "q":
            r.italic = True
    for a in action or []:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.5)
        p.add_run(a[0]).bold = True
        p.add_run(a[1])


item(
    1,
    "Welcome, apologies and declarations of interest",
    [
        (
            "p",
            "The Chair welcomed governors. Apologies were received and accepted from Mr S Brennan (parent governor). No declarations of interest were made in relation to agenda items.",
        ),
    ],
)
item(
    2,
    "Minutes of the previous meeting (24 March 2027) and matters arising",
    [
        (
            "p",
            "The Part 1 minutes were approved as an accurate record and signed by the Chair. The Part 2 minutes were approved and are held by the Clerk.",
        ),
        (
            "p",
            "Matters arising: FGB/27/19 - HT to circulate attendance data for pupils with SEND - completed, circulated 2 April. FGB/27/22 - Clerk to update the register of business interests - completed. All other actions are complete or on this agenda.",
        ),
    ],
)
item(
    3,
    "Headteacher's report",
    [
        (
            "p",
            "The HT's report had been circulated in advance. Governors noted the report, including the rise in pupils receiving SEN support from 14% to 17%.",
        ),
        (
            "q",
            "Q: A governor asked whether the increase reflected better identification or more need. A: The HT said it was both; the SENCo's new screening in Reception had identified speech and language needs earlier.",
        ),
        (
            "q",
            "Q: TE asked whether parents were being told when their child was added to the SEN register. A: HB confirmed that every family receives a letter and a meeting; this was already in place.",
        ),
    ],
    [
        (
            "ACTION: HT - ",
            "present the SEND section of the School Development Plan to governors by the next FGB.",
        )
    ],
)
item(
    4,
    "Accessibility Plan 2027-2030",
    [
        (
            "p",
            "The draft Accessibility Plan had been circulated. Governors RESOLVED to approve the Accessibility Plan 2027-2030. The office publishes approved policies with the usual end-of-year website update, so no separate action was recorded.",
        ),
    ],
)
item(
    5,
    "SEND Information Report and provision",
    [
        (
            "p",
            "HB presented the annual review of the SEN Information Report. Governors thanked HB for a clear report.",
        ),
        (
            "q",
            "Q: RF asked whether the report would be ready before parents' evenings. A: HB said yes, it will be updated before the end of term.",
        ),
    ],
    [
        ("ACTION: SENCo - ", "update the SEN Information Report on the school website w/c 12/7."),
        (
            "ACTION: TE - ",
            "meet the SENCo to review the provision maps by the end of the summer term (21 July).",
        ),
    ],
)
item(
    6,
    "School Improvement Adviser visit",
    [
        (
            "p",
            "SK summarised her spring visit note. Governors noted that inclusion was a strength. SK offered to return in the autumn.",
        ),
    ],
    [("ACTION: SK - ", "carry out a SEND learning walk with the SEND link governor by 15 October.")],
)
item(
    7,
    "Budget monitoring",
    [
        (
            "p",
            "The SBM presented the month 2 budget monitoring. Governors noted a forecast overspend of GBP 18,400 on teaching assistant costs linked to unfunded EHCP hours.",
        ),
        (
            "q",
            "Q: AO asked whether the school could claim top-up funding for two pupils awaiting EHCPs. A: The SBM said the claims had already been submitted to the local authority on 9 June.",
        ),
        (
            "p",
            "The Chair said he would consider whether the board needs a SEND and finance working group and would let governors know over the summer.",
        ),
    ],
    [("ACTION: SBM - ", "report spend against the notional SEND budget at the end of Q2.")],
)
item(
    8,
    "Governor training and development",
    [
        (
            "p",
            "Two new governors will join in September. Governors may wish to attend the local authority's SEND briefing for governors on 7 July (optional; details from the Clerk).",
        ),
    ],
    [("ACTION: Clerk - ", "arrange SEND induction training for the new governors before October half term.")],
)
item(
    9,
    "Dates of future meetings",
    [
        (
            "p",
            "Wednesday 22 September 2027 (FGB), Wednesday 1 December 2027 (FGB), Wednesday 9 March 2028 (FGB). All at 6.00pm.",
        ),
        (
            "p",
            "Term dates for reference: summer term ends Wednesday 21 July 2027; autumn term starts Thursday 2 September; autumn half term 25-29 October 2027.",
        ),
    ],
)

p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(12)
p.add_run("PART 2 - CONFIDENTIAL").bold = True
doc.add_paragraph(
    "Governors RESOLVED that item FGB/27/10 (staffing matter) be considered in Part 2 because it concerns named individuals. Non-governors and the staff governor left the meeting. The discussion and any actions arising from Part 2 are recorded in separate confidential minutes held by the Clerk and are not included here."
)
doc.add_paragraph("The meeting closed at 8.05pm.")
doc.save(OUT)
print(OUT)
