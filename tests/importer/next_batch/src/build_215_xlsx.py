"""Builds 215_twentyseventh_monday_board_export.xlsx into the parent folder (monday.com-style export)."""
import datetime as dt
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

OUT = Path(__file__).resolve().parent.parent / "215_twentyseventh_monday_board_export.xlsx"
wb = Workbook(); ws = wb.active; ws.title = "PFA Steering Group - Actions"
D = dt.date
ws.append(["PFA Steering Group - Actions"]); ws["A1"].font = Font(bold=True, size=14)
ws.append(["Preparing for Adulthood workstream (Westmoor SEND Partnership). Board owner: Owen Reid. Exported 03/03/2027 09:14"])
ws.append([])
HDR = ["Name", "Person", "Status", "Timeline", "Date", "Priority", "Meeting", "Notes", "Last updated"]

def group(title, colour, items):
    ws.append([title]); ws.cell(ws.max_row, 1).font = Font(bold=True, color=colour)
    ws.append(HDR)
    for c in range(1, len(HDR) + 1):
        ws.cell(ws.max_row, c).font = Font(bold=True)
        ws.cell(ws.max_row, c).fill = PatternFill("solid", fgColor="EEEEEE")
    for it in items:
        subs = it.pop("subs", None)
        ws.append([it.get(k.lower().replace(" ", "_")) for k in HDR])
        if subs:
            ws.append([None, "Subitems", "Owner", "Status", "Date"])
            for s in subs:
                ws.append([None] + s)
    ws.append([])

group("Actions - steering group 2 March 2027", "037F4C", [
    dict(name="Map post-16 supported internship places by college", person="Owen Reid", status="Working on it",
         timeline="2027-03-08 - 2027-04-16", date=None, priority="High", meeting="02/03/2027",
         notes="Need numbers by college + employer. Feeds sufficiency report.", last_updated="2 Mar",
         subs=[["Westmoor College figures", "Owen Reid", "Working on it", D(2027, 3, 19)],
               ["Northfield FE + ISPs figures", "Owen Reid", "Not started", D(2027, 3, 31)]]),
    dict(name="Health to adult services transition protocol - first draft", person="Yusuf Okafor, Anita Patel",
         status="Not started", timeline=None, date=D(2027, 5, 28), priority="High", meeting="02/03/2027",
         notes="YO leading, AP clinical input. Must cover 14+ health checks.", last_updated="2 Mar"),
    dict(name="Young people's PFA conference - book speakers", person="Sarah Khan", status="Working on it",
         timeline=None, date=D(2027, 4, 9), priority="Medium", meeting="02/03/2027",
         notes="Youth forum want someone with lived experience of supported internships.", last_updated="2 Mar"),
    dict(name="Update Year 9 annual review template with PFA prompts", person="Mary Walker", status="Not started",
         timeline="2027-03-15 - 2027-03-31", date=None, priority="Medium", meeting="02/03/2027",
         notes="Casework team to do the edits - Mary owns.", last_updated="2 Mar"),
    dict(name="Travel training - uptake data by age", person="Mark Walsh", status="Not started", timeline=None,
         date=D(2027, 3, 25), priority="Low", meeting="02/03/2027", notes="", last_updated="2 Mar"),
    dict(name="Parent survey of 14-25s families", person=None, status="Not started", timeline=None, date=None,
         priority="Medium", meeting="02/03/2027",
         notes="Kerry (PCF) offered to run it through the PCF mailing list - close end of April. Person col blank as Kerry "
               "has no monday licence.", last_updated="2 Mar"),
    dict(name="Check youth forum capacity to co-chair conference", person="Priya Mistry", status="Not started",
         timeline=None, date=None, priority="Low", meeting="02/03/2027", notes="", last_updated="2 Mar"),
    dict(name="Agree PFA outcomes framework v2", person="Owen Reid", status="Done", timeline=None, date=D(2027, 3, 2),
         priority="High", meeting="02/03/2027", notes="Agreed at meeting - no changes.", last_updated="2 Mar"),
])
group("Carried over from January", "E2445C", [
    dict(name="Supported internship job coach funding bid", person="Owen Reid", status="Stuck", timeline=None,
         date=D(2027, 2, 26), priority="High", meeting="19/01/2027", notes="Waiting on DfE grant conditions.", last_updated="1 Mar"),
    dict(name="Post-16 SEN support guidance for colleges", person="Helen Brooks", status="Working on it",
         timeline="2027-01-25 - 2027-03-12", date=None, priority="Medium", meeting="19/01/2027", notes="HB linking with college SENCos.",
         last_updated="24 Feb"),
])
group("Done", "00C875", [
    dict(name="PFA section on Local Offer refreshed", person="Sarah Khan", status="Done", timeline=None, date=D(2027, 2, 12),
         priority="Medium", meeting="19/01/2027", notes="", last_updated="12 Feb"),
])
group("Ideas / backlog", "A25DDC", [
    dict(name="Employer forum with Chamber of Commerce?", person=None, status=None, timeline=None, date=None, priority=None,
         meeting="02/03/2027", notes="Would be great one day - not resourced.", last_updated="2 Mar"),
])
for col, w in zip("ABCDEFGHI", [58, 26, 15, 26, 13, 10, 12, 60, 13]):
    ws.column_dimensions[col].width = w
for row in ws.iter_rows():
    for c in row:
        if isinstance(c.value, dt.date):
            c.number_format = "DD/MM/YYYY"
wb.save(OUT)
print(OUT)
