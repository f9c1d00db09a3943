"""Builds 575: a children's community health complex needs MDT meeting record kept as an Excel workbook."""
import datetime as dt
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = Path(__file__).resolve().parent.parent / "575_seventyeighth_complex_needs_mdt_record_workbook_cases_and_plans.xlsx"

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="005EB8")
PALE = PatternFill("solid", fgColor="E8EDEE")
WRAP = Alignment(wrap_text=True, vertical="top")

wb = Workbook()
ws = wb.active
ws.title = "MDT 14.04.27"

ws.merge_cells("A1:J1")
ws["A1"] = "Westmoor Community Health NHS Trust \u2013 Children's Complex Needs MDT \u2013 Meeting Record"
ws["A1"].font = Font(bold=True, size=13, color="005EB8")
ws.merge_cells("A2:J2")
ws["A2"] = "Date: Wednesday 14 April 2027   Time: 09:30\u201312:00   Venue: Lime Tree Centre, Room 3 / MS Teams   Chair: Dr A Patel   Notes: CNS (FM)"
ws.merge_cells("A3:J3")
ws["A3"] = ("Next MDT: Wednesday 12 May 2027.  Confidential \u2013 patient identifiable. Store on Trust network only. "
            "Record outcome in SystmOne against each child using the MDT template.  Attendance + key to initials on 'Attendance' tab.")
ws["A3"].font = Font(italic=True, size=9)
ws.row_dimensions[3].height = 28
ws["A3"].alignment = WRAP

cols = ["No.", "Child (initials / NHS no. last 4)", "Age", "Referred by", "Reason for discussion",
        "Discussion summary", "Outcome / plan", "Action by", "By when", "Status"]
widths = [5, 16, 6, 14, 30, 58, 48, 12, 13, 11]
for i, (c, w) in enumerate(zip(cols, widths), start=1):
    cell = ws.cell(row=5, column=i, value=c)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = HEAD
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    cell.border = BOX
    ws.column_dimensions[cell.column_letter].width = w
ws.freeze_panes = "C6"

rows = [
    [1, "J.T. (\u2026 4821)", "4y 2m", "HV (Bramley)",
     "Query ASD and global developmental delay. Limited verbal communication, sleep difficulties. Nursery reports distress at transitions.",
     "HV report and nursery observations reviewed. GA suggested OT sensory assessment first given sleep and distress. AP felt SLT should go first "
     "because of limited verbal language and the need for a communication baseline before ADOS. Group agreed SLT first. OT (PD) not to see at this stage \u2013 "
     "action originally typed as OT, corrected in meeting.",
     "Accept onto under-5s ND pathway. HR to complete SLT communication assessment at nursery. "
     "Re-discuss at May MDT once SLT report available.",
     "HR (SLT)", "within 6 wks", "Open"],
    [2, "A.M. (\u2026 1107)", "11y 6m", "SEND Team (EHCNA)",
     "Health advice for EHC needs assessment \u2013 request received 03/03/27, now at week 6+ (statutory 6 weeks missed).",
     "YO raised that paediatric advice is overdue; OT and SLT advice already returned. DL confirmed EP advice was submitted 30/03 \u2013 no action for EP. "
     "AP apologised \u2013 clinic letters backlog after sickness. AP will finish the advice this week and send it next week at the latest.",
     "AP to complete the paediatric advice for the EHC needs assessment. YO to let the SEND Team know about the delay and the revised date.",
     "AP / YO", None, "Open"],
    [3, "L.K. (\u2026 3390)", "8y 1m", "Community paeds",
     "Complex medical needs (epilepsy, gastrostomy). Starting at Riverside Primary after Easter (moved from out of area). Staff training and IHCP.",
     "Helen Brooks (SENCo, Riverside) joined for this item. FM offered to deliver rescue medication training; HB said school nursing team already booked "
     "to do buccal midazolam training on 21/04 so no need for CNS to duplicate. Gastrostomy training still needed \u2013 no one at school trained yet. "
     "HB will update the IHCP after staff have been trained.",
     "FM to arrange gastrostomy feeding training for Riverside staff (date to be agreed with HB). "
     "HB to update the individual healthcare plan once training done. Rescue med training \u2013 school nursing, already booked 21/04.",
     "FM / HB", dt.date(2027, 5, 7), "Open"],
    [4, "R.D. (\u2026 6652)", "15y 9m", "Special school nurse",
     "Preparing for adulthood. Severe LD, dysphagia. Turns 16 in July. Transition to adult health and social care.",
     "Discussed handover to adult services. BH (CWD social worker) was going to refer to Adult Social Care transitions team but advised the referral "
     "was already made 02/04 \u2013 nothing further. Adult LD health team have accepted. Dysphagia management needs a named adult SLT \u2013 currently none. "
     "GA will approach the adult SLT service directly as head of service.",
     "GA to ask the adult SLT service to take on the dysphagia handover and agree a joint visit. ASC transitions referral \u2013 done 02/04 (BH).",
     "GA", dt.date(2027, 5, 28), "Open"],
    [5, "S.P. (\u2026 2019)", "6y 0m", "GP",
     "Was not brought to two appointments (Feb, Mar). Query ADHD referral from GP.",
     "FM completed safeguarding check before the meeting \u2013 known to Early Help, no current concerns, family moved house in Feb. "
     "Trust Was Not Brought policy applies. Group agreed discharge to GP with advice to re-refer with school information.",
     "Discharge to GP per WNB policy. AP to write to GP and parent explaining discharge and how to re-refer.",
     "AP", "within 2 wks", "Open"],
    ["AOB", "\u2013", "", "",
     "Waiting times data for DCO quarterly report",
     "YO asked for the number of MDT-discussed children waiting over 18 weeks for first therapy appointment, for his Q1 report to the SEND Partnership. "
     "GA said the therapies dashboard has this. DL asked whether EP waits could be added \u2013 YO said not this quarter.",
     "GA to pull the over-18-week count from the therapies dashboard and send to YO.",
     "GA", dt.date(2027, 4, 30), "Open"],
]

r0 = 6
for i, row in enumerate(rows):
    r = r0 + i
    for j, v in enumerate(row, start=1):
        c = ws.cell(row=r, column=j, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.date):
            c.number_format = "dd/mm/yy"
    if i % 2:
        for j in range(1, 11):
            ws.cell(row=r, column=j).fill = PALE
    ws.row_dimensions[r].height = 120
# the AP row for case 2: two owners, dates typed into the plan by the chair afterwards
ws.cell(row=7, column=9, value="AP Fri 23/04; YO by 16/04")

dv = DataValidation(type="list", formula1='"Open,Complete,Closed"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("J6:J40")

# Attendance tab
at = wb.create_sheet("Attendance")
at["A1"] = "Attendance \u2013 MDT 14/04/2027"
at["A1"].font = Font(bold=True, size=12)
at.append([])
at.append(["Initials", "Name", "Role", "Organisation", "Present"])
for c in at[3]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = HEAD
people = [
    ("AP", "Dr Anita Patel", "Consultant Community Paediatrician (Chair)", "WCH NHS Trust", "Y"),
    ("GA", "Grace Adeyemi", "Head of Children's Therapies", "WCH NHS Trust", "Y"),
    ("YO", "Yusuf Okafor", "Designated Clinical Officer", "Westmoor ICB", "Y (Teams)"),
    ("DL", "David Lowe", "Principal Educational Psychologist", "Westmoor Council", "Y (items 1\u20133)"),
    ("FM", "Fiona Marsh", "Clinical Nurse Specialist, Complex Needs", "WCH NHS Trust", "Y \u2013 notes"),
    ("HR", "Hannah Reeve", "Specialist Speech and Language Therapist", "WCH NHS Trust", "Y"),
    ("PD", "Priti Das", "Occupational Therapist", "WCH NHS Trust", "Y"),
    ("BH", "Ben Hollis", "Social Worker, Children with Disabilities Team", "Westmoor Council", "Y"),
    ("HB", "Helen Brooks", "SENCo, Riverside Primary School", "Riverside Primary", "Item 3 only"),
    ("", "Health Visiting rep", "", "WCH NHS Trust", "Apologies"),
    ("", "CAMHS LD rep", "", "Westmoor CAMHS", "Apologies"),
]
for p in people:
    at.append(list(p))
for col, w in zip("ABCDE", [9, 20, 44, 20, 16]):
    at.column_dimensions[col].width = w

# Previous actions tab
pa = wb.create_sheet("Previous actions (10.03)")
pa.append(["Actions from MDT 10/03/2027 \u2013 reviewed 14/04"])
pa["A1"].font = Font(bold=True, size=12)
pa.append([])
pa.append(["Child", "Action", "By", "Due", "Update 14/04", "Status"])
for c in pa[3]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = HEAD
prev = [
    ("K.B.", "OT sensory profile", "PD", "31/03", "Done 25/03, report to parents and school", "Complete"),
    ("T.W.", "Chase CAMHS re joint assessment", "YO", "24/03", "CAMHS accepted 29/03, joint clinic booked", "Complete"),
    ("T.W.", "EP observation in school", "DL", "09/04", "Observed 01/04, report sent", "Complete"),
    ("M.O.", "Letter to school re medication in school hours", "AP", "17/03", "Sent 16/03", "Complete"),
    ("R.D.", "Refer to ASC transitions team", "BH", "30/04", "Referral made 02/04 (see today item 4)", "Complete"),
    ("J.S.", "Equipment review \u2013 standing frame", "PD", "31/03", "Family moved out of area \u2013 transferred", "Closed"),
]
for p in prev:
    pa.append(list(p))
for col, w in zip("ABCDEF", [8, 44, 6, 8, 44, 11]):
    pa.column_dimensions[col].width = w

wb.save(OUT)
print("wrote", OUT)
