"""Builds 413_fiftyfifth_youth_justice_send_liaison_record_form.pdf"""
import sys
sys.path.insert(0, "/tmp/b55_pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "413_fiftyfifth_youth_justice_send_liaison_record_form.pdf")
ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=8.5, leading=10.5)
B = ParagraphStyle("b", parent=N, fontName="Helvetica-Bold")
H = ParagraphStyle("h", parent=N, fontName="Helvetica-Bold", fontSize=12, leading=15)
SH = ParagraphStyle("sh", parent=N, fontName="Helvetica-Bold", fontSize=9.5, textColor=colors.white)
GREY = colors.HexColor("#D9D9D9"); NAVY = colors.HexColor("#1F3864")

def P(t, s=N): return Paragraph(t, s)

def band(title):
    t = Table([[P(title, SH)]], colWidths=[180 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY), ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t

def grid(rows, widths, head=True):
    t = Table([[P(c, B if (head and i == 0) else N) for c in r] for i, r in enumerate(rows)], colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head: st.append(("BACKGROUND", (0, 0), (-1, 0), GREY))
    t.setStyle(TableStyle(st))
    return t

def furniture(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 8); c.drawCentredString(105 * mm, 290 * mm, "OFFICIAL-SENSITIVE")
    c.setFont("Helvetica", 7)
    c.drawString(15 * mm, 10 * mm, "Form YJS-SL1 v3.2 (rev. 04/2026)  Westmoor Youth Justice Service")
    c.drawRightString(195 * mm, 10 * mm, f"Page {d.page} of 2")
    c.drawCentredString(105 * mm, 6 * mm, "Retain for 7 years from date of meeting. Do not attach to individual case files.")
    c.restoreState()

story = []
story.append(P("WESTMOOR YOUTH JUSTICE SERVICE", H))
story.append(P("SEND LIAISON MEETING RECORD (YJS / SEND / Inclusion)", B))
story.append(Spacer(1, 4 * mm))
story.append(grid([
    ["Meeting date:", "14/10/2027", "Time:", "10:00 - 11:30"],
    ["Venue:", "YJS office, Kingsway House (and MS Teams)", "Record completed by:", "K. Mensah, YJS Education, Training & Employment Officer"],
    ["Chair:", "Dawn Achterberg, YJS Operations Manager", "Next meeting:", "11/11/2027, 10:00, Kingsway House"],
], [30, 60, 35, 55], head=False))
story.append(Spacer(1, 3 * mm))
story.append(band("SECTION 1 - ATTENDANCE"))
story.append(grid([
    ["Name", "Role", "Agency", "Present / Apols"],
    ["Dawn Achterberg", "Operations Manager (Chair)", "Youth Justice Service", "P"],
    ["Kwame Mensah", "ETE Officer (minutes)", "Youth Justice Service", "P"],
    ["Leanne Doyle", "Speech & Language Therapist (YJS seconded)", "Westmoor Community Health NHS Trust", "P"],
    ["Mary Walker", "Head of SEND", "Westmoor Council", "P (items 1-3)"],
    ["Chris Ibe", "SEND Casework Team Manager", "Westmoor Council", "P"],
    ["David Lowe", "Principal Educational Psychologist", "Westmoor Council", "P"],
    ["James Whitfield", "AD SEND & Inclusion", "Westmoor Council", "Apols"],
    ["Claire Dunmore", "Service Manager", "Westmoor SENDIASS", "P"],
    ["Yusuf Okafor", "Designated Clinical Officer", "Westmoor ICB", "Apols"],
], [38, 55, 60, 27]))
story.append(Spacer(1, 3 * mm))
story.append(band("SECTION 2 - REVIEW OF PREVIOUS ACTIONS (meeting 09/09/2027)"))
story.append(grid([
    ["No.", "Action", "Lead", "Status / update"],
    ["09.1", "Share list of open YJS cases with EHCPs with SEND casework team monthly", "YJS ETE Officer", "Complete - list sent 01/10, now standing monthly process"],
    ["09.2", "Agree protocol for sharing suspension and exclusion notifications with YJS", "AD SEND & Inclusion (JW)", "Ongoing - draft with legal. JW (by email) asked for new date of end of November"],
    ["09.3", "SLT screen for YJ-2204", "YJS SLT", "Closed - no longer required, case closed to YJS 22/09"],
    ["09.4", "Invite SENDIASS to YJS practitioner briefing", "Chair", "Complete - CD attended 30/09"],
], [14, 72, 38, 56]))
story.append(Spacer(1, 3 * mm))
story.append(band("SECTION 3 - COHORT OVERVIEW"))
story.append(P("37 children open to YJS. 14 (38%) have an EHCP, 9 at SEN support, 4 awaiting an EHC needs assessment decision. "
               "6 of the 14 with EHCPs are not in full-time education. Speech, language and communication needs identified in "
               "21 of the 37 screens completed this year. MW noted the SEND Partnership Board will receive the annual YJS/SEND "
               "data report in January - that is for the Board's own forward plan, not this group.", N))
story.append(Spacer(1, 3 * mm))
story.append(band("SECTION 4 - CASE DISCUSSIONS (anonymised - YJ reference only)"))
story.append(grid([
    ["YJ ref", "Summary", "Outcome of discussion"],
    ["YJ-2231", "Age 15, Referral Order. EHCP (SEMH) - YJS has not seen current plan. Attending AP 3 days.", "EHCP to be shared with YJS under the information sharing agreement. Referral Order panel will set the contract on 20/10 (panel's decision, not this meeting's)."],
    ["YJ-2240", "Age 14, court appearance 28/10/2027. EHC needs assessment requested by school 02/09; decision due.", "Agreed that a decision before court is needed so the pre-sentence report can reflect needs. Parent has not had SENDIASS contact."],
    ["YJ-2218", "Age 16, YRO. Not in education since Easter. No EHCP; significant literacy difficulties reported.", "EP consultation needed to advise on EHC needs assessment request. Mum declined early help assessment again - noted."],
], [18, 75, 87]))
story.append(Spacer(1, 3 * mm))
story.append(band("SECTION 5 - DECISIONS"))
story.append(P("D1. Agreed: YJS Operations Manager to attend the SEND Inclusion Panel quarterly from January (standing arrangement - no action). "
               "D2. Agreed: the communication screen is to be offered to every child at YJS assessment, not only on referral.", N))
story.append(PageBreak())
story.append(band("SECTION 6 - AGREED ACTIONS"))
story.append(grid([
    ["No.", "Action", "Lead", "Timescale", "Update at next meeting"],
    ["10.1", "Request a copy of the current EHCP for YJ-2231 from the SEND team", "YJS ETE Officer", "Within 5 working days", ""],
    ["10.2", "Expedite the EHC needs assessment decision for YJ-2240", "SEND Casework Team Manager", "By 27/10/27 (court 28/10)", ""],
    ["10.3", "Complete a communication screen for YJ-2240 ahead of the PSR", "YJS SLT", "Within 2 weeks", ""],
    ["10.4", "Contact parent of YJ-2240 to offer SENDIASS support", "Claire Dunmore", "ASAP", ""],
    ["10.5", "Arrange an EP consultation for YJ-2218", "DL", "Next liaison meeting", ""],
    ["09.2 (c/f)", "Agree protocol for sharing suspension and exclusion notifications with YJS", "AD SEND & Inclusion (JW)", "End of November", "c/f from 09/09"],
], [17, 70, 38, 30, 25]))
story.append(Spacer(1, 6 * mm))
story.append(grid([
    ["Signed (Chair):", "D. Achterberg", "Date:", "15/10/2027"],
    ["Circulation:", "Attendees only. Not for onward circulation.", "", ""],
], [30, 80, 20, 50], head=False))

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                        title="YJS SEND liaison meeting record 14-10-2027", author="K. Mensah")
doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
print("saved", OUT)
