"""Builds 190_twentythird_tripartite_funding_panel.pdf and its labels."""
import json
import sys

sys.path.append("/tmp/corpus23_pylib")  # reportlab (pip install --target) if not in the venv
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent.parent
STEM = "190_twentythird_tripartite_funding_panel"

ss = getSampleStyleSheet()
B = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5)
H = ParagraphStyle("h", parent=B, fontName="Helvetica-Bold", fontSize=11, spaceBefore=8, spaceAfter=3)
T = ParagraphStyle("t", parent=B, fontName="Helvetica-Bold", fontSize=15, leading=19)

def page(c, d):
    w, h = A4
    c.saveState(); c.setFont("Helvetica", 7.5)
    c.drawString(15 * mm, h - 10 * mm, "Westmoor Council  |  Westmoor Integrated Care Board")
    c.drawRightString(w - 15 * mm, h - 10 * mm, "OFFICIAL-SENSITIVE: PERSONAL")
    c.drawString(15 * mm, 9 * mm, "Joint Funding (Tripartite) Panel – record of decisions and follow-ups – 09.11.2027")
    c.drawRightString(w - 15 * mm, 9 * mm, f"{d.page}")
    c.restoreState()

S = [Paragraph("JOINT FUNDING (TRIPARTITE) PANEL", T),
     Paragraph("Education · Social Care · Health – record of decisions and follow-ups", B), Spacer(1, 6)]
meta = Table([
    ["Date", "Tuesday 9 November 2027", "Time", "10:00 – 12:30"],
    ["Chair", "James Whitfield (AD SEND & Inclusion)", "Venue", "Teams"],
    ["Education", "Mary Walker (Head of SEND)", "Health", "Yusuf Okafor (DCO); Grace Adeyemi (Therapies)"],
    ["Social care", "Imran Hussain (Service Manager, Children with Disabilities)", "Finance", "Gareth Doyle (FBP)"],
    ["Also", "Liam Porter (data); Ruth Hill (record)", "Apologies", "Anita Patel"],
], colWidths=[22 * mm, 68 * mm, 20 * mm, 70 * mm])
meta.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                          ("FONTNAME", (0, 0), (0, -1), "Helvetica-Bold"), ("FONTNAME", (2, 0), (2, -1), "Helvetica-Bold"),
                          ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef4")), ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#e8eef4"))]))
S += [meta, Spacer(1, 4),
      Paragraph("Quorate: yes (one decision-maker from each agency). Declarations: none. Record of 12 October panel agreed. "
                "Matters arising: all follow-ups from October completed except the CHC query for case 27-061, which the "
                "CHC decision-making group has now taken over (no longer a panel follow-up).", B)]

def case(ref, summary, request, split, decision, follow):
    rows = [[Paragraph("<b>Case</b>", B), Paragraph(f"<b>{ref}</b> – {summary}", B)],
            [Paragraph("<b>Request</b>", B), Paragraph(request, B)],
            [Paragraph("<b>Split</b>", B), Paragraph(split, B)],
            [Paragraph("<b>Panel decision</b>", B), Paragraph(decision, B)],
            [Paragraph("<b>Follow-up</b>", B), Paragraph(follow, B)]]
    t = Table(rows, colWidths=[30 * mm, 150 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f1f1f1"))]))
    S.append(KeepTogether([t, Spacer(1, 7)]))

S.append(Paragraph("Cases", H))
case("27-074", "Y7, 52-week residential school (out of area), new request",
     "Residential placement at Hollins Park School from January 2028. Annual cost £286,400.",
     "Education 40% / Social Care 35% / Health 25%",
     "APPROVED for 12 months from 4 January 2028, subject to ICB sign-off of the health element. Review date: July 2028.",
     "YO to seek ICB sign-off for the health contribution by 19/11/27. "
     "MW to write to parents confirming the panel outcome within 5 working days.")
case("27-079", "Y10, complex physical health needs, day placement plus home support",
     "Increase in home support package (2:1 overnight) and therapy input at school.",
     "Education 30% / Social Care 40% / Health 30% (unchanged)",
     "APPROVED in principle. Final figure depends on provider costings.",
     "Placements team to request updated costings from the provider by 26 Nov. "
     "GA to arrange a joint OT and physio review by 17 December. "
     "Panel hoped the family's direct payment could be re-started soon (social worker already working on this).")
case("27-081", "Y12, post-16 specialist college, existing jointly funded package",
     "Continuation of current funding – no change.",
     "Education 60% / Social Care 40% / Health 0%",
     "APPROVED – continuation to July 2028 (annual review date).",
     "None.")
case("27-083", "Y4, behaviour that challenges, short breaks and school support",
     "New joint package – insufficient information provided (no health advice, no costings).",
     "Not determined",
     "DEFERRED to the December panel. The social worker was asked in the meeting to resubmit with health advice and "
     "confirmed she would – already in hand, not a panel follow-up.",
     "CHC decision-making group will reassess continuing care eligibility in January (health process – outside this panel).")

S.append(Paragraph("General business", H))
for t in [
    "<b>Funding formula.</b> The Council and ICB still disagree about the default split for 52-week placements. "
    "Panel chair (JW) to raise the funding formula dispute at JCG in December.",
    "<b>Reporting.</b> Members asked for an overview of the whole jointly funded cohort. "
    "LP to produce a summary of joint funded packages and costs for the January panel.",
    "<b>Panel membership.</b> Agreed that Gareth Doyle will attend every panel as the finance decision-maker from now on (decision).",
    "<b>Terms of reference.</b> It would be helpful to review the terms of reference next year – to be considered when the "
    "JCG forward plan is set. No action now.",
]:
    S.append(Paragraph("•  " + t, B)); S.append(Spacer(1, 3))

S.append(Spacer(1, 6))
S.append(Paragraph("<b>Next panel:</b> Tuesday 14 December 2027 (cases by 30 Nov). January panel: Tuesday 11 January 2028.", B))
S.append(Paragraph("Record by Ruth Hill, Partnership Business Support. Decisions are final once the record is signed by the "
                   "three agency decision-makers.", B))

SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, topMargin=16 * mm, bottomMargin=16 * mm,
                  leftMargin=15 * mm, rightMargin=15 * mm, title="Tripartite panel 9 Nov 2027").build(S, onFirstPage=page, onLaterPages=page)

labels = {
    "meeting_date": "2027-11-09",
    "style": ("Held-out batch twentythird. Joint (tripartite) funding panel record as a PDF: meeting grid, then one boxed "
              "table per case with Request / Split / Panel decision / Follow-up rows, then general business bullets; header "
              "and footer on each page. Traps: the percentage splits and APPROVED / DEFERRED panel decisions are decisions, "
              "not actions, and their dates (from 4 January 2028, review date July 2028, to July 2028) are not due dates; "
              "October follow-ups completed; CHC decision-making group taking over / reassessing in January is another body; "
              "the social worker's resubmission was already in hand in the meeting; the hope about the direct payment; "
              "Gareth Doyle attending is a membership decision; terms of reference review 'No action now'; case 27-081 "
              "'None.'. Labelling choices: 'by 19/11/27' = 2027-11-19; 'within 5 working days' of Tue 9 November = Tue 16 "
              "November; 'by 26 Nov' and 'by 17 December' are 2027; 'at JCG in December' = meeting 2027-12 (a named meeting "
              "of another group); 'for the January panel' = meeting 2028-01; 'Placements team' is a team (person null)."),
    "held_out": True,
    "actions": [
        {"key": "YO to seek ICB sign-off for the health contribution", "owner": "YO", "person": "Yusuf Okafor", "due": "2027-11-19"},
        {"key": "MW to write to parents confirming the panel outcome", "owner": "MW", "person": "Mary Walker", "due": "2027-11-16"},
        {"key": "Placements team to request updated costings from the provider", "owner": "Placements team", "person": None, "due": "2027-11-26"},
        {"key": "GA to arrange a joint OT and physio review", "owner": "GA", "person": "Grace Adeyemi", "due": "2027-12-17"},
        {"key": "raise the funding formula dispute at JCG", "owner": "Panel chair (JW)", "person": "James Whitfield", "due": "meeting 2027-12"},
        {"key": "LP to produce a summary of joint funded packages", "owner": "LP", "person": "Liam Porter", "due": "meeting 2028-01"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
