"""504: RAG-rated workstream highlight report (xlsx) to the SEND Improvement Board of Wed 16 June 2027."""
import datetime as dt, json
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).resolve().parent.parent
STEM = "504_sixtyeighth_improvement_board_ws3_rag_highlight_report_new_reopened_rows"
D = dt.datetime
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {"Red": "FF0000", "Amber": "FFC000", "Green": "92D050", "Blue": "00B0F0", "New": "D9D9D9", "R": "FF0000",
        "A": "FFC000", "G": "92D050", "B": "00B0F0", "A/G": "FFC000"}
NAVY = PatternFill("solid", fgColor="203864")
PALE = PatternFill("solid", fgColor="DDEBF7")
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
ws = wb.active
ws.title = "Highlight"
for col, w in zip("ABCDEF", [26, 22, 22, 22, 22, 22]):
    ws.column_dimensions[col].width = w

def band(r, text, fill=NAVY, color="FFFFFF", size=11):
    ws.merge_cells(f"A{r}:F{r}")
    c = ws[f"A{r}"]; c.value = text; c.fill = fill; c.font = Font(bold=True, color=color, size=size)

def field(r, label, value, rag=None):
    ws[f"A{r}"] = label; ws[f"A{r}"].font = Font(bold=True); ws[f"A{r}"].fill = PALE; ws[f"A{r}"].border = box
    ws.merge_cells(f"B{r}:F{r}")
    c = ws[f"B{r}"]; c.value = value; c.alignment = wrap; c.border = box
    if rag:
        c.fill = PatternFill("solid", fgColor=FILL[rag])

def para(r, text, height=None):
    ws.merge_cells(f"A{r}:F{r}")
    c = ws[f"A{r}"]; c.value = text; c.alignment = wrap
    if height:
        ws.row_dimensions[r].height = height

band(1, "Westmoor SEND Improvement Programme \u2013 Workstream Highlight Report", size=14)
field(2, "Workstream", "WS3 \u2013 Health contributions to EHC plans and the neurodevelopmental (ND) pathway")
field(3, "SRO", "Yusuf Okafor, Designated Clinical Officer (ICB)")
field(4, "Workstream lead", "Grace Adeyemi, Head of Children's Therapies (Community Health Trust)")
field(5, "Reporting period", "12 May 2027 \u2013 11 June 2027")
field(6, "Meeting", "SEND Improvement Board, Wednesday 16 June 2027 (report updated after the Board with actions agreed)")
field(7, "Overall RAG (this period)", "Amber", rag="Amber")
field(8, "Overall RAG (last period)", "Red", rag="Red")
field(9, "Direction of travel", "Improving \u2191")
band(11, "1. Achievements this period")
para(12, "\u2022 Health advice returned within 6 weeks: 71% in May (54% in April; target 90%).\n"
         "\u2022 ND pathway leaflet co-produced with the PCF and published on the Local Offer (action WS3-A09 complete).\n"
         "\u2022 Waiting list validation started \u2013 1,140 children on the ND list, 212 contacted so far.", 70)
band(14, "2. Planned for next period (workstream activity \u2013 not Board actions)")
para(15, "\u2022 GA: finish waiting list validation (target 600 contacted by mid-July).\n"
         "\u2022 Run two SENCo drop-ins on the school-age ND referral route (dates with Helen Brooks).\n"
         "\u2022 AP: continue the health advice quality audit (sample of 20 plans).", 60)
band(17, "3. Risks and issues")
para(18, "R1 (Red) Therapy vacancies \u2013 SLT 4.6 WTE vacant; advice timeliness will fall back over the summer without locums.\n"
         "R2 (Amber) ND assessment funding \u2013 the ICB letter of 2 June confirms funding only to 30/09/2027, not recurrent.\n"
         "I1 (Amber) Schools still referring to the old ND route; c.30% of May referrals returned.", 60)
band(20, "4. Support / decisions requested from the Board")
para(21, "a) Approve the revised ND pathway eligibility criteria (paper WS3-P4) \u2013 APPROVED at the Board.\n"
         "b) Escalation of the therapy vacancy risk through the ICB \u2013 agreed, see Actions tab.\n"
         "c) Re-open WS3-A07 (recurrent ND funding) as the ICB letter does not meet the action \u2013 agreed, see Actions tab.", 60)
para(23, "See the 'Actions' tab. Only rows marked NEW or RE-OPENED in column I were agreed at the 16 June 2027 Board; other rows are "
         "carried forward for information and are reported by exception.", 35)

m = wb.create_sheet("Milestones")
mh = ["Ref", "Milestone", "Baseline date", "Forecast date", "RAG", "Commentary"]
m.merge_cells("A1:F1"); m["A1"] = "WS3 milestones \u2013 as at 11 June 2027"; m["A1"].font = Font(bold=True, size=12)
for i, h in enumerate(mh, 1):
    c = m.cell(row=3, column=i, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = NAVY; c.border = box
ms = [
    ["M1", "Health advice template in use by all providers", D(2027, 3, 31), D(2027, 3, 31), "B", "Complete"],
    ["M2", "Health advice within 6 weeks \u2265 80%", D(2027, 6, 30), D(2027, 9, 30), "A", "71% in May; summer dip expected"],
    ["M3", "ND waiting list validated", D(2027, 7, 31), D(2027, 8, 31), "A", "Validation slower than planned"],
    ["M4", "School-age ND referral route live", D(2027, 5, 1), D(2027, 5, 1), "G", "Live; comms issue (I1)"],
    ["M5", "Recurrent ND assessment funding agreed", D(2027, 4, 30), None, "R", "Only to 30/09/27 \u2013 see WS3-A07"],
]
for r, row in enumerate(ms, 4):
    for c, v in enumerate(row, 1):
        cell = m.cell(row=r, column=c, value=v); cell.border = box; cell.alignment = wrap
        if isinstance(v, dt.datetime):
            cell.number_format = "dd-mmm-yy"
        if c == 5:
            cell.fill = PatternFill("solid", fgColor=FILL[v])
for col, w in zip("ABCDEF", [6, 44, 13, 13, 6, 40]):
    m.column_dimensions[col].width = w

a = wb.create_sheet("Actions")
ah = ["Ref", "Board date raised", "Action", "Owner", "Due", "RAG", "Status", "Update (16/06/2027)", "New / re-opened at this Board?"]
a.merge_cells("A1:I1"); a["A1"] = "WS3 action and decision log \u2013 SEND Improvement Board 16/06/2027"
a["A1"].font = Font(bold=True, size=12)
a.merge_cells("A2:I2")
a["A2"] = "Owners use initials: YO Yusuf Okafor, GA Grace Adeyemi, AP Anita Patel, PS Priya Shah, LP Liam Porter, TE Tom Evans."
for i, h in enumerate(ah, 1):
    c = a.cell(row=4, column=i, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = NAVY; c.border = box; c.alignment = wrap
acts = [
    ["WS3-A07", D(2027, 3, 17), "Confirm recurrent ICB funding for ND assessments beyond 2027-28", "YO", D(2027, 7, 30), "R",
     "Re-opened", "Closed at May Board on receipt of ICB letter; letter only covers to 30/09/27. Re-opened \u2013 YO to bring "
     "written confirmation of recurrent funding by 30 July.", "RE-OPENED"],
    ["WS3-A09", D(2027, 4, 14), "Publish the ND pathway leaflet on the Local Offer", "GA", D(2027, 5, 28), "B", "Complete",
     "Published 26/05. Close.", ""],
    ["WS3-A11", D(2027, 5, 12), "Audit health advice quality (sample of 20 plans)", "AP", D(2027, 6, 30), "A", "Open",
     "12 of 20 reviewed. On track for end of June.", ""],
    ["WS3-A12", D(2027, 5, 12), "Validate the ND waiting list and contact every family", "GA", D(2027, 8, 31), "A", "Open",
     "212 contacted. Forecast moved to August (see M3).", ""],
    ["WS3-D05", D(2027, 6, 16), "Board approved the revised ND pathway eligibility criteria (WS3-P4)", "", None, "", "Decision",
     "Decision recorded \u2013 no action.", ""],
    ["WS3-A14", D(2027, 6, 16), "Set out a trajectory to bring ND waits down to 52 weeks", "GA", "Next Board (14/07)", "New",
     "Open", "", "NEW"],
    ["WS3-A15", D(2027, 6, 16), "Write to headteachers about the school-age ND referral route", "PS", D(2027, 7, 2), "New",
     "Open", "Joint letter with the Trust; to address I1.", "NEW"],
    ["WS3-A16", D(2027, 6, 16), "Escalate the therapy vacancy risk to the ICB Quality Committee", "YO", D(2027, 6, 24), "New",
     "Open", "QC meets 24/06.", "NEW"],
    ["WS3-A17", D(2027, 6, 16), "Add health advice timeliness by provider to the SEND dashboard", "LP", D(2027, 7, 30), "New",
     "Open", "", "NEW"],
    ["WS3-A18", D(2027, 6, 16), "Bring PCF parent feedback on health advice to the July highlight report", "TE", D(2027, 7, 9),
     "New", "Open", "Via the PCF coffee mornings in June.", "NEW"],
]
for r, row in enumerate(acts, 5):
    for c, v in enumerate(row, 1):
        cell = a.cell(row=r, column=c, value=v); cell.border = box; cell.alignment = wrap
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
        if c == 6 and v:
            cell.fill = PatternFill("solid", fgColor=FILL[v])
        if c == 9 and v:
            cell.font = Font(bold=True, color="C00000")
for col, w in zip("ABCDEFGHI", [9, 12, 52, 7, 16, 6, 10, 50, 14]):
    a.column_dimensions[col].width = w

k = wb.create_sheet("RAG key")
for r, (x, y) in enumerate([("Red", "Off track \u2013 Board intervention needed"), ("Amber", "At risk \u2013 recovery in hand"),
                            ("Green", "On track"), ("Blue", "Complete"), ("New", "Agreed at the latest Board, not yet rated")], 1):
    c = k.cell(row=r, column=1, value=x); c.fill = PatternFill("solid", fgColor=FILL[x]); k.cell(row=r, column=2, value=y)
k["A7"] = "Improvement Board dates 2027: 17/03, 14/04, 12/05, 16/06, 14/07, 15/09"
k.column_dimensions["B"].width = 50
wb.save(OUT / (STEM + ".xlsx"))

labels_out = {
    "meeting_date": "2027-06-16",
    "style": ("Held-out batch sixtyeighth. A RAG-rated workstream highlight report workbook (sheets Highlight, Milestones, Actions, "
              "RAG key; merged label/value cells, RAG as cell fills plus words) to the SEND Improvement Board of Wednesday 16 June "
              "2027 (the 'Meeting' field; the Actions sheet title). The report says only rows marked NEW or RE-OPENED in column I "
              "were agreed at this Board, so labelled: WS3-A14 to A18 (new) and WS3-A07 (closed in May, re-opened at this Board). "
              "Not labelled: the carried rows A09 (complete), A11 and A12 (open, owners unchanged), the D05 decision, the "
              "'Planned for next period' bullets (the workstream's own activity, explicitly not Board actions), milestones and risks. "
              "Owners are initials defined in row 2 of the Actions sheet. Dates: Excel date cells; WS3-A14 'Next Board (14/07)' = "
              "Wednesday 14 July 2027 (also in the RAG key's Board dates)."),
    "held_out": True,
    "actions": [
        {"key": "Confirm recurrent ICB funding for ND assessments", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-07-30"},
        {"key": "Set out a trajectory to bring ND waits", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-07-14"},
        {"key": "Write to headteachers about the school-age ND referral", "owner": "PS", "person": "Priya Shah", "due": "2027-07-02"},
        {"key": "Escalate the therapy vacancy risk to the ICB", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-06-24"},
        {"key": "Add health advice timeliness by provider", "owner": "LP", "person": "Liam Porter", "due": "2027-07-30"},
        {"key": "Bring PCF parent feedback on health advice", "owner": "TE", "person": "Tom Evans", "due": "2027-07-09"},
    ],
}
(OUT / (STEM + ".labels.json")).write_text(json.dumps(labels_out, indent=1, ensure_ascii=False), encoding="utf-8")
