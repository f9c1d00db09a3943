"""597: Health workstream notes as a Word table with merged cells per agenda item."""
import json
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = "/tmp/b82/597_eightysecond_word_merged_cell_table_health_workstream"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(1.8)
sec.header.paragraphs[0].text = "Westmoor SEND Partnership | Health Workstream | OFFICIAL"
sec.footer.paragraphs[0].text = "Notes v0.3 (draft for approval at next meeting) - RH"

h = doc.add_paragraph(); r = h.add_run("Westmoor SEND Partnership\nHealth Workstream (SEND Health Subgroup)"); r.bold = True; r.font.size = Pt(14)
h.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_paragraph("Tuesday 9 February 2027, 2.00pm - 3.45pm, MS Teams")
doc.add_paragraph("Chair: Yusuf Okafor (YO), Designated Clinical Officer, ICB")
doc.add_paragraph("Present: Grace Adeyemi (GA), Head of Children's Therapies; Dr Anita Patel (AP), Consultant Community "
                  "Paediatrician; Tom Evans (TE), PCF co-chair; Liam Porter (LP), Data and Performance Manager; "
                  "Helen Brooks (HB), SENCo, Riverside Primary; Ruth Hill (RH), notes")
doc.add_paragraph("In attendance for item 4: Jo Marsh (JM), Service Manager, CAMHS, Westmoor and Dale Mental Health NHS Trust")
doc.add_paragraph("Apologies: Mary Walker (Head of SEND); Claire Dunmore (SENDIASS)")

tbl = doc.add_table(rows=1, cols=5)
tbl.style = "Table Grid"
hdr = ["Item", "Discussion / notes", "Action", "Owner", "By when"]
for i, t in enumerate(hdr):
    c = tbl.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(t).bold = True


def item(title, rows, merge_actions=None):
    """rows: list of (discussion, action, owner, when). Item title cell merged down all rows.
    merge_actions: list of (first,last) row index ranges whose action/owner/when cells are merged."""
    start = len(tbl.rows)
    for disc, act, own, when in rows:
        cells = tbl.add_row().cells
        cells[1].text = disc
        cells[2].text = act
        cells[3].text = own
        cells[4].text = when
    first = tbl.rows[start].cells[0]
    if len(rows) > 1:
        first = first.merge(tbl.rows[start + len(rows) - 1].cells[0])
    first.text = title
    for a, b in (merge_actions or []):
        for col in (2, 3, 4):
            keep = tbl.rows[start + a].cells[col].text
            m = tbl.rows[start + a].cells[col].merge(tbl.rows[start + b].cells[col])
            m.text = keep


def banner(text):
    cells = tbl.add_row().cells
    m = cells[0].merge(cells[4])
    m.text = ""
    m.paragraphs[0].add_run(text).italic = True


item("1. Welcome, apologies, notes of last meeting (12 January) and action log", [
    ("YO welcomed everyone and introductions were made for Jo Marsh, who joined for item 4. Apologies as above.", "", "", ""),
    ("Notes of 12 January agreed as accurate, with one correction: the OT figure quoted at item 3 should read 212 children waiting, not 221.", "RH to correct the January notes before they go on the Local Offer", "RH", "Done 10/02"),
    ("Action log: actions 1 to 4 complete. Action 5 (therapy waiting list data by school) remains open - covered under item 3, no change to owner or date.", "Carried forward (action 5)", "GA", "as per log"),
])
item("2. Health advice timeliness for EHC needs assessments", [
    ("LP presented the December figures: 61% of health advices returned within 6 weeks (November 58%). Paediatrics 48%, therapies 74%, CAMHS 55%. "
     "The dip over Christmas was expected. TE asked whether the figure counts advice that comes back within 6 weeks but is then returned as not fit for purpose - LP said it does not; it only counts first returns.", "", "", ""),
    ("Members agreed the current report does not tell us where the delays are. The data needs splitting.",
     "LP to split health advice timeliness by provider and advice type (first return and quality-returned) for the March meeting", "LP", "9 March mtg"),
    ("AP said paediatric advices are long because the template asks for a full history that is already in the referral. A shorter template would save about an hour per advice. "
     "GA noted therapies moved to a shorter template last year and quality did not drop. AP will check with the medical director that a change does not need to go through the Trust's documentation committee (her understanding is it does not).",
     "AP to draft a shorter paediatric advice template and share with YO", "AP", "Fri 26 Feb"),
    ("TE reported that parents still say they are not told when health advice has been requested. Members noted this is a SEND casework team process and sits with Mary Walker's service, who were not present.",
     "No action for this group - YO to mention to MW informally", "", ""),
])
item("3. Therapy waiting lists (SALT / OT)", [
    ("GA reported SALT wait for a first appointment is now 38 weeks (target 18). OT is 29 weeks. Two SALT vacancies have been filled from April. "
     "The Trust has produced a SALT recovery plan which went to the Trust's executive on 2 February.", "GA to circulate the SALT recovery plan to members", "GA", "19 Feb"),
    ("HB said schools are buying in private SALT and asked whether the Trust could at least give schools a list of the children waiting longest so they can prioritise in-school support. GA said she would need IG advice before sharing names with schools. Members agreed this should be part of the recovery plan discussion rather than a separate action.", "", "", ""),
    ("The subgroup agreed the SALT position should be escalated to the Partnership Board. YO's DCO report already goes to the Board on 3 March.",
     "YO to include the SALT waiting time position in the DCO report to the Partnership Board", "YO", "Board 3 March"),
    ("OT equipment: delays of up to 16 weeks for seating and bathing equipment. The equipment contract is held by the council's adult social care team; GA and YO both thought a focused conversation with the right people would resolve more than discussing it here.",
     "RH to arrange a one-off meeting on OT equipment delays (GA, YO, ASC commissioning)", "RH", "within 2 weeks"),
], merge_actions=None)
item("4. CAMHS and the neurodevelopmental (ND) pathway", [
    ("JM presented the ND pathway update (slides to be attached to these notes). 1,140 children and young people are waiting for ND assessment; the median wait is 22 months. "
     "The Trust's trajectory will be published by the Trust in March. The ICB Quality Committee receives the trajectory monthly - not for this group to monitor.", "", "", ""),
    ("TE said the biggest complaint from parents is not the wait itself but hearing nothing while they wait. JM welcomed feedback. "
     "Agreed the PCF would gather what parents want to hear while waiting, so the Trust can design the 'waiting well' letters around it.",
     "TE to gather PCF parent feedback on ND waiting-list communications", "TE", "for April mtg"),
    ("JM offered to come back in the summer once the new triage model is live. RH to add to the forward plan.", "", "", ""),
])
item("5. Local Offer health pages", [
    ("TE had sent a list of 14 broken links on the health pages of the Local Offer. RH forwarded the list to the Local Offer team during the meeting.", "Forward broken links list to Local Offer team", "RH", "Done in meeting"),
    ("The Local Offer workstream is reviewing all pages in the spring; health content will be picked up there.", "", "", ""),
])
banner("Items 6 and 7 were taken together because of time.")
item("6. AOB", [
    ("HB flagged the council's consultation on the Supporting Pupils with Medical Conditions guidance for schools (closes 26 February). This is an Education consultation; members can respond individually. No action for the subgroup.", "", "", ""),
    ("GA will be on leave from 15 February for three weeks. Her action at item 3 (SALT recovery plan) will be picked up by YO: GA will send the plan to YO before she goes and YO will circulate it to members. Same date.",
     "Item 3 action now YO (circulate the SALT recovery plan) - date unchanged", "YO", "19 Feb"),
])
item("7. Date of next meeting", [
    ("Tuesday 9 March 2027, 2.00pm, Teams. Then Tuesday 13 April 2027.", "", "", ""),
])

for row in tbl.rows:
    for i, w in enumerate([Cm(2.8), Cm(7.5), Cm(4.2), Cm(1.4), Cm(2.0)]):
        row.cells[i].width = w

doc.add_paragraph()
doc.add_paragraph("Notes taken by Ruth Hill. Please send corrections to RH by 16 February.")
doc.save(OUT + ".docx")

labels = {
    "meeting_date": "2027-02-09",
    "style": ("Held-out batch eightysecond. Health Workstream notes in a Word table (Item | Discussion / notes | Action | Owner | By when) where each agenda "
              "item's title cell is vertically merged down all its rows, and a full-width merged banner row sits between items 5 and 6. Owners are "
              "initials resolved from the attendee list. Traps: the January-notes correction is marked 'Done 10/02' and the broken-links forward is "
              "'Done in meeting' (not labelled); action 5 is carried forward from the log, not new; 'No action for this group - YO to mention to MW "
              "informally' is explicitly not an action; the ND trajectory is the Trust's and the ICB Quality Committee's, not this group's; Jo Marsh's "
              "return visit is only a forward-plan note; the medical conditions consultation is Education's with no subgroup action. The SALT recovery "
              "plan action is written as GA's at item 3 but AOB hands it to YO with the date unchanged, so it is labelled with owner YO. Dates: '9 March "
              "mtg' = 2027-03-09 (the next meeting date is given at item 7); 'Fri 26 Feb' = 2027-02-26; '19 Feb' = Friday 19 February 2027; 'Board 3 "
              "March' = 2027-03-03; 'within 2 weeks' of Tuesday 9 February = Tuesday 23 February 2027; 'for April mtg' = Tuesday 13 April 2027 (given at item 7)."),
    "held_out": True,
    "actions": [
        {"key": "LP to split health advice timeliness by provider", "owner": "LP", "person": "Liam Porter", "due": "2027-03-09"},
        {"key": "AP to draft a shorter paediatric advice template", "owner": "AP", "person": "Anita Patel", "due": "2027-02-26"},
        {"key": "circulate the SALT recovery plan to members", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-02-19"},
        {"key": "include the SALT waiting time position in the DCO", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-03-03"},
        {"key": "RH to arrange a one-off meeting on OT equipment", "owner": "RH", "person": "Ruth Hill", "due": "2027-02-23"},
        {"key": "TE to gather PCF parent feedback on ND", "owner": "TE", "person": "Tom Evans", "due": "2027-04-13"},
    ],
}
json.dump(labels, open(OUT + ".labels.json", "w"), indent=1, ensure_ascii=False)
