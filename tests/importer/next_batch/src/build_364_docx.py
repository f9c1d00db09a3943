"""Builds 364_fortyeighth_transitions_workstream_table_minutes.docx"""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "364_fortyeighth_transitions_workstream_table_minutes.docx")

doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
sec.left_margin = sec.right_margin = Cm(1.5)
sec.top_margin = sec.bottom_margin = Cm(1.5)
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10)
sec.footer.paragraphs[0].text = "Transitions Workstream minutes 11/11/2026 \u2013 LA"


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(header, rows, widths, fill="FBE4D5"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, hd in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(hd).bold = True
        shade(c, fill)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    return t


p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Westmoor SEND Partnership \u2013 Transitions Workstream")
r.bold = True
r.font.size = Pt(14)
p = doc.add_paragraph("Wednesday 11th November 2026, 3.30pm \u2013 5pm, Training Room 1, Westmoor Education Centre")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER

table(["Attendees", "Apologies"], [[
    "James Whitfield (JW) \u2013 Chair, Assistant Director SEND & Inclusion\n"
    "David Lowe (DL) \u2013 Principal EP\n"
    "Helen Brooks (HB) \u2013 SENCo, Riverside Primary\n"
    "Nadia Khan (NK) \u2013 Headteacher, Riverside Primary\n"
    "Grace Adeyemi (GA) \u2013 Children's Therapies\n"
    "Liam Porter (LP) \u2013 Data & Performance\n"
    "Owen Reid (OR) \u2013 PfA Lead\n"
    "Tom Evans (TE) \u2013 Westmoor PCF\n"
    "Sarah Khan (SK) \u2013 Participation\n"
    "Hannah Cole (HC) \u2013 SEND Casework Team Manager\n"
    "Lorraine Ashby (LA) \u2013 SEND Admin (minutes)",
    "Mark Walsh (MW) \u2013 Transport\n"
    "Rob Ellery \u2013 Westmoor College\n"
    "Yusuf Okafor \u2013 ICB",
]], [Cm(15), Cm(11.7)], fill="DEEAF6")

doc.add_paragraph()
doc.add_paragraph().add_run("Actions from meeting on 14th October 2026").bold = True
table(["Action", "Lead", "Update"], [
    ["Share PCF transition survey findings with the group", "TE",
     "Ongoing \u2013 survey closed 6/11. TE to bring findings to December meeting"],
    ["Write to secondary heads re reduced timetables for Y7 pupils with EHCPs", "JW",
     "Complete \u2013 letter sent 21/10"],
    ["Phase transfer deadline reminder letters to parents/carers", "Casework",
     "Complete \u2013 sent 2/11"],
], [Cm(12), Cm(2.5), Cm(12.2)])

doc.add_paragraph()
doc.add_paragraph().add_run("Minutes").bold = True
table(["No.", "Item", "Discussion", "Action", "Lead", "Date"], [
    ["1", "Welcome & apologies", "JW welcomed everyone. Apologies as above.", "\u2013", "", ""],
    ["2", "Actions from last meeting", "See table above.", "\u2013", "", ""],
    ["3", "Phase transfer 2027",
     "HC reported 318 Year 6 pupils with EHCPs. Consultations have gone to schools for 240 of them. The named "
     "secondary school must be in the final amended plan by 15 February. HC is confident on the 240 but "
     "concerned about families who have not expressed any preference.",
     "Caseworkers to confirm named school in final EHCP for all Y6 pupils\n\n"
     "List of Y6 EHCP pupils with no preference expressed, by primary school",
     "SEND Casework Team\n\n\nLP",
     "15/02/27 (statutory)\n\n\n20/11"],
    ["4", "Transition planning meetings",
     "Secondary SENCos rarely attend Year 6 reviews. NK said primaries don't know who to invite. Agreed that "
     "secondary SENCos will be invited to all Year 6 annual reviews from the spring term. HB will draft a "
     "standard invitation letter for primaries to use and bring it for comment.",
     "", "HB", "Dec mtg"],
    ["5", "Transition passport",
     "SK shared the revised passport. GA asked whether therapy input could be included \u2013 agreed to add a "
     "short therapy section. TE asked that young people are asked what they want in it, not just staff.",
     "Test revised passport with the youth forum", "SK", "end of term (18/12)"],
    ["6", "Summer transition programme",
     "Funding for 2027 depends on the Schools Forum decision on 3 December; nothing can be committed until then.",
     "None at this stage \u2013 await Schools Forum", "\u2013", "\u2013"],
    ["7", "PfA \u2013 Year 9 reviews",
     "OR said Year 9 reviews often have no PfA outcomes at all. DL noted the EP service has a prompt sheet "
     "that could be adapted.",
     "Circulate PfA outcomes prompt sheet to secondary SENCos", "OR", "ongoing"],
    ["8", "Post-16 travel training",
     "MW sent apologies. Concern raised about capacity of the independent travel training team for September "
     "2027 college starters (HC estimates 40+).",
     "Confirm ITT capacity for Sept 2027 starters", "Transport (MW)", "Jan mtg"],
    ["9", "AOB / date of next meeting",
     "None. Next meeting: Wednesday 9th December 2026, 3.30pm, Training Room 1.", "", "", ""],
], [Cm(1), Cm(3.3), Cm(10.6), Cm(6.3), Cm(2.8), Cm(2.7)])

doc.save(OUT)
print("wrote", OUT)
