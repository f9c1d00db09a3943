# Writes the WhatsApp (iOS) chat export as plain text, with the left-to-right marks iOS puts
# before system lines and omitted-media lines.
from pathlib import Path
L = "\u200e"
OUT = Path(__file__).resolve().parent.parent / "551_seventyfifth_whatsapp_ios_export_snow_cancelled_steering.txt"
lines = [
 f"[14/01/2027, 20:11:37] PCF Steering Group 💜: {L}Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.",
 f"{L}[14/01/2027, 20:11:37] Tom Evans created group “PCF Steering Group 💜”",
 f"{L}[14/01/2027, 20:11:38] Tom Evans added you",
 "[14/01/2027, 20:12:40] Tom Evans: New group for steering so we stop clogging up the champions chat 😅 Monday 10am at Kingsmead as planned",
 f"{L}[15/01/2027, 09:30:02] Tom Evans added Claire Dunmore SENDIASS",
 "[15/01/2027, 09:31:15] Claire Dunmore SENDIASS: Thanks Tom, see you Monday",
 "[18/01/2027, 06:58:12] Tom Evans: Morning all. Kingsmead have just messaged - car park hasn't been gritted and the hill up from the roundabout is sheet ice. I'm calling it, no meeting this morning ❄️",
 "[18/01/2027, 07:01:40] Kerry Lang: Sensible. Schools are shut here anyway so I've got all three at home 🙃",
 "[18/01/2027, 07:02:03] Priya Mistry: Agree. Can we do the urgent bits on here instead?",
 "[18/01/2027, 07:05:19] Tom Evans: Yes let's. Three things really: 1) rebooking 2) the transport survey 3) the coffee morning",
 f"{L}[18/01/2027, 07:06:44] Kerry Lang: {L}image omitted",
 "[18/01/2027, 07:06:58] Kerry Lang: That's our road 😂",
 "[18/01/2027, 07:09:30] Tom Evans: Rebooking - Kingsmead said Monday 1st Feb is free 9-10, so we could do steering and then go straight into the coffee morning at 10. Kerry could you ring them and sort it? I'm at work all day and can't take calls",
 "[18/01/2027, 07:11:02] Kerry Lang: Yep no problem. Office won't be open today with the snow so I'll ring Kingsmead first thing tomorrow and rebook",
 "[18/01/2027, 07:11:30] Tom Evans: Star ⭐",
 "[18/01/2027, 07:14:51] Tom Evans: Survey - we said at the board we'd ask parents about the pick up times since the new routes started. Priya could you do the survey monkey for the transport pick up times? You did the last one brilliantly",
 f"{L}[18/01/2027, 07:20:10] Priya Mistry: {L}audio omitted",
 "[18/01/2027, 07:21:33] Priya Mistry: Sorry ignore that, pocket 🙈",
 "[18/01/2027, 07:22:05] Priya Mistry: Yes ok will do. I'll have it live by Friday. Same questions as last time plus one on the escorts?",
 "[18/01/2027, 07:23:40] Tom Evans: Perfect 👍",
 "[18/01/2027, 07:25:18] Tom Evans: And I'll drop Mark Walsh an email about the late drop-offs at Hollybank, he said at the board he'd look into it but nothing since",
 "[18/01/2027, 07:26:02] Kerry Lang: Good, three families have messaged me about Hollybank now. I'll send them the survey link when Priya's done it",
 "[18/01/2027, 07:40:47] +44 7700 900461: Morning all, sorry just catching up - kids wanted to go out sledging 😂 Jo x",
 "[18/01/2027, 07:44:12] Priya Mistry: Coffee morning - I said I'd do the poster but honestly Jo is so much better at Canva than me",
 "[18/01/2027, 07:44:40] Priya Mistry: Jo can you do the poster? The wording is in the drive from last time, just change the date",
 "[18/01/2027, 07:51:09] +44 7700 900461: Course! Will have it to you by Wednesday x",
 f"[18/01/2027, 07:52:30] Kerry Lang: {L}This message was deleted.",
 "[18/01/2027, 07:53:01] Kerry Lang: Would be amazing to get 30 families this time, last one was 12 but it was the week before Christmas",
 "[18/01/2027, 08:30:55] Sarah Khan Participation: Hi all, hope everyone is safe. I'll check with my manager whether the council can cover the room hire for the 1st from the participation budget - will let you know by Friday",
 "[18/01/2027, 08:32:10] Tom Evans: That would be brilliant Sarah thank you",
 "[18/01/2027, 08:45:27] Claire Dunmore SENDIASS: Morning! Sorry to miss you all. For the 1st I'll bring a box of SENDIASS leaflets and some of the annual review booklets - they went really quickly last time",
 "[18/01/2027, 08:46:03] Claire Dunmore SENDIASS: FYI we're also running our own annual reviews webinar on 10 Feb, it's already up on the SENDIASS Facebook page",
 "[18/01/2027, 09:02:18] Priya Mistry: Does anyone know if the council are still doing the EHCP drop-ins at the library on Thursdays?",
 "[18/01/2027, 09:40:33] Tom Evans: Right I think that's it. Kerry rebook, Priya survey, Jo poster, Sarah room money, Claire leaflets, me Mark W. Shout if I've missed anything",
 "[18/01/2027, 09:41:12] Priya Mistry: You've missed the December minutes!!",
 "[18/01/2027, 09:42:50] Tom Evans: Ha they went out before Christmas 🙈 check your junk folder",
 "[18/01/2027, 09:44:01] Claire Dunmore SENDIASS: Thanks all, stay safe x",
 "[18/01/2027, 09:44:30] +44 7700 900461: 👍",
 "[18/01/2027, 16:18:22] Kerry Lang: Kingsmead answered their phone after all!! So I've rung and rebooked, 9am Monday 1st, same room. So ignore what I said this morning 🙌",
 "[18/01/2027, 16:20:04] Tom Evans: Amazing, thanks Kerry",
]
OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(OUT)
