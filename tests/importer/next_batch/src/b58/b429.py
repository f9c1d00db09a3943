"""429: ModernGov 'printed minutes' PDF of a Schools Forum meeting (document pack pages, RESOLVED clauses)."""
from common import OUT, write_labels
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

STEM = "429_fiftyeighth_moderngov_schools_forum_printed_minutes"
body = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=13.5, spaceAfter=6)
bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=13, alignment=1, spaceAfter=8)
centre = ParagraphStyle("c", parent=body, alignment=1)
bullet = ParagraphStyle("bl", parent=body, leftIndent=14, bulletIndent=2)

PAGE0 = 5  # document pack page numbering


def first(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "Public Document Pack")
    c.setFont("Helvetica", 9)
    c.drawCentredString(A4[0] / 2, 12 * mm, f"Page {PAGE0 + d.page - 1}")
    c.restoreState()


def later(c, d):
    c.saveState()
    c.setFont("Helvetica", 8.5)
    c.drawString(20 * mm, A4[1] - 12 * mm, "Schools Forum - Wednesday, 6 October 2027")
    c.drawCentredString(A4[0] / 2, 12 * mm, f"Page {PAGE0 + d.page - 1}")
    c.restoreState()


def minute(no, heading, paras):
    rows = [[Paragraph(f"<b>{no}</b>", body), Paragraph(f"<b>{heading}</b>", body)]]
    for p in paras:
        rows.append(["", p if not isinstance(p, str) else Paragraph(p, body)])
    t = Table(rows, colWidths=[14 * mm, 152 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return [t, Spacer(1, 5)]


story = [
    Paragraph("SCHOOLS FORUM", title),
    Paragraph("Minutes of a meeting of the Schools Forum held in Committee Room 2, Westmoor Civic Centre, "
              "Market Street, Westmoor on Wednesday, 6 October 2027 at 2.00 pm", centre),
    Spacer(1, 6),
    Paragraph("<b>Present:</b>", body),
    Paragraph("<u>Schools members</u>: Mr G Ashworth (Chair) (Secondary Academy Headteacher), Mrs N Khan "
              "(Maintained Primary Headteacher, Riverside Primary School), Ms R Oduya (Special School Headteacher), "
              "Mr P Dyer (Primary Academy Business Manager), Mrs L Carver (Maintained Primary Governor), "
              "Mr S Baines (Alternative Provision / PRU representative), Mr J Ravi (substitute for Mr K Holt)", body),
    Paragraph("<u>Non-schools members</u>: Ms J Hollis (Early Years PVI representative), "
              "Mr T Evans (Westmoor Parent Carer Forum - observer, non-voting)", body),
    Paragraph("<b>Officers in attendance:</b> Priya Shah (Director of Education), Mary Walker (Head of SEND), "
              "Liam Porter (Data and Performance Manager), Dev Marsh (Schools Finance Manager) and "
              "Joanne Fairley (Democratic Services Officer)", body),
    Paragraph("<b>Also present:</b> David Lowe (Principal Educational Psychologist) for minute 29", body),
    Spacer(1, 8),
]

story += minute("23", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", [
    "Apologies for absence were received from Mr K Holt (Secondary Maintained Headteacher) and Mrs A Ferris "
    "(Diocesan representative). Mr J Ravi attended as substitute for Mr Holt."])
story += minute("24", "DECLARATIONS OF INTEREST", [
    "Ms R Oduya declared a non-pecuniary interest in minute 28 as headteacher of a special school in receipt "
    "of top-up funding, and took no part in the vote on that item."])
story += minute("25", "MINUTES OF THE PREVIOUS MEETING", [
    "<b>RESOLVED:</b> That the minutes of the meeting held on 7 July 2027 be confirmed as a correct record and "
    "signed by the Chair, subject to minute 17 being amended to read \"de-delegation for trade union "
    "facilities time was agreed by maintained primary members only\" (and not \"by all maintained members\")."])
story += minute("26", "MATTERS ARISING", [
    "<u>Minute 18 (Outreach funding breakdown)</u> - The Head of SEND confirmed that the breakdown had been "
    "circulated to members on 14 July 2027. No further action.",
    "<u>Minute 19 (Letter to the DfE)</u> - The Chair reported that the letter to the Department for Education "
    "on the high needs block allocation had been sent on 21 July and a holding reply received.",
    "<u>Minute 20 (Falling rolls fund criteria)</u> - The Schools Finance Manager advised that the DfE operational "
    "guidance had still not been published. The item has been placed on the Forum work programme (see minute 31)."])
story += minute("27", "HIGH NEEDS BLOCK BUDGET MONITORING 2027/28 - MONTH 5", [
    "The Schools Finance Manager presented the report (agenda pages 9 to 18), which set out a forecast in-year "
    "overspend of &pound;2.41m on the high needs block, an improvement of &pound;0.3m on the month 3 position, "
    "mainly as a result of the new resourced provision places at two primary schools coming on stream in September.",
    "Members raised the following points:",
    Paragraph("Mr Dyer asked why independent non-maintained special school placements had risen by 14 since April. "
              "The Head of SEND explained that most were tribunal-directed placements for secondary-aged pupils. "
              "In response, the Data and Performance Manager agreed to provide members with a breakdown of "
              "independent specialist placement costs by phase and primary need before the next meeting.",
              bullet, bulletText="\u2022"),
    Paragraph("Mrs Carver asked whether the Council had considered capitalising part of the special school "
              "expansion programme. The Director of Education said that this was a matter for Cabinet in the budget "
              "round and not for the Forum.", bullet, bulletText="\u2022"),
    Paragraph("Mr Evans asked whether parents would be consulted on the top-up banding review. The Head of SEND "
              "confirmed that the Parent Carer Forum already had two places on the banding review group.",
              bullet, bulletText="\u2022"),
    "<b>RESOLVED:</b>",
    "(a) That the month 5 high needs block forecast be noted.",
    "(b) That the Head of SEND bring a report on the outcome of the top-up banding review to the "
    "meeting on 12 January 2028.",
])
story += minute("28", "SAFETY VALVE AGREEMENT - PROGRESS AND PROPOSED BLOCK TRANSFER 2028/29", [
    "The Director of Education introduced the report, which updated members on delivery against the conditions "
    "of the Safety Valve agreement. The Council remained on track against the agreed deficit profile for 2027/28. "
    "The Department for Education would hold its quarterly review with the Council in November and would confirm "
    "the next instalment of funding after that review.",
    "Members debated the proposal to consult on a transfer from the schools block. Mrs Khan said that many primary "
    "schools were already funding support for pupils awaiting assessment from their own budgets and that a "
    "transfer would be difficult to support without evidence that it would reduce demand. Mr Ashworth noted that "
    "the Forum was only being asked to agree that a consultation take place.",
    "Following a vote (7 for, 1 against, 1 abstention; Ms Oduya did not vote), it was",
    "<b>RESOLVED:</b>",
    "(a) That the Forum supports, in principle, consultation with all schools on a transfer of 0.5% from the "
    "schools block to the high needs block in 2028/29.",
    "(b) That the Director of Education write to all headteachers and chairs of governors setting out the "
    "consultation timetable by Friday 15 October 2027.",
    "(c) That the outcome of the consultation be reported to an additional meeting of the Forum in late "
    "November, the Democratic Services Officer to canvass members for dates.",
    "Mrs Khan offered to circulate the primary heads' consortium draft response to Forum members once it had been "
    "agreed by the consortium.",
])
story += minute("29", "GRADUATED RESPONSE TOOLKIT AND EARLY INCLUSION FUND", [
    "David Lowe, Principal Educational Psychologist, gave a presentation on the revised Ordinarily Available "
    "Provision and graduated response toolkit. He reported that 81% of primary schools and 64% of secondary "
    "schools had now accessed the toolkit training, and that the Early Inclusion Fund had supported 212 pupils "
    "in the summer term without an EHC needs assessment request being made.",
    "Members welcomed the toolkit. Mr Baines asked that examples from alternative provision be included in the "
    "next version; Mr Lowe said that the AP examples had been added in the September revision.",
    "The Principal Educational Psychologist agreed to present the toolkit at the primary headteachers' "
    "conference on 19 November 2027 and to share the slides with Forum members in the meantime.",
    "<b>RESOLVED:</b> That the continuation of the Early Inclusion Fund at &pound;450,000 in 2028/29 be "
    "recommended to the Cabinet Member for Children's Services as part of the budget setting process.",
])
story += minute("30", "DE-DELEGATION AND CENTRAL SCHOOL SERVICES BLOCK 2028/29 - TIMETABLE", [
    "The Schools Finance Manager outlined the timetable for decisions on de-delegation and the central school "
    "services block. Maintained school members would be asked to vote on de-delegation at the January meeting.",
    "Mr Baines asked that pupil referral unit and AP leaders be included in the de-delegation briefings. The "
    "Schools Finance Manager agreed to arrange a separate briefing for AP and PRU leaders before the end of November.",
    "<b>RESOLVED:</b> That the timetable be noted.",
])
story += minute("31", "FORUM WORK PROGRAMME", [
    "<b>RESOLVED:</b> That the work programme be noted, with the addition of (i) the falling rolls fund criteria "
    "(additional meeting, November/December 2027) and (ii) SEND home to school transport costs (March 2028)."])
story += minute("32", "DATE OF NEXT MEETING", [
    "<b>RESOLVED:</b> That the next scheduled meeting of the Forum be held on Wednesday, 12 January 2028 at 2.00 pm "
    "in Committee Room 2, Westmoor Civic Centre."])
story += [Spacer(1, 10), Paragraph("The meeting started at 2.00 pm and ended at 4.12 pm", body), Spacer(1, 20),
          Paragraph("Chair ..............................................", body), Spacer(1, 10),
          Paragraph("Date ...............................................", body)]

doc = SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=20 * mm, bottomMargin=20 * mm, title="Printed minutes 06th-Oct-2027 14.00 Schools Forum",
                        author="Westmoor Council Democratic Services")
doc.build(story, onFirstPage=first, onLaterPages=later)

write_labels(STEM, "2027-10-06",
    "Held-out batch fiftyeighth. ModernGov-style 'printed minutes' PDF (Public Document Pack banner, agenda-pack page "
    "numbers starting at Page 5, running header on later pages, minute numbers in a left column, RESOLVED clauses, "
    "Chair/Date signature block) of a council Schools Forum meeting on Wednesday 6 October 2027. Officers are named "
    "once in the attendance list and then referred to only by job title. Traps: apologies and substitution; a "
    "declaration of interest; a correction to the previous minutes; matters arising already done (outreach breakdown "
    "circulated 14 July, DfE letter sent); the falling rolls item moved to the work programme (not an action); "
    "noting resolutions and the in-principle consultation decision; the DfE's own quarterly review and funding "
    "(other body); a question deflected to Cabinet; the PCF already on the banding group; AP examples already added; "
    "a recommendation to the Cabinet Member (decision); work programme and next-meeting resolutions. Labels: the "
    "officers' job titles resolve via the attendance list (Data and Performance Manager = Liam Porter, Head of SEND "
    "= Mary Walker, Director of Education = Priya Shah, Principal Educational Psychologist = David Lowe); 'before "
    "the next meeting' and 'the meeting on 12 January 2028' both resolve to 2028-01-12 because the minutes date the "
    "next meeting; Schools Finance Manager and Democratic Services Officer are not in people.json (person null); "
    "'before the end of November' = 2027-11-30; Mrs Khan (Riverside Primary headteacher) = Nadia Khan, no date.",
    [("agreed to provide members with a breakdown of independent", "Data and Performance Manager", "Liam Porter", "2028-01-12"),
     ("report on the outcome of the top-up banding review", "Head of SEND", "Mary Walker", "2028-01-12"),
     ("write to all headteachers and chairs of governors", "Director of Education", "Priya Shah", "2027-10-15"),
     ("the Democratic Services Officer to canvass members for dates", "Democratic Services Officer", None, None),
     ("offered to circulate the primary heads' consortium draft response", "Mrs Khan", "Nadia Khan", None),
     ("present the toolkit at the primary headteachers' conference", "Principal Educational Psychologist", "David Lowe", "2027-11-19"),
     ("arrange a separate briefing for AP and PRU leaders", "Schools Finance Manager", None, "2027-11-30")])
