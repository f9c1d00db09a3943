"""439: Fireflies.ai notes + transcript PDF export of the children's therapies workstream."""
from common import OUT, write_labels
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer

STEM = "439_fiftyninth_fireflies_notes_transcript_pdf_therapies_workstream"
ss = getSampleStyleSheet()
H1 = ParagraphStyle("h1", parent=ss["Heading1"], fontSize=16, spaceAfter=2)
H2 = ParagraphStyle("h2", parent=ss["Heading2"], fontSize=12, spaceBefore=10, textColor=colors.HexColor("#6b2bd9"))
META = ParagraphStyle("meta", parent=ss["Normal"], fontSize=8.5, textColor=colors.grey)
N = ParagraphStyle("n", parent=ss["Normal"], fontSize=9.5, leading=12.5)
BUL = ParagraphStyle("b", parent=N, leftIndent=12, bulletIndent=2)
SPK = ParagraphStyle("spk", parent=N, fontName="Helvetica-Bold", spaceBefore=6)
TS = ParagraphStyle("ts", parent=META, fontSize=8)

story = [
 Paragraph("Westmoor Therapies Workstream - Oct 05", H1),
 Paragraph("Tue, Oct 05, 2027 &middot; 10:01 AM &middot; 52 mins", META),
 Paragraph("Participants: grace.adeyemi@westmoorhealth.nhs.uk, yusuf.okafor@nhs.net, "
           "anita.patel@westmoorhealth.nhs.uk, helen.brooks@riverside.westmoor.sch.uk, "
           "liam.porter@westmoor.gov.uk, +44 7700 9xx xxx (dial-in)", META),
 Paragraph("Recorded and transcribed by Fireflies.ai &middot; Notes are AI generated", META),
 Spacer(1, 4 * mm),
 Paragraph("Overview", H2),
]
for b in [
 "Longest SLT wait is 38 weeks and longest OT wait 29 weeks; Grace has re-run the trajectory including the two new SLT posts starting in November.",
 "Funding for additional OT sessions is not confirmed; ICB position to be checked.",
 "Neurodevelopmental referral data has been received; a school-level breakdown is still outstanding.",
 "A drop-in clinic pilot for SENCos was discussed, with volunteer schools to be sought.",
 "The group agreed to keep 18 weeks as the local OT standard. ICB commissioning intentions go to the ICB board in December.",
]:
    story.append(Paragraph(b, BUL, bulletText="\u2022"))

story.append(Paragraph("Action Items", H2))
ai = [
 ("Grace Adeyemi", ["Share the updated SLT waiting list trajectory with Yusuf by 15 Oct (05:48)"]),
 ("Yusuf Okafor", ["Check whether the ICB can fund the extra OT sessions and report back at the next workstream (08:10)",
                   "Take annual leave from 11 to 15 October (23:10)"]),
 ("Anita Patel", ["Send referral data to Grace (02:15)",
                  "Send neurodevelopmental referral breakdown by school by end of next week (14:30)"]),
 ("Liam Porter", ["Add therapy waits to the monthly dashboard (30:02)"]),
 ("Helen Brooks", ["Bring biscuits to the next meeting (44:50)"]),
 ("Speaker 5", ["Put drop-in clinic details in the PCF newsletter (24:31)"]),
]
for who, items in ai:
    story.append(Paragraph(who, SPK))
    for it in items:
        story.append(Paragraph(it, BUL, bulletText="[ ]"))

story.append(Paragraph("Outline", H2))
for b in [
 "Chapter 1 - Waiting list position (00:00 - 07:55): Grace Adeyemi reviews SLT and OT waits and the revised trajectory.",
 "Chapter 2 - OT capacity and funding (08:00 - 13:40): Yusuf Okafor on ICB funding for extra OT sessions.",
 "Chapter 3 - Neurodevelopmental referrals (13:45 - 20:30): Anita Patel on referral data and school breakdown.",
 "Chapter 4 - Drop-in clinic pilot (20:35 - 29:50): Helen Brooks and Speaker 5 on SENCo drop-ins and parent comms.",
 "Chapter 5 - Dashboard and AOB (30:00 - 52:10): Liam Porter on data feed; local OT standard; ICB commissioning intentions.",
]:
    story.append(Paragraph(b, BUL, bulletText="\u2022"))

story.append(Paragraph("Transcript", H2))
tr = [
 ("Grace Adeyemi", "00:00", "Okay, I think it's recording now. Morning everyone. So, um, five things today, I'll go quickly. First, just to check, Anita, you were going to send the referral data?"),
 ("Anita Patel", "02:15", "Yeah, I sent that on Friday, it should be in your inbox."),
 ("Grace Adeyemi", "02:21", "Oh yes, got it, sorry, thank you. Right, waiting list. SLT longest wait is thirty-eight weeks, OT twenty-nine. I've redone the trajectory with the two new SLT posts, they start in November, so it does come down but not till the spring."),
 ("Yusuf Okafor", "05:40", "Can I have that? I've got to brief the ICB on it before the quality committee."),
 ("Grace Adeyemi", "05:48", "Yes, I'll share the updated SLT waiting list trajectory with you by Friday the fifteenth. I want Liam to check the numbers first."),
 ("Yusuf Okafor", "08:10", "On the OT sessions, I can't promise money, I really can't. But I'll look at whether the ICB can fund the extra OT sessions out of the slippage and come back to the next workstream."),
 ("Grace Adeyemi", "08:31", "Which is the second of November. Thanks Yusuf."),
 ("Anita Patel", "14:30", "So the data you've got is the totals. What I haven't done is split it. I'll send the neurodevelopmental referral breakdown by school by the end of next week, because the SENCos will want to see their own schools."),
 ("Helen Brooks", "20:40", "On the drop-in idea, I think schools will go for it if it's at the school, not at the clinic. I'll ask the SENCo network for volunteers to pilot the drop-in clinic when we meet on the twenty-first. I'd expect three or four."),
 ("Grace Adeyemi", "23:02", "Lovely. Anything else on drop-ins?"),
 ("Yusuf Okafor", "23:10", "Only, just so people know, I'm on leave the eleventh to the fifteenth, so if the trajectory comes while I'm off it'll be the week after."),
 ("Speaker 5", "24:31", "Sorry, I've been on mute. From the forum side, parents will want to know about this. I'll put it in the PCF newsletter, the half-term one goes out on the twenty-second."),
 ("Grace Adeyemi", "24:50", "Brilliant, thanks Tom, that'd be great."),
 ("Liam Porter", "30:02", "On the dashboard, I could add therapy waits to the monthly dashboard, but honestly not until the new data feed is in, and that's probably the new year."),
 ("Grace Adeyemi", "30:40", "Let's call that a maybe and come back to it when the feed's in. No action for now."),
 ("Grace Adeyemi", "33:15", "And so we're agreed we keep eighteen weeks as our local standard for OT. Yes? Good. And the commissioning intentions are the ICB's, they go to their board in December, so nothing for us there."),
 ("Helen Brooks", "44:50", "Ha, I'll bring biscuits next time, seeing as we're never in the same room."),
 ("Grace Adeyemi", "45:02", "[laughs] Okay. I think that's everything. Thanks all, bye."),
]
for who, ts, text in tr:
    story.append(Paragraph(who, SPK))
    story.append(Paragraph(ts, TS))
    story.append(Paragraph(text, N))


def footer(c, d):
    c.saveState()
    c.setFont("Helvetica", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(18 * mm, 10 * mm, "fireflies.ai  |  Westmoor Therapies Workstream - Oct 05")
    c.drawRightString(192 * mm, 10 * mm, f"Page {d.page}")
    c.restoreState()


doc = SimpleDocTemplate(str(OUT / f"{STEM}.pdf"), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                        topMargin=16 * mm, bottomMargin=18 * mm, title="Westmoor Therapies Workstream - Oct 05")
doc.build(story, onFirstPage=footer, onLaterPages=footer)

write_labels(STEM, "2027-10-05",
 "A Fireflies.ai PDF export (US-style 'Tue, Oct 05, 2027' header, participants listed as email addresses plus an "
 "anonymous dial-in, Overview, AI 'Action Items' grouped by speaker with timestamps and empty checkboxes, Outline "
 "chapters, then the speaker-labelled transcript with timestamps) of the children's therapies workstream on "
 "Tuesday 5 October 2027. Traps: the AI action items include things that are not actions - referral data Anita "
 "already sent on Friday, Yusuf's annual leave, Helen's joke about biscuits, and Liam's dashboard idea which the "
 "chair parks ('a maybe ... No action for now'); the AI list misses Helen's SENCo network action, found only in "
 "the transcript; decision to keep the 18-week OT standard; the ICB's own commissioning intentions going to the ICB "
 "board; 'Speaker 5' is identified only by the chair's 'thanks Tom' (Tom Evans, PCF). Labels: Grace 'by Friday the "
 "fifteenth' = 2027-10-15; Yusuf 'come back to the next workstream' which the chair dates 'the second of November' "
 "= 2027-11-02; Anita 'by the end of next week' = Friday 2027-10-15; Helen 'when we meet on the twenty-first' = "
 "Thursday 2027-10-21; Speaker 5 the half-term newsletter going out 'on the twenty-second' = Friday 2027-10-22.",
 [("share the updated SLT waiting list trajectory", "Grace Adeyemi", "Grace Adeyemi", "2027-10-15"),
  ("whether the ICB can fund the extra OT sessions", "Yusuf Okafor", "Yusuf Okafor", "2027-11-02"),
  ("neurodevelopmental referral breakdown by school", "Anita Patel", "Anita Patel", "2027-10-15"),
  ("ask the SENCo network for volunteers to pilot", "Helen Brooks", "Helen Brooks", "2027-10-21"),
  ("I'll put it in the PCF newsletter", "Speaker 5", "Tom Evans", "2027-10-22")])
