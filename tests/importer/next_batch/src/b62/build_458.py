"""458: Scottish HSCP-style 'Action Note' (Word) of a short life working group, three-column table
with an initials/date Action column."""
from common import OUT, write_labels
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

STEM = "458_sixtysecond_nd_pathway_slwg_scottish_style_action_note"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = Cm(1.8)
    hp = s.header.paragraphs[0]
    hp.text = "OFFICIAL - SENSITIVE"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = s.footer.paragraphs[0]
    fp.text = "ND Pathway SLWG - Action Note - 18.05.27 - DRAFT v0.2 (RH)"
    fp.runs[0].font.size = Pt(8)


def para(text, bold=False, size=None, align=None, space_after=4):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


para("WESTMOOR SEND PARTNERSHIP", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("NEURODEVELOPMENTAL PATHWAY - SHORT LIFE WORKING GROUP", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("ACTION NOTE", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
para("Meeting held on Tuesday 18 May 2027 at 2.00pm via MS Teams", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)

att = doc.add_table(rows=0, cols=2)
att.alignment = WD_TABLE_ALIGNMENT.CENTER
rows = [
    ("Present:", "Anne Price, Independent Chair (APr) (Chair)\n"
                 "Yusuf Okafor, Designated Clinical Officer, ICB (YO)\n"
                 "Grace Adeyemi, Head of Children's Therapies, Community Health Trust (GA)\n"
                 "Dr Anita Patel, Consultant Community Paediatrician (AP)\n"
                 "David Lowe, Principal Educational Psychologist (DL)\n"
                 "Helen Brooks, SENCo, Riverside Primary School (HB)\n"
                 "Tom Evans, Co-Chair, Parent Carer Forum (TE)\n"
                 "Sarah Khan, Participation Officer (SKh)\n"
                 "Liam Porter, Data & Performance Manager (LP)"),
    ("In Attendance:", "Ruth Hill, Partnership Business Support Officer (RH) (Note)"),
    ("Apologies:", "Mary Walker, Head of SEND\nPriya Shah, Director of Education\nKerry Lang, Parent Champion, PCF"),
]
for a, b in rows:
    c = att.add_row().cells
    c[0].text = a
    c[0].paragraphs[0].runs[0].bold = True
    c[1].text = b
    c[0].width = Cm(3.5)
    c[1].width = Cm(13)
doc.add_paragraph()

items = [
    ("1.", "Welcome, Introductions and Apologies",
     "APr welcomed members to the fourth meeting of the Short Life Working Group (SLWG). Apologies were noted as above. "
     "TE advised that Kerry Lang would pick up PCF actions as required.", ""),
    ("2.", "Action Note of Previous Meeting (20.04.27) and Matters Arising",
     "The Action Note was approved as an accurate record subject to one amendment: at item 5, \"Kelly Lang\" should read "
     "\"Kerry Lang\". RH has amended the note held on file.\n"
     "Matters arising:\n"
     "3.2 - Waiting list validation exercise - complete (GA). Closed.\n"
     "4.1 - ND data dashboard - now live, see item 4. Closed.\n"
     "6.1 - Letter to Chief Executive of Community Health Trust re clinic capacity - sent by APr 29.04.27. Closed.", ""),
    ("3.", "Neurodevelopmental Waiting List - Update",
     "GA provided a verbal update. At 30 April there were 612 CYP waiting for ND assessment; median wait 58 weeks "
     "(down from 63 weeks in January). The Group noted the improvement but remained concerned at the number of CYP "
     "waiting over 104 weeks (41).\n"
     "GA to provide a breakdown of the waiting list by locality and age band for the next meeting.", "GA\n15.06.27"),
    ("4.", "ND Data Dashboard",
     "LP demonstrated the dashboard, which is refreshed monthly from Trust and Council data. The Group welcomed this. "
     "LP noted that the Trust will move to a new patient record system in September which may interrupt reporting for "
     "one month; this is being managed by the Trust's digital team.", "-"),
    ("5.", "Needs-led Support in Schools (pre-diagnostic offer)",
     "DL presented paper 5 (circulated). Discussion followed on the risk that schools wait for a diagnosis before "
     "putting support in place. The Group AGREED the principle that support in school should not depend on a "
     "diagnosis and endorsed the 'needs not labels' approach.\n"
     "DL and HB to draft short guidance for schools and circulate to the Group for comment by Friday 4 June.",
     "DL / HB\n04.06.27"),
    ("6.", "Parent/Carer Experience",
     "TE presented the findings of the PCF survey, circulated in advance (214 responses). Key themes: lack of "
     "information while waiting; inconsistent school responses; families paying privately for assessment. "
     "TE asked whether waiting times could be published on the Local Offer - YO advised this would be covered at item 7.\n"
     "SKh to arrange a co-production session with PCF members to test the draft guidance, to take place by 25.06.27.",
     "SKh\n25.06.27"),
    ("7.", "Commissioning Position",
     "YO advised that the ICB Board will consider the ND business case on 7 July 2027; publication of waiting times "
     "will form part of that paper. Funding for the additional ADOS clinics requested at the last meeting has not yet "
     "been confirmed.\n"
     "YO to confirm the funding position for the additional ADOS clinics with the ICB Director of Commissioning and "
     "update members by email.", "YO\n28.05.27"),
    ("8.", "Risk Register",
     "Risk ND-12 (long waits contributing to school placement breakdown) remains red. The Group agreed that it should "
     "be escalated.\n"
     "APr to escalate Risk ND-12 to the SEND Partnership Board at its meeting on 24 June.", "APr\n24.06.27"),
    ("9.", "AOCB",
     "AP raised the lack of clinic room availability for school-based clinics in the Riverside cluster.\n"
     "AP to liaise with Nadia Khan, Headteacher, regarding clinic space at Riverside Primary for the autumn term.\n"
     "HB noted that the school nurse drop-in had already moved to Tuesdays.", "AP\nasap"),
    ("10.", "Date of Next Meeting",
     "Tuesday 15 June 2027, 2.00pm - 3.30pm, MS Teams.", ""),
]

t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
hdr = t.rows[0].cells
for c, txt in zip(hdr, ("", "", "Action")):
    c.text = txt
    if c.paragraphs[0].runs:
        c.paragraphs[0].runs[0].bold = True
    shade(c, "D9D9D9")
for num, title, body, action in items:
    c = t.add_row().cells
    c[0].text = num
    c[1].text = ""
    p = c[1].paragraphs[0]
    r = p.add_run(title)
    r.bold = True
    for line in body.split("\n"):
        c[1].add_paragraph(line)
    c[2].text = action
    c[2].paragraphs[0].runs[0].bold = True if action else False
for row in t.rows:
    row.cells[0].width = Cm(1.2)
    row.cells[1].width = Cm(13.3)
    row.cells[2].width = Cm(2.5)

doc.add_paragraph()
para("Note taken by: RH   |   Approved by Chair: ____________   |   Date: ________", size=9)

doc.save(OUT / f"{STEM}.docx")

write_labels(STEM, "2027-05-18",
    "A Word 'Action Note' written in the habits of a Scottish health and social care partnership (Short Life Working "
    "Group, 'The Group noted/AGREED', AOCB, dd.mm.yy dates, right-hand Action column holding only initials and a date) "
    "for the Westmoor neurodevelopmental pathway SLWG on Tuesday 18 May 2027. Owners are initials resolved by the "
    "attendance list, which disambiguates APr (Anne Price) from AP (Dr Anita Patel) and SKh (Sarah Khan). Traps: "
    "correction to the previous note (Kelly/Kerry) already made; matters arising 3.2, 4.1, 6.1 all closed; the Trust's "
    "patient-system move and the ICB Board's 7 July business case (other bodies' plans); the AGREED needs-led principle "
    "(decision); TE's question answered at item 7; survey already circulated; school nurse drop-in already moved; "
    "apologies. Labels: GA breakdown 'for the next meeting' with the column date 15.06.27 (the dated next meeting); "
    "DL / HB guidance by Friday 4 June (first-named owner David Lowe); SKh session by Friday 25.06.27; YO funding "
    "position by the Action column date 28.05.27 (Friday); APr escalation at the Board on 24 June (Thursday); AP "
    "liaison with Nadia Khan 'asap' = no date.",
    [
        ("provide a breakdown of the waiting list by locality", "GA", "Grace Adeyemi", "2027-06-15"),
        ("draft short guidance for schools and circulate", "DL / HB", "David Lowe", "2027-06-04"),
        ("arrange a co-production session with PCF members", "SKh", "Sarah Khan", "2027-06-25"),
        ("confirm the funding position for the additional ADOS clinics", "YO", "Yusuf Okafor", "2027-05-28"),
        ("escalate Risk ND-12 to the SEND Partnership Board", "APr", "Anne Price", "2027-06-24"),
        ("liaise with Nadia Khan, Headteacher, regarding clinic space", "AP", "Anita Patel", None),
    ])
print("ok", STEM)
