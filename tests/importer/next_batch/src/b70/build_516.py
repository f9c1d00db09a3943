"""516: EHCP annual review report (Year 9 PfA) on the council's report template - recommendations to the LA vs named follow-ups (.docx)."""
import json
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).resolve().parent.parent
STEM = "516_seventieth_ehcp_annual_review_report_recommendations_to_la"


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def table(doc, rows, widths=None, header=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(v)
            run.font.size = Pt(9.5)
            if header and i == 0:
                run.bold = True
                shade(c, "E7E6F7")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
s = doc.sections[0]
s.left_margin = s.right_margin = Cm(2)
s.header.paragraphs[0].text = "Westmoor Council – SEND Statutory Assessment and Review Team"
s.footer.paragraphs[0].text = "AR report template (s44 Children and Families Act 2014 / reg. 20 SEND Regs 2014) – v5 Jan 2027 – OFFICIAL-SENSITIVE"

doc.add_heading("Education, Health and Care Plan – Annual Review Report", level=1)
doc.add_paragraph("To be completed by the school/setting that convened the review and sent to the SEND Team within "
                  "2 weeks of the review meeting, together with all advice and information received.").runs[0].italic = True

doc.add_heading("1. Details", level=2)
table(doc, [
    ["Child / young person", "Kai T. (KT)"],
    ["Date of birth", "09/01/2014"],
    ["Year group / setting", "Year 9, Castle Hill Academy (mainstream, with ASD resource base)"],
    ["EHC plan dated", "14/02/2024 (last amended 30/11/2026)"],
    ["Type of review", "Annual review – Year 9 (Preparing for Adulthood)"],
    ["Date of review meeting", "Wednesday 6 October 2027"],
    ["Review chaired by", "Ms Louise Darby, SENCo"],
    ["EHC Co-ordinator", "Marcus Lee, SEND Team (North)"],
], header=False, widths=[5, 12])

doc.add_heading("2. Who was invited and who took part", level=2)
table(doc, [
    ["Name", "Role", "Attended?"],
    ["Kai T.", "Young person", "Yes – first 25 mins, then with his key worker"],
    ["Jade Taylor", "Mum", "Yes"],
    ["Louise Darby", "SENCo, Castle Hill Academy", "Yes (chair)"],
    ["Gareth Evans", "Head of Year 9, Castle Hill Academy", "Yes"],
    ["Ruth Achebe", "Speech and Language Therapist, Westmoor Community Health NHS Trust", "Yes"],
    ["Marcus Lee", "EHC Co-ordinator, Westmoor Council", "Yes (Teams)"],
    ["Owen Reid", "Preparing for Adulthood Lead, Westmoor Council", "Yes – for section 6 (PfA)"],
    ["Dee Sandhu", "Careers adviser, Westmoor Careers Hub", "Apologies"],
    ["Educational Psychology Service", "—", "Invited – no advice requested this year"],
], widths=[4, 9, 4])

doc.add_heading("3. Advice and information received", level=2)
doc.add_paragraph("Circulated on 22/09/2027 (two weeks before the meeting): Kai's views (PowerPoint with key worker); "
                  "parent views form; school progress report and provision map; SaLT report (R. Achebe, 14/09/27); "
                  "attendance 96.2%. No health or social care advice was received other than SaLT.")

doc.add_heading("4. Kai's views and aspirations (Section A)", level=2)
doc.add_paragraph("Kai says he likes science, Minecraft and looking after the reptiles in the science department. He "
                  "does not like the canteen (\"too many people talking at once\") or changing for PE. When he is "
                  "older he wants to \"work with animals, maybe at a zoo or a vet's\" and go to Westmoor College. He "
                  "wants to be able to get the bus into town with his friend. He said the laptop he tried in "
                  "English \"helps because my writing hurts my hand\".")
doc.add_paragraph("Mum is proud of how Kai has settled since moving to the resource base. She is worried about "
                  "Year 10 options and about him being 'left behind' in writing. She would like a clearer plan for "
                  "what happens after Year 11.")

doc.add_heading("5. Progress towards outcomes (Section E)", level=2)
table(doc, [
    ["Outcome (from the EHCP)", "Progress", "Suggested change"],
    ["By the end of Key Stage 3, Kai will be able to ask for help in lessons using his help card or by putting his hand up", "Achieved – does this in most lessons", "Replace with a KS4 outcome about self-advocacy in mainstream lessons"],
    ["By the end of Key Stage 3, Kai will take part in a structured group activity at lunchtime 3 days a week", "Partly – reptile club 2 days a week", "Continue"],
    ["By the end of Year 9, Kai will write a paragraph of 5+ sentences independently", "Partly – with laptop yes; handwritten 2–3 sentences", "Amend to include use of a laptop"],
    ["Kai will understand and use subject vocabulary in science and geography", "Good progress (SaLT report)", "Continue with new SaLT targets"],
], widths=[7, 5, 5])

doc.add_heading("6. Summary of discussion", level=2)
doc.add_paragraph("Ms Darby went through the progress report. Everyone agreed that the resource base placement is "
                  "working well and should continue. Ruth Achebe said Kai's receptive vocabulary has improved but "
                  "he still struggles with inference and with group conversation, and she recommends that SaLT move "
                  "from termly consultation to a block of direct sessions. Ruth will send school updated SaLT targets "
                  "and a one-page strategy sheet for subject staff.")
doc.add_paragraph("Writing: Mr Evans said the laptop trial in English has made a big difference. Mum asked whether a "
                  "laptop could be written into the plan; Marcus explained that this would be a recommendation for "
                  "the LA to consider and that the LA would decide. In the meantime school will extend the trial to "
                  "humanities.")
doc.add_paragraph("Preparing for Adulthood: Owen Reid talked about Year 10 supported work experience tasters (including "
                  "one at Moorside Animal Rescue) and said he would send Mum the details. Owen also offered to refer "
                  "Kai for independent travel training; Mum would like to think about this over half term and will "
                  "let Ms Darby know, so no referral was made today. Mr Evans will set up a careers interview with "
                  "the Careers Hub adviser (Dee Sandhu) as Kai has not had one yet.")
doc.add_paragraph("OT: Mum said Kai's handwriting pain has been mentioned before. Ms Darby has an OT referral form but it "
                  "needs Mum's signed consent; Mum will return it this week.")
doc.add_paragraph("Marcus explained what happens next: the SEND Team must tell Mum and Kai within four weeks of the "
                  "meeting whether the LA will keep the plan as it is, amend it or cease it. He will send the "
                  "decision letter.")

doc.add_heading("7. Recommendations to the Local Authority", level=2)
doc.add_paragraph("The review meeting makes the following recommendations. These are recommendations only – the "
                  "decision is made by the Local Authority and will be confirmed in writing.").runs[0].italic = True
for rec in [
    "7.1  The EHC plan should be maintained and amended.",
    "7.2  Section A to be updated with Kai's current views and aspirations (see section 4).",
    "7.3  Section B to be updated with the findings of the SaLT report of 14/09/2027.",
    "7.4  Section E: outcome 1 to be replaced with a KS4 self-advocacy outcome; outcome 3 to be amended to include the use of a laptop.",
    "7.5  Section F: SaLT provision to increase from termly consultation to a block of 6 direct sessions per term, delivered in school.",
    "7.6  Section F: the LA is asked to consider funding a laptop for Kai's sole use in school.",
    "7.7  Section I: the placement at Castle Hill Academy (ASD resource base) should continue.",
    "7.8  A Preparing for Adulthood section should be added, covering employment, independent travel and post-16 options.",
]:
    doc.add_paragraph(rec)

doc.add_heading("8. Follow-up actions agreed at the meeting", level=2)
doc.add_paragraph("Only actions for named people are listed here. Recommendations in section 7 are for the LA to decide.").runs[0].italic = True
table(doc, [
    ["Action", "Who", "When"],
    ["Send this report, all advice and the proposed amendments to the SEND Team", "Ms Darby (SENCo)", "Within 2 weeks of the meeting"],
    ["Arrange a careers guidance interview with the Careers Hub adviser", "Mr Evans", "Before October half term (25–29 Oct)"],
    ["Send school updated SaLT targets and a one-page strategy sheet for staff", "Ruth (SaLT)", "By 1 November"],
    ["Return the signed consent form for the OT referral", "Mum", "By Friday 8 October"],
    ["Extend the laptop trial to history and geography lessons", "Mr Evans", "By the end of October"],
    ["Send Mum details of the Year 10 supported work experience tasters", "Owen Reid", "By the end of October"],
    ["Issue the LA's decision letter following this review", "Marcus Lee", "Within 4 weeks of the meeting (3/11/27)"],
], widths=[9, 3.5, 4.5])

doc.add_heading("9. Next review", level=2)
doc.add_paragraph("Next annual review: by October 2028 (Year 10). An earlier review may be requested if the "
                  "placement is at risk. Travel training referral: pending Mum's decision (see section 6).")
table(doc, [
    ["Report completed by", "Louise Darby, SENCo", "Date", "07/10/2027"],
    ["Date sent to SEND Team", "", "Parent/young person copy sent", "☐"],
], header=False)

doc.save(OUT / f"{STEM}.docx")

labels = {
    "meeting_date": "2027-10-06",
    "style": (
        "Held-out batch seventieth. A Year 9 (Preparing for Adulthood) EHCP annual review report on the council's "
        "Word template, written by the SENCo after the review meeting on Wednesday 6 October 2027 for 'Kai T. (KT)'. "
        "Traps: section 7 'Recommendations to the Local Authority' are recommendations for the LA to decide, not "
        "actions, even where worded 'Section B to be updated ...' or 'the LA is asked to consider ...'; section 5 "
        "outcomes ('Kai will ...') are the young person's outcomes; Kai owns nothing; Owen Reid's travel training offer "
        "is pending Mum's decision (not an action; Mum 'will let Ms Darby know' is not labelled); next annual review "
        "'by October 2028' is statutory scheduling, not a follow-up. Name collisions: Head of Year 'Mr Evans' (Gareth "
        "Evans) is not Tom Evans and SaLT 'Ruth' (Ruth Achebe) is not Ruth Hill - both person null. Actions are "
        "labelled from section 8 'Follow-up actions agreed at the meeting' (repeated in the section 6 prose). "
        "Dates: 'Within 2 weeks of the meeting' = Wednesday 20 October 2027; 'Before October half term (25-29 Oct)' "
        "= Friday 22 October 2027; 'By 1 November' = Monday 1 November 2027; 'By Friday 8 October' = 2027-10-08; "
        "'By the end of October' = Friday 29 October 2027 (31 October is a Sunday; the end of the half-term week); "
        "'Within 4 weeks of the meeting (3/11/27)' = 2027-11-03."),
    "held_out": True,
    "actions": [
        {"key": "Send this report, all advice and the proposed amendments", "owner": "Ms Darby (SENCo)", "person": None, "due": "2027-10-20"},
        {"key": "Arrange a careers guidance interview", "owner": "Mr Evans", "person": None, "due": "2027-10-22"},
        {"key": "Send school updated SaLT targets", "owner": "Ruth (SaLT)", "person": None, "due": "2027-11-01"},
        {"key": "Return the signed consent form for the OT referral", "owner": "Mum", "person": None, "due": "2027-10-08"},
        {"key": "Extend the laptop trial to history and geography", "owner": "Mr Evans", "person": None, "due": "2027-10-29"},
        {"key": "Send Mum details of the Year 10 supported", "owner": "Owen Reid", "person": "Owen Reid", "due": "2027-10-29"},
        {"key": "Issue the LA's decision letter following this review", "owner": "Marcus Lee", "person": None, "due": "2027-11-03"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
