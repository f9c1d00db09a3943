"""Builds 540: Eastdale-hosted Eastdale and Westmoor Joint SEND Governance Board minutes (numbered paragraphs, ACTION lines, summary table)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).resolve().parent.parent / "540_seventythird_eastdale_hosted_joint_send_board_docx_numbered_paras_action_summary.docx"
PURPLE = RGBColor(0x5B, 0x2C, 0x6F)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Calibri")
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, white=False, size=10):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if white:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


hp = sec.header.paragraphs[0]
r = hp.add_run("Eastdale Metropolitan Borough Council\tDemocratic and Governance Support")
r.font.size = Pt(8); r.font.color.rgb = PURPLE
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Joint SEND Governance Board – 24 May 2027 – Unconfirmed minutes. "
               "If you need this document in another format please contact governance@eastdale.gov.uk")
r.font.size = Pt(7.5); r.italic = True

p = doc.add_paragraph()
r = p.add_run("Eastdale and Westmoor Joint SEND Governance Board")
r.bold = True; r.font.size = Pt(17); r.font.color.rgb = PURPLE
p = doc.add_paragraph()
r = p.add_run("Minutes – Monday 24 May 2027, 2.00pm to 4.00pm\nCommittee Room B, Eastdale Town Hall (and Microsoft Teams)")
r.font.size = Pt(11.5)

att = doc.add_table(rows=1, cols=3)
att.style = "Light Grid Accent 4"
for c, t in zip(att.rows[0].cells, ["Name", "Role / organisation", "Initials"]):
    cell_text(c, t, bold=True)
people = [
    ("Rebecca Thornton (Chair)", "Director of Children’s Services, Eastdale MBC", "RT"),
    ("Priya Shah (Vice-chair)", "Director of Education, Westmoor Council", "PS"),
    ("Nicola Bryce", "Head of SEND Assessment and Review, Eastdale MBC", "NB"),
    ("Dev Sandhu", "Commissioning Manager, Children with Disabilities, Eastdale MBC", "DS"),
    ("Mary Walker", "Head of SEND, Westmoor Council", "MW"),
    ("Owen Reid", "Preparing for Adulthood Lead, Westmoor Council", "OR"),
    ("Liam Porter", "Data and Performance Manager, Westmoor Council", "LP"),
    ("Yusuf Okafor", "Designated Clinical Officer (Westmoor), NHS Westmoor ICB", "YO"),
    ("Lorraine Fenwick", "Designated Clinical Officer (Eastdale), NHS Westmoor ICB", "LF"),
    ("Claire Dunmore", "Service Manager, Eastdale and Westmoor SENDIASS", "CD"),
    ("Tom Evans", "Co-chair, Westmoor Parent Carer Forum", "TE"),
    ("Hasan Ali", "Chair, Eastdale Parent Carer Forum", "HA"),
    ("Chloe Barker", "Governance Officer, Eastdale MBC (minutes)", "CB"),
]
for n, o, i in people:
    cells = att.add_row().cells
    cell_text(cells[0], n); cell_text(cells[1], o); cell_text(cells[2], i)
for row in att.rows:
    row.cells[0].width = Cm(5); row.cells[1].width = Cm(10); row.cells[2].width = Cm(1.8)

doc.add_paragraph()


def heading(num, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(f"{num}.\t{text}")
    r.bold = True; r.font.color.rgb = PURPLE; r.font.size = Pt(12)


def para(num, text, action=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(f"{num}\t")
    p.add_run(text)
    if action:
        p2 = doc.add_paragraph()
        p2.paragraph_format.left_indent = Cm(1.0)
        r = p2.add_run("ACTION: ")
        r.bold = True
        r2 = p2.add_run(action)
        r2.bold = True


heading(1, "Welcome, introductions and apologies")
para("1.1", "RT welcomed members to the first meeting of the Board to be held in Eastdale since the venue rota was agreed. "
     "Apologies were received from Anne Price (Westmoor SEND Partnership, observer) and Dr Sunil Rao.")
para("1.2", "There were no declarations of interest.")

heading(2, "Minutes of the meeting held on 22 March 2027 and matters arising")
para("2.1", "The minutes were agreed as a correct record. The action log was reviewed:")
log = doc.add_table(rows=1, cols=4)
log.style = "Table Grid"
for c, t in zip(log.rows[0].cells, ["Ref", "Action", "Lead", "Update"]):
    cell_text(c, t, bold=True, white=True); shade(c, "5B2C6F")
for row in [
    ("JB/26", "Comparison of the two councils’ home to school transport policies", "DS", "Complete – circulated 9 April"),
    ("JB/27", "Agree common EHCP timeliness definitions", "LP / NB", "Ongoing – see item 6"),
    ("JB/28", "Venue options for joint PCF event", "HA", "Complete"),
    ("JB/29", "SENDIASS report to each meeting", "CD", "Standing item – BAU"),
]:
    cells = log.add_row().cells
    for c, t in zip(cells, row):
        cell_text(c, t)
doc.add_paragraph()

heading(3, "Neurodevelopmental pathway – shared waiting list")
para("3.1", "YO and LF presented combined waiting list data for the first time. Across both places 2,040 children and young "
     "people are waiting for an ND assessment. The ICB’s all-age ND programme board approved the move to a single "
     "pathway specification in April, with implementation from 2028.")
para("3.2", "Members agreed that the Board needs to see one combined picture going forward rather than two separate reports.",
     action="YO to produce a single combined waiting list report for both places for the September Board.")
para("3.3", "LF said she was happy to present the Eastdale independent-sector activity data alongside it, but that it "
     "would be more meaningful once the contract had been running for six months – to be revisited in the new year.")

heading(4, "Post-16 and independent specialist provision – joint commissioning framework")
para("4.1", "DS reported that Eastdale is leading a joint dynamic purchasing system (DPS) for independent specialist "
     "providers on behalf of both councils. Eastdale will issue the tender on 1 July, with the framework live from January 2028.")
para("4.2", "OR is to share Westmoor’s current list of preferred post-16 providers with DS within five working days so it "
     "can be reflected in the specification.")
para("4.3", "TE asked whether parents would have a say in evaluating bids. DS confirmed that a parent evaluator from each "
     "forum is already built into the evaluation panel.")

heading(5, "Joint SENDIASS contract")
para("5.1", "CD gave a verbal update. Contacts are up 17% year on year across both areas; tribunal support has nearly "
     "doubled in Eastdale. The 2026/27 joint annual report is nearly finished and goes to the SENDIASS steering group on 8 June.")
para("5.2", "CD will circulate the joint annual report to Board members once it has been through the steering group.")

heading(6, "EHCP timeliness – common definitions")
para("6.1", "Westmoor and Eastdale calculate 20-week timeliness differently: Westmoor excludes exception cases under the "
     "Regulations, Eastdale does not. This makes the headline figures hard to compare (Westmoor 52%, Eastdale 44%).")
para("6.2", "It was agreed that LP would lead work with Eastdale’s business intelligence team to align the definitions, "
     "and bring a single set of measures to the July meeting. This replaces JB/27, which can be closed.")

heading(7, "Joint parent carer forum event")
para("7.1", "TE and HA confirmed that the two forums are planning a joint conference on Saturday 9 October 2027 at "
     "Eastdale Sixth Form College, with a focus on preparing for adulthood.")
para("7.2", "TE asked whether the Board could contribute towards the venue costs. RT said this would need to be considered "
     "alongside the 2027/28 budget position for both councils and would come back to the July meeting.")
para("7.3", "Board members were asked to hold the date.")

heading(8, "Joint risk register")
para("8.1", "JR07 (high needs deficit – both councils) remains red. JR11 (independent placement costs) increased to 20.",
     action="DS to update JR07 and JR11 to reflect the DPS timetable before the next meeting.")

heading(9, "Any other business")
para("9.1", "High needs: RT will write jointly with PS to both Chief Executives setting out the shared high needs "
     "position and the risks to the joint arrangements, by the end of June.")
para("9.2", "HA reported that Eastdale PCF will have a new co-chair from September.")

heading(10, "Date of next meeting")
para("10.1", "Monday 19 July 2027, 2.00pm, Westmoor House. Remaining 2027 dates: 20 September (Eastdale) and "
     "15 November (Westmoor).")

doc.add_paragraph()
sm = doc.add_table(rows=2, cols=5)
sm.style = "Table Grid"
top = sm.rows[0].cells
m = top[0].merge(top[4])
cell_text(m, "Summary of actions arising – 24 May 2027", bold=True, white=True)
shade(m, "5B2C6F")
for c, t in zip(sm.rows[1].cells, ["No.", "Action", "Lead", "By", "Status"]):
    cell_text(c, t, bold=True); shade(c, "E4D8EA")
for row in [
    ("1", "Combined ND waiting list report (both places)", "YO", "Sept Board", "New"),
    ("2", "Preferred post-16 providers list to DS", "OR", "01/06/27", "New"),
    ("3", "Align EHCP timeliness definitions – single set of measures", "LP", "July meeting", "New"),
    ("4", "Update JR07 / JR11", "DS", "July meeting", "New"),
    ("5", "Letter to Chief Executives – high needs", "RT / PS", "30/06/27", "New"),
    ("6", "Note date of joint PCF conference (9 October)", "All", "–", "–"),
]:
    cells = sm.add_row().cells
    for c, t in zip(cells, row):
        cell_text(c, t)
for row in sm.rows:
    for c, w in zip(row.cells, [1.2, 8.5, 2.0, 2.6, 1.8]):
        c.width = Cm(w)

doc.save(OUT)
print(OUT)
