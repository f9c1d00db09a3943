"""Builds 310_fortyfirst_capital_build_progress_meeting.xlsx: a construction-style
progress meeting minute (PM7) for the SEND capital works, written by the project
manager's consultancy in its house template (Cover / Minutes / Programme / Distribution)."""
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = Path(__file__).resolve().parent.parent / "310_fortyfirst_capital_build_progress_meeting.xlsx"

thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="1F3864")
sect_fill = PatternFill("solid", fgColor="D9E1F2")
wrap = Alignment(wrap_text=True, vertical="top")

wb = Workbook()

# ---------------------------------------------------------------- Cover
cv = wb.active
cv.title = "Cover"
cv.column_dimensions["A"].width = 26
cv.column_dimensions["B"].width = 70
rows = [
    ("CALDER BECK CONSULTING LLP", ""),
    ("Project Management | Cost Management | CDM Advisory", ""),
    ("", ""),
    ("Project", "Westmoor SEND Capital Programme - Lot 2: Riverside Primary SRP conversion (12 place Specialist Resource Provision) and external works"),
    ("Client", "Westmoor Council (Children's Services - SEND & Inclusion / Capital Programme Team)"),
    ("CBC project no.", "CBC-2291"),
    ("Document", "Minutes of Progress Meeting No. 7 (PM7)"),
    ("Date of meeting", "Tuesday 16 February 2027, 10:00-12:05"),
    ("Venue", "Site cabin 2, Riverside Primary School (rear car park) / MS Teams for M&E"),
    ("Minutes by", "Gareth Lund (GL), CBC"),
    ("Revision", "P01 - issued 18.02.27"),
    ("", ""),
    ("Present", "Mary Walker (MW) - WMC, Head of SEND (client lead, items 1-9)"),
    ("", "Jo Feeney (JF) - WMC, Capital Programme Officer"),
    ("", "Mark Walsh (MWa) - WMC, Head of Transport (item 7.05 only)"),
    ("", "Nadia Khan (NK) - Riverside Primary, Headteacher"),
    ("", "Helen Brooks (HB) - Riverside Primary, SENCo"),
    ("", "Ifeoma Dike (ID) - Harrow Lane Architects (ARC)"),
    ("", "Phil Cottam (PC) - Brennan & Shaw Construction (B&S), Site Manager"),
    ("", "Sunita Rao (SR) - Brennan & Shaw Construction (B&S), Contracts Manager"),
    ("", "Gareth Lund (GL) - Calder Beck Consulting (CBC), Project Manager"),
    ("Apologies", "Dan Whelan (DW) - Vireo M&E Engineers (M&E); Grace Adeyemi - Westmoor Community Health NHS Trust"),
    ("", ""),
    ("Key to Action column", "Named party/initials = action owner.  INFO = for information only.  NOTE = all parties to note.  CLOSED = item complete, to drop off next issue."),
    ("", "c/f = carried forward from previous minutes (original ref retained)."),
    ("", ""),
    ("", "These minutes will be taken as an accurate record unless comments are received by CBC within 7 days of issue."),
    ("", "Items are numbered by meeting: 7.xx = raised or updated at PM7."),
]
for r in rows:
    cv.append(list(r))
cv["A1"].font = Font(bold=True, size=14, color="1F3864")
cv["A2"].font = Font(italic=True, size=9)
for row in cv.iter_rows(min_row=4):
    row[0].font = Font(bold=True)
    row[1].alignment = wrap

# ---------------------------------------------------------------- Minutes
ws = wb.create_sheet("Minutes PM7")
ws.column_dimensions["A"].width = 7
ws.column_dimensions["B"].width = 92
ws.column_dimensions["C"].width = 14
ws.column_dimensions["D"].width = 13
ws.append(["Item", "Description", "Action", "Target"])
for c in ws[1]:
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = head_fill
    c.border = box

items = [
    ("SECT", "1.0  INTRODUCTIONS, APOLOGIES, PREVIOUS MINUTES"),
    ("7.01", "Introductions made; SR attending in place of B&S regional director. Apologies as cover sheet.", "INFO", ""),
    ("7.02", "Minutes of PM6 (19.01.27) agreed as accurate. Matters arising taken under the relevant headings below.", "INFO", ""),
    ("SECT", "2.0  DESIGN"),
    ("6.04", "Asbestos refurbishment & demolition survey (Rooms 4-6 and the old kitchen) received 27.01.27 - no ACMs in the works area. Issued to B&S.", "CLOSED", ""),
    ("6.09", "Door & ironmongery schedule incl. magnetic hold-opens on the quiet room / sensory room doors. ID advised the schedule is 80% complete; awaiting the school's decision on vision panel heights.", "ARC - c/f", "PM8"),
    ("7.03", "Sensory room: school confirmed it wants a ceiling track hoist rather than the mobile hoist shown at Stage 4 (pupil need confirmed by HB). Structural engineer verbally content that the existing joists will take the load subject to calc. ARC to issue revised reflected ceiling plan (RCP) showing hoist track and light fittings to B&S and school for comment.", "ARC (ID)", "23.02.27"),
    ("7.04", "Acoustics - quiet room and SRP base: ID reported the acoustician's report recommends additional absorbent panels in the quiet room (target RT 0.4s). Priced - see change control 7.09.", "INFO", ""),
    ("SECT", "3.0  EXTERNAL WORKS / ACCESS"),
    ("7.05", "Drop-off and collection. Current layout assumed 4 minibuses; NK said numbers vary and parents of the SRP children will also drive in. MWa explained the home to school transport contracts are re-tendered in April so vehicle numbers could change. Lengthy discussion on one-way loop v. turning head. Agreed the one-way loop is preferred in principle. MWa to confirm the number of minibuses/taxis and their arrival pattern (09:00-09:20 window) so ARC can finalise the one-way layout. MWa left the meeting.", "WMC (MWa)", "05.03.27"),
    ("7.06", "Highways - dropped kerb application submitted by ARC on 08.02.27; 6-8 week determination.", "INFO", ""),
    ("SECT", "4.0  SCHOOL LIAISON / OPERATIONAL"),
    ("7.07", "Decant. Main strip-out of Rooms 4-6 to take place over the Easter holidays to minimise disruption (see programme). NK confirmed the SRP pupils will use the library as a temporary base from the start of the summer term. HB said several pupils will find the change very hard; she will prepare social stories / photo visual timetables of the temporary base for the SRP pupils and share them with families before the holidays. Last day of spring term is Thu 25.03.27.", "RPS (HB)", "25.03.27"),
    ("7.08", "Contractor's site rules - the site is a live school. No deliveries 08:30-09:15 or 14:45-15:30 in term time; all B&S operatives to sign in at the cabin, not school reception. All parties to note.", "NOTE", ""),
    ("SECT", "5.0  COMMERCIAL"),
    ("7.09", "Change control. CE 013 (additional socket outlets, SRP base) - approved by JF, instruction issued 11.02.27. CE 014 (additional acoustic panels to quiet room, £6,480) - agreed in principle by MW. JF to obtain budget approval for CE 014 from the Capital Board and issue the instruction.", "WMC (JF)", "PM8"),
    ("7.10", "Cost report no. 5 tabled by GL: anticipated final cost £1,186,400 against budget £1,220,000; risk allowance remaining £22,150. MW noted the SEND capital grant conditions require spend by 31.03.28 - currently on track.", "INFO", ""),
    ("SECT", "6.0  HEALTH & SAFETY / CDM"),
    ("7.11", "Construction phase plan (CPP) rev B does not yet reflect the term-time delivery restrictions agreed in 7.08 or the revised pedestrian route past the Nursery. B&S to submit updated construction phase plan (rev C) to CBC as Principal Designer's adviser.", "B&S (SR)", "19.02.27"),
    ("7.12", "No accidents or near misses reported since PM6. Fire alarm isolation procedure to be agreed with the school premises officer before hot works - B&S/RPS meeting held 12.02.27, procedure agreed.", "CLOSED", ""),
    ("SECT", "7.0  FURNITURE, FITTINGS & EQUIPMENT"),
    ("7.13", "Changing Places toilet and hygiene room layout. ID tabled the FF&E schedule rev A. Grace Adeyemi (NHS children's therapies) had asked, via MW, to review the hoist, changing bench and shower trolley selections before order. MW to send the FF&E schedule and changing places layout to the therapies team for OT sign-off and return comments to CBC.", "WMC (MW)", "26.02.27"),
    ("7.14", "Loose furniture: school to select from the framework catalogue - NK to confirm whether the budget of £18k includes the sensory room equipment or not.", "RPS (NK)", "PM8"),
    ("SECT", "8.0  COMMUNICATIONS"),
    ("7.15", "Parents of children at the school and in the SRP have asked what is happening with the fencing on the field. GL to draft a parent-facing update on the works (programme, access, what will change for SRP pupils) for NK to send out with the school newsletter.", "CBC (GL)", "12.03.27"),
    ("7.16", "B&S advised that they would like to hold a 'meet the builders' assembly in the summer term - school to consider. Not agreed at this stage.", "INFO", ""),
    ("SECT", "9.0  PROGRAMME"),
    ("7.17", "B&S programme rev 3 tabled (see Programme tab). B&S report 3 days behind on enabling works due to weather; to be recovered in Easter holiday working. Completion date unchanged. Extension of time not claimed.", "INFO", ""),
    ("SECT", "10.0  AOB & NEXT MEETING"),
    ("7.18", "None.", "", ""),
    ("7.19", "PM8: Tuesday 16.03.27 at 10:00, site cabin 2. PM9 provisionally 20.04.27.", "INFO", ""),
]
for it in items:
    if it[0] == "SECT":
        ws.append(["", it[1], "", ""])
        r = ws.max_row
        for c in ws[r]:
            c.fill = sect_fill
            c.font = Font(bold=True)
            c.border = box
        continue
    ws.append(list(it))
    r = ws.max_row
    for c in ws[r]:
        c.alignment = wrap
        c.border = box
    if it[2] and it[2] not in ("INFO", "NOTE", "CLOSED"):
        ws.cell(r, 3).font = Font(bold=True)
ws.freeze_panes = "A2"
ws.append([])
ws.append(["", "Calder Beck Consulting LLP | CBC-2291 PM7 minutes P01 | Page 1 of 1 | Printed 18.02.27"])

# ---------------------------------------------------------------- Programme
pg = wb.create_sheet("Programme")
pg.append(["Key dates - B&S programme rev 3 (contractor's information)", "", "", ""])
pg["A1"].font = Font(bold=True)
pg.append(["Activity", "Start", "Finish", "Status"])
for c in pg[2]:
    c.font = Font(bold=True)
for r in [
    ("Enabling works / site set-up", "04.01.27", "19.02.27", "3 days behind"),
    ("Strip-out Rooms 4-6 & old kitchen", "29.03.27", "09.04.27", "Planned (Easter hols)"),
    ("First fix M&E", "12.04.27", "21.05.27", "Planned"),
    ("Ceiling hoist install (subject to 7.03)", "24.05.27", "28.05.27", "TBC"),
    ("External works - drop-off loop", "05.07.27", "20.08.27", "Subject to 7.05 / highways"),
    ("Practical completion", "", "20.08.27", "Unchanged"),
    ("SRP opens", "", "02.09.27", "School"),
]:
    pg.append(list(r))
pg.column_dimensions["A"].width = 42
for col in "BCD":
    pg.column_dimensions[col].width = 18

# ---------------------------------------------------------------- Distribution
ds = wb.create_sheet("Distribution")
ds.append(["Name", "Organisation", "Copy"])
for r in [
    ("Those present", "", "email"),
    ("Dan Whelan", "Vireo M&E", "email"),
    ("James Whitfield", "WMC - AD SEND and Inclusion", "email (for info)"),
    ("Grace Adeyemi", "Westmoor Community Health NHS Trust", "item 7.13 extract only"),
    ("File", "CBC-2291/04/PM", ""),
]:
    ds.append(list(r))
ds.column_dimensions["A"].width = 20
ds.column_dimensions["B"].width = 42

wb.save(OUT)
print("wrote", OUT)
