"""Builds 255_thirtythird_minutes_template_checkboxes.pdf into the parent folder."""
import sys
sys.path.insert(0, "/tmp/thirtythird_pylib")
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

OUT = Path(__file__).resolve().parent.parent / "255_thirtythird_minutes_template_checkboxes.pdf"
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
base = ParagraphStyle("b", fontName="DV", fontSize=8.5, leading=11)
small = ParagraphStyle("s", parent=base, fontSize=7, textColor=colors.grey)
bold = ParagraphStyle("bb", parent=base, fontName="DVB")
title = ParagraphStyle("t", parent=base, fontName="DVB", fontSize=13, leading=16)
hint = ParagraphStyle("h", parent=base, fontSize=7.5, textColor=colors.HexColor("#2F5597"))

Y, N = "☑", "☐"
def P(t, s=base):
    return Paragraph(t, s)

def footer(c, d):
    c.saveState()
    c.setFont("DV", 7)
    c.drawString(15 * mm, 10 * mm, "WMC Standard Meeting Record - Template v3.2 (Corporate Governance, rev. 2025) - OFFICIAL")
    c.drawRightString(195 * mm, 10 * mm, f"Page {d.page}")
    c.restoreState()

grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#DEEAF6"))])
story = [P("Westmoor Council", small), P("STANDARD MEETING RECORD", title), Spacer(1, 4),
         P("<i>Complete all boxes. Tick one type per agenda item. Actions MUST be entered in Section 4 action log with owner and date. "
           "Delete guidance text in blue before circulating.</i>", hint), Spacer(1, 6)]
hdr = [
    [P("Meeting name", bold), P("SEND Data &amp; Performance Sub-group (reports to Westmoor SEND Partnership Board)")],
    [P("Meeting type", bold), P(f"{N} Board    {Y} Sub-group    {N} Task &amp; Finish    {N} Operational    {N} Other: ________")],
    [P("Date / time / venue", bold), P("08/07/2027   10:00 - 11:30   County Hall Rm G14 / Teams")],
    [P("Chair", bold), P("Liam Porter (LP), Data and Performance Manager")],
    [P("Minute taker", bold), P("Ruth Hill (RH)")],
    [P("Attendees", bold), P("LP, RH, Mary Walker (MW), Yusuf Okafor (YO), Helen Brooks (HB), Sarah Khan (SK), Tom Evans (TE), "
                              "Ifeoma Obi (IO, SEND data analyst)")],
    [P("Apologies", bold), P("Grace Adeyemi, David Lowe")],
    [P("Quorate?", bold), P(f"{Y} Yes   {N} No")],
    [P("Declarations of interest", bold), P(f"{Y} None declared   {N} Declared (record below)")],
    [P("Confidential items?", bold), P(f"{N} Yes - Part B record held separately   {Y} No")],
]
t = Table(hdr, colWidths=[45 * mm, 135 * mm]); t.setStyle(grid)
story += [P("SECTION 1 - MEETING DETAILS", bold), t, Spacer(1, 8)]

story += [P("SECTION 2 - PREVIOUS RECORD AND ACTIONS", bold)]
prev = [
    [P("Previous record agreed as accurate?", bold), P(f"{Y} Yes   {N} No - amendments: ")],
    [P("Matters arising", bold), P("Action log reviewed - see Section 4 (rows carried forward are marked c/f). "
                                    "SEN2 return submitted to DfE on time - thank you IO.")],
]
t = Table(prev, colWidths=[45 * mm, 135 * mm]); t.setStyle(grid)
story += [t, Spacer(1, 8), P("SECTION 3 - AGENDA ITEMS", bold),
          P("<i>Type: I = Information / noting   D = Decision   A = Action(s) arising - record actions in Section 4</i>", hint), Spacer(1, 3)]

items = [
    ("3.1", "EHCP timeliness dashboard", (N, N, Y),
     "LP showed draft Power BI pages. Members liked the 20-week trend but want it split by locality and by "
     "advice type. LP to build the new EHCP timeliness dashboard page incl. locality split. IO flagged that the SEN2 extract still "
     "has duplicate UPN records (approx. 40) which inflate the caseload - data team to fix before the dashboard goes live."),
    ("3.2", "Health advice data", (N, N, Y),
     "YO: ICB can now provide health advice timeliness data monthly from August (first return covering July). "
     "Will come via the DCO mailbox. Members asked for it to be split by service (SLT / OT / paeds)."),
    ("3.3", "School-level EHCP reports", (N, Y, N),
     "Agreed to share school-level EHCP data with SENCOs from the autumn term (anonymised below 5). "
     "HB offered to test the school-level report with Riverside staff first, before it goes wider - by 17/09/2027. "
     "Originally this was going to be a letter to all heads - no longer needed (see action 3 in log)."),
    ("3.4", "Board measures", (N, Y, Y),
     "Sub-group agreed a shortlist of 9 measures. MW to agree with the Board chair which measures go to the Partnership Board "
     "- for the Board on 22 July. Decision: the 'parental confidence' measure stays in even though the sample is small."),
    ("3.5", "Voice of CYP indicators", (Y, N, N),
     "SK updated on the young people's survey (312 responses). TE asked if the survey measures could go in the indicator list - "
     "SK said she would add the young people's survey measures to the indicator list, no rush."),
    ("3.6", "Template", (Y, N, N),
     "RH noted the corporate template v3.3 is coming in September (owned by Corporate Governance, not this group)."),
]
rows = [[P("No.", bold), P("Item", bold), P("Type", bold), P("Summary / outcome", bold)]]
for no, name, (i, d, a), txt in items:
    rows.append([P(no), P(name), P(f"{i} I<br/>{d} D<br/>{a} A"), P(txt)])
t = Table(rows, colWidths=[10 * mm, 32 * mm, 14 * mm, 124 * mm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DEEAF6"))]))
story += [t, Spacer(1, 8)]

story += [P("SECTION 4 - ACTION LOG", bold),
          P("<i>Tick Complete ✓ when done. Put ✗ if the action is cancelled and say why. c/f = carried forward.</i>", hint), Spacer(1, 3)]
log = [[P("No.", bold), P("Action", bold), P("Owner", bold), P("Due", bold), P("Complete", bold)],
       [P("c/f 0427-2"), P("Circulate SEN2 validation queries to schools"), P("IO"), P("31/05/2027"), P("✓")],
       [P("c/f 0427-4"), P("Add EHCNA refusal rate to Board pack"), P("LP"), P("10/06/2027"), P("✓")],
       [P("1"), P("Build new EHCP timeliness dashboard page (incl. locality split)"), P("LP"), P("30/07/2027"), P(N)],
       [P("2"), P("Fix duplicate UPN records in SEN2 extract"), P("Data team"), P("23/07/2027"), P(N)],
       [P("3"), P("Letter to all heads re school-level data"), P("MW"), P("-"), P("✗ not needed, see 3.3")],
       [P("4"), P("Health advice timeliness data monthly from Aug"), P("YO"), P("13/08/2027"), P(N)],
       [P("5"), P("Agree Board measures with chair"), P("MW"), P("22/07/2027"), P(N)],
       [P("[No.]"), P("[Insert action - start with a verb]"), P("[Owner initials]"), P("[dd/mm/yyyy]"), P(N)],
       [P("[No.]"), P("[Insert action - start with a verb]"), P("[Owner initials]"), P("[dd/mm/yyyy]"), P(N)],
       ]
t = Table(log, colWidths=[20 * mm, 92 * mm, 22 * mm, 22 * mm, 24 * mm], repeatRows=1)
t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DEEAF6"))]))
story += [t, Spacer(1, 8)]

story += [P("SECTION 5 - AOB, RISKS AND ESCALATIONS", bold)]
aob = [
    [P("AOB", bold), P(f"{Y} None   {N} See below")],
    [P("Risks to add to SEND risk register?", bold), P(f"{N} Yes   {Y} No")],
    [P("Escalate to Board?", bold), P(f"{Y} Yes - Board measures (item 3.4)   {N} No")],
    [P("Next meeting", bold), P("Thursday 9 September 2027, 10:00, Teams")],
    [P("Record approved by chair", bold), P(f"{Y} LP  (date: 12/07/2027)")],
]
t = Table(aob, colWidths=[60 * mm, 120 * mm]); t.setStyle(grid)
story += [t]

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=18 * mm,
                        title="Standard Meeting Record", author="Ruth Hill")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
print("wrote", OUT)
