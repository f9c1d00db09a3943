"""Minutes set in two columns and pasted from a PDF are read column by column (pure functions)."""
from __future__ import annotations

from datetime import date

from tracker.importer.layout import column_by_column
from tracker.importer.parse import parse_outcomes

LEFT = ["1. Transport", "The panel heard that taxis were late on", "three mornings. Omar Shah to ring the",
        "taxi firm about the late pick-ups by", "Friday 13 March.", "", "2. Respite"]
RIGHT = ["3. Training", "Staff asked for more autism training in", "the summer. Nina Cole to book a trainer",
         "for the June inset day. Everyone", "thanked the school for hosting.", "", ""]


def _side_by_side(left: list[str], right: list[str], gap: int = 48) -> str:
    return "\n".join((a.ljust(gap) + b).rstrip() for a, b in zip(left, right, strict=True))


def test_two_columns_are_read_left_column_then_right():
    lines = _side_by_side(LEFT, RIGHT).split("\n")
    read = [line for line in column_by_column(lines, set()) if line.strip()]
    assert read == [line for line in LEFT + RIGHT if line]


def test_a_page_footer_ends_the_two_columns_of_a_page():
    page = _side_by_side(LEFT, RIGHT)
    lines = (page + "\nPage 1 of 2                            Transport panel\n" + page).split("\n")
    read = [line.strip() for line in column_by_column(lines, set()) if line.strip()]
    first_right = read.index("3. Training")
    assert read.index("Page 1 of 2                            Transport panel") > first_right
    assert read.count("1. Transport") == 2 and read.index("1. Transport", 1) > first_right


def test_actions_in_two_columns_are_not_stitched_to_the_other_column():
    found = [s for s in parse_outcomes(_side_by_side(LEFT, RIGHT), meeting_date=date(2026, 3, 2)).meetings[-1]
             .suggestions if s.suggested]
    assert [(s.owner_text, s.due_on) for s in found] == [("Omar Shah", date(2026, 3, 13)), ("Nina Cole", date(2026, 6, 30))]
    assert found[0].title.startswith("Ring the taxi firm about the late pick-ups")
    assert "trainer" in found[1].title and "taxi" not in found[1].title


def test_a_table_lined_up_with_spaces_is_not_two_columns():
    table = ["Action                          Owner        Due",
             "Ring the taxi firm              Omar Shah    13 March",
             "Book an autism trainer          Nina Cole    June",
             "Send the survey to parents      Omar Shah    April",
             "Update the Local Offer page     Nina Cole    May"]
    assert column_by_column(table, set()) == table


def test_prose_with_a_narrow_owner_column_is_not_two_columns():
    lines = ["The group discussed the taxi contract and agreed        OS",
             "that the late pick-ups must be raised with the firm     OS",
             "before the new term starts in the spring of next        NC",
             "year, with a report back to the panel in April.         NC"]
    assert column_by_column(lines, set()) == lines


# --- a RAID log's risks and issues sections ------------------------------------------------------

RAID = """Minutes of the transport group, 10 March 2027

Issues
I1  Two routes have had no escort since January. Owner: KD.
I2  Fuel costs up 12% on budget. Issue owner: OR.

Dependencies
X1  New routes depend on the council's procurement timetable. Owner: PS.

Actions
A1  Recruit two escorts for the Oakfield routes. Owner: KD. Due: 31 March 2027.
A2  Ask the operators for their fuel surcharges. Owner: OR. Due: 24 March 2027.
A3  Write to parents on the two routes about the escorts. Owner: PS. Due: 17 March 2027.
"""


def test_risks_and_issues_with_an_owner_are_not_actions_but_the_actions_section_is():
    found = [(s.title, s.owner_text) for s in parse_outcomes(RAID, meeting_date=date(2027, 3, 10)).meetings[-1].suggestions if s.suggested]
    text = " ".join(title.lower() for title, _ in found)
    assert "no escort" not in text and "fuel costs" not in text and "procurement" not in text
    assert any("escorts" in title.lower() and owner == "KD" for title, owner in found)


def test_an_issue_entry_is_kept_as_a_noted_issue_without_its_owner_field():
    from tracker.importer.layout import raid_entries

    assert raid_entries(["Issues", "I2  Fuel costs up. Owner: OR.", "", "Actions", "A1  Buy fuel cards. Owner: OR."]) == [
        "Issues", "Issue I2 noted: Fuel costs up.", "", "Actions", "A1  Buy fuel cards. Owner: OR."]
