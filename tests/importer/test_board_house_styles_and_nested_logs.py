"""Formal partnership Board minutes in other councils' and health bodies' house styles: a Word minutes table
whose "Discussion / Outcome" column holds the action and whose action column only initials; numbered rows
after an item's title row; a landscape grid's action cell holding several "initials – what – when" entries;
a row with no action whose minute gives a named person a task; members asked as a room; a question answered
"Not needed"; news in any other business; a request answered "agreed to do so". The kinds met in the wC
batch of held-out minutes; written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 5, 11)  # a Tuesday
NAMES = frozenset({"anne", "price", "mary", "walker", "tom", "evans", "helen", "brooks", "owen", "reid",
                   "kerry", "lang", "nadia", "khan", "liam", "porter", "grace", "adeyemi", "mark", "walsh",
                   "david", "lowe", "priya", "shah"})
HEADER = "Item\tDiscussion / Outcome\tAction\tOwner\tDue\n"


def ticked(text: str) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, HELD, NAMES)


def board(rows: str, title: str = "Short Breaks Partnership Board") -> str:
    return (f"{title}\nMinutes of the meeting held on Tuesday 11 May 2027\n\n"
            "Present\nKerry Lang (KL)\tParent Carer Forum\nOwen Reid (OR)\tPreparing for Adulthood Lead\n"
            "Nadia Khan (NK)\tShort Breaks Manager\nDavid Lowe (DL)\tPrincipal Educational Psychologist\n\n"
            f"{rows}\n\nDate of next meeting: Tuesday 13 July 2027\n")


def starting(found: dict, words: str) -> tuple[str, tuple]:
    """The one suggestion whose title starts with these words, and its (owner, due)."""
    titles = [title for title in found if title.casefold().startswith(words.casefold())]
    assert len(titles) == 1, found
    return titles[0], found[titles[0]]


def test_an_action_cell_of_initials_takes_the_task_from_the_discussion_beside_it():
    found = ticked(board(HEADER + "4. Respite audit\n4\tKL outlined the respite audit; bed nights fell by a tenth. "
                         "KL agreed to send the audit findings to the commissioners before half term.\tKL\t\t28/05"))
    _, (owner, due) = starting(found, "Send the audit findings to the commissioners")
    assert (owner, due) == ("Kerry Lang", date(2027, 5, 28))


def test_numbered_rows_after_an_items_title_row_are_the_same_minutes_table():
    rows = (HEADER + "2. Welcome\n2\tNK welcomed members. No declarations.\t–\n"
            "3. Holiday clubs\n3\tThe clubs were full by March. Tom Evans will send the club flyer to all schools. "
            "OR to ask the two academies about opening their sports halls in August.\tOR")
    found = ticked(board(rows))
    _, (owner, _) = starting(found, "Ask the two academies about opening their sports halls")
    assert owner == "Owen Reid"
    assert not any("flyer" in title for title in found), found  # the discussion's, where the action column names OR


def test_initials_in_the_action_and_owner_cells_each_take_their_own_task_from_a_run_in_list():
    rows = (HEADER + "7. Any other business\n7\ta) Grant letters – NK to email the grant letters to the clubs by "
            "Friday 21 May. b) Survey – Members were asked to pass the survey link to families. DL will "
            "summarise the replies for the Board by 2 July. c) OR noted the new bus timetable.\tNK\tDL")
    found = ticked(board(rows))
    assert starting(found, "Email the grant letters to the clubs")[1] == ("Nadia Khan", date(2027, 5, 21))
    assert starting(found, "Summarise the replies for the Board")[1] == ("David Lowe", date(2027, 7, 2))
    assert not any("survey link" in title for title in found), found


def test_a_row_with_no_action_keeps_the_task_its_minute_gives_a_named_person():
    rows = (HEADER + "5\tThe hubs opened in April. It was agreed that Owen would visit the three hubs and report "
            "back at the July Board. The Forum will hold its own open day.\t–\t\t")
    found = ticked(board(rows))
    _, (owner, due) = starting(found, "Visit the three hubs")
    assert owner == "Owen" and due == date(2027, 7, 13)
    assert not any("open day" in title for title in found), found


def test_a_grid_cell_holding_several_terse_entries_gives_each_its_own_action():
    header = "Agenda item\tKey discussion points\tDecisions / outcomes\tAction\tOwner\tDue\n"
    rows = (header + "3. Local offer\tNK said the offer pages are out of date. DL will redraft the charter into a "
            "second version for the July Board.\tPages to be refreshed.\tNK – update the offer pages – Fri 21 May "
            "DL – second version of the charter –\t\tJuly Board")
    found = ticked(board(rows))
    assert starting(found, "Update the offer pages")[1] == ("Nadia Khan", date(2027, 5, 21))
    assert starting(found, "Redraft the charter into a second version")[1] == ("David Lowe", date(2027, 7, 13))


def test_members_asked_as_a_room_is_no_ones_task():
    found = ticked(board("3. Conference\n\nPartners were asked to hold the date of the autumn conference. "
                         "Nadia Khan will book the hall by 4 June 2027."))
    assert list(found) == ["Book the hall by 4 June 2027"], found


def test_a_question_answered_not_needed_is_no_task():
    found = ticked(board("4. Budget\n\nQuestion from OR about the grant – KL to check with the finance team? Not "
                         "needed, as the grant covers it (confirmed after the meeting).\n\n"
                         "Nadia Khan will book the hall by 4 June 2027."))
    assert list(found) == ["Book the hall by 4 June 2027"], found


def test_news_in_any_other_business_is_no_task():
    text = board("9. AOB\n• OR – the youth survey opens 3 June; link to follow from the comms team.\n"
                 "• DL – the EP team moving to the Hub in September.\n\n"
                 "Nadia Khan will book the hall by 4 June 2027.")
    assert list(ticked(text)) == ["Book the hall by 4 June 2027"], ticked(text)


def test_a_request_answered_agreed_to_do_so_is_the_request_theirs():
    text = board("45.\tRespite Review Minutes: Councillor Marsh asked that the respite figures, broken down by age, "
                 "be shared with members ahead of the next meeting. The Head of Short Breaks agreed to do so.\n"
                 "46.\tDate of Next Meeting Minutes: Tuesday 13 July 2027 at 6.00 pm.")
    _, (owner, due) = starting(ticked(text), "Share the respite figures")
    assert owner == "The Head of Short Breaks" and due == date(2027, 7, 13)


def test_a_request_put_off_as_not_for_today_is_no_task():
    found = suggested_in(board("5. Contract\n\nShe has asked the council to look at the contract value at the "
                               "review in October – that's a budget conversation, not for today."), HELD, NAMES)
    assert not any(tick for _, _, tick in found.values()), found
