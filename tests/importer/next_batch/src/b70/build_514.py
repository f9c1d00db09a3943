"""514: SEN support plan review (assess-plan-do-review) in a junior school's Excel template (.xlsx)."""
import json
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = Path(__file__).resolve().parent.parent
STEM = "514_seventieth_sen_support_plan_apdr_review_school_excel_template"

wb = Workbook()
ws = wb.active
ws.title = "APDR plan"
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
bold = Font(bold=True)
band = {
    "A": PatternFill("solid", fgColor="FCE4D6"),
    "P": PatternFill("solid", fgColor="E2EFDA"),
    "D": PatternFill("solid", fgColor="DDEBF7"),
    "R": PatternFill("solid", fgColor="FFF2CC"),
    "g": PatternFill("solid", fgColor="EDEDED"),
}
wrap = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEF", (34, 38, 22, 22, 22, 16)):
    ws.column_dimensions[col].width = w

row = 1


def put(values, fill=None, b=False, merge_to=None, height=None):
    global row
    for j, v in enumerate(values):
        c = ws.cell(row=row, column=j + 1, value=v)
        c.alignment = wrap
        c.border = box
        if fill:
            c.fill = band[fill]
        if b:
            c.font = bold
    if merge_to:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=merge_to)
    if height:
        ws.row_dimensions[row].height = height
    row += 1


def blank():
    global row
    row += 1


put(["Hollybank C of E Junior School – SEN Support Plan (Assess – Plan – Do – Review)"], b=True, merge_to=6)
ws.cell(row=1, column=1).font = Font(bold=True, size=14)
put(["Working together: pupil • parents • school. Please keep this plan in the pupil's SEN file and send a copy home."], merge_to=6)
blank()
put(["Pupil", "AB", "Year / class", "Year 4 (4K)", "DOB", "22/07/2018"], fill="g")
put(["Primary area of need", "Cognition & learning (reading, spelling)", "Secondary need", "SEMH – anxiety around tests", "SEN support since", "Sept 2025"], fill="g")
put(["Class teacher", "Mr R Patel", "SENCo", "Mrs D Okoro", "Teaching assistant", "Mrs J Greaves"], fill="g")
put(["This review meeting", "Thursday 11 March 2027, 3.45pm", "Plan cycle reviewed", "Cycle 3 (Jan–Mar 2027)", "Next cycle", "Cycle 4: 12/04/27 – 21/07/27 (summer term)"], fill="g")
put(["Present", "Mrs B (Mum), Mr Patel, Mrs Okoro, Mrs Greaves. AB joined for the first 10 minutes. Dad sent comments by email (works away).", "Next review meeting", "Thursday 8 July 2027", "", ""], fill="g")
blank()

put(["ASSESS – what we know now"], fill="A", b=True, merge_to=6)
put(["Reading (Salford, 01/03/27)", "Reading age 7y 3m (chronological age 8y 7m). Was 6y 9m in September. Decoding improving; slow and effortful.", "", "", "", ""], fill=None)
put(["Spelling (SWST)", "Spelling age 6y 11m. Still reversing b/d in writing.", "", "", "", ""])
put(["Class teacher", "AB works hard and is popular. Avoids reading aloud. Squints at the board and moves closer – Mum has noticed this at home too.", "", "", "", ""])
put(["Wellbeing", "AB says she gets 'wobbly tummy' before spelling tests. 1–5 scale used with Mrs Greaves: mostly 2–3 now (was 4–5).", "", "", "", ""])
put(["Outside agencies", "Hearing test (GP, Jan 2027) – normal. Learning Support Service (LSS) referral not yet sent – see previous actions.", "", "", "", ""])
blank()

put(["REVIEW OF CYCLE 3 TARGETS"], fill="R", b=True, merge_to=6)
put(["Target (cycle 3)", "Provision (who / how often)", "Outcome", "Comment", "", ""], fill="R", b=True)
put(["AB will read and spell 20 of the Y3/4 common exception words", "Precision teaching, Mrs Greaves, 3 x 10 mins a week", "Partly achieved", "Reads 17/20, spells 14/20", "", ""])
put(["AB will write 3 sentences independently using a word bank", "Word mat + Clicker in literacy", "Achieved", "Now writing 4–5 sentences", "", ""])
put(["AB will tell an adult when she is worried, using her 1–5 scale", "Check-in with Mrs Greaves at 8.50 daily", "Partly achieved", "Uses it with Mrs G, not yet with other adults", "", ""])
blank()
put(["Actions from the last plan (14/01/27)", "Who", "When", "Done?", "Notes", ""], fill="R", b=True)
put(["Ask GP for a hearing test", "Mum", "Jan", "Yes", "Normal result (letter on file)", ""])
put(["Send LSS referral for reading assessment", "SENCo", "Feb half term", "No", "LSS changed their form in Feb – needs re-doing (see new actions)", ""])
put(["Start daily 8.50 check-in", "Mrs Greaves", "w/c 18/01", "Yes", "Working well", ""])
blank()

put(["PUPIL AND PARENT VIEWS"], fill="g", b=True, merge_to=6)
put(["AB", "\"I like the word games with Mrs Greaves. I hate spelling tests. I want to read Harry Potter by myself. It's hard to see the board from my table.\"", "", "", "", ""])
put(["Mum", "Pleased with the check-ins. Worried about AB's eyes – she holds books very close. Would like ideas for reading at home that don't end in tears.", "", "", "", ""])
put(["Dad (by email)", "Happy for school to go ahead with the LSS. Asked if AB can have extra time in tests – Mrs Okoro explained access arrangements are for KS2 SATs and will be looked at in Year 6.", "", "", "", ""])
blank()

put(["PLAN – targets for cycle 4 (summer term)"], fill="P", b=True, merge_to=6)
put(["Target (SMART)", "Provision (who / how often)", "Success criteria", "", "", ""], fill="P", b=True)
put(["By the next review AB will read all 20 Y3/4 common exception words and spell 17", "Precision teaching, Mrs Greaves, 3 x 10 mins a week", "Checked by Mrs Greaves using the CEW list", "", "", ""])
put(["AB to use the b/d 'bed' prompt card in independent writing", "Prompt card on desk; Mr Patel to model in guided writing", "Fewer than 2 b/d reversals per page", "", "", ""])
put(["AB to use her 1–5 scale with Mr Patel as well as Mrs Greaves", "Scale card on lanyard; daily check-in continues", "Uses scale with 2 different adults", "", "", ""])
put(["AB will read aloud to a partner in guided reading once a week", "Paired reading with a chosen friend", "Does this without being asked twice", "", "", ""])
blank()

put(["DO – agreed actions from this review meeting"], fill="D", b=True, merge_to=6)
put(["Action", "Who", "By when", "Done?", "", ""], fill="D", b=True)
put(["Re-send the Learning Support Service referral on the new form", "Mrs Okoro (SENCo)", "Before Easter", "", "", ""])
put(["Book an eye test at the optician and let school know the result", "Mum", "Before Easter", "", "", ""])
put(["Move AB's seat nearer the board and print her reading sheets on cream paper", "Mr Patel", "By Fri 19/03", "", "", ""])
put(["Update AB's pupil passport with the new targets and send a copy home", "Mrs Okoro", "W/e 19/03", "", "", ""])
put(["Arrange two extra visits to the Y5 classroom to meet her new teacher", "Mr Patel", "In the summer term", "", "", ""])
put(["Use the paired reading sheet at home 3 x a week (10 mins)", "Mum & Dad", "Ongoing", "", "", ""])
blank()
put(["Decision", "Agreed NOT to apply for SEN Inclusion Funding (top-up) at this point. To be looked at again at the July review once the LSS report is back.", "", "", "", ""], fill="g")
blank()
put(["REVIEW (to be completed at the next review meeting – Thursday 8 July 2027)"], fill="R", b=True, merge_to=6)
put(["Progress against cycle 4 targets", "", "", "", "", ""])
put(["Next steps", "", "", "", "", ""])
blank()
put(["Signed – parent/carer", "", "Signed – class teacher", "", "Signed – SENCo", ""], fill="g")

ws.freeze_panes = "A2"
ws.print_title_rows = "1:1"

lists = wb.create_sheet("Lists")
for i, v in enumerate(["Achieved", "Partly achieved", "Not yet achieved", "Yes", "No", "In progress"], start=1):
    lists.cell(row=i, column=1, value=v)
for i, v in enumerate(["Cognition & learning", "Communication & interaction", "SEMH", "Sensory / physical"], start=1):
    lists.cell(row=i, column=2, value=v)
lists.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=Lists!$A$1:$A$6", allow_blank=True)
ws.add_data_validation(dv)
dv.add("D20:D60")

wb.save(OUT / f"{STEM}.xlsx")

labels = {
    "meeting_date": "2027-03-11",
    "style": (
        "Held-out batch seventieth. A junior school's Excel SEN support plan template (one 'APDR plan' sheet with "
        "coloured Assess / Plan / Do / Review bands, merged header cells, a hidden 'Lists' sheet of dropdown values) "
        "filled in at the cycle 3 review meeting on Thursday 11 March 2027 for pupil 'AB', Year 4. Traps: AB is the "
        "child and owns nothing; 'Review of cycle 3 targets' and the new 'PLAN - targets for cycle 4' rows are child "
        "targets (some phrased 'AB to use ...', with a 'Provision (who / how often)' column naming Mrs Greaves and "
        "Mr Patel) and are not actions; the table of 'Actions from the last plan (14/01/27)' is history, and the "
        "unsent LSS referral is re-made as a new action in the DO table (labelled once, from the DO wording); "
        "Dad's access-arrangements question and the decision not to apply for Inclusion Funding are not actions. "
        "Name collision: class teacher 'Mr Patel' is not Anita Patel (person null). Parents own two actions "
        "(person null). Actions are labelled from the 'DO - agreed actions from this review meeting' table. Dates: "
        "'Before Easter' = Thursday 25 March 2027 (last working day before Good Friday 26 March; the spring cycle "
        "ends before the summer term starts 12/04/27); 'By Fri 19/03' and 'W/e 19/03' = Friday 19 March 2027; "
        "'In the summer term' = end of the summer term given in the header as cycle 4 '12/04/27 - 21/07/27', so "
        "Wednesday 21 July 2027; 'Ongoing' = null."),
    "held_out": True,
    "actions": [
        {"key": "Re-send the Learning Support Service referral", "owner": "Mrs Okoro (SENCo)", "person": None, "due": "2027-03-25"},
        {"key": "Book an eye test at the optician", "owner": "Mum", "person": None, "due": "2027-03-25"},
        {"key": "Move AB's seat nearer the board", "owner": "Mr Patel", "person": None, "due": "2027-03-19"},
        {"key": "Update AB's pupil passport with the new targets", "owner": "Mrs Okoro", "person": None, "due": "2027-03-19"},
        {"key": "Arrange two extra visits to the Y5 classroom", "owner": "Mr Patel", "person": None, "due": "2027-07-21"},
        {"key": "Use the paired reading sheet at home", "owner": "Mum & Dad", "person": None, "due": None},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
