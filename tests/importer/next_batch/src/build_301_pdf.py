"""Builds 301_thirtyninth_online_qa_slido_votes_writeup.pdf into the batch folder."""
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/thirtyninth_pylib")

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

OUT = Path(__file__).resolve().parent.parent / "301_thirtyninth_online_qa_slido_votes_writeup.pdf"

ss = getSampleStyleSheet()
H1 = ParagraphStyle("H1", parent=ss["Heading1"], fontSize=16, textColor=colors.HexColor("#00507a"), spaceAfter=4)
H2 = ParagraphStyle("H2", parent=ss["Heading2"], fontSize=12, textColor=colors.HexColor("#00507a"), spaceBefore=8)
B = ParagraphStyle("B", parent=ss["BodyText"], fontSize=9.5, leading=12.5, alignment=TA_LEFT)
Q = ParagraphStyle("Q", parent=B, fontName="Helvetica-Bold", fontSize=10, leading=13)
META = ParagraphStyle("META", parent=B, fontSize=8, textColor=colors.HexColor("#666666"))
A = ParagraphStyle("A", parent=B, leftIndent=10)
FU = ParagraphStyle("FU", parent=B, leftIndent=10, textColor=colors.HexColor("#8a3b00"))


def page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#666666"))
    canvas.drawString(18 * mm, 287 * mm, "Westmoor SEND Partnership  |  Live Q&A write-up  |  23 June 2027")
    canvas.drawRightString(192 * mm, 10 * mm, f"Page {doc.page}")
    canvas.drawString(18 * mm, 10 * mm, "Published on the Local Offer, 30 June 2027. Alternative formats on request.")
    canvas.restoreState()


story = []
story.append(Paragraph("Ask the SEND leaders: live online Q&amp;A", H1))
story.append(Paragraph("EHC plans, waiting times and annual reviews &mdash; what you asked and what we said", ss["Heading3"]))
story.append(Paragraph(
    "Wednesday 23 June 2027, 7pm to 8.05pm, Microsoft Teams live event. 214 people joined live and the recording "
    "has since been watched 380 times. Questions were sent in before the event and on the night using Slido, and "
    "people could vote for the questions they most wanted answered. We took the questions in order of votes.", B))
story.append(Spacer(1, 4))
panel = [
    ["Panel", ""],
    ["Tom Evans", "Co-chair, Westmoor Parent Carer Forum (hosting)"],
    ["Priya Shah", "Director of Education, Westmoor Council"],
    ["Mary Walker", "Head of SEND, Westmoor Council"],
    ["Yusuf Okafor", "Designated Clinical Officer, Westmoor ICB"],
    ["Behind the scenes", "Ruth Hill (Slido moderation), Sarah Khan (chat), BSL interpreters from SignWest"],
]
t = Table(panel, colWidths=[38 * mm, 130 * mm])
t.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
    ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
    ("FONT", (0, 1), (0, -1), "Helvetica-Bold", 9),
    ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#00507a")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]))
story.append(t)
story.append(Spacer(1, 6))
story.append(Paragraph(
    "How to read this: the number next to each question is how many Slido votes it got. Answers are a summary, not "
    "word for word &mdash; the full recording is on the Local Offer. Where the panel promised to do something, we "
    "have said so in the answer.", META))

story.append(Paragraph("Looking back: what we promised at the March Q&amp;A", H2))
story.append(Paragraph(
    "In March we said we would publish the monthly EHC plan timeliness figures on the Local Offer. These went live "
    "on 1 June and will be updated on the second Monday of each month. We also said we would run this session in "
    "the evening, so here we are!", B))

story.append(Paragraph("Your questions", H2))

qa = [
    ("&#9650; 96 votes", "My son's annual review was in November and the amended plan still hasn't come through. Why do "
     "amendments take so long, and how many families are waiting?",
     [("A", "Mary Walker apologised and said this is the area she is least happy with. The team has been focused on new "
            "assessments and annual review amendments have slipped. A new annual review team of four started in May. "
            "Mary did not have the figures to hand on the night, so she committed to bring the numbers of annual "
            "review amendments waiting, by how long, to the next Q&amp;A in September, and to say then how quickly "
            "the new team is clearing them.")]),
    ("&#9650; 81 votes", "The wait for speech and language therapy is over a year for us. Why aren't waiting times "
     "published so we know what to expect?",
     [("A", "Yusuf Okafor said the therapies service does track this and families should be able to see it. Yusuf "
            "agreed to ask the therapies service to publish waiting times for speech and language therapy on the Local "
            "Offer every month, starting before the end of July."),
      ("A", "Yusuf also explained that the ICB has approved extra funding for two speech and language therapists "
            "from next April. That is an ICB decision already made, not something the panel is doing.")]),
    ("&#9650; 74 votes", "Can we ask for an early annual review if things change? My daughter's school say we have to "
     "wait a year.",
     [("A", "Priya Shah said yes, an early review can be requested at any time if needs change, and schools should "
            "know this. Priya said: &ldquo;Clearly some don't, and that's on us.&rdquo; She agreed to write "
            "to all SENCOs within the next fortnight reminding them that parents can ask for an early "
            "review, and how to arrange one.")]),
    ("&#9650; 58 votes", "Will the council build a new special school? Every school is full.",
     [("A", "Priya Shah said the council has applied to the Department for Education for a new special free school "
            "for 120 pupils. The DfE will decide in the autumn &mdash; it is their decision, not the council's. The "
            "council is also adding 40 places in resource bases from September (already agreed by Cabinet in March).")]),
    ("&#9650; 52 votes", "What can I do if the council misses the 20-week deadline for my child's EHC needs assessment?",
     [("A", "Tom Evans said SENDIASS can help families understand their rights, including appeals and complaints. "
            "Tom committed that the Parent Carer Forum will run a follow-up session on tribunal rights with "
            "SENDIASS in the autumn, and will publish the date on the Forum's page once it's fixed."),
      ("A", "Mary Walker added that timeliness was 41% in May, up from 29% in January.")]),
    ("&#9650; 37 votes", "Can you guarantee my child will get a place at a special school in September?",
     [("A", "Priya Shah said she couldn't promise that on a live event about an individual child, and asked the "
            "parent to contact the SEND team directly (contact details were put in the chat).")]),
    ("&#9650; 31 votes", "Why does nobody answer the phone at the SEND team?",
     [("A", "Mary Walker said the phone line had a new system installed in May and the average wait is now 6 minutes. "
            "There is also a call-back option. No further action was agreed.")]),
    ("&#9650; 29 votes", "Would you consider holding these sessions in person too?",
     [("A", "Tom Evans said the Forum would love to and it will be discussed at the Forum's committee. Nothing agreed "
            "yet.")]),
]

for votes, q, answers in qa:
    block = [Paragraph(votes, META), Paragraph(q, Q)]
    for _, txt in answers:
        block.append(Paragraph(txt, A))
    block.append(Spacer(1, 5))
    story.append(KeepTogether(block))

story.append(Paragraph("Questions we didn't get to", H2))
story.append(Paragraph(
    "We received 67 questions in total and only had time for the top eight. Ruth Hill has grouped the rest into 14 "
    "themes. The Local Offer team will answer all unanswered questions in writing on the Local Offer FAQ page by "
    "Friday 9 July. Questions about individual children have been passed privately to the SEND team, who "
    "contacted those families the next day.", B))

tab = [["Theme", "No. of questions"],
       ["Transport", "11"], ["Preparing for adulthood / post-16", "9"], ["Exclusions and part-time timetables", "8"],
       ["Personal budgets and direct payments", "6"], ["Autism and ADHD assessment", "6"], ["Other (9 themes)", "19"]]
tt = Table(tab, colWidths=[90 * mm, 35 * mm])
tt.setStyle(TableStyle([
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
    ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
    ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6f0f5")),
]))
story.append(tt)

story.append(Paragraph("Poll results", H2))
story.append(Paragraph(
    "At the start we asked: &ldquo;How confident are you that you know where to get help with your child's EHC "
    "plan?&rdquo; 41% said not at all confident, 38% a little, 17% fairly, 4% very. We asked the same at the end: "
    "22% not at all, 40% a little, 30% fairly, 8% very.", B))

story.append(Paragraph("Next time", H2))
story.append(Paragraph(
    "The next live Q&amp;A will be in September (date to be confirmed), on preparing for adulthood. Send your "
    "questions in advance via the Local Offer. Thank you to everyone who joined, voted and asked questions, and to "
    "our BSL interpreters.", B))

SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                  topMargin=18 * mm, bottomMargin=18 * mm,
                  title="Ask the SEND leaders - live Q&A write-up", author="Westmoor SEND Partnership").build(
    story, onFirstPage=page, onLaterPages=page)
print(OUT)
