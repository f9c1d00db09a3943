"""Writes the corpus's Word documents (run once; the .docx files are committed beside it).

    .venv/bin/python tests/importer/corpus/make_docx.py
"""
from pathlib import Path

from docx import Document

HERE = Path(__file__).parent


def workforce_action_table() -> None:
    doc = Document()
    doc.add_heading("SEND Workforce Development Group", level=1)
    doc.add_paragraph("Minutes of the meeting on 4 February 2026")
    doc.add_paragraph("Present: David Lowe (chair), Helen Brooks, Sarah Khan, Owen Reid, Ruth Hill")
    doc.add_paragraph("Apologies: Mary Walker")
    doc.add_heading("1. Training needs survey", level=2)
    doc.add_paragraph("The group looked at the survey results. Most schools asked for training on "
                      "sensory needs and on writing outcomes.")
    doc.add_heading("2. Action log", level=2)
    rows = [
        ("Action", "Owner", "Due", "Status", "New date"),
        ("Commission sensory needs training for teaching assistants", "David Lowe", "31 March 2026",
         "Not started", ""),
        ("Write guidance on SMART outcomes for SENCos", "Helen Brooks", "13/03/2026", "In progress", "27/03/2026"),
        ("Add a SEND module to the early career teacher programme", "Sarah Kent", "June", "Not started", ""),
        ("Share the survey results with the Parent Carer Forum", "SK", "next meeting", "Not started", ""),
    ]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.add_paragraph("Date of next meeting: 1 April 2026")
    doc.save(HERE / "09_docx_table.docx")


def health_board_paragraphs() -> None:
    doc = Document()
    doc.add_heading("Community Health NHS Trust – Children's Services Committee", level=1)
    doc.add_paragraph("Meeting held on Thursday 6 November 2025")
    doc.add_heading("Matters arising", level=2)
    doc.add_paragraph("The committee reviewed the action log. Two actions are complete.")
    doc.add_heading("Therapy waiting times", level=2)
    doc.add_paragraph("Grace Adeyemi reported that speech and language therapy waits have fallen to 24 weeks.")
    doc.add_paragraph("Action: Grace Adeyemi to bring the occupational therapy recovery plan by end of January 2026")
    doc.add_heading("Equipment for children with complex needs", level=2)
    doc.add_paragraph("The committee heard that families wait too long for seating equipment.")
    doc.add_paragraph("Agreed actions:", style=None)
    doc.add_paragraph("Yusuf Okafor to raise equipment delays with the commissioners", style="List Bullet")
    doc.add_paragraph("Health colleagues to review the equipment contract by 15th December", style="List Bullet")
    doc.add_heading("Any other business", level=2)
    doc.add_paragraph("None.")
    doc.save(HERE / "14_docx_paragraphs.docx")


def bilingual_side_by_side() -> None:
    """Welsh and English side by side in a two-column table, as Welsh public bodies publish."""
    doc = Document()
    doc.add_heading("Grŵp Llywio ADY / ALN Steering Group", level=1)
    rows = [
        ("Cymraeg", "English"),
        ("Cofnodion y cyfarfod a gynhaliwyd ddydd Mercher 18 Tachwedd 2026",
         "Minutes of the meeting held on Wednesday 18 November 2026"),
        ("Yn bresennol: Rhian Morgan (Cadeirydd), Gareth Jones (Cydlynydd ADY), Dr Siân Williams "
         "(Swyddog Arweiniol Clinigol Addysg Dynodedig), Eleri Hughes (Fforwm Rhieni)",
         "Present: Rhian Morgan (Chair), Gareth Jones (ALNCo), Dr Siân Williams (Designated Education "
         "Clinical Lead Officer), Eleri Hughes (Parent Forum)"),
        ("1. Cynlluniau Datblygu Unigol", "1. Individual Development Plans"),
        ("Adroddodd Gareth fod 40% o'r CDUau wedi'u hadolygu eleni. Cam gweithredu: Gareth Jones i "
         "anfon y data diweddaraf fesul ysgol at y grŵp erbyn 4 Rhagfyr.",
         "Gareth reported that 40% of IDPs had been reviewed this year. Action: Gareth Jones to send "
         "the latest figures by school to the group by 4 December."),
        ("2. Darpariaeth cyfrwng Cymraeg", "2. Welsh-medium provision"),
        ("Nid oes digon o leoedd arbenigol cyfrwng Cymraeg yn y sir. Cam gweithredu: Rhian Morgan i "
         "ysgrifennu at y Prif Swyddog Addysg am gynllunio lleoedd.",
         "There are not enough Welsh-medium specialist places in the county. Action: Rhian Morgan to "
         "write to the Chief Education Officer about place planning."),
        ("3. Llais rhieni", "3. Parents' voice"),
        ("Cytunwyd y byddai Eleri yn casglu barn rhieni am y broses CDU cyn y cyfarfod nesaf.",
         "It was agreed that Eleri would gather parents' views on the IDP process before the next meeting."),
        ("4. Iechyd", "4. Health"),
        ("Bydd Dr Williams yn adrodd ar amseroedd aros therapi lleferydd ac iaith ym mis Ionawr.",
         "Dr Williams will report on speech and language therapy waiting times in January."),
        ("Dyddiad y cyfarfod nesaf: 20 Ionawr 2027", "Date of next meeting: 20 January 2027"),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    doc.save(HERE / "48_fourth_welsh_bilingual.docx")


if __name__ == "__main__":
    workforce_action_table()
    health_board_paragraphs()
    bilingual_side_by_side()
