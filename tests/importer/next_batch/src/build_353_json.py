import json, datetime as dt
def ts(s, n=0):
    d = dt.datetime.fromisoformat(s).replace(tzinfo=dt.UTC)
    return f"{d.timestamp():.0f}.{100231+n*7919:06d}"
U = {
 "U01MW7K2A": ("mary.walker", "Mary Walker", "Head of SEND, Westmoor Council"),
 "U03RH9P1C": ("ruth.hill", "Ruth Hill", "Partnership Business Support"),
 "U05QW1LP2": ("liam.porter", "Liam Porter", "Data & Performance Manager"),
 "U02YO4D8E": ("yusuf.okafor", "Yusuf Okafor", "DCO, Westmoor ICB"),
 "U07TE3V5F": ("tom.evans", "Tom Evans", "PCF co-chair"),
 "U06HB2S9G": ("helen.brooks", "Helen Brooks", "SENCo, Riverside Primary"),
 "U04GA6T1H": ("grace.adeyemi", "Grace Adeyemi", "Head of Children's Therapies"),
 "U08SK1P7J": ("sarah.khan", "Sarah Khan", "Participation Officer"),
}
users = [{"id": k, "name": v[0], "real_name": v[1], "profile": {"title": v[2], "display_name": v[0].split(".")[0].title()}} for k, v in U.items()]
def msg(uid, when, text, n=0, thread=None, reactions=None, edited=None, reply_count=None):
    m = {"type": "message", "user": uid, "text": text, "ts": ts(when, n),
         "user_profile": {"real_name": U[uid][1], "display_name": U[uid][0].split(".")[0].title(), "name": U[uid][0]}}
    if thread: m["thread_ts"] = thread; m["parent_user_id"] = "U01MW7K2A"
    if reply_count is not None: m["thread_ts"] = m["ts"]; m["reply_count"] = reply_count
    if reactions: m["reactions"] = [{"name": r, "users": us, "count": len(us)} for r, us in reactions]
    if edited: m["edited"] = {"user": uid, "ts": ts(edited, n + 1)}
    return m
parent_when = "2026-12-08T16:05:12"
P = ts(parent_when, 1)
messages = [
 msg("U04GA6T1H", "2026-12-08T09:14:40", "Morning all - papers for this afternoon's data workstream are in the channel files. Sorry they're late.", 0),
 msg("U01MW7K2A", parent_when,
     "Thanks all for this afternoon's Data & Performance workstream. Quick summary of what we agreed, full minutes will follow :thread:\n"
     "• <@U05QW1LP2|liam.porter> to rebuild the EHCP 20-week timeliness dashboard so it splits out exception cases - by Friday 18th\n"
     "• <@U03RH9P1C|ruth.hill> to book a room at Westmoor House for the January session (in person, not Teams this time)\n"
     "• Health advice returns - Yusuf is taking this back to the ICB and will report at the next meeting\n"
     "• We agreed NOT to publish the Q2 timeliness figures on the Local Offer until the validation is finished (decision, nothing to do)\n"
     "• <@U08SK1P7J|sarah.khan> already sent the parent survey questions to comms during the meeting :white_check_mark:\n"
     "• I'll write to the SENCo network about the census SEN coding errors this week\n"
     "• <@U07TE3V5F|tom.evans> to look over the parent-facing wording on the dashboard before anything goes live",
     1, reply_count=6, reactions=[("+1", ["U05QW1LP2", "U02YO4D8E", "U06HB2S9G"]), ("eyes", ["U07TE3V5F"])], edited="2026-12-08T16:09:30"),
 msg("U05QW1LP2", "2026-12-08T16:21:03", "On it. Might be Monday 21st rather than the Friday though, the Synergy extract only refreshes weekly on a Sunday night.", 2, thread=P),
 msg("U01MW7K2A", "2026-12-08T16:24:47", "Monday 21st is fine, let's go with that.", 3, thread=P, reactions=[("pray", ["U05QW1LP2"])]),
 msg("U02YO4D8E", "2026-12-08T16:40:15", "Yep will do. And as I said in the meeting, I'll get the DCO quarterly health advice numbers over to Liam by the 16th so they can go into the new dashboard.", 4, thread=P),
 msg("U03RH9P1C", "2026-12-09T08:52:30", "Will do - facilities haven't released the January room bookings yet so I'll book as soon as they open.", 5, thread=P),
 msg("U06HB2S9G", "2026-12-09T12:31:09", "Is anyone picking up the question about the two special schools' missing returns? I don't think we agreed who in the end.", 6, thread=P),
 msg("U01MW7K2A", "2026-12-09T13:02:55", "Good catch Helen. Honestly I don't know yet - let's leave it open and come back to it in January when we've seen the new dashboard.", 7, thread=P),
 msg("U04GA6T1H", "2026-12-10T10:18:44", "FYI unrelated to the actions - our service moves onto the new electronic patient record in February, so therapy data may be patchy for a couple of weeks. That's our internal project, nothing needed from the workstream.", 8, reactions=[("+1", ["U01MW7K2A"])]),
]
out = {"export_tool": "slackdump", "export_version": "2.5.4", "workspace": "westmoor-send-partnership",
       "channel": {"id": "C05DATAWS1", "name": "send-data-workstream", "purpose": "Data & Performance workstream of the Westmoor SEND Partnership", "is_private": True},
       "exported": "2026-12-11T17:00:02Z", "users": users, "messages": messages}
json.dump(out, open(str(__import__("pathlib").Path(__file__).resolve().parent.parent / "353_fortyseventh_slack_channel_export.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
