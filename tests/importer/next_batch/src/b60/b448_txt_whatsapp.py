"""448: WhatsApp iOS 'Export chat' (without media) of the PCF committee group after the meeting with the Head of Transport."""
from common import OUT, write_labels

STEM = "448_sixtieth_pcf_committee_whatsapp_ios_export_after_transport_meeting"
LRM = "\u200e"
GROUP = "PCF Committee \U0001F9E9"

msgs = [
    ("06/07/2027, 19:41:02", GROUP, LRM + "Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them."),
    ("06/07/2027, 19:58:41", "Tom Evans", "Right, back from the transport meeting with Mark Walsh. Long one sorry, kids are in bed so here goes"),
    ("06/07/2027, 20:01:17", "Tom Evans",
     "So\n1) Mark will send the revised appeals letter template for us to check by Thurs 15th\n"
     "2) Mark will get his team to ring the 4 families whose appeals went past the deadline, by end of next week\n"
     "3) Parent rep on the appeals panel from Sept is AGREED \U0001F389 (that was already agreed at the Board last month, he just confirmed it)\n"
     "4) He is NOT changing the 3 mile rule, says it's national policy. We argued, he didn't budge\n"
     "5) The council's own summer survey goes out on 19th July - that's them not us, but we should push it"),
    ("06/07/2027, 20:02:05", "Tom Evans", "*Fri 16th sorry, not Thurs 15th. For the letter template I mean"),
    ("06/07/2027, 20:03:30", "Tom Evans",
     "And I said I'd write up the 3 case studies (anonymised!!) for him so he can use them with his drivers. I'll get them done by Weds 14th " + LRM + "<This message was edited>"),
    ("06/07/2027, 20:03:58", "Kerry Lang", "Brilliant, well done Tom \U0001F44F\U0001F44F"),
    ("06/07/2027, 20:04:40", "Kerry Lang", "I'll put a post on the FB group tomorrow morning saying what happened (no names obv)"),
    ("06/07/2027, 20:04:52", "Kerry Lang", LRM + "image omitted"),
    ("06/07/2027, 20:05:11", "Priya Mistry", "Did he say anything about the new appeal deadline? Do SENDIASS even know it's changed to 20 working days??"),
    ("06/07/2027, 20:05:44", "Jo Marsh", LRM + "This message was deleted."),
    ("06/07/2027, 20:07:09", "Tom Evans", "Good question. He said SENDIASS were told in June but I'm not sure. @Priya Mistry can you ask Claire on Thursday at the drop in?"),
    ("06/07/2027, 20:09:26", "Priya Mistry", "Yep will ask Claire Dunmore on Thurs \U0001F44D"),
    ("06/07/2027, 20:10:02", "Jo Marsh", "Sorry deleted that, wrong chat \U0001F648 Also Tom did you send Ruth the sign in sheet from the Board?"),
    ("06/07/2027, 20:11:15", "Tom Evans", "Yes sent it Monday \u2705"),
    ("06/07/2027, 20:12:48", "Jo Marsh",
     "POLL:\nWho can come and observe the appeals panel on 20 July?\nOPTION: Me (2 votes)\nOPTION: Can't do it (1 vote)\nOPTION: Maybe if I get childcare (1 vote)"),
    ("06/07/2027, 20:14:20", "Priya Mistry", "Mark's nice but I'll believe the letter when I see it \U0001F605"),
    ("06/07/2027, 20:30:33", "+44 7700 900412", "Hi sorry is this the coffee morning group? Someone at Riverside gave me this number"),
    ("06/07/2027, 20:31:05", "Kerry Lang", "Hiya, no this is the committee one, I'll message you privately x"),
    ("06/07/2027, 20:31:40", GROUP, LRM + "Kerry Lang removed +44 7700 900412"),
    ("06/07/2027, 20:48:13", "Tom Evans", "Oh and Anne Price said at the Board she wants transport on the September agenda anyway so we don't need to ask"),
    ("06/07/2027, 21:15:09", "Jo Marsh", LRM + "audio omitted"),
    ("06/07/2027, 21:16:27", "Jo Marsh",
     "^ sorry voice note, basically I'll do the transport bit for the September newsletter. Tom send me your notes when you've done the case studies"),
    ("06/07/2027, 21:17:02", "Tom Evans", "\U0001F44D"),
    ("06/07/2027, 21:40:55", "Priya Mistry", "Night all x"),
]

lines = []
for t, who, text in msgs:
    lines.append(f"[{t}] {who}: {text}")
(OUT / f"{STEM}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

write_labels(STEM, "2027-07-06",
    "A WhatsApp 'Export chat' .txt from an iPhone (square-bracketed dd/mm/yyyy timestamps with seconds, invisible left-to-right marks before "
    "system lines, 'image omitted', 'audio omitted', 'This message was deleted.', '<This message was edited>', a POLL block, a stranger's "
    "number removed) of the PCF committee group on the evening of Tuesday 6 July 2027, where co-chair Tom Evans reports back from the meeting "
    "with Mark Walsh, Head of Transport, and the committee picks up jobs. Traps: Tom's numbered list mixes actions (1, 2) with a decision "
    "already agreed at the Board (3), a refusal (4) and the council's own survey (5); Tom's next message corrects the date of item 1 from "
    "Thursday 15th to Friday 16th; the sign-in sheet already sent to Ruth; the poll; Anne Price putting transport on the September agenda is "
    "reported, not agreed here; Tom being asked to send notes 'when you've done the case studies' is conditional. Labels: Mark (Mark Walsh) "
    "letter template by the corrected Friday 16 July; Mark's team ringing the families 'by end of next week' = Friday 16 July; 'I' in Tom "
    "Evans's message, case studies by Weds 14th; 'I' in Kerry Lang's message, post 'tomorrow morning' = Wednesday 7 July; Priya Mistry asks "
    "Claire Dunmore 'on Thurs' = 8 July; 'I' in Jo Marsh's message (PCF co-chair, not in the list) for the September newsletter, no date.",
    [("Mark will send the revised appeals letter template", "Mark", "Mark Walsh", "2027-07-16"),
     ("get his team to ring the 4 families", "Mark", "Mark Walsh", "2027-07-16"),
     ("I'd write up the 3 case studies", "I", "Tom Evans", "2027-07-14"),
     ("I'll put a post on the FB group", "I", "Kerry Lang", "2027-07-07"),
     ("will ask Claire Dunmore on Thurs", "Priya Mistry", "Priya Mistry", "2027-07-08"),
     ("I'll do the transport bit for the September newsletter", "I", None, None)])
print("448 done")
