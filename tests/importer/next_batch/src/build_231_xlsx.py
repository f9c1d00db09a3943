"""Builds 231_twentyninth_champions_questions_followups.xlsx (Parent Champions' questions, responses and follow-ups)."""
import datetime as dt
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.utils import get_column_letter

OUT = Path(__file__).resolve().parent.parent / "231_twentyninth_champions_questions_followups.xlsx"
D = dt.datetime
wb = Workbook()
ws = wb.active
ws.title = "Q&A log 2027-28"
ws["A1"] = "Westmoor Parent Champions - Questions to senior leaders: log of responses and follow-ups"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "Maintained by PCF admin (Kerry) with Ruth Hill. Latest session: Champions Q&A Wed 24/11/2027, Westmoor Hub + Teams. Rows for earlier sessions kept for reference - filter on Session."
ws["A2"].font = Font(italic=True, size=9)
hdr = ["Ref", "Session", "Raised by", "Theme", "Question (as asked)", "Response given", "Responder",
       "Follow up needed?", "Follow up action", "Owner", "Due", "Status", "Notes"]
ws.append([])
ws.append(hdr)
for c in ws[4]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1D3B5A")
    c.alignment = Alignment(wrap_text=True, vertical="top")

rows = [
    # earlier session 22/09/2027
    ["PC27-19", D(2027, 9, 22), "Kerry L", "EHCP timeliness",
     "Why are families not told when the 20 week deadline will be missed?",
     "MW: casework team to start sending a week-12 update letter to all families.", "Mary Walker",
     "Y", "Week 12 update letter to be introduced", "MW", D(2027, 10, 31), "Complete", "Letter live from 4/10. Confirmed at Oct board."],
    ["PC27-20", D(2027, 9, 22), "Jo (Hillside)", "Transport",
     "Can parents see the draft post-16 transport policy before it goes to Cabinet?",
     "Consultation runs to 30/9 - link shared.", "Mark Walsh", "N", "", "", "", "Closed", ""],
    ["PC27-21", D(2027, 9, 22), "Sam T", "Therapies",
     "Is there any OT for children without an EHCP?",
     "GA explained the universal and targeted offer; leaflet to be sent.", "Grace Adeyemi",
     "Y", "Send OT leaflet to Champions", "GA", D(2027, 10, 8), "Complete", "sent 6/10"],
    ["PC27-22", D(2027, 9, 22), "Priya M", "Local Offer",
     "The Local Offer search still does not find short breaks.",
     "Known issue, supplier fix due Oct.", "Ruth Hill", "Y", "Check fix has gone in", "RH", D(2027, 10, 29), "Complete 18/11", "fixed, tested by Priya M"],
    # session 24/11/2027
    ["PC27-31", D(2027, 11, 24), "Jo (Hillside)", "Transport",
     "My son starts college in Jan. When will families know the new post-16 routes?",
     "Route planning is being redone for the new policy. Mark Walsh will confirm the new route planning timescales in writing to Champions by 3 Dec.",
     "Mark Walsh", "see response", "", "", "", "Open", ""],
    ["PC27-32", D(2027, 11, 24), "Kerry L", "EP advice",
     "How long are children actually waiting for an EP? Which schools are worst?",
     "DL: average 7.2 wks, target 6. Won't name schools in an open meeting but can share anonymised breakdown.",
     "David Lowe", "Y", "Send Champions the anonymised EP waiting list by school phase", "DL", "Jan mtg", "Open", ""],
    ["PC27-33", D(2027, 11, 24), "Sam T", "Therapies",
     "SALT waits feel much longer in the north of the borough. Is that true?",
     "GA thinks so but doesn't have the figures to hand.", "Grace Adeyemi",
     "Y", "Share SALT waiting times by locality", "Grace A", D(2027, 12, 15), "Open", ""],
    ["PC27-34", D(2027, 11, 24), "Kerry L", "Annual reviews",
     "Three families I support have had no annual review for over 18 months.",
     "MW apologised. Kerry to pass details to Ruth after the session (done - in the room).", "Mary Walker",
     "Y", "Contact the 3 families Kerry raised direct and book their reviews", "SEND casework team", "ASAP", "Open", "details passed 24/11"],
    ["PC27-35", D(2027, 11, 24), "Anon (Teams chat)", "SENDIASS",
     "Is SENDIASS going to get more staff? Waits for a call back are 3 weeks.",
     "Claire Dunmore: one new caseworker starting Jan, new call-back system from Dec. Answered in full.",
     "Claire Dunmore", "N - answered in session", "", "", "", "Closed", ""],
    ["PC27-36", D(2027, 11, 24), "Priya M", "Local Offer",
     "Nobody knows what an ERP is. Can the Local Offer explain it?",
     "Agreed this is a gap, especially with the new ERPs opening.", "Mary Walker",
     "Y", "Add a 'what is an ERP' page to the Local Offer", "Local Offer team", "31/01/28", "Open", ""],
    ["PC27-37", D(2027, 11, 24), "Sam T", "Co-production",
     "Champions keep being asked for views after decisions are already made.",
     "Discussed at length. Agreed the Partnership Board should hear this directly.", "Anne Price (chair)",
     "Y", "Raise co-production timing concern at Partnership Board", "Tom E (PCF)", "8 Dec PB", "Open", ""],
    ["PC27-38", D(2027, 11, 24), "Jo (Hillside)", "Tribunals",
     "How many tribunals does Westmoor lose?",
     "LP: 94% of decisions that reach a hearing are in the family's favour, in line with national. Will add to data pack.",
     "Liam Porter", "Y", "Add tribunal outcomes to the Champions data pack", "LP", "next session", "Open", ""],
    ["PC27-39", D(2027, 11, 24), "Priya M", "Exclusions",
     "Are children with SEND being sent home early / on reduced timetables without it being recorded?",
     "PS: should be recorded as part-time timetables; will check with the attendance team.", "Priya Shah",
     "Y", "Check with attendance team about unrecorded part-time timetables and reply by email", "PS", D(2027, 12, 10), "Open", ""],
    ["PC27-40", D(2027, 11, 24), "Kerry L", "Surveys",
     "Where is the link to the annual parent survey?",
     "Ruth put it in the Teams chat.", "Ruth Hill", "Y", "Send survey link", "RH", "", "Done in session", ""],
    ["PC27-41", D(2027, 11, 24), "Sam T", "Short breaks",
     "Will the short breaks statement be updated this year?",
     "MW: hoping to publish new statement in spring, depends on survey results. No date yet.", "Mary Walker",
     "N", "", "", "", "Closed", "Champions would like to see it before publication - noted"],
]
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=5):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(c.value, dt.datetime):
            c.number_format = "dd/mm/yyyy"
widths = [9, 11, 14, 14, 40, 45, 16, 12, 36, 16, 11, 14, 26]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.freeze_panes = "A5"
ws.auto_filter.ref = f"A4:M{ws.max_row}"

k = wb.create_sheet("Key & dates")
for r in [["Key"], ["Follow up needed?", "Y = needs a written follow-up; N = answered on the day"],
          ["Status", "Open / Complete / Closed (no action) / Done in session"],
          ["Owner initials", "MW Mary Walker, DL David Lowe, GA Grace Adeyemi, LP Liam Porter, PS Priya Shah, RH Ruth Hill, TE Tom Evans"],
          [], ["Champions Q&A sessions 2027-28"],
          ["22/09/2027", "Westmoor Hub"], ["24/11/2027", "Westmoor Hub + Teams"],
          ["26/01/2028", "Riverside Primary School (tbc)"], ["23/03/2028", "tbc"],
          [], ["Partnership Board dates"], ["08/12/2027"], ["09/02/2028"]]:
    k.append(r)
k["A1"].font = Font(bold=True); k["A6"].font = Font(bold=True); k["A12"].font = Font(bold=True)
k.column_dimensions["A"].width = 22; k.column_dimensions["B"].width = 90
wb.save(OUT)
print("wrote", OUT)
