"""A day no calendar has, in numbers or in words, with or without a year, is said so wherever the
importers read a due date (due.py `impossible_date`, the one rule), never read as another day."""
from __future__ import annotations

import re
from datetime import date

import pytest

from tests.importer.test_paste_page import board, paste, raw, review_rows, text_of  # noqa: F401 (a fixture)
from tracker.importer.due import impossible_date, read_cell_date, read_due

MEETING = date(2026, 11, 20)  # a date without a year is the first such month not over by the meeting

NOT_REAL = [
    # numbers
    ("29/02/2013", "“29/02/2013” is not a real date: February 2013 has 28 days"),
    ("31/04", "“31/04” is not a real date: April has 30 days"),
    ("31.9.27", "“31.9.27” is not a real date: September has 30 days"),
    ("2027-02-30", "“2027-02-30” is not a real date: February 2027 has 28 days"),
    ("04/13/2027", "“04/13/2027” is not a real date: there is no month 13 (write the day first, then the month)"),
    ("Monday 20/21/21", "“Monday 20/21/21” is not a real date: there is no month 21 (write the day first, "
                        "then the month)"),
    # words
    ("30 February", "“30 February” is not a real date: February 2027 has 28 days"),
    ("31 April 2027", "“31 April 2027” is not a real date: April has 30 days"),
    ("31 November", "“31 November” is not a real date: November has 30 days"),
    ("February 30th, 2027", "“February 30th, 2027” is not a real date: February 2027 has 28 days"),
    # abbreviations
    ("29 Feb 2027", "“29 Feb 2027” is not a real date: February 2027 has 28 days"),
    ("31 Apr.", "“31 Apr” is not a real date: April has 30 days"),
    ("31 Sept", "“31 Sept” is not a real date: September has 30 days"),
    ("30 Feb 27", "“30 Feb 27” is not a real date: February 2027 has 28 days"),
    # ordinals, with a weekday
    ("31st of September", "“31st of September” is not a real date: September has 30 days"),
    ("Thursday 31st June", "“Thursday 31st June” is not a real date: June has 30 days"),
    ("Weds 31 June 2027", "“Weds 31 June 2027” is not a real date: June has 30 days"),
    # no year: February 2027 is the first February after the meeting, and has 28 days
    ("29 February", "“29 February” is not a real date: February 2027 has 28 days"),
    ("29th Feb", "“29th Feb” is not a real date: February 2027 has 28 days"),
]

REAL = [
    ("29 February 2028", MEETING, date(2028, 2, 29)),
    ("Tuesday 29th Feb 2028", MEETING, date(2028, 2, 29)),
    ("29/02/2028", MEETING, date(2028, 2, 29)),
    ("29 February", date(2027, 11, 20), date(2028, 2, 29)),  # the first February after this meeting is 2028's
    ("28 Feb", MEETING, date(2027, 2, 28)),
    ("30 April", MEETING, date(2027, 4, 30)),
    ("30 November", MEETING, date(2026, 11, 30)),
]


@pytest.mark.parametrize("words, said", NOT_REAL)
def test_a_day_no_calendar_has_is_said_so_not_read_as_another(words, said):
    due = read_due(f"Priya to write to the schools by {words}.", MEETING)
    assert (due.on, due.problem) == (None, said)
    assert read_cell_date(words, MEETING) is None  # a table's date column: never another day
    assert f"is not a real date: {impossible_date(words, MEETING)}" in said


@pytest.mark.parametrize("words, meeting, day", REAL)
def test_a_real_day_is_read_whichever_way_it_is_written(words, meeting, day):
    due = read_due(f"Priya to write to the schools by {words}.", meeting)
    assert (due.on, due.problem) == (day, "")
    assert read_cell_date(words, meeting).on == day
    assert impossible_date(words, meeting) is None


@pytest.mark.parametrize("words", ["5/13 of the schools", "1.5 posts", "45 March figures", "in June"])
def test_numbers_that_are_not_dates_are_no_problem(words):
    assert impossible_date(words, MEETING) is None


def test_without_the_meeting_only_a_date_with_its_year_is_checked():
    assert impossible_date("30 February") is None
    assert impossible_date("30 February 2027") == "February 2027 has 28 days"


def test_the_review_says_so_at_the_rows_due_date(client, auth, board, make_meeting):  # noqa: F811
    meeting = make_meeting(board, MEETING)
    auth.login(board.people["secretary"])
    response = paste(client, meeting, "Actions\n\nPriya Shah to write to the schools by 30 February.\n"
                                      "Tom Fisher to book the room by Thursday 31st June.\n"
                                      "Jordan Reid to send the paper by 29 Feb 2028.\n")
    rows, page = review_rows(raw(response)), text_of(response)
    said = {
        0: "“30 February” is not a real date: February 2027 has 28 days, so the date is left for you to choose",
        1: "“Thursday 31st June” is not a real date: June has 30 days, so the date is left for you to choose",
    }
    for index, note in said.items():
        assert rows[f"rows-{index}-due_note"] == note
        hint = re.search(rf'<div id="rows-{index}-due-hint" class="govuk-hint">\s*(.*?)\s*</div>', page).group(1)
        assert hint == note
        assert rows[f"rows-{index}-due"] == "next_meeting" and rows[f"rows-{index}-due_on"] == ["", "", ""]
    assert rows["rows-2-due"] == "date" and rows["rows-2-due_on"] == ["29", "02", "2028"]
