"""Builds 706: Slack-style channel export (JSON) with an actions thread after the data subgroup, Tue 9 Nov 2027."""
import datetime as dt
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
STEM = "706_ninetyseventh_slack_data_subgroup_thread"

users = {
    "U03LPORTER": ("liam.porter", "Liam Porter", "Data and Performance Manager"),
    "U03SKENT01": ("sarah.kent", "Sarah Kent", "School Improvement Adviser"),
    "U02DLOWE77": ("david.lowe", "David Lowe", "Principal EP"),
    "U04YOKAFOR": ("yusuf.okafor", "Yusuf Okafor", "DCO, Westmoor ICB"),
    "U01RHILL22": ("ruth.hill", "Ruth Hill", "Partnership Business Support"),
    "U02MWALKER": ("mary.walker", "Mary Walker", "Head of SEND"),
    "U05PSHAH00": ("priya.shah", "Priya Shah", "Director of Education"),
    "U05GADEYEM": ("grace.a", "Grace Adeyemi", "Head of Children's Therapies"),
    "U06OREID11": ("owen.reid", "Owen Reid", "PfA Lead"),
    "U06HBROOKS": ("helen.brooks", "Helen Brooks", "SENCo, Riverside Primary"),
    "USLACKBOT": ("slackbot", "Slackbot", ""),
}

BASE = dt.datetime(2027, 11, 9, 15, 32, tzinfo=dt.timezone.utc).timestamp()


def ts(minutes, extra=0):
    return f"{BASE + minutes * 60 + extra:.6f}"


PARENT_TS = ts(0, 0.000219)

raw = [
    # (minutes offset, user, text, extras)
    (-95, "U03LPORTER", "Reminder: data subgroup at 2pm in Room 3.14 / Teams link in the calendar invite :calendar:", {}),
    (-94, "U02MWALKER", "thanks Liam, running 5 mins late", {}),
    (0, "U03LPORTER",
     "Actions from today's data subgroup :thread: (please reply in thread if I've got yours wrong)\n"
     "1. Liam - update the EHCP timeliness tracker with Oct data by 19 Nov\n"
     "2. Sarah Kent - get the KS2 SEN support attainment gap figures from the SI team before the Dec Board\n"
     "3. David - confirm how many EP advice requests breached 6 weeks in Q2\n"
     "4. Yusuf - ask the Trust for health advice return rates split by service\n"
     "5. Ruth - set up a shared folder for the SEF evidence\n"
     "6. Helen - share the SENCo view on the new provision map template",
     {"reactions": [{"name": "white_check_mark", "users": ["U02MWALKER", "U05PSHAH00"], "count": 2}],
      "edited": {"user": "U03LPORTER", "ts": ts(4, 0.000001)}}),
    (6, "U03SKENT01", "Hi Liam, 2 is fine but I can have them to you by Fri 3rd Dec rather than waiting for the Board, if that helps?", {"thread": True}),
    (7, "U03LPORTER", "perfect, 3rd it is :+1:", {"thread": True}),
    (9, "U02DLOWE77", "3 - done, the figures were in the slide pack I shared this morning (p.4) :slightly_smiling_face:", {"thread": True,
      "reactions": [{"name": "pray", "users": ["U03LPORTER"], "count": 1}]}),
    (15, "U04YOKAFOR", "4 :+1: will bring them to the next subgroup", {"thread": True}),
    (21, "U01RHILL22", "Folder set up here <https://westmoorcouncil.sharepoint.com/sites/SEF2027|SEF evidence 2027> - everyone should have edit access now", {"thread": True,
      "reactions": [{"name": "tada", "users": ["U03LPORTER", "U02MWALKER", "U06HBROOKS"], "count": 3}]}),
    (30, "U02MWALKER", "Thanks Liam. One more from me - I'll get the tribunal outcomes data from legal services for the Dec Board", {"thread": True}),
    (33, "U05PSHAH00", "Could we also look at exclusions for pupils with EHCPs? Maybe not for now but worth a think for next year's plan", {"thread": True}),
    (35, "U03LPORTER", "Good idea Priya - I'll add it to the forward plan for 2028 rather than as an action for now", {"thread": True}),
    (41, "U05GADEYEM", "FYI the Trust is moving to the new SystmOne template in January, so health advice figures from Feb onwards will look a bit different", {"thread": True}),
    (44, "U03LPORTER", "<@U06OREID11> can you send me the list of post-16 placements for the NEET cross-check by end of month?", {"thread": True}),
    (52, "U06OREID11", "Yep, will do by the 30th", {"thread": True}),
    (58, "U06HBROOKS", "6 - can do, I'll bring it to the January subgroup once the SENCos have had a look at it", {"thread": True,
      "edited": {"user": "U06HBROOKS", "ts": ts(59, 0.0000031)}}),
    (61, "U03LPORTER", "Thanks all - copied into the tracker. Q&amp;A doc from today is pinned in the channel", {"thread": True}),
    (130, "U01RHILL22", "Has anyone got the room booking for December? Facilities say it's not showing", {}),
]

messages = []
replies = []
for off, uid, text, extra in raw:
    name, real, title = users[uid]
    m = {
        "client_msg_id": f"{(off * 7919 + sum(map(ord, uid)) * 104729) % 10**8:08d}-7c1b-4e0a-9d2f-{off + 1000:012d}",
        "type": "message",
        "text": text,
        "user": uid,
        "ts": PARENT_TS if off == 0 else ts(off, 0.000119),
        "team": "T01WSENDP",
        "user_team": "T01WSENDP",
        "source_team": "T01WSENDP",
        "user_profile": {"avatar_hash": "g3f1a9c2b7d4", "first_name": real.split()[0], "real_name": real,
                         "display_name": name, "team": "T01WSENDP", "name": name, "is_restricted": False,
                         "is_ultra_restricted": False, "title": title},
    }
    if extra.get("thread"):
        m["thread_ts"] = PARENT_TS
        m["parent_user_id"] = "U03LPORTER"
        replies.append({"user": uid, "ts": m["ts"]})
    if off == 0:
        m["thread_ts"] = PARENT_TS
    if "edited" in extra:
        m["edited"] = extra["edited"]
    if "reactions" in extra:
        m["reactions"] = extra["reactions"]
    messages.append(m)

parent = next(m for m in messages if m["ts"] == PARENT_TS)
parent["reply_count"] = len(replies)
parent["reply_users_count"] = len({r["user"] for r in replies})
parent["latest_reply"] = replies[-1]["ts"]
parent["reply_users"] = sorted({r["user"] for r in replies})
parent["replies"] = replies
parent["is_locked"] = False
parent["subscribed"] = False

(OUT / f"{STEM}.json").write_text(json.dumps(messages, indent=4, ensure_ascii=False) + "\n", encoding="utf-8")

labels = {
    "meeting_date": "2027-11-09",
    "style": (
        "Held-out batch ninetyseventh. A Slack-style channel export (a JSON list of message objects with user "
        "profiles, ts, thread_ts, reactions, edited, <@U...> mentions and Slack link markup) for the "
        "#send-data-subgroup channel on Tuesday 9 November 2027: Liam Porter posts six numbered actions after the "
        "2pm data subgroup and people reply in the thread. Message text sits inside JSON strings with literal \\n, "
        "so keys avoid words that touch a line break. Labelling choices: Sarah Kent re-dates item 2 from 'before the "
        "Dec Board' to 'Fri 3rd Dec' = Friday 3 December 2027, accepted by Liam; Owen is addressed only by mention "
        "<@U06OREID11> (Owen Reid in the user profile) and accepts 'by the 30th' = Tuesday 30 November 2027; Helen "
        "re-dates item 6 to 'the January subgroup' = meeting 2028-01; Yusuf 'next subgroup' = next meeting; Mary adds "
        "her own tribunal data action 'for the Dec Board' = meeting 2027-12; Liam item 1 'by 19 Nov' = Friday 19 "
        "November 2027. Traps: item 3 (David's EP breaches) already done in the slide pack; item 5 (Ruth's SEF folder) "
        "already set up in the thread; Priya's exclusions idea goes to the forward plan 'rather than as an action'; "
        "Grace's note that the Trust moves to a new SystmOne template is another body's plan; the thread already "
        "copied into the tracker and the room booking question are housekeeping, not agreed actions."
    ),
    "held_out": True,
    "actions": [
        {"key": "update the EHCP timeliness tracker with Oct data", "owner": "Liam", "person": "Liam Porter", "due": "2027-11-19"},
        {"key": "get the KS2 SEN support attainment gap figures", "owner": "Sarah Kent", "person": "Sarah Kent", "due": "2027-12-03"},
        {"key": "ask the Trust for health advice return rates", "owner": "Yusuf", "person": "Yusuf Okafor", "due": "next meeting"},
        {"key": "get the tribunal outcomes data from legal services", "owner": "Mary Walker", "person": "Mary Walker", "due": "meeting 2027-12"},
        {"key": "send me the list of post-16 placements", "owner": "Owen Reid", "person": "Owen Reid", "due": "2027-11-30"},
        {"key": "share the SENCo view on the new provision map", "owner": "Helen", "person": "Helen Brooks", "due": "meeting 2028-01"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
