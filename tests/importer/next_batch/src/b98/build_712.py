"""PDF print of the Accelerated Progress Plan tracker (landscape, rows break over pages), APP board 12 January 2028."""
import sys, textwrap
sys.path.insert(0, "/tmp/b98/pylib")
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

OUT = "/tmp/b98/712_ninetyeighth_printed_app_tracker.pdf"
W, H = landscape(A4)
cols = [("Ref", 35, 6), ("Action", 215, 40), ("Owner", 120, 20), ("Milestone date", 80, 14),
        ("Progress update (12/01/2028)", 270, 48), ("Status", 60, 11)]
rows = [
    ["1.1", "Agree a single quality assurance framework for EHC plans across education, health and care",
     "Mary Walker (Head of SEND)", "31/10/2027",
     "Framework agreed at APP board Oct 2027 and in use since November. Complete - remove from next print.", "Complete"],
    ["1.2", "Re-audit a sample of 40 EHC plans for the quality of health advice and feed back to the Trust",
     "Designated Clinical Officer", "31/03/2028",
     "Sample of 40 drawn by LP before Christmas. Audit tool agreed with Trust. Audit days booked for Feb.", "On track"],
    ["1.4", "Deliver graduated response training to the remaining 22 primary schools not yet trained",
     "School Improvement (S Kent)", "25/02/2028",
     "14 of 22 schools trained by end of autumn term. Remaining 8 schools have dates in January and February; two schools "
     "(Oakfield Jnr and St Mary's RC) have cancelled twice and SK is escalating to the headteachers. Attendance data to "
     "be added to the dashboard from Feb. Risk that the last sessions slip past the milestone if the cancellations continue.",
     "At risk"],
    ["2.1", "Publish revised Local Offer pages for post-16 options and supported internships",
     "PfA Lead (Owen Reid)", "30/11/2027", "Published 26/11/2027. Feedback from youth panel positive.", "Complete"],
    ["2.3", "Co-produce the annual review toolkit with the PCF and test it in 3 schools",
     "PCF (Tom Evans / Kerry Lang)", "28/02/2028",
     "Draft toolkit produced with reference group. Testing in Riverside, Hollins Park and St Aidan's delayed to Feb as "
     "schools asked to avoid the Christmas period. Revised milestone agreed by APP board today.",
     "Slipped"],
    ["3.1", "Recruit two additional EHC coordinators to clear the needs assessment backlog",
     "Mary Walker", "29/02/2028",
     "Posts advertised 6 January, closing 21 January. Interviews w/c 31 January. Agency cover in place until start.",
     "On track"],
    ["3.2", "Monthly report of 20-week timeliness to the APP board",
     "Data & Performance (Liam Porter)", "Monthly",
     "Now business as usual - reported monthly on the dashboard. Propose to close as an APP action.", "Complete"],
    ["4.1", "DfE SEND adviser stocktake visit (for info)",
     "DfE", "15/03/2028",
     "Date set by DfE. The adviser will review progress against all APP actions. No action for partners beyond usual evidence.",
     "For info"],
    ["4.2", "Commission an independent review of SEND tribunal trends and outcomes",
     "AD SEND & Inclusion (James Whitfield)", "31/03/2028",
     "Specification drafted and signed off. To go out to quote by end of January; award by early March.", "On track"],
    ["4.3", "Share SENDIASS case themes with the APP board every quarter",
     "SENDIASS (Claire Dunmore)", "Next APP board",
     "New action from today. First report to cover Oct-Dec 2027.", "New"],
]

c = canvas.Canvas(OUT, pagesize=(W, H))
LH = 15
TOP = H - 95
BOT = 180
x0 = 30
npages = int(sys.argv[1]) if len(sys.argv) > 1 else 2

def header(pg):
    c.setFont("Helvetica-Bold", 12)
    c.drawString(x0, H - 35, "Westmoor Local Area SEND - Accelerated Progress Plan (APP) tracker")
    c.setFont("Helvetica", 8)
    c.drawString(x0, H - 50, "Printed from APP_tracker_v14.xlsx on 12/01/2028 for the APP board of Wednesday 12 January 2028. Uncontrolled when printed.")
    c.drawRightString(W - 30, H - 35, "OFFICIAL")
    x = x0
    c.setFont("Helvetica-Bold", 8)
    c.line(x0, H - 68, W - 30, H - 68)
    for name, w, _ in cols:
        c.drawString(x + 2, H - 80, name)
        x += w
    c.line(x0, H - 85, W - 30, H - 85)
    c.setFont("Helvetica", 7)
    c.drawString(x0, 25, "Westmoor SEND Partnership - APP tracker")
    c.drawRightString(W - 30, 25, f"Page {pg} of {npages}")

pg = 1
header(pg)
y = TOP
c.setFont("Helvetica", 10)
for r in rows:
    wrapped = [textwrap.wrap(txt, cw) or [""] for txt, (_, _, cw) in zip(r, cols)]
    n = max(len(w) for w in wrapped)
    for i in range(n):
        if y < BOT:
            c.showPage(); pg += 1; header(pg); y = TOP; c.setFont("Helvetica", 10)
        x = x0
        for w, (_, cwid, _) in zip(wrapped, cols):
            if i < len(w):
                c.drawString(x + 2, y, w[i])
            x += cwid
        y -= LH
    c.setLineWidth(0.3)
    c.line(x0, y + LH - 3, W - 30, y + LH - 3)
    y -= 14
# fill remaining pages so the "of" count is right
c.setFont("Helvetica-Oblique", 8)
c.drawString(x0, y - 10, "Tracker reviewed and updated at APP board 12/01/2028 - RH. Next print after APP board in February.")
c.save()
print(pg)
