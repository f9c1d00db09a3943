"""Email threads whose replies change the actions agreed: each reply answers a draft's numbered actions by their
numbers ("Number 2 - ...", "3 - yes"), hands one on, takes one over or moves its date, and the newest reply
(the top one) wins. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import ticked_in

HELD = date(2027, 5, 4)  # a Tuesday
NAMES = frozenset({"nadia", "shah", "omar", "lewis", "bea", "cole", "jo", "price", "kemi", "adams", "ravi", "owusu"})


def thread(*replies: str) -> str:
    """Replies (newest first) above the draft they answer, as a mail client pastes a thread."""
    draft = """From: Jo Price <jo.price@example.org>
Sent: 05 May 2027 09:10
Subject: Transport panel 4 May - draft actions

Dear all, the draft actions are below. Please reply to confirm yours.

ACTIONS
1. Minibus - price up a second minibus for the Friday run - Omar Lewis - 14/05/2027
2. Timetables - ask the college for its term dates and bell times -
   Kemi Adams - 21/05/2027
3. Escort rota - draw up the summer escort rota for the special school
   routes - Bea Cole - 28/05/2027

Jo
"""
    return "\n".join(replies) + "\n" + draft


def reply(who: str, address: str, sent: str, body: str) -> str:
    return f"From: {who} <{address}>\nSent: {sent}\nSubject: RE: Transport panel 4 May - draft actions\n\n{body}\n"


def owner_and_due(found: dict, words: str) -> tuple[str, date | None]:
    return next(value for title, value in found.items() if words.lower() in title.lower())


def test_a_point_answered_by_its_number_handed_on_to_someone_named():
    text = thread(reply("Kemi Adams", "kemi.adams@example.org", "06 May 2027 11:00",
                        "Number 2 - yes, but I'm passing this one to Ravi Owusu, he keeps the college contacts now.\n\nKemi"))
    assert owner_and_due(ticked_in(text, HELD, NAMES), "college for its term dates") == ("Ravi Owusu", date(2027, 5, 21))


def test_a_point_the_sender_takes_over_with_a_new_date_rather_than_the_old_one():
    text = thread(reply("Nadia Shah", "nadia.shah@example.org", "06 May 2027 12:00",
                        "1 - happy to take it, as the fleet budget is mine. It will be Friday 28th May rather than "
                        "14 May though.\n\nNadia"))
    assert owner_and_due(ticked_in(text, HELD, NAMES), "second minibus") == ("Nadia Shah", date(2027, 5, 28))


def test_the_newest_reply_wins_over_the_older_one_below_it():
    older = reply("Bea Cole", "bea.cole@example.org", "06 May 2027 08:30",
                  "3 - I don't think this sits with me, the escorts are managed by Omar's team.\n\nBea")
    newer = reply("Omar Lewis", "omar.lewis@example.org", "07 May 2027 10:15",
                  "3 - agreed, I'll take this one.\n\nOmar")
    assert owner_and_due(ticked_in(thread(newer, older), HELD, NAMES), "summer escort rota")[0] == "Omar Lewis"


def test_a_date_asked_for_then_agreed_in_a_later_reply():
    asked = reply("Bea Cole", "bea.cole@example.org", "06 May 2027 08:30",
                  "3 - yes, mine, but can we say Friday 11 June? Two escorts are away until then.\n\nBea")
    agreed = reply("Jo Price", "jo.price@example.org", "07 May 2027 16:40",
                   "Thanks Bea - 11 June is fine, so I've put 11/06 against 3.\n\nJo")
    assert owner_and_due(ticked_in(thread(agreed, asked), HELD, NAMES), "summer escort rota") == ("Bea Cole", date(2027, 6, 11))


def test_someone_spoken_to_who_is_happy_to_do_it_is_its_owner():
    text = thread(reply("Omar Lewis", "omar.lewis@example.org", "06 May 2027 09:45",
                        "1 - I've checked with Kemi Adams this morning and she's happy to price it up herself.\n\nOmar"))
    assert owner_and_due(ticked_in(text, HELD, NAMES), "second minibus")[0] == "Kemi Adams"


def test_points_answered_on_lines_next_to_each_other_are_read_one_by_one():
    text = thread(reply("Omar Lewis", "omar.lewis@example.org", "06 May 2027 09:45",
                        "Hi Jo\n1 - fine.\n2 - Ravi Owusu will pick this up, he has the college's numbers.\n"
                        "3 - fine.\n\nOmar"))
    found = ticked_in(text, HELD, NAMES)
    assert owner_and_due(found, "college for its term dates")[0] == "Ravi Owusu"
    assert owner_and_due(found, "second minibus")[0] == "Omar Lewis"


def test_a_reply_that_only_accepts_leaves_the_point_as_drafted():
    text = thread(reply("Kemi Adams", "kemi.adams@example.org", "06 May 2027 11:00",
                        "2 - yes, fine, will do.\n\nKemi"),
                  reply("Bea Cole", "bea.cole@example.org", "06 May 2027 08:30",
                        "Number 3 - handing this to Nadia Shah, who runs the escort contract now. "
                        "She says it could be 4 June instead of 28 May.\n\nBea"))
    found = ticked_in(text, HELD, NAMES)
    assert owner_and_due(found, "college for its term dates") == ("Kemi Adams", date(2027, 5, 21))
    assert owner_and_due(found, "summer escort rota") == ("Nadia Shah", date(2027, 6, 4))


def test_an_out_of_office_reply_in_the_thread_is_no_one_s_action():
    away = """From: Ravi Owusu <ravi.owusu@example.org>
Sent: 05 May 2027 09:12
Subject: Automatic reply: Transport panel 4 May - draft actions

Thank you for your message. I am away on leave until Monday 17 May. For anything urgent please ring the
transport office. Otherwise I will get back to you on my return.

"""
    found = ticked_in(thread(away), HELD, NAMES)
    assert not any("return" in title for title in found)
