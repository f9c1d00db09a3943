import csv, io, sys
sys.path.insert(0, "/tmp/b94/src")
import lab
STEM = "683_ninetyfourth_sharepoint_actions_list_export"
H = ["ID", "Title", "Meeting", "Meeting Date", "Assigned To", "Due Date", "Status", "Priority", "Latest Update", "Created", "Modified", "Modified By", "Item Type", "Path"]
P = "sites/WestmoorSENDPartnership/Lists/Partnership Actions"
R = [
 ["198", "Publish annual SEND report 2026/27 on Local Offer", "Partnership Board", "5/13/2027", "Liam Porter", "7/15/2027", "Completed", "(2) Normal", "Published 9 July", "5/14/2027 9:12 AM", "7/16/2027 10:03 AM", "Ruth Hill"],
 ["205", "Agree joint protocol with SENDIASS on mediation signposting", "Partnership Board", "7/15/2027", "Claire Dunmore", "10/21/2027", "In Progress", "(2) Normal",
  "16/09/27 Board - draft shared but not signed off by legal, new due date agreed 21 Oct (was 16 Sept)", "7/16/2027 11:40 AM", "9/17/2027 2:15 PM", "Ruth Hill"],
 ["209", "Review EHCP annual review backlog recovery plan", "Partnership Board", "7/15/2027", "Mary Walker", "11/18/2027", "In Progress", "(1) High", "16/09 - on track, MW will report in Nov as planned", "7/16/2027 11:44 AM", "9/17/2027 2:16 PM", "Ruth Hill"],
 ["211", "Write to MPs re high needs funding", "Partnership Board", "7/15/2027", "Anne Price", "9/16/2027", "Completed", "(3) Low", "Letter sent 2/8, reply from one MP tabled for info", "7/16/2027 11:46 AM", "9/17/2027 2:17 PM", "Ruth Hill"],
 ["214", "OT waiting list validation exercise", "Health Sub-Group", "9/2/2027", "Grace Adeyemi", "10/14/2027", "In Progress", "(2) Normal", "Health SG to track", "9/3/2027 8:55 AM", "9/3/2027 8:55 AM", "Yusuf Okafor"],
 ["215", "Community paeds clinic letters - add SEND contact details", "Health Sub-Group", "9/2/2027", "Anita Patel", "10/1/2027", "Not Started", "(3) Low", "", "9/3/2027 8:57 AM", "9/3/2027 8:57 AM", "Yusuf Okafor"],
 ["216", "Sample 10 EHCPs for QA moderation - Q2", "QA Panel", "9/9/2027", "David Lowe", "10/7/2027", "Not Started", "(2) Normal", "", "9/9/2027 4:30 PM", "9/9/2027 4:30 PM", "David Lowe"],
 ["218", "Update Local Offer pages on post-16 transport appeals", "Partnership Board", "9/16/2027", "Mark Walsh", "10/29/2027", "Not Started", "(2) Normal", "PCF to check wording before it goes live", "9/17/2027 2:20 PM", "9/17/2027 2:20 PM", "Ruth Hill"],
 ["219", "Share draft sufficiency capital bids with PCF before submission", "Partnership Board", "9/16/2027", "Priya Shah", "10/8/2027", "Not Started", "(1) High", "", "9/17/2027 2:22 PM", "9/17/2027 2:22 PM", "Ruth Hill"],
 ["220", "Arrange Board development session on preparing for adulthood", "Partnership Board", "9/16/2027", "Ruth Hill", "", "Not Started", "(3) Low", "Date TBC - Anne to confirm availability", "9/17/2027 2:23 PM", "9/17/2027 2:23 PM", "Ruth Hill"],
 ["221", "DECISION - Board endorsed the Inclusion Charter for schools", "Partnership Board", "9/16/2027", "", "", "N/A", "(2) Normal", "Logged as a decision, no action - RH", "9/17/2027 2:25 PM", "9/17/2027 2:25 PM", "Ruth Hill"],
 ["222", "Report back on autism assessment waits by locality", "Partnership Board", "9/16/2027", "Yusuf Okafor", "11/18/2027", "Not Started", "(1) High", "Nov Board", "9/17/2027 2:27 PM", "9/17/2027 2:27 PM", "Ruth Hill"],
 ["223", "Circulate Ofsted/CQC revisit self-evaluation draft to members for comment", "Partnership Board", "9/16/2027", "James Whitfield", "9/24/2027", "In Progress", "(1) High", "", "9/17/2027 2:29 PM", "9/20/2027 9:02 AM", "James Whitfield"],
 ["224", "PCF to run parent drop-ins on new EHCP portal", "Partnership Board", "9/16/2027", "Tom Evans", "", "Not Started", "(3) Low", "Offer from PCF noted - forum will do this through its own programme, not a Board action. Delete?", "9/17/2027 2:31 PM", "9/17/2027 2:31 PM", "Ruth Hill"],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(H)
for r in R: w.writerow(r + ["Item", P])
with open(f"/tmp/b94/{STEM}.csv", "w", encoding="utf-8-sig", newline="") as f: f.write(buf.getvalue())

lab.write(STEM, "2027-09-16",
 "A SharePoint list ('Partnership Actions') exported to CSV with US-format dates (M/D/YYYY, site locale never set) and SharePoint system columns; the list is shared by the Partnership Board, the Health Sub-Group and the QA Panel. Meeting: Partnership Board on Thursday 16 September 2027 (Meeting Date 9/16/2027; items modified 9/17). Traps: rows 214-216 belong to other bodies; 198 and 211 completed; 209 still open 'on track' as planned (not re-dated); 221 is a decision logged as an item; 224 is a PCF offer the clerk notes is 'not a Board action'. Labelled: 205 re-dated at this Board (due 10/21/2027 = Thursday 21 October 2027) and new Board rows 218, 219, 220, 222, 223. Owners are the Assigned To names. Dates: 10/29/2027 = 2027-10-29; 10/8/2027 = 2027-10-08; 220 has no due date ('Date TBC') = null; 11/18/2027 (Nov Board) = 2027-11-18; 9/24/2027 = 2027-09-24.",
 [("Agree joint protocol with SENDIASS on mediation signposting", "Claire Dunmore", "Claire Dunmore", "2027-10-21"),
  ("Update Local Offer pages on post-16 transport", "Mark Walsh", "Mark Walsh", "2027-10-29"),
  ("Share draft sufficiency capital bids with PCF", "Priya Shah", "Priya Shah", "2027-10-08"),
  ("Arrange Board development session on preparing for adulthood", "Ruth Hill", "Ruth Hill", None),
  ("Report back on autism assessment waits by locality", "Yusuf Okafor", "Yusuf Okafor", "2027-11-18"),
  ("Circulate Ofsted/CQC revisit self-evaluation draft to members", "James Whitfield", "James Whitfield", "2027-09-24")])
