"""Email threads whose replies change the actions agreed by who holds them or what they are about, not only by a
number: answers signed with initials under each action ("GH: Could I have until Friday 15th?" / "PW: Fine - 15
October"), an owner who cannot do it and asks a colleague who can, a deadline moved for everyone, and a message
saved from a webmail's reading pane. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.documents import text_from_html

HELD = date(2027, 9, 28)  # a Tuesday
NAMES = frozenset({"pat", "webb", "gina", "hart", "ola", "reyes", "nell", "drury", "ken", "moss"})


def pane(body: str, answers: dict[int, str] | None = None) -> str:
    """A reply saved from a webmail's reading pane (sender, then when it was sent, on lines of their own), above
    the draft actions of the library partnership's meeting on 28 September it quotes, `answers` under its items."""
    under = {number: f"\n{words.strip()}" for number, words in (answers or {}).items()}
    return f"""RE: Library partnership 28 Sept - actions
Pat Webb <pat.webb@example.org>
Tue 12/10/2027 10:05
To: Library partnership <libraries@example.org>

{body}

Pat

From: Pat Webb <pat.webb@example.org>
Sent: Wednesday, September 29, 2027 9:15 AM
To: Library partnership <libraries@example.org>
Subject: Library partnership 28 Sept - actions

LIBRARY PARTNERSHIP - Tuesday 28 September 2027, Central Library

1. Reading challenge
Figures were down on last summer.

ACTIONS

1. GH - send the reading challenge figures to each branch - by Friday 8 October.{under.get(1, "")}
2. OR - run a volunteers' induction evening - before half term.{under.get(2, "")}
3. ALL BRANCHES - complete the stock survey and return it to Pat - by Friday 15 October.{under.get(3, "")}

Next meeting: Thursday 25 November 2027.
"""


ANSWERED = """GH: Could I have until Friday 15th? The branch returns are still coming in.
PW: Fine - 15 October.
"""


def test_a_message_saved_from_a_reading_pane_is_a_later_email_not_the_meetings_date():
    found = ticked_in(pane("Thanks all, nothing has changed."), HELD, NAMES)
    assert found["Send the reading challenge figures to each branch - by Friday 8 October"] == ("GH", date(2027, 10, 8))


def test_answers_signed_by_initials_under_an_item_move_its_date():
    text = pane("Everyone's answers are inline in colour under each action below.", {1: ANSWERED})
    found = suggested_in(text, HELD, NAMES)
    figures = next(value for title, value in found.items() if "reading challenge figures" in title)
    assert figures[1:] == (date(2027, 10, 15), True)
    assert not any("branch returns" in title.lower() for title in found)  # (the reason given is not an action)


def test_an_owner_who_cannot_do_it_asks_a_colleague_who_can_and_the_action_is_theirs():
    answers = """
OR: Sorry, I can't take this one on - my evenings are full until December. I've asked Nell Drury (our outreach lead) who can run it on Thursday 14 October.
ND: Confirmed - Thursday 14 October. I'll put a poster up in each branch.
PW: Lovely - thank you Nell. Action now Nell's.
"""
    found = ticked_in(pane("Everyone's answers are inline in colour under each action below.", {2: answers}), HELD, NAMES)
    evening = next(value for title, value in found.items() if "induction evening" in title)
    assert evening == ("Nell Drury", date(2027, 10, 14))
    assert not any("poster" in title.lower() for title in found)


def test_a_deadline_moved_for_everyone_named_by_a_group_in_capitals():
    answers = "PW: Moved: several branches asked for longer, so the deadline is now Friday 29 October (after the stock take).\n"
    found = ticked_in(pane("Everyone's answers are inline in colour under each action below.", {3: answers}), HELD, NAMES)
    survey = next(value for title, value in found.items() if "stock survey" in title)
    assert survey == ("ALL BRANCHES", date(2027, 10, 29))


def test_answers_typed_into_a_web_list_item_after_a_line_break_are_lines_of_their_own():
    page = """<p>Pat Webb &lt;pat.webb@example.org&gt;<br>Tue 12/10/2027 10:05<br>To: Library partnership</p>
<p>Everyone's answers are inline in colour under each action below.</p>
<p>From: Pat Webb &lt;pat.webb@example.org&gt;<br>Sent: Wednesday, September 29, 2027 9:15 AM<br>
Subject: Library partnership 28 Sept - actions</p>
<p>LIBRARY PARTNERSHIP - Tuesday 28 September 2027, Central Library</p>
<p><b>ACTIONS</b></p>
<ol><li>GH - send the reading challenge figures to each branch - by Friday 8 October.
<br><span style="color:#00B050">GH: Could I have until Friday 15th? The branch returns are still coming in.</span>
<br><span style="color:#C00000">PW: Fine - 15 October.</span></li></ol>"""
    text = text_from_html(page)
    assert "\nGH: Could I have until Friday 15th?" in text
    found = ticked_in(text, HELD, NAMES)
    figures = next(value for title, value in found.items() if "reading challenge figures" in title)
    assert figures[1] == date(2027, 10, 15)


RESENT = """From: Dana Frost <dana.frost@example.org>
Sent: 14 May 2027 08:30
Subject: RESEND - CORRECTED: Allotment committee 11 May - actions

Dear all,

Sorry - yesterday's summary had mistakes in it. Please delete that version and use this one. The changes are:

  * Action 2: the hedge survey deadline is Friday 4 June, not 31 May (the 31st is a bank holiday).
  * Old action 4 (order the new water butts) removed - Ken did this at the meeting.

My original email is below for reference only.

Dana

ALLOTMENT COMMITTEE - Tuesday 11 May 2027
ACTION 1: Gina Hart to renew the site insurance by Friday 28 May.
ACTION 2: Ola Reyes to finish the hedge survey by Friday 4 June.
ACTION 3: Ken Moss to book the skip for the autumn clear-out by Friday 21 May. The committee agreed to write a joint
letter to the council as well; Dana will draft it (no action logged - Dana will do it this week).

From: Dana Frost <dana.frost@example.org>
Sent: 13 May 2027 16:10
Subject: Allotment committee 11 May - actions

ALLOTMENT COMMITTEE - Tuesday 11 May 2027
ACTION 1: Gina Hart to renew the site insurance by Friday 28 May.
ACTION 2: Ola Reyes to finish the hedge survey by 31 May.
ACTION 3: Ken Moss to book the skip for the autumn clear-out by Friday 21 May.
ACTION 4: Ken Moss to order the new water butts.
"""


def test_a_corrected_resend_leaves_out_the_version_it_replaces_and_its_list_of_changes():
    found = ticked_in(RESENT, date(2027, 5, 11), NAMES)
    assert found["Finish the hedge survey by Friday 4 June"] == ("Ola Reyes", date(2027, 6, 4))
    assert not any("water butts" in title.lower() for title in found)  # (removed: in the old version only)
    assert not any("deadline is" in title.lower() or "31 may" in title.lower() for title in found)
    assert not any("draft it" in title.lower() for title in found)  # ("no action logged")
    assert len(found) == 3


def test_asking_the_secretary_to_update_the_log_is_not_an_action():
    text = """From: Gina Hart <gina.hart@example.org>
Sent: 15 May 2027 09:00
Subject: RE: Allotment committee 11 May - actions

Ken - please update the log. Dana will put these into the log on Monday.

Gina

From: Dana Frost <dana.frost@example.org>
Sent: 13 May 2027 16:10
Subject: Allotment committee 11 May - actions

ALLOTMENT COMMITTEE - Tuesday 11 May 2027
ACTION 1: Ola Reyes to finish the hedge survey by Friday 4 June.
"""
    found = ticked_in(text, date(2027, 5, 11), NAMES)
    assert list(found) == ["Finish the hedge survey by Friday 4 June"]


NESTED = """From: Gina Hart <gina.hart@example.org>
Date: Fri, 21 May 2027 09:10:00 +0100
Subject: Re: Allotment committee 18 May - notes

OK Ken, 9 July it is - thanks.

Gina

On Thu, 20 May 2027 at 18:02, Ken Moss <ken.moss@example.org> wrote:
> Gina,
>
> On 2 - I can't sign off the new shed before the landlord's visit, as the lease says he has to see the plans. He comes on 9 July. I'll give you an answer on 9 July straight after, if that works.
>
> Ken
>
> On Thu, 20 May 2027 at 08:31, Gina Hart <gina.hart@example.org> wrote:
> > Ola - understood. Let's take 3 off the list for now and look at it again in the autumn.
> >
> > On Wed, 19 May 2027 at 21:47, Ola Reyes <ola.reyes@example.org> wrote:
> > > On 3, I'm going to have to say no for this season, sorry. My weekends are all taken with the show.
> > >
> > > On Tue, 18 May 2027 at 17:05, Gina Hart <gina.hart@example.org> wrote:
> > > > ALLOTMENT COMMITTEE - Tuesday 18 May 2027
> > > >
> > > > 1. Water
> > > > ACTION 1: Gina to get two quotes for a new standpipe - by Friday 4 June.
> > > >
> > > > 2. Buildings
> > > > ACTION 2: Ken to make a decision on the new shed - by next meeting (Tuesday 29 June).
> > > > ACTION 3: Ola to run a seed swap for the children's plots this season.
"""


def test_a_date_agreed_with_the_owner_by_name_deep_in_quoted_replies_moves_their_action():
    found = ticked_in(NESTED, date(2027, 5, 18), NAMES)
    shed = next(value for title, value in found.items() if "new shed" in title)
    assert shed == ("Ken", date(2027, 7, 9))
    assert not any("answer on 9 july" in title.lower() for title in found)  # (his reasons, the same action)


def test_an_action_its_owner_declines_by_its_number_and_the_chair_takes_off_the_list_is_not_ticked():
    found = ticked_in(NESTED, date(2027, 5, 18), NAMES)
    assert not any("seed swap" in title.lower() for title in found)
    assert next(value for title, value in found.items() if "standpipe" in title) == ("Gina", date(2027, 6, 4))


def test_an_owner_asking_for_a_later_day_by_the_logs_reference_moves_it_weekday_and_all():
    text = """From: Ola Reyes <ola.reyes@example.org>
Sent: 20 May 2027 14:47
Subject: RE: Allotment committee 18 May - draft actions

Thanks Gina.

B2 - I'm away all of next week so Friday 28th won't happen, sorry. Can I do Wednesday 2nd June?

Ola

From: Gina Hart <gina.hart@example.org>
Sent: 19 May 2027 10:14
Subject: Allotment committee 18 May - draft actions

ALLOTMENT COMMITTEE - Tuesday 18 May 2027
ACTION B1: Ken to order the wood chip for the paths - by Friday 4 June.
ACTION B2: Ola to count the empty plots - by Friday 28 May.
"""
    found = ticked_in(text, date(2027, 5, 18), NAMES)
    plots = next((title, value) for title, value in found.items() if "empty plots" in title)
    assert plots[1] == ("Ola", date(2027, 6, 2))
    assert "Friday" not in plots[0]
