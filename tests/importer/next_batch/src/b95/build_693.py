from email.message import EmailMessage
from email.utils import format_datetime
import datetime as dt

body = """Hi Kerry,

Thanks for this, and for organising Friday - really useful and the
biscuits were appreciated.

Just to correct one thing - the annual review letters are mine rather
than Priya's, so I'll look into why the annual review letters go out late
and report back at the June coffee morning (Fri 11 June). Priya and I
have spoken and she's fine with that.

The link to the new SEN Support guidance is here:
https://www.westmoor.gov.uk/send/sen-support-guidance-2027
Please do share it as widely as you like.

I've also asked Liam to send you the tribunal figures parents were
asking about - Liam, could you do that by the end of next week please?
Just the headline numbers for 2026 is fine, nothing identifiable.

Best wishes,
James

James Whitfield
Assistant Director, SEND and Inclusion
Westmoor Council

On Mon, 17 May 2027 at 16:42, Kerry Lang <kerry.lang@westmoorpcf.org.uk> wrote:
> Hi all,
>
> Thank you so much to everyone who came to Friday's Coffee & Questions
> at the Riverside hall (14th). 23 parents signed in which is our
> biggest yet! Special thanks to Priya Shah and James Whitfield for
> giving up their morning and staying past 12. Mary Walker sent her
> apologies.
>
> My quick write-up - shout if I've got anything wrong:
>
> * Annual review letters going out late / after the meeting - Priya
> said she would look into why and let us know next time.
>
> * Home to school transport appeals - James explained that stage 1
> appeals should be answered in 20 working days and stage 2 goes to
> a panel. Several parents said theirs took much longer. James
> said to email him directly with any over 20 days.
>
> * SEN Support - there's new guidance for schools. James agreed to
> send the link so I can share it on the Facebook page.
>
> * Inclusion bases - parents asked where the new ones will be.
> Priya S will bring the new inclusion base locations to the June
> session once Cabinet has agreed them.
>
> * Evening sessions - a few working parents asked if we could do one
> in the evening. Priya said not this term, maybe autumn. We'll
> think about it.
>
> * Parents' guide to EHCPs - Priya M offered to set up a small group
> of parents to read the draft parents' guide. Priya S said yes please!
>
> * Claire from SENDIASS reminded us they do drop-ins every Wednesday
> 10-12 at the library, no need to book.
>
> We ran out of time for three questions (speech therapy in
> secondary, dinner time support, and EOTAS).
> Tom will write up the three questions and send them to Priya S by
> Friday 28th.
>
> I'll put the dates for the next three coffee mornings on the
> Facebook page this week. June is Friday 11th, same place.
>
> Thanks again everyone,
> Kerry
>
> Kerry Lang
> Parent Champion, Westmoor Parent Carer Forum
> "Nothing about us without us"
"""

m = EmailMessage()
m["From"] = "James Whitfield <james.whitfield@westmoor.gov.uk>"
m["To"] = "Kerry Lang <kerry.lang@westmoorpcf.org.uk>"
m["Cc"] = ("Priya Shah <priya.shah@westmoor.gov.uk>, Liam Porter <liam.porter@westmoor.gov.uk>, "
           "Tom Evans <tom.evans@westmoorpcf.org.uk>, Priya Mistry <priyam.pcf@gmail.com>")
m["Subject"] = "RE: Coffee & Questions - Friday 14th May - write-up"
m["Date"] = format_datetime(dt.datetime(2027, 5, 18, 9, 7, tzinfo=dt.timezone(dt.timedelta(hours=1))))
m["Message-ID"] = "<a91f3c2e7d.20270518090712@westmoor.gov.uk>"
m["In-Reply-To"] = "<CAK7xq=Pc3r0@mail.gmail.com>"
m["References"] = "<CAK7xq=Pc3r0@mail.gmail.com>"
m["Thread-Topic"] = "Coffee & Questions - Friday 14th May - write-up"
m.set_content(body, charset="us-ascii", cte="7bit")
open("/tmp/b95/693_ninetyfifth_coffee_morning_leaders_email.eml", "wb").write(bytes(m))
