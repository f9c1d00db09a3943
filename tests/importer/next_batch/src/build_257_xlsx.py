"""Builds 257_thirtythird_trust_send_leads_raci.xlsx into the parent folder."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.comments import Comment

OUT = Path(__file__).resolve().parent.parent / "257_thirtythird_trust_send_leads_raci.xlsx"
wb = Workbook()
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = Font(bold=True, color="FFFFFF")
hfill = PatternFill("solid", fgColor="1F4E78")
wrap = Alignment(wrap_text=True, vertical="top")

# ---- Sheet 1: notes
ws = wb.active
ws.title = "Notes 09.02.27"
ws["A1"] = "Westmoor Valley Learning Trust - Trust SEND Leads Network"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Meeting: Tuesday 9th February 2027, 3.45pm, Riverside Primary (library) + Teams"
ws["A3"] = "Chair: Dr Ros Keane (RK), Trust Director of Inclusion. Notes: Helen Brooks (HB)"
ws["A4"] = ("Present: SENCOs from Riverside Primary (HB), Hillcrest Primary (Amy Doyle, AD), Westmoor Valley Academy (Paul Grant, PG), "
            "St Luke's CE Juniors (Jas Bains, JB); Nadia Khan (NK), Head, Riverside Primary; Guests: David Lowe (DL), Principal EP, "
            "Claire Dunmore (CD), SENDIASS, Liam Porter (LP), LA Data - item 4 only")
ws["A5"] = "Apologies: Tom Evans (PCF) - sent comments on item 3 by email"
for c in ("A2", "A3", "A4", "A5"):
    ws[c].alignment = wrap
ws.merge_cells("A4:D4")
ws.row_dimensions[4].height = 60
ws.append([])
ws.append(["Item", "Discussion", "Outcome", "See RACI row"])
for c in ws[7]:
    c.font = hdr; c.fill = hfill; c.border = box
notes = [
    ("1. Welcome, previous actions",
     "RK welcomed JB (new SENCO, St Luke's). Previous RACI reviewed - rows 1 and 2 complete, see RACI tab (green). "
     "Row 3 (shared TA CPD calendar) withdrawn - Trust CPD lead now doing it centrally.",
     "Noted", "R1-R3"),
    ("2. SEN support plans - consistency",
     "Big variation between schools in quality of SEN support plans. PG said some are just a list of interventions. "
     "Agreed a cross-trust moderation - each SENCO brings 3 anonymised plans. HB to lead, RK accountable.",
     "Moderation agreed. Trust will NOT mandate a single plan format this year (decision).", "R4"),
    ("3. Provision mapping + parent comms",
     "Trust wants one provision map template for all schools by end of spring term - SENCO working group to produce. "
     "Tom Evans (PCF) emailed: parents find EHCNA process confusing, want one clear letter. NK offered to draft "
     "parent communication on the EHCNA process, Tom to be consulted (C) before it goes out.",
     "Template + letter agreed", "R5, R6"),
    ("4. LA update - EP time + data",
     "DL: traded EP time for 27/28 - Trust needs to agree allocation with the council before the buy-back deadline. "
     "DL to agree the EP traded time allocation with RK. LP: SEND census return - LP will send the Trust a pre-populated "
     "template so schools can check their SEN2 data. CD: offers a SENDIASS twilight for new SENCOs.",
     "See RACI", "R7-R9"),
    ("5. Transport / off-site",
     "After the incident at Hillcrest (Jan), all schools to review transport risk assessments for EHCP pupils on off-site "
     "activities. School business managers responsible, Heads accountable.",
     "Agreed", "R10"),
    ("6. Reporting to Trust Board",
     "RK to report SEND outcomes (KS2 + attendance) to Trust Board in March. Termly SENCO supervision continues as BAU.",
     "Noted", "R11, R12"),
    ("7. AOB",
     "AD asked whether the Trust could fund a shared speech and language therapist next year - RK 'would love to' "
     "but depends on GAG pooling decision by Trustees in the summer. Not for this group. "
     "Next meeting: Tue 16 March 2027, Westmoor Valley Academy.",
     "", ""),
]
for r in notes:
    ws.append(list(r))
    for c in ws[ws.max_row]:
        c.alignment = wrap; c.border = box
ws.column_dimensions["A"].width = 26
ws.column_dimensions["B"].width = 80
ws.column_dimensions["C"].width = 36
ws.column_dimensions["D"].width = 14

# ---- Sheet 2: RACI
r = wb.create_sheet("RACI")
r["A1"] = "RACI - Trust SEND Leads (R = Responsible / does it, A = Accountable, C = Consulted, I = Informed)"
r["A1"].font = Font(bold=True, size=12)
r["A2"] = "Updated after meeting 09/02/27 (HB). Green = complete. Please update your own rows before next meeting."
r["A2"].font = Font(italic=True)
head = ["Row", "Task", "R", "A", "C", "I", "Due", "Status / RAG", "Comments"]
r.append([])
r.append(head)
for c in r[4]:
    c.font = hdr; c.fill = hfill; c.border = box
green = PatternFill("solid", fgColor="C6EFCE")
amber = PatternFill("solid", fgColor="FFEB9C")
grey = PatternFill("solid", fgColor="D9D9D9")
raci = [
    ("R1", "Share SEN register audit tool with all schools", "HB", "RK", "", "All SENCOs", "08/01/2027", "Complete", "Done 6/1", green, False),
    ("R2", "Collate SENCO NPQ / NASENCO status", "PG", "RK", "", "Heads", "29/01/2027", "Complete", "", green, False),
    ("R3", "Shared TA CPD calendar", "AD", "RK", "", "All SENCOs", "12/02/2027", "Withdrawn", "Trust CPD lead doing centrally", grey, True),
    ("R4", "Moderate a sample of SEN support plans (3 per school)", "HB", "RK", "All SENCOs", "Heads", "19/03/2027", "Amber", "Session booked in principle 18/3", amber, False),
    ("R5", "Produce trust-wide provision map template", "SENCO working group (HB, PG, JB)", "RK", "Heads", "All staff", "25/03/2027", "Not started", "End of spring term", None, False),
    ("R6", "Draft parent communication on EHCNA process", "NK", "RK", "Tom Evans (PCF); CD", "Parents", "05/03/2027", "Not started", "", None, False),
    ("R7", "Agree EP traded time allocation 27/28 with council", "DL", "RK", "Heads", "All SENCOs", "30/04/2027", "Not started", "before buy-back deadline", None, False),
    ("R8", "Send pre-populated SEN2 census template to schools", "LP", "", "Trust data officer", "All SENCOs", "26/02/2027", "Not started", "", None, False),
    ("R9", "Arrange SENDIASS twilight for new SENCOs", "CD", "RK", "HB", "New SENCOs", "w/c 08/03/2027", "Not started", "", None, False),
    ("R10", "Review transport risk assessments for EHCP pupils (off-site)", "School business managers", "Heads", "RK", "Trust H&S", "31/03/2027", "Not started", "", None, False),
    ("R11", "Report SEND outcomes (KS2 + attendance) to Trust Board", "", "RK", "All SENCOs", "Trustees", "23/03/2027", "Not started", "Trust Board 23/3", None, False),
    ("R12", "Termly SENCO supervision", "RK", "RK", "", "Heads", "Ongoing", "BAU", "Business as usual - not time-bound", None, False),
]
for row in raci:
    *vals, fill, strike = row
    r.append(vals)
    for c in r[r.max_row]:
        c.alignment = wrap; c.border = box
        if fill is not None:
            c.fill = fill
        if strike:
            c.font = Font(strike=True, color="7F7F7F")
r["C12"].comment = Comment("HB: is this the LA's job or the Trust's? LP said he'd do it - leaving as LP", "Helen Brooks")
r["C15"].comment = Comment("No R - RK doing it herself", "Helen Brooks")
for col, w in zip("ABCDEFGHI", (6, 52, 26, 8, 22, 16, 16, 14, 34)):
    r.column_dimensions[col].width = w
r.freeze_panes = "A5"

# ---- Sheet 3: attendance
a = wb.create_sheet("Attendance")
a.append(["School / org", "Name", "Sep", "Nov", "Feb", "Mar"])
for row in [("Riverside Primary", "Helen Brooks", "Y", "Y", "Y", ""), ("Riverside Primary", "Nadia Khan", "", "Y", "Y", ""),
            ("Hillcrest Primary", "Amy Doyle", "Y", "A", "Y", ""), ("Westmoor Valley Academy", "Paul Grant", "Y", "Y", "Y", ""),
            ("St Luke's CE Juniors", "Jas Bains", "", "", "Y", ""), ("Trust", "Ros Keane", "Y", "Y", "Y", "")]:
    a.append(list(row))
wb.save(OUT)
print("wrote", OUT)
