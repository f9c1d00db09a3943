"""Builds 290_thirtyeighth_icb_quality_committee_brag_tracker.xlsx"""
import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent.parent / "290_thirtyeighth_icb_quality_committee_brag_tracker.xlsx"

D = dt.datetime
wb = Workbook()

# ---- Cover sheet
cv = wb.active
cv.title = "Cover"
cover = [
    ["NHS Westmoor Integrated Care Board"],
    ["Quality and Performance Committee (QPC) \u2013 Action Tracker"],
    [],
    ["Committee Chair", "Prof. Alan Hughes, Non-Executive Member"],
    ["Lead Executive", "Chief Nursing Officer"],
    ["Maintained by", "Sunita Bhatt, Corporate Governance Officer"],
    ["Version", "v3 \u2013 updated following the meeting held 22/04/2027"],
    ["Next meeting", "Thursday 27 May 2027, 09:30, Boardroom, Westmoor House / MS Teams"],
    [],
    ["How to use", "Leads: please send updates to the governance inbox by close of play 7 working days before "
                   "the committee. Do not edit the Ref column. Rows in grey are proposed for closure and will "
                   "move to the 'Closed' tab once the committee agrees."],
    ["Initials", "YO = Yusuf Okafor (DCO SEND); GA = Grace Adeyemi (WCHT Children's Therapies); "
                 "KO = Kemi Osei (Head of Quality, Children & Maternity); CNO = Chief Nursing Officer (Dr Felicity Marsh); "
                 "AP = Dr Anita Patel (WCHT)"],
]
for r in cover:
    cv.append(r)
cv["A1"].font = Font(bold=True, size=14, color="005EB8")
cv["A2"].font = Font(bold=True, size=12)
cv.column_dimensions["A"].width = 20
cv.column_dimensions["B"].width = 110
for row in cv.iter_rows(min_row=4):
    row[0].font = Font(bold=True)
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")

# ---- Action log
al = wb.create_sheet("Action Log")
hdr = ["Ref", "Mtg date", "Min ref", "Agenda item", "Action required", "Lead", "Exec lead",
       "Due", "Revised due", "BRAG", "Update / evidence for closure", "Propose closure? (Y/N)"]
al.append(["QPC ACTION LOG \u2013 OPEN ACTIONS (Official: Sensitive when populated with patient information)"])
al.append([])
al.append(hdr)
rows = [
    ["QPC-2026-114", D(2026, 11, 26), "QPC/26/88", "SEND DCO annual report",
     "DCO to present updated SEND health action plan to committee", "YO", "CNO",
     D(2027, 4, 22), None, "B",
     "22/04: presented at today's meeting (item 7). Committee assured. Propose close.", "Y"],
    ["QPC-2027-009", D(2027, 1, 28), "QPC/27/06", "EHCP health advice quality",
     "Audit sample of EHCP health advice against the DCO quality standard", "YO", "CNO",
     D(2027, 3, 31), D(2027, 6, 30), "A",
     "22/04: 40 of 60 advices audited; report to June QPC. Delay due to WCHT data access.", "N"],
    ["QPC-2027-017", D(2027, 2, 25), "QPC/27/14", "CAMHS waiting times",
     "Recovery plan for CAMHS neurodevelopmental waits >52 weeks", "KO", "CNO",
     D(2027, 3, 25), None, "R",
     "Overdue. Plan with provider for sign-off. KO to update June.", "N"],
    ["QPC-2027-031", D(2027, 3, 25), "QPC/27/22", "LeDeR quarterly",
     "Circulate LeDeR Q3 themes to members", "KO", "CNO",
     D(2027, 4, 8), None, "B", "Circulated 06/04/2027.", "Y"],
    # --- raised at 22/04/2027 meeting
    ["QPC-2027-044", D(2027, 4, 22), "QPC/27/31", "Children's therapies waits",
     "Provide breakdown of 18-week breaches for children's SALT by locality and by EHCP status",
     "GA", "CNO", "May QPC", None, "G", "New", "N"],
    ["QPC-2027-045", D(2027, 4, 22), "QPC/27/31", "Children's therapies waits",
     "Confirm with LA Head of SEND the process for health sign-off of draft plans within 6 weeks",
     "Y Okafor", "CNO", D(2027, 5, 28), None, "G", "New", "N"],
    ["QPC-2027-046", D(2027, 4, 22), "QPC/27/32", "Wheelchair services",
     "Deep dive into wheelchair service waits for under-18s to come to committee", "KO", "CNO",
     "Jul-27 QPC", None, "G", "New \u2013 add to July workplan", "N"],
    ["QPC-2027-047", D(2027, 4, 22), "QPC/27/33", "Specialised commissioning interface",
     "Write to NHSE regional team re delays to tier 4 CYP beds affecting SEND placements",
     "Chief Nursing Officer", "CNO", D(2027, 5, 14), None, "G", "New", "N"],
    ["QPC-2027-048", D(2027, 4, 22), "QPC/27/34", "Integrated Quality Report",
     "Add SEND health indicators (EHC health advice timeliness, ND waits) to the IQR",
     "BI team (Performance)", "Chief Finance Officer", "end Jun-27", None, "G", "New \u2013 from Q1 IQR", "N"],
    ["QPC-2027-049", D(2027, 4, 22), "QPC/27/35", "Serious incident \u2013 learning",
     "Share learning from the Riverside case review with school nursing and the DMO",
     "Dr A Patel", "CNO", "ASAP", None, "G", "New", "N"],
    ["n/a", D(2027, 4, 22), "QPC/27/36", "Immunisations",
     "Committee noted assurance on MMR uptake \u2013 no action", "\u2013", "\u2013", "\u2013", None,
     "n/a", "For information only. Do not track.", "\u2013"],
]
for r in rows:
    al.append(r)
al["A1"].font = Font(bold=True)
fills = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
for c in al[3]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="005EB8")
for row in al.iter_rows(min_row=4):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(c.value, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    brag = row[9]
    if brag.value in fills:
        brag.fill = PatternFill("solid", fgColor=fills[brag.value])
    if row[11].value == "Y":
        for c in row:
            if c is not brag:
                c.fill = PatternFill("solid", fgColor="D9D9D9")
widths = [14, 11, 10, 24, 48, 14, 14, 12, 12, 7, 44, 12]
for i, w in enumerate(widths, 1):
    al.column_dimensions[get_column_letter(i)].width = w
al.freeze_panes = "A4"

# ---- Closed
cl = wb.create_sheet("Closed")
cl.append(["Ref", "Mtg date", "Action", "Lead", "Closed at", "Closure evidence"])
closed = [
    ["QPC-2026-097", D(2026, 9, 24), "Confirm DMO/DCO job plan split for 2027/28", "CNO", D(2027, 1, 28), "Job plans signed."],
    ["QPC-2026-103", D(2026, 10, 22), "Paediatric audiology recall \u2013 assurance to committee", "KO", D(2027, 2, 25), "Report received."],
    ["QPC-2027-002", D(2027, 1, 28), "SEND inspection readiness self-assessment \u2013 health sections", "YO", D(2027, 3, 25), "Submitted to LA 12/03."],
]
for r in closed:
    cl.append(r)
for c in cl[1]:
    c.font = Font(bold=True)
for row in cl.iter_rows(min_row=2):
    for c in row:
        if isinstance(c.value, dt.datetime):
            c.number_format = "dd/mm/yyyy"
for i, w in enumerate([14, 11, 55, 8, 11, 30], 1):
    cl.column_dimensions[get_column_letter(i)].width = w

# ---- Key
ky = wb.create_sheet("Key")
for r in [["BRAG", "Meaning"], ["B", "Blue \u2013 complete, evidence provided"], ["G", "Green \u2013 on track"],
          ["A", "Amber \u2013 at risk of missing due date"], ["R", "Red \u2013 overdue / off track"],
          ["n/a", "Noted item recorded for completeness \u2013 not an action"]]:
    ky.append(r)
ky.column_dimensions["B"].width = 50

wb.save(OUT)
print("wrote", OUT)
