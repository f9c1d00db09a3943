"""Builds 185_twentythird_inspection_pap_delivery_group.xlsx and its labels."""
import datetime as dt
import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(__file__).resolve().parent.parent
STEM = "185_twentythird_inspection_pap_delivery_group"
B = Font(bold=True)
wb = Workbook()

ws = wb.active; ws.title = "Cover"
rows = [
    ["Westmoor Local Area Partnership – Area SEND Inspection"],
    ["Priority Action Plan (PAP) Delivery Group – meeting record"],
    [],
    ["Meeting", "PAP Delivery Group #9"],
    ["Date", dt.date(2027, 2, 18)],
    ["Time / place", "10:00–12:00, Teams"],
    ["Chair", "Anne Price (Independent Chair)"],
    ["Present", "Mary Walker (Head of SEND); Yusuf Okafor (DCO, ICB); Liam Porter (Data & Performance); David Lowe (Principal EP); "
                "Tom Evans (PCF co-chair); Sarah Khan (Participation Officer); Grace Adeyemi (Children's Therapies)"],
    ["In attendance", "Sarah Kent (School Improvement Adviser) for item 4; Ruth Hill (notes)"],
    ["Apologies", "Priya Shah; Helen Brooks"],
    ["Declarations", "None"],
    ["Inspection outcome (Oct 2026)", "Widespread and/or systemic failings – Priority Action Plan required. Priority actions PA1 (EHC plan timeliness and quality) and PA2 (health advice); Area for improvement AfI3 (information for families)."],
    [],
    ["Tabs:", "PAP tracker = milestone RAG (owned via the plan, updated monthly)  |  Notes = discussion  |  Actions 18.02.27 = actions from this meeting"],
    ["Next meeting", "Thursday 18 March 2027, 10:00 (Teams)"],
]
for r in rows: ws.append(r)
ws["A1"].font = Font(bold=True, size=14); ws["A2"].font = Font(bold=True, size=12)
for r in range(4, 16): ws.cell(r, 1).font = B
ws["B5"].number_format = "dd/mm/yyyy"
ws.column_dimensions["A"].width = 28; ws.column_dimensions["B"].width = 110

pt = wb.create_sheet("PAP tracker")
pt.append(["Ref", "Milestone", "Plan lead", "Target", "RAG / status", "Commentary (Feb update)"])
fills = {"RED": "FFC7CE", "AMBER": "FFEB9C", "GREEN": "C6EFCE", "BLUE": "BDD7EE"}
trk = [
    ["PA1.1", "Weekly EHCP performance huddle in place", "MW", dt.date(2026, 12, 1), "BLUE - complete", "Running since 30/11/26."],
    ["PA1.2", "Recruit 2 agency EPs to clear advice backlog", "DL", dt.date(2027, 1, 31), "GREEN - on track", "Both started 25/01."],
    ["PA1.3", "QA framework for EHC plans agreed with PCF", "MW", dt.date(2027, 1, 29), "BLUE - complete", "Group agreed to close today."],
    ["PA1.4", "60% of new plans within 20 weeks", "MW", dt.date(2027, 6, 30), "AMBER - at risk", "Jan: 44%. Trajectory needs 52% by March."],
    ["PA2.1", "Health advice returned within 6 weeks (90%)", "YO", dt.date(2027, 1, 31), "RED - overdue", "Dec 71%, Jan 68%. Paediatric capacity."],
    ["PA2.2", "DCO QA of health sections – monthly sample", "YO", dt.date(2027, 3, 31), "GREEN - on track", ""],
    ["AfI3.1", "Local Offer 'what to expect' pages rewritten", "SK", dt.date(2027, 3, 31), "AMBER - at risk", "Draft not yet seen by PCF."],
    ["AfI3.2", "Parent survey baseline", "LP", "Nov-26", "BLUE - complete", "612 responses."],
]
for r in trk:
    pt.append(r)
    c = pt.cell(pt.max_row, 5); c.fill = PatternFill("solid", fgColor=fills[r[4].split(" ")[0]])
    if isinstance(r[3], dt.date): pt.cell(pt.max_row, 4).number_format = "dd-mmm-yy"
for c in pt[1]: c.font = B
for col, w in zip("ABCDEF", [8, 48, 10, 12, 18, 50]): pt.column_dimensions[col].width = w

nt = wb.create_sheet("Notes")
notes = [
    ["Item", "Notes"],
    ["1. Welcome, apologies", "AP welcomed members. Apologies as per cover. Quorate."],
    ["2. Notes and actions of 21.01.27", "Agreed as accurate. All actions from January are on the 'Actions 18.02.27' tab under carried forward – all closed or superseded."],
    ["3. PA1 – EHC plans", "MW: January 44% in timescale (Dec 39%). The group agreed to close milestone PA1.3 (now BLUE). "
                          "DL said the new agency EPs are already reducing the backlog (118 → 97). Tom Evans reported parents still see "
                          "'cut and paste' Section F wording. Agreed an audit is needed before the mock visit."],
    ["4. PA1 – annual reviews", "Sarah Kent reported schools are unclear which annual review template to use from April. "
                                "MW to write to all SENCOs (see actions). Sarah Kent noted that School Improvement will mention it at the heads' briefing anyway – no action."],
    ["5. PA2 – health advice (RED)", "YO: paediatric advice is the main delay. The Trust is recruiting a locum community paediatrician; "
                                     "the Trust's own recovery plan goes to its Quality Committee on 3 March. "
                                     "Grace Adeyemi: therapy advice now 88% in 6 weeks. YO to agree a recovery plan with the Trust and bring it back."],
    ["6. AfI3 – information for families", "PCF not yet involved in the rewrite. Sarah (Participation Officer) to co-produce with PCF. "
                                           "Tom said it would be good to have a parent voice item at every PAP meeting – AP said she would like that too but it was not agreed."],
    ["7. Reporting", "Highlight report to SEND Improvement Board on 4 March needs refreshing. DfE adviser will send the revised monitoring template "
                     "(DfE action, not ours). ICB to consider whether PA2 should also report to the ICB Quality Committee."],
    ["8. Mock monitoring visit", "Group agreed a mock visit should take place in May. The Chair will book it with the DfE SEND adviser."],
    ["9. AOB", "None. Next meeting 18 March 2027."],
]
for r in notes: nt.append(r)
for c in nt[1]: c.font = B
nt.column_dimensions["A"].width = 32; nt.column_dimensions["B"].width = 130
for row in nt.iter_rows(min_row=2):
    row[1].alignment = Alignment(wrap_text=True, vertical="top")

ac = wb.create_sheet("Actions 18.02.27")
ac.append(["NEW ACTIONS – agreed at PAP Delivery Group 18 February 2027"])
ac.append(["No.", "Action", "Linked PAP ref", "Owner", "Due", "Status"])
new = [
    [1, "Audit 20 EHC plans issued in January against the QA framework", "PA1.3/1.4", "DL", dt.date(2027, 3, 12), "New"],
    [2, "Write to all SENCOs about the new annual review template", "PA1", "Head of SEND", "26/02/2027", "New"],
    [3, "Agree a health advice recovery plan with the Trust and report back", "PA2.1", "DCO", "Next PAP group (18 March)", "New"],
    [4, "Co-produce the Local Offer 'what to expect' pages with PCF", "AfI3.1", "Sarah K (Participation)", "End of March", "New"],
    [5, "Refresh the PAP highlight report for the SEND Improvement Board", "All", "LP", "04/03/2027", "New"],
    [6, "Book the mock monitoring visit with the DfE SEND adviser", "All", "Chair", "by end of April", "New"],
]
for r in new:
    ac.append(r)
    if isinstance(r[4], dt.date): ac.cell(ac.max_row, 5).number_format = "dd/mm/yyyy"
ac.append([])
ac.append(["CARRIED FORWARD – from 21 January 2027"])
ac.append(["No.", "Action", "Linked PAP ref", "Owner", "Due", "Status"])
for r in [
    ["J1", "Confirm start dates for agency EPs", "PA1.2", "DL", "29/01/2027", "CLOSED – started 25/01"],
    ["J2", "Share PCF comments on QA framework", "PA1.3", "TE", "05/02/2027", "CLOSED"],
    ["J3", "Paediatric advice deep-dive", "PA2.1", "YO", "Feb mtg", "SUPERSEDED by new action 3"],
    ["J4", "Add parent survey results to Local Offer", "AfI3.2", "LP", "12/02/2027", "CLOSED – published 10/02"],
    ["J5", "Explore a shared casework system with the ICB", "PA2", "MW/YO", "tbc", "DROPPED – not feasible this year"],
]:
    ac.append(r)
for rr in (1, 2, 10, 11):
    for c in ac[rr]: c.font = B
for col, w in zip("ABCDEF", [6, 62, 14, 24, 26, 34]): ac.column_dimensions[col].width = w

wb.save(OUT / f"{STEM}.xlsx")

labels = {
    "meeting_date": "2027-02-18",
    "style": ("Held-out batch twentythird. Area SEND inspection Priority Action Plan delivery group record as an Excel "
              "workbook: Cover sheet, a colour-filled 'PAP tracker' of milestones described in words (RED - overdue, "
              "AMBER - at risk, BLUE - complete), a Notes sheet by item, and an 'Actions 18.02.27' sheet with new actions "
              "and a carried-forward block. Traps: PAP tracker milestones are plan milestones with plan leads, not actions "
              "agreed at this meeting; the carried-forward rows are all CLOSED, SUPERSEDED or DROPPED; closing PA1.3 and "
              "holding a mock visit in May are decisions; School Improvement mentioning the template at heads' briefing is "
              "explicitly 'no action'; the Trust's recovery plan to its Quality Committee, the DfE adviser sending a template "
              "and 'ICB to consider' are other bodies / consider; a parent voice item at every meeting is a wish. "
              "Labelling choices: only the six new rows are labelled; 'Next PAP group (18 March)' is meeting 2027-03; "
              "'End of March' is 2027-03-31 and 'by end of April' 2027-04-30; 'Sarah K (Participation)' is Sarah Khan "
              "(Participation Officer), not Sarah Kent; 'Chair' is Anne Price; 'DCO' is Yusuf Okafor."),
    "held_out": True,
    "actions": [
        {"key": "Audit 20 EHC plans issued in January", "owner": "DL", "person": "David Lowe", "due": "2027-03-12"},
        {"key": "Write to all SENCOs about the new annual review", "owner": "Head of SEND", "person": "Mary Walker", "due": "2027-02-26"},
        {"key": "Agree a health advice recovery plan with the Trust", "owner": "DCO", "person": "Yusuf Okafor", "due": "meeting 2027-03"},
        {"key": "Co-produce the Local Offer 'what to expect' pages", "owner": "Sarah K (Participation)", "person": "Sarah Khan", "due": "2027-03-31"},
        {"key": "Refresh the PAP highlight report for the SEND", "owner": "LP", "person": "Liam Porter", "due": "2027-03-04"},
        {"key": "Book the mock monitoring visit with the DfE", "owner": "Chair", "person": "Anne Price", "due": "2027-04-30"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
