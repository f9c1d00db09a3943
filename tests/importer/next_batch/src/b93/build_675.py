"""675: plain-text email, inline '>' replies to a 'meeting cancelled - actions by email' note."""
from email.message import EmailMessage
from email.policy import SMTP

OUT = "/tmp/b93/675_ninetythird_pfa_cancelled_meeting_inline_reply.eml"

orig = """Hi all

Apologies for the late notice but I'm cancelling this afternoon's PfA subgroup - with
the strike action at the college and three apologies already we wouldn't be quorate.
Rather than lose a month, here's what I was going to take us through. If nobody
objects by Friday I'll treat the actions below as agreed and put them on the log.

1. Last time's actions
- Local Offer PfA pages: now live, thanks to Sarah Khan. DONE.
- Supported internships mapping: Owen/college, done and circulated before Christmas.
- Health transition leaflet: still with Anita's team, they're expecting it back from
  print in February. Not ours - leaving it off the log.

2. Post-16 transport
The consultation on the post-16 transport policy opens in the spring. Mark W to share
the consultation dates with the group by 29 Jan so we can plan a parent session.

3. Year 9 transition checklist
Feedback from schools is that v1 is too long. I'll draft v2 of the Year 9 checklist
and send it round by 5 Feb. Kerry Lang to find two parents to test the checklist
before it goes to schools.

4. Year 11 parents
Claire to run a SENDIASS drop-in for Year 11 parents at Westmoor College on
Thursday 11 Feb, as discussed in November.

5. College open evening 27 January
Claire to attend the college open evening on the 27th with the SENDIASS stand.

6. NEET / not known figures
December figures attached - 4.1% NEET for young people with EHCPs, down from 5.3%.
For noting. For the next meeting can everyone bring your service's numbers of Year
11s with an EHCP who still don't have a confirmed post-16 place.

7. AOB
David Lowe has offered an EP slot at the March meeting on post-16 EP advice -
already pencilled into the draft agenda for March.

Next meeting: Tuesday 16 March, 1.30-3, Civic Centre (Room 4) and Teams.

Owen

Owen Reid
Preparing for Adulthood Lead | Westmoor Council
07700 900 318
"""

reply_top = """Hi Owen,

Sorry to hear about the cancellation. Comments inline below on the two that are mine.

"""

def q(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

blocks = orig.split("4. Year 11 parents\n")
before = blocks[0]
rest = "4. Year 11 parents\n" + blocks[1]
part4, rest2 = rest.split("5. College open evening 27 January\n")
part5, rest3 = ("5. College open evening 27 January\n" + rest2).split("6. NEET")
rest3 = "6. NEET" + rest3

body = (reply_top
        + "On Tue, 19 Jan 2027 at 11:02, Owen Reid <Owen.Reid@westmoor.gov.uk> wrote:\n"
        + q(before.rstrip("\n")) + "\n>\n"
        + q(part4.rstrip("\n")) + "\n\n"
        + "Happy to, but 11 Feb won't work - two of the team are on leave and we're already\n"
          "holding a waiting list. Can we say Thursday 4 March instead? I'll confirm the room\n"
          "with the college myself.\n\n"
        + q(part5.rstrip("\n")) + "\n\n"
        + "I can't do the 27th, I'm at the tribunal user group. Jo Barker (our caseworker for\n"
          "the north locality) will go instead and take the stand - I've already asked her.\n\n"
        + q(rest3.rstrip("\n")) + "\n\n"
        + "Everything else fine from us.\n\n"
        + "Claire\n\n-- \nClaire Dunmore\nService Manager, Westmoor SENDIASS\n"
          "Free, impartial and confidential information, advice and support\n"
          "0300 123 4567 | westmoorsendiass.org.uk\n")

m = EmailMessage(policy=SMTP)
m["From"] = "Claire Dunmore <c.dunmore@westmoorsendiass.org.uk>"
m["To"] = "Owen Reid <Owen.Reid@westmoor.gov.uk>"
m["Cc"] = ("PfA subgroup <pfa-subgroup@lists.westmoor.gov.uk>")
m["Subject"] = "Re: PfA subgroup this afternoon - CANCELLED, updates and actions by email"
m["Date"] = "Wed, 20 Jan 2027 09:47:30 +0000"
m["Message-ID"] = "<5e1c0a77-2b9d-4d1e-9a40-3f1c2d8e1b02@westmoorsendiass.org.uk>"
m["In-Reply-To"] = "<CAJ8vQ0u+7pfa-cancel@westmoor.gov.uk>"
m["User-Agent"] = "Mozilla Thunderbird"
m.set_content(body, cte="8bit")
open(OUT, "wb").write(bytes(m))
