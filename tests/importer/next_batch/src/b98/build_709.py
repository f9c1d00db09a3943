"""Board action log workbook (xlsx) for the Partnership Board of 17 March 2027."""
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = "/tmp/b98/709_ninetyeighth_board_action_log_workbook.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "Action log"
thin = Side(style="thin", color="999999")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
fills = {"R": "FF9999", "A": "FFD966", "G": "A9D08E", "B": "9BC2E6"}

ws["A1"] = "Westmoor SEND Partnership Board - Action Log"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Updated following Board meeting Wed 17 March 2027 (RH). Please send updates to Ruth by 5pm Friday before each Board."
ws["A3"] = "RAG key: R = overdue / A = at risk or slipped / G = on track / B = complete - propose to close (Chair to confirm)"
hdr = ["Ref", "Meeting raised", "Action", "Lead", "Due", "Updates (latest at bottom)", "Status", "RAG"]
ws.append([])
ws.append(hdr)
for c in ws[5]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F4E78")
    c.border = B

rows = [
    ["PB/26/41", "09/12/2026", "Produce revised SEND Sufficiency Plan incl. special school place modelling", "MW",
     "31/01/2027", "12/01/27 - draft shared with DMT\n17/03/27 - final version endorsed at Board (item 6). Propose to close.",
     "Propose to close", "B"],
    ["PB/26/44", "09/12/2026", "Mark Walsh to review wording of SEN transport eligibility letters following complaints", "Mark Walsh",
     "28/02/2027", "20/01/27 - draft letters with legal\n01/03/27 - new letters issued to all families. Propose to close.",
     "Propose to close", "B"],
    ["PB/27/03", "20/01/2027", "Set up the monthly EHCP 20-week timeliness dashboard and share link with Board members", "Liam P",
     "28/02/2027", "03/02/27 - data cleansing underway, c.300 records with missing dates\n17/03/27 - delayed by case mgmt system migration. Board agreed revised date 30/04/27",
     "Open", "A"],
    ["PB/27/05", "20/01/2027", "PCF to share findings of transition survey with the Board", "Tom Evans",
     "March Board", "17/03/27 - presented at today's Board (item 5), report on PCF website. Complete.",
     "Closed", "B"],
    ["PB/27/07", "20/01/2027", "Confirm ICB funding position for the neurodevelopmental pathway backlog", "YO",
     "March Board", "17/03/27 - verbal update only; ICB Finance Cttee not until 14 April. Carry forward to June Board.",
     "Open", "A"],
    ["PB/27/09", "20/01/2027", "Circulate dates of SENCo network meetings for summer term", "Helen B",
     "14/02/2027", "10/02/27 - sent to all Board members by email. Done.", "Closed", "B"],
    ["PB/27/11", "17/03/2027", "Draft Board response to the area SEND inspection framework consultation and circulate for comment",
     "Priya Shah", "09/04/2027", "New", "Open", "G"],
    ["PB/27/12", "17/03/2027", "Circulate revised terms of reference with amended quorum wording", "RH",
     "Next Board", "New - AP asked that the PCF co-chairs see it first", "Open", "G"],
    ["PB/27/13", "17/03/2027", "Arrange a Board development session on PfA outcomes framework with Owen Reid", "Sarah Khan",
     "14/05/2027", "New", "Open", "G"],
    ["PB/27/14", "17/03/2027", "Bring report on SALT waiting times broken down by school cluster", "Grace Adeyemi",
     "June Board", "New. GA noted data from the new system will only be available from May.", "Open", "G"],
    ["PB/27/15", "17/03/2027", "SEND capital programme update - Board noted progress on the two new resourced provisions", "-",
     "-", "Noted. No action.", "For info", ""],
    ["PB/27/16", "17/03/2027", "Share the draft joint commissioning strategy for short breaks with Board members", "Angela Fry (ICB commissioning)",
     "TBC", "New - Angela not present, YO to let her know", "Open", "G"],
    ["PB/27/17", "17/03/2027", "Consider whether a governor rep should join the Board", "Chair",
     "-", "17/03/27 - discussed, views mixed. Agreed to park until the ToR review in the autumn. No action at this time.", "Parked", ""],
]
for r in rows:
    ws.append(r)
    row = ws.max_row
    for c in ws[row]:
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = B
    if r[7]:
        ws.cell(row=row, column=8).fill = PatternFill("solid", fgColor=fills[r[7]])
for col, w in zip("ABCDEFGH", [10, 13, 55, 18, 12, 60, 15, 6]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A6"

cl = wb.create_sheet("Closed 2026")
cl.append(["Closed actions - 2026 Board meetings (moved from main log)"])
cl.append([])
cl.append(["Ref", "Meeting raised", "Action", "Lead", "Due", "Updates", "Date closed"])
for r in [
    ["PB/26/30", "16/09/2026", "Write to all SENCOs about the new EHC needs assessment request form", "Mary Walker", "31/10/2026",
     "Letter sent 21/10/26", "09/12/2026"],
    ["PB/26/33", "16/09/2026", "Invite SENDIASS to present annual report", "RH", "December Board",
     "Claire Dunmore presented 09/12/26", "09/12/2026"],
    ["PB/26/38", "14/10/2026", "Publish the refreshed Local Offer accessibility statement", "Sarah K", "30/11/2026",
     "Published 25/11/26", "09/12/2026"],
]:
    cl.append(r)
cl.column_dimensions["C"].width = 60

key = wb.create_sheet("Notes")
key.append(["How to use this log"])
key.append(["New actions are added after each Board by the Business Support Officer."])
key.append(["Rows marked 'Propose to close' will be closed once the Chair agrees at the next Board, then moved to the Closed tab."])
key.append(["Due dates: where a date has slipped, the revised date agreed by the Board is recorded in the Updates column."])
wb.save(OUT)
