# Writes a Gmail "Print all" printout that was saved to PDF from Chrome and then copied to text:
# the browser's header (date/time + tab title) and footer (URL + page x/y) repeat on every page
# and cut through the messages.
import textwrap
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent / "553_seventyfifth_gmail_print_all_saved_as_text_page_headers_repeat.txt"

TOM = "Tom Evans <westmoorpcf.tom@gmail.com>"
SUBJ = "Annual reviews workshop - debrief + who's doing what"
ALL = ("Claire Dunmore <claire.dunmore@westmoorsendiass.org.uk>, Kerry Lang <kerry.westmoorpcf@gmail.com>, "
       "Priya Mistry <priyamistry82@hotmail.co.uk>, Sarah Khan <Sarah.Khan@westmoor.gov.uk>, "
       "David Lowe <David.Lowe@westmoor.gov.uk>")

def para(s, w=96):
    out = []
    for p in s.strip("\n").split("\n"):
        out += textwrap.wrap(p, w) if p.strip() else [""]
    return out

def head(sender, when, to, cc=None):
    pad = 100 - len(sender) - len(when)
    lines = [sender + " " * max(pad, 2) + when]
    lines += para("To: " + to)
    if cc:
        lines += para("Cc: " + cc)
    return lines + [""]

original = """Hi all,

Thanks for staying on after the workshop tonight, I know it was late and Sarah had to get the room locked up. 23 parents came, which is our best ever for an evening session!!

Quick note of what we said so it doesn't get lost:

The big themes were paperwork arriving too late (loads of parents getting the school's report the night before or on the day), not knowing what happens after the meeting and who writes to them, and the 4 week timescale for the LA's decision that nobody seems to know about.

Who's doing what:
- Claire to update the SENDIASS 'annual reviews explained' page with tonight's Q&A - by the end of March
- I'll write to Mary Walker about the 2 weeks paperwork rule not being followed, with examples (anonymised)
- Kerry to collate the anonymous examples from the post-its and the Zoom chat - before Easter please, so I can use them in the letter
- David said the EPs could do a short piece for the newsletter on what a good annual review looks like
- Priya offered to translate the flyer for the next one into Urdu and Punjabi
- Sarah, can you find us a room for the next one? The library worked well.

We didn't fix a date for the next one - late April maybe?

Tom
PCF co-chair (volunteer - I do this in the evenings so bear with me!)
Westmoor Parent Carer Forum | www.westmoorpcf.org.uk"""

body = []
body += ["Gmail" + " " * 58 + TOM, "", "", SUBJ, "7 messages", ""]

body += head(TOM, "11 March 2027 at 21:40", ALL)
body += para(original) + [""]

body += head("Claire Dunmore <claire.dunmore@westmoorsendiass.org.uk>", "12 March 2027 at 08:55", TOM,
             "Kerry Lang <kerry.westmoorpcf@gmail.com>, Priya Mistry <priyamistry82@hotmail.co.uk>, Sarah Khan <Sarah.Khan@westmoor.gov.uk>, David Lowe <David.Lowe@westmoor.gov.uk>")
body += para("""Thanks Tom, and thanks for inviting us - it was a great evening.

Happy to do the web page, but realistically it won't be done before Easter with the team as stretched as it is. Can we say Friday 16 April? It also has to go through our comms sign-off before it goes live.

Claire
[Quoted text hidden]
--
Claire Dunmore | SENDIASS Service Manager
Westmoor SEND Information, Advice and Support Service
Impartial, confidential and free. Helpline 01632 960 555 (Mon-Fri 9.30am-2.30pm)
Westmoor SENDIASS is an arm's length service. The views in this email are those of the sender and not of Westmoor Council. If you have received this email in error please delete it and let us know.""") + [""]

body += head("David Lowe <David.Lowe@westmoor.gov.uk>", "12 March 2027 at 12:31", TOM,
             "Claire Dunmore <claire.dunmore@westmoorsendiass.org.uk>, Kerry Lang <kerry.westmoorpcf@gmail.com>, Priya Mistry <priyamistry82@hotmail.co.uk>, Sarah Khan <Sarah.Khan@westmoor.gov.uk>")
body += para("""Hi Tom

Just to be clear (and sorry to be a pedant!) - what I said was that I'd ask the team, not that we'd do it. I'll raise it at the EP team meeting on the 23rd and come back to you after that.

Great evening though, the parents were brilliant.

David

David Lowe
Principal Educational Psychologist
Westmoor Educational Psychology Service | Westmoor Council
Working days: Monday - Thursday

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Westmoor Council may monitor email traffic data and content.

From: Tom Evans <westmoorpcf.tom@gmail.com>
Sent: 11 March 2027 21:40
To: Claire Dunmore <claire.dunmore@westmoorsendiass.org.uk>; Kerry Lang <kerry.westmoorpcf@gmail.com>; Priya Mistry <priyamistry82@hotmail.co.uk>; Sarah Khan <Sarah.Khan@westmoor.gov.uk>; David Lowe <David.Lowe@westmoor.gov.uk>
Subject: Annual reviews workshop - debrief + who's doing what

CAUTION: This email originated from outside of the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe.
""") + para(original) + [""]

body += head("Priya Mistry <priyamistry82@hotmail.co.uk>", "12 March 2027 at 13:05", TOM,
             "Claire Dunmore <claire.dunmore@westmoorsendiass.org.uk>, Kerry Lang <kerry.westmoorpcf@gmail.com>, Sarah Khan <Sarah.Khan@westmoor.gov.uk>, David Lowe <David.Lowe@westmoor.gov.uk>")
body += para("""Yes happy to do the Urdu version of the flyer. I don't read Punjabi well enough though, does anyone know someone?

Sent from my iPhone

[Quoted text hidden]""") + [""]

body += head("Sarah Khan <Sarah.Khan@westmoor.gov.uk>", "12 March 2027 at 15:47", TOM,
             "Claire Dunmore <claire.dunmore@westmoorsendiass.org.uk>, Kerry Lang <kerry.westmoorpcf@gmail.com>, Priya Mistry <priyamistry82@hotmail.co.uk>, David Lowe <David.Lowe@westmoor.gov.uk>")
body += para("""Hi Tom

The library is booked for Wednesday 28 April, 6-8pm - I've already done it, confirmation attached. I'll also get it onto the Local Offer events page by the end of the month.

Could you send me the attendance numbers from last night by Monday please? I need them for my quarterly participation return.

Thanks
Sarah

Sarah Khan
Participation Officer | Children's Services | Westmoor Council
Tel: 01632 960 342

Westmoor Council - Working for a fairer Westmoor. This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete the email.
[Quoted text hidden]
1 attachment
Library booking confirmation 28.04.27.pdf
62K""") + [""]

body += head("Kerry Lang <kerry.westmoorpcf@gmail.com>", "12 March 2027 at 20:14", TOM,
             "Claire Dunmore <claire.dunmore@westmoorsendiass.org.uk>, Priya Mistry <priyamistry82@hotmail.co.uk>, Sarah Khan <Sarah.Khan@westmoor.gov.uk>, David Lowe <David.Lowe@westmoor.gov.uk>")
body += para("""Thanks all 👍

Kerry x
[Quoted text hidden]""") + [""]

body += head(TOM, "13 March 2027 at 09:20", "Sarah Khan <Sarah.Khan@westmoor.gov.uk>",
             "Claire Dunmore <claire.dunmore@westmoorsendiass.org.uk>, Kerry Lang <kerry.westmoorpcf@gmail.com>, Priya Mistry <priyamistry82@hotmail.co.uk>, David Lowe <David.Lowe@westmoor.gov.uk>")
body += para("""Brilliant, thanks everyone. Claire - 16 April is absolutely fine. David - fair enough, I was getting carried away!

Sarah - numbers are 23 parents/carers and 4 professionals (plus you and me). Sorry I can't find the sign-in sheet, Kerry has it I think.

I'll get the letter to Mary done by the end of next week once Kerry's examples are in.

Tom
[Quoted text hidden]""")

# paginate like Chrome's print-to-PDF copied as text
PER = 54
hdr = "13/03/2027, 09:41" + " " * 30 + "Gmail - " + SUBJ
url = "https://mail.google.com/mail/u/0/?ik=8c2f1e7a90&view=pt&search=all&permthid=thread-a:r-4418027735190461283&simpl=msg-a:r-4418..."
pages = [body[i:i + PER] for i in range(0, len(body), PER)]
out = []
for n, pg in enumerate(pages, 1):
    out.append(hdr)
    out += pg
    out.append(url + " " * 4 + f"{n}/{len(pages)}")
    out.append("\f" if n < len(pages) else "")
OUT.write_text("\n".join(out).replace("\n\f\n", "\n\f"), encoding="utf-8")
print(OUT, len(pages), "pages")
