"""628: SEND Improvement Board notes typed up by a busy Head of SEND - bullets and inline 'Action:' lines."""
import json
from pathlib import Path
from docx import Document
from docx.shared import Pt

OUT = Path("/tmp/b86")
STEM = "628_eightysixth_improvement_board_busy_lead_notes"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
doc.sections[0].footer.paragraphs[0].text = "Westmoor Council – internal – not for circulation beyond Board members"

def p(text="", bold=False):
    para = doc.add_paragraph(); r = para.add_run(text); r.bold = bold; return para

def b(text, action=None):
    para = doc.add_paragraph(style="List Bullet")
    para.add_run(text)
    if action:
        para.add_run(" ")
        para.add_run("Action: " + action).bold = True
    return para

def act(text):
    para = doc.add_paragraph(); para.add_run("Action: ").bold = True; para.add_run(text); return para

p("SEND Improvement Board – notes", bold=True)
p("Thurs 20/05/27, 9.30-11, MS Teams (notes MW – Ruth on leave, sorry these are a bit rough)")
p("Present: Anne (chair), Mary W, Liam, Helen, David, Tom, Grace, Sarah Khan (participation), Sarah Kent (school "
  "improvement), Priya S for first half hour")
p("Apols: Yusuf, Ruth")

p("1. Actions from April", bold=True)
b("All done apart from the locum EP one – David still chasing the agency, 2 CVs but neither available before September.")
act("David – keep chasing locum EP agency (ongoing)")
b("Priya asked for the risk register to be re-scored on risk 4 (EHCP timeliness) – Action: Mary to re-score risk 4. "
  "NB Priya did this on screen in the meeting so no action needed.")

p("2. Annual review backlog – recovery plan", bold=True)
b("Plan agreed in principle at Partnership Board on 13 May. 596 overdue now (was 612).")
b("Need a weekly tracker so we can see if the extra caseworker capacity is actually making a difference. Liam can "
  "build from the Synergy extract.")
act("Liam to set up weekly backlog tracker ASAP")
b("New AR paperwork (shorter, more child-centred) ready to pilot. Helen thinks SENCos will go for it if we keep "
  "it to one term.")
act("Helen to ask the SENCo network for 2 volunteer schools to pilot the new AR paperwork by half term")
act("Tom – find 3 parents willing to test the parent section of the AR form (same timescale)")

p("3. Inclusion toolkit for schools", bold=True)
b("Sarah Kent showed the draft toolkit – ordinarily available provision, graduated approach, reasonable adjustments. "
  "Good feedback. David wants EP input on the section on assess-plan-do-review – he'll send comments direct to Sarah.")
act("Sarah K to circulate draft toolkit to heads w/c 7 June")

p("4. Co-production week (July)", bold=True)
b("Sarah Khan leading. Launch event w/c 5 July, need a venue with parking + quiet room.")
act("Sarah Khan to book venue for the launch by 4 June")
b("Tom asked about shopping vouchers for parents who take part – discussed, budget doesn't stretch this year, "
  "so not taking this forward. Will look again for 28/29.")

p("5. DfE adviser visit", bold=True)
b("DfE SEND adviser visiting 9 June. DfE will send the agenda. Action: none for us at this stage, just diary it.")

p("6. AOB", bold=True)
b("Grace – OT referral criteria have changed (from 1 June), schools need to know.")
act("Grace to send updated OT referral criteria to Helen for the SENCo bulletin – by Fri")
b("Tom – PCF AGM 24 June, board members welcome.")

p("Next meeting – tbc, Ruth to send invite when back.")
doc.save(OUT / f"{STEM}.docx")

labels = {
 "meeting_date": "2027-05-20",
 "style": ("Held-out batch eightysixth. SEND Improvement Board notes typed up in Word by a busy Head of SEND (Mary "
  "Walker) because the clerk was on leave: short bullets, first names and abbreviations ('AR', 'Sarah K'), and "
  "stand-alone 'Action:' lines as well as 'Action:' run into a bullet. Traps: an 'Action:' line for Mary to re-score "
  "risk 4 is cancelled in the same bullet (Priya did it in the meeting) - not labelled; 'Action: none for us' on the "
  "DfE visit (DfE's agenda is another body's job); Tom's voucher idea is turned down; David sending comments to "
  "Sarah Kent is a side remark, not a minuted action; 'Ruth to send invite' for an unscheduled meeting is logistics "
  "in the closing line and Ruth is absent, so not labelled. TWO Sarahs: 'Sarah K' = Sarah Kent (School Improvement "
  "Adviser, toolkit), 'Sarah Khan' = Participation Officer. The locum EP action is carried over 'ongoing' = null; "
  "'ASAP' = null. Dates: 'by half term' at a 20 May meeting = Friday 28 May 2027 (May half term is w/c 31 May, and 31 "
  "May is the bank holiday); Tom's 'same timescale' refers back to the line above = 28 May 2027; 'w/c 7 June' = "
  "Friday 11 June 2027; 'by 4 June' = Friday 4 June 2027; 'by Fri' = Friday 21 May 2027."),
 "held_out": True,
 "actions": [
  {"key": "keep chasing locum EP agency (ongoing)", "owner": "David", "person": "David Lowe", "due": None},
  {"key": "Liam to set up weekly backlog tracker ASAP", "owner": "Liam", "person": "Liam Porter", "due": None},
  {"key": "ask the SENCo network for 2 volunteer schools", "owner": "Helen", "person": "Helen Brooks", "due": "2027-05-28"},
  {"key": "find 3 parents willing to test the parent", "owner": "Tom", "person": "Tom Evans", "due": "2027-05-28"},
  {"key": "Sarah K to circulate draft toolkit to heads", "owner": "Sarah K", "person": "Sarah Kent", "due": "2027-06-11"},
  {"key": "Sarah Khan to book venue for the launch", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-06-04"},
  {"key": "Grace to send updated OT referral criteria", "owner": "Grace", "person": "Grace Adeyemi", "due": "2027-05-21"},
 ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
