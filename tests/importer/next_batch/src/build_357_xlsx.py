import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
D = lambda s: dt.datetime.strptime(s, "%d/%m/%Y")
wb = Workbook()
ws = wb.active
ws.title = "AP Workstream Action Tracker"
hdr = ["Ref", "Action", "Assigned To", "Start Date", "Due Date", "Status", "RAG", "% Complete", "Latest Comment", "Modified", "Modified By"]
ws.append(hdr)
for c in ws[1]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E79")
rows = [
 ("P", "Workstream meeting 03/12/2026"),
 ("AP-07", "Publish list of registered AP providers on the Local Offer", "mary.walker@westmoor.gov.uk", "03/12/2026", "15/01/2027", "Complete", "Green", 1.0, "Published 12/01.", "12/01/2027", "Mary Walker"),
 ("AP-09", "Agree protocol for dual-registered pupils with Castlefield Learning Trust", "mary.walker@westmoor.gov.uk", "03/12/2026", "25/03/2027", "In Progress", "Red", 0.4, "04/03: original due date 29/01 missed (trust legal review). Still needed - revised date 25/03 agreed at the meeting.", "04/03/2027", "Ruth Hill"),
 ("AP-10", "Draft local guidance on use of unregistered AP", "send-ap-team@westmoor.gov.uk", None, "26/02/2027", "Cancelled", None, 0.0, "04/03: superseded by the DfE national guidance - agreed to close.", "04/03/2027", "Ruth Hill"),
 ("AP-11", "Share tuition provider contact list with SENCos", "helen.brooks@riverside.westmoor.sch.uk", None, "22/01/2027", "Complete", "Green", 1.0, "Sent via SENCo bulletin 20/01.", "20/01/2027", "Helen Brooks"),
 ("P", "Workstream meeting 04/03/2027"),
 ("AP-13", "Write to PCF confirming a parent place on the AP workstream", "priya.shah@westmoor.gov.uk", "04/03/2027", "04/03/2027", "Complete", "Green", 1.0, "Done in the meeting - Tom Evans confirmed he will attend.", "04/03/2027", "Ruth Hill"),
 ("AP-14", "Audit part-time timetable notifications for KS3 and report themes", "sarah.kent@westmoor.gov.uk", "08/03/2027", "16/04/2027", "Not Started", "Amber", 0.0, "Link to notification log in attachments.", "05/03/2027", "Ruth Hill"),
 ("AP-15", "Draft AP commissioning framework for consultation", "james.whitfield@westmoor.gov.uk", None, "30/04/2027", "Not Started", "Green", 0.0, "Cabinet Member briefing first.", "05/03/2027", "Ruth Hill"),
 ("AP-16", "Share exclusions data by primary need with the PCF", "liam.porter@westmoor.gov.uk", None, None, "Not Started", None, 0.0, "As soon as the spring census is locked - no firm date.", "05/03/2027", "Ruth Hill"),
 ("AP-17", "Report back on tuition provider quality visits", "send-ap-team@westmoor.gov.uk", None, None, "Not Started", None, 0.0, "Due: next workstream meeting.", "05/03/2027", "Ruth Hill"),
 ("AP-18", "Set up reintegration panel pilot with two secondary schools", "j.okoro@castlefieldtrust.org.uk", "15/03/2027", None, "Not Started", None, 0.0, "Start date agreed; no end date set yet.", "05/03/2027", "Ruth Hill"),
 ("AP-19", "FOR INFO: Schools Forum to consider AP top-up rates at its April meeting", None, None, "22/04/2027", None, None, None, "Schools Forum decision, not a workstream action - tracked for visibility only.", "05/03/2027", "Ruth Hill"),
]
for r in rows:
    if r[0] == "P":
        ws.append([None, r[1]])
        ws.cell(ws.max_row, 2).font = Font(bold=True)
        continue
    vals = list(r)
    for i in (3, 4, 9):
        if vals[i]: vals[i] = D(vals[i])
    ws.append(vals)
    rr = ws.max_row
    ws.cell(rr, 2).alignment = Alignment(indent=2, wrap_text=True)
    for i in (4, 5, 10):
        ws.cell(rr, i).number_format = "dd/mm/yy"
    ws.cell(rr, 8).number_format = "0%"
    ws.cell(rr, 9).alignment = Alignment(wrap_text=True)
for col, w in zip("ABCDEFGHIJK", [8, 52, 34, 11, 11, 12, 8, 11, 50, 11, 14]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "C2"
s2 = wb.create_sheet("Sheet Summary")
for row in [("Workstream", "Inclusion & Alternative Provision"), ("Chair", "Priya Shah, Director of Education"),
            ("Sheet owner", "Ruth Hill"), ("Last meeting", "Thursday 4 March 2027, Westmoor House"),
            ("Next meeting", "TBC (May)"), ("Exported from Smartsheet", "05/03/2027 09:12")]:
    s2.append(row)
s2.column_dimensions["A"].width = 26; s2.column_dimensions["B"].width = 44
wb.save(str(__import__("pathlib").Path(__file__).resolve().parent.parent / "357_fortyseventh_smartsheet_action_tracker_export.xlsx"))
