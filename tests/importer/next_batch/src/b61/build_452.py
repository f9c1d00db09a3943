"""452: Joint Complex Needs Panel decision log workbook - merged cells, banded headers, several tabs."""
from common import OUT, write_labels
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

STEM = "452_sixtyfirst_complex_needs_panel_decision_log_merged_tabs"

wb = Workbook()
thin = Side(style="thin", color="808080")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")
band = {"case": "DDEBF7", "dec": "E2EFDA", "act": "FFF2CC"}

# ---------------- Cover ----------------
ws = wb.active
ws.title = "Cover"
ws.merge_cells("A1:F1")
ws["A1"] = "WESTMOOR JOINT COMPLEX NEEDS PANEL (Education, Health & Social Care)"
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A2:F2")
ws["A2"] = "Decision log – panel of Wednesday 16 June 2027 – OFFICIAL-SENSITIVE – do not forward outside panel members"
ws["A2"].font = Font(italic=True)
rows = [
    ("Chair", "James Whitfield, Assistant Director SEND & Inclusion"),
    ("Education", "Mary Walker, Head of SEND; David Lowe, Principal EP"),
    ("Health", "Yusuf Okafor, Designated Clinical Officer (ICB); Grace Adeyemi, Head of Children's Therapies (items 2-4)"),
    ("Social care", "Marcus Hale, Service Manager, Disabled Children's Team"),
    ("Commissioning", "Amrit Gill, Placements Commissioner"),
    ("Panel admin", "Ruth Hill (log) – please send corrections to Ruth by Friday 18 June"),
    ("Apologies", "Dr Anita Patel (sent written advice for item 2); Owen Reid (PfA) – Liz Carter attended item 3 for PfA"),
    ("Quorate?", "Yes – all three agencies represented with delegated authority"),
    ("Notes", "Decisions recorded here are panel decisions. Health contributions remain subject to ICB sign-off by the DCO. "
              "Actions arising are on the Decisions tab (col I–K). The running action log is on 'Action log'."),
]
for i, (k, v) in enumerate(rows, start=4):
    ws.cell(i, 1, k).font = Font(bold=True)
    ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=6)
    ws.cell(i, 2, v).alignment = wrap
    ws.row_dimensions[i].height = 30
ws.column_dimensions["A"].width = 16
for c in "BCDEF":
    ws.column_dimensions[c].width = 22

# ---------------- Decisions ----------------
ws = wb.create_sheet("Decisions 16.06.27")
ws.merge_cells("A1:K1")
ws["A1"] = "Panel 16/06/2027 – decisions and actions arising"
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:D2"); ws["A2"] = "CASE DETAILS"
ws.merge_cells("E2:H2"); ws["E2"] = "PANEL DECISION"
ws.merge_cells("I2:K2"); ws["I2"] = "ACTIONS ARISING"
for rng, key in (("A2", "case"), ("E2", "dec"), ("I2", "act")):
    ws[rng].font = Font(bold=True)
    ws[rng].fill = PatternFill("solid", fgColor=band[key])
    ws[rng].alignment = Alignment(horizontal="center")
hdr = ["Ref", "Child (initials, age)", "Presented by", "Request", "Decision", "Split Edu / SC / Health",
       "Review", "Reason / conditions", "Action", "Owner", "By"]
for j, h in enumerate(hdr, start=1):
    c = ws.cell(3, j, h)
    c.font = Font(bold=True)
    c.border = box
    c.fill = PatternFill("solid", fgColor=band["case" if j <= 4 else "dec" if j <= 8 else "act"])

cases = [
    dict(ref="CNP-27-041", child="R.T. (14)", by="Marcus Hale (SC)",
         req="52-week residential school placement (Oakhurst School) following breakdown of home placement",
         dec="AGREED", split="50 / 30 / 20", review="Dec 2027 panel",
         reason="Needs cannot be met locally (two local providers declined). Health element = nursing & PBS input only.",
         acts=[("Issue the individual placement agreement to Oakhurst and confirm start date with family", "Commissioning (Amrit Gill)", "30/06/2027"),
               ("Confirm the 20% health contribution through DCO sign-off", "YO", "23/06/2027")]),
    dict(ref="CNP-27-042", child="M.B. (9)", by="Mary Walker (Edu)",
         req="Increase short breaks package (overnight x2/month) + additional 1:1 in school",
         dec="DEFERRED", split="–", review="July panel",
         reason="Insufficient information. Panel needs OT sensory assessment, updated C&F assessment and paediatric advice on sleep. Return to July panel.",
         acts=[("Complete OT sensory assessment and send report to panel admin", "GA", "papers deadline"),
               ("Update the child and family assessment (last one Oct 2026)", "SW – Leanne Firth", "papers deadline"),
               ("Advise whether a sleep clinic referral is indicated (written advice is fine)", "Dr Patel", "papers deadline")]),
    dict(ref="CNP-27-043", child="A.K. (17)", by="Liz Carter (PfA)",
         req="Joint-funded supported living placement from 18th birthday (Feb 2028)",
         dec="NOT DECIDED – REFER", split="n/a", review="–",
         reason="Outside this panel's remit (post-18). Adult social care and ICB adult CHC need to be involved.",
         acts=[("Refer A.K. to the PfA Transitions Panel with today's paperwork", "Owen Reid", "08/07/2027 (next PfA panel)")]),
    dict(ref="CNP-27-044", child="J.P. (11)", by="David Lowe (EP)",
         req="Tripartite funding for Education Otherwise Than In School (EOTIS) package",
         dec="PART AGREED", split="100 / 0 / 0", review="Annual review (Nov 2027)",
         reason="Education element agreed in full. No identified health or social care need so no SC/health contribution. Family may appeal the EOTIS decision to SENDIST.",
         acts=[("Decision letter to parents", "Panel admin", "DONE – issued 17/06")]),
]
r = 4
for cs in cases:
    n = len(cs["acts"])
    start = r
    for act, own, by in cs["acts"]:
        ws.cell(r, 9, act); ws.cell(r, 10, own); ws.cell(r, 11, by)
        r += 1
    end = r - 1
    for col, val in zip(range(1, 9), [cs["ref"], cs["child"], cs["by"], cs["req"], cs["dec"], cs["split"], cs["review"], cs["reason"]]):
        ws.cell(start, col, val)
        if end > start:
            ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
    for rr in range(start, end + 1):
        ws.row_dimensions[rr].height = 48
        for cc in range(1, 12):
            ws.cell(rr, cc).alignment = wrap
            ws.cell(rr, cc).border = box
r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
ws.cell(r, 1, "Papers deadline for July panel (21/07/2027) is Wednesday 14/07/2027 – see 'Dates 2027' tab. "
              "Anything not in by then rolls to September.").font = Font(italic=True)
for col, w in zip("ABCDEFGHIJK", [12, 12, 16, 34, 14, 12, 14, 38, 44, 20, 18]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A4"

# ---------------- Action log ----------------
ws = wb.create_sheet("Action log")
ws.merge_cells("A1:H1")
ws["A1"] = "Running action log (non-case actions) – RAG updated at each panel"
ws["A1"].font = Font(bold=True, size=13)
hdr = ["No.", "Raised", "Action", "Owner", "Due", "Status", "Update 16/06/27", "Closed"]
for j, h in enumerate(hdr, start=1):
    c = ws.cell(2, j, h)
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="D9D9D9")
log = [
    (17, "17/03/27", "Revise panel referral form to include young person's views section", "Ruth Hill", "30/04/27", "Closed",
     "New form live on SharePoint from 1 May", "12/05/27"),
    (18, "17/03/27", "Agree health contribution formula for EOTIS packages with ICB finance", "Yusuf Okafor", "19/05/27", "Closed",
     "Formula agreed at ICB finance meeting 10/05", "19/05/27"),
    (19, "21/04/27", "Produce quarterly panel spend report for Schools Forum (Q1 27/28)", "Ruth Hill", "30/06/27", "Open – REASSIGNED",
     "Ruth doesn't have access to the finance system. Panel agreed this now sits with Liam Porter, due 09/07/27 (Schools Forum papers go out 12/07).", ""),
    (20, "21/04/27", "Write to the three out-of-area residential providers re fee uplift requests", "Amrit Gill", "31/05/27", "Closed",
     "Letters sent 27/05", "16/06/27"),
    (21, "19/05/27", "Draft a one-page guide for social workers on what panel needs", "Mary Walker", "30/06/27", "Open – on track",
     "Draft nearly finished, no change", ""),
    (22, "19/05/27", "Check whether any panel cases meet the Dynamic Support Register criteria", "Yusuf Okafor", "16/06/27", "Closed",
     "Checked – one case (R.T.) added to DSR 02/06", "16/06/27"),
]
for i, row in enumerate(log, start=3):
    for j, v in enumerate(row, start=1):
        c = ws.cell(i, j, v)
        c.alignment = wrap
        c.border = box
    ws.row_dimensions[i].height = 45
    if row[5].startswith("Closed"):
        for j in range(1, 9):
            ws.cell(i, j).font = Font(color="7F7F7F", strike=True)
for col, w in zip("ABCDEFGH", [6, 10, 48, 16, 10, 18, 52, 10]):
    ws.column_dimensions[col].width = w

# ---------------- Dates ----------------
ws = wb.create_sheet("Dates 2027")
ws["A1"] = "Panel dates 2027"; ws["A1"].font = Font(bold=True)
ws.append(["Panel", "Papers deadline", "Notes"])
for p, d, n in [("17/03/2027", "10/03/2027", ""), ("21/04/2027", "14/04/2027", ""), ("19/05/2027", "12/05/2027", ""),
                ("16/06/2027", "09/06/2027", ""), ("21/07/2027", "14/07/2027", "last before summer"),
                ("August", "–", "no panel"), ("15/09/2027", "08/09/2027", ""), ("20/10/2027", "13/10/2027", "")]:
    ws.append([p, d, n])
ws.column_dimensions["A"].width = 14; ws.column_dimensions["B"].width = 16; ws.column_dimensions["C"].width = 20

wb.save(OUT / f"{STEM}.xlsx")

write_labels(STEM, "2027-06-16",
    "Excel decision log of a multi-agency Joint Complex Needs Panel held Wednesday 16 June 2027: Cover tab (members, apologies, "
    "quorum), a Decisions tab with a three-colour merged header band (CASE DETAILS / PANEL DECISION / ACTIONS ARISING) where each "
    "case's details are merged vertically across its action rows, a running Action log tab with struck-through closed rows, and a "
    "Dates tab giving panel dates and papers deadlines. "
    "Traps: decisions (AGREED / DEFERRED / PART AGREED / refer) are not actions; the J.P. decision letter row is 'DONE – issued 17/06'; "
    "the family's possible SENDIST appeal is not an action; Ruth's 'send corrections by Friday 18 June' is a standing invitation on "
    "the cover; closed log rows (17, 18, 20, 22) and row 21, open and unchanged from May, are not labelled; row 19 is open and was "
    "REASSIGNED at this panel from Ruth Hill to Liam Porter with a new date, so it is labelled with the new owner/date. "
    "Dates: M.B.'s three actions are due 'papers deadline', which the note and Dates tab resolve to Wednesday 14/07/2027 for the "
    "21/07 July panel; A.K.'s referral '08/07/2027 (next PfA panel)'. Owners: 'YO' = Yusuf Okafor, 'GA' = Grace Adeyemi, "
    "'Dr Patel' = Anita Patel; Amrit Gill and social worker Leanne Firth are not in people.json.",
    [
        ("Issue the individual placement agreement to Oakhurst", "Commissioning (Amrit Gill)", None, "2027-06-30"),
        ("Confirm the 20% health contribution through DCO sign-off", "YO", "Yusuf Okafor", "2027-06-23"),
        ("Complete OT sensory assessment and send report", "GA", "Grace Adeyemi", "2027-07-14"),
        ("Update the child and family assessment", "SW – Leanne Firth", None, "2027-07-14"),
        ("Advise whether a sleep clinic referral is indicated", "Dr Patel", "Anita Patel", "2027-07-14"),
        ("Refer A.K. to the PfA Transitions Panel", "Owen Reid", "Owen Reid", "2027-07-08"),
        ("Produce quarterly panel spend report for Schools Forum", "Liam Porter", "Liam Porter", "2027-07-09"),
    ])
print("ok 452")
