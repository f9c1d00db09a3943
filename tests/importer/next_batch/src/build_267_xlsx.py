"""Builds 267_thirtyfourth_task_finish_workbook_dated_tabs.xlsx into the parent folder."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

OUT = Path(__file__).resolve().parent.parent / "267_thirtyfourth_task_finish_workbook_dated_tabs.xlsx"
wb = Workbook()
HEAD = ["Item", "Discussion / notes", "Action", "Who", "By"]
fill = PatternFill("solid", fgColor="FFF2CC")

def sheet(ws, title_lines, rows):
    r = 1
    for t in title_lines:
        ws.cell(r, 1, t).font = Font(bold=(r == 1)); r += 1
    r += 1
    for j, h in enumerate(HEAD, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.fill = fill
    for row in rows:
        r += 1
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v); c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDE", (18, 70, 45, 10, 12)):
        ws.column_dimensions[col].width = w

ws = wb.active; ws.title = "About"
ws["A1"] = "EHCP Timeliness Recovery - Task & Finish Group"; ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "Set up by the SEND Partnership Board (May 2027) for 6 months. Reports to the Board via highlight report."
ws["A4"] = "Chair: Mary Walker (MW). Members: David Lowe (DL), Yusuf Okafor (YO), Grace Adeyemi (GA), Liam Porter (LP), Helen Brooks (HB), Claire Dunmore (CD). Notes: Ruth Hill (RH)"
ws["A5"] = "One tab per meeting - newest tab on the right. Please don't edit old tabs, add updates in the newest one."
ws["A7"] = "Aim: 65% of new EHCPs within 20 weeks by 31 March 2028 (improvement plan target)."
ws.column_dimensions["A"].width = 110

sheet(wb.create_sheet("12 Jul"), ["T&F meeting 12/07/2027 (Teams)", "Present: MW, DL, YO, GA, LP, RH. Apols HB (Y6 transition), CD"], [
    ("1. Baseline", "LP shared baseline - 48% in 20 wks (Q4). EP advice the biggest single delay, then health.", "Produce weekly timeliness report", "LP", "tbc"),
    ("2. EP capacity", "3 EP vacancies. Agency market very tight.", "Business case for 2 locum EPs", "DL", "31/07/27"),
    ("3. Health advice", "Lots of advice requests going to wrong inbox at acute trust.", "Map who gets requests at acute trust", "YO", "09/08/27"),
    ("4. School advice", "Quality very variable, some just copy the SEN support plan.", "Draft new school advice form", "HB", "09/08/27"),
    ("5. AOB", "Summer holidays - panel to keep running weekly.", "", "", ""),
])
sheet(wb.create_sheet("9 Aug"), ["T&F meeting 09/08/2027 (Teams)", "Present: MW, DL, YO, LP, HB, RH. Apols GA (leave), CD"], [
    ("1. Last actions", "Locum EP business case - approved by JW 2/8. Weekly report - LP still building it. Acute trust mapping - done, 2 inboxes found.", "", "", ""),
    ("2. Health advice", "YO to redirect all acute trust requests to single inbox from 1 Sept.", "Single inbox live", "YO", "01/09/27"),
    ("3. School advice form", "HB draft shared, good feedback.", "Revise form with comments", "HB", "13/09/27"),
    ("4. Template", "Health advice template too long (11 pages). Shorter 6-week template needed.", "Draft revised health advice template", "YO/GA", "13/09/27"),
    ("5. Comms", "CD (by email) - parents not told when plans are late.", "Draft holding letter for late plans", "MW", "13/09/27"),
])
sheet(wb.create_sheet("13 Sept"), ["T&F meeting 13/09/2027, Civic Centre Rm 4 + Teams",
                                   "Present: MW (chair), DL, YO, GA, LP, HB, CD, RH (notes)",
                                   "Next meeting: Mon 11 Oct 2027, 2pm"], [
    ("1. Last actions (from 9 Aug)", "Single inbox - LIVE since 1/9, YO says already fewer lost requests. Holding letter for late plans - done, in use since 6/9. School advice form - revised, see item 4. Health template - see item 3.", "None - all done/covered below", "", ""),
    ("2. EP capacity", "Locum business case approved in Aug but no locums in post yet; agency has 2 candidates. DL hopeful for Oct.", "Recruit 2 locum EPs and confirm start dates", "DL", "01/10/27"),
    ("", "GA said therapies have the same problem - SLT locum agreed but start date unknown. GA said she'd find out when the SLT locum starts and let Ruth know.", "", "", ""),
    ("3. Health advice template", "YO and GA have a shorter draft (4 pages). MW wants to read it properly before signing off. Decision: use the new template from November if signed off.", "Sign off revised 6-week health advice template", "MW", "next mtg"),
    ("4. School advice form", "Revised form shared. HB will try it with 3 Riverside annual reviews before rolling out.", "Pilot new school advice form (3 Riverside ARs)", "HB", "by half term"),
    ("5. Data", "Weekly report now built. LP will send it to the group every Monday.", "Weekly timeliness report to group", "LP", "weekly from 20/9"),
    ("6. Acute trust", "Still 14 health advices overdue from acute paediatrics, some 10+ weeks.", "Escalate late health advices from acute trust to ICB quality team", "YO", "asap"),
    ("7. SENDIASS", "CD: families still confused about what 'week 20' means. Possibly a FAQ on the Local Offer? Group liked the idea - for later, not now.", "Noted", "All", ""),
    ("8. Board reporting", "Board on 5 Oct wants a highlight report.", "Update T&F highlight report for Partnership Board", "RH", "for Board 5 Oct"),
    ("9. AOB", "MW on leave 27/9-1/10. DL to chair if anything urgent.", "", "", ""),
])
wb.save(OUT)
print("wrote", OUT)
