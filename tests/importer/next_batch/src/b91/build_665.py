from docx import Document
from docx.shared import Pt, Cm, RGBColor

OUT = "/tmp/b91/665_ninetyfirst_send_improvement_board_minutes.docx"
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = d.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL-SENSITIVE  |  Westmoor Local Area SEND Improvement Board"
sec.footer.paragraphs[0].text = "Improvement Board minutes 22.09.27 - approved version to be published on the Local Offer"

d.add_heading("Westmoor Local Area SEND Improvement Board", level=1)
d.add_paragraph("Meeting 4  |  Wednesday 22 September 2027, 10:00-12:30  |  Teams")
p = d.add_paragraph(); p.add_run("Chair: ").bold = True
p.add_run("Dr Kath Ellison, Independent Chair")
p = d.add_paragraph(); p.add_run("Members: ").bold = True
p.add_run("Priya Shah (PS), Director of Education; James Whitfield (JW), AD SEND & Inclusion; Mary Walker (MW), "
          "Head of SEND; Yusuf Okafor (YO), DCO; Grace Adeyemi (GA), Children's Therapies; Liam Porter (LP), Data "
          "& Performance; Owen Reid (OR), PfA Lead; Tom Evans (TE) and Kerry Lang (KL), Westmoor PCF; Claire "
          "Dunmore (CD), SENDIASS; Anne Price (AP), Chair of the SEND Partnership Board")
p = d.add_paragraph(); p.add_run("Advisers: ").bold = True
p.add_run("Mike Dutton, DfE SEND Adviser; Sue Farrow, NHS England SEND Adviser")
p = d.add_paragraph(); p.add_run("Apologies: ").bold = True
p.add_run("Councillor J. Marsh; Dr Karen Mellor (ICB Place Director) - YO deputising")
p = d.add_paragraph(); p.add_run("Minutes: ").bold = True
p.add_run("Ruth Hill")

d.add_heading("1. Welcome and apologies", level=2)
d.add_paragraph("1.1 KE welcomed members. Apologies noted. KE reminded the Board that its minutes will be published "
                "on the Local Offer once approved, so members should avoid naming individual children or schools.")

d.add_heading("2. Minutes of 21 July and action log", level=2)
d.add_paragraph("2.1 Minutes of 21 July 2027 agreed. The action log was reviewed - updates recorded in Appendix A.")

d.add_heading("3. Priority 1: Timeliness and quality of EHC plans (MW)  - RAG: AMBER", level=2)
d.add_paragraph("3.1 MW reported 20-week timeliness of 54% for the rolling 12 months and 63% for June-August. The "
                "trajectory in the Priority Action Plan (PAP) was 65% by September, so the milestone has been missed. "
                "The Board asked for a revised trajectory with the reasons for the slippage.")
d.add_paragraph("3.2 LP explained that the SEN2 return and the case management system give different figures for "
                "the same period (a gap of about 4 percentage points) because of how amended plans are counted. The "
                "Board agreed this needs resolving before the six-month review.")
d.add_paragraph("3.3 PAP milestones for Priority 1 (for information - from the plan, not new actions):")
mt = d.add_table(rows=1, cols=4); mt.style = "Light Grid Accent 1"
for c, t in zip(mt.rows[0].cells, ["Milestone", "Lead", "Due", "Status"]):
    c.text = t
for r in [["Quality assurance framework for EHCPs in place", "MW", "Jul 2027", "Complete"],
          ["Launch of online EHCP portal for families", "MW", "Dec 2027", "On track"],
          ["Annual review backlog below 200", "MW", "Mar 2028", "At risk"]]:
    for c, t in zip(mt.add_row().cells, r):
        c.text = t

d.add_heading("4. Priority 2: Health contribution (YO / GA)  - RAG: AMBER", level=2)
d.add_paragraph("4.1 YO reported health advice within 6 weeks at 81%. SALT remains the main gap - 3.4 WTE vacancies "
                "in the community team. YO said he would take the SALT workforce gap to the ICB Executive as a formal "
                "escalation, as the Board felt it could not be solved within current budgets.")
d.add_paragraph("4.2 Sue Farrow (NHSE) said NHS England would be holding a regional workforce round table in November "
                "and would invite Westmoor. This was welcomed.")
d.add_paragraph("4.3 GA confirmed the neurodevelopmental triage pilot has been extended to the north locality from "
                "1 September.")

d.add_heading("5. Priority 3: Co-production and communication (TE / KL)  - RAG: RED", level=2)
d.add_paragraph("5.1 TE said parents still do not know what has changed since the inspection. KL proposed a "
                "'You said, we did' page on the Local Offer, updated monthly, which the Board supported.")
d.add_paragraph("5.2 TE proposed that a parent carer should co-chair the Improvement Board. DfE adviser noted this "
                "was not usual practice for improvement boards. Not agreed at this meeting - KE said it would be "
                "looked at in the terms of reference review in March.")
d.add_paragraph("5.3 CD offered SENDIASS enquiry themes for the page if helpful.")

d.add_heading("6. Priority 4: Preparing for adulthood (OR)  - RAG: AMBER", level=2)
d.add_paragraph("6.1 OR presented progress. Supported internships now 31 places. The Board noted that the PAP does "
                "not yet have outcome measures for PfA and asked OR to develop a framework.")

d.add_heading("7. Adviser feedback", level=2)
d.add_paragraph("7.1 Mike Dutton (DfE) said progress was real but uneven, and that the DfE would confirm the date of "
                "the six-month review visit with the Director of Education in October. Sue Farrow had nothing to add.")

d.add_heading("8. Risk register", level=2)
d.add_paragraph("8.1 CD raised the increase in tribunal appeals (up 40% on last year). Agreed this should be added "
                "to the risk register.")
d.add_paragraph("8.2 Decision: the Board will move to meeting every two months from January 2028, with the "
                "Partnership Board taking routine performance monitoring.")

d.add_heading("9. AOB / next meeting", level=2)
d.add_paragraph("9.1 None. Next meeting Wednesday 20 October 2027, 10:00.")

d.add_heading("Summary of new actions", level=2)
at = d.add_table(rows=1, cols=4); at.style = "Table Grid"
for c, t in zip(at.rows[0].cells, ["No.", "Action", "Owner", "Due"]):
    c.text = t
for r in [["4.01", "Revised 20-week trajectory with reasons for slippage", "MW", "Next meeting"],
          ["4.02", "Reconcile SEN2 and case management timeliness figures", "LP", "6 October"],
          ["4.03", "Set up 'You said, we did' page on Local Offer", "KL", "Before October half term"],
          ["4.04", "Bring PfA outcomes framework to the Board", "OR", "November Board"],
          ["4.05", "Add tribunal volumes risk to the register", "JW", ""]]:
    for c, t in zip(at.add_row().cells, r):
        c.text = t

d.add_paragraph("")
d.add_heading("Appendix A - Action log from previous meetings", level=2)
lt = d.add_table(rows=1, cols=5); lt.style = "Table Grid"
for c, t in zip(lt.rows[0].cells, ["No.", "Action", "Owner", "Due", "Update 22/09"]):
    c.text = t
for r in [["2.03", "Circulate PAP to all schools and settings", "MW", "Jun", "Done - closed"],
          ["3.01", "Publish therapy waiting times on Local Offer", "GA", "Sep", "Delayed by website migration. Board agreed new date of 29 October"],
          ["3.02", "Parent survey on communication", "KL", "Aug", "Done - results fed into item 5. Closed"],
          ["3.04", "Review SENCo training offer against PAP", "MW / SK", "Dec", "In progress"],
          ["3.05", "Confirm DCO capacity after Dr Mellor's restructure", "YO", "Sep", "Confirmed - closed"]]:
    for c, t in zip(lt.add_row().cells, r):
        c.text = t
d.save(OUT)
