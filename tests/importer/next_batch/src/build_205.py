"""Build 205_twentysixth_board_record_form.docx and its labels."""
import json
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent
STEM = "205_twentysixth_board_record_form"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
sec.header.paragraphs[0].text = "OFFICIAL"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
sec.footer.paragraphs[0].text = "Form MR1 (Record of Meeting) v3.2 – Democratic & Partnership Services – retain for 6 years"

def p(text="", bold=False, italic=False, size=None):
    para = doc.add_paragraph()
    r = para.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return para

def field(label, value):
    para = doc.add_paragraph()
    r = para.add_run(label + " "); r.bold = True
    para.add_run(value)
    para.paragraph_format.left_indent = Cm(1)
    para.paragraph_format.space_after = Pt(0)

p("RECORD OF MEETING", bold=True, size=16)
t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [("Meeting", "Westmoor SEND Partnership Board (ordinary monthly meeting)"),
             ("Date / time", "Tuesday 9th February 2027, 14:00 – 16:05"),
             ("Venue", "Committee Room 3, Westmoor Civic Centre and via Microsoft Teams"),
             ("Chair", "Anne Price (Independent Chair)"),
             ("Record taken by", "Ruth Hill (RH), Partnership Business Support Officer"),
             ("Status", "DRAFT – subject to approval at the March meeting")]:
    row = t.add_row().cells; row[0].text = a; row[1].text = b
p()
p("Present:", bold=True)
p("Anne Price (AP, Chair); Mary Walker (MW), Head of SEND; Priya Shah (PS), Director of Education; "
  "Yusuf Okafor (YO), Designated Clinical Officer, ICB; Tom Evans (TE), PCF co-chair; Helen Brooks (HB), "
  "SENCo, Riverside Primary; David Lowe (DL), Principal EP; Sarah Khan (SKh), Participation Officer; "
  "Liam Porter (LP), Data and Performance Manager; Ruth Hill (RH).")
p("In attendance:", bold=True)
p("Mark Walsh, Head of Transport (item 7 only).")
p("Apologies:", bold=True)
p("Grace Adeyemi (Head of Children's Therapies) – Jo Marsh attending as deputy; James Whitfield.")

p("1.  Welcome, apologies and quoracy", bold=True)
p("The Chair welcomed members. The meeting was quorate (education, health, care and parent carer "
  "representation present).")
field("Follow-up:", "None.")

p("2.  Declarations of interest", bold=True)
p("HB declared an interest in item 6 as SENCo at a school with a resourced provision bid. "
  "No other declarations.")
field("Follow-up:", "None – recorded in the register.")

p("3.  Record of previous meeting (12 January 2027) and matters arising", bold=True)
p("The record was agreed as accurate. Matters arising were reviewed:")
ma = doc.add_table(rows=1, cols=3); ma.style = "Table Grid"
for c, h in zip(ma.rows[0].cells, ["Ref", "Matter arising", "Position reported"]):
    c.text = h
for r in [("01/27-2", "Terms of reference to be refreshed", "Complete – see item 4"),
          ("01/27-4", "PCF survey results to come to February", "Complete – on agenda as item 5"),
          ("01/27-5", "Therapies recruitment update", "Ongoing – GA to report in March (deputy confirmed)"),
          ("12/26-3", "Joint training calendar", "Closed – published on the Local Offer 1 Feb")]:
    cells = ma.add_row().cells
    for c, v in zip(cells, r):
        c.text = v
field("Follow-up:", "Completed at meeting – RH updated the membership list with the two new school reps.")

p("4.  Terms of reference (annual refresh)", bold=True)
p("MW introduced the revised terms of reference. Members discussed whether a young person should "
  "be a full member; TE felt strongly this should happen but that the right support must be in place first.")
field("Agreement(s):", "The Board AGREED to adopt the revised terms of reference, with the young "
      "person membership question held over to the June development session.")
field("Follow-up:", "None – RH has already uploaded the adopted version to the Board's Teams channel.")

p("5.  Parent carer survey 2026/27 – headline findings", bold=True)
p("TE presented the survey headlines (412 responses). Communication from the SEND team remained the "
  "lowest-scoring area. Members welcomed the improvement in confidence in SENCos. TE noted it would be "
  "good if every school could display the PCF poster, but this was a hope rather than something the "
  "Board could require.")
field("Follow-up:", "SKh to share the young people's survey questions with Board members for comment.")
field("Responsible officer:", "Sarah Khan (SKh)")
field("Target date:", "26 Feb")
field("Follow-up:", "Arrange a joint workshop with the PCF on the sufficiency plan.")
field("Responsible officer:", "Head of SEND")
field("Target date:", "Report back to the April Board")

p("6.  EHCP timeliness and annual reviews", bold=True)
p("HB left the meeting for the resourced provision part of this item. LP reported 20-week timeliness "
  "of 48% (January), up from 41%. Annual reviews remained the bigger risk with 630 overdue. DL explained "
  "the EP assistant posts were now filled. The ICB Quality Committee will review health advice "
  "timeliness at its own meeting on 18 February; this sits with the ICB, not the Board.")
field("Follow-up:", "Circulate the revised EHCP timeliness dashboard to members, including the annual review breakdown.")
field("Responsible officer:", "LP")
field("Target date:", "Friday 26th February 2027")
field("Follow-up:", "Provide an update on the ADHD assessment waiting list.")
field("Responsible officer:", "YO")
field("Target date:", "Next meeting")

p("7.  Home to school transport – spring term issues", bold=True)
p("Mark Walsh joined. He reported 14 routes re-tendered since January and explained the driver "
  "shortage. Members discussed the impact on post-16 learners. The Board noted the report. "
  "Mark confirmed the revised post-16 policy goes to Cabinet in April; this is for Cabinet, not the Board.")
field("Follow-up:", "Add SEND transport to the forward plan for the May meeting.")
field("Responsible officer:", "RH")
field("Target date:", "Mon 1st March")

p("8.  School inclusion and part-time timetables", bold=True)
p("PS raised concern at the rising number of part-time timetables for pupils with SEND in key stage 3. "
  "HB (returned) said primary colleagues were seeing the same trend. The Board may want to consider "
  "a task-and-finish group later in the year – no decision was taken.")
field("Follow-up:", "Draft a joint letter to schools on part-time timetables for the Chair's signature.")
field("Responsible officer:", "Director of Education")
field("Target date:", "12.03.27")

p("9.  Any other business", bold=True)
p("DL reminded members of the EP service's consultation line relaunch. Noted.")
field("Follow-up:", "None.")

p("10.  Date of next meeting", bold=True)
p("Tuesday 9th March 2027, 14:00, Committee Room 3 / Teams.")
p()
p("Signed as a correct record ............................................ (Chair)     Date ..................", italic=True)

doc.save(OUT / f"{STEM}.docx")

labels = {
 "meeting_date": "2027-02-09",
 "style": ("Held-out batch twentysixth. Ordinary monthly partnership board minutes in a different council's "
           "'Form MR1 Record of Meeting' template: each item ends with bold 'Follow-up:' / 'Responsible officer:' / "
           "'Target date:' field lines. Traps: 'Follow-up: None' lines; a follow-up completed at the meeting (RH "
           "updated the membership list); terms of reference adoption is an 'Agreement(s)' decision and the uploaded "
           "version is already done; matters-arising table rows are old (complete/ongoing/closed) and not new; the ICB "
           "Quality Committee review and Cabinet's post-16 policy are other bodies'; the PCF poster is a hope; the "
           "task-and-finish group is only 'may want to consider'. Labelling choices: the owner is the Responsible "
           "officer field exactly as written (initials, role or name with initials); 'Next meeting' = March 2027 "
           "Board; 'Report back to the April Board' = meeting 2027-04; '26 Feb' and '12.03.27' read as 2027 dates."),
 "held_out": True,
 "actions": [
  {"key": "share the young people's survey questions with Board members", "owner": "Sarah Khan (SKh)", "person": "Sarah Khan", "due": "2027-02-26"},
  {"key": "Arrange a joint workshop with the PCF", "owner": "Head of SEND", "person": "Mary Walker", "due": "meeting 2027-04"},
  {"key": "Circulate the revised EHCP timeliness dashboard to members", "owner": "LP", "person": "Liam Porter", "due": "2027-02-26"},
  {"key": "Provide an update on the ADHD assessment waiting list", "owner": "YO", "person": "Yusuf Okafor", "due": "meeting 2027-03"},
  {"key": "Add SEND transport to the forward plan", "owner": "RH", "person": "Ruth Hill", "due": "2027-03-01"},
  {"key": "Draft a joint letter to schools on part-time timetables", "owner": "Director of Education", "person": "Priya Shah", "due": "2027-03-12"},
 ]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
