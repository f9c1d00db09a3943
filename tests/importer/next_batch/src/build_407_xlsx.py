"""Builds 407: a Google Forms response sheet downloaded as .xlsx, with the
forum's own 'What we'll do next' tab added after the steering group review."""
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "407_fiftyfourth_pcf_info_evening_google_forms_responses_next_steps.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "Form Responses 1"
head = ["Timestamp", "How did you hear about the SEND Information Evening?",
        "How useful was the evening overall?", "Which part was most useful?",
        "What could we do better next time?", "Is there anything else you'd like to tell us?",
        "If you'd like us to get back to you, leave your email (optional)"]
ws.append(head)
R = [
    ((2027, 9, 14, 21, 4, 37), "Facebook", 5, "Talk on EHCPs", "Slides were hard to read from the back", "", ""),
    ((2027, 9, 14, 21, 12, 5), "School newsletter", 4, "SENDIASS stall", "More on post 16 please, my son is in Y10", "", ""),
    ((2027, 9, 14, 21, 30, 51), "Friend / another parent", 3, "Meeting other parents", "Too much jargon in the council talk - what is an APDR??", "Would have come with my husband but no one to watch the kids", ""),
    ((2027, 9, 14, 22, 2, 19), "Facebook", 2, "", "Couldn't hear at the back at all. Need a mic", "", ""),
    ((2027, 9, 14, 22, 40, 3), "School newsletter", 4, "Talk on EHCPs", "Parking was a nightmare, took 20 mins to find the hall", "", "s.m*****@gmail.com"),
    ((2027, 9, 15, 7, 15, 44), "Facebook", 5, "The Q&A with the DCO", "Waiting lists for autism assessment!! 2 years is not ok", "Thank you to the volunteers x", ""),
    ((2027, 9, 15, 9, 1, 22), "WhatsApp group", 4, "SENDIASS stall", "Could you send the slides out after?", "", "j******7@hotmail.co.uk"),
    ((2027, 9, 15, 12, 48, 9), "Facebook", 3, "Meeting other parents", "More about post 16 and college", "", ""),
    ((2027, 9, 15, 19, 33, 56), "Local Offer website", 4, "Talk on EHCPs", "Too much jargon, and the slides went too fast", "", ""),
    ((2027, 9, 15, 20, 7, 30), "Friend / another parent", 4, "Meeting other parents", "A crèche or sibling care would help loads", "", ""),
    ((2027, 9, 16, 8, 55, 2), "School newsletter", 2, "", "Started at 6.30 - too early for working parents and too late for my little one", "", ""),
    ((2027, 9, 16, 21, 10, 41), "Facebook", 5, "The Q&A with the DCO", "SALT waiting times, nobody could tell us anything", "", ""),
    ((2027, 9, 17, 10, 24, 18), "WhatsApp group", 4, "Talk on EHCPs", "Please send slides", "", "k.******@outlook.com"),
    ((2027, 9, 18, 14, 2, 59), "Facebook", 3, "SENDIASS stall", "Hard to find the venue. Signs from the car park?", "", ""),
    ((2027, 9, 19, 20, 41, 7), "Other", 4, "Meeting other parents", "Post 16 / PfA info", "Could you do one on a Saturday?", ""),
    ((2027, 9, 20, 9, 13, 26), "Facebook", 5, "Talk on EHCPs", "Mic please! and maybe a hearing loop", "", ""),
]
for r in R:
    ws.append([dt.datetime(*r[0])] + list(r[1:]))
for row in ws.iter_rows(min_row=2, max_col=1):
    row[0].number_format = "dd/mm/yyyy hh:mm:ss"
for i, w in enumerate([20, 28, 14, 24, 48, 40, 30], 1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.freeze_panes = "A2"

s2 = wb.create_sheet("What we'll do next")
s2["A1"] = "SEND Information Evening (Tues 14 Sept) - what you told us and what we'll do next"
s2["A1"].font = Font(bold=True, size=13)
s2["A2"] = "Went through at PCF steering group 23/09/27. 16 online responses + 6 paper forms (paper ones not typed in yet!)"
s2["A2"].font = Font(italic=True)
cols = ["Theme", "Mentions", "What you told us", "What we'll do next", "Who", "By when", "Status"]
s2.append([])
s2.append(cols)
for c in s2[4]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="6A3D9A")
rows = [
    ["Jargon", 3, "Too much jargon in the council talk, slides too fast",
     "Tom to ask Mary Walker's team to use our jargon buster and send slides a week before", "Tom", "Before Oct board (14/10)", "To do"],
    ["Post 16", 3, "Want more about post 16, college and PfA",
     "Invite Owen Reid (PfA lead) to speak at the November coffee morning", "Kerry", "Before half term (w/c 25 Oct)", "To do"],
    ["Sound", 3, "Couldn't hear at the back - mic / hearing loop",
     "Get 2 quotes for a portable PA system with a loop", "Sam", "29/10/27", "To do"],
    ["Slides", 3, "Please send the slides",
     "Slides sent to everyone who left an email", "Priya", "", "Done 16/9 ✓"],
    ["Venue / parking", 2, "Hard to find, parking",
     "Feb event booked at Oakfield Community Centre (big car park, we'll put signs up)", "Deb", "", "Done ✓ booked 20/9"],
    ["Health waiting times", 2, "Autism assessment and SALT waiting lists",
     "Not ours to fix - comments passed to Yusuf Okafor (DCO). ICB say they will publish waiting times on the Local Offer from January",
     "ICB", "Jan 2028", "Passed on"],
    ["Childcare", 1, "Crèche / sibling care",
     "Can't fund this year - look at it in next year's grant bid", "", "", "Parked"],
    ["Timing", 2, "6.30 start doesn't suit everyone, Saturday?",
     "Lou to put a Saturday v evening poll in the November newsletter", "Lou", "Nov newsletter (out 5/11)", "To do"],
    ["Everyone", "", "",
     "Send a thank you + this summary to everyone who came / left an email", "Sam", "by 1 Oct", "To do"],
    ["Paper forms", "", "6 paper forms",
     "Priya to type up the 6 paper forms and add them to Form Responses 1", "Priya", "asap", "To do"],
]
for r in rows:
    s2.append(r)
for i, w in enumerate([18, 10, 36, 60, 10, 24, 18], 1):
    s2.column_dimensions[get_column_letter(i)].width = w
for row in s2.iter_rows(min_row=5):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
wb.save(OUT)
print("wrote", OUT)
