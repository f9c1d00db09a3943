"""Builds 305_fortieth_senco_network_host_school_template.docx
(South SENCo network minutes written up on the host school's own meeting record form MR2)."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).resolve().parent.parent / "305_fortieth_senco_network_host_school_template.docx"

doc = Document()
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(1.8)
style = doc.styles["Normal"]
style.font.name = "Century Gothic"
style.font.size = Pt(9.5)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# header / footer (school template furniture)
hp = sec.header.paragraphs[0]
hp.text = "RIVERSIDE PRIMARY SCHOOL  \u2022  Learning together, growing together"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].font.color.rgb = RGBColor(0x1B, 0x5E, 0x20)
hp.runs[0].font.bold = True
hp2 = sec.header.add_paragraph("Riverside Road, Westmoor  |  Headteacher: Mrs N. Khan  |  SENCo: Mrs H. Brooks")
hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp2.runs[0].font.size = Pt(7.5)
fp = sec.footer.paragraphs[0]
fp.text = "Form MR2 Meeting Record  v3 (Sept 2025)  |  Owner: School Business Manager  |  Uncontrolled when printed  |  Retain 6 yrs"
fp.runs[0].font.size = Pt(7)

t = doc.add_paragraph()
r = t.add_run("MEETING RECORD (MR2)")
r.bold = True
r.font.size = Pt(15)
r.font.color.rgb = RGBColor(0x1B, 0x5E, 0x20)
doc.add_paragraph("Please complete all boxes. Outcome codes: I = information   D = decision   A = action "
                  "(actions must have a Who and a When). Return to the school office within 5 days for filing.").runs[0].italic = True

# details box
details = [
    ("Meeting", "Westmoor South SENCo Network (termly) - Spring 1"),
    ("Date / time", "Wednesday 3rd February 2027, 1.30 - 3.40pm"),
    ("Venue", "Riverside Primary School - main hall (host school this term)"),
    ("Chair", "Helen Brooks (HB), SENCo, Riverside Primary"),
    ("Minute taker", "Mrs J. Oduya (Riverside school office) - typed from handwritten notes"),
    ("Present", "HB (chair); Sarah Kent (SK), School Improvement Adviser, Westmoor Council; David Lowe (DL), "
                "Principal EP - item 3 only; Claire Dunmore (CD), SENDIASS - items 5-6; Paula Greaves (PG), "
                "St Anne's CE Juniors; Marcus Bell (MB), Westmoor Academy; Lindsey Shaw (LS), Oakfield Infants; "
                "Tariq Hussain (TH), Brookside Primary; Ewa Nowak (EN), Hillcrest Primary; Gemma Rudd (GR), "
                "Little Acorns Nursery"),
    ("Apologies", "Mrs N. Khan (Head, Riverside - wished to welcome everyone but at a cluster heads' meeting); "
                  "Kerry Lang (PCF Parent Champion); Sunil Rao (St Mary's RC)"),
    ("Distribution", "Network members via the SENCo network email list; SK for Council records"),
]
tb = doc.add_table(rows=0, cols=2)
tb.style = "Table Grid"
for k, v in details:
    row = tb.add_row().cells
    row[0].text = k
    row[1].text = v
    row[0].paragraphs[0].runs[0].bold = True
    shade(row[0], "E8F5E9")
    row[0].width = Cm(3.5)
    row[1].width = Cm(14)

doc.add_paragraph()

items = [
    ("1", "Welcome & minutes of last meeting (18/11/26)",
     "HB welcomed everyone to Riverside, esp. Gemma Rudd (first network as early years rep). Minutes of 18 Nov agreed as accurate.",
     "I", "", ""),
    ("2", "Matters arising",
     "a) Transition toolkit - PG circulated the updated toolkit before Christmas - COMPLETE.\n"
     "b) SEN support funding consultation - network response went in 10 Jan (thanks LS for drafting).\n"
     "c) Request for a SALT rep at the network - Children's Therapies said no capacity this term - to revisit if their capacity changes.",
     "A - done\nI\nI", "PG", "Dec"),
    ("3", "EP service update (DL)",
     "DL outlined the new consultation model from April: each school gets core consultation time + option to buy traded hours. "
     "Request for involvement form is changing - simpler, one page, parent consent built in. Questions about the cost of traded hours - "
     "DL said the price list is set by the Council, not the EPS, and will be out in March. "
     "DL to send out the new request for involvement form and the summer term allocation dates to all network schools. HB to circulate DL's slides with these minutes.",
     "A\nA", "DL\nHB", "Before Feb half term (12/2)\nwith minutes"),
    ("4", "Ordinarily Available Provision (OAP) guide - refresh (SK)",
     "SK shared the draft refreshed OAP guide and a self-evaluation tool for schools. Good discussion - SENCos liked the tool but worried about time. "
     "Network AGREED to pilot the self-evaluation tool in the summer term with volunteer schools.\n"
     "Volunteers: MB, LS, TH. SK to send the draft tool and the pilot guidance to the three volunteer schools.",
     "D\n\nA", "SK", "Fri 26/2"),
    ("5", "SENDIASS update (CD)",
     "CD reported more parent calls about annual reviews (late paperwork, unclear outcomes). 38% of Q3 calls were about ARs. "
     "Schools asked for something simple to give parents. CD to share the leaflet 'Your child's annual review' so schools can put it on their websites. LS offered Oakfield's parent-friendly annual review invitation letter as an example - LS to send it to CD.",
     "I\nA\nA", "-\nCD\nLS", "-\nNext network\nMon 8/2"),
    ("6", "Annual review paperwork / LA decisions",
     "Long discussion. SENCos frustrated that amended plans after annual review are coming back 6+ months late and that decisions after review "
     "are not being sent within the 4 week timescale. EN said she has 5 pupils waiting since the summer. MB: some Y6 pupils still have no named "
     "secondary. SK explained the casework team restructure. Network felt it needed to put this formally to the Council.\n"
     "All SENCos to send anonymised examples (date of review, date of decision) to HB by 12/2. "
     "HB will then collate these and write to Mary Walker (Head of SEND) on behalf of the network, copy SK.",
     "A\n\nA", "All SENCos\n\nHB", "12/2\n\nby 26/2"),
    ("7", "CPD - Autism Education Trust (AET)",
     "AET Tier 2 'Making Sense of Autism' - funding available via the Council for summer. TH offered to host at Brookside in May. "
     "TH to confirm dates with the AET trainer and let HB know so she can circulate.",
     "D\nA", "TH", "asap"),
    ("8", "AOB",
     "a) MB asked whether the network could have a session on EBSA / attendance. Agreed to put it on the agenda for the summer meeting.\n"
     "b) GR - early years settings aren't getting the network emails. HB confirmed GR has now been added to the list (done in meeting).\n"
     "c) PG reminded everyone the Local Offer 'school SEN information report' check is due in the summer - schools' own responsibility.",
     "D\nI\nI", "", ""),
    ("9", "Date of next meeting",
     "Wednesday 12th May 2027, 1.30pm, Oakfield Infants (LS hosting).",
     "I", "", ""),
]
tbl = doc.add_table(rows=1, cols=6)
tbl.style = "Table Grid"
hdrs = ["No.", "Item", "Summary of discussion", "Outcome (I / D / A)", "Who", "When"]
for c, h in zip(tbl.rows[0].cells, hdrs):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
    shade(c, "1B5E20")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for it in items:
    cells = tbl.add_row().cells
    for c, v in zip(cells, it):
        lines = v.split("\n")
        c.text = lines[0]
        for ln in lines[1:]:
            c.add_paragraph(ln)
widths = [Cm(1), Cm(3.2), Cm(8.6), Cm(1.8), Cm(1.8), Cm(2.2)]
for row in tbl.rows:
    for c, w in zip(row.cells, widths):
        c.width = w

doc.add_paragraph()
doc.add_paragraph("Signed (Chair): ..........Helen Brooks..........        Date: ....10/2/27....")
doc.add_paragraph("Office use:  Filed [x]   Copied to Head [x]   Uploaded to Governor Hub [ ]").runs[0].font.size = Pt(8)

doc.save(OUT)
print("wrote", OUT)
