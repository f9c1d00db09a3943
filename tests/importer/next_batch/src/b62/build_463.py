"""463: Excel action tracker with merged title rows, merged meeting-group rows, and an unusual column
order (date raised first, owner last)."""
import datetime as dt
from common import OUT, write_labels
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter

STEM = "463_sixtysecond_pfa_workstream_tracker_date_first_owner_last"
D = dt.datetime

wb = Workbook()
ws = wb.active
ws.title = "Tracker 2027-28"
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)

titles = [
    ("WESTMOOR SEND PARTNERSHIP", 14, "1F4E79", "FFFFFF"),
    ("Preparing for Adulthood (PfA) Workstream - Action Tracker 2027/28", 13, "1F4E79", "FFFFFF"),
    ("Last updated after the meeting of Monday 13 December 2027  |  Next meeting: Monday 7 February 2028  |  "
     "Tracker kept by Owen Reid (PfA Lead)", 10, "DDEBF7", "000000"),
]
for i, (t, size, bg, fg) in enumerate(titles, start=1):
    ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=7)
    cell = ws.cell(row=i, column=1, value=t)
    cell.font = Font(bold=True, size=size, color=fg)
    cell.fill = PatternFill("solid", fgColor=bg)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[i].height = 22

headers = ["Date raised", "Due date", "Status", "Ref", "Action", "Update / notes", "Owner"]
HR = 5
for j, h in enumerate(headers, start=1):
    c = ws.cell(row=HR, column=j, value=h)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="2F75B5")
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    c.border = box

groups = [
    ("Meeting: Monday 18 October 2027", [
        (D(2027, 10, 18), D(2027, 11, 15), "Complete", "PFA-14", "Circulate Year 9 review audit findings",
         "Circulated 12/11", "Liam Porter"),
        (D(2027, 10, 18), D(2027, 11, 30), "Closed", "PFA-15", "Invite DWP Disability Employment Adviser to Dec meeting",
         "Attended 13/12 - see PFA-25", "Owen Reid"),
        (D(2027, 10, 18), D(2028, 1, 31), "Open", "PFA-16", "Pilot health transition passport in 2 special schools",
         "On track - update at Feb meeting", "Grace Adeyemi"),
        (D(2027, 10, 18), D(2028, 1, 28), "Open - REASSIGNED 13/12", "PFA-17", "Draft travel training referral criteria",
         "Was due 26/11/2027. Reassigned from Mark Walsh 13/12 - Mark seconded to transport retender. New date agreed.",
         "Mary Walker"),
        (D(2027, 10, 18), D(2027, 12, 13), "Complete", "PFA-18", "Share supported internship outcomes data",
         "Presented at 13/12 meeting", "Sarah Khan"),
    ]),
    ("Meeting: Monday 13 December 2027", [
        (D(2027, 12, 13), D(2028, 1, 14), "Open", "PFA-19", "Map post-16 destinations for Year 11 pupils with EHCPs",
         "New", "Liam Porter"),
        (D(2027, 12, 13), D(2027, 12, 21), "Open", "PFA-20", "Send supported internship host employer list to PCF",
         "New - before Xmas please", "Owen Reid"),
        (D(2027, 12, 13), "Next mtg", "Open", "PFA-21", "Present draft PfA pathway leaflet (and easy read version)",
         "Young people's forum to see it first", "Sarah Khan"),
        (D(2027, 12, 13), D(2028, 1, 31), "Open", "PFA-22",
         "Confirm named adult social care transition worker for 3 YP turning 18 in spring",
         "New - ASC not present, Owen to forward", "ASC Transitions Team Manager (tbc)"),
        (D(2027, 12, 13), D(2028, 1, 10), "Open", "PFA-23", "Book venue for PfA parent conference (March)",
         "New", "Tom Evans"),
        (D(2027, 12, 13), None, "Decision", "PFA-24",
         "DECISION: workstream to merge with Post-16 Sufficiency group from April 2028",
         "Agreed by members. Board to note in Feb.", "-"),
        (D(2027, 12, 13), D(2027, 12, 13), "Complete", "PFA-25", "Circulate DWP adviser's slides to members",
         "Done in meeting (posted in Teams chat)", "Owen Reid"),
        (D(2027, 12, 13), "n/a", "For info", "PFA-26", "DfE supported internships grant round 2 announced",
         "Council bid already submitted by Commissioning 06/12 - for info only", "Commissioning"),
        (D(2027, 12, 13), D(2028, 2, 25), "Open", "PFA-27", "Add PfA section to SENDIASS transition factsheet",
         "New", "Claire Dunmore"),
    ]),
]

status_fill = {"Complete": "C6EFCE", "Closed": "D9D9D9", "Open": "FFEB9C", "Decision": "BDD7EE", "For info": "EDEDED"}
r = HR + 1
for gtitle, rows in groups:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    g = ws.cell(row=r, column=1, value=gtitle)
    g.font = Font(bold=True, italic=True)
    g.fill = PatternFill("solid", fgColor="F2F2F2")
    r += 1
    for row in rows:
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        st = row[2]
        key = "Open" if st.startswith("Open") else st
        ws.cell(row=r, column=3).fill = PatternFill("solid", fgColor=status_fill.get(key, "FFFFFF"))
        if "REASSIGNED" in st:
            ws.cell(row=r, column=3).font = Font(bold=True, color="C00000")
        r += 1

for j, w in enumerate([12, 12, 16, 9, 48, 42, 26], start=1):
    ws.column_dimensions[get_column_letter(j)].width = w
ws.freeze_panes = ws.cell(row=HR + 1, column=1)
ws.auto_filter.ref = f"A{HR}:G{r - 1}"

k = wb.create_sheet("Key")
k["A1"] = "Status key"
k["A1"].font = Font(bold=True)
for i, (s, d) in enumerate([
        ("Open", "Action agreed and not yet done"),
        ("Open - REASSIGNED", "Owner and/or date changed at the meeting shown"),
        ("Complete", "Done - leave on tracker for one meeting then move to Closed tab"),
        ("Closed", "No longer needed or done and reported"),
        ("Decision", "Recorded for reference - not an action"),
        ("For info", "Other organisations' activity - not an action for this group")], start=2):
    k.cell(row=i, column=1, value=s)
    k.cell(row=i, column=2, value=d)
k.column_dimensions["A"].width = 22
k.column_dimensions["B"].width = 70

cl = wb.create_sheet("Closed 2027")
cl.append(["Date raised", "Due date", "Status", "Ref", "Action", "Update / notes", "Owner"])
for row in [
        (D(2027, 6, 14), D(2027, 7, 16), "Closed", "PFA-09", "Agree PfA outcomes framework wording", "Signed off 12/07", "Owen Reid"),
        (D(2027, 6, 14), D(2027, 9, 13), "Closed", "PFA-11", "Run young people's survey on post-16 options", "412 responses", "Sarah Khan"),
        (D(2027, 9, 13), D(2027, 10, 18), "Closed", "PFA-13", "Circulate draft transition protocol", "Done", "Mary Walker")]:
    cl.append(row)
for c in cl["A"][1:] + cl["B"][1:]:
    c.number_format = "dd/mm/yyyy"

wb.save(OUT / f"{STEM}.xlsx")

write_labels(STEM, "2027-12-13",
    "An Excel action tracker for the Preparing for Adulthood workstream with three merged title rows (the third gives "
    "the last meeting, Monday 13 December 2027, and the next meeting, Monday 7 February 2028), merged meeting-group "
    "rows, and columns in an unusual order: Date raised, Due date, Status, Ref, Action, Update / notes, Owner (owner "
    "last). A Key sheet and a Closed 2027 sheet hold old rows. Traps: October rows complete/closed (PFA-14, 15, 18); "
    "PFA-16 is an earlier open action untouched at this meeting (not labelled); PFA-24 a DECISION row; PFA-25 raised "
    "on 13/12 but already done in the meeting; PFA-26 another body's grant with the bid already submitted; "
    "Closed-tab rows. Labels: the new 13/12 rows plus PFA-17, an October action re-assigned at this meeting from Mark "
    "Walsh to Mary Walker with a new date of Friday 28/01/2028; PFA-21 'Next mtg' resolved to 2028-02-07 from the "
    "title row; PFA-22 owned by an unnamed ASC manager (null person); due dates read from the Due date column.",
    [
        ("Draft travel training referral criteria", "Mary Walker", "Mary Walker", "2028-01-28"),
        ("Map post-16 destinations for Year 11 pupils with EHCPs", "Liam Porter", "Liam Porter", "2028-01-14"),
        ("Send supported internship host employer list to PCF", "Owen Reid", "Owen Reid", "2027-12-21"),
        ("Present draft PfA pathway leaflet", "Sarah Khan", "Sarah Khan", "2028-02-07"),
        ("Confirm named adult social care transition worker", "ASC Transitions Team Manager (tbc)", None, "2028-01-31"),
        ("Book venue for PfA parent conference", "Tom Evans", "Tom Evans", "2028-01-10"),
        ("Add PfA section to SENDIASS transition factsheet", "Claire Dunmore", "Claire Dunmore", "2028-02-25"),
    ])
print("ok", STEM)
