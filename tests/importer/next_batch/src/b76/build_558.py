"""Build 558: Inclusion Strategy Delivery Group progress tracker (Word, landscape table, RAG as words)."""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "558_seventysixth_inclusion_strategy_tracker_word_rag_words_update_columns.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(9.5)

sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
for side in ("left_margin", "right_margin"):
    setattr(sec, side, Cm(1.5))
sec.top_margin = Cm(1.6)
sec.bottom_margin = Cm(1.4)

hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL\tWestmoor Council \u2013 Education\tDraft v0.3 \u2013 updated 7.12.26 (PS)"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Inclusion Strategy Delivery Group \u2013 tracker \u2013 next meeting Monday 8 February 2027, 2.00pm, Civic Centre"
fp.runs[0].font.size = Pt(8)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def header_repeat(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


t = doc.add_paragraph()
r = t.add_run("Westmoor Inclusion Strategy 2025\u201328")
r.bold = True
r.font.size = Pt(15)
r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
t2 = doc.add_paragraph()
r = t2.add_run("Delivery Group \u2013 Progress Tracker (updated at the meeting on Monday 7 December 2026)")
r.bold = True
r.font.size = Pt(11)

doc.add_paragraph(
    "Present: Priya Shah (PS, Director of Education \u2013 chair), Mary Walker (MW, Head of SEND), David Lowe "
    "(DL, Principal EP), Helen Brooks (HB, SENCo, Riverside Primary), Sarah Kent (SK, School Improvement "
    "Adviser), Liam Porter (LP, Data & Performance), Tom Evans (TE, Westmoor PCF), Sarah Khan (SKh, "
    "Participation Officer). Apologies: James Whitfield, Grace Adeyemi (update sent), Nadia Khan."
)
p = doc.add_paragraph()
p.add_run("How to read this tracker: ").bold = True
p.add_run(
    "RAG is written as a word as well as shaded so it survives black and white printing. The 7 December column "
    "records what was said at this meeting \u2013 anything marked NEW ACTION was agreed on the day. The October "
    "column is kept for reference only (October actions have either been done or are picked up in the "
    "December update). BLUE = complete, to be closed."
)

COLS = ["Ref", "Strategy action", "Lead", "Target", "RAG Oct", "Update \u2013 12 Oct 2026", "RAG Dec",
        "Update \u2013 7 Dec 2026"]
WID = [Cm(1.1), Cm(4.4), Cm(1.5), Cm(1.7), Cm(1.5), Cm(6.0), Cm(1.5), Cm(8.9)]
FILL = {"RED": "FF8B8B", "AMBER": "FFD966", "GREEN": "A9D18E", "BLUE": "9DC3E6", "AMBER/GREEN": "D9E49A"}

rows = [
    ("P", "Priority 1: Ordinarily available provision and early support in mainstream schools"),
    ("1.1", "Publish Westmoor Ordinarily Available Provision (OAP) guidance", "MW", "Sept 2026", "AMBER",
     "Final draft with PCF for comment. MW to share draft with SENCo network by half term.", "GREEN",
     "Published 16 Nov on the Local Offer. Three launch sessions held (140 attendees). Propose BLUE in Feb."),
    ("1.2", "OAP self-evaluation tool for schools", "HB / SK", "Jan 2027", "GREEN",
     "Tool drafted by the SENCo working party.", "AMBER",
     "Tool is ready but group felt it needs testing before roll-out to all schools. NEW ACTION: HB and two other "
     "SENCos to pilot the OAP self-evaluation tool in their own schools and feed back by 29 January. Roll-out "
     "moved to after Easter."),
    ("1.3", "Review SEN support funding (inclusion fund) criteria", "PS", "Mar 2027", "AMBER",
     "Schools Forum working group set up.", "AMBER",
     "No change. Schools Forum will consider the high needs block transfer at its 14 January meeting (Forum's "
     "own process \u2013 for information)."),
    ("1.4", "Co-produced Inclusion Charter for schools", "SKh / TE", "Dec 2026", "AMBER",
     "First workshop held 30 Sept, 22 parents and 9 schools.", "AMBER",
     "Draft charter shared with PCF steering group. NEW ACTION \u2013 TE to gather parent comments through the "
     "PCF December newsletter, closing date for comments 8 Jan. Target revised to Mar 2027."),
    ("P", "Priority 2: The right support at the right time (EP and specialist services)"),
    ("2.1", "Rebalance EP time towards early consultation with schools", "DL", "Apr 2027", "RED",
     "Statutory demand up 22% year on year; no capacity yet for a consultation model.", "RED",
     "Still RED. The group asked for options rather than an aspiration. NEW ACTION: DL to model what moving 10% "
     "of EP time to early consultation would mean for statutory turnaround times, for the February meeting."),
    ("2.2", "Universal speech and language offer for early years settings", "GA", "Mar 2027", "GREEN",
     "Training programme agreed with WCHT.", "GREEN",
     "Update by email from Grace (apologies): training delivered to 40 settings, evaluation in spring. Not "
     "discussed in detail. Mary said she would pick up with Grace outside the meeting how the offer reaches "
     "childminders."),
    ("P", "Priority 3: Reducing exclusions and improving alternative provision"),
    ("3.1", "Termly suspensions and exclusions data by SEN status", "LP", "Termly", "GREEN",
     "Autumn 1 data circulated. LP to add the SEN support breakdown next time.", "AMBER",
     "SEN support breakdown now included. Suspension rate for pupils with EHCPs up again in Autumn 1. NEW "
     "ACTION: LP to split the suspension data by primary need (and EHCP / SEN support) by Friday 18 December "
     "so heads can see it before the break."),
    ("3.2", "Commission additional alternative provision places (KS3)", "PS", "Sept 2027", "AMBER",
     "Market engagement event planned for November.", "RED",
     "Only two providers came to the market event. Gap of around 25 KS3 places for Sept 2027. NEW ACTION: PS "
     "to escalate the AP commissioning gap to the Partnership Board in January."),
    ("3.3", "Reduced timetables protocol", "MW", "Jan 2027", "GREEN",
     "Draft protocol written.", "GREEN",
     "Consultation with headteachers closes 15 Jan. We hope to have it agreed by Easter."),
    ("P", "Priority 4: Workforce"),
    ("4.1", "Inclusion training offer for school leaders", "SK", "Ongoing", "AMBER",
     "Spring programme being planned.", "AMBER/GREEN",
     "Discussion about the gap in leadership training. NEW ACTION: SK to add an inclusion module to the spring "
     "term headteachers' briefing programme and circulate the dates by the end of January."),
    ("4.2", "Induction programme for new SENCos", "HB", "Sept 2026", "GREEN",
     "11 new SENCos attending.", "BLUE", "Complete \u2013 close."),
    ("4.3", "Awareness sessions for parent carers (with SENDIASS)", "SKh", "Mar 2027", "GREEN",
     "Dates set for Nov and Feb.", "GREEN",
     "Both November sessions done. Tom offered to help promote the February one if needed \u2013 not needed, "
     "it is already full."),
]

tbl = doc.add_table(rows=1, cols=len(COLS))
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
tbl.autofit = False
hdr = tbl.rows[0]
header_repeat(hdr)
for i, h in enumerate(COLS):
    c = hdr.cells[i]
    c.width = WID[i]
    c.text = ""
    run = c.paragraphs[0].add_run(h)
    run.bold = True
    run.font.size = Pt(9)
    shade(c, "D9D9D9")

for row in rows:
    cells = tbl.add_row().cells
    for i, c in enumerate(cells):
        c.width = WID[i]
    if row[0] == "P":
        m = cells[0].merge(cells[-1])
        m.text = ""
        run = m.paragraphs[0].add_run(row[1])
        run.bold = True
        shade(m, "DEEAF6")
        continue
    for i, v in enumerate(row):
        cells[i].text = v
        if i in (4, 6):
            cells[i].paragraphs[0].runs[0].bold = True
            shade(cells[i], FILL[v])

doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("AOB: ").bold = True
p.add_run("none.")
p = doc.add_paragraph()
p.add_run("Next meeting: ").bold = True
p.add_run("Monday 8 February 2027, 2.00pm. Items: OAP pilot feedback (HB); EP modelling (DL); AP sufficiency.")

doc.save(OUT)
print("wrote", OUT)
