import sys; sys.path.insert(0, "/tmp/b96/src")
from common import write

TEXT = """
From: Walker, Mary <Mary.Walker@westmoor.gov.uk>
Sent: 02 August 2027 09:14
To: Price, Anne <anne.price@westmoorsendpartnership.org.uk>; Evans, Tom <tom.evans@westmoorpcf.org.uk>; Adeyemi, Grace <grace.adeyemi2@nhs.net>; Okafor, Yusuf <yusuf.okafor@nhs.net>; Porter, Liam <Liam.Porter@westmoor.gov.uk>; Shah, Priya <Priya.Shah@westmoor.gov.uk>
Cc: Hill, Ruth <Ruth.Hill@westmoor.gov.uk>; Lang, Kerry <kerry.lang@westmoorpcf.org.uk>
Subject: RE: SEND strategy workshop 29/07 - actions and next steps

Hi all,

Thank you all for giving up most of Thursday for the strategy workshop – I know it was a long day in a hot room! Ruth sent the flipchart notes round on Friday so I won't repeat them here, but I wanted to pin down who is doing what so we can get the draft to Cabinet in the autumn.

Actions as I have them:

1. MW – revised draft of the SEND strategy to everyone by Friday 20 August.
2. Tom – could you and Kerry pull together the parents' comments on priority 3 (preparing for adulthood) by the end of August? Thank you for offering.
3. Grace has kindly agreed to rewrite the therapies section so it reads less like a service spec. No rush on this – whenever you can.
4. Liam, please can you check the EHCP numbers in the appendix against the SEN2 return before the next meeting?
5. Yusuf to confirm whether the strategy needs to go to the ICB Board as well as Cabinet – by 13 Aug if poss please, as that affects the whole timeline.
6. Jo Barker in our comms team will design the easy read and young people's versions once the text is settled.

On Tom's other points below:
- launch event at the library – I'd like to park this until we know the Cabinet date.
- glossary – yes, good idea, I've already added one at the back of the draft.
- co-production statement – as agreed on Thursday we will adopt the forum's charter wording as it is.

Priya mentioned that the Schools Forum will look at the high needs element at their own meeting in October – that's their process, not ours, but worth knowing.

The next Board is Thursday 9 September, 2pm, Civic Centre – the strategy will be the main item.

Many thanks
Mary

Mary Walker
Head of SEND | Education and Inclusion
Westmoor Council | Civic Centre | Westmoor WM1 2AB
Tel: 01632 960 211 | Mob: 07700 900 316
Working days Mon–Thu

This email and any attachments are intended only for the addressee and may contain confidential or privileged information. If you have received it in error please notify the sender and delete it. Westmoor Council may monitor emails for lawful business purposes.

From: Evans, Tom <tom.evans@westmoorpcf.org.uk>
Sent: 30 July 2027 16:42
To: Walker, Mary <Mary.Walker@westmoor.gov.uk>
Cc: Price, Anne <anne.price@westmoorsendpartnership.org.uk>; Lang, Kerry <kerry.lang@westmoorpcf.org.uk>
Subject: SEND strategy workshop 29/07 - actions and next steps

Hi Mary

Thanks for yesterday, really useful and parents on the day felt listened to. A few thoughts from the forum side before you write things up:

- Parents at our coffee morning last week felt priority 3 (PfA) was thin. I'm happy to pull parents' comments together with Kerry if that helps.
- Could we launch the strategy with an event at the central library? Families like it there and it's free.
- Some of the language is quite jargon-y – a glossary would help a lot.
- We'd really like the co-production statement to use the wording from our charter rather than a new version.

Speak soon
Tom

Tom Evans
Co-chair, Westmoor Parent Carer Forum
www.westmoorpcf.org.uk
Sent from my iPhone
"""

STYLE = ("Held-out batch ninetysixth. An Outlook reply from Mary Walker (Head of SEND) on Monday 2 August 2027 setting out the actions from the "
 "SEND strategy workshop on Thursday 29 July 2027, pasted as text with From/Sent/To/Cc/Subject lines, signature, disclaimer and Tom Evans's "
 "earlier email quoted below it. Labelling: meeting_date is the workshop; Tom's offer in the quoted email becomes action 2 (labelled once, "
 "on Mary's line, owner 'Tom', with Kerry as helper); Jo Barker (comms) is outside people.json. Traps: Ruth already sent the flipchart notes; "
 "the library launch event is parked; the glossary is already added; adopting the charter wording is a decision; the Schools Forum's October "
 "meeting is another body's process; Tom's quoted bullets are suggestions, not tasks. Dates: MW 'Friday 20 August' = 2027-08-20; Tom "
 "'end of August' = Tuesday 31 August 2027 (not the bank holiday Monday 30th); Grace 'whenever you can' = null; Liam 'before the next meeting' = "
 "next meeting (Board on Thursday 9 September); Yusuf 'by 13 Aug' = Friday 13 August 2027; Jo Barker 'once the text is settled' = null.")

ACTIONS = [
 ("revised draft of the SEND strategy to everyone", "MW", "Mary Walker", "2027-08-20"),
 ("pull together the parents' comments on priority 3", "Tom", "Tom Evans", "2027-08-31"),
 ("agreed to rewrite the therapies section", "Grace", "Grace Adeyemi", None),
 ("check the EHCP numbers in the appendix", "Liam", "Liam Porter", "next meeting"),
 ("strategy needs to go to the ICB Board", "Yusuf", "Yusuf Okafor", "2027-08-13"),
 ("design the easy read and young people's versions", "Jo Barker", None, None),
]
write("698_ninetysixth_outlook_email_actions", TEXT, "2027-07-29", STYLE, ACTIONS)
