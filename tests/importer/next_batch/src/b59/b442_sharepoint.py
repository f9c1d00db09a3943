"""442: SharePoint (Microsoft Lists) 'Export to CSV' of the PfA steering group action log.
Site regional settings were never changed from English (United States), so dates are m/d/yyyy."""
import csv, io
from common import OUT, write_labels

STEM = "442_fiftyninth_sharepoint_list_csv_export_pfa_steering_us_dates"
hdr = ["Title", "Action ID", "Meeting", "Meeting Date", "Type", "Assigned To", "Due Date", "Status", "% Complete",
       "Date Completed", "Workstream", "Updates", "Created", "Created By", "Modified", "Modified By", "Item Type", "Path"]
PATH = "sites/WestmoorSENDPartnership/Lists/PfA Steering Group Action Log"
JAN = "PfA Steering Group - 13 January"
MAR = "PfA Steering Group - 10 March"
rows = [
 ["Circulate draft supported internships offer to colleges", "PFA-019", JAN, "1/13/2027", "Action",
  "owen.reid@westmoor.gov.uk", "2/12/2027", "Completed", "100%", "2/9/2027", "Employment",
  "[2/9/2027 Owen Reid] Sent to all three colleges.", "1/13/2027 3:41 PM", "Ruth Hill", "2/9/2027 11:02 AM",
  "Owen Reid", "Item", PATH],
 ["Confirm health transition lead for each GP federation", "PFA-022", JAN, "1/13/2027", "Action",
  "yusuf.okafor@nhs.net", "3/5/2027", "Completed", "100%", "3/4/2027", "Health",
  "[3/4/2027 Yusuf Okafor] Names in the attached list.", "1/13/2027 3:47 PM", "Ruth Hill", "3/4/2027 4:15 PM",
  "Yusuf Okafor", "Item", PATH],
 ["Co-produce 'moving to adult services' guide with young people", "PFA-027", JAN, "1/13/2027", "Action",
  "sarah.khan@westmoor.gov.uk", "6/30/2027", "In Progress", "10%", "", "Independent living",
  "[1/13/2027 Ruth Hill] Owen to lead, due 4/30/2027.\n[3/10/2027 Ruth Hill] Reassigned to Sarah Khan at steering "
  "group (participation lead; Owen has no capacity until the summer). New due date 6/30/2027 agreed.",
  "1/13/2027 3:52 PM", "Ruth Hill", "3/10/2027 3:58 PM", "Ruth Hill", "Item", PATH],
 ["Review transition protocol with adult social care", "PFA-028", JAN, "1/13/2027", "Action",
  "k.osei@westmoor.gov.uk", "4/30/2027", "In Progress", "50%", "", "Independent living",
  "[3/10/2027 Ruth Hill] Kwame: on track, draft to April meeting of ASC DMT.", "1/13/2027 3:55 PM", "Ruth Hill",
  "3/10/2027 3:59 PM", "Ruth Hill", "Item", PATH],
 ["Analyse NEET data for young people with EHCPs", "PFA-029", JAN, "1/13/2027", "Action",
  "liam.porter@westmoor.gov.uk", "3/3/2027", "Completed", "100%", "3/1/2027", "Employment",
  "[3/1/2027 Liam Porter] Report in the March papers (item 3).", "1/13/2027 3:58 PM", "Ruth Hill",
  "3/1/2027 9:30 AM", "Liam Porter", "Item", PATH],
 ["Analyse NEET figures for EHCP cohort", "PFA-030", JAN, "1/13/2027", "Action",
  "liam.porter@westmoor.gov.uk", "3/3/2027", "Closed - duplicate of PFA-029", "0%", "", "Employment",
  "Entered twice by mistake.", "1/13/2027 4:02 PM", "Ruth Hill", "1/14/2027 9:12 AM", "Ruth Hill", "Item", PATH],
 ["Map post-16 destinations for Year 11 pupils with EHCPs", "PFA-031", MAR, "3/10/2027", "Action",
  "liam.porter@westmoor.gov.uk", "4/9/2027", "Not Started", "0%", "", "Education & training",
  "Item 3. Including those still without a named placement for September.", "3/10/2027 3:31 PM", "Ruth Hill",
  "3/10/2027 3:31 PM", "Ruth Hill", "Item", PATH],
 ["Arrange supported internship employer breakfast", "PFA-032", MAR, "3/10/2027", "Action",
  "owen.reid@westmoor.gov.uk", "5/14/2027", "Not Started", "0%", "", "Employment",
  "Item 4. Chamber of Commerce have offered a room. Aim for 15+ employers.", "3/10/2027 3:36 PM", "Ruth Hill",
  "3/10/2027 3:36 PM", "Ruth Hill", "Item", PATH],
 ["Update SENDIASS post-16 factsheet with new bus pass rules", "PFA-033", MAR, "3/10/2027", "Action",
  "claire.dunmore@westmoorsendiass.org.uk", "4/1/2027", "Not Started", "0%", "", "Education & training",
  "Item 5. Before the Easter holidays. The bus pass rules themselves are the transport team's (already decided).",
  "3/10/2027 3:40 PM", "Ruth Hill", "3/10/2027 3:40 PM", "Ruth Hill", "Item", PATH],
 ["Share adult social care transition referral data with the group", "PFA-034", MAR, "3/10/2027", "Action",
  "k.osei@westmoor.gov.uk", "3/25/2027", "Not Started", "0%", "", "Independent living",
  "Item 6. Kwame Osei (Transitions Team Manager, ASC) - Q3 figures.", "3/10/2027 3:44 PM", "Ruth Hill",
  "3/10/2027 3:44 PM", "Ruth Hill", "Item", PATH],
 ["Nominate two GP practices for health transition passport pilot", "PFA-035", MAR, "3/10/2027", "Action",
  "yusuf.okafor@nhs.net", "", "Not Started", "0%", "", "Health",
  "Item 7. Due date left blank - by next steering group (5/12/2027).", "3/10/2027 3:47 PM", "Ruth Hill",
  "3/10/2027 3:47 PM", "Ruth Hill", "Item", PATH],
 ["Steering group to meet bi-monthly from May", "PFA-036", MAR, "3/10/2027", "Decision",
  "anne.price@westmoorsendpartnership.org.uk", "", "Noted", "", "", "Governance",
  "Agreed by all. Next meeting 5/12/2027.", "3/10/2027 3:50 PM", "Ruth Hill", "3/10/2027 3:50 PM", "Ruth Hill",
  "Item", PATH],
 ["Shortfall in college places for Sept 2027 cohort", "PFA-037", MAR, "3/10/2027", "Risk",
  "james.whitfield@westmoor.gov.uk", "", "Monitoring", "", "", "Education & training",
  "Risk owner JW. Mitigation is the council's sufficiency plan and capital programme (Cabinet, June) - not a "
  "steering group action.", "3/10/2027 3:53 PM", "Ruth Hill", "3/10/2027 3:53 PM", "Ruth Hill", "Item", PATH],
 ["Send slides to members", "PFA-038", MAR, "3/10/2027", "Action", "ruth.hill@westmoor.gov.uk", "3/11/2027",
  "Completed", "100%", "3/10/2027", "Governance", "Sent with the draft notes.", "3/10/2027 3:55 PM", "Ruth Hill",
  "3/10/2027 4:40 PM", "Ruth Hill", "Item", PATH],
]
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(hdr)
for r in rows:
    assert len(r) == len(hdr), r[1]
    w.writerow(r)
(OUT / f"{STEM}.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

write_labels(STEM, "2027-03-10",
 "A SharePoint / Microsoft Lists 'Export to CSV' (UTF-8 with BOM) of the Preparing for Adulthood steering group "
 "action log after its Wednesday 10 March 2027 meeting. The site's regional settings were left as English (US), "
 "so every date is m/d/yyyy ('3/10/2027' is 10 March, '4/9/2027' is 9 April), Assigned To is a person column "
 "exported as email addresses, and the export keeps Created/Modified By, Item Type and Path columns; Updates is "
 "an append-only multi-line column. Traps: January rows completed, a January row still in progress with only "
 "'on track' (not new), a duplicate closed row, a Decision row and a Risk row (with an owner, but the mitigation "
 "is the council's plan), a slides row completed on the day. Labels: the five new 10 March Action rows plus "
 "PFA-027 re-assigned at this meeting from Owen to Sarah Khan (new due 6/30/2027 = 30 June); owners as the email "
 "in Assigned To; dates read as US m/d: 4/9 = Friday 2027-04-09, 5/14 = 2027-05-14, 4/1 = Thursday 2027-04-01, "
 "3/25 = Thursday 2027-03-25; PFA-035 has no Due Date but its update says by next steering group (5/12/2027) = "
 "Wednesday 2027-05-12. k.osei@westmoor.gov.uk is Kwame Osei, not in people.json, so person null.",
 [("Map post-16 destinations for Year 11 pupils with EHCPs", "liam.porter@westmoor.gov.uk", "Liam Porter", "2027-04-09"),
  ("Arrange supported internship employer breakfast", "owen.reid@westmoor.gov.uk", "Owen Reid", "2027-05-14"),
  ("Update SENDIASS post-16 factsheet with new bus pass rules", "claire.dunmore@westmoorsendiass.org.uk", "Claire Dunmore", "2027-04-01"),
  ("Share adult social care transition referral data", "k.osei@westmoor.gov.uk", None, "2027-03-25"),
  ("Nominate two GP practices for health transition passport pilot", "yusuf.okafor@nhs.net", "Yusuf Okafor", "2027-05-12"),
  ("Co-produce 'moving to adult services' guide with young people", "sarah.khan@westmoor.gov.uk", "Sarah Khan", "2027-06-30")])
