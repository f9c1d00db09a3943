"""Builds 241_thirtyfirst_nd_pathway_action_log_pdf_table.pdf (action log table spanning pages)."""
import sys
sys.path.insert(0, "/tmp/thirtyfirst_pylib")
from pathlib import Path
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer

SP = int(__import__("os").environ.get("SP", "60"))
OUT = Path(__file__).resolve().parent.parent / "241_thirtyfirst_nd_pathway_action_log_pdf_table.pdf"
ss = getSampleStyleSheet()
cell = ParagraphStyle("c", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12)
head = ParagraphStyle("h", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)

def P(t): return Paragraph(t, cell)

def furniture(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 9)
    c.drawString(15*mm, 200*mm, "OFFICIAL - SENSITIVE")
    c.setFont("Helvetica", 8)
    c.drawRightString(282*mm, 200*mm, "Westmoor Community Health NHS Trust / Westmoor ICB / Westmoor Council")
    c.drawString(15*mm, 8*mm, "ND Pathway Steering Group - Action Log v7 - updated after meeting of 20.05.2027 - Owner: Pathway Programme Office")
    c.drawRightString(282*mm, 8*mm, "Page %d" % d.page)
    c.restoreState()

hdr = [Paragraph(h, head) for h in ["Ref", "Date raised", "Type", "Action / decision", "Lead", "Due", "Update", "Status"]]
rows = [
 ("ND-024", "21/01/27", "A", "Invite the Designated Social Care Officer to join the Steering Group as a core member",
  "Chair", "18/03/27", "DSCO attended from March. Terms of reference updated to reflect this.", "CLOSED"),
 ("ND-025", "21/01/27", "A", "Circulate the refreshed terms of reference for comment (membership, quorum, reporting line to Partnership Board)",
  "RH", "18/03/27", "Circulated 02/02/27. No comments received. ToR adopted at March SG.", "CLOSED"),
 ("ND-026", "21/01/27", "D", "DECISION: SG to report quarterly to the SEND Partnership Board and by exception to the ICB Quality Committee.",
  "-", "-", "Noted. First quarterly report went to Board in March.", "n/a"),
 ("ND-027", "21/01/27", "A", "Produce a single version of the ND waiting list (Trust + CAMHS) so that the SG is looking at one number",
  "LP / Trust BI", "18/03/27", "Single list in place from Feb data. Reconciled figures presented 18/03. <b>Complete.</b>", "CLOSED"),
 ("ND-029", "21/01/27", "A", "Map the pre-assessment support offer available to families while they wait (PCF to test from parent perspective)",
  "TE / SK", "15/04/27", "Map completed and tested at PCF coffee morning 02/04. Results shared at April SG. Feeds into ND-040.", "CLOSED"),
 ("ND-031", "18/03/27", "A", "Share waiting list trajectory with PCF committee", "YO", "15/04/27",
  "Shared 09/04/27 by email, PCF committee discussed 13/04. No further action.", "CLOSED"),
 ("ND-032", "18/03/27", "D", "DECISION: Steering Group agreed that from 1 April all referrals will be triaged using the new joint triage tool (school + GP information). Not an action - recorded for audit trail.",
  "-", "-", "Implemented 01/04/27.", "n/a"),
 ("ND-034", "18/03/27", "A", "Agree a data sharing agreement between the Trust and the council so that pre-assessment support can be offered by the Early Help team",
  "LP / IG leads", "30/04/27<br/><i>Revised 30/06/27</i>", "20/05: Trust IG have comments on the DPIA, second draft out. LP confident of sign off by end June. Date revised at SG.", "OPEN - AMBER"),
 ("ND-036", "18/03/27", "A", "Pilot the school observation form at Riverside Primary (summer term cohort)", "HB", "20/05/27",
  "Pilot complete - 11 forms returned, feedback positive, slight changes to section C. Form now being rolled out (see ND-044).", "CLOSED"),
 ("ND-038", "18/03/27", "A", "Write to GP practices about the referral criteria", "Dr Patel", "15/04/27",
  "Superseded by ND-045 (criteria changed at April SG so letter not sent).", "CLOSED - superseded"),
 ("ND-040", "15/04/27", "A", "Scope a post-diagnostic support offer for families jointly with the Parent Carer Forum, including workshops and peer support, and bring options paper",
  "TE / GA", "July SG", "20/05: first workshop with parents held 12/05, notes with GA. Options paper being written. On track.", "OPEN - GREEN"),
 ("ND-041", "15/04/27", "S", "Standing item: report number of CYP waiting over 52 weeks for assessment", "LP", "Each meeting",
  "20/05: 214 (Apr 231). Standing report - remains on agenda, not tracked as an action.", "STANDING"),
 ("ND-042", "15/04/27", "A", "Confirm locum paediatrician sessions for June", "Dr Patel", "20/05/27",
  "Sessions confirmed - 6 extra clinics in June.", "CLOSED"),
 ("ND-043", "20/05/27", "A", "Draft the neurodevelopmental pathway information leaflet for families with the Parent Carer Forum (what happens after referral, how long, who to contact while waiting). Easy read version to follow later - not part of this action.",
  "Kerry Lang (PCF Champion)", "01/07/27", "New", "OPEN - NEW"),
 ("ND-044", "20/05/27", "A", "Circulate the revised referral form (with amended section C from the Riverside pilot) to all SENCOs via the SENCo network bulletin",
  "DL", "04/06/27", "New", "OPEN - NEW"),
 ("ND-045", "20/05/27", "A", "Issue the updated referral criteria letter to all GP practices in Westmoor, co-signed by the DCO, explaining the joint triage tool and that referrals without school information will be returned. Letter to be checked by PCF for tone before it goes. Copy to practice managers and to the LMC. Include the link to the Local Offer page and the SPA phone number. Note: practices in the north locality have asked for a short briefing session too; this is being considered by the ICB primary care team separately and is NOT part of this action.",
  "Dr Anita Patel", "18/06/27", "New. (Replaces ND-038.)", "OPEN - NEW"),
 ("ND-046", "20/05/27", "A", "Confirm ICB funding for the additional assessment clinics from September (recurrent or non-recurrent)", "YO", "July SG", "New", "OPEN - NEW"),
 ("ND-047", "20/05/27", "A", "Add a pathway update to the Local Offer 'waiting well' page, using the wording agreed at today's meeting", "Ruth H", "11/06/27", "New", "OPEN - NEW"),
 ("ND-048", "20/05/27", "A", "Escalate the waiting times risk (risk ref SEND-R14) to the SEND Partnership Board as a red risk", "Chair (AP)", "Board 24/06/27", "New", "OPEN - NEW"),
 ("ND-049", "20/05/27", "D", "DECISION: School-age and under-5s pathways to remain separate for 2027/28. To be reviewed next year. Not an action.", "-", "-", "-", "n/a"),
 ("ND-050", "20/05/27", "A", "Check whether the Trust can share clinic letters with SENCOs with parental consent", "GA", "20/05/27",
  "Raised and answered in meeting - yes, with consent via the new form. Closed at meeting.", "CLOSED"),
]
data = [hdr] + [[P(x) for x in r] for r in rows]
widths = [17*mm, 19*mm, 11*mm, 78*mm, 28*mm, 20*mm, 70*mm, 24*mm]
t = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
t.setStyle(TableStyle([
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#005EB8")),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))

title = ParagraphStyle("t", parent=ss["Title"], fontSize=14, alignment=0)
intro = [
    Paragraph("Neurodevelopmental (ND) Pathway Steering Group - Action and Decision Log", title),
    Paragraph("Meeting: Thursday 20 May 2027, 14:00-16:00, MS Teams. Chair: Anne Price. Log maintained by the Pathway Programme Office. "
              "Type: A = action, D = decision, S = standing item. Closed actions remain in the log for one further meeting and are then archived. "
              "Due 'July SG' = next Steering Group, Thursday 15 July 2027.", cell),
    Spacer(1, 4),
    Paragraph("Present: Anne Price (Chair), Yusuf Okafor (DCO, ICB), Grace Adeyemi (Head of Children's Therapies), Dr Anita Patel (Consultant Community Paediatrician), "
              "David Lowe (Principal EP), Liam Porter (Data and Performance), Tom Evans (PCF co-chair), Kerry Lang (PCF Parent Champion), Helen Brooks (SENCo, Riverside Primary), "
              "Ruth Hill (notes). Apologies: Mary Walker, Sarah Khan.", cell),
    Spacer(1, SP),
]
doc = SimpleDocTemplate(str(OUT), pagesize=landscape(A4), leftMargin=15*mm, rightMargin=15*mm, topMargin=14*mm, bottomMargin=14*mm,
                        title="ND Pathway SG Action Log v7")
doc.build(intro + [t], onFirstPage=furniture, onLaterPages=furniture)
print(OUT)
