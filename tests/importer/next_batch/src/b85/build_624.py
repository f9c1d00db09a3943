"""624: Gmail (Google Workspace school account) forward of a messy reply-all thread, .eml multipart/alternative."""
import html
import json
import quopri
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "624_eightyfifth_gmail_forward_transition_thread"

SUBJ = "Transition T&F - notes and actions 21.1.27"
HB = "Helen Brooks <hbrooks@riverside.westmoor.sch.uk>"
NK = "Nadia Khan <head@riverside.westmoor.sch.uk>"
OR = "Owen Reid <Owen.Reid@westmoor.gov.uk>"
CD = "Claire Dunmore <claire.dunmore@westmoorsendiass.org.uk>"
SK = "Sarah Khan <Sarah.Khan@westmoor.gov.uk>"
PM = "Priya Mistry <priya.m.westmoorpcf@gmail.com>"
LP = "Liam Porter <Liam.Porter@westmoor.gov.uk>"
EVERY = ", ".join([NK, OR, CD, SK, PM, LP])

SCHOOL_SIG = """--
Mrs Helen Brooks
SENCo | Riverside Primary School
Riverside Road, Westmoor WM4 7QT | 01632 960 771
Part of the Westmoor Learning Trust

CONFIDENTIALITY: This email and any attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender immediately and delete it. Riverside Primary School does not accept liability for any viruses transmitted by this email."""

recap = f"""Hi all,

Thanks for yesterday - really good to have Owen and Claire with us for the first time. Notes attached, actions below:

1) Owen to send round the draft Year 9 transition review checklist - by Fri 29th Jan
2) Claire to check if SENDIASS can offer a parent session on secondary transfer - before Feb half term
3) Nadia to arrange the Year 6 visits to Westmoor Academy for the 8 EHCP pupils - Tues 2nd March
4) Sarah K to share the pupil voice 'all about me' template with the group
5) Priya Mistry (PCF) to gather parents' views on the transition passport - by the end of term
6) Liam to tell us how many EHCP pupils are moving phase in Sept 27 - next meeting

Next meeting: Thursday 4 March, 3.45pm (after school!), Riverside staff room.

Two questions:
Nadia - can we move the Year 6 visits to the 9th? Westmoor Academy have mocks the week of the 2nd.
Owen - is the checklist something you want to present at the Board too?

Thanks
Helen

{SCHOOL_SIG}"""

thread = [  # (kind, from, date_gmail, date_outlook, body)  oldest first
    ("gmail", HB, "Fri, 22 Jan 2027 at 16:05", "22 January 2027 16:05", recap),
    ("gmail", NK, "Fri, 22 Jan 2027 at 18:40", "22 January 2027 18:40", "Yes fine. N\n\nSent from my iPhone"),
    ("outlook", OR, "Mon, 25 Jan 2027 at 09:14", "25 January 2027 09:14", """Hi Helen

Draft checklist attached (v0.3) so that's one done - comments welcome by the next meeting.

Re the Board - happy to take it, but not until the May one (19 May) as it needs sign-off from the 14-19 Partnership first.

Owen

Owen Reid
Preparing for Adulthood Lead
Westmoor Council | Civic Centre | Market Street | WM1 2AB

Westmoor Council: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. The Council may monitor email traffic data and the content of email for security and staff training purposes."""),
    ("outlook", CD, "Mon, 25 Jan 2027 at 11:02", "25 January 2027 11:02", """Hi Helen,

Yes we can. Rather than a separate session we'll add secondary transfer to our existing parent workshop on Wednesday 10 February at Westmoor Library (10-12).
I'll send the flyer to Helen by Friday so it can go out to your parents - or to you, I should say!

Best wishes
Claire

Claire Dunmore | SENDIASS Service Manager
Westmoor SEND Information, Advice and Support Service
Helpline 01632 960 300 (Mon-Fri 9.30-2.30)
Westmoor SENDIASS is a free, impartial and confidential service. We are funded by, but operate at arm's length from, Westmoor Council and NHS Westmoor ICB."""),
    ("outlook", SK, "Tue, 26 Jan 2027 at 08:30", "26 January 2027 08:30", """Morning Helen,

Sarah K - that's me I think (participation, not school improvement)! Will send the template over by the end of the week.

Sarah

Sarah Khan (she/her)
Participation Officer - SEND | Westmoor Council"""),
    ("gmail", PM, "Tue, 26 Jan 2027 at 20:15", "26 January 2027 20:15", """Hi Helen, could I have until the next meeting for the parent views? Our passport survey doesn't close until 1 March and I'd rather give you the full picture.
Thanks, Priya"""),
    ("gmail", HB, "Wed, 27 Jan 2027 at 07:50", "27 January 2027 07:50", f"""Thanks everyone, great to get such quick replies. So to confirm:

- Nadia - Year 6 visits now Tues 9 March, thank you
- Owen to present the checklist at the May Board (19 May) - thanks for the draft
- Claire - thank you, flyer to me by Friday is perfect
- Priya - of course, next meeting is fine
- Sarah - thanks, by Friday is great

Helen

{SCHOOL_SIG}"""),
]


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


def render(i):
    kind, frm, gdate, odate, body = thread[i]
    if i == 0:
        return body
    prev = render(i - 1)
    pfrm, pg, po = thread[i - 1][1], thread[i - 1][2], thread[i - 1][3]
    if kind == "gmail":
        return f"{body}\n\nOn {pg}, {pfrm} wrote:\n\n{quote(prev)}"
    subj = ("Re: " if i > 1 else "") + SUBJ
    return (f"{body}\n\nFrom: {pfrm}\nSent: {po}\nTo: {HB if i > 1 else EVERY}\nSubject: {subj}\n\n{prev}")


last = thread[-1]
plain = f"""Hi Ruth,

As promised, the transition T&F thread for the Board action log - it got a bit messy, sorry! Shout if anything's unclear.

H

---------- Forwarded message ---------
From: {HB}
Date: {last[2]}
Subject: Re: {SUBJ}
To: {EVERY}


{render(len(thread) - 1)}
"""

html_part = ('<div dir="ltr"><div>Hi Ruth,</div><div><br></div><div>As promised, the transition T&amp;F thread for the Board action log'
             ' - it got a bit messy, sorry! Shout if anything&#39;s unclear.</div><div><br></div><div>H<br><br>'
             '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
             + "<br>".join(html.escape(x) for x in plain.split("---------- Forwarded message ---------\n", 1)[1].split("\n"))
             + "</div></div></div></div>\n")

B = "000000000000f3c1e205ee1d4a77"
eml = f"""MIME-Version: 1.0
Date: Wed, 27 Jan 2027 08:02:17 +0000
References: <CAJ8mX2tU_vW4Q9@mail.gmail.com> <CWLP265MB6710@CWLP265MB6710.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <CAJ8mX2tU_vW4Q9@mail.gmail.com>
Message-ID: <CAJ8mX2s+Qk1wP0hRr7ZyVb=3nT4h@mail.gmail.com>
Subject: Fwd: {SUBJ}
From: {HB}
To: Ruth Hill <Ruth.Hill@westmoor.gov.uk>
Content-Type: multipart/alternative; boundary="{B}"

--{B}
Content-Type: text/plain; charset="UTF-8"

{plain}
--{B}
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{quopri.encodestring(html_part.encode("utf-8")).decode("ascii")}
--{B}--
"""
assert plain.isascii()
(OUT / f"{STEM}.eml").write_text(eml, encoding="utf-8", newline="\r\n")

labels = {
    "meeting_date": "2027-01-21",
    "style": (
        "Held-out batch eightyfifth. A Gmail forward saved as .eml (Google Workspace school account, multipart/alternative, 7bit plain "
        "part and quoted-printable HTML): the SENCo forwards to the clerk a reply-all thread about the Transition task-and-finish group "
        "of Thursday 21 January 2027 ('yesterday' in her Friday 22 January recap). Gmail replies quote with '>' and nest deeper each time, "
        "while Outlook replies from the council and SENDIASS drop in 'From/Sent/To/Subject' blocks, so the numbered recap sits six levels "
        "down. Traps: Nadia's iPhone 'Yes fine.' answers the first of two questions (moving the visits to the 9th), shown by Helen's "
        "summary; Owen's checklist is reported sent (not labelled) but a new action arises - Owen to present the checklist at the May "
        "Board, 19 May, instead of now; Claire's 'check if SENDIASS can offer a session' is answered (the session is added to an existing "
        "workshop, not labelled) and replaced by her own commitment to send the flyer to Helen by Friday (written Monday 25 January = "
        "Friday 29 January); 'Sarah K' is confirmed as Sarah Khan, template 'by the end of the week' written Tuesday 26 January = Friday "
        "29 January; Priya Mistry's parent views move from 'by the end of term' to the next meeting, Thursday 4 March (date given); "
        "Liam's phase-transfer numbers are due at the next meeting, 4 March. Helen's forwarding note to Ruth is not an action."),
    "held_out": True,
    "actions": [
        {"key": "arrange the Year 6 visits to Westmoor Academy", "owner": "Nadia", "person": "Nadia Khan", "due": "2027-03-09"},
        {"key": "Owen to present the checklist at the May Board", "owner": "Owen", "person": "Owen Reid", "due": "2027-05-19"},
        {"key": "send the flyer to Helen by Friday", "owner": "Claire", "person": "Claire Dunmore", "due": "2027-01-29"},
        {"key": "share the pupil voice 'all about me' template", "owner": "Sarah K", "person": "Sarah Khan", "due": "2027-01-29"},
        {"key": "gather parents' views on the transition passport", "owner": "Priya Mistry", "person": "Priya Mistry", "due": "2027-03-04"},
        {"key": "tell us how many EHCP pupils are moving phase", "owner": "Liam", "person": "Liam Porter", "due": "2027-03-04"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
