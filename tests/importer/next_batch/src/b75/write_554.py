# Writes an iMazing-style CSV export of the chair's iPhone Messages (iMessage + SMS), one row per
# message, several conversations in one file. Outgoing rows have no sender name: "I" = the phone's
# owner, Anne Price.
import csv
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent / "554_seventyfifth_chair_iphone_messages_imazing_csv_premeet_by_text.csv"

cols = ["Chat Session", "Message Date", "Delivered Date", "Read Date", "Edited Date", "Service", "Type",
        "Sender ID", "Sender Name", "Status", "Replying to", "Subject", "Text", "Attachment", "Attachment type"]
MARY, LIAM, RUTH, YUSUF, TOM = "+447700900514", "+447700900377", "+447700900207", "+447700900288", "+447700900152"
D = "2027-06-07 "

def inc(chat, t, sid, name, text, service="iMessage", edited="", read=None, reply=""):
    return [chat, D + t, "", D + (read or t), edited, service, "Incoming", sid, name, "Read", reply, "", text, "", ""]

def out(chat, t, sid, text, service="iMessage", status="Read", delivered=True, read=None):
    return [chat, D + t, D + t if delivered else "", (D + read) if read else "", "", service, "Outgoing", sid, "",
            status, "", "", text, "", ""]

rows = [
 # --- Mary Walker
 inc("Mary Walker", "08:12:47", MARY, "Mary Walker", "Anne so sorry - stuck outside Doncaster, signalling failure. Won't make 10am. Can we do the pre-meet by text??", read="08:13:30"),
 out("Mary Walker", "08:14:20", MARY, "Of course. Hope you get moving soon! Main things for the 16th: WSoA paper, tribunal costs, and whether transport stays on the agenda", read="08:15:02"),
 inc("Mary Walker", "08:20:05", MARY, "Mary Walker", "WSoA progress paper is nearly there. Will get it to Ruth by Thurs am - Weds isn't going to happen, sorry", edited=D + "08:41:19", read="08:41:40"),
 out("Mary Walker", "08:22:51", MARY, "Can you also speak to James about the tribunal costs line in the budget paper?", read="08:23:10"),
 inc("Mary Walker", "08:25:33", MARY, "Mary Walker", "Already done - he's on it, it'll be in the finance update", read="08:26:00"),
 out("Mary Walker", "08:26:40", MARY, "Brilliant. Transport - I think we move it to July, Mark can't come on the 16th anyway", read="08:29:51"),
 inc("Mary Walker", "08:30:12", MARY, "Mary Walker", "Agree. Train moving!! 🎉", read="08:31:00"),
 out("Mary Walker", "08:42:03", MARY, "Thurs am is fine 👍", read="08:44:10"),
 # --- Liam Porter
 out("Liam Porter", "08:35:14", LIAM, "Morning Liam, quick one - can you add the May 20-week figure to the dashboard before the board on the 16th? Mary's stuck on a train so I'm doing her bit by text!", status="Not Delivered", delivered=False),
 out("Liam Porter", "08:36:02", LIAM, "Morning Liam, quick one - can you add the May 20-week figure to the dashboard before the board on the 16th? Mary's stuck on a train so I'm doing her bit by text!", read="09:08:44"),
 inc("Liam Porter", "09:10:27", LIAM, "Liam Porter", "Morning! Will do 👍 May figure is validated on Friday so I'll have it on by the 14th", read="09:11:02"),
 out("Liam Porter", "09:11:15", LIAM, "Liked “Morning! Will do 👍 May figure is validated on Friday so I'll have it on by the 14th”", read="09:20:00"),
 # --- Ruth Hill
 out("Ruth Hill", "09:30:48", RUTH, "Ruth - pre-meet with Mary is off (train). Agreed by text: transport moves to July, Mary's WSoA paper comes to you Thurs am. I'll send you the chair's report Thursday too", read="09:44:12"),
 inc("Ruth Hill", "09:45:30", RUTH, "Ruth Hill", "Thanks Anne. Shall I send the papers out Thursday pm then, once Mary's is in?", read="09:46:05"),
 out("Ruth Hill", "09:46:21", RUTH, "Yes perfect", read="09:47:00"),
 inc("Ruth Hill", "09:47:38", RUTH, "Ruth Hill", "Great. And noted re transport x", read="09:50:11"),
 # --- Yusuf Okafor
 inc("Yusuf Okafor", "11:02:09", YUSUF, "Yusuf Okafor", "Hi Anne, apologies for the 16th - I'm at the regional DCO network that day. Grace is coming in my place.", read="11:14:30"),
 out("Yusuf Okafor", "11:15:02", YUSUF, "Thanks Yusuf. Could you send Grace the sleep pathway slides beforehand so she's not caught out?", read="11:19:40"),
 inc("Yusuf Okafor", "11:20:16", YUSUF, "Yusuf Okafor", "Yes will do by Friday", read="11:21:00"),
 # --- Tom Evans (Android - SMS)
 inc("Tom Evans PCF", "12:40:55", TOM, "Tom Evans PCF", "Hi Anne, can I bring Priya M to the board as an observer? She's thinking about standing as co-chair in the autumn", service="SMS", read="12:51:10"),
 out("Tom Evans PCF", "12:52:30", TOM, "Of course - tell her she's very welcome. Will you do the PCF update slide? ONE slide 😄", service="SMS", status="Delivered", read=None),
 inc("Tom Evans PCF", "13:05:44", TOM, "Tom Evans PCF", "Ha. One slide, promise. I'll get it to Ruth by Monday. FYI our survey closes on the 30th, results at the July board", service="SMS", read="13:06:10"),
 out("Tom Evans PCF", "13:06:31", TOM, "Laughed at “Ha. One slide, promise. I'll get it to Ruth by Monday. FYI our survey closes on the 30th, results at the July board”", service="SMS", status="Delivered", read=None),
]
with open(OUT, "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL)
    w.writerow(cols)
    w.writerows(rows)
print(OUT)
