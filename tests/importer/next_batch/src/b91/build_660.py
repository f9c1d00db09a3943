import sys
sys.path.insert(0, "/tmp/b91/pylib")
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

OUT = "/tmp/b91/660_ninetyfirst_council_scrutiny_minutes.pdf"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=6)
ind = ParagraphStyle("i", parent=body, leftIndent=1.2 * cm)
head = ParagraphStyle("h", parent=body, fontName="Times-Bold", spaceBefore=8)
title = ParagraphStyle("t", parent=body, fontName="Times-Bold", fontSize=12, alignment=1)

S = []
def P(t, st=body): S.append(Paragraph(t, st))

P("WESTMOOR COUNCIL", title)
P("CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE", title)
P("MINUTES of a meeting of the Children and Young People Scrutiny Committee held in the Council Chamber, "
  "County Hall, Westmoor on Tuesday, 9 March 2027 at 10.00 am.")
P("<b>PRESENT:</b> Councillor Bethan Jones (Chair); Councillors R. Ashcroft (Vice-Chair), M. Begum, "
  "P. Collier, D. Fenwick, S. Gill and K. Thorne.")
P("<b>Co-opted Members (voting on education matters):</b> Mr A. Okoro (Parent Governor Representative, primary) "
  "and Mrs L. Seddon (Church of England Diocese).")
P("<b>Also in attendance:</b> Councillor J. Marsh (Cabinet Member for Children and Education).")
P("<b>Officers:</b> Priya Shah (Director of Education), James Whitfield (Assistant Director, SEND and Inclusion), "
  "Mary Walker (Head of SEND), Mark Walsh (Head of Transport), Gareth Lloyd (Scrutiny Officer) and "
  "Denise Hollins (Democratic Services Officer).")
P("<b>Invited:</b> Tom Evans (Co-Chair, Westmoor Parent Carer Forum).")

P("41. APOLOGIES FOR ABSENCE", head)
P("Apologies for absence were received from Councillor H. Pratt and from Mr D. Quayle (Parent Governor "
  "Representative, secondary).")

P("42. DECLARATIONS OF INTEREST", head)
P("Councillor Begum declared a non-pecuniary interest in Minute 45 as a parent of a child with an Education, "
  "Health and Care Plan. Councillor Begum remained in the meeting and took part in the discussion.")

P("43. MINUTES", head)
P("The minutes of the meeting held on 19 January 2027 were submitted.")
P("Arising from Minute 33 (Exclusions), Councillor Fenwick asked whether the information on suspensions of "
  "pupils with SEN support had been provided. The Scrutiny Officer confirmed that it had been circulated to all "
  "members by email on 2 February 2027.")
P("RESOLVED &#8211; That the minutes of the meeting held on 19 January 2027 be approved as a correct record and "
  "signed by the Chair.")

P("44. PUBLIC QUESTION TIME", head)
P("One question had been received in accordance with Procedure Rule 9.")
P("Mrs C. Dawson asked why her son's transport to a special school had been changed at two days' notice in "
  "February and why parents had not been consulted. The Head of Transport apologised for the short notice, "
  "explained that the operator had handed back the contract and that a replacement had been found within the "
  "week. He confirmed that the Council's policy was to give parents at least ten school days' notice of any "
  "planned change to a route.")
P("By way of a supplementary question Mrs Dawson asked whether the new driver would remain on the route. "
  "The Head of Transport said he could not answer at the meeting but would respond to Mrs Dawson in "
  "writing within ten working days.")

P("45. EDUCATION, HEALTH AND CARE PLANS &#8211; TIMELINESS AND QUALITY", head)
P("The Director of Education and the Head of SEND presented a report (Agenda Item 6) which set out the position "
  "on the issuing of Education, Health and Care Plans (EHCPs) within the statutory 20 week period, the results "
  "of the quarterly audit of plan quality and the work under way to reduce the backlog of annual reviews.")
P("The Head of SEND reported that 47% of new plans in the calendar year 2026 had been issued within 20 weeks, "
  "compared with 31% in 2025, and that the figure for January and February 2027 was 58%. The number of "
  "requests for assessment had risen by 14% year on year.")
P("In the course of discussion members raised the following matters:")
P("(a) Councillor Collier asked whether there was any difference in timeliness between areas of the county. "
  "The Head of SEND said that the data was not currently reported by area but could be produced. She undertook "
  "to provide members with a breakdown by locality before the next meeting.", ind)
P("(b) Councillor Thorne asked about the availability of educational psychologists. The Assistant Director "
  "explained that two posts had been filled since Christmas and that locum cover continued to be used for "
  "statutory advice. He reminded members that the Council had a duty to secure the advice within six weeks "
  "and that this remained the service's priority.", ind)
P("(c) Mr Okoro asked how parents could raise concerns about the quality of a plan. The Head of SEND referred "
  "members to the SENDIASS service and to the complaints procedure, and said that every draft plan now went out "
  "with a covering letter explaining how to ask for changes.", ind)
P("(d) Councillor Gill suggested that officers should attend the Parent Carer Forum's coffee mornings on a "
  "monthly basis. The Director of Education said that officers already attended when invited and that she did "
  "not wish to commit to a fixed programme until the new staffing structure was in place. The suggestion was "
  "noted.", ind)
P("(e) Councillor Ashcroft asked about health advice. The Assistant Director said that the Integrated Care Board "
  "had told the Council it was recruiting two further speech and language therapists and expected them to be "
  "in post by the summer; that was a matter for the ICB.", ind)
P("RESOLVED &#8211;")
P("(1) That the report be noted.", ind)
P("(2) That Cabinet be recommended to maintain the additional funding for SEND casework officers in the "
  "2027/28 budget.", ind)
P("(3) That the Director of Education be requested to bring a report on annual review timeliness "
  "to the Committee's meeting in June 2027.", ind)

P("46. HOME TO SCHOOL TRANSPORT FOR CHILDREN WITH SEND", head)
P("The Head of Transport introduced the report, which summarised the outcome of the retendering of SEND routes, "
  "the spending position for 2026/27 (a forecast overspend of &#163;1.2m) and progress on independent travel "
  "training.")
P("Councillor Begum asked how many young people had completed independent travel training this year. The Head of "
  "Transport said that 38 had completed the programme up to December but that the figures since then were "
  "still being validated. Mr Walsh agreed to circulate the updated travel training figures to members by the "
  "end of March.")
P("Councillor Fenwick proposed that the Committee establish a task and finish group to look at SEND transport "
  "in more depth. This was supported, and the matter was referred to Minute 48.")
P("RESOLVED &#8211; That the report be noted.")

P("47. PARENT CARER FORUM &#8211; ANNUAL SURVEY 2026", head)
P("Mr Tom Evans, Co-Chair of the Westmoor Parent Carer Forum, gave a presentation on the Forum's annual survey, "
  "to which 412 families had responded. The main themes were communication from the SEND team, waiting times "
  "for therapies and the transition from primary to secondary school.")
P("Members thanked Mr Evans for the presentation. Mr Evans offered to share the full survey report with any "
  "member who wished to see it.")
P("RESOLVED &#8211; That the presentation be noted.")

P("48. WORK PROGRAMME 2026/27", head)
P("The Scrutiny Officer presented the work programme. Members considered the proposal at Minute 46.")
P("Members expressed concern about waiting times for children's therapies and felt that the Committee should "
  "hear directly from the NHS. The Chair agreed to write to the Chief Executive of the ICB inviting her to "
  "attend a future meeting.")
P("RESOLVED &#8211;")
P("(1) That a task and finish group on SEND home to school transport be established, comprising Councillors "
  "Ashcroft, Begum, Fenwick and Gill.", ind)
P("(2) That the Scrutiny Officer circulate draft terms of reference for the group to "
  "members by 9 April 2027.", ind)
P("(3) That, subject to the above, the work programme be approved.", ind)

P("49. DATE OF NEXT MEETING", head)
P("Tuesday, 8 June 2027 at 10.00 am.")
P("The meeting closed at 12.37 pm.")
S.append(Spacer(1, 20))
P("CHAIR")

def footer(c, d):
    c.setFont("Times-Roman", 9)
    c.drawString(2 * cm, 1.2 * cm, "Children and Young People Scrutiny Committee - 9 March 2027")
    c.drawRightString(19 * cm, 1.2 * cm, str(d.page))

SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                  bottomMargin=2 * cm).build(S, onFirstPage=footer, onLaterPages=footer)
