import os

from docx import Document

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

d = Document()
d.add_heading("Westmoor SEND Partnership – Inclusion and Attendance Working Group", 1)
d.add_paragraph("Minutes – Thursday 4 February 2027, 3.30pm, Riverside Primary School")
d.add_paragraph(
    "Present: Anne Price (Chair), Nadia Khan (NK), Helen Brooks (HB), Grace Adeyemi (GA), Sarah Kent (SK), Priya Shah (PS), Tom Evans (TE). Minutes: Ruth Hill."
)
rows = [
    (
        "1. Minutes of last meeting agreed. Action on exclusions data (LP) completed and circulated in January.",
        "Noted",
    ),
    (
        "2. Emotionally based school avoidance (EBSA): HB described rising numbers. Group agreed to adopt the draft EBSA guidance as written.",
        "",
    ),
    ("NK offered to pilot the EBSA toolkit at Riverside this term.", "ACTION: NK by 12/3"),
    (
        "3. Therapy input to mainstream schools: GA and NK to agree a termly drop-in for SENCos.",
        "NK / GA – end of term",
    ),
    (
        "4. Part-time timetables: SK reported 41 pupils on part-time timetables. Concern that some are not reviewed.",
        "ACTION: SK to audit part-time timetables and report back – April meeting",
    ),
    (
        "PS said the council's Scrutiny Committee will look at this in March – for Scrutiny, not this group.",
        "Noted",
    ),
    (
        "5. Parent voice: TE asked if the group could hear directly from families. Hoped this can happen later in the year.",
        "",
    ),
    ("TE to collect three short case studies from PCF members.", "ACTION: TE – 5/3"),
    ("6. Training: HB to circulate the autumn SENCo training evaluation.", "ACTION: HB by 19/2/27"),
    ("7. AOB: Next meeting 15 April 2027.", "RH to send calendar invite by 11 Feb"),
]
t = d.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.rows[0].cells[0].text = "Discussion"
t.rows[0].cells[1].text = "Action"
for a, b in rows:
    c = t.add_row().cells
    c[0].text = a
    c[1].text = b
d.save(CORPUS + "/139_sixteenth_two_column.docx")
