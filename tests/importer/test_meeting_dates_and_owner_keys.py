"""The day of the next meeting as the minutes give it, and a table that is a key to the owners' initials:
kinds met in the tenth session's held-out batches, written here in new words."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.due import NEXT_MEETING, read_due
from tracker.importer.owners import defined_initials
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 3, 10)  # a Wednesday
NAMES = frozenset({"jo", "bell", "jon", "bates", "fern", "ali"})


def dues(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    """Each ticked suggestion's title: (the kind of its due date, the day it gives)."""
    found = outcomes_for(parse_outcomes(text, meeting_date=held, names=NAMES), held, lenient=True).suggestions
    return {s.title: (s.due.kind if s.due else "", s.due.on if s.due else None) for s in found if s.suggested}


INVITE = """Subject: Short breaks working group - April

Hi all, please accept this invite for our next short breaks working group meeting on Wednesday 14 April, 10-11.30am.

Actions from 10 March:
1. Fern Ali to bring the respite booking figures to the next meeting.
2. Jon Bates to send the provider list by 19 March.
"""


def test_the_next_meeting_dated_in_a_sentence_dates_an_action_due_then():
    found = dues(INVITE)
    assert found["Bring the respite booking figures to the next meeting"] == (NEXT_MEETING, date(2027, 4, 14))
    assert found["Send the provider list by 19 March"][1] == date(2027, 3, 19)


SCHEDULE = """Inclusion steering group - action log, updated after the meeting of 10/03/2027

Ref\tAction\tOwner\tDue\tStatus
7\tCirculate the revised banding descriptors\tJB\tNext meeting\tOpen
8\tShare the outreach timetable\tJB\t26/03/2027\tOpen

Meeting dates
Steering group\t13/01/2027
Steering group\t10/03/2027
Steering group\t05/05/2027
"""


def test_a_list_of_the_groups_meeting_dates_gives_the_next_ones_day():
    assert dues(SCHEDULE)["Circulate the revised banding descriptors"] == (NEXT_MEETING, date(2027, 5, 5))


def test_the_next_meeting_stays_undated_where_the_minutes_give_no_day():
    text = "Transport review 10 March 2027\n\nActions\nJon Bates to bring the route costs to the next meeting.\n"
    assert dues(text) == {"Bring the route costs to the next meeting": (NEXT_MEETING, None)}


def test_a_meeting_next_year_said_in_a_sentence_is_not_the_groups_next_meeting():
    text = ("Transport review 10 March 2027\n\nActions\nJon Bates to bring the route costs to the next meeting.\n"
            "The council's next budget meeting was postponed.\n")
    assert dues(text)["Bring the route costs to the next meeting"] == (NEXT_MEETING, None)


KEY_TABLE = """Provision panel actions, 10 March 2027

Action\tOwner\tBy
Write to the college about the placement\tJBa\t24/03/2027
Book the review meeting with the family\tJBe\t31/03/2027

Key to owners
Initials\tName\tRole
JBa\tJon Bates\tPanel officer
JBe\tJo Bell\tCase worker
"""


def test_a_table_keying_initials_to_names_says_who_each_owner_is():
    assert defined_initials(KEY_TABLE, NAMES) == {"JBa": "Jon Bates", "JBe": "Jo Bell"}
    assert ticked_in(KEY_TABLE, HELD, NAMES) == {
        "Write to the college about the placement": ("Jon Bates", date(2027, 3, 24)),
        "Book the review meeting with the family": ("Jo Bell", date(2027, 3, 31))}


def test_a_key_table_ends_at_its_first_row_that_is_not_initials():
    text = "Initials | Name\nJBa | Jon Bates\nPanel officers are named in full below | Jo Bell\n"
    assert defined_initials(text, NAMES) == {"JBa": "Jon Bates"}


CASE_REVIEW = """Dynamic support register review, 10 March 2027

Outcome: remains RED. JB and FA to keep in touch weekly by exception until a placement is found.
Jo Bell said she would ask the short breaks team whether a carer could start before Easter, and would let Fern know.
The therapy service will continue monthly visits until the move.
Fern Ali to keep the placement tracker up to date.
"""


def test_an_arrangement_that_carries_on_is_not_a_new_action():
    found = suggested_in(CASE_REVIEW, HELD, NAMES)
    assert not found["Keep in touch weekly by exception until a placement is found"][2]
    assert not found["Continue monthly visits until the move"][2]
    assert found["Keep the placement tracker up to date"][2]  # a task, kept up


def test_saying_how_it_went_is_part_of_the_action_before_it():
    found = suggested_in(CASE_REVIEW, HELD, NAMES)
    assert found["Ask the short breaks team whether a carer could start before Easter"][0] == "Jo Bell"
    assert not found["Let Fern know"][2]


def test_a_line_marked_not_new_is_not_a_new_action():
    text = ("Huddle 10 March 2027\n\n- Jo Bell to phone the family on Friday\n"
            "- Fern Ali to check in on home visits (standing rule, not new)\n"
            "- Jon Bates to send the letters (agreed last month, not new)\n")
    assert ticked_in(text, HELD, NAMES) == {"Phone the family on Friday": ("Jo Bell", date(2027, 3, 12))}


def test_a_months_meeting_dated_in_the_same_breath_is_due_that_day():
    text = ("Parents' question time, 10 March 2027\n\nJo Bell said she would bring the transport figures to the "
            "May Board, which is Thursday 20 May, and hoped parents would come.\n")
    assert list(ticked_in(text, HELD, NAMES).values()) == [("Jo Bell", date(2027, 5, 20))]


CLINIC_LETTER = """Clinic:   Wednesday 10 March 2027, Child Development Centre
Dictated: 10/03/2027
Typed:    17/03/2027  KB

Dear Dr Ahmed

Re: Sam TURNER   DOB 02/05/2019

Plan:
  1. I will refer Sam to the dietitian for advice on his restricted diet.
  2. Dad has agreed to keep a food diary for two weeks and bring it to the next clinic.
  3. I will review Sam in clinic in 4 months.

Yours sincerely



Dr Fern Ali  MBBS MRCPCH
Consultant Community Paediatrician
"""


def test_a_clinic_letters_plan_is_the_clinics_and_its_i_is_whoever_signs_it():
    found = ticked_in(CLINIC_LETTER, HELD, NAMES)  # typed a week later: still the clinic's plan
    assert found["Refer Sam to the dietitian for advice on his restricted diet"] == ("Fern Ali", None)
    assert found["Review Sam in clinic in 4 months"] == ("Fern Ali", date(2027, 7, 10))
    diary = next(owner for title, (owner, _due) in found.items() if title.startswith("Keep a food diary for two weeks"))
    assert diary == "Dad"  # a task, not an arrangement carrying on


CASE_PRINT = """Early Help review, 10 March 2027 - Family record FH-0193
Review date\t10/03/2027 14:00
Status\tCompleted – authorised 11/03/2027

Progress on previous plan (Review 1, 13/01/2027)
Ref\tAction\tWho\tBy\tStatus
P1.1\tApply for the nursery place\tMum\t31/01/2027\tComplete

Updated family plan
Ref\tAction\tWho\tBy\tStatus
R2.1\tRefer Kai to the young carers service\tJo Bell\t24/03/2027\tOpen
"""


def test_a_case_records_stamps_and_its_last_plan_start_no_meeting():
    assert ticked_in(CASE_PRINT, HELD, NAMES) == {"Refer Kai to the young carers service": ("Jo Bell", date(2027, 3, 24))}


def test_easy_read_notes_say_who_will_do_it_and_when_under_each_action():
    text = ("Youth forum notes\n\nWednesday 10 March 2027\n\nWhat will happen:\n\n"
            "We will ask the council about the skate park.\n  Who will do it: Jo Bell\n  When: by the end of March\n")
    assert ticked_in(text, HELD, NAMES) == {"Ask the council about the skate park": ("Jo Bell", date(2027, 3, 31))}


def test_something_to_consider_is_not_a_task_but_a_promise_to_consider_is():
    text = ("Transport group, 10 March 2027\n\n"
            "The ICB will consider the travel training business case on 14 April.\n"
            "Jo Bell to consider a second pick-up point instead.\n"
            "Jon Bates to consider and respond to the fares consultation by 31 March.\n"
            "Summer cover would also be considered for the routes that run in the holidays.\n")
    found = suggested_in(text, HELD, NAMES)
    assert not found["Consider a second pick-up point instead"][2]
    assert found["Consider and respond to the fares consultation by 31 March"][2]
    assert found["Consider summer cover for the routes that run in the holidays"][2]  # the group's own promise
    assert not any(tick for title, (_owner, _due, tick) in found.items() if "business case" in title)


def test_a_topic_kept_for_later_and_the_next_meetings_notice_are_not_tasks():
    text = ("Champions network, 10 March 2027\n\n- Jo Bell to book the library room for April\n"
            "- Fern Ali will come back to it in July once the survey closes\n"
            "- Next network meeting: Wednesday 12 May 2027, 1-3pm, Central Library\n")
    assert ticked_in(text, HELD, NAMES) == {"Book the library room for April": ("Jo Bell", date(2027, 4, 30))}


def test_next_and_a_weekday_is_that_day_in_the_week_after_the_meetings():
    tuesday = date(2027, 4, 20)
    text = ("Working group, Tuesday 20 April 2027\n\n- Jo Bell to share the themes by next Wednesday\n"
            "- Fern Ali to send the dates by Friday\n")
    assert ticked_in(text, tuesday, NAMES) == {"Share the themes by next Wednesday": ("Jo Bell", date(2027, 4, 28)),
                                               "Send the dates by Friday": ("Fern Ali", date(2027, 4, 23))}


def test_a_meeting_tools_next_steps_name_their_owner_in_square_brackets():
    text = ("Notes by the meeting tool, 10 March 2027\n\nSuggested next steps\n\n"
            "- [Jo Bell] Venue Booking: Book the youth centre for the April session by March 19.\n"
            "- [Topic] Venue: The youth centre is the usual place.\n")
    found = ticked_in(text, HELD, NAMES)
    assert found["Book the youth centre for the April session by March 19"] == ("Jo Bell", date(2027, 3, 19))
    assert not any(owner == "Topic" for owner, _due in found.values())  # a tag in brackets is no one


def test_a_day_gone_by_retold_beside_the_promise_does_not_date_it():
    said = ("The draft strategy had been considered by the leadership team on 5 January. JB said she would "
            "present the draft strategy to Cabinet on 9 March.")
    assert read_due(said, date(2027, 1, 14)).on == date(2027, 3, 9)
    assert read_due("JB will present it on 5 January", date(2027, 1, 14)).on == date(2028, 1, 5)  # the only day said


def test_a_question_and_answer_table_reads_the_answers_promises():
    text = ("Coffee morning, 10 March 2027\n\n| What we asked | What they said |\n|---|---|\n"
            "| Why does the wait take so long? | Fern Ali said it was staffing. She will send us the waiting times "
            "by the end of March. |\n| Grace Adeyemi? | see row 6 |\n")
    found = ticked_in(text, HELD, NAMES)
    assert found == {"Send us the waiting times by the end of March": ("Fern Ali", date(2027, 3, 31))}



SUPPORT_PLAN = """SEN support plan review, 10 March 2027

Pupil\tKJ\tYear / class\tYear 5\tDOB\t02/02/2017
Primary area of need\tSpeech, language and communication\tSEN support since\tSept 2025
Class teacher\tMrs Ali\tSENCo\tMr Bates

Actions from the last plan (13/01/27)\tWho\tWhen\tDone?
Send the speech and language referral\tSENCo\tFeb half term\tNo

Target (SMART)\tProvision (who / how often)\tSuccess criteria
KJ will answer who and where questions about a story\tLanguage group, Mrs Ali, twice a week\t8 of 10 answered

Agreed actions\tWho\tBy when
Re-send the speech and language referral on the new form\tMr Bates\t19/03/2027
"""


def test_a_support_plans_details_targets_and_last_plan_are_not_this_reviews_actions():
    found = suggested_in(SUPPORT_PLAN, HELD, NAMES)
    assert {title for title, (_owner, _due, tick) in found.items() if tick} == {
        "Re-send the speech and language referral on the new form"}


def test_before_summer_is_before_the_summer_holidays_and_a_week_begun_is_this_week():
    may = date(2027, 5, 20)
    assert read_due("before summer", may).on == date(2027, 7, 20)
    assert read_due("before the summer hols", may).on == date(2027, 7, 20)
    assert read_due("by summer", may).on == date(2027, 8, 31)  # the season, as before
    assert read_due("w/c 14 June", date(2027, 6, 16)).on == date(2027, 6, 18)  # said on the Wednesday of that week


def test_words_after_the_next_meetings_name_date_it_only_when_they_are_a_day():
    text = ("Transport review 10 March 2027\n\n- Jon Bates to bring the route costs to the next meeting\n"
            "- For the next board: Jo Bell to send the figures by Friday\n")
    assert dues(text)["Bring the route costs to the next meeting"] == (NEXT_MEETING, None)  # not Friday 12 March
    dated = "Transport review 10 March 2027\n\n- Jon Bates to bring the route costs to the next meeting\n\nNext mtg: Tues 13th April\n"
    assert dues(dated)["Bring the route costs to the next meeting"] == (NEXT_MEETING, date(2027, 4, 13))
