"""Builds 395: SEND Improvement Board RAG-rated priority action plan update (merged header rows)."""
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "395_fiftythird_improvement_board_rag_action_plan_merged_headers.xlsx")
D = dt.datetime

wb = Workbook()
ws = wb.active
ws.title = "Action Plan Jan27"

thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")
hdr_fill = PatternFill("solid", fgColor="1F3864")
sub_fill = PatternFill("solid", fgColor="D9E1F2")
sec_fill = PatternFill("solid", fgColor="FCE4D6")
rag_fill = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}

ws.merge_cells("A1:M1")
ws["A1"] = "WESTMOOR SEND IMPROVEMENT BOARD - PRIORITY ACTION PLAN: PROGRESS UPDATE"
ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
ws["A1"].fill = hdr_fill
ws.merge_cells("A2:M2")
ws["A2"] = ("Reporting period: December 2026 - January 2027   |   Board meeting: Tuesday 09/02/2027   |   "
            "Next Board: Tuesday 13/04/2027   |   Plan owner: Assistant Director, SEND and Inclusion")
ws.merge_cells("A3:M3")
ws["A3"] = ("RAG key:  B = Complete (propose closure)   G = On track   A = Some slippage / at risk   "
            "R = Off track, Board intervention needed.   Column M completed by PA to the Chair at the meeting.")
ws["A3"].font = Font(italic=True, size=9)

# two-row header with merged group cells
groups = [("A4:C4", "ACTION"), ("D4:E4", "TIMESCALE"), ("F4:H4", "PROGRESS"), ("I4:K4", "NEXT STEPS"),
          ("L4:M4", "ASSURANCE")]
for rng, label in groups:
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = label
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = hdr_fill
    c.alignment = Alignment(horizontal="center")
heads = ["Ref", "Action", "Lead", "Original target", "Revised target", "RAG Dec", "RAG Jan",
         "Update this period", "Next step", "Owner", "By when", "Evidence of impact", "Board comment (09/02)"]
for i, h in enumerate(heads, 1):
    c = ws.cell(row=5, column=i, value=h)
    c.font = Font(bold=True)
    c.fill = sub_fill
    c.alignment = wrap
    c.border = box

rows = [
    ("SECTION", "PRIORITY 1: Timeliness and quality of Education, Health and Care Plans"),
    ("1.1", "Implement revised EHC needs assessment tracker across all locality teams", "Head of SEND",
     D(2026, 11, 30), None, "G", "B",
     "Tracker live in all three localities from 04/01/27. Weekly exception report to Head of SEND.",
     "None - complete. Propose closure.", "", "", "Tracker screenshots in evidence folder 1.1", ""),
    ("1.2", "Quality assure a sample of new EHC plans each quarter against the revised QA framework",
     "Principal EP", D(2026, 12, 31), D(2027, 3, 12), "A", "A",
     "Framework agreed by multi-agency QA group. Q3 sample delayed - EP capacity (two vacancies).",
     "Complete audit of 40 plans issued in Q3 using revised QA framework", "PEP", D(2027, 3, 12),
     "Q2 audit: 58% good or better (target 75%)", "Board accepted revised date."),
    ("1.3", "Reduce 20-week backlog to fewer than 150 open assessments", "Head of SEND",
     D(2027, 3, 31), None, "A", "R",
     "Backlog 231 at 31/01 (from 264). Trajectory not met for second month - request volumes +18%.",
     "Agency EHC writers (x3) in post from 18/01; weekly backlog clinic continues", "Head of SEND",
     "Ongoing", "Backlog figures - dashboard tab 3",
     "Board concerned. LP to re-baseline the 20-week trajectory and bring it to the next Board."),
    ("1.4", "Recruit to EHC coordinator vacancies", "Head of SEND", D(2026, 12, 31), D(2027, 3, 31), "A", "R",
     "One appointment made (start 01/03). Second round advert closed with no appointable candidates.",
     "Recruit two further EHC coordinators (interim cover in place)", "Head of SEND", D(2027, 3, 31),
     "Vacancy rate 22%", "HR business partner to support - not an Improvement Board action."),
    ("SECTION", "PRIORITY 2: Health contribution to EHC needs assessments"),
    ("2.1", "Improve timeliness of health advice (6-week target)", "DCO", D(2026, 12, 31), D(2027, 2, 26),
     "A", "G",
     "Jan: 79% of health advice returned in 6 weeks (Dec 64%). Paediatrics now at 85%.",
     "Publish health advice turnaround data on the Local Offer", "DCO", D(2027, 2, 26),
     "Monthly DCO dashboard", ""),
    ("2.2", "Agree joint training offer on writing outcomes for health professionals",
     "Head of Children's Therapies", D(2027, 1, 31), None, "G", "G",
     "Two sessions delivered (SALT, OT). Physio session booked.",
     "Roll out outcomes training to health visiting and school nursing teams", "Head of Children's Therapies",
     "Ongoing", "Attendance 46 staff; evaluation 4.5/5", ""),
    ("2.3", "Health advice template to include parent/child voice section", "DCO", D(2026, 10, 31), None,
     "B", "B", "Template in use since November.", "n/a", "", "", "Audit of 20 advices", "Close."),
    ("2.4", "Separate tracker for health advice requests", "DCO", D(2027, 1, 31), None, "A", "",
     "WITHDRAWN - merged into 2.1 (single tracker).", "", "", "", "", ""),
    ("SECTION", "PRIORITY 3: Co-production and communication with families"),
    ("3.1", "Hold regular 'Ask the Partnership' sessions with the Parent Carer Forum", "Participation Officer",
     D(2027, 3, 31), D(2027, 4, 23), "G", "A",
     "First session held 14/01 (38 parents). Venue for the second fell through.",
     "Run two further 'Ask the Partnership' sessions with the PCF", "Participation Officer", D(2027, 4, 23),
     "Feedback: 71% found session useful", ""),
    ("3.2", "Co-produce revised banding descriptors for top-up funding", "AD SEND", D(2027, 2, 28), D(2027, 3, 18),
     "G", "A", "Co-production workshops complete. Legal check of draft descriptors under way.",
     "Take revised banding proposals to Schools Forum", "AD SEND", D(2027, 3, 18),
     "Workshop notes", "PCF reps already saw the final draft at the 04/02 workshop - Board content."),
    ("3.3", "Refresh SEND Partnership web page with 'You said, we did'", "Participation Officer",
     D(2026, 12, 31), None, "G", "B", "Page refreshed 20/12/26.", "None", "", "", "Page views +40%", "Close."),
]

r = 6
for row in rows:
    if row[0] == "SECTION":
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        c = ws.cell(row=r, column=1, value=row[1])
        c.font = Font(bold=True)
        c.fill = sec_fill
        r += 1
        continue
    for i, v in enumerate(row, 1):
        c = ws.cell(row=r, column=i, value=v if v != "" else None)
        c.alignment = wrap
        c.border = box
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        if i in (6, 7) and v in rag_fill:
            c.fill = PatternFill("solid", fgColor=rag_fill[v])
            c.alignment = Alignment(horizontal="center", vertical="top")
    r += 1

ws.cell(row=r + 1, column=1, value="Prepared by: SEND Improvement Programme Office. Version 6 (post-Board). "
        "Changes since v5 shown in column M only.").font = Font(italic=True, size=9)

widths = [6, 38, 16, 12, 12, 7, 7, 40, 38, 18, 12, 26, 38]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.freeze_panes = "C6"

# second sheet: owners key
ks = wb.create_sheet("Leads key")
ks.append(["Role in plan", "Name", "Organisation"])
for row in [("AD SEND", "James Whitfield", "Westmoor Council"), ("Head of SEND", "Mary Walker", "Westmoor Council"),
            ("PEP / Principal EP", "David Lowe", "Westmoor Council"), ("DCO", "Yusuf Okafor", "Westmoor ICB"),
            ("Head of Children's Therapies", "Grace Adeyemi", "Westmoor Community Health NHS Trust"),
            ("Participation Officer", "Sarah Khan", "Westmoor Council"),
            ("LP", "Liam Porter (Data and Performance)", "Westmoor Council")]:
    ks.append(row)
wb.save(OUT)
print("wrote", OUT)
