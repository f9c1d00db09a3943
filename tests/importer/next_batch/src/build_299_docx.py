"""Builds 299_thirtyninth_youth_forum_council_template_filled.docx into the batch folder."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "299_thirtyninth_youth_forum_council_template_filled.docx"
GREY = RGBColor(0x80, 0x80, 0x80)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL    Westmoor Council – Participation Team"
sec.footer.paragraphs[0].text = "Youth Forum Meeting Record – template v3 (Jan 2026). Send completed records to the Participation Officer within 5 days."


def guidance(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.color.rgb = GREY
    r.font.size = Pt(9)
    return p


t = doc.add_heading("Youth Forum Meeting Record", level=0)
guidance("[Guidance: this template is for young people who volunteer to write up the meeting. Write in your own words – "
         "it doesn't have to be posh! Delete the grey guidance text when you're done.]")

info = doc.add_table(rows=4, cols=2)
info.style = "Table Grid"
cells = [
    ("Name of group", "Westmoor Young Voices (SEND youth forum)"),
    ("Date and time", "Tues 20th April 2027, 4.30 till 6 (ish, we went over)"),
    ("Where", "The Hub, upstairs room + Teams for Ellis"),
    ("Written up by", "Maya, age 16"),
]
for row, (a, b) in zip(info.rows, cells):
    row.cells[0].text = a
    row.cells[1].text = b
    row.cells[0].paragraphs[0].runs[0].bold = True

doc.add_heading("1. Who came", level=1)
guidance("[List everyone who came, including staff and visitors. First names are fine for young people.]")
who = doc.add_table(rows=1, cols=2)
who.style = "Table Grid"
who.rows[0].cells[0].text = "Name"
who.rows[0].cells[1].text = "Young person / staff / visitor"
for n, r in [
    ("Maya (me)", "young person – writing this"),
    ("Josh", "young person"),
    ("Kai", "young person"),
    ("Amira", "young person"),
    ("Ellis", "young person (on Teams)"),
    ("Tyler", "young person – first time!!"),
    ("Sarah Khan", "staff – Participation Officer"),
    ("Ben", "visitor – from CAMHS, came for item 3"),
]:
    c = who.add_row().cells
    c[0].text = n
    c[1].text = r
doc.add_paragraph("Couldn't come: Leah (exams), Dan")

doc.add_heading("2. Anything from last time", level=1)
guidance("[Check the actions from the last meeting. Did they happen?]")
last = doc.add_table(rows=1, cols=3)
last.style = "Table Grid"
for i, h in enumerate(["What we said we'd do", "Who", "Done?"]):
    last.rows[0].cells[i].text = h
for a, b, c in [
    ("Posters for the Hub about the forum", "Kai", "yes ✔ they look sick"),
    ("Ask about vouchers for coming", "Sarah", "yes – we already get £10 vouchers, nobody knew lol. ✔"),
    ("Survey about quiet rooms and toilets at school", "everyone", "yes ✔ 38 people did it"),
]:
    r = last.add_row().cells
    r[0].text, r[1].text, r[2].text = a, b, c

doc.add_heading("3. What we talked about", level=1)
guidance("[Write a short summary of each thing you talked about. What did people think?]")

doc.add_paragraph("Survey results", style="List Number")
doc.add_paragraph(
    "So 38 people did our survey about quiet rooms and accessible toilets in secondary schools which is way more than "
    "we thought. Main things: 21 people said there is no quiet room or it's always locked, 15 said the accessible toilet "
    "is used as a storeroom (!!) and a lot of people said teachers don't know about their pass. Amira said at her school "
    "you need a teacher to unlock the quiet room which kind of defeats the point. We agreed the results should go to the "
    "council and the head teachers. I said I'd write up our feedback on the quiet room survey and send it to Sarah by "
    "next fri (30th) so she can take it to the heads meeting."
)
doc.add_paragraph("EHCP reviews", style="List Number")
doc.add_paragraph(
    "Josh said his annual review was just adults talking about him and he didn't get what was happening. Most people "
    "agreed. Kai said he didn't even know he was allowed to go to his. We want other young people to know what an "
    "annual review actually is and that you can have a say. Josh and Amira are going to make a short TikTok style video "
    "explaining what an EHCP review is (Sarah already checked and we are allowed to film at the Hub "
    "as long as no one else is in it). They want it done by the time we break up for summer (23rd July)."
)
doc.add_paragraph("Mental health (Ben from CAMHS)", style="List Number")
doc.add_paragraph(
    "Ben came to talk about a new app CAMHS are going to start using for young people on the waiting list. It's not "
    "launched yet, it launches in September (that's their plan). He asked if we want to test it before it launches and "
    "we said yes. Ben said he will send Sarah the test link for the mental health app this week so we can try it. "
    "Ellis asked if it works with a screen reader and Ben didn't know, he said good question. Tyler said the wait for "
    "CAMHS is 11 months for his friend which is mad. Ben said he can't change that, it's the same everywhere."
)
doc.add_paragraph("Local Offer website", style="List Number")
doc.add_paragraph(
    "Sarah showed us the Local Offer website. Honestly it's not very good for young people, it's all written for "
    "parents. The council wants young people's views before they change it. Everyone has to fill in the Local Offer "
    "website review form before the next meeting – Sarah already emailed everyone the link last week."
)
doc.add_paragraph("Other stuff", style="List Number")
doc.add_paragraph(
    "Kai asked if we could get a pool table at the Hub. Sarah said its not her budget it's the youth service, so "
    "probably not. Councillor Jones wants to come to one of our meetings at some point "
    "which is cool. We talked about what we want to ask the Director of Education if she comes."
)

doc.add_heading("4. What's going to happen next", level=1)
guidance("[IMPORTANT: every action needs a WHO and a WHEN. If nobody agrees to do it, it isn't an action – put it in "
         "'Ideas for the future' instead. – Participation Team]")
act = doc.add_table(rows=1, cols=3)
act.style = "Table Grid"
for i, h in enumerate(["What", "Who", "By when"]):
    act.rows[0].cells[i].text = h
    act.rows[0].cells[i].paragraphs[0].runs[0].bold = True
for a, b, c in [
    ("Write up quiet room survey feedback + send to Sarah", "Maya", "fri 30th"),
    ("TikTok style video about what an EHCP review is", "Josh + Amira", "before summer hols"),
    ("Send test link for the app", "Ben (CAMHS)", "this week"),
    ("Fill in the Local Offer review form", "Everyone", "next meeting"),
    ("Ask Mr Lowe (the main educational psychologist) to come to the June meeting to talk about exam access arrangements",
     "Sarah", "before June mtg"),
]:
    r = act.add_row().cells
    r[0].text, r[1].text, r[2].text = a, b, c

doc.add_heading("5. Ideas for the future", level=1)
guidance("[Things people want but nobody has agreed to do yet.]")
for idea in [
    "Pool table at the Hub (youth service budget – prob not)",
    "Councillor Jones coming to a meeting",
    "A trip somewhere in the summer?? Bowling??",
    "Ask the Director of Education to come in the autumn",
]:
    doc.add_paragraph(idea, style="List Bullet")

doc.add_heading("6. Next meeting", level=1)
doc.add_paragraph("Tues 15th June, 4.30, the Hub. Pizza (Sarah said yes).")

p = doc.add_paragraph()
p.add_run("Checked by Participation Officer: ").bold = True
p.add_run("S. Khan   Date: 23/04/27")
p.alignment = WD_ALIGN_PARAGRAPH.LEFT

doc.save(OUT)
print(OUT)
