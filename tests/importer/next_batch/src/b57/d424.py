import csv, io
from common import OUT, write_labels
stem = "424_fiftyseventh_senco_arbor_student_notes_export"
hdr = ["Student", "Year Group", "Reg Form", "SEN Status", "Note Date", "Category", "Title", "Note",
       "Created By", "Follow-up Required", "Follow-up Date", "Follow-up Assigned To", "Follow-up Completed", "Visible To"]
rows = [
 ["Pupil A [redacted]", "Year 4", "4RB", "K - SEN Support", "12/10/2027", "SEND - Multi-agency", "TAS 12/10 - SALT/EP",
  "Discussed at Team Around the School (TAS) today. Present: HB, NK, David Lowe (EP), Sam (SALT, for Grace A), Sarah Kent (SIA). "
  "Class teacher reports word-finding difficulties much worse since summer. SALT referral already submitted 05/10 (mum signed) so nothing to do there.\n"
  "- David Lowe to do a consultation with class teacher (Mrs Okoro) on Thurs 21/10 - booked in his diary in the meeting\n"
  "- HB to send parent consent form home tomorrow for EP involvement\n"
  "review at next TAS",
  "Helen Brooks", "Yes", "13/10/2027", "Helen Brooks", "No", "SEND team; Headteacher"],
 ["Pupil B [redacted]", "Year 6", "6LT", "E - EHC Plan (pending)", "12/10/2027", "SEND - Multi-agency", "TAS 12/10 - EHCNA + transition",
  "LA agreed to assess - decision letter rec'd 08/10 (saved to docs). LA will now issue draft plan within the 20 wk timescale - their job not ours, just keep an eye.\n"
  "Y7 transition: parents have named Westmoor Academy as 1st pref. HB to contact Westmoor Academy SENCo re extra transition visits by end of Nov.\n"
  "NK asked if we can use the school-led transition funding - don't know, ask at cluster.",
  "Helen Brooks", "Yes", "30/11/2027", "Helen Brooks", "No", "SEND team; Headteacher"],
 ["Pupil C [redacted]", "Year 2", "2JP", "K - SEN Support", "12/10/2027", "SEND - Health", "TAS 12/10 - SALT cover",
  "Named SALT on long term sick since Sept, no sessions for 5 wks. Raised at TAS. Sam (SALT) couldn't say who is covering. "
  "Grace Adeyemi (Head of Therapies, trust) - I emailed her during the mtg & she replied she would check cover arrangements and email me by Fri.\n"
  "Parents not yet told - NK to phone mum this wk? (NK said she'd think about whether it should come from trust instead - not agreed)",
  "Helen Brooks", "Yes", "15/10/2027", "Grace Adeyemi (external)", "No", "SEND team"],
 ["Pupil D [redacted]", "Year 5", "5SM", "K - SEN Support", "12/10/2027", "SEND - Attendance/EBSA", "TAS 12/10",
  "Attendance 71% this half term. Not discussed in detail - ran out of time. Carry to next TAS. (EBSA toolkit already sent to parents 01/10.)",
  "Helen Brooks", "No", "", "", "", "SEND team; Attendance officer"],
 ["[Whole school]", "", "", "", "12/10/2027", "SEN - General", "TAS actions whole school",
  "Whole school bits from TAS:\n"
  "1. NK to add SEND twilight training to the INSET calendar for spring term (no date given)\n"
  "2. Sarah Kent (school improvement) offered to look at our provision map format - HB to send her current version by 22/10\n"
  "3. Sarah Kent said the LA is relaunching the SEND ranges in Jan - for info, LA doing this\n"
  "4. David L - EP time allocation for spring is 6 sessions (confirmed, done)\n"
  "Next TAS: Tues 7 Dec",
  "Helen Brooks", "Yes", "22/10/2027", "Helen Brooks", "No", "SEND team; Headteacher; SLT"],
 ["Pupil E [redacted]", "Reception", "RCC", "K - SEN Support", "12/10/2027", "SEND - Parent contact", "Parent mtg after TAS",
  "Dad came in after TAS (mum working). Asked about Portage - explained Portage finishes at school entry. "
  "Dr Patel (community paeds) clinic appt is 03/11 - dad attending, nothing for school to do. "
  "Dad to bring in a copy of the paed letter so we can update the pupil passport. Dad happy with current support.",
  "Helen Brooks", "Yes", "", "Parent", "No", "SEND team"],
 ["Pupil A [redacted]", "Year 4", "4RB", "K - SEN Support", "05/10/2027", "SEND - Health", "SALT referral",
  "Mum in to sign SALT referral. Referral submitted via trust portal same day. Ref SLT-27-44812.",
  "Helen Brooks", "Yes", "05/10/2027", "Helen Brooks", "Yes", "SEND team"],
 ["Pupil B [redacted]", "Year 6", "6LT", "E - EHC Plan (pending)", "28/09/2027", "SEND - Multi-agency", "Pre-TAS prep",
  "Chased LA caseworker re panel outcome. HB to ring parents once letter arrives. [letter rec'd 08/10 - parents rung 08/10]",
  "Helen Brooks", "Yes", "08/10/2027", "Helen Brooks", "Yes", "SEND team"],
 ["Pupil F [redacted]", "Year 3", "3HW", "N - No SEN", "28/09/2027", "SEND - Monitoring", "Removed from register",
  "Removed from SEN register following review - progress good, parents agree. Monitor to Christmas.",
  "Helen Brooks", "No", "", "", "", "SEND team"],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n")
w.writerow(["Student Notes Report - Riverside Primary School - Filter: Category starts with 'SEN' - Date 28/09/2027 to 13/10/2027 - Exported 13/10/2027 08:14 by hbrooks - NAMES REMOVED FOR SHARING WITH LA (HB)"])
w.writerow(hdr)
for r in rows:
    w.writerow(r)
(OUT / f"{stem}.csv").write_text("\ufeff" + buf.getvalue(), encoding="utf-8")

write_labels(stem, "2027-10-12",
 "A school MIS (Arbor-style) 'Student Notes' CSV export by the SENCo of Riverside Primary (Helen Brooks): a title row, a header row, then one row per pupil note with multi-line quoted cells and follow-up columns (Follow-up Date / Assigned To / Completed). Most rows are her notes from the Team Around the School (TAS) meeting on Tuesday 12 October 2027; older rows (05/10, 28/09) have follow-ups marked completed and are not labelled. Traps: SALT referral already submitted; LA issuing the draft plan (other body); Pupil D carried to next TAS with no action; NK phoning mum is floated and 'not agreed'; the LA relaunching SEND ranges (for info); EP time 'confirmed, done'; Dr Patel's clinic appointment is a parent attending, 'nothing for school to do'; the follow-up columns sometimes restate the row's action. Labels: David Lowe's consultation 'Thurs 21/10' = 2027-10-21; HB (Helen Brooks) consent form 'tomorrow' = 2027-10-13; HB contacts the Westmoor Academy SENCo 'by end of Nov' = Tuesday 2027-11-30; Grace Adeyemi emails about cover 'by Fri' = 2027-10-15; NK (Nadia Khan, headteacher) adds the twilight to the INSET calendar with 'no date given' -> null; HB sends the provision map to Sarah Kent 'by 22/10'; 'Dad' brings in the paediatrician's letter (person null, no date).",
 [("David Lowe to do a consultation with class teacher", "David Lowe", "David Lowe", "2027-10-21"),
  ("HB to send parent consent form home tomorrow", "HB", "Helen Brooks", "2027-10-13"),
  ("contact Westmoor Academy SENCo re extra transition visits", "HB", "Helen Brooks", "2027-11-30"),
  ("she would check cover arrangements and email me", "Grace Adeyemi", "Grace Adeyemi", "2027-10-15"),
  ("add SEND twilight training to the INSET calendar", "NK", "Nadia Khan", None),
  ("HB to send her current version by 22/10", "HB", "Helen Brooks", "2027-10-22"),
  ("bring in a copy of the paed letter", "Dad", None, None)])
