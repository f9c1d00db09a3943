"""Builds 333: a SharePoint list 'Export to Excel' of the SEND Partnership Board action log."""
import datetime as dt
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = Path(__file__).resolve().parent.parent / "333_fortyfourth_sharepoint_list_action_log_export.xlsx"
D = lambda s: dt.datetime.strptime(s, "%d/%m/%Y") if s else None
M = lambda s: dt.datetime.strptime(s, "%d/%m/%Y %H:%M")

cols = ["ID", "Title", "Action detail", "Meeting", "Date raised", "Owner", "Owner (other)",
        "Due date", "Status", "RAG", "Update / comments", "Date closed",
        "Modified", "Modified By", "Created By", "Item Type", "Path"]
PATH = "sites/WestmoorSENDPartnership/Lists/Board Action Log"
rows = [
    [41, "Local Offer FAQs", "Publish the refreshed Local Offer FAQs agreed by the co-production group",
     "SEND Partnership Board", "15/09/2026", "Sarah Khan", "", "30/10/2026", "Closed", "Green",
     "Published 28/10. Link in Chair's update.", "28/10/2026", "28/10/2026 14:03", "Sarah Khan", "Ruth Hill"],
    [44, "Dashboard locality split", "Add EHCP 20-week timeliness trend by locality to the Board dashboard",
     "SEND Partnership Board", "15/09/2026", "Liam Porter", "", "10/11/2026", "Open", "Amber",
     "10/11 Board: trend line added but locality split still outstanding (data quality in two localities). Board agreed revised due date 08/12/2026.",
     "", "11/11/2026 09:41", "Ruth Hill", "Ruth Hill"],
    [46, "PCF rep for Inclusion Funding panel", "Nominate a PCF representative to sit on the Inclusion Funding panel",
     "SEND Partnership Board", "15/09/2026", "Tom Evans", "", "16/10/2026", "Closed", "Green",
     "Priya Mistry nominated 03/10.", "03/10/2026", "03/10/2026 11:20", "Ruth Hill", "Ruth Hill"],
    [47, "Joint training calendar", "Agree approach to a joint multi-agency training calendar",
     "SEND Partnership Board", "15/09/2026", "", "Workforce Workstream", "", "Closed", "Blue",
     "10/11 Board: closed - superseded by WSoA action 3.2 (owned by the Workforce Workstream, not this Board).",
     "10/11/2026", "11/11/2026 09:44", "Ruth Hill", "Ruth Hill"],
    [50, "Champions attendance data", "Share attendance by school at the Network of SEND Champions with school improvement advisers",
     "Network of SEND Champions", "04/11/2026", "Sarah Kent", "", "27/11/2026", "Open", "Green",
     "Logged here in error from Champions network - Champions keep their own log. RH to move.",
     "", "05/11/2026 16:12", "Ruth Hill", "Ruth Hill"],
    [52, "Revised ToR for comment", "Circulate the revised Board terms of reference to members for comment",
     "SEND Partnership Board", "10/11/2026", "Ruth Hill", "", "17/11/2026", "Not started", "Green",
     "Comments back within a week of circulation.", "", "11/11/2026 09:47", "Ruth Hill", "Ruth Hill"],
    [53, "EHCP timeliness recovery plan", "Bring the EHCP timeliness recovery plan, with monthly trajectory, to the Board",
     "SEND Partnership Board", "10/11/2026", "Mary Walker", "", "", "Not started", "Amber",
     "For the December Board - no date entered as meeting date not yet confirmed in calendar.", "",
     "11/11/2026 09:49", "Ruth Hill", "Ruth Hill"],
    [54, "ICB sign-off joint commissioning strategy", "Confirm ICB executive sign-off of the joint commissioning strategy",
     "SEND Partnership Board", "10/11/2026", "Yusuf Okafor", "", "30/11/2026", "Open", "Amber",
     "ICB exec meets 24/11.", "", "11/11/2026 09:52", "Ruth Hill", "Ruth Hill"],
    [55, "DECISION: PCF survey", "DECISION - Board agreed the PCF 2026 survey results are published in full alongside the local area response",
     "SEND Partnership Board", "10/11/2026", "", "", "", "Decision - no action", "",
     "Logged for audit trail only.", "10/11/2026", "11/11/2026 09:53", "Ruth Hill", "Ruth Hill"],
    [56, "PfA development session", "Arrange a Board development session on Preparing for Adulthood",
     "SEND Partnership Board", "10/11/2026", "", "Chair / Business Support", "", "Not started", "Green",
     "Spring term - date TBC with Owen Reid's availability.", "", "11/11/2026 09:55", "Ruth Hill", "Ruth Hill"],
    [57, "SENDIASS annual report", "Share SENDIASS annual report 2025-26 with Board members",
     "SEND Partnership Board", "10/11/2026", "Claire Dunmore", "", "10/11/2026", "Closed", "Green",
     "Tabled and shared in the meeting.", "10/11/2026", "11/11/2026 09:56", "Ruth Hill", "Ruth Hill"],
    [58, "Sufficiency update", "Provide an update on specialist place sufficiency, including the resource base build programme",
     "SEND Partnership Board", "10/11/2026", "Priya Shah", "", "12/01/2027", "Not started", "Green",
     "January Board.", "", "11/11/2026 09:58", "Ruth Hill", "Ruth Hill"],
]

wb = Workbook()
ws = wb.active
ws.title = "query"
ws.append(cols)
for r in rows:
    r = list(r)
    for i in (4, 7, 11):
        r[i] = D(r[i])
    r[12] = M(r[12])
    ws.append(r + ["Item", PATH])
for row in ws.iter_rows(min_row=2):
    for c in row:
        if isinstance(c.value, dt.datetime):
            c.number_format = "dd/mm/yyyy hh:mm" if c.column == 13 else "dd/mm/yyyy"
for i, w in enumerate([5, 30, 60, 26, 12, 16, 24, 12, 18, 8, 70, 12, 17, 14, 14, 8, 50], 1):
    ws.column_dimensions[ws.cell(1, i).column_letter].width = w
t = Table(displayName="Table1", ref=f"A1:Q{len(rows) + 1}")
t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(t)
ws.freeze_panes = "A2"
wb.save(OUT)
print("wrote", OUT)
