"""Builds 359_fortyeighth_board_minutes_ref_action_column.docx"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "359_fortyeighth_board_minutes_ref_action_column.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = Cm(1.8)
    hp = s.header.paragraphs[0]
    hp.text = "OFFICIAL \u2013 Westmoor SEND Partnership Board \u2013 unconfirmed minutes"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = "SPB minutes 21.01.27 v0.3 (draft for Chair's approval) \u2013 RH"
    fp.runs[0].font.size = Pt(8)


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


t = doc.add_paragraph()
r = t.add_run("WESTMOOR SEND PARTNERSHIP BOARD")
r.bold = True
r.font.size = Pt(14)
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph("Minutes of the meeting held on Thursday 21 January 2027, 2.00pm \u2013 4.30pm\nCommittee Room 2, Westmoor Civic Centre and via Teams")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_paragraph().add_run("Present").bold = True
doc.add_paragraph(
    "Anne Price (AP) \u2013 Independent Chair\n"
    "Mary Walker (MW) \u2013 Head of SEND, Westmoor Council\n"
    "Priya Shah (PS) \u2013 Director of Education, Westmoor Council\n"
    "Yusuf Okafor (YO) \u2013 Designated Clinical Officer, Westmoor ICB\n"
    "Grace Adeyemi (GA) \u2013 Head of Children's Therapies, WCHT\n"
    "Tom Evans (TE) \u2013 Co-chair, Westmoor Parent Carer Forum\n"
    "Helen Brooks (HB) \u2013 SENCo, Riverside Primary (primary schools rep)\n"
    "David Lowe (DL) \u2013 Principal Educational Psychologist\n"
    "Sarah Khan (SKh) \u2013 Participation Officer\n"
    "Liam Porter (LP) \u2013 Data and Performance Manager"
)
doc.add_paragraph().add_run("In attendance").bold = True
doc.add_paragraph(
    "James Whitfield (JW) \u2013 Assistant Director, SEND and Inclusion (item 5)\n"
    "Sarah Kent (SKe) \u2013 School Improvement Adviser (item 5)\n"
    "Ruth Hill (RH) \u2013 Partnership Business Support Officer (minutes)"
)
doc.add_paragraph().add_run("Apologies").bold = True
doc.add_paragraph("Claire Dunmore (SENDIASS); Mark Walsh (Head of Transport); Marcus Fenwick (secondary heads rep)")

doc.add_paragraph(
    "Note on initials: as Mark Walsh and Mary Walker share initials, Mark is shown as MWa in these minutes "
    "and the action log. Likewise SKh (Sarah Khan) and SKe (Sarah Kent)."
).runs[0].italic = True

rows = [
    ("SPB 27/01", "Welcome, introductions and apologies",
     "AP welcomed members, in particular Sarah Kent who was attending for the inclusion strategy item. "
     "Apologies were noted as above. The meeting was quorate.", ""),
    ("SPB 27/02", "Declarations of interest",
     "HB declared an interest in item 5 as Riverside Primary is one of the inclusion pilot schools. "
     "No other declarations.", ""),
    ("SPB 27/03", "Minutes of the last meeting (19 November 2026) and action log",
     "The minutes were agreed as an accurate record.\n\n"
     "Action log:\n"
     "SPB 26/22 \u2013 20-week timeliness by school phase added to the dashboard. Complete, close.\n"
     "SPB 26/23 \u2013 DL to confirm EP capacity for the spring term. DL confirmed two locum EPs now in post. Complete, close.\n"
     "SPB 26/24 \u2013 PCF survey results. TE apologised for the delay; the forum's analysis is finished and "
     "TE will circulate the survey summary to members by the end of January.\n"
     "SPB 26/25 \u2013 Post-16 transport policy consultation. In Mark Walsh's absence this was deferred again. "
     "MWa to report the consultation findings to the March Board; RH to let Mark know.",
     "TE\n\n\nMWa"),
    ("SPB 27/04", "Priority Action Plan \u2013 quarter 3 progress",
     "LP presented the Q3 report. 20-week timeliness (excluding exceptions) was 41% for the quarter against a "
     "trajectory of 45%. Annual reviews completed within timescale had improved to 58%. TE observed that the "
     "report still says nothing about families' experience of tribunals, which is where many parents feel the "
     "system lets them down. PS agreed and noted that the number of appeals registered had risen by a third.\n\n"
     "RESOLVED: that the Board (a) notes the Q3 report and (b) approves the revised milestones for priorities 2 and 4.\n\n"
     "LP to add a tribunal outcomes measure to the dashboard in time for the March Board.",
     "\n\n\n\n\nLP"),
    ("SPB 27/05", "Neurodevelopmental (ND) assessment pathway",
     "YO and GA updated the Board. The longest wait for an autism assessment for 5\u201318s is now 14 months. "
     "The ICB intends to go out to procurement for additional assessment capacity in April; YO stressed this is "
     "an ICB decision and will be reported to the Board once the ICB has taken it. Members asked what support "
     "families receive while they wait. YO to bring a paper on the interim support offer to the next meeting.",
     "YO"),
    ("SPB 27/06", "Draft Inclusion Strategy 2027\u201330 \u2013 consultation",
     "JW and SKe presented the draft strategy. Discussion focused on the role of the SEND Champions network "
     "and on whether the strategy sufficiently covers early years. PS noted that the Schools Forum will consider "
     "the high needs block transfer on 4 February, which may affect the funding section.\n\n"
     "All members to send comments on the draft strategy to JW by Friday 5 February.",
     "All"),
    ("SPB 27/07", "Co-production charter",
     "SKh presented the final version of the charter, which has been through the youth forum and PCF steering group.\n\n"
     "RESOLVED: that the co-production charter be adopted by the Partnership.\n\n"
     "SKh and TE to plan a launch event with young people and families by the end of February.",
     "\n\n\n\nSKh / TE"),
    ("SPB 27/08", "Any other business",
     "HB raised the new annual review paperwork: several SENCos are still using the 2025 template. DL confirmed "
     "the EP service had already updated the template on the Local Offer in December. RH to circulate the "
     "updated template with these minutes so that SENCos have the link.\n\n"
     "Date of next meeting: Thursday 18 March 2027, 2.00pm, Committee Room 2.",
     "RH"),
]

tbl = doc.add_table(rows=1, cols=4)
tbl.style = "Table Grid"
hdr = ["Minute", "Item", "Notes", "Action by"]
for i, h in enumerate(hdr):
    c = tbl.rows[0].cells[i]
    c.text = ""
    rr = c.paragraphs[0].add_run(h)
    rr.bold = True
    shade(c, "D9E2F3")
for ref, item, notes, act in rows:
    cells = tbl.add_row().cells
    cells[0].text = ref
    cells[1].text = ""
    cells[1].paragraphs[0].add_run(item).bold = True
    cells[2].text = notes
    cells[3].text = act
    for par in cells[3].paragraphs:
        for run in par.runs:
            run.bold = True
widths = [Cm(2.2), Cm(3.6), Cm(9.5), Cm(1.9)]
for row in tbl.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w

doc.add_paragraph()
doc.add_paragraph("Signed (Chair) ........................................   Date ..................")
doc.save(OUT)
print("wrote", OUT)
