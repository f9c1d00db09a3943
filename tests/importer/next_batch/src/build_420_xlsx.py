import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "420_fiftysixth_wide_action_log_update_columns.xlsx")
D = lambda s: dt.datetime.strptime(s, "%d/%m/%y")
wb = Workbook()
ws = wb.active
ws.title = "Action log"

ws["A1"] = "SEND Home to School Transport & Travel Assistance Working Group \u2013 ACTION LOG"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Last updated: 08/04/27 (after meeting)  |  Updates are added as a new column each meeting \u2013 newest on the right"
ws["A3"] = "Next meeting: Thu 13/05/27, 10:00, Civic Centre Room 4 / Teams"
ws["A2"].font = ws["A3"].font = Font(italic=True, color="595959")

hdr = ["Ref", "Date raised", "Action", "Owner", "Original target", "Update 14/01/27",
       "Update 11/02/27", "Update 11/03/27", "Update 08/04/27", "RAG", "Status"]
ws.append([])
ws.append(hdr)
HR = ws.max_row
fill = PatternFill("solid", fgColor="1F4E78")
for c in ws[HR]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = fill
    c.alignment = Alignment(wrap_text=True, vertical="center")

rows = [
    ["TR-01", D("14/01/27"), "Write to special schools re revised pick-up times", "RH (for MWa)", D("29/01/27"),
     "Letter drafted, with MWa for sign-off", "Sent 03/02 \u2013 CLOSE", None, None, "G", "Closed"],
    ["TR-02", D("14/01/27"), "Map routes with single-occupancy taxis", "Mark W", D("26/02/27"),
     "Started", "Data from operator awaited", "Superseded by TR-07 (policy refresh covers this)", None, None, "Superseded"],
    ["TR-03", D("14/01/27"), "Review taxi contract SEND training requirements (drivers & PAs)", "Mark W", D("31/03/27"),
     "Legal reviewing current clauses", "On track", "Draft clauses with procurement",
     "Slipped \u2013 procurement capacity. Revised target 30/04/27", "A", "Open"],
    ["TR-04", D("11/02/27"), "Explore framework for bus passes for escorts", "Procurement (Dean)", "TBC",
     None, "New", "No update \u2013 c/f", "No update \u2013 c/f. Dean to bring options when the framework is renewed", "A", "Open"],
    ["TR-05", D("11/02/27"), "Travel training pilot \u2013 identify 10 Y10/11 students from 3 special schools",
     "Jas Kaur (Travel Trainer)", D("21/05/27"), None, "New", "4 students identified", "7 identified \u2013 on track", "G", "Open"],
    ["TR-06", D("11/03/27"), "Share transport appeals panel dates with PCF", "Ruth H", D("18/03/27"),
     None, None, "New", "Done 15/03 \u2013 Tom confirmed received", "G", "Complete"],
    ["TR-07", D("11/03/27"), "Refresh post-16 transport policy statement (statutory publication by 31 May)", "Owen Reid",
     D("28/05/27"), None, None, "New \u2013 OR to lead with MWa", "Draft to CYP DMT 22/04; on track for 28/05", "G", "Open"],
    ["TR-08", D("08/04/27"), "Parent survey on transport communication \u2013 draft questions", "PCF (TE)", "Next meeting",
     None, None, None, "New", None, "Open"],
    ["TR-09", D("08/04/27"), "Appeals outcomes data Q4 (upheld / not upheld, by reason)", "LP", D("23/04/27"),
     None, None, None, "New", None, "Open"],
    ["TR-10", D("08/04/27"), "Independent travel award scheme \u2013 look at what other LAs do", "?", None,
     None, None, None, "Idea only \u2013 not agreed. Revisit in June", None, "Parked"],
]
RAG = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}
thin = Side(style="thin", color="BFBFBF")
for r in rows:
    ws.append(r)
    rr = ws.max_row
    for c in ws[rr]:
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        if isinstance(c.value, dt.datetime):
            c.number_format = "dd/mm/yy"
    if r[9] in RAG:
        ws.cell(rr, 10).fill = PatternFill("solid", fgColor=RAG[r[9]])
    if r[10] in ("Closed", "Complete", "Superseded"):
        for c in ws[rr]:
            c.font = Font(color="808080", strike=(r[10] == "Superseded"))

widths = [7, 11, 42, 18, 12, 26, 26, 30, 34, 6, 11]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.freeze_panes = ws.cell(HR + 1, 4)
ws.auto_filter.ref = f"A{HR}:K{ws.max_row}"

ws2 = wb.create_sheet("Closed 2026")
ws2.append(["Ref", "Date raised", "Action", "Owner", "Target", "Update 12/11/26", "Update 10/12/26", "Status"])
ws2.append(["TR-24", D("15/10/26"), "Circulate new escort code of conduct", "Mark W", D("30/11/26"), "Out for consultation", "Published 04/12", "Closed"])
ws2.append(["TR-25", D("12/11/26"), "Collate parent complaints Sept-Nov", "Ruth H", D("04/12/26"), "In progress", "Reported to Dec mtg", "Closed"])
for row in ws2.iter_rows(min_row=2):
    for c in row:
        if isinstance(c.value, dt.datetime):
            c.number_format = "dd/mm/yy"

ws3 = wb.create_sheet("Key")
for line in [["RAG", "Meaning"], ["G", "On track / complete"], ["A", "At risk or slipped \u2013 revised date in latest update"],
             ["R", "Off track, needs escalation"], ["MWa", "Mark Walsh, Head of Transport (not Mary Walker)"],
             ["c/f", "carried forward"]]:
    ws3.append(line)
wb.save(OUT)
print(OUT)
