"""465: Inclusion & AP subgroup notes as a PDF from Word: page 1 short notes, page 2 two
tables SIDE BY SIDE (new actions | previous actions status) so text extraction interleaves
the rows of the two tables line by line."""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(OUT / "pylib"))

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402
                                Table, TableStyle)

STEM = "465_sixtythird_subgroup_notes_pdf_side_by_side_action_tables"

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=4)
h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold")


def header_footer(canvas, doc):
    canvas.saveState()
    w, h = landscape(A4)
    canvas.setFont("Helvetica", 8)
    canvas.drawString(15 * mm, h - 10 * mm, "OFFICIAL")
    canvas.drawRightString(w - 15 * mm, h - 10 * mm, "Inclusion and AP Subgroup - notes of meeting 15.07.27 - DRAFT v0.2")
    canvas.drawString(15 * mm, 8 * mm, "Westmoor SEND Partnership | Inclusion and Alternative Provision Subgroup")
    canvas.drawRightString(w - 15 * mm, 8 * mm, f"Page {doc.page} of 2")
    canvas.restoreState()


story = [
    Paragraph("Inclusion and Alternative Provision Subgroup", h1),
    Paragraph("Notes of meeting held Thursday 15 July 2027, 10.00 - 11.45, Committee Room 3, Civic Centre", body),
    Paragraph("<b>Present:</b> Priya Shah, Director of Education (Chair); Mary Walker, Head of SEND; David Lowe, "
              "Principal EP; Tom Evans, PCF; Helen Brooks, SENCo Riverside Primary; Liam Porter, Data and "
              "Performance; Sarah Kent, School Improvement; Dan Marsh, Head of Westmoor Pupil Referral Unit. "
              "<b>Notes:</b> Ruth Hill. <b>Apologies:</b> Claire Dunmore; James Whitfield.", body),
    Paragraph("1. Part-time timetables", h2),
    Paragraph("LP presented the spring census return: 63 pupils on part-time timetables, 41 of them on SEN support "
              "or with an EHCP, 19 for longer than six weeks. HB said primary colleagues often don't know a return "
              "is expected. The subgroup <b>agreed to recommend to the Partnership Board</b> that a termly "
              "part-time timetable return becomes mandatory for all schools from September. PS will write to "
              "secondary heads now rather than wait for the Board (see N1).", body),
    Paragraph("2. Alternative provision quality assurance", h2),
    Paragraph("MW reported that the current AP directory has no consistent QA. A local framework is needed before "
              "the autumn commissioning round. DL noted the DfE is expected to announce the next wave of its AP "
              "specialist taskforce pilot in the autumn; nothing for the subgroup to do until that is published. "
              "Members were clear the local framework should not wait for the DfE.", body),
    Paragraph("3. PCF exclusions survey", h2),
    Paragraph("TE reported 212 responses to the PCF survey on exclusions and reduced timetables. The full report "
              "goes to the PCF steering group on 9 September first, as agreed with the Forum's committee; "
              "headline findings can come to the subgroup after that.", body),
    Paragraph("4. Educational psychology support to AP", h2),
    Paragraph("DL offered termly EP drop-ins for staff in the PRU and registered AP providers. Dan Marsh welcomed "
              "this. Agreed.", body),
    Paragraph("5. Reintegration from the PRU", h2),
    Paragraph("Dan Marsh explained he has not been able to pull together the reintegration plans (P3) because of "
              "staffing at the Eastgate site. Sarah Kent agreed to take this on through the school improvement "
              "visits. Dual-registration figures (P2) were tabled and noted.", body),
    Paragraph("6. Any other business", h2),
    Paragraph("Helen Brooks asked whether SENDIASS could advise the subgroup on what families are being told "
              "about exclusion appeals. Claire Dunmore was not present; to be invited. Date of next meeting: "
              "<b>Thursday 16 September 2027</b>, 10.00, Teams.", body),
    PageBreak(),
    Paragraph("Action summary", h1),
    Paragraph("New actions from this meeting are on the left; the status of actions from previous meetings is on "
              "the right. Please update Ruth on the right-hand table before the September meeting.", body),
    Spacer(1, 4),
]


def P(t, s=cell):
    return Paragraph(t, s)


new_rows = [
    [P("No", cellb), P("New action (15.07.27)", cellb), P("Lead", cellb), P("By", cellb)],
    [P("N1"), P("Write to all secondary heads with the part-time timetables guidance and termly return form"), P("PS"), P("23 Jul")],
    [P("N2"), P("Map commissioned AP places against current referrals, by school phase"), P("LP"), P("10 Sep")],
    [P("N3"), P("Draft the local AP quality assurance framework for consultation"), P("Head of SEND"), P("End Sept")],
    [P("N4"), P("Share headline PCF exclusions survey findings with the subgroup"), P("TE"), P("Next mtg")],
    [P("N5"), P("Set up termly EP drop-ins for PRU and AP provider staff; confirm first date"), P("DL"), P("17 Sep")],
    [P("N6"), P("Invite Claire Dunmore to the September meeting re SENDIASS exclusions advice"), P("RH"), P("2 Sep")],
]
old_rows = [
    [P("No", cellb), P("Previous action", cellb), P("Lead", cellb), P("Status / update", cellb)],
    [P("P1 (03.06)"), P("Circulate revised Fair Access Protocol to members"), P("MW"), P("Complete - sent 18 June")],
    [P("P2 (03.06)"), P("Obtain PRU roll and dual-registration figures"), P("LP"), P("Complete - tabled 15.07")],
    [P("P3 (03.06)"), P("Collate reintegration plans from the three PRU sites"), P("Dan Marsh"), P("Open - reassigned to Sarah Kent; revised date 24 Sep")],
    [P("P4 (06.05)"), P("Book venue for the September AP provider forum"), P("RH"), P("Closed - forum now online")],
    [P("P5 (06.05)"), P("Draft letter to DfE re AP place funding"), P("PS"), P("Superseded - covered in Board letter of 1 July")],
]
# Word layout: one wide table with an empty, borderless spacer column, so it looks like two
# tables side by side but each row of the PDF holds one new action AND one previous action.
old_rows.append([P(""), P(""), P(""), P("")])
rows = [l + [P("")] + r for l, r in zip(new_rows, old_rows)]
outer = Table(rows, colWidths=[10 * mm, 72 * mm, 19 * mm, 16 * mm, 8 * mm, 17 * mm, 60 * mm, 16 * mm, 39 * mm])
outer.setStyle(TableStyle([
    ("GRID", (0, 0), (3, -1), 0.5, colors.grey),
    ("GRID", (5, 0), (8, -2), 0.5, colors.grey),
    ("BACKGROUND", (0, 0), (3, 0), colors.HexColor("#DCE6F1")),
    ("BACKGROUND", (5, 0), (8, 0), colors.HexColor("#F2DCDB")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))
story.append(outer)
story.append(Spacer(1, 8))
story.append(Paragraph("Notes taken by Ruth Hill. Draft until agreed at the next meeting.", body))

doc = SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                        topMargin=16 * mm, bottomMargin=15 * mm, title="Inclusion and AP Subgroup notes 15 July 2027",
                        author="Ruth Hill")
doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)

LABELS = {
    "meeting_date": "2027-07-15",
    "style": (
        "Held-out batch sixtythird. Notes of the Inclusion and Alternative Provision Subgroup (Thursday 15 July "
        "2027), a two-page landscape PDF from Word with OFFICIAL/draft header and 'Page n of 2' footer. Page 1 is "
        "narrative notes; page 2 has TWO TABLES SIDE BY SIDE - new actions (No/Action/Lead/By) on the left and "
        "previous actions with status on the right. In Word it was built as one wide table with a blank borderless "
        "spacer column, so text extraction runs each new action straight into the previous action on the same row "
        "(N1 then P1, N2 then P2 ...), and a naive reader may attach P-row statuses ('Complete', 'Closed') to N rows. Traps: the recommendation to the Board about a "
        "mandatory termly return (decision); the DfE's AP taskforce pilot (other body, 'nothing for the subgroup to "
        "do'); the PCF steering group seeing the survey first (another body's process); previous actions P1, P2 "
        "complete, P4 closed, P5 superseded; the dual-registration figures already tabled. Labels: the six N rows; "
        "N3 owner 'Head of SEND' = Mary Walker, 'End Sept' = Thu 30 Sept 2027; N4 'Next mtg' resolved to the "
        "stated next meeting, Thu 16 Sept 2027; P3 is an open action re-assigned at this meeting from Dan Marsh "
        "(not in people.json) to Sarah Kent (School Improvement Adviser - not Sarah Khan), revised date Fri 24 Sept "
        "2027, so labelled with owner Sarah Kent."
    ),
    "held_out": True,
    "actions": [
        {"key": "Write to all secondary heads with the part-time", "owner": "PS", "person": "Priya Shah", "due": "2027-07-23"},
        {"key": "Map commissioned AP places against current referrals", "owner": "LP", "person": "Liam Porter", "due": "2027-09-10"},
        {"key": "Draft the local AP quality assurance framework", "owner": "Head of SEND", "person": "Mary Walker", "due": "2027-09-30"},
        {"key": "Share headline PCF exclusions survey findings", "owner": "TE", "person": "Tom Evans", "due": "2027-09-16"},
        {"key": "Set up termly EP drop-ins for PRU", "owner": "DL", "person": "David Lowe", "due": "2027-09-17"},
        {"key": "Invite Claire Dunmore to the September meeting", "owner": "RH", "person": "Ruth Hill", "due": "2027-09-02"},
        {"key": "Collate reintegration plans from the three PRU sites", "owner": "Sarah Kent", "person": "Sarah Kent", "due": "2027-09-24"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(LABELS, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", STEM)
