import sys
sys.path.insert(0, "/tmp/b94/pylib"); sys.path.insert(0, "/tmp/b94/src")
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
import lab
STEM = "686_ninetyfourth_executive_group_action_log_printed"
st = ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=10)
sb = ParagraphStyle("b", parent=st, fontName="Helvetica-Bold")
h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=12, leading=15)
def P(t, s=st): return Paragraph(t, s)
hdr = ["No.", "Mtg", "Action", "Owner", "Due", "Status", "Comment"]
rows = [
 ["27/14", "05/05", "Review of EHCP quality audit tool", "DL", "07/07/27", "Closed", "Revised tool in use from June."],
 ["27/16", "05/05", "PS to brief Lead Member on high needs deficit position", "PS", "02/06/27", "Complete", "Briefed 26/5."],
 ["27/17", "05/05", "Map post-16 provision gaps by need type", "OR", "30/09/27", "Open", "On track for Sept. No change."],
 ["27/19", "02/06", "Claire Dunmore to provide SENDIASS case themes Q1", "CD", "15/09/27 (was 07/07)", "Open - RE-DATED",
  "Data system migration at SENDIASS. Re-dated at 7/7 meeting."],
 ["27/20", "02/06", "Transfer: capacity of OT service for special schools", "Health SG", "-", "Transferred", "Health Sub-group owns this now. Remove from log."],
 ["27/21", "07/07", "Sarah Khan to run summer survey with young people at holiday clubs", "Sarah Khan", "end of Aug", "New", "Use the easy read version. Tom offered PCF help."],
 ["27/22", "07/07", "LP to reconcile SEN2 return with case management system", "LP", "23/07/27", "New", ""],
 ["27/23", "07/07", "RH to book venue for autumn SENCo conference", "RH", "ASAP", "New", "Nov date preferred. HB to suggest speakers if she can (not an action)."],
 ["27/24", "07/07", "Mark Walsh to attend Sept exec re transport policy consultation", "MWa", "Sept mtg", "New", ""],
 ["27/25", "07/07", "Nadia Khan to share Riverside's inclusion base model note", "NK", "end of term (21/07)", "New", "Via HB"],
 ["27/26", "07/07", "NOTED: DSG management plan submitted to DfE 30/6", "-", "-", "For info", "Decision/noting only."],
 ["27/27", "07/07", "Proposal to pool therapy budgets 2028/29", "-", "-", "Not agreed", "Needs ICB Board view first; may come back in Nov."],
]
widths = [14*mm, 13*mm, 95*mm, 20*mm, 30*mm, 28*mm, 72*mm]
data = [[P(x, sb) for x in hdr]] + [[P(x) for x in r] for r in rows]
t = Table(data, colWidths=widths, repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (5, 4), (5, 4), colors.HexColor("#FFEB9C"))]))
def deco(c, d):
    c.saveState(); c.setFont("Helvetica", 7)
    c.drawString(15*mm, 200*mm, "OFFICIAL")
    c.drawRightString(282*mm, 200*mm, "Printed 08/07/2027 09:14  \\\\wcc-fs02\\SEND\\Exec\\Action log 2027.xlsx")
    c.drawCentredString(148*mm, 8*mm, f"Page {d.page}")
    c.restoreState()
doc = SimpleDocTemplate(f"/tmp/b94/{STEM}.pdf", pagesize=landscape(A4), leftMargin=12*mm, rightMargin=12*mm, topMargin=14*mm, bottomMargin=14*mm,
                        title="Action log 2027", author="rhill")
story = [P("SEND Partnership Executive Group - Action Log", h),
         P("Log as at meeting of Wednesday 7 July 2027. Chair: Anne Price. Next meeting: Wednesday 15 September 2027.", st),
         P("Present: AP, MW, PS, YO, TE, HB, DL, SKh, LP, RH (notes). Apologies: GA, Sarah Kent.", st), Spacer(1, 4*mm), t,
         Spacer(1, 4*mm), P("Closed items will be removed from the log after the September meeting. Owners - please update RH by 8 Sept.", st)]
doc.build(story, onFirstPage=deco, onLaterPages=deco)

lab.write(STEM, "2027-07-07",
 "A spreadsheet action log printed to PDF (landscape, OFFICIAL marking, file path and print time in the header) for the SEND Partnership Executive Group, as at its meeting on Wednesday 7 July 2027 (next meeting Wednesday 15 September 2027). Traps: 27/14 closed, 27/16 complete; 27/17 (OR) open 'No change' so not labelled; 27/20 transferred to the Health Sub-group; 27/26 a noting; 27/27 a proposal not agreed; Tom's offer of PCF help and HB suggesting speakers ('not an action') not labelled; the footer reminder to update RH is a general duty. Labelled: 27/19 re-dated at this meeting to 15/09/27, and new 07/07 rows 27/21-27/25. Owners from the Owner column (Sarah Khan, LP, RH, MWa, NK; CD for Claire Dunmore). Dates: 15/09/27 = 2027-09-15; 'end of Aug' = Tuesday 31 August 2027 (Monday 30 August is a bank holiday, so the last working day); 23/07/27 = 2027-07-23; 'ASAP' = null; 'Sept mtg' = next meeting; 'end of term (21/07)' = 2027-07-21.",
 [("Claire Dunmore to provide SENDIASS case themes", "CD", "Claire Dunmore", "2027-09-15"),
  ("Sarah Khan to run summer survey with young people", "Sarah Khan", "Sarah Khan", "2027-08-31"),
  ("LP to reconcile SEN2 return with", "LP", "Liam Porter", "2027-07-23"),
  ("RH to book venue for autumn SENCo", "RH", "Ruth Hill", None),
  ("Mark Walsh to attend Sept exec", "MWa", "Mark Walsh", "next meeting"),
  ("Nadia Khan to share Riverside's inclusion base", "NK", "Nadia Khan", "2027-07-21")])
