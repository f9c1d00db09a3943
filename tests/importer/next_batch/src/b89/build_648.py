"""648: ICB board paper PDF - committee cover sheet, then unconfirmed minutes of the SEND Health Assurance Group
laid out as an Item | Minute | Action table, then an action log that runs over a page break."""
from common import OUT, write_labels
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

STEM = "648_eightyninth_icb_board_paper_assurance_minutes"
NHSBLUE = colors.HexColor("#005EB8")
b = ParagraphStyle("b", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
bb = ParagraphStyle("bb", parent=b, fontName="Helvetica-Bold")
h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18, textColor=NHSBLUE, spaceAfter=6)
h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11, leading=14, textColor=NHSBLUE, spaceBefore=6, spaceAfter=4)
sm = ParagraphStyle("sm", fontName="Helvetica", fontSize=8.5, leading=10.5)
smb = ParagraphStyle("smb", parent=sm, fontName="Helvetica-Bold", textColor=colors.white)


def page(c, doc):
    c.saveState()
    c.setFillColor(NHSBLUE)
    c.rect(160 * mm, 282 * mm, 30 * mm, 9 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-BoldOblique", 14)
    c.drawCentredString(175 * mm, 284.5 * mm, "NHS")
    c.setFillColor(NHSBLUE)
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(190 * mm, 278 * mm, "Westmoor")
    c.drawRightString(190 * mm, 274 * mm, "Integrated Care Board")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(105 * mm, 15 * mm, "OFFICIAL")
    c.setFont("Helvetica", 8)
    c.drawString(20 * mm, 10 * mm, "Quality and Performance Committee - 25 May 2027 - Item 9.3")
    c.drawRightString(190 * mm, 10 * mm, f"Page {doc.page}")
    c.restoreState()


def grid(t, head=True):
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#768692")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), NHSBLUE))
    t.setStyle(TableStyle(st))
    return t


doc = SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=30 * mm, bottomMargin=22 * mm, title="QPC 25.05.27 Item 9.3 SEND HAG minutes")
s = []
s.append(Paragraph("Report to the Quality and Performance Committee", h1))
cover = [
    ("Meeting date", "25 May 2027"), ("Agenda item", "9.3"),
    ("Report title", "SEND Health Assurance Group - unconfirmed minutes of the meeting held on 4 May 2027"),
    ("Executive lead", "Chief Nursing Officer"),
    ("Report author", "Yusuf Okafor, Designated Clinical Officer (SEND)"),
    ("Purpose", "Decision [ ]   Approval [ ]   Assurance [X]   Information [ ]"),
    ("Recommendation", "The Committee is asked to NOTE the unconfirmed minutes of the SEND Health Assurance Group "
     "and to NOTE the escalation at item 5 (neurodevelopmental waiting list), which is reflected in the revised "
     "score for BAF risk 4.2."),
    ("Link to BAF / risk register", "BAF 4.2 - Children and young people with SEND do not receive timely health "
     "assessment and support (current score 16, target 9)"),
    ("Previously considered by", "SEND Health Assurance Group, 4 May 2027"),
    ("Equality / quality impact", "No new EQIA required. Health inequalities for children on the ND pathway "
     "are noted at item 5."),
    ("Conflicts of interest", "None identified"),
]
s.append(grid(Table([[Paragraph(a, bb), Paragraph(v, b)] for a, v in cover], colWidths=[45 * mm, 125 * mm]), head=False))
s.append(Spacer(1, 5 * mm))
s.append(Paragraph("Executive summary", h2))
s.append(Paragraph("The Group met on 4 May 2027. Health advice for EHC needs assessments remains below the 6-week "
                   "standard (62% in March against a 90% target). The Group agreed to escalate the neurodevelopmental "
                   "waiting list to this Committee. Actions are summarised in the log at the end of the minutes.", b))
s.append(PageBreak())

s.append(Paragraph("SEND Health Assurance Group", h1))
s.append(Paragraph("Unconfirmed minutes of the meeting held on Tuesday 4 May 2027, 14:00-16:00, MS Teams", bb))
att = [["Name", "Role", "Initials"],
       ["Yusuf Okafor (Chair)", "Designated Clinical Officer, NHS Westmoor ICB", "YO"],
       ["Rachel Moss", "Commissioning Manager, Children and Young People, ICB", "RM"],
       ["Grace Adeyemi", "Head of Children's Therapies, Westmoor Community Health NHS Trust", "GA"],
       ["Dr Anita Patel", "Consultant Community Paediatrician, Westmoor Community Health NHS Trust", "AP"],
       ["Mary Walker", "Head of SEND, Westmoor Council", "MW"],
       ["Liam Porter", "Data and Performance Manager, Westmoor Council", "LP"],
       ["Tom Evans", "Co-chair, Westmoor Parent Carer Forum", "TE"],
       ["In attendance", "", ""],
       ["Hannah Cole", "Corporate Governance Officer, ICB (minutes)", "HC"],
       ["Apologies", "", ""],
       ["Jenny Osei", "Designated Nurse, Safeguarding Children, ICB", "JO"]]
t = Table([[Paragraph(c, smb if i == 0 else (bb if r[1] == "" else sm)) for c in r] for i, r in enumerate(att)],
          colWidths=[40 * mm, 112 * mm, 18 * mm])
s.append(grid(t))
s.append(Spacer(1, 4 * mm))

M = [
    ("1", "<b>Welcome, introductions and apologies</b><br/>YO welcomed members. Apologies as above. The meeting was quorate.", ""),
    ("2", "<b>Declarations of interest</b><br/>None declared.", ""),
    ("3", "<b>Minutes of 2 March 2027 and action log</b><br/>The minutes were agreed as accurate. Actions 28-35 closed "
          "(see log). Action 31 (AP, audit of health advice quality) is closed and superseded by the multi-agency "
          "audit agreed at item 6.", ""),
    ("4", "<b>Health advice for EHC needs assessments - performance</b><br/>LP presented the March data: 62% of health "
          "advice returned within 6 weeks (February 58%). Community paediatrics remains the main pressure. MW reported "
          "that requests are still arriving without the parental consent form. MW to send the list of overdue health "
          "advice requests to GA and AP weekly - ongoing.<br/>Members agreed that the health advice template does not "
          "prompt clinicians to write outcomes. AP to review the template for health advice with MW so that the "
          "outcomes section reflects the Code of Practice, by end of Q1.", "MW<br/><br/><br/>AP"),
    ("5", "<b>Neurodevelopmental (ND) waiting list - escalation</b><br/>RM reported 1,402 children waiting, longest "
          "wait 131 weeks. The new provider mobilises in September. The Group agreed the risk could not be mitigated "
          "within the Group's remit and agreed to escalate to the Quality and Performance Committee via this paper. "
          "RM to update the risk register entry (BAF 4.2) ASAP to reflect the revised score.", "RM"),
    ("6", "<b>Quality of health advice - audit</b><br/>Following the discussion at item 4 it was agreed to replace the "
          "single-agency audit with a joint one. YO to lead a multi-agency audit of 20 EHCPs, health sections only, "
          "with a sample agreed with the Council, and report findings to the next meeting.", "YO"),
    ("7", "<b>Therapies update</b><br/>GA reported an SLT vacancy of 3.2 WTE; the OT waiting list is stable. GA to circulate the "
          "SLT caseload review to members by 21 May. <i>Later in the meeting (item 10) GA noted that 21 May clashes "
          "with the Trust's CQC well-led visit; the Group agreed the caseload review would come w/c 14 June instead.</i>",
     "GA"),
    ("8", "<b>Parent and carer experience</b><br/>TE said parents on the ND waiting list hear nothing for months. It "
          "was suggested that the ICB write to every family on the list; YO explained that the provider wrote to all "
          "families on 26 April with a named contact, so no further action. TE to share the PCF's 'waiting well' "
          "survey results with the group when published.", "TE"),
    ("9", "<b>SEND data dashboard</b><br/>Members asked to see timeliness by provider rather than a single health "
          "figure. LP to add health advice timeliness by provider to the SEND dashboard in time for the July meeting.",
     "LP"),
    ("10", "<b>Any other business</b><br/>(a) GA - CQC visit, see item 7. (b) RM - NHS England is holding an optional "
           "regional webinar on SEND inspection readiness on 10 June; members may attend if they wish. (c) None "
           "other.", ""),
    ("11", "<b>Date of next meeting</b><br/>Tuesday 6 July 2027, 14:00-16:00, MS Teams.", ""),
]
rows = [[Paragraph("Item", smb), Paragraph("Minute", smb), Paragraph("Action", smb)]]
rows += [[Paragraph(a, b), Paragraph(m, b), Paragraph(o, bb)] for a, m, o in M]
s.append(grid(Table(rows, colWidths=[12 * mm, 140 * mm, 18 * mm], repeatRows=1)))
s.append(Spacer(1, 6 * mm))
s.append(Paragraph("Action log", h2))
log = [["No.", "Date raised", "Item", "Action", "Lead", "Due", "Status"],
       ["22", "10/11/26", "4", "Health advice request form - add consent field", "MW", "12/01/27", "Closed"],
       ["23", "10/11/26", "5", "Paediatric locum business case to ICB exec", "RM", "12/01/27", "Closed"],
       ["24", "10/11/26", "6", "Share Trust therapy workforce plan", "GA", "12/01/27", "Closed"],
       ["25", "10/11/26", "7", "PCF to nominate a rep for HAG", "TE", "12/01/27", "Closed"],
       ["26", "10/11/26", "8", "Terms of reference - annual review", "YO", "12/01/27", "Closed"],
       ["27", "10/11/26", "9", "Add EP and health advice to one dashboard", "LP", "02/03/27", "Closed"],
       ["28", "12/01/27", "5", "Circulate DCO annual report", "YO", "02/03/27", "Closed"],
       ["29", "12/01/27", "6", "Health advice consent form - remind case officers", "MW", "02/03/27", "Closed"],
       ["30", "12/01/27", "8", "Agree PCF attendance at HAG", "YO", "02/03/27", "Closed"],
       ["31", "02/03/27", "4", "Audit of health advice quality", "AP", "04/05/27", "Closed - superseded by 41"],
       ["32", "02/03/27", "5", "ND waiting list data by age band", "RM", "04/05/27", "Closed"],
       ["33", "02/03/27", "7", "OT referral criteria to Local Offer", "GA", "04/05/27", "Closed"],
       ["34", "02/03/27", "9", "Dashboard access for PCF", "LP", "04/05/27", "Closed"],
       ["35", "02/03/27", "10", "Respond to NHSE SEND data return", "YO", "31/03/27", "Closed"],
       ["37", "04/05/27", "4", "Weekly list of overdue health advice requests", "MW", "Ongoing", "Open"],
       ["38", "04/05/27", "4", "Review health advice template (outcomes)", "AP / MW", "30/06/27", "Open"],
       ["39", "04/05/27", "5", "Update BAF 4.2 risk score", "RM", "ASAP", "Open"],
       ["40", "04/05/27", "7", "SLT caseload review (date moved from 21/05)", "GA", "w/c 14/06/27", "Open"],
       ["41", "04/05/27", "6", "Multi-agency audit of 20 EHCPs", "YO", "06/07/27", "Open"],
       ["42", "04/05/27", "8", "Share PCF waiting well survey results", "TE", "When published", "Open"],
       ["43", "04/05/27", "9", "Health advice timeliness by provider on dashboard", "LP", "06/07/27", "Open"]]
t = Table([[Paragraph(c, smb if i == 0 else sm) for c in r] for i, r in enumerate(log)],
          colWidths=[10 * mm, 19 * mm, 12 * mm, 62 * mm, 16 * mm, 24 * mm, 27 * mm], repeatRows=1)
s.append(grid(t))
doc.build(s, onFirstPage=page, onLaterPages=page)

write_labels(STEM, "2027-05-04", (
    "An NHS ICB board paper PDF: a committee cover sheet (purpose tick boxes, recommendation to NOTE, BAF risk, EQIA) "
    "and executive summary, then the unconfirmed minutes of the SEND Health Assurance Group of Tuesday 4 May 2027 as "
    "an attendance table with initials and an Item | Minute | Action table whose right column repeats the owner's "
    "initials, then an action log that breaks across pages with a repeated header. The meeting date is the Group's "
    "meeting (4 May), not the Committee date on the cover (25 May). Traps: the cover recommendation and the "
    "escalation to the Committee are not actions (the escalation is done by this paper); actions 22-35 in the log are closed and "
    "31 is superseded by the new audit; the suggestion that the ICB write to families was already done by the "
    "provider on 26 April; the NHSE webinar is optional; 'AP' is Dr Anita Patel (listed with initials in the "
    "attendance table), not Anne Price, who is not present; RM (Rachel Moss, ICB commissioning manager) is outside "
    "the partnership list, so person null. Owners are labelled as the initials written in the minute. Dates: MW's "
    "weekly list is 'ongoing' (null); 'by end of Q1' = end of the NHS financial quarter 1 = 30 June 2027 (the log "
    "agrees); 'ASAP' = null; 'report findings to the next meeting' and 'in time for the July meeting' = Tuesday 6 "
    "July 2027, the date given in item 11; GA's '21 May' was moved in the same meeting to 'w/c 14 June' = Friday 18 "
    "June 2027; TE's 'when published' = null."), [
    ("MW to send the list of overdue", "MW", "Mary Walker", None),
    ("AP to review the template", "AP", "Anita Patel", "2027-06-30"),
    ("the risk register entry (BAF 4.2) ASAP to reflect", "RM", None, None),
    ("YO to lead a multi-agency audit of 20 EHCPs", "YO", "Yusuf Okafor", "2027-07-06"),
    ("SLT caseload review to members by 21 May", "GA", "Grace Adeyemi", "2027-06-18"),
    ("TE to share the PCF's 'waiting well'", "TE", "Tom Evans", None),
    ("timeliness by provider to the SEND dashboard", "LP", "Liam Porter", "2027-07-06"),
])
