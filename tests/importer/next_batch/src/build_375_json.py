import datetime as dt
import json

OUT = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "375_fiftieth_messenger_admins_chat_export.json")
K, P, J, S, T = "Kerry Lang", "Priya Mistry", "Jo Marsh", "Sam Okoro", "Tom Evans"
t0 = dt.datetime(2027, 1, 14, 19, 58, tzinfo=dt.UTC)

def fb(s):
    # Facebook's export double-encodes: UTF-8 bytes read as Latin-1
    return s.encode("utf-8").decode("latin-1")

chat = [
    (0, K, "Right, admin meeting in here as none of us can face another video call \U0001F605 can everyone see this?"),
    (1, P, "Here"),
    (1, J, "here, kids in bed, wine poured"),
    (2, S, "Hi all, here \U0001F44B"),
    (3, T, "Here but on the train so might drop out"),
    (4, K, "Ok. 1) the posts naming that teacher at Oakfield. 2) group rules. 3) annual reviews post. 4) Q&A with the DCO. 5) new member queue. Anything else?"),
    (5, J, "the council facebook page thing?"),
    (5, K, "Add it at the end"),
    (7, K, "1) I\u2019ve taken both posts down and turned on post approval for now so nothing goes live without one of us seeing it"),
    (8, P, "Good. Someone will need to explain to the member though, she was really upset and she's not wrong about what happened to her son"),
    (9, J, "I'll DM the member who named the teacher and explain why we removed it. Gently. I know her from the coffee mornings"),
    (9, K, "Thanks Jo \u2764\ufe0f"),
    (11, T, "Can we agree a line so we're all consistent? No naming individual staff or schools in complaints, but people can say 'my child's school'"),
    (12, K, "Agreed from me"),
    (12, P, "Agreed"),
    (12, S, "Agreed \U0001F44D"),
    (12, J, "yes"),
    (14, K, "2) Which means the group rules post needs updating anyway, it still says 2019 at the bottom \U0001F926\u200d\u2640\ufe0f I\u2019ll rewrite the group rules post and pin it by tomorrow night, then you can all shout"),
    (16, K, "Oh and I was going to ask Sarah at the council for the new Local Offer links to go in the rules"),
    (17, P, "I'm putting all the links in the annual reviews post anyway so leave that to me"),
    (17, K, "Ah ok, ignore me then, one less job"),
    (19, K, "3) Priya over to you"),
    (20, P, "So loads of questions every week about annual reviews. What the school has to do, timescales, what if the LA doesn't amend the plan. I'll draft a pinned post on annual reviews with the IPSEA link and share it here for checking by next Thursday"),
    (21, S, "That would save so much time. I answered the same question 4 times last week"),
    (22, P, "Also should we mention SENDIASS can come to the review?"),
    (22, T, "Yes but check with Claire first what they can actually offer, they're stretched"),
    (23, P, "will do before I share the draft"),
    (25, K, "4) Tom, the DCO Q&A. Did you ask?"),
    (26, T, "Not yet sorry. Yusuf said at the board he'd be up for a live Q&A about therapies and ND waits. I will email him Monday with some February dates"),
    (27, K, "Great. Evening is best for our lot"),
    (27, T, "Noted \U0001F44D"),
    (29, K, "5) member queue - 37 waiting. Sam are you ok to take approvals this week? I'm away from Saturday"),
    (30, S, "Yes no problem, I will do all the member approvals up to Sunday and flag anything odd in here"),
    (30, K, "Star. Remember the 3 questions - do you live or work in Westmoor, are you a parent carer/professional, do you agree to rules"),
    (32, J, "council facebook page - Sunita heard at a school the council are launching their own SEND facebook page in the spring. nothing to do with us but worth knowing, people will get confused"),
    (33, T, "That's their plan, not ours. If it happens we'll share it. Not worth worrying about now"),
    (34, S, "Do we want a separate group for dads? A couple have messaged me"),
    (35, K, "Good question but bigger than tonight, let's take it to the AGM"),
    (36, P, "agree"),
    (38, K, "Think that's it! Thanks all, quickest admin meeting ever \U0001F602"),
    (38, T, "Train tunnel \u2013 missed the last bit but sounds good. Night all"),
]
msgs = []
prev = 0
for mins, who, text in chat:
    ts = int((t0 + dt.timedelta(minutes=mins, seconds=len(text) % 50)).timestamp() * 1000)
    ts = max(ts, prev + 3000 + 1000 * (len(text) % 7))
    prev = ts
    m = {"sender_name": fb(who), "timestamp_ms": ts, "content": fb(text), "is_geoblocked_for_viewer": False, "is_unsent_image_by_messenger_kid_parent": False}
    msgs.append(m)
# reactions on a couple of messages
msgs[10]["reactions"] = [{"reaction": fb("\u2764"), "actor": fb(P)}]
msgs[17]["reactions"] = [{"reaction": fb("\U0001F44D"), "actor": fb(S)}, {"reaction": fb("\U0001F44D"), "actor": fb(P)}]
msgs.insert(11, {"sender_name": J, "timestamp_ms": msgs[10]["timestamp_ms"] + 4000, "photos": [{"uri": "messages/inbox/westmoorpcfgroupadmins_7730193846/photos/4471029_screenshot.png", "creation_timestamp": int(msgs[10]["timestamp_ms"] / 1000) + 4}], "is_geoblocked_for_viewer": False, "is_unsent_image_by_messenger_kid_parent": False})
msgs.sort(key=lambda m: m["timestamp_ms"], reverse=True)  # export is newest first
doc = {
    "participants": [{"name": fb(n)} for n in [K, P, J, S, T]],
    "messages": msgs,
    "title": "Westmoor PCF group admins \U0001F49C".encode("utf-8").decode("latin-1"),
    "is_still_participant": True,
    "thread_path": "inbox/westmoorpcfgroupadmins_7730193846",
    "magic_words": [],
    "image": {"uri": "messages/inbox/westmoorpcfgroupadmins_7730193846/photos/group_photo.jpg", "creation_timestamp": 1662312000},
    "joinable_mode": {"mode": 1, "link": ""},
}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=True)
print("wrote", OUT)
