"""Health and SEND sub-group action log (PDF), as updated at the sub-group of 20 October 2027. Owners are job titles and teams."""
import sys, textwrap
sys.path.insert(0, "/tmp/b98/pylib")
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

OUT = "/tmp/b98/715_ninetyeighth_health_subgroup_action_log.pdf"
W, H = A4
cols = [("Ref", 48, 9), ("Raised", 48, 9), ("Action", 150, 32), ("Owner", 95, 20), ("Due", 55, 11),
        ("Update 20/10/27", 135, 29), ("Status", 45, 9)]
rows = [
    ["H/27/08", "14/07/27", "Confirm recruitment to the Designated Medical Officer post", "ICB Deputy Director of Nursing", "Sept",
     "Dr S Iqbal started as DMO on 1 October. Closed.", "Closed"],
    ["H/27/10", "14/07/27", "Send results of the health advice quality audit to the SEND Partnership Board",
     "DCO", "December Board", "Audit complete (38 plans). Report being written - will go to December Board as planned.", "Open"],
    ["H/27/11", "14/07/27", "Agree standard wording for health sections of EHC plans", "DMO / DCO", "30/09/27",
     "Wording agreed with SEND team 28/09. Propose to close.", "Propose close"],
    ["H/27/13", "15/09/27", "Update the medical conditions in school guidance for schools", "School Nursing (0-19 team)",
     "14/01/28 (was 31/10/27)", "Awaiting the national guidance refresh. Revised date agreed today.", "Open"],
    ["H/27/14", "15/09/27", "Review SALT caseload allocation across the three special schools",
     "Head of Children's Therapies", "30/11/27", "Started. Data pull from RiO requested, due early Nov.", "Open"],
    ["H/27/15", "15/09/27", "Pilot a joint paediatric and EP clinic for under-5s",
     "Community Paediatrics (Dr Patel) with EP service", "31/01/28",
     "Room at Hollins Children's Centre agreed. First clinic pencilled for w/c 10 Jan.", "Open"],
    ["H/27/18", "20/10/27", "Provide waiting time data for CYP with EHCPs on the CAMHS caseload",
     "CAMHS Service Manager (NELFT)", "Next meeting", "New.", "New"],
    ["H/27/19", "20/10/27", "Circulate the revised ND pathway specification for comment",
     "ICB Commissioning team", "12/11/27", "New. Comments to come back within 2 weeks.", "New"],
    ["H/27/20", "20/10/27", "Add health items to the Partnership Board forward plan",
     "Partnership Business Support", "-", "New - standing item on health advice timeliness suggested.", "New"],
    ["H/27/21", "20/10/27", "NHSE regional SEND health workshop (spring 2028)", "NHS England (regional team)", "-",
     "For info - NHSE's own programme, invitations will come from them.", "Info"],
    ["H/27/22", "20/10/27", "Single point of access for all children's therapies", "-", "-",
     "Idea raised by PCF. Discussed; the Trust will look at it as part of its own 2028/29 service review. Not a sub-group action.",
     "Not taken forward"],
]

c = canvas.Canvas(OUT, pagesize=A4)
x0, LH, TOP, BOT = 25, 11, H - 130, 60
state = {"pg": 1}

def header(first):
    c.setFont("Helvetica-Bold", 12)
    c.drawString(x0, H - 40, "Westmoor Health and SEND Sub-group - Action Log")
    c.setFont("Helvetica", 8)
    c.drawString(x0, H - 54, "As at meeting of Wednesday 20 October 2027 (Teams). Chair: Designated Clinical Officer, Westmoor ICB.")
    if first:
        c.drawString(x0, H - 66, "Attended: DCO (chair), Head of Children's Therapies, Community Paediatrics, CAMHS (NELFT), ICB Commissioning,")
        c.drawString(x0, H - 76, "School Nursing, SEND team (Head of SEND), PCF. Apologies: Designated Medical Officer, Public Health.")
    c.setFont("Helvetica-Bold", 7.5)
    x = x0
    for name, w, _ in cols:
        c.drawString(x + 1, H - 112, name)
        x += w
    c.line(x0, H - 117, W - 25, H - 117)
    c.setFont("Helvetica", 7)
    c.drawString(x0, 30, "Health & SEND Sub-group | action log | OFFICIAL")
    c.drawRightString(W - 25, 30, f"Page {state['pg']}")

header(True)
y = TOP
c.setFont("Helvetica", 7.5)
for r in rows:
    wrapped = [textwrap.wrap(t, cw) or [""] for t, (_, _, cw) in zip(r, cols)]
    n = max(len(w) for w in wrapped)
    if y - n * LH < BOT:
        c.showPage(); state["pg"] += 1; header(False); y = TOP; c.setFont("Helvetica", 7.5)
    for i in range(n):
        x = x0
        for w, (_, cw, _) in zip(wrapped, cols):
            if i < len(w):
                c.drawString(x + 1, y, w[i])
            x += cw
        y -= LH
    c.setLineWidth(0.3)
    c.line(x0, y + 4, W - 25, y + 4)
    y -= 10
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(x0, y - 10, "Next meeting: Wednesday 15 December 2027. Updates to the sub-group admin (ICB) by 8 December please.")
c.save()
