"""The shapes minutes come in: agenda titles, attendance, labels and lists, tables, you said / we did,
and commitments written in prose (pure functions, no database)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tracker.importer.parse import parse_outcomes

MEETING = date(2026, 2, 3)


def suggested(text: str, day: date = MEETING):
    return [s for s in parse_outcomes(text, meeting_date=day).meetings[-1].suggestions if s.suggested]


def titles(text: str, day: date = MEETING) -> list[str]:
    return [s.title for s in suggested(text, day)]


def test_numbered_agenda_titles_are_headings_not_actions():
    text = ("1. Welcome and introductions\n\nThe Chair welcomed everyone.\n\n"
            "4. Review of the SEND strategy\n\nThe draft would be circulated to members by 20 February.\n\n"
            "Follow up actions\n\n1. Ruth Hill to book rooms for the next year\n2. Yusuf Okafor to invite a paediatrician")
    found = suggested(text)
    assert [s.title for s in found] == ["Circulate the draft to members by 20 February",
                                        "Book rooms for the next year", "Invite a paediatrician"]
    assert found[0].heading == "Review of the SEND strategy"
    assert [s.owner_text for s in found[1:]] == ["Ruth Hill", "Yusuf Okafor"]


def test_attendance_and_apologies_are_never_actions():
    text = ("Present: Anne Price (Chair), Mary Walker, Tom Evans\n\nApologies\n\n- David Lowe\n- Grace Adeyemi\n\n"
            "Attendees: MW (Mary Walker), YO (Yusuf Okafor)\n\nMary Walker to share the data by Friday.")
    assert titles(text) == ["Share the data by Friday"]


def test_a_label_governs_the_list_after_it_not_the_one_before():
    text = ("What we talked about\n\n• The new Local Offer search\n• Waiting times for assessments\n\n"
            "Our take away actions were:\n\n• Champions to test the search\n\n• Write a short guide for parents")
    found = parse_outcomes(text, meeting_date=MEETING).meetings[-1].suggestions
    assert [s.title for s in found if s.suggested] == ["Test the search", "Write a short guide for parents"]
    assert [s.confidence for s in found if "Local Offer" in s.source] == ["low"]


def test_agreed_the_following_actions_governs_the_sub_headed_lists_until_the_next_section():
    text = ("The group agreed the following actions.\n\nSupport while waiting\n\n- A leaflet for families\n\n"
            "- Resources schools already use\n\nTraining\n\n- A session for parents on sleep\n\n"
            "Any other business\n\nThe group thanked Tom.\n\nTopics for later\n\n- Short breaks")
    found = parse_outcomes(text, meeting_date=MEETING).meetings[-1].suggestions
    assert [s.title for s in found if s.suggested] == [
        "A leaflet for families", "Resources schools already use", "A session for parents on sleep"]
    assert not next(s for s in found if s.source == "Short breaks").suggested


def test_bullets_separated_by_blank_lines_or_a_paragraph_stay_one_list_with_their_heading():
    text = ("Next steps\n\n- Collect case studies from nurseries\n\n- Report take-up of funding\n\n"
            "These were agreed by everyone present.\n\n- Publish the guidance")
    found = suggested(text)
    assert [s.title for s in found] == ["Collect case studies from nurseries", "Report take-up of funding",
                                        "Publish the guidance"]
    assert all(s.heading == "Next steps" for s in found)


@pytest.mark.parametrize("table", [
    "Action\tOwner\tDue date\tStatus\tNew date\n"
    "Write to colleges about internships\tSarah Khan\t31/03/2026\tIn progress\t\n"
    "Map the transport offer\tDirector of Education\tMarch\tNot started\t30/04/2026\n"
    "Draft the charter\tMW\t01/03/2026\tComplete\t\n",
    "| Ref | Action | Lead | By when | Status | Revised date |\n|---|---|---|---|---|---|\n"
    "| 1 | Write to colleges about internships | Sarah Khan | 31/03/2026 | In progress | |\n"
    "| 2 | Map the transport offer | Director of Education | March | Not started | 30/04/2026 |\n"
    "| 3 | Draft the charter | MW | 01/03/2026 | Complete | |\n",
    "ACTION                                OWNER                  DUE          STATUS\n"
    "Write to colleges about internships   Sarah Khan             31/03/2026   In progress\n"
    "Map the transport offer               Director of Education  30/04/2026   Not started\n"
    "Draft the charter                     MW                     01/03/2026   Complete\n",
], ids=["tabs", "pipes", "fixed width"])
def test_tables_are_read_by_column(table):
    found = parse_outcomes(f"Action log\n\n{table}", meeting_date=MEETING).meetings[-1].suggestions
    assert [(s.title, s.owner_text, s.due_on, s.suggested) for s in found] == [
        ("Write to colleges about internships", "Sarah Khan", date(2026, 3, 31), True),
        ("Map the transport offer", "Director of Education", date(2026, 4, 30), True),  # the new date wins
        ("Draft the charter", "MW", date(2026, 3, 1), False),  # marked complete: shown, unticked
    ]


def test_a_fixed_width_cell_wrapped_onto_the_next_line_is_one_action():
    table = ("ACTION                                        OWNER           DUE\n"
             "Set up training on the new EHC needs          David Lowe      before the summer holidays\n"
             "  assessment request form\n")
    [found] = suggested(table)
    assert found.title == "Set up training on the new EHC needs assessment request form"
    assert found.due_on == date(2026, 7, 20) and "last day of term" in found.due.rule


def test_you_said_we_did_suggests_only_what_is_still_to_do():
    text = ("You said: Letters arrive too late.\nWe will: The SEND team will send review letters six weeks early.\n\n"
            "You said: It is hard to find who to contact.\nWe did: We put the team's names on the Local Offer.\n\n"
            "You said | We did\n"
            "| You said | We did |\n|---|---|\n| Bookings are hard | The council will open Easter bookings on 2 March |\n")
    found = suggested(text)
    assert [(s.title, s.owner_text) for s in found] == [
        ("Send review letters six weeks early", "The SEND team"), ("Open Easter bookings on 2 March", "The council")]


@pytest.mark.parametrize("sentence, expected", [
    ("A celebration event for the families who took part will be held in the New Year.",
     ["Hold celebration event for the families who took part in the New Year"]),
    ("A workforce plan would be developed.", ["Develop workforce plan"]),
    ("Colleagues will meet to clarify the admission criteria.", ["Meet to clarify the admission criteria"]),
    ("Schools are encouraged to share the charter with their governors.",
     ["Share the charter with their governors"]),
    ("The new dashboard would be available by the next meeting.",
     ["Make the new dashboard available by the next meeting"]),
    ("After a long discussion about the options for a new resource base, including the costs of both sites, "
     "colleagues will meet to clarify the admission criteria.", ["Meet to clarify the admission criteria"]),
])
def test_commitments_in_prose(sentence, expected):
    assert titles(sentence) == expected


def test_two_commitments_in_one_sentence_become_two_suggestions():
    found = suggested("SK to add three questions to the survey and to circulate the draft on 3/3.")
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Add three questions to the survey", "SK", None),
        ("Circulate the draft on 3/3", "SK", date(2026, 3, 3))]
    assert titles("A short film would be developed with the youth council, and schools are encouraged to "
                  "share the charter.") == ["Develop short film with the youth council", "Share the charter"]


def test_the_same_commitment_twice_becomes_one():
    assert titles("A workforce plan would be developed. It was agreed that a workforce plan would be "
                  "developed.") == ["Develop workforce plan"]


def test_a_description_of_what_something_does_is_not_a_commitment():
    assert titles("The dashboard will make sure that members can see timeliness. This will make sure "
                  "families know.") == []


def test_the_benchmark_meets_its_goals_and_ends_with_the_overall_line():
    result = subprocess.run([sys.executable, "-m", "bench.importer"], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).parents[2])
    last = result.stdout.strip().splitlines()[-1]
    match = re.fullmatch(r"overall: precision (\d\.\d\d), recall (\d\.\d\d), owners (\d\.\d\d), dates (\d\.\d\d)",
                         last)
    assert match, last
    precision, recall, owners, dates = map(float, match.groups())
    assert precision >= 0.85 and recall >= 0.85 and owners >= 0.90 and dates >= 0.90


def test_the_benchmark_scores_a_range_of_the_unseen_batches_by_their_numbers():
    from bench.importer import _chosen_documents

    chosen = _chosen_documents("660-666")
    assert sorted(int(path.name.split("_")[0]) for path, _ in chosen) == list(range(660, 667))
    assert all(labels["held_out"] for _, labels in chosen)
    assert [int(path.name.split("_")[0]) for path, _ in _chosen_documents("660")] == [660]


def test_the_benchmark_says_plainly_when_a_range_of_batches_is_not_first_last(capsys):
    from bench.importer import main

    for wrong in ("660..694", "six-seven"):
        with pytest.raises(SystemExit) as exited:
            main(["--next-batch", wrong])
        assert exited.value.code == 2
        assert "is not FIRST-LAST, for example 660-694" in capsys.readouterr().err


def test_the_guard_names_each_document_that_changed_and_counts_the_worse(tmp_path, capsys):
    from bench.importer_guard import compare

    def scores(folder, documents, total):
        folder.mkdir()
        (folder / "scores.json").write_text(json.dumps({"documents": documents, "totals": {"corpus": total}}))
        return folder

    line = "precision {}, recall {}, owners 1.00, dates 1.00".format
    before = scores(tmp_path / "before", {"a.txt": line("0.50", "1.00"), "b.txt": line("1.00", "1.00"),
                                          "c.txt": line("1.00", "0.50")}, line("0.80", "0.90"))
    after = scores(tmp_path / "after", {"a.txt": line("0.75", "1.00"), "b.txt": line("1.00", "1.00"),
                                        "c.txt": line("1.00", "0.25")}, line("0.81", "0.88"))
    assert compare(before, after) == 1
    printed = capsys.readouterr().out
    assert "BETTER  a.txt" in printed and "WORSE  c.txt" in printed and "b.txt" not in printed
    assert "TOTAL  corpus" in printed


def test_council_resolutions_suggest_what_someone_must_do_not_what_was_decided():
    text = ("32. STRATEGY REFRESH\n\nThe Director introduced the report.\n\nRESOLVED: That\n"
            "(a) the refreshed priorities be approved;\n"
            "(b) the Director of Public Health bring a delivery plan to the Board in March 2025;\n"
            "(c) a report on dental access by ward be circulated to members before the next meeting.\n\n"
            "33. BETTER CARE FUND\n\nThe Board noted the position.\n\nRESOLVED: That the report be noted.")
    found = parse_outcomes(text, meeting_date=date(2024, 11, 7)).meetings[-1].suggestions
    assert [(s.title, s.owner_text, s.suggested) for s in found] == [
        ("The refreshed priorities be approved", "", False),
        ("Bring a delivery plan to the Board in March 2025", "the Director of Public Health", True),
        ("Circulate report on dental access by ward to members before the next meeting", "", True),
    ]
    assert all(s.heading == "STRATEGY REFRESH" for s in found)


def test_he_or_she_is_the_person_the_sentence_before_was_about():
    [found] = suggested("Peter Grant said the strategy was out for consultation. He would share the summary "
                        "with members in March.")
    assert (found.title, found.owner_text) == ("Share the summary with members in March", "Peter Grant")


def test_a_request_someone_agreed_to_meet_is_one_action_of_theirs():
    [found] = suggested("Dr Khan asked for the waiting list figures; Peter agreed to provide them.")
    assert (found.title, found.owner_text) == ("Provide the waiting list figures", "Peter")


def test_an_agreed_label_is_not_a_heading_and_a_month_after_a_dash_is_that_months_meeting():
    text = ("3.0 Neglect strategy\nAgreed: The strategy will be launched at the conference in June.\n"
            "Action: SP/JB to agree the terms of reference – April meeting")
    launch, terms = suggested(text, date(2024, 3, 14))
    assert launch.heading == terms.heading == "Neglect strategy"
    assert (terms.owner_text, terms.other_owners) == ("SP", ("JB",))
    assert terms.due.kind == "meeting_in_month" and terms.due_meeting_month == date(2024, 4, 1)


def test_a_table_pasted_without_its_header_is_read_by_what_its_columns_hold():
    text = ("Item\tAgreed action\tResponsible\tTarget date\n"
            "5\tInvite the designated social care officer to join the group\tChair\tnext meeting\n\n"
            "Carried forward\n\n"
            "Write to the Department about the safety valve plan\tPriya Shah\t30/06/2024\n"
            "Share the new parent guide with GPs\tYO\tJune\n")
    found = suggested(text, date(2024, 4, 10))
    assert [(s.title, s.owner_text, s.due_by_next_meeting, s.due_on) for s in found] == [
        ("Invite the designated social care officer to join the group", "Chair", True, None),
        ("Write to the Department about the safety valve plan", "Priya Shah", False, date(2024, 6, 30)),
        ("Share the new parent guide with GPs", "YO", False, date(2024, 6, 30)),
    ]


def test_action_references_owner_and_due_fields_and_dashes():
    text = ("Trust Board – 5 September 2024\n\nChief Executive's report\n"
            "ACTION 24/31: Provide a breakdown of waiting times by service. Owner: Chief Operating Officer. "
            "Due: October 2024\n\nQuality committee report\n"
            "Action – Director of Nursing – to present the SEND improvement plan – by 30/11/24\n"
            "Action point: Company Secretary to update the board assurance framework, November.\n\n"
            "Questions from the public\n"
            "The Chair agreed that a written answer would be sent within 20 working days.\n\n"
            "Next meeting: 7 November 2024")
    parsed = parse_outcomes(text, meeting_date=date(2024, 9, 5))
    assert [meeting.heading for meeting in parsed.dated_meetings] == ["Trust Board – 5 September 2024"]
    found = [s for s in parsed.meetings[-1].suggestions if s.suggested]
    assert [(s.owner_text, s.due_on) for s in found] == [
        ("Chief Operating Officer", date(2024, 10, 31)), ("Director of Nursing", date(2024, 11, 30)),
        ("Company Secretary", date(2024, 11, 30)), ("", date(2024, 10, 3))]  # 20 working days on
    assert found[3].title == "Send written answer within 20 working days"


def test_email_notes_with_first_names_and_questions_to_someone():
    text = ("Next steps:\n- Owen to pull together the list of young people without a placement by Friday\n"
            "- Helen and Sarah will draft the letter to families (aim for end of next week)\n\n"
            "- Liam – can you check whether the data includes home-educated young people?")
    found = suggested(text, date(2026, 4, 21))
    assert [(s.owner_text, s.other_owners, s.due_on) for s in found] == [
        ("Owen", (), date(2026, 4, 24)), ("Helen", ("Sarah",), date(2026, 5, 1)), ("Liam", (), None)]
    assert found[2].title == "Check whether the data includes home-educated young people"


def test_an_action_summary_repeating_the_discussion_is_not_a_second_action():
    text = ("2 Progress\nThe Board asked for a case study showing the impact of the new assessment hub (MW).\n"
            "GA to share the therapy workforce plan with Board members.\n\n"
            "Actions\n1. Case study on the assessment hub – MW – July meeting\n"
            "2. Therapy workforce plan – GA – 19/06/2026\n"
            "3. Visit the hub with parents – TE")
    found = suggested(text, date(2026, 5, 28))
    assert [(s.owner_text, s.due.kind if s.due else None) for s in found] == [
        ("MW", "meeting_in_month"), ("GA", "date"), ("TE", None)]
    assert found[0].title.startswith("Provide case study showing the impact")  # the first wording kept
    assert found[1].due_on == date(2026, 6, 19) and found[2].title == "Visit the hub with parents"


def test_spelled_out_initials_are_not_owners():
    [found] = suggested("A report would be circulated by Clinical Commissioning Group (CCG).")
    assert found.owner_text == ""


def test_a_web_page_pasted_as_text_keeps_its_menus_and_footer_out():
    text = ("Skip to main content\nHome\n\n- Bins and recycling\n- Council tax\n- Schools and learning\n\n"
            "SEND Board summary\n\nThe Board agreed that an updated plan would be circulated by 30 March.\n\n"
            "Contact us\nAccessibility statement\nPrivacy notice\nCookies")
    assert titles(text) == ["Circulate updated plan by 30 March"]


def test_owner_and_due_fields_inside_a_bullet_and_an_owner_not_yet_known():
    text = ("Actions\n\n- Review the transition protocol. Lead: Owen Reid. Due: June\n"
            "- Write to parents about the survey; Owner: TBC\n\n"
            "Action\tOwner\tDue\nBook the venue\tTBC\t30/06/2026\n")
    found = suggested(text, date(2026, 4, 21))
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Review the transition protocol", "Owen Reid", date(2026, 6, 30)),
        ("Write to parents about the survey", "", None),
        ("Book the venue", "", date(2026, 6, 30))]


def test_numbered_paragraphs_asked_that_and_action_then_owner():
    text = ("5. Inclusion strategy\n5.1 The group reviewed the draft strategy.\n"
            "5.3 The Chair asked that all partners review their risk registers before the next meeting.\n"
            "5.4 Action: Circulate the slides from the workshop – RH\n\n"
            "6. Data\nActions agreed:\n• Share headline figures with the PCF by COB Friday – TE")
    found = suggested(text, date(2025, 1, 15))
    assert [(s.title, s.owner_text) for s in found] == [
        ("Review their risk registers before the next meeting", "all partners"),
        ("Circulate the slides from the workshop", "RH"),
        ("Share headline figures with the PCF by COB Friday", "TE")]
    assert found[0].heading == found[1].heading == "Inclusion strategy"
    assert found[2].due_on == date(2025, 1, 17)


def test_an_action_log_with_the_date_raised_reads_the_target_date():
    text = ("Action log\n\nRef\tDate raised\tDescription\tAction owner\tTarget completion date\tUpdate/comments\tRAG\n"
            "12\t04/03/2025\tAgree the joint funding panel terms\tYusuf Okafor\t30/04/2025\tDraft shared\tAmber\n"
            "14\t04/03/2025\tMap timeliness by school\tLiam Porter\t28/02/2025\tComplete\tBlue\n"
            "\nItem\tAgreed action\tLead\n1\tWrite to heads\tPS\n")
    found = parse_outcomes(text, meeting_date=date(2025, 3, 4)).meetings[-1].suggestions
    assert [(s.title, s.owner_text, s.due_on, s.suggested) for s in found] == [
        ("Agree the joint funding panel terms", "Yusuf Okafor", date(2025, 4, 30), True),
        ("Map timeliness by school", "Liam Porter", date(2025, 2, 28), False),
        ("Write to heads", "PS", None, True)]


def test_an_actions_cell_naming_several_owners_gives_one_suggestion_each():
    text = ("Item\tNotes\tActions\n"
            "Data\tThe group looked at timeliness.\tMW to send the data by 30 May. YO to check the figures\n"
            "AOB\tNone\t\n")
    found = suggested(text, date(2025, 5, 1))
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Send the data by 30 May", "MW", date(2025, 5, 30)), ("Check the figures", "YO", None)]


def test_should_and_must_name_an_owner_but_descriptions_of_a_service_do_not():
    text = ("Autism hub: The hub opened in January and will offer drop-in sessions every Tuesday. Families will "
            "be able to book online. Young people will have a named worker from Year 9.\n\n"
            "SENDIASS: Board members should promote the new chat to families they work with. Families need to "
            "know about it.")
    assert [(s.title, s.owner_text) for s in suggested(text)] == [
        ("Promote the new chat to families they work with", "Board members")]


def test_several_owners_actions_in_one_line_are_one_suggestion_each():
    found = suggested("Actions: MW to circulate the paper; YO to confirm the date by 3 April.")
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Circulate the paper", "MW", None), ("Confirm the date by 3 April", "YO", date(2026, 4, 3))]


def test_informal_notes_name_owners_as_people_write_them():
    names = frozenset({"anne", "price"})  # the partnership's people: no one in these notes
    text = ("Attendees: Helen (chair), Priya, Dev (Health)\n\n"
            "Dev explained the triage process and said he would find out the average wait before our next "
            "meeting.\n\nTransport: families have had problems with late taxis. Priya will raise this with the "
            "transport team. She also agreed to share the complaints process.\n\n"
            "- We agreed to put together a joint response by 27 Nov (Becky + Amir)\n"
            "- We talked about the consultation; lots of worries\n\n"
            "ACTIONS\nBecky - book the room for December\nSam: chase the council about the minutes\n")
    found = [s for s in parse_outcomes(text, meeting_date=date(2026, 11, 5), names=names).meetings[-1].suggestions
             if s.suggested]
    assert [(s.owner_text, s.title) for s in found] == [
        ("Dev", "Find out the average wait before our next meeting"),
        ("Priya", "Raise this with the transport team"),
        ("Priya", "Share the complaints process"),
        ("Becky", "Put together a joint response by 27 Nov"),
        ("Becky", "Book the room for December"),
        ("Sam", "Chase the council about the minutes")]
    assert found[1].source.startswith("Transport: families have had problems with late taxis.") or \
        "late taxis" in found[1].source  # what "this" is stays in view


def test_a_follow_up_sentence_gives_the_request_before_it_its_owner_and_date():
    text = ("Better Care Fund\nMembers asked for a breakdown of spend by locality. RM agreed to bring this to the "
            "December meeting.\n\nAOB\nKO asked that the annual report be circulated to members. Clerk to "
            "circulate by 30 October.\n\nDate of next meeting: 9 December 2026")
    found = suggested(text, date(2026, 10, 14))
    assert [(s.title, s.owner_text, s.due_on) for s in found] == [
        ("Provide breakdown of spend by locality", "RM", date(2026, 12, 9)),  # the minutes date that meeting
        ("Circulate the annual report to members", "Clerk", date(2026, 10, 30))]


def test_we_did_that_is_still_to_be_done_is_an_action():
    text = "You said: it is hard to find support.\nWe did: we are rewriting the pages and will publish them by March."
    [found] = suggested(text)
    assert found.due_on == date(2026, 3, 31)


def test_an_action_line_after_the_sentence_that_asked_for_it_is_one_action():
    text = ("2. Neglect strategy\nIt was agreed that the strategy should be shared with the advisory group before "
            "sign-off.\nAction: Partnership Manager to share the draft with the group by 31 January.\n\n"
            "3. Dashboard\nMembers asked for the number of tribunals to be added.\n"
            "ACTION: Liam Porter to agree the tribunal measures.\n\n"
            "4. Reports\nA report would be circulated to members.\nAction: MW to book the venue.")
    found = suggested(text, date(2027, 1, 8))
    assert [(s.title, s.owner_text) for s in found] == [
        ("Share the draft with the group by 31 January", "Partnership Manager"),
        ("Agree the tribunal measures", "Liam Porter"),
        ("Circulate report to members", ""), ("Book the venue", "MW")]  # nothing in common: two actions
    assert found[0].source.startswith("It was agreed that the strategy should be shared")


def test_owner_and_date_in_brackets_decisions_and_an_action_line_of_owner_and_date():
    text = ("Decisions\n- The pathway will go to the Board in April.\n- The group will meet every six weeks.\n\n"
            "Actions\n1. Add a section on internships (Owner: Tom Fisher, by: 25 February 2026)\n"
            "2. Ask the college for data on leavers (Owner: Grace Lin; by next meeting)\n"
            "3. Invite a young person to the next meeting (Owner: Chair)\n\n"
            "Waiting times\nThe Board asked for a recovery trajectory with monthly milestones.\n"
            "ACTION: CN - by January Board\n"
            "DoF to provide a forecast outturn at the next meeting.\n\n"
            "Action\tOwner\tDue\nReview the short breaks pages\tService Manager, Short Breaks\t30/09/2026\n")
    found = suggested(text, date(2026, 2, 4))
    assert [(s.owner_text, s.other_owners) for s in found] == [
        ("Tom Fisher", ()), ("Grace Lin", ()), ("Chair", ()), ("CN", ()), ("DoF", ()),
        ("Service Manager, Short Breaks", ())]
    assert found[0].title == "Add a section on internships" and found[0].due_on == date(2026, 2, 25)
    assert found[1].due_by_next_meeting and found[2].due_by_next_meeting  # "to the next meeting"
    assert found[3].title == "Provide recovery trajectory with monthly milestones"
    assert found[3].due.kind == "meeting_in_month" and found[3].due_meeting_month == date(2027, 1, 1)


def test_the_benchmark_scores_a_refused_document_as_nothing_suggested(tmp_path, capsys):
    """A document the importer refuses (it finds other meetings' outcomes but none for the meeting's
    date) is what a secretary meets: no suggestions. Scored so, with the reason, not a crash."""
    from bench.importer import corpus_people, score_document

    minutes = tmp_path / "other_meeting.txt"
    minutes.write_text("Meeting Outcomes 3 March 2026\n\nAction: Mary Walker to write to schools by 30 March.\n\n"
                       "Meeting Outcomes 14 April 2026\n\nAction: Liam Porter to book the hall by 1 May.\n",
                       encoding="utf-8")
    labels = {"meeting_date": "2026-06-09", "actions": [{"key": "write to schools", "owner": None, "due": None}]}
    score = score_document(minutes, labels, corpus_people(), verbose=True)
    assert (score.suggested, score.true_found, score.actions) == (0, 0, 1)
    assert "refused:" in capsys.readouterr().out
