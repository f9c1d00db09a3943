"""Builds 335: a council FOI response letter with redacted minutes (Annex A) as a PDF."""
import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, "/tmp/b44_pylib")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, Table, TableStyle  # noqa: E402

OUT = HERE / "335_fortyfourth_foi_disclosure_redacted_minutes.pdf"
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
S = ParagraphStyle("s", parent=N, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444"))
H = ParagraphStyle("h", parent=N, fontName="Helvetica-Bold", fontSize=11, spaceBefore=8)
T = ParagraphStyle("t", parent=N, fontName="Helvetica-Bold", fontSize=13, alignment=1)
NUM = ParagraphStyle("num", parent=N, leftIndent=12 * mm, firstLineIndent=-12 * mm)
RED = '<font backColor="black" color="white">&nbsp;[Redacted s.40(2)]&nbsp;</font>'


def num(n, text):
    return Paragraph(f"{n}&nbsp;&nbsp;&nbsp;&nbsp;{text}", NUM)


def footer(c, d):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.drawString(20 * mm, 12 * mm, "Westmoor Council | Information Governance Team | FOI-2027-0388 | OFFICIAL")
    c.drawRightString(190 * mm, 12 * mm, f"Page {d.page}")
    c.restoreState()


story = [
    Paragraph("<b>WESTMOOR COUNCIL</b>", ParagraphStyle("l", parent=N, fontSize=16, textColor=colors.HexColor("#1b4f72"))),
    Paragraph("Information Governance Team, Westmoor House, Market Street, Westmoor WM1 2AA<br/>foi@westmoor.gov.uk", S),
    Spacer(1, 8 * mm),
    Paragraph("Our ref: FOI-2027-0388<br/>Date: 12 April 2027", N),
    Paragraph("Sent by email only", N),
    Spacer(1, 4 * mm),
    Paragraph("Dear Requester,", N),
    Paragraph("<b>Freedom of Information Act 2000 - Request for Information</b>", N),
    Paragraph("Thank you for your request received on 15 March 2027, in which you asked for: <i>\"copies of the minutes "
              "of every meeting of the Home to School Transport (SEND) Task and Finish Group held since it was set up, "
              "including any action lists.\"</i>", N),
    Paragraph("The Task and Finish Group has met on two occasions to date. The minutes of the first meeting (11 November 2026) "
              "are already published on the Local Offer website and are therefore exempt under section 21 (information "
              "reasonably accessible by other means); a link is given at the end of this letter. The minutes of the second "
              "meeting, held on 9 December 2026, are enclosed at Annex A.", N),
    Paragraph("Some information has been redacted from Annex A:", N),
    Paragraph("&bull; the names of officers below Head of Service grade and of members of the public, under section 40(2) "
              "(personal information), as disclosure would breach the first data protection principle; and", N),
    Paragraph("&bull; one paragraph concerning rates under negotiation with transport providers, under section 43(2) "
              "(commercial interests). We have considered the public interest test and concluded that the public interest "
              "in maintaining the exemption outweighs that in disclosure while the procurement is live.", N),
    Paragraph("Please note that the minutes record the position at 9 December 2026. Some actions have since been completed; "
              "this letter does not provide an update on progress, as the Act covers recorded information held at the time "
              "of the request only.", N),
    Paragraph("We will publish this response, with personal details removed, on our disclosure log within 20 working days.", N),
    Paragraph("<b>Your right to complain</b>", N),
    Paragraph("If you are dissatisfied with the handling of your request you may ask for an internal review. Requests should "
              "be made within 40 working days of the date of this letter to foi@westmoor.gov.uk. If you remain dissatisfied "
              "after the internal review you may complain to the Information Commissioner's Office, Wycliffe House, "
              "Water Lane, Wilmslow, Cheshire SK9 5AF.", N),
    Paragraph("Yours sincerely,", N),
    Spacer(1, 6 * mm),
    Paragraph("Information Governance Officer<br/>on behalf of Westmoor Council", N),
    Paragraph("Link (11 November 2026 minutes): www.westmoor.gov.uk/localoffer/transport-review", S),
    PageBreak(),
    Paragraph("ANNEX A", T),
    Paragraph("HOME TO SCHOOL TRANSPORT (SEND) TASK AND FINISH GROUP", T),
    Paragraph("Minutes of the meeting held on Wednesday 9 December 2026 at 10.00am, Committee Room 2, Westmoor House", ParagraphStyle("c", parent=N, alignment=1)),
    Spacer(1, 3 * mm),
    Paragraph("<b>Present:</b> Mark Walsh, Head of Transport (Chair); James Whitfield, Assistant Director SEND and Inclusion; "
              f"Tom Evans (TE), Westmoor Parent Carer Forum; Claire Dunmore (CD), SENDIASS; {RED}, Transport Eligibility Officer; "
              f"{RED}, Commissioning Officer; Councillor Bethan Jones (observing).", N),
    Paragraph(f"<b>In attendance:</b> {RED}, Democratic Services (minutes)", N),
    Paragraph("1. Minutes and matters arising", H),
    num("1.1", "The minutes of the meeting held on 11 November 2026 were agreed as a correct record."),
    num("1.2", "Action 4 (revised eligibility decision letter template) - complete; the new template has been in use since 1 December."),
    num("1.3", f"Action 6 (route review data) - not yet complete. {RED} to provide the route-by-route cost analysis by 18 December 2026."),
    Paragraph("2. Draft Post-16 Transport Policy Statement - consultation", H),
    num("2.1", "The group considered the draft Post-16 Transport Policy Statement for 2027/28 and the draft consultation questions."),
    num("2.2", "<b>Agreed</b> that the public consultation will run for eight weeks from 11 January 2027."),
    num("2.3", "The Parent Carer Forum will co-host two online consultation events with the Council. TE to propose dates to the "
               "Chair within ten working days."),
    num("2.4", "The Head of Transport to finalise the consultation document for Cabinet Member sign-off by 5 January 2027."),
    Paragraph("3. Independent travel training (ITT)", H),
    num("3.1", "CD reported that SENDIASS had received 23 enquiries about transport since September, several from families who did not "
               "know that an ITT offer exists."),
    num("3.2", "<b>Agreed</b> that the ITT offer should be described clearly on the Local Offer. The Assistant Director SEND and Inclusion "
               "to ask the Local Offer team to update the page by the consultation launch date."),
    num("3.3", f"CD to share anonymised themes from the SENDIASS enquiries with {RED} by the end of next week."),
    Paragraph("4. Personal Transport Budgets (PTBs)", H),
    num("4.1", '<font backColor="black" color="white">&nbsp;[Paragraph withheld - s.43(2) commercial interests]&nbsp;</font>'),
    num("4.2", f"The Commissioning Officer ({RED}) to bring a comparison of PTB mileage rates with neighbouring authorities to the January meeting."),
    num("4.3", "Councillor Jones asked how the review would be scrutinised. The Chair noted that the Children and Young People "
               "Scrutiny Committee has the transport policy on its work programme for February 2027; that is a matter for the Committee."),
    Paragraph("5. Date of next meeting", H),
    num("5.1", "Wednesday 13 January 2027, 10.00am, Committee Room 2."),
    Spacer(1, 6 * mm),
    Paragraph("Signed (Chair) ...................................... Date ..................", N),
]
doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                        title="FOI-2027-0388 response", author="Westmoor Council Information Governance")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
print("wrote", OUT)
