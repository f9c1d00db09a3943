"""Builds 397: Executive response to a scrutiny task and finish group's recommendations (agenda pack appendix)."""
import sys
sys.path.insert(0, "/tmp/b53_pylib")

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "397_fiftythird_scrutiny_tfg_executive_response_recommendations.pdf")
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=8.5, leading=10.5)
bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontSize=14)
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontSize=11)

PAGE0 = 41  # agenda pack page numbering


def furniture(canvas, doc):
    canvas.saveState()
    w, h = landscape(A4)
    canvas.setFont("Helvetica", 8)
    canvas.drawString(15 * mm, h - 10 * mm, "Appendix B")
    canvas.drawRightString(w - 15 * mm, h - 10 * mm, "Children and Young People Scrutiny Committee - 15 March 2027 - Item 7")
    canvas.drawCentredString(w / 2, 8 * mm, f"Page {PAGE0 + doc.page - 1}")
    canvas.restoreState()


def P(t, s=body):
    return Paragraph(t, s)


story = [
    P("WESTMOOR COUNCIL", bold),
    P("Children and Young People Scrutiny Committee: SEND Home to School Transport Task and Finish Group", h1),
    P("Executive Response and Action Plan", h2),
    P("The Task and Finish Group's final report was agreed by the Children and Young People Scrutiny Committee on "
      "18 January 2027 and referred to Cabinet. Cabinet considered the recommendations on 23 February 2027 and "
      "agreed the responses set out below. The Committee is asked to note the Executive's response and to agree "
      "that progress against the accepted recommendations is reported back to the Committee in six months.", body),
    Spacer(1, 3 * mm),
    P("Report author: Mark Walsh, Head of Transport. Cabinet Member: Councillor Rosa Hussain, Cabinet Member for "
      "Children's Services. Task and Finish Group chair: Councillor Bethan Jones.", body),
    Spacer(1, 4 * mm),
]

head = ["No.", "Recommendation of the Task and Finish Group", "Response", "Executive response / action to be taken",
        "Lead officer", "Target date"]
rows = [
    ("R1", "That the Council publishes a clear, plain English post-16 transport policy statement, co-produced with "
           "young people and the Parent Carer Forum.",
     "Accepted",
     "A draft statement will be co-produced with the Youth Forum and the PCF during the spring term. Publish the "
     "post-16 transport policy statement following the statutory consultation period.",
     "Head of Transport", "28 May 2027"),
    ("R2", "That independent travel training is offered to every young person in Year 10 and above with an EHC "
           "plan where it is appropriate.",
     "Partially accepted",
     "Universal offer is not affordable in 2027/28. The Preparing for Adulthood Lead will expand independent travel "
     "training to a further 60 young people in Years 11 to 13 and evaluate outcomes.",
     "Preparing for Adulthood Lead", "30 September 2027"),
    ("R3", "That Personal Transport Budget rates are increased in line with fuel costs.",
     "Not accepted",
     "PTB rates were reviewed and uplifted by 9% in April 2026. A further review will take place as part of the "
     "normal annual fees and charges process; no separate action is proposed.",
     "-", "-"),
    ("R4", "That a Parent Carer Forum representative is invited to observe the transport appeals panel.",
     "Accepted - already implemented",
     "A PCF representative has observed the stage 2 appeals panel since January 2027.",
     "Head of Transport", "Complete"),
    ("R5", "That the Council lobbies Government to update the statutory post-16 transport guidance.",
     "Accepted",
     "The Cabinet Member for Children's Services will write to the Secretary of State for Education setting out "
     "the Committee's concerns and the local evidence.",
     "Cabinet Member for Children's Services (supported by AD SEND and Inclusion)", "16 April 2027"),
    ("R6", "That the Committee receives regular data on transport complaints, appeals and journey times.",
     "Accepted",
     "Report quarterly on transport complaints, appeals and journey times to the Committee. First report to the "
     "Committee's July 2027 meeting.",
     "Data and Performance Manager", "July 2027 meeting"),
    ("R7", "That the Council appoints a dedicated SEND transport coordinator to work with families and schools.",
     "Partially accepted",
     "Funding is not available within the 2027/28 budget. The Assistant Director will scope the costs and benefits "
     "of a dedicated SEND transport coordinator role and report options to the Cabinet Member.",
     "Assistant Director, SEND and Inclusion", "30 July 2027"),
    ("R8", "That the ICB reviews transport to health appointments for children attending special schools.",
     "For NHS Westmoor ICB",
     "Response from NHS Westmoor ICB: the ICB notes the recommendation and will consider it at its Quality and "
     "Performance Committee in June 2027. The ICB will write to the Committee with its response.",
     "ICB (not a Council action)", "June 2027 (ICB)"),
    ("R9", "That families are given clear written information about how to appeal a transport decision.",
     "Accepted",
     "Co-produce a short guide to transport appeals with SENDIASS and the PCF, published on the Local Offer.",
     "Participation Officer", "30 June 2027"),
]
data = [[P(h, bold) for h in head]] + [[P(c) for c in r] for r in rows]
tbl = Table(data, colWidths=[12 * mm, 62 * mm, 28 * mm, 95 * mm, 40 * mm, 28 * mm], repeatRows=1)
tbl.setStyle(TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))
story += [tbl, Spacer(1, 5 * mm)]
story += [
    P("Recommendation to the Committee", h2),
    P("That the Committee (a) notes the Executive's response to recommendations R1 to R9; (b) notes that "
      "recommendation R8 is a matter for NHS Westmoor ICB; and (c) requests a progress report on the accepted "
      "recommendations in September 2027.", body),
    Spacer(1, 3 * mm),
    P("Background papers: SEND Home to School Transport Task and Finish Group final report (January 2027); Cabinet "
      "minutes 23 February 2027, minute 112.", body),
]
SimpleDocTemplate(OUT, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm,
                  bottomMargin=15 * mm, title="Appendix B - Executive Response",
                  author="Democratic Services").build(story, onFirstPage=furniture, onLaterPages=furniture)
print("wrote", OUT)
