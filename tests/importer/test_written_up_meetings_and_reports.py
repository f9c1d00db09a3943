"""Written-up meetings and reports: proposals, recommendations and decisions that are no actions
until someone is given them, standing arrangements, dates said as "the May meeting" where the
document dates that meeting, and two meetings written up in one file.
Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in

HELD = date(2027, 5, 12)  # a Wednesday
NAMES = frozenset({"nadia", "quinn", "bilal", "hart", "rosa", "fenn", "tomasz", "lind", "ivy"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


TWO_MEETINGS = r"""# Northgate Inclusion Partnership \- 12 May 2027

## PART A \- LISTENING EVENT

### Ideas to take to the committee this afternoon

1. A buddy scheme for new starters.
2. A quiet room at every secondary school.

### Sorted at the event

* Rosa to type up the flipchart notes and send them round by Friday.
* Tomasz mentioned the youth club already runs a buddy evening, so that idea is **already happening** \- crossed off.

## PART B \- COMMITTEE

### 2\. Minutes of 3 March 2027 and action log

Agreed. All actions closed.

### 3\. Ideas from the listening event

* **Idea 1 \- buddy scheme:** AGREED. Nadia Quinn to recruit six buddies from Year 10, with training before the summer half term. Ivy's offer to help welcomed; Ivy to draft the buddy leaflet.
* **Idea 2 \- quiet rooms:** NOT agreed as proposed \- no funding. Instead Bilal Hart to bring costed options for two pilot rooms to the July committee (14 July).
"""


def test_two_meetings_on_one_day_in_one_markdown_file_are_read_as_one_and_its_escapes_dropped():
    found = suggested(TWO_MEETINGS)
    # "2\. Minutes of 3 March 2027 and action log" is an item, not the start of the March meeting
    assert found["Recruit six buddies from Year 10, with training before the summer half term"][:2] == \
        ("Nadia Quinn", date(2027, 5, 28))
    assert found["Draft the buddy leaflet"][:2] == ("Ivy", None)
    assert found["Type up the flipchart notes and send them round by Friday"] == ("Rosa", date(2027, 5, 14), True)
    # the idea already happening is crossed off; the ideas themselves wait for the committee
    assert not any(tick for title, (_, _, tick) in found.items() if "buddy evening" in title or "quiet room at" in title)


def test_what_was_agreed_instead_of_a_proposal_turned_down_is_an_action():
    found = ticked(TWO_MEETINGS)
    assert found["Bring costed options for two pilot rooms to the July committee (14 July)"] == \
        ("Bilal Hart", date(2027, 7, 14))


def test_a_question_then_a_request_dated_in_a_sentence_of_its_own():
    text = ("Notes\n\n- Open day - the head asked how we would staff the stall. I said the forum would help. "
            "Fenn - could you find two volunteers for the stall? By 21 May would be ideal.\n")
    found = ticked(text)
    assert found["Find two volunteers for the stall"] == ("Fenn", date(2027, 5, 21))


def test_a_short_weekday_with_its_part_of_the_day_after_a_dash_is_when():
    text = "Actions\n\n- Lind to read the transfer file for the panel – Thurs pm so there is time to ask questions\n"
    assert ticked(text)["Read the transfer file for the panel – Thurs pm so there is time to ask questions"] == \
        ("Lind", date(2027, 5, 13))


STEERING = """Northgate Parent Forum - steering group

4.1 Travel costs: agreed to keep paying bus fares and to refund parking for committee meetings on receipts.

4.2 The panel agreed to fund the four highest-scoring bids, with one reserve. Rosa Fenn to write to the four bidders by 21 May.

4.3 Tomasz asked if we should run a Saturday drop-in over the summer. Everyone liked the idea but nobody is free before July.

4.4 This report sets out the options and asks the Committee to agree the new charter.

4.5 At its January 2027 meeting the Committee asked for an audit of the waiting list.
"""


def test_decisions_standing_arrangements_and_questions_are_no_tasks():
    found = ticked(STEERING)
    assert found == {"Write to the four bidders by 21 May": ("Rosa Fenn", date(2027, 5, 21))}


def test_a_topic_kept_for_later_and_the_chairs_running_of_the_meeting_are_no_tasks():
    text = ("Notes\n\nBilal asked about bus passes at 16. Nobody knew the answer. We will talk about it again at the "
            "next meeting.\n\nCHAIR: We'll take that as a comment for the next review. We'll take a ten-minute break.\n")
    assert ticked(text) == {}


EASY_READ = """What we did last time

[Picture: tick]\tLast time you asked for a map of the youth clubs. The map is now on the website.

Who will do what

[Picture: photo of Ivy Lind]\tIvy Lind will find out about bus passes. She will send them by Friday 28 May.

Next meeting

[Picture: calendar]\tOur next meeting is on Tuesday 8 June 2027. It is at the library.
"""


def test_an_easy_read_table_is_read_as_the_words_beside_its_pictures():
    assert ticked(EASY_READ) == {"Find out about bus passes": ("Ivy Lind", date(2027, 5, 28))}


def test_a_meeting_named_by_its_month_is_dated_where_the_text_dates_it():
    text = ("Item 5\n\nCHAIR: I will ask for an item on bus passes to come to the June Board, which is Thursday 24 June.\n\n"
            "Tomasz Lind will check the figures and report back at the July meeting. Bilal Hart to confirm the venue "
            "before the next meeting on Tuesday 13 July 2027.\n\n"
            "Ivy Lind, as Data Manager, will add the new measures to the dashboard.\n")
    found = suggested(text)
    assert found["Ask for an item on bus passes to come to the June Board, which is Thursday 24 June"][1] == date(2027, 6, 24)
    assert found["Check the figures and report back at the July meeting"][:2] == ("Tomasz Lind", date(2027, 7, 13))
    assert found["Add the new measures to the dashboard"][:2] == ("Ivy Lind", None)
