import datetime as dt, sys
sys.path.insert(0, "/tmp/b94/src")
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
import lab
STEM = "681_ninetyfourth_board_action_log_workbook"
wb = Workbook()
ws = wb.active; ws.title = "Read me"
for r in [["Westmoor SEND Partnership Board - Action Log 2026/27"], [],
          ["Owner of this workbook:", "Ruth Hill, Partnership Business Support (ruth.hill@westmoor.gov.uk)"],
          ["Last reviewed:", "Board 27/01/2027"], ["Next Board:", "Wednesday 24 March 2027, 2pm, Committee Room 2"], [],
          ["How to use"], ["1. Open actions tab = everything still live. Leads please send updates to Ruth by the Friday before each Board."],
          ["2. When an action is closed at Board it is moved to the Closed tab (cut and paste whole row please, don't delete)."],
          ["3. Actions the Board has passed to another group sit on the Referred tab - those groups track them, not us."],
          ["4. Decisions tab is a record only - no actions on it."],
          ["Status key: O = open, C = closed, RD = re-dated by Board, S = superseded"]]:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=14); ws.column_dimensions["A"].width = 24; ws.column_dimensions["B"].width = 70

hdr = ["Ref", "Date raised", "Action", "Lead", "Due", "Status", "Update for 27/01/27 Board", "Revised due"]
ws = wb.create_sheet("Open actions")
ws.append(hdr)
rows = [
 ["PB/26/038", dt.date(2026, 9, 23), "Director of Education to confirm whether the SEND capital bid can include the Hartside resource base", "PS", dt.date(2026, 11, 18), "C",
  "Confirmed at Nov Board - included in bid. Should have moved to Closed, sorry. RH", None],
 ["PB/26/041", dt.date(2026, 11, 18), "Circulate revised EHCP timeliness dashboard to all members", "LP", dt.date(2027, 1, 20), "C",
  "Circulated 14/01 with Board papers. Close.", None],
 ["PB/26/044", dt.date(2026, 11, 18), "MW to produce options paper on Alternative Provision commissioning", "MW", "Jan Board", "RD",
  "Delayed - awaiting legal advice on the framework. Board agreed to re-date.", "March Board"],
 ["PB/26/045", dt.date(2026, 11, 18), "Confirm ICB position on funding therapy input to special schools", "YO", dt.date(2027, 3, 31), "O",
  "YO chasing ICB finance - no change, still on track for end of March.", None],
 ["PB/26/046", dt.date(2026, 11, 18), "AP to write to DfE adviser re monitoring visit dates", "AP", dt.date(2026, 12, 11), "RD",
  "Not yet sent (DfE adviser changed in Dec). Re-agreed - AP to send once new adviser confirmed.", dt.date(2027, 2, 12)],
 ["PB/26/047", dt.date(2026, 11, 18), "Tom Evans to share PCF survey headline findings", "TE", "Jan Board", "C",
  "Presented at this meeting (item 5). Closed.", None],
 ["PB/26/048", dt.date(2026, 11, 18), "Review membership of the Board incl. FE college rep", "AP/RH", "Jan Board", "S",
  "Superseded by PB/27/001 (ToR refresh).", None],
 ["PB/26/050", dt.date(2026, 11, 18), "Owen Reid to update PfA outcomes framework", "OR", dt.date(2027, 4, 30), "O",
  "Work started, PfA group overseeing. No change.", None],
 ["PB/27/001", dt.date(2027, 1, 27), "RH to circulate revised terms of reference for comment", "RH", dt.date(2027, 2, 5), "O", "New", None],
 ["PB/27/002", dt.date(2027, 1, 27), "Liam Porter to add a tribunal outcomes line to the dashboard", "Liam P", "Next Board", "O", "New", None],
 ["PB/27/003", dt.date(2027, 1, 27), "Grace to share SALT waiting list recovery trajectory with members", "GA", dt.date(2027, 2, 26), "O", "New", None],
 ["PB/27/004", dt.date(2027, 1, 27), "Sarah Khan to arrange young people's session ahead of the March Board", "Sarah Khan (Participation)", "by 12/03/27", "O", "New - link to PB/26/048 membership discussion", None],
 ["PB/27/005", dt.date(2027, 1, 27), "Head of SEND to write to all SENCos re annual review paperwork delays", "Head of SEND", "ASAP", "O", "New. Tom asked that PCF see the letter too - agreed.", None],
]
for r in rows: ws.append(r)
for c, w in zip("ABCDEFGH", [11, 12, 70, 14, 12, 8, 60, 14]): ws.column_dimensions[c].width = w
for row in ws.iter_rows(min_row=2):
    for c in row:
        if isinstance(c.value, dt.date): c.number_format = "dd/mm/yyyy"
        c.alignment = Alignment(wrap_text=True, vertical="top")
for c in ws[1]: c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
fills = {"C": "C6EFCE", "RD": "FFEB9C", "S": "D9D9D9"}
for row in ws.iter_rows(min_row=2):
    if row[5].value in fills: row[5].fill = PatternFill("solid", fgColor=fills[row[5].value])
ws.freeze_panes = "A2"

ws = wb.create_sheet("Closed")
ws.append(hdr[:6] + ["Closed at"])
for r in [
 ["PB/26/021", dt.date(2026, 7, 15), "Publish the refreshed Local Offer FAQs", "SKh", dt.date(2026, 9, 30), "C", "Sept Board"],
 ["PB/26/029", dt.date(2026, 9, 23), "David Lowe to present EP statutory advice timeliness", "DL", "Nov Board", "C", "Nov Board"],
 ["PB/26/033", dt.date(2026, 9, 23), "Mark Walsh to review post-16 transport appeals process with PCF", "MW (transport)", dt.date(2026, 11, 30), "C", "Nov Board"],
 ["PB/26/036", dt.date(2026, 9, 23), "Claire Dunmore to share SENDIASS annual report", "CD", "Nov Board", "C", "Nov Board"],
]: ws.append(r)
for row in ws.iter_rows(min_row=2):
    for c in row:
        if isinstance(c.value, dt.date): c.number_format = "dd/mm/yyyy"
ws.column_dimensions["C"].width = 60

ws = wb.create_sheet("Referred")
ws.append(["Ref", "Referred on", "Issue", "Referred to", "Their lead", "Their due", "Notes"])
for r in [
 ["R/27/01", dt.date(2027, 1, 27), "Neurodevelopmental pathway - review referral data by GP practice", "Health Sub-group", "Dr Anita Patel", "Feb Health SG", "Health SG to report back by exception"],
 ["R/27/02", dt.date(2027, 1, 27), "Consider top-up banding uplift for 2027/28", "Schools Forum", "Schools Forum clerk", "Schools Forum 11/02", "Forum's decision - PS will bring outcome for info"],
 ["R/26/07", dt.date(2026, 11, 18), "PfA - supported internships expansion", "PfA Group", "Owen Reid", "Spring", "Ongoing in PfA group"],
]: ws.append(r)
ws.column_dimensions["C"].width = 60

ws = wb.create_sheet("Decisions")
ws.append(["Date", "Decision", "Item"])
for r in [
 [dt.date(2027, 1, 27), "Board agreed the draft SEND Sufficiency Strategy can go out to 6 week consultation", "Item 4"],
 [dt.date(2027, 1, 27), "Board endorsed PCF survey findings and asked that they inform the Inclusion Strategy refresh", "Item 5"],
 [dt.date(2027, 1, 27), "Not agreed: proposal to move Board to bi-monthly - stays quarterly plus extraordinary as needed", "Item 7"],
 [dt.date(2026, 11, 18), "Board approved the revised escalation protocol", "Item 3"],
]: ws.append(r)
ws.column_dimensions["B"].width = 90
wb.active = 1
wb.save(f"/tmp/b94/{STEM}.xlsx")

lab.write(STEM, "2027-01-27",
 "A Partnership Board action log workbook (xlsx) reviewed at the Board on Wednesday 27 January 2027 (the 'Update for 27/01/27 Board' column and the PB/27 rows raised 27/01/2027). Sheets: Read me (next Board Wednesday 24 March 2027), Open actions, Closed, Referred (other groups' actions), Decisions. Traps: rows marked C in the Open tab (PB/26/038 left in by mistake, 041, 047) are closed; PB/26/048 is superseded; PB/26/045 (YO) and PB/26/050 (Owen Reid) are still open but unchanged ('no change'), so not re-agreed or re-dated; Closed tab is history; Referred tab belongs to the Health Sub-group, Schools Forum and PfA Group; Decisions tab has no tasks (including a proposal not agreed); Tom's request that PCF see the letter is folded into the Head of SEND action. Labelled: the two RD rows - PB/26/044 re-dated to the 'March Board' (meeting 2027-03) and PB/26/046 re-agreed with revised due 12/02/2027 - and the five new PB/27 rows. Dates: RH 05/02/2027 (Friday); Liam 'Next Board' = next meeting; Grace 26/02/2027; Sarah Khan 'by 12/03/27'; Head of SEND 'ASAP' = null. Owners are the Lead column as written (MW, AP, RH, Liam P, GA, Sarah Khan (Participation), Head of SEND).",
 [("MW to produce options paper on Alternative Provision commissioning", "MW", "Mary Walker", "meeting 2027-03"),
  ("AP to write to DfE adviser re monitoring", "AP", "Anne Price", "2027-02-12"),
  ("RH to circulate revised terms of reference for comment", "RH", "Ruth Hill", "2027-02-05"),
  ("add a tribunal outcomes line to the dashboard", "Liam P", "Liam Porter", "next meeting"),
  ("Grace to share SALT waiting list recovery trajectory", "GA", "Grace Adeyemi", "2027-02-26"),
  ("Sarah Khan to arrange young people's session", "Sarah Khan (Participation)", "Sarah Khan", "2027-03-12"),
  ("Head of SEND to write to all SENCos", "Head of SEND", "Mary Walker", None)])
