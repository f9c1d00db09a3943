"""Kinds of writing met in the eleventh session's held-out batch, tested in new words: a cumulative tracker
printed to PDF (a print stamp in its running header, a narrow change column whose NEW and AMD wrap, the
group's dates listed on one line), an AGM's minutes set out like a newsletter (the when-and-where line under
the title, the title and day repeated at the top of the next page, promises said in prose), minutes copied
out of a PDF (an action summary lined up with spaces and broken across two pages) and signed minutes
scanned and read back by OCR."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.due import read_due

NAMES = frozenset({"anne", "price", "ruth", "hill", "mary", "walker", "yusuf", "okafor", "tom", "evans", "kerry",
                   "lang", "liam", "porter", "nadia", "khan", "owen", "reid", "helen", "brooks", "sarah", "grace",
                   "adeyemi", "claire", "dunmore", "priya", "mistry", "david", "lowe"})

TRACKER = """Westmoor Short Breaks Group - Action Log (all meetings) Printed 04/11/2027 08:55

No.\tMtg\tChg\tType\tAction\tOwner\tDue\tStatus / update
SB-31\t08/09/27\t\tAction\tAudit the short breaks eligibility letters\tRH\t08/10/27\tDone - closed 03/11/27
SB-33\t08/09/27\tAM D\tAction\tMap holiday club places for children with complex needs (now Owen Reid, was RH)\tOwen Reid\t26/11/27\tRe-assigned 03/11.
SB-35\t08/09/27\t\tAction\tRefresh the easy read short breaks leaflet\tTE\t30/11/27\tOn track.
SB-40\t03/11/27\tNE W\tAction\tSend the provider survey to all holiday clubs\tRH\t19/11/27\tNew.
SB-41\t03/11/27\tNE W\tAction\tBring the waiting list figures by locality\tLP\tnext meeting\tNew.
SB-42\t03/11/27\tNE W\tDecision\tGroup agreed to keep the Saturday club open in January\t—\t—\tNoted.

Group dates 2027: 12 January, 9 March, 8 September, 3 November, 15 December (next)
"""


def test_a_print_stamp_is_no_meeting_date_and_the_change_column_marks_this_meetings_rows():
    found = suggested_in(TRACKER, date(2027, 11, 3), NAMES)
    assert found["Send the provider survey to all holiday clubs"] == ("RH", date(2027, 11, 19), True)
    # amended here (its flag wrapped "AM D"): this meeting's too; the unflagged rows are carried on
    assert found["Map holiday club places for children with complex needs (now Owen Reid, was RH)"][2] is True
    assert found["Refresh the easy read short breaks leaflet"][2] is False
    assert found["Audit the short breaks eligibility letters"][2] is False


def test_the_groups_dates_on_one_line_give_the_next_meeting_its_day():
    found = ticked_in(TRACKER, date(2027, 11, 3), NAMES)
    assert found["Bring the waiting list figures by locality"] == ("LP", date(2027, 12, 15))


AGM = """Eastfield Parent Carer Forum
Annual General Meeting 2027 - Minutes
Thursday 8 July 2027, 6.30pm - 8.45pm, Eastfield Library, Market Square (and on Teams)

1. Treasurer's report
The accounts were adopted (proposed Helen Brooks, seconded Tom Evans).

2. Questions
Q (parent): Why does the short breaks page still list the old phone number?
Grace Adeyemi apologised. She said she would get the page corrected within a fortnight.
Nadia Khan offered to host a siblings evening at her school. Nobody took this up on the night.
Tom Evans will send the new members the welcome pack next week, so Owen has it before the September meeting.

EPCF AGM minutes 08.07.27
3. Any other business
Kerry said the grandparents group was popular. Kerry will set the autumn session dates and post them by Friday 23 July.
"""


def test_an_agm_read_whole_past_the_next_pages_running_header():
    found = suggested_in(AGM, date(2027, 7, 8), NAMES)
    # "She said she would": the person the sentence before was about
    assert found["Get the page corrected within a fortnight"] == ("Grace Adeyemi", date(2027, 7, 22), True)
    # a date in what the action is for ("so Owen has it before ...") is not its own
    pack = next(title for title in found if title.startswith("Send the new members the welcome pack"))
    assert found[pack] == ("Tom Evans", date(2027, 7, 16), True)
    assert found["Set the autumn session dates and post them by Friday 23 July"] == ("Kerry", date(2027, 7, 23), True)
    # an offer nobody took up
    assert found["Host a siblings evening at her school"][2] is False


FOOTER = " " * 60 + "Page {page} of 3\nOFFICIAL\nEastfield Schools Forum" + " " * 30 + "Minutes – 11 March 2027 – DRAFT\n"

PASTED = """Eastfield Schools Forum
MINUTES OF THE MEETING HELD ON THURSDAY 11 MARCH 2027 AT 4.00PM

5. HIGH NEEDS
5.1 LP said the placement dashboard will be updated once the autumn data is signed off.
5.2 NK agreed to set up a task group of special school heads and to bring its findings to the Forum
before the Easter holidays. Grace Adeyemi offered to attend if it would help; the Chair thanked her.
5.3 The Forum AGREED to move the June meeting to a Wednesday.
5.4 OR will draft the revised outreach charging policy by Friday 26 March.

""" + FOOTER.format(page=1) + """ACTION SUMMARY
Ref       Action                                        Lead         By
EF27/01   Set up the special school heads task group    NK           Before
          on high needs findings                                     Easter
EF27/02   Draft the revised outreach charging policy    OR           26/03/27
          for schools and trusts

""" + FOOTER.format(page=2) + """Ref       Action                                        Lead         By
          (all phases)

""" + FOOTER.format(page=3)


def test_a_summary_lined_up_with_spaces_holds_its_wrapped_cells_across_the_page_break():
    found = suggested_in(PASTED, date(2027, 3, 11), NAMES)
    # the row took its words wrapped onto the next page, and the minutes' sentence it records
    charging = [title for title in found if "outreach charging policy" in title]
    assert len(charging) == 1 and found[charging[0]][:2] == ("OR", date(2027, 3, 26))
    assert len([title for title in found if "task group" in title]) == 1
    assert not any(title in ("Ref", "Action", "(all phases)") for title in found)


def test_a_forums_minutes_read_for_who_does_what():
    found = suggested_in(PASTED, date(2027, 3, 11), NAMES)
    # what a person said will be done is theirs to see done
    assert found["Update the placement dashboard once the autumn data is signed off"][:1] == ("LP",)
    # the second task is on what the first makes: one action, due when the sentence says
    group = next(title for title in found if title.startswith("Set up a task group of special school heads"))
    assert "bring its findings" in group and found[group][:2] == ("NK", date(2027, 3, 25))
    assert not any(title.startswith("Bring its findings") for title in found)
    assert found["Move the June meeting to a Wednesday"][2] is False  # the Forum's decision
    assert not any(title.startswith("Attend") for title in found)  # help offered, should it help


SCAN = """0FFICIAL - SENSITIVE
Eastfield Inclusion Pane1

Minutes of meeting - Tuesday 11 May 2027, 2.00pm
Present: Mary Walker (MW), David Lowe (DL), Helen Brooks (HB)

1.  MINUTES 0F 13 APRIL AND ACTI0NS
    All actions complete.

2.  CASE EP-27-012  (Y5, Brookside Primary, Hillside c1uster)  - repeated suspensions
    School described the pattern of incidents since February ha1f term.
    DL will arrange an EP observation within 10 schoo1 days.
    HB to share the outreach referral form with the schoo1 this week.

                                                                  Page l of 2
                                                                        2
3.  ANY OTHER BUSINESS
    None.
                                                                  Pagc 2 of 2
"""


def test_scanned_panel_minutes_mend_their_misread_words_and_footers():
    found = suggested_in(SCAN, date(2027, 5, 11), NAMES)
    assert found["Arrange an EP observation within 10 school days"] == ("David Lowe", date(2027, 5, 25), True)
    share = next(title for title in found if title.startswith("Share the outreach referral form with the school this"))
    assert found[share][:2] == ("Helen Brooks", date(2027, 5, 14))
    # the case's title stays a title: its first sentence is no action's words
    assert not any("described the pattern" in title for title in found)
    assert not any("Page" in title for title in found)


def test_school_days_are_counted_as_working_days():
    assert read_due("within 5 school days", date(2027, 5, 11)).on == date(2027, 5, 18)


LOG = """Transitions Workstream
Wednesday 10th March 2027, 10.00am – 11.30am, Room 4, Civic Centre

Actions from meeting on 13th January 2027

Action\tLead\tUpdate
Share the college taster day list with the group\tOR\tOngoing – two colleges still to reply. OR to bring the full list to the May meeting.
Write to Y9 families about the PfA evening\tMW\tComplete – letter sent 02/02
Update the transitions protocol\tHB\tIn progress.

Actions from this meeting

Action\tLead\tDue
Book the venue for the PfA evening\tKL\t26/03/27
"""


def test_an_open_action_promised_again_for_a_later_meeting_is_this_meetings():
    found = suggested_in(LOG, date(2027, 3, 10), NAMES)
    assert found["Share the college taster day list with the group"][0] == "OR"
    assert found["Share the college taster day list with the group"][2] is True
    assert found["Write to Y9 families about the PfA evening"][2] is False
    assert found["Update the transitions protocol"][2] is False  # open, but no date given again


REPLY = """From: Sarah Khan <sarah.khan@example.org>
Sent: Friday, 14 May 2027 10:02
Subject: RE: Parent champions - notes from Wednesday

Thanks Kerry, lovely notes. The poster templates are attached as promised.

Sarah

On Thu, 13 May 2027 at 21:10, Kerry Lang <kerry@example.com> wrote:
> Notes from the champions meeting on Wednesday 12 May 2027
>
> Sarah Khan showed us the new posters. She said she would send the poster templates by Friday.
> Priya Mistry will book the hall for the summer picnic by 4 June.
"""


def test_a_reply_that_hands_over_what_was_promised_marks_it_done():
    found = suggested_in(REPLY, date(2027, 5, 12), NAMES)
    assert found["Send the poster templates by Friday"][2] is False
    assert found["Book the hall for the summer picnic by 4 June"][:2] == ("Priya Mistry", date(2027, 6, 4))
