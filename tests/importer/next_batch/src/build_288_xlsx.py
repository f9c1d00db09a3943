"""Builds 288_thirtyseventh_ebsa_working_group_log.xlsx (notes tab + running action log)."""
import datetime as dt
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

OUT = Path(__file__).resolve().parent.parent / "288_thirtyseventh_ebsa_working_group_log.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "Notes 16.11.27"
bold = Font(bold=True)
wrap = Alignment(wrap_text=True, vertical="top")
rows = [
    ["EBSA (Emotionally Based School Avoidance) Working Group"],
    ["Meeting: 16/11/2027  4pm-5.30pm  Teams"],
    ["Attendees: Priya Shah (chair), David Lowe, Liam Porter, Sarah Khan, Helen Brooks, Kerry Lang (PCF), Yusuf Okafor (ICB) for item 3, Ruth Hill"],
    ["Apologies: Grace Adeyemi, Tom Evans"],
    [],
    ["Item", "Discussion / notes", "Action ref"],
    ["1", "Welcome. Action log reviewed - see Action Log tab for updates. Ref 24, 25, 28 closed.", ""],
    ["2", "Data: LP presented persistent absence data for pupils with SEN. 38% of pupils with an EHCP are persistently absent (national approx 34%). "
          "Group wants to see this by school, and also for pupils on part-time timetables. Agreed LP will produce this.", "32"],
    ["3", "CAMHS: YO explained MHST coverage now 60% of schools. Group still has no CAMHS rep since Dr Ahmed left. YO to confirm who will attend from CAMHS going forward.", "34"],
    ["4", "Parent guidance: KL shared PCF survey results (112 responses). Parents want something in plain English about what EBSA is and what to ask school. "
          "Agreed to co-produce parent guidance with the PCF, KL leading, SKh to support with design.", "31"],
    ["5", "Schools: HB said SENCos are unsure how to code EBSA absence (I vs. M vs. authorised) and it varies school to school. PS will write to all heads on "
          "absence coding - needs to go before the end of term data collection.", "36"],
    ["", "HB to add EBSA as a standing item on the SENCo cluster agenda.", "37"],
    ["6", "Training: DL - EP service can offer EBSA training to SENCos in the spring term. Plan to be brought to Jan mtg.", "33"],
    ["7", "Local Offer: SKh suggested mapping existing EBSA support into the Local Offer (there is more out there than people realise). Agreed. Date tbc - depends on comms capacity.", "35"],
    ["8", "AOB: Kerry asked if the group could look at the transport issue for pupils on reduced timetables - not in scope for this group, PS to mention to Mark Walsh informally. "
          "Next mtg 18/01/28.", ""],
]
for r in rows:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=13)
for c in ws[6]:
    c.font = bold
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 110
ws.column_dimensions["C"].width = 11
for row in ws.iter_rows(min_row=7):
    for c in row:
        c.alignment = wrap

al = wb.create_sheet("Action Log")
hdr = ["Ref", "Date raised", "Action", "Lead", "Due", "Status", "Update / comments"]
al.append(hdr)
for c in al[1]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F4E78")
D = dt.datetime
log = [
    [24, D(2027, 9, 14), "Agree working group ToR", "PS", D(2027, 10, 12), "Complete", "Agreed 12/10"],
    [25, D(2027, 9, 14), "Circulate DfE attendance guidance summary", "RH", D(2027, 9, 30), "Complete", ""],
    [26, D(2027, 9, 14), "Identify schools with highest EBSA referrals to EP", "DL", D(2027, 10, 12), "Complete", "Closed at Oct meeting - 8 schools identified"],
    [27, D(2027, 10, 12), "Scope EBSA pathway with MHST leads", "YO", D(2027, 11, 16), "In progress", "16/11: MHST leads on leave, due revised to 14/01/28"],
    [28, D(2027, 10, 12), "PCF survey of parents re EBSA", "KL", D(2027, 11, 12), "Complete", "112 responses, shared 16/11"],
    [29, D(2027, 10, 12), "Review EHCP annual review paperwork re attendance section", "Mary Walker", "Jan mtg", "Open", "Not started - MW to update"],
    [30, D(2027, 10, 12), "Share Riverside's EBSA return-to-school plan template", "HB", D(2027, 10, 29), "Complete", "On Teams"],
    [31, D(2027, 11, 16), "Co-produce EBSA guidance for parents with PCF (plain English) - SKh to support design", "Kerry Lang (PCF)", "End Jan", "Open", ""],
    [32, D(2027, 11, 16), "Produce persistent absence data by school incl. pupils on part-time timetables", "Liam P", D(2027, 11, 30), "Open", ""],
    [33, D(2027, 11, 16), "EBSA training offer for SENCos (spring term) - bring plan", "EP service (DL)", "Jan mtg", "Open", ""],
    [34, D(2027, 11, 16), "Confirm CAMHS representative for the group", "Yusuf O (ICB)", D(2027, 12, 3), "Open", ""],
    [35, D(2027, 11, 16), "Map existing EBSA support into Local Offer", "Sarah Khan", "tbc", "Open", ""],
    [36, D(2027, 11, 16), "Write to headteachers re: coding of EBSA absence", "Priya Shah", D(2027, 12, 10), "Open", "Before end of term data collection"],
    [37, D(2027, 11, 16), "EBSA standing item on SENCo cluster agenda", "Helen B", "next cluster", "Open", ""],
]
for r in log:
    al.append(r)
for row in al.iter_rows(min_row=2):
    row[1].number_format = "dd/mm/yy"
    if isinstance(row[4].value, dt.datetime):
        row[4].number_format = "dd/mm/yy"
    for c in row:
        c.alignment = wrap
    if row[5].value == "Complete":
        for c in row:
            c.font = Font(color="808080", strike=True)
for col, w in zip("ABCDEFG", [6, 12, 60, 18, 12, 12, 45]):
    al.column_dimensions[col].width = w
al.freeze_panes = "A2"
wb.save(OUT)
print(OUT)
