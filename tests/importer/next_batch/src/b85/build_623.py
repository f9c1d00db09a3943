"""623: Outlook 'Print' of a chair's prose recap thread to PDF; later replies correct the recap."""
import json
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, "/tmp/b85/pylib")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

OUT = Path(__file__).resolve().parent.parent
STEM = "623_eightyfifth_printed_outlook_chair_recap_corrected"

ALL = ("SEND Partnership Board members; Mary Walker; Priya Shah; Yusuf Okafor; Tom Evans; Helen Brooks; David Lowe; "
       "Sarah Khan; Grace Adeyemi; Liam Porter; Mark Walsh")
SUBJ = "Partnership Board 15 September - recap"

msgs = [  # newest first, as Outlook prints a reply with its history
    ("Anne Price <anne.price@westmoorsendpartnership.org.uk>", "Wednesday, 22 September 2027 16:52", ALL, "Ruth Hill", "RE: " + SUBJ, """\
Dear all

Thank you Mary, Tom, Sarah, Priya and Liam - all noted, and apologies for the muddle over the Local Offer dates. For the avoidance of doubt: the final Local Offer site comes to the January Board (19 January 2028), with a progress update from Sarah in November; the SEF is with Mary (James to sign off) by Friday 29 October; and the Champions recruitment is with Kerry.

Ruth - please reflect these in the action log.

Best wishes
Anne"""),
    ("Liam Porter <Liam.Porter@westmoor.gov.uk>", "Tuesday, 21 September 2027 11:20", "Anne Price", ALL + "; Ruth Hill", "RE: " + SUBJ, """\
Anne

Monthly figures - yes, from October. The first will be the September data, out to all members by Friday 8 October.

Liam"""),
    ("Priya Shah <Priya.Shah@westmoor.gov.uk>", "Monday, 20 September 2027 08:02", "Anne Price", ALL + "; Ruth Hill", "RE: " + SUBJ, """\
Anne - the AP letter went to all heads this morning as part of the Headteachers' Briefing, so that one can be closed.

Priya"""),
    ("Tom Evans <tom.evans.pcf@gmail.com>", "Friday, 17 September 2027 21:14", "Anne Price", ALL + "; Ruth Hill", "Re: " + SUBJ, """\
Hi Anne, just on the Champions - we said Northern AND Eastern localities, and Kerry is leading on this for the PCF rather than me (she has the contacts). We're aiming for the end of the autumn term, 17 December.

Thanks, Tom

Sent from my iPhone"""),
    ("Sarah Khan <Sarah.Khan@westmoor.gov.uk>", "Friday, 17 September 2027 14:36", "Anne Price", ALL + "; Ruth Hill", "RE: " + SUBJ, """\
Hi Anne, the co-production session is now booked for Tuesday 12 October, 10am, at the Family Hub. I'll send the invite to the PCF today.

Sarah"""),
    ("Mary Walker <Mary.Walker@westmoor.gov.uk>", "Friday, 17 September 2027 09:48", "Anne Price", ALL + "; Ruth Hill", "RE: " + SUBJ, """\
Anne

A couple of corrections to the recap, if I may.

Local Offer - we agreed the final site goes live in January, so it comes to the January Board, not November. November is just a progress update from Sarah.

SEF - James wasn't at the meeting; I said I'd pick it up with him. It will be me updating the SEF, with James signing it off. End of October still fine - let's say Friday 29 October as half term starts the week after.

Mary

Mary Walker
Head of SEND
Westmoor Council"""),
    ("Anne Price <anne.price@westmoorsendpartnership.org.uk>", "Thursday, 16 September 2027 12:15", ALL, "Ruth Hill", SUBJ, """\
Dear Board members

Thank you for a really constructive meeting yesterday. For those who sent apologies, here is my recap of the main decisions and actions. Ruth's full minutes will follow.

On the Local Offer refresh, we agreed that Sarah Khan will lead a co-production session with the PCF in October, and that Mary will bring the final site to the November Board.

On EHCP timeliness, Liam will circulate the monthly figures to all members from October rather than quarterly.

On inspection preparation, James Whitfield will update the self-evaluation framework (SEF) by the end of October and share it with the Board.

On Alternative Provision, Priya agreed to write to all headteachers about the new AP quality assurance framework before half term.

On transport, the Board asked Mark Walsh to bring the post-16 transport policy consultation results in November.

Tom and the PCF will recruit two more parent Champions for the Northern locality.

We also noted that the DfE SEND adviser, Jo Marsh, will carry out her next review visit on 9 November, and that NHS England has asked all ICBs for an update on ND waiting lists by December.

Our next meeting is Wednesday 17 November, 1.30pm, in the Council Chamber.

With best wishes
Anne

Anne Price
Independent Chair, Westmoor SEND Partnership Board"""),
]

path = OUT / f"{STEM}.pdf"
c = canvas.Canvas(str(path), pagesize=A4)
c.setTitle("Microsoft Outlook - Memo Style")
W, H = A4
LM, TOP, BOT = 54, H - 54, 60
y = TOP
page = 1


def newpage():
    global y, page
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, 30, str(page))
    c.showPage()
    page += 1
    y = TOP


def line(text, font="Helvetica", size=10, lead=13, indent=0):
    global y
    if y < BOT:
        newpage()
    c.setFont(font, size)
    c.drawString(LM + indent, y, text)
    y -= lead


def para(text, width=96, **kw):
    if not text.strip():
        line("", **kw)
        return
    for ln in textwrap.wrap(text, width):
        line(ln, **kw)


# printing user's name banner
line("Anne Price", font="Helvetica-Bold", size=16, lead=8)
c.setLineWidth(2)
c.line(LM, y, W - LM, y)
y -= 20

for i, (frm, sent, to, cc, subj, body) in enumerate(msgs):
    if i:
        y -= 6
        c.setLineWidth(0.5)
        c.line(LM, y + 8, W - LM, y + 8)
        y -= 6
    for lab, val in (("From:", frm), ("Sent:", sent), ("To:", to), ("Cc:", cc), ("Subject:", subj)):
        wrapped = textwrap.wrap(val, 80) or [""]
        if y < BOT:
            newpage()
        c.setFont("Helvetica-Bold", 10)
        c.drawString(LM, y, lab)
        c.setFont("Helvetica", 10)
        c.drawString(LM + 70, y, wrapped[0])
        y -= 13
        for w in wrapped[1:]:
            line(w, indent=70)
    y -= 8
    for ptxt in body.split("\n"):
        para(ptxt)
c.setFont("Helvetica", 8)
c.drawCentredString(W / 2, 30, str(page))
c.save()

labels = {
    "meeting_date": "2027-09-15",
    "style": (
        "Held-out batch eightyfifth. An Outlook conversation printed to PDF ('Memo Style': the printing user's name in a banner, bold "
        "From/Sent/To/Cc/Subject, the chair's final reply on top and the history beneath, newest first). The original at the bottom is the "
        "independent chair's prose recap (no list, no numbers) of the Partnership Board on Wednesday 15 September 2027 ('yesterday' on "
        "Thursday 16 September); five replies correct it by topic and the chair confirms. Labelling: Sarah Khan's co-production session "
        "'in October' is fixed by her reply to Tuesday 12 October; Mary's final Local Offer site moves from the November Board to the "
        "January Board, 19 January 2028 (the November progress update from Sarah is mentioned only in passing and not labelled as a "
        "separate action); Liam's monthly figures start with the September data by Friday 8 October; the SEF is Mary's, not James "
        "Whitfield's (he was not at the meeting and only signs off), keyed from the recap line, owner 'Mary' as the chair restates it, "
        "due Friday 29 October; Priya's AP letter to heads is reported sent (not labelled); Mark Walsh's transport consultation results "
        "'in November' = the next Board on Wednesday 17 November, given in the recap; the Champions recruitment passes from Tom to Kerry "
        "(Kerry Lang), now two localities, due 'end of the autumn term, 17 December'. The DfE adviser's visit and NHS England's request "
        "to ICBs are actions of other bodies (not labelled)."),
    "held_out": True,
    "actions": [
        {"key": "Sarah Khan will lead a co-production session with the", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-10-12"},
        {"key": "Mary will bring the final site to", "owner": "Mary", "person": "Mary Walker", "due": "2028-01-19"},
        {"key": "circulate the monthly figures to all members", "owner": "Liam", "person": "Liam Porter", "due": "2027-10-08"},
        {"key": "will update the self-evaluation framework (SEF) by", "owner": "Mary", "person": "Mary Walker", "due": "2027-10-29"},
        {"key": "Mark Walsh to bring the post-16 transport policy consultation", "owner": "Mark Walsh", "person": "Mark Walsh", "due": "2027-11-17"},
        {"key": "recruit two more parent Champions for the", "owner": "Kerry", "person": "Kerry Lang", "due": "2027-12-17"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
