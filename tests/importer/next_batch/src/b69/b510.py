"""510: human minute-taker's notes in reported speech, circulated as PDF."""
import sys; sys.path.insert(0, "/tmp/b69/src"); sys.path.insert(0, "/tmp/b69/pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import OUT, write_labels

STEM = "510_sixtyninth_minute_taker_reported_speech_notes_pdf_initials_collide"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5)
bold = ParagraphStyle("bb", parent=body, fontName="Helvetica-Bold")
h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=17, alignment=1)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10, textColor=colors.grey)

def foot(c, d):
    c.saveState(); c.setFont("Helvetica", 8); c.setFillColor(colors.grey)
    c.drawString(20 * mm, 12 * mm, "AP T&F Group - notes 14.01.27 - DRAFT until agreed at next meeting")
    c.drawRightString(190 * mm, 12 * mm, f"Page {d.page}")
    c.drawString(20 * mm, 285 * mm, "OFFICIAL")
    c.restoreState()

story = [Paragraph("WESTMOOR COUNCIL", h1),
         Paragraph("Alternative Provision Task and Finish Group", h1),
         Paragraph("Notes of the meeting held on Thursday 14 January 2027, 2.00pm, Room 2.14, County Hall (and Teams)", ParagraphStyle("c", parent=body, alignment=1)),
         Spacer(1, 6 * mm)]
att = [
 ("Present:", "James Whitfield (JW), Assistant Director, SEND and Inclusion (Chair); Mary Walker (MW), Head of SEND; Mark Walsh (MWa), Head of Transport; David Lowe (DL), Principal Educational Psychologist; Liam Porter (LP), Data and Performance Manager; Sarah Kent (SKe), School Improvement Adviser; Owen Reid (OR), Preparing for Adulthood Lead; Tom Evans (TE), Westmoor Parent Carer Forum; Claire Dunmore (CD), SENDIASS; Janet Okonjo (JO), Headteacher, Westmoor Pupil Referral Unit"),
 ("In attendance:", "Ruth Hill (RH), Partnership Business Support Officer (notes)"),
 ("Apologies:", "Priya Shah, Director of Education; Nadia Khan, Headteacher, Riverside Primary; Sarah Khan (SKh), Participation Officer"),
]
t = Table([[Paragraph(a, bold), Paragraph(b, body)] for a, b in att], colWidths=[28 * mm, 142 * mm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
story += [t, Spacer(1, 5 * mm)]

rows = [
 ("1.", "<b>Welcome and apologies</b><br/>The Chair welcomed members, in particular JO, who was attending for the first time. Apologies were noted as above. It was noted that SKh was on leave until March.", ""),
 ("2.", "<b>Notes of the previous meeting (10 December 2026) and matters arising</b><br/>The notes were agreed as an accurate record.", ""),
 ("2.1", "LP reported that the AP placement data had been circulated to members on 18 December. Complete.", ""),
 ("2.2", "The pupil voice exercise with young people in AP settings had been SKh's action. As SKh was on leave, it was agreed that OR would take this on. OR said he would aim to have it completed before the February half term, and would use the questions SKh had already drafted.", "OR"),
 ("2.3", "MWa confirmed that the taxi contract for the PRU had been extended to the end of the summer term. Complete.", ""),
 ("3.", "<b>Unregistered provision</b><br/>MW reported that the Council was aware of three settings used by schools which appeared to be operating as unregistered independent schools. MW said she would write to the three providers by 22 January setting out the Council's concerns, and that she would copy the letters to Ofsted. JO said that two of her pupils attended one of the settings part-time and she had no concerns about it; MW said she would be happy to discuss that setting with JO separately.", "MW"),
 ("3.1", "It was felt that someone ought to raise the quality assurance of AP with the DfE regional adviser. No one was identified to do this at this stage and the Chair asked that it remain on the agenda.", ""),
 ("4.", "<b>Part-time timetables</b><br/>TE said that parents had been contacting the Forum about children on reduced timetables for months at a time, in some cases without the parent having agreed to it. It was agreed that TE would gather parents' experiences of part-time timetables through the Forum's February survey and report back to the next meeting.<br/><br/>SKe said that schools were required to notify the local authority of reduced timetables but that returns were patchy. SKe said she would add AP placements and part-time timetables to the agenda for the spring term school improvement visits, and would confirm to the group by 26 February which schools had been visited.", "TE / SKe"),
 ("5.", "<b>Transport</b><br/>MWa said it might be possible to extend the AP transport contract to cover the new Hollins Road site, but he could not say until procurement had completed its review in April. The group noted the position.", ""),
 ("6.", "<b>Educational psychology support to AP</b><br/>DL indicated that the EP service would be willing to offer consultation sessions to the two AP providers, subject to capacity. It was agreed that he would confirm the number of sessions available by the end of the month.<br/><br/>CD offered to run a SENDIASS drop-in at the PRU. The group thanked her, but felt that this would be better timed once the new site had opened, and it was agreed not to take it forward for now.", "DL"),
 ("7.", "<b>Data</b><br/>The Chair asked whether a termly AP dashboard could be produced, showing placements by school, length of placement and reintegration. LP said he would produce a first version for the March meeting using the autumn census data, and noted that reintegration outcomes would not be available until the summer.", "LP"),
 ("8.", "<b>AP strategy</b><br/>JW reported that the draft AP strategy had been considered by the Children's Services leadership team on 5 January. JW said he would present the draft strategy to Cabinet on 9 March. Members were invited to send any final comments on the draft to RH.", "JW"),
 ("9.", "<b>Any other business</b><br/>JO asked whether the group would visit the PRU. The Chair said he would be pleased to, and RH would look at dates once the new site had opened. (Not an action at this stage.)", ""),
 ("10.", "<b>Date of next meeting</b><br/>Thursday 11 March 2027, 2.00pm, Room 2.14, County Hall.", ""),
]
data = [[Paragraph("<b>Item</b>", body), Paragraph("<b>Notes</b>", body), Paragraph("<b>Action</b>", body)]]
data += [[Paragraph(a, body), Paragraph(b, body), Paragraph(f"<b>{c}</b>", body)] for a, b, c in rows]
t = Table(data, colWidths=[13 * mm, 137 * mm, 20 * mm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
story += [t, Spacer(1, 6 * mm),
          Paragraph("Notes taken by Ruth Hill. Please send any corrections to ruth.hill@westmoor.gov.uk by 28 January 2027.", small)]

SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                  bottomMargin=20 * mm, title="AP Task and Finish Group notes 14 January 2027", author="Ruth Hill").build(story, onFirstPage=foot, onLaterPages=foot)

write_labels(STEM, "2027-01-14",
 "Notes of the Alternative Provision Task and Finish Group (Thursday 14 January 2027), written by a human minute-taker in reported speech and the past tense ('MW said she would ...', 'It was agreed that TE would ...', 'DL indicated ...'), laid out as an Item / Notes / Action table in a PDF. Owners are initials defined in the attendance list; MW (Mary Walker) and MWa (Mark Walsh) collide, as do SKe (Sarah Kent) and SKh (Sarah Khan, an apology); 'AP' means alternative provision, not a person. The Action column is filled in only for some paragraphs and once holds two owners ('TE / SKe'). Traps: 2.1 and 2.3 are completed matters arising; 2.2 is an old action re-assigned from SKh to OR at this meeting, so it is labelled to OR; 3.1 'someone ought to raise ...' had no owner; MWa's 'it might be possible to extend the AP transport contract' is a hedge and was only noted; CD's offer of a drop-in was declined ('not to take it forward for now'); MW 'would be happy to discuss' with JO is not a firm action; members 'were invited to send' comments; the PRU visit is 'Not an action at this stage'; the corrections deadline in the footer is not an action. Dates: 'before the February half term' (w/c 15 February 2027) = Friday 12 February 2027; 'by 22 January' = Friday 22 January 2027; 'report back to the next meeting' and 'for the March meeting' = Thursday 11 March 2027 (given in item 10); 'by 26 February' = Friday 26 February 2027; 'by the end of the month' = Sunday 31 January 2027; 'to Cabinet on 9 March' = Tuesday 9 March 2027.",
 [("it was agreed that OR would take this on", "OR", "Owen Reid", "2027-02-12"),
  ("MW said she would write to the three providers", "MW", "Mary Walker", "2027-01-22"),
  ("TE would gather parents' experiences of part-time timetables", "TE", "Tom Evans", "2027-03-11"),
  ("add AP placements and part-time timetables to the agenda", "SKe", "Sarah Kent", "2027-02-26"),
  ("he would confirm the number of sessions available", "DL", "David Lowe", "2027-01-31"),
  ("produce a first version for the March meeting", "LP", "Liam Porter", "2027-03-11"),
  ("present the draft strategy to Cabinet", "JW", "James Whitfield", "2027-03-09"),
 ])
