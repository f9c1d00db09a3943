"""Builds 291_thirtyeighth_joint_scrutiny_tfg_evidence_session.pdf"""
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/thirtyeighth_pylib")

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "291_thirtyeighth_joint_scrutiny_tfg_evidence_session.pdf"

ss = getSampleStyleSheet()
N = ParagraphStyle("n", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
B = ParagraphStyle("b", parent=N, leftIndent=14, bulletIndent=4)
H1 = ParagraphStyle("h1", parent=N, fontName="Helvetica-Bold", fontSize=14, leading=17, spaceAfter=4)
H2 = ParagraphStyle("h2", parent=N, fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8,
                    spaceAfter=4, textColor=colors.HexColor("#4B2E83"))
SM = ParagraphStyle("sm", parent=N, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444"))


def furniture(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 7.5)
    canv.setFillColor(colors.HexColor("#666666"))
    canv.drawString(2 * cm, A4[1] - 1.2 * cm,
                    "Westmoor Council | Overview & Scrutiny | Working notes \u2013 not a formal record of the Committee")
    canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page} of 2")
    canv.drawString(2 * cm, 1.2 * cm, "TFG-T2A/ES3/notes v0.2  RD 17/06/27")
    canv.restoreState()


def bullets(items):
    return [Paragraph(t, B, bulletText="\u2022") for t in items]


story = [
    Paragraph("Joint Health and Children &amp; Young People Scrutiny", SM),
    Paragraph("Task and Finish Group: Moving to adult health services \u2013 young people with SEND", H1),
    Paragraph("<b>Evidence session 3 \u2013 notes</b><br/>Wednesday 16 June 2027, 10.00 am \u2013 12.40 pm, "
              "Members' Room, Civic Centre (hybrid)", N),
    Spacer(1, 4),
]

tbl = Table([
    ["Members", "Cllr Bethan Jones (TFG Chair, BJ); Cllr Mohammed Iqbal (MI); Cllr Sue Ferris (SF); "
                "Cllr Dan Whittaker (DW) \u2013 from item 2"],
    ["Witnesses", "Owen Reid, Preparing for Adulthood Lead, Westmoor Council (OR); Dr Anita Patel, Consultant "
                  "Community Paediatrician, WCHT (AP); Claire Dunmore, SENDIASS Service Manager (CD); "
                  "Tom Evans, PCF co-chair (TE); 'Parent A' (by video, anonymised at her request)"],
    ["Officers", "Rhiannon Dale, Scrutiny Officer (RD) \u2013 notes; Mary Walker, Head of SEND (observing)"],
    ["Apologies", "Cllr Pat Nolan; Yusuf Okafor, DCO (written submission received)"],
], colWidths=[2.6 * cm, 14.2 * cm])
tbl.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
    ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEE8F7")),
]))
tbl_rows = tbl
story += [tbl_rows, Spacer(1, 6)]

story += [
    Paragraph("1. Welcome, scope reminder and information received since session 2", H2),
    Paragraph("BJ reminded everyone that the TFG is looking at the move from children's to adult health services "
              "for young people aged 14\u201325 with EHC plans, and that these notes are working notes for Members, "
              "not minutes. Information requested at session 2 has been received: Local Offer page views for the "
              "PfA section (2,315 in the last 12 months) and the ICB's list of commissioned adult pathways. "
              "Nothing outstanding from session 2.", N),

    Paragraph("2. KLOE 1 \u2013 Do young people and families know what will happen, and when?", H2),
    Paragraph("<b>What we heard</b>", N),
]
story += bullets([
    "OR: 512 young people aged 17+ have an EHC plan; the Year 9 annual review is meant to start PfA planning but "
    "the audit in January found health outcomes were recorded in only 38% of Year 9 reviews.",
    "Parent A described her son being discharged by the paediatrician at 18 with \u201ca letter and a leaflet\u201d and "
    "waiting 11 months for a first adult neurology appointment. She said nobody told them who the adult lead was.",
    "TE: the PCF's \u2018Moving On\u2019 survey (87 responses) found 64% of parents did not know which adult service "
    "would take over. TE offered to send the full survey results to Members, which was welcomed.",
    "CD: SENDIASS had 41 enquiries about post-16 health transition last year, up from 19.",
])
story += [
    Paragraph("Members asked whether every young person with a plan has a named adult health lead. OR said the "
              "Council does not hold that information and he could not give a figure today. <b>OR to provide the "
              "number of young people aged 17+ with EHCPs who have no identified adult health lead, by 30 June.</b>", N),

    Paragraph("3. KLOE 2 \u2013 Is there a transition policy and is it followed?", H2),
    Paragraph("<b>What we heard</b>", N),
]
story += bullets([
    "AP: the Trust's transition policy was revised in 2025 and says planning should begin at 14; in practice, "
    "capacity means most planning starts at 16\u201317. A Trust audit of ten cases found 4 had a documented "
    "transition plan.",
    "AP said the Trust is planning to pilot a joint young adult clinic with the acute trust from January 2028 "
    "(this is the Trust's own plan, not something the TFG can ask of it at this stage).",
    "SF asked whether the ICB would fund a dedicated transition nurse. AP said that was a question for the ICB; "
    "RD noted the ICB's written submission is silent on this.",
])
story += [
    Paragraph("Dr Patel agreed to share the Trust's transition policy and the audit of ten cases with RD "
              "ahead of the next evidence session on 14 July.", N),

    Paragraph("4. KLOE 3 \u2013 What does good look like? (SENDIASS casework and college provision)", H2),
    Paragraph("CD described three anonymised cases where young people had lost contact with therapies at 19. "
              "Members found these very powerful. CD will anonymise and share three case studies from SENDIASS "
              "casework within two weeks, for use in the final report.", N),
    Paragraph("MI suggested that Members see a supported internship in practice. There was agreement that a visit "
              "would help. Action \u2013 RD: arrange a visit for Members to the Westmoor College supported internship "
              "programme (early July if possible, otherwise September).", N),

    Paragraph("5. Emerging recommendations (for discussion only \u2013 NOT agreed)", H2),
    Paragraph("These are RD's draft headings from sessions 1\u20133 for Members to test. They are not actions for "
              "anyone and will only become recommendations when the TFG report goes to the Joint Committee.", SM),
]
story += bullets([
    "R1 (draft): The ICB should commission a dedicated transition nurse role for 16\u201325 year olds with EHC plans.",
    "R2 (draft): The Council should ensure every Year 9 review records a named health lead.",
    "R3 (draft): The Local Offer should publish a single \u2018moving to adult services\u2019 page co-produced with "
    "the PCF and the Youth Forum.",
])
story += [
    Paragraph("6. Next steps for the TFG", H2),
    Paragraph("BJ said she would write to the ICB's Chief Executive this week inviting the ICB to attend session 4 "
              "in person, given the gaps in the written submission. Session 4 (14 July) will hear from the ICB, "
              "Adult Social Care and two young people from the Youth Forum (SK, Participation Officer, is "
              "already arranging this \u2013 in hand since session 1). The TFG aims to agree its draft report "
              "in September for the Joint Committee on 12 October.", N),
    Spacer(1, 6),
    Paragraph("<b>Follow-ups from this session</b> (RD to chase)", N),
]
fu = Table([
    ["#", "What", "Who", "By"],
    ["3.1", "No. of 17+ EHCPs with no identified adult health lead", "OR", "30/06"],
    ["3.2", "Transition policy + audit of ten cases", "Dr Patel", "before session 4"],
    ["3.3", "Three anonymised SENDIASS case studies", "CD", "2 weeks"],
    ["3.4", "Members' visit to Westmoor College supported internship", "RD", "tbc"],
    ["3.5", "Letter inviting ICB CEO to session 4", "Cllr Jones", "this week"],
    ["3.6", "PCF 'Moving On' survey full results to Members", "TE", "\u2013"],
], colWidths=[1 * cm, 9.5 * cm, 2.6 * cm, 3.4 * cm])
fu.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEE8F7")),
]))
story += [fu, Spacer(1, 8),
          Paragraph("Next evidence session: Wednesday 14 July 2027, 10.00 am, Members' Room.", N),
          Paragraph("Notes taken by Rhiannon Dale, Scrutiny Officer. Circulated to TFG Members and witnesses for "
                    "factual accuracy only \u2013 please send corrections by 25 June.", SM)]

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                        topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                        title="TFG evidence session 3 notes", author="Westmoor Council Scrutiny")
doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
print("wrote", OUT)
