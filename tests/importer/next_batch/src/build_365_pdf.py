"""Builds 365_fortyeighth_extraordinary_board_noted_agreed_actions.pdf"""
import sys
sys.path.insert(0, "/tmp/b48_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, HRFlowable

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "365_fortyeighth_extraordinary_board_noted_agreed_actions.pdf")
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=6)
lab = ParagraphStyle("l", parent=body, fontName="Times-Bold", spaceBefore=4, spaceAfter=2)
ind = ParagraphStyle("i", parent=body, leftIndent=1 * cm, firstLineIndent=-0.6 * cm, spaceAfter=3)
h = ParagraphStyle("h", parent=body, fontName="Times-Bold", fontSize=12, spaceBefore=10, spaceAfter=4)
ctr = ParagraphStyle("c", parent=body, alignment=1)
ctrb = ParagraphStyle("cb", parent=ctr, fontName="Times-Bold", fontSize=14, leading=18)


def deco(c, d):
    c.saveState()
    c.setFont("Times-Italic", 8)
    c.drawString(2.2 * cm, 1.3 * cm, "Westmoor SEND Partnership Board \u2013 Extraordinary meeting 24 March 2027 \u2013 "
                 "minutes subject to approval")
    c.drawRightString(A4[0] - 2.2 * cm, 1.3 * cm, str(d.page))
    c.restoreState()


s = []
s.append(Paragraph("WESTMOOR SEND PARTNERSHIP BOARD", ctrb))
s.append(Paragraph("EXTRAORDINARY MEETING", ctr))
s.append(Paragraph("Minutes of the extraordinary meeting held on Wednesday, 24 March 2027 at 10.00 am "
                   "in the Council Chamber, Westmoor Civic Centre (hybrid)", ctr))
s.append(HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceBefore=4, spaceAfter=8))
s.append(Paragraph("<b>PRESENT:</b> Anne Price (Independent Chair, in the Chair); Mary Walker; Priya Shah; "
                   "Yusuf Okafor; Grace Adeyemi; Tom Evans; Helen Brooks; David Lowe; Sarah Khan; Liam Porter.", body))
s.append(Paragraph("<b>ALSO IN ATTENDANCE:</b> James Whitfield (Assistant Director, SEND and Inclusion); Kerry Lang "
                   "(Parent Champion, Westmoor PCF); Councillor Bethan Jones (observing, as Chair of the Children and "
                   "Young People Scrutiny Committee).", body))
s.append(Paragraph("<b>OFFICERS:</b> Gareth Pugh (Democratic Services Officer, clerk); Ruth Hill (Partnership "
                   "Business Support Officer).", body))
s.append(Paragraph("<i>The meeting was called by the Chair under paragraph 6.3 of the Board's terms of reference to "
                   "consider a single substantive item before the Easter break.</i>", body))

s.append(Paragraph("EB/27/1&nbsp;&nbsp;&nbsp;APOLOGIES AND DECLARATIONS OF INTEREST", h))
s.append(Paragraph("There were no apologies. No interests were declared.", body))

s.append(Paragraph("EB/27/2&nbsp;&nbsp;&nbsp;OUTSTANDING ACTION FROM THE MEETING OF 18 MARCH 2027", h))
s.append(Paragraph("The Chair explained that only one action from the ordinary meeting of 18 March was relevant to "
                   "today's business. Yusuf Okafor reported that the paper on the interim support offer for families "
                   "waiting for a neurodevelopmental assessment depends on the ICB investment case, which the ICB "
                   "Board will consider on 14 April.", body))
s.append(Paragraph("ACTION:", lab))
s.append(Paragraph("\u2022&nbsp;&nbsp;Yusuf Okafor to present the interim support offer paper to the April Board.", ind))

s.append(Paragraph("EB/27/3&nbsp;&nbsp;&nbsp;LOCAL AREA SEND SELF-EVALUATION 2027", h))
s.append(Paragraph("Mary Walker introduced version 6 of the self-evaluation, which had been shaped by two PCF "
                   "workshops, the youth forum and the Network of SEND Champions. The Chair confirmed that she had "
                   "already shared the draft with Councillor Jones, as Chair of Scrutiny, on 19 March.", body))
s.append(Paragraph("Tom Evans said the section on families' experience read as more positive than the PCF's own "
                   "survey would support, particularly on communication from the casework team, and asked that the "
                   "wording reflect the survey. Liam Porter explained that the timeliness data in the draft ran only to "
                   "the end of January. Councillor Jones asked how the Board would know whether the improvements "
                   "described were felt by families; the Chair said the tribunal and family experience measures added to the "
                   "dashboard in January were intended to answer exactly that.", body))
s.append(Paragraph("The Board NOTED:", lab))
s.append(Paragraph("(i)&nbsp;&nbsp;the draft self-evaluation (version 6) and the engagement that had informed it; and", ind))
s.append(Paragraph("(ii)&nbsp;&nbsp;that the DfE SEND adviser has asked to receive the final version before the "
                   "Easter holidays end.", ind))
s.append(Paragraph("The Board AGREED:", lab))
s.append(Paragraph("(i)&nbsp;&nbsp;that the self-evaluation be approved, subject to the amendments set out below; and", ind))
s.append(Paragraph("(ii)&nbsp;&nbsp;that final sign-off of the amended version be delegated to the Chair and the "
                   "Director of Education.", ind))
s.append(Paragraph("ACTIONS:", lab))
s.append(Paragraph("(a)&nbsp;&nbsp;Liam Porter to refresh the 20-week timeliness data to February month-end, by "
                   "31 March.", ind))
s.append(Paragraph("(b)&nbsp;&nbsp;Mary Walker to submit the revised self-evaluation to the DfE SEND adviser within "
                   "five working days.", ind))
s.append(Paragraph("(c)&nbsp;&nbsp;Tom Evans and Kerry Lang to run a parent focus group on the self-evaluation "
                   "summary, by 16 April.", ind))
s.append(Paragraph("(d)&nbsp;&nbsp;Board members to send any final comments on the easy read version to Sarah Khan "
                   "by noon on Thursday 25 March.", ind))

s.append(Paragraph("EB/27/4&nbsp;&nbsp;&nbsp;NEURODEVELOPMENTAL PATHWAY \u2013 FUNDING GAP", h))
s.append(Paragraph("Yusuf Okafor and Grace Adeyemi outlined the gap between current assessment capacity and demand. "
                   "The ICB Board will consider the investment case on 14 April; the outcome is a decision for the ICB.", body))
s.append(Paragraph("The Board AGREED:", lab))
s.append(Paragraph("that the Board supports the ICB investment case for additional assessment capacity.", ind))
s.append(Paragraph("ACTION:", lab))
s.append(Paragraph("\u2022&nbsp;&nbsp;The Chair to write to the ICB Chief Executive setting out the Board's support "
                   "and its concern about the funding gap.", ind))

s.append(Paragraph("EB/27/5&nbsp;&nbsp;&nbsp;PUBLICATION", h))
s.append(Paragraph("Members agreed that families should be able to read a summary of the self-evaluation.", body))
s.append(Paragraph("ACTION:", lab))
s.append(Paragraph("\u2022&nbsp;&nbsp;Ruth Hill to publish the summary of the self-evaluation on the Local Offer "
                   "within 10 working days.", ind))

s.append(Spacer(1, 10))
s.append(Paragraph("The meeting closed at 11.20 am.", body))
s.append(Spacer(1, 18))
s.append(Paragraph("CHAIR ______________________________", body))

SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                  bottomMargin=2.2 * cm, title="SPB extraordinary meeting 24 March 2027",
                  author="Democratic Services").build(s, onFirstPage=deco, onLaterPages=deco)
print("wrote", OUT)
