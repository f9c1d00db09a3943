"""Cabinet member briefing note with note of the briefing meeting and Next steps / Owner / Timescale table."""
import json
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
stem = "171_twentyfirst_cabinet_member_briefing"
doc = Document()
doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(11)
s = doc.sections[0]
s.header.paragraphs[0].text = "OFFICIAL – SENSITIVE: NOT FOR PUBLICATION (pre-decision advice)"
s.footer.paragraphs[0].text = "Westmoor Council | Children, Families and Education Directorate | Lead Member Briefing Template LMB-03"

p = doc.add_paragraph(); r = p.add_run("LEAD MEMBER BRIEFING NOTE"); r.bold = True; r.font.size = Pt(16)
t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
for a, b in [
    ("To", "Cllr Rosa Mendes, Cabinet Member for Children, Education and Skills"),
    ("From", "Priya Shah, Director of Education (author: Mary Walker, Head of SEND)"),
    ("Briefing date", "Wednesday 3rd March 2027 – Cabinet Member's office, County Hall, 10:00"),
    ("Also present", "James Whitfield (AD SEND & Inclusion); Mark Walsh (Head of Transport); Liam Porter "
                     "(Data & Performance) for item 4 only; Democratic Services officer (notes)"),
    ("Subject", "Post-16 SEND travel assistance – policy review and budget pressure 2027/28"),
    ("Key decision?", "Yes – Forward Plan ref. FP/27/031. Cabinet 20 April 2027"),
    ("Exempt?", "No, but options appraisal is draft and must not be shared outside this group"),
]:
    c = t.add_row().cells; c[0].text = a; c[1].text = b

doc.add_heading("1. Purpose", level=2)
doc.add_paragraph("1.1 To brief the Cabinet Member on the pressure in post-16 SEND travel assistance and to seek a "
                  "steer on which option officers should take to statutory consultation.")
doc.add_heading("2. Background", level=2)
doc.add_paragraph("2.1 Spend on post-16 SEND travel has risen from £3.1m (2024/25) to a forecast £4.6m (2026/27). "
                  "Numbers have grown 38% in two years, mainly learners aged 16–19 attending college out of area.")
doc.add_paragraph("2.2 The current policy statement was last reviewed in 2022. The DfE guidance requires a policy "
                  "statement to be published by 31 May each year; the 2027/28 statement must therefore be finalised "
                  "by Cabinet on 20 April.")
doc.add_paragraph("2.3 The Parent Carer Forum has said clearly that any change must be co-produced and must not "
                  "remove door-to-door transport for learners with the most complex needs.")
doc.add_heading("3. Options", level=2)
for o in ["Option A – no change. Pressure of c.£0.9m remains unfunded. Not recommended.",
          "Option B – introduce a personal travel budget as the default offer for new applicants, with "
          "independent travel training (ITT) offered to all; door-to-door retained on assessed need. Recommended.",
          "Option C – introduce a parental contribution (£680 per year). Legal risk; likely to be challenged. Not recommended."]:
    doc.add_paragraph(o, style="List Bullet")
doc.add_heading("4. Data (LP)", level=2)
doc.add_paragraph("4.1 Liam Porter took the Cabinet Member through the route-level data. The Cabinet Member asked "
                  "whether the figures included the summer school routes; LP confirmed in the meeting that they do "
                  "not – no further action needed.")
doc.add_paragraph("4.2 Cllr Mendes said she would 'like to see' a comparison with statistical neighbours at some "
                  "point but did not want it to hold up the consultation.")

doc.add_heading("5. Note of discussion and steer given", level=2)
doc.add_paragraph("5.1 The Cabinet Member agreed that Option B should go forward to consultation. Option C is "
                  "not to be pursued. (Steer only – the formal decision rests with Cabinet.)")
doc.add_paragraph("5.2 The Cabinet Member asked that the consultation run for at least eight weeks and not over "
                  "the Easter holidays alone; officers agreed.")
doc.add_paragraph("5.3 Mark Walsh noted that the ITT provider contract is already being extended to July 2028 under "
                  "existing delegations – reported for information.")
doc.add_paragraph("5.4 Scrutiny: Cllr Bethan Jones has asked for the item to come to the Children and Young People "
                  "Scrutiny Committee. That committee sets its own work programme; it is for the chair to schedule.")

doc.add_heading("6. Next steps", level=2)
t2 = doc.add_table(rows=1, cols=4); t2.style = "Table Grid"
for i, hname in enumerate(["#", "Next step", "Owner", "Timescale"]):
    t2.rows[0].cells[i].text = hname
steps = [
    ("1", "Draft the consultation document and easy read version with the Parent Carer Forum",
     "Head of SEND", "w/c 8 March – draft by Fri 12 March"),
    ("2", "Complete the Equality Impact Assessment for Option B", "AD SEND & Inclusion", "by 17.03.27"),
    ("3", "Model the personal travel budget rates against 2026/27 routes", "Head of Transport",
     "end of March (Wed 31st)"),
    ("4", "Prepare the Cabinet report and seek legal and finance sign-off", "Director of Education",
     "for Cabinet, 20 April 2027"),
    ("5", "Brief the PCF co-chairs before anything is published", "Head of SEND / TE", "before the consultation opens"),
    ("6", "Informal briefing of Cabinet Member", "Director of Education", "Complete – this meeting"),
    ("7", "Publish the 2027/28 post-16 transport policy statement", "Comms / Transport",
     "Fri 28 May 2027 (statutory deadline 31 May is a bank holiday)"),
    ("8", "Statistical neighbour comparison", "Data & Performance", "TBC – if capacity allows"),
]
for row in steps:
    c = t2.add_row().cells
    for i, v in enumerate(row):
        c[i].text = v

doc.add_heading("7. Risks", level=2)
doc.add_paragraph("7.1 Judicial review if consultation is inadequate (mitigated by 8-week consultation and EIA). "
                  "7.2 Reputational – press interest is likely. 7.3 Delivery – ITT capacity.")
doc.add_paragraph("Contact officer: Mary Walker, Head of SEND – ext. 4471")
doc.add_paragraph("Note of the briefing agreed by the Cabinet Member's office on 05/03/2027.")
doc.save(OUT / f"{stem}.docx")

labels = {
    "meeting_date": "2027-03-03",
    "style": ("Held-out batch twentyfirst. Council lead member (cabinet member) briefing note in Word: sensitivity "
              "header, briefing details table, Purpose/Background/Options/Data, a 'note of discussion and steer "
              "given', then a 'Next steps / Owner / Timescale' table with role owners. Traps: Option B steer and "
              "dropping Option C are decisions not actions; 5.2 consultation length agreed is a condition, not a task; "
              "LP's confirmation in 4.1 was answered in the meeting; the Cabinet Member's 'like to see' comparison and "
              "next-step row 8 ('TBC – if capacity allows') are wishes; row 6 is complete; the ITT contract extension "
              "is reported for information; scrutiny scheduling belongs to the scrutiny chair (another body). "
              "Labelling choices: owners are roles as written (Head of SEND = Mary Walker, AD SEND & Inclusion = James "
              "Whitfield, Head of Transport = Mark Walsh, Director of Education = Priya Shah); 'w/c 8 March – draft by "
              "Fri 12 March' = 2027-03-12; row 4 is due by the named Cabinet meeting so 'meeting 2027-04'; "
              "'Head of SEND / TE' joint owner labelled to the first (Mary Walker); 'before the consultation opens' has "
              "no date so null; 'Comms / Transport' is teams so person null; row 7 given as 28 May 2027 explicitly."),
    "held_out": True,
    "actions": [
        {"key": "Draft the consultation document and easy read version", "owner": "Head of SEND", "person": "Mary Walker", "due": "2027-03-12"},
        {"key": "Complete the Equality Impact Assessment for Option B", "owner": "AD SEND & Inclusion", "person": "James Whitfield", "due": "2027-03-17"},
        {"key": "Model the personal travel budget rates", "owner": "Head of Transport", "person": "Mark Walsh", "due": "2027-03-31"},
        {"key": "Prepare the Cabinet report and seek legal and finance", "owner": "Director of Education", "person": "Priya Shah", "due": "meeting 2027-04"},
        {"key": "Brief the PCF co-chairs before anything is published", "owner": "Head of SEND / TE", "person": "Mary Walker", "due": None},
        {"key": "Publish the 2027/28 post-16 transport policy statement", "owner": "Comms / Transport", "person": None, "due": "2027-05-28"},
    ],
}
(OUT / f"{stem}.labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
