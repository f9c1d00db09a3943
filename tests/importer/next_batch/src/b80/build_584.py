import json
from pathlib import Path
OUT = Path("/tmp/b80")
STEM = "584_eightieth_whatsapp_android_champions_snow_day"

doc = """21/01/2027, 12:58 - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.
21/01/2027, 12:58 - Ruth Hill created group "Westmoor SEND Champions 🌟"
21/01/2027, 12:58 - Ruth Hill added you
21/01/2027, 13:05 - Ruth Hill: Hi all ❄️ Tonight's Champions network meeting at Riverside (4pm) is OFF - Riverside has closed and the roads out of Millbrook are awful.
Anne suggests we do the key bits on here instead and I'll pull the actions together for the log.
Agenda was:
1) spring 2 SENCo drop-ins
2) champions survey
3) young people's voice
4) March network meeting
5) Inclusion Charter
6) AOB
21/01/2027, 13:06 - Helen Brooks: Sensible. We closed at 11, the kids are building a snow SENCo on the field 😂
21/01/2027, 13:06 - Tom Evans: 😂😂
21/01/2027, 13:08 - Kerry Lang: <Media omitted>
21/01/2027, 13:08 - Kerry Lang: my street this morning!!
21/01/2027, 13:09 - Priya Mistry: Stay safe everyone x
21/01/2027, 13:15 - Anne Price: Thanks Ruth. Let's keep it tight please - reply under each item and try not to post photos of snowmen 😉
Item 1, drop-ins: we need a rota for spring 2 now that Catherine has left Oakfield. Volunteers?
21/01/2027, 13:22 - Helen Brooks: I'll take the SENCo drop-in rota for spring 2. Will have it out before half term
21/01/2027, 13:22 - Anne Price: 👍 thank you Helen
21/01/2027, 13:24 - Nadia Khan: Riverside can host the February one, happy to
21/01/2027, 13:25 - Helen Brooks: Ha, well I can hardly say no to my own head
21/01/2027, 13:31 - Anne Price: Item 2, survey. Tom?
21/01/2027, 13:40 - Tom Evans: Survey's ready to go. I'll send the champions survey out on Friday via the PCF mailing list and this group
21/01/2027, 13:41 - Mary Walker: Great. Can it include the question on annual reviews that Claire asked for?
21/01/2027, 13:43 - Claire Dunmore: Yes please! It's Q7 in my email from before Christmas
21/01/2027, 13:44 - Tom Evans: Will add 👍
21/01/2027, 13:52 - Anne Price: Item 3, young people's voice
21/01/2027, 14:03 - +44 7700 900456: Hi all, it's Sarah K from the participation team - new work phone so I'm just a number for now! I'll get the young people's voice slides over by Monday so they can go in the network pack
21/01/2027, 14:04 - Owen Reid: Who's this? 😅
21/01/2027, 14:05 - Ruth Hill: It's Sarah Khan, Owen! Everyone save the new number
21/01/2027, 14:05 - +44 7700 900456: 😂 yes sorry
21/01/2027, 14:06 - Sarah Kent: Not me then, I'm still on the old phone 🙂 Apologies for the meeting btw - been on school visits all day, I've read up. Nothing from me this time.
21/01/2027, 14:20 - Anne Price: Item 4, March network meeting. We agreed in person for March - Thursday 11 March, 4-6pm. Owen, you offered to sort the venue?
21/01/2027, 14:31 - Owen Reid: I did, but I've just realised I'm on leave over half term and the week after, and the room booking needs doing ASAP. Ruth could you?
21/01/2027, 14:33 - Ruth Hill: Yep leave it with me - I'll book the venue for 11 March by end of next week 👍 Civic Centre or Westmoor College, whichever is free
21/01/2027, 14:34 - Owen Reid: You're a star
21/01/2027, 14:34 - Owen Reid: This message was deleted
21/01/2027, 14:50 - Anne Price: Item 5, Inclusion Charter. Mary?
21/01/2027, 14:58 - Mary Walker: Charter v3 goes to the Board in March for sign-off, so there's no action for champions yet.
But it would really help if heads heard about it before then. Nadia could you feed it back at the heads' forum on 4 Feb?
21/01/2027, 15:10 - Nadia Khan: 👍
21/01/2027, 15:11 - Ruth Hill: I'll put that down as Nadia agreed 😊
21/01/2027, 15:20 - Anne Price: AOB?
21/01/2027, 15:24 - Kerry Lang: I'll do a parent champions flyer for the Local Offer page - by end of month ok?
21/01/2027, 15:25 - Mary Walker: Perfect, thanks Kerry
21/01/2027, 15:31 - Claire Dunmore: FYI SENDIASS is now running Tuesday evening drop-ins at Westmoor Library from 2 Feb - it's already on the Local Offer, so nothing needed from anyone. Just spread the word!
21/01/2027, 15:40 - Priya Mistry: Does anyone know if the home to school transport consultation is still open? Mark's team sent something out
21/01/2027, 15:46 - Ruth Hill: That's the council's transport consultation, not ours - closes 31 Jan. Link: https://www.westmoor.gov.uk/consultations/sen-transport-2027
21/01/2027, 15:47 - Priya Mistry: Thank you x
21/01/2027, 16:02 - Anne Price: Thanks all, that was painless! Decision for the record: March network meeting is in person, 11 March 4-6pm. Ruth will do the action list tomorrow. Stay warm ❄️
21/01/2027, 16:03 - Helen Brooks: 👏👏
21/01/2027, 16:05 - Tom Evans: <Media omitted>
21/01/2027, 16:05 - Tom Evans: snow SENCo has a lanyard 😂
21/01/2027, 16:06 - Kerry Lang: 😂😂😂
22/01/2027, 08:47 - Tom Evans: Morning - bad news, the survey link is broken (Forms locked it when I added Claire's question 🙄). Survey will go out on Tuesday now instead of today, sorry all
22/01/2027, 08:49 - Anne Price: No problem Tom, better that it works
22/01/2027, 09:30 - Ruth Hill: Actions from yesterday as I have them:
- Helen: SENCo drop-in rota spring 2 - before half term
- Tom: champions survey - Fri 22 Jan
- Sarah Khan: YP voice slides - Mon 25 Jan
- Ruth: book venue for 11 March - end of next week
- Nadia: Inclusion Charter at heads' forum - 4 Feb
- Kerry: parent champions flyer for Local Offer - end of Jan
Shout if I've missed anything!
22/01/2027, 09:34 - Tom Evans: Ruth it's Tuesday now for the survey, see above! 🙂
22/01/2027, 09:36 - Ruth Hill: Oops - amended to Tue 26 Jan, thanks Tom
22/01/2027, 09:40 - +44 7700 900456: 👍
"""

labels = {
    "meeting_date": "2027-01-21",
    "style": (
        "Held-out batch eightieth. An Android WhatsApp export ('dd/mm/yyyy, hh:mm - Name: text', continuation lines without a "
        "prefix, <Media omitted>, a deleted message, an unsaved phone number as a sender) of the Network of SEND Champions group, "
        "used instead of the termly network meeting cancelled for snow on Thursday 21 January 2027, with the secretary's action list "
        "posted the next morning. Traps: Tom's survey is 'on Friday' (22 January) but next morning moves to 'Tuesday' and Ruth's "
        "list wrongly still says Fri 22 Jan until Tom corrects it - label Tuesday 26 January 2027; the young people's voice slides come "
        "from '+44 7700 900456', who introduces herself as 'Sarah K' from participation and is confirmed as Sarah Khan (Sarah Kent is a "
        "separate member who posts apologies) - owner 'Sarah K', due 'by Monday' = Monday 25 January 2027; Owen had offered to book the "
        "venue but hands it to Ruth, who claims it 'by end of next week' = Friday 29 January 2027; Nadia agrees to the heads' forum "
        "item only with a thumbs-up emoji, 'on 4 Feb' = Thursday 4 February 2027; Helen's rota 'before half term' (February half term "
        "w/c 15 February) = Friday 12 February 2027; Kerry's flyer 'by end of month' = Sunday 31 January 2027. Not labelled: Riverside "
        "hosting the February drop-in (offer, no task), Tom adding Claire's question (part of the survey action), SENDIASS library "
        "drop-ins already on the Local Offer, the council's transport consultation (not this group's), the decision to meet in person "
        "on 11 March, Ruth's list itself."
    ),
    "held_out": True,
    "actions": [
        {"key": "I'll take the SENCo drop-in rota for spring 2", "owner": "Helen Brooks", "person": "Helen Brooks", "due": "2027-02-12"},
        {"key": "I'll send the champions survey out on Friday", "owner": "Tom Evans", "person": "Tom Evans", "due": "2027-01-26"},
        {"key": "I'll get the young people's voice slides over", "owner": "Sarah K", "person": "Sarah Khan", "due": "2027-01-25"},
        {"key": "I'll book the venue for 11 March", "owner": "Ruth Hill", "person": "Ruth Hill", "due": "2027-01-29"},
        {"key": "feed it back at the heads' forum", "owner": "Nadia", "person": "Nadia Khan", "due": "2027-02-04"},
        {"key": "do a parent champions flyer for the Local Offer", "owner": "Kerry Lang", "person": "Kerry Lang", "due": "2027-01-31"},
    ],
}
(OUT / f"{STEM}.txt").write_text(doc, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
