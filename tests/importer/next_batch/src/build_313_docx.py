"""Builds 313_fortyfirst_chair_brief_post_meeting_annotations.docx: the secretary's
pre-meeting Chair's Brief for the SEND Partnership Board, with the chair's
post-meeting annotations typed into the last column afterwards."""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "313_fortyfirst_chair_brief_post_meeting_annotations.docx"

doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
for side in ("left_margin", "right_margin"):
    setattr(sec, side, Cm(1.6))
sec.top_margin = sec.bottom_margin = Cm(1.5)

st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(9.5)

hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL - CHAIR'S BRIEF - NOT FOR CIRCULATION TO BOARD MEMBERS"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].font.size = Pt(8)
hp.runs[0].bold = True
fp = sec.footer.paragraphs[0]
fp.text = ("Brief prepared by RH 10/06/27 from the agenda pack. Post-meeting column typed by RH 16/06/27 from AP's "
           "handwritten notes - AP to check before the draft minutes go out.")
fp.runs[0].font.size = Pt(7.5)

t = doc.add_paragraph()
r = t.add_run("Westmoor SEND Partnership Board - Tuesday 15 June 2027, 13:30-16:00")
r.bold = True
r.font.size = Pt(14)
t2 = doc.add_paragraph()
r = t2.add_run("Chair's Brief for Anne Price (AP), Independent Chair - with post-meeting annotations")
r.italic = True
r.font.size = Pt(11)

doc.add_paragraph(
    "Venue: Committee Room 3, Westmoor Civic Centre (hybrid). Quorum is 6 including one each from LA, health and "
    "PCF. Papers went out 8 June; item 5 paper was late (tabled).")

doc.add_paragraph().add_run("Who's who (initials used in this brief)").bold = True
who = doc.add_table(rows=1, cols=3)
who.style = "Table Grid"
hdr = who.rows[0].cells
hdr[0].text, hdr[1].text, hdr[2].text = "Initials", "Name / role", "Attending?"
for row in [
    ("AP", "Anne Price - Independent Chair", "Yes"),
    ("RH", "Ruth Hill - Partnership Business Support Officer (brief author, notes)", "Yes"),
    ("PS", "Priya Shah - Director of Education", "Yes (left 15:20)"),
    ("MW", "Mary Walker - Head of SEND", "Yes"),
    ("YO", "Yusuf Okafor - Designated Clinical Officer, ICB", "Yes"),
    ("GA", "Grace Adeyemi - Head of Children's Therapies, Community Health Trust", "Teams"),
    ("TE", "Tom Evans - PCF co-chair", "Yes"),
    ("SK", "Sarah Khan - Participation Officer (NB not Sarah Kent)", "Yes"),
    ("HB", "Helen Brooks - SENCo, Riverside Primary (schools rep)", "Yes"),
    ("DL", "David Lowe - Principal Educational Psychologist", "Yes"),
    ("LP", "Liam Porter - Data and Performance Manager", "Yes"),
    ("SKe", "Sarah Kent - School Improvement Adviser (item 6 only)", "Yes, item 6"),
    ("CC", "Cllr Colin Marsh - Lead Member, Children's Services (observer)", "Sent apologies"),
]:
    c = who.add_row().cells
    for i, v in enumerate(row):
        c[i].text = v

doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("How to read this brief: ").bold = True
p.add_run("columns 2-4 were written BEFORE the meeting as suggestions for the Chair and were not necessarily "
          "raised. The right-hand column (\u2018AFTER\u2019) records what actually happened, from AP's notes. "
          "Only the AFTER column should be used for the action log.")

main = doc.add_table(rows=1, cols=5)
main.style = "Table Grid"
widths = [Cm(3.2), Cm(6.2), Cm(5.6), Cm(4.0), Cm(7.4)]
heads = ["Item / lead / time", "Background & key points (RH)", "Suggested questions / lines for Chair",
         "Outcome sought", "AFTER - what happened (AP notes, typed RH)"]
for i, h in enumerate(heads):
    cell = main.rows[0].cells[i]
    cell.text = h
    cell.paragraphs[0].runs[0].bold = True
    cell.width = widths[i]

rows = [
    ("1. Welcome, apologies, declarations\nAP, 13:30 (5 mins)",
     "Apologies: Cllr Marsh; James Whitfield (AD) on leave - PS covering. No declarations expected. Remember to "
     "welcome HB as new schools rep.",
     "Welcome HB. Check if anyone needs to declare an interest on item 6 (HB's school has an SRP).",
     "Quorate; interests recorded.",
     "Quorate. HB declared interest on item 6 (Riverside SRP). No other declarations."),
    ("2. Minutes & action log\nAP / RH, 13:35 (10 mins)",
     "12 actions on the log: 9 complete, 2 on track, 1 overdue (A-31 PCF survey write-up, TE/SK - overdue because the "
     "survey closed late).",
     "Ask TE/SK for a new date for A-31 - or propose it is closed and superseded by item 5.",
     "Minutes agreed; log updated.",
     "Minutes of 16 March agreed with one correction (p.3, 'HB' should read 'HBr'). A-31 closed - superseded by "
     "item 5. Others as per log."),
    ("3. EHCP timeliness\nMW, 13:45 (30 mins)",
     "20-week timeliness 41% (rolling 12m) v. national ~50%. EP advice delays main driver (DL). Backlog of 186 "
     "assessments. DfE letter expected. Paper 3 has no trajectory.",
     "Ask MW: when will we be at 60%? What does month by month look like? Could suggest a task & finish group "
     "with PCF?",
     "Board sees a realistic recovery trajectory.",
     "Long discussion - TE very challenging re families waiting 40+ weeks. MW to bring a month-by-month recovery "
     "trajectory to 60% (to March 2028) to the September board. T&F group idea NOT taken forward - MW said the "
     "EHC hub already does this. PS noted extra EP sessions already funded from May (reported, not new)."),
    ("4. Health update - therapies waits\nYO / GA, 14:15 (20 mins)",
     "SALT waits 34 weeks (5-11s). Trust data doesn't split by age for OT. YO wants to escalate to ICB quality "
     "committee.",
     "Line: Board wants to see waits split by age band and by EHCP / no EHCP. Ask YO if he'll write to the Trust.",
     "Agreement on the data the Board needs.",
     "GA said Trust can do the split but needs a formal request. YO to write to the Trust requesting SALT and OT "
     "waiting list data split by age band and EHCP status - by 2 July. GA - note she'd prefer it goes via the Trust's "
     "info governance lead (YO fine with that)."),
    ("5. PCF annual survey 2027 (tabled)\nTE / SK, 14:35 (20 mins)",
     "412 responses (up from 290). Top 3 issues: communication from EHC team, transport, therapy waits. Paper "
     "asks Board to 'commit to a you said, we did'.",
     "Thank the PCF! Ask who will own the 'you said we did' - suggest SK as participation lead?",
     "Board commits to a public response.",
     "Board agreed to publish a response (decision). SK to draft the 'you said, we did' summary for families "
     "with TE, by end of term (Wed 21 July). TE asked for it to go on the Local Offer AND in the PCF newsletter - "
     "agreed. HB suggested schools could share it too - no action, HB will just share it when it's out."),
    ("6. High needs & inclusion - SRP expansion\nPS / SKe, 14:55 (25 mins)",
     "Schools Forum on 8 July will consider the high needs block deficit recovery plan. Board may want to give a "
     "view. HB conflict (see item 1).",
     "Should the Chair write to the Schools Forum chair on behalf of the Board? Check members are content.",
     "Board view conveyed to Schools Forum.",
     "Members content for AP to write to the Schools Forum chair setting out the Board's view on the high needs "
     "block pressures (inclusion & SRP places) - needs to be with Forum clerk by 1 July when papers go out. "
     "PS had sent suggested wording before the meeting - AP to use it. HB did not take part in this item."),
    ("7. Risk register\nRH, 15:20 (15 mins)",
     "Two proposed changes: new risk on transport capacity (Sept intake); re-score R6 (workforce - EP) from 12 to 16.",
     "Check board agrees both. Transport - who owns it? (Mark Walsh not a member.)",
     "Register updated.",
     "Both agreed. RH to update the risk register - add transport capacity as new risk R14 (owner: PS's "
     "directorate; Transport already reporting to PS monthly) and re-score R6 to 16 - and recirculate with the "
     "draft minutes."),
    ("8. Data dashboard\nLP, 15:35 (10 mins)",
     "Q4 dashboard. Last time GA and HB asked for the Excel version so they can filter by school / locality.",
     "Nothing to add - just make sure LP has done the Excel.",
     "Noted.",
     "Noted. LP apologised - Excel version still not sent. LP to send the dashboard Excel data pack to GA and HB "
     "this week."),
    ("9. AOB\nAP, 15:45",
     "None notified. DL may raise the EP traded service changes.",
     "If DL raises EP traded service - suggest it comes to a future meeting properly.",
     "-",
     "DL raised the EP traded service changes for schools from Sept. Agreed DL will present the EP traded offer "
     "changes as a full item at the September board. Date of next meeting: Tue 14 September 2027, 13:30 - note "
     "this was moved from 21 Sept."),
]
for row in rows:
    cells = main.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
        cells[i].width = widths[i]
        if i == 4:
            for rn in cells[i].paragraphs[0].runs:
                rn.font.color.rgb = RGBColor(0x1F, 0x3B, 0x8C)
                rn.italic = True

doc.add_paragraph()
doc.add_paragraph().add_run("Post-meeting notes from AP (not for the minutes)").bold = True
for line in [
    "Meeting ran 20 mins over - item 3 needs more time in September, consider 45 mins.",
    "TE's challenge on item 3 was fair; make sure the minutes reflect the parent voice properly.",
    "PS left before item 7 - she is fine with the transport risk, confirmed by text.",
    "Not reached: the co-production charter refresh (was to be under AOB) - defer to September.",
]:
    doc.add_paragraph(line, style="List Bullet")

doc.save(OUT)
print("wrote", OUT)
