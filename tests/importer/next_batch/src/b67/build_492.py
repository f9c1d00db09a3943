"""Builds 492: a Slack channel export day file (one channel folder's 2027-02-10.json)."""
import datetime as dt, json, random, re, string, uuid
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
random.seed(492)
TEAM = "T02WSEND7K1"
U = {
    "ruth": ("U04F7QK2M1R", "Ruth", "Ruth Hill", "Ruth Hill (Partnership BSO)"),
    "mary": ("U03B8ZTN6LD", "Mary", "Mary Walker", "Mary W"),
    "liam": ("U05J2WXC8PA", "Liam", "Liam Porter", "Liam P - Data"),
    "tom": ("U06E4RMK3SV", "Tom", "Tom Evans", "Tom (PCF)"),
    "kerry": ("U06H9DLP7TQ", "Kerry", "Kerry Lang", "Kerry L"),
    "helen": ("U05N6AYF2GE", "Helen", "Helen Brooks", "Helen B"),
    "grace": ("U04K3VBS8JW", "Grace", "Grace Adeyemi", "Grace A"),
    "yusuf": ("U03T5PHE4NC", "Yusuf", "Yusuf Okafor", "Yusuf O (ICB)"),
    "sarahkh": ("U05Q8CJR1ZM", "Sarah", "Sarah Khan", "Sarah Khan"),
    "sarahke": ("U07A2LKX5HB", "Sarah", "Sarah Kent", "Sarah Kent SIA"),
}
ID = {k: v[0] for k, v in U.items()}


def ts(h, m, s=0):
    t = dt.datetime(2027, 2, 10, h, m, s, tzinfo=dt.timezone.utc).timestamp()
    return f"{int(t)}.{random.randint(0, 999999):06d}"


def profile(k):
    uid, first, real, disp = U[k]
    return {"avatar_hash": "".join(random.choices("0123456789abcdef", k=12)),
            "image_72": f"https://avatars.slack-edge.com/2026-09-1{random.randint(0,9)}/{random.randint(10**12, 10**13)}_{''.join(random.choices('0123456789abcdef', k=20))}_72.png",
            "first_name": first, "real_name": real, "display_name": disp, "team": TEAM,
            "name": real.lower().replace(" ", "."), "is_restricted": k in ("tom", "kerry"), "is_ultra_restricted": False}


def blocks(text):
    els = []
    for part in re.split(r"(<@U[0-9A-Z]+>)", text):
        if not part:
            continue
        m = re.fullmatch(r"<@(U[0-9A-Z]+)>", part)
        els.append({"type": "user", "user_id": m.group(1)} if m else {"type": "text", "text": part})
    bid = "".join(random.choices(string.ascii_letters + string.digits + "+=", k=5))
    return [{"type": "rich_text", "block_id": bid, "elements": [{"type": "rich_text_section", "elements": els}]}]


def msg(k, t, text, **extra):
    m = {"client_msg_id": str(uuid.UUID(int=random.getrandbits(128))), "type": "message", "text": text,
         "user": ID[k], "ts": t, "blocks": blocks(text), "team": TEAM, "user_team": TEAM, "source_team": TEAM,
         "user_profile": profile(k)}
    m.update(extra)
    return m


P = ts(13, 2, 11)  # thread parent
recap = (
    "Afternoon all :wave: quick round-up of this morning's Board (Weds 10 Feb) while it's fresh. Formal minutes to "
    "follow but pls :+1: your own action so I know it's landed\n\n"
    f"\u2022 <@{ID['liam']}> refresh the EHCP timeliness dashboard with January's data by Fri 19th\n"
    f"\u2022 <@{ID['yusuf']}> write to the Trust re SALT waiting list, before March board (10/3)\n"
    f"\u2022 <@{ID['grace']}> OT waiting times breakdown by locality for March board\n"
    f"\u2022 <@{ID['helen']}> circulate the SENCo survey to the cluster leads by 26 Feb\n"
    f"\u2022 <@{ID['sarahkh']}> pull together the school visits feedback for the March board\n"
    "\u2022 newsletter piece on the short breaks offer - need a volunteer!!\n\n"
    "Decision for the record: March board will be hybrid (Civic Centre rm 3 + Teams). And Anne asked me to say "
    "thanks to everyone for sticking with a long agenda :slightly_smiling_face:"
)
replies = [
    ("liam", ts(13, 5, 40), "will do - Jan extract landed this morning so Fri is fine :+1:"),
    ("sarahkh", ts(13, 9, 2), f"<@{ID['ruth']}> think the school visits one is Sarah Kent not me? she did the visits with the SIAs. She's not in this channel, I'll add her"),
    ("ruth", ts(13, 11, 30), "argh yes sorry, two Sarah K's :face_palm: thank you"),
    ("sarahke", ts(13, 20, 7), "Hi all, yes that's mine - I'll pull together the school visits feedback for the March board :+1:"),
    ("mary", ts(13, 26, 51), f"Yusuf's on leave till Monday but he definitely said in the room he'd do the SALT letter, so put him down <@{ID['ruth']}>. I'll make sure he sees this"),
    ("tom", ts(13, 40, 12), "I can do the short breaks newsletter piece but realistically not till after half term"),
    ("kerry", ts(13, 52, 33), "I'll take it Tom, got a quiet week - will get a draft to Ruth by Friday"),
    ("tom", ts(13, 55, 3), "ta Kerry :raised_hands:"),
    ("helen", ts(14, 10, 26), f"<@{ID['ruth']}> can you send me the final version of the questions? then it's going out"),
    ("ruth", ts(14, 12, 0), "sent :envelope_with_arrow:"),
]

msgs = []
join_ts = ts(13, 14, 45)
msgs.append(msg("ruth", P, recap, thread_ts=P, reply_count=len(replies), reply_users_count=len({r[0] for r in replies}),
                latest_reply=replies[-1][1], reply_users=list(dict.fromkeys(ID[r[0]] for r in replies)),
                replies=[{"user": ID[r[0]], "ts": r[1]} for r in replies], is_locked=False, subscribed=True,
                last_read=replies[-1][1],
                reactions=[{"name": "+1", "users": [ID["liam"], ID["grace"], ID["helen"], ID["mary"]], "count": 4},
                           {"name": "pray", "users": [ID["tom"]], "count": 1}]))
for k, t, text in replies:
    extra = {"thread_ts": P, "parent_user_id": ID["ruth"]}
    if k == "kerry":
        extra["edited"] = {"user": ID["kerry"], "ts": ts(13, 53, 50)}
        extra["reactions"] = [{"name": "heart", "users": [ID["tom"], ID["ruth"]], "count": 2}]
    msgs.append(msg(k, t, text, **extra))
msgs.append({"type": "message", "subtype": "channel_join", "ts": join_ts, "user": ID["sarahke"],
             "text": f"<@{ID['sarahke']}> has joined the channel", "inviter": ID["sarahkh"]})
# top-level later messages
t1 = ts(15, 2, 9)
msgs.append(msg("liam", t1, "FYI the transport action from Jan (Mark's one on appeals data) can come off the log, he sent it over on Monday",
                reactions=[{"name": "white_check_mark", "users": [ID["ruth"]], "count": 1}]))
t2 = ts(15, 31, 44)
r2 = [("liam", ts(15, 40, 2), "can do but after the dashboard - w/c 22nd ok?"),
      ("mary", ts(15, 42, 30), ":+1: w/c 22nd is fine, end of that week is plenty")]
msgs.append(msg("mary", t2, f"Also from the board - Priya wants a one-pager on the tribunal trends for Cabinet. <@{ID['liam']}> could you?",
                thread_ts=t2, reply_count=2, reply_users_count=2, latest_reply=r2[-1][1],
                reply_users=[ID["liam"], ID["mary"]], replies=[{"user": ID[a], "ts": b} for a, b, _ in r2],
                is_locked=False, subscribed=False))
for k, t, text in r2:
    msgs.append(msg(k, t, text, thread_ts=t2, parent_user_id=ID["mary"]))
t3 = ts(16, 18, 20)
msgs.append(msg("ruth", t3, "slides from this morning attached for anyone who wants them",
                files=[{"id": "F07" + "".join(random.choices(string.ascii_uppercase + string.digits, k=8)),
                        "created": int(float(t3)), "timestamp": int(float(t3)), "name": "Board_10Feb27_slides_v3.pptx",
                        "title": "Board_10Feb27_slides_v3.pptx", "mimetype": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                        "filetype": "pptx", "pretty_type": "PowerPoint Presentation", "user": ID["ruth"], "mode": "hosted",
                        "size": 2381044, "is_external": False, "is_public": True, "url_private": "https://files.slack.com/files-pri/T02WSEND7K1-F07/board_10feb27_slides_v3.pptx"}],
                upload=False, display_as_bot=False))
t4 = ts(16, 47, 5)
msgs.append(msg("grace", t4, "sorry late to this - is the March board in person or Teams? was in clinic when you all decided"))
msgs.append(msg("ruth", ts(16, 49, 40), f"<@{ID['grace']}> both! Civic Centre rm 3 or Teams, link will be in the invite"))
msgs.sort(key=lambda m: float(m["ts"]))
name = "492_sixtyseventh_slack_day_export_thread_replies_reactions"
(OUT / f"{name}.json").write_text(json.dumps(msgs, indent=4, ensure_ascii=False), encoding="utf-8")

labels = {
    "meeting_date": "2027-02-10",
    "style": ("Held-out batch sixtyseventh. One Slack export day file (the channel folder's 2027-02-10.json: a bare list of message objects, "
              "no users.json; names only via each message's user_profile, mentions as <@U...> ids). Ruth posts a round-up of that morning's "
              "Board (Wednesday 10 February 2027) as a thread, asking people to thumbs-up their own action; Grace and Helen accept only by the +1 reaction "
              "(Grace's name appears only in her later, unrelated question's user_profile). Traps: the school visits item is tagged to Sarah Khan but she says it is Sarah Kent, who then joins the channel "
              "(channel_join) and accepts it - owner Sarah Kent; Yusuf is on leave and Mary accepts for him ('put him down'); the newsletter piece "
              "is offered by Tom (after half term) and taken by Kerry - label Kerry; the hybrid March board is a decision; Mark's January transport "
              "action is closed (not labelled); Ruth 'sent' the survey questions at once (done, not labelled); a second thread adds Liam's "
              "tribunal one-pager from the same board. Dates: 'Fri 19th' = 19 Feb 2027; 'before March board (10/3)' and 'for March board' = "
              "Wed 10 March 2027; 'by 26 Feb' = Fri 26 Feb 2027; Kerry's 'by Friday' (said Wednesday) = Fri 12 Feb 2027; Liam's 'w/c 22nd ... end "
              "of that week' = Fri 26 Feb 2027."),
    "held_out": True,
    "actions": [
        {"key": "refresh the EHCP timeliness dashboard with January's data", "owner": "Liam Porter", "person": "Liam Porter", "due": "2027-02-19"},
        {"key": "write to the Trust re SALT waiting list", "owner": "Yusuf", "person": "Yusuf Okafor", "due": "2027-03-10"},
        {"key": "OT waiting times breakdown by locality", "owner": "Grace Adeyemi", "person": "Grace Adeyemi", "due": "2027-03-10"},
        {"key": "circulate the SENCo survey to the cluster leads", "owner": "Helen Brooks", "person": "Helen Brooks", "due": "2027-02-26"},
        {"key": "I'll pull together the school visits feedback", "owner": "Sarah Kent", "person": "Sarah Kent", "due": "2027-03-10"},
        {"key": "will get a draft to Ruth by Friday", "owner": "Kerry", "person": "Kerry Lang", "due": "2027-02-12"},
        {"key": "a one-pager on the tribunal trends for Cabinet", "owner": "Liam", "person": "Liam Porter", "due": "2027-02-26"},
    ],
}
(OUT / f"{name}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
