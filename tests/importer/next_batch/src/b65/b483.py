"""483: Riverside Primary spring-term provision map review workbook; next steps are hidden inside long
'Comments' cells mixed with evaluation, and pupils are referred to by initials (one pupil is 'MW')."""
import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path("/tmp/b65")
STEM = "483_sixtyfifth_school_provision_map_review_next_steps_in_comments"

wb = Workbook()
ws = wb.active
ws.title = "Cover"
cover = [
    ["Riverside Primary School - Provision Map Review"],
    ["Term", "Spring 2027"],
    ["Review meeting", "Thursday 25 March 2027 (after school)"],
    ["Present", "Helen Brooks (SENCo), Nadia Khan (Headteacher), Mrs L Carter (HLTA), Josh Taylor (ELSA), Mr R Hale (Y5 teacher)"],
    ["Apologies", "Mrs S Dean (TA) - comments sent by email"],
    ["Key dates", "Easter holidays 29 March - 9 April. Summer term starts Monday 12 April. May half term w/c 31 May."],
    ["How to use", "RAG = impact against entry/exit data. Comments column = evaluation + anything agreed at the review."],
    ["Note", "Pupils referred to by initials only. Do not email this workbook outside school - upload to CPOMS/SharePoint."],
    ["LA update", "The LA's revised Ordinarily Available Provision guidance is expected in the summer term; the LA will send it "
                  "to all SENCos. Nothing for us to do until it arrives."],
]
for r in cover:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=14)
ws.column_dimensions["A"].width = 18
ws.column_dimensions["B"].width = 110

HEAD = ["Provision", "Year grp", "Staff", "No. pupils", "Frequency", "Cost (spring)", "Entry data", "Exit data", "Impact (RAG)",
        "Comments"]
fill = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}


def sheet(title, rows):
    s = wb.create_sheet(title)
    s.append(HEAD)
    for c in s[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    for r in rows:
        s.append(list(r))
        rag = s.cell(row=s.max_row, column=9)
        rag.fill = PatternFill("solid", fgColor=fill[r[8][0]])
    for col, w in zip("ABCDEFGHIJ", [26, 9, 16, 9, 16, 12, 18, 18, 11, 95]):
        s.column_dimensions[col].width = w
    for row in s.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    return s


sheet("Wave 2 - targeted", [
    ("Precision teaching (reading)", "Y3", "Mrs Carter", 8, "3 x 10 min wkly", "£1,140", "Avg RA 6y2m", "Avg RA 6y9m", "Green",
     "Good progress for 6/8. MW and JT made less progress - JT attendance 84% this term (attendance officer already involved). "
     "School is moving to NGRT from the summer term so HB to re-baseline all Y3 pupils on the new reading assessment in the first "
     "week back. Group continues."),
    ("Lego therapy", "Y2/Y3", "Mrs Carter", 6, "Weekly 40 min", "£620", "Observation + pupil voice", "Observation + pupil voice",
     "Amber",
     "Wednesday slot clashed with swimming so roughly half the sessions were lost - impact hard to judge. Pupil voice positive. "
     "Agreed: Mrs Carter (HLTA) to restart the Lego group on Tuesdays from 13 April. Boxall profiles redone at end of summer term "
     "as usual."),
    ("ELSA", "Y4-Y6", "Josh Taylor", 9, "Weekly 30 min", "£1,380", "SDQ avg 19", "SDQ avg 14", "Green",
     "SDQ down for 7/9. Two pupils ready to exit at Easter - done, letters went home 19 March. ELSA supervision with the EP service "
     "continues termly (booked centrally by the LA). Josh to set up a summer-term check-in with both families once they have exited."),
    ("Talk Boost KS1", "Y1/Y2", "Mrs Dean", 8, "3 x 20 min wkly", "£900", "TB assessment 41%", "TB assessment 52%", "Amber",
     "Mixed (Mrs Dean's email). SALT training in January helped staff confidence but AK, RS and TP not progressing. HB to ask "
     "Grace's SALT team for a follow-up visit before May half term. RS may need a Wave 3 referral - to come back to at the summer "
     "review, not decided today."),
    ("Numicon catch-up", "Y5", "Mr Hale", 5, "2 x 30 min wkly", "£400", "Y4 PUMA 84", "Y5 PUMA 93", "Green",
     "All 5 made expected progress or better. Group ends at Easter - no further action. Mr Hale asked about extending to Y4 next "
     "year: depends on budget, not agreed."),
])

sheet("Wave 3 - specialist", [
    ("1:1 SALT programme (EHCP)", "Y3/Y4", "SALT + Mrs Dean", 3, "As per EHCP", "EHCP funded", "Therapy targets", "Therapy targets",
     "Green",
     "Delivered as set out in the plans. Therapist reports received and filed. MW's annual review is on 3 May - therapist already "
     "invited and in the diary."),
    ("Precision teaching + EP advice", "Y4", "Mrs Carter", 1, "Daily 10 min", "£480", "Probe 12 wpm", "Probe 21 wpm", "Green",
     "DB making steady progress on the EP's programme. DL (EP) visiting Thu 22 April to review. HB to share the precision teaching "
     "data with DL by Wed 21 April so he has it beforehand."),
    ("Additional TA hours (pending EHCP)", "Y1", "Mrs Dean", 2, "10 hrs/wk", "£3,200", "-", "-", "Amber",
     "Hours currently funded from the notional SEN budget, which covers them only to Easter. EHCNA requests for both pupils "
     "submitted in Feb (LA decision due May). NK to agree the extra TA hours with the governors' finance committee on 20 April."),
])

s = wb.create_sheet("Autumn next steps")
s.append(["Next step (from Dec 2026 review)", "Who", "Status at spring review"])
for r in [
    ("Order new Talk Boost packs", "HB", "Done - Jan"),
    ("Move Lego therapy to Wednesdays", "Mrs Carter", "Done - but clashed with swimming, see Wave 2 tab"),
    ("Parent workshop on reading at home", "HB / Mrs Carter", "Done - 4 Feb, 11 parents"),
    ("Look into nurture group for autumn 2027", "NK", "Dropped - no space; revisit in budget setting"),
]:
    s.append(list(r))
for c in s[1]:
    c.font = Font(bold=True)
s.column_dimensions["A"].width = 45
s.column_dimensions["B"].width = 18
s.column_dimensions["C"].width = 55

wb.save(OUT / f"{STEM}.xlsx")

labels = {
    "meeting_date": "2027-03-25",
    "style": ("Held-out batch sixtyfifth. A primary school's spring-term provision map review workbook (Riverside Primary, "
              "SENCo Helen Brooks) with a Cover tab, 'Wave 2 - targeted' and 'Wave 3 - specialist' provision tabs (ten columns "
              "ending in a wide 'Comments' cell) and an 'Autumn next steps' tab. There is no next-steps column: what was agreed "
              "at the review is buried inside the Comments cells after the evaluation. Traps: pupils by initials - 'MW' and 'DB' "
              "are pupils, not Mary Walker; 'DL (EP)' is David Lowe but only visiting; done items (exit letters sent 19 March, "
              "therapist invited, January SALT training, all autumn next steps done/dropped); things not decided (RS Wave 3 "
              "referral, Y4 Numicon, nurture group); the LA's OAP guidance (another body); attendance officer already involved; "
              "the LA's EHCNA decision. Dates use the cover tab: summer term starts Monday 12 April, so 'first week back' = "
              "Friday 16 April 2027; 'before May half term' (w/c 31 May) = Friday 28 May 2027; Lego group from Tuesday 13 April; "
              "Josh Taylor's check-in is 'summer-term' with no date (null); Mrs Carter and Josh Taylor are school staff not in "
              "people.json (person null); HB = Helen Brooks, NK = Nadia Khan."),
    "held_out": True,
    "actions": [
        {"key": "HB to re-baseline all Y3 pupils", "owner": "HB", "person": "Helen Brooks", "due": "2027-04-16"},
        {"key": "Mrs Carter (HLTA) to restart the Lego group", "owner": "Mrs Carter", "person": None, "due": "2027-04-13"},
        {"key": "Josh to set up a summer-term check-in", "owner": "Josh", "person": None, "due": None},
        {"key": "ask Grace's SALT team for a follow-up visit", "owner": "HB", "person": "Helen Brooks", "due": "2027-05-28"},
        {"key": "HB to share the precision teaching data", "owner": "HB", "person": "Helen Brooks", "due": "2027-04-21"},
        {"key": "NK to agree the extra TA hours", "owner": "NK", "person": "Nadia Khan", "due": "2027-04-20"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
