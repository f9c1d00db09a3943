"""Builds 303_fortieth_ehc_panel_decision_register.xlsx (EHC multi-agency panel decisions register)."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent.parent / "303_fortieth_ehc_panel_decision_register.xlsx"

wb = Workbook()
wrap = Alignment(wrap_text=True, vertical="top")
bold = Font(bold=True)
hdr_fill = PatternFill("solid", fgColor="1F4E78")
hdr_font = Font(bold=True, color="FFFFFF")
amber = PatternFill("solid", fgColor="FFE699")
grey = PatternFill("solid", fgColor="D9D9D9")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------- Cover ----------------
ws = wb.active
ws.title = "Panel 14.01.27"
rows = [
    ["WESTMOOR COUNCIL - SEND SERVICE"],
    ["EHC Multi-Agency Panel (MAP) - Decisions Register"],
    ["OFFICIAL - SENSITIVE.  Do not forward outside the panel distribution list.  Case refs only - no names."],
    [],
    ["Panel date", "Thu 14/01/2027", "", "Time", "09:30 - 12:45"],
    ["Venue", "Teams + Room 2.14 Civic Centre", "", "Quorate?", "Yes (Ed + Health + Care)"],
    ["Panel no.", "MAP 2027/02", "", "Cases listed", 9],
    ["Register kept by", "Debbie Marsh (panel admin)", "", "Cases heard", 7],
    [],
    ["Panel members present", "Initials", "Role"],
    ["Mary Walker", "MW", "Head of SEND (panel chair)"],
    ["David Lowe", "DL", "Principal Educational Psychologist"],
    ["Yusuf Okafor", "YO", "Designated Clinical Officer, ICB"],
    ["Grace Adeyemi", "GA", "Head of Children's Therapies (from 10:15)"],
    ["Kwame Asante", "KA", "Team Manager, Children with Disabilities Team (social care)"],
    ["Jo Fenwick", "JF", "SEN Casework Team Leader"],
    ["Debbie Marsh", "DM", "Panel administrator (non-voting)"],
    [],
    ["Apologies", "", "Helen Brooks (SENCo rep) - cover not found; Sarah Kent (SIA)"],
    [],
    ["Cases withdrawn before panel", "", "EH-0049 (family moved out of area), EH-0055 (school withdrew request - will resubmit)"],
    [],
    ["Next panel", "", "Thu 21/01/2027 09:30 - deadline for papers Mon 18/01 12 noon"],
]
for r in rows:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=14)
ws["A2"].font = Font(bold=True, size=12)
ws["A3"].font = Font(italic=True, color="C00000")
for c in ("A10", "B10", "C10"):
    ws[c].font = bold
    ws[c].fill = grey
widths(ws, [30, 30, 60, 12, 26])

# ---------------- Decisions ----------------
ws = wb.create_sheet("Decisions")
head = ["#", "Case ref", "Request / stage", "Presented by", "Panel decision", "Rationale (brief)",
        "F/U req'd?", "Follow-up detail", "Who", "Target", "RAG (admin use)"]
ws.append(head)
data = [
    [1, "EH-2027-0041", "EHCNA request (school) - Y4", "JF",
     "AGREE TO ASSESS",
     "Two cycles of APDR evidenced; EP involvement since 2025; attainment well below ARE despite SALT input.",
     "Y", "Casework to send agree-to-assess letter and request advices (EP, health, care, school).",
     "JF", "21/01/27", ""],
    [2, "EH-2027-0038", "EHCNA request (parent) - Y8", "JF",
     "NOT TO ASSESS",
     "Insufficient evidence of graduated approach at SEN support; school has not yet used OAP guidance or sought EP consultation.",
     "N", "Standard refusal letter (mediation + appeal rights) - no panel follow-up. School to be signposted to EP consultation line in the letter.",
     "", "", ""],
    [3, "EH-2027-0029", "Draft plan - consider for issue", "GA",
     "ISSUE DRAFT - subject to amendment",
     "Section F SALT wording not specific ('regular input'). Otherwise fine. Parent views incorporated.",
     "Y", "GA to get SALT provision in section F quantified (hrs/term, delivered by whom) before the draft goes out.",
     "GA", "5 w/days", ""],
    [4, "EH-2027-0017", "Annual review - request to amend + specialist placement (Y6>Y7)", "DL",
     "DEFERRED",
     "Latest EP advice is 2 yrs old and predates the diagnosis; panel can't weigh specialist vs. resourced provision without it.",
     "Y", "DL to arrange EP update visit (observation + consultation with parent); return to panel 11/02.",
     "DL", "11/02/27", ""],
    [5, "EH-2027-0052", "Personal budget - short breaks element", "KA",
     "REDIRECTED",
     "Not a MAP decision - sits with the Short Breaks panel (meets 28/01). KA confirmed the family is already on their list.",
     "N", "None for MAP.", "", "", ""],
    [6, "EH-2027-0044", "Top-up banding review (resourced provision)", "JF",
     "BAND C AGREED wef 01/02/27",
     "Increased adult support evidenced by provision map; banding descriptors met for C.",
     "Y", "Finance to be told - DM (panel admin) to update banding spreadsheet and notify school of new band + effective date.",
     "DM", "asap", ""],
    [7, "EH-2027-0060", "EHCNA request (health-led) - Reception", "YO",
     "AGREE TO ASSESS",
     "Complex medical needs; child currently attends with 1:1 from nursery budget. Panel satisfied the legal test is met.",
     "Y", "YO to chase community paeds for the health advice - previous request on this child unanswered since Nov.",
     "YO", "before next panel", ""],
]
for r in data:
    ws.append(r)
for cell in ws[1]:
    cell.font = hdr_font
    cell.fill = hdr_fill
    cell.alignment = wrap
for row in ws.iter_rows(min_row=2):
    for cell in row:
        cell.alignment = wrap
ws["K4"].fill = amber
ws["K8"].fill = amber
widths(ws, [4, 15, 26, 10, 22, 45, 9, 50, 7, 14, 10])
ws.freeze_panes = "C2"

# ---------------- Carried ----------------
ws = wb.create_sheet("F-U from 07.01")
ws.append(["Follow-ups from panel 07/01/27 (MAP 2027/01)", "", "", "", ""])
ws.append(["Case ref", "Follow-up", "Who", "Due", "Update at 14/01"])
carried = [
    ["EH-2027-0033", "SALT advice to be chased - overdue wk 7", "GA", "12/01", "DONE - received 12/01, on file"],
    ["EH-2027-0021", "EP advice outstanding (EP off sick)", "DL", "14/01", "Still outstanding - reallocated to locum, carried to 21/01"],
    ["EH-2026-0988", "Final plan to be issued - named school consulted", "JF", "14/01", "CLOSED - final issued 11/01"],
    ["EH-2027-0007", "Check with school re: reduced timetable", "KA", "14/01", "Closed - school confirms full-time from 11/01"],
]
for r in carried:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=12)
for cell in ws[2]:
    cell.font = bold
    cell.fill = grey
for row in ws.iter_rows(min_row=3):
    for cell in row:
        cell.alignment = wrap
widths(ws, [15, 45, 7, 8, 50])

# ---------------- Notes ----------------
ws = wb.create_sheet("Notes + AOB")
notes = [
    ["General notes (DM) - not case specific"],
    [""],
    ["1. Volume: 9 listed, 7 heard. 20-wk rate for Dec (provisional) 48% - MW noted this is below the 60% in the improvement plan but up on Nov (41%)."],
    ["2. Panel AGREED that from 1 February any EHCNA request from a school without a current One Plan / APDR record attached will be returned unheard. JF to reflect this in the request form guidance - already drafted, goes live 01/02 (no further action)."],
    ["3. GA raised that OT advices are still coming in late because requests go to the generic inbox. Discussed at length. No agreement on a fix - to come back when the new referral portal is live (ICB timetable, spring). In the meantime GA to send JF a list of the OT advice requests that went to the generic inbox since October, by 28/01, so casework can chase."],
    ["4. AOB - MW would like the panel dashboard to show 20-week timeliness by locality as well as overall. Liam Porter (data) not at panel - MW to ask him whether the dashboard can split by locality, in time for the Feb data pack."],
    ["5. AOB - KA: social care advice template is being revised by the Children with Disabilities Team - for information, their own timescale."],
    [""],
    ["Register checked by chair:", "MW  15/01/27"],
]
for r in notes:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=12)
for row in ws.iter_rows(min_row=2):
    for cell in row:
        cell.alignment = wrap
widths(ws, [110, 20])

wb.save(OUT)
print("wrote", OUT)
