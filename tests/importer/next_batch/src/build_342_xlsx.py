import datetime as dt
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

OUT = Path(__file__).resolve().parent.parent / "342_fortyfifth_pcf_send_fair_volunteer_planner.xlsx"
wb = Workbook()

# --- Read me
ws = wb.active
ws.title = "Read me"
rows = [
    ["Westmoor PCF - SEND Information Fair 2027 - planning sheet"],
    [],
    ["The fair", "Saturday 12 June 2027, 10am-2pm, Westmoor College sports hall"],
    ["Mtg 1", "Tue 16 March (Zoom) - Kerry, Tom, Priya, Ben"],
    ["Mtg 2", "Tue 13 April, 7pm, Kerry's kitchen table + Tom on speakerphone - Kerry, Tom, Priya, Ben, Jas"],
    [],
    ["How this works", "After mtg 2 I (Kerry) updated the To do tab. Green = done, grey = dropped. PLEASE update your own rows rather than messaging me!"],
    [],
    ["Decided at mtg 2", "Fair finishes at 2 not 3 (families said 4 hours is plenty)"],
    ["", "NO raffle this year (we'd need a lottery licence from the council)"],
    ["", "Free entry, no booking, but we'll count people in at the door"],
    ["", "Quiet room stays open the whole time with a volunteer in it"],
    [],
    ["Still to decide", "BSL interpreter all day or just for the talks? Depends on the quote (row 7)"],
    ["", "Do we ask the college students to do refreshments? Ben thinks yes, Priya not sure re allergies"],
]
for r in rows:
    ws.append(r)
ws["A1"].font = Font(bold=True, size=14)
for c in ("A3", "A4", "A5", "A7", "A9", "A14"):
    ws[c].font = Font(bold=True)
ws.column_dimensions["A"].width = 18
ws.column_dimensions["B"].width = 110

# --- To do
td = wb.create_sheet("To do")
head = ["#", "Added", "What", "Who", "By when", "Status", "Notes"]
td.append(head)
for c in td[1]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="7030A0")
D = dt.datetime
items = [
    [1, "mtg 1", "Book sports hall + quiet room at the college", "Tom", D(2027, 3, 31), "done", "confirmation email is in the Drive"],
    [2, "mtg 1", "Ask council for funding (Local Offer budget)", "Kerry", D(2027, 4, 9), "done", "Mary Walker said yes to £500 🎉"],
    [3, "mtg 1", "Invite stallholders (list on Stalls tab)", "Priya", D(2027, 4, 30), "on it", "14 said yes so far, chasing the rest"],
    [4, "mtg 1", "Accessibility check of venue (changing places loo, ramps, quiet room)", "Ben", "Easter", "dropped", "college did their own access audit and sent it us - no need"],
    [5, "mtg 2", "Pick date", "all", "-", "done", "12 June agreed at mtg 2"],
    [6, "mtg 2", "Ask Grace Adeyemi if therapies can do a drop-in stall", "Tom", "end of April", "not started", ""],
    [7, "mtg 2", "Get a BSL interpreter quote (all day vs talks only)", "Ben", "w/e 23 Apr", "not started", "Deaf parents group recommended someone - Ben has the number"],
    [8, "mtg 2", "Flyer out to all schools via the SENCo network", "Helen B (Riverside)", "before May half term", "not started",
     "Helen said by email she'll send it round once it's ready. Needs the flyer first - Jas designing it, aim end of April"],
    [9, "mtg 2", "Risk assessment for the day (with college H&S)", "Kerry + college", "a month before the fair", "not started", "use last year's from the coffee morning as a start"],
    [10, "mtg 2", "Chase Mark Walsh (transport) about having a stall - no reply to Priya's email", "Kerry", "asap", "", ""],
    [11, "mtg 2", "Buy lanyards for volunteers", "Jas", "-", "done", "bought on Amazon during the meeting 😂"],
]
green = PatternFill("solid", fgColor="C6EFCE")
grey = PatternFill("solid", fgColor="D9D9D9")
for it in items:
    td.append(it)
    row = td.max_row
    if isinstance(it[4], dt.datetime):
        td.cell(row=row, column=5).number_format = "dd/mm/yyyy"
    fill = green if it[5] == "done" else grey if it[5] == "dropped" else None
    if fill:
        for col in range(1, 8):
            td.cell(row=row, column=col).fill = fill
    for col in range(1, 8):
        td.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFG", (4, 8, 48, 18, 20, 12, 60)):
    td.column_dimensions[col].width = w
td.freeze_panes = "A2"

# --- Stalls
st = wb.create_sheet("Stalls")
st.append(["Organisation", "Contact", "Status", "Needs"])
for c in st[1]:
    c.font = Font(bold=True)
for r in [
    ["SENDIASS", "Claire Dunmore", "confirmed", "table + 2 chairs"],
    ["Westmoor College ALS", "Fiona Hale", "confirmed (hosting)", "-"],
    ["Children's Therapies (Community Health)", "Grace Adeyemi?", "see To do row 6", "?"],
    ["SEND Transport", "Mark Walsh", "no reply yet", "?"],
    ["Local Offer team", "Sarah Khan", "confirmed", "power socket for screen"],
    ["Autism parents support group", "Mandy", "confirmed", "table"],
    ["Riverside Primary Friends (sensory room)", "Jo Marsh", "maybe", "table"],
    ["Careers / supported internships", "Owen Reid", "confirmed", "table + banner space"],
    ["Young carers service", "", "not asked yet", ""],
]:
    st.append(r)
for col, w in zip("ABCD", (40, 18, 22, 26)):
    st.column_dimensions[col].width = w

# --- Budget
bu = wb.create_sheet("Budget")
bu.append(["Item", "In", "Out", "Notes"])
for c in bu[1]:
    c.font = Font(bold=True)
for r in [
    ["Council grant (Local Offer)", 500, None, "confirmed by Mary W"],
    ["PCF general funds", 200, None, "agreed at committee in Feb"],
    ["Venue", None, 0, "college not charging"],
    ["BSL interpreter", None, None, "waiting for quote"],
    ["Refreshments", None, 150, ""],
    ["Printing (flyers, signs)", None, 80, ""],
    ["Lanyards", None, 18.99, "bought"],
]:
    bu.append(r)
bu.append(["TOTAL", "=SUM(B2:B8)", "=SUM(C2:C8)", ""])
for col, w in zip("ABCD", (30, 10, 10, 30)):
    bu.column_dimensions[col].width = w

wb.save(OUT)
print(OUT)
