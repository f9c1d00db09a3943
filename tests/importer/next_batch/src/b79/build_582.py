import sys, html; sys.path.insert(0, "/tmp/b79/src")
from common import write_doc, write_labels, crlf

STEM = "582_seventyninth_gmail_nested_quotes_early_years_decline"

msgs = [  # oldest first: (attribution line, body)
("On Tue, 27 Apr 2027 at 17:05, Mary Walker <mary.walker@westmoor.gov.uk> wrote:",
"""Dear all,

Thank you for this afternoon. My notes and the actions are below; Ruth will add them to the log.

EARLY YEARS SEND WORKSTREAM - Tuesday 27 April 2027, 1.00-2.30pm, Northgate Family Hub
Present: Mary Walker (chair), Grace Adeyemi, Helen Brooks, David Lowe, Liam Porter, Tom Evans, Priya Shah (item 3 only), Fiona Marsh (Early Years and Childcare), Sunita Rai (Portage Co-ordinator), Ruth Hill
Apologies: Dr Anita Patel, Sarah Khan

1. Early Years Inclusion Fund (EYIF)
58 settings claimed in 2026/27 (up from 41). Childminders and smaller PVI settings are under-represented - Fiona thinks the claim form puts them off. Fiona's team are already rewriting the EYIF guidance and form for September (in the Early Years and Childcare team's plan - not for us to track). We want to see where the money is going.
ACTION 2: Liam to produce EYIF uptake by setting type and ward - before May half term.

2. Integrated review at age 2
Health visiting data shows 81% of 2-year-olds had the integrated review; the ASQ scores for communication are still below pre-pandemic levels. Grace noted the new "talk drop-ins" in family hubs have been popular but are only running in two of the four hubs.
ACTION 1: Grace to confirm SALT drop-in sessions in all four family hubs for the summer term - by 14 May.

3. Portage
Sunita: 34 families waiting, average wait 19 weeks. The service needs another 0.6 FTE Portage worker to get waits under 10 weeks. Priya said this is a high needs block question.
ACTION 5: Priya to make a decision on funding the extra Portage post - by next meeting (Tuesday 22 June).
Ruth circulated the Portage service specification in the meeting chat (done).

4. Transition to reception, September 2027
46 children starting reception in September with an EHCP or in assessment. Helen described the Riverside transition checklist (visits, one-page profile, key person handover) which others were keen to use.
ACTION 3: Helen to share the Riverside reception transition checklist with the group - by Friday 7 May.
Tom said parents' experiences of transition vary hugely and the PCF could gather some.
ACTION 6: Tom to gather parent experiences of reception transition via the PCF Facebook group - by 21 May.

5. Early Years SENCo network and EP support
The EY SENCo network (PVI settings) has asked for access to EP advice before a request for assessment.
ACTION 4: David to offer four EP consultation slots to PVI settings this term.
The group agreed that the EY SENCo network should be represented on this workstream from June (decision - Mary has already invited the network chair).

6. AOB
None. Next meeting Tuesday 22 June, 1pm, Northgate.

Mary

Mary Walker
Head of SEND | Westmoor Council"""),
("On Wed, 28 Apr 2027 at 12:15, David Lowe <david.lowe@westmoor.gov.uk> wrote:",
"""Mary,

On 4, I'm going to have to say no for this term, sorry. The EP allocation is fully committed to statutory advice until July and I can't take time away from that with the timeliness position where it is. Can we revisit in September when the new trainee EPs start?

David"""),
("On Wed, 28 Apr 2027 at 21:47, Tom Evans <tom.evans@westmoorpcf.org.uk> wrote:",
"""Hi Mary,

On 6 - could we say Monday 24th? Our Facebook survey closes on Sunday 23rd and I'd rather give you everything in one go.

Tom"""),
("On Thu, 29 Apr 2027 at 08:31, Mary Walker <mary.walker@westmoor.gov.uk> wrote:",
"""David - understood. Let's take 4 off the list for now and revisit at the September meeting.

Tom - yes fine, Monday 24th.

Mary"""),
("On Thu, 29 Apr 2027 at 18:02, Priya Shah <priya.shah@westmoor.gov.uk> wrote:",
"""Mary,

On 5 - I can't make a funding decision on the extra Portage post before Schools Forum, as it's high needs block and Forum needs to see the pressure. Forum is 8 July. I'll confirm the decision on 8 July straight after Forum, if that's OK.

Priya"""),
]
top = """OK Priya, 8 July it is - thanks. Ruth, please update the log with the changes on this thread (4 removed, 5 and 6 new dates).

Mary"""

def plain_chain():
    text, prev_attr = "", ""
    for attr, body in msgs:  # build nested quoting from the oldest
        quoted = "\n".join(("> " + l) if l else ">" for l in text.split("\n")) if text else ""
        text = body + ("\n\n" + prev_attr + "\n" + quoted if text else "")
        prev_attr = attr
        globals()["prev_attr"] = attr
    quoted = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    return top + "\n\n" + prev_attr + "\n" + quoted + "\n"

def html_chain():
    inner = ""
    prev = None
    for attr, body in msgs:
        b = "<div dir=\"ltr\">" + "<br>".join(html.escape(l) for l in body.split("\n")) + "</div>"
        if inner:
            b += f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(prev)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>'
        inner, prev = b, attr
    t = "<div dir=\"ltr\">" + "<br>".join(html.escape(l) for l in top.split("\n")) + "</div>"
    return (f'<div dir="ltr">{t}<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(prev)}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div></div>\n')

B = "000000000000a3c7e905f1d2b8e4"
msg = f"""MIME-Version: 1.0
Date: Fri, 30 Apr 2027 09:10:33 +0100
References: <CAEYsend0427notes@mail.gmail.com> <CAdl0428no@mail.gmail.com> <CAte0428fb@mail.gmail.com> <CAmw0429ok@mail.gmail.com> <CAps0429forum@mail.gmail.com>
In-Reply-To: <CAps0429forum@mail.gmail.com>
Message-ID: <CAmw0430julyok@mail.gmail.com>
Subject: Re: Early Years SEND workstream 27/4 - notes and actions
From: Mary Walker <mary.walker@westmoor.gov.uk>
To: Priya Shah <priya.shah@westmoor.gov.uk>
Cc: Grace Adeyemi <grace.adeyemi@wchs.nhs.uk>, Helen Brooks <hbrooks@riverside.westmoor.sch.uk>,
	David Lowe <david.lowe@westmoor.gov.uk>, Liam Porter <liam.porter@westmoor.gov.uk>,
	Tom Evans <tom.evans@westmoorpcf.org.uk>, Fiona Marsh <fiona.marsh@westmoor.gov.uk>,
	Sunita Rai <sunita.rai@westmoor.gov.uk>, Ruth Hill <ruth.hill@westmoor.gov.uk>
Content-Type: multipart/alternative; boundary="{B}"

--{B}
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

{plain_chain()}
--{B}
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

{html_chain()}
--{B}--
"""
write_doc(STEM + ".eml", crlf(msg))

style = ("A Gmail multipart/alternative .eml (plain part with nested '>' quoting five levels deep, HTML part with nested gmail_quote blockquotes): Mary Walker's "
 "30 April one-liner on top, then Priya's, Mary's, Tom's and David's replies, and at the bottom Mary's notes of the Early Years SEND workstream on Tuesday "
 "27 April 2027. Action numbers in the notes are not in item order. Traps: action 4 (David's EP consultation slots) is declined by David and Mary takes it "
 "off the list to revisit in September - not labelled; action 5's date moves from the next meeting (22 June) to Schools Forum day, 8 July; action 6 moves to "
 "Monday 24th; the Portage specification was circulated in the meeting chat (done); Fiona's EYIF guidance rewrite is the Early Years and Childcare team's "
 "plan; EY SENCo network representation is a decision and the invitation already sent; Schools Forum is another body. Dates: action 1 'by 14 May' = Friday "
 "14 May 2027; action 2 'before May half term' (w/c 31 May) = Friday 28 May 2027; action 3 Friday 7 May 2027; action 5 Priya 'I'll confirm the decision on "
 "8 July' / 'OK Priya, 8 July it is' = 2027-07-08; action 6 Tom 'Monday 24th' / 'yes fine' = 2027-05-24.")
write_labels(STEM, "2027-04-27", style, [
 ("Grace to confirm SALT drop-in sessions", "Grace", "Grace Adeyemi", "2027-05-14"),
 ("Liam to produce EYIF uptake by setting", "Liam", "Liam Porter", "2027-05-28"),
 ("Helen to share the Riverside reception transition checklist", "Helen", "Helen Brooks", "2027-05-07"),
 ("make a decision on funding the extra Portage post", "Priya", "Priya Shah", "2027-07-08"),
 ("gather parent experiences of reception transition", "Tom", "Tom Evans", "2027-05-24"),
])
