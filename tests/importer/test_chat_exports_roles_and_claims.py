"""Chats kept as a record: a Discord-style JSON export whose senders carry a role in brackets, a recap in it
whose topics are set in bold, a "who's doing ...?" question that someone claims, a chat's own verbs
("DM", "pencil in") and its bare weekdays ("up to Sunday", "email her Tuesday"). Kinds met in the
eleventh session's second round, written here in new words."""
from __future__ import annotations

import json
from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.due import read_due
from tracker.importer.tables import json_rows

HELD = date(2027, 5, 12)  # a Wednesday
NAMES = frozenset({"omar", "lewis", "fern", "ali", "jo", "bell", "nina", "shah", "bea", "cole"})


def _post(nickname: str, text: str, at: str) -> dict:
    return {"id": at, "type": "Default", "timestamp": f"2027-05-12T{at}:00.000+00:00", "isPinned": False,
            "content": text, "author": {"id": nickname, "name": nickname.lower().split()[0] + ".pta",
                                        "nickname": nickname, "isBot": False}}


CHANNEL = json.dumps({"guild": {"name": "Oak Lane PTA"}, "channel": {"name": "committee"}, "messages": [
    _post("Bea (chair)", "**Round-up from tonight's call** for anyone who missed it\n"
          "- **Summer fair** - Fern to book the bouncy castle\n"
          "- **Raffle** - I'll ask the garden centre for a prize\n"
          "Shout if I've forgotten anything", "20:05"),
    _post("Omar (treasurer)", "I'll pay the cake sale money in by Friday", "20:11"),
    _post("Fern", "Who's ringing the leisure centre about the pool hire? We never settled it", "20:15"),
    _post("Jo", "ah that's me - I'll call them Monday", "20:18"),
    _post("Fern", "thanks Jo", "20:20"),
]}, indent=1)


def _read(names: frozenset[str] = NAMES) -> dict[str, tuple[str, date | None]]:
    return ticked_in(CHANNEL, HELD, names)


def test_a_sender_with_a_role_in_brackets_is_the_sender():
    found = _read()
    assert found["Pay the cake sale money in by Friday"] == ("Omar", date(2027, 5, 14))
    rows = "\n".join(json_rows(CHANNEL.split("\n")))
    assert "Omar (treasurer): I'll pay" in rows  # the export's own name, read as a chat line's sender


def test_a_bold_topic_then_a_named_task_is_that_persons():
    found = _read(NAMES - {"fern"})  # Fern is known only as a sender of the export
    assert found["Book the bouncy castle"][0] == "Fern"


def test_a_question_who_is_doing_a_task_is_claimed_by_the_reply():
    found = _read()
    claimed = {title: owner_due for title, owner_due in found.items() if "leisure centre" in title}
    assert list(claimed.values()) == [("Jo", date(2027, 5, 17))]
    assert list(claimed)[0].startswith("Ring the leisure centre about the pool hire")


def test_a_chats_own_verbs_say_what_someone_will_do():
    text = ("Notes from the committee chat\n\nNina Shah will DM the parent who posted the photo and explain.\n\n"
            "Jo Bell will pencil a date in for June and send the invite round.\n")
    found = suggested_in(text, HELD, NAMES)
    ticked = {title: owner for title, (owner, _due, tick) in found.items() if tick}
    assert [owner for title, owner in ticked.items() if title.startswith("DM the parent")] == ["Nina Shah"]
    assert [owner for title, owner in ticked.items() if title.startswith("Pencil a date in")] == ["Jo Bell"]


def test_a_chats_bare_weekdays_are_due_dates():
    assert read_due("do the new member checks up to Sunday", HELD).on == date(2027, 5, 16)
    assert read_due("I'll email her Tuesday about it", HELD).on == date(2027, 5, 18)
    assert read_due("the Tuesday group", HELD) is None  # a weekday naming something, not when


def test_someone_already_doing_a_listed_task_owns_it():
    text = ("What we said we would do next:\n1) Nina is taking the survey results to the June forum on Thursday 20th May.\n"
            "2) Omar is hoping for better weather at the fair.\n")
    found = suggested_in(text, HELD, NAMES)
    assert found["Nina is taking the survey results to the June forum on Thursday 20th May"][:2] == ("Nina", date(2027, 5, 20))
    assert [owner for title, (owner, _due, _tick) in found.items() if "weather" in title] == [""]


def test_an_item_that_points_to_the_replies_below_is_no_task():
    text = ("Next steps:\n1) Some of you asked about the parking at Oak Lane – see comments below\n"
            "2) Omar Lewis to book the hall by Friday (more in the thread)\n")
    found = suggested_in(text, HELD, NAMES)
    assert not found["Some of you asked about the parking at Oak Lane – see comments below"][2]
    assert [tick for title, (_owner, _due, tick) in found.items() if "book the hall" in title.casefold()] == [True]
