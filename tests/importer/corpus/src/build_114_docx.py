"""Builds 114: Word minutes saved with tracked-change remnants ([Deleted: ...] / [Inserted: ...]) and comment markers."""

import re
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)


def para(text, bold=False, style=None):
    p = doc.add_paragraph(style=style)
    # split out [Deleted: ...] and [Inserted: ...] and [Comment ...] so they look like flattened revisions
    for piece in re.split(r"(\[(?:Deleted|Inserted|Comment [A-Z]+\d+):[^\]]*\])", text):
        if not piece:
            continue
        r = p.add_run(piece)
        r.bold = bold
        if piece.startswith("[Deleted:"):
            r.font.strike = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        elif piece.startswith("[Inserted:"):
            r.font.underline = True
            r.font.color.rgb = RGBColor(0x00, 0x55, 0xAA)
        elif piece.startswith("[Comment"):
            r.font.highlight_color = 7
            r.italic = True
    return p


doc.sections[0].header.paragraphs[0].text = "DRAFT v0.3 – tracked changes – not for publication"
doc.add_heading("Westmoor SEND Joint Commissioning Group", level=1)
para(
    "Minutes of the meeting held on Tuesday 9 March 2027, 2pm–4pm, Committee Room 2, Westmoor Civic Centre and MS Teams"
)
para(
    "Present: Anne Price (Chair), Mary Walker (MW), Yusuf Okafor (YO, ICB), Grace Adeyemi (GA), Liam Porter (LP), Tom Evans (TE, PCF), [Inserted: James Whitfield (JW)]"
)
para("In attendance: Ruth Hill (minutes), [Deleted: Owen Reid][Inserted: Mark Walsh (MWa), item 5 only]")
para("Apologies: Priya Shah, David Lowe")

doc.add_heading("1. Minutes of the last meeting and action log", level=2)
para(
    "The minutes of 9 February were agreed as an accurate record [Deleted: subject to one amendment][Inserted: with no amendments]. All four actions from February were reported complete, including the letter to GP practices [Comment RH1: YO confirmed sent 22 Feb] and the refreshed terms of reference."
)

doc.add_heading("2. Speech and language therapy waiting times", level=2)
para(
    "GA presented the quarter 3 figures: 38% of children waited more than 18 weeks for an initial assessment [Deleted: (up from 31%)][Inserted: (up from 33%)]. The group noted the report. Tom said families are being told to “ring back in a month”, which is not acceptable."
)
para(
    "Action: GA to bring a recovery trajectory for SALT waits to the April meeting (13 April 2027).",
    bold=True,
)
para(
    "Action: [Deleted: MW][Inserted: YO] to raise the SALT workforce gap with the ICB [Deleted: Quality Committee][Inserted: Children’s Programme Board] by 31 March.",
    bold=True,
)

doc.add_heading("3. Joint commissioning of sensory services", level=2)
para(
    "The group agreed to extend the current sensory support contract for twelve months rather than go out to tender now. This decision will be reported to the SEND Board. [Deleted: Action: LP to model the cost of a full tender by 1 April.] [Comment AP2: deleted – no longer needed following the decision]"
)
para(
    "Action: LP to add sensory service activity to the joint dashboard by [Deleted: end of March][Inserted: 16 April].",
    bold=True,
)

doc.add_heading("4. Co-production of the commissioning intentions", level=2)
para(
    "Tom welcomed the plan to hold two parent workshops. The PCF may also run an online survey, depending on volunteer time. [Inserted: Action: PCF to recruit six parents for the commissioning workshops by 25 March, before Easter.]"
)
para(
    "Action: [Deleted: RH][Inserted: Ruth Hill] to book venues for both workshop evenings within three weeks.",
    bold=True,
)

doc.add_heading("5. Home to school transport for post-16 learners", level=2)
para(
    "Mark Walsh reported that the post-16 transport policy consultation closed on 26 February with 214 responses. The report was noted. [Deleted: Mark would like the group’s view by Friday.] Members asked whether independent travel training could be jointly funded; this is to be an agenda item for May, not an action today."
)
para(
    "Action: [Inserted: MWa] to share the consultation response summary with PCF before it goes to Cabinet[Deleted: , date tbc][Inserted:  – by 24 March].",
    bold=True,
)

doc.add_heading("6. Any other business", level=2)
para(
    "JW reminded members that the area SEND inspection framework changes from September. [Comment TE3: can we have a briefing on this?] No action was agreed."
)
para("Date of next meeting: Tuesday 13 April 2027, 2pm, Teams.")

doc.save(str(Path(__file__).resolve().parents[1] / "114_thirteenth_tracked_changes.docx"))
