"""Replies that answer the notes they quote: answers typed in a colour the plain-text copy lost, sitting
unmarked under each item; a reply going through the notes point by point under their numbers; a paragraph
that names its person first and asks them later; a team that is "ours"; an item done "by the time" the
note was written; and "It will be live by ..." after a promise. Kinds met in the eleventh session's second
round, written here in new words."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 3, 11)  # a Thursday
NAMES = frozenset({"anne", "price", "ruth", "hill", "mary", "walker", "tom", "evans", "kerry", "lang",
                   "liam", "porter", "sarah", "khan", "owen", "reid", "grace", "adeyemi"})

COLOUR_LOST = """From: Grace Adeyemi <grace.adeyemi@example.org>
Sent: 15 March 2027 10:02
To: Sarah Khan <sarah.khan@example.org>
Subject: RE: therapy liaison 11/3

Sarah, my replies are in red below.

Grace

From: Sarah Khan <sarah.khan@example.org>
Sent: 12 March 2027 09:00
To: Grace Adeyemi <grace.adeyemi@example.org>
Subject: therapy liaison 11/3

Notes from yesterday.

ACTION: Grace to send the school the new sensory profile forms.
Got these on Friday, thanks - all sorted.
ACTION: Grace to book the OT drop-in for parents.
I'm afraid that isn't something my team can do - the drop-ins are run by the Family Hub now.
ACTION: Owen to ring the bus company about the late pick-ups.
Not needed - the route changed this week.
ACTION: Grace to run the handwriting group for Y3.
Will do, but not until the new term. I'll start it on Monday 19 April.
- Training: therapists to lead the twilight on fine motor skills on Wed 24 March.
Sorry, that week is bad for us. We could do Tuesday 30 March instead if that suits.

Sarah
"""


def test_answers_in_a_lost_colour_close_refuse_or_redate_the_item_above():
    found = suggested_in(COLOUR_LOST, HELD, NAMES)
    ticked = {title.casefold(): when for title, (_who, when, tick) in found.items() if tick}
    assert not any("sensory profile" in title for title in ticked)  # got them: done
    assert not any("drop-in" in title for title in ticked)  # refused
    assert not any("bus company" in title for title in ticked)  # not needed
    assert next(when for title, when in ticked.items() if "handwriting group" in title) == date(2027, 4, 19)
    assert next(when for title, when in ticked.items() if "fine motor" in title) == date(2027, 3, 30)


POINT_BY_POINT = """From: Mary Walker <mary.walker@example.org>
Sent: 12 March 2027 16:20
To: Tom Evans <tom.evans@example.org>
Subject: RE: short breaks review - notes

Tom, thanks. Taking your numbers in turn:

1. Provider list - fine, end of March works.
2. Parent survey - please disregard this one, the Forum ran one in January.
3. Respite beds - Kerry will count the beds in use at each home by 26 March.

Mary

From: Tom Evans <tom.evans@example.org>
Sent: 11 March 2027 15:00
To: Mary Walker <mary.walker@example.org>
Subject: short breaks review - notes

1. Tom to refresh the provider list by the end of March.
2. Tom to send a parent survey about weekend respite.
3. Liam to look at the respite beds.
"""


def test_a_point_that_withdraws_or_restates_an_item_replaces_it():
    ticked = {title.casefold(): who for title, (who, _when) in ticked_in(POINT_BY_POINT, HELD, NAMES).items()}
    assert any("provider list" in title for title in ticked)  # agreed, not restated: kept
    assert not any("parent survey" in title for title in ticked)
    assert not any(title.startswith("look at the respite beds") for title in ticked)
    assert next(who for title, who in ticked.items() if title.startswith("count the beds")) == "Kerry"


NAMED_THEN_ASKED = """Hi all,

Ruth, I guess the usual reminders will go out as normal. Could you also order the name badges for the
conference please by the end of next week.

Anne
"""


def test_the_person_a_paragraph_opens_with_is_asked_its_later_question():
    ticked = ticked_in(NAMED_THEN_ASKED.replace("the\nconference", "the conference"), HELD, NAMES)
    badge = next(title for title in ticked if "name badges" in title)
    assert ticked[badge] == ("Ruth", date(2027, 3, 19))


AGREED = """What we agreed
1. Our transport office will write to every family about the new routes.
2. Liam to update the dashboard with the March figures. (Already done by the time this went out.)
3. Mary said it was not something we need to decide today.

Home page. Sarah will redesign the Local Offer home page with the Forum. It will be live by 30 April.
"""


def test_our_team_owns_done_by_the_time_is_done_and_a_live_date_is_the_promise_before():
    found = suggested_in(AGREED, HELD, NAMES)
    ticked = {title: (who, when) for title, (who, when, tick) in found.items() if tick}
    assert ticked["Write to every family about the new routes"][0] == "Our transport office"
    assert not any("dashboard" in title for title in ticked)
    assert not any("decide" in title.casefold() for title in ticked)
    assert ticked["Redesign the Local Offer home page with the Forum"] == ("Sarah", date(2027, 4, 30))
    assert not any("live" in title.casefold() for title in ticked)


SUPPLIER = """1) SEARCH
- Already patched on the test site and Tom tried it on a tablet - fine. Sarah to push the search fix to
  live with the next release on Tuesday 16 March.
"""


def test_a_task_after_a_sentence_saying_what_is_done_is_read_with_its_verb():
    ticked = {title.casefold(): owner_when for title, owner_when in
              ticked_in(SUPPLIER.replace("to\n  live", "to live"), HELD, NAMES).items()}
    push = next(title for title in ticked if title.startswith("push the search fix"))
    assert ticked[push] == ("Sarah", date(2027, 3, 16))
