import sys
sys.path.insert(0, "/tmp/b52_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "388_fiftysecond_governing_board_full_minutes_action_grid.pdf")
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", spaceBefore=8, spaceAfter=3)
title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16, alignment=1)
sub = ParagraphStyle("s", parent=body, alignment=1)
cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")


def furniture(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.drawString(20 * mm, 287 * mm, "Riverside Primary School - Full Governing Board - 10.03.27 - DRAFT until approved")
    c.drawString(20 * mm, 12 * mm, "Signed .................................... (Chair)      Date ....................")
    c.drawRightString(190 * mm, 12 * mm, "Page %d" % doc.page)
    c.restoreState()


s = []
P = lambda t, st=body: s.append(Paragraph(t, st))
P("RIVERSIDE PRIMARY SCHOOL", title)
P("Minutes of the Meeting of the Full Governing Board", sub)
P("held on Wednesday 10 March 2027 at 6.00 pm in the school library", sub)
s.append(Spacer(1, 6))
P("<b>Present:</b> Mr D Ashworth (Chair) (DA); Mrs N Khan (Headteacher) (NK); Mrs P Osei (Link Governor for SEND) (PO); "
  "Mr K Thorne (Chair of Resources Committee) (KT); Mr R Baines (Parent Governor) (RB); Ms L Grant (Staff Governor) (LG)")
P("<b>In attendance:</b> Mrs H Brooks, SENCo (HB) (item 6 only); Mrs J Farrell (Clerk)")
P("<b>Apologies:</b> Mrs A Lister (Co-opted) - consent given. The meeting was quorate.")
P("The meeting opened at 6.02 pm.")

P("1. WELCOME AND APOLOGIES", h)
P("The Chair welcomed governors. Apologies from Mrs Lister were received and accepted.")
P("2. DECLARATIONS OF INTEREST", h)
P("None declared in relation to agenda items. RB noted that his child is on the SEN register; governors agreed this was not a pecuniary interest and RB could remain for item 6.")
P("3. MINUTES OF THE PREVIOUS MEETING (9 December 2026)", h)
P("The minutes were <b>approved</b> as an accurate record and signed by the Chair.")
P("4. MATTERS ARISING AND ACTION LOG", h)
P("Governors reviewed the action log (see action grid appended). Actions 2 and 4 are complete. Action 3 is withdrawn. "
  "Action 1 is carried forward: the monitoring visit had to be postponed because of staff illness.")
P("5. HEADTEACHER'S REPORT", h)
P("NK presented her report, circulated in advance. Overall attendance 94.6%; attendance of pupils with EHCPs 91.2% (Action 2 from December). "
  "Persistent absence is concentrated in Year 4.")
P("<i>Q: A governor asked whether the gap for EHCP pupils was linked to medical appointments. "
  "A: NK said around a third of the absence was authorised medical and therapy appointments; the school is talking to families about after-school slots where possible.</i>")
P("NK reported that one pupil's EHC needs assessment has now exceeded the 20-week timescale. Governors were concerned. "
  "NK will write to the Head of SEND at Westmoor Council setting out the impact on the pupil and asking for a date, by Friday 19 March. "
  "The pupil was not named in the meeting.")
P("6. SEND UPDATE AND SEN INFORMATION REPORT 2027", h)
P("HB joined the meeting. She reported 61 pupils on SEN support (14.8%) and 9 with EHCPs (2.2%). Speech, language and communication remains the largest area of primary need.")
P("<i>Q: PO asked why the number on SEN support in Reception had doubled since last year. "
  "A: HB said this reflected earlier identification following the EY SENCo training; she would want to look at the trend across all year groups before drawing conclusions.</i>")
P("Governors asked for a fuller breakdown. HB agreed to provide a breakdown of SEN support pupils by year group and primary need, "
  "with comparison to 2026, for the next meeting.")
P("<i>Q: KT asked whether the LA's planned changes to top-up funding would affect the budget. "
  "A: HB said the LA intends to revise its top-up bands from September and is consulting schools until 30 April; the impact cannot be modelled until the new bands are published.</i>")
P("Governors <b>RESOLVED</b> to approve the SEN Information Report 2027. NK to ensure it is published on the school website. HB left the meeting at 6.48 pm.")
P("7. FINANCE", h)
P("KT summarised the month 10 budget monitoring. Forecast in-year surplus of &#163;8,400. The accessibility plan works (ramp to the KS2 entrance, "
  "hearing loop in the hall) have not yet been costed. KT will review the accessibility plan costings with the School Business Manager and take them to Resources Committee.")
P("8. POLICIES", h)
P("The following were <b>approved</b>: Supporting Pupils with Medical Conditions; Accessibility Plan 2027-2030 (approved in principle, subject to costings - see item 7). "
  "The Charging and Remissions policy was deferred to the May meeting.")
P("9. GOVERNOR TRAINING", h)
P("PO recommended the NGA Learning Link module on SEND to all governors. It was <b>agreed</b> that every governor would complete it and let the Clerk know once done, so it can be recorded on GovernorHub.")
P("10. SAFEGUARDING", h)
P("No matters to report. The Single Central Record check was carried out by DA on 2 March.")
P("11. ANY OTHER BUSINESS", h)
P("The Clerk asked that SEND be added as a standing item on every FGB agenda going forward; agreed. "
  "RB reported that the Parent Carer Forum coffee morning he was due to attend in February was cancelled by the forum, so that action falls away.")
P("12. DATE OF NEXT MEETING", h)
P("Wednesday 12 May 2027 at 6.00 pm, school library.")
P("The meeting closed at 7.41 pm.")
s.append(PageBreak())

P("ACTION GRID", title)
s.append(Spacer(1, 6))
rows = [
    ["No.", "Meeting", "Action", "Responsible", "Timescale", "Status"],
    ["1", "09.12.26", "Chair and SEND link governor to carry out SEND monitoring visit (focus: reviews of SEN support plans)", "DA / PO", "Spring term", "Carried forward - visit now booked for Thurs 18 March"],
    ["2", "09.12.26", "Present attendance data for pupils with EHCPs to FGB", "NK", "March FGB", "Complete - item 5"],
    ["3", "09.12.26", "Governor to attend PCF coffee morning and report back", "RB", "Feb", "Withdrawn - event cancelled"],
    ["4", "09.12.26", "Update governor skills audit and circulate", "Clerk", "Jan", "Complete"],
    ["5", "10.03.27", "Publish approved SEN Information Report 2027 on school website", "NK", "Before Easter break (school closes Thurs 25 March)", "New"],
    ["6", "10.03.27", "Breakdown of SEN support pupils by year group and primary need, with comparison to 2026", "HB", "Next FGB", "New"],
    ["7", "10.03.27", "Review accessibility plan costings with SBM; report to Resources Committee", "KT", "End of Summer 1 (28 May)", "New"],
    ["8", "10.03.27", "Complete NGA Learning Link SEND module and notify Clerk", "All governors", "30.04.27", "New"],
    ["9", "10.03.27", "Add SEND as a standing item on FGB agenda", "Clerk", "Next FGB", "New"],
]
data = [[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)]
t = Table(data, colWidths=[10 * mm, 17 * mm, 58 * mm, 26 * mm, 28 * mm, 31 * mm], repeatRows=1)
t.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
    ("BACKGROUND", (0, 2), (-1, 4), colors.HexColor("#eeeeee")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))
s.append(t)
s.append(Spacer(1, 8))
P("Completed and withdrawn actions will be removed from the grid once these minutes are approved.", cell)

SimpleDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                  title="FGB minutes 10 March 2027", author="Clerk to Governors").build(s, onFirstPage=furniture, onLaterPages=furniture)
print(OUT)
