"""619: Gmail 'Print all' conversation pasted as plain text; inline '>' replies from parent volunteers."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "619_eightyfifth_gmail_champions_inline_replies"

doc = """Gmail\tTom Evans <tom.evans.pcf@gmail.com>

Champions network 8th June - actions (please check!)
7 messages

Tom Evans <tom.evans.pcf@gmail.com>\tWed, 9 Jun 2027 at 21:47
To: Kerry Lang <kerrylang76@gmail.com>, Priya Mistry <priya.m.westmoorpcf@gmail.com>, Helen Brooks <hbrooks@riverside.westmoor.sch.uk>, "Khan, Sarah" <Sarah.Khan@westmoor.gov.uk>
Cc: Westmoor PCF <hello@westmoorpcf.org.uk>
Bcc: champions list

Hi all

Thanks so much everyone for coming last night (and for the lemon drizzle Priya!!). Really good turnout, 14 of us in the end incl. 3 new Champions.

Here's what I scribbled down, shout if I've got anything wrong:

- Kerry to run the coffee morning at Oakfield Children's Centre on 24 June
- me to chase the council about the annual review letters going out late - I'll email Mary W this week
- Priya M to put together a 1 page 'what is a Champion' leaflet for the Local Offer - by end of June
- Sarah (participation) to send us the dates for the young people's forum
- Helen said she'd ask the SENCo network if any schools want to host a Champions drop in - by half term? (think she meant Oct half term)
- everyone to share the short breaks survey link on their school WhatsApp groups
- Claire from SENDIASS offered to do a session for us on tribunals in September - we'll confirm a date with her
- Tom (me!) to do the write up for the PCF newsletter by Friday

Next meeting Tuesday 13 July, 7pm, on Teams (link to follow).

Tom x

--
Tom Evans
Co-chair, Westmoor Parent Carer Forum
www.westmoorpcf.org.uk | Facebook: Westmoor PCF
Westmoor Parent Carer Forum is a registered charity no. 1187654

Kerry Lang <kerrylang76@gmail.com>\tWed, 9 Jun 2027 at 22:31
To: Tom Evans <tom.evans.pcf@gmail.com>
Cc: Priya Mistry <priya.m.westmoorpcf@gmail.com>, Helen Brooks <hbrooks@riverside.westmoor.sch.uk>, "Khan, Sarah" <Sarah.Khan@westmoor.gov.uk>, Westmoor PCF <hello@westmoorpcf.org.uk>

Argh sorry Tom, replies in your email below

On Wed, 9 Jun 2027 at 21:47, Tom Evans <tom.evans.pcf@gmail.com> wrote:
> Hi all
>
> Thanks so much everyone for coming last night (and for the lemon drizzle Priya!!). Really good turnout, 14 of us in the end incl. 3 new Champions.
>
> Here's what I scribbled down, shout if I've got anything wrong:
>
> - Kerry to run the coffee morning at Oakfield Children's Centre on 24 June

Just realised 24th is Alfie's appointment at Sheffield Children's so I can't do it :( Could someone else take it? Priya?? The room is booked and paid for.

> - everyone to share the short breaks survey link on their school WhatsApp groups

Done on mine x

Kerry
[Quoted text hidden]

Priya Mistry <priya.m.westmoorpcf@gmail.com>\tThu, 10 Jun 2027 at 07:58
To: Kerry Lang <kerrylang76@gmail.com>
Cc: Tom Evans <tom.evans.pcf@gmail.com>, Helen Brooks <hbrooks@riverside.westmoor.sch.uk>, "Khan, Sarah" <Sarah.Khan@westmoor.gov.uk>, Westmoor PCF <hello@westmoorpcf.org.uk>

Yes I can do the 24th, no problem. Kerry can you send me the booking details and the key code? Hope all goes ok for Alfie xx

Also had a thought - could we do a Facebook live about EHCPs? Loads of the new parents were asking about them.

Priya

Sent from my Galaxy
[Quoted text hidden]

"Khan, Sarah" <Sarah.Khan@westmoor.gov.uk>\tThu, 10 Jun 2027 at 09:12
To: Tom Evans <tom.evans.pcf@gmail.com>
Cc: Kerry Lang <kerrylang76@gmail.com>, Priya Mistry <priya.m.westmoorpcf@gmail.com>, Helen Brooks <hbrooks@riverside.westmoor.sch.uk>, Westmoor PCF <hello@westmoorpcf.org.uk>

Hi Tom,

Just a quick one on the short breaks survey - it actually closed on Friday (4 June) so please don't share the link any more, it'll just go to a closed form. Results should be out in July.

I'll get the young people's forum dates to you, I'm just waiting for the venue to confirm.

Thanks

Sarah

Sarah Khan (she/her)
Participation Officer - SEND | Westmoor Council
[Quoted text hidden]

Helen Brooks <hbrooks@riverside.westmoor.sch.uk>\tThu, 10 Jun 2027 at 16:40
To: Tom Evans <tom.evans.pcf@gmail.com>
Cc: Kerry Lang <kerrylang76@gmail.com>, Priya Mistry <priya.m.westmoorpcf@gmail.com>, "Khan, Sarah" <Sarah.Khan@westmoor.gov.uk>, Westmoor PCF <hello@westmoorpcf.org.uk>

Hi Tom, one below

On Wed, 9 Jun 2027 at 21:47, Tom Evans <tom.evans.pcf@gmail.com> wrote:
> - Helen said she'd ask the SENCo network if any schools want to host a Champions drop in - by half term? (think she meant Oct half term)

Ha no - much sooner than that! The next SENCo network meeting is Thursday 1 July so I'll ask them then and report back on the 13th.

Helen

Mrs H Brooks | SENCo | Riverside Primary School
[Quoted text hidden]

Kerry Lang <kerrylang76@gmail.com>\tThu, 10 Jun 2027 at 19:05
To: Priya Mistry <priya.m.westmoorpcf@gmail.com>
Cc: Tom Evans <tom.evans.pcf@gmail.com>, Helen Brooks <hbrooks@riverside.westmoor.sch.uk>, "Khan, Sarah" <Sarah.Khan@westmoor.gov.uk>, Westmoor PCF <hello@westmoorpcf.org.uk>

Thank you Priya you're a star!! Booking confirmation and key code sent to you on WhatsApp x

[Quoted text hidden]

Tom Evans <tom.evans.pcf@gmail.com>\tFri, 11 Jun 2027 at 12:26
To: Kerry Lang <kerrylang76@gmail.com>, Priya Mistry <priya.m.westmoorpcf@gmail.com>, Helen Brooks <hbrooks@riverside.westmoor.sch.uk>, "Khan, Sarah" <Sarah.Khan@westmoor.gov.uk>
Cc: Westmoor PCF <hello@westmoorpcf.org.uk>

Thanks all, brilliant. So to sum up the changes:

Priya's doing the Oakfield coffee morning on the 24th instead of Kerry - thank you both.

Survey link - ignore, it's closed (thanks Sarah).

Annual review letters - I spoke to Mary at the Board on Wednesday and she'd already picked it up with the EHC team, letters are going out this week, so that's off my list.

Claire's emailed back and she can do the tribunals session on Tuesday 14 September at the library, 10-12. She'll do the slides, we just need to advertise it nearer the time.

Facebook live - love the idea Priya but let's talk about it properly on the 13th before anyone commits to anything, it's a lot of work and we'd need SENDIASS on board.

Newsletter write up is nearly done, will be with the PCF office tonight.

Tom x
[Quoted text hidden]
"""

(OUT / f"{STEM}.txt").write_text(doc, encoding="utf-8")

labels = {
    "meeting_date": "2027-06-08",
    "style": (
        "Held-out batch eightyfifth. A Gmail 'Print all' conversation pasted as plain text (Gmail header line, 7 messages each with "
        "sender, date, To/Cc, inline '>' replies under 'On ... wrote:', '[Quoted text hidden]') written by parent volunteers after the "
        "Network of SEND Champions meeting on Tuesday 8 June 2027 (Tom's 'last night' on Wed 9 June). Tom's bullet recap lists eight "
        "items; replies change them by name and topic. Labelling: Kerry cannot do the Oakfield coffee morning and Priya takes it ('Yes I "
        "can do the 24th'), so the owner is Priya (Priya Mistry), due Thursday 24 June; Kerry sending Priya the booking details is done the "
        "same day (not labelled); Tom's chase of the annual review letters is reported already handled by Mary ('off my list', not "
        "labelled); Priya M's leaflet 'by end of June' = 30 June; Sarah (participation) = Sarah Khan, forum dates with no date (null); "
        "Helen's SENCo network ask is corrected from Tom's guess of October half term to the network meeting on Thursday 1 July; the "
        "short breaks survey sharing is cancelled because the survey closed (not labelled); Claire (SENDIASS, Claire Dunmore) is confirmed "
        "for the tribunals session on Tuesday 14 September; Priya's Facebook live idea is explicitly parked for the next meeting (not an "
        "action); the 'advertise it nearer the time' remark has no owner (not labelled). Tom's own newsletter write-up 'by Friday' = Friday "
        "11 June 2027; his last message says it is nearly done, not done, so it stays on the tracker."),
    "held_out": True,
    "actions": [
        {"key": "run the coffee morning at Oakfield Children's Centre", "owner": "Priya", "person": "Priya Mistry", "due": "2027-06-24"},
        {"key": "1 page 'what is a Champion' leaflet", "owner": "Priya M", "person": "Priya Mistry", "due": "2027-06-30"},
        {"key": "send us the dates for the young people's forum", "owner": "Sarah (participation)", "person": "Sarah Khan", "due": None},
        {"key": "ask the SENCo network if any schools want", "owner": "Helen", "person": "Helen Brooks", "due": "2027-07-01"},
        {"key": "offered to do a session for us on tribunals", "owner": "Claire from SENDIASS", "person": "Claire Dunmore", "due": "2027-09-14"},
        {"key": "do the write up for the PCF newsletter", "owner": "Tom (me!)", "person": "Tom Evans", "due": "2027-06-11"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
