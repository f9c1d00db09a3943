"""646: council committee-system minutes PDF (Public Document Pack: cover + agenda, then minutes, action log split over pages)."""
from common import OUT, write_labels
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

STEM = "646_eightyninth_committee_system_board_minutes"

body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
num = ParagraphStyle("n", parent=body, leftIndent=28, firstLineIndent=-28)
h = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=11, leading=15, spaceBefore=8, spaceAfter=4)
title = ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=6)
centre = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
small = ParagraphStyle("s", fontName="Helvetica", fontSize=8.5, leading=10.5)
smallb = ParagraphStyle("sb", parent=small, fontName="Helvetica-Bold")


def cover_page(c, doc):
    c.saveState()
    c.setFont("Helvetica-Bold", 20)
    c.drawString(20 * mm, 275 * mm, "Public Document Pack")
    c.setLineWidth(2)
    c.line(20 * mm, 272 * mm, 190 * mm, 272 * mm)
    c.restoreState()


def minutes_page(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.drawRightString(190 * mm, 287 * mm, "SEND Partnership Board - 10 March 2027")
    c.drawString(20 * mm, 12 * mm, "Chair's initials ..........")
    c.drawCentredString(105 * mm, 12 * mm, f"Page {doc.page}")
    c.drawRightString(190 * mm, 12 * mm, "Agenda Item 3")
    c.restoreState()


doc = BaseDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=22 * mm, title="Minutes - SEND Partnership Board 10 March 2027",
                      author="Democratic Services")
frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
doc.addPageTemplates([PageTemplate("cover", [frame], onPage=cover_page),
                      PageTemplate("mins", [frame], onPage=minutes_page)])

s = []
P = lambda t, st=body: s.append(Paragraph(t, st))
s.append(Spacer(1, 14 * mm))
P("Westmoor Council", title)
P("SEND Partnership Board", title)
P("Date: Wednesday, 10th March, 2027", centre)
P("Time: 2.00 pm", centre)
P("Venue: Committee Room 2, County Hall, Westmoor", centre)
s.append(Spacer(1, 6 * mm))
P("Contact: Ruth Hill, Partnership Business Support Officer<br/>Tel: 01632 960412 &nbsp; Email: send.partnership@westmoor.gov.uk", centre)
s.append(Spacer(1, 8 * mm))
P("<b>Membership:</b> Anne Price (Independent Chair), Priya Shah, Mary Walker, David Lowe, Liam Porter, Sarah Khan "
  "(Westmoor Council); Yusuf Okafor (Westmoor ICB); Grace Adeyemi (Westmoor Community Health NHS Trust); Tom Evans "
  "(Westmoor Parent Carer Forum); Helen Brooks (Riverside Primary School, primary SENCo representative).", body)
s.append(Spacer(1, 4 * mm))
P("AGENDA", h)
agenda = [["1.", "Apologies for absence and substitutions", ""],
          ["2.", "Declarations of interest", ""],
          ["3.", "Minutes of the previous meeting held on 13 January 2027", "1 - 6"],
          ["4.", "Local Area SEND Inspection - self-evaluation update<br/><i>Report of the Director of Education</i>", "7 - 18"],
          ["5.", "EHCP timeliness - quarter 3 performance report<br/><i>Data and Performance Manager</i>", "19 - 26"],
          ["6.", "Health update (ICB and Community Health Trust)", "Verbal"],
          ["7.", "Home to School Transport (SEN) - update<br/><i>Head of Transport</i>", "27 - 30"],
          ["8.", "Network of SEND Champions - progress", "Verbal"],
          ["9.", "Any other business and date of next meeting", ""]]
t = Table([[Paragraph(a, body), Paragraph(b, body), Paragraph(c, body)] for a, b, c in agenda],
          colWidths=[12 * mm, 128 * mm, 30 * mm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
s.append(t)
s.append(Spacer(1, 6 * mm))
P("<i>This agenda and the reports are available in large print or other formats on request. Parts of this meeting may "
  "be recorded.</i>", small)
s.append(NextPageTemplate("mins"))
s.append(PageBreak())

P("WESTMOOR COUNCIL", centre)
P("MINUTES of a meeting of the SEND Partnership Board held at Committee Room 2, County Hall, Westmoor on Wednesday, "
  "10 March 2027 at 2.00 pm", body)
P("<b>Present:</b> Anne Price (Independent Chair); Priya Shah (Director of Education); Mary Walker (Head of SEND); "
  "David Lowe (Principal Educational Psychologist); Liam Porter (Data and Performance Manager); Sarah Khan "
  "(Participation Officer); Yusuf Okafor (Designated Clinical Officer, Westmoor ICB); Grace Adeyemi (Head of "
  "Children's Therapies, Westmoor Community Health NHS Trust); Tom Evans (Co-chair, Westmoor Parent Carer Forum).", body)
P("<b>Also in attendance:</b> Mark Walsh (Head of Transport) for minute 24; Ruth Hill (Partnership Business Support "
  "Officer, clerk).", body)

P("18. APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", h)
P("Apologies were received from Helen Brooks (Riverside Primary School) and from Councillor Bethan Jones, who had "
  "asked to observe. There were no substitutions.")
P("19. DECLARATIONS OF INTEREST", h)
P("Tom Evans declared a personal interest in minute 24 as the parent of a child who uses SEN transport. He remained "
  "in the room and took part in the discussion.")
P("20. MINUTES OF THE PREVIOUS MEETING", h)
P("<b>RESOLVED</b> - That the minutes of the meeting held on 13 January 2027 be confirmed as a correct record and "
  "signed by the Chair.")
P("20.1&nbsp;&nbsp;&nbsp;Matters arising. The Chair confirmed that the letter to the Regional Director about "
  "specialist place funding had been sent on 2 February 2027 (minute 9 refers). Liam Porter confirmed that the "
  "EHCP dashboard had been shared with members on 4 February (minute 11(b) refers). Both actions are closed.", num)

P("21. LOCAL AREA SEND INSPECTION - SELF-EVALUATION UPDATE", h)
P("21.1&nbsp;&nbsp;&nbsp;The Director of Education introduced the report, which set out the updated self-evaluation "
  "(SEF) against the area SEND inspection framework and the five strongest and five weakest areas identified by "
  "the partnership workshops held in February.", num)
P("21.2&nbsp;&nbsp;&nbsp;Members discussed the grading of the 'identification of needs' section. Grace Adeyemi felt "
  "the therapy waiting times were understated. Yusuf Okafor said the ICB would provide updated figures.", num)
P("21.3&nbsp;&nbsp;&nbsp;Tom Evans asked that parents see the self-evaluation before it was finalised. Mary Walker "
  "undertook to send the draft SEF to Tom Evans by Friday 19 March 2027 so that the Parent Carer Forum "
  "steering group could comment.", num)
P("<b>RESOLVED</b> - (a) That the update be noted. (b) That the final SEF be brought to the June meeting for "
  "sign-off by the Board.")

P("22. EHCP TIMELINESS - QUARTER 3 PERFORMANCE REPORT", h)
P("22.1&nbsp;&nbsp;&nbsp;Liam Porter presented the report. 41% of new EHCPs in quarter 3 were issued within 20 weeks "
  "(quarter 2: 38%; England average 2025: 46%). The number of open assessments past 20 weeks stood at 212.", num)
P("22.2&nbsp;&nbsp;&nbsp;David Lowe reported that 78% of educational psychology advice was now returned within six "
  "weeks, up from 55% in the autumn, following the use of locum psychologists.", num)
P("22.3&nbsp;&nbsp;&nbsp;Tom Evans said that many families were not told when their plan would be late. It was "
  "agreed that the SEND Casework Team would write to all families whose assessment is past 20 weeks, giving the "
  "reason and an expected date, by the end of the month.", num)
P("22.4&nbsp;&nbsp;&nbsp;Tom Evans proposed that the Board publish the timeliness figures monthly on the Local "
  "Offer. Members felt monthly figures would be too volatile to be useful and the proposal was not agreed. The "
  "Board agreed instead that quarterly figures be published with a short commentary, and asked Liam Porter "
  "to publish Q3 figures on the Local Offer before Easter.", num)
P("<b>RESOLVED</b> - That the report be noted.")

P("23. HEALTH UPDATE", h)
P("23.1&nbsp;&nbsp;&nbsp;Yusuf Okafor reported that 1,340 children and young people were waiting for a "
  "neurodevelopmental assessment. The award of the new ADHD assessment contract is a decision for the ICB "
  "Board on 24 March 2027 and was not a matter for this Board. Yusuf to circulate the ICB's waiting list recovery "
  "trajectory to members within two weeks.", num)
P("23.2&nbsp;&nbsp;&nbsp;Grace Adeyemi reported that the two speech and language therapist posts reported vacant in "
  "January had been filled and the postholders started on 1 March. The January action is therefore closed.", num)

P("24. HOME TO SCHOOL TRANSPORT (SEN) - UPDATE", h)
P("24.1&nbsp;&nbsp;&nbsp;Mark Walsh, Head of Transport, updated members on the re-tendering of SEN routes and the "
  "parent survey, which closed on 26 February with 611 responses. The Board noted that the Children and Young "
  "People Scrutiny Committee will consider the transport policy on 22 March 2027.", num)
P("24.2&nbsp;&nbsp;&nbsp;Members asked for complaints to be broken down by route type. Mark Walsh agreed to bring "
  "the parent transport survey results, with the complaints breakdown, to the June Board.", num)

P("25. NETWORK OF SEND CHAMPIONS - PROGRESS", h)
P("25.1&nbsp;&nbsp;&nbsp;Sarah Khan reported that 34 Champions had now been recruited, 21 of them parents or carers. "
  "Champions had asked for more on life after school. Sarah Khan agreed to arrange a Champions' session on "
  "preparing for adulthood with Owen Reid during the summer term.", num)

P("26. ANY OTHER BUSINESS", h)
P("26.1&nbsp;&nbsp;&nbsp;The Chair reminded members that items for the 2027/28 forward plan should be sent to the "
  "clerk. Ruth Hill to update the forward plan and circulate it with these minutes.", num)
P("27. DATE OF NEXT MEETING", h)
P("Wednesday 9 June 2027 at 2.00 pm, Committee Room 2, County Hall.")
s.append(Spacer(1, 6 * mm))
P("The meeting commenced at 2.00 pm and concluded at 4.12 pm")
s.append(Spacer(1, 4 * mm))
P("Chair ................................................&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
  "Date ..................................")
s.append(Spacer(1, 6 * mm))
P("ACTION LOG - SEND PARTNERSHIP BOARD", h)
P("New actions arising from the meeting on 10 March 2027 and actions from previous meetings. Status as at 12 March 2027.", small)

rows = [["Ref", "Min.", "Action", "Owner", "Due", "Status"],
        ["PB-27-14", "21.3", "Send draft SEF to PCF (Tom Evans) for comment", "Mary Walker", "19/03/2027", "Open"],
        ["PB-27-15", "21(b)", "Final SEF to Board for sign-off", "Priya Shah", "09/06/2027", "Open"],
        ["PB-27-16", "22.3", "Letters to families with assessments over 20 weeks", "SEND Casework Team", "31/03/2027", "Open"],
        ["PB-27-17", "22.4", "Quarterly timeliness figures on Local Offer (Q3)", "Liam Porter", "25/03/2027", "Open"],
        ["PB-27-18", "23.1", "ND waiting list recovery trajectory to members", "Yusuf Okafor", "24/03/2027", "Open"],
        ["PB-27-19", "24.2", "Transport survey results and complaints by route type", "Mark Walsh", "09/06/2027", "Open"],
        ["PB-27-20", "25.1", "Champions PfA session with Owen Reid", "Sarah Khan", "Summer term", "Open"],
        ["PB-27-21", "26.1", "Forward plan 2027/28 updated and circulated", "Ruth Hill", "With minutes", "Open"],
        ["PB-27-01", "9", "Letter to Regional Director re specialist place funding", "Anne Price", "31/01/2027", "Complete"],
        ["PB-27-02", "11(b)", "EHCP dashboard shared with members", "Liam Porter", "05/02/2027", "Complete"],
        ["PB-27-03", "12", "SLT vacancies - recruitment update", "Grace Adeyemi", "10/03/2027", "Complete"],
        ["PB-26-41", "37", "Review Board terms of reference", "Anne Price", "13/01/2027", "Complete"],
        ["PB-26-44", "40", "Co-production charter to be signed by all partners", "Sarah Khan", "13/01/2027", "Complete"],
        ["PB-26-45", "41", "Joint commissioning strategy refresh", "Yusuf Okafor", "13/01/2027", "Superseded"]]
data = [[Paragraph(c, smallb if i == 0 else small) for c in r] for i, r in enumerate(rows)]
t = Table(data, colWidths=[18 * mm, 11 * mm, 66 * mm, 30 * mm, 22 * mm, 20 * mm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
s.append(t)
doc.build(s)

write_labels(STEM, "2027-03-10", (
    "A council committee-system PDF (modern.gov style Public Document Pack): page 1 is a cover with the agenda and page "
    "numbers, then the formal minutes with continuous minute numbers 18-27, sub-paragraphs 21.1 etc., RESOLVED "
    "paragraphs, a running header, a 'Chair's initials' footer, a signature line, and an action log table that runs "
    "over the page break with a repeated header row. Traps: the action log repeats the eight new actions in "
    "paraphrase (label each once, key taken from the minute text) and adds six old actions that are Complete or "
    "Superseded (not labelled); matters arising (letter sent, dashboard shared) and the filled SLT posts are already "
    "done; Tom's proposal of monthly publication is turned down and replaced by quarterly publication (only Liam's Q3 "
    "action labelled); the ADHD contract is a decision of the ICB Board and the transport policy goes to the Scrutiny "
    "Committee (other bodies, not labelled); Helen Brooks and Cllr Jones are apologies; the Chair's reminder to send "
    "forward-plan items to the clerk is addressed to everyone and not labelled, but Ruth's action is. The resolution "
    "'final SEF be brought to the June meeting' has no owner in the minute; the owner is taken from the action log "
    "(Priya Shah). The team action is owned by 'SEND Casework Team' (person null). Dates: 'by Friday 19 March 2027' "
    "as written; 'by the end of the month' = 31 March 2027; 'before Easter' = Thursday 25 March 2027 (Good Friday is "
    "26 March; the log agrees); 'within two weeks' = Wednesday 24 March 2027; 'June meeting'/'June Board' = 9 June "
    "2027, the next meeting date given in minute 27; 'during the summer term' and 'with these minutes' are not dates "
    "(null)."), [
    ("send the draft SEF to Tom Evans", "Mary Walker", "Mary Walker", "2027-03-19"),
    ("the final SEF be brought to the June meeting", "Priya Shah", "Priya Shah", "2027-06-09"),
    ("SEND Casework Team would write to all families", "SEND Casework Team", None, "2027-03-31"),
    ("to publish Q3 figures on the Local Offer", "Liam Porter", "Liam Porter", "2027-03-25"),
    ("circulate the ICB's waiting list recovery trajectory", "Yusuf", "Yusuf Okafor", "2027-03-24"),
    ("the parent transport survey results, with the complaints breakdown", "Mark Walsh", "Mark Walsh", "2027-06-09"),
    ("Champions' session on preparing for adulthood with Owen Reid", "Sarah Khan", "Sarah Khan", None),
    ("Ruth Hill to update the forward plan", "Ruth Hill", "Ruth Hill", None),
])
