"""449: coffee-morning feedback sheets typed up into Excel by a PCF volunteer (table sheets + smiley tally + parking lot)."""
import datetime as dt
from common import OUT, write_labels
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.utils import get_column_letter

STEM = "449_sixtieth_pcf_coffee_morning_feedback_sheet_typed_up_excel"

wb = Workbook()
ws = wb.active
ws.title = "Feedback 9.3.27"
thin = Side(style="thin", color="999999")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")

ws["A1"] = "Westmoor PCF coffee morning - Riverside Primary (community room) - Tues 9/3/27 9.30-11.30"
ws["A1"].font = Font(bold=True, size=14, color="5B2C83")
ws.merge_cells("A1:H1")
ws["A2"] = ("Typed up by Jo from the table sheets + post-its. 23 parents signed in (sign-in sheet NOT in here - GDPR!). "
            "Visitors: Helen Brooks (SENCo, Riverside), Grace Adeyemi (children's therapies), Claire Dunmore (SENDIASS, 10-11 only)")
ws["A2"].alignment = wrap
ws.merge_cells("A2:H2")
ws.row_dimensions[2].height = 45
ws["A3"] = "Next coffee morning: Tues 13 April, same place (after Easter hols)"
ws["A3"].font = Font(italic=True)
ws.merge_cells("A3:H3")

hdr = ["Table", "Topic", "What parents said", "What happened on the day", "Action (if any)", "Who", "By when", "Done?"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=5, column=i, value=h)
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="5B2C83"); c.border = B; c.alignment = wrap

rows = [
    ("T1", "EHCP", "Waited 26 wks for draft plan, nobody rang back. Another parent same.", "Helen explained the 20 week timescale + said ring SENDIASS", "", "", "", ""),
    ("", "One page profiles", "3 parents want the Riverside one-page profile for their own kids' schools (2 go to other schools)",
     "Helen happy to share", "Send the Riverside one-page profile template to the 3 parents (emails on paper sheet)", "Helen B", dt.date(2027, 3, 12), ""),
    ("", "Short breaks", "Nobody tells you if you've been turned down for short breaks, you just never hear", "Lots of nodding. Just feedback for now", "", "", "", ""),
    ("T2", "Therapies", "Sensory OT - told 18 month wait. Is there a separate list for under 5s??",
     "Grace didn't know about under 5s", "Find out if under 5s have a separate sensory OT list + tell us at next coffee am", "Grace A", "next coffee am", ""),
    ("", "SENDIASS", "Didn't know SENDIASS existed!! (x4)", "Claire gave out leaflets, ran out", "Put SENDIASS contact details on the FB group + pin it", "Kerry", "asap", ""),
    ("", "Local Offer", "Can't find anything on the Local Offer, search is useless", "Jo showed the 'find a service' page on her phone",
     "Email round the link to the Local Offer 'find a service' page", "Jo", "this week", "Done 10/3 JM"),
    ("T3", "Transport", "School transport form keeps crashing on phones - 5 parents same", "Nobody from transport there",
     "Raise the transport form problem at the Partnership Board", "Tom E", "Board 18/3", ""),
    ("", "EHCP guide", "Want paper copies of the EHCP guide - not everyone has internet/printer", "Claire said they have a reprint coming",
     "Send paper copies of the EHCP guide for the school office", "Claire D (SENDIASS)", "end of March", ""),
    ("", "Annual reviews", "Letters about annual reviews come 2 days before the meeting, no time to get reports", "Helen said Riverside sends 4 wks before - others don't?",
     "Find out why annual review letters come so late", "??", "", ""),
    ("T4 (dads)", "Dads group", "Can there be a dads group in the evening?", "Already started!! Thursdays 7pm at the hub since Feb", "", "", "", ""),
    ("", "ADHD", "ADHD assessment waits 2 yrs+", "Grace said not her service (it's the paediatric team) - see parking lot", "", "", "", ""),
]
r = 6
for row in rows:
    for i, v in enumerate(row, 1):
        c = ws.cell(row=r, column=i, value=v if v != "" else None)
        c.border = B; c.alignment = wrap
        if isinstance(v, dt.date):
            c.number_format = "DD/MM/YYYY"
    if row[7]:
        for i in range(1, 9):
            ws.cell(row=r, column=i).fill = PatternFill("solid", fgColor="D9EAD3")
    r += 1
ws.merge_cells("A6:A8"); ws.merge_cells("A9:A11"); ws.merge_cells("A12:A14"); ws.merge_cells("A15:A16")
for col, w in zip("ABCDEFGH", [9, 15, 40, 34, 42, 16, 14, 13]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A6"
ws.cell(row=r + 1, column=1, value="Green = done. Anything with ?? needs an owner - Tom/Jo to sort at committee").font = Font(italic=True, color="777777")

s2 = wb.create_sheet("Smileys")
s2["A1"] = "How useful was today? (stickers on the door)"
s2["A1"].font = Font(bold=True)
for i, (face, n) in enumerate([("\U0001F600 really useful", 14), ("\U0001F642 quite useful", 6), ("\U0001F610 not sure", 1), ("\U0001F641 not useful", 0)], 3):
    s2.cell(row=i, column=1, value=face); s2.cell(row=i, column=2, value=n)
s2["A7"] = "Total"; s2["B7"] = "=SUM(B3:B6)"
s2["A9"] = "Comments on the door post-its"
s2["A9"].font = Font(bold=True)
for i, t in enumerate(["loved the cake!!", "more time with Grace pls", "could it be a bit later for those of us who do the school run to a different school",
                       "felt listened to for once", "need more chairs", "can you do one at the special school?"], 10):
    s2.cell(row=i, column=1, value=t)
s2.column_dimensions["A"].width = 70

s3 = wb.create_sheet("Parking lot")
s3["A1"] = "Parking lot - questions we couldn't answer on the day (no actions agreed yet)"
s3["A1"].font = Font(bold=True)
for i, t in enumerate(["Can EPs come into nursery settings? - maybe ask David Lowe?",
                       "Is there funding for ear defenders / sensory kit for home?",
                       "ADHD waits - who do we even ask? paediatrics? ICB? (Yusuf?)",
                       "Why do some schools say 'we don't do EHCPs'??"], 3):
    s3.cell(row=i, column=1, value=t)
s3.column_dimensions["A"].width = 80

wb.save(OUT / f"{STEM}.xlsx")

write_labels(STEM, "2027-03-09",
    "A parent carer forum coffee morning's paper feedback sheets typed into Excel by a volunteer (Jo): a title block in merged cells, an "
    "eight-column sheet (Table / Topic / What parents said / What happened on the day / Action (if any) / Who / By when / Done?) with the "
    "table number merged down the rows, a 'By when' column mixing a real Excel date with text ('next coffee am', 'asap', 'Board 18/3', 'end of "
    "March'), green fill for done, plus a smiley tally sheet and a 'Parking lot' of unanswered questions. Coffee morning Tuesday 9 March 2027. "
    "Traps: rows with feedback only and no action (EHCP waits answered on the day, short breaks, ADHD); the Local Offer link row is 'Done 10/3'; "
    "the dads group already running since February; parking-lot questions with tentative names (David Lowe? Yusuf?) but no agreed action; "
    "door comments; the footnote about ?? rows is an instruction to the committee in general. Labels: Helen B (Helen Brooks) by 12/03/2027; "
    "Grace A (Grace Adeyemi) 'next coffee am', dated in the header as Tuesday 13 April 2027; Kerry (Kerry Lang) 'asap' = no date; Tom E (Tom "
    "Evans) 'Board 18/3' = Thursday 18 March; Claire D (Claire Dunmore, SENDIASS) 'end of March' = Wednesday 31 March; the annual review "
    "letters row has an agreed action but owner '??' and no date, so owner and person are null.",
    [("Send the Riverside one-page profile template to", "Helen B", "Helen Brooks", "2027-03-12"),
     ("Find out if under 5s have a separate", "Grace A", "Grace Adeyemi", "2027-04-13"),
     ("Put SENDIASS contact details on the FB", "Kerry", "Kerry Lang", None),
     ("Raise the transport form problem at the", "Tom E", "Tom Evans", "2027-03-18"),
     ("Send paper copies of the EHCP guide", "Claire D", "Claire Dunmore", "2027-03-31"),
     ("Find out why annual review letters come", None, None, None)])
print("449 done")
