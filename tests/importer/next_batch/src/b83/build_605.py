"""605: Monday.com board export (xlsx) - Preparing for Adulthood workstream, Wed 3 March 2027.
The board is the workstream's only record of the meeting (no minutes)."""
import datetime as dt
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

OUT = Path("/tmp/b83/605_eightythird_monday_com_xlsx_pfa_board_is_the_record_subitems.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "PfA Workstream - Actions"
HDR = ["Name", "Person", "Status", "Due date", "Timeline", "Priority", "Notes", "Updates", "Item ID", "Last updated", "Subitems"]
SUBHDR = ["Subitems", "Owner", "Status", "Date"]

def row(vals, bold=False, fill=None, indent=0):
    ws.append(vals)
    r = ws.max_row
    for c in ws[r]:
        if bold:
            c.font = Font(bold=True)
        if fill:
            c.fill = PatternFill("solid", fgColor=fill)
        c.alignment = Alignment(wrap_text=True, vertical="top", indent=indent if c.column == 1 else 0)

row(["PfA Workstream - Actions"], bold=True)
row(["Board description: Preparing for Adulthood workstream (Westmoor SEND Partnership). We don't take separate minutes - this board IS the record. Items are added/updated live in the meeting. Anything not Done stays open for the lead to update before the next meeting."])
row([])

ID = [7412260100]
def nid():
    ID[0] += 137
    return str(ID[0])

groups = [
    ("Carried forward", "FDAB3D", [
        dict(name="Supported internship places: map employer offers for 2027/28", person="Owen Reid", status="Working on it",
             due="2027-03-25", timeline="", pri="High",
             notes="Was due 12 Feb. Re-dated at 3/3 meeting - 9 employers confirmed, waiting on NHS trust and the council's own HR. Owen to finish before schools break up.",
             upd="Owen Reid (Mar 3, 2027 2:41 PM): 9/14 confirmed. Trust HR slow. New date agreed in meeting.", last="Mar 3, 2027 2:42 PM"),
        dict(name="Transition protocol - Adult Social Care sign-off", person="", status="Stuck", due="2027-01-29", timeline="", pri="",
             notes="With ASC DMT since January. Not ours to chase until they respond - James W raising at DMT himself. Left here so we don't lose it.",
             upd="Ruth Hill (Mar 3, 2027 2:44 PM): no change, still with ASC.", last="Mar 3, 2027 2:44 PM"),
        dict(name="Year 9 review PfA checklist into the annual review template", person="Mary Walker", status="Done", due="2027-02-26",
             timeline="", pri="Medium", notes="Live in template from 22 Feb.", upd="", last="Feb 23, 2027 9:15 AM"),
        dict(name="Young people's reference group - recruit 6 members", person="Sarah Khan", status="Done", due="2027-02-12",
             timeline="", pri="Medium", notes="7 recruited. First session was 24 Feb.", upd="Sarah Khan (Feb 25, 2027 10:02 AM): done!", last="Feb 25, 2027 10:02 AM"),
    ]),
    ("New - 3 March meeting", "A1E3A1", [
        dict(name="Run a 'what's next after college' session with the Youth Forum", person="Sarah Khan", status="", due="",
             timeline="2027-04-19 - 2027-04-30", pri="Medium",
             notes="Idea from the reference group. Any date in the fortnight after Easter; Sarah to fix with Youth Forum leads.",
             upd="", last="Mar 3, 2027 2:52 PM"),
        dict(name="Travel training referrals: pull numbers by school for Y11", person="Mark Walsh", status="Not started", due=dt.date(2027, 3, 19),
             timeline="", pri="High", notes="For the post-16 transport policy paper. Mark's team hold the referrals; Liam to sense-check (subitem).",
             upd="Mark Walsh (Mar 3, 2027 3:05 PM): fine, will need Liam's help with school names.", last="Mar 3, 2027 3:06 PM",
             subs=[("Check school names against the census list", "Liam Porter", "", "2027-03-12"),
                   ("Send Mark the census school list", "Liam Porter", "Done", "2027-03-03")]),
        dict(name="Health transition: list of young people turning 18 with continuing care needs", person="Yusuf Okafor, Anita Patel",
             status="Working on it", due="2027-03-31", timeline="", pri="High",
             notes="Yusuf leads and pulls it together; Anita to do the community paeds caseload part.",
             upd="Anita Patel (Mar 3, 2027 3:11 PM): I'll get the paeds list to Yusuf by mid-March.", last="Mar 3, 2027 3:11 PM"),
        dict(name="Update PfA pages on the Local Offer with the new post-16 transport policy", person="Local Offer team", status="Not started",
             due="2027-04-09", timeline="", pri="Low", notes="Once Cabinet has approved (8 April). Owen to send wording to the Local Offer team.",
             upd="", last="Mar 3, 2027 3:14 PM"),
        dict(name="Circulate PfA outcomes framework draft", person="Owen Reid", status="Done", due="2027-03-03", timeline="", pri="",
             notes="Shared in the Teams chat during the meeting.", upd="", last="Mar 3, 2027 3:20 PM"),
        dict(name="AGREED: PfA workstream to meet 6-weekly instead of monthly from April", person="", status="Info", due="", timeline="", pri="",
             notes="Decision - no action. Ruth has already sent new invites.", upd="", last="Mar 3, 2027 3:22 PM"),
        dict(name="Find two young people for the PfA coordinator interview panel", person="Kerry Lang", status="", due="", timeline="", pri="Medium",
             notes="Interviews are straight after Easter - Kerry needs the names before schools break up for Easter so HR can send packs.",
             upd="Kerry Lang (Mar 3, 2027 3:25 PM): will ask at the PCF coffee morning.", last="Mar 3, 2027 3:25 PM"),
        dict(name="Post-16 funding changes - noted from DfE letter", person="", status="Info", due="", timeline="", pri="",
             notes="Priya's item. For awareness; the High Needs Block group is dealing with this.", upd="", last="Mar 3, 2027 3:27 PM"),
    ]),
    ("Completed", "C4C4C4", [
        dict(name="Share PfA self-assessment with the Board", person="Owen Reid", status="Done", due="2027-01-20", timeline="", pri="",
             notes="Went to Jan Board.", upd="", last="Jan 21, 2027 8:50 AM"),
        dict(name="Book March meeting room", person="Ruth Hill", status="Done", due="2027-02-20", timeline="", pri="", notes="", upd="",
             last="Feb 10, 2027 11:30 AM"),
    ]),
]

for gname, colour, items in groups:
    row([gname], bold=True, fill=colour)
    row(HDR, bold=True)
    for it in items:
        row([it["name"], it["person"], it["status"], it["due"], it["timeline"], it["pri"], it["notes"], it["upd"], nid(), it["last"],
             ", ".join(s[0] for s in it.get("subs", []))])
        if isinstance(it["due"], dt.date):
            ws.cell(ws.max_row, 4).number_format = "yyyy-mm-dd"
        if it.get("subs"):
            row([""] + SUBHDR, bold=True)
            for s in it["subs"]:
                row(["", s[0], s[1], s[2], s[3]], indent=1)
    row([])

for col, w in zip("ABCDEFGHIJK", [55, 24, 14, 12, 24, 10, 60, 50, 14, 20, 40]):
    ws.column_dimensions[col].width = w
wb.save(OUT)
