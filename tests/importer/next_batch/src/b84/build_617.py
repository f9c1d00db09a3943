import json
from pathlib import Path
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

OUT = Path("/tmp/b84")
STEM = "617_eightyfourth_inclusion_cluster_minutes_and_actions"
wb = Workbook()
ws = wb.active
ws.title = "Minutes 22.09.27"
bold = Font(bold=True)
notes = [
    ("North Westmoor Inclusion Cluster - meeting notes", None),
    ("Wednesday 22 September 2027, 3.45pm-5.30pm, hosted by Riverside Primary School (staff room)", None),
    ("Chair: Nadia Khan (Headteacher, Riverside Primary) - cluster lead head", None),
    ("", None),
    ("Present", "Nadia Khan (NK, Riverside - chair); Helen Brooks (HB, Riverside SENCo); Jenny Moss (JMo, Head, Oakfield Academy); "
                "Dev Sharma (DS, SENCo, Oakfield); Paul Okoro (PO, Head, Brookside Infants); Fiona Clarke (FC, SENCo, Brookside); "
                "Marcus Ode (MO, SENCo, Northgate High); Gail Pryce (GP, Deputy Head, Northgate High); "
                "Sarah Kent (SK, School Improvement Adviser, Westmoor Council); David Lowe (DL, Principal EP) for item 4"),
    ("Apologies", "Hollins Park Juniors (Ofsted this week); Mary Walker (Head of SEND)"),
    ("", None),
    ("1. Welcome / July actions", "NK welcomed Gail Pryce, new deputy at Northgate. July actions reviewed - see Actions tab "
     "(status column). Most closed. The two carried forward from July keep their owners and are tracked on the tab but "
     "were not re-agreed today."),
    ("2. Data - suspensions and part-time timetables", "SK presented the LA's summer term figures: the cluster's suspension "
     "rate for pupils with EHCPs is twice the Westmoor average, mostly Year 7 and 8 at Northgate. GP explained Northgate's "
     "new behaviour policy and the internal inclusion room. Heads want school-level figures to compare like with like. "
     "ACTION: Sarah Kent to share the suspension data for the cluster schools, by school and SEN status, in two weeks."),
    ("", "Part-time timetables: 6 pupils across the cluster on part-time timetables, all with review dates. Noted. "
         "The LA's part-time timetable protocol is being revised by the Inclusion workstream - the cluster will comment "
         "when it comes out (no action yet)."),
    ("3. Year 6 to 7 transition", "HB: last year's transition worked well for EHCP pupils but poorly for SEN support pupils "
     "who had no plan. Cluster agreed to track every SEN support pupil in Year 6 from now. "
     "ACTION: Helen Brooks to set up the cluster's Year 6 transition tracker (shared spreadsheet) by October half term. "
     "FC and DS to put their pupils on it once it exists (part of the same piece of work)."),
    ("4. EP time", "DL explained the new EP allocation model: clusters get a shared allocation of EP days to spend on "
     "consultation and training, not just statutory work. Heads asked how many days the cluster gets - DL did not have "
     "the final number because it depends on recruitment. ACTION: David Lowe to confirm the EP time allocation for the "
     "cluster at the next meeting (17 November). DL also reminded schools that the traded EP offer closes 1 October - for "
     "information, that's each school's decision."),
    ("5. Alternative provision places", "JMo and GP: no AP places available in the north of the borough since the "
     "Hawthorn centre closed; pupils travelling 50 minutes. Strong feeling this must go to the Director of Education. "
     "ACTION: Nadia to write to the Director of Education (Priya Shah) on behalf of the cluster about alternative provision "
     "places, by 1 October. Heads to send NK any figures by Monday 27 September (input to NK's letter)."),
    ("6. Inclusion passport", "Pilot of a one-page 'inclusion passport' that moves with the child between cluster schools. "
     "Agreed to trial it this term. ACTION: All cluster SENCos to pilot the shared inclusion passport with at least five "
     "pupils each before Christmas. HB will bring feedback to the Partnership's Inclusion workstream in January - she sits on "
     "it anyway (not a cluster action)."),
    ("7. Cluster funding", "The cluster pot (£8,400 from the LA's inclusion fund) - agreed to spend £3,000 on joint "
     "training for TAs on emotionally-based school avoidance. Decision. PO will book the trainer - already provisionally "
     "booked for 10 November."),
    ("8. AOB", "MO: Northgate is hosting a SEND parents' information evening on 14 October, all cluster families welcome. "
     "JMo offered to host the November meeting at Oakfield - agreed."),
    ("Next meeting", "Wednesday 17 November 2027, 3.45pm, Oakfield Academy"),
]
r = 1
for a, b in notes:
    ws.cell(r, 1, a)
    if b:
        ws.cell(r, 2, b)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
    if a and (a[0].isdigit() or a in ("Present", "Apologies", "Next meeting")):
        ws.cell(r, 1).font = bold
    r += 1
ws["A1"].font = Font(bold=True, size=14)
ws.column_dimensions["A"].width = 34
ws.column_dimensions["B"].width = 120

wa = wb.create_sheet("Actions")
head = ["Ref", "Raised", "Action", "Owner", "Due", "Status", "Notes"]
wa.append(head)
for c in wa[1]:
    c.font = bold
    c.fill = PatternFill("solid", fgColor="DDEBF7")
acts = [
    ("J1", "07/07/2027", "Share summer term suspension summary", "SK", "Sept meeting", "Closed", "Presented 22/9"),
    ("J2", "07/07/2027", "Book EBSA trainer for TAs", "PO", "Sept", "Closed", "Provisionally 10 Nov"),
    ("J3", "07/07/2027", "Visit Hawthorn AP replacement site and report back", "JMo", "Autumn", "Carried fwd", "Site not yet confirmed by LA"),
    ("J4", "07/07/2027", "Agree common Y6 SEN support data fields", "HB/FC", "Sept", "Closed", "Fields agreed in July - used for tracker"),
    ("J5", "07/07/2027", "Cluster website page with contacts", "DS", "Autumn", "Carried fwd", ""),
    ("S1", "22/09/2027", "Share suspension data by school and SEN status", "Sarah Kent", "2 weeks", "New", ""),
    ("S2", "22/09/2027", "Set up Y6 transition tracker", "Helen Brooks", "Oct half term", "New", "FC/DS to add pupils"),
    ("S3", "22/09/2027", "Confirm EP time allocation", "David Lowe", "17/11/2027", "New", ""),
    ("S4", "22/09/2027", "Letter to DoE re AP places", "NK", "01/10/2027", "New", "Figures to NK by 27/9"),
    ("S5", "22/09/2027", "Pilot inclusion passport (5 pupils each)", "All cluster SENCos", "Christmas", "New", ""),
]
for a in acts:
    wa.append(list(a))
for col, w in zip("ABCDEFG", [6, 12, 52, 20, 14, 12, 36]):
    wa.column_dimensions[col].width = w
wb.save(OUT / f"{STEM}.xlsx")

labels = {
    "meeting_date": "2027-09-22",
    "style": ("Held-out batch eightyfourth. An openpyxl workbook for a school-led inclusion cluster meeting on Wednesday 22 "
              "September 2027 (chaired by headteacher Nadia Khan): a 'Minutes' sheet with item labels in column A and prose "
              "with inline 'ACTION:' lines in column B, plus an 'Actions' tab mixing July actions (closed or carried forward) "
              "with the five new ones in terse wording. Keys are taken from the fuller minutes wording. Traps: July actions "
              "J1-J5 are closed or carried forward without being re-agreed (not new); FC/DS adding pupils is part of HB's "
              "tracker; part-time timetable protocol is the Inclusion workstream's; the traded EP deadline is each school's "
              "decision; heads sending figures to NK is an input to her letter; HB feeding back to the Inclusion workstream "
              "is explicitly not a cluster action; the EBSA training spend is a decision and the trainer is already booked; "
              "Jenny Moss hosting in November is agreed logistics. Priya Shah is the recipient of NK's letter, not an owner; "
              "'SK' here is Sarah Kent (School Improvement Adviser). The SENCos' pilot belongs to all cluster SENCos (person "
              "null). Dates: 'in two weeks' = Wednesday 6 October 2027; 'by October half term' (half term w/c 25 October) = "
              "Friday 22 October 2027; 'at the next meeting (17 November)' = Wednesday 17 November 2027; 'by 1 October' = "
              "Friday 1 October 2027; 'before Christmas' = end of autumn term, Friday 17 December 2027."),
    "held_out": True,
    "actions": [
        {"key": "Sarah Kent to share the suspension data", "owner": "Sarah Kent", "person": "Sarah Kent", "due": "2027-10-06"},
        {"key": "Helen Brooks to set up the cluster's Year 6", "owner": "Helen Brooks", "person": "Helen Brooks", "due": "2027-10-22"},
        {"key": "David Lowe to confirm the EP time allocation", "owner": "David Lowe", "person": "David Lowe", "due": "2027-11-17"},
        {"key": "Nadia to write to the Director of Education", "owner": "Nadia", "person": "Nadia Khan", "due": "2027-10-01"},
        {"key": "All cluster SENCos to pilot the shared inclusion passport", "owner": "All cluster SENCos", "person": None, "due": "2027-12-17"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
