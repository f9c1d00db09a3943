"""First-person and conversational promises in write-ups, chats and threads: "she said she'd ...",
"he's gonna ...", "me and Kit doing ...", "..., but he will check ...", a promise retold from last time.
Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 3, 10)  # a Wednesday
NAMES = frozenset({"nell", "ashworth", "rafi", "quinn", "bo", "tran", "kit"})


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


WRITE_UP = """Notes from the carers' café

We asked if there were any spare guides for the reading corner and Nell said she'd post us thirty of the guides
by Friday 19th March, because I run the corner.

Rafi Quinn the speech therapist dropped in at the end. Someone asked whether his team could run a session on
sleep. He said he couldn't promise anything this term, but he will ask his manager and let the group know by the 26th.
"""


def test_a_name_said_she_would_in_mid_sentence_and_but_he_will_after_a_refusal_are_theirs():
    found = ticked(WRITE_UP)
    assert found["Post us thirty of the guides by Friday 19th March, because I run the corner"] == \
        ("Nell", date(2027, 3, 19))
    assert found["Ask his manager and let the group know by the 26th"] == ("Rafi Quinn", date(2027, 3, 26))


TYPED_ON_A_PHONE = """forum notes 10/3

1. the app

Bo showed us the new app screens. honestly the colours were grim (soz Bo). she was fine about it. she's gonna send us the
next version to try by friday 19th

me and Kit doing a video about the app by sunday. everyone else just like it pls

2. buses

Rafi said its not fair and he's gonna find out why the passes are late
"""


def test_gonna_in_notes_typed_in_lower_case_and_a_pair_doing_something_by_a_day():
    found = ticked(TYPED_ON_A_PHONE)
    assert found["Send us the next version to try by friday 19th"] == ("Bo", date(2027, 3, 19))
    assert found["Do a video about the app by sunday"] == ("me and Kit", date(2027, 3, 14))
    assert found["Find out why the passes are late"][0] == "Rafi"
    # with no time a pair "doing" something is a role; a promise retold from last time is not new
    found = suggested_in("Group notes\n\nKit and me are doing the newsletter with Bo this year.\n\n"
                         "Last time Rafi said he would ask the college for a speaker. The speaker came today.\n",
                         HELD, NAMES)
    assert not [title for title, (_, _, tick) in found.items() if tick]
    # thinking about it, not agreed; "not an action for this group"
    found = ticked("Notes\n\nAOB: Tran asked if we'd speak at the network in May - Bo said she'd think about it, not agreed.\n\n"
                   "Rafi noted the cost table is last year's and he will refresh it in May as usual (routine, not an "
                   "action for this group).\n")
    assert not found


CHANNEL_POST = """Harbour Inclusion Partnership > Transitions > Posts

Nell Ashworth
09/03 16:02
Notes from today's transitions huddle

Thanks all. Actions below.
Kit to gather the Year 6 profiles from the primaries ahead of the planning day on Tuesday 16th.
Enrolment forms - I'll send the new enrolment forms to every primary by Friday.
@Bo Tran to post the summer timetable to the parents' page by 24 Mar.
@Rafi Quinn to count the late referrals for the west schools by 31 Mar, for next time.
@Tran Quinn - could you confirm whether the open evening is on 8 Apr? Parents keep asking.

👍 4   ❤️ 1
(edited)

    Kit
    09/03 16:20
    Quick correction - the planning day is Wednesday 17th not Tuesday 16th! I'll get the Year 6 profiles gathered before then.
    👍 2

    Rafi Quinn
    09/03 17:01
    I'm away from the 20th so that date won't work. Sam in my team can do the referral count - @Sam Dale ok?

    Sam Dale
    09/03 17:30
    Yes fine, I'll have the late referrals count to Nell by 31 Mar 👍

    Bo Tran
    Yesterday 08:45
    Timetable attached - sorry, I'd already sent it to the parents' page last week.

    Tran Quinn
    Yesterday 10:15
    Yes it's 8 Apr. I'll get a reminder sent to all parents tomorrow so nobody misses it.

Reply
"""


def test_a_channel_post_and_its_replies_copied_from_teams_are_read_as_a_thread():
    found = ticked(CHANNEL_POST)
    # the author over a dated time heads each message; "I'll" is whoever wrote it
    assert found["Send the new enrolment forms to every primary by Friday"] == ("Nell Ashworth", date(2027, 3, 12))
    # a reply's "the planning day is Wednesday 17th not Tuesday 16th" re-dates the action due then, and
    # Kit's "I'll get the profiles gathered before then" is that action again, not a second one
    assert found["Gather the Year 6 profiles from the primaries ahead of the planning day on Wednesday 17th"] == \
        ("Kit", date(2027, 3, 17))
    assert not [title for title in found if "gathered" in title]
    # Sam's "I'll have the count to Nell by 31 Mar" takes over Rafi's action, which is no longer his
    assert found["Get the late referrals count to Nell by 31 Mar 👍"] == ("Sam Dale", date(2027, 3, 31))
    assert not [owner for owner, _ in found.values() if owner.startswith("Rafi")]
    # "I'd already sent it" closes Bo's action; Tran's answer to the @mention further down is the action
    assert not [owner for owner, _ in found.values() if owner.startswith("Bo")]
    assert found["Get a reminder sent to all parents tomorrow so nobody misses it"] == ("Tran Quinn", date(2027, 3, 11))
    assert not [title for title in found if title.startswith("Confirm whether")]


CHAIRS_EMAIL = """From: Nell Ashworth <nell.ashworth@example.org>
Date: Wed, 10 Mar 2027 20:15:00 +0000
Subject: After today's group - a few thoughts

Dear all,

Thank you for today, a good session. Some thoughts while they are fresh.

Transport. Kit, I think the ask from the group is simply that you take the late taxi figures to the contracts
panel on 24 March and tell us what they say - if they want to come to our May meeting, they would be welcome.
Rafi, I know you offered to redo the map for this, but honestly the map is fine and I'd rather we left it, so
please don't on my account.

Diaries. Bo, when you get a moment, can you put next year's dates in everyone's calendars? I'd like the
invitations out by 2 April if at all possible.

One thing for me: I said I'd write to the inspector about the review, and I will write to the inspector by
Friday so she has it before her visit.

Nell

________________________________
From: Nell Ashworth <nell.ashworth@example.org>
Sent: Wednesday, February 10, 2027 7:02 PM
To: Kit; Rafi Quinn; Bo Tran
Subject: After today's group

> Kit - please could you send the panel terms to Rafi before half term.
> Bo - can you find out when the new passes go live?
"""


def test_a_chairs_long_email_asks_by_first_name_in_mid_sentence_and_leaves_its_old_quoted_email():
    found = ticked(CHAIRS_EMAIL)
    assert found["Take the late taxi figures to the contracts panel on 24 March and tell us what they say - if they "
                 "want to come to our May meeting, they would be welcome"] == ("Kit", date(2027, 3, 24))
    assert found["Put next year's dates in everyone's calendars"] == ("Bo", date(2027, 4, 2))
    # "I said I'd write ..., and I will write ... by Friday": one promise, the writer's
    assert [(title, due) for title, (owner, due) in found.items() if owner == "Nell Ashworth"] == \
        [("Write to the inspector by Friday so she has it before her visit (One thing for me)", date(2027, 3, 12))]
    # an offer declined ("please don't"); the earlier email quoted below, sent "February 10, 2027" (month first)
    assert len(found) == 3


REPLY_ON_A_WRITE_UP = """From: Bo Tran <bo.tran@example.org>
Date: Fri, 12 Mar 2027 09:30:00 +0000
Subject: RE: Café notes - my write up

Thanks Kit, lovely notes! One correction so nobody chases the wrong person: it's Rafi (our transitions lead) who is
sorting out the list of holiday clubs, not Nell. Same timescale.

Bo

On Thu, 11 Mar 2027 at 21:10, Kit <kit@example.org> wrote:
> Hi all, here's my write up of last night.
>
> Nell told us about the new garden. Then we talked about the summer, and Nell said she would sort out a list of
> the holiday clubs with places left by Friday 26th March. We also agreed as a group that we will stop running the
> Monday drop-in because nobody comes in the dark, so that's decided. Bo asked everyone to fill in the
> survey by the 19th so she knows what to plan.
>
> Kit
"""


def test_a_reply_that_corrects_who_does_a_task_in_the_write_up_it_quotes():
    found = ticked(REPLY_ON_A_WRITE_UP)
    assert [(owner, due) for title, (owner, due) in found.items() if "holiday clubs" in title] == \
        [("Rafi", date(2027, 3, 26))]
    # a decision to stop something, and a plea to everyone, are no one's action
    assert len(found) == 1


GOOGLE_DOC_WITH_COMMENTS = """panel notes 10/3

1. posters

Kit's gonna print the new posters for the library by next fri[a]

Tran to book the minibus before 20th mar[b]

Bo said she will ask the college about a room.[c]

[a]she said the 19th not this fri. so fri 19th - Nell A

[b]already booked, Sat 27th - Nell A

[c]not confirmed yet that they have one - Nell A
"""


def test_comments_at_the_foot_of_a_google_doc_apply_to_the_lines_they_mark():
    found = suggested_in(GOOGLE_DOC_WITH_COMMENTS, HELD, NAMES)
    assert found["Print the new posters for the library by fri 19th"] == ("Kit", date(2027, 3, 19), True)
    assert not found["Book the minibus before 20th mar"][2]  # "already booked"
    assert found["Ask the college about a room"][:2] == ("Bo", None)  # a comment that changes nothing
    assert not [title for title in found if "[" in title or "confirmed" in title]
