"""Build 560: Partnership Board cumulative action tracker, printed to PDF from Excel after the 19 May 2027 Board."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "pylib"))

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

OUT = HERE.parent / "560_seventysixth_partnership_board_cumulative_tracker_printed_pdf_new_amended_rows.pdf"

cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.6, leading=9.2)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
head = ParagraphStyle("head", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)
intro = ParagraphStyle("intro", fontName="Helvetica", fontSize=8.5, leading=11)
title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=12.5, leading=15)

COLS = ["No.", "Mtg", "Chg", "Type", "Action", "Owner", "Due", "Status / update", "Upd."]
WID = [15 * mm, 15 * mm, 10 * mm, 15 * mm, 82 * mm, 20 * mm, 22 * mm, 71 * mm, 15 * mm]

rows = [
    ("B-098", "25/11/26", "", "Action", "Agree the SEND Local Area Partnership's priorities for the 2027/28 SEF and share the draft "
     "with the Parent Carer Forum before sign-off", "MW", "20/01/27", "Complete. SEF signed off 17/03. Close.", "19/05/27"),
    ("B-101", "20/01/27", "", "Action", "Publish the refreshed partnership governance chart on the Local Offer", "RH",
     "31/03/27", "Complete \u2013 closed 19/05/27", "19/05/27"),
    ("B-103", "20/01/27", "", "Action", "Provide a breakdown of tribunal appeals 2026 by outcome and by issue (placement, "
     "Section F, health)", "JW", "17/03/27", "Presented March. Closed 19/05/27.", "19/05/27"),
    ("B-104", "20/01/27", "", "Action", "Report on the EHCP annual review backlog, by school phase", "MW", "19/05/27",
     "Presented 19/05 \u2013 backlog down to 312 (from 540). Closed.", "19/05/27"),
    ("B-106", "20/01/27", "", "Action", "Develop a joint protocol with WCHT for timeliness of health advice", "YO / GA",
     "30/06/27", "On track \u2013 draft to ICB Quality Committee in June.", "19/05/27"),
    ("B-107", "20/01/27", "", "Action", "Review membership of the Board to include a young person's representative",
     "Chair", "17/03/27", "Linked to B-122. Youth Forum to nominate in the autumn. Keep open.", "19/05/27"),
    ("B-110", "17/03/27", "", "Action", "Bring the refreshed SEND sufficiency plan to the Board", "PS", "21/07/27",
     "On track for July.", "19/05/27"),
    ("B-112", "17/03/27", "AMD", "Action", "Write to families about the new PfA travel training offer, now to include "
     "post-16 learners (owner changed from JW to Mark Walsh at the 19/05 Board)", "Mark Walsh", "16/07/27",
     "Re-assigned and re-scoped 19/05. Letter to go before the end of the summer term.", "19/05/27"),
    ("B-113", "17/03/27", "", "Action", "Share the Youth Forum's 'What good looks like' report with all Board members",
     "SKh", "30/04/27", "Overdue. SKh said she would circulate it this week.", "19/05/27"),
    ("B-114", "17/03/27", "", "Action", "Check the Local Offer short breaks statement is compliant with the 2011 Regulations",
     "MW", "19/05/27", "Done \u2013 legal check completed. Closed 19/05/27.", "19/05/27"),
    ("B-115", "17/03/27", "", "Decision", "Board agreed to fund the EBSA pilot for 12 months from the high needs block",
     "\u2014", "\u2014", "Noted.", "17/03/27"),
    ("B-118", "19/05/27", "NEW", "Action", "Publish a plain English summary of the SEF on the Local Offer", "RH",
     "28/05/27", "New.", "19/05/27"),
    ("B-119", "19/05/27", "NEW", "Action", "Report EHCP 20-week timeliness for Jan\u2013Apr 2027 with and without the "
     "exception cases", "LP", "Jul Board", "New. Board challenged whether exceptions are being over-used.", "19/05/27"),
    ("B-120", "19/05/27", "NEW", "Action", "Circulate the refreshed Co-production Charter draft to all members for comment",
     "SKh", "within 10 working days", "New.", "19/05/27"),
    ("B-121", "19/05/27", "NEW", "Action", "Confirm the ICB funding position for the sensory OT pilot beyond September 2027",
     "YO", "30/06/27", "New. Pilot currently funded to 31/08/27.", "19/05/27"),
    ("B-122", "19/05/27", "NEW", "Action", "Arrange a joint Board / Youth Forum session in the summer term", "Chair", "TBC",
     "New. Sarah Khan to help with the young people's side if needed.", "19/05/27"),
    ("B-123", "19/05/27", "NEW", "Action", "Bring headline results of the PCF short breaks survey", "TE", "next Board",
     "New.", "19/05/27"),
    ("B-124", "19/05/27", "NEW", "Decision", "Revised Board Terms of Reference (v4) approved", "\u2014", "\u2014",
     "Decision \u2013 no action. ToR to be published with the minutes.", "19/05/27"),
    ("B-125", "19/05/27", "NEW", "Info", "DfE SEND adviser visit 9 June \u2013 DfE to confirm the agenda", "(DfE)",
     "09/06/27", "For information.", "19/05/27"),
]


def P(t, s=cell):
    return Paragraph(t.replace("&", "&amp;"), s)


data = [[P(h, head) for h in COLS]]
styles = [
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#203864")),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8C8C8C")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]
for i, r in enumerate(rows, start=1):
    bold = r[2] in ("NEW", "AMD")
    data.append([P(v, cellb if bold and j in (0, 2) else cell) for j, v in enumerate(r)])
    if bold:
        styles.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#FFF2CC")))
    elif "Close" in r[7]:
        styles.append(("TEXTCOLOR", (0, i), (-1, i), colors.HexColor("#7F7F7F")))

tbl = Table(data, colWidths=WID, repeatRows=1)
tbl.setStyle(TableStyle(styles))


def furniture(canvas, doc):
    canvas.saveState()
    w, h = landscape(A4)
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(12 * mm, h - 9 * mm, "Westmoor SEND Partnership Board \u2013 Action Tracker (cumulative)")
    canvas.drawRightString(w - 12 * mm, h - 9 * mm, "Printed 20/05/2027 09:14")
    canvas.drawString(12 * mm, 8 * mm, "File: Board_Action_Tracker_2026-27.xlsx   Sheet: Tracker")
    canvas.drawRightString(w - 12 * mm, 8 * mm, f"Page {doc.page} of 2")
    canvas.restoreState()


story = [
    Paragraph("SEND Partnership Board \u2013 Action Tracker", title),
    Paragraph("As updated by RH after the Board meeting of <b>Wednesday 19 May 2027</b>.", intro),
    Paragraph("Chg column: <b>NEW</b> = added at the 19/05/27 meeting; <b>AMD</b> = amended (re-assigned or re-scoped) at "
              "the 19/05/27 meeting. Rows with no flag are carried from earlier Boards \u2013 their status was updated at the "
              "meeting but the action itself has not changed. Closed rows are greyed and will be removed from the next print. "
              "Type: Action / Decision / Info.", intro),
    Spacer(1, 4 * mm),
    tbl,
    Spacer(1, 5 * mm),
    Paragraph("<b>Owner key:</b> Chair \u2013 Anne Price (Independent Chair); RH \u2013 Ruth Hill; MW \u2013 Mary Walker; "
              "PS \u2013 Priya Shah; JW \u2013 James Whitfield; YO \u2013 Yusuf Okafor (DCO, ICB); GA \u2013 Grace Adeyemi; "
              "LP \u2013 Liam Porter; SKh \u2013 Sarah Khan (Participation); TE \u2013 Tom Evans (PCF co-chair).", intro),
    Spacer(1, 2 * mm),
    Paragraph("<b>Board dates 2027:</b> 20 January, 17 March, 19 May, <b>21 July (next)</b>, 22 September, 24 November "
              "\u2013 all Wednesdays, 2.00\u20134.30pm, Council Chamber / Teams.", intro),
]

doc = SimpleDocTemplate(str(OUT), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                        topMargin=14 * mm, bottomMargin=14 * mm, title="Board Action Tracker",
                        author="Ruth Hill")
doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
print("wrote", OUT)
