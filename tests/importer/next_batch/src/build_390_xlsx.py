import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "390_fiftysecond_senco_termly_provision_map_review.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "Provision Map Sp27"
thin = Side(style="thin", color="999999")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
RAG = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
D = lambda y, m, d: dt.datetime(y, m, d)

ws.merge_cells("A1:N1")
ws["A1"] = "Riverside Primary School - Provision Map - Spring Term 2027"
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A2:N2")
ws["A2"] = "Termly review meeting 24/03/27 (HB SENCo, NK HT, LG AHT, EM TA lead). Impact RAG against entry/exit data. Pupils by initials only - do not add names."
ws["A2"].font = Font(italic=True, size=9)
ws.merge_cells("A3:G3"); ws["A3"] = "PROVISION"
ws.merge_cells("H3:J3"); ws["H3"] = "IMPACT"
ws.merge_cells("K3:N3"); ws["K3"] = "REVIEW 24/03/27"
for c in ("A3", "H3", "K3"):
    ws[c].font = Font(bold=True, color="FFFFFF"); ws[c].fill = PatternFill("solid", fgColor="305496"); ws[c].alignment = Alignment(horizontal="center")
hdr = ["Area of need", "Intervention / provision", "Year grp", "Pupils", "Delivered by", "Freq / duration", "Cost per term (£)",
       "Entry data (Jan)", "Exit data (Mar)", "Impact", "Review decision", "Next step", "Who", "By when"]
ws.append(hdr)
rows = [
    ["C&L", "Talk Boost KS1", "Y1/Y2", "AB, CD, EF, GH, JK, LM", "TA - JM", "3 x 30 min/wk, 10 wks", 420, "Talk Boost tracker avg 14/30", "avg 23/30", "Green", "Continue", "-", None, None],
    ["C&L", "NELI", "R", "8 pupils (see NELI list)", "TA - SP", "Daily 15 min", 0, "LanguageScreen SS avg 84", "not yet re-tested", "Amber", "Continue", "Re-screen all Reception pupils with LanguageScreen", "SP", D(2027, 4, 16)],
    ["SEMH / C&I", "Lego-based therapy", "Y3/Y4", "NO, PQ, RS", "TA - JM", "1 x 45 min/wk", 180, "SDQ peer problems 6,7,5", "6,6,5", "Red", "Stop", "Done 19/3 - group ended, parents informed by letter", "HB", None],
    ["SEMH", "ELSA", "Y2-Y6", "5 pupils", "ELSA - Dawn P", "1 x 30 min/wk", 650, "Boxall / self-rating", "4 of 5 improved", "Green", "Continue", "Book ELSA supervision for summer term with EP service (none since Nov)", "HB", D(2027, 4, 30)],
    ["C&L (phonics)", "Precision teaching", "Y2", "TU, VW, XY, ZA", "TA - various", "3 x 10 min/wk", 90, "Phonics screen re-check: 18, 21, 15, 24", "22, 27, 17, 30", "Amber", "Change", "Move to daily 10 min; retrain 2 TAs in precision teaching", "HB", "Summer INSET (Mon 12 Apr)"],
    ["SLCN (EHCP)", "SALT programmes", "Y1, Y4", "BC, DE", "NHS SALT + TA", "Per EHCP", "EHCP", "-", "-", "Amber", "Continue", "Chase Westmoor Community Health SALT for updated targets - both still on 2025 targets", "HB", D(2027, 4, 23)],
    ["Physical / sensory", "Sensory circuits", "R-Y3", "11 pupils", "TA - EM", "Daily 15 min (am)", 60, "Arrival incidents 23 (Jan)", "9 (Mar)", "Green", "Continue", "-", None, None],
    ["Cognition & learning (maths)", "1stClass@Number", "Y2", "FG, HJ, KL, MN", "TA - SP", "3 x 30 min/wk", 510, "Sandwell: 31, 28, 35, 30", "33, 29, 35, 34", "Red", "Review", "Decide whether to keep - NK to look at cost vs impact with SBM", "NK", D(2027, 4, 30)],
    ["SEMH", "Lunchtime nurture club", "KS2", "9 pupils", "TA - EM + volunteer", "Daily 12.15-12.45", 0, "Lunchtime incidents 14", "5", "Green", "Continue", "Parent volunteer? ask PCF?? - idea only, discuss summer", None, None],
    ["Cognition & learning (reading)", "Fresh Start", "Y5/Y6", "6 pupils", "TA - LG", "4 x 30 min/wk", 300, "Reading age gap avg -2y 3m", "-1y 9m", "Amber", "Continue", "Add 4 new Y5 pupils from Summer 1 assessments", "LG", "7th May"],
    ["All", "Pre-teaching vocab (class-based)", "Y3-Y6", "whole-class", "Class teachers", "Weekly", 0, "-", "-", "n/a", "Continue", "-", None, None],
]
for r in rows:
    ws.append(r)
widths = [16, 24, 8, 20, 16, 18, 10, 22, 18, 9, 12, 46, 7, 16]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(i)].width = w
for row in ws.iter_rows(min_row=4, max_row=ws.max_row):
    for c in row:
        c.border = B
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if c.row == 4:
            c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2")
        if c.column == 10 and c.value in RAG:
            c.fill = PatternFill("solid", fgColor=RAG[c.value])
        if isinstance(c.value, dt.datetime):
            c.number_format = "dd/mm/yyyy"
ws.freeze_panes = "C5"
n = ws.max_row + 2
ws.cell(n, 6, "Total cost this term"); ws.cell(n, 7, sum(r[6] for r in rows if isinstance(r[6], int))).font = Font(bold=True)

ws2 = wb.create_sheet("Review mtg notes 24.03.27")
notes = [
    ["Provision map termly review - notes"],
    ["Date", "Wed 24 March 2027, 3.45-5.00pm (last full day of term is tomorrow)"],
    ["Present", "Helen Brooks (SENCo), Nadia Khan (HT), Lucy Grant (AHT), Ella Marsh (TA lead)"],
    [],
    ["Key points"],
    ["1", "Overall: 7 of 10 provisions green/amber. Lego therapy stopped (no impact on SDQ) - already done, see row 7."],
    ["2", "NELI: re-test not done because of staff absence in March. Needs doing early in summer term."],
    ["3", "Costs up c.£400 on autumn mainly ELSA. NK happy to keep ELSA - agreed."],
    ["4", "SALT: NHS targets out of date for 2 EHCP pupils; annual reviews due in June so this matters."],
    ["5", "Governors asked at FGB (10/3) for a costed provision map - HB to update for FGB 12 May."],
    ["6", "Idea of parent volunteer for nurture club - not agreed, safeguarding/DBS questions. Park."],
    ["7", "Next provision map review will be in the summer term, date tbc."],
    [],
    ["Other actions", "", "Who", "By when"],
    ["a", "Update costed provision map for governors (FGB 12 May papers)", "HB", "by 5 May"],
    ["b", "Send parents their termly SEN support review letter (pupils on SEN support)", "Class teachers", "before we break up Thurs 25/3"],
    ["c", "Order NELI licence renewal", "Office (SBM)", "Done 22/3"],
]
for r in notes:
    ws2.append(r)
ws2["A1"].font = Font(bold=True, size=13)
for c in ws2[14]:
    c.font = Font(bold=True)
ws2.column_dimensions["A"].width = 14
ws2.column_dimensions["B"].width = 80
ws2.column_dimensions["C"].width = 16
ws2.column_dimensions["D"].width = 30
wb.save(OUT)
print(OUT)
