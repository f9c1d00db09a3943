from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.comments import Comment

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "349_fortysixth_board_forward_plan_and_action_log.xlsx")
wb = Workbook()
thin = Side(style="thin", color="999999")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")
hdr = PatternFill("solid", fgColor="1F3864")
fills = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "BLUE": "BDD7EE", "NEW": "FFFFFF"}

# ---- Sheet 1: forward plan
ws = wb.active
ws.title = "Forward Plan 2026-27"
ws["A1"] = "WESTMOOR SEND PARTNERSHIP BOARD - FORWARD PLAN 2026/27 (updated after Board 12/11/2026)"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Maintained by Partnership Business Support (RH). Items marked NEW were commissioned by the Board on 12 November; standing items appear at every meeting."
ws.merge_cells("A2:G2")
ws["D3"] = "Board meeting dates"
ws.merge_cells("D3:F3")
ws["D3"].alignment = Alignment(horizontal="center")
ws["D3"].font = Font(bold=True)
heads = ["Agenda item", "Type", "Lead", "Thu 21 Jan 2027", "Thu 18 Mar 2027", "Thu 20 May 2027", "Change agreed 12 Nov"]
for i, h in enumerate(heads, 1):
    c = ws.cell(row=4, column=i, value=h)
    c.font = Font(bold=True, color="FFFFFF"); c.fill = hdr; c.alignment = wrap; c.border = B
rows = [
    ("Minutes, matters arising and action log", "Standing", "Chair", "Yes", "Yes", "Yes", "-"),
    ("Performance dashboard (EHCP timeliness, tribunals, exclusions)", "Standing", "LP", "Yes", "Yes", "Yes", "-"),
    ("Board risk register", "Standing", "MW", "Yes", "Yes", "Yes", "-"),
    ("Voice of children, young people and families", "Standing", "SK / TE", "Yes", "Yes", "Yes", "-"),
    ("Preparing for Adulthood", "Deep dive", "Owen Reid", "NEW: Owen Reid to present PfA outcomes deep dive (employment, independent living, post-16 destinations)", "", "",
     "NEW - commissioned by the Board (SPB/26/52)"),
    ("SENDIASS", "Report", "Claire Dunmore", "", "NEW: Claire Dunmore to present SENDIASS annual report 2025/26 incl. themes from parent enquiries", "",
     "NEW - requested by the Chair (SPB/26/50)"),
    ("Educational Psychology service review", "Report", "DL", "(removed)", "", "",
     "REMOVED - the Chair agreed this should go to the Schools Forum (26 Nov) rather than the Board"),
    ("High Needs Block and banding review", "Decision", "JW", "Yes", "", "",
     "No change - already on January agenda"),
    ("Board annual report 2026/27", "Decision", "Chair / RH", "", "", "Yes", "No change"),
]
for r, row in enumerate(rows, 5):
    for c, v in enumerate(row, 1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = wrap; cell.border = B
        if str(v).startswith("NEW"):
            cell.fill = PatternFill("solid", fgColor="E2EFDA")
        if str(v).startswith("REMOVED") or v == "(removed)":
            cell.font = Font(strike=True, color="808080") if v == "(removed)" else Font(italic=True)
for col, w in zip("ABCDEFG", [34, 11, 14, 34, 34, 18, 36]):
    ws.column_dimensions[col].width = w
ws["D9"].comment = Comment("Owen asked for 30 mins not 20 - Chair agreed by email 13/11", "Ruth Hill")

# ---- Sheet 2: action log
al = wb.create_sheet("Action log 12 Nov 2026")
al["A1"] = "ACTION LOG - Board meeting Thursday 12 November 2026"
al["A1"].font = Font(bold=True, size=13)
al["A2"] = "RAG: GREEN = complete / on track; AMBER = open with revised date; RED = overdue; BLUE = closed at this meeting. Dates UK format."
al.merge_cells("A2:H2")
h2 = ["Ref", "Minute", "Action", "Owner", "Due", "RAG", "Update at 12 Nov", "Close?"]
for i, h in enumerate(h2, 1):
    c = al.cell(row=3, column=i, value=h)
    c.font = Font(bold=True, color="FFFFFF"); c.fill = hdr; c.alignment = wrap; c.border = B
acts = [
    ("26/47", "SPB/26/31 (17 Sep)", "Agree data-sharing agreement between Council and PCF for survey data", "TE", "30/10/2026", "BLUE",
     "Signed by both parties 28/10. Close.", "Yes"),
    ("26/51", "SPB/26/36 (17 Sep)", "Take the Local Offer accessibility audit findings to the web team and agree fixes", "SK", "04/12/2026 (was 31/10/2026)", "AMBER",
     "Web team restructure delayed meeting. Board agreed revised date.", "No"),
    ("26/58", "SPB/26/44", "Publish the revised SEND Sufficiency Statement on the Local Offer", "MW", "30/11/2026", "GREEN", "New", "No"),
    ("26/59", "SPB/26/45", "Circulate the Board's revised Terms of Reference to members for comment", "Ruth", "within 10 working days", "GREEN", "New", "No"),
    ("26/60", "SPB/26/46", "EHCP timeliness dashboard broken down by ward", "LP", "January Board", "GREEN", "New", "No"),
    ("26/61", "SPB/26/47", "Confirm ICB representative on the Tribunal Learning Panel", "YO", "18/12/2026", "GREEN", "New", "No"),
    ("26/62", "SPB/26/52", "Add PfA deep dive to the January agenda and brief Owen Reid", "RH", "13/11/2026", "BLUE",
     "Done 13/11 - see Forward Plan tab", "Yes"),
    ("26/63", "SPB/26/49", "Share PCF annual parent survey results with the Board", "TE", "January Board", "GREEN", "New", "No"),
    ("26/64", "SPB/26/51", "Cabinet to consider the SEND capital programme", "Cabinet (for info)", "10/12/2026", "",
     "Not a Board action - recorded for information only", "n/a"),
]
for r, row in enumerate(acts, 4):
    for c, v in enumerate(row, 1):
        cell = al.cell(row=r, column=c, value=v)
        cell.alignment = wrap; cell.border = B
    rag = row[5]
    if rag:
        al.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fills[rag])
for col, w in zip("ABCDEFGH", [7, 18, 48, 14, 22, 8, 40, 8]):
    al.column_dimensions[col].width = w

# ---- Sheet 3: notes
nt = wb.create_sheet("Notes")
nt["A1"] = "Notes for clerks"
nt["A2"] = "Forward Plan items commissioned at a meeting are also actions for the named lead - they are NOT repeated on the action log."
nt["A3"] = "Closed (BLUE) rows are removed from the log after the next meeting."
nt.column_dimensions["A"].width = 110
wb.save(OUT)
print("wrote", OUT)
