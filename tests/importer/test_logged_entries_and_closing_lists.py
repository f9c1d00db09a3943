"""Minutes that go through an earlier action log entry by entry, notes closing with a list of actions
that re-words their discussion, and a cumulative tracker the minutes cite by row number: the kinds of
writing met in the seventy-first held-out batch. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

import pytest

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.due import read_due, term_ends_given

HELD = date(2027, 4, 14)  # a Wednesday
NAMES = frozenset({"anne", "price", "mary", "walker", "tom", "evans", "helen", "brooks", "owen", "reid",
                   "kerry", "lang", "nadia", "khan", "liam", "porter", "priya", "shah"})


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


LOG_GONE_THROUGH = """Short Breaks Panel
Minutes of the meeting held on Wednesday 14 April 2027

Present: Anne Price (AP), Mary Walker (MW), Tom Evans (TE), Helen Brooks (HB), Owen Reid (OR)

1. Matters arising and action log

02/27-01 – MW to refresh the short breaks leaflet. Done – sent to the printers last week. Close.

02/27-02 – HB to survey the cluster schools about holiday clubs. Still waiting on two schools; stays open with HB.

02/27-03 – TE to collect parents' views on the booking system. TE has not been able to reach the provider, so the panel agreed to move this action to OR.

Action: OR to ask the provider for a copy of its booking complaints log by 30 April 2027.

2. Holiday clubs

Liam offered to map every club against the bus routes; the panel thought the survey would show this and did not take it up.
HB will chase the two schools – no separate action as she sees both heads on Friday.
TE said parents need to see this before the summer.
The Parent Carer Forum will hold its AGM on 20 May, and everyone is welcome.
MW will publish the holiday club list by 7 May.
"""


def test_a_log_entry_gone_through_under_matters_arising_is_the_earlier_action_not_a_new_one():
    found = suggested(LOG_GONE_THROUGH)
    assert not found["Refresh the short breaks leaflet"][2]
    assert not found["Survey the cluster schools about holiday clubs"][2]
    assert not found["Collect parents' views on the booking system"][2]


def test_an_action_moved_to_someone_else_is_no_new_work_but_the_new_owners_action_is():
    assert sorted(ticked(LOG_GONE_THROUGH).values()) == [("Mary Walker", date(2027, 5, 7)), ("Owen Reid", date(2027, 4, 30))]
    # (not the move itself, the offer turned down, "no separate action", a wish to see it, nor another body's AGM)


NOTES_WITH_A_CLOSING_LIST = """Transitions Working Group
Notes of meeting: Tuesday 11th May 2027
Present: Owen Reid, Chair (OR); Kerry Lang, PCF (KL); Liam Porter, Data (LP); Nadia Khan, Head (NK);
Priya Shah (PS)
1. Leavers' data
Liam showed the destinations data for last year's leavers. Liam will send each head the
figures for their own school before the next meeting. Owen thought the college might also
share its retention figures; Nadia will ask the principal when she next sees her.
2. Parent events
Kerry suggested an evening event for Year 10 parents and offered to host it. Priya will find
a date with the school office.
Actions arising
1. LP – send heads the leavers' destinations figures by school. Due: 15/06/27
2. NK – ask the college principal for retention figures. Due:
end of May
3. KL – host a Year 10 parents' evening event. Due: before summer hols
Next meeting: Tuesday 15th June 2027
"""


def test_a_closing_list_that_re_words_the_discussion_is_the_record_of_what_was_agreed():
    found = suggested(NOTES_WITH_A_CLOSING_LIST, date(2027, 5, 11))
    assert {title for title, (_owner, _due, tick) in found.items() if tick} == {
        "Send heads the leavers' destinations figures by school",
        "Ask the college principal for retention figures",
        "Host a Year 10 parents' evening event",
    }  # not the discussion's telling of them, nor what the list leaves out
    assert not found["Find a date with the school office"][2]
    assert found["Send heads the leavers' destinations figures by school"][:2] == ("Liam Porter", date(2027, 6, 15))
    assert found["Ask the college principal for retention figures"][:2] == ("Nadia Khan", date(2027, 5, 31))  # "Due:" wrapped
    # a list that only adds to the discussion (none of its items tells a sentence of it again) leaves it ticked
    adding = NOTES_WITH_A_CLOSING_LIST.replace("Priya will find\na date with the school office.", "")
    adding = adding.replace("Liam will send each head the\nfigures for their own school before the next meeting.",
                            "Mary will send the revised panel dates to the schools by Friday 14 May.")
    adding = adding.replace("Nadia will ask the principal when she next sees her.", "")
    adding = adding.replace("Kerry suggested an evening event for Year 10 parents and offered to host it.", "")
    assert ticked(adding, date(2027, 5, 11))["Send the revised panel dates to the schools by Friday 14 May"][1] \
        == date(2027, 5, 14)


@pytest.mark.parametrize("sentence", [
    "Tom offered to write a second leaflet; the panel did not take this up.",
    "The board agreed to transfer this action to Owen Reid.",
    "Helen will ask the heads – no separate action as she sees them on Friday.",
    "Kerry said governors need to see this before the summer.",
    "The Parent Carer Forum will hold its AGM on 20 May; all members are welcome.",
])
def test_what_a_sentence_says_itself_is_no_new_action(sentence):
    assert not ticked(f"Panel notes, Wednesday 14 April 2027\n\n{sentence}\n")


def test_the_day_schools_break_up_is_the_last_day_before_the_summer_holidays():
    text = "Sessions before the summer holidays (our schools break up on Thursday 22 July)."
    with term_ends_given(text, date(2027, 5, 11)):
        assert read_due("before summer hols", date(2027, 5, 11)).on == date(2027, 7, 22)
    assert read_due("before summer hols", date(2027, 5, 11)).on == date(2027, 7, 20)  # (the usual day, unsaid)


MINUTES_AND_TRACKER = """Attendance Workstream
Minutes – Wednesday 14 April 2027
Present: Anne Price (AP) – Chair; Kerry Lang (KL); Priya Shah (PS); Liam Porter (LP); Sam Ford (SF); Jo Dale (JD)

1. Tracker

On action 3 (attendance letters), JD is moving to the Trust in May; the group agreed that SF will pick this up.

In respect of action 4, Priya Shah explained that the audit had slipped; it would now be brought to the June meeting.

Action 5 was completed in March.

2. Persistent absence

LP will send the ward-level figures to every head by the end of May (action 7).

Attendance Workstream – action tracker (updated 14 April 2027)

No.\tDate raised\tAction\tOwner\tDue\tStatus\tUpdate
3\t10/02/27\tRedesign the attendance letters with parents\tSF (was JD)\t30/06/27\tAmber\tRe-assigned to SF at 14/04 meeting as JD leaves in May.
4\t10/02/27\tAudit part-time timetables in two secondaries\tPS\t16/06/27 (was 31/03/27)\tRed\tDelayed by staff absence.
5\t10/02/27\tBrief governors on the attendance duty\tKL\t31/03/27\tGreen\tComplete – done 22/03. Close.
6\t10/02/27\tReview the fixed penalty protocol\tAP\tOngoing\tAmber\tOn the July agenda.
7\t14/04/27\tShare ward-level absence figures with heads\tLP\tEnd of May\tNew
"""


def test_a_tracker_dated_updated_is_this_meetings_and_a_row_cited_by_number_is_one_action_with_its_sentence():
    found = suggested(MINUTES_AND_TRACKER)
    ticked_titles = {title for title, (_owner, _due, tick) in found.items() if tick}
    assert ticked_titles == {
        "Redesign the attendance letters with parents",  # handed over at this meeting
        "Audit part-time timetables in two secondaries",  # taken up again, to a new date
        "Send the ward-level figures to every head by the end of May (action 7)",  # one action with its row
    }
    assert found["Redesign the attendance letters with parents"][0] == "SF"  # the minutes say who has it now
    assert found["Audit part-time timetables in two secondaries"][:2] == ("Priya Shah", date(2027, 6, 16))
    assert not found["Review the fixed penalty protocol"][2]  # carried on, not cited
