"""Owners and due dates in the words of real minutes (pure functions, no database)."""
from __future__ import annotations

from datetime import date

import pytest

from tracker.importer.due import MEETING_IN_MONTH, NEXT_MEETING, read_due
from tracker.importer.owners import Candidate, known_names, match_owner, reading_with
from tracker.importer.parse import parse_outcomes

MEETING = date(2025, 11, 12)  # a Wednesday


def only(text: str, day: date = MEETING):
    found = [s for s in parse_outcomes(text, meeting_date=day).meetings[-1].suggestions if s.suggested]
    assert len(found) == 1, [s.title for s in found]
    return found[0]


# --- owners as minutes write them ---------------------------------------------------------------


@pytest.mark.parametrize("text, owner, others, title", [
    ("Action: Jane Smith to circulate the report by 30 January", "Jane Smith", (),
     "Circulate the report by 30 January"),
    ("ACTION: TE and HB to convene a working group on transport", "TE", ("HB",),
     "Convene a working group on transport"),
    ("The Head of SEND undertook to provide the figures to the panel. (Action: MW)", "MW", (),
     "Provide the figures to the panel"),
    ("Mary Walker to circulate the revised guidance to schools.", "Mary Walker", (),
     "Circulate the revised guidance to schools"),
    ("YO will raise the late returns with the therapy leads.", "YO", (), "Raise the late returns with the therapy leads"),
    ("Priya agreed to write to every secondary head.", "Priya", (), "Write to every secondary head"),
    ("The PCF co-chair offered to run a session for parents.", "The PCF co-chair", (),
     "Run a session for parents"),
    ("MW/YO to write the commentary for Board.", "MW", ("YO",), "Write the commentary for Board"),
    ("Owen Reid and Grace Adeyemi to rewrite the protocol.", "Owen Reid", ("Grace Adeyemi",),
     "Rewrite the protocol"),
    ("Health colleagues will meet to clarify the pathway.", "Health colleagues", (),
     "Meet to clarify the pathway"),
    ("The Director of Education would write to all families affected.", "The Director of Education", (),
     "Write to all families affected"),
    ("Data and Performance Manager to track late reviews each month.", "Data and Performance Manager", (),
     "Track late reviews each month"),
])
def test_the_owner_is_read_wherever_minutes_put_it(text, owner, others, title):
    suggestion = only(text)
    assert (suggestion.owner_text, suggestion.other_owners, suggestion.title) == (owner, others, title)


def test_an_action_line_alone_is_one_suggestion_not_no_actions():
    """The issue's own example found "No actions found"."""
    suggestion = only("Action: Jane Smith to circulate the report by 30 January")
    assert suggestion.due_on == date(2026, 1, 30) and suggestion.confidence == "high"


@pytest.mark.parametrize("text", [
    "Members raised concerns about late changes to routes.",
    "This will make sure families know when their review is due.",
    "The dashboard will make sure members can see timeliness by school.",
    "Ten more schools will join in January.",
    "Transport to college",
])
def test_descriptions_and_topics_have_no_owner_and_are_not_commitments(text):
    found = [s for s in parse_outcomes(text, meeting_date=MEETING).meetings[-1].suggestions if s.suggested]
    assert found == []


PEOPLE = [
    Candidate(1, "Anne Price", "Independent Chair", ("Westmoor SEND Partnership",), "chair"),
    Candidate(2, "Ruth Hill", "Business Support Officer", ("Westmoor Council",), "secretary"),
    Candidate(3, "Mary Walker", "Head of SEND", ("Westmoor Council",), "member"),
    Candidate(4, "Mark Walsh", "Head of Transport", ("Westmoor Council",), None),
    Candidate(5, "Tom Evans", "PCF co-chair", ("Westmoor Parent Carer Forum", "PCF"), "member"),
    Candidate(6, "Priya Shah", "Director of Education", ("Westmoor Council",), "member"),
    Candidate(7, "Sarah Khan", "Participation Officer", ("Westmoor Council",), "member"),
    Candidate(8, "Sarah Kent", "School Improvement Adviser", ("Westmoor Council",), None),
    Candidate(9, "Sam Kerr", "Participation Officer", ("Westmoor Council",), "member"),
    Candidate(10, "Joe Whitby", "Assistant Director, Education and Inclusion", ("Westmoor Council",), None),
]


@pytest.mark.parametrize("written, person, how", [
    ("Mary Walker", "Mary Walker", "Full name"),
    ("MW", "Mary Walker", "Initials"),  # Mark Walsh is MW too, but not a member of the group
    ("Sarah", "Sarah Khan", "First name"),  # the member before Sarah Kent, who is not
    ("the Chair", "Anne Price", "Role in the group"),
    ("Director of Education", "Priya Shah", "Job title"),
    ("The PCF co-chair", "Tom Evans", "Job title"),
    ("Walsh", "Mark Walsh", "Surname"),  # no member fits, so everyone is searched
    ("M. Walker", "Mary Walker", "Full name"),
    ("Priya S", "Priya Shah", "Full name"),
    ("Dr Evans", "Tom Evans", "Surname"),
    ("AD Education & Inclusion", "Joe Whitby", "Job title"),  # its first words by their initials
])
def test_owners_match_members_first_then_everyone(written, person, how):
    match = match_owner(written, PEOPLE)
    assert match.person is not None and match.person.name == person
    assert match.how.startswith(how) and not match.problem


def test_a_name_that_fits_no_one_is_kept_and_flagged():
    match = match_owner("Jane Smith", PEOPLE)
    assert match.person is None and match.written == "Jane Smith"
    assert match.problem == "No one called Jane Smith: choose the owner"


def test_a_name_that_fits_several_is_flagged_with_who_it_could_be():
    match = match_owner("Participation Officer", PEOPLE)
    assert match.person is None
    assert match.problem == "Several people could be “Participation Officer” (Sarah Khan, Sam Kerr): choose the owner"


@pytest.mark.parametrize("written", ["Health colleagues", "Board members", "Partners"])
def test_a_collective_owner_is_not_one_person(written):
    match = match_owner(written, PEOPLE)
    assert match.person is None and match.problem == f"“{written}” is not one person: choose the owner"


def test_an_organisation_is_not_one_person():
    assert match_owner("Westmoor Council", PEOPLE).problem == \
        "“Westmoor Council” is an organisation, not one person: choose the owner"


# --- due dates in the action's words --------------------------------------------------------------


@pytest.mark.parametrize("words, due", [
    ("by 30 January", date(2026, 1, 30)),  # a year inferred forward from the meeting
    ("by Friday 9th October 2020", date(2020, 10, 9)),  # as written, though before the meeting
    ("by end of January 2026", date(2026, 1, 31)),
    ("on 20th May", date(2026, 5, 20)),
    ("17.7.12", date(2012, 7, 17)),
    ("by 3/11", date(2026, 11, 3)),  # day first; 3 November 2025 is before the meeting
    ("by 30/11", date(2025, 11, 30)),
    ("30 Sept", date(2026, 9, 30)),
    ("in June", date(2026, 6, 30)),
    ("tomorrow", date(2025, 11, 13)),
    ("by Friday", date(2025, 11, 14)),
    ("within two weeks", date(2025, 11, 26)),
    ("bring it back in a fortnight", date(2025, 11, 26)),  # said, in a transcript
    ("by Friday the 28th of November", date(2025, 11, 28)),  # the date, not the first Friday
])
def test_due_dates_in_the_words_relative_to_the_meeting(words, due):
    found = read_due(f"Circulate the report {words}", MEETING)
    assert found.kind == "date" and found.on == due and found.rule == ""


@pytest.mark.parametrize("words, due, rule", [
    ("next week", date(2025, 11, 21), "“next week” is taken as the Friday of the week after the meeting, 21 November 2025"),
    ("in the Autumn", date(2026, 11, 30), "“in the Autumn” is taken as the end of autumn, 30 November 2026"),
    ("in the New Year", date(2026, 1, 31), "“in the New Year” is taken as the end of January, 31 January 2026"),
    ("before the summer holidays", date(2026, 7, 20),
     "“before the summer holidays” is taken as the last day of term before them, 20 July 2026"),
    ("by the end of the financial year", date(2026, 3, 31), "“by the end of the financial year” is taken as 31 March 2026"),
])
def test_a_vague_period_gets_a_documented_date_and_says_so(words, due, rule):
    found = read_due(f"Hold the event {words}", MEETING if words != "in the Autumn" else date(2025, 12, 1))
    assert found.on == due and found.rule == rule


def test_by_the_next_meeting_is_the_next_meeting_not_a_date():
    found = read_due("Bring the recovery plan to the next meeting", MEETING)
    assert found.kind == NEXT_MEETING and found.on is None


def test_a_named_months_meeting_is_that_meeting():
    found = read_due("Present the plan at January's Board meeting", MEETING)
    assert found.kind == MEETING_IN_MONTH and found.month == date(2026, 1, 1)
    assert found.on == date(2026, 1, 31)  # used only when the diary has no meeting that month
    assert "when it is in the diary, else 31 January 2026" in found.rule


@pytest.mark.parametrize("text", [
    "Write to schools",
    "Share the figures with January's data",  # a month with no "in", "by" or "end of" is not a deadline
    "Check the packages agreed since January",
    "Track late reviews – ongoing",
])
def test_no_date_is_invented_where_the_words_give_none(text):
    assert read_due(text, MEETING) is None


def test_a_date_column_reads_a_month_on_its_own():
    assert read_due("June", MEETING, whole_cell=True).on == date(2026, 6, 30)
    assert read_due("June", MEETING) is None


def test_an_initial_or_a_title_does_not_end_the_sentence():
    suggestion = only("The Board heard the update. M. Walker to send the letters. Dr. Khan noted the risks.")
    assert (suggestion.owner_text, suggestion.title) == ("M. Walker", "Send the letters")


def test_with_the_partnerships_names_a_one_word_owner_must_be_one_of_them():
    names = known_names(PEOPLE)
    text = ("Videos to support people in self-isolation.\nHow to contact the SEND hub.\n"
            "Stockport will make sure the information is available.\nTom to book the hall.\n"
            "Co-produced Entitlement Framework to help support our settings.\n"
            "Coping with voice overs. We will share these on the Local Offer.")
    found = [s for s in parse_outcomes(text, meeting_date=MEETING, names=names).meetings[-1].suggestions
             if s.owner_text]
    assert [(s.owner_text, s.title) for s in found] == [("Tom", "Book the hall")]


@pytest.mark.parametrize("words, due", [
    ("by the end of the month", date(2025, 11, 30)),
    ("this month", date(2025, 11, 30)),
    ("by the end of next month", date(2025, 12, 31)),
])
def test_the_meetings_month_and_the_next(words, due):
    found = read_due(f"Write the summary {words}", MEETING)
    assert found.on == due and "is taken as the end of" in found.rule


def test_roman_numbered_resolutions_are_read():
    text = "It was RESOLVED that:\n(i) the self-evaluation be endorsed;\n(ii) the Head of SEND circulate a timetable."
    found = [s for s in parse_outcomes(text, meeting_date=MEETING).meetings[-1].suggestions if s.suggested]
    assert [(s.title, s.owner_text) for s in found] == [("Circulate a timetable", "the Head of SEND")]


def test_who_asks_is_not_who_does_it():
    found = only("The Forum asked officers to bring options for a recovery plan to the December meeting.")
    assert found.owner_text == "officers"
    assert found.title.startswith("Bring options for a recovery plan")


def test_she_after_a_named_owner_is_that_owner():
    found = [s for s in parse_outcomes(
        "Minutes 12 November 2025\n\nEducation\nThe SEND Casework Manager will remind schools that papers must go "
        "out two weeks before. She will also add this to the next SENCo briefing in January.\n",
        meeting_date=MEETING).meetings[-1].suggestions if s.suggested]
    assert [s.owner_text for s in found] == ["The SEND Casework Manager", "The SEND Casework Manager"]
    assert found[1].due_on == date(2026, 1, 31)


# --- the fourth batch's kinds of writing (41 to 48), each in words not in the corpus --------------


@pytest.mark.parametrize("written, person", [
    ("DCO", "Yusuf Okafor"),  # Designated Clinical Officer
    ("the PEP", "David Lowe"),  # Principal Educational Psychologist
    ("HoS", "Mary Walker"),  # Head of SEND
    ("DoE", "Priya Shah"),  # Director of Education
])
def test_a_job_title_written_by_its_initials_is_that_person(written, person):
    people = PEOPLE + [Candidate(10, "Yusuf Okafor", "Designated Clinical Officer", ("ICB",), "member"),
                       Candidate(11, "David Lowe", "Principal Educational Psychologist", ("Westmoor Council",), "lead")]
    match = match_owner(written, people)
    assert match.person is not None and match.person.name == person and match.how.startswith("Job title")


@pytest.mark.parametrize("text, owner", [
    ("The DCO will chase the community paediatricians for the missing advice.", "The DCO"),
    ("The SENDCo at Hillside agreed to host the next network meeting.", "The SENDCo at Hillside"),
    ("The ALNCo will check every IDP has a review date.", "The ALNCo"),
])
def test_a_role_by_its_initials_or_a_school_role_is_an_owner(text, owner):
    assert only(text).owner_text == owner


@pytest.mark.parametrize("text, title", [
    ("Jo to redo the sufficiency map with the new forecasts", "Redo the sufficiency map with the new forecasts"),
    ("Dev Patel will re-send the consent forms to the two families.", "Re-send the consent forms to the two families"),
    ("Amira Lewis will break the survey results down by age group.",
     "Break the survey results down by age group"),
])
def test_a_verb_done_again_or_with_a_particle_is_a_commitment(text, title):
    with reading_with(frozenset({"jo", "dev", "patel", "amira", "lewis"})):
        assert only(text).title == title


@pytest.mark.parametrize("words, due", [
    ("12-Feb-26", date(2026, 2, 12)),
    ("3/Mar/2026", date(2026, 3, 3)),
    ("w/c 17 November", date(2025, 11, 21)),
    ("week commencing 1/12/2025", date(2025, 12, 5)),
    ("end of Q4", date(2026, 3, 31)),
    ("by the end of quarter 1", date(2026, 6, 30)),
    ("Q2 2026/27", date(2026, 9, 30)),
])
def test_spreadsheet_dates_weeks_and_financial_quarters(words, due):
    found = read_due(words, MEETING)
    assert found is not None and found.on == due


def test_a_quarter_named_in_passing_is_no_deadline():
    assert read_due("The panel noted the Q2 return from providers", MEETING) is None


@pytest.mark.parametrize("text, due", [
    ("Action: Jo Baker to draft the transport leaflet. Target: end of January.", date(2026, 1, 31)),
    ("Dev Patel will update the tracker. Target: 5 December.", date(2025, 12, 5)),
])
def test_a_target_after_the_action_is_its_due_date(text, due):
    assert only(text).due_on == due


@pytest.mark.parametrize("text, title, due", [
    ("Minutes 12 November 2025\n\n- Jo Baker to write to the families on the list\n(by 28 November)\n",
     "Write to the families on the list (by 28 November)", date(2025, 11, 28)),
    ("Minutes 12 November 2025\n\nThe clerk will add the report to the agenda for the Board's\nMarch meeting.\n",
     "Add the report to the agenda for the Board's March meeting", date(2026, 3, 31)),
    ("Minutes 12 November 2025\n\nJo Baker to remind schools that bids close on 4\nDecember.\n",
     "Remind schools that bids close on 4 December", date(2025, 12, 4)),
])
def test_a_wrapped_line_is_joined_after_a_possessive_a_day_or_before_a_due_date_in_brackets(text, title, due):
    found = [s for s in parse_outcomes(text, meeting_date=MEETING).meetings[-1].suggestions]
    assert [(s.title, s.due_on) for s in found] == [(title, due)]


@pytest.mark.parametrize("written", ["Head of Young People's Services", "the Head of Young People’s Services"])
def test_a_job_title_with_a_possessive_matches_however_the_apostrophe_is_written(written):
    people = [Candidate(1, "Ana Cole", "Head of Young People's Services", ("Westmoor Council",), "member"),
              Candidate(2, "Ben Ford", "Head of Finance", ("Westmoor Council",), "member")]
    match = match_owner(written, people)
    assert match.person is not None and match.person.name == "Ana Cole" and match.how.startswith("Job title")


def test_before_christmas_is_christmas_eve_and_the_holidays_the_end_of_term():
    assert read_due("Send the letters before Christmas", MEETING).on == date(2025, 12, 24)
    assert read_due("Send the letters before the Christmas holidays", MEETING).on == date(2025, 12, 19)


@pytest.mark.parametrize("words, due", [
    ("by the 20th", date(2025, 11, 20)),  # later in the meeting's month
    ("by the 3rd", date(2025, 12, 3)),  # passed already: next month's
    ("by COP Friday", date(2025, 11, 14)),
])
def test_a_day_of_the_month_alone_and_close_of_play(words, due):
    assert read_due(f"Send the figures {words}", MEETING).on == due


@pytest.mark.parametrize("text", ["The school is on the 3rd floor", "Celebrate the 20th anniversary",
                                  "Send the figures by the 20th of December"])
def test_an_ordinal_that_is_not_a_day_of_this_month(text):
    found = read_due(text, MEETING)
    assert found is None or found.on == date(2025, 12, 20)


def test_a_termly_groups_term_meeting_is_its_next_meeting():
    assert read_due("Bring the plan to governors by the Spring term meeting", MEETING).kind == NEXT_MEETING
    assert read_due("Report back to this Committee's March meeting", MEETING).kind == MEETING_IN_MONTH
    assert read_due("Finish the audit by the end of the spring term", MEETING).kind == "date"


@pytest.mark.parametrize("address, person", [
    ("mary.walker@westmoor.gov.uk", "Mary Walker"),
    ("m.walker@westmoor.gov.uk", "Mary Walker"),
    ("priya_shah@example.org", "Priya Shah"),
    ("transport.team@westmoor.gov.uk", None),  # a team's address names no one
    ("walker@westmoor.gov.uk", None),  # a surname alone is not enough
])
def test_an_email_address_made_of_a_name_matches_that_person(address, person):
    from tracker.importer.owners import looks_like_owner

    found = match_owner(address, PEOPLE)
    assert looks_like_owner(address)
    assert (found.person.name if found.person else None) == person


@pytest.mark.parametrize("words, due", [
    ("in FY26/27", date(2027, 3, 31)),
    ("by the end of financial year 2025/26", date(2026, 3, 31)),
])
def test_a_named_financial_year_ends_on_31_march(words, due):
    assert read_due(f"Fund the review {words}", MEETING).on == due


def test_two_numbers_that_are_not_a_financial_year_are_no_date():
    assert read_due("Fund the review (FY26/28 bid)", MEETING) is None


SCHOOL = PEOPLE + [
    Candidate(10, "Nadia Kent", "Headteacher", ("Riverside Primary School",), None),
    Candidate(11, "Omar Bashir", "Head of Tribunals", ("Westmoor Council",), None),
]


def test_a_title_and_a_surname_two_people_share_is_flagged_not_given_to_the_member():
    found = match_owner("Mrs Kent", SCHOOL)  # Sarah Kent and Nadia Kent; neither is a member of the group
    assert found.person is None and "Several people" in found.problem
    found = match_owner("Ms Khan", PEOPLE + [Candidate(12, "Ayesha Khan", "Teacher", (), None)])
    assert found.person is None and {person.name for person in found.others} == {"Sarah Khan", "Ayesha Khan"}


def test_ht_is_the_headteacher_before_a_head_of_something_by_its_main_words():
    others = [person for person in SCHOOL if person.name not in ("Nadia Kent", "Mark Walsh")]
    assert match_owner("HT", SCHOOL).person.name == "Nadia Kent"  # before Mark Walsh, Head of Transport ("HoT")
    assert match_owner("HoT", others).person.name == "Omar Bashir"
    assert match_owner("HT", others).person.name == "Omar Bashir"  # no headteacher: the main words' initials


def test_the_minutes_own_attendance_says_who_mrs_surname_is():
    from tracker.importer.parse import parse_outcomes

    text = ("Governing body, 12 November 2025\n\nPresent: Mrs Nadia Kent (NK) – Headteacher; Mr Omar Bashir\n\n"
            "Trips\n\nMrs Kent to book the coach for the Year 6 trip.\nMr Bashir to check the insurance.\n")
    found = [s for s in parse_outcomes(text, meeting_date=MEETING).meetings[-1].suggestions if s.suggested]
    assert [s.owner_text for s in found] == ["Mrs Nadia Kent", "Mr Omar Bashir"]
    two = text.replace("Mr Omar Bashir", "Mrs Sarah Kent")
    found = [s for s in parse_outcomes(two, meeting_date=MEETING).meetings[-1].suggestions if s.suggested]
    assert found[0].owner_text == "Mrs Kent"  # two Mrs Kents: left as written


# --- eighth batch: the end of a working day before its weekday ------------------------------------


@pytest.mark.parametrize("written, due", [
    ("by 5pm Friday", date(2025, 11, 14)),
    ("end of play Monday", date(2025, 11, 17)),
    ("EOP Thursday", date(2025, 11, 13)),
    ("by 4.30pm on Tuesday", date(2025, 11, 18)),
])
def test_a_time_of_day_before_a_weekday_is_that_weekday(written, due):
    assert read_due(written, MEETING, whole_cell=True).on == due


def test_weeks_of_today_count_from_the_meeting_not_today_itself():
    found = read_due("Tell the school within two weeks of today", MEETING)
    assert found.on == date(2025, 11, 26)
    assert read_due("the figures of today", MEETING) is None  # "of today" alone is no deadline


def test_a_team_with_initials_in_brackets_is_the_person_the_initials_name():
    found = match_owner("Transport Team (MW)", PEOPLE)
    assert found.person.name == "Mary Walker" and found.written == "Transport Team (MW)"
    assert match_owner("Transport Team (ZZ)", PEOPLE).person is None  # no one's initials: the team, flagged
    with reading_with(known_names(PEOPLE)):
        assert parse_outcomes("Action: Write to the operators – Transport Team (MW)\n").meetings[-1] \
            .suggestions[0].owner_text == "Transport Team (MW)"


def test_an_actions_fields_go_to_it_when_the_discussion_said_it_first():
    text = ("Item 3\nThe group agreed a letter to the bus operators should be written.\n\nACTIONS\n\n"
            "- Write a letter to the bus operators\n- Owner: Head of Transport\n- Due: 30 January 2026\n"
            "- Update the route log\n")
    found = [s for s in parse_outcomes(text, meeting_date=MEETING).meetings[-1].suggestions if s.suggested]
    letter = next(s for s in found if "bus operators" in s.title)
    assert letter.owner_text == "Head of Transport" and letter.due.on == date(2026, 1, 30)
    log = next(s for s in found if "route log" in s.title)
    assert not log.owner_text and log.due is None  # the fields are not the next action's


# --- a weekday a week on, and a deadline at noon ---------------------------------------------------

def test_a_week_or_a_fortnight_on_a_weekday_is_that_weekday_a_week_or_two_later():
    meeting = date(2027, 6, 9)  # a Wednesday
    assert read_due("send the plan a week on Monday", meeting).on == date(2027, 6, 21)
    assert read_due("send the plan a fortnight on Thursday", meeting).on == date(2027, 6, 24)
    assert read_due("send the plan on Monday", meeting).on == date(2027, 6, 14)  # not a week on


def test_a_deadline_at_noon_on_a_weekday_is_that_weekday():
    meeting = date(2027, 6, 9)
    assert read_due("return the forms by 12 noon Friday", meeting).on == date(2027, 6, 11)
    assert read_due("return the forms by midday on Monday", meeting).on == date(2027, 6, 14)
    assert read_due("we met at noon in the hall", meeting) is None


def test_initials_defined_with_a_role_beside_them_and_a_team_acting_through_someone():
    from tracker.importer.owners import defined_initials, match_owner
    text = "Present: Nadia Khan (NK, chair); Mark Walsh (MWa, Head of Transport); Mary Walker (MW)"
    assert defined_initials(text, frozenset({"nadia", "khan", "mark", "walsh", "mary", "walker"})) == {
        "NK": "Nadia Khan", "MWa": "Mark Walsh", "MW": "Mary Walker"}
    people = [Candidate(id=1, name="Nadia Khan", job_title="Participation Officer", organisations=("Council",),
                        group_role="member")]
    assert match_owner("Digital Services (via NK)", people).person.name == "Nadia Khan"


def test_a_team_with_its_person_named_in_brackets_is_that_person():
    from tracker.importer.owners import looks_like_owner, without_gloss
    assert looks_like_owner("Community Paediatrics (Dr Anita Patel)")
    assert without_gloss("Sarah Khan with the youth forum") == "Sarah Khan"
    assert without_gloss("Liam (data)") == "Liam"


def test_a_team_named_with_for_in_it_or_a_centre_is_an_owner():
    from tracker.importer.owners import looks_like_owner, without_gloss
    assert without_gloss("The Preparing for Adulthood team at the council") == "The Preparing for Adulthood team"
    assert looks_like_owner("The Preparing for Adulthood team") and looks_like_owner("Polish Community Centre")
    assert not looks_like_owner("The Preparing for Adulthood strategy")  # a thing, not a team


def test_a_day_said_in_words_is_that_date_and_a_day_no_month_has_is_none():
    from tracker.importer.due import read_due
    assert read_due("Mary to write to the heads by the fourteenth of July", date(2027, 6, 9)).on == date(2027, 7, 14)
    assert read_due("by the twenty-first of June", date(2027, 6, 9)).on == date(2027, 6, 21)
    assert read_due("by the thirty first of June", date(2027, 6, 9)) is None
