"""Word minutes template, Partnership Board 15 September 2027, action log table on last page."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = "/tmp/b98/711_ninetyeighth_minutes_with_action_log.docx"
d = Document()
st = d.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = d.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL - SENSITIVE\tWestmoor SEND Partnership Board"
fp = sec.footer.paragraphs[0]
fp.text = "Minutes v1.0 (draft until approved) - Board 15/09/2027\tPage "
fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
run = fp.add_run()
for t, v in [("begin", None), (None, "PAGE"), ("end", None)]:
    if t:
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), t); run._r.append(e)
    else:
        e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = v; run._r.append(e)

h = d.add_paragraph()
r = h.add_run("Westmoor SEND Partnership Board"); r.bold = True; r.font.size = Pt(16)
d.add_paragraph("Minutes of the meeting held on Wednesday 15 September 2027, 1.30pm - 4.00pm\nCommittee Room 2, Westmoor Civic Centre and via Teams")

t = d.add_table(rows=0, cols=2)
t.style = "Table Grid"
for a, b in [
    ("Present:", "Anne Price (AP) Independent Chair; Mary Walker (MW) Head of SEND; Priya Shah (PS) Director of Education; "
                 "Yusuf Okafor (YO) DCO, ICB; Tom Evans (TE) PCF co-chair; Helen Brooks (HB) SENCo, Riverside Primary; "
                 "David Lowe (DL) Principal EP; Liam Porter (LP) Data & Performance; Grace Adeyemi (GA) Children's Therapies"),
    ("In attendance:", "Mark Walsh (MWa) Head of Transport - item 5 only; Sarah Kent (SKe) School Improvement Adviser - item 4"),
    ("Minutes:", "Ruth Hill (RH)"),
    ("Apologies:", "Sarah Khan; Cllr Bethan Jones"),
]:
    c = t.add_row().cells
    c[0].text = a; c[1].text = b
    c[0].width = Cm(3.5); c[1].width = Cm(13)

def item(num, title, paras):
    p = d.add_paragraph(); rr = p.add_run(f"{num}. {title}"); rr.bold = True
    for x in paras:
        q = d.add_paragraph(x)
        if x.startswith("ACTION") or x.startswith("Action:"):
            for rn in q.runs: rn.bold = True

d.add_paragraph()
item(1, "Welcome, introductions and declarations of interest",
     ["AP welcomed everyone. No declarations of interest. AP welcomed Mark Walsh for item 5."])
item(2, "Minutes of the last meeting (14 July 2027) and matters arising",
     ["The minutes were agreed as an accurate record.",
      "Matters arising: all actions are covered in the action log at the end of these minutes. GA confirmed the OT waiting list "
      "validation is complete (see item 4), so 07/27-03 can close. YO reported the DCO annual report was published on 2 September.",
      "PS gave an update on the resourced provision at Hollins Park - still waiting on DfE approval, so the date on the log has been moved."])
item(3, "Inclusion Strategy 2027-2030 - final draft",
     ["PS presented the final draft, which reflects the summer consultation. TE said parents felt listened to, particularly on the "
      "sections on exclusions and part-time timetables. HB felt schools would want more on what 'ordinarily available' means in practice.",
      "The Board APPROVED the Inclusion Strategy 2027-2030 for publication.",
      "The launch event is on 11 November. TE offered to make sure parent carers are involved on the day.",
      "ACTION 09/27-06: TE to arrange for two parent carers to speak at the Inclusion Strategy launch.",
      "It was suggested that a parent could co-chair the strategy's implementation group. This was discussed but not agreed - AP "
      "felt it should come back once the group's ToR are drafted."])
item(4, "Performance and quality",
     ["LP took the Board through the dashboard. 20-week timeliness is 58% for the year to date (national 50.3%). MW noted the "
      "improvement but members asked for a locality view as the North locality looks much worse.",
      "ACTION 09/27-02: LP to add a breakdown of EHCP timeliness by locality to the dashboard.",
      "GA presented the OT waiting list validation: 112 children removed (moved away, discharged or duplicated). The Board thanked the team.",
      "SKe and HB described feedback from the SENCo network on the new Ordinarily Available guidance - mixed, some schools unclear "
      "how it links to the graduated response. Agreed HB and SKe will pull together the network's feedback in writing.",
      "DL updated on the EP traded service. Consultation with schools on the new traded offer opens on 27 September. "
      "DL will circulate the consultation paper to Board members before it opens.",
      "RH to circulate the slides with the minutes."])
item(5, "Home to school transport",
     ["MWa reported that appeals have risen sharply since the policy change in April. The Board wanted to understand whether "
      "appeals were being upheld. MWa will bring figures on appeals upheld at stage 2 to the December Board.",
      "MWa noted that the Council's Cabinet will consider the post-16 transport policy statement in October - that is a Cabinet "
      "decision, not for this Board."])
item(6, "Regional and national",
     ["AP reported on the regional chairs' meeting. There is still no clarity from the Regional Director's office on funding "
      "for SEND units in academies. AP will write to the Regional Director setting out the Board's concerns.",
      "Board NOTED the DfE's update on the SEND and AP Improvement Plan."])
item(7, "AOB", ["None. Next meeting: Wednesday 8 December 2027, 1.30pm."])

p = d.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
sec2 = d.add_section()
sec2.orientation = WD_ORIENT.LANDSCAPE
sec2.page_width, sec2.page_height = sec.page_height, sec.page_width
hh = d.add_paragraph(); rr = hh.add_run("Action Log - SEND Partnership Board (updated 15/09/2027)"); rr.bold = True; rr.font.size = Pt(13)
d.add_paragraph("RAG: Red - overdue; Amber - slipped/at risk; Green - on track; Blue - complete, to be removed from the log at the next meeting")
at = d.add_table(rows=1, cols=6)
at.style = "Table Grid"
for c, txt in zip(at.rows[0].cells, ["Action no.", "Action", "Lead", "By when", "Update", "RAG"]):
    c.text = txt
    for rn in c.paragraphs[0].runs: rn.bold = True
log = [
    ["07/27-03", "Validate the OT waiting list and report back to the Board", "GA", "15/09/2027", "Complete - reported at item 4. Close.", "Blue"],
    ["07/27-05", "Confirm place numbers for the new resourced provision at Hollins Park", "PS", "26/11/2027 (was 15/09/2027)",
     "Awaiting DfE approval of the significant change. Revised date agreed.", "Amber"],
    ["07/27-06", "Publish the DCO annual report 2026/27", "YO", "31/08/2027", "Published 2 Sept. Close.", "Blue"],
    ["09/27-01", "Circulate the EP traded offer consultation paper to Board members", "DL", "24/09/2027", "New", "Green"],
    ["09/27-02", "Add a breakdown of EHCP timeliness by locality to the dashboard", "LP", "Next meeting", "New", "Green"],
    ["09/27-03", "Pull together SENCo network feedback on Ordinarily Available guidance", "HB / SKe", "29/10/2027", "New", "Green"],
    ["09/27-04", "Bring figures on transport appeals upheld at stage 2", "MWa", "December Board", "New", "Green"],
    ["09/27-05", "Write to the Regional Director re funding for SEND units in academies", "AP", "30/09/2027", "New", "Green"],
    ["09/27-06", "Arrange for two parent carers to speak at the Inclusion Strategy launch", "TE", "04/11/2027", "New", "Green"],
]
for row in log:
    cs = at.add_row().cells
    for c, txt in zip(cs, row):
        c.text = txt
d.add_paragraph()
d.add_paragraph("Signed (Chair): ..................................        Date: ..................")
d.save(OUT)
