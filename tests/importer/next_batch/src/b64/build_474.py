"""474: A parent-led support group's Facebook event + recap post with comments/replies, as Graph API style JSON."""
import json
from pathlib import Path

OUT = Path("/tmp/b64")
STEM = "474_sixtyfourth_parent_support_group_facebook_event_recap"

GROUP = "Westmoor Autism Parents Together (WAPT)"

recap = (
    "\u2615 COFFEE & CHAT RECAP \u2615 Annual reviews \u2013 what to expect\n\n"
    "Thank you SO much to the 23 of you who came along to Brook Lane Library this morning, and to everyone who "
    "messaged to say they couldn\u2019t make it. Huge thanks to Claire from SENDIASS and Kerry from the Parent Carer "
    "Forum for giving up their morning \U0001F499\n\n"
    "Quick summary for those who missed it:\n"
    "- Claire talked through the annual review timeline and what the school and the council each have to do. Her "
    "slides are already in the Files section of the group (uploaded this afternoon).\n"
    "- Lots of you said your child\u2019s review hasn\u2019t happened or the amended plan has been months late. Kerry said the "
    "council has its own plan to clear the backlog by December \u2013 we will see!!\n"
    "- Taxi/transport came up AGAIN (late pick ups, drivers changing).\n\n"
    "What we said we would do next:\n"
    "1) I will put all the questions you asked into one list and send it to Claire by the end of next week, so "
    "SENDIASS can turn them into a FAQ sheet for everyone.\n"
    "2) Kerry is taking the transport examples to the PCF steering group meeting on Tuesday 5th October.\n"
    "3) Next coffee & chat is Wednesday 20th October, same place, 10 till 12 \u2013 already booked, event going up "
    "this week.\n"
    "4) Some of you asked about the sensory room and the parent tours at Riverside \u2013 see comments below.\n\n"
    "As always, please don\u2019t post your child\u2019s name or school in the comments, message me or one of the admins "
    "instead. Jen x \U0001F49C"
)

feed = {
    "data": [
        {
            "id": "1893340217765512_2210934458812207",
            "created_time": "2027-09-22T15:47:12+0000",
            "updated_time": "2027-09-23T19:02:55+0000",
            "from": {"name": "Jenny Holt", "id": "100004417726311"},
            "message": recap,
            "permalink_url": "https://www.facebook.com/groups/westmoorautismparents/permalink/2210934458812207/",
            "reactions": {"summary": {"total_count": 41}},
            "comments": {
                "data": [
                    {
                        "id": "2210934458812207_2210951098810543",
                        "created_time": "2027-09-22T16:05:40+0000",
                        "from": {"name": "Claire Dunmore"},
                        "message": "Thanks Jen and everyone, it was lovely to meet you all. Happy to do the FAQ sheet. "
                                   "Once I have your list I will aim to get the FAQ sheet on the SENDIASS website before "
                                   "October half term (Friday 22nd). Remember our helpline is open Mon\u2013Thu.",
                        "like_count": 12,
                        "comments": {"data": [
                            {"id": "2210951098810543_1", "created_time": "2027-09-22T16:11:02+0000",
                             "from": {"name": "Jenny Holt"},
                             "message": "Brilliant, thank you Claire \U0001F64C"},
                        ]},
                    },
                    {
                        "id": "2210934458812207_2210958212143165",
                        "created_time": "2027-09-22T16:20:19+0000",
                        "from": {"name": "Dani Rowe"},
                        "message": "Could someone ask about the sensory room at Riverside? We were told it would be open "
                                   "by September but my son says it is still full of boxes",
                        "like_count": 5,
                        "comments": {"data": [
                            {"id": "2210958212143165_1", "created_time": "2027-09-22T18:41:37+0000",
                             "from": {"name": "Helen Brooks"},
                             "message": "Hi Dani, Helen here (SENCo at Riverside). The room is nearly finished, the "
                                        "flooring was delayed. I will check with Mrs Khan and post the dates for the "
                                        "parent tours on here by Friday.",
                             "like_count": 9},
                            {"id": "2210958212143165_2", "created_time": "2027-09-22T18:50:03+0000",
                             "from": {"name": "Dani Rowe"},
                             "message": "Thank you Helen x"},
                        ]},
                    },
                    {
                        "id": "2210934458812207_2210960345476285",
                        "created_time": "2027-09-22T17:02:48+0000",
                        "from": {"name": "Marie Okonjo"},
                        "message": "Someone really needs to write to the councillors about the taxis. It is a disgrace.",
                        "like_count": 17,
                        "comments": {"data": [
                            {"id": "2210960345476285_1", "created_time": "2027-09-22T17:30:10+0000",
                             "from": {"name": "Kerry Lang"},
                             "message": "Marie I hear you. Please send me your examples by private message this week "
                                        "and they will go in with the rest to the steering group on the 5th. Cllr Jones "
                                        "has already agreed to come to the November coffee morning so you can tell her "
                                        "yourself too.",
                             "like_count": 11},
                        ]},
                    },
                    {
                        "id": "2210934458812207_2210977512141235",
                        "created_time": "2027-09-22T20:14:26+0000",
                        "from": {"name": "Sam Whitaker"},
                        "message": "Great morning. I am happy to set up a lift share list for the next one as a few "
                                   "of us struggle with parking. Will put a sign up post in the group by Monday.",
                        "like_count": 8,
                        "comments": {"data": [
                            {"id": "2210977512141235_1", "created_time": "2027-09-22T20:20:51+0000",
                             "from": {"name": "Jenny Holt"},
                             "message": "Ooh yes please Sam, that would be fab"},
                        ]},
                    },
                    {
                        "id": "2210934458812207_2211102435462011",
                        "created_time": "2027-09-23T19:02:55+0000",
                        "from": {"name": "Jenny Holt"},
                        "message": "Update: the event for the 20th October is now up in the Events tab. Please click "
                                   "going so we know numbers for the room \U0001F44D",
                        "like_count": 4,
                    },
                ],
                "summary": {"order": "chronological", "total_count": 12},
            },
        }
    ],
    "paging": {"cursors": {"before": "QVFIUnZAZAnE0bm1CR2Vv", "after": "QVFIUjNoc2RlQ0F5Wkh0"}},
}

event = {
    "id": "1456228931987340",
    "name": "Coffee & Chat: Annual reviews \u2013 what to expect (with SENDIASS)",
    "start_time": "2027-09-22T10:00:00+0100",
    "end_time": "2027-09-22T12:00:00+0100",
    "place": {"name": "Brook Lane Library, Community Room", "location": {"city": "Westmoor", "country": "United Kingdom"}},
    "owner": {"name": GROUP, "id": "1893340217765512"},
    "description": "Our monthly parent-led coffee morning. This month Claire Dunmore from Westmoor SENDIASS will talk "
                   "about annual reviews and answer questions, and Kerry Lang from the Parent Carer Forum will be there "
                   "too. Children welcome, there is a quiet corner. Free, just turn up!",
    "attending_count": 27,
    "interested_count": 58,
    "is_canceled": False,
}

export = {
    "export_tool": "fb-group-archiver 2.3.1 (Graph API v21.0)",
    "exported_at": "2027-09-24T08:30:11+0000",
    "group": {"id": "1893340217765512", "name": GROUP, "privacy": "CLOSED"},
    "event": event,
    "feed": feed,
}
(OUT / f"{STEM}.json").write_text(json.dumps(export, indent=2), encoding="utf-8")

labels = {
    "meeting_date": "2027-09-22",
    "style": "Held-out batch sixtyfourth. A parent-led support group's Facebook coffee morning: the event object and the "
             "admin's recap post with nested comments and replies, archived as Graph API style JSON (ensure_ascii escapes "
             "such as \\u2019 and emoji surrogate pairs, \\n inside the message, ids, paging cursors). The recap's "
             "'What we said we would do next' list plus commitments made in replies. Traps: slides already uploaded, "
             "the council's own backlog plan, the next coffee morning already booked and the event already put up "
             "(reply confirms), a parent's question (sensory room) answered by a commitment, 'Someone really needs to "
             "write to the councillors' (no owner, not agreed), Cllr Jones already agreed to attend (done arrangement), "
             "helpline hours. Labelling: 'I' in the recap is the admin Jenny Holt (not in people.json); 'by the end of "
             "next week' from Wednesday 22 September = Friday 2027-10-01; Kerry (Kerry Lang) takes transport examples "
             "to the PCF steering group on Tuesday 5 October = 2027-10-05; Claire Dunmore's FAQ sheet 'before October "
             "half term (Friday 22nd)' = 2027-10-22; Helen Brooks posts tour dates 'by Friday' = 2027-09-24; Sam "
             "Whitaker's sign up post 'by Monday' = 2027-09-27. Kerry's request to Marie to send examples is part of "
             "her own action, not a separate one.",
    "held_out": True,
    "actions": [
        {"key": "put all the questions you asked into one list", "owner": "I", "person": None, "due": "2027-10-01"},
        {"key": "Kerry is taking the transport examples to the PCF", "owner": "Kerry", "person": "Kerry Lang", "due": "2027-10-05"},
        {"key": "get the FAQ sheet on the SENDIASS website", "owner": "Claire Dunmore", "person": "Claire Dunmore", "due": "2027-10-22"},
        {"key": "post the dates for the parent tours", "owner": "Helen Brooks", "person": "Helen Brooks", "due": "2027-09-24"},
        {"key": "set up a lift share list for the", "owner": "Sam Whitaker", "person": None, "due": "2027-09-27"},
    ],
}
(OUT / f"{STEM}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
