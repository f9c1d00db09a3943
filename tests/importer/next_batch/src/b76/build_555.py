"""Build 555: Health and SEND Subgroup action log workbook (Guidance / Open / Closed / Lists)."""
import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = Path(__file__).resolve().parent.parent / "555_seventysixth_health_subgroup_action_log_open_closed_guidance_sheets.xlsx"

D = dt.datetime
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
navy = PatternFill("solid", fgColor="1F3864")
band = PatternFill("solid", fgColor="D9E1F2")
grey = PatternFill("solid", fgColor="EDEDED")
RAGFILL = {
    "Red": PatternFill("solid", fgColor="FF7C80"),
    "Amber": PatternFill("solid", fgColor="FFD966"),
    "Green": PatternFill("solid", fgColor="A9D08E"),
    "Blue": PatternFill("solid", fgColor="9BC2E6"),
}
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# ---------------------------------------------------------------- Guidance
g = wb.active
g.title = "Guidance"
g.column_dimensions["A"].width = 14
g.column_dimensions["B"].width = 48
g.column_dimensions["C"].width = 40
g.merge_cells("A1:C1")
g["A1"] = "WESTMOOR HEALTH AND SEND SUBGROUP"
g["A1"].font = Font(bold=True, size=14, color="FFFFFF")
g["A1"].fill = navy
g.merge_cells("A2:C2")
g["A2"] = "Action log \u2013 guidance for action owners (please read before updating)"
g["A2"].font = Font(italic=True, size=11)
notes = [
    "1. This workbook is the single action log for the subgroup. The 'Open' tab holds everything still live; "
    "the 'Closed' tab keeps closed actions for audit \u2013 please do not delete rows.",
    "2. New actions are typed in by the minute taker on the day of the meeting, under a banner row for that "
    "meeting. Refs run on (H-nn) and are never reused.",
    "3. Owners send their updates to the DCO mailbox by close of play on the Thursday before each meeting. "
    "Please do not change the RAG column yourself \u2013 RAG is agreed at the meeting.",
    "4. An action is only closed when the subgroup agrees it. Blue = complete, awaiting sign-off.",
    "5. 'Next meeting' in the target column means the next meeting in the schedule below.",
]
r = 4
for n in notes:
    g.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    g.cell(r, 1, n).alignment = wrap
    g.row_dimensions[r].height = 32
    r += 1

r += 1
g.cell(r, 1, "RAG key").font = Font(bold=True)
r += 1
for k, v in [("Red", "Off track / overdue with no revised date"), ("Amber", "At risk, or revised date agreed"),
             ("Green", "On track"), ("Blue", "Complete \u2013 awaiting closure by the subgroup")]:
    g.cell(r, 1, k).fill = RAGFILL[k]
    g.cell(r, 2, v)
    r += 1

r += 1
g.cell(r, 1, "Owner key").font = Font(bold=True)
r += 1
owners = [
    ("YO", "Yusuf Okafor", "Designated Clinical Officer, ICB (Chair)"),
    ("GA", "Grace Adeyemi", "Head of Children's Therapies, WCHT"),
    ("AP", "Dr Anita Patel", "Consultant Community Paediatrician, WCHT"),
    ("LP", "Liam Porter", "Data & Performance Manager, WC"),
    ("CD", "Claire Dunmore", "SENDIASS Service Manager"),
    ("MW", "Mary Walker", "Head of SEND, WC"),
    ("OR", "Owen Reid", "Preparing for Adulthood Lead, WC"),
    ("HB", "Helen Brooks", "SENCo rep (Riverside Primary)"),
    ("RH", "Ruth Hill", "Business Support \u2013 minutes and log"),
]
for ini, name, role in owners:
    g.cell(r, 1, ini)
    g.cell(r, 2, name)
    g.cell(r, 3, role)
    r += 1

r += 1
g.cell(r, 1, "Meeting schedule 2026/27 (Tuesdays 2.00\u20134.00pm, Teams)").font = Font(bold=True)
r += 1
for mdate, note in [(D(2026, 10, 13), "held"), (D(2026, 12, 8), "held"), (D(2027, 2, 9), "held"),
                    (D(2027, 4, 13), ""), (D(2027, 6, 8), "")]:
    c = g.cell(r, 1, mdate)
    c.number_format = "dd/mm/yyyy"
    g.cell(r, 2, note)
    r += 1

r += 1
g.cell(r, 1, "Version").font = Font(bold=True)
g.cell(r, 2, "Change").font = Font(bold=True)
g.cell(r, 3, "By / date").font = Font(bold=True)
r += 1
for v, ch, by in [("v12", "Actions from 13 Oct added", "RH 14/10/2026"),
                  ("v13", "Actions from 8 Dec added; H-21 to H-26 moved to Closed", "RH 09/12/2026"),
                  ("v14", "Actions from 9 Feb added; H-29, H-33, H-34 moved to Closed", "RH 09/02/2027")]:
    g.cell(r, 1, v)
    g.cell(r, 2, ch)
    g.cell(r, 3, by)
    r += 1

# ---------------------------------------------------------------- Open
o = wb.create_sheet("Open")
widths = [8, 12, 58, 10, 14, 9, 52, 13]
for i, w in enumerate(widths, start=1):
    o.column_dimensions[chr(64 + i)].width = w
o.merge_cells("A1:H1")
o["A1"] = "Health and SEND Subgroup \u2013 OPEN ACTIONS"
o["A1"].font = Font(bold=True, size=14, color="FFFFFF")
o["A1"].fill = navy
o.merge_cells("A2:H2")
o["A2"] = ("Updated following the meeting on Tuesday 9 February 2027 (v14). "
           "Grouped by the meeting that raised the action.")
o["A2"].font = Font(italic=True)
heads = ["Ref", "Date raised", "Action", "Owner", "Target date", "RAG", "Update / comments", "Last updated"]
for i, h in enumerate(heads, start=1):
    c = o.cell(4, i, h)
    c.font = Font(bold=True)
    c.fill = grey
    c.border = box
    c.alignment = Alignment(wrap_text=True, vertical="center")
o.freeze_panes = "A5"
o.print_title_rows = "4:4"
o.page_setup.orientation = "landscape"
o.page_setup.fitToWidth = 1

rows = [
    ("BAND", "Raised at meeting of 13 October 2026"),
    ("H-27", D(2026, 10, 13),
     "Agree with Westmoor Community Health a standard template for health advice into EHC needs assessments, "
     "including a 'what this means for school' section.",
     "GA / AP", D(2026, 12, 31), "Amber",
     "Dec: template drafted, being tested on 6 cases.\n9/2: testing extended to the paediatric team; revised "
     "target 31/03/2027 agreed.", D(2027, 2, 9)),
    ("H-30", D(2026, 10, 13),
     "Write to all GP practices re annual health checks for 14+ with a learning disability, and how to flag "
     "young people who have an EHCP.",
     "YO", D(2026, 11, 30), "Red",
     "Letter drafted; held up in ICB comms sign-off. YO chasing. No revised date yet.", D(2027, 2, 9)),
    ("BAND", "Raised at meeting of 8 December 2026"),
    ("H-35", D(2026, 12, 8),
     "Scope a joint audit of the health sections (C and G) in 20 finalised EHCPs.",
     "YO / MW", D(2027, 2, 9), "Amber",
     "Scope agreed with Mary. Audit to run in March with a PCF parent auditor; report to June meeting.",
     D(2027, 2, 9)),
    ("H-36", D(2026, 12, 8),
     "Provide neurodevelopmental (ND) pathway waiting list data by age band and by school.",
     "LP", D(2027, 2, 9), "Blue",
     "Data presented 9 Feb (see slides). Propose close in April once the school-level breakdown is checked.",
     D(2027, 2, 9)),
    ("H-37", D(2026, 12, 8),
     "Check whether the PfA health transition protocol has been adopted by adult services.",
     "OR", D(2027, 2, 9), "Green",
     "Protocol signed off at ICB Quality Committee 21/01. Comms going out in the adult services bulletin.",
     D(2027, 2, 9)),
    ("BAND", "Raised at meeting of 9 February 2027"),
    ("H-38", D(2027, 2, 9),
     "Circulate the ND waiting times dashboard (school-level version) to subgroup members before it goes to "
     "the Partnership Board.",
     "LP", D(2027, 2, 26), "Green", "New", D(2027, 2, 9)),
    ("H-39", D(2027, 2, 9),
     "Confirm with SALT team leads whether the drop-in advice clinics can run during the Easter holidays.",
     "GA", "Before Feb half term", "Green", "New \u2013 Grace thinks likely yes but depends on staffing.",
     D(2027, 2, 9)),
    ("H-40", D(2027, 2, 9),
     "Draft a one-page quality checklist for health advice (EHC needs assessments) for clinicians, building "
     "on the H-27 template.",
     "AP", "Next meeting", "Green", "New", D(2027, 2, 9)),
    ("H-41", D(2027, 2, 9),
     "Share SENDIASS Q3 themes relating to health (complaints and enquiries) with the DCO.",
     "CD", D(2027, 3, 5), "Green",
     "New. Claire noted the Q3 report goes to the SENDIASS steering group first.", D(2027, 2, 9)),
    ("H-42", D(2027, 2, 9),
     "Raise continuing care assessment delays with the ICB Director of Nursing and report back.",
     "YO", "End Feb", "Green", "New", D(2027, 2, 9)),
    ("H-43", D(2027, 2, 9),
     "Set up a short task and finish meeting on transition to adult health services (Ruth to find a date; "
     "OR and GA to attend).",
     "RH", D(2027, 3, 31), "Green", "New", D(2027, 2, 9)),
    ("\u2014", D(2027, 2, 9),
     "FOR INFORMATION: ICB all-age autism strategy due to be published in spring 2027 (ICB's own plan; "
     "consultation via the ICB website).",
     "\u2014", "\u2014", "n/a", "No action for the subgroup.", D(2027, 2, 9)),
    ("\u2014", D(2027, 2, 9),
     "DECISION: the subgroup agreed to adopt the DCO escalation protocol v3 with immediate effect.",
     "\u2014", "\u2014", "n/a", "Recorded for audit only.", D(2027, 2, 9)),
]
r = 5
for row in rows:
    if row[0] == "BAND":
        o.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = o.cell(r, 1, row[1])
        c.font = Font(bold=True)
        c.fill = band
        r += 1
        continue
    for i, v in enumerate(row, start=1):
        c = o.cell(r, i, v)
        c.border = box
        c.alignment = wrap
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    if row[5] in RAGFILL:
        o.cell(r, 6).fill = RAGFILL[row[5]]
    r += 1

dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$6", allow_blank=True)
o.add_data_validation(dv)
dv.add(f"F5:F{r + 20}")
o.auto_filter.ref = f"A4:H{r - 1}"

# ---------------------------------------------------------------- Closed
cl = wb.create_sheet("Closed")
for i, w in enumerate([8, 12, 55, 10, 12, 50, 14], start=1):
    cl.column_dimensions[chr(64 + i)].width = w
cl.merge_cells("A1:G1")
cl["A1"] = "Health and SEND Subgroup \u2013 CLOSED ACTIONS (kept for audit)"
cl["A1"].font = Font(bold=True, size=14, color="FFFFFF")
cl["A1"].fill = navy
cl.merge_cells("A2:G2")
cl["A2"] = "Do not reopen rows here \u2013 if something needs more work, raise a new action on the Open tab."
cl["A2"].font = Font(italic=True)
for i, h in enumerate(["Ref", "Date raised", "Action", "Owner", "Target date", "Closing note",
                       "Closed at meeting"], start=1):
    c = cl.cell(4, i, h)
    c.font = Font(bold=True)
    c.fill = grey
    c.border = box
closed = [
    ("BAND", "Closed at meeting of 9 February 2027"),
    ("H-29", D(2026, 10, 13), "Helen B to circulate the SENCo survey on access to school nursing.", "HB",
     D(2026, 11, 30), "Survey closed 4 Dec, 61 responses. Results presented 9 Feb; to be used in the JSNA refresh.",
     D(2027, 2, 9)),
    ("H-33", D(2026, 10, 13),
     "Ask Westmoor Community Health for numbers of children waiting over 18 weeks for OT.", "GA",
     D(2026, 12, 8), "Figures provided (142). OT recovery plan now reported to ICB Quality Committee instead.",
     D(2027, 2, 9)),
    ("H-34", D(2026, 12, 8), "Get SEND onto the ICB Quality Committee forward plan.", "YO", D(2027, 1, 31),
     "On the March Quality Committee agenda.", D(2027, 2, 9)),
    ("BAND", "Closed at meeting of 8 December 2026"),
    ("H-21", D(2026, 6, 9), "Refresh the DCO role description on the Local Offer.", "YO", D(2026, 9, 30),
     "Done \u2013 live 2 Oct.", D(2026, 12, 8)),
    ("H-24", D(2026, 10, 13), "Invite SENDIASS to be a standing member of the subgroup.", "YO",
     D(2026, 12, 8), "Claire D accepted; attends from Feb.", D(2026, 12, 8)),
    ("H-26", D(2026, 10, 13),
     "Mary to send the subgroup the EHCP timeliness figures for health advice returned within 6 weeks.", "MW",
     D(2026, 11, 13), "Sent 11 Nov (71% within 6 weeks).", D(2026, 12, 8)),
]
r = 5
for row in closed:
    if row[0] == "BAND":
        cl.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = cl.cell(r, 1, row[1])
        c.font = Font(bold=True)
        c.fill = band
        r += 1
        continue
    for i, v in enumerate(row, start=1):
        c = cl.cell(r, i, v)
        c.border = box
        c.alignment = wrap
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    r += 1

# ---------------------------------------------------------------- Lists (hidden)
li = wb.create_sheet("Lists")
li["A1"] = "RAG"
for i, v in enumerate(["Red", "Amber", "Green", "Blue", "n/a"], start=2):
    li.cell(i, 1, v)
li["C1"] = "Owner"
for i, (ini, _, _) in enumerate(owners, start=2):
    li.cell(i, 3, ini)
li.sheet_state = "hidden"

g.sheet_view.tabSelected = False
wb.active = 1  # opens on the Open tab
wb.save(OUT)
print("wrote", OUT)
