"""Builds 396: Joint Commissioning Group (SEND) minutes, ICB template, actions in a right-hand column."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "396_fiftythird_jcg_minutes_right_hand_action_column.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(1.8)

hp = sec.header.paragraphs[0]
hp.text = "NHS Westmoor Integrated Care Board  |  Westmoor Council\tOFFICIAL-SENSITIVE"
fp = sec.footer.paragraphs[0]
fp.text = "JCG (SEND) minutes 03.03.27 - DRAFT v0.2 - not yet approved by the Group"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def cell_paras(cell, paras, bold_prefix=None):
    cell.paragraphs[0].text = ""
    first = True
    for p in paras:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(p, tuple):
            run = para.add_run(p[0])
            run.bold = True
            para.add_run(p[1])
        else:
            para.add_run(p)


t = doc.add_paragraph()
r = t.add_run("Westmoor Joint Commissioning Group (SEND)")
r.bold = True
r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x00, 0x5E, 0xB8)
doc.add_paragraph("Minutes of the meeting held on Wednesday 3rd March 2027, 10:00 - 12:00, MS Teams")

doc.add_paragraph().add_run("Attendance").bold = True
att = doc.add_table(rows=1, cols=3)
att.style = "Table Grid"
for c, h in zip(att.rows[0].cells, ["Name", "Role / organisation", "Initials"]):
    c.text = h
    shade(c, "D9E2F3")
for row in [
    ("James Whitfield (Chair)", "Assistant Director, SEND and Inclusion, Westmoor Council", "JW"),
    ("Dr Yusuf Okafor", "Designated Clinical Officer, Westmoor ICB", "YO"),
    ("Mary Walker", "Head of SEND, Westmoor Council", "MW"),
    ("Grace Adeyemi", "Head of Children's Therapies, WCHT", "GA"),
    ("Dr Anita Patel", "Consultant Community Paediatrician, WCHT (item 4 only)", "AP"),
    ("Sarah Kent", "School Improvement Adviser, Westmoor Council", "SK"),
    ("Liam Porter", "Data and Performance Manager, Westmoor Council", "LP"),
    ("Deborah Moss", "Senior Commissioning Manager (Children), Westmoor ICB", "DM"),
    ("Tom Evans", "Co-chair, Westmoor Parent Carer Forum", "TE"),
    ("Apologies: Sarah Khan, Priya Shah", "", ""),
    ("Minutes: Ffion Roberts, Commissioning Support Officer, ICB", "", "FR"),
]:
    cells = att.add_row().cells
    for c, v in zip(cells, row):
        c.text = v

doc.add_paragraph()
tbl = doc.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
for c, h in zip(tbl.rows[0].cells, ["No.", "Item / discussion", "Action / lead / date"]):
    c.text = ""
    c.paragraphs[0].add_run(h).bold = True
    shade(c, "005EB8")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

items = [
    ("1", [("Welcome, apologies and declarations. ", "JW welcomed members. No declarations of interest.")],
     ["Noted"]),
    ("2", [("Minutes of 3 February and action log. ", "Minutes agreed as accurate."),
           "Action 1 (DM - provider market engagement event): complete, event held 22/02, 14 providers attended.",
           "Action 3 (YO - escalate wheelchair service waits): complete, discussed at ICB Quality Committee 17/02.",
           "Action 4 (LP - joint SEND dataset specification): draft shared, finance fields still missing. Carried forward.",
           "Action 5 (GA - review of Section 75 SALT KPIs): no longer required as KPIs will be reset in the new "
           "specification. Withdrawn."],
     ["Action 1 - complete", "Action 3 - complete",
      ("ACTION 4 c/f: ", "LP to finalise the joint dataset specification including finance fields. Revised date 14/04/27"),
      "Action 5 - withdrawn"]),
    ("3", [("Short breaks grant - extension request. ", "DM presented the paper. Three of the four grant-funded "
            "providers are meeting their targets. The group considered the option of a twelve-month extension."),
           "Decision: JCG approved the extension of the short breaks grants to 31/08/27 for the three providers "
           "meeting targets. The fourth provider's grant will end as planned on 31/03/27.",
           "TE asked that families using the fourth provider are told in good time; DM confirmed the provider had "
           "already written to all families on 26/02."],
     ["DECISION recorded", "Letters to families - done (26/02)"]),
    ("4", [("Neurodevelopmental pathway - clinic capacity. ", "AP joined for this item. Clinic capacity has "
            "increased by 30 slots a month since January, but DNA rates remain at 12%. AP agreed to send the "
            "clinic capacity and DNA figures to YO so they can go into the ICB's monthly return."),
           "YO reported that ICB Finance will confirm 2027/28 allocations in April; the Group cannot plan the "
           "second phase until then.",
           "Group discussed text-message reminders. Trust already piloting these in the east locality."],
     ["Noted - ICB Finance process (April)", "Text reminders - Trust pilot under way, no JCG action"]),
    ("5", [("Continence service specification. ", "YO outlined the changes to the revised specification "
            "following the engagement with special schools. Members were broadly supportive but want to see the "
            "final version before it goes to the ICB Contracting Group."),
           "SK noted that several mainstream schools were unclear about the training offer in the specification."],
     [("ACTION: ", "YO to circulate the revised continence service specification to JCG members by 17/03/27"),
      ("ACTION: ", "SK to share the school-based therapy traded offer price list with SIA cluster leads")]),
    ("6", [("Section 75 agreement - therapies. ", "GA presented the Q3 position. Demand from mainstream schools "
            "for SALT continues to rise. The Group agreed that a breakdown by school is needed before the Section "
            "75 review can be completed."),
           "MW noted the Council has not yet confirmed its 2027/28 contribution to the jointly funded sensory "
           "processing post; JW said this would be confirmed once the budget is set."],
     [("ACTION: ", "GA to provide SALT caseload breakdown by school for the Section 75 review - next meeting"),
      ("ACTION: ", "MW to confirm the council's contribution to the jointly funded sensory post by 24/03/27")]),
    ("7", [("Equipment budget pressure. ", "Overspend of £86k forecast on specialist equipment. The Group "
            "agreed this needs to be escalated."),
           "It was noted that the joint equipment store contract is due for re-procurement in 2028 (ICB lead)."],
     [("ACTION: ", "JW to escalate the equipment budget pressure to the Section 75 Partnership Board on 22/03/27"),
      "Re-procurement - ICB forward plan, noted"]),
    ("8", [("AOB. ", "TE asked whether the PCF could see the new continence specification; JW confirmed it would "
            "be shared with the Forum at the same time as JCG members (see item 5).")],
     ["See item 5"]),
]
for no, disc, act in items:
    cells = tbl.add_row().cells
    cells[0].text = no
    cell_paras(cells[1], disc)
    cell_paras(cells[2], act)
    shade(cells[2], "F2F2F2")

for row in tbl.rows:
    row.cells[0].width = Cm(1.0)
    row.cells[1].width = Cm(10.5)
    row.cells[2].width = Cm(6.0)

doc.add_paragraph()
doc.add_paragraph("Date of next meeting: Wednesday 7th April 2027, 10:00 - 12:00, MS Teams")
doc.save(OUT)
print("wrote", OUT)
