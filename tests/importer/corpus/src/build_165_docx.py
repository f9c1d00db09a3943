import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
doc.sections[0].header.paragraphs[0].text = "Westmoor Brook School - Governing Board - CONFIDENTIAL until approved"
doc.sections[0].footer.paragraphs[0].text = "Curriculum & Standards Committee 15.06.27 - DRAFT v0.2 - Clerk"

p = doc.add_paragraph()
r = p.add_run("WESTMOOR BROOK SCHOOL\nCurriculum and Standards Committee")
r.bold = True
r.font.size = Pt(14)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_paragraph("Minutes of the meeting held on Tuesday 15 June 2027 at 4.00pm, Library and via Teams").alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_paragraph("Present: Sarah Kent (SK) (Chair, LA governor); Tom Evans (TE) (parent governor); Grace Adeyemi (GA) (co-opted governor); Nadia Khan (NK) (co-opted governor); Headteacher")
doc.add_paragraph("In attendance: David Lowe (DL) (Principal Educational Psychologist, for item 23.5); Helen Brooks (HB) (SENCo, Riverside Primary, outreach link, for item 23.7); Clerk to governors")
doc.add_paragraph("Apologies: Owen Reid (accepted)")

def item(num, title, *paras):
    h = doc.add_paragraph()
    h.add_run(f"{num}  {title}").bold = True
    for t in paras:
        doc.add_paragraph(t)

item("23.1", "Welcome, apologies and declarations of interest",
     "The Chair welcomed everyone. Apologies were received and accepted from Owen Reid. TE declared that his son attends the school; this was noted and does not prevent him taking part in any item today.")
item("23.2", "Minutes of the previous meeting (9 March 2027) and matters arising",
     "The minutes were agreed as a true record and will be signed by the Chair. All matters arising are covered in the action log at the end of these minutes. Governors noted that action 22.3 (therapy timetable survey) was completed in April and 22.8 has been superseded by the new reporting format discussed at 23.6.")
item("23.3", "Pupil progress - spring data",
     "The Headteacher presented the spring progress summary. 78% of pupils met or exceeded their EHCP outcome steps in communication, down from 81% in the autumn. Governors asked why phonics progress in the secondary department looked lower than in primary. The Headteacher explained the cohort is small and includes several new admissions.",
     "Q: Are we comparing like with like across the two departments? A: Not fully - the assessment tool changed in January.",
     "SK asked that the phonics intervention data be brought back split by key stage so the committee can look at it properly. SK to share the phonics intervention data broken down by key stage at the next meeting.")
item("23.4", "Therapies and the curriculum",
     "GA updated on the speech and language therapy (SALT) service. Two therapists are leaving at the end of the summer term and recruitment is under way. The Trust intends to cover the gap with agency staff but this is not yet confirmed. Governors were concerned about the impact on the September timetable.",
     "GA agreed to confirm SALT staffing levels for the September timetable by Friday 9 July so the Headteacher can finalise groups.",
     "Governors noted that the Trust's wider recruitment campaign is a matter for the Trust board, not this committee.")
item("23.5", "Educational psychology support and staff training",
     "DL described the EP service's new training offer on emotionally based school avoidance and precision teaching. The offer is free to special schools this year. Governors welcomed this. DL will circulate the EP training offer for teaching assistants to the Headteacher and clerk by 16 July, with dates for the autumn term.",
     "It would be lovely if the whole staff team could attend a session next year, but that depends on INSET planning.")
item("23.6", "Reporting to parents",
     "The committee considered the proposed new end-of-year report format, which links comments to EHCP outcomes. RESOLVED: the committee approved the new report format for use from July 2027.",
     "TE offered to gather parent views on the new reporting format through the parent coffee mornings in September, reporting back at the autumn meeting.")
item("23.7", "Transition and outreach",
     "HB reported on outreach support from the school to Riverside Primary. Three Year 6 pupils with EHCPs are expected to transfer in September. HB to arrange an outreach visit to Riverside for the Year 6 transition group before 30 June.",
     "NK noted that the Riverside transition days were already held on 7 and 8 June and went well.")
item("23.8", "Policies",
     "The RSE policy and the Curriculum policy were reviewed. RESOLVED: to recommend both policies to the Full Governing Board (FGB) on 6 July for approval. The FGB will also be asked to consider the accessibility plan.",
     "SK reminded the committee that the accessibility plan review (22.6) is still outstanding and has slipped; she will now review the accessibility plan with the site manager by 15 July.")
item("23.9", "Any other business and date of next meeting",
     "No other business. The next meeting will be held on Tuesday 21 September 2027 at 4.00pm.",
     "The meeting closed at 5.42pm.")

doc.add_paragraph()
h = doc.add_paragraph()
h.add_run("ACTION LOG").bold = True
rows = [
    ("Ref", "Action", "Owner", "Deadline", "RAG"),
    ("22.3", "Survey families on therapy timetable changes", "GA", "30/04/27", "Complete"),
    ("22.6", "Review accessibility plan with site manager (slipped - new date agreed 23.8)", "SK", "was 30/04/27 now 15/07/27", "Amber"),
    ("22.8", "Draft parent-friendly progress summary", "Headteacher", "31/05/27", "Closed - superseded by 23.6"),
    ("23.3", "Share phonics intervention data broken down by key stage", "SK", "Next meeting", "Green"),
    ("23.4", "Confirm SALT staffing levels for September timetable", "GA", "09/07/27", "Amber"),
    ("23.5", "Circulate EP training offer for teaching assistants", "DL", "16/07/27", "Green"),
    ("23.6", "Gather parent views on new reporting format", "TE", "Autumn meeting", "Green"),
    ("23.7", "Arrange outreach visit to Riverside for Y6 transition group", "HB", "30/06/27", "Green"),
    ("23.8", "Policies to FGB for approval", "Clerk", "FGB 06/07/27", "Green"),
]
t = doc.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        t.cell(i, j).text = v
        if i == 0:
            t.cell(i, j).paragraphs[0].runs[0].bold = True
doc.add_paragraph("RAG: Green = on track, Amber = at risk, Red = overdue. Completed/closed items will be removed after the next meeting.")
doc.add_paragraph("Signed (Chair) ........................................   Date ..................")
doc.save(CORPUS + "/165_twentieth_governors_curriculum.docx")
