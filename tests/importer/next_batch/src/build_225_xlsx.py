"""Builds 225_twentyeighth_inspection_nominee_log.xlsx into the parent folder."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

OUT = Path(__file__).resolve().parent.parent / "225_twentyeighth_inspection_nominee_log.xlsx"
wb = Workbook()
wrap = Alignment(wrap_text=True, vertical="top")
bold = Font(bold=True)
grey = PatternFill("solid", fgColor="D9D9D9")
green = PatternFill("solid", fgColor="C6EFCE")
amber = PatternFill("solid", fgColor="FFEB9C")

ws = wb.active
ws.title = "Read me"
for r in [
    ["AREA SEND INSPECTION – ON-SITE WEEK – NOMINEE LOG"],
    ["Westmoor Local Area Partnership. On-site week: Mon 20 Sept – Fri 24 Sept 2027."],
    ["Nominee: Mary Walker (Head of SEND). Health nominee: Yusuf Okafor (DCO). Log kept by Ruth Hill."],
    ["RESTRICTED – do not forward outside the nominee group. Inspectors' emerging findings are confidential until the report is published."],
    [""],
    ["Tabs: 'Daily debriefs' = notes of the 5pm nominee debrief each day. 'Evidence requests' = everything the inspection team has asked for, with owner and deadline."],
    ["'Case tracking' = children sampled by inspectors. Please update the Status column yourself – don't add new columns, the formulas on the dashboard tab break."],
    ["Final feedback meeting with the lead HMI: Friday 24 Sept, 2pm (Anne Price, Priya Shah, ICB Chief Nurse, Mary, Yusuf)."],
]:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=14)
ws.column_dimensions["A"].width = 140

ws = wb.create_sheet("Daily debriefs")
ws.append(["Day", "Date", "Time", "Notes (Ruth typing live – tidy later)"])
for c in ws[1]:
    c.font = bold
    c.fill = grey
debrief = [
    ["Day 1", "Mon 20/09/2027", "17:00",
     "Present: MW, YO, PS, RH, LP, GA, SKh. Lead HMI meetings went OK. Inspectors keen on: how we know plans make a difference; "
     "transport (again); NDD waits. Requests R01–R03 logged. ACTION SKh – confirm 6 young people for pupil voice session Wed – "
     "DONE 18:10 (5 confirmed + 1 reserve). ACTION LP – timeliness by month – uploaded 16:05."],
    ["Day 2", "Tue 21/09/2027", "17:05",
     "Present: MW (chair), YO, PS, RH, LP, GA, DL, OR, TE (PCF, for item 3). Apols: HB (in school)."],
    ["", "", "",
     "1. Feedback from today. School visits x3 done (Riverside, Oakfield, Westmoor Park). HMI asked a lot about AP and about who checks "
     "unregistered AP – MW felt our answer was weak. CQC inspector spent the afternoon with therapies; GA said tough but fair. "
     "Emerging line of enquiry (our reading, not theirs): 'do leaders know the impact of the graduated approach?'"],
    ["", "", "",
     "2. New requests – see Evidence requests tab R04–R09. GA – therapy waiting lists by school (R05) – needs a pivot from SystmOne, "
     "GA says doable by 9am. Not all of R04–R09 are for us – R09 is the lead inspector's to sort."],
    ["", "", "",
     "3. Parent focus group Thurs 10:30. Tom said the forum has lots of volunteers but he needs to check who can do a weekday. "
     "(Covered by R07.) Tom noted parents will say what they think and that's the point – agreed, we do NOT brief parents."],
    ["", "", "",
     "4. Case tracking – Child 4 (Y8, EHCP, SEMH, part-time timetable) is the tricky one. Meeting Thurs 10:00. "
     "ACTION: DL to prep the link EP for the Child 4 case tracking meeting – Weds pm so there's time to read the file. "
     "MW to confirm attendees – see Case tracking tab."],
    ["", "", "",
     "5. Final feedback Friday. ACTION: Anne to brief the Partnership chairs on the Thursday evening call (6pm) so no-one is "
     "surprised on Friday – PS to ask Anne tonight (PS said she'd text her, done in the room). "
     "ACTION RH – update the evidence log and send the end-of-day summary to ELT by 8am Wed."],
    ["", "", "",
     "6. Wellbeing – everyone tired. PS thanked the team. Reminder: no one to email inspectors directly, everything via MW/YO. "
     "Next debrief Weds 5pm, same room (B14)."],
    ["Day 3", "Wed 22/09/2027", "17:00", "(to be completed)"],
]
for r in debrief:
    ws.append(r)
for row in ws.iter_rows(min_row=2):
    for c in row:
        c.alignment = wrap
ws.column_dimensions["A"].width = 8
ws.column_dimensions["B"].width = 15
ws.column_dimensions["C"].width = 7
ws.column_dimensions["D"].width = 120

ws = wb.create_sheet("Evidence requests")
hdr = ["Req", "Day raised", "Requested by", "Request", "Owner", "Deadline", "Status", "Uploaded to portal (time)", "Comments"]
ws.append(hdr)
for c in ws[1]:
    c.font = bold
    c.fill = grey
reqs = [
    ["R01", "Day 1", "HMI (lead)", "EHCP 20-week timeliness by month, last 24 months", "LP", "Mon 16:00", "Uploaded", "Mon 16:05", ""],
    ["R02", "Day 1", "CQC inspector", "ND pathway waiting list by age band", "YO", "Tue 12:00", "Uploaded", "Tue 11:40", "Included the independent provider numbers"],
    ["R03", "Day 1", "HMI", "Minutes of last 3 SEND Improvement Boards + PAP tracker", "RH", "Tue 09:00", "Uploaded", "Mon 17:30", ""],
    ["R04", "Day 2", "HMI", "Alternative provision register – all pupils with EHCPs in AP, incl. unregistered, with QA visit dates", "MW", "Wed 10:00", "Open", "", "Need Inclusion team's spreadsheet – MW chasing tonight"],
    ["R05", "Day 2", "CQC inspector", "Therapy (SALT/OT) waiting lists broken down by school", "GA", "Wed 09:00", "Open", "", ""],
    ["R06", "Day 2", "HMI", "5 examples of Year 9+ reviews with good PfA outcomes (redacted)", "OR", "Thu 12:00", "Open", "", "OR to pick from the PfA tracker sample"],
    ["R07", "Day 2", "HMI (lead)", "Names of 8–10 parents for Thursday focus group (PCF to nominate, mix of phases/needs)", "TE (PCF)", "Wed 12:00", "Open", "", "Lead HMI's team will phone them directly"],
    ["R08", "Day 2", "HMI", "Suspensions data for pupils with EHCPs", "LP", "Wed 16:00", "Withdrawn", "", "HMI found it in the SEF annex – not needed"],
    ["R09", "Day 2", "CQC inspector", "Interview slot with DCO and Designated Social Care Officer", "Lead inspector", "tbc", "With inspectors", "", "Lead inspector to confirm time – nothing for us to do"],
]
for r in reqs:
    ws.append(r)
for row in ws.iter_rows(min_row=2):
    st = row[6].value
    row[6].fill = green if st == "Uploaded" else amber if st == "Open" else grey
    for c in row:
        c.alignment = wrap
for col, w in zip("ABCDEFGHI", [6, 9, 14, 60, 12, 12, 14, 16, 45]):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("Case tracking")
ws.append(["Child", "Year / need", "Case tracking meeting", "Attendees", "File ready?", "Status", "Notes"])
for c in ws[1]:
    c.font = bold
    c.fill = grey
cases = [
    ["Child 1", "R / C&I, EHCP in assessment", "Tue 21 09:30", "EHCCO, SENCo, SALT", "Y", "Done", "Went well"],
    ["Child 2", "Y4 / ASD, EHCP", "Tue 21 14:00", "EHCCO, EP, parent (phone)", "Y", "Done", ""],
    ["Child 3", "Y11 / PMLD, EHCP", "Wed 22 11:00", "OR, EHCCO, college, social worker", "Y", "Booked", ""],
    ["Child 4", "Y8 / SEMH, EHCP, part-time timetable", "Thu 23 10:00", "tbc – MW to confirm attendees by Wed noon", "Partly", "Booked", "Tricky – see debrief Day 2 item 4"],
    ["Child 5", "Y1 / medical + physical, SEN support", "Thu 23 14:30", "School nurse, SENCo, EHCCO", "Y", "Booked", ""],
]
for r in cases:
    ws.append(r)
for row in ws.iter_rows(min_row=2):
    for c in row:
        c.alignment = wrap
for col, w in zip("ABCDEFG", [8, 34, 18, 40, 10, 10, 35]):
    ws.column_dimensions[col].width = w

wb.save(OUT)
print("wrote", OUT)
