"""432: Written Statement of Action delivery plan (Word, landscape), owners as job titles, NEW rows after a monitoring board."""
from common import OUT, write_labels
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

STEM = "432_fiftyeighth_wsoa_delivery_plan_job_title_leads"
doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
for m in ("left_margin", "right_margin"):
    setattr(sec, m, Cm(1.6))
sec.top_margin = sec.bottom_margin = Cm(1.5)
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(9.5)

sec.header.paragraphs[0].text = "OFFICIAL - Westmoor Local Area Written Statement of Action - Delivery Plan v5.0"
fp = sec.footer.paragraphs[0]
fp.text = "WSOA Delivery Plan v5.0 | updated 24/06/2027 | Page "
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); fld.append(r)
fp._p.append(fld)


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
    tcPr.append(s)


doc.add_heading("Westmoor Local Area Partnership", level=1)
doc.add_heading("Written Statement of Action (WSOA) - Delivery Plan", level=2)
for line in [
    "Version 5.0 - updated following the WSOA Monitoring Board held on Monday 21 June 2027",
    "Plan owner: Assistant Director, SEND and Inclusion (Westmoor Council) and Designated Clinical Officer (NHS Westmoor ICB)",
    "Produced in response to the joint Ofsted and CQC local area SEND inspection report published 14 May 2026, which "
    "identified four areas of significant weakness.",
    "Timescales: 'end of summer term' = Wednesday 21 July 2027; 'end of autumn term' = Friday 17 December 2027.",
]:
    doc.add_paragraph(line)

doc.add_heading("Summary of changes agreed at the Monitoring Board, 21 June 2027", level=3)
for line in [
    "Actions 1.4 (EHC plan quality assurance framework) and 2.5 (Local Offer relaunch) confirmed as COMPLETE; evidence is held in the WSOA evidence library.",
    "Action 2.4 (commercial parent satisfaction survey) withdrawn - the Board agreed to use the Parent Carer Forum's own annual survey instead.",
    "Action 3.2 re-assigned and re-profiled (see Area 3).",
    "New actions 1.6, 2.6, 3.5 and 4.4 added (marked NEW in the tables).",
    "The Board asked for the Area 4 success measures to be rewritten so that each one is measurable; the Data and Performance Manager to bring revised measures to the next Monitoring Board on 20 September 2027.",
    "The DfE SEND Adviser and NHS England SEND Adviser will carry out their six-monthly review of progress on 14 September 2027. The advisers will send the agenda and evidence request; no local action at this stage.",
    "The Board asked whether SENDIASS has sufficient capacity to support families through the annual review recovery work. No answer was available; this will be discussed at the September Board.",
]:
    doc.add_paragraph(line, style="List Number")

H = ["Ref", "Action", "Lead (post)", "Timescale", "Success measure", "RAG", "Progress update (June 2027)"]
W = [Cm(1.1), Cm(6.4), Cm(3.4), Cm(2.8), Cm(4.6), Cm(1.4), Cm(6.7)]
RAGCOL = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "F4B183", "NEW": "FFFFFF", "Withdrawn": "D9D9D9"}

areas = [
 ("Area of significant weakness 1: The timeliness and quality of Education, Health and Care plans", [
  ("1.1", "Recruit six additional EHC coordinators to reduce caseloads to no more than 110 per coordinator", "AD SEND & Inclusion", "Sept 2026 - Mar 2027", "6 FTE in post; average caseload below 110", "Blue", "Complete. All posts filled by March 2027; average caseload 104 in May."),
  ("1.2", "Multi-agency panel to decide on requests for assessment within 6 weeks", "Head of SEND", "Ongoing", "95% of decisions within 6 weeks", "Green", "93% in May 2027 (April 91%)."),
  ("1.3", "Health advice returned within 6 weeks of request", "DCO (ICB)", "Ongoing", "90% within 6 weeks", "Amber", "87% in May. Paediatric advice remains the pressure point."),
  ("1.4", "Introduce an EHC plan quality assurance framework with multi-agency audit", "Principal EP", "Mar 2027", "Framework in use; 60% of audited plans good or better", "Blue", "COMPLETE. Framework launched 1 April 2027; first audit cycle 58% good or better."),
  ("1.5", "Annual review recovery plan to clear overdue reviews", "Head of SEND", "Dec 2027", "Fewer than 300 reviews overdue", "Red", "1,420 overdue at end of May. Additional temporary capacity approved by Cabinet in May."),
  ("1.6", "NEW (agreed 21/06/27): Introduce weekly sampling of draft EHC plans by the EP team before they are issued", "Principal EP", "From Sept 2027; fully in place by end of autumn term 2027", "10% of drafts sampled each week; 80% rated good", "NEW", "New action - reported from September."),
 ]),
 ("Area of significant weakness 2: Co-production and communication with children, young people and families", [
  ("2.1", "Agree a co-production charter with the PCF and young people's forum", "Participation Officer / PCF Co-Chair", "Jan 2027", "Charter signed by all partners", "Blue", "Complete. Charter signed 27 January 2027."),
  ("2.2", "Publish a quarterly 'You said, we did' update", "Participation Officer", "Quarterly", "Four editions per year", "Green", "Spring edition published 7 June."),
  ("2.3", "SENDIASS outreach sessions in each locality", "SENDIASS Service Manager", "Ongoing", "One session per locality per half term", "Green", "On track."),
  ("2.4", "Commission a parent satisfaction survey through an external provider", "Head of SEND", "-", "-", "Withdrawn", "Withdrawn 21/06/27 - Board to use the PCF annual survey (see summary)."),
  ("2.5", "Relaunch the Local Offer website with families", "Head of SEND", "May 2027", "Usage up 25%; 'easy to find' rating 70%", "Blue", "COMPLETE. Relaunched 10 May 2027."),
  ("2.6", "NEW (agreed 21/06/27): Co-produce a 'What to expect at your annual review' guide with the PCF and SENDIASS", "Participation Officer (with PCF Co-Chair)", "By 29/10/2027", "Guide published and shared by all schools", "NEW", "New action."),
 ]),
 ("Area of significant weakness 3: Waiting times for health services, in particular therapies and neurodevelopmental assessment", [
  ("3.1", "Demand and capacity review of the neurodevelopmental pathway", "DCO (ICB)", "Apr 2027", "Review completed and recommendations agreed", "Amber", "Review complete; recommendations to ICB Board in July."),
  ("3.2", "Implement single point of access for children's therapies referrals", "DCO (ICB) - re-assigned 21/06/27 (was Head of Children's Therapies, WCHT)", "30/09/2027 (re-profiled from 30/06/2027)", "All therapy referrals through SPA; triage within 10 working days", "Amber", "Re-assigned because the SPA is now being commissioned across the ICB footprint. WCHT continues to deliver the triage function."),
  ("3.3", "Recovery of speech and language therapy waiting times", "Head of Children's Therapies (WCHT)", "Mar 2028", "No child waiting more than 18 weeks", "Red", "Longest wait 41 weeks; two posts recruited, start in August."),
  ("3.4", "Reduce wheelchair service waiting times", "ICB Director of Strategic Commissioning", "Mar 2028", "92% seen within 18 weeks", "Amber", "Capital bid in preparation."),
  ("3.5", "NEW (agreed 21/06/27): Commission independent validation of the neurodevelopmental assessment waiting list", "DCO (ICB)", "By 30/11/2027", "Validated list; every family contacted", "NEW", "New action."),
 ]),
 ("Area of significant weakness 4: Strategic leadership and joint commissioning", [
  ("4.1", "Refresh SEND Partnership Board terms of reference and membership", "Independent Chair", "Feb 2027", "ToR agreed; PCF and young people represented", "Blue", "Complete."),
  ("4.2", "Publish a joint commissioning strategy for SEND", "AD SEND & Inclusion / ICB Director of Strategic Commissioning", "Jun 2027", "Strategy published", "Green", "Approved at JCG; publication scheduled for 25 June 2027."),
  ("4.3", "Develop a shared education, health and care data set", "Data and Performance Manager", "Sept 2027", "Data set used by Partnership Board", "Amber", "Health data-sharing agreement awaiting ICB IG sign-off."),
  ("4.4", "NEW (agreed 21/06/27): Establish a quarterly joint commissioning dashboard reported to the SEND Partnership Board", "AD SEND & Inclusion", "First report to Partnership Board 21/10/2027", "Dashboard received quarterly", "NEW", "New action."),
 ]),
]

for title, rows in areas:
    doc.add_heading(title, level=3)
    tb = doc.add_table(rows=1, cols=len(H))
    tb.style = "Table Grid"
    for i, h in enumerate(H):
        c = tb.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "1F4E79")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    for row in rows:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
            if i == 5:
                shade(cells[i], RAGCOL[v])
            if row[5] == "NEW" and i == 1:
                cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0xC9)
    for row in tb.rows:
        for i, w in enumerate(W):
            row.cells[i].width = w
    doc.add_paragraph()

doc.add_paragraph("RAG key: Blue - complete; Green - on track; Amber - some slippage, recoverable; Red - off track; "
                  "NEW - added at the latest Monitoring Board, not yet rated.")
doc.save(OUT / f"{STEM}.docx")

write_labels(STEM, "2027-06-21",
    "Held-out batch fiftyeighth. A Word (landscape) Written Statement of Action delivery plan, v5.0, updated after "
    "the WSOA Monitoring Board on Monday 21 June 2027: header/footer with a PAGE field, a numbered summary of changes, "
    "then one table per area of significant weakness with leads given only as posts (Head of SEND, Principal EP, DCO "
    "(ICB), Participation Officer, AD SEND & Inclusion, Data and Performance Manager) and shaded RAG cells. Traps: "
    "the whole standing plan (ongoing, on-track and red actions from earlier versions are not new); Blue/COMPLETE "
    "rows (1.1, 1.4, 2.1, 2.5, 4.1); a withdrawn action (2.4) and the decision to use the PCF survey; the DfE/NHSE "
    "advisers' review (other bodies; 'no local action'); an unanswered question about SENDIASS capacity deferred to "
    "September; Cabinet's earlier approval; the ICB Board and JCG items in updates; success measures full of numbers. "
    "Labels: the four NEW rows, the open action 3.2 that this Board re-assigned to the DCO with a re-profiled date, "
    "and the Data and Performance Manager's instruction in the summary. Posts resolve to people.json (Principal EP = "
    "David Lowe, Participation Officer = Sarah Khan, DCO = Yusuf Okafor, AD SEND & Inclusion = James Whitfield, Data "
    "and Performance Manager = Liam Porter). 'Fully in place by end of autumn term 2027' = Friday 2027-12-17 per the "
    "plan's own term-date note; 'next Monitoring Board on 20 September 2027'.",
    [("Introduce weekly sampling of draft EHC plans", "Principal EP", "David Lowe", "2027-12-17"),
     ("Co-produce a 'What to expect at your annual review'", "Participation Officer", "Sarah Khan", "2027-10-29"),
     ("Implement single point of access for children's therapies referrals", "DCO (ICB)", "Yusuf Okafor", "2027-09-30"),
     ("Commission independent validation of the neurodevelopmental assessment", "DCO (ICB)", "Yusuf Okafor", "2027-11-30"),
     ("Establish a quarterly joint commissioning dashboard", "AD SEND & Inclusion", "James Whitfield", "2027-10-21"),
     ("the Data and Performance Manager to bring revised measures", "Data and Performance Manager", "Liam Porter", "2027-09-20")])
