import sys
sys.path.insert(0, "/tmp/b94/src")
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import lab
STEM = "687_ninetyfourth_inclusion_subgroup_word_action_log"
doc = Document()
s = doc.sections[0]
s.orientation = WD_ORIENT.LANDSCAPE; s.page_width, s.page_height = s.page_height, s.page_width
for m in ("left_margin", "right_margin"): setattr(s, m, Cm(1.5))
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(9)
s.header.paragraphs[0].text = "Education Quality & Inclusion Sub-group | Action log"
s.footer.paragraphs[0].text = "V3 updated following meeting 12.10.27 - RH"
doc.add_heading("Education Quality and Inclusion Sub-group - Action Log", level=1)
doc.add_paragraph("Meeting: Tuesday 12 October 2027, 9.30-11.30, Riverside Primary School (hybrid)\n"
                  "Chair: David Lowe.  Present: Helen Brooks, Priya Shah, Sarah Kent, Liam Porter, Owen Reid (item 4), Nadia Khan (host), Ruth Hill (log).\n"
                  "Apologies: Tom Evans, Grace Adeyemi.")
doc.add_paragraph("Note: the group agreed to merge the attendance and EBSA strands into one workstream from November (decision - no separate action). "
                  "Schools Forum items now sit on the Forum's own log. Next meeting Tuesday 7 December.")

def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), hexc); tcPr.append(sh)

hdr = ["Ref", "Date agreed", "Action", "By whom", "By when", "Update (Sept mtg)", "Update 12.10.27", "Status"]
rows = [
 ["1/07", "06.07.27", "HB to circulate SENCo network dates for 2027/28", "HB", "Sept", "Done - sent 1/9", "", "Closed"],
 ["2/07", "06.07.27", "Include SEND in the school improvement visit note template", "Sarah Kent", "Oct", "In hand", "Template updated and in use. Close.", "Closed"],
 ["3/09", "07.09.27", "PS to seek Schools Forum view on inclusion funding", "PS", "Oct", "-",
  "Schools Forum met 30/9 - Forum will model options (their action SF/27/11). Remove from our log.", "Closed"],
 ["4/09", "07.09.27", "David Lowe to draft EBSA guidance for schools", "DL", "12.10.27", "-",
  "Nearly there but delayed by EP vacancies. Group agreed new date - by half term.", "Open - re-dated"],
 ["5/09", "07.09.27", "Helen to pilot attendance tracker in 3 schools and report back", "HB", "Dec mtg", "-",
  "Pilot running in 3 schools. On track.", "Open"],
 ["6/10", "12.10.27", "Liam to add suspensions of pupils with EHCPs to the data pack", "LP", "end of Oct", "", "New", "Open"],
 ["7/10", "12.10.27", "Owen Reid to brief group on supported internships offer", "OR", "Dec meeting", "", "New", "Open"],
 ["8/10", "12.10.27", "Sarah Kent to share SEND themes from autumn school improvement visits", "SKe", "30.11.27", "", "New", "Open"],
 ["9/10", "12.10.27", "Letter to headteachers re part-time timetables and the DfE guidance", "Director of Education", "before half term", "",
  "New - Nadia offered to sense-check the draft with the heads' group (offer, not logged as action)", "Open"],
]
t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
for i, x in enumerate(hdr):
    c = t.rows[0].cells[i]; c.text = ""; r = c.paragraphs[0].add_run(x); r.bold = True; shade(c, "BDD7EE")
for row in rows:
    cells = t.add_row().cells
    for i, x in enumerate(row): cells[i].text = x
    colour = {"Closed": "C6EFCE", "Open - re-dated": "FFEB9C"}.get(row[7])
    if colour: shade(cells[7], colour)
for row in t.rows:
    for i, w in enumerate([1.2, 1.8, 6.5, 2.4, 2.2, 3.0, 6.0, 2.2]): row.cells[i].width = Cm(w)
doc.add_paragraph("")
doc.add_paragraph("Closed actions will be removed at the next meeting. Please send updates to Ruth by Friday 3 December.")
doc.save(f"/tmp/b94/{STEM}.docx")

lab.write(STEM, "2027-10-12",
 "A Word action log (landscape table with 'Update (Sept mtg)' and 'Update 12.10.27' columns, colour-shaded status) for the Education Quality and Inclusion Sub-group, updated following its meeting on Tuesday 12 October 2027 (next meeting Tuesday 7 December). Traps: 1/07, 2/07 closed; 3/09 passed to Schools Forum's own log (their action SF/27/11); 5/09 open but 'On track' and due at the Dec meeting as before (not re-dated); the attendance/EBSA merger is a decision with no action; Nadia's offer to sense-check is 'not logged as action'; the footer request to send updates is a general reminder; apologies. Labelled: 4/09 re-dated 'by half term' and new rows 6/10-9/10. Dates: October half term 2027 is w/c 25 October, so 'by half term' / 'before half term' = Friday 22 October 2027; 'end of Oct' = Friday 29 October 2027; 'Dec meeting' = next meeting; 30.11.27 = 2027-11-30. Owners are taken from the By whom column (DL, LP, OR, SKe); row 9/10 has no name in the action, its owner is 'Director of Education' (Priya Shah) from the By whom column.",
 [("David Lowe to draft EBSA guidance for schools", "DL", "David Lowe", "2027-10-22"),
  ("add suspensions of pupils with EHCPs", "LP", "Liam Porter", "2027-10-29"),
  ("Owen Reid to brief group on supported internships", "OR", "Owen Reid", "next meeting"),
  ("share SEND themes from autumn school improvement visits", "SKe", "Sarah Kent", "2027-11-30"),
  ("Letter to headteachers re part-time timetables", "Director of Education", "Priya Shah", "2027-10-22")])
