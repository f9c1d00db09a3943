"""627: Westmoor SEND Partnership Board minutes (secretary) with matters arising and Appendix A action log."""
import json
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path("/tmp/b86")
STEM = "627_eightysixth_partnership_board_action_log_appendix"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Westmoor SEND Partnership Board"
sec.footer.paragraphs[0].text = "Minutes – 17 March 2027 – APPROVED at the meeting of 13 May 2027"

def h(text, lvl=2):
    doc.add_heading(text, level=lvl)

def p(text, bold_prefix=None):
    para = doc.add_paragraph()
    if bold_prefix:
        para.add_run(bold_prefix).bold = True
    para.add_run(text)
    return para

doc.add_heading("Westmoor SEND Partnership Board", level=1)
p("Wednesday 17 March 2027, 1.30pm – 3.30pm, Training Room, Westmoor Civic Centre")
p("Anne Price (Chair), Mary Walker, Yusuf Okafor, Tom Evans, Helen Brooks, David Lowe, Sarah Khan, Liam Porter, "
  "Tanya Hurst (Service Manager, WCHT – deputising for Grace Adeyemi), Kerry Lang (PCF, items 5-6)", "Present: ")
p("Ruth Hill", "Minutes: ")
p("Grace Adeyemi, Priya Shah", "Apologies: ")

h("1. Welcome and apologies")
p("Anne welcomed everyone, in particular Tanya Hurst who was attending for Grace. Apologies as above.")

h("2. Declarations of interest")
p("None new. Register of interests to be updated annually in April as usual.")

h("3. Minutes of the meeting held on 20 January 2027")
p("Agreed as a true record subject to one amendment: on page 3 'Sarah' should read 'Sarah Khan'.")

h("4. Matters arising and action log")
p("The Board went through the action log (Appendix A). Five actions were closed. Points to note:")
p("01/27-03 (young people's reference group) – Owen sent an update as he could not attend. Two colleges have "
  "agreed to host but the first meeting had to be postponed because of the college Ofsted visit. The Board agreed "
  "to carry this forward with a revised date of 30 April.", "• ")
p("01/27-04 (parents for the editorial group) – Kerry has six parents interested. Closed: this has been "
  "overtaken by the new Local Offer editorial action under item 6.", "• ")
p("11/26-05 (tribunal data) – Liam confirmed the tribunal breakdown went out with the February bulletin. Closed.", "• ")

h("5. Annual review backlog")
p("Mary reported 612 annual reviews overdue, of which 140 are for children moving phase in September 2027. "
  "Phase transfer reviews will be prioritised. The Board was concerned about the scale of the backlog and the impact "
  "on families. Tom asked whether parents could sit on the EHCP decision-making panel; Anne said this needed a "
  "wider conversation at the EHCP workstream first and it was not something the Board could decide today.")
p("Mary to bring a costed recovery plan for the annual review backlog to the May Board (13 May).", "Action: ")

h("6. Parent carer survey – results and Local Offer")
p("Tom and Kerry presented the results of the autumn survey (412 responses). Communication from the SEND team "
  "remains the biggest issue. Kerry has designed a 'you said, we did' poster for schools and the Board thanked her "
  "for this. Sarah Khan will set up the new Local Offer editorial group with the parents Kerry has recruited, "
  "first meeting in April.")
p("Kerry to share the 'you said, we did' poster with schools before Easter.", "Action: ")
p("Sarah Khan to hold the first Local Offer editorial group meeting in April.", "Action: ")

h("7. Health update")
p("Tanya gave an update on behalf of Grace. SALT caseloads remain high in the north of the borough. Liam asked "
  "for a breakdown of caseload by school to match against the EHCP data; Tanya said the Trust can provide this.")
p("Grace (via Tanya) to send the SALT caseload breakdown by school to Liam by end of March.", "Action: ")
p("Liam to circulate the updated SEND dashboard by Friday.", "Action: ")

h("8. Network of SEND Champions")
p("David offered to run a session on the role of the educational psychologist at the April Champions network "
  "meeting (21 April). Champions have asked for this several times.")
p("David to deliver the EP role session at the Champions network on 21 April.", "Action: ")

h("9. AOB")
p("Helen raised a question from a Riverside parent about the changes to the transport application window. Mark "
  "Walsh was not present so Ruth will pass it on.")
p("Ruth to forward Helen's transport question to Mark Walsh for a written reply.", "Action: ")
p("Date of next meeting: Thursday 13 May 2027, 1.30pm, Civic Centre.")

# Appendix - landscape section
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = new.page_height, new.page_width
doc.add_heading("Appendix A – Action log (as at 17 March 2027)", level=2)
tbl = doc.add_table(rows=1, cols=7); tbl.style = "Light Grid Accent 1"
for c, t in zip(tbl.rows[0].cells, ["Ref", "Meeting", "Action", "Owner", "Due", "Status", "Update"]):
    c.text = t
log = [
 ("11/26-02", "18/11/26", "Publish revised parent guide to EHC needs assessment", "Mary", "31/01/27", "Closed", "Published on Local Offer 1 Feb"),
 ("11/26-05", "18/11/26", "Tribunal outcomes breakdown by year", "Liam", "Jan 27", "Closed", "In Feb bulletin"),
 ("01/27-01", "20/01/27", "Type up workshop post-its", "Sarah Khan", "22/01/27", "Closed", "Done"),
 ("01/27-02", "20/01/27", "Re-run timeliness figures excluding exceptions", "Liam", "03/02/27", "Closed", "Circulated 2 Feb"),
 ("01/27-03", "20/01/27", "Set up a young people's PfA reference group with the colleges", "Owen", "12/02/27 30/04/27", "Carried forward", "Postponed – college Ofsted. Revised date agreed 17/03"),
 ("01/27-04", "20/01/27", "Find parents for the editorial group", "Kerry", "–", "Closed", "Superseded – see 03/27-03"),
 ("01/27-05", "20/01/27", "Add Year 9 PfA checklist to annual review paperwork", "Mary", "31/03/27", "Closed", "Completed early – in use from 1 March"),
 ("03/27-01", "17/03/27", "Costed annual review recovery plan", "Mary", "13/05/27", "New", ""),
 ("03/27-02", "17/03/27", "'You said, we did' poster to schools", "Kerry", "25/03/27", "New", ""),
 ("03/27-03", "17/03/27", "First Local Offer editorial group", "Sarah Khan", "Apr 27", "New", ""),
 ("03/27-04", "17/03/27", "SALT caseload by school to Liam", "Grace", "31/03/27", "New", ""),
 ("03/27-05", "17/03/27", "Updated dashboard", "Liam", "19/03/27", "New", ""),
 ("03/27-06", "17/03/27", "EP session at Champions network", "David", "21/04/27", "New", ""),
 ("03/27-07", "17/03/27", "Transport question to Mark Walsh", "Ruth", "–", "New", ""),
]
for row in log:
    cs = tbl.add_row().cells
    for c, v in zip(cs, row):
        if v == "12/02/27 30/04/27":
            r1 = c.paragraphs[0].add_run("12/02/27"); r1.font.strike = True
            c.paragraphs[0].add_run(" 30/04/27")
        else:
            c.text = v
doc.save(OUT / f"{STEM}.docx")

labels = {
 "meeting_date": "2027-03-17",
 "style": ("Held-out batch eightysixth. Partnership Board minutes in Word written by the business support officer "
  "in a plain house style: numbered headings, first names, bold 'Action:' lines, and a landscape Appendix A action "
  "log with Ref / Meeting / Action / Owner / Due / Status / Update. Traps: the action log lists old actions (five "
  "closed - not labelled, including Mary's Year 9 checklist 'completed early' and Kerry's editorial-group action "
  "'superseded'), one carried forward with a revised date (Owen's reference group, labelled once from the log row, "
  "due the revised 30 April 2027, not the struck-out 12/02/27), and the same new actions again as 03/27-xx rows - "
  "each new action is labelled once, keyed on its 'Action:' line in the body. Tom's idea of parents on the EHCP "
  "panel is explicitly not decided. Grace Adeyemi is absent (Tanya Hurst deputising, not in people.json) but the "
  "action is written 'Grace (via Tanya)' so owner 'Grace' = Grace Adeyemi. The transport question is Ruth's action "
  "(to forward it), not Mark Walsh's. 'Sarah Khan' in the minutes is the Participation Officer. Dates: 'May Board (13 "
  "May)' = 2027-05-13; 'before Easter' = Thursday 25 March 2027 (Good Friday 26 March is a bank holiday; the log "
  "agrees, 25/03/27); 'in April' with no day = 30 April 2027 (end of the month; log says 'Apr 27'); 'end of March' "
  "= 31 March 2027; 'by Friday' = Friday 19 March 2027; 21 April as stated; Ruth's action has no date (null)."),
 "held_out": True,
 "actions": [
  {"key": "Set up a young people's PfA reference group", "owner": "Owen", "person": "Owen Reid", "due": "2027-04-30"},
  {"key": "Mary to bring a costed recovery plan", "owner": "Mary", "person": "Mary Walker", "due": "2027-05-13"},
  {"key": "Kerry to share the 'you said, we did' poster", "owner": "Kerry", "person": "Kerry Lang", "due": "2027-03-25"},
  {"key": "Sarah Khan to hold the first Local Offer editorial", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-04-30"},
  {"key": "send the SALT caseload breakdown by school", "owner": "Grace", "person": "Grace Adeyemi", "due": "2027-03-31"},
  {"key": "Liam to circulate the updated SEND dashboard", "owner": "Liam", "person": "Liam Porter", "due": "2027-03-19"},
  {"key": "David to deliver the EP role session", "owner": "David", "person": "David Lowe", "due": "2027-04-21"},
  {"key": "Ruth to forward Helen's transport question", "owner": "Ruth", "person": "Ruth Hill", "due": None},
 ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
