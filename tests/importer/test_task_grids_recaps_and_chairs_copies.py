"""A meeting tool's task grid saved as a web page, a volunteer's write-up with its recap of who said
they would do what, an email and its reply telling one action twice, and a chair's own annotated
copy of the agenda. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.documents import text_from_html
from tracker.importer.owners import Candidate, match_owner

HELD = date(2027, 3, 9)  # a Tuesday
NAMES = frozenset({"owen", "reid", "claire", "dunmore", "kerry", "lang", "sarah", "khan", "kent", "anita", "patel",
                   "nadia", "grace", "adeyemi", "helen", "brooks", "liam", "porter", "mark", "walsh", "ruth", "hill"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


def _grid_row(title: str, who: str, due: str, *, done: bool = False) -> str:
    chip = f'<span class="date-chip">{due}</span>' if due else '<span class="date-chip date-chip--empty"></span>'
    return (f'<div role="row"><div role="gridcell"><span role="checkbox" aria-checked="{str(done).lower()}"></span></div>'
            f'<div role="gridcell"><span>{title}</span></div>'
            f'<div role="gridcell"><span class="mention">@{who}</span></div><div role="gridcell">{chip}</div></div>')


TASK_PAGE = f"""<html><body><main>
<h1>Short Breaks Steering Group</h1><p>Tuesday 9 March 2027</p>
<h2>Tasks</h2>
<div role="grid" aria-label="Tasks">
<div role="row"><div role="columnheader"></div><div role="columnheader">Task</div>
<div role="columnheader">Owner</div><div role="columnheader">Due</div></div>
{_grid_row("Ring the three respite providers about weekend cover", "Claire Dunmore", "")}
{_grid_row("Redraft the eligibility leaflet in plain English", "Owen Reid", "Mar 26")}
<div role="row"><div class="placeholder">+ New task</div></div>
</div>
<h2>From the February meeting</h2>
<div role="grid">{_grid_row("Book the sensory room for the open day", "Kerry Lang", "Feb 20", done=True)}</div>
</main></body></html>"""


def test_a_task_grid_of_divs_is_read_as_a_table_its_empty_due_cell_kept_empty():
    text = text_from_html(TASK_PAGE)
    assert "\tRing the three respite providers about weekend cover\t@Claire Dunmore\n" in text
    assert "\tRedraft the eligibility leaflet in plain English\t@Owen Reid\tMar 26" in text
    assert "+ New task" not in text  # the editor's button, a row of no cells
    found = suggested(text)
    assert found["Ring the three respite providers about weekend cover"] == ("@Claire Dunmore", None, True)
    assert found["Redraft the eligibility leaflet in plain English"] == ("@Owen Reid", date(2027, 3, 26), True)
    assert found["Book the sensory room for the open day"][2] is False  # ticked done in the grid


DAY_AND_INITIALS = """Transitions Group - Tuesday 9 March 2027

Actions from 9 Feb
- Both February actions finished. The leaflet went to print on 12 Feb.
- Grace Adeyemi to resend the therapy referral form to the colleges by Friday.

Preparation for adulthood
- Liam Porter to bring the leavers' destinations figures for next TG.
- AOB: none. Next TG Thu 15 Apr, 10:00, Teams. Papers by Friday 9th.
"""


def test_actions_from_an_earlier_day_are_gone_through_and_the_next_meeting_is_dated_by_its_initials():
    found = suggested(DAY_AND_INITIALS)
    assert not any(tick for title, (_, _, tick) in found.items() if title.startswith("Both February"))
    assert found["Resend the therapy referral form to the colleges by Friday"] == ("Grace Adeyemi", date(2027, 3, 12), True)
    # "Next TG Thu 15 Apr": the group by its initials, the day straight after (not the papers' Friday)
    assert found["Bring the leavers' destinations figures for next TG"][:2] == ("Liam Porter", date(2027, 4, 15))


WRITE_UP = """Parent Carer Coffee Morning - write-up, Tuesday 9 March 2027

Helen Brooks came along to talk about the new reading intervention and its parents' guide. Helen is
going to post it to Kerry by the end of next week so it can go in the next mailing.

Claire Dunmore is going to book the church hall for the summer fun day and will let Kerry know
within a couple of weeks so it can go on the poster.

Ruth said the buses are better now. Ruth is going to phone Mark Walsh about the Year 7 route before
the Easter holidays (the schools finish on Thursday 25 March).

What everyone said they would do:
- Helen - post the parents' guide to Kerry
- Claire - book the church hall for the fun day
- Ruth - phone Mark about the route
"""


def test_a_write_ups_recap_of_who_said_they_would_do_what_is_each_action_once_dated_as_the_prose_said():
    found = ticked(WRITE_UP)
    # the recap's wording where the prose said "it"; said alike, the prose's; and "will let Kerry know within a
    # couple of weeks" ends the booking, so dates it
    assert found == {
        "Post the parents' guide to Kerry": ("Helen", date(2027, 3, 19)),
        "Book the church hall for the summer fun day": ("Claire Dunmore", date(2027, 3, 23)),
        "Phone Mark Walsh about the Year 7 route before the Easter holidays (the schools finish on Thursday 25 March)":
            ("Ruth", date(2027, 3, 25)),
    }


def test_a_day_in_brackets_saying_when_a_term_or_holiday_ends_dates_the_deadline_before_it():
    text = """Actions
- Owen Reid to send the transition booklet to families by the end of term (term finishes Wed 21 July).
- Sarah Khan to run the youth panel survey before the summer holidays (schools break up on Friday 23 July).
- Nadia to book the cover teacher before half term (half term starts 31 May).
"""
    found = ticked(text, date(2027, 5, 4))
    assert found["Send the transition booklet to families by the end of term (term finishes Wed 21 July)"][1] == date(2027, 7, 21)
    assert found["Run the youth panel survey before the summer holidays (schools break up on Friday 23 July)"][1] == date(2027, 7, 23)
    assert found["Book the cover teacher before half term (half term starts 31 May)"] == ("Nadia", date(2027, 5, 28))


REPLY = """From: Anita Patel <anita.patel@example.org>
Sent: 11 March 2027 09:02
To: Kerry Lang <kerry.lang@example.org>
Subject: RE: Forum liaison 9 March - notes

Hi Kerry - yes, sorry, that was missed. Nadia will send the waiting list figures by clinic to you by Tuesday 16th.

Anita

From: Kerry Lang <kerry.lang@example.org>
Sent: 10 March 2027 21:15
To: Anita Patel <anita.patel@example.org>
Subject: Re: Forum liaison 9 March - notes

Thanks Anita. One thing is missing: towards the end of the meeting Nadia agreed to send the waiting list
numbers for the ND pathway by the end of March, broken down by clinic.

Kerry

> Forum liaison meeting - Tuesday 9 March 2027
> 1) The Designated Clinical Officer will meet the forum reps about the sleep clinic letter by 31 March.
> 2) The Short Breaks Team Leader (Gina Moss) will publish the new application form by 30 April.
> We agreed to meet again on Tuesday 8 June to go through the list.
"""


def test_an_action_a_reply_adds_and_the_next_reply_confirms_is_one_action_dated_by_the_day_said():
    found = ticked(REPLY)
    sent = [title for title in found if "waiting list" in title]
    assert len(sent) == 1 and found[sent[0]] == ("Nadia", date(2027, 3, 16))
    assert found["Publish the new application form by 30 April"] == ("The Short Breaks Team Leader (Gina Moss)", date(2027, 4, 30))
    assert not any("meet again" in title.casefold() for title in found)


CHAIRS_COPY = """# Local Offer Group - my copy (chair)

**Tuesday 9 March 2027** - Chairs: Anita Patel (ICB) & Owen Reid (Council) - *I'm chairing today, Owen taking the notes*

## 1. Welcome
Expected: Claire D, Kerry, Sarah Kh, Liam, Grace

## 2. My open actions
- [ ] Survey the families on the new website → no progress yet, carried forward
- [ ] Check the web page word count → **handed to Liam** - *Liam to check the word count and report back next meeting.*

## 3. Spring events
- → **ALL PARTNERS: each school to put one Local Offer event on its newsletter** by the end of March.
- Kerry: parents want a drop-in at the library over Easter → *Kerry to ask the library manager about the Easter holidays, before half term (half term starts 31 May).*
- Me: the Board should hear about this. → *Me – email Mark Walsh about the Board slot by Friday.*
"""


def test_a_chairs_annotated_copy_names_the_chair_as_me_and_reads_its_arrows_and_carried_items():
    found = suggested(CHAIRS_COPY)
    assert not any(tick for title, (_, _, tick) in found.items() if title.startswith(("Claire D", "Expected")))
    assert not any(tick for title, (_, _, tick) in found.items() if title.startswith("Survey the families"))
    assert found["Check the word count and report back next meeting"][:1] == ("Liam",)
    assert found["Put one Local Offer event on its newsletter by the end of March"] == ("each school", date(2027, 3, 31), True)
    assert found["Ask the library manager about the Easter holidays, before half term (half term starts 31 May)"][0] == "Kerry"
    assert found["Email Mark Walsh about the Board slot by Friday"] == ("Anita Patel", date(2027, 3, 12), True)


def test_a_first_name_with_the_surnames_first_letters_tells_two_people_apart():
    people = [Candidate(id=1, name="Sarah Kent"), Candidate(id=2, name="Sarah Khan")]
    assert match_owner("Sarah Kh", people).person.name == "Sarah Khan"
    assert match_owner("Sarah Ke", people).person.name == "Sarah Kent"
