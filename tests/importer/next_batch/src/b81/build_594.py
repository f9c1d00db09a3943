import json
from docx import Document
from docx.shared import Pt, RGBColor

STEM = "/tmp/b81/594_eightyfirst_send_improvement_board_minutes_reassigned_action"
doc = Document()
doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL - SENSITIVE (until approved)"
sec.footer.paragraphs[0].text = "Westmoor SEND Improvement Board | Minutes 12.07.27 | v0.3 draft for Chair's approval"

doc.add_heading("Westmoor Local Area SEND Improvement Board", level=1)
doc.add_paragraph("Minutes of the meeting held on Monday 12 July 2027, 13:30-16:00, Room G.14, Westmoor Civic Centre / Teams")

t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
t.rows[0].cells[0].text = "Present"
t.rows[0].cells[1].text = ("Anne Price, Independent Chair (AP)\nPriya Shah, Director of Education (PS)\nJames Whitfield, AD SEND and Inclusion (JW)\n"
    "Mary Walker, Head of SEND (MW)\nDr Yusuf Okafor, DCO, Westmoor ICB (YO)\nDr Anita Patel, Consultant Community Paediatrician (AnP)\n"
    "Dr David Lowe, Principal EP (DL)\nTom Evans, PCF co-chair (TE)\nKerry Lang, PCF Parent Champion (KL)\nClaire Dunmore, SENDIASS Service Manager (CD)\n"
    "Owen Reid, PfA Lead (OR) - items 4 and 7")
for label, txt in [("Advisers", "Janet Morrow, DfE SEND Adviser\nDr Paul Keane, NHS England SEND Adviser"),
                   ("In attendance", "Liam Porter, Data and Performance Manager (LP)\nRuth Hill, Partnership Business Support Officer (minutes)"),
                   ("Apologies", "Cllr P. Grantham, Cabinet Member for Children's Services\nGrace Adeyemi, Head of Children's Therapies (report submitted)\nHelen Brooks, SENCo, Riverside Primary")]:
    r = t.add_row().cells; r[0].text = label; r[1].text = txt

def h(x): doc.add_heading(x, level=2)
def p(x): doc.add_paragraph(x)

h("1. Welcome, introductions and apologies")
p("1.1 AP welcomed members, and in particular Dr Paul Keane, attending his first Board as the NHS England adviser. Apologies were noted as above.")
p("1.2 AP reminded members that this is the fourth Improvement Board since the publication of the area inspection report, and that the DfE and NHS England six-monthly review meeting would take place in September.")

h("2. Minutes of the meeting on 10 May 2027 and action log")
p("2.1 The minutes were agreed as accurate, subject to correcting the spelling of Dr Keane's name in the attendance list.")
p("2.2 Action log: actions 1-6 were confirmed as closed. Action 7 (health advice quality template) is overdue; YO explained that the template had been agreed by the Designated Officers' network on 2 July and the action can now be closed. Members agreed to close it.")

h("3. Priority 1 - Timeliness and quality of EHC plans")
p("3.1 JW presented the highlight report. New EHC plans issued within 20 weeks were 58% for the rolling three months (target 65%). Overdue annual reviews had fallen from 1,180 to 960 since the temporary annual review team started in May.")
p("3.2 Janet Morrow welcomed the improvement but said the trajectory submitted in March no longer reflected the position, particularly given that four additional educational psychologists had now been appointed. She asked for a revised trajectory she could rely on before the DfE review meeting.")
p("3.3 The Board agreed that the Assistant Director would produce a revised timeliness trajectory, reflecting the four additional EP appointments, and submit it to the DfE adviser by 30 July.")
p("3.4 DL confirmed that offers had been accepted by all four EPs but that not all start dates were settled, because two were completing doctoral training. DL would confirm the start dates for the four EPs to JW before schools break up for the summer, so that they can be built into the trajectory.")
p("3.5 TE noted that families still reported receiving draft plans with sections copied from other children's plans. MW said the audit in June had found this in 3 of 60 plans sampled and that the caseworkers concerned had been spoken to. The quality assurance panel would pick this up (see item 6).")

h("4. Priority 2 - Preparing for Adulthood")
p("4.1 OR presented the update. Young people with EHC plans who were NEET at 16-17 had fallen to 5.9%. The transition protocol between children's and adults' social care was however out of date (last revised 2022) and was not being applied consistently; three complaints in the last quarter related to young people reaching 18 without an adult social care assessment.")
p("4.2 Members discussed whether the protocol should be owned by education or social care. It was proposed that MW would lead a review of the transition protocol with adult social care colleagues, reporting by the end of September. (See 7.3 - lead changed.)")
p("4.3 Members noted that the Preparing for Adulthood outcomes framework had been signed off by the PfA workstream in June.")

h("5. Priority 3 - Health")
p("5.1 YO reported that the neurodevelopmental waiting list had reduced for the first time, to 1,960, following the additional assessment capacity commissioned in April. Grace Adeyemi's written report on therapy waiting times was taken as read.")
p("5.2 Dr Keane asked how the Board was assured about the quality, not just the timeliness, of health advice. AnP said that the new template had been in use since June but had not yet been audited. Dr Patel agreed to audit a sample of 30 health advices against the new template and report the findings to the September Board.")
p("5.3 Members noted that the ICB had approved the trajectory for the neurodevelopmental pathway at its Quality and Performance Committee on 22 April, and that progress would be reported through the ICB.")

h("6. Priority 4 - Co-production and communication")
p("6.1 TE and KL presented the proposal for a parent-led quality assurance panel which would review a sample of new plans each month alongside a caseworker and an EP. Members strongly supported the proposal. The first panel sitting will be on 6 October.")
p("6.2 KL said she would need six parents, ideally with children at different phases. Kerry Lang agreed to recruit six parents for the quality assurance panel before its first sitting, with the PCF covering the training costs from its grant.")
p("6.3 CD reported that SENDIASS enquiries had risen by 30% in the last quarter, the main themes being annual reviews and transport. LP asked for the detail so that it could be included in the dashboard. Claire Dunmore will send the SENDIASS quarter 1 enquiry themes to Liam Porter by the end of next week.")
p("6.4 The Board noted that the Local Offer website refresh had been completed on 30 June.")

h("7. Risk register")
p("7.1 PS took members through the risk register. The risk relating to the High Needs Block deficit remained red. The Board agreed that this risk would continue to be managed through the Council's corporate risk register and the Schools Forum.")
p("7.2 AP asked that the risk on Preparing for Adulthood (PfA-02) be re-scored from amber to red in light of the complaints reported at item 4.")
p("7.3 Returning to item 4.2, PS said that on reflection the review of the transition protocol should sit with the PfA Lead, since it spans education, health and both social care services; MW agreed. The Board agreed that Owen Reid would lead the review of the transition protocol instead, with the same deadline of the end of September.")
p("7.4 Ruth Hill would update the risk register to reflect the re-scoring and recirculate it with these minutes, within ten working days.")

h("8. Any other business")
p("8.1 Janet Morrow advised that she would be visiting two special schools in August as part of the DfE's routine engagement; this is a DfE visit and does not require any preparation by the Board.")
p("8.2 AP thanked JW, who is leaving the authority in December, for his work. (Recorded at his request as a note only.)")

h("9. Date of next meeting")
p("Monday 13 September 2027, 13:30, Civic Centre.")

doc.add_heading("Action log - actions from this meeting", level=2)
log = doc.add_table(rows=1, cols=5); log.style = "Table Grid"
for i, x in enumerate(["Ref", "Action", "Owner", "Due", "RAG"]): log.rows[0].cells[i].text = x
for row in [("IB-27-08", "Revised EHCP timeliness trajectory to DfE adviser", "JW", "30/07/27", "New"),
            ("IB-27-09", "Review of children's to adults' transition protocol", "OR (was MW - see 7.3)", "30/09/27", "New"),
            ("IB-27-10", "Audit of 30 health advices - report to Sept Board", "AnP", "13/09/27", "New"),
            ("IB-27-07", "Health advice quality template", "YO", "-", "Closed")]:
    r = log.add_row().cells
    for i, x in enumerate(row): r[i].text = x
p("Actions recorded in the narrative above but not yet entered on the log will be added when the minutes are approved. RH")
doc.save(STEM + ".docx")

labels = {
 "meeting_date": "2027-07-12",
 "style": ("Held-out batch eightyfirst. Formal SEND Improvement Board minutes (post-inspection board with DfE and NHS England advisers) as a Word document: attendance table with initials, numbered paragraphs 1.1-9, reported speech, and an action log at the end that lists only three of the seven new actions (plus a closed old one) and says other actions 'will be added when the minutes are approved'. "
  "Traps: the transition protocol review is first given to MW at 4.2 and then handed to Owen Reid at 7.3 (the log shows 'OR (was MW - see 7.3)'); label only the final form, owner Owen Reid, same deadline. Action 7 from May is closed; the June plan audit and caseworker conversations are done; the QA panel picking up copied text is not a separate action; the PfA outcomes framework was signed off already; the ICB trajectory is reported through the ICB; the High Needs risk is managed by the Council and Schools Forum; AP asking for a re-score is folded into Ruth Hill's register update; the DfE adviser's visits and the DfE/NHSE review meeting are other bodies' business; the Local Offer refresh is complete; the thanks to JW is a note. Grace Adeyemi and Helen Brooks are apologies. 'AnP' is Dr Anita Patel. "
  "Dates: JW 'by 30 July' = Friday 30 July 2027; DL 'before schools break up for the summer' = end of the summer term, Wednesday 21 July 2027; transition protocol 'by the end of September' = Thursday 30 September 2027; Dr Patel 'to the September Board' with the next meeting given as Monday 13 September 2027 = 2027-09-13; Kerry 'before its first sitting' on 6 October = Wednesday 6 October 2027; Claire 'by the end of next week' from Monday 12 July = Friday 23 July 2027; Ruth 'within ten working days' = Monday 26 July 2027."),
 "held_out": True,
 "actions": [
  {"key": "produce a revised timeliness trajectory, reflecting the four", "owner": "the Assistant Director", "person": "James Whitfield", "due": "2027-07-30"},
  {"key": "DL would confirm the start dates", "owner": "DL", "person": "David Lowe", "due": "2027-07-21"},
  {"key": "Owen Reid would lead the review of the transition", "owner": "Owen Reid", "person": "Owen Reid", "due": "2027-09-30"},
  {"key": "audit a sample of 30 health advices", "owner": "Dr Patel", "person": "Anita Patel", "due": "2027-09-13"},
  {"key": "recruit six parents for the quality assurance panel", "owner": "Kerry Lang", "person": "Kerry Lang", "due": "2027-10-06"},
  {"key": "send the SENDIASS quarter 1 enquiry themes", "owner": "Claire Dunmore", "person": "Claire Dunmore", "due": "2027-07-23"},
  {"key": "update the risk register to reflect the re-scoring", "owner": "Ruth Hill", "person": "Ruth Hill", "due": "2027-07-26"},
 ]}
json.dump(labels, open(STEM + ".labels.json", "w"), indent=1, ensure_ascii=False)
