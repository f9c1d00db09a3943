"""Builds 317_fortysecond_ombudsman_remedy_compliance_note.docx"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).resolve().parent.parent / "317_fortysecond_ombudsman_remedy_compliance_note.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
sec.top_margin = Cm(2.2)

hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL-SENSITIVE (PERSONAL)\tWestmoor Council - Customer Feedback & Complaints"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "CF/2026/1193 | Remedy implementation note | v1.1 agreed JW 11/02/27 | Do not forward outside the council without Complaints Team approval"
fp.runs[0].font.size = Pt(7.5)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def para(text, bold=False, size=None, italic=False, space_after=4):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(space_after)
    return p


t = para("Local Government and Social Care Ombudsman - Remedy Implementation Meeting", bold=True, size=14)
para("Note of meeting", bold=True, size=12)

info = doc.add_table(rows=5, cols=2)
info.style = "Table Grid"
for i, (a, b) in enumerate([
    ("LGSCO ref", "26 004 817"),
    ("Council ref", "CF/2026/1193 (Stage 2 closed 14/08/2026)"),
    ("Complainant", "Mrs D, on behalf of her son Y (Year 5, Westmoor mainstream primary, EHC plan)"),
    ("Date / time / place", "Tuesday 9 February 2027, 14:00-15:10, Room 2.14 Civic Centre and Teams"),
    ("Final decision", "Issued 27 January 2027 - fault causing injustice; recommendations accepted in our response to the draft decision (letter JW to LGSCO 6 January 2027)"),
]):
    info.cell(i, 0).text = a
    info.cell(i, 1).text = b
    shade(info.cell(i, 0), "DCE6F1")
    info.cell(i, 0).paragraphs[0].runs[0].bold = True

para("")
para("Present", bold=True)
for line in [
    "James Whitfield (JW) - Assistant Director, SEND and Inclusion (chair)",
    "Mary Walker (MW) - Head of SEND",
    "Rob Castle (RC) - SEND Casework Team Manager",
    "Dr Fran Osei (FO) - Senior Educational Psychologist (for David Lowe)",
    "Liam Porter (LP) - Data and Performance Manager (item 4 only)",
    "Gemma Thorne (GT) - Complaints and Information Governance Manager (notes)",
]:
    doc.add_paragraph(line, style="List Bullet")
para("Apologies: David Lowe. Claire Dunmore (SENDIASS) could not attend and sent written comments (item 3).", italic=True)

para("1. Purpose of the meeting", bold=True, size=11.5)
para("JW explained that the Ombudsman found fault in how we handled Y's 2026 annual review: the review meeting was held on 11 March 2026 but the amended plan was not issued until 2 October 2026, and the speech and language therapy in section F was not secured for the whole of the autumn term 2025 and most of spring 2026. Mrs D had to chase us eleven times. The Ombudsman accepted that some delay was caused by the NHS trust's staffing, but found the council remained responsible for securing the provision (s.42 Children and Families Act 2014).")
para("The Ombudsman's timescales run from the final decision: one month for the personal remedies (26 February 2027) and three months for the service improvements (27 April 2027). We must send evidence of compliance to the Ombudsman by those dates, otherwise the case is recorded as non-compliant and may be reported publicly.")

para("2. Recommendations and how we will comply", bold=True, size=11.5)
hdr = ["LGSCO rec.", "What the Ombudsman asked us to do", "How we will comply / progress", "Lead", "By"]
rows = [
    ("(a)", "Apologise to Mrs D in writing, in line with the Ombudsman's guidance on remedies.",
     "Draft apology seen in the meeting; wording on the missed therapy sessions strengthened there and then. JW to sign and send the apology letter (by post and email).", "JW", "16/02/27"),
    ("(b)", "Pay Mrs D £1,200 for the lost provision and £300 for her time, trouble and distress.",
     "Paid by BACS on 3 February 2027, remittance on file. No further action.", "RC", "Done"),
    ("(c)", "Arrange for Y to receive the missed therapy (about 18 sessions) or agree an alternative remedy with Mrs D.",
     "WCHT cannot offer catch-up sessions before Easter. RC to commission 18 catch-up sessions from an independent SaLT (Talkwell Therapy, on our approved list) and confirm the start date to Mrs D.", "RC", "w/e 26 Feb"),
    ("(d)", "Review a sample of EHC plans amended after an annual review in 2026, check they were issued on time and the provision is being delivered, and tell the Ombudsman what we found and what we will do.",
     "Sample agreed: 40 cases (about 17%) drawn at random from the 2026 'amend' decisions - see item 4 for the list. RC / FO to carry out the audit of the sample using the existing QA tool, adding a question on whether section F is being delivered.", "RC / FO", "End of March"),
    ("(e)", "Remind relevant staff of the annual review timescales (regulations 20-22 SEND Regulations 2014) and the duty to secure section F provision.",
     "MW to issue a written practice reminder to all casework officers and cover it at the all-team meeting. Needs to be out before half term (w/c 15 Feb).", "MW", "12/02/27"),
    ("(f)", "Provide the Ombudsman with evidence that the council has complied.",
     "GT to upload evidence of the personal remedies (apology letter, remittance, SaLT start date) to the LGSCO portal. Evidence for (d) and (e) will follow after the next remedy meeting.", "GT", "26/02/27"),
]
tbl = doc.add_table(rows=1, cols=5)
tbl.style = "Table Grid"
for i, h in enumerate(hdr):
    c = tbl.rows[0].cells[i]
    c.text = h
    c.paragraphs[0].runs[0].bold = True
    shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for r in rows:
    cells = tbl.add_row().cells
    for i, v in enumerate(r):
        cells[i].text = v
        for run in cells[i].paragraphs[0].runs:
            run.font.size = Pt(9)
widths = [Cm(1.4), Cm(5.0), Cm(7.2), Cm(1.5), Cm(2.0)]
for row in tbl.rows:
    for i, w in enumerate(widths):
        row.cells[i].width = w

para("")
para("3. Written comments from SENDIASS", bold=True, size=11.5)
para("Claire Dunmore's email (8 February) was read out. She said Mrs D had told SENDIASS that what she wanted most was for someone senior to acknowledge what had happened face to face. JW said he would be very happy to meet Mrs D if she would like that, at a time and place that suits her. RC to offer Mrs D a meeting with JW when he next speaks to her about the therapy start date.")
para("Claire also noted that SENDIASS has supported three other families this year with very similar complaints about section F therapy not being delivered, and suggested a joint SENDIASS / council learning session. MW was supportive in principle but the group felt it should wait for the audit findings; not agreed at this stage and to be looked at again in April.")

para("4. Data (LP)", bold=True, size=11.5)
para("LP confirmed that 412 annual reviews were held in calendar year 2026, of which 236 resulted in a decision to amend the plan. Only 38% of those amended plans were issued within the statutory timescale (local target 60%). LP will send RC the list of the 236 cases with review, decision and issue dates by Friday 19 February so the random sample can be drawn; the list will go by secure email only.")
para("LP mentioned that the DfE SEN2 return will collect annual review timeliness for the first time next January. Noted - this is already on the data team's plan and is not an action from this meeting.")

para("5. Learning and governance", bold=True, size=11.5)
para("MW reported that the casework team's new annual review tracker (live since 4 January) flags any case where the amended plan is not issued within 4 weeks of the decision, and she believes it would have picked up Y's case. The group noted this but agreed we still need the audit to show the Ombudsman it is working.")
para("JW asked that the case goes to the SEND Improvement Board under the standing 'learning from complaints' item. GT to prepare an anonymised one-page summary for the Board's meeting on 11 March, to include the audit method but not the findings (not available yet).")
para("GT reminded everyone that the Ombudsman publishes its decisions on its website about three months after the final decision. Our name will be on it; Y and Mrs D will not. Communications team are already aware - nothing further for this group.")

para("6. Matters carried from the previous meeting (12 January)", bold=True, size=11.5)
para("- RC to find the 2026 annual review paperwork from the school: found and sent to the Ombudsman 15 January. Closed.\n- GT to check whether Mrs D's Stage 2 response went out late: confirmed 9 working days late; included in our response to the draft decision. Closed.")

para("7. Next remedy meeting", bold=True, size=11.5)
para("Tuesday 6 April 2027, 14:00, Teams - to go through the audit findings before the 27 April deadline.", space_after=10)

para("Note taken by: Gemma Thorne, 9 February 2027.   Agreed by: James Whitfield, 11 February 2027.", italic=True, size=9)

doc.save(OUT)
print(OUT)
