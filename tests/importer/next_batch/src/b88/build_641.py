"""641: parent forum steering group 'actions' spreadsheet kept by a volunteer, with a stale copied sheet."""
import json
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

OUT = Path("/tmp/b88"); STEM = "641_eightyeighth_pcf_volunteer_actions_sheet"
wb = Workbook(); ws = wb.active; ws.title = "Sheet1"
green = PatternFill("solid", fgColor="C6EFCE"); yellow = PatternFill("solid", fgColor="FFFF99")
ws["A1"] = "WPCF steering group - ACTIONS (updated after mtg Mon 19th April)"; ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "next steering grp Mon 17th May 7pm zoom"
ws.append([])
ws.append(["what", "who", "when", "done?", "notes"])
for c in ws[4]: c.font = Font(bold=True)
rows = [
    ("send thank you card + flowers to Riverside for hosting", "Kerry", "after easter", "", "", "strike"),
    ("Tom to email Mary W about the EHCP annual review backlog (families waiting 6+ months)", "Tom", "by half term", "", "cc Anne Price? Tom to decide", None),
    ("chase transport re: bus passes for post-16", "Kerry", "asap", "n/a", "Mark Walsh says council writing to ALL post-16 families in May so nothing for us to do", None),
    ("Kerry to book the room at the Hub for coffee morning (July one)", "Kerry", "w/c 7th June", "", "Hub want 6 wks notice!!", None),
    ("Priya M to update the forum Facebook page with the survey link", "Priya M", "asap", "", "link from Sarah K (participation) - NOT Sarah Kent", None),
    ("Priya M & Tom to draft response to the SEND consultation", "Priya M & Tom", "end of april??", "started", "council deadline is 7th May so need to get it to committee first", None),
    ("Ask Sarah (participation) for the young people's group dates", "Tom", "next steering grp", "", "", None),
    ("newsletter - spring edition", "Priya M", "Spring term", "y", "sent 12/4", None),
    ("Kerry to recruit 2 more parents for the ND T&F", "Kerry", "ongoing", "1 so far", "", None),
    ("idea - parent ambassador scheme for each school?", "?", "", "", "talk about at AGM maybe", None),
    ("get DBS checks renewed for coffee morning volunteers", "Tom", "March", "yes", "", None),
]
r = 5
for what, who, when, done, notes, style in rows:
    for c, v in enumerate([what, who, when, done, notes], 1):
        cell = ws.cell(r, c, v); cell.alignment = Alignment(wrap_text=True, vertical="top")
        if style == "strike":
            cell.font = Font(strike=True); cell.fill = green
        elif done in ("y", "yes"):
            cell.fill = green
        elif done == "started":
            cell.fill = yellow
    r += 1
for col, w in zip("ABCDE", [62, 14, 18, 10, 48]):
    ws.column_dimensions[col].width = w

old = wb.create_sheet("Copy of Sheet1")
old["A1"] = "WPCF steering group - ACTIONS (mtg Mon 15th March)"
old.append([])
old.append([])
old.append(["what", "who", "when", "done?", "notes"])
for row in [
    ("send thank you card + flowers to Riverside for hosting", "Kerry", "after easter", "", ""),
    ("Tom to email Mary W about the EHCP annual review backlog", "Tom", "before easter", "", ""),
    ("chase transport re: bus passes for post-16", "Kerry", "asap", "", ""),
    ("Priya M & Tom to draft response to the SEND consultation", "Priya M", "mid april", "", "consultation opens 1st April"),
    ("newsletter - spring edition", "Priya M", "Spring term", "", ""),
    ("get DBS checks renewed for coffee morning volunteers", "Tom", "March", "", ""),
    ("Kerry to recruit 2 more parents for the ND T&F", "Kerry", "ongoing", "", ""),
]:
    old.append(list(row))
old.column_dimensions["A"].width = 62
wb.save(OUT / f"{STEM}.xlsx")

labels = {"meeting_date": "2027-04-19", "style": (
    "Held-out batch eightyeighth. A parent carer forum steering group 'actions' spreadsheet kept by a volunteer: lower-case headers "
    "(what / who / when / done? / notes), first names, typed vague dates, and a stale tab 'Copy of Sheet1' left over from the March "
    "meeting (older dates; ignored). The live sheet was updated after the steering group on Monday 19 April 2027; the next steering "
    "group is given as Mon 17th May. Traps: the Riverside thank-you row is done but only shown by strikethrough and green fill (no "
    "'done' text); newsletter and DBS rows done ('y', 'yes'); the post-16 bus passes row is for the council (Mark Walsh writing to "
    "families, 'nothing for us to do'); the parent ambassador scheme is an idea with owner '?'; 'Sarah K (participation) - NOT Sarah "
    "Kent' is a note. 'Priya M' is Priya Mistry (not Priya Shah). Dates: 'by half term' = May half term (w/c 31 May) so the last "
    "working day before it, Friday 28 May 2027; 'w/c 7th June' = Friday 11 June 2027; 'asap' = null; 'end of april??' = 30 April 2027; "
    "'next steering grp' = Monday 17 May 2027 (dated in the sheet); 'ongoing' = null. The consultation response has two owners "
    "'Priya M & Tom'; owner labelled as written, person the first named (Priya Mistry)."),
    "held_out": True, "actions": [
    {"key": "Tom to email Mary W about the EHCP", "owner": "Tom", "person": "Tom Evans", "due": "2027-05-28"},
    {"key": "Kerry to book the room at the Hub", "owner": "Kerry", "person": "Kerry Lang", "due": "2027-06-11"},
    {"key": "update the forum Facebook page with the survey link", "owner": "Priya M", "person": "Priya Mistry", "due": None},
    {"key": "draft response to the SEND consultation", "owner": "Priya M & Tom", "person": "Priya Mistry", "due": "2027-04-30"},
    {"key": "Ask Sarah (participation) for the young people's group dates", "owner": "Tom", "person": "Tom Evans", "due": "2027-05-17"},
    {"key": "Kerry to recruit 2 more parents", "owner": "Kerry", "person": "Kerry Lang", "due": None},
]}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
