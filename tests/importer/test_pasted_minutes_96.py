"""Minutes as people paste them: a council's published minutes copied from its web page (the page's
"Published:" stamp comes along with the cookie banner and menus), an action log copied from a
spreadsheet whose meeting-date cells were merged over their rows, and a notes tool's task list whose
assignee and date each fall on a line of their own. Written here in new words, not taken from any batch."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import ticked_in

NAMES = frozenset({"olu", "bankole", "fern", "walsh", "hamid", "rafiq", "gita", "rao", "ben", "cole"})


WEB_PAGE = """Skip to main content
We use cookies to make this site work.
Accept cookies
Home
Adult social care
Carers Partnership
Minutes: Carers Partnership, 3 March 2027
Published: 19 March 2027
On this page
Present
Carers' breaks
Present
Olu Bankole, Chair
Fern Walsh, Carers Lead
Carers' breaks
The group heard that take-up of carers' breaks had fallen this winter.
Fern Walsh will write to every GP practice about the carers' register by 30 April.
Olu Bankole agreed to bring the breaks budget to the May meeting.
Back to top
Related content
Minutes: Carers Partnership, 2 February 2027
Contact us
"""


def test_a_web_pages_published_stamp_does_not_start_another_meeting():
    found = ticked_in(WEB_PAGE, date(2027, 3, 3), NAMES)
    by_owner = {owner: (title, due) for title, (owner, due) in found.items()}
    assert by_owner["Fern Walsh"][1] == date(2027, 4, 30)
    assert by_owner["Fern Walsh"][0].startswith("Write to every GP practice")
    assert by_owner["Olu Bankole"][0].startswith("Bring the breaks budget")


EXCEL_LOG = (
    "CARERS PARTNERSHIP ACTION LOG\t\t\t\t\t\t\n"
    "\t\t\t\t\t\t\n"
    "No.\tMeeting\tAction\tOwner\tDue\tUpdate\tStatus\n"
    "11\t06/01/2027\tReview the respite booking form\tHamid Rafiq\t31/01/2027\tDone 28/01\tClosed\n"
    "12\t\tMap carers' groups by district\tGita Rao\t28/02/2027\tShared with group\tClosed\n"
    "13\t\tTest the new carers' survey with two groups\tBen Cole\t28/02/2027\tBoth groups done\tClosed\n"
    "14\t03/03/2027\tAsk pharmacies to display the carers' leaflet\tFern Walsh\t16/04/2027\tNew\tOpen\n"
    "15\t\tSet up a carers' advisory panel\tOlu Bankole\t30/05/2027\tNew\tOpen\n"
    "\t\t\t\t\t\t\n"
)


def test_a_logs_blank_meeting_cells_belong_to_the_date_merged_above_them():
    found = ticked_in(EXCEL_LOG, date(2027, 3, 3), NAMES)
    assert found.get("Set up a carers' advisory panel") == ("Olu Bankole", date(2027, 5, 30))
    assert found.get("Ask pharmacies to display the carers' leaflet") == ("Fern Walsh", date(2027, 4, 16))
    # the rows under January's date are January's, not this meeting's
    assert "Map carers' groups by district" not in found
    assert "Test the new carers' survey with two groups" not in found


TASK_LIST = """Carers Partnership – April
Thursday, 8 April 2027 · 14:00 – 15:30
Meeting notes

Notes
Breaks budget
Olu went through the figures. The group agreed the budget as drafted.

Follow-up tasks
Print the carers' leaflet in five languages
@Gita Rao
Apr 30
Ring the three surgeries without a carers' champion
@Hamid Rafiq
Invite the young carers' group to the June meeting
@Ben Cole
Before next meeting
+ Add a task
"""


def test_a_task_lists_assignee_and_date_on_their_own_lines_are_the_tasks():
    found = ticked_in(TASK_LIST, date(2027, 4, 8), NAMES)
    assert found.get("Print the carers' leaflet in five languages") == ("Gita Rao", date(2027, 4, 30))
    assert found.get("Ring the three surgeries without a carers' champion") == ("Hamid Rafiq", None)
    assert found["Invite the young carers' group to the June meeting"][0] == "Ben Cole"


def test_a_single_mention_under_a_sentence_is_left_as_written():
    text = ("Notes of the carers' catch-up, 8 April 2027\n\nThanks to everyone who came along today\n"
            "@Gita Rao\n\nFern Walsh will send the leaflet proofs to the printer by 16 April.\n")
    found = ticked_in(text, date(2027, 4, 8), NAMES)
    assert not any("Thanks to everyone" in title for title in found)
    assert any(title.startswith("Send the leaflet proofs") for title in found)
