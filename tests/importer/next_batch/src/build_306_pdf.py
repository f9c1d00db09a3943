"""Builds 306_fortieth_ep_planning_day_writeup.pdf (Educational Psychology Service planning day write-up)."""
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/fortieth_pylib")
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "306_fortieth_ep_planning_day_writeup.pdf"

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=16, textColor=colors.HexColor("#5B2C6F"))
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12, textColor=colors.HexColor("#5B2C6F"), spaceBefore=8)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444"))
bullet = ParagraphStyle("bl", parent=body, leftIndent=14, bulletIndent=4)


def furniture(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#5B2C6F"))
    canv.drawString(2 * cm, A4[1] - 1.2 * cm, "Westmoor Educational Psychology Service")
    canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Service Planning Day 2027 - write-up")
    canv.setFillColor(colors.grey)
    canv.drawString(2 * cm, 1.1 * cm, "INTERNAL - EPS team only. Please don't forward to schools yet.")
    canv.drawRightString(A4[0] - 2 * cm, 1.1 * cm, f"Page {doc.page}")
    canv.restoreState()


P = lambda t, s=body, **kw: Paragraph(t, s, **kw)  # noqa: E731
story = [
    P("Service Planning Day - what we talked about and what we're doing next", h1),
    P("<b>Friday 9 July 2027</b>, 9.30am - 3.30pm, The Old Library room, Westmoor Conference Centre", body),
    P("Written up by Ellen Marsh (Senior EP) from the flipcharts, the Padlet and my own scribbles. "
      "Shout if I've misremembered anything - I'd rather fix it now than in September.", small),
    Spacer(1, 6),
    P("<b>Who was there:</b> David Lowe (Principal EP, DL); Ellen Marsh (Senior EP, EM); Dev Rao (Senior EP, DR); "
      "Chloe Finch, Aaron Mills, Rachel Obi, Tom Haigh (EPs); Sophie Tan and Kit Delaney (trainee EPs); "
      "Jade Oakes (Assistant EP); Maureen Kelly (EPS business support). "
      "<b>Joined us for the morning:</b> Liam Porter (Data and Performance Manager). "
      "<b>Apologies:</b> none - first time ever!", body),

    P("1. Where we are - the numbers", h2),
    P("Liam took us through the year's data. We wrote 612 statutory advices in 2026-27, up 18% on last year, "
      "and 71% went in within the six weeks (last year 64%). The slow part is not writing - it is the gap between "
      "the request arriving and it being allocated, which averaged 11 working days. Traded work: 1,840 hours sold "
      "against a target of 2,100, mostly because three academies in the Trust bought in an independent EP.", body),
]
t = Table([
    ["", "2025-26", "2026-27", "Change"],
    ["Statutory advices written", "519", "612", "+18%"],
    ["Within 6 weeks", "64%", "71%", "+7 pts"],
    ["Avg days request -> allocation", "9", "11", "+2"],
    ["Traded hours sold", "1,960", "1,840", "-6%"],
    ["Consultation line calls", "n/a", "288", "new"],
], colWidths=[7 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8DAEF")),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ("ALIGN", (1, 0), (-1, -1), "CENTER"),
]))
story += [t, Spacer(1, 8),
    P("Liam kindly agreed to rebuild the advice timeliness dashboard so that it shows days-to-allocation as well as "
      "days-to-submission, and said he could have it done by the end of September. Everyone agreed this would "
      "help us argue the case for admin support.", body),

    P("2. Morning carousel - what people said", h2),
    P("We did the four-corners carousel (Statutory / Consultation / Traded / Wellbeing). The flipcharts are "
      "photographed in the team folder, so this is just the headlines:", body),
    P("<b>Statutory</b> - advices are better but still too long (average 14 pages). Section E outcomes written by "
      "schools are often not SMART, and we end up rewriting them in our advice.", bullet, bulletText="\u2022"),
    P("<b>Consultation</b> - the new consultation line is popular (288 calls since January). SENCos want it "
      "extended to parents. Nice idea but we don't have the staffing - parked.", bullet, bulletText="\u2022"),
    P("<b>Traded</b> - the Council intends to consult on a new traded model for 2028 (charging by session rather "
      "than hour). That is a Council process; we'll respond when it comes out.", bullet, bulletText="\u2022"),
    P("<b>Wellbeing</b> - people are tired. Supervision is being squeezed. Trainees said they sometimes don't "
      "know who their supervisor is week to week.", bullet, bulletText="\u2022"),
    P("Last year we said we'd pilot Video Interaction Guidance in early years - that's now been done in four "
      "settings (thanks Rachel) and the evaluation is on the shared drive. Not repeating it here.", body),

    P("3. Priorities for 2027-28", h2),
    P("After a lot of sticky-dot voting, the three priorities are: (1) faster allocation of statutory requests; "
      "(2) better quality advice that is shorter and feeds SMART outcomes; (3) protected supervision for everyone, "
      "trainees first. It was agreed that from September all statutory advice will use the new shorter template "
      "(the one Dev trialled in the spring) - that's a decision, and DR says the template is already final.", body),
    P("On capacity, David was honest that we can't do all three with the current establishment. He will take the "
      "proposal for two additional locum EPs for the autumn and spring terms to James Whitfield, in time for DMT "
      "on 7 September. If that doesn't happen we will have to slow down the traded offer.", body),

    P("4. What we said we'd do", h2),
    P("These are the things people actually put their names to at the end of the day (the green flipchart). "
      "Owner after the dash.", body),
    P("Redraft the consultation request form with the SENCo network reps so schools only fill it in once - EM, "
      "by the INSET day (1 Sept)", bullet, bulletText="\u2022"),
    P("Trainee and assistant supervision rota for 2027-28, with named supervisor for every trainee - DR, "
      "by 23 July (last day of term)", bullet, bulletText="\u2022"),
    P("Set up a shared inbox for statutory advice queries so parents and caseworkers aren't emailing individual "
      "EPs - Maureen, by 20 August", bullet, bulletText="\u2022"),
    P("Short guide on writing SMART outcomes for section E - Chloe and Aaron; draft to the October team "
      "meeting (14 Oct)", bullet, bulletText="\u2022"),
    P("Jade offered to help with the SMART guide \"if there's time\" - we'll see in September whether her "
      "caseload allows, so not on the list for now.", small),

    P("5. Parking lot (not agreed, for another day)", h2),
    P("Saturday parent drop-ins? / Should we stop doing traded INSET altogether? / Could we share an admin with "
      "the Sensory Support Team? / Tom's idea of a podcast (!). None of these were agreed - they go on the list "
      "for the January day.", body),

    P("Next planning day", h2),
    P("January 2028 - date and venue TBC once the corporate calendar is out. Thank you all for a really "
      "honest day, and for the cake.", body),
    Spacer(1, 10),
    P("Ellen Marsh, Senior Educational Psychologist - 12 July 2027", small),
]

SimpleDocTemplate(str(OUT), pagesize=A4, topMargin=2 * cm, bottomMargin=2 * cm,
                  leftMargin=2 * cm, rightMargin=2 * cm,
                  title="EPS Planning Day 2027 write-up", author="Ellen Marsh").build(
    story, onFirstPage=furniture, onLaterPages=furniture)
print("wrote", OUT)
