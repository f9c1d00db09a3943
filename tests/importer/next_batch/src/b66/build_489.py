"""489: Federation governing board SEND & Inclusion Committee minutes (PDF): numbered minutes ending in
'ACTION: <initials>', and a summary action table at the end (on page 2)."""
import sys
sys.path.insert(0, "/tmp/b66/pylib"); sys.path.insert(0, "/tmp/b66/src")
from pdfhelp import numbered_canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = "/tmp/b66/489_sixtysixth_federation_send_committee_minutes_pdf_action_summary.pdf"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=10.5, leading=13, spaceAfter=4)
num = ParagraphStyle("n", parent=body, leftIndent=28, firstLineIndent=-28)
h = ParagraphStyle("h", parent=body, fontName="Times-Bold", fontSize=11, spaceBefore=6, spaceAfter=3)
title = ParagraphStyle("t", parent=body, fontName="Times-Bold", fontSize=13, leading=16, alignment=1)
cst = ParagraphStyle("c", parent=body, fontSize=9.5, leading=11.5, spaceAfter=0)
cbs = ParagraphStyle("cb", parent=cst, fontName="Times-Bold")


def furniture(c, page, total):
    c.saveState(); c.setFont("Times-Italic", 8.5)
    c.drawString(2 * cm, A4[1] - 1.2 * cm, "The Riverside and Hollybank Federation - Governing Board")
    c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "SEND & Inclusion Committee - 23 February 2027")
    c.drawString(2 * cm, 1.1 * cm, "Draft minutes - to be approved at the next meeting of the committee")
    c.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"Page {page} of {total}")
    c.drawCentredString(A4[0] / 2, 1.1 * cm, "Signed (Chair) ............")
    c.restoreState()


P = Paragraph
A = lambda ini: f" <b>ACTION: {ini}</b>"
s = [
    P("THE RIVERSIDE AND HOLLYBANK FEDERATION", title),
    P("Minutes of the SEND &amp; Inclusion Committee of the Governing Board held on Tuesday 23 February 2027 at "
      "5.30 pm in the staff room, Riverside Primary School", ParagraphStyle("st", parent=body, alignment=1)),
    Spacer(1, 4),
    P("<b>Present:</b> Mrs Alison Clarke (AC), co-opted governor, Chair; Mr Rashid Begum (RB), parent governor; "
      "Mrs Nadia Khan (NK), Executive Headteacher; Ms Joanne Pike (JP), staff governor; Revd Martin Hale (MH), "
      "foundation governor."),
    P("<b>In attendance:</b> Mrs Helen Brooks (HB), SENCo, Riverside; Mr Dan Ellis (DE), SENCo, Hollybank; "
      "Mrs Pauline Daley, Clerk to Governors (Clerk)."),
    P("<b>Apologies:</b> Mr Joseph Osei (accepted)."),
    P("1. Welcome, apologies and quoracy", h),
    P("1.1&nbsp;&nbsp;The Chair opened the meeting at 5.32 pm. Apologies were received and accepted from Mr Osei "
      "(work commitments). The meeting was quorate (five of six committee members present).", num),
    P("2. Declarations of business and pecuniary interests", h),
    P("2.1&nbsp;&nbsp;RB declared that his child attends Hollybank and is on the SEN register; he would leave the "
      "meeting if any individual pupil were discussed. No other declarations.", num),
    P("3. Minutes of the meeting held on 10 November 2026", h),
    P("3.1&nbsp;&nbsp;The minutes were agreed as an accurate record and signed by the Chair.", num),
    P("4. Matters arising and action log", h),
    P("4.1&nbsp;&nbsp;Action 1 (HB to update the SEN information report on both websites): complete; AC has checked "
      "both websites.", num),
    P("4.2&nbsp;&nbsp;Action 2 (AC to carry out the SEND link governor visit to Hollybank): the January visit was "
      "cancelled because of the snow closure, and AC is now unable to visit this term because of work commitments. "
      "RB agreed to carry out the SEND link visit at Hollybank instead, before the end of the spring term (Thursday "
      "25 March)." + A("RB"), num),
    P("4.3&nbsp;&nbsp;Action 3 (NK to report on the local authority's SEND Inclusion Fund): covered at item 6.", num),
    P("5. SENCo reports", h),
    P("5.1&nbsp;&nbsp;HB presented the Riverside report: 58 pupils on SEN support (14.6%), 11 pupils with an EHC "
      "plan and 2 EHC needs assessments pending, one now at week 17.", num),
    P("5.2&nbsp;&nbsp;<i>Q: How does the progress of pupils on SEN support compare with their peers?</i> "
      "<i>A:</i> Autumn data shows 61% of SEN support pupils making expected progress in reading against 78% of all "
      "pupils; the gap is widest in Years 3 and 4. Governors asked HB to provide the breakdown by year group for "
      "the summer term meeting." + A("HB"), num),
    P("5.3&nbsp;&nbsp;DE presented the Hollybank report: 24 pupils on SEN support and 3 with an EHC plan. Nine "
      "pupils have waited more than a year for NHS speech and language therapy. The school already buys one day a "
      "fortnight of traded speech and language therapy.", num),
    P("5.4&nbsp;&nbsp;MH asked whether the Federation should write to the NHS Trust about the waits. After "
      "discussion governors agreed that, rather than write separately, NK would raise speech and language therapy "
      "waiting times at the Primary Heads' Forum on 4 March." + A("NK"), num),
    P("6. Local authority update: SEND Inclusion Fund", h),
    P("6.1&nbsp;&nbsp;NK reported that the local authority's new SEND Inclusion Fund replaces top-up banding for "
      "pupils on SEN support from April 2027. Applications for summer term funding close on 12 March 2027. NK will "
      "submit Inclusion Fund applications for the eight pupils identified (six at Riverside, two at Hollybank) by "
      "the local authority deadline." + A("NK"), num),
    P("6.2&nbsp;&nbsp;AC asked whether the local authority would review SEND provision. NK said that Sarah Kent, the "
      "School Improvement Adviser, had offered a SEND peer review in the summer term. Governors agreed to accept the "
      "offer. AC to write to Sarah Kent to confirm the Federation's request within two weeks." + A("AC"), num),
    P("7. Accessibility plan 2027-2030", h),
    P("7.1&nbsp;&nbsp;The committee reviewed the draft plan. Amendments: add the hearing loop for the Hollybank hall; "
      "correct the review date to February 2030.", num),
    P("7.2&nbsp;&nbsp;The committee AGREED to recommend the amended plan to the Full Governing Board. The Clerk to "
      "send the amended plan to the Full Governing Board for ratification by the March meeting (16/03/27)."
      + A("Clerk"), num),
    P("8. Governor training", h),
    P("8.1&nbsp;&nbsp;The Chair reminded the committee that only three of the nine governors have completed SEND "
      "training. All governors to complete the NGA Learning Link 'SEND for governors' module by the end of the "
      "spring term." + A("All governors"), num),
    P("9. Parent voice", h),
    P("9.1&nbsp;&nbsp;HB reported on the parent survey: parents of children on SEN support would like more "
      "information about the Local Offer and SENDIASS. HB to invite Westmoor Parent Carer Forum to hold a coffee "
      "morning at Riverside in the summer term." + A("HB"), num),
    P("9.2&nbsp;&nbsp;JP suggested a termly SEND newsletter for parents. Governors agreed to revisit this in the "
      "autumn term once the coffee morning has taken place.", num),
    P("10. Any other business", h),
    P("10.1&nbsp;&nbsp;AC raised lunchtime supervision for pupils with EHC plans at Hollybank. This will be picked up "
      "at the Full Governing Board under the Executive Headteacher's report.", num),
    P("11. Date of next meeting", h),
    P("11.1&nbsp;&nbsp;Tuesday 8 June 2027 at 5.30 pm, Hollybank Primary School. The meeting closed at 7.05 pm.", num),
    Spacer(1, 8),
    P("Summary of actions", h),
]
rows = [
    ["No.", "Min.", "Action", "Owner", "Deadline"],
    ["1", "4.2", "SEND link governor visit to Hollybank (re-assigned from AC)", "RB", "End of spring term"],
    ["2", "5.2", "Progress of SEN support pupils compared with peers - breakdown by year group", "HB",
     "Summer term meeting (08/06/27)"],
    ["3", "5.4", "Raise SaLT waiting times at the Primary Heads' Forum", "NK", "04/03/27"],
    ["4", "6.1", "SEND Inclusion Fund applications (8 pupils)", "NK", "12/03/27"],
    ["5", "6.2", "Letter to Sarah Kent (SIA) accepting the SEND peer review", "AC", "Within 2 weeks"],
    ["6", "7.2", "Amended accessibility plan to FGB for ratification", "Clerk", "16/03/27"],
    ["7", "8.1", "NGA Learning Link SEND module", "All governors", "End of spring term"],
    ["8", "9.1", "Invite the PCF to hold a coffee morning at Riverside", "HB", "Summer term"],
]
data = [[P(c, cbs if i == 0 else cst) for c in r] for i, r in enumerate(rows)]
t = Table(data, colWidths=[1.0 * cm, 1.2 * cm, 9.0 * cm, 2.6 * cm, 3.2 * cm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E7E6E6")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
s.append(t)
doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
doc.build(s, canvasmaker=numbered_canvas(furniture))
print("wrote", OUT)
