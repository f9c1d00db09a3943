"""454: newsletter-style two-column PDF minutes ('Minutes in brief') of a therapies/education interface group."""
from common import OUT, write_labels
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

STEM = "454_sixtyfirst_therapies_interface_group_two_column_newsletter_minutes"
W, H = A4
M = 15 * mm
GAP = 7 * mm
COLW = (W - 2 * M - GAP) / 2
BANNER_H = 42 * mm

ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=9.2, leading=12, spaceAfter=5)
small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11.5, leading=14,
                      textColor=colors.HexColor("#6a1b5a"), spaceBefore=6, spaceAfter=3)
banner_t = ParagraphStyle("bt", parent=body, fontName="Helvetica-Bold", fontSize=22, leading=26, textColor=colors.white)
banner_s = ParagraphStyle("bs", parent=body, fontSize=10, leading=13, textColor=colors.white)
quote = ParagraphStyle("q", parent=body, fontName="Helvetica-Oblique", fontSize=11, leading=14, alignment=TA_CENTER,
                       textColor=colors.HexColor("#6a1b5a"))


def deco(c, doc):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(M, 8 * mm, "Westmoor SEND Partnership  |  Therapies & Education Interface Group  |  Minutes in brief, Issue 7")
    c.drawRightString(W - M, 8 * mm, f"Page {doc.page}")
    c.setStrokeColor(colors.HexColor("#6a1b5a"))
    c.line(M, 11 * mm, W - M, 11 * mm)
    if doc.page == 1:
        c.setFillColor(colors.HexColor("#6a1b5a"))
        c.rect(M, H - M - BANNER_H, W - 2 * M, BANNER_H, fill=1, stroke=0)
    c.restoreState()


first = [Frame(M + 4 * mm, H - M - BANNER_H, W - 2 * M - 8 * mm, BANNER_H, id="banner", showBoundary=0),
         Frame(M, 14 * mm, COLW, H - 2 * M - BANNER_H - 3 * mm, id="c1"),
         Frame(M + COLW + GAP, 14 * mm, COLW, H - 2 * M - BANNER_H - 3 * mm, id="c2")]
later = [Frame(M, 14 * mm, COLW, H - M - 14 * mm, id="c3"),
         Frame(M + COLW + GAP, 14 * mm, COLW, H - M - 14 * mm, id="c4")]
doc = BaseDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, title="Interface - minutes in brief - 8 July 2027",
                      author="Ruth Hill")
doc.addPageTemplates([PageTemplate("first", first, onPage=deco), PageTemplate("later", later, onPage=deco)])

P = lambda t, s=body: Paragraph(t, s)
story = [
    P("INTERFACE", banner_t),
    P("Therapies &amp; Education Interface Group &#8211; <b>minutes in brief</b>", banner_s),
    P("Meeting held Thursday 8 July 2027, 1.30&#8211;3.30pm, Riverside Primary and on Teams. "
      "Written up by Ruth Hill for the co-chairs. This is the formal record of the meeting.", banner_s),
    FrameBreak(), NextPageTemplate("later"),
    P("Who was there", head),
    P("Co-chairs <b>Grace Adeyemi</b> (Head of Children's Therapies) and <b>Helen Brooks</b> (SENCo, Riverside). "
      "Yusuf Okafor (DCO, ICB), Sarah Khan (Participation Officer), Kerry Lang (PCF parent champion, attending for Tom), "
      "David Lowe (Principal EP), Dr Anita Patel (items 1&#8211;3), Ellie Ward (SLT) and Mina Chowdhury (OT team lead)."),
    P("<i>Apologies:</i> Liam Porter, Tom Evans, Mary Walker.", small),
    P("Last time", head),
    P("The May minutes were agreed with one correction: the SENCo survey was run by Liam, not Helen as printed in Issue 6. "
      "Everything on the May action list is finished &#8211; the equipment store move was the last one and Mina's team "
      "completed it in June."),
    P("1. Waiting times: the headline", head),
    P("Grace reported the June position: 61% of children waiting for speech and language therapy were seen within 18 weeks "
      "(target 92%) and 74% for OT. The Trust's own recovery plan adds two locum SLTs from September and Saturday clinics in "
      "October &#8211; that is the Trust's plan rather than the group's, and we'll hear how it is going in the autumn."),
    P("Members kept asking which schools the longest waits are in, and nobody could answer. So <b>Liam</b>, who had sent "
      "apologies, will refresh the waiting times dashboard with a school-level breakdown, in time for the "
      "next meeting on 16 September."),
    P("2. The consultation line pilot", head),
    P("The group <b>agreed</b> to pilot a 'request for advice' telephone consultation line for teachers in six schools from "
      "September, run by the SLT and OT teams. Ellie has already drawn up the therapist rota."),
    P("<b>Helen</b> will recruit the six pilot schools through the SENCo network by Friday 23 July. <b>David</b> will send "
      "the EP service's language-rich classroom audit to the pilot schools once they are confirmed, so that schools "
      "arrive with a baseline."),
]
qt = Table([[P("&#8220;Parents don't want another leaflet about the wait. They want to know <i>when</i>.&#8221;<br/>"
               "<font size=8>&#8211; Kerry Lang, PCF</font>", quote)]], colWidths=[COLW])
qt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3e5f0")),
                        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#6a1b5a")),
                        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
story += [
    P("3. What families told us", head),
    P("Kerry presented the PCF's spring survey (212 responses). Two-thirds of families said they did not know who to "
      "contact while waiting, and many had been 'bounced' between school and the Trust. Kerry's slides have already gone "
      "round with the papers."),
    Spacer(1, 3), qt, Spacer(1, 6),
    P("Everyone agreed families need one clear page that says what happens while you wait and who to ring. "
      "<b>Sarah Khan</b> will draft the one-page 'what to expect while you wait' leaflet, with Kerry's input, and "
      "bring it to the group by Tuesday 31 August. Kerry asked whether it could be translated &#8211; Yusuf said the "
      "ICB's translation contract already covers this, so no extra cost."),
    P("4. Who pays for seating?", head),
    P("The long-running question about specialist seating for children in mainstream classrooms came up again. Nobody "
      "round the table could say whether it falls to education, health or the school's notional SEN budget, and "
      "families are waiting months while it is argued about. Not resolved today. <b>Grace</b> will raise the seating "
      "funding question with Mary Walker ahead of the Partnership Board on 22 July."),
    P("5. Training", head),
    P("ELKLAN: four cohorts completed this year &#8211; 86 teaching assistants trained, with very good feedback. "
      "<b>Yusuf</b> will check whether the ICB can fund a fifth ELKLAN cohort and report back at the September meeting."),
    P("6. Any other business", head),
    P("Anita let us know community paediatrics moves to the Westmoor Health Campus in October; the Trust will write to "
      "families with new clinic addresses. David reminded schools that the EP service's traded offer for 2027/28 is "
      "published and schools need to book by the end of July &#8211; that's for schools, not this group."),
]
diary = Table([[P("<b>Dates for your diary</b>", small)],
               [P("15 July &#8211; SENCo network (Helen on the pilot)", small)],
               [P("20 July &#8211; PCF coffee morning, Westmoor Library", small)],
               [P("22 July &#8211; SEND Partnership Board", small)],
               [P("<b>Next meeting: Thursday 16 September 2027, 1.30&#8211;3.30pm, Teams</b>", small)]],
              colWidths=[COLW])
diary.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
thanks = P("<b>Thank you</b> to Mina and the OT team for moving the whole equipment store in a fortnight, and to the "
           "Riverside office for hosting.", small)
story += [Spacer(1, 6), diary, Spacer(1, 8), thanks]
doc.build(story)

write_labels(STEM, "2027-07-08",
    "Two-column, newsletter-style PDF ('INTERFACE ... minutes in brief', Issue 7) that is the formal record of the Therapies & "
    "Education Interface Group on Thursday 8 July 2027: coloured banner, headings, a pull-quote box, a 'Dates for your diary' "
    "box and footer with page numbers; no action table - actions sit in the prose with the owner's first name in bold. "
    "Traps: the correction to last minutes; May actions and the equipment store move already complete; the Trust's recovery "
    "plan (locums, Saturday clinics) is another body's plan; the consultation-line pilot is a decision and Ellie's rota is done; "
    "Kerry's slides already circulated; the translation question is answered; the seating question 'not resolved' (but Grace's "
    "follow-up is an action); Anita's clinic move and the EP traded-offer booking deadline are other bodies' business; diary "
    "dates are events; the pull quote is not an action. "
    "Labels: Liam (sent apologies) refreshes the dashboard 'in time for the next meeting on 16 September' = 2027-09-16; Yusuf reports back "
    "'at the September meeting', dated in the diary box as Thursday 16 September 2027; David's audit is 'once they are "
    "confirmed' (null); Grace 'ahead of the Partnership Board on 22 July' = 2027-07-22.",
    [
        ("refresh the waiting times dashboard", "Liam", "Liam Porter", "2027-09-16"),
        ("recruit the six pilot schools through", "Helen", "Helen Brooks", "2027-07-23"),
        ("send the EP service's language-rich classroom audit", "David", "David Lowe", None),
        ("draft the one-page 'what to expect", "Sarah Khan", "Sarah Khan", "2027-08-31"),
        ("raise the seating funding question with Mary Walker", "Grace", "Grace Adeyemi", "2027-07-22"),
        ("check whether the ICB can fund a fifth", "Yusuf", "Yusuf Okafor", "2027-09-16"),
    ])
print("ok 454")
