"""501: Excel action log, sheets Open / Closed / Key, merged header cells - Joint Commissioning Group 3 March 2027."""
import datetime as dt, json
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).resolve().parent.parent
STEM = "501_sixtyeighth_jcg_action_log_open_closed_key_sheets_merged_headers"
D = dt.datetime

wb = Workbook()
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="1F4E78")
SUB = PatternFill("solid", fgColor="BDD7EE")
RAG = {"R": PatternFill("solid", fgColor="FF0000"), "A": PatternFill("solid", fgColor="FFC000"),
       "G": PatternFill("solid", fgColor="00B050"), "B": PatternFill("solid", fgColor="0070C0"),
       "N": PatternFill("solid", fgColor="D9D9D9")}

COLS = ["Ref", "Type", "Date raised", "Meeting", "Action", "Lead", "Org", "Original due", "Revised due", "RAG", "Latest update"]
WIDTH = [12, 6, 12, 10, 58, 8, 9, 13, 13, 6, 60]

def header(ws, title, subtitle, groups):
    ws.merge_cells("A1:K1"); ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF"); ws["A1"].fill = HEAD
    ws.merge_cells("A2:K2"); ws["A2"] = subtitle; ws["A2"].font = Font(italic=True)
    for rng, txt in groups:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = txt; c.font = Font(bold=True); c.fill = SUB; c.alignment = Alignment(horizontal="center")
    for i, h in enumerate(COLS, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True); c.fill = SUB; c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[c.column_letter].width = WIDTH[i - 1]
    ws.freeze_panes = "A5"

def put(ws, r, vals):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v); c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if i == 10 and v in RAG:
            c.fill = RAG[v]

GROUPS = [("A3:E3", "Action"), ("F3:G3", "Ownership"), ("H3:I3", "Dates"), ("J3:K3", "Progress")]

ws = wb.active
ws.title = "Open"
header(ws, "Westmoor Joint Commissioning Group (SEND) \u2013 Action Log",
       "Updated following the JCG meeting held on Wednesday 3 March 2027 (JCG 27/2). Closed actions have been moved to the 'Closed' tab. "
       "Initials and RAG: see 'Key' tab.", GROUPS)
open_rows = [
    ["JCG-26-31", "A", D(2026, 11, 11), "JCG 26/6", "Map therapy input named in EHC plans against commissioned capacity (SLT, OT, physio)",
     "GA", "Trust", D(2027, 1, 31), D(2027, 4, 30), "A",
     "13/01: SLT map done. 03/03: OT and physio outstanding because of data quality in Rio; revised date agreed. GA still leading."],
    ["JCG-26-29R", "A", D(2026, 11, 11), "JCG 26/6", "Re-issue the EHC health advice template to GP practices with the covering note",
     "YO", "ICB", D(2026, 12, 18), D(2027, 3, 19), "R",
     "Closed 13/01. RE-OPENED 03/03: practices still using the old template (6 of 9 returns in Feb). YO to re-issue via the "
     "Practice Managers bulletin and ask LMC to endorse."],
    ["JCG-27-02", "A", D(2027, 1, 13), "JCG 27/1", "Draft joint funding protocol for complex placements (education / health / care)",
     "MW", "Council", D(2027, 2, 26), "Next JCG", "A",
     "03/03: RE-ASSIGNED from YO to MW \u2013 council legal are now doing the drafting. YO to input the health sections. "
     "Draft to next JCG."],
    ["JCG-27-04", "A", D(2027, 1, 13), "JCG 27/1", "Agree DCO cover arrangements during YO's leave (Apr-May)", "YO", "ICB",
     D(2027, 2, 26), None, "R", "03/03: not yet agreed. YO discussing with Chief Nurse. No change to lead."],
    ["JCG-27-05", "A", D(2027, 1, 13), "JCG 27/1", "Report Q3 EHC health advice timeliness by provider", "LP", "Council",
     D(2027, 3, 31), None, "G", "On track."],
    ["JCG-27-07", "A", D(2027, 3, 3), "JCG 27/2", "Cost a pilot of SALT drop-ins in six primary schools (summer term)", "GA", "Trust",
     D(2027, 4, 14), None, "N", "New"],
    ["JCG-27-08", "A", D(2027, 3, 3), "JCG 27/2", "Share neurodevelopmental waiting list data by school cluster with the SENCo network",
     "LP", "Council", D(2027, 3, 31), None, "N", "New \u2013 anonymised, cluster level only"],
    ["JCG-27-09", "A", D(2027, 3, 3), "JCG 27/2", "Bring the paediatric EHC advice timeliness audit to JCG", "AP", "Trust",
     "Next JCG", None, "N", "New"],
    ["JCG-27-10", "A", D(2027, 3, 3), "JCG 27/2", "Brief school improvement advisers on the health advice escalation route", "SK",
     "Council", "end of March", None, "N", "New"],
    ["JCG-27-11", "A", D(2027, 3, 3), "JCG 27/2", "Seek ICB Finance Committee approval for joint funding of the SALT pilot", "YO", "ICB",
     "ICB FC 24/06/27", None, "N", "New \u2013 depends on JCG-27-07 costing"],
    ["JCG-27-12", "A", D(2027, 3, 3), "JCG 27/2", "Update JCG terms of reference to add a PCF voting member", "RH", "Council",
     D(2027, 3, 12), None, "N", "New \u2013 circulate for sign-off by email"],
    ["JCG-27-13", "D", D(2027, 3, 3), "JCG 27/2", "Agreed to extend the community equipment contract (Medequip) to 31/03/2028", "", "",
     None, None, "", "Decision \u2013 recorded for audit trail"],
    ["JCG-27-14", "I", D(2027, 3, 3), "JCG 27/2", "Noted: CQC/Ofsted area SEND engagement meeting expected in the summer", "", "",
     None, None, "", "For information"],
]
for i, r in enumerate(open_rows, 5):
    put(ws, i, r)

ws2 = wb.create_sheet("Closed")
header(ws2, "Westmoor Joint Commissioning Group (SEND) \u2013 Action Log: CLOSED",
       "Actions closed at or before the meeting on 03/03/2027. Do not re-open here \u2013 copy back to 'Open' with an R suffix.",
       [("A3:E3", "Action"), ("F3:G3", "Ownership"), ("H3:I3", "Dates"), ("J3:K3", "Closure")])
ws2["I4"] = "Date closed"; ws2["K4"] = "Closure note"
closed_rows = [
    ["JCG-26-27", "A", D(2026, 9, 16), "JCG 26/5", "Circulate the revised DCO role description", "YO", "ICB", D(2026, 10, 30),
     D(2026, 11, 11), "B", "Circulated."],
    ["JCG-26-29", "A", D(2026, 11, 11), "JCG 26/6", "Re-issue the EHC health advice template to GP practices", "YO", "ICB",
     D(2026, 12, 18), D(2027, 1, 13), "B", "Closed 13/01 \u2013 template sent. (Re-opened 03/03 as JCG-26-29R \u2013 see Open tab.)"],
    ["JCG-26-33", "A", D(2026, 11, 11), "JCG 26/6", "Confirm Trust representative for the EHC panel rota", "GA", "Trust",
     D(2026, 12, 4), D(2027, 1, 13), "B", "Rota agreed."],
    ["JCG-27-01", "A", D(2027, 1, 13), "JCG 27/1", "Circulate Q3 joint commissioning spend report", "LP", "Council",
     D(2027, 2, 12), D(2027, 3, 3), "B", "Closed at 03/03 meeting \u2013 report received."],
    ["JCG-27-03", "A", D(2027, 1, 13), "JCG 27/1", "Invite PCF to nominate a JCG member", "MW", "Council", D(2027, 2, 12),
     D(2027, 3, 3), "B", "Closed at 03/03 meeting \u2013 Tom Evans nominated; ToR change is new action JCG-27-12."],
    ["JCG-27-06", "A", D(2027, 1, 13), "JCG 27/1", "Send SALT vacancy figures to Priya Shah", "GA", "Trust", D(2027, 1, 29),
     D(2027, 3, 3), "B", "Closed at 03/03 meeting."],
]
for i, r in enumerate(closed_rows, 5):
    put(ws2, i, r)

ws3 = wb.create_sheet("Key")
ws3.merge_cells("A1:D1"); ws3["A1"] = "Key"; ws3["A1"].font = Font(bold=True, size=14)
ws3.merge_cells("A3:B3"); ws3["A3"] = "Initials"; ws3["A3"].font = Font(bold=True); ws3["A3"].fill = SUB
key_rows = [
    ("MW", "Mary Walker, Head of SEND (Council) \u2013 JCG co-chair"),
    ("YO", "Yusuf Okafor, Designated Clinical Officer (ICB) \u2013 JCG co-chair"),
    ("GA", "Grace Adeyemi, Head of Children's Therapies (Community Health Trust)"),
    ("AP", "Dr Anita Patel, Consultant Community Paediatrician (Trust)"),
    ("LP", "Liam Porter, Data and Performance Manager (Council)"),
    ("SK", "Sarah Kent, School Improvement Adviser (Council)"),
    ("PS", "Priya Shah, Director of Education (Council) \u2013 attends for finance items"),
    ("TE", "Tom Evans, PCF co-chair (from April 2027)"),
    ("RH", "Ruth Hill, Partnership Business Support (minutes / log)"),
]
for i, (a, b) in enumerate(key_rows, 4):
    ws3.cell(row=i, column=1, value=a); ws3.cell(row=i, column=2, value=b)
ws3.merge_cells("A15:B15"); ws3["A15"] = "RAG"; ws3["A15"].font = Font(bold=True); ws3["A15"].fill = SUB
for i, (a, b) in enumerate([("R", "Overdue / at risk"), ("A", "Revised date agreed / some risk"), ("G", "On track"),
                            ("B", "Complete (move to Closed)"), ("N", "New at the latest meeting \u2013 not yet rated")], 16):
    c = ws3.cell(row=i, column=1, value=a); c.fill = RAG[a]; ws3.cell(row=i, column=2, value=b)
ws3.merge_cells("A22:B22"); ws3["A22"] = "Type"; ws3["A22"].font = Font(bold=True); ws3["A22"].fill = SUB
for i, (a, b) in enumerate([("A", "Action"), ("D", "Decision (audit trail only)"), ("I", "Information / noted")], 23):
    ws3.cell(row=i, column=1, value=a); ws3.cell(row=i, column=2, value=b)
ws3.merge_cells("A27:B27"); ws3["A27"] = "JCG meeting dates 2027 (Wednesdays, 10:00, Civic Centre / Teams)"
ws3["A27"].font = Font(bold=True); ws3["A27"].fill = SUB
for i, (a, b) in enumerate([("JCG 27/1", D(2027, 1, 13)), ("JCG 27/2", D(2027, 3, 3)), ("JCG 27/3", D(2027, 5, 5)),
                            ("JCG 27/4", D(2027, 7, 7)), ("JCG 27/5", D(2027, 9, 15))], 28):
    ws3.cell(row=i, column=1, value=a); c = ws3.cell(row=i, column=2, value=b); c.number_format = "dd/mm/yyyy"; c.alignment = Alignment(horizontal="left")
ws3.merge_cells("A34:B34"); ws3["A34"] = "Attendance 03/03/2027"; ws3["A34"].font = Font(bold=True); ws3["A34"].fill = SUB
ws3["A35"] = "Present"; ws3["B35"] = "MW (chair), YO, GA, AP (item 4 only), LP, SK, RH"
ws3["A36"] = "Apologies"; ws3["B36"] = "PS, TE (observer)"
ws3.column_dimensions["A"].width = 14; ws3.column_dimensions["B"].width = 80

wb.save(OUT / (STEM + ".xlsx"))

labels_out = {
    "meeting_date": "2027-03-03",
    "style": ("Held-out batch sixtyeighth. An Excel action log with three sheets ('Open', 'Closed', 'Key') and merged header cells "
              "(title row, subtitle row, merged group headers Action / Ownership / Dates / Progress above the column headers). "
              "Meeting date from the Open sheet subtitle 'meeting held on Wednesday 3 March 2027 (JCG 27/2)' and the Date raised "
              "cells. Owners are initials defined only on the Key sheet: SK is Sarah Kent (not Sarah Khan), AP is Dr Anita Patel "
              "(not Anne Price). Labelled: the six Type A rows raised 03/03/2027 (the Type D decision and Type I noted rows are not "
              "actions), JCG-26-29R re-opened at this meeting (YO) and JCG-27-02 re-assigned here from YO to MW. Not labelled: "
              "JCG-26-31 (re-dated, same lead), JCG-27-04 and JCG-27-05 (carried, unchanged) and everything on the Closed sheet "
              "(including the original JCG-26-29). Dates: 'Next JCG' = Wednesday 5 May 2027 from the Key sheet's meeting dates; "
              "'end of March' = Wednesday 31 March 2027; 'ICB FC 24/06/27' = Thursday 24 June 2027; Excel date cells as shown "
              "(dd/mm/yyyy); the re-opened row's revised due 19/03/2027 is the due."),
    "held_out": True,
    "actions": [
        {"key": "Cost a pilot of SALT drop-ins", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-04-14"},
        {"key": "Share neurodevelopmental waiting list data by school cluster", "owner": "LP", "person": "Liam Porter", "due": "2027-03-31"},
        {"key": "Bring the paediatric EHC advice timeliness audit", "owner": "AP", "person": "Anita Patel", "due": "2027-05-05"},
        {"key": "Brief school improvement advisers on the health", "owner": "SK", "person": "Sarah Kent", "due": "2027-03-31"},
        {"key": "Seek ICB Finance Committee approval for joint", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-06-24"},
        {"key": "Update JCG terms of reference to add", "owner": "RH", "person": "Ruth Hill", "due": "2027-03-12"},
        {"key": "Draft joint funding protocol for complex placements", "owner": "MW", "person": "Mary Walker", "due": "2027-05-05"},
        {"key": "Re-issue the EHC health advice template to GP practices", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-03-19"},
    ],
}
(OUT / (STEM + ".labels.json")).write_text(json.dumps(labels_out, indent=1, ensure_ascii=False), encoding="utf-8")
