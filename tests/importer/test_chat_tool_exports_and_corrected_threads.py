"""Chat tools' exports used as a meeting: a Google Chat space saved from the browser (each message under its
sender's name, a guest's badge, the day and time, "Edited"; a thread's title over it), a Slack channel's JSON
export with its threads, a request the one asked hands to a colleague who says yes, a sender moving their own
promise, a summary promised then posted; and an email reply correcting, by what each item is about, the list of
actions quoted under it with the Slack thread pasted as text. Kinds met in the twelfth session's batch, written
here in new words."""
from __future__ import annotations

import json
from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.due import read_due
from tracker.importer.tables import json_rows

HELD = date(2027, 6, 2)  # a Wednesday
NAMES = frozenset({"kofi", "mensah", "leah", "dunn", "priya", "das", "sam", "ortiz", "reed", "ines", "moss",
                   "dev", "patel", "rosa", "lind"})


def ticked(text: str) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, HELD, NAMES)


SAVED_SPACE = """Youth voice steering group
Space · 9 members · Saved from Google Chat

Agenda
Rosa Lind Wed 2 Jun, 09:00
Morning all, as agreed last time we're doing this one in here. Agenda (pinned):
1. Summer survey
2. Taster day
3. Minibus
2 replies
Kofi Mensah Wed 2 Jun, 09:12
Sounds good
1. Summer survey
Kofi Mensah Wed 2 Jun, 09:20
Responses are slow in the east. I'll send the survey reminder to the four youth clubs by Friday.
👍 3
2. Taster day
Leah Dunn External Wed 2 Jun, 09:41 Edited
The sports hall is free on the 19th. I'll book the sports hall for the taster day tomorrow.
3. Minibus
Rosa Lind Wed 2 Jun, 10:05
Insurance renewal is with the council for now.
Leah Dunn External Thu 3 Jun, 08:15
Sorry, the booking line is closed today - the hall will be booked on Monday instead.
"""


def test_a_saved_google_chat_space_gives_each_promise_to_the_one_who_posted_it():
    found = ticked(SAVED_SPACE)
    assert found["Send the survey reminder to the four youth clubs by Friday"] == ("Kofi Mensah", date(2027, 6, 4))


def test_a_guest_badge_and_edited_mark_are_not_part_of_the_senders_name():
    found = ticked(SAVED_SPACE)
    assert [owner for title, (owner, _due) in found.items() if "sports hall" in title] == ["Leah Dunn"]


def test_an_agenda_at_the_end_of_a_message_and_the_thread_titles_are_no_actions():
    found = ticked(SAVED_SPACE)
    assert not {"Summer survey", "Taster day", "Minibus"} & set(found)
    assert "Book the sports hall for the taster day tomorrow" in found  # its own, not the agenda's "Taster day"


def test_the_sender_putting_their_own_promise_off_to_another_day_re_dates_it():
    found = ticked(SAVED_SPACE)
    assert [due for title, (_owner, due) in found.items() if "sports hall" in title] == [date(2027, 6, 7)]


def _post(user: str, text: str, ts: int, thread: int | None = None) -> dict:
    post = {"type": "message", "user": user, "text": text, "ts": f"{ts}.000200"}
    return post | ({"thread_ts": f"{thread}.000200"} if thread else {})


START = 1811926800  # Wednesday 2 June 2027, 09:00 (UTC)
CHANNEL = json.dumps({
    "channel": {"name": "play-streets"},
    "users": [{"id": "U1", "real_name": "Ines Moss"}, {"id": "U2", "real_name": "Sam Ortiz"},
              {"id": "U3", "real_name": "Sam Reed"}, {"id": "U4", "real_name": "Priya Das"}],
    "messages": [
        _post("U1", "Priya, could you update the road closure map for the July event?", START + 60),
        _post("U1", "<@U2> could you draft the letter to residents on Elm Row?", START + 120),
        _post("U2", "I'm at the conference all next week - could <@U3> take it?", START + 300, START + 120),
        _post("U3", "Yes I'll take it w/c 14th", START + 360, START + 120),
        _post("U1", "Cones are in the depot, thanks all.", START + 400),
        _post("U3", "Reminder the park gates close at six.", START + 420),
        _post("U2", "Street party photos are on the drive.", START + 480),
        _post("U1", "Did anyone see the weather for Saturday?", START + 540),
        _post("U4", "Yes I'll update the road closure map by Tuesday", START + 900, START + 60),
        _post("U1", "Summary for the log:\n• Priya - road closure map - Tue\n• Sam R - residents letter - w/c 14th",
              START + 28800),
    ]})


def _channel() -> str:
    return "\n".join(json_rows(CHANNEL.split("\n")))


def test_a_slack_thread_reply_answers_the_request_it_is_under_however_late():
    found = ticked(_channel())
    assert found["Update the road closure map by Tuesday"] == ("Priya Das", date(2027, 6, 8))


def test_a_request_handed_to_a_colleague_who_says_yes_is_theirs_not_the_one_with_the_same_first_name():
    found = ticked(_channel())
    assert [(owner, due) for title, (owner, due) in found.items() if "letter to residents" in title] \
        == [("Sam Reed", date(2027, 6, 18))]


def test_a_week_commencing_with_the_month_left_out_is_the_friday_of_the_next_such_week():
    assert read_due("sure, w/c 14th ok?", HELD).on == date(2027, 6, 18)


ROUND_UP = """[02/06/2027, 09:00] Ines Moss: Morning, updates in here please. I'll post a summary of the actions at the end of the day.
[02/06/2027, 09:10] Rosa Lind: I'll test the new sign-in sheet with two clubs by the end of June
[02/06/2027, 09:20] Kofi Mensah: I'll ring the council about the bins by Friday
[02/06/2027, 09:25] Leah Dunn: thanks both
[02/06/2027, 17:00] Ines Moss: Summary of today:
• Rosa - test new sign-in sheet at clubs - end June
• Kofi - ring council re bins - Fri
"""


def test_a_summary_promised_then_posted_is_no_action_of_its_own():
    found = suggested_in(ROUND_UP, HELD, NAMES)
    assert not any(tick for title, (_owner, _due, tick) in found.items() if title.startswith("Post a summary"))


def test_a_closing_round_up_by_first_names_is_the_same_promise_not_another():
    found = ticked(ROUND_UP)
    assert [title for title in found if "bins" in title] == ["Ring the council about the bins by Friday"]


CORRECTING_REPLY = """From: Dev Patel <dev.patel@example.org>
Subject: RE: Play streets - actions

Thanks Ines. Two corrections:

(1) The minibus insurance check is mine, not Kofi's.
(2) Rosa's volunteer rota is for the July group on 7 July, not 16 June - 16 June is when the forms close.
(3) Leah's risk assessment was already sent yesterday, so that one can come off.

Dev

On Wed, 2 Jun 2027 at 17:30, Ines Moss <ines.moss@example.org> wrote:
> Hi all, actions from today's chat below, and the thread pasted under them.
>
> ACTIONS
> 1. Kofi - minibus insurance check - 30 June
> 2. Rosa - volunteer rota for the summer - 16 June
> 3. Leah - risk assessment for the taster day - 11 June
>
> ----- Slack thread (copied) -----
>
> Rosa Lind
>   9:14 AM
> Volunteers. Half the rota is empty. I'll do the volunteer rota for the July group once forms are in
> :raised_hands:
> 4
> Sam Reed
>   9:20 AM
> I'll chase the park wardens about the gate times
> Ines Moss
>   9:25 AM
> thanks both
"""


def test_a_reply_saying_an_action_is_mine_not_theirs_gives_it_to_the_replys_sender():
    found = ticked(CORRECTING_REPLY)
    assert [owner for title, (owner, _due) in found.items() if "insurance" in title.lower()] == ["Dev Patel"]


def test_a_reply_giving_a_date_not_the_listed_one_re_dates_that_item():
    found = ticked(CORRECTING_REPLY)
    assert found["Volunteer rota for the summer"] == ("Rosa", date(2027, 7, 7))


def test_a_reply_saying_an_item_was_already_sent_leaves_it_unticked():
    found = ticked(CORRECTING_REPLY)
    assert not [title for title in found if "risk assessment" in title.lower()]


def test_a_slack_thread_pasted_as_text_in_a_quoted_email_is_said_by_its_senders_not_the_emails_writer():
    found = ticked(CORRECTING_REPLY)
    assert found["Chase the park wardens about the gate times"][0] == "Sam Reed"
