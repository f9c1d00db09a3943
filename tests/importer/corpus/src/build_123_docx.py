"""Builds 115_thirteenth_tracked_changes.docx: Word minutes with tracked-change remnants flattened to text."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parents[1] / "123_fourteenth_tracked_changes.docx"
RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0x79)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "DRAFT v0.3 - tracked changes shown - NOT FOR CIRCULATION"
sec.footer.paragraphs[0].text = "Inclusion and Outcomes Workstream - draft minutes 22.09.2027 - Page 1"


def para(chunks, style=None):
    """chunks: list of (text, kind) with kind None / 'del' / 'ins' / 'cmt' / 'fmt'."""
    p = doc.add_paragraph(style=style)
    for text, kind in chunks:
        if kind == "del":
            r = p.add_run(f"[Deleted: {text}]")
            r.font.strike = True
            r.font.color.rgb = RED
        elif kind == "ins":
            r = p.add_run(f"[Inserted: {text}]")
            r.font.underline = True
            r.font.color.rgb = BLUE
        elif kind == "cmt":
            r = p.add_run(f" [Comment {text}]")
            r.italic = True
            r.font.size = Pt(9)
        elif kind == "fmt":
            r = p.add_run(f"[Formatted: {text}]")
            r.font.size = Pt(8)
        elif kind == "b":
            p.add_run(text).bold = True
        else:
            p.add_run(text)
    return p


h = doc.add_paragraph()
h.alignment = WD_ALIGN_PARAGRAPH.CENTER
h.add_run(
    "Westmoor SEND Partnership\nInclusion and Outcomes Workstream\nMinutes of the meeting held on Wednesday 22 September 2027, 10:00-12:00, Committee Room B, Westmoor House"
).bold = True

para(
    [
        ("Present: ", "b"),
        (
            "David Lowe (DL, Principal Educational Psychologist, lead), Mary Walker (MW), Helen Brooks (HB), Tom Evans (TE, PCF), Liam Porter (LP), Sarah Kent (SK, School Improvement)",
            None,
        ),
        ("Priya Shah (PS)", "del"),
        (", Anne Price (AP, observing)", None),
    ]
)
para(
    [("Apologies: ", "b"), ("Grace Adeyemi", None), (", Priya Shah", "ins"), (". Minutes: Ruth Hill.", None)]
)

doc.add_heading("1. Minutes of the last meeting and matters arising", level=2)
para(
    [
        ("The minutes of 14 July were agreed as a true record. All July actions are complete ", None),
        ("apart from the attendance data, which LP brought today", "del"),
        ("; the attendance data was presented at item 3", "ins"),
        (".", None),
    ]
)

doc.add_heading("2. Graduated approach toolkit", level=2)
para(
    [
        (
            "DL presented the revised toolkit. Members welcomed the new section on neurodivergent girls. It was ",
            None,
        ),
        ("agreed", "b"),
        (" that the toolkit should launch in January 2028 alongside the new SEN support guidance. ", None),
        (
            "HB asked whether schools would be expected to use the new templates straight away; DL said no, they are optional for the first year.",
            None,
        ),
    ]
)
para(
    [
        ("Action: ", "b"),
        ("MW", "del"),
        ("DL", "ins"),
        (" to present the revised graduated approach toolkit to the SENCo network ", None),
        ("in November", "del"),
        ("on 13 October", "ins"),
        (".", None),
        ("[DL1]: Swapped owner - Mary is on leave in October. DL happy to do it.", "cmt"),
    ]
)
para([("Bold", "fmt")])
para(
    [
        ("Action: ", "b"),
        (
            "Sarah Kent to circulate the inclusion quality mark criteria to all primary heads by 1 October.",
            None,
        ),
    ]
)

doc.add_heading("3. Attendance and suspensions", level=2)
para(
    [
        (
            "LP presented attendance data for children with EHCPs. Persistent absence remains higher than the national average. The workstream ",
            None,
        ),
        ("noted", "b"),
        (" the report. ", None),
        ("Members discussed whether to set a local target. ", "del"),
        ("It was agreed not to set a local target this year.", "ins"),
    ]
)
para(
    [
        ("Action: ", "b"),
        ("LP to add suspensions data for children with EHCPs to the dashboard", None),
        (", split by primary need,", "ins"),
        (" before the next meeting.", None),
    ]
)
para(
    [
        (
            "Action: Priya Shah to write to academy trusts about part-time timetables by end of September.",
            "del",
        ),
        (
            "[AP2]: Removed - PS confirmed by email that this went out in the Headteacher bulletin on 17 September.",
            "cmt",
        ),
    ]
)

doc.add_heading("4. Emotionally based school avoidance (EBSA)", level=2)
para(
    [
        (
            "MW reported that the EBSA guidance was published on the Local Offer in August. TE said parents are still unaware of it and asked whether it could be promoted more widely. ",
            None,
        ),
        ("TE will try to mention it at the next PCF coffee morning if there is time.", None),
    ]
)
para(
    [
        ("Action: ", "b"),
        (
            "Westmoor Educational Psychology Service to offer two twilight sessions on EBSA for school staff ",
            None,
        ),
        ("this term", "del"),
        ("by 10 December", "ins"),
        (".", None),
    ]
)
para(
    [
        ("Action: ", "b"),
        ("Tom", None),
        (" Evans", "ins"),
        (" to gather parent views on the draft EBSA leaflet through the PCF within a month.", None),
    ]
)
para(
    [
        (
            "[RH3]: Ruth to check with Anne whether the radio interview idea should be an action? Not clear from my notes.",
            "cmt",
        )
    ]
)

doc.add_heading("5. Any other business", level=2)
para(
    [
        ("James Whitfield ", None),
        ("may", "b"),
        (
            " attend the next meeting to talk about the inclusion strategy refresh. AP thanked DL for chairing his first workstream meeting.",
            None,
        ),
    ]
)
para([("Moved (insertion) [1]", "fmt")])
para(
    [
        ("Date of next meeting: ", "b"),
        ("Wednesday 3 November 2027", None),
        (", 10:00, Committee Room B", "ins"),
        ("Wednesday 10 November 2027", "del"),
    ]
)

doc.save(OUT)
print(OUT)
