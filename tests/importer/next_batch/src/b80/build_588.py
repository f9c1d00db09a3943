import csv, io, json
from pathlib import Path
OUT = Path("/tmp/b80")
STEM = "588_eightieth_imessage_sms_group_csv_transport_failure"

CS = "Mark W Transport, James Whitfield AD, Owen Reid, Tom PCF"
rows = [
 # time, service, type, sender, text, reactions, replying_to, attachment
 ("07:12:40", "iMessage", "Incoming", "Mark W Transport", "Mary - Bluebird Travel have gone into administration overnight. 23 routes uncovered this morning incl. 14 to Westmoor Park and Hillcrest. We're ringing round operators now", "", "", ""),
 ("07:14:02", "iMessage", "Outgoing", "", "Oh no. How many children?", "", "", ""),
 ("07:15:31", "iMessage", "Incoming", "Mark W Transport", "Approx 96, 31 of them with PAs", "", "", ""),
 ("07:20:10", "SMS", "Outgoing", "", "Adding James, Owen and Tom so we're all in one place. Sorry for the early start all", "", "", ""),
 ("07:25:44", "SMS", "Incoming", "James Whitfield AD", "Thanks Mary. Priority is today and tomorrow. Mark what do you need from us?", "", "", ""),
 ("07:31:09", "SMS", "Incoming", "Mark W Transport", "Parents need telling to keep kids home unless they can drive them. I'll get emergency cover from Kestrel Cars sorted for tomorrow - they can do 15 routes, looking for the rest", "", "", ""),
 ("07:32:50", "SMS", "Incoming", "Tom PCF", "PCF will put a message out to families now on FB and the WhatsApp groups - send me wording?", "", "", ""),
 ("07:40:18", "SMS", "Outgoing", "", "Wording: \"Bluebird Travel has stopped trading. If your child uses a Bluebird route, transport will not run today. Please keep your child at home if you cannot take them, it will be an authorised absence. Mileage will be paid. Updates by 3pm. Transport helpline 01632 960400\"", "", "", ""),
 ("07:48:33", "SMS", "Incoming", "Tom PCF", "Posted ✅ 200+ views already", "Loved by You", "", ""),
 ("08:05:12", "SMS", "Outgoing", "", "I'll ring the special school heads this morning so they know", "", "", ""),
 ("08:10:27", "SMS", "Incoming", "Owen Reid", "What about the post-16 students going to Westmoor College? 9 on Bluebird I think. I'll contact the college transport coordinator by Wednesday about bursary taxis", "", "", ""),
 ("08:30:55", "SMS", "Outgoing", "", "Can someone get me a list of every pupil on the Bluebird routes, with their needs? Liam could pull it from Synergy?", "", "", ""),
 ("08:34:16", "SMS", "Incoming", "Mark W Transport", "We've got that in transport - 23 route sheets, Dee in my team will send it first thing tomorrow once she's merged them. Liam's system won't have the PA info", "", "", ""),
 ("08:35:02", "SMS", "Outgoing", "", "Great thanks", "", "", ""),
 ("09:40:48", "SMS", "Outgoing", "", "Spoken to all 6 heads. Hillcrest can run their own minibus for 2 routes from tomorrow", "Liked by James Whitfield AD", "", ""),
 ("09:55:30", "SMS", "Incoming", "James Whitfield AD", "Mary can you take the SENDIASS side? Families will ring them", "", "", ""),
 ("09:57:04", "SMS", "Outgoing", "", "Yes - I'll ask Claire to set up a helpline slot by Wednesday", "", "Mary can you take the SENDIASS side? Families will ring them", ""),
 ("10:20:41", "SMS", "Outgoing", "", "James - can you brief the Lead Member and Cllr Jones before scrutiny on Thursday? They'll get asked", "Liked by James Whitfield AD", "", ""),
 ("11:02:15", "SMS", "Incoming", "Mark W Transport", "", "", "", "IMG_4471.jpeg"),
 ("11:02:40", "SMS", "Incoming", "Mark W Transport", "Control room this morning 😬", "Laughed at by Tom PCF", "", ""),
 ("12:15:09", "SMS", "Incoming", "Mark W Transport", "Kestrel confirmed 15 routes from tomorrow, Westmoor Taxis 6 more. 2 routes still open (W19, W22)", "", "", ""),
 ("12:20:37", "SMS", "Incoming", "James Whitfield AD", "Good work. Mark we'll need a lessons-learned report for the Partnership Board in July - contract monitoring, financial checks on operators, what we'd do differently", "", "", ""),
 ("12:24:11", "SMS", "Incoming", "Mark W Transport", "Will do - for the 14 July Board", "", "", ""),
 ("13:05:50", "SMS", "Incoming", "+447700900812", "Hi is this the transport team? My son is on route W14 and nobody has rung me", "", "", ""),
 ("13:08:02", "SMS", "Outgoing", "", "Hi, this is Mary Walker, Head of SEND - you've been added to a staff thread by mistake, sorry. Please ring the transport helpline on 01632 960400 and they'll sort W14 for you", "", "", ""),
 ("13:09:30", "SMS", "Outgoing", "", "Mark - can you remove that number? No idea how it got added", "", "", ""),
 ("13:11:12", "SMS", "Incoming", "Mark W Transport", "Done", "", "", ""),
 ("15:30:44", "SMS", "Incoming", "Mark W Transport", "Update: all routes covered from tomorrow. W19 Westmoor Taxis, W22 Hillcrest minibus. Emergency cover confirmed for the rest of the week", "Loved by You, Loved by Tom PCF, Liked by James Whitfield AD", "", ""),
 ("15:40:20", "SMS", "Incoming", "Tom PCF", "Families asking about mileage for today - is that definitely a thing?", "", "", ""),
 ("15:44:58", "SMS", "Incoming", "James Whitfield AD", "Yes, mileage will be paid at 45p. Mark's team will publish the claim form", "", "", ""),
 ("15:47:31", "SMS", "Incoming", "Mark W Transport", "Form will be on the website by Friday", "Liked by Tom PCF", "", ""),
 ("16:02:19", "SMS", "Incoming", "Owen Reid", "Spoke to the college - they'll cover all 9 with bursary taxis from Wednesday. Done ✅", "Loved by You", "", ""),
 ("16:30:00", "SMS", "Incoming", "James Whitfield AD", "Thanks everyone. For the record: no decision on re-tendering today, that goes to the Procurement Board on 24 June", "", "", ""),
 ("16:31:45", "SMS", "Outgoing", "", "👍 Thanks all, what a Monday. Wine o'clock", "Laughed at by Tom PCF, Laughed at by Mark W Transport", "", ""),
]
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
w.writerow(["Chat Session", "Message Date", "Delivered Date", "Read Date", "Service", "Type", "Sender ID", "Sender Name", "Status", "Replying to", "Subject", "Text", "Reactions", "Attachment", "Attachment type"])
ids = {"Mark W Transport": "+447700900311", "James Whitfield AD": "+447700900522", "Owen Reid": "+447700900634", "Tom PCF": "tom.evans.pcf@icloud.com", "+447700900812": "+447700900812"}
for t, svc, typ, sender, text, reacts, reply, att in rows:
    d = f"2027-06-07 {t}"
    w.writerow([CS, d, d if typ == "Outgoing" else "", "" if typ == "Outgoing" else d, svc, typ, ids.get(sender, ""), sender,
                "Delivered" if typ == "Outgoing" else "Read", reply, "", text, reacts, att, "Image" if att else ""])
(OUT / f"{STEM}.csv").write_text(buf.getvalue(), encoding="utf-8-sig" if False else "utf-8")

labels = {
    "meeting_date": "2027-06-07",
    "style": (
        "Held-out batch eightieth. An iMazing-style CSV export of an iPhone group text thread (iMessage then SMS once an Android "
        "user is added) from Mary Walker's phone on Monday 7 June 2027, the first day after half term, when the home to school transport "
        "operator fails. Mary's own messages are 'Outgoing' with a blank Sender Name (she is only identifiable from 'Thanks Mary', 'Mary "
        "can you...' and her reply to a stray parent); tapbacks ('Liked by James Whitfield AD') are in a Reactions column; contacts are saved "
        "as 'Mark W Transport', 'Tom PCF'. Traps: several actions are done within the day and are not labelled - Mark's emergency cover "
        "'for tomorrow' (confirmed at 15:30), Tom's message to families (posted), Mary ringing the heads (spoken to all 6), Owen's college "
        "transport contact 'by Wednesday' (done at 16:02); Mary's list request is redirected from Liam to transport, 'Dee in my team' (not a "
        "partnership member, person null) 'first thing tomorrow' = Tuesday 8 June 2027; James's briefing of the Lead Member and Cllr Jones "
        "(Bethan Jones is the subject, not an owner) is agreed only by a 'Liked' tapback, 'before scrutiny on Thursday' = Thursday 10 June "
        "2027; Mary's SENDIASS helpline slot 'by Wednesday' = 9 June 2027 (owner as James addresses her, 'Mary'); Mark's lessons-learned "
        "report 'for the 14 July Board' = 2027-07-14; the mileage claim form is given by James to 'Mark's team' and Mark says 'by Friday' = "
        "Friday 11 June 2027. Not labelled: re-tendering goes to the Procurement Board; removing the stray number (done); jokes."
    ),
    "held_out": True,
    "actions": [
        {"key": "Dee in my team will send it", "owner": "Dee", "person": None, "due": "2027-06-08"},
        {"key": "I'll ask Claire to set up a helpline slot", "owner": "Mary", "person": "Mary Walker", "due": "2027-06-09"},
        {"key": "brief the Lead Member and Cllr Jones before scrutiny", "owner": "James", "person": "James Whitfield", "due": "2027-06-10"},
        {"key": "lessons-learned report for the Partnership Board in July", "owner": "Mark", "person": "Mark Walsh", "due": "2027-07-14"},
        {"key": "Mark's team will publish the claim form", "owner": "Mark's team", "person": "Mark Walsh", "due": "2027-06-11"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
