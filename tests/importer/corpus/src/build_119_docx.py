"""Builds 119: a programme highlight report (Word) with term-based dates, reviewed at a Programme Board."""

from pathlib import Path

from docx import Document
from docx.shared import Pt

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10)
doc.sections[0].footer.paragraphs[
    0
].text = "OFFICIAL – Westmoor SEND Inclusion Programme – Highlight Report WS2 v1.0"

t = doc.add_heading("HIGHLIGHT REPORT", level=0)


def kv_table(rows):
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in rows:
        c = tb.add_row().cells
        c[0].text = k
        c[1].text = v
        c[0].paragraphs[0].runs[0].bold = True
    return tb


kv_table(
    [
        ("Programme", "SEND Inclusion Programme"),
        ("Workstream", "WS2 – Early identification and support in the early years"),
        ("Workstream lead", "David Lowe, Principal Educational Psychologist (DL)"),
        ("Reporting period", "1 August – 17 September 2027"),
        ("Presented to", "SEND Programme Board, Wednesday 22 September 2027"),
        ("Overall status", "AMBER (was GREEN) – recruitment delay, see Issues"),
    ]
)

doc.add_heading("1. Achievements this period", level=2)
for s in [
    "Early years SEND toolkit launched to 84 settings on 1 September (complete).",
    "Second cohort of 22 early years SENCos completed the Level 3 award in July.",
    "Grace Adeyemi's team trained nursery staff in the Language Link screener – done, 41 staff.",
]:
    doc.add_paragraph(s, style="List Bullet")

doc.add_heading("2. Planned for next period (to 31 October)", level=2)
tb = doc.add_table(rows=1, cols=3)
tb.style = "Table Grid"
for i, h in enumerate(["Activity", "Owner", "When"]):
    tb.rows[0].cells[i].text = h
    tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
rows = [
    ("Run the first inclusion surgery for private nurseries", "Early Years Inclusion Team", "w/c 4/10"),
    ("Publish the toolkit evaluation survey results", "Data & Performance (LP)", "before half term (22 Oct)"),
    ("Recruit the two vacant specialist teacher posts", "Head of SEND", "end of Q3 (31 Dec)"),
    ("Toolkit refresh – phase 2 scoping", "DL", "TBC – depends on funding decision"),
]
for r in rows:
    c = tb.add_row().cells
    for i, v in enumerate(r):
        c[i].text = v

doc.add_heading("3. Risks and issues", level=2)
doc.add_paragraph(
    "Issue 2.4 – two specialist teachers left in August; caseloads covered by the Area SENCo on an interim basis (mitigation in place). "
    "Risk 2.7 – health visitor 2-year checks may not be shared with settings; the ICB is already reviewing the data flow and expects to report in November."
)

doc.add_heading("4. Decisions requested from the Board", level=2)
doc.add_paragraph("a) Approve use of £18,000 underspend to extend the Area SENCo post to March 2028.")
doc.add_paragraph("b) Note the change of status from GREEN to AMBER.")

doc.add_heading("5. Board discussion – 22 September 2027 (added by Ruth Hill after the meeting)", level=2)
doc.add_paragraph(
    "Present: Anne Price (chair), Priya Shah, Mary Walker, David Lowe, Yusuf Okafor, Tom Evans, Liam Porter, Grace Adeyemi. Notes: Ruth Hill."
)
doc.add_paragraph(
    "Decision a) was approved. The change to AMBER was noted. The Board welcomed the toolkit launch."
)
doc.add_paragraph("Tom asked that parents see the toolkit too. Board actions:")
for s in [
    "PCF (Tom Evans) to co-write a parent version of the early years toolkit – by the October Board (20 October 2027).",
    "Yusuf to bring the health visitor data-sharing update to the Board – by the November Board.",
    "Priya Shah to confirm the Area SENCo extension in writing to the Schools Forum – by Friday 1 October.",
    "DL to add a parents' view measure to the next highlight report.",
]:
    doc.add_paragraph(s, style="List Number")
doc.add_paragraph(
    "Anne said she would like to visit a setting using the toolkit, diary permitting. "
    "Grace said her team might repeat the screener training in the spring. "
    "Next Programme Board: Wednesday 20 October 2027, 2pm."
)
doc.save(str(Path(__file__).resolve().parents[1] / "119_thirteenth_highlight_report.docx"))
