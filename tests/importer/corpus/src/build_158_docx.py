import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
    s.footer.paragraphs[0].text = "Westmoor Primary Headteachers' Forum - notes are confidential to forum members until approved"

h = doc.add_paragraph()
r = h.add_run("WESTMOOR PRIMARY HEADTEACHERS' FORUM")
r.bold = True
r.font.size = Pt(13)
h.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = doc.add_paragraph("Notes of the meeting held on Thursday 11 March 2027, 1.30pm - 3.30pm, Riverside Primary School (hall)")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_paragraph().add_run("Present:").bold = True
doc.add_paragraph("Nadia Khan (Riverside Primary, Chair), Jo Foster (Oakfield Primary), Rakesh Desai (St Mary's CE Primary), "
                  "Alison Grey (Westmoor Park Infants), Chris Nolan (Brookside Junior), Fiona Hart (Hill Lane Primary)")
doc.add_paragraph().add_run("Local authority:").bold = True
doc.add_paragraph("Mary Walker (Head of SEND), David Lowe (Principal Educational Psychologist), Sarah Kent (School Improvement Adviser)")
doc.add_paragraph().add_run("In attendance:").bold = True
doc.add_paragraph("Helen Brooks (SENCo, Riverside Primary) for item 7; Ruth Hill (notes)")

rows = [
 ("1. Welcome and apologies",
  "NK welcomed everyone, particularly Fiona Hart at her first forum since joining Hill Lane. "
  "Apologies: Sam Okoye (Greenfields), Priya Shah (Director of Education).",
  "None"),
 ("2. Notes of 14 January and matters arising",
  "Notes agreed as accurate. Matters arising: EP link time (item 4) - complete, allocations went to schools on 2 Feb. "
  "Top-up banding (item 6) - on today's agenda. HB to share the transition passport (item 7) - done, on the shared drive. "
  "SK to check whether secondary heads wanted a joint session - closed, secondary heads declined.",
  "Noted"),
 ("3. SEN support descriptors",
  "SK took heads through the changes to the SEN support descriptors following the autumn consultation. The main change is "
  "the new section on social, emotional and mental health. Heads welcomed the shorter format. JF asked whether the secondary "
  "version would match; SK said that is being done through the secondary heads' group, not this forum.",
  "SK to send the updated SEN support descriptors to all heads by Friday 19 March."),
 ("4. Top-up banding consultation",
  "MW outlined the proposed changes to top-up banding. Consultation closes 9 April. Heads were concerned about the "
  "loss of the band C/D split for pupils with complex needs in mainstream. "
  "Agreed: the forum will submit one joint response rather than separate school responses.",
  "NK to draft the forum's joint consultation response and circulate it to heads by 1 April.\n"
  "MW to bring the consultation results to the May forum."),
 ("5. EP traded time - summer term",
  "DL explained that the locum EPs will end in March, so summer term allocations will be slightly lower than spring. "
  "Statutory advice work stays the priority. RD asked if unused spring days roll over - DL confirmed they do, up to two days.",
  "DL to circulate summer term EP allocations to heads by Wednesday 24 March."),
 ("6. Home to school transport (for information)",
  "Heads raised late buses on the Oakfield route again. MW reported that Mark Walsh's team is reviewing Post-16 and "
  "primary routes over the summer and will write to schools directly.",
  "Noted - being handled by Transport through their route review. No forum action."),
 ("7. Provision mapping at Riverside",
  "HB presented Riverside's whole-school provision map and how it links to the SEN support descriptors. Heads were "
  "impressed, particularly by the costing column. AG said Westmoor Park would like to pilot it.",
  "HB to share the provision map template with cluster SENCOs."),
 ("8. Any other business",
  "(a) RD asked whether ELSA training could be funded from the inclusion fund. MW said Schools Forum agreed this in "
  "February and letters went to schools last week.\n"
  "(b) SK reminded heads about the inclusion survey - only 9 of 23 schools have replied.\n"
  "(c) CN hoped the LA might consider a second specialist resource base in the north of the borough. MW said this sits "
  "with the sufficiency strategy refresh later in the year.",
  "(a) None - already done.\n"
  "(b) All heads to complete the inclusion survey by Friday.\n"
  "(c) Noted."),
 ("9. Date of next meeting",
  "Thursday 13 May 2027, 1.30pm, Oakfield Primary School. Invitations already sent.",
  "None"),
]

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
hdr = t.rows[0].cells
hdr[0].paragraphs[0].add_run("Discussion").bold = True
hdr[1].paragraphs[0].add_run("Action").bold = True
for title, body, action in rows:
    c = t.add_row().cells
    c[0].paragraphs[0].add_run(title).bold = True
    for para in body.split("\n"):
        c[0].add_paragraph(para)
    lines = action.split("\n")
    c[1].paragraphs[0].text = lines[0]
    for para in lines[1:]:
        c[1].add_paragraph(para)
for row in t.rows:
    row.cells[0].width = Cm(12.5)
    row.cells[1].width = Cm(4.5)

doc.add_paragraph()
doc.add_paragraph("Notes taken by Ruth Hill. Draft for approval at the May meeting.")
doc.save(CORPUS + "/158_nineteenth_heads_forum.docx")
