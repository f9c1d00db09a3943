"""Builds 409_fiftyfifth_pfa_transitions_tracker_smartsheet_comments.csv (Smartsheet-style CSV, UK date locale)."""
import csv

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "409_fiftyfifth_pfa_transitions_tracker_smartsheet_comments.csv")
cols = ["Task Name", "YP Ref", "NCY", "Transition Stage", "Assigned To", "Start Date", "Due Date", "Status",
        "At Risk", "Done", "Latest Comment", "Modified", "Modified By"]
R = [
 ["PfA Transitions Tracker - Y11 & Y13 cohort 2026/27 (reviewed at tracker mtg Tue 09/03/27)", "", "", "", "", "", "", "", "false", "false",
  "[Owen Reid 09/03/27 16:02] Sheet updated after today's tracker meeting. New actions added as rows, changes noted in comments. Next tracker meeting Tue 13/04/27 (after Easter).",
  "09/03/27 16:02", "owen.reid@westmoor.gov.uk"],
 ["Year 11 - college destinations", "", "", "", "", "", "", "", "false", "false", "", "", ""],
 ["Confirm college interview date for YP-1107 (Foundation Studies)", "YP-1107", "11", "Post-16 destination", "owen.reid@westmoor.gov.uk",
  "01/03/27", "19/03/27", "In Progress", "false", "false",
  "[Owen Reid 09/03/27 15:40] College admissions still not replied. I'll ring them direct.", "09/03/27 15:40", "owen.reid@westmoor.gov.uk"],
 ["Consult Westmoor College re: named placement YP-1112", "YP-1112", "11", "Post-16 destination", "Raj Bains",
  "12/01/27", "26/02/27", "Complete", "false", "true",
  "[Raj Bains 24/02/27 11:18] College responded - can meet needs. Consultation closed.\n[Owen Reid 09/03/27 15:44] Agreed at tracker meeting: @Priya Shah to confirm the post-16 place funding for YP-1112 by 16/03 so the amended plan can be issued.",
  "09/03/27 15:44", "owen.reid@westmoor.gov.uk"],
 ["Gather YP views for Y11 transition reviews (easy read survey)", "", "11", "Voice of YP", "sarah.khan@westmoor.gov.uk",
  "09/03/27", "", "Not Started", "false", "false",
  "[Sarah Khan 09/03/27 15:51] Will get the easy read survey out to all 14 Y11s by end of next week. Due date to follow once I've checked with schools.",
  "09/03/27 15:51", "sarah.khan@westmoor.gov.uk"],
 ["Travel training referral - YP-1109", "YP-1109", "11", "Independence", "Mark Walsh",
  "09/03/27", "01/04/27", "Not Started", "false", "false",
  "[Owen Reid 09/03/27 15:46] Mark to refer to the independent travel training team before the summer term starts.", "09/03/27 15:46", "owen.reid@westmoor.gov.uk"],
 ["Y9/Y11 PfA outcomes at annual review - Westmoor Academy", "", "11", "Annual review", "J. Oduya (Westmoor Academy SENCo)",
  "15/02/27", "05/03/27", "In Progress", "true", "false",
  "[Owen Reid 09/03/27 15:49] Overdue - Jo O. said at the meeting the PfA sections for the 3 Y11s will be done by 22/03. New date agreed 22/03, please update Due Date.",
  "09/03/27 15:49", "owen.reid@westmoor.gov.uk"],
 ["Year 13 / 19-25 - adult services", "", "", "", "", "", "", "", "false", "false", "", "", ""],
 ["Refer YP-1090 to adult social care transitions team (Care Act assessment)", "YP-1090", "13", "Adult social care", "Transitions Social Worker",
  "09/03/27", "24/03/27", "Not Started", "false", "false", "", "09/03/27 15:52", "owen.reid@westmoor.gov.uk"],
 ["Supported internship application - YP-1123", "YP-1123", "13", "Employment", "owen.reid@westmoor.gov.uk",
  "18/01/27", "12/03/27", "Withdrawn", "false", "false",
  "[Owen Reid 09/03/27 15:55] YP has accepted apprenticeship offer with Westmoor Leisure. Internship application withdrawn - no further action.",
  "09/03/27 15:55", "owen.reid@westmoor.gov.uk"],
 ["Health transition: adult LD nurse handover for YP-1094", "YP-1094", "13", "Health", "Yusuf Okafor",
  "09/03/27", "30/04/27", "Not Started", "false", "false",
  "[Yusuf Okafor 09/03/27 15:58] Will link with the adult LD team and get a joint handover visit booked. Annual health check also due - GP to pick up (not for this tracker).",
  "09/03/27 15:58", "yusuf.okafor@westmoor.nhs.uk"],
 ["Housing options conversation - YP-1090", "YP-1090", "13", "Independent living", "Housing Pathway Officer",
  "01/02/27", "05/03/27", "Complete", "false", "true",
  "[Owen Reid 05/03/27 10:21] Done - visit 04/03, options letter sent to family.", "05/03/27 10:21", "owen.reid@westmoor.gov.uk"],
 ["Cohort data return to DfE (PfA destinations)", "", "", "Reporting", "Liam Porter",
  "", "", "On Hold", "false", "false",
  "[Liam Porter 09/03/27 15:59] DfE have not yet published the template for this year - nothing to do until they do.", "09/03/27 15:59", "liam.porter@westmoor.gov.uk"],
]
with open(OUT, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(cols)
    w.writerows(R)
print("saved", OUT)
