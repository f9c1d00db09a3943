import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FN = os.path.join(OUT, "546_seventyfourth_short_breaks_agenda_annotated_in_meeting_red_text.docx")

RED = RGBColor(0xC0, 0x00, 0x00)
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(1.8)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

hp = sec.header.paragraphs[0]
r = hp.add_run("Westmoor Council \u2013 Children\u2019s Services")
r.font.size = Pt(9)
r = hp.add_run("\t\tAGENDA \u2013 annotated in meeting RH 08/06 (not minutes)")
r.font.size = Pt(9); r.font.color.rgb = RED; r.italic = True
fp = sec.footer.paragraphs[0]
fp.text = "Short Breaks Review Group | Agenda 08.06.2027 | Papers circulated 01.06.2027"
fp.runs[0].font.size = Pt(8)

def red(par, txt, bold=False):
    r = par.add_run(txt); r.font.color.rgb = RED; r.italic = True; r.bold = bold
    return r

p = doc.add_paragraph(); r = p.add_run("SHORT BREAKS REVIEW GROUP"); r.bold = True; r.font.size = Pt(16)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph(); r = p.add_run("AGENDA"); r.bold = True; r.font.size = Pt(13)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph("Tuesday 8 June 2027, 1.30pm \u2013 3.30pm\nMeeting Room 3, Civic Centre and MS Teams")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph()
p.add_run("Chair: ").bold = True
p.add_run("Lorraine Adair (LA), Head of Disabled Children\u2019s Service")
p = doc.add_paragraph()
p.add_run("Members: ").bold = True
p.add_run("Sarah Khan (SKh), Participation Officer; Tom Evans and Kerry Lang, Westmoor PCF; Grace Adeyemi (GA), Head of Children\u2019s Therapies; "
          "Yusuf Okafor, Designated Clinical Officer; Helen Brooks, SENCo rep; Jas Dhillon, Commissioning; Priti Rana, Direct Payments Team Manager; "
          "Ruth Hill, Business Support")
p = doc.add_paragraph()
red(p, "Apols: Tom E (Kerry covering for PCF), Yusuf. Jas late \u2013 joined 1.55.")

t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for i, h in enumerate(["No.", "Item", "Lead", "Time", "Paper"]):
    c = t.rows[0].cells[i]; c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "D9D9D9")

items = [
    ("1", "Welcome, apologies and declarations of interest", "LA", "1.30", "\u2013",
     ["No DOIs."]),
    ("2", "Notes and action log of 13 April 2027", "LA", "1.35", "A",
     ["Notes agreed. All actions done except the holiday club list \u2013 Jas says he sent it this morning, so close.",
      "Priti\u2019s DP audit \u2013 done, it\u2019s paper D."]),
    ("3", "Short Breaks Statement 2027 \u2013 consultation findings\nPurpose: to agree the final wording of the Statement", "SKh", "1.45", "B",
     ["Consultation closed 28 May \u2013 214 responses (178 parents, 22 YP, 14 professionals). Themes: not knowing what\u2019s out there, "
      "having to wait for a DCT assessment to get anything at all, nothing after school for secondary age.",
      "Wording agreed subject to SKh\u2019s changes from the YP responses.",
      "\u2192 SKh to write up a you said / we did summary for the Local Offer \u2013 end of June",
      "\u2192 Kerry to push the summary out on PCF Facebook once it\u2019s live",
      "Statement then goes to Lead Member for sign-off in July (LA\u2019s usual process)."]),
    ("4", "Summer 2027 holiday provision \u2013 inclusive places", "Commissioning", "2.10", "C (to follow)",
     ["Paper C tabled on the day. HAF is DfE funded and run by Active Westmoor \u2013 their programme, for info only.",
      "40 inclusive places this summer, 12 of them need 1:1.",
      "\u2192 Commissioning to confirm the 1:1 support funding for the 12 places w/c 21/6",
      "? Household Support Fund \u2013 finance say not eligible. No further action."]),
    ("5", "Overnight short breaks \u2013 Oak Lodge capacity", "LA", "2.30", "Verbal",
     ["Ofsted in May \u2013 Good. 6 beds, 9 on the waiting list, average wait 7 months.",
      "\u2192 LA to model options for a second unit, costed \u2013 Sept"]),
    ("6", "Direct payments and PA recruitment", "DP Team", "2.50", "D",
     ["PA market very thin \u2013 31 families with a DP who can\u2019t recruit. Kerry: PA register on the LO is out of date, parents ringing PAs who stopped years ago.",
      "\u2192 DP team to refresh the PA register and take off lapsed entries ASAP",
      "Priti: DP rate uplift agreed by Cabinet in March, already being paid from 1 April."]),
    ("7", "Health input to short breaks", "GA / DCO", "3.05", "Verbal",
     ["Y not here. Gaps in nursing cover at Oak Lodge at weekends for CYP with complex health needs.",
      "\u2192 GA to ask Yusuf re CHC nursing cover for overnight breaks \u2013 before next mtg",
      "GA: therapies happy to do moving & handling training for carers if asked \u2013 LA will let her know."]),
    ("8", "Any other business", "All", "3.20", "",
     ["SENCo rep (Helen) raised after-school clubs turning away children who have a 1:1 during the day.",
      "\u2192 SENCo rep to collect examples through the SENCo network \u2013 tbc",
      "Kerry: PCF short breaks survey results were already shared in April \u2013 nothing new."]),
]
for no, item, lead, time, paper, notes in items:
    cells = t.add_row().cells
    cells[0].text = no
    lines = item.split("\n")
    cells[1].text = lines[0]
    cells[1].paragraphs[0].runs[0].bold = True
    for extra in lines[1:]:
        pp = cells[1].add_paragraph(extra); pp.runs[0].font.size = Pt(9.5)
    for n in notes:
        pp = cells[1].add_paragraph()
        red(pp, n)
        pp.runs[0].font.size = Pt(10)
    cells[2].text = lead; cells[3].text = time; cells[4].text = paper
for row in t.rows:
    for i, w in enumerate([Cm(1.0), Cm(11.5), Cm(2.4), Cm(1.3), Cm(1.6)]):
        row.cells[i].width = w

doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("Date of next meeting: ").bold = True
p.add_run("Tuesday 14 September 2027, 1.30pm, Civic Centre")
p = doc.add_paragraph()
red(p, "Sept agenda: Oak Lodge options; statement sign-off update; HAF feedback.")
p = doc.add_paragraph("Papers: A \u2013 notes 13.04.27; B \u2013 consultation summary; C \u2013 holiday provision (to follow); D \u2013 DP audit")
p.runs[0].font.size = Pt(9)
doc.save(FN)
print(FN)
