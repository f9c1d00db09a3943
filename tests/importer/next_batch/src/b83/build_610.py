"""610: SharePoint list CSV export - Network of SEND Champions action list, summer meeting Wed 16 June 2027.
Person column as claims / lookup ids; site regional settings English (US) so dates are M/D/YYYY."""
import csv
from pathlib import Path

OUT = Path("/tmp/b83/610_eightythird_sharepoint_list_csv_champions_claims_owners_us_dates.csv")
SPR = "2;#Spring term Network meeting - 10/03/2027"
SUM = "3;#Summer term Network meeting - 16/06/2027"
def claim(email):
    return "i:0#.f|membership|" + email
HB = claim("helen.brooks@riverside.westmoor.sch.uk")
RH = claim("ruth.hill@westmoor.gov.uk")
SK = claim("sarah.khan@westmoor.gov.uk")
DL = claim("david.lowe@westmoor.gov.uk")
CD = claim("claire.dunmore@westmoorsendiass.org.uk")
NK = claim("nadia.khan@riverside.westmoor.sch.uk")
HDR = ["ID", "Title", "Action Owner", "Due Date", "Status", "Meeting", "Raised By", "Notes", "Item Type", "Path", "Created", "Modified", "Modified By"]
P = "sites/WestmoorSENDPartnership/Lists/Champions Network Actions"
rows = [
    [31, "Champions' termly newsletter - spring edition", SK, "3/26/2027", "Completed", SPR, "Helen Brooks", "Went out 24/3.", "Item", P, "3/10/2027 4:12 PM", "3/24/2027 10:30 AM", "Sarah Khan"],
    [32, "Collect examples of good one page profiles", HB, "4/30/2027", "Completed", SPR, "Helen Brooks", "18 examples in the Teams folder.", "Item", P, "3/10/2027 4:15 PM", "5/2/2027 9:01 AM", "Helen Brooks"],
    [33, "EP consultation line - publicise to Champions", DL, "4/23/2027", "In Progress", SPR, "Ruth Hill",
     "Carried at 16/06 meeting - flyer done, email to Champions still to go. David says end of term.", "Item", P, "3/10/2027 4:18 PM", "6/16/2027 3:40 PM", "Ruth Hill"],
    [34, "Part-time timetables - Champions' feedback", "", "", "Referred", SPR, "Nadia Khan", "Passed to the Inclusion workstream in April.", "Item", P, "3/10/2027 4:20 PM", "4/14/2027 2:00 PM", "Ruth Hill"],
    # ---- summer meeting
    [40, "Summer meeting - notes and attendance", "", "", "For information", SUM, "Ruth Hill",
     "Network of SEND Champions, Wednesday 16 June 2027, 3.45-5.15pm, Riverside Primary School (hosted by Nadia Khan). "
     "34 Champions attended (22 primary, 9 secondary, 3 special/AP). Chair: Helen Brooks. Also: David Lowe (EP service), "
     "Sarah Khan, Claire Dunmore (SENDIASS), Kerry Lang (PCF), Ruth Hill (notes). Apologies: Mary Walker, Sarah Kent.\n"
     "Items: (1) One page profiles - Helen showed the template pack built from spring examples; (2) SEN Information Reports - "
     "the new checklist; (3) EP consultation line - carried; (4) Part-time timetables - Inclusion workstream update, noted; "
     "(5) Autumn conference planning; (6) SENDIASS - tribunal trends requested for autumn.\n"
     "Actions below are the ones raised at this meeting. Autumn meeting: Wednesday 13 October 2027.",
     "Item", P, "6/16/2027 3:30 PM", "6/17/2027 8:55 AM", "Ruth Hill"],
    [41, "Share the One Page Profile template pack with all Champions", HB, "6/25/2027", "Not Started", SUM, "Helen Brooks",
     "Via the Champions Teams channel once it exists, otherwise by email.", "Item", P, "6/16/2027 4:05 PM", "6/16/2027 4:05 PM", "Ruth Hill"],
    [42, "Audit your school's SEN Information Report against the new checklist", "All Network members", "7/21/2027", "Not Started", SUM, "Helen Brooks",
     "Every Champion for their own school, before the end of the summer term.", "Item", P, "6/16/2027 4:10 PM", "6/16/2027 4:10 PM", "Ruth Hill"],
    [43, "Book venue and speakers for the autumn Network conference", SK, "9/10/2027", "Not Started", SUM, "Helen Brooks",
     "Conference is in November. Budget agreed by Mary before the meeting.", "Item", P, "6/16/2027 4:22 PM", "6/16/2027 4:22 PM", "Ruth Hill"],
    [44, "Set up a Teams channel for Champions to share resources", RH, "6/30/2027", "Not Started", SUM, "Kerry Lang",
     "Include PCF Parent Champions as guests.", "Item", P, "6/16/2027 4:25 PM", "6/16/2027 4:25 PM", "Ruth Hill"],
    [45, "Send Champions the updated Ordinarily Available Provision guidance when it is published", DL, "", "Not Started", SUM, "Helen Brooks",
     "On publication - expected September, no date.", "Item", P, "6/16/2027 4:31 PM", "6/16/2027 4:31 PM", "Ruth Hill"],
    [46, "Present SENDIASS tribunal trends at the autumn meeting", CD, "", "Not Started", SUM, "Nadia Khan",
     "Autumn meeting 13/10.", "Item", P, "6/16/2027 4:40 PM", "6/16/2027 4:40 PM", "Ruth Hill"],
    [47, "Host the spring 2028 Network meeting at Riverside", NK, "", "Proposed", SUM, "Nadia Khan",
     "Nadia offered - to confirm with her governors first. Not agreed yet.", "Item", P, "6/16/2027 4:44 PM", "6/16/2027 4:44 PM", "Ruth Hill"],
    [48, "Circulate today's slides", RH, "6/16/2027", "Completed", SUM, "Helen Brooks", "Sent at 5.30pm.", "Item", P, "6/16/2027 4:50 PM", "6/16/2027 5:31 PM", "Ruth Hill"],
    [49, "Inclusion workstream to consider Champions' views on reduced timetables guidance", "", "", "Referred", SUM, "Helen Brooks",
     "For the Inclusion workstream - not a Network action.", "Item", P, "6/16/2027 4:52 PM", "6/16/2027 4:52 PM", "Ruth Hill"],
]
with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(HDR)
    w.writerows(rows)
