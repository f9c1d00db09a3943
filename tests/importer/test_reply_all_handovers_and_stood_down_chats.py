"""Follow-up emails, reply-all threads and group chats used instead of a meeting: an emailed list whose items
read "Topic - task - Owner - date", its date wrapped onto a line of its own and its old items closed; a list
"for information rather than actions"; a request naming its person inside it ("can you check, Nadia,
whether ..."); "for next time", "her deadline is the 14th" and a date doubted in brackets; "I'm going to ...";
a Teams chat's guest and tagged names; a chat contact saved with where they work; a request answered after a
voice note sent by mistake, or by an unsaved number; and a task its asker had promised, handed on. Kinds met
in the twelfth session's batches, written here in new words."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import ticked_in
from tracker.importer.owners import Candidate, match_owner

HELD = date(2027, 4, 13)  # a Tuesday
NAMES = frozenset({"nadia", "brook", "omar", "lewis", "fern", "ali", "bea", "cole", "ivan", "hart", "rosa", "kemp"})

DRAFT_LIST = """From: Bea Cole <bea.cole@example.org>
Sent: 14 April 2027 09:12
To: Nadia Brook; Omar Lewis; Fern Ali
Subject: Transport panel 13 April - draft actions

Dear all

The draft actions from yesterday's panel are below.

ACTIONS
1. Bus passes - renew the passes for the autumn intake - Omar Lewis - 30/04/2027
2. Route audit - write up the findings from the spring route audit for the panel - Fern Ali
   - 07/05/2027
3. Escorts - an updated list of trained escorts - Nadia Brook - end of May

EARLIER ITEMS
B7 Taxi contract review - the council now plan to retender in June, nothing for us
   to do until then - CLOSE

Thanks
Bea
"""


def test_a_topic_then_the_task_then_its_owner_and_date_gives_the_owner():
    found = ticked_in(DRAFT_LIST, HELD, NAMES)
    assert found["Bus passes: renew the passes for the autumn intake"] == ("Omar Lewis", date(2027, 4, 30))


def test_an_items_date_wrapped_onto_a_line_of_its_own_is_still_its_due_date():
    found = ticked_in(DRAFT_LIST, HELD, NAMES)
    title = next(title for title in found if "route audit" in title)
    assert found[title] == ("Fern Ali", date(2027, 5, 7))


FOLLOW_UP = """From: Ivan Hart <ivan.hart@example.org>
Sent: 14 April 2027 08:30
To: Nadia Brook; Rosa Kemp; Omar Lewis
Subject: Sensory room group - where we got to

Morning all, thanks for yesterday - the room was freezing again, sorry.

1. Equipment - could you confirm, Nadia, whether the swing frame is still under warranty? For next time is fine.
2. Rosa will draft the parents' leaflet on the new booking rules. Her deadline for the print run is the 14th.
3. Omar to cost the blackout blinds for both rooms. Mid-May was what we agreed. (Omar - you said the supplier
   might not quote until June, just shout.)
4. I'm going to ask the caretaker about a key safe - I'll also book the hall for the open day.

Just so you know, rather than actions:
- Rosa said the Tuesday drop-ins are carrying on as now over the summer.

Next meeting is Tuesday 8 June.

Ivan
"""


def test_a_request_naming_its_person_inside_it_is_theirs_and_for_next_time_is_the_next_meeting():
    found = ticked_in(FOLLOW_UP, HELD, NAMES)
    assert found["Confirm whether the swing frame is still under warranty"] == ("Nadia", date(2027, 6, 8))


def test_a_deadline_said_in_the_next_sentence_dates_the_promise():
    found = ticked_in(FOLLOW_UP, HELD, NAMES)
    title = next(title for title in found if title.startswith("Draft the parents' leaflet"))
    assert found[title] == ("Rosa", date(2027, 4, 14))


def test_a_date_doubted_in_brackets_is_not_the_due_date_agreed():
    found = ticked_in(FOLLOW_UP, HELD, NAMES)
    title = next(title for title in found if title.startswith("Cost the blackout blinds"))
    assert found[title] == ("Omar", date(2027, 5, 15))


def test_im_going_to_and_a_second_promise_after_a_dash_are_the_writers_own():
    found = ticked_in(FOLLOW_UP, HELD, NAMES)
    assert found["Ask the caretaker about a key safe"][0] == "Ivan Hart"
    assert found["Book the hall for the open day"][0] == "Ivan Hart"


def test_a_list_for_information_rather_than_actions_holds_no_actions():
    found = ticked_in(FOLLOW_UP, HELD, NAMES)
    assert not any("drop-ins" in title for title in found)


TEAMS_CHAT = """Copied from the "Inclusion panel" meeting chat - the meeting itself was called off.

[13/04/2027 10:02] Bea Cole
Morning - the panel is off today, so let's sort the urgent things in here.

[13/04/2027 10:05] Lewis Omar (WESTMOOR HEALTH TRUST)
I'll update the sensory audit summary by Friday.

[13/04/2027 10:06] Ivan Hart (Guest)
I'll share the parent survey results by the 20th.

[13/04/2027 10:09] Bea Cole
Thanks both
"""


def test_a_teams_chats_guest_and_tagged_names_are_each_messages_sender():
    found = ticked_in(TEAMS_CHAT, HELD, NAMES)
    assert found["Update the sensory audit summary by Friday"] == ("Lewis Omar", date(2027, 4, 16))
    assert found["Share the parent survey results by the 20th"] == ("Ivan Hart", date(2027, 4, 20))


def test_a_contact_saved_with_where_they_work_or_surname_first_is_that_person():
    people = [Candidate(id=1, name="Rosa Kemp", job_title="Caseworker", organisations=("Westmoor Council",)),
              Candidate(id=2, name="Omar Lewis", job_title="Transport lead", organisations=("Westmoor Council",))]
    assert match_owner("Rosa Kemp Casework", people).person.name == "Rosa Kemp"
    assert match_owner("Lewis Omar", people).person.name == "Omar Lewis"


WHATSAPP = """[12/04/2027, 19:02:11] Bea Cole: Group for the fun day planning 🎈
[13/04/2027, 07:10:40] Bea Cole: Fun day is off, the field is flooded. Quick things on here instead
[13/04/2027, 07:12:05] Bea Cole: Fern could you sort the raffle prizes list? You did it so well last year
\u200e[13/04/2027, 07:13:30] Fern Ali: \u200eaudio omitted
[13/04/2027, 07:13:58] Fern Ali: Sorry ignore that, wrong button
[13/04/2027, 07:14:40] Fern Ali: Yes ok will do. I'll have it done by Thursday
[13/04/2027, 07:20:02] Rosa Kemp: I said I'd do the bunting order but honestly Sam is much quicker with the supplier
[13/04/2027, 07:20:40] Rosa Kemp: Sam can you do the bunting order? The sizes are in the folder
[13/04/2027, 07:31:09] +44 7700 900777: Course! Will get it in by Monday x
[13/04/2027, 07:40:00] Bea Cole: For the 2nd I'll bring the gazebo from the school
"""


def test_a_request_answered_after_a_voice_note_sent_by_mistake_is_granted():
    found = ticked_in(WHATSAPP, HELD, NAMES)
    title = next(title for title in found if "raffle prizes" in title)
    assert found[title] == ("Fern Ali", date(2027, 4, 15))


def test_an_unsaved_number_answering_a_request_by_name_is_the_one_asked_and_the_asker_hands_it_on():
    found = ticked_in(WHATSAPP, HELD, NAMES)
    bunting = {title: values for title, values in found.items() if "bunting" in title}
    assert list(bunting.values()) == [("Sam", date(2027, 4, 19))]


def test_a_day_of_the_month_said_first_dates_the_promise_after_it():
    found = ticked_in(WHATSAPP, HELD, NAMES)
    assert found["Bring the gazebo from the school"] == ("Bea Cole", date(2027, 5, 2))
