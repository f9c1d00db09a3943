"""Builds 703: Teams meeting chat export (.html) from the online Board, Wed 21 April 2027."""
import html
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "703_ninetyseventh_teams_meeting_chat"

# (time, sender, text, reactions, edited)
msgs = [
    ("09:58", "Ruth Hill", "Morning all - I'll drop the actions in here as we go so we can check them at the end. Recording is OFF today.", "", False),
    ("10:01", "Anne Price", "Welcome everyone. Apologies in chat please if you're sending for someone else.", "", False),
    ("10:02", "Priya Shah", "Apols from James W, I'm covering", "", False),
    ("10:03", "Helen Brooks", "Sorry camera not working, I'm here!", "&#128077; 1", False),
    ("10:14", "Mary Walker", "Link to the draft SEND strategy refresh: https://westmoorcouncil.sharepoint.com/sites/SENDPartnership/Shared%20Documents/Strategy/Draft_v0.7.docx", "", False),
    ("10:17", "Tom Evans", "Can't open that link - says I need permission?", "", False),
    ("10:18", "Ruth Hill", "Tom I've sent you access now, try again", "&#10084;&#65039; 1", False),
    ("10:21", "Owen Reid", "Quick q - are we still doing the transition fair in June?", "", False),
    ("10:22", "Sarah Khan", "Yes Owen - college hall already booked for 17 June and invites went out on Friday", "&#128077; 3", False),
    ("10:26", "Ruth Hill", "ACTION: Tom to send PCF newsletter copy on the transition fair to Sarah", "", False),
    ("10:27", "Tom Evans", "Ruth that's already gone - I sent it to Sarah this morning, so can come off", "", False),
    ("10:27", "Ruth Hill", "Removed &#128077;", "", False),
    ("10:30", "Ruth Hill", "ACTION: Owen to pull together list of Year 9 reviews with no PfA outcome, by Fri 14 May", "&#128077; 2", True),
    ("10:31", "Owen Reid", "will do, will need Liam's help on the data though", "", False),
    ("10:31", "Liam Porter", "Happy to help Owen - I'll send you the extract by 7 May", "&#10084;&#65039; 1", False),
    ("10:40", "Grace Adeyemi", "Could we do a joint therapies/education drop in for parents over the summer? Just a thought", "", False),
    ("10:41", "Tom Evans", "Love that idea!!", "&#128077; 4", False),
    ("10:42", "Anne Price", "Let's park the drop in for the strategy away day rather than action it today", "", False),
    ("10:48", "Ruth Hill", "ACTION: Yusuf to check if the adult autism pathway accepts referrals at 17&frac12; and report back next meeting", "", False),
    ("10:50", "Yusuf Okafor", "Yes I'll check with the adult team", "&#128077; 1", False),
    ("10:55", "Ruth Hill", "ACTION: Ruth to re-circulate the Local Offer feedback form by end of this week", "", True),
    ("11:02", "Priya Shah", "For the minutes: Schools Forum agreed the high needs top-up uplift last week, so nothing for us to do on that", "", False),
    ("11:05", "Mary Walker", "I'll circulate Cabinet Member comments on the draft strategy by 21 May", "&#128077; 2", False),
    ("11:09", "Helen Brooks", "Sorry, dropping off for a fire drill! Can someone send me the actions pls", "", False),
    ("11:12", "Ruth Hill", "ACTION: Helen B &amp; Nadia to host the June SENCo network at Riverside - date TBC", "", False),
    ("11:13", "Sarah Kent", "I can do a short slot on the new inspection framework at that network if useful?", "", False),
    ("11:14", "Ruth Hill", "Thanks Sarah - noted, Helen's dropped off so we'll pick that up another time", "", False),
    ("11:15", "Anne Price", "Thanks all. Ruth - please could you write up and send the actions to all by Tuesday", "", False),
    ("11:16", "Ruth Hill", "Will do &#128077;", "", False),
    ("11:16", "Liam Porter", "Thanks all, bye", "&#128075; 3", False),
]

rows = []
for t, who, text, reacts, edited in msgs:
    rows.append(
        f'<div class="message">\n'
        f'  <div class="meta"><span class="sender">{who}</span> <span class="time">21/04/2027 {t}</span>'
        + (' <span class="edited">Edited</span>' if edited else "")
        + "</div>\n"
        f'  <div class="body">{text}</div>\n'
        + (f'  <div class="reactions">{reacts}</div>\n' if reacts else "")
        + "</div>"
    )

doc = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Meeting chat - Westmoor SEND Partnership Board (online)</title>
<style>
body {{ font-family: "Segoe UI", Arial, sans-serif; font-size: 13px; color: #242424; margin: 24px; }}
.header {{ border-bottom: 1px solid #ccc; padding-bottom: 8px; margin-bottom: 12px; }}
.message {{ margin: 6px 0 10px 0; }}
.sender {{ font-weight: 600; }}
.time, .edited {{ color: #616161; font-size: 11px; }}
.reactions {{ color: #616161; font-size: 11px; }}
.system {{ color: #616161; font-style: italic; }}
</style>
</head>
<body>
<div class="header">
<h2>Westmoor SEND Partnership Board (online)</h2>
<p>Wednesday 21 April 2027, 10:00 - 11:30 | Microsoft Teams meeting | Organiser: Ruth Hill</p>
<p>Chat exported 21/04/2027 11:42 by Ruth Hill. Messages in date order. Images and files are not included in this export.</p>
</div>
<p class="system">Ruth Hill started the meeting chat.</p>
{chr(10).join(rows)}
<p class="system">Grace Adeyemi left the meeting.</p>
<p class="system">Meeting ended: 1h 19m 43s</p>
<p class="system">Anne Price sent a file: SEND Board actions tracker Apr27.xlsx (not included)</p>
</body>
</html>
"""

labels = {
    "meeting_date": "2027-04-21",
    "style": (
        "Held-out batch ninetyseventh. An HTML export of the Teams meeting chat from the online SEND Partnership Board "
        "on Wednesday 21 April 2027, kept by Ruth Hill, who types 'ACTION:' lines as the meeting goes; others agree "
        "actions in their own words, and reactions, 'Edited' flags and system lines are mixed in. Labelling choices: "
        "Liam's offer to Owen is his own action; Ruth's 'write up and send the actions' comes from Anne's request, "
        "which Ruth accepts ('Will do'), and the key is taken from Anne's line. Helen B & Nadia (Nadia Khan) share the "
        "SENCo network action; person is Helen Brooks, named first; 'date TBC' = null. Traps: the transition fair is "
        "already booked; Tom's newsletter ACTION is posted and then removed because it is already done; Grace's "
        "joint drop-in idea is parked for the away day, not agreed; Priya's Schools Forum uplift is another body's "
        "decision and 'nothing for us to do'; Sarah Kent's slot is only offered and left for another time; "
        "permission fix for Tom's link is done in the meeting. Dates: Owen 'by Fri 14 May' = Friday 14 May 2027; "
        "Liam 'by 7 May' = Friday 7 May 2027; Yusuf 'report back next meeting' = next meeting; Ruth 'by end of this "
        "week' = Friday 23 April 2027; Mary 'by 21 May' = Friday 21 May 2027; Ruth 'by Tuesday' = Tuesday 27 April 2027."
    ),
    "held_out": True,
    "actions": [
        {"key": "pull together list of Year 9 reviews", "owner": "Owen", "person": "Owen Reid", "due": "2027-05-14"},
        {"key": "I'll send you the extract by 7 May", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-05-07"},
        {"key": "check if the adult autism pathway accepts referrals", "owner": "Yusuf", "person": "Yusuf Okafor", "due": "next meeting"},
        {"key": "re-circulate the Local Offer feedback form", "owner": "Ruth", "person": "Ruth Hill", "due": "2027-04-23"},
        {"key": "circulate Cabinet Member comments on the draft strategy", "owner": "Mary Walker", "person": "Mary Walker", "due": "2027-05-21"},
        {"key": "host the June SENCo network at Riverside", "owner": "Helen B & Nadia", "person": "Helen Brooks", "due": None},
        {"key": "please could you write up and send the actions", "owner": "Ruth", "person": "Ruth Hill", "due": "2027-04-27"},
    ],
}

(OUT / f"{STEM}.html").write_text(doc, encoding="utf-8")
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
