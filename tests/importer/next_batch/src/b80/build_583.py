import json
from pathlib import Path
OUT = Path("/tmp/b80")
STEM = "583_eightieth_teams_meeting_chat_copied_board"

doc = """Westmoor SEND Partnership Board - Wednesday 10 March 2027, 10:00-12:30 (Microsoft Teams)
MEETING CHAT - copied out of Teams by Ruth Hill for the action log.
Anne asked for the actions to go on the log today; the formal minutes (from the recording) will follow.
Reactions are shown as [reactions: ...] where I could see them. System messages left in.
------------------------------------------------------------------------------------------

Meeting started 09:57
Recording started 10:01

[10/03/2027 09:58] Ruth Hill (Westmoor Council)
Morning all, agenda and papers are in the Files tab of this chat. Apologies so far: Priya Shah (joining late, around 11), Sarah Kent, Cllr Bethan Jones.

[10/03/2027 09:59] Tom Evans (Guest)
Morning! Camera won't work so I'm audio only today

[10/03/2027 10:00] Helen Brooks
Riverside wifi has died again, I'm sat in my car in the staff car park for signal
[reactions: 😆 4]

[10/03/2027 10:00] Tom Evans (Guest)
very glamorous

[10/03/2027 10:02] Anne Price (Chair)
Welcome everyone. January minutes agreed as an accurate record - Ruth has already published them on the Local Offer, thank you Ruth.
[reactions: 👍 3]

[10/03/2027 10:04] Yusuf Okafor (ICB)
Apologies, on another call until about 10:15, will join then

Yusuf Okafor (ICB) joined the meeting 10:16

[10/03/2027 10:06] Ruth Hill (Westmoor Council)
Item 2 action log: all January actions closed except Liam's dashboard, which is item 3 today.

[10/03/2027 10:07] Mary Walker (Westmoor Council)
For info the Local Offer refresh went live on Monday ✅ so that one can come off the risk register too

[10/03/2027 10:11] Liam Porter
Slides for item 3 are in Files - "Timeliness Q3 v4 FINAL (2).pptx" - ignore the v3 one

[10/03/2027 10:19] Claire Dunmore (SENDIASS) (Guest)
SENDIASS are seeing lots of families asking about the 20 weeks - 31 enquiries in February alone, mostly about draft plans that haven't arrived.

[10/03/2027 10:22] Ruth Hill (Westmoor Council)
ACTION: Liam to circulate the updated 20-week timeliness dashboard to Board members by Friday

[10/03/2027 10:24] Liam Porter
Replying to Ruth Hill: ACTION: Liam to circulate the updated...
Can I have until the following Friday? The Q3 validation against the DfE return won't be finished until next Wednesday

[10/03/2027 10:25] Anne Price (Chair)
Fine - Friday 19th then. Ruth please amend

[10/03/2027 10:25] Ruth Hill (Westmoor Council)
Amended
[reactions: 👍 2]

[10/03/2027 10:31] Liam Porter
Can someone remind me who owns the tribunal outcomes data? It's not in our return

[10/03/2027 10:32] Mary Walker (Westmoor Council)
That's Legal Services, not us - they report it to the Corporate Parenting Panel. Nothing for this Board.

[10/03/2027 10:38] David Lowe
EP statutory advice: average now 9.4 weeks, down from 12.1 in November. Still 40 over 6 weeks. Happy to send round the EP recovery plan before the next Board so people can see the trajectory

[10/03/2027 10:39] Ruth Hill (Westmoor Council)
ACTION: DL - send round the EP statutory advice recovery plan before next Board (Wed 12 May)

[10/03/2027 10:40] David Lowe
👍

This message has been deleted.

[10/03/2027 10:52] Grace Adeyemi (WCHT)
Item 4 - SALT initial assessment wait is 41 weeks now, it's the worst it's been. I'll take the SALT waiting list deep dive for the May Board - with the workforce numbers and what the school-based model would cost
[reactions: 👍 5  ❤️ 1]

[10/03/2027 10:55] Tom Evans (Guest)
Thank you Grace. Parents will want to see that

[10/03/2027 10:58] Yusuf Okafor (ICB)
For info the ICB Board takes the neurodiversity pathway business case on 1 April. That's an ICB decision, not ours - the outcome will come to May under the standing health item as usual.

[10/03/2027 11:03] Anne Price (Chair)
Item 5 - Inclusion Charter v3 approved, no further changes. Thanks to everyone who commented. That's a decision, not an action - it goes to Cabinet in their cycle.
[reactions: 🎉 6]

Priya Shah (Westmoor Council) joined the meeting 11:06

[10/03/2027 11:09] Ruth Hill (Westmoor Council)
ACTION: Mary to write to all schools re: part-time timetables and the new attendance guidance

[10/03/2027 11:11] Mary Walker (Westmoor Council)
Replying to Ruth Hill: ACTION: Mary to write to all schools...
I think this is better coming from Priya as Director - it's a bit of a statement to schools. Priya?

[10/03/2027 11:12] Priya Mistry (PCF) (Guest)
Not me I hope 😅 I assume you mean Priya S!

[10/03/2027 11:12] Helen Brooks
😂

[10/03/2027 11:14] Priya Shah (Westmoor Council)
Just joined, sorry, catching up on the chat. Yes happy to - the letter should come from me. It can go in next week's Schools Bulletin (that's out on the Thursday).

[10/03/2027 11:15] Anne Price (Chair)
Great - so Priya S to send the part-time timetables letter via next Thursday's Schools Bulletin, Mary to give her the draft wording. Ruth please change the owner.

[10/03/2027 11:15] Ruth Hill (Westmoor Council)
Done, owner changed to Priya Shah
[reactions: 👍 1]

[10/03/2027 11:20] Owen Reid
PfA workstream update is paper 6. Nothing needs a decision today, just for noting. Happy to take questions by email.

[10/03/2027 11:27] Tom Evans (Guest)
PCF survey closed on Friday with 312 responses!!
[reactions: 🎉 7  ❤️ 3]

[10/03/2027 11:28] Anne Price (Chair)
Brilliant response rate. Tom can you share the headline findings with Sarah K for the participation report?

[10/03/2027 11:29] Tom Evans (Guest)
Yes will do, before Easter

[10/03/2027 11:29] Sarah Khan
Thanks Tom, that would be great - it's me btw, Sarah Kent is on leave 🙂

[10/03/2027 11:41] Claire Dunmore (SENDIASS) (Guest)
Happy to bring the SENDIASS annual report to the next Board if useful?

[10/03/2027 11:43] Anne Price (Chair)
Thanks Claire - the May agenda is already very full (SALT deep dive, EP plan, ICB update). Can we have it at the July Board instead?

[10/03/2027 11:43] Claire Dunmore (SENDIASS) (Guest)
👍 July it is

[10/03/2027 11:44] Ruth Hill (Westmoor Council)
Noted: SENDIASS annual report moved to the July Board (date tbc, will send the 2027/28 schedule round)

[10/03/2027 11:58] Anne Price (Chair)
Sorry everyone, that was my cat on the keyboard
jjjjjjjjjjjjkkkkkkkk;;;;;;
[reactions: 😆 8  🐈 2]

[10/03/2027 12:01] Helen Brooks
best contribution of the morning

[10/03/2027 12:10] Mary Walker (Westmoor Council)
AOB - just to say the DfE are holding their regional SEND reform roadshow on 23 March. That's a DfE event, anyone can book, link: https://www.eventbrite.co.uk/e/send-reform-roadshow-north

[10/03/2027 12:14] Ruth Hill (Westmoor Council)
Next meeting: Wednesday 12 May 2027, 10:00-12:30, County Hall Committee Room 3 and Teams. In person if you can please!

[10/03/2027 12:16] Anne Price (Chair)
Thanks all, good meeting. Cake in person in May 🍰

Recording stopped 12:17
Meeting ended: 2h 20m
"""

labels = {
    "meeting_date": "2027-03-10",
    "style": (
        "Held-out batch eightieth. A Microsoft Teams meeting chat from the Partnership Board on Wednesday 10 March 2027, "
        "copied out by the secretary, with '[dd/mm/yyyy hh:mm] Name (Org)' headers, system lines (joined, recording started, "
        "message deleted), '[reactions: ...]' lines, 'Replying to' quotes and jokes (cat on the keyboard, car park wifi). "
        "Traps: Liam's dashboard action is first given 'by Friday' (12 March) but he asks for the following Friday and the chair "
        "agrees 'Friday 19th' - label 2027-03-19; Ruth's ACTION for Mary to write to schools is handed to Priya Shah (Priya Mistry "
        "jokes it is not her) - label 'Priya S', due 'next Thursday's Schools Bulletin' = Thursday 18 March 2027 (next week's "
        "bulletin, out on the Thursday); David's EP recovery plan 'before next Board (Wed 12 May)' = 2027-05-12; Grace's SALT deep "
        "dive 'for the May Board' = 12 May 2027 as the chat gives that date; Tom's headline findings 'before Easter' = Thursday 25 "
        "March 2027 (Good Friday 26 March is a bank holiday); 'Sarah K' is the recipient and is clarified as Sarah Khan, not an owner; "
        "Claire offers the SENDIASS annual report for the next Board but the chair moves it to the July Board with no date given - "
        "'meeting 2027-07'. Not labelled: January minutes already published, Local Offer refresh already live, tribunal data belongs "
        "to Legal Services, the ICB's neurodiversity business case (ICB decision, noted), Inclusion Charter v3 approved (decision), "
        "Mary giving Priya draft wording (supporting step of Priya's action), PfA paper for noting, DfE roadshow, next meeting details."
    ),
    "held_out": True,
    "actions": [
        {"key": "Liam to circulate the updated 20-week timeliness dashboard", "owner": "Liam", "person": "Liam Porter", "due": "2027-03-19"},
        {"key": "send round the EP statutory advice recovery plan", "owner": "DL", "person": "David Lowe", "due": "2027-05-12"},
        {"key": "I'll take the SALT waiting list deep dive", "owner": "Grace Adeyemi", "person": "Grace Adeyemi", "due": "2027-05-12"},
        {"key": "Priya S to send the part-time timetables letter", "owner": "Priya S", "person": "Priya Shah", "due": "2027-03-18"},
        {"key": "Tom can you share the headline findings", "owner": "Tom", "person": "Tom Evans", "due": "2027-03-25"},
        {"key": "Happy to bring the SENDIASS annual report", "owner": "Claire Dunmore", "person": "Claire Dunmore", "due": "meeting 2027-07"},
    ],
}
(OUT / f"{STEM}.txt").write_text(doc, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
