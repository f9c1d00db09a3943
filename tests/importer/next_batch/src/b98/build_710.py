"""CSV export from a project tool (WS3 Communication and Co-production board), after the 8 June 2027 check-in."""
import csv

OUT = "/tmp/b98/710_ninetyeighth_project_tool_export.csv"
cols = ["Item ID", "Name", "Group", "Assignee", "Target", "State", "Priority", "Comments", "Last updated", "Updated by"]
rows = [
    ["4471203", "Co-production charter - PCF sign off", "Carried from WS3 11 May", "Tom E", "2027-06-30", "Done", "High",
     "[03/06/2027 Tom E] Signed off at PCF steering group 3 June. Charter now on Local Offer.", "2027-06-03 18:22", "Tom E"],
    ["4471207", "Translate EHCP parent guide into Polish, Urdu and Romanian", "Carried from WS3 11 May", "Comms team", "30-Sep-27",
     "Not started", "Medium",
     "[11/05/2027 Ruth Hill] Needs budget.\n[08/06/2027 Ruth Hill] Budget confirmed by MW at check-in. Comms team to get 3 quotes and commission translation.",
     "2027-06-08 15:40", "Ruth Hill"],
    ["4471211", "Feedback from May drop-in sessions", "Carried from WS3 11 May", "Kerry Lang (PCF)", "2027-06-08", "Done", "Low",
     "[08/06/2027 Kerry Lang] Themes shared at check-in - waiting lists, comms from SEND team, annual reviews late. See attached slides.",
     "2027-06-08 11:05", "Kerry Lang"],
    ["4472980", "Draft refreshed You Said We Did page for Local Offer", "Actions - WS3 check-in 8 June 2027", "Sarah Khan", "2027-07-16",
     "Working on it", "High", "[08/06/2027 Ruth Hill] Sarah to draft and send to PCF for sign off before it goes live", "2027-06-08 15:44", "Ruth Hill"],
    ["4472981", "Produce the summer edition of the termly SEND newsletter", "Actions - WS3 check-in 8 June 2027", "Ruth Hill", "2027-07-09",
     "Working on it", "Medium", "[08/06/2027 Ruth Hill] Copy deadline for partners 25/06", "2027-06-08 15:46", "Ruth Hill"],
    ["4472984", "Set up parent reference group for annual review redesign", "Actions - WS3 check-in 8 June 2027", "Kerry L; Tom E",
     "next check-in", "Not started", "High",
     "[08/06/2027 Ruth Hill] KL and TE to recruit 8-10 parents incl. at least 2 of secondary age YP. Report back at next check-in.",
     "2027-06-08 15:49", "Ruth Hill"],
    ["4472985", "Share SENDIASS complaints themes (2026/27) with WS3", "Actions - WS3 check-in 8 June 2027", "Claire Dunmore", "2027-06-25",
     "Not started", "Medium", "[08/06/2027 Ruth Hill] Claire happy to share anonymised themes from the annual report", "2027-06-08 15:51", "Ruth Hill"],
    ["4472988", "Website accessibility audit of Local Offer", "Actions - WS3 check-in 8 June 2027", "Dan Whiteley (Digital)", "2027-07-30",
     "Stuck", "High",
     "[08/06/2027 Ruth Hill] Waiting on corporate digital team contract. Dan to chase supplier for start date and update board.",
     "2027-06-08 15:55", "Ruth Hill"],
    ["4472990", "Young people's podcast series", "Ideas / parking lot", "", "", "Parked", "Low",
     "[08/06/2027 Ruth Hill] Floated by SK. No capacity this year - revisit in the new year if the youth panel is up and running.",
     "2027-06-08 15:57", "Ruth Hill"],
    ["4470112", "Reprint old Local Offer leaflet", "Ideas / parking lot", "Ruth Hill", "", "Won't do", "Low",
     "[11/05/2027 Ruth Hill] Agreed not to reprint - leaflet out of date, QR code cards instead (done).", "2027-05-11 16:10", "Ruth Hill"],
    ["4472995", "WS2 short breaks survey launch (July)", "For info - other workstreams", "WS2 Joint Commissioning", "2027-07-05",
     "For info", "", "[08/06/2027 Ruth Hill] WS2 launching their own short breaks survey in July - WS3 to be aware, no action for us",
     "2027-06-08 16:02", "Ruth Hill"],
]
with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    w.writerow(cols)
    for r in rows:
        w.writerow(r)
