"""Tables copied out of a PDF viewer and pasted into the box: a log's cells one a line, its dates alone on lines of
their own, its rows labelled with references that look like dates, and columns before the action. Written here in
new words, not taken from any scored document."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import ticked_in
from tracker.importer.parse import parse_outcomes

HELD = date(2027, 10, 13)  # a Wednesday
NAMES = frozenset({"fern", "okafor", "milo", "grant", "ada", "lind"})


def ticked(text: str) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, HELD, NAMES)


# A log with no number column, a cell a line: its "Raised" and "Due" dates each alone on a line, going back and forth
DATES_AS_CELLS = """Play Rangers steering group
Minutes, Wednesday 13 October 2027
1. Holiday club
The group agreed the winter timetable. Milo Grant will write to parents about the winter timetable by 5 November.
2. Action tracker
Raised
Action
Lead
Due
Status
15/09/27
Cost the new outdoor shelter
AL
29/09/27
Done
22/09/27
Ask the school about using the hall on Saturdays
FO
20/10/27
Open
08/09/27
Renew the first aid certificates
AL
30/11/27
Open
3. Any other business
Fern Okafor will book the community hall for the December party by 30 October.
"""


def test_dates_alone_in_a_pasted_table_start_no_other_meeting():
    meetings = parse_outcomes(DATES_AS_CELLS, meeting_date=HELD, names=NAMES).meetings
    assert [meeting.date.day for meeting in meetings if meeting.date] == [HELD]
    found = {title.split()[0]: (owner, due) for title, (owner, due) in ticked(DATES_AS_CELLS).items()}
    assert found["Write"] == ("Milo Grant", date(2027, 11, 5))
    assert found["Book"] == ("Fern Okafor", date(2027, 10, 30))


# Notes of three meetings pasted one after another, each under its date alone on a line: still three meetings
THREE_MEETINGS = """Play Rangers check-ins
15/09/27
Ada Lind will cost the new outdoor shelter.
29/09/27
Fern Okafor will ask the school about the hall.
13/10/27
Milo Grant will write to parents about the winter timetable.
"""


def test_dates_alone_going_one_way_still_start_meetings():
    meetings = parse_outcomes(THREE_MEETINGS, meeting_date=HELD, names=NAMES).meetings
    assert [meeting.date.day for meeting in meetings if meeting.date] == [
        date(2027, 9, 15), date(2027, 9, 29), HELD]


# A log a cell a line, its rows numbered like dates ("14/02": the meeting's number, then the action's), with a
# "Date raised" column (its header broken over two lines) and a type column before the action
LOG_WITH_COLUMNS_BEFORE_THE_ACTION = """Play Rangers steering group
Minutes, Wednesday 13 October 2027
Milo Grant reported on the holiday club.
ACTION LOG
No.
Date
raised
Type
Action
Owner
Due
Status
12/04
15/09/27
Action
Cost the new outdoor shelter for the
adventure area
AL
29/09/27
Closed
14/01
13/10/27
Action
Write to parents about the winter
timetable and the new pick-up times
MG
05/11/27
Open
14/02
13/10/27
Action
Book the community hall for the
December party
FO
30/10/27
Open
"""


def test_a_pasted_log_with_dated_references_and_columns_before_its_action_is_read():
    found = {title.split()[0]: (owner, due) for title, (owner, due) in ticked(LOG_WITH_COLUMNS_BEFORE_THE_ACTION).items()}
    assert found == {"Write": ("MG", date(2027, 11, 5)), "Book": ("FO", date(2027, 10, 30))}


# Two pages of minutes copied out of a PDF viewer: each page ends with the same running title (the meeting's day in
# it) and "Page N of 2", the last page's under a summary table read a cell a line, with a minute column before the
# action. The title on page 1 is furniture like its twin under the table, not the start of another meeting.
SUMMARY_TABLE_ON_THE_LAST_PAGE = """PLAY RANGERS TRUST
 Notes of the steering group held on Wednesday 13 October 2027 in the
 pavilion at Elm Park
Present: Ada Lind (AL), Fern Okafor (FO), Milo Grant (MG)
1. Holiday club
 1.1  Milo Grant reported on bookings. MG will write to parents about the winter timetable by 5 November.
 ACTION: MG
2. Shelter
 2.1  The group looked at three quotes. AL will cost the new outdoor shelter by 27 October. ACTION: AL
Play Rangers Trust - Steering group
Steering group - 13 October 2027
Page 1 of 2
3. Christmas party
 3.1  FO will book the community hall for the December party by 30 October. ACTION: FO
4. Date of next meeting
 4.1  Wednesday 10 November 2027 at 6 pm.

Actions agreed
No.
Min.
Action
Owner
Deadline
1
1.1
Letter to parents on the winter
timetable
MG
05/11/27
2
2.1
Costing for the shelter
AL
27/10/27
3
3.1
Hall booking for the party
FO
30/10/27
Play Rangers Trust - Steering group
Steering group - 13 October 2027
Page 2 of 2
Signed (Chair) ..........
"""


def test_a_running_title_before_a_summary_table_read_a_cell_a_line_starts_no_meeting():
    meetings = parse_outcomes(SUMMARY_TABLE_ON_THE_LAST_PAGE, meeting_date=HELD, names=NAMES).meetings
    assert len(meetings) == 1
    due = {title.split()[0]: due for title, (_, due) in ticked(SUMMARY_TABLE_ON_THE_LAST_PAGE).items()}
    assert (due["Write"], due["Cost"], due["Book"]) == (date(2027, 11, 5), date(2027, 10, 27), date(2027, 10, 30))


# A wide log a cell a line: eight columns, two headers broken in two by their narrow columns ("Date" / "raised",
# "Cat" / "egory"), so its header takes ten lines before the first row's reference
WIDE_LOG = """Play Rangers steering group - action log
Meeting: Wednesday 13 October 2027
Ref
Date
raised
Cat
egory
Action / decision
Lead
Due
Update
Status
PR-011
15/09/27
A
Cost the new outdoor shelter for the
adventure area
AL
29/09/27
Two quotes in.
Closed
PR-014
13/10/27
A
Write to parents about the winter
timetable
MG
05/11/27
New
Open
PR-015
13/10/27
A
Book the community hall for the
December party
FO
30/10/27
New
Open
"""


def test_a_log_whose_header_takes_ten_lines_is_read_row_by_row():
    found = {title.split()[0]: (owner, due) for title, (owner, due) in ticked(WIDE_LOG).items()}
    assert found == {"Write": ("MG", date(2027, 11, 5)), "Book": ("FO", date(2027, 10, 30))}
