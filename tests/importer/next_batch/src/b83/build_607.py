"""607: Microsoft Planner export (xlsx) - Health workstream plan, meeting Wed 14 April 2027."""
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font

OUT = Path("/tmp/b83/607_eightythird_planner_xlsx_health_workstream_buckets_guest_and_blank_due.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "SEND Health Workstream"
ws.append(["Plan name", "SEND Health Workstream"])
ws.append(["Plan ID", "xqT0b7kP_UGdR2mzL9vF-WQAB3Nk"])
ws.append(["Date of export", "15/04/2027"])
ws.append([])
HDR = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By", "Created Date", "Start Date", "Due Date",
       "Is Recurring", "Late", "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items", "Labels", "Description"]
ws.append(HDR)
for c in ws[5]:
    c.font = Font(bold=True)

tid = [0]
def t(name, bucket, progress, prio, assigned, created, start, due, recurring, late, cdate, cby, cl_done, cl_items, labels, desc, by="Ruth Hill"):
    tid[0] += 1
    ws.append([f"k{tid[0]:02d}Xw{tid[0]*7919 % 100000:05d}lPqEZ0mGv", name, bucket, progress, prio, assigned, by, created, start, due,
               "true" if recurring else "false", "true" if late else "false", cdate, cby, cl_done, cl_items, labels, desc])

B_NEW, B_CAR, B_OTH, B_REC = "Actions - 14 April meeting", "Carried from March", "For other groups / noted", "Standing items"

t("Monthly therapies waiting list data refresh", B_REC, "In progress", "Medium", "Grace Adeyemi", "06/10/2026", "01/04/2027", "30/04/2027", True, False,
  "", "", "0/2", "Pull RiO extract;Send to Liam", "Data", "Standing monthly task - recurs.")
t("CAMHS single point of access - SEND data field", B_CAR, "In progress", "Important", "Yusuf Okafor", "10/03/2027", "", "31/03/2027", False, True,
  "", "", "1/3", "Spec agreed;Build;Test", "Data", "Carried at 14/04 - with the trust's BI team. Yusuf to chase; date not re-set in Planner yet.")
t("Health advice QA - sample of 15 advices", B_CAR, "Completed", "Medium", "Anita Patel;Grace Adeyemi", "10/03/2027", "", "09/04/2027", False, False,
  "08/04/2027", "Anita Patel", "", "", "", "Done - findings presented at 14/04 meeting.")
t("Special school nursing - medicines policy review", B_CAR, "Not started", "Medium", "", "10/03/2027", "", "", False, False,
  "", "", "", "", "", "Parked at 14/04: waiting for the ICB policy team's template (their timescale). Not ours for now.")
t("Map SALT waiting list by school cluster", B_NEW, "Not started", "Important", "Grace Adeyemi", "14/04/2027", "14/04/2027", "30/04/2027", False, False,
  "", "", "0/2", "Cluster list from Sarah Kent;Map", "Data;Schools", "So Helen / Champions network can see where the waits are. Grace to bring to May meeting.")
t("Write to GP practices re: health advice for EHC needs assessments", B_NEW, "Not started", "Medium", "Yusuf Okafor", "14/04/2027", "", "", False, False,
  "", "", "", "", "Primary care", "Yusuf to send before May half term - via the LMC newsletter and direct to practice managers. No due date put in yet.")
t("Neurodevelopmental pathway: draft single referral form", B_NEW, "In progress", "Important", "Anita Patel;Grace Adeyemi", "14/04/2027", "19/04/2027", "21/05/2027", False, False,
  "", "", "0/4", "Paeds fields;Therapy fields;PCF review;Sign-off", "ND pathway", "Anita leads; Grace to input on the therapy fields. Tom has offered PCF review (checklist item, not separate).")
t("Share DCO annual report draft with the PCF for comment", B_NEW, "Not started", "Medium", "Yusuf Okafor", "14/04/2027", "", "07/05/2027", False, False,
  "", "", "", "", "PCF", "Tom Evans to receive on behalf of PCF. Final goes to June Board.")
t("Arrange equipment service visit for special school nurses", B_NEW, "Not started", "Low", "", "14/04/2027", "", "", False, False,
  "", "", "", "", "", "Unassigned in Planner - Grace said in the meeting she'd pick this up; date tbc once she's spoken to the equipment service.")
t("Confirm parent rep for the ND pathway steering group", B_NEW, "Not started", "Medium", "Kerry Lang (Guest)", "14/04/2027", "", "28/04/2027", False, False,
  "", "", "", "", "PCF", "Kerry to confirm name so the invite can go out for the first steering group.", by="Yusuf Okafor")
t("Send Anita the CAMHS contact list", B_NEW, "Completed", "Low", "Yusuf Okafor", "14/04/2027", "", "14/04/2027", False, False,
  "14/04/2027", "Yusuf Okafor", "", "", "", "Done in the meeting (sent via chat).")
t("Medication on home to school transport - escalation", B_OTH, "Not started", "Medium", "", "14/04/2027", "", "", False, False,
  "", "", "", "", "Transport", "Referred to the Home to School Transport Board (Mark W chairs) - their action, not ours. Kept here for visibility only.")
t("Noted: ICB 2027/28 commissioning intentions - SEND lines", B_OTH, "Completed", "Low", "", "14/04/2027", "", "", False, False,
  "14/04/2027", "Ruth Hill", "", "", "", "For information. No action.")
t("AGREED: therapies data to be reported by cluster from May", B_OTH, "Completed", "Low", "", "14/04/2027", "", "", False, False,
  "14/04/2027", "Ruth Hill", "", "", "Decision", "Decision recorded. Grace's mapping task above supports this.")

for col, w in zip("ABCDEFGHIJKLMNOPQR", [26, 58, 26, 12, 10, 30, 14, 12, 12, 12, 10, 7, 14, 14, 10, 40, 18, 80]):
    ws.column_dimensions[col].width = w

ns = wb.create_sheet("Meeting notes (pasted)")
for line in [
    "SEND Health Workstream - Wednesday 14 April 2027, 13:30-15:00, Westmoor House room 2 and Teams",
    "Chair: Yusuf Okafor (DCO). Present: Grace Adeyemi, Anita Patel, Tom Evans (PCF), Kerry Lang (PCF, guest), Sarah Kent, Ruth Hill (notes).",
    "Apologies: Mary Walker, Helen Brooks.",
    "Actions are in the plan - the bucket 'Actions - 14 April meeting' holds what was agreed today. Carried items were reviewed but left in their bucket.",
    "1. Waiting times. Grace: SALT longest wait 38 weeks (Jan 41). Tom said families still not told where they are on the list. Agreed therapies data by cluster from May.",
    "2. Health advice QA. Anita presented the sample of 15 - 11 good, 4 generic. Feedback going to individual clinicians (Anita, already in hand).",
    "3. GP input to EHC needs assessments. Still patchy. Yusuf to write to practices before May half term.",
    "4. ND pathway. Single referral form drafting to start after Easter. Kerry to find a parent rep for the steering group.",
    "5. Transport and medication. Parent complaint about medication on transport - this is a Transport Board matter. Referred.",
    "6. AOB. Equipment service visits for special school nurses - Grace will pick up. DCO annual report draft to PCF.",
    "Next meeting: Wednesday 12 May 2027.",
]:
    ns.append([line])
ns.column_dimensions["A"].width = 140
wb.save(OUT)
