"""Local Offer Review Group action log (xlsx) with colour-described status column, notes sheet and decisions."""
import datetime as dt
import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(__file__).resolve().parent.parent
stem = "173_twentyfirst_local_offer_rag_log"
D = lambda s: dt.datetime.strptime(s, "%d/%m/%y")
wb = Workbook()
ws = wb.active; ws.title = "Action log"
ws["A1"] = "Westmoor Local Offer Review Group (LORG) – Action Log"; ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "Last updated after LORG meeting Wed 12/05/27 – RH.  Key: RED - overdue | AMBER - in progress/on track | GREEN - complete | BLUE - closed/withdrawn | NEW - raised this meeting"
ws["A3"] = "Please update your own rows in the 'Update' column before the next LORG (Wed 14 July 2027). Do NOT delete rows – RH archives GREEN/BLUE after two meetings."
hdr = ["Ref", "Raised", "Action", "Lead", "Due", "Status", "Update (12/05/27)"]
ws.append([]); ws.append(hdr)
for c in ws[5]:
    c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
rows = [
    ("LO-19", D("10/02/27"), "Add the SENDIASS drop-in times to the Local Offer homepage", "CD", D("31/03/27"),
     "GREEN - complete", "Live since 22/03."),
    ("LO-21", D("10/02/27"), "Rewrite the 'What is an EHC plan?' page in plain English with parents", "TE/MW",
     D("30/04/27"), "RED - overdue", "Draft done with PCF but not signed off. Revised due date 11/06/27."),
    ("LO-22", D("10/03/27"), "Fix broken links on the short breaks pages", "Web team", "ASAP", "GREEN - complete",
     "All 14 links fixed."),
    ("LO-23", D("10/03/27"), "Publish the annual Local Offer feedback report with a 'you said, we did' section",
     "SK", D("30/06/27"), "AMBER - on track", "Survey closed 30/04, 212 responses. Writing up."),
    ("LO-24", D("10/03/27"), "Scope a Local Offer mobile app", "LP", D("30/04/27"), "BLUE - closed/withdrawn",
     "Closed at 12/05 meeting – cost £40k+, group agreed not to pursue."),
    ("LO-25", D("14/04/27"), "Ask every school to check the link to its SEN information report is current",
     "S. Kent (SIA)", D("28/05/27"), "AMBER - in progress", "Email to heads sent 20/04; 61 of 94 confirmed."),
    ("LO-26", D("14/04/27"), "Add the neurodevelopmental pathway 'waiting well' guidance to the health pages", "YO",
     "May LORG", "RED - overdue", "YO sent apologies. Carried to July LORG."),
    ("LO-27", D("12/05/27"), "Add a 16-25 preparing for adulthood section including the supported internship offer",
     "Owen Reid", D("30/07/27"), "NEW", ""),
    ("LO-28", D("12/05/27"), "Run a mystery shopper exercise using six parent volunteers", "KL", "July LORG", "NEW",
     "KL to report findings."),
    ("LO-29", D("12/05/27"), "Send the WCAG 2.2 accessibility audit results to the web team and agree fixes", "LP",
     D("26/05/27"), "NEW", ""),
    ("LO-30", D("12/05/27"), "Write to the Trust comms team about out-of-date therapy pages", "Chair (AP)",
     "w/e 21/05", "NEW", ""),
]
fills = {"RED": "FFC7CE", "AMB": "FFEB9C", "GRE": "C6EFCE", "BLU": "BDD7EE", "NEW": "FFFFFF"}
for r in rows:
    ws.append(list(r))
    row = ws.max_row
    ws.cell(row, 6).fill = PatternFill("solid", fgColor=fills[r[5][:3]])
    for col in (2, 5):
        if isinstance(ws.cell(row, col).value, dt.datetime):
            ws.cell(row, col).number_format = "dd/mm/yy"
for col, w in zip("ABCDEFG", [8, 10, 70, 14, 12, 24, 50]):
    ws.column_dimensions[col].width = w
for row in ws.iter_rows(min_row=6):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")

ds = wb.create_sheet("Decisions")
ds.append(["Ref", "Date", "Decision", "Agreed by"])
for r in [("D-03", D("10/03/27"), "Local Offer to stay on the council website platform (not a separate microsite)", "LORG"),
          ("D-04", D("12/05/27"), "LORG to meet quarterly rather than every two months from September 2027", "LORG"),
          ("D-05", D("12/05/27"), "Close LO-24 (mobile app) – not value for money", "LORG")]:
    ds.append(list(r)); ds.cell(ds.max_row, 2).number_format = "dd/mm/yy"

ns = wb.create_sheet("Notes 12-05-27")
for line in [
    "LORG – brief notes, Wednesday 12 May 2027, 10.00–11.30, Teams",
    "Present: Anne Price (Chair), Ruth Hill (notes), Sarah Khan, Liam Porter, Tom Evans, Kerry Lang, Claire Dunmore (SENDIASS), Owen Reid (for item 3)",
    "Apologies: Yusuf Okafor, Mary Walker, Sarah Kent (update sent by email)",
    "1. Action log reviewed – see 'Action log' tab for updates. Three rows GREEN/BLUE.",
    "2. Analytics (LP): 9,840 visits Jan–Apr; top search 'EHCP'; 38% of visits on mobile. For information.",
    "3. Preparing for adulthood content – Owen presented gaps; new action LO-27.",
    "4. Parent experience – KL suggested a mystery shopper exercise; agreed (LO-28).",
    "5. Accessibility audit – LP has the report; new action LO-29.",
    "6. Therapy pages still show 2025 waiting times – Chair to write (LO-30).",
    "7. Translation – group would love Polish and Urdu versions of the key pages; no budget identified, so not logged as an action. Revisit if funding found.",
    "8. Meeting pattern – decided quarterly from September (D-04).",
    "Next LORG: Wednesday 14 July 2027, 10.00, Teams.",
]:
    ns.append([line])
ns.column_dimensions["A"].width = 140
wb.save(OUT / f"{stem}.xlsx")

labels = {
    "meeting_date": "2027-05-12",
    "style": ("Held-out batch twentyfirst. Local Offer Review Group action log workbook updated after the 12 May 2027 "
              "meeting: an 'Action log' sheet whose Status column is described in words and colour ('RED - overdue', "
              "'AMBER - in progress', 'GREEN - complete', 'BLUE - closed/withdrawn', 'NEW'), plus Decisions and "
              "Notes sheets. Treated as an action log: labels are the open carried-forward rows (RED/AMBER) and the "
              "NEW rows. Traps: GREEN rows are done; BLUE LO-24 withdrawn; Decisions sheet rows (D-03 to D-05) are "
              "decisions; translation item 7 is a wish explicitly not logged; analytics for information. Labelling "
              "choices: LO-21 uses the revised due date 11/06/27 from the update column, owner 'TE/MW' labelled to Tom "
              "Evans (first named); LO-26 'carried to July LORG' and LO-28 'July LORG' labelled 'meeting 2027-07'; "
              "'w/e 21/05' = Friday 2027-05-21; 'S. Kent (SIA)' is Sarah Kent; 'Chair (AP)' is Anne Price."),
    "held_out": True,
    "actions": [
        {"key": "Rewrite the 'What is an EHC plan?' page", "owner": "TE/MW", "person": "Tom Evans", "due": "2027-06-11"},
        {"key": "Publish the annual Local Offer feedback report", "owner": "SK", "person": "Sarah Khan", "due": "2027-06-30"},
        {"key": "Ask every school to check the link", "owner": "S. Kent (SIA)", "person": "Sarah Kent", "due": "2027-05-28"},
        {"key": "Add the neurodevelopmental pathway 'waiting well' guidance", "owner": "YO", "person": "Yusuf Okafor", "due": "meeting 2027-07"},
        {"key": "Add a 16-25 preparing for adulthood section", "owner": "Owen Reid", "person": "Owen Reid", "due": "2027-07-30"},
        {"key": "Run a mystery shopper exercise using six parent volunteers", "owner": "KL", "person": "Kerry Lang", "due": "meeting 2027-07"},
        {"key": "Send the WCAG 2.2 accessibility audit results", "owner": "LP", "person": "Liam Porter", "due": "2027-05-26"},
        {"key": "Write to the Trust comms team about out-of-date therapy", "owner": "Chair (AP)", "person": "Anne Price", "due": "2027-05-21"},
    ],
}
(OUT / f"{stem}.labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
