"""651: a Partnership Board meeting pack PDF (agenda first, then Paper A draft minutes of the PREVIOUS meeting,
Paper B action log over two pages, Paper C cover sheet)."""
from common import OUT, write_labels
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "651_eightyninth_board_pack_with_draft_minutes"
b = ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=5)
n = ParagraphStyle("n", parent=b, leftIndent=26, firstLineIndent=-26)
bb = ParagraphStyle("bb", parent=b, fontName="Helvetica-Bold")
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=3)
sm = ParagraphStyle("sm", fontName="Helvetica", fontSize=8.5, leading=10.5)
smb = ParagraphStyle("smb", parent=sm, fontName="Helvetica-Bold")


def page(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.drawString(20 * mm, 287 * mm, "Westmoor SEND Partnership Board")
    c.drawRightString(190 * mm, 287 * mm, "Meeting 15 September 2027")
    c.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
    c.drawCentredString(105 * mm, 10 * mm, f"Pack page {doc.page}")
    c.drawString(20 * mm, 10 * mm, "OFFICIAL")
    c.restoreState()


doc = SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=20 * mm, bottomMargin=18 * mm, title="SEND Partnership Board pack 15.09.27")
s = []
P = lambda t, st=b: s.append(Paragraph(t, st))
P("SEND Partnership Board", h1)
P("<b>Wednesday 15 September 2027, 10.00am - 12.30pm</b><br/>Westmoor Family Hub, Meeting Room 1, and Microsoft Teams")
P("Chair: Anne Price (Independent Chair) &nbsp;&nbsp; Clerk: Ruth Hill")
P("AGENDA", h2)
ag = [["Item", "Title", "Lead", "Paper", "Purpose", "Time"],
      ["1", "Welcome, apologies and declarations of interest", "Chair", "-", "-", "10.00"],
      ["2", "Voice of children and young people: Youth Forum film", "Sarah Khan", "-", "Information", "10.05"],
      ["3", "Draft minutes of 14 July 2027", "Chair", "A", "Approval", "10.20"],
      ["4", "Action log", "Ruth Hill", "B", "Assurance", "10.25"],
      ["5", "Area SEND inspection readiness", "Priya Shah", "C", "Decision", "10.35"],
      ["6", "Preparing for Adulthood strategy 2027-30", "Owen Reid", "D (to follow)", "Decision", "11.05"],
      ["7", "Autumn term data pack", "Liam Porter", "E (to follow)", "Assurance", "11.35"],
      ["8", "Speech and language therapy specification", "Grace Adeyemi", "Verbal", "Discussion", "12.00"],
      ["9", "Any other business", "All", "-", "-", "12.20"]]
t = Table([[Paragraph(c, smb if i == 0 else sm) for c in r] for i, r in enumerate(ag)],
          colWidths=[11 * mm, 66 * mm, 27 * mm, 22 * mm, 22 * mm, 12 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
s.append(t)
s.append(Spacer(1, 5 * mm))
P("Papers D and E will be circulated separately by Friday 10 September. Future meetings: 8 December 2027; "
  "9 March 2028.", sm)
s.append(PageBreak())

P("Paper A", bb)
P("DRAFT - Minutes of the SEND Partnership Board<br/>Wednesday 14 July 2027, 10.00am, Westmoor Family Hub and Teams", h1)
P("<b>Present:</b> Anne Price (Chair), Priya Shah, Mary Walker, David Lowe, Liam Porter, Sarah Khan (Westmoor "
  "Council); Yusuf Okafor (ICB); Grace Adeyemi (Westmoor Community Health NHS Trust); Tom Evans (PCF); Helen Brooks "
  "(Riverside Primary School).<br/><b>Minutes:</b> Ruth Hill.<br/><b>Apologies:</b> Owen Reid (the Preparing for "
  "Adulthood item is deferred to September).")
P("1. Welcome and apologies", h2)
P("1.1&nbsp;&nbsp;&nbsp;AP welcomed members. Apologies as above.", n)
P("2. Minutes of 9 June 2027 and action log", h2)
P("2.1&nbsp;&nbsp;&nbsp;The minutes were agreed. All actions from 9 June are complete and have been removed from the "
  "log.", n)
P("3. Area SEND inspection readiness", h2)
P("3.1&nbsp;&nbsp;&nbsp;PS reported that the local area expects to be inspected in the 2027/28 academic year. Members "
  "agreed everyone needs to be able to describe the partnership's priorities in the same words.", n)
P("3.2&nbsp;&nbsp;&nbsp;PS to circulate the inspection 'key lines of enquiry' crib sheet to all Board members by 23 "
  "July, before the summer break.", n)
P("3.3&nbsp;&nbsp;&nbsp;Each organisation to nominate a lead for the inspection 'day one' meeting by Friday 30 July "
  "and send the name to Ruth.", n)
P("4. SEN support funding", h2)
P("4.1&nbsp;&nbsp;&nbsp;DL presented options for an 'inclusion fund' top-up for mainstream schools. Several members "
  "supported option 2. The Board noted that it cannot agree the proposal: the decision sits with Schools Forum, which "
  "meets on 24 September. DL to present the Board's views at Schools Forum on 24 September.", n)
P("5. Speech and language therapy", h2)
P("5.1&nbsp;&nbsp;&nbsp;GA and YO updated on the joint SALT commissioning work. Members asked to see the "
  "specification before it goes out. GA to bring the SALT specification to the September Board.", n)
P("6. Parent Carer Forum update", h2)
P("6.1&nbsp;&nbsp;&nbsp;TE shared headline findings from the PCF's annual survey (412 responses): communication with "
  "the SEND team has improved but transport remains the top concern. TE to share the full survey report once "
  "the PCF committee has signed it off.", n)
P("7. Data", h2)
P("7.1&nbsp;&nbsp;&nbsp;LP showed the end-of-year dashboard. LP to produce the autumn term data pack for the September "
  "Board, including the first figures by school phase.", n)
P("8. Any other business", h2)
P("8.1&nbsp;&nbsp;&nbsp;HB reported on behalf of the SENCo network that new SENCos want training on the graduated "
  "approach. HB to circulate the SENCo network's list of training needs by 3 September.", n)
P("8.2&nbsp;&nbsp;&nbsp;MW thanked the Board for the letters to families waiting over 20 weeks, which all went out "
  "in March.", n)
P("9. Next meeting", h2)
P("Wednesday 15 September 2027, 10.00am.")
s.append(PageBreak())

P("Paper B", bb)
P("Action log (updated 6 September 2027)", h1)
log = [["Ref", "Meeting", "Action", "Owner", "Due", "Status / update"],
       ["0712", "14/07/27", "Circulate inspection KLOE crib sheet to all Board members", "PS", "23/07/27", "In progress"],
       ["0713", "14/07/27", "Nominate organisation lead for inspection 'day one' meeting", "All organisations", "30/07/27",
        "5 of 6 received - Trust outstanding"],
       ["0714", "14/07/27", "Board's views on inclusion fund to Schools Forum", "DL", "24/09/27", "Not yet due"],
       ["0715", "14/07/27", "SALT specification to September Board", "GA", "15/09/27", "On agenda - item 8"],
       ["0716", "14/07/27", "Full PCF survey report to Board", "TE", "Tbc", "Awaiting PCF sign-off"],
       ["0717", "14/07/27", "Autumn term data pack", "LP", "15/09/27", "On agenda - item 7"],
       ["0718", "14/07/27", "SENCo network training needs list", "HB", "03/09/27", "Not yet received"],
       ["0301", "10/03/27", "Final SEF to Board for sign-off", "PS", "09/06/27", "Complete - signed off 9/6"],
       ["0302", "10/03/27", "Letters to families with assessments over 20 weeks", "SEND Casework Team", "31/03/27", "Complete"],
       ["0303", "10/03/27", "Quarterly timeliness figures on Local Offer", "LP", "25/03/27", "Complete - now quarterly"],
       ["0304", "10/03/27", "Transport survey results to Board", "MWa", "09/06/27", "Complete"],
       ["0305", "10/03/27", "Champions PfA session", "SK", "Summer term", "Complete - held 22/6"],
       ["0306", "10/03/27", "Forward plan 2027/28", "RH", "With minutes", "Complete"],
       ["0601", "09/06/27", "Youth Forum film for Board", "SK", "15/09/27", "Complete - item 2"],
       ["0602", "09/06/27", "OAP guidance consultation with SENCos", "MW", "14/07/27", "Complete"],
       ["0603", "09/06/27", "Joint SALT commissioning intentions", "YO", "14/07/27", "Complete"],
       ["0604", "09/06/27", "EP service traded offer to schools", "DL", "14/07/27", "Complete"],
       ["0605", "09/06/27", "Post-16 transport questions to Head of Transport", "AP", "14/07/27", "Complete"],
       ["0606", "09/06/27", "Parent survey questions shared with Council", "TE", "14/07/27", "Complete"],
       ["0607", "09/06/27", "Data sharing agreement - ICB/Council", "LP", "14/07/27", "Complete"]]
t = Table([[Paragraph(c, smb if i == 0 else sm) for c in r] for i, r in enumerate(log)],
          colWidths=[12 * mm, 18 * mm, 62 * mm, 24 * mm, 19 * mm, 35 * mm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0")),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
s.append(t)
s.append(Spacer(1, 6 * mm))
P("Paper C", bb)
P("Area SEND inspection readiness - cover sheet", h1)
cov = [["Report author", "Priya Shah, Director of Education"],
       ["Purpose", "Decision"],
       ["The Board is asked to", "(a) AGREE the partnership's three headline priorities for the inspection "
        "self-evaluation; (b) AGREE the 'day one' presentation running order; (c) NOTE the nominated organisation "
        "leads."],
       ["Co-production", "Draft priorities tested with the PCF steering group on 2 September 2027."]]
t = Table([[Paragraph(a, smb), Paragraph(v, sm)] for a, v in cov], colWidths=[40 * mm, 130 * mm])
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
s.append(t)
doc.build(s, onFirstPage=page, onLaterPages=page)

write_labels(STEM, "2027-07-14", (
    "A Partnership Board meeting pack PDF for 15 September 2027 as published on the council website: pack page 1 is "
    "the September agenda (leads, paper letters, purposes, timings), then Paper A, the DRAFT minutes of the previous "
    "Board on Wednesday 14 July 2027 (numbered paragraphs, owners as initials), Paper B, the action log updated 6 "
    "September that runs over the page break and mixes the July actions with complete March and June ones, and "
    "Paper C, an inspection cover sheet. The actions belong to the July meeting, so meeting_date is 2027-07-14. "
    "Traps: agenda items for September (Youth Forum film, PfA strategy, Owen Reid) and the Paper C 'The Board is "
    "asked to AGREE/NOTE' recommendations are not actions; papers D and E 'circulated by 10 September' is a clerk's "
    "notice; the March and June actions in the log are complete; 'all actions from 9 June are complete'; the "
    "inclusion fund proposal cannot be agreed by the Board (Schools Forum decides) - only DL's action to take the "
    "Board's views is labelled; MW's thanks for letters already sent is not an action; Owen Reid is an apology and "
    "his item is deferred, not an action. The log's September statuses do not change what was agreed in July. "
    "Owners as written in the minutes (PS, DL, GA, TE, LP, HB; 'Each organisation' for the nomination, person null). "
    "Dates: 'by 23 July' = Friday 23 July 2027; 'by Friday 30 July' = 2027-07-30; 'at Schools Forum on 24 "
    "September' = 2027-09-24; 'the September Board' = Wednesday 15 September 2027 (the next meeting date in item 9); "
    "TE's 'once the PCF committee has signed it off' = null; 'by 3 September' = Friday 3 September 2027."), [
    ("PS to circulate the inspection 'key lines of enquiry'", "PS", "Priya Shah", "2027-07-23"),
    ("Each organisation to nominate a lead for the inspection", "Each organisation", None, "2027-07-30"),
    ("DL to present the Board's views at Schools Forum", "DL", "David Lowe", "2027-09-24"),
    ("GA to bring the SALT specification to the September", "GA", "Grace Adeyemi", "2027-09-15"),
    ("TE to share the full survey report", "TE", "Tom Evans", None),
    ("LP to produce the autumn term data pack", "LP", "Liam Porter", "2027-09-15"),
    ("circulate the SENCo network's list of training needs", "HB", "Helen Brooks", "2027-09-03"),
])
