"""Writes 561: Asana project CSV export (Short Breaks Review project group)."""
import csv, io
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent / "561_seventysixth_short_breaks_review_asana_project_csv_export_subtasks.csv"
H = ["Task ID", "Created At", "Completed At", "Last Modified", "Name", "Section/Column", "Assignee", "Assignee Email",
     "Start Date", "Due Date", "Tags", "Notes", "Projects", "Parent task", "Blocked By (Dependencies)",
     "Blocking (Dependencies)", "Priority", "Workstream"]
PRJ = "Short Breaks Review 2026-27"
S13 = "Agreed at project group 13/10/26"
S10 = "Agreed at project group 10/11/26"
PARENT = "Review short breaks eligibility criteria"
rows = [
 ["1208412298765401", "2026-10-13", "2026-11-10", "2026-11-10", "Agree project scope and timeline", "Done",
  "Mary Walker", "mary.walker@westmoor.gov.uk", "", "2026-11-10", "governance",
  "Scope agreed at 10/11 meeting: overnight respite, holiday activities, direct payments for short breaks. Transport out of scope.",
  PRJ, "", "", "", "High", "Governance"],
 ["1208412298765417", "2026-10-13", "", "2026-11-10", PARENT, S13, "Mary Walker", "mary.walker@westmoor.gov.uk",
  "2026-10-19", "2026-12-18", "", "Criteria last reviewed 2019. Use subtasks for the pieces of work.", PRJ, "", "", "",
  "High", "Eligibility"],
 ["1208412298765433", "2026-10-13", "2026-11-06", "2026-11-06", "Benchmark eligibility criteria against 4 neighbouring LAs",
  "", "Liam Porter", "liam.porter@westmoor.gov.uk", "", "2026-11-06", "",
  "Done - summary table attached to parent task. Westmoor is the only one of the five still using a points-based threshold.",
  PRJ, PARENT, "", "", "Medium", "Eligibility"],
 ["1208412298765449", "2026-10-13", "", "2026-11-10", "Map current short breaks spend by provider (2025/26)", S13,
  "James Whitfield", "james.whitfield@westmoor.gov.uk", "", "2026-11-30", "finance",
  "Finance BP helping. Update 10/11: 80% done, Willow House figures outstanding.", PRJ, "", "",
  "Cost three options for overnight respite at Willow House", "Medium", "Overnight respite"],
 ["1208613377120011", "2026-11-10", "", "2026-11-10", "Collate 2025/26 complaints and SENDIASS enquiries about eligibility",
  "", "Claire Dunmore", "claire.dunmore@westmoorsendiass.org.uk", "", "2026-11-27", "",
  "Anonymised themes only please. Include tribunal appeals where short breaks were raised.", PRJ, PARENT, "", "",
  "Medium", "Eligibility"],
 ["1208613377120027", "2026-11-10", "", "2026-11-11", "Cost three options for overnight respite at Willow House", S10,
  "James Whitfield", "james.whitfield@westmoor.gov.uk", "", "2026-12-11", "finance",
  "Options: (a) status quo, 2 nights a week; (b) 4 nights; (c) re-provide through the framework.\nNeeds the spend mapping first.",
  PRJ, "", "Map current short breaks spend by provider (2025/26)", "", "High", "Overnight respite"],
 ["1208613377120043", "2026-11-10", "", "2026-11-10", "Run two parent focus groups on holiday activities", S10,
  "Kerry Lang", "kerry.lang@westmoorpcf.org.uk", "", "2027-01-22", "coproduction",
  "One daytime, one evening. PCF will recruit; vouchers from co-production budget.", PRJ, "", "", "", "Medium",
  "Holiday activities"],
 ["1208613377120059", "2026-11-10", "", "2026-11-10", "Produce easy read version of the consultation questions", S10,
  "Sarah Khan", "sarah.khan@westmoor.gov.uk", "", "2026-12-04", "coproduction",
  "Young people's version as well if time - check with youth forum.", PRJ, "", "", "", "Medium", "Governance"],
 ["1208613377120075", "2026-11-10", "", "2026-11-10",
  "Data match: families using SEN transport who also receive short breaks", S10, "Liam Porter",
  "liam.porter@westmoor.gov.uk", "", "", "data",
  "Needed for the 8 Dec meeting. Access to the transport system already sorted.", PRJ, "", "", "", "Low", "Eligibility"],
 ["1208613377120091", "2026-11-10", "", "2026-11-10",
  "Check WCHT community nursing capacity to support children with complex health needs at short breaks settings", S10,
  "Grace Adeyemi", "grace.adeyemi@nhs.net", "", "2026-11-20", "health", "", PRJ, "", "", "", "High",
  "Overnight respite"],
 ["1208613377120107", "2026-11-10", "", "2026-11-10", "Short breaks app / online booking?", "Parking lot", "", "", "",
  "", "idea", "Tom's idea. Nobody has capacity - look at after the review.", PRJ, "", "", "", "", ""],
 ["1208613377120123", "2026-11-10", "", "2026-11-10", "FYI: DfE short breaks capital guidance expected January",
  "Parking lot", "", "", "", "", "info", "DfE's timetable - nothing for us until it's out.", PRJ, "", "", "", "", ""],
 ["1208412298765465", "2026-10-13", "", "2026-10-13", "Cabinet decision on revised short breaks offer", "Milestones",
  "", "", "", "2027-03-16", "milestone", "Key decision - forward plan ref KD/2027/014.", PRJ, "", "", "", "", ""],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(H)
w.writerows(rows)
OUT.write_text(buf.getvalue(), encoding="utf-8", newline="")
print("wrote", OUT)
