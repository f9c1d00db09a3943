"""444: volunteer champion's long-paragraph write-up emailed to the network, with the coordinator's correcting reply on top."""
from common import OUT, write_labels
from email.message import EmailMessage
from email.utils import make_msgid

STEM = "444_sixtieth_champions_volunteer_longhand_writeup_reply_corrects_owner"

bev = """Hi everyone,

As promised here is my write up of last night's champions meeting at the Family Hub on Carter Street. Sorry it has taken me all day and sorry it's so long, I'm not a minute taker as you all know, so I've just written it down how it happened and you can skip to the bits you need! There were eleven of us in the room plus three on the laptop (the sound was awful for them, we need a proper speaker, though Sarah says that's one for the hub manager and not for us). Apologies came from Denise, Marcus and Tom Evans, who messaged to say the PCF are planning their own big survey in November and would we help share it when it's ready, which of course we will.

Sarah Khan started off with the Local Offer bit and showed us the new search page on the big screen, which is a lot better than the old one although it still doesn't find anything if you type "ASD" instead of "autism", which a few of us pointed out and she wrote down. She said she would send round the slides before the end of the week so that those of us who do school gate chats can use the screenshots. She also said that the council has now fixed the broken links on the short breaks page, which a lot of us had been moaning about since the spring, so that one is finally sorted.

Kerry gave us an update on the posters. She had already taken them round all nine GP surgeries in the north locality, which was brilliant, and the practice manager at Hollins Lane has asked for more because parents keep taking them home. Then we talked about Year 11 parents not knowing where to start with college, and Kerry said she would put together a list of the college drop-ins and open evenings so we can hand it out, she thinks before half term but she said don't hold her to it. Everyone agreed that would be really useful, especially for the parents at the special schools who don't get the careers fair.

Claire Dunmore from SENDIASS came along to talk about the new leaflets, which are much shorter and in plain English and there is an easy read one too. We asked if we could have some for the library stall and Claire said she'd send us fifty of the new leaflets for the stall by Friday 8th October, to my address because I do the stall. She also explained that SENDIASS can't come to every coffee morning because there are only three of them, which is fair enough, and that their phone line is now open on Wednesday evenings until 7.

David Lowe the principal educational psychologist popped in for the last half hour, which was nice of him. Someone asked whether the EP service could come and do a talk for parents about anxiety and school avoidance, because honestly that is half of what we hear about at the moment. He was honest and said he couldn't promise anything because of their waiting list, but he will check with his team and let Sarah know by the 15th either way. He also mentioned that the council is writing a new attendance guidance for schools but that's a council thing and not something for us.

The transport group is really struggling for numbers, it was just me and Aisha last time. I said I'd ring round the champions who weren't there to see if any of them want to join the transport group, and I'll report back at the next meeting (date to be confirmed, Sarah thinks late November because the hub is booked up). We also agreed as a group that we will stop doing the Saturday stall at the market because hardly anyone comes past it in the winter, so that's decided, we'll look at it again in the spring.

Priya Mistry had loads of questions from parents at her school about the Year 9 reviews and what preparing for adulthood actually means in practice, like does it mean they have to leave school at 16 (it doesn't!). She is going to write them all up and send them to Owen by the end of next week so he can answer them properly and we can turn it into a little FAQ sheet.

Lastly the autism awareness training is on Friday 15th October at the Civic Centre, I think 9.30 till 12, and Sarah asked everyone to book on through Eventbrite by the 7th so she knows numbers for the room. Anne Price, who chairs the partnership board, said via Sarah that she'd love to come to one of our meetings in the new year to hear what we're picking up, which everyone thought was a great idea.

That's it I think! Shout if I've got anything wrong, I was writing it on my knee.

Bev x
(Champion, Westbrook & Hollins Lane)"""

sarah = """Thanks so much Bev, this is brilliant and much more readable than my notes!

Two small corrections, just so nobody is chasing the wrong person: it's Owen (Owen Reid, our Preparing for Adulthood lead) who is pulling together the list of college drop-ins, not Kerry. Kerry offered but Owen already has most of it from the colleges. Same timescale, before half term. And the autism awareness training is Thursday 14 October, not Friday 15th, same time and place, so please book for the 14th.

Slides from the Local Offer session are attached as promised.

Best wishes
Sarah

Sarah Khan
Participation Officer | Westmoor Council
Working days Mon-Thu

"""

quoted = "\n".join("> " + l if l else ">" for l in bev.splitlines())
body = sarah + "\nOn Thu, 30 Sept 2027 at 22:47, Bev Collins <bev.collins72@gmail.com> wrote:\n" + quoted + "\n"

m = EmailMessage()
m["From"] = "Sarah Khan <sarah.khan@westmoor.gov.uk>"
m["To"] = "Westmoor SEND Champions <champions@lists.westmoorpcf.org.uk>"
m["Cc"] = "Bev Collins <bev.collins72@gmail.com>"
m["Subject"] = "RE: Champions meeting last night - my write up (long, sorry!)"
m["Date"] = "Fri, 01 Oct 2027 09:12:40 +0100"
m["Message-ID"] = "<AM9PR05MB7712A1C3E0@AM9PR05MB7712.eurprd05.prod.outlook.com>"
m["In-Reply-To"] = "<CAK8vR2x+Q0pL3u7@mail.gmail.com>"
m["References"] = "<CAK8vR2x+Q0pL3u7@mail.gmail.com>"
m["Thread-Topic"] = "Champions meeting last night - my write up (long, sorry!)"
m["X-MS-Has-Attach"] = "yes"
m.set_content(body, cte="8bit")
m.add_attachment(b"%PDF-1.4\n% placeholder slide export\n", maintype="application", subtype="pdf",
                 filename="Local Offer search - champions 29 Sept.pdf")
(OUT / f"{STEM}.eml").write_bytes(bytes(m))

write_labels(STEM, "2027-09-29",
    "An Outlook reply (quoted-printable, PDF attachment) from Sarah Khan, Participation Officer, to the champions mailing list on Friday "
    "1 October 2027, quoting underneath a volunteer champion's (Bev Collins, not in the partnership list) chatty write-up of the champions "
    "network meeting held 'last night' on Wednesday 29 September 2027, in long paragraphs with the commitments buried mid-sentence. "
    "The reply on top corrects an owner (the college drop-ins list is Owen's, not Kerry's) and a training date. Traps: Sarah's slides promise "
    "is fulfilled by the reply itself ('attached as promised'); Kerry's GP posters already delivered; broken short-breaks links already fixed; "
    "Tom Evans's apology carries the PCF's own November survey plan; the council's attendance guidance (another body's work); the group "
    "decision to stop the Saturday market stall; everyone booking the training by the 7th is a general request; Anne Price's wish to visit "
    "in the new year is not an agreed action; 'ASD' search feedback 'she wrote down' is not a commitment. Labels: Owen (Owen Reid) for the "
    "list of college drop-ins per the correction, 'before half term' resolved to Friday 22 October 2027, the last school day before October "
    "half term; Claire Dunmore's fifty leaflets by Friday 8th October; David Lowe to let Sarah know by the 15th = Friday 15 October; 'I' is "
    "Bev (not a listed person) ringing round before the next meeting, which is undated; Priya Mistry writing up the questions for Owen "
    "'by the end of next week' from the Wednesday meeting = Friday 8 October.",
    [("put together a list of the college drop-ins", "Owen", "Owen Reid", "2027-10-22"),
     ("send us fifty of the new leaflets", "Claire Dunmore", "Claire Dunmore", "2027-10-08"),
     ("he will check with his team and let", "David Lowe", "David Lowe", "2027-10-15"),
     ("ring round the champions who weren't there", "I", None, "next meeting"),
     ("going to write them all up and send", "Priya Mistry", "Priya Mistry", "2027-10-08")])
print("444 done")
