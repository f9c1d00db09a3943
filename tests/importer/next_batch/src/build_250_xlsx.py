"""Builds 250_thirtysecond_icb_decision_action_sheet.xlsx into the parent folder."""
import datetime as dt
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent.parent / "250_thirtysecond_icb_decision_action_sheet.xlsx"
wb = Workbook()
thin = Side(style="thin", color="999999")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
NHS = PatternFill("solid", fgColor="005EB8")
GREY = PatternFill("solid", fgColor="E8EDEE")

ws = wb.active
ws.title = "D&A 16.06.27"
ws["A1"] = "NHS Westmoor Integrated Care Board"
ws["A1"].font = Font(bold=True, size=14, color="005EB8")
ws["A2"] = "Children & Young People SEND Clinical Oversight Group (CSOG) – DECISION AND ACTION SHEET"
ws["A2"].font = Font(bold=True, size=12)
ws["A3"] = "Meeting date: 16/06/2027   Time: 09:30-11:00   Venue: MS Teams"
ws["A4"] = ("Chair: Yusuf Okafor (YO), DCO.  Present: Dr Anita Patel (AP), DMO / Consultant Community Paediatrician; Grace Adeyemi (GA), "
            "Head of Children's Therapies; Sian Hughes (SH), Senior Commissioning Manager CYP; Mary Walker (MW), Head of SEND, WC; "
            "Tom Evans (TE), PCF.  Admin: Kirsty T (KT), ICB Corporate Admin")
ws["A5"] = "Apologies: Named Nurse CYP; CAMHS Service Manager.   This is a decision & action sheet, NOT full minutes. Status key on tab 'Key'."
for r in range(1, 6):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1).alignment = Alignment(wrap_text=True)
ws.row_dimensions[4].height = 45

hdr = ["Item", "Subject", "Summary of discussion", "Decision", "Action", "Lead", "Deadline"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(7, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = NHS; c.border = B; c.alignment = WRAP

rows = [
    ("1", "Welcome, apologies, declarations of interest", "None declared. D&A sheet of 19/05/27 agreed.", "Agreed", "N/A", "", ""),
    ("2", "Health advice timeliness (6 week)",
     "May: 72% of health advices returned in 6 wks (Apr 68%). Community paeds the main source of delay - 14 late in May, "
     "mostly where child not known to service.",
     "Noted. Target remains 90%.",
     "Audit the late health advices from community paediatrics for May and identify themes",
     "AP", dt.datetime(2027, 7, 9)),
    ("3", "Continuing care - children at Brook Lane special school",
     "Three CYP assessed as eligible for CC with nursing needs in school day. Funding route unclear pending S75 refresh.",
     "AGREED: ICB to fund interim nursing cover from 01/07/27 for up to 6 months, without prejudice to the S75 outcome.",
     "Draft interim funding letter to Brook Lane and the Trust",
     "SH", dt.datetime(2027, 6, 30)),
    ("4", "SALT waiting list",
     "412 waiting >18 wks. GA believes list contains duplicates and children who have moved away.",
     "",
     "Carry out a waiting list validation exercise and report outcome",
     "GA", "Aug CSOG"),
    ("5", "Wheelchair service - update from provider", "Verbal update; waiting times now within 18 wks for 88%.",
     "For noting", "N/A - for noting only", "", ""),
    ("6", "Tribunals with health elements (national trial)",
     "Two appeals listed for Aug/Sept with health recommendations. ICB legal team not yet aware.",
     "Agreed that the learning from tribunals should be shared more widely - MW to take a short paper to the SEND Partnership "
     "Board in July as an information item.",
     "Brief ICB legal team on the two pending tribunals with health elements",
     "YO", dt.datetime(2027, 6, 30)),
    ("7", "Parent feedback on health sections of EHCPs",
     "TE: PCF survey comments - health sections 'copied from reports', no outcomes. AP asked to see the comments.",
     "", "Share anonymised PCF feedback on health sections with DMO", "TE", dt.datetime(2027, 7, 2)),
    ("8", "Transition to adult health services",
     "Gap for YP with complex needs at 18. LA PfA lead not on this group. Group felt he should come.",
     "Agreed to invite LA PfA lead (Owen Reid) as standing member from Sept.",
     "Invite OR to Sept CSOG and add to distribution list", "KT", ""),
    ("9", "AOB", "TE: PCF conference 23/09 - health colleagues welcome to run a stall. AP interested (tbc).",
     "", "", "", ""),
    ("10", "Date of next meeting", "Wed 21 July 2027 09:30 (Teams). August CSOG Wed 18/08/27.", "", "", "", ""),
]
r = 8
for row in rows:
    for i, v in enumerate(row, 1):
        c = ws.cell(r, i, v); c.alignment = WRAP; c.border = B
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    r += 1
for col, w in zip("ABCDEFG", [6, 24, 44, 36, 38, 8, 12]):
    ws.column_dimensions[col].width = w

# ---- open actions log
ol = wb.create_sheet("Open actions log")
ol["A1"] = "CSOG action log (rolling) - updated by KT after each meeting. Closed actions greyed and moved to bottom. Do not delete rows - hide them."
ol.merge_cells("A1:H1"); ol["A1"].font = Font(bold=True)
h2 = ["Ref", "Date raised", "Action", "Lead", "Original deadline", "Revised deadline", "Status", "Update 16/06/27"]
for i, h in enumerate(h2, 1):
    c = ol.cell(3, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = NHS; c.border = B; c.alignment = WRAP
log = [
    ("CSOG-038", dt.datetime(2027, 3, 17), "Refresh the health EHCP training slides for GP practices", "AP",
     dt.datetime(2027, 5, 31), dt.datetime(2027, 9, 30), "Open", "Delayed - AP on leave May. Revised date agreed today."),
    ("CSOG-040", dt.datetime(2027, 4, 21), "Circulate revised health advice template to all providers", "YO",
     dt.datetime(2027, 5, 14), None, "Closed", "Sent 12/05/27"),
    ("CSOG-042", dt.datetime(2027, 5, 19), "Map OT equipment spend by provider", "GA / SH",
     dt.datetime(2027, 6, 16), None, "Closed", "Presented today under AOB - complete"),
    ("CSOG-043", dt.datetime(2027, 5, 19), "Write to NHSE re national ND funding formula", "YO",
     dt.datetime(2027, 6, 30), None, "Withdrawn", "No longer needed - national announcement 02/06"),
    ("CSOG-044", dt.datetime(2027, 6, 16), "Audit late health advices (community paeds) - May", "AP",
     dt.datetime(2027, 7, 9), None, "Open", "New"),
    ("CSOG-045", dt.datetime(2027, 6, 16), "Interim CC funding letter - Brook Lane", "SH",
     dt.datetime(2027, 6, 30), None, "Open", "New"),
    ("CSOG-046", dt.datetime(2027, 6, 16), "SALT waiting list validation", "GA",
     "Aug CSOG", None, "Open", "New"),
    ("CSOG-047", dt.datetime(2027, 6, 16), "Brief ICB legal re tribunals", "YO",
     dt.datetime(2027, 6, 30), None, "Open", "New"),
    ("CSOG-048", dt.datetime(2027, 6, 16), "PCF feedback to DMO", "TE",
     dt.datetime(2027, 7, 2), None, "Open", "New"),
]
r = 4
for row in log:
    for i, v in enumerate(row, 1):
        c = ol.cell(r, i, v); c.alignment = WRAP; c.border = B
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yy"
        if row[6] != "Open":
            c.fill = GREY; c.font = Font(color="808080", strike=(row[6] == "Withdrawn"))
    if row[6] == "Withdrawn":
        ol.row_dimensions[r].hidden = True
    r += 1
for col, w in zip("ABCDEFGH", [10, 11, 46, 8, 12, 12, 10, 40]):
    ol.column_dimensions[col].width = w

k = wb.create_sheet("Key")
for i, (a, b) in enumerate([("Status", "Meaning"), ("Open", "Action in progress"), ("Closed", "Complete - greyed"),
                            ("Withdrawn", "No longer required - row hidden"),
                            ("Initials", "YO Yusuf Okafor; AP Anita Patel; GA Grace Adeyemi; SH Sian Hughes; MW Mary Walker; TE Tom Evans; KT Kirsty T (admin)")], 1):
    k.cell(i, 1, a).font = Font(bold=(i == 1)); k.cell(i, 2, b)
k.column_dimensions["B"].width = 90
wb.save(OUT)
print("wrote", OUT)
