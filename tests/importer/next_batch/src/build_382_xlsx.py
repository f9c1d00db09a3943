from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.worksheet.datavalidation import DataValidation
import datetime as dt

wb = Workbook()
bold = Font(bold=True)
hdr = PatternFill("solid", fgColor="005EB8"); white = Font(bold=True, color="FFFFFF")
R = PatternFill("solid", fgColor="F4B6B6"); A = PatternFill("solid", fgColor="FFE699"); G = PatternFill("solid", fgColor="C6EFCE")
wrap = Alignment(wrap_text=True, vertical="top")

def header(ws, row, cols):
    for i, c in enumerate(cols, 1):
        cell = ws.cell(row=row, column=i, value=c); cell.fill = hdr; cell.font = white; cell.alignment = wrap

# Cover
ws = wb.active; ws.title = "Cover"
ws["A1"] = "Westmoor Community Health NHS Trust"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Children's Therapies - Monthly Waiting List Review"; ws["A2"].font = bold
ws["A4"] = "Review date:"; ws["B4"] = dt.date(2027, 2, 24); ws["B4"].number_format = "dd/mm/yyyy"
ws["A5"] = "Data as at:"; ws["B5"] = dt.date(2027, 2, 19); ws["B5"].number_format = "dd/mm/yyyy"
ws["A6"] = "Chair:"; ws["B6"] = "Grace Adeyemi (GA), Head of Children's Therapies"
ws["A7"] = "Present:"; ws["B7"] = "Jo Marsh (JM) SLT Clinical Lead; Kwame Asante (KA) OT Team Lead; Rachel Dunn (RD) Physio Lead; Liam Porter (LP) LA Data & Performance; Yusuf Okafor (YO) DCO"
ws["A8"] = "Apologies:"; ws["B8"] = "Service Manager (vacant) - GA covering"
ws["A10"] = "RAG key"; ws["A10"].font = bold
ws["A11"] = "R"; ws["A11"].fill = R; ws["B11"] = ">25% of list waiting over 18 weeks"
ws["A12"] = "A"; ws["A12"].fill = A; ws["B12"] = "10-25% waiting over 18 weeks"
ws["A13"] = "G"; ws["A13"].fill = G; ws["B13"] = "<10% waiting over 18 weeks"
ws["A15"] = "Next review:"; ws["B15"] = dt.date(2027, 3, 24); ws["B15"].number_format = "dd/mm/yyyy"
ws["A16"] = "Tabs:"; ws["B16"] = "Summary | SLT | OT | Physio | Actions | Lookups"
ws.column_dimensions["A"].width = 14; ws.column_dimensions["B"].width = 90

# Summary
ws = wb.create_sheet("Summary")
header(ws, 1, ["Service", "Referrals (Jan)", "On list", "Waiting >18 wks", "% >18 wks", "Longest wait (wks)", "Trend vs Dec", "RAG", "Comment"])
data = [
 ("Speech & Language Therapy", 142, 611, 203, None, 41, "Worse", "R", "See SLT tab"),
 ("Occupational Therapy", 77, 298, 52, None, 33, "Same", "A", "Sensory referrals up 30%"),
 ("Physiotherapy", 39, 104, 6, None, 20, "Better", "G", ""),
]
for r, row in enumerate(data, 2):
    for c, v in enumerate(row, 1):
        ws.cell(row=r, column=c, value=v)
    ws.cell(row=r, column=5, value=f"=D{r}/C{r}").number_format = "0%"
    ws.cell(row=r, column=8).fill = {"R": R, "A": A, "G": G}[row[7]]
ws.cell(row=5, column=1, value="Total").font = bold
for c, L in [(2, "B"), (3, "C"), (4, "D"), (6, "F")]:
    ws.cell(row=5, column=c, value=f"=SUM({L}2:{L}4)" if c != 6 else "=MAX(F2:F4)")
ws.cell(row=5, column=5, value="=D5/C5").number_format = "0%"
ws["A7"] = "Note: figures exclude CYP on the EHCP assessment-only (health advice) list - reported separately to SEND Health Assurance Group."
for col in "ABCDEFGHI": ws.column_dimensions[col].width = 18
ws.column_dimensions["A"].width = 28; ws.column_dimensions["I"].width = 30

# SLT
ws = wb.create_sheet("SLT")
header(ws, 1, ["Cohort / locality", "On list", ">18 wks", "Longest (wks)", "EHCP Section F SLT?", "Comments / actions"])
slt = [
 ("Early Years - North", 121, 38, 29, "12", "Validated in Jan - complete"),
 ("Early Years - South", 98, 31, 33, "9", ""),
 ("School age - North", 187, 71, 41, "30", "JM to validate 14 long-waiters with schools by 12/3 (some may have moved out of area)"),
 ("School age - South", 166, 55, 38, "22", "Universal drop-in paused since Nov - see action 7"),
 ("Post-16 / special school", 39, 8, 24, "39", "All have EHCPs - provision via special school contract, not on main list from April"),
]
for r, row in enumerate(slt, 2):
    for c, v in enumerate(row, 1):
        cell = ws.cell(row=r, column=c, value=v); cell.alignment = wrap
for col, w in zip("ABCDEF", [26, 10, 10, 13, 18, 60]): ws.column_dimensions[col].width = w

# OT
ws = wb.create_sheet("OT")
header(ws, 1, ["Pathway", "On list", ">18 wks", "Longest (wks)", "Comments / actions"])
ot = [
 ("Sensory processing", 141, 39, 33, "Referrals up 30% since Sept. KA to take sensory clinic business case to March TMG"),
 ("Motor / handwriting", 102, 9, 22, "Group sessions restarted Feb"),
 ("Equipment / postural", 55, 4, 19, "Within target"),
]
for r, row in enumerate(ot, 2):
    for c, v in enumerate(row, 1):
        cell = ws.cell(row=r, column=c, value=v); cell.alignment = wrap
for col, w in zip("ABCDE", [24, 10, 10, 13, 70]): ws.column_dimensions[col].width = w

# Physio
ws = wb.create_sheet("Physio")
header(ws, 1, ["Pathway", "On list", ">18 wks", "Longest (wks)", "Comments / actions"])
for r, row in enumerate([("MSK / gait", 61, 4, 20, "No actions - list within target"),
                         ("Neuro-disability", 43, 2, 19, "No actions")], 2):
    for c, v in enumerate(row, 1): ws.cell(row=r, column=c, value=v)
for col, w in zip("ABCDE", [24, 10, 10, 13, 50]): ws.column_dimensions[col].width = w

# Actions
ws = wb.create_sheet("Actions")
header(ws, 1, ["No.", "Date raised", "Action", "Owner", "Due", "Status", "Update"])
acts = [
 (1, dt.date(2027, 1, 27), "LP to send Jan EHCP caseload extract to GA", "LP", dt.date(2027, 2, 5), "Complete", "Sent 3/2"),
 (2, dt.date(2027, 1, 27), "Explore locum SLT via agency framework for school age list", "GA", dt.date(2027, 2, 24), "Withdrawn", "Budget not approved by exec - withdrawn 24/2"),
 (3, dt.date(2027, 1, 27), "RD to review physio triage criteria against neighbouring trusts", "RD", dt.date(2027, 2, 24), "Open - c/f", "Two trusts replied, waiting on third. New due date 31/03/2027"),
 (4, dt.date(2027, 2, 24), "LP to match therapy waiting list against EHCP caseload to identify CYP with Section F therapy provision waiting >18 wks", "LP", "by 10/03/27", "Open", ""),
 (5, dt.date(2027, 2, 24), "YO to raise SLT capacity risk at SEND Partnership Board", "YO", "Board 18/03", "Open", ""),
 (6, dt.date(2027, 2, 24), "GA and YO agreed SLT remains on trust risk register at 16 (no change)", "", "", "Noted", "Decision - not an action"),
 (7, dt.date(2027, 2, 24), "GA to write to schools re pause of SLT universal drop-in and interim advice line", "GA", dt.date(2027, 3, 19), "Open", ""),
 (8, dt.date(2027, 2, 24), "See SLT + OT tabs for team-level actions", "", "", "", ""),
]
for r, row in enumerate(acts, 2):
    for c, v in enumerate(row, 1):
        cell = ws.cell(row=r, column=c, value=v); cell.alignment = wrap
        if isinstance(v, dt.date): cell.number_format = "dd/mm/yyyy"
for col, w in zip("ABCDEFG", [6, 12, 60, 8, 13, 12, 45]): ws.column_dimensions[col].width = w
ws.freeze_panes = "A2"

# Lookups
ws = wb.create_sheet("Lookups")
ws["A1"] = "Owner"; ws["B1"] = "Name"; ws["D1"] = "Status"; ws["A1"].font = ws["B1"].font = ws["D1"].font = bold
for r, (i, n) in enumerate([("GA", "Grace Adeyemi"), ("JM", "Jo Marsh"), ("KA", "Kwame Asante"), ("RD", "Rachel Dunn"), ("LP", "Liam Porter"), ("YO", "Yusuf Okafor")], 2):
    ws.cell(row=r, column=1, value=i); ws.cell(row=r, column=2, value=n)
for r, s in enumerate(["Open", "Open - c/f", "Complete", "Withdrawn", "Noted"], 2):
    ws.cell(row=r, column=4, value=s)
dv = DataValidation(type="list", formula1="=Lookups!$D$2:$D$6", allow_blank=True)
wb["Actions"].add_data_validation(dv); dv.add("F2:F50")
ws.sheet_state = "visible"

wb.save(str(__import__("pathlib").Path(__file__).resolve().parent.parent / "382_fiftyfirst_therapies_waiting_list_review_multi_tab_workbook.xlsx"))
