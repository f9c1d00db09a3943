"""680: Slack channel export (one day's JSON file) for #send-dashboard after a huddle."""
import json, datetime as dt

OUT = "/tmp/b93/680_ninetythird_send_dashboard_slack_export.json"

USERS = {
 "U03LP7QK2": ("liam.porter", "Liam Porter", "Data and Performance Manager"),
 "U05CF19TT": ("chloe.ford", "Chloe Ford", "Senior Data Analyst"),
 "U02MW4RZ8": ("mary.walker", "Mary Walker", "Head of SEND"),
 "U06YO2HB1": ("yusuf.okafor", "Yusuf Okafor", "DCO - Westmoor ICB (guest)"),
 "U04SK8NN3": ("sarah.khan", "Sarah Khan", "Participation Officer"),
}

def ts(h, m, s=0, day=3):
    t = dt.datetime(2027, 2, day, h, m, s, tzinfo=dt.timezone.utc).timestamp()
    return f"{t:.6f}"

def msg(uid, when, text, **extra):
    name, real, title = USERS[uid]
    d = {"client_msg_id": f"{abs(hash((uid, when, text))) % 10**12:012d}-7c1e-4e0b-9d1a-ff{when.replace('.', '')[-10:]}",
         "type": "message", "text": text, "user": uid, "ts": when, "team": "T01WSTMR9",
         "user_team": "T01WSTMR9", "source_team": "T01WSTMR9",
         "user_profile": {"avatar_hash": "g" + uid[-6:].lower(), "image_72": f"https://avatars.slack-edge.com/2026-03-11/{uid}_72.png",
                          "first_name": real.split()[0], "real_name": real, "display_name": name,
                          "team": "T01WSTMR9", "name": name, "is_restricted": uid == "U06YO2HB1",
                          "is_ultra_restricted": False}}
    d.update(extra)
    return d

T0 = ts(14, 32)
msgs = [
 {"type": "message", "subtype": "channel_join", "ts": ts(9, 2), "user": "U06YO2HB1",
  "text": "<@U06YO2HB1> has joined the channel"},
 msg("U03LP7QK2", ts(9, 5), "Morning all - quick huddle at 2 today instead of the usual Weds meeting, Teams is down for us. Agenda = v2 dashboard sign off + what's outstanding :bar_chart:"),
 msg("U03LP7QK2", T0,
     "*Notes from today's huddle* (Liam, Chloe, Mary, Sarah K, Yusuf)\n"
     "*Done since last time*\n"
     "• SEN2 reconciliation finished - Chloe has closed that off :white_check_mark:\n"
     "• Schools census match - still outstanding, see thread\n"
     "*Decisions*\n"
     "• v2 goes live on the intranet for partners only, not public until the March Board has seen it\n"
     "• EHCNA refusals line - not in this release, parked for v3\n"
     "*Actions*\n"
     "• Chloe to rebuild the 20-week timeliness measure excluding the exception cases by Fri\n"
     "• I'll get the tribunal outcomes tab signed off with legal by 12 Feb\n"
     "• Yusuf - health advice returns from the Trust\n"
     "• Sarah K - parent-facing page wording to be checked with young people\n"
     "• Mary presenting at the March Board",
     thread_ts=T0, reply_count=6, reply_users_count=4, latest_reply=ts(16, 48),
     reactions=[{"name": "+1", "users": ["U02MW4RZ8", "U05CF19TT"], "count": 2}]),
 msg("U06YO2HB1", ts(14, 40), "Thanks Liam. On the health advice returns - I'll get you the Trust's figures by the 26th, they're doing their own quarter-end first", thread_ts=T0, parent_user_id="U03LP7QK2"),
 msg("U04SK8NN3", ts(14, 44), "I'll check the wording of the parent-facing page with the young people's group on the 10th - they meet after school that day", thread_ts=T0, parent_user_id="U03LP7QK2"),
 msg("U02MW4RZ8", ts(14, 51), "Happy to present it at the March Board. Can we have a dry run the week before? Not essential", thread_ts=T0, parent_user_id="U03LP7QK2"),
 msg("U03LP7QK2", ts(15, 3), "<@U05CF19TT> can you take the schools census match instead of me? I'm going to be buried in the SEN2 return sign-off till the end of the month", thread_ts=T0, parent_user_id="U03LP7QK2"),
 msg("U05CF19TT", ts(15, 10), "yep no problem, will have the census match done by the 19th", thread_ts=T0, parent_user_id="U03LP7QK2",
     reactions=[{"name": "pray", "users": ["U03LP7QK2"], "count": 1}]),
 msg("U02MW4RZ8", ts(16, 48), "Q from the huddle - does the timeliness figure include the Christmas closure? Answer from Chloe on the call was yes, it's calendar weeks as per the SEND Code. Just noting it here so we don't ask again :slightly_smiling_face:", thread_ts=T0, parent_user_id="U03LP7QK2"),
 msg("U05CF19TT", ts(17, 2), "FYI the old v1 Power BI link will stop working from Monday, please use the new one pinned to the channel"),
]

open(OUT, "w", encoding="utf-8").write(json.dumps(msgs, indent=4, ensure_ascii=False) + "\n")
