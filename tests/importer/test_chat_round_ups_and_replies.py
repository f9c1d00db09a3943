"""Chats after a meeting: a channel's day file that names its senders only in their own messages, a
round-up that @mentions each owner, replies that take a task over or promise with "I" left off, and a
phone contact saved as a first name and where they are from. Kinds met in the eleventh session's
batches, written here in new words."""
from __future__ import annotations

import json
from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.due import read_due
from tracker.importer.owners import Candidate, match_owner
from tracker.importer.tables import json_rows

HELD = date(2027, 5, 12)  # a Wednesday
NAMES = frozenset({"omar", "lewis", "fern", "ali", "jo", "bell", "nina", "shah", "hart", "bea", "cole"})


def _message(user: str, name: str, text: str, ts: int) -> dict:
    return {"type": "message", "user": user, "text": text, "ts": f"{ts}.000100",
            "user_profile": {"real_name": name, "display_name": name.split()[0].lower()}}


DAY_FILE = json.dumps([
    _message("U01", "Bea Cole", "Round-up from the transport group this morning:\n\n"
             "• <@U02> ring the taxi firms about the Friday runs by 21 May\n"
             "• <@U03> EHCP travel figures by school for the June group\n"
             "• <@U04> collect the parents' route comments for the June group (9/6)\n", 1810130400),
    _message("U02", "Omar Lewis", "yep on it", 1810131000),
    _message("U04", "Nina Shah", "I think the route comments are Nina Hart's, she ran the survey", 1810131600),
    _message("U05", "Nina Hart", "Yes that's mine - I'll collect the parents' route comments for the June group",
             1810132200),
    _message("U03", "Fern Ali", "thumbs up from me :+1: and I'll book the minibus for the June trip :bus:", 1810132800),
])


def test_a_channel_day_file_names_each_sender_and_mention_by_their_own_messages():
    found = ticked_in("\n".join(json_rows(DAY_FILE.split("\n"))), HELD, NAMES)
    assert found["Ring the taxi firms about the Friday runs by 21 May"] == ("Omar Lewis", date(2027, 5, 21))


def test_a_mention_then_what_to_bring_gives_the_mentioned_person_a_task_with_no_verb():
    found = ticked_in("\n".join(json_rows(DAY_FILE.split("\n"))), HELD, NAMES)
    assert found["EHCP travel figures by school for the June group"][0] == "Fern Ali"


def test_a_meeting_dated_once_in_passing_dates_every_action_due_at_it():
    found = ticked_in("\n".join(json_rows(DAY_FILE.split("\n"))), HELD, NAMES)
    assert found["EHCP travel figures by school for the June group"][1] == date(2027, 6, 9)


def test_a_reply_from_someone_with_the_same_first_name_takes_the_task_over():
    found = suggested_in("\n".join(json_rows(DAY_FILE.split("\n"))), HELD, NAMES)
    ticked = {title: owner for title, (owner, _due, tick) in found.items() if tick}
    assert "Nina Hart" in [owner for title, owner in ticked.items() if "route comments" in title]
    assert "Nina Shah" not in [owner for title, owner in ticked.items() if "route comments" in title]
    assert not any(title.startswith("Think") for title in ticked)  # "I think ... are Nina Hart's": a view


def test_an_emoji_code_is_not_left_in_a_title():
    found = ticked_in("\n".join(json_rows(DAY_FILE.split("\n"))), HELD, NAMES)
    assert found["Book the minibus for the June trip"] == ("Fern Ali", date(2027, 6, 30))


WHATSAPP = """12/05/2027, 19:02 - Bea Cole: Thanks everyone. Action pts from tonight:
1. Summer fun day - Omar Lewis to book the bouncy castle
2. Raffle prizes from the high street shops
12/05/2027, 19:10 - Fern Ali: I've got the banner in the loft 🙈 I'll bring it on the day.
12/05/2027, 19:12 - Bea Cole: Fern can you also print the posters for the school gates?
12/05/2027, 19:15 - Fern Ali: Oh great ok will print the posters, will drop them at the schools by Fri 21st
12/05/2027, 19:20 - Nina Hart: And Omar Lewis says he'll run the car park on the day so that's sorted
12/05/2027, 19:21 - Jo Bell: will do x
"""


def test_a_list_under_action_pts_is_a_list_of_actions():
    found = ticked_in(WHATSAPP, HELD, NAMES)
    assert found["Book the bouncy castle"][0] == "Omar Lewis"
    assert "Raffle prizes from the high street shops" in found  # a thing to get, in a list of actions


def test_a_chat_promise_with_its_i_left_off_is_the_senders():
    found = ticked_in(WHATSAPP, HELD, NAMES)
    posters = [(title, due) for title, (owner, due) in found.items() if "posters" in title and owner == "Fern Ali"]
    assert posters and posters[0][1] == date(2027, 5, 21)
    assert not any(title.casefold().startswith("do x") for title in found)  # "will do x": a kiss, not a task


def test_a_promise_after_an_emoji_is_a_sentence_of_its_own():
    found = ticked_in(WHATSAPP, HELD, NAMES)
    assert found["Bring it on the day"][0] == "Fern Ali"


def test_someone_who_says_he_will_has_promised():
    found = ticked_in("Notes of the fun day planning\n\nOmar Lewis says he'll run the car park on the day.\n",
                      HELD, NAMES)
    assert found == {"Run the car park on the day": ("Omar Lewis", None)}


PEOPLE = [Candidate(id=1, name="Nina Hart", job_title="Parent volunteer", organisations=("Parent Carer Forum", "PCF"),
                    group_role=None, email=""),
          Candidate(id=2, name="Bea Cole", job_title="Forum chair", organisations=("Parent Carer Forum", "PCF"),
                    group_role="member", email="")]


def test_a_phone_contact_saved_as_first_name_and_organisation_is_that_person():
    assert match_owner("Nina PCF", PEOPLE).person.name == "Nina Hart"
    assert match_owner("Bea Cole", PEOPLE).person.name == "Bea Cole"


def test_a_meeting_named_then_dated_in_brackets_keeps_its_month():
    due = read_due("before the June group (9/6)", HELD)
    assert (due.on, due.month) == (date(2027, 6, 9), date(2027, 6, 1))


def test_a_full_name_with_a_letter_wrong_is_that_person():
    assert match_owner("Nina Heart", PEOPLE).person.name == "Nina Hart"
    assert match_owner("Bea Coles", PEOPLE).person.name == "Bea Cole"
    assert match_owner("Nina Cole", PEOPLE).person is None  # another surname, not a slip of the keys


def test_a_list_of_actions_that_lost_its_bullets_is_still_a_list():
    text = ("Fun day planning, 12 May\n\nActions:\nOmar Lewis - bouncy castle quote - end of next week\n"
            "Jo Bell - raffle prizes\n(face painting - NO)\n")
    found = ticked_in(text, HELD, NAMES)
    assert found == {"Bouncy castle quote": ("Omar Lewis", date(2027, 5, 21)), "Raffle prizes": ("Jo Bell", None)}


def test_he_d_typed_without_its_apostrophe_after_said_is_a_promise():
    found = ticked_in("Notes typed fast\n\nJo Bell said hed print the raffle tickets by Friday.\n", HELD, NAMES)
    assert found == {"Print the raffle tickets by Friday": ("Jo Bell", date(2027, 5, 14))}


THREAD = """From: Jo Bell <jo.bell@example.org>
Sent: 13 May 2027 09:40
To: Bea Cole <bea.cole@example.org>
Subject: RE: fun day loose ends

Bea, my answers in CAPS below. Sorry, on the train.

From: Omar Lewis <omar.lewis@example.org>
Sent: 13 May 2027 08:15
To: Bea Cole <bea.cole@example.org>
Subject: RE: fun day loose ends

Bea - my bits in [brackets] below.

From: Bea Cole <bea.cole@example.org>
Sent: 12 May 2027 18:30
To: Jo Bell <jo.bell@example.org>; Omar Lewis <omar.lewis@example.org>
Subject: fun day loose ends

Hi both, a couple of things from tonight had no owner. The June group is Wed 9 June.

1. Raffle - who is collecting the prizes?
YES THAT'S ME - I'LL COLLECT THE RAFFLE PRIZES FROM THE SHOPS BEFORE THE JUNE
GROUP.
[OL - I'll ask the garden centre for a hamper by Fri 21 May]

2. Face painting - still needed?
NO, DROPPED.
"""


def test_answers_in_the_style_a_reply_declares_are_that_senders():
    found = {title.casefold(): when for title, when in ticked_in(THREAD, HELD, NAMES).items()}
    assert found["collect the raffle prizes from the shops before the june group"] == ("Jo Bell", date(2027, 6, 9))
    assert found["ask the garden centre for a hamper by fri 21 may"] == ("Omar Lewis", date(2027, 5, 21))
