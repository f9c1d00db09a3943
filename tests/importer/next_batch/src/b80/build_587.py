import json, html
from pathlib import Path
OUT = Path("/tmp/b80")
STEM = "587_eightieth_google_chat_space_saved_html_early_years"

# (name, time, text, reactions, extra)
threads = [
 ("Agenda", [
  ("Ruth Hill", "Wed 14 Apr, 09:30", "Morning all 👋 As agreed yesterday, today's Early Years workstream is async in here - the room was double-booked and half of you are at the area SEND inspection prep day. Agenda (pinned):\n1. 2-year check referrals\n2. Portage capacity\n3. EY SEN inclusion fund guidance\n4. Transitions panel\n5. EP consultation line\n6. AOB + next meeting\nPlease reply in the threads so I can find things!", "📌 1  👍 4", ""),
  ("Helen Brooks", "Wed 14 Apr, 09:34", "Will do. Also has anyone else's Easter egg stash already gone? Asking for a friend 🥚", "😂 5", ""),
  ("Tom Evans", "Wed 14 Apr, 09:36", "gone by Easter Monday here", "", "External"),
 ]),
 ("1. 2-year check referrals", [
  ("Anita Patel", "Wed 14 Apr, 10:02", "Referrals from the 2-year integrated review are up 22% on last year, biggest rise in Eastfield. I'll send the 2-year-check referral data broken down by locality by the end of the month.", "👍 2", ""),
  ("Mary Walker", "Wed 14 Apr, 10:10", "Thanks Anita - can it include the setting type too (PVI / maintained nursery / childminder)?", "", ""),
  ("Anita Patel", "Wed 14 Apr, 10:15", "Will do", "👍 1", ""),
 ]),
 ("2. Portage capacity", [
  ("Grace Adeyemi", "Wed 14 Apr, 10:21", "Portage waiting list is now 9 months. We've lost 1.5 FTE and can't recruit at band 5.", "😟 3", ""),
  ("Mary Walker", "Wed 14 Apr, 10:30", "That needs to go to the Board. Grace, could you write up a short portage capacity paper for the Board on 12 May? Options and costs if you can.", "", ""),
  ("Grace Adeyemi", "Wed 14 Apr, 10:52", "Yes, will do. Might be tight on costs but I'll get something in.", "🙏 2", ""),
 ]),
 ("3. EY SEN inclusion fund guidance", [
  ("Mary Walker", "Wed 14 Apr, 11:05", "The EY SEN inclusion fund guidance needs a refresh before September - settings tell us it's unreadable. Helen could you take that?", "", ""),
  ("Helen Brooks", "Wed 14 Apr, 11:20", "Happy to help but I'm school-based, I don't really know the PVI side - would Sarah Kent be better? She does the EY settings visits.", "", ""),
  ("Sarah Kent", "Wed 14 Apr, 11:41", "Yes that makes sense, I'll refresh the inclusion fund guidance before half term. Helen, I'll send you a draft to sense-check from the school end.", "👍 3", "Edited"),
  ("Mary Walker", "Wed 14 Apr, 11:44", "Thanks both 🙏", "", ""),
 ]),
 ("4. Transitions panel", [
  ("Tom Evans", "Wed 14 Apr, 12:03", "PCF can do this. I'll find 3 parents for the EY transitions panel by Friday - ideally one from each locality.", "🙌 2", "External"),
  ("Ruth Hill", "Wed 14 Apr, 12:06", "Message deleted by its author", "", "deleted"),
  ("Ruth Hill", "Wed 14 Apr, 12:07", "Thanks Tom! (ignore the deleted one, wrong space 🙈)", "", ""),
 ]),
 ("5. EP consultation line", [
  ("David Lowe", "Wed 14 Apr, 13:15", "We're restarting the EP early years consultation line in May - settings can book 30-minute slots. I'll confirm the consultation line dates next week once the locum rota is done.", "👍 3", ""),
 ]),
 ("6. AOB + next meeting", [
  ("Yusuf Okafor", "Wed 14 Apr, 13:40", "For info the ICB is consulting on the 0-5 therapies specification - closes 30 April. Individual and organisational responses welcome, link in the Drive folder. That's an ICB consultation, not something this group has to respond to.", "", ""),
  ("Priya Shah", "Wed 14 Apr, 14:02", "Also for info: Sunny Days nursery in Eastfield is closing in July. The admissions and sufficiency team are leading on finding places, including for the 6 children with SEN support plans.", "😢 2", ""),
  ("Mary Walker", "Wed 14 Apr, 14:10", "And good news - the EY SEND toolkit went live on the Local Offer last week ✅ Thanks to everyone who contributed.", "🎉 6", ""),
  ("Mary Walker", "Wed 14 Apr, 14:12", "Decision for the record: we keep the workstream monthly until September, then review whether to merge with Inclusion.", "👍 4", ""),
  ("Ruth Hill", "Wed 14 Apr, 14:30", "Next meeting in person: Wednesday 19 May, 2pm, Family Hub North. I'll send the calendar invites tomorrow.", "👍 5", ""),
  ("Ruth Hill", "Thu 15 Apr, 10:18", "Sorry all - Outlook is down across the council today 🙃 Invites will go out on Friday instead.", "😅 3", "Edited"),
  ("Tom Evans", "Thu 15 Apr, 10:20", "Still more reliable than our WhatsApp group", "😂 4", "External"),
 ]),
]

parts = []
for title, msgs in threads:
    parts.append(f'<div class="thread"><div class="thread-title">{html.escape(title)}</div>')
    for i, (name, time, text, reacts, extra) in enumerate(msgs):
        tag = ' <span class="badge">External</span>' if extra == "External" else ""
        cls = "msg deleted" if extra == "deleted" else "msg"
        ed = ' <span class="edited">Edited</span>' if extra == "Edited" else ""
        body = "<br>".join(html.escape(l) for l in text.split("\n"))
        r = f'<div class="reactions">{html.escape(reacts)}</div>' if reacts else ""
        parts.append(f'<div class="{cls}"><div class="hdr"><span class="name">{html.escape(name)}</span>{tag} <span class="time">{time}</span>{ed}</div>'
                     f'<div class="text">{body}</div>{r}</div>')
        if i == 0 and len(msgs) > 1:
            parts.append(f'<div class="replies">{len(msgs)-1} repl{"y" if len(msgs)==2 else "ies"}</div>')
    parts.append("</div>")

doc = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Westmoor EY SEND workstream - Google Chat</title>
<style>
body {{ font-family: 'Google Sans', Roboto, Arial, sans-serif; font-size: 14px; color: #1f1f1f; max-width: 860px; margin: 20px auto; }}
.space-hdr {{ border-bottom: 1px solid #ddd; padding-bottom: 8px; margin-bottom: 16px; }}
.thread {{ border: 1px solid #e3e3e3; border-radius: 8px; padding: 10px 14px; margin: 12px 0; }}
.thread-title {{ font-weight: 600; color: #0b57d0; margin-bottom: 6px; }}
.name {{ font-weight: 600; }} .time {{ color: #666; font-size: 12px; }} .edited {{ color: #888; font-size: 11px; }}
.badge {{ background: #fce8e6; color: #a50e0e; font-size: 11px; border-radius: 4px; padding: 0 4px; }}
.reactions {{ font-size: 12px; background: #f1f3f4; display: inline-block; border-radius: 12px; padding: 1px 8px; margin-top: 3px; }}
.replies {{ color: #0b57d0; font-size: 12px; margin: 4px 0 8px 0; }}
.deleted .text {{ font-style: italic; color: #888; }}
.msg {{ margin: 8px 0; }}
</style>
<script>/* saved page - interactive features disabled */ window.__chatState = {{space:"AAAAx7wSEND", threads:6}};</script>
</head><body>
<div class="space-hdr"><h2>Westmoor EY SEND workstream</h2>
<div>Space &middot; 11 members &middot; External users allowed &middot; Saved from Google Chat by Ruth Hill, 16 April 2027</div>
<div><em>Async workstream meeting, Wednesday 14 April 2027 - actions to go on the partnership action log</em></div></div>
{chr(10).join(parts)}
<div class="footer" style="color:#888;font-size:11px;margin-top:30px">History is on &middot; Messages are kept for 1 year</div>
</body></html>
"""
(OUT / f"{STEM}.html").write_text(doc, encoding="utf-8")

labels = {
    "meeting_date": "2027-04-14",
    "style": (
        "Held-out batch eightieth. A Google Chat space saved as an HTML page (threads per agenda item, 'Edited' markers, 'External' "
        "badge for the PCF co-chair, reaction chips, 'N replies' links, a deleted message, a script block) holding the Early Years "
        "workstream run asynchronously on Wednesday 14 April 2027, with a follow-up the next morning. Traps: Mary asks Helen to refresh "
        "the EY SEN inclusion fund guidance; Helen suggests Sarah Kent, who claims it 'before half term' (summer half term w/c 31 May) = "
        "Friday 28 May 2027 - Sarah sending Helen a draft is part of that action; Ruth's calendar invites are 'tomorrow' (15 April) but next "
        "day move to 'on Friday instead' = Friday 16 April 2027; Anita's data 'by the end of the month' = Friday 30 April 2027 (the setting-type "
        "breakdown is part of it); Grace's portage paper 'for the Board on 12 May' = 2027-05-12 (agreed in reply, with a thank-you reaction); "
        "Tom's parents 'by Friday' = Friday 16 April 2027; David's consultation line dates 'next week' = Friday 23 April 2027. Not labelled: "
        "the ICB's 0-5 therapies consultation (ICB's, optional), Sunny Days nursery closure (admissions team leading), the EY SEND toolkit "
        "already live, the decision to stay monthly until September, the next meeting details, Easter egg jokes."
    ),
    "held_out": True,
    "actions": [
        {"key": "send the 2-year-check referral data broken down by locality", "owner": "Anita Patel", "person": "Anita Patel", "due": "2027-04-30"},
        {"key": "write up a short portage capacity paper", "owner": "Grace", "person": "Grace Adeyemi", "due": "2027-05-12"},
        {"key": "I'll refresh the inclusion fund guidance before half term", "owner": "Sarah Kent", "person": "Sarah Kent", "due": "2027-05-28"},
        {"key": "find 3 parents for the EY transitions panel", "owner": "Tom Evans", "person": "Tom Evans", "due": "2027-04-16"},
        {"key": "confirm the consultation line dates next week", "owner": "David Lowe", "person": "David Lowe", "due": "2027-04-23"},
        {"key": "send the calendar invites tomorrow", "owner": "Ruth Hill", "person": "Ruth Hill", "due": "2027-04-16"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
