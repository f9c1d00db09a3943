"""Builds 154: a Trello-style board export (CSV) saved as text, with a one-line export note."""
import csv
import io
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "154_eighteenth_board_export.txt"

cols = ["Card ID", "Card name", "List", "Members", "Due date", "Labels", "Description", "Archived", "Last activity"]
cards = [
    ("wsp-101", "TEMPLATE - copy me for new actions", "To do", "", "", "", "Copy this card. Put ONE person in Members and set a due date.", "false", "2026-11-02 09:12"),
    ("wsp-142", "Book venue for SEND Information Day (Sat 10 July)", "To do", "Ruth Hill", "2027-06-04 17:00", "Events", "Civic Centre main hall or the Family Hub. Need hearing loop + quiet room.", "false", "2027-05-24 10:31"),
    ("wsp-143", "Update the Local Offer transport page with new eligibility criteria", "To do", "Mark Walsh", "2027-06-18 17:00", "Local Offer, Transport", "New policy agreed by Cabinet in April. Mark to do once final wording is signed off.", "false", "2027-05-24 10:33"),
    ("wsp-144", "Translate the short breaks leaflet into Polish and Urdu", "To do", "", "2027-07-09 17:00", "Short breaks, Comms", "No member yet - Comms team to arrange via the council's translation contract.", "false", "2027-05-24 10:36"),
    ("wsp-145", "Confirm PCF reps for the July co-production workshop", "To do", "Tom Evans", "2027-06-30 17:00", "Co-production, PCF", "Need 3-4 parents incl. at least one with a child in post-16.", "false", "2027-05-24 10:38"),
    ("wsp-119", "Set up Padlet for anonymous feedback", "To do", "Sarah Khan", "2027-03-19 17:00", "Co-production", "Not going ahead - IG said no. Archived.", "true", "2027-03-22 14:05"),
    ("wsp-131", "Draft easy-read version of the Local Offer annual report", "In progress", "Sarah Khan", "2027-06-11 17:00", "Co-production, Local Offer", "First draft with the young people's group 2 June.", "false", "2027-05-21 16:20"),
    ("wsp-133", "Analyse 'You said, we did' survey returns by school phase", "In progress", "Liam Porter", "2027-06-25 17:00", "Data", "312 returns. Split primary / secondary / post-16.", "false", "2027-05-24 10:40"),
    ("wsp-128", "DfE response to our co-production case study submission", "Waiting on others", "", "", "External", "Submitted 12 April. DfE said 'in the summer'. Nothing for us to do.", "false", "2027-04-12 11:00"),
    ("wsp-136", "Westmoor Hospice to confirm a stall at Information Day", "Waiting on others", "", "", "Events, External", "Asked their family support lead 17 May - waiting to hear.", "false", "2027-05-17 15:22"),
    ("wsp-090", "Idea: podcast for dads / male carers?", "Backlog / ideas", "", "", "Ideas", "Raised at March workshop. Maybe next year.", "false", "2027-03-25 13:10"),
    ("wsp-112", "Relaunch the SEND newsletter in print", "Parked", "Ruth Hill", "2027-03-31 17:00", "Comms", "Parked by the board in April - no budget.", "false", "2027-04-20 12:45"),
    ("wsp-120", "Send thank-you vouchers to parents who attended March workshops", "Done", "Sarah Khan", "2027-04-09 17:00", "Co-production", "All 23 sent.", "false", "2027-04-08 09:50"),
    ("wsp-125", "Publish spring newsletter", "Done", "Ruth Hill, Tom Evans", "2027-04-30 17:00", "Comms", "", "false", "2027-04-29 15:01"),
    ("wsp-129", "Circulate the co-production charter to all schools", "Done", "Priya Shah", "2027-05-14 17:00", "Co-production, Schools", "Sent via the headteachers' bulletin 13/5.", "false", "2027-05-13 08:30"),
    ("wsp-138", "Share workshop notes with the young people's group", "Done", "Sarah Khan", "2027-05-21 17:00", "Co-production", "", "false", "2027-05-20 18:44"),
]

buf = io.StringIO()
buf.write("# Westmoor SEND Partnership - Co-production & Communications board. Exported 24/05/2027 10:52 "
          "after the fortnightly stand-up (Mon 24 May) by Ruth Hill. Times are UK local.\n")
w = csv.writer(buf, lineterminator="\n")
w.writerow(cols)
for c in cards:
    w.writerow(c)
OUT.write_text(buf.getvalue(), encoding="utf-8")
print(OUT)
