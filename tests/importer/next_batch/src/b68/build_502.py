"""502: Notion database (PCF action tracker) exported as CSV - PCF steering group 22 April 2027."""
import csv, json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "502_sixtyeighth_pcf_steering_notion_database_csv_relation_rollup"

M22 = "Steering group \u2013 22 April 2027 (https://www.notion.so/Steering-group-22-April-2027-4c1d8e0a7b2f4e6f9a51c3d2b7e81f06?pvs=21)"
M18 = "Steering group \u2013 18 March 2027 (https://www.notion.so/Steering-group-18-March-2027-b93a51e2c0d84f7aa1e6d2c4f5086b3e?pvs=21)"
M11 = "Steering group \u2013 11 February 2027 (https://www.notion.so/Steering-group-11-February-2027-1e7f3c9d2a6b4f58b0c4e9a8d3f71b25?pvs=21)"

H = ["Name", "Assignee", "Status", "Due", "Meeting", "Meeting date", "Tags", "Priority", "Notes", "Created by", "Created time",
     "Last edited time"]
rows = [
    ["Draft PCF response to the home to school transport consultation", "Priya Mistry", "Not started", "May 14, 2027", M22,
     "April 22, 2027", "Action, Transport", "High",
     "Consultation closes 21 May. Priya to circulate a draft to the steering group a week before.", "Kerry Lang",
     "April 22, 2027 8:03 PM", "April 22, 2027 8:05 PM"],
    ["Write the PCF annual report 2026-27", "Kerry Lang", "In progress", "June 11, 2027", f"{M18}, {M22}",
     "March 18, 2027, April 22, 2027", "Action, Governance", "Medium",
     "Re-assigned 22/04 from Priya M to Kerry (Priya stepping back from the committee in May). Needs to go to AGM papers.",
     "Tom Evans", "March 18, 2027 8:41 PM", "April 22, 2027 8:11 PM"],
    ["Agreed: PCF will not sit on the new short breaks allocation panel", "", "Done", "", M22, "April 22, 2027",
     "Decision", "", "Conflict of interest \u2013 we will observe annually instead. Tom to tell Mary Walker informally.",
     "Kerry Lang", "April 22, 2027 8:06 PM", "April 22, 2027 8:06 PM"],
    ["Recruit 4 parents for the EHCP co-production reading panel", "Kerry Lang", "Not started", "", M22, "April 22, 2027",
     "Action, EHCP", "Medium", "Kerry happy to lead. Ongoing \u2013 no date set. Ask at the May coffee morning.", "Kerry Lang",
     "April 22, 2027 8:08 PM", "April 22, 2027 8:08 PM"],
    ["Update the SEND jargon buster on the website", "Tom Evans", "In progress", "April 9, 2027", M18, "March 18, 2027",
     "Action, Comms", "Low", "22/04: nearly done, just the EHCP section. Tom keeping it.", "Tom Evans",
     "March 18, 2027 8:39 PM", "April 22, 2027 7:48 PM"],
    ["Book Westmoor Hub for the summer SEND fair", "Tom Evans", "Not started", "May 7, 2027", M22, "April 22, 2027",
     "Action, Events", "High", "Fair is Sat 10 July. Hub hold expires 7 May so book by then.", "Kerry Lang",
     "April 22, 2027 8:14 PM", "April 22, 2027 8:14 PM"],
    ["Summer SEND fair", "", "Not started", "July 10, 2027", M22, "April 22, 2027", "Event", "",
     "Event date (not a task). Stalls list on the Events page.", "Kerry Lang", "April 22, 2027 8:15 PM", "April 22, 2027 8:15 PM"],
    ["Ask Claire (SENDIASS) to co-host the tribunal rights session", "Tom Evans", "Not started", "April 30, 2027", M22,
     "April 22, 2027", "Action, Training", "Medium", "Claire Dunmore said yes in principle at the Board. Confirm date for June.",
     "Tom Evans", "April 23, 2027 9:10 AM", "April 23, 2027 9:10 AM"],
    ["Collect three parent stories for the Partnership Board", "Priya Mistry", "Done", "March 31, 2027", M18, "March 18, 2027",
     "Action", "Medium", "Done \u2013 sent to Ruth Hill 29/03.", "Tom Evans", "March 18, 2027 8:44 PM", "April 22, 2027 7:50 PM"],
    ["Idea: podcast for dads and male carers", "", "Not started", "", M22, "April 22, 2027", "Idea", "",
     "Suggested by a member via Kerry. Parked \u2013 revisit in the autumn when we have capacity.", "Kerry Lang",
     "April 22, 2027 8:17 PM", "April 22, 2027 8:17 PM"],
    ["Complete the Contact grant monitoring return", "", "Not started", "June 30, 2027", M22, "April 22, 2027",
     "Action, Finance", "High", "Jo Bennett (treasurer) to complete; Tom to sign off. Jo isn't on Notion yet.", "Tom Evans",
     "April 22, 2027 8:20 PM", "April 22, 2027 8:20 PM"],
    ["Elect co-chair for 2027-28", "", "Done", "", M22, "April 22, 2027", "Decision, Governance", "",
     "Kerry Lang elected co-chair from 1 May alongside Tom. Unanimous.", "Tom Evans", "April 22, 2027 8:22 PM",
     "April 22, 2027 8:22 PM"],
    ["Set up PCF WhatsApp community for secondary parents", "Priya Mistry", "Done", "March 5, 2027", M11, "February 11, 2027",
     "Action, Comms", "Low", "Live \u2013 142 members.", "Tom Evans", "February 11, 2027 8:30 PM", "March 18, 2027 8:36 PM"],
]
with open(OUT / (STEM + ".csv"), "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    w.writerow(H)
    w.writerows(rows)

labels_out = {
    "meeting_date": "2027-04-22",
    "style": ("Held-out batch sixtyeighth. A Notion database ('PCF actions') exported as CSV: header row only, Notion date formats "
              "('May 14, 2027', 'April 22, 2027 8:03 PM'), a relation column 'Meeting' holding page titles with notion.so URLs, a "
              "'Meeting date' rollup, multi-select Tags, people in Assignee. The meeting is the one most rows relate to: "
              "'Steering group - 22 April 2027' (Thursday). Labelled: the rows related to that meeting tagged Action with an "
              "owner (Assignee, or for the grant return the treasurer named in Notes, Jo Bennett, not in the cast), including the "
              "tribunal session row created the next morning (April 23) but related to the 22 April meeting, and the annual report "
              "re-assigned at this meeting from Priya M to Kerry. Not labelled: rows tagged Decision (short breaks panel, co-chair "
              "election), the Event row (the fair date is not a task), the parked Idea, the 18 March jargon buster (updated, same "
              "owner) and Done rows from earlier meetings. Dates: the Due column as written (US month-name format); Kerry's "
              "reading-panel recruitment is 'ongoing - no date set' (null)."),
    "held_out": True,
    "actions": [
        {"key": "Draft PCF response to the home to school", "owner": "Priya Mistry", "person": "Priya Mistry", "due": "2027-05-14"},
        {"key": "Write the PCF annual report 2026-27", "owner": "Kerry Lang", "person": "Kerry Lang", "due": "2027-06-11"},
        {"key": "Recruit 4 parents for the EHCP co-production", "owner": "Kerry Lang", "person": "Kerry Lang", "due": None},
        {"key": "Book Westmoor Hub for the summer", "owner": "Tom Evans", "person": "Tom Evans", "due": "2027-05-07"},
        {"key": "Ask Claire (SENDIASS) to co-host the tribunal", "owner": "Tom Evans", "person": "Tom Evans", "due": "2027-04-30"},
        {"key": "Complete the Contact grant monitoring return", "owner": "Jo Bennett", "person": None, "due": "2027-06-30"},
    ],
}
(OUT / (STEM + ".labels.json")).write_text(json.dumps(labels_out, indent=1, ensure_ascii=False), encoding="utf-8")
