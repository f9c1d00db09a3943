import sys
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, "/tmp/b45_pylib")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle  # noqa: E402

OUT = HERE / "343_fortyfifth_y6_y7_transition_cluster_minutes.pdf"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
h1 = ParagraphStyle("h1", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=14, leading=17, spaceAfter=2)
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
                    textColor=colors.HexColor("#1F4E79"))
sub = ParagraphStyle("sub", parent=body, alignment=1, textColor=colors.HexColor("#555555"))


def P(t, st=small):
    return Paragraph(t, st)


def tbl(data, widths, head="#1F4E79"):
    t = Table([[P(c) if isinstance(c, str) else c for c in row] for row in data], colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head)),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def hdr(cells):
    return [P("<font color='white'><b>%s</b></font>" % c) for c in cells]


def footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 7.5)
    canvas.setFillColor(colors.HexColor("#666666"))
    canvas.drawString(18 * mm, 10 * mm, "Hollins Park High School - North Westmoor Cluster Y6/Y7 SEND Transition Meeting - 11.03.27 - OFFICIAL-SENSITIVE (no pupil names)")
    canvas.drawRightString(192 * mm, 10 * mm, "Page %d" % doc.page)
    canvas.restoreState()


story = [
    Paragraph("North Westmoor Cluster - Year 6 to Year 7 SEND Transition Meeting", h1),
    Paragraph("Thursday 11 March 2027, 1.30-3.15pm, Hollins Park High School (Learning Support Base)", sub),
    Spacer(1, 6),
    Paragraph("<b>Present:</b> Gareth Lyle (GL), Assistant Headteacher - Inclusion, Hollins Park (chair); Helen Brooks (HB), SENCo, "
              "Riverside Primary; Anjali Rao (AR), SENCo, St Anne's CE Primary; Chris Yates (CY), SENCo, Millbrook Primary; "
              "Jo Pratt (JP), SEND Casework Officer, Westmoor Council; Sarah Kent (SK), School Improvement Adviser, Westmoor Council", body),
    Paragraph("<b>Notes:</b> Kayleigh Moss (KM), SEN Administrator, Hollins Park. <b>Apologies:</b> David Lowe, Principal Educational "
              "Psychologist (note sent - see item 6)", body),
    Paragraph("Pupils are referred to by initial or feeder school only. Full pupil list held by KM.", body),

    Paragraph("1. Notes of last meeting (14 January) and matters arising", h2),
    Paragraph("Notes agreed as accurate.", body),
    tbl([hdr(["From 14 Jan", "Owner", "Update 11 March"]),
         ["Data sharing agreement signed by all feeder schools", "All", "Done - all three returned."],
         ["Request EP transition consultation sessions", "GL", "Done - see item 6."],
         ["Shared transition passport template", "HB / GL",
          "HB to bring the final passport template to the next meeting. (Still in draft; comments from CY received.)"]],
        [56 * mm, 16 * mm, 102 * mm]),

    Paragraph("2. National Offer Day outcome", h2),
    Paragraph("GL reported 47 pupils with SEND allocated to Hollins Park for September 2027: 9 with an EHCP and 38 at SEN Support. "
              "This is up from 39 last year. Two families have appealed for other schools; GL will not plan differently for those "
              "pupils until appeals are heard.", body),

    Paragraph("3. EHCP phase transfer", h2),
    Paragraph("The statutory deadline for amending EHCPs at phase transfer was 15 February. GL said Hollins Park has received "
              "final amended plans for 6 of the 9 pupils. JP acknowledged a backlog in the casework team after two staff vacancies "
              "and apologised. JP to check with the team which three plans are outstanding and report back to GL within five "
              "working days.", body),
    Paragraph("CY asked whether the council would fund extra transition support where a plan is late. JP could not say - this "
              "is a question for the Head of SEND. Left open; GL may raise it at the heads' forum.", body),

    Paragraph("4. Feeder school round", h2),
    tbl([hdr(["School", "Pupils", "Key points", "Agreed next step", "Who", "When"]),
         ["Riverside Primary", "4 EHCP, 11 SEN Support",
          "Two pupils very anxious about the size of the building; one pupil uses AAC (speech device) - therapy team already involved.",
          "One-page profiles for all 15 pupils to Hollins Park", "HB", "end of term (25/3)"],
         ["St Anne's CE Primary", "2 EHCP, 9 SEN Support",
          "Annual review for pupil J. on 20 April - Y7 pastoral lead should attend.",
          "Send AR invitation (20 April review) to GL", "AR", "asap"],
         ["Millbrook Primary", "3 EHCP, 18 SEN Support",
          "Large group with SEMH needs. School running its own transition programme (nurture group, buddy letters).",
          "None needed from cluster at this stage", "CY", "-"]],
        [25 * mm, 20 * mm, 46 * mm, 53 * mm, 11 * mm, 19 * mm]),
    Spacer(1, 4),
    Paragraph("Agreed: all feeder schools will use the same one-page profile format (the Riverside version) from this year.", body),

    Paragraph("5. Hollins Park enhanced transition programme 2027 (for information)", h2),
    tbl([hdr(["When", "What", "Led by"]),
         ["w/c 7 June", "Enhanced transition visits - 3 mornings for EHCP and identified SEN Support pupils", "Hollins Park SEN team"],
         ["24 June", "SEND parents' evening (meet the SENCo, tour of the Base)", "GL"],
         ["1-2 July", "County-wide transition days (all Y6)", "All schools"],
         ["September", "Staggered start - Y7 with SEND start on the Tuesday", "Hollins Park"]],
        [25 * mm, 105 * mm, 44 * mm], head="#7F7F7F"),
    Spacer(1, 4),
    Paragraph("In addition, GL to arrange small-group visits for the six most anxious pupils in the first two weeks back after "
              "Easter (Riverside x2, Millbrook x3, St Anne's x1).", body),

    Paragraph("6. Travel training and EP input", h2),
    Paragraph("SK reported that the council's Transport team (Mark Walsh) is offering independent travel training from May for "
              "Year 6 leavers with an EHCP. KM to send the Transport team the names of pupils who would benefit by 31 March.", body),
    Paragraph("DL's note: EP capacity for transition consultations this term is two sessions per secondary school; Hollins Park's "
              "sessions are booked for 22 and 29 April. No action for the cluster.", body),

    Paragraph("7. Any other business", h2),
    Paragraph("SK said the council's transition toolkit has been refreshed and is going through sign-off. SK to circulate the "
              "transition toolkit to the cluster once it is published (expected after Easter).", body),
    Paragraph("HB thanked Hollins Park for hosting.", body),
    Spacer(1, 6),
    Paragraph("<b>Next meeting:</b> summer term, date to be confirmed.", body),
]

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=18 * mm,
                        title="Y6-Y7 SEND transition meeting 11.03.27", author="K Moss")
doc.build(story, onFirstPage=footer, onLaterPages=footer)
print(OUT)
