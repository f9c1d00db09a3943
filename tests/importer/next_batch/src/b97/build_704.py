"""Builds 704: WhatsApp group export for Westmoor Parent Champions after the 3 June 2027 meetup (.txt)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "704_ninetyseventh_whatsapp_parent_champions"

doc = """03/06/2027, 21:40 - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.
03/06/2027, 21:40 - Kerry Lang created group "Westmoor Parent Champions \U0001F49C"
03/06/2027, 21:40 - Kerry Lang added Priya Mistry, Tom Evans, Jade \U0001F33B, +44 7700 900456
03/06/2027, 21:41 - Kerry Lang: Hi all, new group for us champions so we stop clogging up the main forum chat \U0001F602
03/06/2027, 21:47 - Kerry Lang: Thanks everyone for coming tonight!! Quick recap of who's doing what so we don't lose it \U0001F60A
1) Priya M doing the poster for the coffee morning at Riverside, needs to be with Helen by Fri 11th
2) I've already emailed SENDIASS re the tribunal workshop dates, waiting to hear back
3) Jade to find out if the leisure centre does quiet sessions
4) Tom will raise the transport letters at the Board on the 24th
5) Next meetup Thurs 1st July at the library 7pm, I'll book the room
03/06/2027, 21:52 - Jade \U0001F33B: Ha already asked them at the weekend, they do Sunday mornings 8-9 for SEN families \U0001F44D
03/06/2027, 21:53 - Kerry Lang: Amazing, that's 3 sorted then
03/06/2027, 21:58 - Tom Evans: Just to say the Board has moved to Tues 29th June not the 24th. I'll raise the transport letters then
03/06/2027, 22:01 - +44 7700 900456: Thanks for adding me, it's Dawn (Alfie's mum) x
03/06/2027, 22:03 - Kerry Lang: Welcome Dawn \u2764\ufe0f
04/06/2027, 07:12 - Priya Mistry: <Media omitted>
04/06/2027, 07:12 - Priya Mistry: draft poster ^^ thoughts?
04/06/2027, 07:30 - +44 7700 900456: love it! could we do one in Polish too? loads of polish families at St Mary's
04/06/2027, 07:44 - Kerry Lang: Good shout, let's see how the english one goes first and think about it after
04/06/2027, 08:15 - Jade \U0001F33B: This message was deleted
04/06/2027, 09:02 - Sarah Khan joined using this group's invite link
04/06/2027, 09:05 - Sarah Khan: Morning all, Sarah from the council participation team (Kerry invited me). I can print 50 copies of the poster at County Hall and have them ready by Thu 24th if Priya gets it to me by the 14th?
04/06/2027, 09:20 - Priya Mistry: Yes please Sarah!! Thank you \U0001F64F
04/06/2027, 09:21 - Sarah Khan: \U0001F44D
04/06/2027, 12:47 - Tom Evans: FYI the council are launching the new parents' guide to EHCPs in September, Mary Walker mentioned it at the planning call. Nothing for us to do yet
04/06/2027, 18:30 - Kerry Lang: Can someone volunteer to do the Facebook post for the coffee morning?
04/06/2027, 18:41 - +44 7700 900456: I'll do it nearer the time x
04/06/2027, 18:42 - Kerry Lang: Thanks Dawn \U0001F44F
07/06/2027, 13:05 - Kerry Lang: Update - spoke to Claire at SENDIASS, tribunal workshop is Thurs 8th July 10-12 at the Civic Centre. She's going to send us the booking link by the end of the week so we can share it
07/06/2027, 13:06 - Kerry Lang: <Media omitted>
07/06/2027, 13:09 - Priya Mistry: Brilliant. Poster going to Helen and Sarah tonight, sorry for delay, kids poorly
07/06/2027, 13:10 - Jade \U0001F33B: Hope they feel better soon x
07/06/2027, 19:55 - Priya Mistry: Does anyone know if Helen wants it as a PDF or Word? Don't want to send the wrong thing \U0001F648
07/06/2027, 20:02 - Tom Evans: PDF is safest I think
"""

labels = {
    "meeting_date": "2027-06-03",
    "style": (
        "Held-out batch ninetyseventh. A WhatsApp group export (UK dd/mm/yyyy dates, system lines, '<Media omitted>', "
        "a deleted message, a member shown only by phone number until she says she is Dawn) for the new Parent "
        "Champions group, started by Kerry Lang after the champions' meetup on the evening of Thursday 3 June 2027. "
        "Kerry's recap is one multi-line message; later messages re-date or add actions. Labelling choices: Tom's "
        "transport letters item is re-dated by Tom himself to the Board on Tues 29th June = meeting 2027-06 (key from "
        "the recap line); Sarah Khan's conditional offer to print is accepted by Priya so it counts, due Thu 24th = "
        "Thursday 24 June 2027; Dawn (outside people.json, person null) volunteers for the Facebook post 'nearer the "
        "time' = null; Claire (Claire Dunmore, SENDIASS) agreed via Kerry to send the booking link 'by the end of the "
        "week' in a message of Monday 7 June = Friday 11 June 2027; Priya M's poster 'by Fri 11th' = Friday 11 June "
        "2027 (her later message says it is going tonight but it has not been confirmed as received, so it stays "
        "open); Kerry's 'I'll book the room' has no date = null. Traps: item 2 (SENDIASS email) already done; item 3 "
        "(leisure centre quiet sessions) already done by Jade at the weekend; the Polish poster is an idea parked; the "
        "council's EHCP parents' guide launch is another body's plan with 'nothing for us to do yet'; the tribunal "
        "workshop itself is SENDIASS's event, not a task for the group."
    ),
    "held_out": True,
    "actions": [
        {"key": "Priya M doing the poster for the coffee morning", "owner": "Priya M", "person": "Priya Mistry", "due": "2027-06-11"},
        {"key": "Tom will raise the transport letters at the Board", "owner": "Tom", "person": "Tom Evans", "due": "meeting 2027-06"},
        {"key": "at the library 7pm, I'll book the room", "owner": "Kerry Lang", "person": "Kerry Lang", "due": None},
        {"key": "I can print 50 copies of the poster", "owner": "Sarah Khan", "person": "Sarah Khan", "due": "2027-06-24"},
        {"key": "Can someone volunteer to do the Facebook post", "owner": "Dawn", "person": None, "due": None},
        {"key": "She's going to send us the booking link", "owner": "Claire", "person": "Claire Dunmore", "due": "2027-06-11"},
    ],
}

(OUT / f"{STEM}.txt").write_text(doc, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
