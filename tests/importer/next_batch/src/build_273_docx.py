"""Builds 273_thirtyfifth_board_deep_dive_followups.docx into the parent folder."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "273_thirtyfifth_board_deep_dive_followups.docx"
doc = Document()
doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(11)

def para(text="", bold=False, italic=False, colour=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if colour:
        r.font.color.rgb = RGBColor(*colour)
    return p

def qa(q, a):
    p = doc.add_paragraph()
    r = p.add_run("Q: "); r.bold = True
    p.add_run(q)
    p2 = doc.add_paragraph()
    r = p2.add_run("A: "); r.bold = True
    p2.add_run(a)

doc.add_heading("SEND Partnership Board – Performance Deep Dive", level=1)
para("Topic: Annual Reviews of EHC plans", bold=True)
para("Session held Wednesday 16/06/2027, 1.30–3pm, Council Chamber (informal session – not a formal Board meeting, no minutes, these are my notes of questions and follow-ups)", italic=True)
para("Notes: Liam Porter, Data & Performance. Slides attached separately (Annual_Reviews_DeepDive_v3.pptx).", italic=True)
para("Attended: Board Chair, AD SEND & Inclusion, Director of Education, Head of SEND, PEP, DCO, Head of Children's Therapies, PCF co-chair, SENCo rep (Riverside), Participation Officer, Business Support. Cllr Jones (Scrutiny chair) observing.")

doc.add_heading("Slide 2 – Headline position", level=2)
para("Of 2,314 EHCPs maintained at 31 May, 1,288 (56%) had an annual review meeting held within 12 months. Of those reviewed, only 38% had the LA decision issued within 4 weeks of the meeting. Back-log of reviews held but no decision: 611.")
qa("(Chair) Is that 56% comparable with anyone else?", "Not published nationally. Regional benchmarking club suggests 60–75%. Answered on the day.")
qa("(PCF co-chair) How many of the 611 are phase transfers? Those are the ones parents worry about.", "Don't know from current report – the phase transfer ones have a separate deadline (15 Feb) and were prioritised, but we can't split the backlog at the moment. Data team to split annual review figures into phase transfer vs other, for the July Board pack – I will do this.")
para("➜ FOLLOW-UP 1: Data team (LP) – split AR figures phase transfer / other – July Board", bold=True)

doc.add_heading("Slide 3 – Why reviews are late", level=2)
para("Casework sample of 40 late reviews: 45% school did not hold the meeting in time, 30% meeting held but paperwork not returned to LA, 25% LA-side delay in issuing decision/amendment. The AD noted that two temporary annual review officers were appointed in April (12 month contracts).")
qa("(Director of Education) Are the two annual review officer posts going to be made permanent? If not we'll be back here next year.", "AD SEND & Inclusion to confirm whether the AR officer posts can be made permanent (depends on DSG recovery plan) – end of July.")
para("➜ FOLLOW-UP 2: AD SEND & Inclusion – confirm AR officer posts permanent y/n – end July", bold=True)
qa("(SENCo rep) Schools get very little guidance about what the LA actually needs back. The toolkit on the Local Offer is from 2021.", "PEP agreed the annual review toolkit for schools needs refreshing and offered to lead it with two SENCos – by the end of the summer term (Weds 21 July) so it's ready for September.")
para("➜ FOLLOW-UP 3: PEP – refreshed AR toolkit for schools – 21/7", bold=True)
para("Chair suggested a piece in the heads' bulletin reminding schools of the paperwork deadlines. Director of Education said she had already put a piece in last Friday's bulletin – ANSWERED, no follow-up.", colour=(0xC0, 0x00, 0x00))

doc.add_heading("Slide 4 – Quality of reviews", level=2)
para("Audit of 25 reviews: 60% had updated advice from at least one professional; 24% had any health input; only 9 of 25 (36%) had the child/young person's views recorded in their own words.")
qa("(Chair) Why so little health input?", "DCO: health professionals are often not invited, or invited with less than 2 weeks' notice. DCO will check how many annual reviews had health input by service from the health side, in time for the Health Subgroup on 23 June.")
para("➜ FOLLOW-UP 4: DCO – AR health input by service – HSG 23/6", bold=True)
qa("(Head of Children's Therapies) Could schools copy therapists in automatically when they send out invitations?", "Yes – this is in the refreshed toolkit (part of follow-up 3, not separate).")
qa("(Cllr Jones) How are children and young people involved?", "Participation Officer said practice varies a lot. She will ask the Youth Forum at its July meeting what a good review looks like for them and bring it back.")
para("➜ FOLLOW-UP 5: Participation Officer – Youth Forum views on ARs – Youth Forum July mtg", bold=True)

doc.add_heading("Slide 5 – Recovery", level=2)
para("Head of SEND outlined the current approach: triage of the 611 by risk (phase transfer, placement breakdown, post-16) and additional admin capacity. Board members felt this was not yet a plan with a trajectory.")
para("Board asked the Head of SEND to bring a full recovery plan for overdue annual reviews, with a month-by-month trajectory to clear the backlog, to the September Board. Head of SEND agreed.")
para("➜ FOLLOW-UP 6: Head of SEND – AR recovery plan + trajectory – Sept Board", bold=True)
para("PCF co-chair said the PCF's annual reviews survey closes on 25 June and has over 300 responses so far. He will share headline results with me (LP) by 2 July so they can go in the July Board pack alongside the data.")
para("➜ FOLLOW-UP 7: PCF co-chair – AR survey headlines to LP – 2/7", bold=True)
qa("(Business Support) Should the deep dive come back to a formal Board?", "Yes – Chair asked that the follow-ups are tracked on the Board action log. Business Support to add them (done during the session).")
para("Cllr Jones said Scrutiny may want to look at annual reviews in the autumn – that's Scrutiny's decision, not for the Board.", italic=True)
para("Idea floated (no owner): a parent-facing annual review 'countdown' email, like the week-16 letter. Parked until the case management upgrade.", italic=True)

doc.add_heading("Summary of follow-ups", level=2)
for t in [
    "1. Data team (LP) – split AR figures phase transfer / other – July Board",
    "2. AD SEND & Inclusion – AR officer posts permanent? – end July",
    "3. PEP – refreshed AR toolkit – 21/7",
    "4. DCO – AR health input by service – HSG 23/6",
    "5. Participation Officer – Youth Forum views – July",
    "6. Head of SEND – recovery plan + trajectory – Sept Board",
    "7. PCF co-chair – survey headlines – 2/7",
    "(Heads' bulletin – ANSWERED)",
]:
    para(t)
para("Next formal Board: Wednesday 14 July 2027. Next deep dive (Sept): Preparing for Adulthood.", italic=True)
doc.save(OUT)
print(OUT)
