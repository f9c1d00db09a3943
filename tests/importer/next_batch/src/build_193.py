"""193: Children's therapies quality improvement PDSA cycle log workbook, updated at a QI huddle (xlsx)."""
import datetime as dt

from common import OUT, write_labels
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

STEM = "193_twentyfourth_therapies_pdsa_cycle_log"
wb = Workbook()
ws = wb.active; ws.title = "Project on a page"
rows = [
    ["Westmoor Community Health NHS Trust - Children's Therapies"],
    ["QI project: 'Waiting Well' - reducing did-not-attend (DNA) rates for first SLT/OT appointments"],
    [],
    ["Project sponsor", "Grace Adeyemi, Head of Children's Therapies"],
    ["QI coach", "Trust QI Hub"],
    ["Aim statement", "Reduce DNA rate for first appointments from 17% to 9% by 31 December 2027"],
    ["Outcome measure", "DNA % first appointments (monthly, SystmOne)"],
    ["Process measures", "% families reached by text reminder; % receiving waiting well pack"],
    ["Balancing measure", "Admin hub time per booking"],
    ["Family partners", "Westmoor Parent Carer Forum (TE)"],
    [],
    ["Huddle rhythm", "Monthly QI huddle, Wednesdays 12:30-13:15, Teams"],
    ["Last huddle", "09/06/2027"],
    ["Next huddle", "14/07/2027"],
    [],
    ["Key: Act column", "ADOPT = make business as usual; ADAPT = change and test again; ABANDON = stop, no further action"],
]
for r in rows: ws.append(r)
ws["A1"].font = Font(bold=True, size=14); ws["A2"].font = Font(italic=True)
ws.column_dimensions["A"].width = 22; ws.column_dimensions["B"].width = 90

log = wb.create_sheet("PDSA log")
hdr = ["Cycle", "Change idea", "Started", "Prediction", "Do / Study (what happened)", "Act",
       "Next step", "Lead", "By when", "Agreed at", "Status"]
log.append(hdr)
D = lambda y, m, d: dt.datetime(y, m, d)
data = [
    [1, "Text reminder 48h before first SLT appt (AccuRx)", D(2027, 2, 1), "DNA drops by a third",
     "DNA 18% -> 12% over 6 weeks (n=140). Two complaints about wording.", "ADOPT",
     "Reword text with PCF and make BAU for SLT", "SLT team lead", D(2027, 3, 31), "10/03/2027", "Complete"],
    [2, "Saturday morning clinics for working parents", D(2027, 3, 6), "More families attend",
     "Only 5 of 24 slots booked; staff overtime cost high.", "ABANDON",
     "No further action - stop Saturday clinics", "GA", "", "14/04/2027", "Closed"],
    [3, "Phone call from admin hub for families with 2+ previous DNAs", D(2027, 4, 19), "Half of these families attend",
     "11 of 19 attended. Admin time 6 mins per call - acceptable.", "ADOPT",
     "Now business as usual in admin hub", "Admin hub", "", "12/05/2027", "Complete"],
    [4, "Text reminders extended to OT first appointments", D(2027, 5, 4), "OT DNA falls from 21% to 14%",
     "OT DNA 21% -> 15%. Text not reaching 0-5 families on the Child Development Centre list (different system).", "ADAPT",
     "Extend text reminders to the 0-5 speech and language waiting list", "SLT team lead", D(2027, 6, 25), "09/06/2027", "Open - new"],
    ["4a", "Triage script for OT phone contacts", D(2027, 5, 17), "Fewer inappropriate bookings",
     "Not started - OT leads not yet agreed script.", "-",
     "Agree triage script with OT leads before cycle 5", "Jo (OT)", "30/06/27", "12/05/2027", "Open - c/f"],
    [5, "'Waiting well' pack posted with appointment letter", "planned", "Families feel more prepared; DNA falls",
     "To be tested with PCF families first.", "-",
     "Test the waiting well pack with 10 families via the PCF", "TE", "w/c 5 July", "09/06/2027", "Open - new"],
    ["5a", "Understand DNA pattern by area", "planned", "Higher DNA in east of borough",
     "Data request needed.", "-",
     "Pull DNA rates by postcode from SystmOne for cycles 1-4", "Admin hub", D(2027, 6, 18), "09/06/2027", "Open - new"],
    ["-", "Funding for second AccuRx licence (0-5 list)", "", "", "Current licence covers school-age only.", "-",
     "Confirm whether the ICB can fund a second AccuRx licence", "YO", "next huddle", "09/06/2027", "Open - new"],
    ["-", "Spread", "", "", "", "-",
     "Present PDSA learning at the SEND Partnership Board in July", "GA", "July board", "09/06/2027", "Open - new"],
]
for r in data: log.append(r)
for c in log[1]: c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="005EB8")
for col, w in zip("ABCDEFGHIJK", [7, 40, 12, 28, 50, 10, 50, 14, 13, 12, 13]):
    log.column_dimensions[col].width = w
for row in log.iter_rows(min_row=2):
    for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")
    if isinstance(row[2].value, dt.datetime): row[2].number_format = "dd/mm/yy"
    if isinstance(row[8].value, dt.datetime): row[8].number_format = "dd/mm/yy"

notes = wb.create_sheet("Huddle notes 09.06")
for r in [
    ["QI huddle - Wednesday 9 June 2027, 12:30, Teams"],
    ["Present: GA (chair), SLT team lead, Jo (OT lead), Admin hub supervisor, TE (PCF), YO (DCO, ICB) for item 3, QI coach"],
    ["Apologies: Dr Anita Patel"],
    [],
    ["1. Run chart", "DNA % now 12.4% (May). Shift of 6 points below median - QI coach confirmed this is a real change, not noise."],
    ["2. Cycle 4 review", "OT result good; 0-5 gap identified. Agreed to ADAPT - see log row 4."],
    ["3. Licences", "YO explained current AccuRx licence is school-age only. See log."],
    ["4. Waiting well pack", "TE brought draft back from PCF - families liked it. Agreed to test before posting to all (cycle 5)."],
    ["5. AOB", "Group would like to get this approach into the ND pathway eventually - not for now."],
    ["", "ICB contracting team will review the therapy KPI schedule in Q3; for information only."],
    ["", "Cycle 2 (Saturday clinics) formally closed - nothing further."],
    [],
    ["Actions are tracked on the PDSA log tab only (rows marked Open)."],
]: notes.append(r)
notes["A1"].font = Font(bold=True); notes.column_dimensions["A"].width = 20; notes.column_dimensions["B"].width = 100
wb.save(OUT / f"{STEM}.xlsx")

write_labels(STEM, "2027-06-09",
    "Children's therapies quality-improvement workbook: 'Project on a page', a PDSA (Plan-Do-Study-Act) cycle log where each "
    "cycle row has an Act verdict (ADOPT/ADAPT/ABANDON) and a 'Next step | Lead | By when | Agreed at | Status' tail, and a "
    "huddle notes tab for the 9 June 2027 QI huddle. Treated as an action log: rows 'Open - new' agreed at this huddle plus the "
    "one 'Open - c/f' carried-forward row count. Traps: Complete/Closed rows (cycle 1 reword, cycle 3 BAU, cycle 2 abandoned "
    "'No further action') are not actions; aim statement target date is a goal; 'would like to get this into the ND pathway "
    "eventually' is a wish; ICB contracting team KPI review is another body's. Labelling choices: 'w/c 5 July' labelled "
    "2027-07-05 (the Monday); 'next huddle' and 'July board' labelled meeting 2027-07 (next huddle 14/07/2027); '30/06/27' is "
    "30 June 2027; role/team leads ('SLT team lead', 'Admin hub', 'Jo (OT)') have person null; TE = Tom Evans (PCF family "
    "partner), YO = Yusuf Okafor, GA = Grace Adeyemi.",
    [("Extend text reminders to the 0-5 speech and language", "SLT team lead", None, "2027-06-25"),
     ("Agree triage script with OT leads before cycle 5", "Jo (OT)", None, "2027-06-30"),
     ("Test the waiting well pack with 10 families", "TE", "Tom Evans", "2027-07-05"),
     ("Pull DNA rates by postcode from SystmOne", "Admin hub", None, "2027-06-18"),
     ("Confirm whether the ICB can fund a second", "YO", "Yusuf Okafor", "meeting 2027-07"),
     ("Present PDSA learning at the SEND Partnership Board", "GA", "Grace Adeyemi", "meeting 2027-07")])
