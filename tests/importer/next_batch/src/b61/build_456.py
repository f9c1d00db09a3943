"""456: Neurodevelopmental pathway MDT - clinical meeting outcomes report exported to CSV from the trust's record system."""
import csv
import io

from common import OUT, write_labels

STEM = "456_sixtyfirst_nd_pathway_mdt_outcomes_clinical_system_csv"

meta = [
    ["Report:", "Clinical Meeting Outcomes - Neurodevelopmental MDT (0-11)"],
    ["Organisation:", "Westmoor Community Health NHS Trust - Community Paediatrics / ND Pathway"],
    ["Run by:", "ZWARD (MDT Coordinator)", "Run date:", "23/09/2027 16:52"],
    ["Filter:", "Meeting date between 26/08/2027 and 23/09/2027; all action statuses"],
    ["Chair (23/09):", "Dr A Patel", "Attendees (23/09):",
     "Dr A Patel (Cons Paed); G Adeyemi (Head of Children's Therapies); D Lowe (Principal EP); K Shaw (ADHD CNS); "
     "R Hale (CAMHS PMHW); L Osei (Specialist SLT); Z Ward (MDT Coordinator, notes)"],
    ["Next MDT:", "Thu 21/10/2027 13:30 (papers by Thu 14/10)"],
    [],
]
hdr = ["Meeting Date", "Patient Ref", "Age (yrs)", "School / Setting", "Referrer", "Presented By",
       "Discussion Summary", "MDT Outcome", "Action", "Action Owner", "Target Date", "Action Status"]
R = [
    # previous MDT - all closed
    ["26/08/2027", "ND-4398", "6", "Riverside Primary", "SENCo", "LO",
     "Awaiting school obs before decision.", "Deferred to Sept MDT",
     "Request EP school observation", "DL (EP)", "16/09/2027", "Complete 14/09/2027"],
    ["26/08/2027", "ND-4402", "9", "Moorside Juniors", "GP", "AP",
     "ASD criteria met.", "Diagnosis - ASD",
     "Send diagnostic report to GP/parents/school", "AP", "23/09/2027", "Complete 20/09/2027"],
    ["26/08/2027", "ND-4410", "7", "Home educated", "Health Visitor", "LO",
     "SLT report outstanding.", "Deferred",
     "Chase SLT report", "MDT Coordinator", "09/09/2027", "Complete - received 06/09"],
    # this MDT
    ["23/09/2027", "ND-4398", "6", "Riverside Primary", "SENCo", "LO",
     "EP obs received (D Lowe 14/09). Social communication differences across settings. Mum agrees with outcome.",
     "Diagnosis - ASD (DSM-5 criteria met)",
     "Book feedback appointment with parents", "MDT Coordinator", "30/09/2027", "Complete - booked 30/09/2027 11:00"],
    ["23/09/2027", "ND-4398", "6", "Riverside Primary", "SENCo", "LO",
     "", "",
     "Write diagnostic report and send to GP, parents and school (within 4 wks)", "AP", "21/10/2027", "Open"],
    ["23/09/2027", "ND-4480", "10", "St Mary's CE Primary", "GP", "AP",
     "Parent report strongly suggestive; school report 'no concerns'. Discrepancy not explained.\n"
     "Needs independent obs in class + playground.",
     "Insufficient information - return to MDT",
     "Request EP school observation (consent on file)", "DL (EP)", "15/10/2027", "Open"],
    ["23/09/2027", "ND-4492", "11", "Westmoor Academy (Y7)", "SENCo", "KS",
     "Conners 3 parent/teacher both elevated. Not ASD. EHC needs assessment under way (request agreed 02/09) - "
     "health advice due.",
     "ADHD likely - refer for medication assessment",
     "Refer to ADHD nurse-led clinic for medication assessment", "K Shaw (ADHD CNS)", "30/09/2027", "Open"],
    ["23/09/2027", "ND-4492", "11", "Westmoor Academy (Y7)", "SENCo", "KS",
     "", "",
     "Provide health advice for EHC needs assessment (statutory 6 wk)", "AP", "01/10/2027", "Open"],
    ["23/09/2027", "ND-4503", "5", "Riverside Primary (Y1)", "SENCo", "LO",
     "Good joint attention + imaginative play. Expressive/receptive language well below age. Profile fits DLD rather than ASD.",
     "ASD not confirmed at this time - language pathway",
     "Fast-track referral to SLT for DLD assessment (agreed by GA in meeting)", "GA", "07/10/2027", "Open"],
    ["23/09/2027", "ND-4503", "5", "Riverside Primary (Y1)", "SENCo", "LO",
     "", "",
     "Send copy of MDT recommendations to school SENCo", "MDT Coordinator", "23/09/2027", "Complete - emailed 23/09"],
    ["23/09/2027", "ND-4511", "8", "Moorside Juniors", "GP", "AP",
     "Family moved to Eastvale 01/09.", "Discharged - transferred out of area",
     "Transfer records to Eastvale ND service", "MDT Coordinator", "16/09/2027", "Complete 16/09/2027"],
    ["23/09/2027", "ND-4519", "8", "Westfield Primary", "CSC", "RH",
     "Trauma history; CAMHS formulation needed before ND decision (R Hale to check with CAMHS colleague).",
     "DEFERRED - awaiting CAMHS report",
     "Chase CAMHS report so case can be heard", "MDT Coordinator", "Next MDT", "Open"],
    ["23/09/2027", "ND-4522", "9", "Riverside Primary", "GP", "AP",
     "Assessment ongoing. ADOS-2 booked 12/10/2027.", "Assessment ongoing",
     "Parents to return developmental history questionnaire (3Di)", "Parent", "08/10/2027", "Open"],
    ["23/09/2027", "ND-4522", "9", "Riverside Primary", "GP", "AP",
     "", "",
     "School to complete teacher questionnaire (Conners 3 + SRS-2)", "SENCo (H Brooks)", "08/10/2027", "Open"],
    ["23/09/2027", "ND-4530", "6", "Little Acorns Nursery", "HV", "-",
     "Not discussed - out of time.", "Moved to October MDT", "", "", "", ""],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
for m in meta:
    w.writerow(m)
w.writerow(hdr)
for r in R:
    w.writerow(r)
w.writerow([])
w.writerow(["15 rows returned"])
(OUT / f"{STEM}.csv").write_text(buf.getvalue(), encoding="utf-8-sig")

write_labels(STEM, "2027-09-23",
    "CSV export of a 'Clinical Meeting Outcomes' report from the community trust's record system for the 0-11 neurodevelopmental "
    "pathway MDT on Thursday 23 September 2027: metadata rows above the header (chair, attendees, next MDT date), one row per "
    "action with the case details repeated or left blank on continuation rows, multi-line cells, a row count at the bottom. "
    "Traps: the report filter also returns the previous MDT (26/08/2027) rows, all complete; this MDT's 'Book feedback appointment', "
    "'Send copy of MDT recommendations' and 'Transfer records' rows are already complete; diagnoses/outcomes (ASD, DLD pathway, "
    "deferred, discharged, moved to October) are clinical decisions, not actions; the ADOS booking and the EHCNA request are "
    "already in hand; ND-4530 was not discussed; R Hale's check is in the discussion text, not an action. "
    "Labels: the eight open action rows. 'AP' = Anita Patel, 'DL (EP)' = David Lowe, 'GA' = Grace Adeyemi, 'SENCo (H Brooks)' = "
    "Helen Brooks (Riverside Primary); K Shaw, the MDT coordinator and the parent are not in people.json. Target 'Next MDT' is "
    "dated by the metadata row 'Thu 21/10/2027'.",
    [
        ("Write diagnostic report and send to GP", "AP", "Anita Patel", "2027-10-21"),
        ("Request EP school observation (consent on file)", "DL (EP)", "David Lowe", "2027-10-15"),
        ("Refer to ADHD nurse-led clinic", "K Shaw (ADHD CNS)", None, "2027-09-30"),
        ("Provide health advice for EHC needs assessment", "AP", "Anita Patel", "2027-10-01"),
        ("Fast-track referral to SLT for DLD assessment", "GA", "Grace Adeyemi", "2027-10-07"),
        ("Chase CAMHS report so case can be heard", "MDT Coordinator", None, "2027-10-21"),
        ("Parents to return developmental history questionnaire", "Parent", None, "2027-10-08"),
        ("School to complete teacher questionnaire", "SENCo (H Brooks)", "Helen Brooks", "2027-10-08"),
    ])
print("ok 456")
