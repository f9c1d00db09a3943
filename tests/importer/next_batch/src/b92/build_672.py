"""Builds 672: alternative provision T&F notes sent round by the lead, with a reply-all quoting them (.eml)."""
import html
from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt

OUT = "/tmp/b92/672_ninetysecond_ap_tf_notes_email_reply.eml"

ORIG = """Hi all,

Thanks for coming yesterday, especially those who did the trip out to Hollins Lane. Quick notes below, not minutes, so please shout if I've got anything wrong.

AP task and finish group - Monday 8 November
Present: Sarah Kent (chair), Priya Shah, David Lowe, Liam Porter, Helen Brooks, Nadia Khan, Tom Evans, James Whitfield (for item 3), Andy Cole (Head, Hollins Lane PRU)
Apologies: Claire Dunmore, Mary Walker

1. Notes of 11 October - agreed. The AP directory is now live on the Local Offer (thanks Liam) so that one is closed. Tom's action on the parent leaflet is also done.

2. Quality framework
We went through the comments on draft 2. General view that the monitoring visit schedule is too light for unregistered settings. I'll circulate the draft AP quality framework v3 with the visit schedule tightened up by Fri 19th, so we can sign it off in December.
Nadia kindly offered Riverside as a venue for a future heads' visit if useful - noted with thanks, we'll see if we need it in the spring.

3. Unregistered AP
James joined for this. 14 pupils currently in unregistered provision, 6 of them full time. Everyone agreed this isn't acceptable long term. James W to take the unregistered AP issue to SLT and come back to us on what the council position will be.
The DfE is running its own AP specialist taskforce pilot in two neighbouring areas - not us this time, Andy just flagged it as one to watch.

4. Part-time timetables
Helen and Nadia both said part-time timetables are creeping up again in primary. We don't actually know the numbers. Liam to produce a list of all pupils on part-time timetables (with EHCP/SEN support flag) by the end of November.
Tom asked if the council could pay parents' mileage when they drive children to AP. Not agreed - it would need to go through transport policy, not this group. Tom said the PCF already raised it at the transport group in October anyway.

5. EP input
David L to confirm EP capacity for AP placements (assessment before placement, not after) for next meeting.

6. AOB
Reminder that schools remain responsible for pupils they place in AP - their safeguarding duty doesn't transfer.

Next meeting: Monday 13 December, 3.30pm, Hollins Lane PRU.

Thanks
Sarah

Sarah Kent
School Improvement Adviser
Westmoor Council | Education and Skills
"""

REPLY = """Thanks Sarah - good notes.

One correction to item 2: we did agree the six-weekly review of every AP placement, it was a decision not just a discussion, so can we record it as agreed please.

And on the funding question that came up at the end - I'll get the AP commissioning budget figures from finance before the next meeting so we know what we're working with.

Priya

Priya Shah
Director of Education
Westmoor Council
"""

quoted = "\n".join(("> " + l) if l else ">" for l in ORIG.splitlines())
plain = REPLY + "\nOn Tue, 9 Nov 2027 at 16:12, Sarah Kent <sarah.kent@westmoor.gov.example> wrote:\n" + quoted + "\n"

html_body = ("<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
             + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in REPLY.split("\n\n"))
             + "</div><div class=\"gmail_quote\"><p>On Tue, 9 Nov 2027 at 16:12, Sarah Kent &lt;sarah.kent@westmoor.gov.example&gt; wrote:</p>"
             + "<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
             + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in ORIG.split("\n\n"))
             + "</blockquote></div></body></html>")

m = EmailMessage()
m["From"] = "Priya Shah <priya.shah@westmoor.gov.example>"
m["To"] = "Sarah Kent <sarah.kent@westmoor.gov.example>"
m["Cc"] = ("David Lowe <david.lowe@westmoor.gov.example>, Liam Porter <liam.porter@westmoor.gov.example>, "
           "Helen Brooks <hbrooks@riverside.sch.example>, Nadia Khan <head@riverside.sch.example>, "
           "Tom Evans <tom@westmoorpcf.org.example>, James Whitfield <james.whitfield@westmoor.gov.example>, "
           "Andy Cole <head@hollinslane.sch.example>, Claire Dunmore <claire@westmoorsendiass.org.example>, "
           "Mary Walker <mary.walker@westmoor.gov.example>")
m["Subject"] = "RE: AP T&F group - notes from Monday"
m["Date"] = format_datetime(dt.datetime(2027, 11, 10, 8, 41, tzinfo=dt.timezone.utc))
m["Message-ID"] = "<CAP7x92.672.priya@westmoor.gov.example>"
m["In-Reply-To"] = "<CAP7x92.672.skent@westmoor.gov.example>"
m["References"] = "<CAP7x92.672.skent@westmoor.gov.example>"
m.set_content(plain, cte="8bit")
m.add_alternative(html_body, subtype="html", cte="8bit")
open(OUT, "w", encoding="utf-8").write(m.as_string())
print("wrote", OUT)
