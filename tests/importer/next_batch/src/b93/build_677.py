"""677: WhatsApp group export (Android style) after a SEND Champions meet-up."""
OUT = "/tmp/b93/677_ninetythird_send_champions_whatsapp_export.txt"
chat = """12/10/2027, 19:02 - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.
12/10/2027, 19:02 - Kerry Lang changed the subject from "Champions 💜" to "Westmoor SEND Champions 💜"
12/10/2027, 21:14 - Kerry Lang: Thank you all for coming tonight!! Lovely to see some new faces 😊 Quick round up so we all know who's doing what
12/10/2027, 21:15 - Kerry Lang: Coffee morning is Sat 6th Nov at the Family Hub, 10-12. I'll do the poster for the coffee morning and get it to Sarah by Friday so she can get it printed
12/10/2027, 21:15 - Kerry Lang: Survey - Jess doing Polish version, Sarah to send her the text
12/10/2027, 21:16 - Kerry Lang: Priya you said you'd take our notes to the PCF steering group?
12/10/2027, 21:16 - Kerry Lang: And Tom is raising the transport thing at Board
12/10/2027, 21:18 - Sarah Khan (WCC): Thanks Kerry. Room at the Hub is booked for the 6th ✅ so that's one off the list
12/10/2027, 21:19 - Priya Mistry: Yes I can take the notes to the PCF steering group on the 21st 👍
12/10/2027, 21:19 - Priya Mistry: Can someone send me the photos of the flipchart
12/10/2027, 21:20 - +44 7700 900412: <Media omitted>
12/10/2027, 21:20 - +44 7700 900412: <Media omitted>
12/10/2027, 21:21 - Priya Mistry: Thank you!!
12/10/2027, 21:33 - Jess Whitworth: Hi all. Really sorry but I said I'd do the survey in Polish and honestly I can't this month, my mum's in hospital and I'm back and forth 😔 I don't want to hold it up
12/10/2027, 21:34 - Kerry Lang: Oh Jess don't apologise at all ❤️ look after yourself and your mum
12/10/2027, 21:34 - Dan Hughes: Sending love Jess xx
12/10/2027, 21:36 - +44 7700 900412: Hi everyone it's Marta (new one tonight 🙋‍♀️). I can do the Polish version, just send me the text. Can have it back by the 29th
12/10/2027, 21:37 - Kerry Lang: Marta you're a star ⭐ thank you!! Sarah can you send Marta the survey text instead of Jess
12/10/2027, 21:41 - Sarah Khan (WCC): Of course. I'll email Marta the survey text tomorrow, Kerry can you DM me her email
12/10/2027, 21:41 - Kerry Lang: Done
12/10/2027, 21:44 - Dan Hughes: Off topic but I'm going to ring Ellie's school myself tomorrow about the quiet room, they still haven't sorted it 🙄
12/10/2027, 21:45 - Kerry Lang: Good luck Dan, let us know x
12/10/2027, 21:47 - Jess Whitworth: I can still bring the sign up sheets and the clipboards to the next meet up if that helps, they're in my boot anyway 😂
12/10/2027, 21:47 - Kerry Lang: Perfect thanks Jess
12/10/2027, 21:52 - Dan Hughes: What about doing a Facebook live from the coffee morning? Loads of parents can't get there on a Saturday
12/10/2027, 21:55 - Sarah Khan (WCC): I'd need to check safeguarding/consent for filming in the Hub, not a quick yes I'm afraid
12/10/2027, 21:56 - Kerry Lang: Let's park that one till the new year and talk about it properly. Good idea tho Dan
12/10/2027, 21:58 - This message was deleted
12/10/2027, 22:03 - Tom Evans: Evening all - sorry I had to dash off before the end. Yes I'll raise the school transport issues (late pick ups, the drivers changing without notice) at the Partnership Board on 4 Nov. If anyone has examples send them to me before then, no names needed
12/10/2027, 22:04 - Kerry Lang: Thanks Tom 🙏
12/10/2027, 22:10 - Priya Mistry: Reminder for anyone new - everything we share in here stays in here please 🙂 and nothing identifying about children
12/10/2027, 22:12 - Kerry Lang: Next meet up is Tues 9th Nov, 7pm, library community room. Night all 💜
13/10/2027, 09:26 - Sarah Khan (WCC): Morning! Loved last night. I've already put the coffee morning on the Local Offer events page so parents can see it
13/10/2027, 09:40 - +44 7700 900412: 👍
"""
open(OUT, "w", encoding="utf-8").write(chat)
