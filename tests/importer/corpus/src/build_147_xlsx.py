"""Builds 147_seventeenth_raid.xlsx: Partnership RAID log (Risks, Actions, Issues, Decisions)."""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

OUT = CORPUS + "/147_seventeenth_raid.xlsx"
D = dt.date
wb = Workbook()
HEAD = Font(bold=True, color="FFFFFF")
FILL = PatternFill("solid", fgColor="1F4E78")


def sheet(ws, title_rows, header, rows, widths):
    for r in title_rows:
        ws.append(r)
    ws.append(header)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = HEAD
        c.fill = FILL
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=hr + 1):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(c.value, dt.date):
                c.number_format = "DD/MM/YYYY"
    for col, w in zip("ABCDEFGHIJ", widths, strict=False):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(row=hr + 1, column=1)


cover = wb.active
cover.title = "Cover"
for r in [["Westmoor SEND Partnership Board - RAID log"],
          ["Owner of log", "Ruth Hill (Partnership Business Support)"],
          ["Last reviewed", "Board meeting 07/07/2027"],
          ["Version", "v14"],
          ["How to use", "Risks, Actions, Issues and Decisions on separate tabs. Only the Actions tab is used to chase people. "
                         "Closed rows are kept for audit and greyed out - please don't delete them."],
          ["RAG key", "R = off track, A = at risk, G = on track, B = complete"],
          ["Next review", "Board 15/09/2027"]]:
    cover.append(r)
cover["A1"].font = Font(bold=True, size=14)
cover.column_dimensions["A"].width = 18
cover.column_dimensions["B"].width = 100

risks = wb.create_sheet("Risks")
sheet(risks, [["RISKS - reviewed at Board 07/07/2027"]],
      ["Ref", "Date raised", "Risk description", "Likelihood (1-5)", "Impact (1-5)", "Score", "Owner", "Mitigation / controls", "Trend", "Status"],
      [["R-03", D(2026, 9, 16), "High needs block overspend increases beyond the deficit management plan", 4, 5, 20, "Priya Shah",
        "Monthly monitoring through DSG recovery board. Deficit management plan agreed with DfE in March.", "Stable", "Open"],
       ["R-07", D(2026, 11, 18), "Insufficient specialist places for September 2028 intake", 3, 4, 12, "Mary Walker",
        "Sufficiency forecast refreshed (complete). Capital bid submitted 30/04/2027, outcome expected autumn.", "Improving", "Open"],
       ["R-09", D(2027, 1, 13), "Loss of PCF capacity if grant is not renewed", 2, 4, 8, "Tom Evans",
        "DfE confirmed grant for 2027-28 in May.", "Improving", "Closed"],
       ["R-11", D(2027, 3, 10), "Therapy workforce vacancies lengthen waiting times", 4, 3, 12, "Grace Adeyemi",
        "Two therapy assistants recruited, start September. Trust recruitment and retention plan in place.", "Stable", "Open"],
       ["R-12", D(2027, 5, 12), "Inspection: weak evidence of impact of co-production", 3, 4, 12, "Anne Price",
        "Co-production charter signed off in May. Impact to be evidenced through the annual survey.", "New", "Open"]],
      [7, 12, 45, 10, 10, 7, 16, 60, 10, 9])

acts = wb.create_sheet("Actions")
sheet(acts, [["ACTIONS - updated after Board 07/07/2027"]],
      ["Ref", "Date raised", "Action", "Owner", "Due", "RAG", "Status", "Update / comments"],
      [["A-025", D(2027, 3, 10), "Refresh the Local Offer early intervention page", "Sarah Khan", D(2027, 5, 28), "B", "Closed",
        "Done 24/05. Closed at June Board."],
       ["A-029", D(2027, 4, 14), "Circulate the co-production charter final draft", "SK / TE", D(2027, 5, 7), "B", "Closed",
        "Charter signed off by Board 12/05/2027."],
       ["A-031", D(2027, 6, 16), "Produce a communications plan for the outreach pilot extension", "Sarah Khan", D(2027, 7, 30), "G", "Open",
        "Depends on Schools Forum outcome 08/07. Draft structure shared."],
       ["A-033", D(2027, 6, 16), "Ask ICB finance for a view on joint funding", "YO", D(2027, 7, 2), "B", "Superseded",
        "Superseded by A-036 - see below."],
       ["A-034", D(2027, 6, 16), "Reconcile EHCP caseload figures with the SEN2 return", "LP", D(2027, 7, 23), "A", "Open",
        "Discrepancy of 46 plans. LP working through with the EHC hub."],
       ["A-035", D(2027, 6, 16), "Share the therapy assistants' start dates with schools", "Grace Adeyemi", D(2027, 6, 25), "B", "Closed",
        "Sent in the SENCo bulletin 24/06."],
       ["A-036", D(2027, 7, 7), "Confirm the ICB contribution to the joint therapy posts in writing", "YO", "Sept Board", "A", "Open",
        "ICB finance committee meets August. YO to bring letter to September Board."],
       ["A-037", D(2027, 7, 7), "Arrange a SENDIASS briefing for newly qualified SENCos", "Claire Dunmore (SENDIASS)", D(2027, 9, 17), "G", "Open",
        "Autumn term, ideally at the first SENCo network."],
       ["A-038", D(2027, 7, 7), "Amend the Board terms of reference to add a young person's seat", "AP", "Sept Board", "G", "Open",
        "Chair to bring redrafted ToR for approval."],
       ["A-039", D(2027, 7, 7), "Send the SEND self-evaluation summary to Scrutiny Committee clerk", "Mary Walker", D(2027, 7, 16), "G", "Open",
        "Committee meets 20/07. Summary only, not the full SEF."],
       ["A-040", D(2027, 7, 7), "Look at a parent buddy scheme", "-", "-", "", "On hold",
        "Not agreed. Parking until co-production charter is embedded (review in 2028)."]],
      [7, 12, 55, 22, 12, 6, 11, 55])

iss = wb.create_sheet("Issues")
sheet(iss, [["ISSUES"]],
      ["Ref", "Date raised", "Issue", "Impact", "Owner", "Status", "Notes"],
      [["I-04", D(2027, 2, 10), "Amended EHCPs after annual review are late (oldest 9 months)", "High", "Mary Walker", "Open",
        "Tracked through the EHC hub recovery trajectory. See also A-034."],
       ["I-05", D(2027, 4, 14), "Post-16 travel assistance consultation delayed by Cabinet timing", "Medium", "Mark Walsh", "Closed",
        "Consultation ran 12/04 to 24/05. Closed."],
       ["I-06", D(2027, 6, 16), "No single view of EP, therapy and SEN support data", "Medium", "David Lowe", "Open",
        "Linked to data-sharing work with ICB. Dashboard spec circulated 25/06."]],
      [7, 12, 55, 9, 16, 9, 60])

dec = wb.create_sheet("Decisions")
sheet(dec, [["DECISIONS LOG"]],
      ["Ref", "Date", "Decision", "Made by", "Rationale", "Follow-up"],
      [["D-010", D(2027, 5, 12), "Co-production charter adopted", "Board", "Agreed with PCF steering group.", "None"],
       ["D-011", D(2027, 6, 16), "Do not pursue the top-up banding review in 2027-28", "Board (on workstream recommendation)",
        "Schools asked for stability; capacity needed elsewhere.", "Revisit June 2028"],
       ["D-012", D(2027, 7, 7), "Extend the outreach pilot to March 2028, subject to Schools Forum approval", "Board",
        "Early evidence positive. Funding via high needs block.", "Board to receive a termly update on the pilot"],
       ["D-013", D(2027, 7, 7), "Weekly EHCP timeliness figure no longer reported to DMT; monthly only", "Board",
        "Weekly figure too volatile.", "Liam Porter to report monthly from September"]],
      [7, 12, 55, 30, 45, 40])

wb.save(OUT)
print("wrote", OUT)
