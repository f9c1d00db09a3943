import json, datetime as dt, uuid, random
from pathlib import Path
OUT = Path("/tmp/b80")
STEM = "586_eightieth_slack_json_export_timeliness_standup"
random.seed(586)

users = {
    "U04RH1LL7": ("Ruth Hill", "Ruth (Partnership support)", "Partnership Business Support Officer"),
    "U03MWALK2": ("Mary Walker", "Mary W", "Head of SEND"),
    "U05LPORT9": ("Liam Porter", "liam.p", "Data and Performance Manager"),
    "U02DLOWE4": ("David Lowe", "David L (PEP)", "Principal Educational Psychologist"),
    "U06YOKAF1": ("Yusuf Okafor", "Yusuf - DCO", "Designated Clinical Officer, Westmoor ICB"),
    "U07HBROO3": ("Helen Brooks", "Helen B", "SENCo, Riverside Primary"),
    "U08SKENT5": ("Sarah Kent", "Sarah Kent", "School Improvement Adviser"),
    "U09SKHAN6": ("Sarah Khan", "sarah.k", "Participation Officer"),
    "U0ACDUNM8": ("Claire Dunmore", "Claire D (SENDIASS)", "SENDIASS Service Manager"),
}

def ts(h, m, s=0):
    t = dt.datetime(2027, 2, 9, h, m, s, tzinfo=dt.timezone.utc)
    return f"{t.timestamp():.0f}.{random.randint(100000, 999999)}"

def msg(uid, t, text, **kw):
    real, disp, title = users[uid]
    m = {"client_msg_id": str(uuid.UUID(int=random.getrandbits(128))), "type": "message", "text": text, "user": uid, "ts": t,
         "team": "T01WSEND0", "user_team": "T01WSEND0", "source_team": "T01WSEND0",
         "user_profile": {"real_name": real, "display_name": disp, "title": title, "first_name": real.split()[0], "is_restricted": uid in ("U06YOKAF1", "U0ACDUNM8")},
         "blocks": [{"type": "rich_text", "block_id": f"b{random.randint(1000,9999)}", "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}]}]}
    m.update(kw)
    return m

def react(name, *uids):
    return {"name": name, "users": list(uids), "count": len(uids)}

T = {k: ts(*v) for k, v in {
    "join": (8, 40), "wf": (9, 0), "open": (9, 2), "dec": (9, 5), "ask_lp": (9, 6), "lp_r": (9, 11), "ep": (9, 20), "ep_r": (15, 40), "ep_r2": (15, 44),
    "hl": (9, 31), "hl_r": (9, 45), "sd": (9, 35), "tmpl": (9, 40), "portal": (9, 52), "sk_r": (10, 14), "skh_r": (10, 21), "mw_r": (10, 23),
    "dmp": (10, 5), "rh_r": (11, 15), "gif": (10, 30), "gif_r": (10, 31), "bot": (12, 0), "sum": (16, 55), "sum_r1": (17, 2), "sum_r2": (17, 6), "sum_r3": (17, 9)}.items()}

messages = [
    {"type": "message", "subtype": "channel_join", "ts": T["join"], "user": "U0ACDUNM8", "text": "<@U0ACDUNM8> has joined the channel"},
    {"type": "message", "subtype": "bot_message", "ts": T["wf"], "bot_id": "B02WORKFLOW", "username": "Weekly stand-up (Workflow Builder)",
     "text": "It's Tuesday stand-up time! :sunrise: Reply in the thread with *done / doing / blockers*.", "thread_ts": T["wf"], "reply_count": 1,
     "replies": [{"user": "U05LPORT9", "ts": T["dec"]}]},
    msg("U03MWALK2", T["open"], "Morning both teams :wave: As agreed at the January Board we're doing this week's EHCP timeliness workstream in here instead of Thursday's meeting (half of us are at the tribunal training). I'll summarise actions at the end of the day for Ruth's log. Main things: Jan figures, EP backlog, health advice, school advice template, portal comms, DMP dates.",
        reactions=[react("+1", "U05LPORT9", "U02DLOWE4", "U07HBROO3", "U04RH1LL7")]),
    msg("U05LPORT9", T["dec"], "Done: December figures are 47% within 20 weeks (excluding exceptions), up from 39% in November. Doing: January, not validated yet. Blockers: SEN2 template changed again :upside_down_face:",
        thread_ts=T["wf"], parent_user_id="B02WORKFLOW"),
    msg("U03MWALK2", T["ask_lp"], "<@U05LPORT9> can you pull the January 20-week figures by Thursday? Need them for Priya's briefing to the Lead Member",
        thread_ts=T["ask_lp"], reply_count=1, reply_users=["U05LPORT9"], replies=[{"user": "U05LPORT9", "ts": T["lp_r"]}],
        reactions=[react("eyes", "U05LPORT9")]),
    msg("U05LPORT9", T["lp_r"], "on it :+1:", thread_ts=T["ask_lp"], parent_user_id="U03MWALK2"),
    msg("U02DLOWE4", T["ep"], "EP update: 63 statutory advices outstanding, 18 of them over 6 weeks. Two locums start 1 March. I'll take the EP backlog triage list - will have it done before half term so we know which ones to prioritise",
        thread_ts=T["ep"], reply_count=2, reply_users=["U02DLOWE4", "U03MWALK2"], replies=[{"user": "U02DLOWE4", "ts": T["ep_r"]}, {"user": "U03MWALK2", "ts": T["ep_r2"]}],
        reactions=[react("raised_hands", "U03MWALK2", "U04RH1LL7")]),
    msg("U02DLOWE4", T["ep_r"], "Update: I've been called to give evidence at a tribunal Thursday and Friday so can we make the triage list Friday 19th please (yes, half term, I'll be in)",
        thread_ts=T["ep"], parent_user_id="U02DLOWE4"),
    msg("U03MWALK2", T["ep_r2"], ":+1: fine", thread_ts=T["ep"], parent_user_id="U02DLOWE4"),
    msg("U06YOKAF1", T["hl"], "Health advice: 11 returns over 6 weeks, mostly community paediatrics (Anita's team are down two consultants). I'll chase the trust leads and report back here next Tuesday",
        thread_ts=T["hl"], reply_count=1, reply_users=["U03MWALK2"], replies=[{"user": "U03MWALK2", "ts": T["hl_r"]}]),
    msg("U03MWALK2", T["hl_r"], "Thanks Yusuf - if it's still double figures next week we'll escalate to the Board", thread_ts=T["hl"], parent_user_id="U06YOKAF1"),
    msg("U0ACDUNM8", T["sd"], "FYI SENDIASS had 14 calls in January about draft plans being late, mainly families in the north locality. No action needed - just for the picture.",
        reactions=[react("pray", "U03MWALK2")]),
    msg("U07HBROO3", T["tmpl"], "New school advice template - I'll pilot it with 3 schools in my cluster by end of Feb and feed back what SENCos think",
        reactions=[react("raised_hands", "U03MWALK2", "U08SKENT5"), react("heart", "U09SKHAN6")]),
    msg("U03MWALK2", T["portal"], "<@U08SKENT5> could you draft the comms to SENCos about the new EHC portal? Ideally out w/c 15th",
        thread_ts=T["portal"], reply_count=3, reply_users=["U08SKENT5", "U09SKHAN6", "U03MWALK2"],
        replies=[{"user": "U08SKENT5", "ts": T["sk_r"]}, {"user": "U09SKHAN6", "ts": T["skh_r"]}, {"user": "U03MWALK2", "ts": T["mw_r"]}]),
    msg("U08SKENT5", T["sk_r"], "I'm off from Thursday for 2 weeks :palm_tree: - could <@U09SKHAN6> take it? She wrote the parent version", thread_ts=T["portal"], parent_user_id="U03MWALK2"),
    msg("U09SKHAN6", T["skh_r"], "Yes I'll take it :raised_hands: w/c 22nd ok? It's half term w/c 15th anyway so no-one will read it", thread_ts=T["portal"], parent_user_id="U03MWALK2"),
    msg("U03MWALK2", T["mw_r"], "Even better, thanks Sarah", thread_ts=T["portal"], parent_user_id="U03MWALK2", reactions=[react("+1", "U09SKHAN6", "U08SKENT5")]),
    msg("U03MWALK2", T["dmp"], "<@U04RH1LL7> could you book the decision-making panel dates for March and April?",
        thread_ts=T["dmp"], reply_count=1, reply_users=["U04RH1LL7"], replies=[{"user": "U04RH1LL7", "ts": T["rh_r"]}]),
    msg("U04RH1LL7", T["rh_r"], "Done :white_check_mark: invites out for 4 and 18 March, 1 and 15 April", thread_ts=T["dmp"], parent_user_id="U03MWALK2",
        reactions=[react("white_check_mark", "U03MWALK2")]),
    {"type": "message", "subtype": "bot_message", "ts": T["gif"], "bot_id": "B01GIPHY", "username": "giphy", "user": "U05LPORT9",
     "text": "/giphy spreadsheet", "attachments": [{"title": "spreadsheet", "image_url": "https://media.giphy.com/media/xT5LMHxhOfscxPfIfm/giphy.gif", "fallback": "giphy: spreadsheet"}]},
    msg("U05LPORT9", T["gif_r"], "me when the DfE changes the SEN2 template for the third year running", reactions=[react("joy", "U02DLOWE4", "U07HBROO3", "U03MWALK2"), react("skull", "U08SKENT5")]),
    {"type": "message", "subtype": "bot_message", "ts": T["bot"], "bot_id": "B00SLACKBOT", "username": "Slackbot",
     "text": "Reminder: Partnership Board papers due Friday 26 February."},
    msg("U03MWALK2", T["sum"], "Summary for Ruth's action log:\n• Liam - Jan 20-week figures - Thu\n• David - EP triage list - before half term\n• Yusuf - chase health advice, report back 16 Feb\n• Helen - pilot school advice template - end Feb\n• Sarah K - portal comms - w/c 22 Feb\n• Ruth - DMP dates (done)",
        thread_ts=T["sum"], reply_count=3, reply_users=["U02DLOWE4", "U03MWALK2", "U04RH1LL7"],
        replies=[{"user": "U02DLOWE4", "ts": T["sum_r1"]}, {"user": "U03MWALK2", "ts": T["sum_r2"]}, {"user": "U04RH1LL7", "ts": T["sum_r3"]}]),
    msg("U02DLOWE4", T["sum_r1"], "19th, see thread :wink:", thread_ts=T["sum"], parent_user_id="U03MWALK2"),
    msg("U03MWALK2", T["sum_r2"], "Sorry - 19th. And Sarah K = Sarah Khan now, not Sarah Kent!", thread_ts=T["sum"], parent_user_id="U03MWALK2"),
    msg("U04RH1LL7", T["sum_r3"], "Got it, all on the log :memo:", thread_ts=T["sum"], parent_user_id="U03MWALK2"),
]
messages.sort(key=lambda m: float(m["ts"]))
export = {
    "channel": {"id": "C05EHCPTML", "name": "ehcp-timeliness", "created": 1767225600, "topic": {"value": "EHCP timeliness workstream - weekly stand-up Tuesdays"},
                "purpose": {"value": "Westmoor SEND Partnership: EHCP 20-week timeliness workstream"}},
    "users": [{"id": k, "name": v[1].lower().replace(" ", "."), "real_name": v[0], "profile": {"title": v[2], "display_name": v[1]}} for k, v in users.items()],
    "messages": messages,
}
(OUT / f"{STEM}.json").write_text(json.dumps(export, indent=2, ensure_ascii=False), encoding="utf-8")

labels = {
    "meeting_date": "2027-02-09",
    "style": (
        "Held-out batch eightieth. A Slack single-channel export in JSON (channel, users list, messages with ts epochs, user IDs, "
        "user_profile, blocks, threads via thread_ts/replies, reactions, channel_join, a Workflow Builder stand-up bot, a giphy, a "
        "Slackbot reminder) of #ehcp-timeliness on Tuesday 9 February 2027, used instead of the Thursday workstream meeting. Owners "
        "are often Slack mentions (<@U05LPORT9> = Liam Porter, <@U09SKHAN6> = Sarah Khan), resolved through the users list. Traps: David's "
        "triage list 'before half term' (Friday 12 February) is moved in its thread to 'Friday 19th', and Mary's end-of-day summary "
        "wrongly repeats 'before half term' until David corrects it - label 2027-02-19; the portal comms are asked of Sarah Kent "
        "(<@U08SKENT5>), handed by her to <@U09SKHAN6>, who claims them for 'w/c 22nd' = Friday 26 February 2027, and the summary's "
        "'Sarah K' is clarified as Sarah Khan; Ruth's decision-making panel dates are done in the thread (not labelled); Claire's "
        "SENDIASS call figures are for information; Mary's escalation 'if it's still double figures' is conditional; the Board papers "
        "reminder is a bot. Dates: Liam 'by Thursday' = Thursday 11 February 2027; Yusuf 'next Tuesday' = Tuesday 16 February 2027 (the "
        "summary agrees); Helen 'by end of Feb' = Sunday 28 February 2027."
    ),
    "held_out": True,
    "actions": [
        {"key": "pull the January 20-week figures by Thursday", "owner": "<@U05LPORT9>", "person": "Liam Porter", "due": "2027-02-11"},
        {"key": "I'll take the EP backlog triage list", "owner": "David Lowe", "person": "David Lowe", "due": "2027-02-19"},
        {"key": "I'll chase the trust leads and report back", "owner": "Yusuf Okafor", "person": "Yusuf Okafor", "due": "2027-02-16"},
        {"key": "pilot it with 3 schools in my cluster", "owner": "Helen Brooks", "person": "Helen Brooks", "due": "2027-02-28"},
        {"key": "comms to SENCos about the new EHC portal", "owner": "<@U09SKHAN6>", "person": "Sarah Khan", "due": "2027-02-26"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
