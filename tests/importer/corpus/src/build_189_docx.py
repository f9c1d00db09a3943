"""Builds 189_twentythird_complaints_learning_panel.docx and its labels."""
import json
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent
STEM = "189_twentythird_complaints_learning_panel"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Westmoor SEND Partnership  ·  Learning from Complaints Panel  ·  OFFICIAL-SENSITIVE"
sec.footer.paragraphs[0].text = "Record v0.3 – circulated 27/09/2027 – Complaints & Information Governance Team, Westmoor Council"

doc.add_heading("Learning from Complaints and Ombudsman Decisions – SEND", level=1)
doc.add_paragraph("Quarterly panel record – Quarter 1 and 2, 2027/28")

def kv(label, text):
    p = doc.add_paragraph(); p.add_run(label + " ").bold = True; p.add_run(text)

kv("When:", "Wednesday 22nd September 2027, 2pm to 4pm")
kv("Where:", "Westmoor House, Committee Room B")
kv("Chair:", "Anne Price (Independent Chair)")
kv("Attending:", "James Whitfield (AD SEND & Inclusion), Mary Walker (Head of SEND), Helen Brooks (SENCo rep), Tom Evans (PCF), "
   "Claire Dunmore (SENDIASS), Naomi Field (Complaints Manager), Ruth Hill (record)")
kv("Apologies:", "Yusuf Okafor, Priya Mistry (PCF)")
kv("Declarations:", "Tom Evans declared that one Stage 2 complaint (C-27-118) was made by a family he supports through the Forum; "
   "he took no part in discussion of that case.")

doc.add_heading("Part A – Ombudsman (LGSCO) decisions received this period", level=2)
for ref, text in [
    ("LGSCO 26 014 552", "Fault causing injustice: delay of 19 weeks issuing a final EHC plan. Remedy (apology, £900 symbolic payment, "
     "service improvement report) agreed with the Ombudsman in July. Remedy status: complete – evidence sent to LGSCO 3 September."),
    ("LGSCO 26 017 090", "Fault: failure to secure Section F provision (speech and language therapy) for two terms. Remedy: £1,250 and "
     "apology. Remedy status: complete – payment made 2 September."),
    ("LGSCO 27 000 431", "Not upheld – the Ombudsman found no fault in the transport eligibility decision."),
]:
    p = doc.add_paragraph(style="List Bullet"); p.add_run(ref + ": ").bold = True; p.add_run(text)
doc.add_paragraph("The panel noted these decisions. Naomi reminded members that the LGSCO will publish its annual review letter "
                  "for Westmoor in July 2028, which will include these cases.")

doc.add_heading("Part B – Stage 1 and Stage 2 complaints: themes", level=2)
doc.add_paragraph("Naomi Field presented the themes report. 64 SEND complaints were received at Stage 1 (Q1–Q2 2026/27: 51) and "
                  "9 escalated to Stage 2. The three biggest themes were:")
for t in ["Timeliness – no contact from the council when the 20-week deadline was going to be missed (22 complaints).",
          "Communication – calls and emails to the SEND duty line not returned within 3 working days (17 complaints).",
          "Missed education – children out of school awaiting a placement with no alternative tuition arranged (6 complaints)."]:
    doc.add_paragraph(t, style="List Number")
doc.add_paragraph("Claire said the themes match what SENDIASS hears from families. Tom said parents would rather hear bad news "
                  "early than nothing at all.")

doc.add_heading("Part C – What we have learned and what we will change", level=2)
doc.add_paragraph("The panel agreed the following learning actions. They will be checked at the next panel.")

def learning(n, point, change, lead, when):
    doc.add_paragraph().add_run(f"Learning point {n}: {point}").bold = True
    p = doc.add_paragraph(); r = p.add_run("What will change → "); r.bold = True; r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p.add_run(change)
    p = doc.add_paragraph(); p.add_run("Lead: ").bold = True; p.add_run(lead); p.add_run("     When: ").bold = True; p.add_run(when)

learning(1, "families are not told when a plan will be late.",
         "Add a 20-week warning letter to the EHCP casework system so that families are written to automatically at week 16.",
         "SEND Casework Team Manager", "by 29 October 2027")
learning(2, "the duty line does not call people back.",
         "Re-train duty officers on returning parents' calls within 3 working days and publish the standard on the Local Offer.",
         "MW", "by end of November")
learning(3, "children waiting for a placement can lose education for weeks.",
         "Check the complaints handling for missed tuition cases against the Section 19 duty and report what went wrong.",
         "JW", "next panel (15 December)")
learning(4, "schools are not always aware of complaint themes that involve them.",
         "Include complaints learning in the SENCo network agenda as a standing autumn item.",
         "Helen Brooks", "autumn network meeting, 14 October")

doc.add_heading("Part D – Other discussion", level=2)
for t in [
    "Claire offered to bring two anonymised parent stories to the December panel, so that the panel hears the experience first hand. Agreed.",
    "The panel AGREED that the proposed changes to the corporate complaints policy (SEND annex) should go to Cabinet in November. "
    "This is a decision; the report is already on the Forward Plan.",
    "Tom said it would be good to move to a single complaints system across the council and the ICB one day. Members agreed in "
    "principle but recognised this is not within the panel's gift.",
    "James said he would consider whether the panel should also look at health complaints (PALS) in future. No commitment made.",
    "Naomi has already sent the Q1 data to the Corporate Complaints Officer as requested – done.",
]:
    doc.add_paragraph(t, style="List Bullet")

doc.add_paragraph()
kv("Next panel:", "Wednesday 15 December 2027, 2pm, Westmoor House.")
doc.add_paragraph("Record prepared by Ruth Hill. Please do not share outside the panel membership.").runs[0].italic = True

doc.save(OUT / f"{STEM}.docx")

labels = {
    "meeting_date": "2027-09-22",
    "style": ("Held-out batch twentythird. Complaints and Ombudsman learning panel record in Word: header/footer, bold "
              "label lines for meeting details, Part A LGSCO decisions as bullets, Part B themes as a numbered list, Part C "
              "'Learning point n / What will change → / Lead: / When:' blocks, and Part D other discussion bullets. Traps: "
              "LGSCO remedies were agreed with the Ombudsman earlier and are complete (not new actions); one LGSCO case not "
              "upheld; LGSCO annual review letter is another body; complaints policy to Cabinet is a decision already on the "
              "Forward Plan; single complaints system is a wish; 'would consider … no commitment' for PALS; Naomi's data "
              "already sent is done. Labelling choices: 'by end of November' = 2027-11-30; 'next panel (15 December)' and "
              "'to the December panel' = meeting 2027-12; 'autumn network meeting, 14 October' = 2027-10-14; SEND Casework "
              "Team Manager is an unnamed role (person null); Claire's offer was 'Agreed' so it is labelled as Claire Dunmore's action."),
    "held_out": True,
    "actions": [
        {"key": "Add a 20-week warning letter to the EHCP", "owner": "SEND Casework Team Manager", "person": None, "due": "2027-10-29"},
        {"key": "Re-train duty officers on returning parents' calls", "owner": "MW", "person": "Mary Walker", "due": "2027-11-30"},
        {"key": "Check the complaints handling for missed tuition cases", "owner": "JW", "person": "James Whitfield", "due": "meeting 2027-12"},
        {"key": "Include complaints learning in the SENCo network agenda", "owner": "Helen Brooks", "person": "Helen Brooks", "due": "2027-10-14"},
        {"key": "bring two anonymised parent stories to the December panel", "owner": "Claire", "person": "Claire Dunmore", "due": "meeting 2027-12"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
