import os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.comments import Comment

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FN = os.path.join(OUT, "543_seventyfourth_ehcp_timeliness_running_action_log_updated_in_meeting.xlsx")

wb = Workbook()
ws = wb.active
ws.title = "Action log"
D = dt.datetime
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)

ws["A1"] = "EHCP Timeliness Workstream \u2013 running action log"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Chair: Mary Walker (Head of SEND)   |   Log owner: Ruth Hill   |   Last updated: at meeting 03/02/2027 (RH)   |   Next meeting: 03/03/2027"
ws["A2"].font = Font(italic=True, size=9, color="555555")
ws["A3"] = "Rows in yellow added 03/02. Closed rows stay on the log until the March meeting then move to the 'Closed' tab."
ws["A3"].font = Font(size=9, color="555555")

hdr = ["Ref", "Raised", "Action", "Owner", "Due", "RAG", "Status", "Update 06/01/27", "Update 03/02/27"]
ws.append([])
ws.append(hdr)
HR = ws.max_row
for c in ws[HR]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F4E78")
    c.alignment = Alignment(wrap_text=True, vertical="center")
    c.border = box

rows = [
    ["E01", D(2026, 11, 4), "Map the current 20 week process end to end with EHC Hub, EP service and health", "EHC Hub team", D(2026, 12, 2), "B", "Closed",
     "Complete \u2013 process map circulated 30/11", ""],
    ["E02", D(2026, 11, 4), "Share weekly case-level data on advice returns with workstream members", "LP", D(2026, 12, 2), "B", "Closed",
     "Now part of the weekly pack", ""],
    ["E03", D(2026, 11, 4), "Agree an escalation route when health advice is late beyond week 10", "DCO", D(2027, 1, 6), "B", "Closed",
     "Draft route shared; needs Trust sign off", "Signed off by the Trust 28/01. Close."],
    ["E04", D(2026, 11, 4), "Recruit 2 x locum EPs to clear the backlog of EP advice", "DL", "end Jan", "B", "Closed",
     "Agency contacted, 1 started 4/1", "2nd locum started 18/1. Backlog down from 64 to 29. Close."],
    ["E05", D(2026, 12, 2), "Review the draft EHC plan template with PCF", "Tom E", D(2027, 1, 6), "B", "Closed",
     "Done at PCF steering group 15/12", ""],
    ["E06", D(2026, 12, 2), "Write to SENCos re quality of school advice (Appendix B of the guidance)", "SENCo rep (Helen B)", "Fri 19 Feb", "A", "REOPENED",
     "Sent in SENCo bulletin 11/1 \u2013 close",
     "REOPENED \u2013 sample of 15 January advices showed Appendix B hardly used. Helen B to re-send with the worked example and ask for a 10 min slot at the SENCo network. New due date Fri 19 Feb."],
    ["E07", D(2026, 12, 2), "Cost the option of additional EHC coordinator posts for the invest to save bid", "Mary", D(2027, 3, 31), "G", "Open",
     "Finance BP meeting booked 20/1", "On track \u2013 draft costings done, goes to DMT 10 March."],
    ["E08", D(2026, 12, 2), "Social care advice \u2013 agree a single point of contact in the CWD team", "Social Care (CWD)", D(2027, 1, 6), "B", "Closed",
     "SPOC is Dawn Mercer (CWD team manager) from 4 Jan", ""],
    ["E09", D(2027, 1, 6), "Ask therapies to confirm turnaround times for SALT and OT advice", "GA", D(2027, 2, 3), "B", "Closed",
     "", "Grace confirmed 5 weeks from request for both SALT and OT. Close."],
    ["E10", D(2027, 1, 6), "Health advice turnaround standard \u2013 ICB to consider", "DCO", "tbc", "", "Superseded",
     "", "Superseded by E13"],
    ["E11", D(2027, 1, 6), "Check whether the case system can send automated reminders to advice givers at week 8", "EHC Hub team", D(2027, 2, 3), "R", "Parked",
     "", "Supplier says not possible before the system upgrade (Sept). Parked \u2013 see E14 for the manual workaround."],
    ["E12", D(2027, 1, 6), "Share an example of a good EHC plan (anonymised) with the SENCo network", "Mary", "Feb", "B", "Closed",
     "", "Shared at SENCo network 27/1. Close."],
    ["E13", D(2027, 2, 3), "Agree a six week turnaround standard for health advice with Community Paeds and the therapies leads", "DCO", "end of Q4", "", "NEW", "", ""],
    ["E14", D(2027, 2, 3), "Send a weekly list of week 12 cases with missing advices to every advice giver (manual until the system upgrade)", "EHC Hub team", "w/c 8 Feb", "", "NEW", "", ""],
    ["E15", D(2027, 2, 3), "Add a breakdown by advice type (EP / health / social care / school) to the monthly timeliness dashboard", "LP", "before next mtg", "", "NEW", "", ""],
    ["E16", D(2027, 2, 3), "Draft EP triage criteria for requests where a recent EP report (under 12 months old) already exists", "DL", "ASAP", "", "NEW", "", ""],
    ["E17", D(2027, 2, 3), "Test the revised draft plan covering letter with 5 parents and feed back", "Tom E / PCF", "by half term", "", "NEW", "", ""],
]
rag = {"R": "FF5B5B", "A": "FFC000", "G": "70AD47", "B": "5B9BD5"}
yellow = PatternFill("solid", fgColor="FFF2CC")
grey = Font(color="808080")
for r in rows:
    ws.append(r)
    i = ws.max_row
    for c in ws[i]:
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = box
    ws.cell(i, 2).number_format = "dd/mm/yyyy"
    if isinstance(r[4], dt.datetime):
        ws.cell(i, 5).number_format = "dd/mm/yyyy"
    if r[5] in rag:
        ws.cell(i, 6).fill = PatternFill("solid", fgColor=rag[r[5]])
    if r[6] == "NEW":
        for c in ws[i]:
            c.fill = yellow
    if r[6] in ("Closed", "Superseded"):
        for c in ws[i][:5]:
            c.font = grey
    if r[6] == "REOPENED":
        ws.cell(i, 7).font = Font(bold=True, color="C00000")

ws["D11"].comment = Comment("Was 'SENCo rep' - changed to Helen at the 3/2 meeting. RH", "Ruth Hill")
widths = [6, 11, 48, 16, 13, 5, 11, 30, 48]
for n, w in enumerate(widths):
    ws.column_dimensions[chr(65 + n)].width = w
ws.freeze_panes = "D6"
ws.auto_filter.ref = f"A{HR}:I{ws.max_row}"
dv = DataValidation(type="list", formula1='"Open,Closed,NEW,Parked,Superseded,REOPENED"', allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"G{HR+1}:G200")

# dashboard
d = wb.create_sheet("Dashboard")
d.append(["20 week timeliness (excl. exceptions) \u2013 rolling"])
d["A1"].font = Font(bold=True, size=12)
d.append(["Month", "Plans issued", "Within 20 wks", "%", "England (latest)"])
for c in d[2]:
    c.font = Font(bold=True)
data = [("Aug-26", 41, 22), ("Sep-26", 38, 19), ("Oct-26", 52, 24), ("Nov-26", 47, 25), ("Dec-26", 44, 27), ("Jan-27", 49, 33)]
for m, a, b in data:
    d.append([m, a, b, round(b / a, 3), 0.463])
    d.cell(d.max_row, 4).number_format = "0.0%"
    d.cell(d.max_row, 5).number_format = "0.0%"
d.append([])
d.append(["Source: Liam Porter, EHC case system extract 31/01/2027. Jan figure provisional."])
d.column_dimensions["A"].width = 14
for col in "BCDE":
    d.column_dimensions[col].width = 15

k = wb.create_sheet("Key")
k.append(["RAG", "Meaning"])
for a, b in [("R", "Off track / blocked"), ("A", "At risk"), ("G", "On track"), ("B", "Complete")]:
    k.append([a, b])
    k.cell(k.max_row, 1).fill = PatternFill("solid", fgColor=rag[a])
k.append([])
k.append(["Meeting dates 2026-27", "4 Nov, 2 Dec, 6 Jan, 3 Feb, 3 Mar, 7 Apr, 5 May (1st Weds, 2-3pm, Teams)"])
k.append(["Term dates", "Spring half term 15-19 Feb 2027; Easter holidays 29 Mar - 9 Apr 2027"])
k.column_dimensions["A"].width = 22
k.column_dimensions["B"].width = 70

wb.create_sheet("Closed")["A1"] = "Closed actions moved here after each meeting \u2013 none moved yet for 2026-27 (log restarted Nov)."
wb.save(FN)
print(FN)
