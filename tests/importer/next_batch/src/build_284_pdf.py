"""Builds 284_thirtyseventh_ap_workstream_minutes.pdf (long, actions in prose)."""
import sys
sys.path.insert(0, "/tmp/thirtyseventh_pylib")
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

OUT = Path(__file__).resolve().parent.parent / "284_thirtyseventh_ap_workstream_minutes.pdf"
ss = getSampleStyleSheet()
body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6)
num = ParagraphStyle("n", parent=body, leftIndent=1.2 * cm, firstLineIndent=-1.2 * cm)
h = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=11, spaceBefore=8)
act = ParagraphStyle("a", parent=body, leftIndent=1.2 * cm, fontName="Helvetica-Oblique")
title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18)


def furniture(c, doc):
    c.saveState()
    c.setFont("Helvetica", 8)
    c.drawString(2 * cm, A4[1] - 1.2 * cm, "OFFICIAL")
    c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.2 * cm, "Westmoor SEND Partnership | AP & Inclusion Workstream")
    c.drawString(2 * cm, 1.2 * cm, "Minutes – 17 March 2027 – APPROVED at the April meeting subject to amendments")
    c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {doc.page}")
    c.restoreState()


S = []
P = lambda t, s=body: S.append(Paragraph(t, s))
P("Alternative Provision &amp; Inclusion Workstream", title)
P("Minutes of the meeting held on Wednesday 17 March 2027, 10:00–12:30, Westmoor Pupil Referral Unit (Brook Lane site) and MS Teams")
att = [["Present", ""],
       ["James Whitfield (JW)", "Assistant Director, SEND and Inclusion – workstream lead (chair)"],
       ["Mary Walker (MW)", "Head of SEND"],
       ["Sarah Kent (SKe)", "School Improvement Adviser"],
       ["Liam Porter (LP)", "Data and Performance Manager"],
       ["Yusuf Okafor (YO)", "Designated Clinical Officer, ICB"],
       ["Tom Evans (TE)", "Co-chair, Westmoor Parent Carer Forum"],
       ["Sarah Khan (SKh)", "Participation Officer"],
       ["Andrea Cole (AC)", "Headteacher, Westmoor PRU"],
       ["Ruth Hill (RH)", "Partnership Business Support (minutes)"],
       ["Apologies", "Priya Shah, Owen Reid, Gemma Firth (Schools Funding Team)"]]
t = Table(att, colWidths=[5 * cm, 11 * cm])
t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 9.5), ("FONT", (0, 0), (0, -1), "Helvetica-Bold", 9.5),
                       ("GRID", (0, 0), (-1, -1), 0.3, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
S += [t, Spacer(1, 8)]

P("1. Welcome and introductions", h)
P("1.1\tJW welcomed members, and thanked AC for hosting the meeting at the PRU. Members were offered a short tour of the Brook Lane site at the end of the meeting. JW noted this is the first meeting since the workstream was re-formed following the partnership's review of its governance in January, and that the terms of reference have been updated to reflect the wider remit (alternative provision, part-time timetables, suspensions and exclusions, and inclusion in mainstream).", num)
P("1.2\tNo declarations of interest were made.", num)

P("2. Minutes of the previous meeting (20 January 2027) and matters arising", h)
P("2.1\tThe minutes were agreed as an accurate record.", num)
P("2.2\tAll actions from January are complete or covered on today's agenda. In particular: the list of unregistered providers used by schools has been compiled by SKe (now 23 providers, up from 17 in the autumn); LP circulated the suspensions data by school on 3 February; and RH has set up the shared folder for provider returns. The action for MW to meet the Schools Funding Team about banded rates was completed on 9 February and is covered under item 6.", num)

P("3. Unregistered and independent alternative provision – audit", h)
P("3.1\tSKe presented the position. Of the 23 providers currently being used by Westmoor schools, 11 have returned the quality assurance self-assessment, 6 have partially completed it and 6 have not responded. Three providers have had a full QA visit since January. Two of these raised concerns: one around safeguarding (DSL training out of date – since resolved) and one around the suitability of premises for the number of young people on roll. Both providers were given written feedback within five working days.", num)
P("3.2\tMembers discussed whether the local authority has sufficient leverage over providers that schools commission directly. JW said that while the council cannot prevent a school from placing a pupil, schools remain responsible for the pupil's safety and education, and the DfE guidance is clear that schools should be checking registration status and quality. The workstream agreed that the local authority's role is to make the QA information available and to be clear in its messages to schools.", num)
P("3.3\tTE said parents are often not told that their child is attending an unregistered setting, or how many hours they are getting. This came through strongly in the PCF's listening event in February. AC agreed and said the same issue arises when pupils are dual-registered with the PRU.", num)
P("3.4\tJW will write to all AP providers that have not yet returned the audit, copying in the commissioning schools, setting a final deadline of 31 March. Any provider that has not responded by then will be removed from the local authority's list of known providers shared with schools.", num)
P("Action: JW – write to AP providers re outstanding audit returns – by 31 March 2027", act)
P("3.5\tSKe will complete quality assurance visits to the three remaining priority providers by the end of the summer term (21 July). The priority list is based on the number of Westmoor pupils attending and any concerns raised.", num)
P("Action: SKe – complete QA visits to remaining priority providers – by 21/07/2027", act)

P("4. Part-time timetables and attendance", h)
P("4.1\tLP presented the latest data. 142 pupils are recorded as being on a part-time timetable across Westmoor schools, of whom 61% have SEN (23% with an EHCP). The median length of a part-time timetable is 11 weeks, but 19 pupils have been on one for more than two terms. LP cautioned that schools' reporting is inconsistent and the true number is likely to be higher; only 71% of schools have returned the termly notification.", num)
P("4.2\tMW said that a part-time timetable lasting more than a term for a child with an EHCP should trigger an early review. The workstream agreed this should be written into the revised part-time timetable protocol (JW is already redrafting this under the existing work plan – no new action).", num)
P("4.3\tIt was agreed that the data needs to be seen alongside attendance and suspensions so that the workstream can see the overall picture for each school. LP will add AP attendance and part-time timetable data to the inclusion dashboard for the next meeting (21 April).", num)
P("Action: LP – add AP attendance and part-time timetable data to dashboard – April meeting", act)
P("4.4\tTE offered for the PCF to gather parent experiences of part-time timetables through a short online survey, which would complement the data with families' lived experience. The workstream welcomed this. TE suggested a closing date at the end of April so the results can be presented in May.", num)
P("Action: TE / PCF – parent survey on experiences of part-time timetables – end April", act)
P("4.5\tSKh noted that children and young people themselves are not yet represented in the workstream's evidence. AC offered to host a session. SKh will run a young people's focus group at the PRU before the Easter break, using the participation team's ‘two stars and a wish’ format.", num)
P("Action: SKh – young people's focus group at the PRU – before Easter", act)

P("5. Health input to alternative provision", h)
P("5.1\tAC described the level of unmet mental health need among pupils at the PRU: roughly half have had contact with CAMHS at some point, but only a handful are currently open to the service. Staff are frequently managing significant distress without clinical support, and the school nurse service covers the PRU for half a day per fortnight.", num)
P("5.2\tYO said the ICB had agreed in principle in January to fund a CAMHS in-reach pilot for the PRU, linked to the Mental Health Support Team expansion, but the details of the offer had not yet been confirmed with the provider trust. Members asked for the offer to be confirmed in writing so that AC can plan for the summer term. YO will confirm the CAMHS in-reach offer to the PRU in writing within two weeks.", num)
P("Action: YO – written confirmation of CAMHS in-reach offer – 2 weeks", act)
P("5.3\tTE asked whether speech and language therapy could also be part of the offer, as many of the young people at the PRU have unidentified communication needs. YO said this was a fair challenge but that children's therapies capacity is a matter for the community trust's own planning, which is being considered through the Health SEND subgroup, where the point has already been made. The workstream noted this.", num)
P("5.4\tMembers agreed it would be good to have regular health representation at the workstream beyond the DCO, ideally from the school nursing service. JW noted this as a wish for the terms of reference review in the summer.", num)

P("6. Commissioning framework and banded rates", h)
P("6.1\tMW presented the early draft of an AP commissioning framework, which would set out the local authority's expectations of providers (registration, QA, curriculum, reintegration planning, reporting) and a banded rate structure replacing the current individually negotiated fees. The draft was developed following MW's meeting with the Schools Funding Team in February.", num)
P("6.2\tThere was broad support for the direction. AC raised a concern that banded rates could make it harder to commission specialist packages for a small number of young people with very complex needs; MW confirmed there would be an exceptions route. TE asked that parents are involved in shaping the reintegration section. It was agreed that PCF members would be invited to the framework working sessions in April.", num)
P("6.3\tThe Schools Funding Team will model the cost of the banded AP rates against current spend, so that the workstream can see the financial impact before the framework is finalised. Members asked for the modelling for the June meeting. (GF sent apologies but had agreed this in advance with MW.)", num)
P("Action: Schools Funding Team – cost modelling of banded AP rates – June meeting", act)
P("6.4\tMW will bring the draft AP commissioning framework to the SEND Partnership Board in May for comment, before it goes to the council's Cabinet later in the year.", num)
P("Action: MW – draft framework to Partnership Board – May", act)
P("6.5\tThe workstream noted that Schools Forum will be asked to consider the funding implications at its meeting in the autumn; that is a decision for Schools Forum, not the workstream.", num)

P("7. Reintegration from the PRU", h)
P("7.1\tAC presented case studies (anonymised) showing successful reintegration into mainstream where a receiving school had committed to a phased transition with PRU outreach support. The average time pupils spend at the PRU has risen to 2.4 terms from 1.8 terms two years ago. AC said the barrier is usually the availability of a receiving school rather than the pupil's readiness.", num)
P("7.2\tMembers discussed the role of the Fair Access Panel. JW confirmed that the In-Year Fair Access Protocol is being refreshed by the admissions team and that the workstream would have sight of the draft. No action for this group at this stage.", num)
P("7.3\tSKe suggested that the school improvement team could include reintegration as a theme in the next round of inclusion visits. This was agreed in principle; SKe will consider how to build it in and report back if it needs workstream support.", num)

P("8. Terms of reference and work plan", h)
P("8.1\tThe updated terms of reference were tabled. Minor amendments were agreed: adding the PRU headteacher as a standing member, and adding ‘suspensions and exclusions’ explicitly to the remit. RH will circulate the revised ToR with the minutes.", num)
P("Action: RH – circulate revised ToR with minutes", act)
P("8.2\tThe work plan was reviewed. Items 2 (audit), 4 (part-time timetables) and 7 (framework) are rated amber; all other items are green. The workstream highlight report for the Partnership Board will be prepared by JW and RH in the usual way.", num)

P("9. Any other business and date of next meeting", h)
P("9.1\tTE reminded members that the PCF's annual conference is on 12 May and that workstream leads are welcome to run a stall.", num)
P("9.2\tAC reminded members the PRU is closed for staff training on 19 April.", num)
P("9.3\tNext meeting: Wednesday 21 April 2027, 10:00–12:00, Civic Centre Room 3.02 and MS Teams. Future dates: 16 June, 15 September.", num)
P("The meeting closed at 12:25, followed by a tour of the Brook Lane site.", body)

SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                  bottomMargin=2 * cm).build(S, onFirstPage=furniture, onLaterPages=furniture)
print(OUT)
