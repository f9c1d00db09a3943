import datetime as dt
from common import OUT, write_labels
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

stem = "428_fiftyseventh_safety_valve_dfe_call_actions_workbook"
wb = Workbook()
B = Font(bold=True); WR = Alignment(wrap_text=True, vertical="top")
fill = {"Open": "FFF2CC", "Done": "D9EAD3", "Closed": "D9EAD3", "C/F": "FCE5CD"}
thin = Side(style="thin", color="999999"); box = Border(left=thin, right=thin, top=thin, bottom=thin)

cv = wb.active; cv.title = "Cover"
cv["A1"] = "WESTMOOR – DSG SAFETY VALVE AGREEMENT – QUARTERLY MONITORING"; cv["A1"].font = Font(bold=True, size=14)
cv.merge_cells("A1:F1")
info = [("Call", "DfE SV quarterly check-in (Q1 2027-28)"), ("Date", dt.date(2027, 7, 6)), ("Time / venue", "14:00–15:10, Teams"),
        ("DfE", "Rob Hartley (SV adviser), Jen Moss (DfE finance)"),
        ("Westmoor", "Priya Shah, James Whitfield, Mary Walker, Liam Porter, Kate Ellis (Finance BP); Mark Walsh joined for item 3"),
        ("Notes by", "LP – typed live, tidy up later!!"), ("", ""),
        ("Owner key", "PS = Priya Shah (Dir of Education); JW = James Whitfield (AD SEND & Inclusion); MW = Mary Walker (Head of SEND); "
                      "LP = Liam Porter (Data & Perf); Mark W = Mark Walsh (Transport) – NB not MW!"),
        ("Tabs", "'Actions' = this call + anything still open; 'Prev call (Mar)' = March log, for reference; 'Call notes' = rough notes")]
for i, (k, v) in enumerate(info, start=3):
    cv.cell(i, 1, k).font = B
    c = cv.cell(i, 2, v); c.alignment = WR
    if isinstance(v, dt.date):
        c.number_format = "dd/mm/yyyy"
    cv.merge_cells(start_row=i, start_column=2, end_row=i, end_column=6)
cv.column_dimensions["A"].width = 14; cv.column_dimensions["B"].width = 30
for r in (10, 11): cv.row_dimensions[r].height = 45

ws = wb.create_sheet("Actions")
ws["A1"] = "ACTIONS – SV check-in 06/07/27"; ws["A1"].font = Font(bold=True, size=12); ws.merge_cells("A1:G1")
ws["A2"] = "Action"; ws.merge_cells("A2:C2"); ws["D2"] = "Who / when"; ws.merge_cells("D2:E2"); ws["F2"] = "Progress"; ws.merge_cells("F2:G2")
for c in ("A2", "D2", "F2"):
    ws[c].font = B; ws[c].fill = PatternFill("solid", fgColor="D9D9D9"); ws[c].alignment = Alignment(horizontal="center")
hdr = ["Ref", "Raised", "Action", "Owner", "Due", "Status", "Update / notes"]
for j, h in enumerate(hdr, start=1):
    c = ws.cell(3, j, h); c.font = B; c.fill = PatternFill("solid", fgColor="1F3864"); c.font = Font(bold=True, color="FFFFFF")
rows = [
 ["SV-27-11", dt.date(2027, 7, 6), "Resubmit the Q1 monitoring template with corrected EHCP numbers (Jan census figs used by mistake)", "LP", "w/e 16/7", "Open", "Jen says instalment held until this is in"],
 ["SV-27-12", dt.date(2027, 7, 6), "Send DfE the specialist place sufficiency plan – draft is fine, they know it hasn't been to Cabinet", "MW", dt.date(2027, 7, 30), "Open", ""],
 ["SV-27-13", dt.date(2027, 7, 6), "Confirm DSG deficit recovery figure for 27/28 with S151 officer before it goes in the return", "PS", "b4 next call", "Open", "next call date tbc by DfE"],
 ["SV-27-14", dt.date(2027, 7, 6), "Share the mainstream inclusion fund evaluation with Rob (interim is ok)", "JW", "asap", "Open", ""],
 ["SV-27-15", dt.date(2027, 7, 6), "Update savings tracker transport line with actuals to end of June", "Mark W", dt.date(2027, 7, 23), "Open", "62% of target YTD per Mark"],
 ["SV-27-16", dt.date(2027, 7, 6), "Narrative on tribunal trends for the Sept return", "tbc", "Sept", "Open", "owner not agreed on call"],
 ["SV-27-17", dt.date(2027, 7, 6), "Send copy of updated high needs forecast", "LP", dt.date(2027, 7, 6), "Done", "sent in Teams chat during call"],
 ["SV-27-07", dt.date(2027, 3, 9), "Agree AP commissioning timeline with Schools Forum", "JW PS", "was 30/06 now 17/09", "C/F", "c/f from March – now PS not JW (JW on leave Aug). Schools Forum is 16/9 so 17/09 gives a day to write up"],
]
for i, r in enumerate(rows, start=4):
    for j, v in enumerate(r, start=1):
        c = ws.cell(i, j, v); c.alignment = WR; c.border = box
        if isinstance(v, dt.date): c.number_format = "dd/mm/yy"
    ws.cell(i, 6).fill = PatternFill("solid", fgColor=fill[r[5]])
# strike-through old owner look: JW PS
ws.cell(11, 4).font = Font(strike=False, color="C00000")
for col, w in zip("ABCDEFG", (10, 10, 55, 10, 14, 9, 45)):
    ws.column_dimensions[col].width = w
dv = DataValidation(type="list", formula1="=Lists!$A$1:$A$4", allow_blank=True); ws.add_data_validation(dv); dv.add("F4:F40")
ws.freeze_panes = "A4"

pv = wb.create_sheet("Prev call (Mar)")
pv.append(["Ref", "Raised", "Action", "Owner", "Due", "Status", "Notes"])
for c in pv[1]: c.font = B
for r in [
 ["SV-27-04", "09/03/27", "Transport route optimisation business case to Cabinet", "Mark W", "31/05/27", "Closed", "approved at Cabinet 18/5"],
 ["SV-27-05", "09/03/27", "Send DfE the updated EHCP growth forecast", "LP", "31/03/27", "Closed", "sent 30/3"],
 ["SV-27-07", "09/03/27", "Agree AP commissioning timeline with Schools Forum", "JW", "30/06/27", "C/F", "see Actions tab"],
 ["SV-27-09", "09/03/27", "EP statutory capacity figures for Q4", "DL", "30/04/27", "Closed", "in Q4 return"],
 ["SV-27-10", "09/03/27", "Invite DfE to Oakfield site visit", "MW", "30/04/27", "Closed", "visit done 22/4"]]:
    pv.append(r)
for col, w in zip("ABCDEFG", (10, 10, 50, 8, 10, 8, 30)):
    pv.column_dimensions[col].width = w

nt = wb.create_sheet("Call notes")
notes = [
 "06/07 DfE SV check-in – rough notes (LP typing while listening, sorry)",
 "Rob H: overall 'on track with some concerns' – EHCP growth 11% vs 7% assumed in plan",
 "DfE will publish revised SV conditions guidance in the autumn – no action for us until then",
 "Jen: next instalment (£2.1m) released once Q1 return resubmitted with right numbers → SV-27-11",
 "MW: Oakfield special school expansion – build on site, opens Sept 2028, on plan. Sufficiency plan draft to DfE → SV-27-12",
 "Mark W joined item 3 – transport savings 62% of target YTD. Tracker needs actuals → SV-27-15",
 "PS wants S151 sign-off on the DSG figure before it goes anywhere → SV-27-13",
 "Rob asked for inclusion fund evaluation, JW said interim report exists → SV-27-14",
 "Tribunal trends – Rob wants narrative in Sept return, nobody picked it up, PS to sort owner offline?? (she didn't say yes)",
 "HN forecast – sent in chat, done",
 "AOB: Rob asked if we'd present at the regional SV network in Nov – JW said he'd think about it, not agreed",
 "Next call: DfE to send date – probably Oct",
]
for i, n in enumerate(notes, start=1):
    c = nt.cell(i, 1, n); c.alignment = WR
nt.column_dimensions["A"].width = 120

ls = wb.create_sheet("Lists")
for i, v in enumerate(["Open", "Done", "Closed", "C/F"], start=1):
    ls.cell(i, 1, v)
ls.sheet_state = "hidden"
wb.active = 1
wb.save(OUT / f"{stem}.xlsx")

write_labels(stem, "2027-07-06",
 "An Excel workbook kept by the council's data manager (Liam Porter) for the DfE safety valve quarterly check-in call on Tuesday 6 July 2027: a Cover tab (merged cells, attendees, an owner key warning that 'Mark W' is Mark Walsh and 'MW' is Mary Walker), an 'Actions' tab with a two-level merged header (Ref/Raised/Action/Owner/Due/Status/Update), a 'Prev call (Mar)' tab of March actions mostly Closed, rough 'Call notes' typed live, and a hidden Lists tab for the status drop-down. Due cells mix real dates with text ('w/e 16/7', 'b4 next call', 'asap', 'Sept'). Traps: SV-27-17 Done in the call; March actions closed (Cabinet approval, forecast sent, EP figures, site visit); DfE's autumn guidance and the Oakfield build (other bodies' plans / status); the instalment release condition; the regional network presentation 'not agreed'; notes lines repeat the actions with '→ SV-27-nn'. Labels: LP 'w/e 16/7' = Friday 2027-07-16; MW (Mary Walker) 30/07/27; PS (Priya Shah) 'b4 next call' with the call date tbc -> next meeting; JW (James Whitfield) 'asap' -> null; 'Mark W' (Mark Walsh) 23/07/27; SV-27-16 tribunal narrative has owner 'tbc' ('owner not agreed on call') and only 'Sept' -> owner null, due null; SV-27-07 carried forward from March and re-assigned from JW to PS, 'now 17/09' = Friday 2027-09-17.",
 [("Resubmit the Q1 monitoring template with corrected EHCP numbers", "LP", "Liam Porter", "2027-07-16"),
  ("Send DfE the specialist place sufficiency plan", "MW", "Mary Walker", "2027-07-30"),
  ("Confirm DSG deficit recovery figure for 27/28", "PS", "Priya Shah", "next meeting"),
  ("Share the mainstream inclusion fund evaluation with Rob", "JW", "James Whitfield", None),
  ("Update savings tracker transport line with actuals", "Mark W", "Mark Walsh", "2027-07-23"),
  ("Narrative on tribunal trends for the Sept return", None, None, None),
  ("Agree AP commissioning timeline with Schools Forum", "PS", "Priya Shah", "2027-09-17")])
