from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "369_fortyninth_disabled_children_resource_panel_record.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(1.8)
    hp = s.header.paragraphs[0]
    hp.text = "Westmoor Council - Children's Services\tOFFICIAL - SENSITIVE (contains personal data)"
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = "Form CWD-RAP-02 (rev. Sept 2025). Retain on LCS case record of each child. Do not email outside the secure network."
    fp.runs[0].font.size = Pt(7.5)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def kv_table(rows, head=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    if head:
        r = t.add_row()
        c = r.cells[0].merge(r.cells[1])
        c.text = ""
        run = c.paragraphs[0].add_run(head)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "4B2C6F")
    for k, v in rows:
        r = t.add_row()
        r.cells[0].text = ""
        rr = r.cells[0].paragraphs[0].add_run(k)
        rr.bold = True
        shade(r.cells[0], "EDE7F3")
        r.cells[1].text = v
    for r in t.rows:
        r.cells[0].width = Cm(4.2)
        r.cells[1].width = Cm(13.2)
    doc.add_paragraph()
    return t


t = doc.add_heading("Children with Disabilities Resource Allocation Panel", level=1)
doc.add_paragraph("Record of decisions and actions").runs[0].italic = True

kv_table([
    ("Date", "Thursday 25 February 2027, 13:30 - 16:15"),
    ("Venue", "Committee Room 2, Civic Centre (Teams link for health colleagues)"),
    ("Chair", "Donna Reeves, Head of Service, Children with Disabilities (DR)"),
    ("Panel members", "Jo Pearce, Team Manager, Disabled Children's Team (JP); Alan Cheung, Finance Business Partner; "
                      "Priti Desai, Short Breaks Commissioning Officer; Mary Walker, Head of SEND (education "
                      "representative); Yusuf Okafor, Designated Clinical Officer, Westmoor ICB (cases 3 and 5); "
                      "Owen Reid, Preparing for Adulthood Lead (case 5)"),
    ("Administrator", "Wendy Shaw, Panel Administrator"),
    ("Quorate", "Yes"),
])

doc.add_heading("Part A - Matters arising from January panel", level=2)
ma = doc.add_table(rows=1, cols=4)
ma.style = "Table Grid"
for i, h in enumerate(["Item", "Owner", "Update", "Open / Closed"]):
    ma.rows[0].cells[i].text = ""
    ma.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    shade(ma.rows[0].cells[i], "D9D2E9")
for row in [
    ("Publish revised short breaks services statement on the Local Offer", "PD",
     "Published 15 February; PCF shared it on their Facebook page.", "Closed"),
    ("Update panel terms of reference to include a PCF observer", "DR",
     "Still outstanding - Tom Evans (PCF co-chair) has agreed to observe from April. Revised ToR to be brought to the March panel.", "Open"),
    ("Check whether the direct payment hourly rate uplift has gone live", "AC",
     "Confirmed live from 1 February at the new rate.", "Closed"),
]:
    r = ma.add_row()
    for i, v in enumerate(row):
        r.cells[i].text = v
doc.add_paragraph()

doc.add_heading("Part B - Case decisions", level=2)
doc.add_paragraph("Case references only. Full panel papers are held on the child's LCS record.").runs[0].italic = True

kv_table([
    ("Case ref", "WCD/0412 - age 9"),
    ("Presented by", "Dee Harper, Social Worker"),
    ("Request", "Direct payment for a personal assistant, 4 hours per week, to support community access at weekends."),
    ("Discussion", "Child and family assessment completed January. Mum has identified a PA. Panel noted no other "
                   "short breaks in place and the sibling's needs."),
    ("Panel decision", "APPROVED - 3 hours per week for 12 weeks (standard review), not 4. Panel felt 3 hours met the "
                       "assessed need at this stage."),
    ("Actions", "Dee Harper (SW) to complete the direct payment agreement with the family within 5 working days "
                "and send it to the DP support service."),
], head="Case 1")

kv_table([
    ("Case ref", "WCD/0388 - age 13"),
    ("Presented by", "Marcus Flynn, Social Worker"),
    ("Request", "Increase overnight short breaks at Willow House from 2 to 4 nights per month."),
    ("Discussion", "Significant increase in night-time care needs since new seizure medication. Panel could not "
                   "judge the level of need without up-to-date nursing information. Willow House has said it will "
                   "confirm its bed availability for April separately."),
    ("Panel decision", "DEFERRED - current 2 nights per month to continue."),
    ("Actions", "Marcus Flynn (SW) to request an updated Children's Community Nursing assessment and bring the case "
                "back for the March panel."),
], head="Case 2")

kv_table([
    ("Case ref", "WCD/0455 - age 11"),
    ("Presented by", "Jo Pearce on behalf of the allocated worker (on leave)"),
    ("Request", "Jointly funded package: 10 hours per week home support plus 2 nights per month at Willow House."),
    ("Discussion", "Complex health needs (gastrostomy, oxygen overnight). Health contribution has not been "
                   "considered. YO explained the CYP Continuing Care process and said the checklist already "
                   "completed by the CCN team in January was positive."),
    ("Panel decision", "APPROVED IN PRINCIPLE - social care to fund 50% on an interim basis from 1 March pending "
                       "the health decision."),
    ("Actions", "YO to fast-track the Continuing Care decision support tool and confirm the health contribution "
                "to Jo within 2 weeks."),
], head="Case 3")

kv_table([
    ("Case ref", "WCD/0460 - age 6"),
    ("Presented by", "Dee Harper, Social Worker"),
    ("Request", "Contribution to a sensory room in the family home."),
    ("Discussion", "OT home visit completed 18 February - OT recommends smaller-scale equipment, available through "
                   "the equipment service. Panel does not fund adaptations of this kind; Disabled Facilities Grant "
                   "route discussed."),
    ("Panel decision", "DECLINED - family signposted to the equipment service and the DFG team."),
    ("Actions", "Panel administrator to send the decision letter, with signposting details, within 3 working days."),
], head="Case 4")

kv_table([
    ("Case ref", "WCD/0271 - age 17 years 6 months"),
    ("Presented by", "Marcus Flynn, Social Worker"),
    ("Request", "Continuation of current package (6 hours per week, 1 night per month) beyond 18th birthday in "
                "August pending adult social care assessment."),
    ("Discussion", "Adult Social Care Transitions team allocate at 17.5 under their own protocol but no worker is "
                   "allocated yet. OR noted the young person's EHC plan continues in college. YO confirmed no "
                   "continuing care eligibility."),
    ("Panel decision", "APPROVED - current package continues until the adult care assessment is completed."),
    ("Actions", "OR to chase Adult Social Care for allocation of a transitions worker."),
], head="Case 5")

doc.add_heading("Part C - Panel business", level=2)
doc.add_paragraph(
    "Budget: £1.142m committed against £1.1m budget for 2026/27 after today's decisions, mainly due to the Willow "
    "House price increase agreed in October. Alan advised the overspend is already reported corporately. Jo to "
    "produce the Q4 forecast for the Head of Service by Friday next week, including today's approvals.")
doc.add_paragraph(
    "The Short Breaks Commissioning Officer reported that the council's short breaks re-tender will go to Cabinet "
    "in June - information only, this is being managed through the commissioning board.")
p = doc.add_paragraph()
p.add_run("Next panel: ").bold = True
p.add_run("March - date to be confirmed (the usual Thursday clashes with Cabinet).")
p = doc.add_paragraph()
p.add_run("Record completed by: ").bold = True
p.add_run("Wendy Shaw, Panel Administrator, 26/02/2027. Checked by Chair (DR).")

doc.save(OUT)
print("wrote", OUT)
