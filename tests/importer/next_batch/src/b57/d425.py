from common import OUT, write_labels
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm

stem = "425_fiftyseventh_workstream_lead_rag_status_update_to_board"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=8.5, leading=10.5)
cell = ParagraphStyle("c", parent=body, fontSize=8, leading=9.6)
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=13, spaceAfter=4)
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=10, spaceBefore=6, spaceAfter=3)
RAG = {"R": colors.HexColor("#e06666"), "A": colors.HexColor("#ffd966"), "G": colors.HexColor("#93c47d"),
       "C": colors.HexColor("#6fa8dc"), "-": colors.white}

def deco(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 7.5)
    w, h = landscape(A4)
    canv.drawString(15 * mm, h - 10 * mm, "Westmoor SEND Partnership Board  |  18 November 2027  |  Item 6b")
    canv.drawRightString(w - 15 * mm, h - 10 * mm, "OFFICIAL")
    canv.drawString(15 * mm, 8 * mm, "Therapies & Health Workstream status update v3 (GA 11/11/27) - template v2.1 Nov 2026")
    canv.drawRightString(w - 15 * mm, 8 * mm, f"Page {doc.page} of 2")
    canv.restoreState()

P = lambda t: Paragraph(t, cell)
story = [Paragraph("Therapies &amp; Health Workstream – Status Update to the Board", h1),
 Paragraph("<b>Workstream lead:</b> Grace Adeyemi (GA), Head of Children's Therapies, WCHT &nbsp;&nbsp; <b>Exec sponsor:</b> Yusuf Okafor (YO), DCO &nbsp;&nbsp; "
           "<b>Reporting period:</b> 14 Oct – 10 Nov 2027 &nbsp;&nbsp; <b>Overall RAG:</b> AMBER (Oct: RED)", body),
 Paragraph("Apols from me for brevity – written between clinics. Happy to take qs on the day. Sam Ortiz (SALT clinical lead) will deputise if I'm pulled into the CQC visit.", body),
 Paragraph("1. Deliverables", h2)]
rows = [["Ref", "Deliverable", "Lead", "Due", "RAG\nOct", "RAG\nNov", "Update this period / next steps"],
 ["T1", "SALT waiting list recovery plan (18 wks by Mar 28)", "GA", "31/03/28", "A", "A",
  P("Trajectory shared at Oct Board. 2 x locum SALTs started 1 Nov. Longest wait now 41 wks (was 47). "
    "<b>Next:</b> GA to present revised 18wk trajectory to next Board incl. impact of locums.")],
 ["T2", "OT sensory pathway (school-based)", "GA", "30/09/27", "G", "C",
  P("Pathway launched 4 Oct – 61 schools signed up. <b>COMPLETE – propose to close</b> (see asks).")],
 ["T3", "ND assessment pathway – clinic template + triage", "AP (paeds)", "31/12/27", "R", "A",
  P("Triage tool in use since 18 Oct. Clinic template still not agreed with CAMHS. "
    "<b>Next:</b> Dr Patel to complete clinic template review by 10 Dec and share with CAMHS leads.")],
 ["T4", "Health advice for EHC needs assessments in 6 wks", "YO", "ongoing", "A", "G",
  P("82% within 6 wks in Oct (target 90%, Sept 71%). Paeds biggest gap. "
    "<b>Next:</b> YO to circulate Oct/Nov compliance breakdown by provider by 3 Dec.")],
 ["T5", "Wheelchair service waits", "NHSE", "n/a", "R", "R",
  P("Outside our gift – NHSE specialised commissioning review reporting in spring 2028. "
    "We will keep reporting the numbers. No workstream action.")],
 ["T6", "Therapy input to annual reviews (Y9+)", "GA / LP", "31/03/28", "-", "A",
  P("New this period. Therapists often not told reviews are due. "
    "<b>Next:</b> LP to share list of Y9+ annual reviews due Jan–Mar with therapy leads by 17 Dec.")],
]
t = Table(rows, colWidths=[10 * mm, 55 * mm, 20 * mm, 18 * mm, 12 * mm, 12 * mm, 140 * mm], repeatRows=1)
style = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8), ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f3864")), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
         ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
         ("ALIGN", (4, 0), (5, -1), "CENTER")]
for i, r in enumerate(rows[1:], start=1):
    for j in (4, 5):
        style.append(("BACKGROUND", (j, i), (j, i), RAG[r[j]]))
t.setStyle(TableStyle(style))
rows2 = [[P(c) if isinstance(c, str) and i > 0 and j == 1 else c for j, c in enumerate(r)] for i, r in enumerate(rows)]
t = Table(rows2, colWidths=[10 * mm, 55 * mm, 20 * mm, 18 * mm, 12 * mm, 12 * mm, 140 * mm], repeatRows=1)
t.setStyle(TableStyle(style))
story += [t, Paragraph("RAG key: R = off track, A = at risk, G = on track, C = complete (blue). '-' = not reported last period.", cell)]

story += [Paragraph("2. Key risks / issues", h2),
 Paragraph("• SALT vacancy rate still 22%. Band 6 advert closed 12 Nov – interviews 29 Nov (HR-led, dates set). "
           "• ND pathway: CAMHS capacity – risk score 16, on trust risk register. "
           "• Parents still telling PCF they get no letter while waiting. Tom Evans has offered help (see below).", body),
 Paragraph("3. Asks of the Board", h2),
 Paragraph("The Board is asked to: (a) NOTE progress and the improved overall RAG; (b) AGREE closure of T2; "
           "(c) AGREE that the ND pathway risk is escalated to the ICB Quality Committee – if agreed, YO will take it to the January committee; "
           "(d) NOTE that T5 sits with NHSE.", body),
 Paragraph("4. Next steps before next Board (not already in table)", h2),
 Paragraph("• GA to meet Helen Brooks and SENCo network reps re: SALT school-based model – by 8 Dec.<br/>"
           "• Tom Evans (PCF) to test parent-facing waiting list letter with 5 families – by end Nov. Draft letter attached as Appendix 1.<br/>"
           "• OT sensory pathway evaluation – already done, summary in Appendix 2 (for info only).<br/>"
           "• Previous action (Sept) – GA to confirm locum funding: done, ICB agreed 20 Oct.", body),
 Paragraph("5. Appendices", h2),
 Paragraph("Appendix 1 – draft waiting list letter (PCF testing). Appendix 2 – OT sensory pathway evaluation summary. "
           "Appendix 3 – data definitions (LP). Contact: grace.adeyemi@westmoorhealth.nhs.uk", body),
 PageBreak(),
 Paragraph("Appendix 1 – DRAFT waiting list letter (for PCF testing – not yet approved, do not send)", h2),
 Paragraph("Dear Parent/Carer,", body), Spacer(1, 4),
 Paragraph("Your child, [NAME], is on the waiting list for Speech and Language Therapy at Westmoor Community Health NHS Trust. "
           "We know waiting is hard and we are sorry it is taking longer than we would like. At the moment the longest wait is around [XX] weeks.", body), Spacer(1, 4),
 Paragraph("While you wait: we will send you a link to our 'Talking Together' videos and the dates of our drop-in advice sessions. "
           "We will contact you again every three months so you know your child has not been forgotten. "
           "If things change – for example your child's school has new concerns – please ring the SALT admin team on 01632 960 412.", body), Spacer(1, 4),
 Paragraph("You can also get independent advice from Westmoor SENDIASS and support from the Westmoor Parent Carer Forum.", body), Spacer(1, 4),
 Paragraph("Yours sincerely, &nbsp; Children's Therapies Service", body), Spacer(1, 8),
 Paragraph("<i>GA note: PCF (Tom) testing this with families – wording will change. Reading age check not done yet – trust comms do this as standard before any letter goes out.</i>", body),
 Paragraph("Appendix 2 – OT sensory pathway evaluation (summary)", h2),
 Paragraph("61 schools signed up (target 50). 212 pupils supported through the universal and targeted tiers in the first five weeks. "
           "School staff confidence (self-rated, pre/post training) up from 2.4 to 3.9 out of 5. Two schools withdrew (staffing). "
           "Full evaluation report was circulated to workstream members on 5 Nov. No further actions – pathway now business as usual.", body)]

pdf = SimpleDocTemplate(str(OUT / f"{stem}.pdf"), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                        topMargin=16 * mm, bottomMargin=15 * mm, title="Therapies and Health Workstream status update",
                        author="Grace Adeyemi")
pdf.build(story, onFirstPage=deco, onLaterPages=deco)

write_labels(stem, "2027-11-18",
 "A landscape PDF (Word-style header 'Westmoor SEND Partnership Board | 18 November 2027 | Item 6b', footer 'Page n of 2') - the Therapies & Health workstream lead's (Grace Adeyemi's) status update to the Board on Thursday 18 November 2027, written 'between clinics': a deliverables table with Ref/Lead/Due/RAG Oct/RAG Nov (coloured cells, letters R/A/G/C) and an update column whose '<b>Next:</b>' sentences hold the actions, then risks, 'Asks of the Board' and a bullet list of next steps. Traps: the Due column gives deliverable end dates, not the action dates; T2 complete and proposed for closure; T5 belongs to NHSE ('No workstream action'); SALT interviews are HR-led with dates set; the Board asks are NOTE/AGREE decisions and YO taking the ND risk to committee is conditional ('if agreed') - not labelled; the OT evaluation and the September locum-funding action are done; page 2 is a draft letter to parents whose 'we will' sentences are the service's promises to families, not meeting actions. 'AP (paeds)' in the Lead column is Dr Anita Patel, not Anne Price. Labels: GA 'to next Board' -> next meeting; Dr Patel 'by 10 Dec' (Friday 2027-12-10); YO 'by 3 Dec'; LP 'by 17 Dec'; GA meeting Helen Brooks 'by 8 Dec' (Wednesday); Tom Evans 'by end Nov' = Tuesday 2027-11-30.",
 [("GA to present revised 18wk trajectory to next Board", "GA", "Grace Adeyemi", "next meeting"),
  ("Dr Patel to complete clinic template review", "Dr Patel", "Anita Patel", "2027-12-10"),
  ("YO to circulate Oct/Nov compliance breakdown by provider", "YO", "Yusuf Okafor", "2027-12-03"),
  ("LP to share list of Y9+ annual reviews", "LP", "Liam Porter", "2027-12-17"),
  ("GA to meet Helen Brooks and SENCo network reps", "GA", "Grace Adeyemi", "2027-12-08"),
  ("test parent-facing waiting list letter with 5 families", "Tom Evans", "Tom Evans", "2027-11-30")])
