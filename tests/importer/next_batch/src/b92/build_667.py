"""Builds 667: EHCP timeliness task-and-finish group, notes on the council's table template (docx)."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = "/tmp/b92/667_ninetysecond_ehcp_timeliness_tf_template_notes.docx"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(1.8)
    hp = s.header.paragraphs[0]
    hp.text = "OFFICIAL – SENSITIVE (contains no personal data)    Westmoor Council – SEND Service"
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = "Template: SEND-T&F-notes v3 (May 2026)   Page 1"
    fp.runs[0].font.size = Pt(8)

h = doc.add_paragraph()
r = h.add_run("EHCP Timeliness Task and Finish Group"); r.bold = True; r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
doc.add_paragraph("Meeting notes – meeting 4 of 6")

t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [
    ("Date / time", "Tuesday 9 February 2027, 9.30–11.00"),
    ("Venue", "Teams (Mary in Room 2.14, Civic Centre)"),
    ("Chair", "Mary Walker (Head of SEND) – T&F lead"),
    ("Notes", "Mary Walker – no admin support this time, apologies for brevity"),
    ("Present", "Mary Walker (MW), David Lowe (DL), Liam Porter (LP), Yusuf Okafor (YO), Grace Adeyemi (GA), "
                "Tom Evans (TE, PCF), Ruth Hill (RH), Debbie Clarke (DC, SEND Casework Team Manager)"),
    ("Apologies", "Helen Brooks, Sarah Kent"),
]:
    row = t.add_row().cells
    row[0].text = a; row[1].text = b
    row[0].paragraphs[0].runs[0].bold = True

doc.add_paragraph()
p = doc.add_paragraph(); p.add_run("1. Actions from meeting 3 (12 January)").bold = True
t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ["No.", "Action", "Owner", "Status / update"]):
    c.text = txt; c.paragraphs[0].runs[0].bold = True
for r_ in [
    ("3.1", "Circulate revised draft-plan quality checklist to case officers", "DC", "Done 18/1. Closed."),
    ("3.2", "Health advice tracker to be shared with LP so it can be matched to case list", "YO",
     "Not done – IG sign-off held up at ICB. Still needed. New date agreed: YO to share the health advice tracker with LP by end of Feb (26/2)."),
    ("3.3", "Check whether the EP service can take on the 11 backlogged assessments via locum", "DL",
     "Done – 2 locum EPs started 1 Feb, see item 3. Closed."),
    ("3.4", "PCF to ask parents about the 'waiting' letters", "TE", "Done – feedback at item 4. Closed."),
    ("3.5", "Book the Civic Centre room for the March session", "RH", "Done."),
]:
    cells = t.add_row().cells
    for c, txt in zip(cells, r_):
        c.text = txt

doc.add_paragraph()
p = doc.add_paragraph(); p.add_run("2. Discussion").bold = True
t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ["Item", "Discussion / decision", "Action – who – by when"]):
    c.text = txt; c.paragraphs[0].runs[0].bold = True
rows = [
    ("2. Performance – January",
     "LP: 20-week rate for January was 41% (Dec 37%). Rolling 12 month 44%. Still well below the 60% we promised the Board by July. "
     "Most delay now sits between the decision to issue and the draft plan, not in advice. "
     "Group felt we can't target the fix without seeing where the weeks go.",
     "LP to split the 20-week figure by stage (request > decision > advice > draft > final) – for the next meeting."),
    ("3. EP advice",
     "DL: locums in place (see 3.3), EP advice within 6 weeks now 78%. Quality still variable – some advice not specific enough to write outcomes from. "
     "DC agreed, case officers sending advice back. Agreed a common checklist would help both sides.",
     "DL to draft an EP advice quality checklist, share with DC before using it. Next meeting."),
    ("4. Parent feedback",
     "TE: 23 responses to the PCF quick poll. Main theme – parents don't know where their case is and the 'we are still waiting' letter makes it worse. "
     "Tom proposed publishing the weekly timeliness figure on the Local Offer. Not agreed for now – LP says the numbers swing too much week to week and it will go on the public dashboard in the summer anyway. Tom ok with that but wants it revisited in June.",
     "Noted. No action – revisit when dashboard goes live."),
    ("5. Annual reviews",
     "About a third of amended plans late because review paperwork from special schools arrives after the 2 weeks. "
     "MW will write to the six special school heads to remind them of the timescale and send the new template – before half term. "
     "Q from Sarah Kent (by email): do mainstream schools get the same template? A: yes, it went out in the January SENCo bulletin.",
     "MW – letter to special schools – by 12/2"),
    ("6. Decision-making panel",
     "Agreed to move the EHC needs assessment panel from fortnightly to weekly from 1 March for the rest of the spring term, to clear the decisions backlog. "
     "DC will manage within existing panel membership. YO noted the ICB is running its own audit of health advice returns in March and will report it through the ICB quality committee.",
     "Decision – panel weekly from 1/3."),
    ("7. Therapies advice",
     "GA: SALT advice is the late one (OT fine). Grace offered to send case officers a list of overdue SALT advices each month so they can chase – gratefully accepted.",
     "GA to send monthly list of overdue SALT advices to case officers (ongoing)"),
    ("8. AOB",
     "RH – the March meeting is 9 March but a longer slot is needed for the draft plan deep dive. Ruth to rebook it as a 2.5 hr session and re-send the invite by this Friday.",
     ""),
]
for r_ in rows:
    cells = t.add_row().cells
    for c, txt in zip(cells, r_):
        c.text = txt
for row in t.rows:
    row.cells[0].width = Cm(3); row.cells[1].width = Cm(10); row.cells[2].width = Cm(4.5)

doc.add_paragraph()
doc.add_paragraph("Next meeting: Tuesday 9 March 2027, 9.30 – 12.00 (note longer session), Civic Centre + Teams.")
doc.add_paragraph("MW 9/2 – typed up quickly, shout if I've missed anything.")
doc.save(OUT)
print("wrote", OUT)
