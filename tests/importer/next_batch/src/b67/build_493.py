"""Builds 493: Android WhatsApp group export (.txt) after a PCF steering group meeting."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
chat = """11/03/2027, 17:31 - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.
11/03/2027, 17:31 - Tom Evans created group "PCF Steering Grp 🧩"
11/03/2027, 17:32 - Tom Evans added Kerry PCF, Priya Mistry, Dev Treasurer, +44 7700 900812
11/03/2027, 17:33 - Tom Evans: New group as the old one had 40 people in it 🙈 this one is just steering grp
11/03/2027, 17:34 - Tom Evans: Reminder 7pm at the Hub tonight, doors open quarter to. Biscuits needed!!
11/03/2027, 18:40 - Priya Mistry: running 10 mins late sorry, bus
11/03/2027, 18:41 - Kerry PCF: <Media omitted>
11/03/2027, 18:41 - Kerry PCF: This message was deleted
11/03/2027, 18:42 - Kerry PCF: wrong group sorry 😂
11/03/2027, 21:47 - Tom Evans: Thanks all for tonight, good one. Action pts as I scribbled them, shout if I've got any wrong:
1. Coffee morning Weds 24th - Kerry to book the hall and sort refreshments
2. Priya M to do the SENDIASS flyer for the coffee morning
3. Me to ask Mary Walker for someone from the EHCP team to come along on the 24th
4. Parent survey - Jo to post on the FB page once Ruth sends final link
5. Treasurer report for the AGM - Dev, end of month
6. Council consultation on short breaks eligibility, deadline is the 19th. I'll draft and get it round by Sat, everyone comment by Tues pls

That's it I think. Night all x
11/03/2027, 21:49 - Kerry PCF: 👍
11/03/2027, 21:52 - Priya Mistry: Tom no 2 - didn't Kerry say she's already got flyers off Claire at SENDIASS?
11/03/2027, 21:55 - Kerry PCF: Yes I've got a box of them in the boot 😂 I'll bring them on the day.
Priya if you want something can you do a poster for the school gates instead? the one from last yr was brill
11/03/2027, 21:58 - Priya Mistry: Oh perfect ok will do the poster, will get it out to schools by Fri 19th
11/03/2027, 22:01 - Kerry PCF: Also hall's already booked for the 24th btw, did it last week. I'll sort the refreshments though
11/03/2027, 22:02 - Kerry PCF: And Dave says he'll do car park and setting up tables on the day so that's covered
11/03/2027, 22:03 - Tom Evans: ta both. Tell Dave he's a legend
11/03/2027, 22:10 - Dev Treasurer: End of month is fine for the treasurer report 👍 will need last qtr bank statement off you Tom
11/03/2027, 22:11 - Tom Evans: will forward it
11/03/2027, 22:40 - Priya Mistry: <Media omitted>
11/03/2027, 22:40 - Priya Mistry: last yrs poster for ref
12/03/2027, 08:15 - +44 7700 900812: Morning all it's Jo, new phone so I'm a number now 🙈
Yes happy to post the survey on the FB page as soon as Ruth sends the link. Has she said when?
12/03/2027, 08:21 - Tom Evans: ta Jo. Not yet, Ruth said "next week" in the meeting but I'll chase
12/03/2027, 08:22 - Tom Evans: also who said they'd ask the council about the dentist thing? I've got it written down but no name
12/03/2027, 08:30 - Kerry PCF: nobody I think, we said wait and see what comes up at coffee morning
12/03/2027, 08:31 - Tom Evans: 👍 leaving it then
12/03/2027, 12:56 - Tom Evans: Messaged Mary W, she's away till Weds so will ask her then about the EHCP team person
12/03/2027, 12:58 - Priya Mistry: 👍
13/03/2027, 16:20 - Tom Evans: <Media omitted>
13/03/2027, 16:20 - Tom Evans: Draft consultation response ^^ comments by Tues pls, in the doc or on here. Deadline Fri
13/03/2027, 16:45 - Kerry PCF: will do x
13/03/2027, 19:02 - Dev Treasurer: 👍
"""
name = "493_sixtyseventh_whatsapp_android_pcf_steering_after_meeting"
(OUT / f"{name}.txt").write_text(chat, encoding="utf-8")
labels = {
    "meeting_date": "2027-03-11",
    "style": ("Held-out batch sixtyseventh. Android WhatsApp export (.txt, 'dd/mm/yyyy, hh:mm - Name: text', system lines, <Media omitted>, "
              "'This message was deleted', multi-line messages whose continuation lines have no timestamp, an unsaved contact shown as a phone "
              "number who says she is Jo). Tom posts numbered action points after the PCF steering group meeting on Thursday 11 March 2027 "
              "and the group corrects them. Traps: hall booking is already done (not labelled); the SENDIASS flyer offered to Priya M is taken by "
              "Kerry ('I'll bring them on the day') and Priya gets a school-gates poster instead; Kerry accepts the car park/set-up for Dave (not in the "
              "group, person null); Jo accepts from the phone number (person null, no date); Dev the treasurer (not in the cast) accepts by message; "
              "'everyone comment by Tues' is for the whole group (not labelled); the dentist question has no owner and was left; Tom's 'will forward it' "
              "(bank statement) is a small aside, not labelled; Tom posting the draft on 13 March does not close the meeting action. Dates: "
              "coffee morning 'Weds 24th' = Wed 24 March 2027 (refreshments, flyers, car park are on the day); poster 'by Fri 19th' = 19 March "
              "2027; treasurer report 'end of month' = Wed 31 March 2027; draft consultation response 'get it round by Sat' = Sat 13 March 2027; "
              "asking Mary W has no date (null)."),
    "held_out": True,
    "actions": [
        {"key": "I'll sort the refreshments though", "owner": "Kerry PCF", "person": "Kerry Lang", "due": "2027-03-24"},
        {"key": "I'll bring them on the day", "owner": "Kerry PCF", "person": "Kerry Lang", "due": "2027-03-24"},
        {"key": "do a poster for the school gates", "owner": "Priya Mistry", "person": "Priya Mistry", "due": "2027-03-19"},
        {"key": "Dave says he'll do car park", "owner": "Dave", "person": None, "due": "2027-03-24"},
        {"key": "Me to ask Mary Walker for someone", "owner": "Tom Evans", "person": "Tom Evans", "due": None},
        {"key": "Jo to post on the FB page", "owner": "Jo", "person": None, "due": None},
        {"key": "Treasurer report for the AGM - Dev", "owner": "Dev", "person": None, "due": "2027-03-31"},
        {"key": "I'll draft and get it round by Sat", "owner": "Tom Evans", "person": "Tom Evans", "due": "2027-03-13"},
    ],
}
(OUT / f"{name}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
