"""Builds 254_thirtythird_parent_chair_board_minutes_we.docx into the parent folder."""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent / "254_thirtythird_parent_chair_board_minutes_we.docx"
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)

def para(t, bold=False, italic=False, align=None):
    p = d.add_paragraph()
    r = p.add_run(t); r.bold = bold; r.italic = italic
    if align: p.alignment = align
    return p

def head(t):
    para(t, bold=True)

d.sections[0].header.paragraphs[0].text = "Westmoor Co-production Board - notes written by the parent co-chair - DRAFT until agreed in April"
para("Westmoor SEND Co-production Board", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Wednesday 10th March 2027, 6.30pm - 8.30pm, Westmoor Family Hub (and a few of us on Zoom)", align=WD_ALIGN_PARAGRAPH.CENTER)

para("A quick note first. Ruth normally does our minutes but she was off poorly, so I (Tom) have written these up from my "
     "own notes and a recording on my phone. Please forgive the style - I've written them the way we talk in the Forum, "
     "as 'we'. Where I say 'we' I mean the whole Board, unless I say 'we as the Forum', which means Westmoor Parent Carer "
     "Forum. If anything's wrong tell me before the next meeting and I'll put it right.", italic=True)

head("Who was there")
para("Parent carers: me (Tom Evans, parent co-chair, chairing), Kerry Lang (Parent Champion), Priya Mistry (Parent Rep), and "
     "four other forum members who asked not to be named in the notes. Partners: Anne Price (Independent Chair of the SEND "
     "Partnership, co-chair of this Board), Mary Walker (Head of SEND), Yusuf Okafor (DCO, ICB), Helen Brooks (SENCo, "
     "Riverside Primary), Sarah Khan (Participation Officer), Liam Porter (data), Grace Adeyemi (Children's Therapies - joined "
     "at 7.15). Sorry we missed you: Priya Shah, David Lowe, Claire Dunmore (SENDIASS sent a written update).")

head("1. Welcome and where we got to last time")
para("We started with a round of 'one good thing, one hard thing' like we always do. Lots of hard things this month, mostly "
     "about waiting - waiting for EHCPs, waiting for the ND pathway, waiting for OT. One parent said she had been told "
     "'the plan is with the panel' three times in four weeks. We heard you.")
para("We went through the actions from January. Mark Walsh's letter about the new transport application window has gone out - "
     "thank you, and thanks for coming to the Forum in February to explain it. The survey about the Local Offer went out on "
     "1st February and closed last Friday - we as the Forum did that and we got 288 replies, which is our best ever. Liam's "
     "action to put the EHCP timeliness chart into the board pack is done (it's on page 4 of the pack). The action on short "
     "breaks eligibility was passed to the Short Breaks group in January so we've taken it off our list - they own it now.")

head("2. Parent survey - first look")
para("I gave a very quick first look at the survey. The short version is that parents can't find things on the Local Offer, "
     "and when they do find them they're out of date. About a third of people had never heard of SENDIASS, which surprised "
     "the professionals in the room more than it surprised the parents. I said I would write up the survey headlines properly "
     "for the Board - a two-page summary with the main themes and some quotes - before the April meeting, and Liam offered "
     "to help with the charts if I send him the raw data (that's part of my action, not a separate one).")
para("Kerry asked whether the council could make the Local Offer 'work like a normal website'. Mary said a new Local Offer "
     "platform is already being procured by the council's digital team and a decision on the supplier will be made by "
     "Cabinet in May - so that's not ours to do, but we want to be involved in testing it. Anne said she'd note our interest "
     "in testing it in her letter to the Director (see item 6).")
para("We as the Forum will run two coffee mornings on using the Local Offer, one in the north and one in the south, so "
     "parents can show us what they get stuck on. We'll do these by the May half term. Sarah asked if young people could "
     "come too - yes, of course.")

head("3. EHCP timeliness - how are we doing?")
para("Mary took us through the figures. 20-week timeliness was 38% in January and 44% in February. She was honest that "
     "it's still nowhere near good enough. The backlog is mostly in the drafting stage because of two caseworker vacancies, "
     "which are now filled (one started on Monday). There's a recovery plan that went to the Partnership Board in February.")
para("Parents said they'd never seen the recovery plan. Mary kindly said she would share the EHCP timeliness recovery plan "
     "with the forum reps within a fortnight, with a plain-English one page front sheet, so we can share it in the Forum "
     "newsletter. Priya M asked whether families whose plans are late could get a letter explaining why and what happens "
     "next. Mary said she'd love to do that but she can't promise it with the current capacity - she'll think about it. We "
     "haven't written that down as an action because nobody agreed to do it, but we (the Forum) will keep asking!")
para("Someone asked about the tribunal figures. Mary said these come out in the annual SEND2 statistics in June, so "
     "we'll look at them then. Nothing to do now.")

head("4. Health - ND pathway and therapies")
para("Yusuf gave an update on the neurodevelopmental pathway. The waiting list is around 2,100 children for assessment. "
     "The ICB has agreed some extra money for a private provider to do 400 assessments this year - this was decided by the "
     "ICB's own board in February, so it's done. What parents really want to know is when they'll hear. The new 'waiting "
     "well' letters were meant to go out in January and lots of people in the room hadn't had one. Yusuf will find out "
     "when the new ND pathway waiting list letters are actually going out and let me know before Easter, and I'll put it "
     "in the newsletter.")
para("Grace joined at this point. She told us OT waits are longest for school-age children in the south. Kerry asked if "
     "we could see the OT waiting times by school, because some schools seem to get seen quicker. Grace said she would "
     "send the OT waiting times broken down by school in the next fortnight, with the caveat that small numbers will be "
     "hidden. Helen said that would be really useful for SENCOs too.")
para("There was a long conversation about speech and language therapy for children in special schools, where the "
     "commissioned hours haven't gone up for years even though there are more children. This is a commissioning issue "
     "between the ICB and the council. Anne said she'd take it up - see item 6.")

head("5. Young people's voice")
para("Sarah told us about the Youth Forum's 'Ask Us' sessions. The young people had a lot to say about transitions and "
     "about not being asked what they want in annual reviews. We asked Sarah to bring the Youth Forum's feedback to our "
     "April meeting - ideally with two of the young people themselves presenting, if they want to. Sarah will ask them, "
     "but it's their choice.")
para("Helen said that in her SENCO network some schools have really good one-page profiles written with the child, and "
     "some are just a form. We agreed it would help parents to see what good looks like. Helen will ask the SENCO network "
     "for examples of good one-page profiles (anonymised, with permission) for the June meeting.")
para("We'd love the council to pay young people for their time when they help with things like this. Sarah said there "
     "is a policy being written about this already. We're noting that as a hope, not an action.")

head("6. Anne's letter and the SALT commissioning gap")
para("Anne summed up. She will write to the ICB Chief Executive and to James Whitfield about the speech and language "
     "therapy commissioning gap in special schools, copying in Yusuf, by the end of March. She'll also mention our interest "
     "in testing the new Local Offer platform in the same letter (so that's one action, not two). Yusuf said he'd be "
     "happy to be copied in and that the ICB would probably want to respond jointly - that's for them.")

head("7. SENDIASS update (written)")
para("Claire sent a written update. SENDIASS had 214 new contacts this quarter, up from 170. The most common issue is "
     "EHC needs assessment refusals. She asked that the Board makes sure SENDIASS figures are shown alongside the other data, "
     "not as an afterthought. We all agreed. Liam said he'd add the SENDIASS figures into the dashboard so they appear "
     "in every board pack from now on - he didn't give a date and we didn't push him on one.")

head("8. Anything else")
para("Priya M reminded us that the Forum's annual conference is on Saturday 19th June at the Civic Hall. Everyone is "
     "welcome and we'd really like partners to come and run a stall. No need to reply now.")
para("Helen asked whether the ND pathway could accept referrals from SENCOs directly. Yusuf said that's a question for "
     "the pathway's clinical leads and he'll find out - but to be honest he thinks the answer is 'not yet'. I've not "
     "counted that as an action because it's really a question, and he's already said he'll bring it back as part of the "
     "ND item in April anyway.")
para("Kerry thanked everyone for staying late. It felt like a proper conversation tonight. We finished at 8.40.")

head("Our actions (the way I've understood them - tell me if I've got it wrong!)")
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("What", "Who", "When")):
    c.text = h
for row in [
    ("Survey headlines write-up for the Board", "Tom", "April meeting"),
    ("Share EHCP recovery plan with forum reps + 1 page front sheet", "Mary", "within a fortnight"),
    ("Find out when ND waiting list letters go out", "Yusuf", "before Easter"),
    ("OT waiting times by school", "Grace", "next fortnight"),
    ("Coffee mornings x2 on the Local Offer", "We as the Forum", "by May half term"),
    ("Youth Forum feedback to April meeting", "Sarah", "April"),
    ("Letter re SALT commissioning gap (+ Local Offer testing)", "Anne", "end of March"),
]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
para("")
para("Next meeting: Wednesday 14th April 2027, 6.30pm, Family Hub. Ruth should be back by then - fingers crossed!")
para("Tom Evans, parent co-chair, 12/03/27")
d.save(OUT)
print("wrote", OUT)
