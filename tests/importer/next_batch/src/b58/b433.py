"""433: Safety valve quarterly monitoring return workbook (DfE-style template) with an internal board-actions tab."""
from common import OUT, write_labels
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.comments import Comment

STEM = "433_fiftyeighth_safety_valve_monitoring_return_workbook"
wb = Workbook()
B = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
GREY = PatternFill("solid", fgColor="D9D9D9")
YEL = PatternFill("solid", fgColor="FFF2CC")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

# Cover
ws = wb.active
ws.title = "Cover"
ws["A1"] = "Dedicated Schools Grant: Safety Valve Agreement - Quarterly Monitoring Report"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Please complete the yellow cells only. Do not add or delete rows in the DfE template tabs."
cover = [("Local authority", "Westmoor"), ("LA number", "9XX"), ("Reporting period", "2027-28 Quarter 2 (July - September 2027)"),
         ("Submission deadline", "22/10/2027"), ("Date submitted", ""), ("Lead contact", "Liam Porter, Data and Performance Manager"),
         ("Director of Children's Services sign-off", "[to be completed]"), ("Section 151 officer sign-off", "[to be completed - see Board actions tab]"),
         ("Version", "v3 DRAFT - following SV Programme Board 12/10/2027")]
for i, (k, v) in enumerate(cover, start=4):
    ws.cell(i, 1, k).font = B
    c = ws.cell(i, 2, v); c.fill = YEL
ws.column_dimensions["A"].width = 42; ws.column_dimensions["B"].width = 60

# Conditions
ws = wb.create_sheet("1. Conditions")
ws.append(["Section 1: Progress against the conditions of the agreement"])
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(["Condition", "Condition (as set out in the agreement)", "LA RAG", "LA commentary on progress this quarter", "DfE use only"])
for c in ws[3]:
    c.font = B; c.fill = GREY; c.border = BOX
conds = [
 (1, "Reduce the rate of new EHC plans by strengthening the graduated approach and the Early Inclusion Fund", "Green",
  "Requests for assessment down 9% on Q2 2026-27. Early Inclusion Fund supported 212 pupils in the summer term. Schools Forum agreed on 06/10/2027 to consult on a 0.5% block transfer for 2028-29."),
 (2, "Create 120 additional local specialist places by September 2028", "Green",
  "40 places opened September 2027 (Riverside resource base, Moor Lane SEMH). The LA will open a further 40 places in September 2028; capital works on programme."),
 (3, "Reduce reliance on independent and non-maintained special school (INMSS) placements", "Amber",
  "[LP to update with Q2 numbers] INMSS placements rose by 14 between April and August, mostly tribunal-directed secondary placements."),
 (4, "Improve annual review timeliness and ensure plans are ceased where outcomes are met", "Red",
  "Overdue reviews 1,210 (Q1: 1,420). Temporary annual review team in place from September."),
 (5, "Develop post-16 pathways to reduce high-cost out-of-area post-16 placements", "Amber",
  "Two new supported internship cohorts from September. PfA pathway review reports to the Partnership Board in November."),
 (6, "Agree and implement joint funding arrangements with the ICB for children with complex health needs", "Amber",
  "Tripartite funding protocol agreed at JCG 04/08/2027. ICB contribution for 2027-28: [awaiting ICB confirmation - YO]."),
]
for r in conds:
    ws.append(list(r) + [""])
for row in ws.iter_rows(min_row=4):
    for c in row:
        c.alignment = WRAP; c.border = BOX
    row[3].fill = YEL
for col, w in zip("ABCDE", [10, 45, 8, 75, 20]):
    ws.column_dimensions[col].width = w

# Finance
ws = wb.create_sheet("2. Financial")
ws.append(["Section 2: DSG deficit position (GBP m) - positive = deficit"])
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(["", "2024-25 actual", "2025-26 actual", "2026-27 actual", "2027-28 forecast (M6)", "2028-29 plan", "2029-30 plan"])
ws.append(["Agreed profile (cumulative deficit)", 31.2, 34.8, 33.1, 29.6, 22.4, 0.0])
ws.append(["LA forecast (cumulative deficit)", 31.2, 34.9, 33.5, 30.4, 23.0, 0.0])
ws.append(["Variance to agreed profile", 0.0, 0.1, 0.4, 0.8, 0.6, 0.0])
ws.append(["In-year high needs block overspend", "", "", "", 2.41, "", ""])
ws.append(["DfE safety valve funding received in year", 6.0, 6.0, 6.0, 3.0, "", ""])
ws.append([])
ws.append(["Note: 2027-28 instalment 2 (GBP 3.0m) is subject to the DfE's Q2 review. Figures subject to S151 sign-off."])
for c in ws[3]:
    c.font = B; c.fill = GREY
ws.column_dimensions["A"].width = 44
for col in "BCDEFG":
    ws.column_dimensions[col].width = 16

# Risks
ws = wb.create_sheet("3. Risks")
ws.append(["Section 3: Key risks to delivery"])
ws["A1"].font = Font(bold=True, size=12)
ws.append([])
ws.append(["Risk", "Likelihood (1-5)", "Impact (1-5)", "Mitigation", "Mitigation owner"])
for c in ws[3]:
    c.font = B; c.fill = GREY
ws.append(["Tribunal-directed INMSS placements continue to rise", 4, 4, "Mediation offer strengthened; local places pipeline; legal review of appeals", "Head of SEND"])
ws.append(["Schools do not support the 2028-29 block transfer", 3, 3, "Consultation with all schools Oct-Nov 2027; Schools Forum additional meeting", "Director of Education"])
ws.append(["Capital build delays for September 2028 places", 2, 4, "Monthly capital board; contractor early works agreed", "AD SEND & Inclusion"])
ws.append(["ICB contribution lower than modelled", 3, 3, "Tripartite protocol; escalation through JCG", "Designated Clinical Officer"])
for row in ws.iter_rows(min_row=4):
    for c in row:
        c.alignment = WRAP
for col, w in zip("ABCDE", [48, 14, 12, 60, 26]):
    ws.column_dimensions[col].width = w

# Internal board actions tab (odd layout)
ws = wb.create_sheet("Board actions 12.10.27")
ws.sheet_properties.tabColor = "C00000"
ws.merge_cells("A1:F1")
ws["A1"] = "INTERNAL - DELETE THIS TAB BEFORE SUBMISSION TO DfE"
ws["A1"].font = Font(bold=True, color="C00000", size=12)
ws.merge_cells("A2:F2")
ws["A2"] = "Safety Valve Programme Board - Tuesday 12/10/2027 - actions to finalise the Q2 return"
ws["A2"].font = B
ws.merge_cells("A3:F3")
ws["A3"] = ("Present: Priya Shah (PS, chair), James Whitfield (JW), Mary Walker (MW), Liam Porter (LP), Dev Marsh (DM, Schools "
            "Finance Manager), Yusuf Okafor (YO, for item 3), R Dunleavy (RD, S151 officer, item 4 only). Apologies: David Lowe.")
ws["A3"].alignment = WRAP
ws.row_dimensions[3].height = 32
ws.append([])
ws.append(["No.", "Action", "Owner", "Due", "Status", "Notes"])
for c in ws[5]:
    c.font = B; c.fill = GREY; c.border = BOX
ws.append(["Carried forward from Board 14/09/2027"])
ws.cell(6, 1).font = Font(italic=True)
rows = [
 ("09/01", "Circulate the Q1 DfE feedback letter to board members", "MW", "17/09/2027", "Done", "Circulated 15/09"),
 ("09/02", "Agree the format of the Q2 narrative with the DfE case lead", "JW", "30/09/2027", "Done", "Agreed on DfE call 28/09"),
 ("09/03", "Populate the Finance tab with the month 6 forecast", "DM", "08/10/2027", "Done", ""),
 ("New - 12/10/2027",),
 ("10/01", "Update condition 3 commentary with Q2 INMSS placement numbers", "LP", "15/10/2027", "Open", "Use August census + tribunal tracker"),
 ("10/02", "Confirm the ICB contribution figure for jointly funded placements (condition 6)", "YO", "18/10/2027", "Open", ""),
 ("10/03", "Draft covering letter to the DfE explaining the INMSS variance", "MW", "19/10/2027", "Open", "PS to review"),
 ("10/04", "Obtain S151 sign-off of the Financial tab", "DM", "20/10/2027", "Open", "RD available 20th am only"),
 ("10/05", "Brief the Cabinet Member for Children's Services on the Q2 position", "JW", "21/10/2027", "Open", ""),
 ("10/06", "Final approval and upload of the return to DfE Document Exchange", "PS", "22/10/2027", "Open", "Deadline - no extension"),
 ("10/07", "DfE to confirm date of Q2 review meeting (expected w/c 15 Nov)", "DfE", "", "Note only", "Not ours - for info"),
 ("Q", "Does the DfE want the revised deficit profile now or in the Q3 return?", "", "", "Answered", "DfE case lead confirmed by email 11/10: Q3 return. No action."),
]
for r in rows:
    ws.append(list(r))
    if len(r) == 1:
        ws.cell(ws.max_row, 1).font = Font(italic=True)
    else:
        for c in ws[ws.max_row]:
            c.alignment = WRAP; c.border = BOX
ws["F11"].comment = Comment("LP: numbers in by Thursday pm hopefully", "Liam Porter")
for col, w in zip("ABCDEF", [8, 62, 8, 12, 11, 44]):
    ws.column_dimensions[col].width = w

wb.save(OUT / f"{STEM}.xlsx")

write_labels(STEM, "2027-10-12",
    "Held-out batch fiftyeighth. A local authority's draft DfE safety valve quarterly monitoring return workbook "
    "(2027-28 Q2) with DfE-template tabs (Cover with yellow input cells, 1. Conditions with LA RAG and commentary, "
    "2. Financial deficit profile, 3. Risks with mitigation owners) and an internal red tab 'Board actions 12.10.27' "
    "(merged title cells, present list giving initials, section rows 'Carried forward' and 'New - 12/10/2027', a cell "
    "comment) from the Safety Valve Programme Board on Tuesday 12 October 2027. Traps: the agreement's conditions and "
    "the LA's commentary ('The LA will open a further 40 places', '[LP to update...]', '[awaiting ICB confirmation - "
    "YO]' placeholders that restate the board actions); Schools Forum's decision; risk mitigations with job-title "
    "owners (standing, not actions); the DfE's Q2 review and instalment (other body); carried-forward actions marked "
    "Done; row 10/07 owned by the DfE and marked 'Note only'; an answered query. Labels: the six open 'New - "
    "12/10/2027' rows; owners as initials resolved through the present list (LP Liam Porter, YO Yusuf Okafor, MW Mary "
    "Walker, DM Dev Marsh - not in people.json, JW James Whitfield, PS Priya Shah); due dates from the Due column.",
    [("Update condition 3 commentary with Q2 INMSS", "LP", "Liam Porter", "2027-10-15"),
     ("Confirm the ICB contribution figure for jointly funded", "YO", "Yusuf Okafor", "2027-10-18"),
     ("Draft covering letter to the DfE explaining", "MW", "Mary Walker", "2027-10-19"),
     ("Obtain S151 sign-off of the Financial tab", "DM", None, "2027-10-20"),
     ("Brief the Cabinet Member for Children's Services", "JW", "James Whitfield", "2027-10-21"),
     ("Final approval and upload of the return", "PS", "Priya Shah", "2027-10-22")])
