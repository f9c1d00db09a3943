"""The parser, on real text from the partnership's pages (excerpts in tests/importer/fixtures)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tracker.importer import parse
from tracker.importer.owners import defined_initials, writer_of
from tracker.importer.parse import (
    NoOutcomesForDate,
    find_dates,
    outcomes_for,
    parse_outcomes,
)

FIXTURES = Path(__file__).parent / "fixtures"
BOARD = (FIXTURES / "board_summaries.txt").read_text(encoding="utf-8")
CHAMPIONS = (FIXTURES / "champions_outcomes.txt").read_text(encoding="utf-8")


def titles(outcomes, *, suggested_only=True):
    return [s.title for s in outcomes.suggestions if s.suggested or not suggested_only]


def owned(text: str, **options) -> list[tuple[str, str]]:
    """(title, owner) of each suggestion ticked in one meeting's text."""
    return [(s.title, s.owner_text) for s in parse_outcomes(text, **options).meetings[-1].suggestions if s.suggested]


def by_source(outcomes, words: str):
    return next(s for s in outcomes.suggestions if words in s.source)


# --- dates ---------------------------------------------------------------------------------------


def test_a_date_that_does_not_exist_is_reported_not_guessed():
    found = find_dates("Monday 20/21/21 at 10am")
    assert len(found) == 1
    assert found[0].day is None
    assert found[0].text == "Monday 20/21/21"
    assert found[0].problem == ("“Monday 20/21/21” is not a real date: there is no month 21 "
                                 "(write the day first, then the month)")


def test_the_champions_page_reports_its_odd_dates():
    parsed = parse_outcomes(CHAMPIONS)
    assert ("“Monday 20/21/21” is not a real date: there is no month 21 (write the day first, then the month)"
            in parsed.problems)
    # "Our next meeting will be at 1pm on Tuesday 22/04/21": 22 April 2021 was a Thursday.
    assert "“Tuesday 22/04/21”: 22 April 2021 is a Thursday, not a Tuesday" in parsed.problems
    real = [found.day for found in parsed.dates if found.day]
    assert date(2021, 5, 18) in real and date(2022, 2, 22) in real


@pytest.mark.parametrize("text, expected", [
    ("8th June 2021", date(2021, 6, 8)),
    ("Meeting Outcomes 23/03/2021", date(2021, 3, 23)),
    ("At its meeting on 12/01/21, the SEND Board", date(2021, 1, 12)),
    ("Tuesday 9 March 2021", date(2021, 3, 9)),
    ("on 2021-06-08", date(2021, 6, 8)),
    ("Children's Mental Health Week (1st-7th February 2021)", date(2021, 2, 7)),
])
def test_dates_written_the_ways_the_pages_write_them(text, expected):
    assert [found.day for found in find_dates(text)] == [expected]


def test_a_day_past_the_end_of_the_month_is_reported():
    (found,) = find_dates("Meeting Outcomes 31/02/2021")
    assert found.day is None and "February 2021 has 28 days" in found.problem


# --- the Board's summaries -----------------------------------------------------------------------


def test_the_board_summaries_split_into_their_meetings():
    parsed = parse_outcomes(BOARD)
    assert [m.date.day for m in parsed.dated_meetings] == [date(2021, 6, 8), date(2021, 5, 11), date(2021, 3, 9)]


def test_board_agenda_headings_are_found():
    june = outcomes_for(parse_outcomes(BOARD), date(2021, 6, 8))
    assert [item.title for item in june.agenda] == [
        "Governance", "Keyworker update", "Personal budgets", "SEND Inclusion Community", "Performance Scorecard",
        "Re-visit preparation", "Terms of Reference", "Update on HYMs", "Risk Register",
    ]


def test_commitments_in_the_board_summary_become_short_imperative_actions():
    june = outcomes_for(parse_outcomes(BOARD), date(2021, 6, 8))
    report = by_source(june, "An update report would be circulated to Board")
    assert report.title.startswith("Circulate update report to Board on the actions to recover in these services")
    assert report.heading == "Update on HYMs"
    assert report.confidence == "high" and "would be circulated" in report.reason
    upload = by_source(june, "would be uploaded on to the Local Offer")
    assert upload.title == "Upload copy on to the Local Offer (Terms of Reference)"
    assert upload.source == ("The revised Terms of Reference (ToR) for SEND Board were approved; a copy would "
                             "be uploaded on to the Local Offer.")
    assert titles(june) == [
        "Circulate baseline questionnaire to have a starting point as to what support works well and what "
        "doesn’t work so well for families",
        "Consider interim cover to support families over the summer period for those keyworkers that worked "
        "term time (Keyworker update)",
        "Put revised process in place so that any data that highlights a decrease in a measure is discussed in "
        "detail between meetings with workstream leads",
        "Upload copy on to the Local Offer (Terms of Reference)",
        "Circulate update report to Board on the actions to recover in these services (Update on HYMs)",
    ]


def test_things_already_done_are_not_suggested():
    june = outcomes_for(parse_outcomes(BOARD), date(2021, 6, 8))
    sources = " ".join(s.source for s in june.suggestions)
    assert "minutes from the May meeting were approved" not in sources
    assert "An updated register was circulated for information" not in sources
    # "The set up presentation which will be shared ... was circulated": already done.
    assert "set up presentation" not in sources


def test_next_meeting_phrasing_makes_an_action_due_by_the_next_meeting():
    may = outcomes_for(parse_outcomes(BOARD), date(2021, 5, 11))
    trajectory = by_source(may, "would be presented at the next Board meeting")
    assert trajectory.due_by_next_meeting and trajectory.due_hint == "at the next Board meeting"
    assert trajectory.title == ("Present trajectory on the resumption of services for Children and Young People "
                                "at the next Board meeting")
    march = outcomes_for(parse_outcomes(BOARD), date(2021, 3, 9))
    update = by_source(march, "An update was requested for the next meeting")
    assert update.due_by_next_meeting
    assert update.title == "Provide update for the next meeting to fully understand the demands on the service"
    assert update.heading == "Pennine Care HYMS (Healthy Young Minds Service)"


def test_the_board_asking_for_an_update_is_an_action():
    (suggestion,) = parse_outcomes(
        "Pennine Care HYMS (Healthy Young Minds Service): discussion took place about accommodation issues. "
        "The Board asked for a full update at the next meeting.").meetings[0].suggestions
    assert suggestion.title == "Provide full update at the next meeting"
    assert suggestion.due_by_next_meeting


def test_a_review_taking_place_in_a_month_is_due_at_the_end_of_that_month():
    may = outcomes_for(parse_outcomes(BOARD), date(2021, 5, 11))
    review = by_source(may, "A review of the Pilot would take place in September")
    assert review.title == "Review the Pilot in September"
    assert review.due_on == date(2021, 9, 30) and review.due_hint == "in September"
    assert review.heading == "Keyworker pilot"


def test_the_may_board_suggestions():
    may = outcomes_for(parse_outcomes(BOARD), date(2021, 5, 11))
    assert titles(may) == [
        "Update Board members on feedback from Family Focus Group meetings / Parent & Champions meetings",
        "Review the Pilot in September",
        "Review the process as it developed to ensure it worked for parents and carers (Personal budgets)",
        "Include updates on the Local Offer as this work progresses (Personal budgets)",
        "Present trajectory on the resumption of services for Children and Young People at the next Board meeting",
        "Produce report for Board on this issue (SEND Performance Data)",
        "Put different process in place for those workers that are not office based and do not have access to a "
        "laptop as part of their job (SEND Performance Data)",
        # "Board members were encouraged to participate ...": owned by the words before "to"
        "Participate and share events for the SEND week of action taking place week beginning 17 May 2021",
    ]
    # "The Stockport Local Pilot will include: ..." describes the pilot; it is neither action nor heading.
    assert not any("Stockport Local Pilot" in s.source for s in may.suggestions)
    assert "The Stockport Local Pilot will include" not in [item.title for item in may.agenda]


def test_a_numbered_list_of_priorities_is_not_taken_for_actions():
    march = outcomes_for(parse_outcomes(BOARD), date(2021, 3, 9))
    priorities = [s for s in march.suggestions if s.kind == "bullet"]
    assert [s.source for s in priorities][:2] == ["Effective early help for all children and families",
                                                  "Timely access to services"]
    assert len(priorities) == 7 and not any(s.suggested for s in priorities)
    assert "priorities for the Group" in priorities[0].reason


def test_page_chrome_is_stripped():
    parsed = parse_outcomes(BOARD)
    assert all("Skip to main content" not in m.text for m in parsed.meetings)
    assert all("Skip to main content" not in s.source for m in parsed.meetings for s in m.suggestions)


# --- the Champions' meeting outcomes ---------------------------------------------------------------


def test_champions_take_away_bullets_become_actions():
    october = outcomes_for(parse_outcomes(CHAMPIONS), date(2020, 10, 13))
    chosen = titles(october)
    for expected in [
        "Share chat window with Stephen Pearson",
        "Share recording of physical activity session with sports and community sector for consideration",
        "Explore impact of using personal budgets for sports activities on 1:1 in schools",
        "Send videos through on WhatsApp",
        "Issue and complete consent forms for video",
        "Launch competition for children and young people to design a logo for the champions",
    ]:
        assert expected in chosen
    chat = by_source(october, "Chat window to be shared")
    assert chat.kind == "bullet" and chat.confidence == "high" and chat.heading == ""


def test_champions_headings_discussion_and_future_items_are_told_apart():
    october = outcomes_for(parse_outcomes(CHAMPIONS), date(2020, 10, 13))
    assert [item.title for item in october.agenda] == [
        "Access to community physical activities led by Stephen Pearson", "Working Well with Schools",
        "SEND Week of Action", "Future Items",
    ]
    insight = by_source(october, "toilets and changing facilities")
    assert not insight.suggested and "reads as discussion" in insight.reason
    future = by_source(october, "Key worker in December")
    assert not future.suggested and future.heading == "Future Items" and "future meeting" in future.reason


def test_a_list_followed_by_a_note_of_actions_is_a_list_of_actions():
    july = outcomes_for(parse_outcomes(CHAMPIONS), date(2020, 7, 7))
    assert titles(july) == [
        "SEND passports for the hospital", "The e-learning module needing wider circulation",
        "A platform for Champion profiles and other information for the group",
        "‘Meet the Champions’ & Speech & Language virtual drop-ins", "Setting up a Whatsapp group for quicker contact",
    ]


def test_will_be_fed_into_is_an_action():
    march = outcomes_for(parse_outcomes(CHAMPIONS), date(2021, 3, 23))
    fed = by_source(march, "will be fed into")
    assert fed.title == "Feed this feedback into the Active Communities Strategy Board"
    assert fed.confidence == "high"


def test_dates_in_a_list_of_meeting_dates_are_not_actions():
    parsed = parse_outcomes(CHAMPIONS)
    assert not any("at 1pm" in s.source for m in parsed.meetings for s in m.suggestions)


# --- plain text, as a secretary might paste it ---------------------------------------------------


def test_arrows_and_words_own_second_level_bullets_are_read():
    text = "ACTIONS\n→ Sarah to email the group\n➢ Tom to book the hall\no Check the budget with finance"
    (meeting,) = parse_outcomes(text).meetings
    assert [(s.title, s.owner_text) for s in meeting.suggestions] == [
        ("Email the group", "Sarah"), ("Book the hall", "Tom"), ("Check the budget with finance", "")]


def test_bullets_of_every_kind_are_read():
    text = "Actions:\n• Send the report\n- Book the room\n* Invite PACTS\n1. Circulate the minutes\n2) Update the Local Offer"
    (meeting,) = parse_outcomes(text).meetings
    assert [s.title for s in meeting.suggestions] == [
        "Send the report", "Book the room", "Invite PACTS", "Circulate the minutes", "Update the Local Offer"]
    assert all(s.confidence == "high" for s in meeting.suggestions)


def test_a_paragraph_wrapped_by_an_email_is_read_as_one():
    text = "Terms of Reference: The revised Terms of Reference were approved; a copy would be\nuploaded on to the Local Offer."
    (suggestion,) = parse_outcomes(text).meetings[0].suggestions
    assert suggestion.title == "Upload copy on to the Local Offer (Terms of Reference)"


def test_a_title_is_never_longer_than_an_action_title_may_be():
    text = "A report would be produced for Board on " + "the matter and " * 40 + "more."
    (suggestion,) = parse_outcomes(text).meetings[0].suggestions
    assert len(suggestion.title) <= 300 and suggestion.title.endswith("…")


def test_empty_or_unhelpful_text_finds_nothing():
    assert parse_outcomes("").meetings[0].suggestions == []
    assert parse_outcomes("Another great session!\n\nThank you all.").meetings[0].suggestions == []


def test_text_without_dated_headings_is_one_meetings_outcomes():
    outcomes = outcomes_for(parse_outcomes("A report would be produced for Board."), date(2026, 11, 23))
    assert [s.title for s in outcomes.suggestions] == ["Produce report for Board"]


def test_asking_for_a_date_the_text_does_not_have_says_which_dates_it_has():
    with pytest.raises(NoOutcomesForDate) as refused:
        outcomes_for(parse_outcomes(BOARD), date(2021, 6, 9))
    assert str(refused.value) == ("The text has the outcomes of the meetings on 8 June 2021, 11 May 2021 and "
                                  "9 March 2021, but none for 9 June 2021")


def test_one_meetings_outcomes_may_be_taken_for_another_date_when_asked():
    june = BOARD[BOARD.index("8th June 2021"):BOARD.index("11th May 2021")]
    with pytest.raises(NoOutcomesForDate):
        outcomes_for(parse_outcomes(june), date(2021, 6, 15))
    outcomes = outcomes_for(parse_outcomes(june), date(2021, 6, 15), lenient=True)
    assert outcomes.date.day == date(2021, 6, 8) and len(titles(outcomes)) == 5
    with pytest.raises(NoOutcomesForDate):  # several meetings: which one is never guessed
        outcomes_for(parse_outcomes(BOARD), date(2021, 6, 15), lenient=True)


def test_what_was_found_can_be_written_as_json():
    data = json.loads(json.dumps(parse_outcomes(BOARD).to_dict()))
    june = next(meeting for meeting in data["meetings"] if meeting["date"])
    assert june["date"] == {"text": "8th June 2021", "date": "2021-06-08", "problem": ""}
    assert {"title", "source", "heading", "confidence", "reason", "due_on", "due_by_next_meeting"} <= set(
        june["suggestions"][0])


@pytest.mark.skipif(not Path("/work/shared/seeds").exists(), reason="the seed documents are not here")
@pytest.mark.parametrize("name", ["000_c4424d3315de58f6.txt", "004_9b8165eaee48508e.txt"])
def test_the_whole_seed_pages_parse_without_error(name):
    parsed = parse_outcomes((Path("/work/shared/seeds") / name).read_text(encoding="utf-8"))
    assert len(parsed.dated_meetings) >= 5


# --- the fourth batch's kinds of writing (41 to 48), each in words not in the corpus --------------

def _ticked(text: str, day: date = date(2026, 3, 4), names: frozenset[str] = frozenset()):
    parsed = parse_outcomes(text, meeting_date=day, names=names)
    return [s for s in parsed.meetings[-1].suggestions if s.suggested]


@pytest.mark.parametrize("text", [
    "Notes of the Early Years Panel, 4 March 2026\n\nDev Patel agreed to draft the outreach leaflet for\n"
    "Early Years SEND Panel - 4 March 2026        Page 2 of 5\nCONFIDENTIAL\nchildminders by 20 March.\n"
    "Early Years SEND Panel - 4 March 2026        Page 3 of 5\nCONFIDENTIAL\nAny other business: none.\n",
    "Notes, 4 March 2026\n\nDev Patel agreed to draft the outreach leaflet for\n- 2 -\nchildminders by 20 March.\n"
    "Page 1\n",
])
def test_a_pdf_page_break_inside_a_sentence_leaves_one_sentence(text):
    found = _ticked(text)
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Draft the outreach leaflet for childminders by 20 March", "Dev Patel", date(2026, 3, 20))]
    assert "CONFIDENTIAL" not in found[0].source


@pytest.mark.parametrize("text", [
    "Notes, 4 March 2026\n\nSchools that replied to the survey: 12 of 40\nDev Patel will chase the other schools by 20 March.\n",
    "Notes, 4 March 2026\n\nDev Patel will chase the schools yet to reply by 20 March.\nReplies so far 12 of 40\n",
])
def test_a_count_written_as_n_of_m_is_not_taken_for_a_page_number(text):
    """Only a series of "N of M" counting the same pages is page furniture: a line saying how many of
    something is kept, and the action beside it read as usual."""
    assert "12 of 40" in "\n".join(raw for raw in parse._without_page_furniture(text.split("\n")))
    assert [(s.owner_text, s.due_on) for s in _ticked(text)] == [("Dev Patel", date(2026, 3, 20))]


@pytest.mark.parametrize("text, title", [
    ("Notes, 4 March 2026\n\nAmira will send the revised transi-\ntion booklet to parents.\n",
     "Send the revised transition booklet to parents"),
    ("Notes, 4 March 2026\n\nThe inclusion team will contact every family waiting for a place in\n"
     "September to explain the options.\n", "Contact every family waiting for a place in September to explain the options"),
])
def test_a_hard_wrapped_line_is_mended_at_a_hyphen_or_a_word_that_cannot_end_it(text, title):
    assert [s.title for s in _ticked(text)] == [title]


@pytest.mark.parametrize("text, owner, title, due", [
    ("From: Dev Patel <dev.patel@example.org>\nSent: 5 March 2026 10:02\nTo: Panel\nSubject: RE: notes\n\n"
     "Happy with the notes. I'll ask the portage service for their referral numbers by 13 March.\n\nDev\n\n"
     "> From: Amira Lewis <amira@example.org>\n> Sent: 4 March 2026 17:40\n> Subject: notes\n>\n"
     "> Actions\n> - Amira to book the hall for the family fun day\n",
     ["Dev Patel", "Amira"], ["Ask the portage service for their referral numbers by 13 March",
                              "Book the hall for the family fun day"], [date(2026, 3, 13), None]),
    ("On Thu, 5 Mar 2026 at 09:15, Lewis, Amira <amira@example.org> wrote:\n> I will chase the transport team "
     "about the Year 7 routes.\n> > From: Dev Patel <dev@example.org>\n> > Sent: 4 March 2026\n"
     "> > Jo to update the Local Offer page on portage.\n",
     ["Amira Lewis", "Jo"], ["Chase the transport team about the Year 7 routes",
                             "Update the Local Offer page on portage"], [None, None]),
])
def test_an_email_thread_is_read_without_its_quoting_headers_and_i_is_the_sender(text, owner, title, due):
    found = _ticked(text, names=frozenset({"jo", "amira", "dev"}))
    assert [(s.owner_text, s.title, s.due_on) for s in found] == list(zip(owner, title, due, strict=True))


@pytest.mark.parametrize("text, title, due", [
    ("Notes, 4 March 2026\n\nJo agreed to redesign the referral form and to share it with SENCos by 27 March.",
     "Redesign the referral form and share it with SENCos by 27 March", date(2026, 3, 27)),
    ("Notes, 4 March 2026\n\nDev will visit the three colleges and will report back at the May meeting.",
     "Visit the three colleges and report back at the May meeting", date(2026, 5, 31)),
])
def test_a_second_step_that_finishes_the_same_work_is_one_action(text, title, due):
    found = _ticked(text, names=frozenset({"jo", "dev"}))
    assert [(s.title, s.due_on) for s in found] == [(title, due)]


@pytest.mark.parametrize("text, owner", [
    ("Notes, 4 March 2026\n\nThe panel agreed that the service should phone each family on the waiting list. "
     "Jo Baker to organise this by 31 March.", "Jo Baker"),
    ("Notes, 4 March 2026\n\nIt was agreed that officers would write to the two academies. DP to arrange this "
     "before Easter.", "DP"),
])
def test_a_body_agreed_to_act_and_then_a_person_is_named_to_do_it(text, owner):
    found = _ticked(text)
    assert len(found) == 1 and found[0].owner_text == owner


@pytest.mark.parametrize("text, owners, titles", [
    ("MINUTES, 4 March 2026\n\nItem   Notes                                                        Action\n"
     "3.1    The panel reviewed the audit of transition plans and asked for the\n"
     "       findings to be summarised for governors.                          JB\n"
     "3.2    Members noted the update.                                         Noted\n"
     "3.3    A letter is to be sent to all Year 6 parents about the visits     Dev Patel\n"
     "       by 20 March.\n",
     ["JB", "Dev Patel"], ["findings to be summarised for governors", "Send letter to all Year 6 parents"]),
    ("MINUTES, 4 March 2026\n\nRef    Discussion                                                   Action by\n"
     "4.2    The forum heard about the new short breaks offer. Leaflets to  SL / AK\n"
     "       be handed out at every coffee morning.\n",
     ["SL"], ["leaflets to be handed out at every coffee morning"]),
])
def test_an_action_column_flattened_into_the_text_gives_the_paragraph_its_owner(text, owners, titles):
    found = _ticked(text)
    assert [s.owner_text for s in found] == owners
    for suggestion, words in zip(found, titles, strict=True):
        assert words.lower() in f"{suggestion.title} {suggestion.source}".lower()
    assert not any(s.title in ("Noted", "JB", "Dev Patel") for s in found)


@pytest.mark.parametrize("text, owner, other", [
    ("Next steps:\n* Jo and the family support workers to run a drop-in at the library", "Jo",
     "the family support workers"),
    ("Next steps:\n* Dev and colleagues from health to draft the sleep pathway", "Dev", "colleagues from health"),
])
def test_a_named_person_and_a_group_with_them_are_two_owners(text, owner, other):
    found = _ticked(f"Notes, 4 March 2026\n\n{text}\n", names=frozenset({"jo", "dev"}))
    assert [(s.owner_text, s.other_owners) for s in found] == [(owner, (other,))]


@pytest.mark.parametrize("text, owner, due", [
    ("Agreed: the hub will open on Saturdays. Jo to tell families through the newsletter - w/c 16 March.",
     "Jo", date(2026, 3, 20)),
    ("Agreed: two more panels a term. Dev will book the rooms with the clerk. Target: end of Q1.",
     "Dev", date(2026, 6, 30)),
])
def test_agreed_notes_of_several_sentences_are_read_sentence_by_sentence(text, owner, due):
    found = _ticked(f"Notes, 4 March 2026\n\n{text}\n", names=frozenset({"jo", "dev"}))
    assert [(s.owner_text, s.due_on) for s in found][-1] == (owner, due)


@pytest.mark.parametrize("header", ["Cymraeg\tEnglish", "English\tCymraeg"])
def test_bilingual_minutes_side_by_side_are_read_in_english_once(header):
    welsh = "Cam gweithredu: Siôn Pugh i anfon yr adroddiad at y penaethiaid erbyn 20 Mawrth."
    english = "Action: Siôn Pugh to send the report to head teachers by 20 March."
    row = f"{welsh}\t{english}" if header.startswith("Cymraeg") else f"{english}\t{welsh}"
    found = _ticked(f"Cofnodion / Minutes, 4 March 2026\n\n{header}\n{row}\n")
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Send the report to head teachers by 20 March", "Siôn Pugh", date(2026, 3, 20))]


@pytest.mark.parametrize("text, owner", [
    ("Follow-up tasks\n- Room booking: Book the sensory room for the April session. (Dev Patel)", "Dev Patel"),
    ("Follow-up tasks\n- Survey: Send the parent survey link to all SENCos (Jo Baker)", "Jo Baker"),
])
def test_a_full_name_in_brackets_after_a_task_is_its_owner(text, owner):
    found = _ticked(f"Recap, 4 March 2026\n\n{text}\n", names=frozenset({"dev", "patel", "jo", "baker"}))
    assert [s.owner_text for s in found] == [owner]


# --- the fifth batch's kinds of writing (49), each in words not in the corpus -------------------

def test_a_table_pasted_with_each_cell_on_its_own_line_is_read_as_rows():
    text = ("Notes, 4 March 2026\n\nHere are the actions:\n\nTask\nOwner\nDeadline\n"
            "Print the new transition passports\nAK\n20/03/26\nRing the three nurseries about places\nJo\nongoing\n\n"
            "Thanks, Sam\n")
    found = _ticked(text, names=frozenset({"jo"}))
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Print the new transition passports", "AK", date(2026, 3, 20)),
        ("Ring the three nurseries about places", "Jo", None)]


def test_stacked_lines_that_do_not_fill_whole_rows_are_left_as_they_are():
    lines = ["", "Action", "Owner", "Due", "Book the hall", "AK", ""]
    assert parse.stacked_cells(lines) == lines


@pytest.mark.parametrize("header", ["Item\tDiscussion", "Time\tTopic\tWho\tNotes"])
def test_an_agenda_laid_out_as_a_table_is_notes_under_each_topic_not_actions(header):
    cells = ["Transport appeals", "Members heard that appeals doubled. Action: AK to write to the appeals panel."]
    if header.startswith("Time"):
        cells = ["15 min", cells[0], "Dev Patel", cells[1]]
    found = _ticked(f"Panel notes, 4 March 2026\n\n{header}\n" + "\t".join(cells) + "\n")
    assert [(s.title, s.owner_text, s.heading) for s in found] == [
        ("Write to the appeals panel", "AK", "Transport appeals")]


def test_a_markdown_task_list_open_items_are_actions_ticked_ones_are_done():
    text = ("# Inclusion huddle - 4 March 2026\n\n## Tasks\n\n- [ ] @Amira Lewis email the outreach rota by 13/03\n"
            "- [x] @Dev Patel book the minibus\n- [ ] @Jo Baker & @Dev Patel visit the new resource base\n\n"
            "**Decision:** the huddle moves to Tuesdays.\n")
    found = parse_outcomes(text, meeting_date=date(2026, 3, 4), names=frozenset({"jo"})).meetings[-1].suggestions
    assert [(s.title, s.owner_text, s.other_owners, s.due_on, s.suggested) for s in found] == [
        ("Email the outreach rota by 13/03", "Amira Lewis", (), date(2026, 3, 13), True),
        ("Book the minibus", "Dev Patel", (), None, False),
        ("Visit the new resource base", "Jo Baker", ("Dev Patel",), None, True)]
    assert found[1].reason == "Ticked as done in a task list"
    assert found[0].heading == "Tasks"


@pytest.mark.parametrize("text, expected", [
    ("Amira Lewis chase the portage referrals", [("Chase the portage referrals", "Amira Lewis")]),
    ("Amira Lewis set out the new portage offer", []),  # "set": what she did, not what she will do
    ("Portage Service chase the referrals", []),  # not one of the people
])
def test_a_known_persons_name_straight_before_what_to_do_is_the_owner(text, expected):
    found = _ticked(f"Notes, 4 March 2026\n\nAction items:\n- {text}\n", names=frozenset({"amira", "lewis"}))
    assert [(s.title, s.owner_text) for s in found if s.owner_text] == expected


def test_numbered_resolutions_in_one_paragraph_are_read_item_by_item():
    text = ("Cabinet minutes, 4 March 2026\n\nHome to school transport\n\n"
            "RESOLVED: (1) That the consultation responses be noted. (2) That the Head of Transport be asked to "
            "publish a revised policy by 30 April 2026. (3) That officers be instructed to write to every family "
            "affected.\n")
    found = parse_outcomes(text, meeting_date=date(2026, 3, 4)).meetings[-1].suggestions
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [  # the noting is a decision, no action
        ("Publish a revised policy by 30 April 2026", "the Head of Transport", date(2026, 4, 30)),
        ("Write to every family affected", "officers", None)]


@pytest.mark.parametrize("line, owner", [
    ("2026-117  Head of Inclusion to circulate the audit to governors.", "Head of Inclusion"),
    ("ACT-9 AK to circulate the audit to governors.", "AK"),
    ("SB/26/04 Clerk to circulate the audit to governors.", "Clerk"),
])
def test_an_action_logs_number_before_the_owner_is_not_part_of_the_owner(line, owner):
    found = _ticked(f"Governors, 4 March 2026\n\nActions:\n{line}\n")
    assert [(s.title, s.owner_text) for s in found] == [("Circulate the audit to governors", owner)]


@pytest.mark.parametrize("words, kind", [
    ("before the next Board", "next_meeting"),
    ("at the next session", "next_meeting"),
    ("to the next Forum meeting", "next_meeting"),
    ("with the next board report", None),
])
def test_the_next_board_committee_or_session_is_the_next_meeting(words, kind):
    from tracker.importer.due import read_due
    found = read_due(f"Jo to bring the figures {words}", date(2026, 3, 4))
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize("cell, owners, due", [
    ("AK – 20/03/26", ("AK",), date(2026, 3, 20)),
    ("Jo / Sam - April 2026", ("Jo", "Sam"), date(2026, 4, 30)),
    ("AK, ASAP", ("AK",), None),
    ("Dev Patel", ("Dev Patel",), None),
])
def test_a_who_and_when_cell_gives_the_owner_and_the_due_date(cell, owners, due):
    found = _ticked(f"Notes, 4 March 2026\n\nAction\tWho / when\nRenew the minibus insurance\t{cell}\n",
                    names=frozenset({"jo", "sam", "dev", "patel"}))
    assert [((s.owner_text, *s.other_owners), s.due_on) for s in found] == [(owners, due)]


@pytest.mark.parametrize("heading", ["Matters arising", "Review of the action log", "Actions from the last meeting"])
def test_actions_from_an_earlier_meeting_are_shown_unticked_and_this_meetings_are_ticked(heading):
    text = (f"Panel notes, 4 March 2026\n\n{heading}\n\nAction\tOwner\tStatus\n"
            "Ring the three nurseries\tJo\tOngoing\nPrint the passports\tAK\tCarried forward\n\n"
            "Actions agreed today\n\n- AK to order the sensory kits by 20 March\n")
    found = parse_outcomes(text, meeting_date=date(2026, 3, 4)).meetings[-1].suggestions
    assert [(s.title, s.suggested) for s in found] == [
        ("Ring the three nurseries", False), ("Print the passports", False),
        ("Order the sensory kits by 20 March", True)]
    assert found[0].reason == f"Listed under “{heading}”: an action from an earlier meeting, already on its log"


def test_an_action_repeated_in_the_summary_with_its_date_is_one_action_showing_both_wordings():
    text = ("Notes, 4 March 2026\n\nTransport\n\nAK to agree the new pick-up times with the drivers by 20.03.26.\n\n"
            "Summary of actions\n\nAction\tLead\tBy\nAgree new minibus pick-up times with the drivers\tAK\t20.03.26\n")
    found = _ticked(text)
    assert [(s.owner_text, s.due_on) for s in found] == [("AK", date(2026, 3, 20))]
    assert "Agree new minibus pick-up times" in found[0].source


# --- sixth batch kinds: Word bullets, arrows, dates first, actions on one line, action logs --------


def test_word_bullets_pasted_with_tabs_are_a_list_and_owner_and_due_lines_belong_to_the_action_above():
    text = ("Transport panel, 4 March 2026\n\n"
            "1.\tMinibus routes\n"
            "•\tDrivers said the Hillside pick-up is too early.\n"
            "•\tAgreed:\n"
            "o\tAsk the operator to move the Hillside pick-up to 8.15\n"
            "▪\tOwner:\u00a0KD\n"
            "▪\tDue: 20th\u00a0March\n"
            "o\tRing the two families affected\n"
            "▪\tOwner: JP / Due: end of March\n")
    found = _ticked(text)
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Ask the operator to move the Hillside pick-up to 8.15", "KD", date(2026, 3, 20)),
        ("Ring the two families affected", "JP", date(2026, 3, 31))]


def test_a_numbered_agenda_title_over_bullets_is_a_heading_and_its_reported_bullets_are_not_actions():
    text = ("Transport panel, 4 March 2026\n\n1.\tWelcome and apologies\n•\tKD welcomed everyone.\n"
            "•\tRoute 7 changes – complete\n")
    assert _ticked(text) == []


def test_a_tab_table_whose_first_column_is_a_number_is_still_a_table():
    found = _ticked("Notes, 4 March 2026\n\nNo.\tAction\tOwner\n1.\tRing the nurseries\tJo\n2.\tPrint passports\tAK\n")
    assert [(s.title, s.owner_text) for s in found] == [("Ring the nurseries", "Jo"), ("Print passports", "AK")]


@pytest.mark.parametrize("ending, owners, due", [
    ("→ KD", ("KD",), None),
    ("→ KD / JP", ("KD", "JP"), None),
    ("→ KD, for the May meeting", ("KD",), date(2026, 5, 31)),
    ("→ All route leads (by 20 March)", ("All route leads",), date(2026, 3, 20)),
])
def test_a_paragraph_ending_with_an_arrow_and_an_owner_is_that_owners_action(ending, owners, due):
    text = ("Transport panel, 4 March 2026\n\nRoutes\n\nDrivers said the Hillside pick-up is too early. "
            f"The operator should be asked to move it to 8.15. {ending}\n")
    found = _ticked(text)
    assert [((s.owner_text, *s.other_owners), s.due_on) for s in found] == [(owners, due)]
    assert "operator" in found[0].title
    if "May" in ending:
        assert found[0].due.words == "for the May meeting"


def test_an_arrow_before_a_sentence_or_in_a_discussion_is_not_an_owner():
    text = ("Transport panel, 4 March 2026\n\nRoutes\n\nDrivers said the pick-up is early → the rota changes "
            "next term.\n")
    assert _ticked(text) == []


def test_the_date_under_a_date_and_time_of_next_meeting_heading_does_not_start_another_meeting():
    text = ("Minutes of the transport panel, 4 March 2026\n\nRoutes\n\nKD to ring the operator.\n\n"
            "Date and time of next meeting\n\nTuesday 12 May 2026, 10:00, Room 4\n")
    parsed = parse_outcomes(text, meeting_date=date(2026, 3, 4))
    assert [meeting.date.day for meeting in parsed.dated_meetings] == [date(2026, 3, 4)]


@pytest.mark.parametrize("line, owner, due", [
    ("By 20 April: KD to ring the operator about the Hillside pick-up", "KD", date(2026, 4, 20)),
    ("Deadline – 15th May: Transport Manager to send the new timetable to families", "Transport Manager",
     date(2026, 5, 15)),
    ("- Before 30 April: JP to book the hall for the drop-in", "JP", date(2026, 4, 30)),
])
def test_a_due_date_written_before_the_action_is_its_due_date(line, owner, due):
    found = _ticked(f"Transport panel, 4 March 2026\n\nActions\n\n{line}\n")
    assert [(s.owner_text, s.due_on) for s in found] == [(owner, due)]
    assert not found[0].title.lower().startswith(("by", "deadline", "before"))


def test_a_label_that_only_looks_like_a_date_first_is_not_one():
    found = _ticked("Transport panel, 4 March 2026\n\nRoutes\n\nBy the way: the depot moves in June.\n")
    assert all(s.due is None or s.due.words != "By the way" for s in found)


def test_a_decision_list_under_a_decisions_heading_with_the_board_as_its_lead_in_is_not_actions():
    text = ("Transport panel, 4 March 2026\n\n5. Decisions\nThe Panel:\n- APPROVED the new routes;\n"
            "- AGREED to meet fortnightly until the new contract starts.\n")
    assert _ticked(text) == []


def test_a_numbered_list_typed_on_one_line_after_its_label_is_read_item_by_item():
    text = ("Panel notes, 4 March 2026\n\nNext steps: 1) Jo - ring the three nurseries (end of month) "
            "2) Dev Patel (health) - send the referral form by Friday 13th 3) All - read the draft charter\n")
    found = _ticked(text)
    assert [(s.owner_text, s.due_on) for s in found] == [
        ("Jo", date(2026, 3, 31)), ("Dev Patel", date(2026, 3, 13)), ("All", None)]
    assert found[2].title == "Read the draft charter"


@pytest.mark.parametrize("line", [
    "We reviewed items (1) and (3) of the plan: 1) is done and 3) is late.",
    "The budget rose 2) because of transport 1) and staffing.",
])
def test_numbers_in_brackets_inside_a_sentence_are_not_a_list(line):
    lines = parse._clean_lines(f"Notes\n\n{line}\n")
    assert [each.kind for each in lines if each.kind != "blank"] == ["text", "text"]


@pytest.mark.parametrize("words, due", [
    ("by Friday 13th", date(2026, 3, 13)),  # the next 13th that is a Friday
    ("on Monday 9th", date(2026, 3, 9)),
    ("before Tuesday 3rd", date(2026, 4, 3)),  # no Tuesday 3rd in March to June: the next 3rd
    ("end of month", date(2026, 3, 31)),
])
def test_a_weekday_and_a_day_without_the_month_and_end_of_month(words, due):
    from tracker.importer.due import read_due
    assert read_due(f"send the form {words}", date(2026, 3, 4)).on == due


def test_a_weekday_and_day_with_its_month_keeps_the_month():
    from tracker.importer.due import read_due
    assert read_due("send the form by Friday 5th June", date(2026, 3, 4)).on == date(2026, 6, 5)


def test_an_action_table_split_by_a_row_across_it_keeps_its_header_and_a_number_column_is_no_date():
    text = ("Panel notes, 4 March 2026\n\nNo.\tAction\tLead\tBy when\n"
            "New actions\n2/1\tRing the depot\tKD\t20/03/26\n2/2\tBook the hall\tJo Patel\tApril\n")
    found = _ticked(text)
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Ring the depot", "KD", date(2026, 3, 20)), ("Book the hall", "Jo Patel", date(2026, 4, 30))]


def test_rows_of_a_different_table_after_a_line_of_text_do_not_take_the_earlier_header():
    text = ("Panel notes, 4 March 2026\n\nAction\tLead\nRing the depot\tKD\n\nBudget lines\n"
            "Transport\t£4,000\tunder\n")
    found = _ticked(text)
    assert [(s.title, s.owner_text) for s in found] == [("Ring the depot", "KD")]


def test_initials_with_a_letter_added_to_tell_two_people_apart_are_an_owner():
    found = _ticked("Panel notes, 4 March 2026\n\nAction\tLead\nRing the depot\tMWa\n")
    assert [s.owner_text for s in found] == ["MWa"]


def test_an_item_and_discussion_and_actions_table_is_notes_with_the_actions_inside_them():
    text = ("Panel notes, 4 March 2026\n\nItem\tDiscussion and actions\n"
            "1. Welcome\tKD welcomed everyone. Apologies as above.\n"
            "2. Routes\tDrivers said the pick-up is early. ACTION – Jo to ring the depot by 20 March. "
            "Parents want the new times in writing. → Dev Patel to post the new times to families.\n"
            "3. Any other business\tNone.\n"
            "4. Date of next meeting\tTuesday 12 May 2026, 10:00, Room 4\n")
    found = _ticked(text, names=frozenset({"jo", "dev", "patel"}))
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Ring the depot by 20 March", "Jo", date(2026, 3, 20)), ("Post the new times to families", "Dev Patel", None)]


def test_an_arrow_inside_a_sentence_is_not_a_sentence_break():
    assert parse._split_sentences("Costs rose → budget reviewed. → KD to write it up.") == [
        "Costs rose → budget reviewed.", "→ KD to write it up."]


@pytest.mark.parametrize("line, owners, due", [
    ("ACTION – Youth Forum, with KD, to present the survey at the May Board.", ("Youth Forum",), date(2026, 5, 31)),
    ("ACTION – JP & AK: book the hall for the drop-in by 20/3/26", ("JP", "AK"), date(2026, 3, 20)),
    ("ACTION – PORTAGE to run a drop-in at the library.", ("PORTAGE",), None),
])
def test_owners_written_with_a_helper_joined_initials_or_a_service_acronym(line, owners, due):
    found = _ticked(f"Panel notes, 4 March 2026\n\nRoutes\n\n{line}\n")
    assert [((s.owner_text, *s.other_owners), s.due_on) for s in found] == [(owners, due)]


def test_an_action_label_with_only_an_owner_and_when_gives_them_to_the_sentence_before():
    text = "Panel notes, 4 March 2026\n\nRoutes\n\nJo asked that the timetable goes to the heads. ACTION – KD (heads meeting, 18 March)\n"
    found = _ticked(text)
    assert [(s.owner_text, s.due_on) for s in found] == [("KD", date(2026, 3, 18))]
    assert "timetable" in found[0].title


@pytest.mark.parametrize("line", ["AGREED to meet monthly.", "UPDATE to follow from the depot."])
def test_a_capitalised_label_is_not_a_service_owner(line):
    found = _ticked(f"Panel notes, 4 March 2026\n\nRoutes\n\n{line}\n")
    assert all(s.owner_text not in ("AGREED", "UPDATE") for s in found)


def test_a_request_answered_by_a_named_commitment_then_an_action_marker_is_one_action():
    text = ("Panel notes, 4 March 2026\n\nRoutes\n\nParents asked for a map of the new routes. KD agreed to "
            "bring a route map to the next meeting. (Action: KD)\n")
    found = _ticked(text)
    assert [(s.owner_text, s.due.kind if s.due else None) for s in found] == [("KD", "next_meeting")]
    assert "Parents asked for a map" in found[0].source


def test_a_request_followed_by_an_unrelated_commitment_stays_two_actions():
    text = ("Panel notes, 4 March 2026\n\nRoutes\n\nParents asked for a map of the new routes. KD agreed to "
            "ring the depot about fuel costs. (Action: KD)\n")
    assert len(_ticked(text)) == 2


# --- a newsletter's friendly prose ("X is going to ...", "We'll ...") ---------------------------


NEWSLETTER = ("Forum news, 4 March 2026\n\nWho came\n\nLeah Morgan (secretary) and Omar Bashir (treasurer) joined "
              "twelve parents.\n\nComing up\n\n")


@pytest.mark.parametrize("sentence, owner, title_starts", [
    ("Leah is going to book the hall for the summer fun day.", "Leah", "Book the hall"),
    ("Omar has kindly offered to collect the raffle money after the event.", "Omar", "Collect the raffle money"),
    ("Leah Morgan is going to let parents know when the survey closes.", "Leah Morgan", "Let parents know"),
    ("We'll collect your stories about school transport and pass them to the council.", "", "Collect your stories"),
])
def test_friendly_prose_commitments_are_actions(sentence, owner, title_starts):
    found = _ticked(NEWSLETTER + sentence + "\n", names=frozenset({"someone"}))
    assert [(s.owner_text, s.title[:len(title_starts)]) for s in found] == [(owner, title_starts)]


def test_we_will_ask_someone_is_no_owner_and_a_dash_hands_it_on():
    found = _ticked(NEWSLETTER + "We'll ask the school nurses to run a drop-in — Omar will raise this at the "
                    "health forum on 20 March.\n", names=frozenset({"someone"}))
    assert [(s.owner_text, s.due_on) for s in found] == [("Omar", date(2026, 3, 20))]
    assert found[0].title.startswith("Ask the school nurses to run a drop-in")
    alone = _ticked(NEWSLETTER + "We'll ask the school nurses to run a drop-in.\n", names=frozenset({"someone"}))
    assert [s.owner_text for s in alone] == [""]


def test_a_first_name_never_introduced_is_not_an_owner():
    found = _ticked(NEWSLETTER + "Maps is going to show the new routes.\n", names=frozenset({"someone"}))
    assert all(s.owner_text != "Maps" for s in found)


# --- a committee's officers answering: "undertook to", "He undertook to" -------------------------


SCRUTINY = "Scrutiny committee, 4 March 2026\n\nSchool transport\n\n"


def test_an_officer_who_accepts_a_recommendation_and_undertakes_to_act_owns_it():
    found = _ticked(SCRUTINY + "Officer response: The Head of Transport accepted the recommendation and undertook "
                    "to publish the new route maps by the 20th.\n")
    assert [(s.owner_text, s.due_on) for s in found] == [("The Head of Transport", date(2026, 3, 20))]
    assert found[0].title.startswith("Publish the new route maps")


def test_he_or_she_after_a_role_that_spoke_is_that_role():
    found = _ticked(SCRUTINY + "The Director of Transport explained that the contract had been retendered. "
                    "She undertook to circulate the new contract terms to members.\n")
    assert [s.owner_text for s in found] == ["The Director of Transport"]
    assert "contract terms" in found[0].title


def test_an_officer_who_accepts_without_undertaking_anything_is_no_action():
    assert _ticked(SCRUTINY + "Officer response: The Head of Transport accepted the recommendation and "
                   "thanked members for their work.\n") == []


def test_a_resolution_to_refer_recommendations_is_an_action_and_noting_is_not():
    found = _ticked(SCRUTINY + "RESOLVED:\n(1) That the report be noted.\n"
                    "(2) That the recommendations be referred to the Executive on 9 April 2026.\n")
    assert [(s.title, s.due_on) for s in found] == [("Refer the recommendations to the Executive on 9 April 2026",
                                                     date(2026, 4, 9))]


def test_a_line_hard_wrapped_at_the_documents_width_runs_on_to_the_next():
    filler = "Members discussed the routes, the costs of taxis and the drivers' training at some length today."
    wrapped = ("The Transport Manager undertook to take the drivers' concerns about late pick-ups to the Westmoor\n"
               "Taxi Association and report back to the next meeting of this committee in the summer.")
    found = _ticked(SCRUTINY + "\n".join([filler] * 10) + "\n\n" + wrapped)
    assert len(found) == 1 and "Westmoor Taxi Association and report back" in found[0].title


def test_a_short_line_before_a_capitalised_line_is_not_run_on():
    filler = "Members discussed the routes, the costs of taxis and the drivers' training at some length today."
    text = SCRUTINY + "\n".join([filler] * 10) + "\n\nThe Transport Manager undertook to phone the depot\n" \
        "Nina Cole to book the hall for the drivers' training day in the summer term.\n"
    assert len(_ticked(text)) == 2


# --- a board's recommendations: "The Board: a. NOTED ... c. asks X to ..." ------------------------


BOARD_RECOMMENDATIONS = ("Wellbeing board, 4 March 2026\n\n12/26 Minutes of the meeting held on 2 December 2025\n\n"
                         "The minutes were agreed.\n\n13/26 Transport\n\nRecommendations\n\nThe Board:\n\n"
                         "a. NOTED the transport review;\n"
                         "b. asks the Bus Users Board to add a stop at the special school by the end of May;\n"
                         "c. asks the Director of Transport to report the costs within two weeks.\n")


def test_a_boards_lettered_recommendations_asking_a_body_are_its_actions():
    found = _ticked(BOARD_RECOMMENDATIONS)
    assert [(s.owner_text, s.due_on) for s in found] == [("the Bus Users Board", date(2026, 5, 31)),
                                                         ("the Director of Transport", date(2026, 3, 18))]
    assert found[0].title.startswith("Add a stop at the special school")


def test_a_minute_numbered_item_approving_earlier_minutes_is_not_a_new_meeting():
    parsed = parse_outcomes(BOARD_RECOMMENDATIONS, meeting_date=date(2026, 3, 4))
    assert [meeting.date.day if meeting.date else None for meeting in parsed.meetings] == [date(2026, 3, 4)]
    assert parse.AGENDA_NUMBER.sub("", "13/26 Transport") == "Transport"


def test_who_described_something_and_agreed_to_act_owns_the_action():
    text = ("Wellbeing board, 4 March 2026\n\nTransport\n\nDr Price described the new clinic and agreed to share "
            "the audit with the council by the end of March.\n")
    assert [(s.owner_text, s.due_on) for s in _ticked(text)] == [("Dr Price", date(2026, 3, 31))]


# --- a progress tracker exported as a table, its new rows marked ----------------------------------


TRACKER = ("Plan monitoring, 4 March 2026\n\nProgress\n\n"
           "| Ref | Action | Lead | Target | RAG | Update |\n|---|---|---|---|---|---|\n"
           "| 1.1 | Run the parent survey | omar.bashir@westmoor.gov.uk | Jan 2026 | Green | Done; 212 replies. |\n"
           "| 1.2 | Refresh the transport policy | leah.morgan@westmoor.gov.uk | Q1 | Red | Late. Agreed: OB to "
           "brief the Cabinet Member by 20 March. |\n"
           "| 1.3 | NEW – Add a stop at the special school | leah.morgan@westmoor.gov.uk | FY26/27 | – | New. |\n")


def test_a_tracker_that_marks_new_rows_suggests_those_and_new_work_in_its_updates():
    found = _ticked(TRACKER)
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Brief the Cabinet Member by 20 March", "OB", date(2026, 3, 20)),
        ("Add a stop at the special school", "leah.morgan@westmoor.gov.uk", date(2027, 3, 31)),
    ]
    parsed = parse_outcomes(TRACKER, meeting_date=date(2026, 3, 4))
    carried = [s for s in parsed.meetings[-1].suggestions if not s.suggested]
    assert [s.title for s in carried] == ["Run the parent survey", "Refresh the transport policy"]


def test_a_table_with_no_new_marks_keeps_every_row_and_reads_no_updates():
    text = TRACKER.replace("NEW – ", "")
    assert [s.title for s in _ticked(text)] == ["Run the parent survey", "Refresh the transport policy",
                                                "Add a stop at the special school"]


def test_a_month_meeting_dated_by_the_minutes_is_still_that_months_meeting():
    text = ("Plan monitoring, 4 March 2026\n\nProgress\n\nOB to bring the survey results to the April meeting.\n\n"
            "Date of next meeting: 15 April 2026\n")
    found = _ticked(text)
    assert [(s.due_on, s.due_meeting_month) for s in found] == [(date(2026, 4, 15), date(2026, 4, 1))]


# --- governors' minutes: "Governors AGREED ...", "ACTION: Clerk" --------------------------------


GOVERNORS = "Full governing body, 4 March 2026\n\n5. Premises\n\n"


def test_a_body_agreeing_to_keep_or_spend_is_a_decision_not_an_action():
    found = parse_outcomes(GOVERNORS + "Governors AGREED to keep the breakfast club open until the summer.\n"
                           "The committee agreed to put £300 towards new playground markings.\n",
                           meeting_date=date(2026, 3, 4)).meetings[-1].suggestions
    assert found and not any(s.suggested for s in found)
    assert all(s.reason.startswith("A decision") for s in found)


def test_a_body_agreeing_to_write_still_has_an_action():
    found = _ticked(GOVERNORS + "The committee agreed to write to the council about the boiler.\n")
    assert [s.title for s in found] == ["Write to the council about the boiler"]


def test_an_agreed_adoption_and_a_recirculation_then_a_bare_action_line_for_its_owner():
    found = _ticked(GOVERNORS + "Governors AGREED that the Lettings Policy be adopted, and that the final version be "
                    "recirculated to all governors and published on the website.\nACTION: Clerk\n")
    assert [(s.title, s.owner_text) for s in found] == [
        ("Recirculate the final version to all governors and publish on the website", "Clerk")]


def test_an_agreed_sentence_then_its_action_line_for_the_same_owner_is_one_action():
    found = _ticked(GOVERNORS + "Governors AGREED that the Chair should write to the diocese about the roof.\n"
                    "ACTION: Chair to write to the Diocesan Surveyor about the roof within 14 days.\n")
    assert [(s.owner_text.removeprefix("the "), s.due_on) for s in found] == [("Chair", date(2026, 3, 18))]


def test_policies_adopted_in_a_list_are_decisions():
    text = GOVERNORS + "Governors AGREED to adopt the following policies:\n a) Lettings Policy\n b) Charging Policy\n"
    assert _ticked(text) == []


def test_a_later_sentence_doing_what_an_earlier_one_said_must_be_done_is_one_action():
    found = _ticked(GOVERNORS + "The committee agreed that the fire risk assessment needs to be redone. "
                    "Omar Bashir to redo the assessment by 30th June.\n")
    assert [(s.owner_text, s.due_on) for s in found] == [("Omar Bashir", date(2026, 6, 30))]


# --- a panel's cases: "Decision: AGREED to ...", then "Actions: ..." --------------------------------


PANEL = "Placement panel, 4 March 2026\n\nCase 2 (A.B., Y9) – annual review\n\n"


def test_a_decision_line_is_the_decision_and_the_action_lines_are_the_actions():
    found = _ticked(PANEL + "Decision: AGREED to consult Oak Lodge School.\nActions: LG to send the consultation by "
                    "COP Friday.\n")
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Send the consultation by COP Friday", "LG", date(2026, 3, 6))]


def test_a_decision_line_that_names_who_acts_is_still_an_action():
    found = _ticked(PANEL + "Decision: AGREED; MW to write to the family by 10 March.\n")
    assert [(s.owner_text, s.due_on) for s in found] == [("MW", date(2026, 3, 10))]


def test_a_need_in_brackets_is_not_an_owner_but_initials_are():
    assert _ticked(PANEL + "Existing EHC plan (SEMH).\n") == []
    assert [s.owner_text for s in _ticked(PANEL + "Ask the school for the attendance record (MW).\n")] == ["MW"]


# --- lists that hold no tasks: questions, "None for ...", what is done already ----------------------


NETWORK = "SENCo network, 4 March 2026\n\nNext steps\n\n"


def test_questions_and_nothing_to_do_in_a_list_of_next_steps_are_not_actions():
    text = NETWORK + ("- Omar Bashir to send the training dates by 10 March.\n- None for the transport form – it is unchanged.\n"
                      "- Can a child keep their taxi after moving house?\n- No further actions.\n")
    assert [s.owner_text for s in _ticked(text)] == ["Omar Bashir"]


def test_a_question_that_asks_someone_to_act_is_still_an_action():
    text = NETWORK + "- Leah – can you send the slides to everyone?\n"
    assert [s.owner_text for s in _ticked(text)] == ["Leah"]


def test_a_list_of_what_is_done_since_last_time_is_not_actions():
    text = "Forum news, 4 March 2026\n\nDone since last time\n\n- The Local Offer pages were updated.\n" \
           "- Ask the council for the new ramp to be installed – it was, on 2 March.\n"
    assert _ticked(text) == []
    assert [s.title for s in _ticked(text.replace("Done since last time", "Still to do"))]


# --- eighth batch: actions set out one block each -----------------------------------------------

NUMBERED_BLOCKS = """Transport Working Group
Notes of the meeting on Monday 7 June 2027

DECISIONS

D1  The group endorsed the revised route review timetable.
D2  The group agreed that parents will be told of driver changes two
    days ahead.

ACTIONS

B1  Write to the bus operators about the new drop-off point and copy the
    letter to the Chair.
    Owner: Head of Transport
    Target date: 30/07/2027
    Status: New

B2  Keep the route log up to date.
    Owner: Business Support
    Target date: ongoing
    Status: Standing item
"""


def test_numbered_action_blocks_take_their_owner_and_target_date_from_the_lines_under_them():
    outcomes = outcomes_for(parse_outcomes(NUMBERED_BLOCKS), date(2027, 6, 7))
    letter = by_source(outcomes, "bus operators")
    assert letter.suggested and letter.title.endswith("copy the letter to the Chair")  # the wrapped line joined
    assert letter.owner_text == "Head of Transport" and letter.due.on == date(2027, 7, 30)
    # not actions: the decisions, a standing item, and the fields themselves
    assert titles(outcomes) == [letter.title]
    assert not by_source(outcomes, "route log").suggested


def test_a_target_date_under_an_action_never_starts_another_meeting():
    parsed = parse_outcomes(NUMBERED_BLOCKS)
    assert [meeting.date.day for meeting in parsed.dated_meetings] == [date(2027, 6, 7)]
    undated = NUMBERED_BLOCKS.replace("Notes of the meeting on Monday 7 June 2027", "Notes")
    assert parse_outcomes(undated).dated_meetings == []


def test_text_whose_only_dated_part_holds_nothing_to_do_is_read_whole_not_refused():
    text = ("Action log\n\nLP to circulate the revised protocol to all schools.\n\n"
            "Minutes of the meeting of 3 March 2027\nAgreed as a true record\n")
    outcomes = outcomes_for(parse_outcomes(text), date(2027, 4, 14))
    assert titles(outcomes) == ["Circulate the revised protocol to all schools"]
    with pytest.raises(NoOutcomesForDate):  # a dated meeting with its own actions is still never guessed
        outcomes_for(parse_outcomes("3 March 2027\n\nLP to circulate the protocol.\n"), date(2027, 4, 14))


def test_a_portals_action_blocks_put_each_label_above_its_value():
    text = ("Minutes\n\nThe committee heard the transport update.\n\nAction\n"
            "Publish the revised transport policy on the Local Offer.\nAssigned to\nHead of Transport\n"
            "Due\n30 June 2027\nAction ref\nT-27-003\n\nAction\n\nThe chair thanked members.\n")
    outcomes = outcomes_for(parse_outcomes(text, meeting_date=date(2027, 5, 4)), date(2027, 5, 4))
    assert titles(outcomes) == ["Publish the revised transport policy on the Local Offer"]
    policy = outcomes.suggestions[0]
    assert policy.owner_text == "Head of Transport" and policy.due.on == date(2027, 6, 30)


def test_an_action_log_pasted_as_csv_is_read_as_a_table():
    text = ("Hi all, the log is below, exported as CSV.\n\n"
            "Ref,Action,Owner,Due,Status\n"
            "R1,\"Check the bus passes, then reissue them\",Head of Transport,30/06/2027,New\n"
            "R2,Close the old mailbox,Business Support,31/05/2027,Complete\n\n"
            "Thanks, Ruth\n")
    outcomes = outcomes_for(parse_outcomes(text, meeting_date=date(2027, 5, 4)), date(2027, 5, 4))
    assert titles(outcomes) == ["Check the bus passes, then reissue them"]  # a comma inside quotes kept
    passes = outcomes.suggestions[0]
    assert passes.owner_text == "Head of Transport" and passes.due.on == date(2027, 6, 30)
    # prose with commas is no table
    assert not [s for s in outcomes.suggestions if s.title.startswith(("Hi all", "Thanks"))]


def test_a_minute_tables_rows_with_no_one_in_the_action_by_column_are_notes():
    text = ("Minute\tItem\tAction by\tDate\n"
            "12/01\tWelcome. The chair welcomed members and the meeting was quorate.\t—\t—\n"
            "12/02\tTransport. Complaints were reviewed; a letter to operators is needed.\tMark Walsh\t30/06/2027\n"
            "12/03\tRisk register. The register was reviewed and no changes were made.\t\t\n")
    outcomes = outcomes_for(parse_outcomes(text, meeting_date=date(2027, 5, 4)), date(2027, 5, 4))
    assert [s.owner_text for s in outcomes.suggestions if s.suggested] == ["Mark Walsh"]
    assert len(outcomes.suggestions) == 3  # the notes are shown, unticked


def test_an_action_table_with_no_owners_at_all_still_suggests_every_row():
    text = "Action\tOwner\tDue\nBook the hall for the open day\t\t30/06/2027\nSend the invitations\t\t15/06/2027\n"
    outcomes = outcomes_for(parse_outcomes(text, meeting_date=date(2027, 5, 4)), date(2027, 5, 4))
    assert titles(outcomes) == ["Book the hall for the open day", "Send the invitations"]


def test_an_entry_with_a_dotted_leader_to_its_owner_is_one_action_even_when_it_wraps():
    text = ("2. HOME TO SCHOOL TRANSPORT\n"
            "The group heard that two routes run late most mornings.\n"
            "Members noted the report ....................................... NOTED\n"
            "Write to the operator about the two late routes and tell the\n"
            "parents ................................................ ACTION: MW\n"
            "Book the hall for June ................................. ACTION: RH\n"
            "The chair thanked members.\n")
    assert owned(text) == [
        ("Write to the operator about the two late routes and tell the parents", "MW"),
        ("Book the hall for June", "RH")]  # a short entry is no heading; "NOTED" and the thanks are not actions


def test_roman_sub_items_are_read_with_the_lettered_item_that_leads_into_them():
    text = ("4. TRANSPORT\n\n"
            "(a)\tThe Board received the transport report.\n\n"
            "(b)\tRESOLVED –\n\n"
            "(i)\tthat the report be noted;\n\n"
            "(ii)\tOfficers to publish the new route map by the end of June.\n\n"
            "(c)\tOfficers to:\n\n"
            "(i)\twrite to the operators about late arrivals;\n\n"
            "(ii)\tbook the drivers' training day.\n\n"
            "(d)\tIn discussion, the following points were made:\n\n"
            "(i)\tMembers said the buses were often late.\n")
    assert owned(text) == [
        ("Publish the new route map by the end of June", "Officers"),
        ("Write to the operators about late arrivals", "Officers"),
        ("Book the drivers' training day", "Officers")]  # "(ii)" after a TAB is a list item, not a table row


def test_a_panel_of_previously_assigned_actions_is_not_this_meetings():
    text = ("Minutes\n\nThe action tracker was reviewed.\n\nPreviously agreed actions\n"
            "- T-04 Send the route map to schools – Completed\n- T-06 Review the pass policy – In progress\n\n"
            "Item 2 Transport\nRH to book the hall for the open day.\n")
    assert owned(text) == [("Book the hall for the open day", "RH")]


def test_a_question_and_its_answer_give_an_action_only_when_someone_is_named():
    text = ("Q (FH): How many pupils have a travel plan?\n"
            "A (LG): Not known yet. This will be collected.\n"
            "Q (AP): Can families see the routes?\n"
            "A (MW): MW will send the route list to the forum.\n")
    assert owned(text) == [("Send the route list to the forum", "MW")]


OWN_NOTES = """# My notes: Transport Reference Group, Monday 7 June 2027

*Sam Ridley, Parent Champion. These are my own notes for the forum, not the minutes.*

**Who was there:** Mark Walsh (MWa), Head of Transport; Pat Coles (PC), route planner; and me (SR).

## 1. Routes

- Pat said she would send me the new timetable by the 14th.
- I said I'd ask the forum which stops are hardest for wheelchair users.
- Mark talked about the late buses.

I'll chase Mark for the complaint figures.

## My to-do list

- Share the timetable on the Champions' page
"""


def test_a_champions_own_notes_give_the_writer_what_i_will_do():
    assert owned(OWN_NOTES, meeting_date=date(2027, 6, 7), names=frozenset({"mark", "walsh"})) == [
        ("Send me the new timetable by the 14th", "Pat"),  # "Pat Coles (PC)" introduces Pat; "she" is Pat
        ("Ask the forum which stops are hardest for wheelchair users", "Sam Ridley"),
        ("Chase Mark for the complaint figures", "Sam Ridley"),
        ("Share the timetable on the Champions' page", "Sam Ridley")]  # not "Who was there", not "talked about"


def test_first_person_lines_in_minutes_that_are_nobodys_own_notes_are_left_alone():
    text = "Sam Ridley, chair, opened the meeting.\n\nActions\n\n- I'll leave the forms at reception\n"
    assert writer_of(text.split("\n")) == ""  # no "my notes": no writer to give "I" to
    assert [s.source for s in parse_outcomes(text).meetings[-1].suggestions] == ["I'll leave the forms at reception"]
    assert writer_of(OWN_NOTES.split("\n")) == "Sam Ridley"


def test_a_log_whose_status_marks_new_rows_carries_the_others_from_earlier_meetings():
    text = ("Ref\tAction\tOwner\tStatus\n"
            "R1\tReview the pass policy\tHead of Transport\tIn progress\n"
            "R2\tBook the hall for the open day\tBusiness Support\tNew\n")
    assert owned(text) == [("Book the hall for the open day", "Business Support")]
    unmarked = text.replace("\tNew\n", "\tNot started\n")  # no row marked New: every open row is suggested
    assert len(owned(unmarked)) == 2


def test_a_review_tables_owner_with_a_helper_and_its_next_review_row():
    text = ("Who\tWhat\tBy when\n"
            "Sam, with TA\tWrite down three questions for the college visit\tMarch 2027\n"
            "All\tNext review\tJanuary 2028\n")
    suggestions = parse_outcomes(text, meeting_date=date(2027, 1, 12)).meetings[-1].suggestions
    assert [(s.title, s.owner_text) for s in suggestions if s.suggested] == [
        ("Write down three questions for the college visit", "Sam, with TA")]
    assert [s.title for s in suggestions if not s.suggested] == ["Next review"]  # when they meet again


def test_a_duty_explained_is_not_an_action_but_a_commitment_said_is():
    explained = "The officer explained that the council must reply within 15 days of the request."
    assert [s for s in parse_outcomes(explained).meetings[-1].suggestions if s.suggested] == []
    said = "The officer said that the council must reply to the family by Friday."
    assert [s.title for s in parse_outcomes(said).meetings[-1].suggestions if s.suggested] == [
        "Reply to the family by Friday"]


def test_names_listed_a_line_each_under_members_present_are_not_actions():
    text = ("Members present:\n"
            "Sam Ridley (SR), Head of Transport, Westmoor Council (Children's Services)\n"
            "Pat Coles (PC), Route Planner (Action: none)\n\n"
            "Item 1\nSR to send the route map to schools.\n")
    found = [s.title for s in parse_outcomes(text).meetings[-1].suggestions if s.suggested]
    assert found == ["Send the route map to schools"]


# --- the ninth batch's kinds of input ------------------------------------------------------------


def test_a_checklists_open_boxes_are_actions_and_its_ticked_boxes_are_done():
    text = ("🧭 Who's here\n\n- Ben Cole (BC) – Youth Worker\n- Ama Osei (AO) – SENCo\n\n"
            "☑️ Last meeting's checklist\n\n- ☐ @Ben Cole: leaflet for the youth club\n\n"
            "🗒️ Checklist\n\n"
            "- ☐ @Ben Cole: leaflet for the youth club – by Fri 5 Mar\n"
            "- ☐ Outreach team: archive the old referral forms\n"
            "- ☑ @Ama Osei: sent the rota to parents\n")
    assert owned(text, names=frozenset({"ben", "cole", "ama", "osei"})) == [
        ("Leaflet for the youth club – by Fri 5 Mar", "Ben Cole"),
        ("Archive the old referral forms", "Outreach team")]


def test_a_name_before_a_colon_owns_an_item_only_in_a_list_of_actions():
    topics = "What we talked about\n\n- Ben Cole: youth club numbers\n"
    assert owned(topics, names=frozenset({"ben", "cole"})) == []


def test_minutes_in_a_minute_column_table_with_the_action_cells_after_the_discussion():
    text = ("Minute\tItem / discussion\tAction\tLead\tBy when\n"
            "Min 12/004\tDeclarations of interest\n"
            "BC declared an interest as a school governor.\tNoted\t\t\n"
            "Min 12/005\tRespite review\n"
            "AO reported that 40 families are waiting.\n"
            "Members asked for a breakdown by area.\tSend the waiting list by area to members\tAO\t30/06/27\n"
            "Min 12/006\tOverdue actions\n"
            "The chair asked for new dates.\tGive the clerk new dates for overdue actions\tAll leads\tasap\n")
    assert owned(text, meeting_date=date(2027, 6, 1)) == [
        ("Send the waiting list by area to members", "AO"),
        ("Give the clerk new dates for overdue actions", "All leads")]


def test_an_action_cell_that_gives_nothing_to_do_is_not_an_action():
    text = ("Point\tAction\tOwner\n"
            "Budget outturn\tNoted – no action\tFinance\n"
            "Transport policy\tN/A\t\n"
            "Waiting list\tCarry forward\tAO\n"
            "Respite review\tSend the review to the forum\tAO\n")
    assert owned(text) == [("Send the review to the forum", "AO")]


def test_initials_the_attendance_defines_are_the_owner_in_full():
    names = frozenset({"nadia", "kaur", "nina", "khan", "tom", "evans"})
    text = ("Present: Dr Nadia Kaur (NK), Community Paediatrician; Dawn Fraser (DF), guest; Tom Evans (PCF)\n\n"
            "Actions\n\n- NK / DF to draft the letter to families\n- PCF to share the survey\n")
    suggestions = [s for s in parse_outcomes(text, names=names).meetings[-1].suggestions if s.suggested]
    assert [(s.owner_text, s.other_owners) for s in suggestions] == [
        ("Nadia Kaur", ("DF",)),  # DF is not one of the partnership's people: kept as written
        ("PCF", ())]  # "(PCF)" after Tom Evans is his organisation, not his initials


def test_initials_with_a_letter_more_that_the_attendance_defines_are_the_owner_in_full():
    names = frozenset({"nadia", "kaur", "neil", "kirby", "bea", "osei"})
    text = ("Present: Nadia Kaur (NK), Community Paediatrician; Neil Kirby (NeK), Transport; Bea Osei (BOs), SENCo;"
            " Ola Nwosu (OlN), guest; Kim Ng (KiM), guest\n\n"
            "Actions\n\n- NeK to ring the depot\n- BOs to share the survey\n- OlN to book the hall\n- NK to write up\n")
    suggestions = [s for s in parse_outcomes(text, names=names).meetings[-1].suggestions if s.suggested]
    assert [s.owner_text for s in suggestions] == [
        "Neil Kirby", "Bea Osei",
        "OlN",  # not one of the partnership's people: kept as written
        "Nadia Kaur"]
    assert defined_initials("Kim Ng (KiM), guest; Ann Lee (AnX)", frozenset({"kim", "ng", "ann", "lee"})) == {}


def test_owners_first_in_capitals_with_a_joint_verb_or_two_owners():
    text = ("Actions\n\n"
            "BC and AO: co-write the leaflet for families.\n\n"
            "AMA OSEI: finish the rota and send it to the panel.\n\n"
            "NOTED: the grant continues next year.\n")
    assert owned(text, names=frozenset({"ama", "osei"})) == [
        ("Co-write the leaflet for families", "BC"),
        ("Finish the rota and send it to the panel", "AMA OSEI")]


def test_no_later_than_is_the_due_date_over_a_before_that_describes_the_task():
    text = "AO: send the list of pupils who moved before Christmas to the panel, no later than 12 Jan.\n"
    suggestion = parse_outcomes(text, meeting_date=date(2027, 1, 5)).meetings[-1].suggestions[0]
    assert suggestion.due.on == date(2027, 1, 12)
    alone = "AO: send the list to the panel before Christmas.\n"  # the only date given is still the deadline
    assert parse_outcomes(alone, meeting_date=date(2027, 1, 5)).meetings[-1].suggestions[0].due.on == date(2027, 12, 24)


def test_next_board_with_its_month_is_that_month_unless_these_are_the_boards_minutes():
    day = date(2027, 3, 2)
    sub_group = "Data sub-group notes\n\nActions\n\n- LP to add the measure by next Board (June)\n"
    due = parse_outcomes(sub_group, meeting_date=day).meetings[-1].suggestions[0].due
    assert (due.kind, due.month) == ("meeting_in_month", date(2027, 6, 1))
    board = "Partnership Board minutes\n\nActions\n\n- LP to add the measure by next Board (June)\n"
    assert parse_outcomes(board, meeting_date=day).meetings[-1].suggestions[0].due.kind == "next_meeting"


def test_a_sentence_with_two_commitments_gives_each_its_own_owner():
    names = frozenset({"nadia", "kaur"})
    same = "Nadia will set up a drop-in for parents, and she'll write to every school about it by Friday."
    assert owned(same, names=names) == [("Set up a drop-in for parents", "Nadia"),
                                        ("Write to every school about it by Friday", "Nadia")]
    other = "Nadia will send the draft policy, and the youth forum will review it before June."
    assert owned(other, names=names) == [("Send the draft policy", "Nadia"),
                                         ("Review it before June", "the youth forum")]
    reported = "Nadia will send the draft policy, and parents said it was too long."
    assert owned(reported, names=names) == [("Send the draft policy, and parents said it was too long", "Nadia")]


def test_a_description_with_set_is_not_a_commitment_but_set_up_is():
    assert owned("Nadia will set the scene.", names=frozenset({"nadia"})) == []
    assert owned("Nadia will set up the room.", names=frozenset({"nadia"})) == [("Set up the room", "Nadia")]


def test_a_discussion_sentence_the_action_table_records_is_not_a_second_action():
    text = ("Discussion\n\n"
            "The group agreed to publish respite waiting times by area each term.\n"
            "Ama said the new café at the hub is popular with families.\n\n"
            "Action\tOwner\tDue\n"
            "Publish respite waiting times by area on the Local Offer\tAO\t30/06/2027\n")
    suggestions = parse_outcomes(text, meeting_date=date(2027, 6, 1)).meetings[-1].suggestions
    assert [s.title for s in suggestions if s.suggested] == ["Publish respite waiting times by area on the Local Offer"]
    assert [s.title for s in suggestions if not s.suggested] == [
        "Publish respite waiting times by area each term"]  # shown unticked: the row records it


def test_within_the_month_is_the_end_of_the_meetings_month():
    text = "AO to phone the family within the month.\n"
    due = parse_outcomes(text, meeting_date=date(2027, 3, 9)).meetings[-1].suggestions[0].due
    assert due.on == date(2027, 3, 31)
    busy = "AO to phone the family, as the month has been busy.\n"  # "the month" alone gives no date
    assert parse_outcomes(busy, meeting_date=date(2027, 3, 9)).meetings[-1].suggestions[0].due is None


def test_two_owners_each_to_do_something_in_one_sentence():
    text = "Follow-up: BC to ring the school about transport, and AO to book the taxi for Monday.\n"
    assert owned(text) == [("Ring the school about transport", "BC"), ("Book the taxi for Monday", "AO")]
    one = "Follow-up: BC to ring the school, and to explain the change to the family.\n"  # one owner, two steps
    assert [owner for _title, owner in owned(one)] == ["BC", "BC"]


def test_an_answer_under_a_quoted_question_is_its_signers_not_the_senders():
    text = ("From: Ama Osei <ama.osei@example.org>\nSent: 3 March 2027 10:00\nSubject: RE: questions\n\n"
            "My answers below.\n\n"
            "> Ben, can you check the minibus booking?\n\n"
            "Yes, I'll check it by Friday. – Ben\n\n"
            "> Who is writing to the college?\n\n"
            "[NK] I'll write to them on Monday.\n\n"
            "I'll send the agenda out tomorrow.\n")
    found = [(s.title, s.owner_text) for s in parse_outcomes(text).meetings[-1].suggestions if s.suggested]
    assert ("Check the minibus booking", "Ben") in found  # what he was asked, which his answer agreed to
    assert ("Write to them on Monday", "NK") in found
    assert ("Send the agenda out tomorrow", "Ama Osei") in found  # her own line, not an answer: the sender's


def test_the_chair_the_attendance_names_is_the_chair_who_acts():
    names = frozenset({"nadia", "kaur", "ben", "cole"})
    text = ("Attendees:\nNadia Kaur (NK) – Youth Lead (Chair)\nBen Cole (BC) – co-chair of the forum\n\n"
            "Actions\n\n- CHAIR: write to the college about the timetable\n")
    assert owned(text, names=names) == [("Write to the college about the timetable", "Nadia Kaur")]
    co_chair_only = "Attendees:\nBen Cole (BC) – co-chair of the forum\n\nActions\n\n- CHAIR: write to the college\n"
    assert owned(co_chair_only, names=names) == [("Write to the college", "CHAIR")]  # the group's chair: the reviewer's


# --- a meeting chat exported as its only record ---------------------------------------------------

CHAT = """Chat: Transport Review Group
Tuesday 9 March 2027

[14:01] Karen Doyle: Afternoon everyone, slides are in the files tab
[14:03] Owen Reid: Karen could you update the route costs sheet for the spring term?
[14:04] Karen Doyle: sure
[14:06] Priya Shah: I'll write to the three operators about the late pick-ups by Friday
[14:08] Owen Reid: Action for Dev - check the insurance on the new minibus
[14:09] Owen Reid: Priya can you ring the college about the timetable?
[14:10] Priya Shah: not sure that's me, it sits with admissions
[14:12] Dev Malik: Sent the map round just now
[14:13] Karen Doyle left the meeting
"""


def test_a_chat_export_reads_offers_granted_requests_and_actions_for_someone():
    found = owned(CHAT)
    owners = {owner for _, owner in found}
    assert {"Karen Doyle", "Priya Shah", "Dev"} <= owners
    assert any("route costs" in title.lower() for title, owner in found if owner == "Karen Doyle")
    assert any("operators" in title.lower() for title, owner in found if owner == "Priya Shah")
    assert any("insurance" in title.lower() for title, owner in found if owner == "Dev")


def test_a_chat_request_not_agreed_and_a_thing_already_done_are_not_actions():
    titles_found = " ".join(title.lower() for title, _ in owned(CHAT))
    assert "college" not in titles_found
    assert "map" not in titles_found
    assert "left the meeting" not in titles_found


def test_two_timestamped_lines_are_not_read_as_a_chat():
    from tracker.importer.chat import chat_export

    lines = ["[10:00] Mary Walker: I'll send the letters", "[10:05] Tom Evans: yes"]
    assert chat_export(lines, lambda line, who: f"{who}: {line}") == lines
    assert chat_export(lines + ["[10:06] Tom Evans: I'll ring her"], lambda line, who: f"{who}: {line}")[-2] == (
        "Tom Evans: I'll ring her.")  # a message ends as a sentence, never a heading


# --- an action log reviewed in matters arising ---------------------------------------------------

LOG_REVIEW = """Matters arising and action log

Action 12 - KD to renew the minibus lease.
Update: renewed until 2028. Closed - new action raised: KD to tell the schools about the new pick-up times by 30 April 2027.

Action 13 - OR to write to the college.
Progress: letter sent; no reply yet. Remains open.

Action: PS to book the venue for the summer event.
"""


def test_a_reviewed_log_action_is_not_new_but_the_action_its_update_raises_is():
    found = owned(LOG_REVIEW, meeting_date=date(2027, 3, 1))
    text = " ".join(title.lower() for title, _ in found)
    assert "lease" not in text and "college" not in text
    assert any("pick-up" in title.lower() and owner == "KD" for title, owner in found)
    assert any("venue" in title.lower() and owner == "PS" for title, owner in found)


def test_an_action_numbered_without_an_update_under_it_is_still_read():
    found = owned("Actions\n\nAction 14 - OR to write to the college by 5 April 2027.\n", meeting_date=date(2027, 3, 1))
    assert any("college" in title.lower() and owner == "OR" for title, owner in found)


# --- an agenda item approving an earlier meeting's minutes ----------------------------------------

def test_a_numbered_item_for_earlier_minutes_does_not_date_the_meeting():
    text = ("Transport group\n\n1. Welcome\nAll welcomed.\n\n2. Minutes of 14 January 2027\nAgreed.\n\n"
            "3. Escorts\nKD to recruit two escorts within two weeks.\n")
    found = [s for s in parse_outcomes(text, meeting_date=date(2027, 3, 10)).meetings[-1].suggestions if s.suggested]
    assert [s.due.on for s in found if "escort" in s.title.lower()] == [date(2027, 3, 24)]


def test_a_dated_heading_that_is_not_an_earlier_meetings_minutes_still_starts_a_meeting():
    text = "Meeting 14 January 2027\n\nKD to recruit two escorts within two weeks.\n"
    found = [s for s in parse_outcomes(text, meeting_date=date(2027, 3, 10)).meetings[-1].suggestions if s.suggested]
    assert [s.due.on for s in found] == [date(2027, 1, 28)]
