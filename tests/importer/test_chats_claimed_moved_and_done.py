"""Group chats used as or instead of a meeting: a Teams meeting chat copied out (names with two tags, reactions,
"Replying to" quotes), WhatsApp exports where a task is claimed with a thumbs-up or asked on a message's
second line, a sender shown by their number who says who they are, a promise moved later or done later in the
chat, an owner changed by the note-taker, more time asked for and given, and the note-taker's own record. Kinds
met in the twelfth session's eightieth batch, written here in new words."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 4, 14)  # a Wednesday
NAMES = frozenset({"dana", "frost", "ivo", "marsh", "bea", "cole", "nina", "omar", "lewis", "hart"})


def _chat(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_teams_sender_with_two_tags_is_that_sender():
    text = _chat("Allotment society - spring meeting chat", "",
                 "[14/04/2027 18:02] Bea Cole", "Evening all, agenda is in Files", "",
                 "[14/04/2027 18:05] Dana Frost (Parks Trust) (Guest)",
                 "I'll send the bench survey results round by Friday", "",
                 "[14/04/2027 18:06] Ivo Marsh", "great thanks", "",
                 "[14/04/2027 18:07] Bea Cole", "Next item is the water troughs")
    found = ticked_in(text, HELD, NAMES)
    assert found["Send the bench survey results round by Friday"] == ("Dana Frost", date(2027, 4, 16))


def test_a_thumbs_up_from_the_one_asked_takes_the_task():
    text = _chat("14/04/2027, 19:00 - Bea Cole: Item 3, the summer fete",
                 "14/04/2027, 19:02 - Bea Cole: Ivo could you book the scout hut for the fete?",
                 "14/04/2027, 19:05 - Ivo Marsh: 👍",
                 "14/04/2027, 19:06 - Nina Hart: lovely")
    found = ticked_in(text, HELD, NAMES)
    assert found["Book the scout hut for the fete"][0] == "Ivo Marsh"


def test_a_request_on_a_messages_second_line_is_granted_by_the_reply():
    text = _chat("14/04/2027, 19:00 - Bea Cole: Raffle next. The prizes are at the garden centre.",
                 "Omar can you collect the raffle prizes on Saturday?",
                 "14/04/2027, 19:03 - Omar Lewis: yes will do",
                 "14/04/2027, 19:04 - Nina Hart: brilliant")
    found = ticked_in(text, HELD, NAMES)
    assert found["Collect the raffle prizes on Saturday"] == ("Omar Lewis", date(2027, 4, 17))


def test_a_sender_shown_by_their_number_who_says_who_they_are_is_that_person():
    text = _chat("14/04/2027, 19:00 - Bea Cole: Posters for the open day?",
                 "14/04/2027, 19:04 - +44 7700 900777: Hello all, it's Nina from the library - new phone! "
                 "I'll print the open day posters by Thursday",
                 "14/04/2027, 19:05 - Omar Lewis: who's this?",
                 "14/04/2027, 19:06 - Bea Cole: It's Nina, save the number")
    found = ticked_in(text, HELD, NAMES)
    assert found["Print the open day posters by Thursday"] == ("Nina", date(2027, 4, 15))


def test_a_promise_sent_later_in_the_chat_is_done():
    text = _chat("14/04/2027, 19:00 - Bea Cole: Has anyone got the hall contract?",
                 "14/04/2027, 19:02 - Dana Frost: I think I have it, I'll send the hall contract over",
                 "14/04/2027, 19:04 - Dana Frost: <Media omitted>",
                 "14/04/2027, 19:04 - Dana Frost: hall contract 2027.pdf - there you go ✅",
                 "14/04/2027, 19:05 - Bea Cole: thank you!")
    found = suggested_in(text, HELD, NAMES)
    assert [tick for title, (_owner, _due, tick) in found.items() if "hall contract" in title] == [False]


def test_a_promise_moved_later_in_the_chat_takes_the_new_day():
    text = _chat("14/04/2027, 19:00 - Bea Cole: Litter pick?",
                 "14/04/2027, 19:02 - Omar Lewis: I'll run the litter pick on Saturday morning",
                 "14/04/2027, 19:03 - Bea Cole: thanks Omar",
                 "15/04/2027, 08:10 - Omar Lewis: Update on the litter pick - rain all Saturday. Moving it to Sunday 18th instead",
                 "15/04/2027, 08:12 - Bea Cole: no problem")
    found = ticked_in(text, HELD, NAMES)
    assert [due for title, (owner, due) in found.items() if "litter pick" in title] == [date(2027, 4, 18)]


def test_the_owner_changed_by_the_note_taker_hands_the_action_on():
    text = _chat("[14/04/2027 18:10] Bea Cole", "ACTION: Ivo to order the marquee for the fete", "",
                 "[14/04/2027 18:11] Ivo Marsh", "Replying to Bea Cole: ACTION: Ivo to order...",
                 "I'm away that fortnight, Omar has the supplier's number", "",
                 "[14/04/2027 18:12] Nina Hart (Chair)", "OK - so Omar to order the marquee for the fete instead", "",
                 "[14/04/2027 18:13] Bea Cole", "Done, owner changed to Omar", "[reactions: 👍 2]")
    found = ticked_in(text, HELD, NAMES)
    assert [owner for title, (owner, _due) in found.items() if "marquee" in title] == ["Omar"]


def test_more_time_asked_for_and_given_re_dates_the_action():
    text = _chat("[14/04/2027 18:20] Bea Cole", "ACTION: Ivo to circulate the year-end accounts by Friday", "",
                 "[14/04/2027 18:21] Ivo Marsh", "Could I have until the end of next week? The bank statement is late", "",
                 "[14/04/2027 18:22] Nina Hart (Chair)", "Fine - Friday 23rd then", "",
                 "[14/04/2027 18:23] Bea Cole", "Amended")
    found = ticked_in(text, HELD, NAMES)
    assert [due for title, (_owner, due) in found.items() if "accounts" in title] == [date(2027, 4, 23)]


def test_two_people_given_a_task_each_in_one_sentence():
    found = ticked_in("Grant bid: so Nina to write the lottery bid, Omar to get three quotes for the shed.\n", HELD, NAMES)
    assert found["Write the lottery bid"][0] == "Nina"
    assert found["Get three quotes for the shed"][0] == "Omar"


def test_the_note_takers_own_record_of_the_chat_is_no_action():
    text = _chat("14/04/2027, 19:00 - Bea Cole: Meeting's off, the car park is flooded. Let's do it on here and "
                 "I'll pull the actions together for the log",
                 "14/04/2027, 19:02 - Omar Lewis: good idea",
                 "14/04/2027, 19:03 - Ivo Marsh: I'll order new seed trays by Sunday",
                 "14/04/2027, 19:10 - Bea Cole: I'll put that down as Ivo agreed")
    found = ticked_in(text, HELD, NAMES)
    assert list(found) == ["Order new seed trays by Sunday"]


def test_a_question_reported_or_asked_of_no_one_is_no_action():
    text = _chat("14/04/2027, 19:00 - Bea Cole: 4. Pool. Members keep asking whether the pool will be reopened in June.",
                 "14/04/2027, 19:02 - Omar Lewis: council's decision, not ours",
                 "14/04/2027, 19:05 - Bea Cole: 5. AOB. Also - who can fix the side gate? It sticks",
                 "14/04/2027, 19:06 - Ivo Marsh: no idea sorry")
    assert ticked_in(text, HELD, NAMES) == {}


def test_the_owners_answer_dates_the_task_just_given_them():
    text = _chat("14/04/2027, 19:00 - Bea Cole: Bookings are a mess.",
                 "14/04/2027, 19:02 - Nina Hart: Agreed. Omar's team will update the booking page",
                 "14/04/2027, 19:04 - Omar Lewis: Booking page will be live on the website by Tuesday",
                 "14/04/2027, 19:05 - Bea Cole: 👍")
    assert ticked_in(text, HELD, NAMES) == {"Update the booking page": ("Omar's team", date(2027, 4, 20))}
