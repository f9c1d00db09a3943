"""435: Pentana-style internal audit actions export (CSV) after an audit close-out meeting."""
import csv, io
from common import OUT, write_labels

STEM = "435_fiftyeighth_pentana_internal_audit_actions_export"
H = ["Action Code", "Audit", "Finding / Recommendation", "Priority", "Agreed Management Action", "Assigned To",
     "Managed By", "Original Due Date", "Due Date", "Status", "Progress %", "Latest Note", "Latest Note Date", "Created"]
AUD25 = "IA-25-09 SEND Transport Eligibility 2025/26"
AUD26 = "IA-26-11 Personal Travel Budgets 2026/27"
AUD27 = "IA-27-14 SEND Home to School Transport - Contract Management 2027/28"
CLOSE = "Agreed at the IA-27-14 close-out meeting 02/12/2027 (Head of Transport, Head of SEND, Audit Manager)."
rows = [
 ("IA-25-09.01", AUD25, "The post-16 transport policy statement was published late in 2025.\nRecommendation: publish the statement by 31 May each year.", "Medium",
  "Publish the post-16 transport policy statement by 31 May each year", "Mark Walsh", "Sana Mahmood", "31/05/2026", "31/05/2026", "Completed", "100",
  "Published 28/05/2027 for 2027/28. Verified by IA. Closed.", "04/06/2027", "14/01/2026"),
 ("IA-25-09.02", AUD25, "Routes had not been reviewed for efficiency since 2022.", "Low",
  "Introduce an annual route optimisation review", "Passenger Transport Manager", "Sana Mahmood", "31/08/2026", "31/08/2026", "Completed", "100",
  "Review completed August 2026; 11 routes merged.", "09/09/2026", "14/01/2026"),
 ("IA-26-11.04", AUD26, "PTB payments are made termly in advance with no check against attendance.\nRecommendation: reconcile payments to attendance.", "High",
  "Monthly reconciliation of personal travel budget payments to school attendance data", "Mark Walsh", "Sana Mahmood", "30/06/2027", "31/01/2028", "In Progress", "40",
  "Re-assigned from the Passenger Transport Manager (post vacant) to the Head of Transport at the IA-27-14 close-out meeting on 02/12/2027; revised due date 31/01/2028 agreed by the Head of Audit.",
  "02/12/2027", "19/02/2027"),
 ("IA-27-14.01", AUD27, "Route contracts held by Transport could not be matched to purchase orders for 23 of 60 routes tested (value GBP 1.1m).", "High",
  "Carry out a full reconciliation of route contracts to the transport database and purchase orders", "Mark Walsh", "Sana Mahmood", "28/01/2028", "28/01/2028", "Not Started", "0",
  CLOSE, "02/12/2027", "02/12/2027"),
 ("IA-27-14.02", AUD27, "4 of 25 post-16 eligibility decisions sampled were made by a single officer with no record of the reasons.", "Medium",
  "Introduce a documented second-officer check on all post-16 SEND eligibility decisions", "Eligibility Team Leader (SEND Transport)", "Sana Mahmood", "28/02/2028", "28/02/2028", "Not Started", "0",
  CLOSE, "02/12/2027", "02/12/2027"),
 ("IA-27-14.03", AUD27, "Transport appeal outcomes and timescales are not reported to any governance body.", "Medium",
  "Report transport appeal outcomes and timescales quarterly to the SEND Partnership Board", "Mary Walker", "Sana Mahmood", "31/03/2028", "31/03/2028", "Not Started", "0",
  CLOSE + " First report to the March 2028 Board.", "02/12/2027", "02/12/2027"),
 ("IA-27-14.04", AUD27, "Local Offer transport pages still describe the 2024 policy.", "Low",
  "Update the Local Offer transport pages to reflect the 2028/29 policy once adopted by Cabinet", "Local Offer and Information Officer", "Sana Mahmood", "14/01/2028", "14/01/2028", "Not Started", "0",
  CLOSE, "02/12/2027", "02/12/2027"),
 ("IA-27-14.05", AUD27, "Enhanced DBS check dates were missing from the contract management system for 17 passenger assistants.", "High",
  "Record enhanced DBS checks for all passenger assistants on the contract management system", "Mark Walsh", "Sana Mahmood", "30/11/2027", "30/11/2027", "Completed", "100",
  "Completed before the final report was issued - 100% of records verified by Internal Audit on 01/12/2027. Closed at close-out meeting.", "02/12/2027", "02/12/2027"),
 ("IA-27-14.06", AUD27, "Recommendation: consider options for an in-house fleet for the highest-cost routes.", "Medium",
  "Risk accepted - Cabinet decided in July 2027 to retain external contracts. No further action.", "", "Sana Mahmood", "", "", "Risk Accepted", "",
  "Risk acceptance recorded by Head of Audit 02/12/2027; to be reported to Audit and Governance Committee 20/01/2028.", "02/12/2027", "02/12/2027"),
 ("IA-27-14.07", AUD27, "Advisory: management may wish to link independent travel training with the Preparing for Adulthood pathway.", "Advisory",
  "Advisory only - for management consideration. No formal action agreed.", "", "Sana Mahmood", "", "", "Not Tracked", "", "", "", "02/12/2027"),
]
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
w.writerow(["Report: Audit Actions - SEND Transport (all audits, open and closed in last 12 months)"])
w.writerow(["Generated: 06/12/2027 09:14 by MAHMOODS (Pentana Risk 4.2)"])
w.writerow([])
w.writerow(H)
for r in rows:
    w.writerow(r)
w.writerow([])
w.writerow(["10 records"])
(OUT / f"{STEM}.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

write_labels(STEM, "2027-12-02",
    "Held-out batch fiftyeighth. A council's audit management system (Pentana Risk style) 'Audit Actions' export as a "
    "CSV (UTF-8 BOM, CRLF, every field quoted, report title and generated lines above the header, embedded newlines "
    "inside findings, a record count footer) covering three SEND transport audits. The meeting is the IA-27-14 audit "
    "close-out meeting on Thursday 2 December 2027, identified from the 'Latest Note' and Created columns. Traps: "
    "actions from the 2025 audit already Completed; a new IA-27-14 action completed before the final report (DBS "
    "checks); a recommendation where management accepted the risk after a Cabinet decision ('No further action'), "
    "with a future report to the Audit and Governance Committee; an advisory point with no agreed action; findings "
    "text that reads like instructions ('Recommendation: publish...'); the Managed By column (auditor, not owner). "
    "Labels: the four Not Started IA-27-14 actions created 02/12/2027 and the open 2026 PTB action that the close-out "
    "meeting re-assigned to the Head of Transport with a revised date (Due Date 31/01/2028). Owners as in Assigned To; "
    "post-only owners (Eligibility Team Leader, Local Offer and Information Officer) have person null; due dates are "
    "the Due Date column.",
    [("Monthly reconciliation of personal travel budget payments", "Mark Walsh", "Mark Walsh", "2028-01-31"),
     ("Carry out a full reconciliation of route contracts", "Mark Walsh", "Mark Walsh", "2028-01-28"),
     ("Introduce a documented second-officer check", "Eligibility Team Leader (SEND Transport)", None, "2028-02-28"),
     ("Report transport appeal outcomes and timescales quarterly", "Mary Walker", "Mary Walker", "2028-03-31"),
     ("Update the Local Offer transport pages", "Local Offer and Information Officer", None, "2028-01-14")])
