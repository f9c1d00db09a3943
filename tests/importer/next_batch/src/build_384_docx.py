from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(1.8)
hp = sec.header.paragraphs[0]
hp.text = "Westmoor Hospitals NHS Foundation Trust\tChildren's Services\tOFFICIAL-SENSITIVE (when completed)"
fp = sec.footer.paragraphs[0]
fp.text = "CHS/DP/04  Complex Discharge Planning Meeting Record  v3.2  Review due 01/2028  Uncontrolled when printed"

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

t = doc.add_paragraph(); r = t.add_run("COMPLEX DISCHARGE PLANNING MEETING - CHILDREN & YOUNG PEOPLE"); r.bold = True; r.font.size = Pt(13)
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_paragraph("Complete for any child/young person with an EHCP, a package of care, new equipment or new medical technology. File in EPR under 'Discharge Planning' and send copy to GP, school nurse and DCO (ICB).").runs[0].italic = True

# Section 1 patient details
tb = doc.add_table(rows=0, cols=4); tb.style = "Table Grid"
def row(*vals, head=False):
    cells = tb.add_row().cells
    for c, v in zip(cells, vals):
        c.text = v
    return cells
c = row("SECTION 1: PATIENT DETAILS", "", "", ""); m = c[0].merge(c[3]); shade(m, "D9E2F3"); m.paragraphs[0].runs[0].bold = True
row("Name", "J.T. (full name in EPR)", "NHS No.", "[redacted]")
row("Age / DOB", "10 yrs / [redacted]", "Ward", "Ward 7 (Puffin) - Bay 3")
row("Consultant", "Dr R. Menon (Paediatrics)", "Admitted", "22/04/2027")
row("Reason for admission", "Aspiration pneumonia; new gastrostomy (PEG) inserted 03/05/2027", "EHCP?", "\u2612 Yes  \u2610 No")
row("Date of meeting", "12/05/2027", "Estimated date of discharge (EDD)", "21/05/2027")
row("Meeting chaired by", "Sam Okoye, Paediatric Discharge Coordinator", "Minutes by", "S. Okoye")

doc.add_paragraph()
tb = doc.add_table(rows=0, cols=3); tb.style = "Table Grid"
c = tb.add_row().cells; m = c[0].merge(c[2]); m.text = "SECTION 2: ATTENDANCE"; shade(m, "D9E2F3"); m.paragraphs[0].runs[0].bold = True
c = tb.add_row().cells; c[0].text = "Role"; c[1].text = "Name"; c[2].text = "Present / Dial-in / Apologies"
for a in [("Parent", "Mrs K.T. (Mum)", "Present"), ("Discharge coordinator", "Sam Okoye", "Present"),
          ("Ward nurse", "Staff Nurse Ellie Ward", "Present"), ("Ward OT", "P. Hayes", "Present"),
          ("Paediatric dietitian", "Nia Roberts", "Dial-in"), ("Community children's nursing (CCN)", "Lisa Moran", "Dial-in"),
          ("Children's social worker", "Dan Pryce (Disabled Children's Team)", "Dial-in"),
          ("School SENCo", "Helen Brooks, Riverside Primary", "Dial-in"), ("DCO, Westmoor ICB", "Yusuf Okafor", "Dial-in (item 4 only)"),
          ("Community paediatrician", "Dr A. Patel", "Apologies - report sent")]:
    c = tb.add_row().cells
    for x, v in zip(c, a): x.text = v

doc.add_paragraph()
tb = doc.add_table(rows=0, cols=2); tb.style = "Table Grid"
c = tb.add_row().cells; m = c[0].merge(c[1]); m.text = "SECTION 3: DISCHARGE READINESS CHECKLIST"; shade(m, "D9E2F3"); m.paragraphs[0].runs[0].bold = True
for k, v in [
  ("Medically fit for discharge?", "\u2610 Yes  \u2612 Not yet - IV antibiotics finish 16/05, then 48 hrs obs"),
  ("Discharge destination agreed", "\u2612 Home  \u2610 Respite  \u2610 Other.  Agreed with Mum: home, NOT to respite first (Mum's preference, team in agreement)."),
  ("Equipment", "\u2612 Feeding pump - ordered via CCN 10/05, delivery confirmed\n\u2610 Bathing/hoist - awaiting OT home visit"),
  ("Parent training (PEG care)", "\u2612 Mum competent - signed off 11/05 by SN Ward"),
  ("Medication on discharge (TTO)", "\u2610 Routine - ward pharmacy prepare TTOs 24 hrs before EDD"),
  ("Follow-up appointments", "\u2612 Community paediatrics (Dr Patel) referral completed 07/05 \u2612 Gastro clinic 6 wks - booked"),
  ("Education", "Not attending school since 19/04. Hospital school teacher in contact. Return to Riverside planned after discharge - phased, mornings only for first 2 weeks."),
  ("Social care / short breaks", "Open to Disabled Children's Team. Short breaks: Mum unsure if she wants a reassessment now - see actions."),
]:
    c = tb.add_row().cells; c[0].text = k; c[1].text = v

doc.add_paragraph()
p = doc.add_paragraph(); p.add_run("SECTION 4: DISCUSSION (free text)").bold = True
doc.add_paragraph("Mum reports she is confident with the pump and PEG but worried about school managing feeds at lunchtime. SENCo (HB) said the school had a TA trained in gastrostomy care two years ago but she has left. YO noted that J.T.'s EHCP health section (Section C/G) still describes oral feeding and will be out of date from discharge; the LA SEND team need to know so an early review can be considered. Dr Patel's written report supports a phased return. SW raised that Mum is a single carer with a younger sibling, and that carers' assessment was last done 2025.")

doc.add_paragraph()
tb = doc.add_table(rows=0, cols=5); tb.style = "Table Grid"
c = tb.add_row().cells; m = c[0].merge(c[4]); m.text = "SECTION 5: ACTION PLAN"; shade(m, "D9E2F3"); m.paragraphs[0].runs[0].bold = True
c = tb.add_row().cells
for x, v in zip(c, ["No.", "Action", "Responsible", "Target date", "Completed (Y/N + date)"]):
    x.text = v; x.paragraphs[0].runs[0].bold = True
acts = [
 ("1", "Refer to community paediatrics for post-discharge follow up", "Ward doctor", "07/05/27", "Y 07/05"),
 ("2", "Complete home visit and confirm bathing / hoist equipment needs; order if required", "Ward OT (P. Hayes)", "17/05/27", "N"),
 ("3", "Arrange PEG feeding training for named school staff before J.T. returns to school", "CCN - Lisa Moran", "24/05/27", "N"),
 ("4", "Send written feeding regimen and pump settings to GP and school", "Dietitian (N. Roberts)", "by EDD", "N"),
 ("5", "Inform LA SEND team of change in health needs and request early review of EHCP", "DCO (Y. Okafor)", "14/05/27", "N"),
 ("6", "Update individual healthcare plan and school risk assessment for phased return", "H Brooks (Riverside)", "21/05/27", ""),
 ("7", "Convene Team Around the Family meeting incl. carer's assessment", "SW - Dan Pryce", "Within 2 wks of discharge", "N"),
 ("8", "Let SW know whether she wants a short breaks reassessment", "Mum", "", ""),
 ("9", "Order feeding pump via CCN", "CCN", "10/05/27", "Y - delivered"),
]
for a in acts:
    c = tb.add_row().cells
    for x, v in zip(c, a): x.text = v
for rr in tb.rows:
    for i, w in enumerate([Cm(1), Cm(8), Cm(3.6), Cm(2.6), Cm(2.6)]):
        rr.cells[i].width = w

doc.add_paragraph()
doc.add_paragraph("Next discharge planning review: \u2610 Not required  \u2612 Ward round 17/05 (EDD reviewed at every ward round as routine)")
doc.add_paragraph("Copy sent to:  \u2612 Parent  \u2612 GP  \u2612 School nurse  \u2612 DCO  \u2610 Other ________")
doc.add_paragraph("Completed by: S. Okoye     Signature: ____________     Date: 12/05/2027")
doc.save(str(__import__("pathlib").Path(__file__).resolve().parent.parent / "384_fiftyfirst_hospital_complex_discharge_planning_form.docx"))
