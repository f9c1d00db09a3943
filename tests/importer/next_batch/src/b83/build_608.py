"""608: Notion database CSV export - Local Offer workstream action log, meeting Tue 11 May 2027."""
import csv
from pathlib import Path

OUT = Path("/tmp/b83/608_eightythird_notion_csv_local_offer_relation_column_date_ranges.csv")
M_APR = "Local Offer workstream – 13 April 2027 (https://www.notion.so/westmoor-send/Local-Offer-workstream-13-April-2027-4be1c09a7d2e4f1bb8a3d05c61e2f7a0)"
M_MAY = "Local Offer workstream – 11 May 2027 (https://www.notion.so/westmoor-send/Local-Offer-workstream-11-May-2027-8c1f6e2d93a04b7c9d1e5fa2b0c4d318)"
HDR = ["Action", "Assignee", "Status", "Due", "Meeting", "Type", "Workstream", "Created", "Last edited time", "Notes"]
rows = [
    ["Audit Local Offer pages for out-of-date service contacts", "Ruth Hill", "Done", "April 30, 2027", M_APR, "Action", "Local Offer",
     "April 13, 2027 3:02 PM", "April 29, 2027 11:40 AM", "142 pages checked, 37 updated."],
    ["Short breaks statement – publish 2027/28 version", "Mary Walker", "In progress", "May 28, 2027", M_APR, "Action", "Local Offer",
     "April 13, 2027 3:05 PM", "May 11, 2027 2:31 PM", "Carried at 11 May – Cabinet sign-off 25 May, date unchanged."],
    ["Parent feedback widget – compare vendors", "Liam Porter", "In progress", "May 11, 2027", M_APR, "Action", "Local Offer",
     "April 13, 2027 3:09 PM", "May 11, 2027 2:33 PM", "Carried – 2 of 3 quotes in."],
    ["SEND Champions page – add network contacts", "Sarah Khan", "Done", "April 23, 2027", M_APR, "Action", "Local Offer",
     "April 13, 2027 3:11 PM", "April 20, 2027 9:55 AM", ""],
    # ---- 11 May
    ["Meeting notes – 11 May", "", "", "", M_MAY, "Notes", "Local Offer", "May 11, 2027 1:58 PM", "May 12, 2027 8:47 AM",
     "Present: Mary Walker (chair), Sarah Khan, Claire Dunmore, Liam Porter, Helen Brooks, Kerry Lang (PCF), Ruth Hill.\n"
     "Apologies: Tom Evans, Owen Reid.\n\n"
     "1. Analytics – Liam showed the top 20 search terms with zero results ('respite', 'EHCP form', 'transport appeal' top three). "
     "Already pulled before the meeting, so nothing further.\n"
     "2. Plain English – the 'Requesting an EHC needs assessment' page is the most visited and the most complained about (PCF survey). Sarah to rewrite with two parents.\n"
     "3. SENDIASS visibility – Claire asked for the SENDIASS contact box on every page, not just the 'Get help' section. Agreed.\n"
     "4. New search – goes live in test in mid-May; Kerry to organise parents to test over the following weeks.\n"
     "5. Platform – DECISION: stay on the current platform until the contract ends (March 2028). No procurement this year.\n"
     "6. Annual report – statutory 'You said, we did' report due; Mary to publish.\n"
     "7. Translations – families asked for Polish and Urdu. Ruth to get quotes for the key pages, back by next meeting.\n"
     "8. Schools' SEN Information Reports – Helen to speak to Riverside colleagues about a template that links back to the Local Offer.\n"
     "9. Broken links in short breaks directory – web team job, ticket raised (WEB-2211).\n\n"
     "Next meeting: Tuesday 8 June 2027, 2pm."],
    ["Rewrite the 'Requesting an EHC needs assessment' page in plain English", "Sarah Khan", "Not started", "June 4, 2027", M_MAY, "Action",
     "Local Offer", "May 11, 2027 2:20 PM", "May 11, 2027 2:20 PM", "With two parents from the PCF editorial group."],
    ["Add SENDIASS contact box to every Local Offer page footer", "Claire Dunmore", "Not started", "May 28, 2027", M_MAY, "Action",
     "Local Offer", "May 11, 2027 2:24 PM", "May 12, 2027 8:40 AM",
     "Claire to send the wording and logo to the web team; they will build it (their ticket)."],
    ["Test the new search with parents", "kerry.lang.pcf@gmail.com", "Not started", "May 17, 2027 → June 11, 2027", M_MAY, "Action",
     "Local Offer", "May 11, 2027 2:29 PM", "May 11, 2027 2:29 PM", "Kerry is a guest in Notion so shows as her email. Testing window."],
    ["Top 20 zero-result search terms", "Liam Porter", "Done", "May 11, 2027", M_MAY, "Action", "Local Offer",
     "May 11, 2027 2:31 PM", "May 11, 2027 2:31 PM", "Already done – shared in the meeting. Logged for the record."],
    ["Decision: stay on current Local Offer platform until contract end (March 2028)", "", "", "", M_MAY, "Decision", "Local Offer",
     "May 11, 2027 2:36 PM", "May 11, 2027 2:36 PM", ""],
    ["Publish the Local Offer annual report ('You said, we did')", "Mary Walker", "Not started", "July 1, 2027", M_MAY, "Action",
     "Local Offer", "May 11, 2027 2:39 PM", "May 11, 2027 2:39 PM", "Statutory. Draft to the June meeting first."],
    ["Translation of key pages into Polish and Urdu – get quotes", "Ruth Hill", "Not started", "", M_MAY, "Action", "Local Offer",
     "May 11, 2027 2:44 PM", "May 11, 2027 2:44 PM", "By next meeting."],
    ["Speak to Riverside about a school SEN Information Report template", "Helen Brooks", "Not started", "May 26, 2027", M_MAY, "Action",
     "Local Offer", "May 11, 2027 2:47 PM", "May 11, 2027 2:47 PM", "Template to link back to the Local Offer."],
    ["Fix broken links in the short breaks directory", "", "Not started", "", M_MAY, "Action", "Local Offer",
     "May 11, 2027 2:50 PM", "May 11, 2027 2:50 PM", "Web team (not in this group) – ticket WEB-2211 raised. Not ours to track."],
    ["Ordinarily available provision – link from Local Offer", "David Lowe", "Not started", "", "", "Idea", "Inclusion",
     "May 3, 2027 10:12 AM", "May 3, 2027 10:12 AM", "Inclusion workstream backlog – belongs to their database view, filtered wrongly into this export."],
]
with open(OUT, "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f)
    w.writerow(HDR)
    w.writerows(rows)
