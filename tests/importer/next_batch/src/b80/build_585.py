import json
from pathlib import Path
OUT = Path("/tmp/b80")
STEM = "585_eightieth_whatsapp_iphone_pfa_workstream_lost_voice"
L = "\u200e"

lines = [
("04/05/2027, 08:41:12", "Owen Reid", "Morning all. Bad news - I've completely lost my voice 🤐 so I can't chair this afternoon's PfA workstream. Rather than cancel again, can we do it on here? I'll type, you reply. Agenda is the usual: 1. Year 9 reviews 2. travel training 3. adult therapies 4. YP focus group 5. supported internships 6. data 7. AOB"),
("04/05/2027, 08:43:40", "Ruth Hill", "Fine by me. I'll capture actions for the log"),
("04/05/2027, 08:44:02", "Grace Adeyemi", "Oh no Owen! Honey and lemon 🍋"),
("04/05/2027, 08:44:30", "Mark Walsh", "Lemsip max. Trust me"),
("04/05/2027, 08:45:11", "Priya Mistry", "Feel better soon Owen x"),
("04/05/2027, 09:02:55", "Owen Reid", "1. Year 9 annual reviews. The audit showed only 4 of 30 Year 9 reviews had anything meaningful on PfA outcomes. I'll draft the Year 9 annual review PfA prompts and share them - by end of next week"),
("04/05/2027, 09:04:18", "Helen Brooks", "Yes please. SENCos just don't know what to ask at 13/14. Happy to test them with Riverside's Year 6s going up, if that helps"),
("04/05/2027, 09:05:01", "Owen Reid", "Helen they're primary 😂 but thank you"),
("04/05/2027, 09:05:20", "Helen Brooks", "Ha. Long weekend brain"),
("04/05/2027, 09:15:22", "Mark Walsh", L + "<attached: 00000031-PHOTO-2027-05-04-09-15-22.jpg>"),
("04/05/2027, 09:16:03", "Mark Walsh", "2. Travel training - new minibus for the pilot arrived Friday 🚌 Numbers so far are promising but I need to clean them up. I'll bring the independent travel training pilot numbers to the group before half term"),
("04/05/2027, 09:16:40", "Owen Reid", "👍 brilliant"),
("04/05/2027, 09:18:12", "Tom Evans", "Parents keep asking whether the pilot will be extended to the special schools. Is that decided?"),
("04/05/2027, 09:21:45", "Mark Walsh", "Not yet - that's a Cabinet decision in the autumn budget round, not one for this group"),
("04/05/2027, 09:35:09", "Owen Reid", "3. Adult therapies. Transition from children's to adult SALT is a cliff edge at 18. Grace to check with adult SALT whether they'll accept referrals from 17 and a half - can you bring that to the next workstream meeting (8 June)?"),
("04/05/2027, 09:41:27", "Grace Adeyemi", "Yes will do. Adult services are a different trust though so no promises!"),
("04/05/2027, 09:50:30", "Owen Reid", "4. YP focus group - Sarah?"),
("04/05/2027, 09:55:48", "Sarah Khan", "I'll set up the YP focus group at Westmoor College w/c 17 May - 8 to 10 students from the supported learning department"),
("04/05/2027, 09:56:10", "Owen Reid", "Great"),
("04/05/2027, 10:02:33", "Claire Dunmore", "Re the focus group - SENDIASS have a post-16 leaflet that might be useful, I'll send it over"),
("04/05/2027, 10:03:15", "Claire Dunmore", L + "document omitted"),
("04/05/2027, 10:03:16", "Claire Dunmore", "SENDIASS post-16 leaflet 2027.pdf - there you go ✅"),
("04/05/2027, 10:04:01", "Sarah Khan", "Thanks Claire!"),
("04/05/2027, 10:20:44", "Owen Reid", "5. Supported internships. We have 11 places at the hospital and 4 at the council, but we don't really know what parents think about them"),
("04/05/2027, 10:26:19", "Priya Mistry", "I'll ask parents in the PCF group about supported internships - what they know, what puts them off. By Friday?"),
("04/05/2027, 10:26:55", "Owen Reid", "Perfect thank you Priya"),
("04/05/2027, 10:27:30", "Tom Evans", "I'll share it on the PCF Facebook too"),
("04/05/2027, 10:40:12", "Owen Reid", "6. Data. Liam could you send the NEET figures for SEND 16-17 year olds? Last ones I have are from October"),
("04/05/2027, 10:48:51", "Liam Porter", "Sure - by next Tuesday ok? The April cut comes in Thursday"),
("04/05/2027, 10:49:30", "Owen Reid", "Thanks. Could it be split by EHCP / SEN support?"),
("04/05/2027, 10:50:02", "Liam Porter", "Yes 👍"),
("04/05/2027, 11:02:40", "Owen Reid", "7. AOB. Also - who can update the Local Offer PfA pages? They still say 2024"),
("04/05/2027, 11:05:13", "Liam Porter", "Not me I'm afraid, I'm data!"),
("04/05/2027, 11:09:36", "Ruth Hill", "The Local Offer team own those - I already passed it to them last month, they're updating all the PfA pages in their June refresh"),
("04/05/2027, 11:10:02", "Owen Reid", "Ah great, thanks Ruth"),
("04/05/2027, 11:15:45", "Owen Reid", "Decision for the notes: we're dropping the PfA passport idea for now - the college says it duplicates their own transition profile. Agreed?"),
("04/05/2027, 11:16:20", "Grace Adeyemi", "Agreed"),
("04/05/2027, 11:16:31", "Mark Walsh", "Agreed"),
("04/05/2027, 11:17:02", "Sarah Khan", "👍"),
("04/05/2027, 11:30:12", "Ruth Hill", "Owen I'll send you the action list to check before it goes on the log. Next meeting Tuesday 8 June, 2pm, Westmoor College, hopefully with your voice back!"),
("04/05/2027, 11:31:00", "Owen Reid", L + "sticker omitted"),
("05/05/2027, 16:44:18", "Sarah Khan", "Update on the focus group - the college has just told me w/c 17 May is exam week for the supported learning students 🙈 Moving it to w/c 7 June instead, room is booked"),
("05/05/2027, 16:47:30", "Owen Reid", "No problem, makes sense. Still in time for the June meeting-ish!"),
("05/05/2027, 16:48:02", "Ruth Hill", "Amended on the log 👍"),
("05/05/2027, 16:50:41", "Mark Walsh", L + "This message was deleted."),
("05/05/2027, 19:12:09", "Owen Reid", "Voice update: croak level restored 🐸"),
]
doc = "".join(f"[{t}] {n}: {m}\n" for t, n, m in lines)
doc = L + "[04/05/2027, 08:40:01] PfA workstream 🎓: " + L + "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n" + doc

labels = {
    "meeting_date": "2027-05-04",
    "style": (
        "Held-out batch eightieth. An iPhone WhatsApp export ('[dd/mm/yyyy, hh:mm:ss] Name: text', left-to-right marks, "
        "'<attached: ...jpg>', 'document omitted', 'sticker omitted', a deleted message) of the Preparing for Adulthood workstream "
        "group, used on Tuesday 4 May 2027 (the day after the early May bank holiday) instead of the workstream meeting because the "
        "lead has lost his voice; a follow-up the next day moves one date. Traps: Sarah Khan's focus group is first 'w/c 17 May' but on "
        "5 May moves to 'w/c 7 June' - label the Friday of that week, 11 June 2027; Claire's SENDIASS post-16 leaflet is promised and "
        "then sent in the chat (done, not labelled); the Local Offer PfA pages were already passed to the Local Offer team and are their "
        "work; extending travel training is a Cabinet decision; dropping the PfA passport is a decision; Helen's offer to test prompts is "
        "declined as a joke; Tom sharing on Facebook is an aside with no date, not labelled. Dates: Owen's prompts 'by end of next week' = "
        "Friday 14 May 2027; Mark's numbers 'before half term' (summer half term w/c 31 May, which is the spring bank holiday) = Friday 28 "
        "May 2027; Grace's adult SALT check 'to the next workstream meeting (8 June)' = 2027-06-08; Priya Mistry's parent survey 'By Friday' "
        "= Friday 7 May 2027 (the Priya here is the PCF parent representative, not Priya Shah); Liam's NEET figures 'by next Tuesday' = "
        "Tuesday 11 May 2027."
    ),
    "held_out": True,
    "actions": [
        {"key": "I'll draft the Year 9 annual review PfA prompts", "owner": "Owen Reid", "person": "Owen Reid", "due": "2027-05-14"},
        {"key": "I'll bring the independent travel training pilot numbers", "owner": "Mark Walsh", "person": "Mark Walsh", "due": "2027-05-28"},
        {"key": "Grace to check with adult SALT whether", "owner": "Grace", "person": "Grace Adeyemi", "due": "2027-06-08"},
        {"key": "set up the YP focus group at Westmoor College", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-06-11"},
        {"key": "ask parents in the PCF group about supported internships", "owner": "Priya Mistry", "person": "Priya Mistry", "due": "2027-05-07"},
        {"key": "send the NEET figures for SEND 16-17 year olds", "owner": "Liam", "person": "Liam Porter", "due": "2027-05-11"},
    ],
}
(OUT / f"{STEM}.txt").write_text(doc, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
