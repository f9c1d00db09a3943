import sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "pylib"))
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                NextPageTemplate, FrameBreak)

OUT = os.path.join(os.path.dirname(HERE), "563_seventyseventh_pcf_agm_minutes_pdf_two_column.pdf")
W, H = A4
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=9.5, leading=12, spaceAfter=4,
                      alignment=TA_JUSTIFY)
h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=10, textColor=colors.HexColor("#7a2e8c"),
                   spaceBefore=7, spaceAfter=3, alignment=0)
q = ParagraphStyle("q", parent=body, leftIndent=8, fontName="Times-Italic")
bul = ParagraphStyle("bul", parent=body, leftIndent=10, bulletIndent=2)


def first_page(c, d):
    c.saveState()
    c.setFillColor(colors.HexColor("#7a2e8c"))
    c.rect(0, H - 42 * mm, W, 42 * mm, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(18 * mm, H - 18 * mm, "Westmoor Parent Carer Forum")
    c.setFont("Helvetica", 12)
    c.drawString(18 * mm, H - 26 * mm, "Annual General Meeting 2027 - Minutes")
    c.setFont("Helvetica", 9)
    c.drawString(18 * mm, H - 33 * mm, "Wednesday 23 June 2027, 10.00am - 12.15pm, The Hub, Castle Street, Westmoor (and on Zoom)")
    c.drawString(18 * mm, H - 38 * mm, "Registered charity no. 1187342  |  Draft minutes - to be approved at the 2028 AGM")
    footer(c, d)
    c.restoreState()


def footer(c, d):
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.HexColor("#777777"))
    c.drawString(18 * mm, 10 * mm, "Westmoor PCF - by parents, for parents  |  hello@westmoorpcf.org.uk")
    c.drawRightString(W - 18 * mm, 10 * mm, str(d.page))


def later(c, d):
    c.saveState()
    c.setFont("Helvetica-Oblique", 7.5)
    c.setFillColor(colors.HexColor("#7a2e8c"))
    c.drawString(18 * mm, H - 12 * mm, "WPCF AGM minutes 23.06.27")
    footer(c, d)
    c.restoreState()


gap = 7 * mm
colw = (W - 36 * mm - gap) / 2
doc = BaseDocTemplate(OUT, pagesize=A4, title="PCF AGM minutes 2027", author="Priya Mistry")
f1 = [Frame(18 * mm, 16 * mm, colw, H - 64 * mm, id="c1", leftPadding=0, rightPadding=0),
      Frame(18 * mm + colw + gap, 16 * mm, colw, H - 64 * mm, id="c2", leftPadding=0, rightPadding=0)]
f2 = [Frame(18 * mm, 16 * mm, colw, H - 34 * mm, id="d1", leftPadding=0, rightPadding=0),
      Frame(18 * mm + colw + gap, 16 * mm, colw, H - 34 * mm, id="d2", leftPadding=0, rightPadding=0)]
doc.addPageTemplates([PageTemplate("first", f1, onPage=first_page), PageTemplate("later", f2, onPage=later)])

s = [NextPageTemplate("later")]


def H_(t):
    s.append(Paragraph(t, h))


def B(t, st=body):
    s.append(Paragraph(t, st))


H_("1. Welcome")
B("Aisha Rahman (co-chair) opened the meeting at 10.05 and welcomed everyone, especially the twelve families joining "
  "on Zoom and the new members who had signed up at the spring coffee mornings. 38 members attended in total, so the "
  "meeting was quorate (quorum is 20). Aisha reminded everyone that the meeting was not the place to discuss "
  "individual children and that SENDIASS were on hand in the side room for anyone who needed them.")
B("<b>Steering group present:</b> Aisha Rahman, Tom Evans (co-chairs), Jo Fairley (treasurer), Priya Mistry "
  "(secretary - minutes), Kerry Lang (parent champions), Dean Hollis, Farah Begum.<br/>"
  "<b>Guests:</b> Mary Walker (Head of SEND, Westmoor Council), Yusuf Okafor (Designated Clinical Officer, ICB), "
  "Sarah Khan (Participation Officer), Claire Dunmore (SENDIASS).")
H_("2. Apologies")
B("Received from Lucy Barnes, Gemma Okoro, Simon Reilly and Helen Brooks (Riverside Primary). Mark Walsh (Head of "
  "Transport) had been invited but was unable to attend.")
H_("3. Minutes of the 2026 AGM and matters arising")
B("The minutes of the AGM held on 24 June 2026 were approved (proposed Dean Hollis, seconded Farah Begum). The only "
  "action from last year - to refresh the website and add a members' area - was completed in November, and the "
  "members' area now has 640 registered users.")
H_("4. Annual report 2026-27")
B("Tom presented the annual report (copies on the tables and on the website). Highlights:")
for t in ["Membership up from 910 to 1,120 families.",
          "22 coffee mornings across the three localities, including the first two evening sessions for working parents.",
          "Parents co-produced the new Inclusion Strategy priorities and the Local Offer transport pages.",
          "The transport survey (296 responses) led to the council changing how it tells families about route changes.",
          "Two parent representatives now sit on the EHCP Quality Assurance panel."]:
    B(t, ParagraphStyle("x", parent=bul, bulletText="\u2022"))
B("Tom thanked the volunteers, saying the Forum simply could not run without them. He said the steering group would "
  "love to pass 1,300 members by the next AGM and to get more dads and grandparents involved. The annual report was "
  "received.")
H_("5. Treasurer's report")
B("Jo took members through the accounts for the year ending 31 March 2027. Income was &#163;41,850: the DfE parent "
  "carer forum grant (via Contact) of &#163;18,750, the council's participation contract of &#163;12,000, a "
  "Community Foundation award of &#163;6,500 for the evening sessions and &#163;4,600 from fundraising and donations. "
  "Expenditure was &#163;39,210, leaving reserves of &#163;14,960, which is within the reserves policy (three to six "
  "months' running costs).")
B("The accounts have been independently examined by Harlow &amp; Pryce. Members adopted the accounts (proposed Kerry "
  "Lang, seconded Mohammed Ali). Jo will send the examined accounts and the annual report to Contact for the grant "
  "monitoring return, which is due by 30 June. As in previous years the Charity Commission annual return will be "
  "filed within ten months of the year end.")
H_("6. Appointment of independent examiner")
B("It was resolved to reappoint Harlow &amp; Pryce as independent examiner for 2027-28 (proposed Tom Evans, "
  "seconded Farah Begum). Unanimous.")
H_("7. Election of steering group")
B("Seven nominations had been received for seven places, so no ballot was needed. Elected: Aisha Rahman and Tom "
  "Evans (co-chairs), Jo Fairley (treasurer), Priya Mistry (secretary), Kerry Lang, Farah Begum and - new this year "
  "- Marcus Dyer. Dean Hollis stood down after four years and was thanked warmly, with flowers.")
B("Tom will email the new steering group members the induction pack and the code of conduct next week, so Marcus "
  "has it before the July steering group. The steering group continues to meet on the first Tuesday of each month "
  "(10am, online).")
H_("8. Question time with local leaders")
B("<b>Q (parent, North locality):</b> Why are some plans still taking over a year? We hear the figures are improving "
  "but it doesn't feel like it.", q)
B("Mary Walker said the 20-week figure had gone from 33% to 47% over the year but she accepted this was not good "
  "enough and that the North locality was behind the others. She agreed to bring the timeliness figures broken "
  "down by locality to the September steering group (Tuesday 7 September) so the Forum could see the detail.")
B("<b>Q (parent, online):</b> The Local Offer page for sensory OT still shows the old referral criteria - families "
  "are being told they can refer themselves when they can't.", q)
B("Yusuf Okafor apologised. He said he would find out why the page had not been updated and get it corrected within "
  "a month. He added that the ICB is reviewing the whole sensory offer this year and will publish a new pathway in "
  "the spring.")
B("<b>Q (grandparent):</b> Is there anything for siblings?", q)
B("Sarah Khan said the council's young carers service runs sibling groups, and offered to run a taster session for "
  "siblings at one of the Forum's summer events. No-one took this up on the day but Sarah left leaflets.")
B("Several questions could not be answered in the time, including two about transport. Priya Mistry will collate "
  "the unanswered questions from the floor and the chat and send them to the council by the end of the month, "
  "asking for written answers that the Forum can share with members.")
H_("9. Any other business")
B("Kerry said several dads had asked for a group of their own. The dads' group will start in the autumn; Kerry will "
  "set the coffee morning dates for the autumn term and publish them on the website and Facebook by Friday 16 July, "
  "before the schools break up.")
B("Claire Dunmore let members know that SENDIASS is moving to the Westgate Centre in August; the phone number will "
  "not change.")
B("Aisha closed the meeting at 12.15 and thanked everyone for coming. The 2028 AGM will be in June 2028, date to be "
  "confirmed.")
s.append(Spacer(1, 6))
t = Table([["Signed (Chair) .................................", "Date ..................."]], colWidths=[colw * 0.62, colw * 0.38])
t.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 8), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
s.append(t)

doc.build(s)
print("wrote", OUT)
