import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "344_fortyfifth_discord_committee_channel_export.json"
GUILD, CHAN = "1187342209918140416", "1187342661401378867"
roles = {"committee": {"id": "1187343900123455488", "name": "Committee", "color": "#9B59B6", "position": 3},
         "cochair": {"id": "1187344012009811968", "name": "Co-chair", "color": "#E67E22", "position": 4}}
users = {
    "tom": ("1101870234412298260", "tom.evans.pcf", "Tom (co-chair)", "#E67E22", ["cochair", "committee"]),
    "jas": ("1112045573008805918", "jas_k", "Jas (treasurer)", "#9B59B6", ["committee"]),
    "priya": ("1098765412210221056", "priyam_", "Priya M", "#9B59B6", ["committee"]),
    "kerry": ("1120000458113327104", "kerrylang", "Kerry", "#9B59B6", ["committee"]),
    "ben": ("1132219876540012544", "ben.w", "Ben", "#9B59B6", ["committee"]),
}


def author(u):
    i, n, nick, col, rs = users[u]
    return {"id": i, "name": n, "discriminator": "0000", "nickname": nick, "color": col, "isBot": False,
            "roles": [roles[r] for r in rs], "avatarUrl": "https://cdn.discordapp.com/embed/avatars/%d.png" % (int(i) % 5)}


def mention(u):
    i, n, nick, _, _ = users[u]
    return {"id": i, "name": n, "discriminator": "0000", "nickname": nick, "isBot": False}


EMOJI = {"👍": "thumbsup", "✅": "white_check_mark", "❤️": "heart", "😂": "joy", "🙏": "pray"}


def react(e, who):
    return {"emoji": {"id": None, "name": e, "code": EMOJI[e], "isAnimated": False,
                      "imageUrl": "https://cdn.jsdelivr.net/gh/twitter/twemoji@latest/assets/svg/%s.svg" % format(ord(e[0]), "x")},
            "count": len(who), "users": [mention(w) for w in who]}


msgs = []


def post(mid, ts, u, content, reply_to=None, reactions=(), mentions=(), edited=None, pinned=False):
    m = {"id": mid, "type": "Reply" if reply_to else "Default", "timestamp": ts, "timestampEdited": edited,
         "callEndedTimestamp": None, "isPinned": pinned, "content": content, "author": author(u),
         "attachments": [], "embeds": [], "stickers": [], "reactions": [react(e, w) for e, w in reactions],
         "mentions": [mention(x) for x in mentions], "inlineEmojis": []}
    if reply_to:
        m["reference"] = {"messageId": reply_to, "channelId": CHAN, "guildId": GUILD}
    msgs.append(m)


post("1335521004112334849", "2027-02-01T19:02:41.118+00:00", "tom",
     "Reminder - committee call Weds 7.30, zoom link is in #announcements. Agenda: Board paper, coffee mornings, transport policy letter, champions training, AOB. Can someone bring the Jan notes?",
     reactions=[("👍", ["jas", "kerry", "ben"])])
post("1335802281194512435", "2027-02-02T08:15:07.552+00:00", "jas",
     "I'll be 10 mins late, bedtime battles 🙃")
post("1336279901557031002", "2027-02-03T21:14:22.903+00:00", "tom",
     "**Recap of tonight's call (Weds 3 Feb)** for anyone who couldn't make it 👇\n"
     "- **Board 11 March** - I'll do the PCF update paper (papers deadline is 1 March). Need everyone's bits to me by Fri 26th please - 3 or 4 lines on what you've been hearing from families\n"
     "- **Coffee morning feedback** - @Priya M is going to write it up, by the 19th?\n"
     "- **Transport policy letter** - we agreed we're NOT signing the council's letter as it stands. Going back with our comments instead, Kerry drafting them by end of next week\n"
     "- **Accounts** - Jas says they've gone to the independent examiner ✅\n"
     "- **Champions training 2 March** - Sarah Khan from the council is running it, we just need bums on seats 🪑 @everyone please share the booking link in your school WhatsApp groups\n"
     "- **March coffee morning** - Ben to sort a venue (Helen B said Riverside might host?)\n"
     "- **Lottery bid** - parked till next month, nobody has the time right now\n"
     "Shout if I've missed anything",
     reactions=[("🙏", ["priya", "kerry"]), ("✅", ["jas"])], mentions=["priya"], pinned=True,
     edited="2027-02-03T21:17:40.211+00:00")
post("1336281455006101565", "2027-02-03T21:20:31.004+00:00", "priya",
     "19th is tricky, it's half term and I've got the kids all week 😬 can I do Monday 22nd?",
     reply_to="1336279901557031002")
post("1336281980447645717", "2027-02-03T21:22:36.870+00:00", "tom",
     "yep 22nd fine 👍", reply_to="1336281455006101565", mentions=["priya"])
post("1336284326880714762", "2027-02-03T21:31:56.341+00:00", "kerry",
     "on it. will stick the draft in the Drive by next fri. it's LONG that letter 😩", reply_to="1336279901557031002")
post("1336286597324554330", "2027-02-03T21:40:57.650+00:00", "ben",
     "Who's asking Yusuf for the autism waiting list figures? We said someone would and then moved on 😂",
     reactions=[("😂", ["kerry", "priya"])])
post("1336287358825611315", "2027-02-03T21:43:59.202+00:00", "tom",
     "oh yes that's me, sorry - I'll email him tomorrow", reply_to="1336286597324554330")
post("1336287864880971796", "2027-02-03T21:45:59.848+00:00", "ben",
     "👍 and yes will sort the coffee morning venue, I'll try Helen first")
post("1336470612447191091", "2027-02-04T07:58:12.419+00:00", "jas",
     "FYI the insurance renewed itself overnight so that's one less thing ✅", reactions=[("❤️", ["tom"])])
post("1336547305520169021", "2027-02-04T13:02:57.115+00:00", "kerry",
     "random q - does anyone know if the council is still doing the short breaks consultation in March? got asked at the school gate")
post("1336551002983596063", "2027-02-04T13:17:38.940+00:00", "priya",
     "no idea tbh, haven't heard anything", reply_to="1336547305520169021")

data = {
    "guild": {"id": GUILD, "name": "Westmoor PCF volunteers",
              "iconUrl": "https://cdn.discordapp.com/icons/%s/a_4f1c9e0b7d.png?size=512" % GUILD},
    "channel": {"id": CHAN, "type": "GuildTextChat", "categoryId": "1187342661401378865", "category": "COMMITTEE",
                "name": "committee-chat", "topic": "Committee only. Anything about individual families goes in DMs, not here please"},
    "dateRange": {"after": "2027-02-01T00:00:00+00:00", "before": None},
    "exportedAt": "2027-02-05T10:31:44.582+00:00",
    "messages": msgs,
    "messageCount": len(msgs),
}
OUT.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
print(OUT)
