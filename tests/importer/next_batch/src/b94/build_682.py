import datetime as dt, sys
sys.path.insert(0, "/tmp/b94/src")
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
import lab
STEM = "682_ninetyfourth_inclusion_workstream_rag_tracker"
wb = Workbook()
ws = wb.active; ws.title = "Tracker Jun27"
ws.append(["LASIP Priority 2: Early identification and inclusion in mainstream - workstream tracker"])
ws.append(["Workstream lead: David Lowe (PEP)   |   Reviewed at workstream meeting 15.6.27 (Teams)   |   Next meeting 20.7.27"])
ws.append(["Present: DL, HB, GA, LP, SKh, TE (PCF), MW for item 3.  Apols: Sarah Kent"])
ws.append([])
ws.append(["Ref", "Milestone / action (per LASIP)", "Owner", "Target", "RAG May", "RAG Jun", "Commentary (15.6.27)", "Next steps agreed 15.6.27"])
rows = [
 ["2.1", "Graduated approach toolkit published on Local Offer", "DL", "Apr-27", "G", "Complete",
  "Published 28/4. Launch webinar had 140 attendees. Feedback positive.", "None - close"],
 ["2.2", "Refresh Ordinarily Available Provision (OAP) guidance", "HB / DL", "Jul-27", "A", "A",
  "Draft with SENCo reference group, some sections still thin (SEMH, sensory).",
  "Helen to take the draft OAP to SENCo network on 24 June for feedback"],
 ["2.3", "Review EP traded offer to free capacity for early support", "DL", "Jun-27", "A", "R",
  "Slipped - 2 EP vacancies, locum cost. Revised target Sept-27 agreed (see change log).",
  "DL to bring costed options for the traded offer to next workstream. DL to include EP capacity risk in Board highlight report (due 23/6)"],
 ["2.4", "Early Years inclusion fund - increase uptake by 20%", "EY team", "Mar-28", "G", "G",
  "On track. Q1 applications up 12%.", "No change"],
 ["2.5", "Therapy input into OAP and locality panels", "GA", "Sep-27", "A", "A",
  "Trust agreed in principle; names not yet confirmed.", "Grace to confirm named therapy leads for each locality by 9 July"],
 ["2.6", "SEN Support data at school level", "LP", "Jul-27", "A", "A",
  "Census data in; needs cleansing.", "LP to produce school-level SEN Support profiles for the autumn SENCo briefings - by 30/7"],
 ["2.7", "Parent information on SEN Support (co-produced)", "SKh / PCF", "Sep-27", "R", "A",
  "Tom has pulled together parent questions from forum survey.", "Sarah Khan to draft parent leaflet with PCF - first draft to July meeting"],
 ["2.8", "Inclusion Charter for schools", "Inclusion Partnership", "Dec-27", "-", "-",
  "Owned by the Inclusion Partnership (heads' group) - shown here for info only.", "n/a - not ours"],
 ["2.9", "Attendance of pupils on SEN Support - joint work with Attendance team", "PS", "Sep-27", "A", "A",
  "MW attended for this item; Attendance team's own plan has the actions.", "Noted. No action for workstream."],
]
for r in rows: ws.append(r)
for c, w in zip("ABCDEFGH", [6, 48, 14, 9, 8, 9, 50, 60]): ws.column_dimensions[c].width = w
colour = {"G": "00B050", "A": "FFC000", "R": "FF0000", "Complete": "0070C0"}
for row in ws.iter_rows(min_row=6):
    for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")
    for c in row[4:6]:
        if c.value in colour: c.fill = PatternFill("solid", fgColor=colour[c.value])
for c in ws[5]: c.font = Font(bold=True)
ws["A1"].font = Font(bold=True, size=13)

ws = wb.create_sheet("RAG key")
for r in [["RAG", "Meaning"], ["G", "On track"], ["A", "Some slippage / risk - recoverable"], ["R", "Off track - escalate to Board"], ["Complete", "Done - will drop off next month"]]:
    ws.append(r)

ws = wb.create_sheet("Change log")
ws.append(["Date", "Ref", "Change", "Agreed by"])
ws.append([dt.date(2027, 5, 18), "2.5", "Owner changed from DL to GA", "Workstream"])
ws.append([dt.date(2027, 6, 15), "2.3", "Target moved Jun-27 -> Sep-27 (EP vacancies)", "Workstream, to be reported to Board"])
ws.append([dt.date(2027, 6, 15), "2.1", "Marked complete", "Workstream"])
for row in ws.iter_rows(min_row=2): row[0].number_format = "dd/mm/yy"
ws.column_dimensions["C"].width = 50
wb.save(f"/tmp/b94/{STEM}.xlsx")

lab.write(STEM, "2027-06-15",
 "A workstream RAG tracker (xlsx) for LASIP Priority 2 (early identification and inclusion), reviewed at the workstream meeting on Tuesday 15 June 2027 (next meeting 20.7.27). Only the 'Next steps agreed 15.6.27' column holds this meeting's actions; the LASIP milestone column, owners and targets are the plan, not new actions. Traps: 2.1 complete; 2.4 'No change'; 2.8 belongs to the Inclusion Partnership ('not ours'); 2.9 is the Attendance team's plan ('No action for workstream'); the change log records the 2.3 target move to Sep-27 (a decision, no task); cell 2.3 holds two actions for DL. Owners are the names in the next-steps text, not the milestone Owner column. Dates: Helen 'on 24 June' = 2027-06-24; DL costed options 'next workstream' = next meeting; DL highlight report 'due 23/6' = 2027-06-23; Grace 'by 9 July' = 2027-07-09; LP 'by 30/7' = 2027-07-30; Sarah Khan 'first draft to July meeting' = next meeting (20 July).",
 [("Helen to take the draft OAP to SENCo network", "Helen", "Helen Brooks", "2027-06-24"),
  ("DL to bring costed options for the traded offer", "DL", "David Lowe", "next meeting"),
  ("include EP capacity risk in Board highlight report", "DL", "David Lowe", "2027-06-23"),
  ("Grace to confirm named therapy leads for each locality", "Grace", "Grace Adeyemi", "2027-07-09"),
  ("LP to produce school-level SEN Support profiles", "LP", "Liam Porter", "2027-07-30"),
  ("Sarah Khan to draft parent leaflet with PCF", "Sarah Khan", "Sarah Khan", "next meeting")])
