"""518: NHS speech and language therapy school visit note (.pdf via reportlab) - child targets vs staff actions."""
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(OUT / "pylib"))
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

STEM = "518_seventieth_salt_school_visit_note_targets_vs_staff_actions"

ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5)
S = ParagraphStyle("s", parent=N, fontSize=8.5, leading=10.5)
H = ParagraphStyle("h", parent=N, fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3,
                   textColor=colors.HexColor("#005EB8"))
T = ParagraphStyle("t", parent=N, fontName="Helvetica-Bold", fontSize=14, leading=18)


def P(x, st=N):
    return Paragraph(x, st)


def grid(rows, widths, head=True):
    data = [[P(c, S) for c in r] for r in rows]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1 if head else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF7")))
    t.setStyle(TableStyle(style))
    return t


def header_footer(c, d):
    c.saveState()
    c.setFont("Helvetica-Bold", 9)
    c.setFillColor(colors.HexColor("#005EB8"))
    c.drawRightString(A4[0] - 1.8 * cm, A4[1] - 1.2 * cm, "Westmoor Community Health NHS Trust")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 7.5)
    c.drawString(1.8 * cm, 1.1 * cm, "Children's Speech and Language Therapy - School Visit Record (SLT/SV2)  |  "
                 "CONFIDENTIAL - contains personal information")
    c.drawRightString(A4[0] - 1.8 * cm, 1.1 * cm, f"Page {d.page}")
    c.restoreState()


story = [
    P("Speech and Language Therapy &ndash; School Visit Record", T),
    Spacer(1, 4),
    grid([
        ["Child", "Leo W. (LW)", "NHS No.", "938 221 4470"],
        ["DOB / year", "11/03/2020 &ndash; Year 2", "School", "St Aidan's Catholic Primary School"],
        ["Date of visit", "Tuesday 24 November 2026, 9.00&ndash;11.15am", "Type of visit", "Termly review of targets (universal + targeted)"],
        ["Therapist", "Lucy Harrow (LH), Speech and Language Therapist", "Met with", "Miss Hart (class teacher), Mrs Bibi (TA), Mr Cole (SENCo); Mum joined for the last 15 mins"],
    ], [3, 5.6, 2.6, 6.2], head=False),
    P("1. Reason for visit", H),
    P("Review of the speech sound and language targets set on 15/09/2026; observe Leo in class (phonics and a topic "
      "lesson) and agree the next set of targets with school staff and parents."),
    P("2. Progress on targets set 15/09/2026", H),
    grid([
        ["Target (Sept 2026)", "Progress", "Comment"],
        ["Leo will say /s/ at the start of words in single words (80% accuracy)", "Achieved", "Consistent in words; emerging in sentences"],
        ["Leo will follow 2-part instructions without a visual prompt", "Achieved", "Observed in PE and phonics"],
        ["Leo will answer 'who' and 'where' questions about a short story", "Partly achieved", "'Who' secure; 'where' 3/5"],
    ], [7, 3, 7.4]),
    P("3. Observations and assessment", H),
    P("In phonics Leo joined in confidently and blended CVC words. He still fronts /k/ and /g/ (\"tat\" for cat, "
      "\"doat\" for goat) and this is affecting his spelling (he writes what he says). In the topic lesson (Great Fire "
      "of London) he understood the main story but did not know key words such as <i>baker</i>, <i>flames</i> and "
      "<i>escape</i>, and he answered 'why' questions with \"'cos\" and then stopped. On the DEAP screener (1:1 in the "
      "library) velar fronting is present in all word positions. Stopping of /s/ has resolved."),
    P("Mrs Bibi said Leo is now much happier to talk to adults. Miss Hart said he gets frustrated when other children "
      "do not understand him. Mr Cole mentioned that Leo's hearing was checked in October (normal, per Mum); LH has "
      "already emailed audiology for the report and it is on file, so no further action is needed."),
    P("4. New targets for Leo (to the next review)", H),
    P("<i>These are Leo's targets. They will be worked on in school and at home and reviewed by the therapist.</i>", S),
    grid([
        ["Target", "How we will know"],
        ["1. Leo will say /k/ and /g/ at the start of words in single words with 80% accuracy", "TA tally sheet; SLT re-assessment"],
        ["2. Leo to use 'because' to give a reason when asked a 'why' question", "Observed in guided reading 3 x"],
        ["3. Leo will learn and use 5 new topic words each half term (Word Aware)", "Uses words in his own talk/writing"],
        ["4. Leo to answer 'where' questions about a story with 4/5 correct", "Story questions sheet"],
    ], [11, 6.4]),
    P("5. Actions &ndash; who will do what", H),
    grid([
        ["Action", "Who", "When"],
        ["Email the home programme (velar sounds) to Mum and copy to school", "LH (SLT)", "By Fri 27/11"],
        ["Start the speech sound practice, 3 x 10 mins a week, using the picture cards left today", "Mrs Bibi (TA)", "Before Christmas (school breaks up Fri 18/12)"],
        ["Send LH the spring term topic list so the Word Aware words can be chosen", "Miss Hart", "Before Christmas"],
        ["Add the new SLT targets to Leo's SEN support plan", "Mr Cole (SENCo)", "At the January review (14/01/27)"],
        ["Book a place on the 'Talking Together' parent workshop (9/2/27)", "Mum", "By end of January (booking closes 29/01)"],
        ["Re-assess Leo's speech sounds and set new targets", "LH (SLT)", "By the next review (6 months)"],
        ["Send a new SLT referral for RS (Y1) &ndash; parental consent needed first", "Mr Cole", "ASAP"],
    ], [9.2, 3.2, 5]),
    P("6. Other points", H),
    P("Mr Cole asked whether Leo needs an EHC needs assessment. LH's view is that his needs can be met at SEN support "
      "with the targets above; this can be looked at again at the 6-month review. Miss Hart asked for whole-class "
      "training on Colourful Semantics &ndash; LH explained this is offered through the Trust's termly training "
      "programme and gave Miss Hart the booking link; school will decide whether to book. Mum asked whether Leo could "
      "have therapy in clinic; LH explained the service model (school-based for targeted children). Mum was happy "
      "with this."),
    Spacer(1, 8),
    P("Lucy Harrow, Speech and Language Therapist (HCPC SL08812)<br/>Children's Speech and Language Therapy, "
      "Westmoor Community Health NHS Trust &ndash; tel. 01632 960 488<br/>Written 25/11/2026"),
    Spacer(1, 4),
    P("cc: Parents; Mr Cole, SENCo, St Aidan's Catholic Primary School; GP (Moorside Medical Practice); SLT record (SystmOne)", S),
]

doc = SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                        topMargin=1.8 * cm, bottomMargin=1.8 * cm, title="SLT school visit record - LW",
                        author="Lucy Harrow")
doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)

labels = {
    "meeting_date": "2026-11-24",
    "style": (
        "Held-out batch seventieth. An NHS speech and language therapist's school visit record (.pdf with text layer, "
        "reportlab tables, Trust header/footer), visit on Tuesday 24 November 2026 to St Aidan's Catholic Primary for "
        "Year 2 child 'Leo W. (LW)', written up 25/11/2026. Traps: section 4 'New targets for Leo' (some phrased 'Leo to "
        "use ...') are the child's targets, not actions; section 2 is last term's targets; the audiology report is "
        "already done ('no further action'); the EHC needs assessment question is answered 'no' for now; the "
        "Colourful Semantics training is a link given, 'school will decide' (not an action); RS (Y1) is a second child "
        "referred to by initials who is not an owner - the action is Mr Cole's. School staff and the therapist are not "
        "in the cast (person null). Actions are labelled from section 5 'Actions - who will do what'. Dates: 'By Fri "
        "27/11' = 2026-11-27; 'Before Christmas (school breaks up Fri 18/12)' = 2026-12-18 (also Miss Hart's plain "
        "'Before Christmas'); 'At the January review (14/01/27)' = 2027-01-14; 'By end of January (booking closes "
        "29/01)' = Friday 29 January 2027; 'By the next review (6 months)' = 6 months from the visit, Monday 24 May "
        "2027; 'ASAP' = null."),
    "held_out": True,
    "actions": [
        {"key": "Email the home programme (velar sounds) to Mum", "owner": "LH (SLT)", "person": None, "due": "2026-11-27"},
        {"key": "Start the speech sound practice, 3 x", "owner": "Mrs Bibi (TA)", "person": None, "due": "2026-12-18"},
        {"key": "Send LH the spring term topic list", "owner": "Miss Hart", "person": None, "due": "2026-12-18"},
        {"key": "Add the new SLT targets to Leo's", "owner": "Mr Cole (SENCo)", "person": None, "due": "2027-01-14"},
        {"key": "Book a place on the 'Talking Together' parent workshop", "owner": "Mum", "person": None, "due": "2027-01-29"},
        {"key": "Re-assess Leo's speech sounds and set new targets", "owner": "LH (SLT)", "person": None, "due": "2027-05-24"},
        {"key": "Send a new SLT referral for RS", "owner": "Mr Cole", "person": None, "due": None},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
