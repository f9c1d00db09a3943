"""473: Short breaks provider forum notes sent as a PDF, prose notes plus 'who / what / when' tables."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/b64/pylib")
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

OUT = Path("/tmp/b64")
STEM = "473_sixtyfourth_short_breaks_provider_forum_who_what_when"

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13, spaceAfter=5)
h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=15, spaceAfter=4)
h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11.5, spaceBefore=8, spaceAfter=3,
                    textColor=colors.HexColor("#00586B"))
cell = ParagraphStyle("c", parent=body, fontSize=9, leading=11, spaceAfter=0)
cellb = ParagraphStyle("cb", parent=cell, fontName="Helvetica-Bold", textColor=colors.white)


def header_footer(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.grey)
    canv.drawString(2 * cm, A4[1] - 1.2 * cm, "OFFICIAL")
    canv.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Westmoor Council – Commissioning (Children's)")
    canv.drawString(2 * cm, 1.2 * cm, "Short Breaks Provider Forum – notes 15.07.27 – v1.0 FINAL")
    canv.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
    canv.restoreState()


def table(rows, widths):
    data = [[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00586B")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9FB7BD")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF4F5")]),
    ]))
    return t


s = []
s.append(Paragraph("Short Breaks Provider Forum", h1))
s.append(Paragraph("<b>Notes of meeting</b> – Thursday 15 July 2027, 10:00–12:00, Committee Room 2, Westmoor Civic Centre "
                   "(and Teams)", body))
s.append(Paragraph("<b>Chair:</b> Jess Mooney (JM), Commissioning Officer – Short Breaks, Westmoor Council", body))
s.append(Paragraph("<b>Attending:</b> Carol Beggs (CB), Rainbow Play Scheme; Ade Ogun (AO), Westmoor Mencap; Lorraine Tate "
                   "(LT), Sunflower Sitting Service; Dev Mistry (DM), Bright Horizons Youth Club; Tom Evans (TE) and Kerry "
                   "Lang (KL), Westmoor Parent Carer Forum; Grace Adeyemi (GA), Head of Children's Therapies, Westmoor "
                   "Community Health (item 4); Owen Reid (OR), Preparing for Adulthood Lead (item 5)", body))
s.append(Paragraph("<b>Apologies:</b> Mark Walsh, Head of Transport (written update provided – item 6); Hollybank "
                   "Residential Short Breaks", body))

s.append(Paragraph("1. Notes and actions from 20 May forum", h2))
s.append(Paragraph("Notes agreed. The action table from May was reviewed and is at Table A at the end. All actions are "
                   "complete or closed – nothing carried forward.", body))

s.append(Paragraph("2. Summer holiday programme 2027", h2))
s.append(Paragraph("The council published the summer activity directory on 9 July and it has gone to all schools. 312 places "
                   "are booked so far across the commissioned schemes. Rainbow Play Scheme has a waiting list of 14 and "
                   "Westmoor Mencap still has 6 places on Tuesdays. Providers agreed that vacancies should be shared more "
                   "widely with families; KL offered to post them on the PCF Facebook page if providers send them to her. "
                   "CB will send Rainbow's anonymised waiting list numbers to JM before schools break up so the council "
                   "can look at whether extra sessions can be funded.", body))

s.append(Paragraph("3. Short breaks statement review", h2))
s.append(Paragraph("JM explained that the council must review its short breaks services statement this year. A draft revised "
                   "statement is nearly ready and JM will circulate it to all providers for comment by the end of July. "
                   "The public consultation will run until 17 September and the Cabinet decision is expected in October – "
                   "that is the council's timetable, not something the forum is being asked to do.", body))

s.append(Paragraph("4. Workforce and training", h2))
s.append(Paragraph("GA said the therapies team can offer short awareness sessions on eating and drinking support and on "
                   "Makaton for play scheme staff, probably in September. Providers were keen. JM asked all providers to "
                   "return the SEND training needs form so sessions can be targeted (form re-sent with these notes). "
                   "LT noted that Sunflower's new sitters have completed their DBS checks (May action, now complete).", body))

s.append(Paragraph("5. Young people moving on (Preparing for Adulthood)", h2))
s.append(Paragraph("OR talked about young people turning 18 who lose access to children's short breaks. Families at the "
                   "last forum asked what adult day opportunities exist. OR will share a list of adult day opportunities "
                   "providers with contacts. DM asked whether youth club members could stay until 19 – JM said this is a "
                   "contract question and will be looked at in the recommissioning next year.", body))

s.append(Paragraph("6. Transport (written update – Mark Walsh)", h2))
s.append(Paragraph("Mark's update was read out: transport to holiday schemes remains the responsibility of parents except where "
                   "it is in a child's EHC plan or care plan; the council is not changing this for summer 2027. CB asked "
                   "whether schemes could share minibuses between sites. Nobody present could answer this; to be picked up "
                   "at the next forum if Mark can attend.", body))

s.append(Paragraph("7. Any other business", h2))
s.append(Paragraph("Direct payments hourly rate review – the Cabinet decision is on 8 September. No action for this forum. "
                   "TE said the PCF holiday clubs survey closes on 23 July and he will bring the results to the next forum.",
                   body))
s.append(Paragraph("<b>Next forum:</b> Thursday 14 October 2027, 10:00, Committee Room 2 and Teams.", body))

s.append(Paragraph("Table B – Actions from this meeting (who / what / when)", h2))
s.append(table([
    ["#", "Who", "What", "When"],
    ["1", "JM", "Circulate draft revised short breaks statement to all providers for comment", "Fri 30 July"],
    ["2", "All providers", "Return the SEND training needs form to JM", "Fri 13 Aug"],
    ["3", "GA", "Confirm a date for eating and drinking / Makaton awareness session for play scheme staff",
     "September – date tbc"],
    ["4", "OR", "Share list of adult day opportunities providers and contacts", "Next forum"],
    ["5", "TE", "Bring PCF holiday clubs survey results to the forum", "Next forum"],
    ["6", "KL", "Post provider vacancies on PCF Facebook page (providers to email vacancies to Kerry)", "Ongoing"],
    ["7", "CB (Rainbow)", "Send anonymised waiting list numbers to JM", "Before schools break up – Wed 21 July"],
], [1 * cm, 2.8 * cm, 9.2 * cm, 4 * cm]))
s.append(Spacer(1, 10))

s.append(Paragraph("Table A – Actions from 20 May 2027 forum (for information)", h2))
s.append(table([
    ["#", "Who", "What", "When", "Status"],
    ["1", "JM", "Publish the summer activity directory", "9 July", "Complete – published 9 July"],
    ["2", "LT (Sunflower)", "Complete DBS checks for new sitters", "June", "Complete"],
    ["3", "TE", "Share PCF feedback on the online booking system", "15 July", "Complete – covered at item 2"],
    ["4", "AO (Mencap)", "Compile list of accessible changing places", "July",
     "Closed – now on the council's Changing Places map"],
], [1 * cm, 2.8 * cm, 6.2 * cm, 2.2 * cm, 4.8 * cm]))
s.append(Spacer(1, 8))
s.append(Paragraph("<i>Notes taken by JM. Please send any corrections to shortbreaks@westmoor.gov.uk by 23 July.</i>", body))

SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                  bottomMargin=2 * cm, title="Short Breaks Provider Forum notes 15 July 2027",
                  author="Jess Mooney").build(s, onFirstPage=header_footer, onLaterPages=header_footer)

labels = {
    "meeting_date": "2027-07-15",
    "style": "Held-out batch sixtyfourth. A council commissioning officer's notes of a short breaks provider forum, sent "
             "as a PDF made from Word: header (OFFICIAL), footer with file version and page number, prose notes by item, "
             "then 'Table B – Actions from this meeting' with Who / What / When columns and 'Table A' of May's actions "
             "with a Status column. Traps: Table A rows are all complete or closed (directory published, DBS done, "
             "feedback shared, changing places list closed) and must not be labelled; the council's own timetable "
             "(consultation, Cabinet decision in October), a Cabinet decision on direct payments, the transport policy "
             "not changing, an unanswered question about sharing minibuses with no owner, a contract question deferred "
             "to recommissioning, a survey closing date, corrections deadline. Labelling follows Table B (its items "
             "are also in the prose). 'Next forum' is dated in the notes (Thursday 14 October 2027) so resolved to "
             "2027-10-14; 'September – date tbc' and 'Ongoing' are null. JM (Jess Mooney) and CB (Carol Beggs) are not in "
             "people.json; GA = Grace Adeyemi, OR = Owen Reid, TE = Tom Evans, KL = Kerry Lang from the attendance list.",
    "held_out": True,
    "actions": [
        {"key": "Circulate draft revised short breaks statement to all providers", "owner": "JM", "person": None, "due": "2027-07-30"},
        {"key": "Return the SEND training needs form", "owner": "All providers", "person": None, "due": "2027-08-13"},
        {"key": "Confirm a date for eating and drinking", "owner": "GA", "person": "Grace Adeyemi", "due": None},
        {"key": "Share list of adult day opportunities providers", "owner": "OR", "person": "Owen Reid", "due": "2027-10-14"},
        {"key": "Bring PCF holiday clubs survey results", "owner": "TE", "person": "Tom Evans", "due": "2027-10-14"},
        {"key": "Post provider vacancies on PCF Facebook page", "owner": "KL", "person": "Kerry Lang", "due": None},
        {"key": "Send anonymised waiting list numbers to JM", "owner": "CB (Rainbow)", "person": None, "due": "2027-07-21"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
