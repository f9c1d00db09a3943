"""Replies that quote a draft with its tables, corrections typed into a reply, board exports and the
other kinds of writing met in the eighth session's held-out batches. Written here in new words, not
taken from the corpus."""
from __future__ import annotations

import json
from datetime import date

import pytest

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.owners import Candidate, match_owner
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 4, 14)  # a Wednesday
NAMES = frozenset({"anne", "price", "owen", "reid", "kemi", "adams"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    return suggested_in(text, held, NAMES)


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


QUOTED_DRAFT = """From: Kemi Adams <kemi.adams@example.org>
Subject: Re: draft notes - transport group 14.4.27

Hi Lou, two small things below.

On Wed, 14 Apr 2027 at 17:02, Lou Barker <lou@example.org> wrote:
> TRANSPORT WORKING GROUP - Wednesday 14 April 2027
>
> 1. Log from March
>
>  Action                          | Owner       | Status
>  --------------------------------|-------------|------------------
>  Route review for the            | Owen Reid   | Ongoing, c/f
>  Hillside minibus                |             |
>  Passenger assistant training    | Kemi Adams  | Complete
>
> 2. Pick-up times
>
> Families said the new pick-up window is too early for some children.
> Owen Reid to write to the operator about a later pick-up window by
> Friday 23 April.
"""


def test_a_table_quoted_in_a_reply_reads_as_its_rows_not_as_columns_of_words():
    found = suggested(QUOTED_DRAFT)
    assert found["Route review for the Hillside minibus"][0] == "Owen Reid"  # its first cell run on to a line
    assert not any(title.startswith(">") or "|" in owner for title, (owner, _, _) in found.items())
    assert ticked(QUOTED_DRAFT)["Write to the operator about a later pick-up window by Friday 23 April"] == \
        ("Owen Reid", date(2027, 4, 23))


def test_a_quoted_passage_pasted_without_its_email_reads_as_the_passage():
    passage = "\n".join(line for line in QUOTED_DRAFT.splitlines() if line.startswith(">"))
    found = suggested(passage)
    assert not any(title.startswith(">") for title in found)
    assert ticked(passage)["Write to the operator about a later pick-up window by Friday 23 April"] == \
        ("Owen Reid", date(2027, 4, 23))


def test_a_board_export_whose_card_text_breaks_lines_is_read_not_a_crash():
    # a card's description keeps its line breaks inside the JSON string, commas and all
    export = {"name": "Transport workstream", "cards": [
        {"name": "Workstream meeting 14/04/2027 - notes", "idMembers": [], "closed": False,
         "desc": "Present: Owen, Kemi, Lou.\n\n- Pick-up times, routes and escorts discussed.\n"
                 "- Kemi Adams to write to the operator about pick-up times, by Friday 23 April."},
    ]}
    found = ticked("Transport workstream\n\n" + json.dumps(export, indent=2))
    assert found["Write to the operator about pick-up times, by Friday 23 April"] == ("Kemi Adams", date(2027, 4, 23))


PANEL_SHORTHAND = """NORTHGATE PLACEMENT PANEL
Mtg 14/04/27 (Weds) 10.00-12.00 Town Hall rm 2
Key: A = action, Agrd = agreed, NFA = no further action, hm = home, EOHT = end of half term (28/5),
nxt mtg = 12/5.

1. Case 27/101  Y8  SEMH, part-time timetable since Feb.
   Agrd: 4 wks at the Hub from w/c 19/4, review at nxt mtg.
   A: KA send the transport form to the Hub by Fri
   A: OR ring hm about start times b4 EOHT
   A: KA book the review room for nxt mtg
2. Case 27/102  Y10  NFA. Stays at school.
"""


def test_a_clerks_key_spells_out_the_shorthand_and_A_labels_an_action_line():
    found = ticked(PANEL_SHORTHAND)
    assert found["Send the transport form to the Hub by Fri"] == ("KA", date(2027, 4, 16))
    # "EOHT" and "nxt mtg" are dates in the key; the notes' own words stay, spelt out beside them
    assert found["Ring hm (home) about start times b4 EOHT (end of half term (28/5))"] == ("OR", date(2027, 5, 28))
    assert found["Book the review room for nxt mtg (12/5)"] == ("KA", date(2027, 5, 12))
    assert not any(title.startswith("4 wks") for title in found)  # "Agrd:", agreed: a decision


def test_without_a_key_A_before_initials_and_a_verb_still_labels_an_action_but_an_answer_is_not_one():
    notes = ("Notes of the transport group, 14 April 2027\n\n"
             "Q: Will the Hub run in the holidays?\nA: NFA, it closes in August.\n\n"
             "Pick-up times discussed at length.\nA: KA write to the operator about later pick-ups by 23/4\n"
             "OR to tell families once the operator replies.\n")
    found = ticked(notes)
    assert found["Write to the operator about later pick-ups by 23/4"] == ("KA", date(2027, 4, 23))
    assert found["Tell families once the operator replies"][0] == "OR"  # a line of its own, not run on
    assert not any("closes in August" in title for title in found)


ACTIONS_BY_NAME = """Subject: Heads' phase group - notes (14 April)

HEADLINES
- Outreach visits are still slow to start.

ACTIONS

TAMSIN (Brookside)
  * send round the attendance letter template - by Friday please
  * the summer meeting room - already sorted, nothing for you there

LEO (Hill Top)
  * the May meeting at Hill Top is confirmed and the hall is booked - thanks
  * collect the outreach waiting list figures before we next meet

EVERYONE
  * bring your Year 6 transition dates to the May meeting

Next meeting: Wednesday 19 May, 1.30pm, Hill Top.
"""


def test_a_name_in_capitals_over_a_list_of_actions_owns_the_items_under_it():
    found = suggested(ACTIONS_BY_NAME)
    assert found["Send round the attendance letter template - by Friday please"][:3] == ("Tamsin", date(2027, 4, 16), True)
    assert found["Collect the outreach waiting list figures before we next meet"][0] == "Leo"  # not in the directory
    assert found["Bring your Year 6 transition dates to the May meeting"][0] == "Everyone"
    # what is reported done or booked under a name is not given to them
    assert not any(tick for title, (_, _, tick) in found.items() if "already sorted" in title or "is booked" in title)


def test_before_we_next_meet_is_the_next_meeting_and_a_month_meeting_takes_the_next_meetings_date_without_its_year():
    found = suggested(ACTIONS_BY_NAME)
    collect = outcomes_for(parse_outcomes(ACTIONS_BY_NAME, meeting_date=HELD, names=NAMES), HELD, lenient=True).suggestions
    assert next(s for s in collect if s.title.startswith("Collect the outreach")).due_by_next_meeting
    assert found["Bring your Year 6 transition dates to the May meeting"][1] == date(2027, 5, 19)


PROVISION_MAP = """Provision map, summer term
Termly review meeting 14/04/27 (KA SENCo, OR head). Pupils by initials only.
PROVISION\t\t\t\tREVIEW 14/04/27\t\t
Need\tIntervention\tDelivered by\tReview decision\tNext step\tWho\tBy when
C&L\tTalk group\tTA - JM\tContinue\tRe-screen the Year 1 group with the new tool\tJM\t30/04/2027
SEMH\tNurture club\tTA - EM\tChange\tMove the club to lunchtimes and tell parents\tEM\t07/05/2027
Maths\tCatch-up\tTA - SP\tReview\tLook at cost against impact with the business manager\tOR\t21/05/2027

Review notes 14.04.27

Other actions\t\tWho\tBy when
a\tSend parents the termly review letter\tClass teachers\t23/04/2027
"""


def test_a_provision_maps_next_steps_are_read_under_a_band_over_its_header_with_its_notes_sheet():
    found = ticked(PROVISION_MAP)
    # "Delivered by" is who runs the group, not a date; "By when" is the due date
    assert found["Re-screen the Year 1 group with the new tool"] == ("JM", date(2027, 4, 30))
    assert found["Look at cost against impact with the business manager"] == ("OR", date(2027, 5, 21))
    # the notes sheet's small grid: its letters are item marks, the action is in the column beside them
    assert found["Send parents the termly review letter"] == ("Class teachers", date(2027, 4, 23))


OFFICER_SUMMARY = """From: "Reid, Owen" <owen.reid@example.org>
To: Marsh, Bryony; Kemi Adams; Ilse Varga <ilse@example.org>
Subject: Transitions meeting 14/04 - summary

Hi all,

We went through the list of young people turning 18 this year. Priorities: (1) housing, (2) transport, (3) work experience.

In terms of what we agreed: (1) Bryony will confirm which families have had a Care Act assessment, by the end of April; (2) I will update the tracker and recirculate it at least a week before the next meeting (Wed 19 May); (3) Kemi said she'd check the post-19 travel eligibility; and (4) Ilse will send me the college's list by Friday.

Thanks,
Owen
"""


def test_a_numbered_list_written_inside_a_paragraph_after_what_was_agreed_is_read_item_by_item():
    found = ticked(OFFICER_SUMMARY)
    # names the email is addressed to are people, whether or not in the directory
    assert found["Confirm which families have had a Care Act assessment, by the end of April"] == \
        ("Bryony", date(2027, 4, 30))
    assert found["Check the post-19 travel eligibility"][0] == "Kemi"  # "said she'd"
    assert found["Send me the college's list by Friday"] == ("Ilse", date(2027, 4, 16))
    assert not any(title.lower().startswith(("housing", "transport")) for title in found)  # priorities, not actions


def test_a_lead_time_before_a_date_is_taken_off_it():
    found = ticked(OFFICER_SUMMARY)
    title = next(title for title in found if title.startswith("Update the tracker"))
    assert found[title] == ("Owen Reid", date(2027, 5, 12))  # a week before Wednesday 19 May
    assert ticked("Notes 14 April 2027\n\nAction: Kemi Adams to send the papers 5 working days before the Board on "
                  "21 May.\n")["Send the papers 5 working days before the Board on 21 May"][1] == date(2027, 5, 14)
    # "waiting over 20 weeks" is how long, not a lead time
    assert ticked("Notes 14 April 2027\n\nAction: Kemi Adams to contact every family waiting over 20 weeks before "
                  "the end of May.\n")["Contact every family waiting over 20 weeks before the end of May"][1] == \
        date(2027, 5, 31)


TEAMS_RECAP = """Transport working group - April
Wednesday, 14 April 2027 · 10:00 - 11:00 · Organiser: Lou Barker

Agenda / notes (Loop)

1. Pick-up times – Owen
2. Escort training – Kemi

Tasks

☐\tTask\tAssigned to\tDue date
☐\tBook the May room\tLou Barker\t23/04/2027
☑\tPost the escort leaflet link in the chat\tKemi Adams\t14/04/2027

Lou 15/4 – I've checked the AI follow-up tasks below against the recording: no. 3 is wrong, we only talked about it. No. 4 is the same as no. 1.

Follow-up tasks

Suggested by Copilot

1. Owen Reid will write to the operator about later pick-up times by Friday.
2. Kemi Adams will share the escort training dates with schools.
3. Owen Reid will run a survey of all families about transport.
4. Owen Reid to contact the operator about pick-up times.
"""


def test_a_recaps_follow_up_tasks_are_read_under_their_heading_with_a_reviewers_verdicts_on_them():
    found = suggested(TEAMS_RECAP)
    # the tool's "Suggested by Copilot" is not a heading that hides the list of follow-up tasks
    assert found["Write to the operator about later pick-up times by Friday"] == ("Owen Reid", date(2027, 4, 16), True)
    assert found["Share the escort training dates with schools"][2] is True
    # "no. 3 is wrong", "no. 4 is the same as no. 1": the reviewer's note takes them out
    assert found["Run a survey of all families about transport"][2] is False
    assert found["Contact the operator about pick-up times"][2] is False
    # the agenda's presenters are not owners of actions; a task ticked in its table is done
    assert not any(tick for title, (_, _, tick) in found.items() if title.startswith(("Pick-up times", "Escort training")))
    assert found["Post the escort leaflet link in the chat"][2] is False
    assert found["Book the May room"][:3] == ("Lou Barker", date(2027, 4, 23), True)


PANEL_TABLES = """Early years inclusion panel, 14 April 2027

Child A - Little Acorns
Request\tBand 2 funding for the summer term.
Decision\tAGREED - Band 2 from 19/04/27.
Follow-up\tWho\tBy\tStatus
Visit the setting to model a visual timetable\tKA\t30/04/27\tNew
Tell the setting the outcome\tOR\t15/04/27\tDone at panel
"""


def test_an_action_grid_under_a_cases_rows_in_one_table_is_read_as_a_table_of_actions():
    found = suggested(PANEL_TABLES)
    assert found["Visit the setting to model a visual timetable"] == ("KA", date(2027, 4, 30), True)
    assert found["Tell the setting the outcome"][2] is False  # done at the panel
    assert not any(tick for title, (_, _, tick) in found.items() if "Band 2" in title)  # the request and decision


HUDDLE = """HUDDLE - North team   Wed 14/4   08.45-09.15   (notes: Lou B)
in: Lou, Ines, Pavel (CNN), Rosa (admin)
not in: Tariq (AL)

1. checks
- backlog down to 31 - well done everyone
- Ines to do the joint visit w/ the Area SENCo by fri if family agree
- nursery asking for copies - consent issue. me to email the nursery re consent by fri
- Pavel - chase the drop in waiting list, EOW
- me: raise the funding question at the ops group (Weds 28th)
"""


def test_a_huddles_first_names_after_in_are_people_and_me_is_the_note_taker():
    found = ticked(HUDDLE)
    assert found["Do the joint visit w/ the Area SENCo by fri if family agree"] == ("Ines", date(2027, 4, 16))
    assert found["Email the nursery re consent by fri"] == ("Me", date(2027, 4, 16))
    assert found["Raise the funding question at the ops group (Weds 28th)"] == ("Me", date(2027, 4, 28))
    assert found["Chase the drop in waiting list, EOW"] == ("Pavel", date(2027, 4, 16))  # end of the week


CAPITALS_REPLY = """From: Kemi Adams <kemi@example.org>
Subject: Re: DRAFT notes - parent partnership group 14.4.27

Hi Lou, corrections below in capitals with KA: in front.

On Wed, 14 Apr 2027 at 17:02, Lou Barker <lou@example.org> wrote:
> PARENT PARTNERSHIP GROUP - Wednesday 14 April 2027
> Present: Mr Reid (head), Kemi Adams, Ilse Varga (parent), Lou Barker (notes)
>
> 1. Homework
>
> Parents said homework online is hard for some pupils. Kemi Adams to run
> a short survey of parents and report back at the next meeting.

KA: THIS WASN'T ME! IT WAS ILSE WHO OFFERED TO DO THE SURVEY - I ONLY SAID
I'D SHOW HER HOW TO SET IT UP.

> 2. Reports
>
> Mr Reid explained the report is out of date. He will update the report
> and publish it on the website by Easter.

KA: I'M SURE HE SAID BY THE END OF THIS TERM, NOT EASTER. WE BREAK UP ON
THE 21ST.

> 3. Lunchtimes
>
> Agreed: a quiet room will be available at lunchtime from May.

KA: CAN WE ADD THAT MR REID IS GOING TO EMAIL US WHICH ROOM IT WILL BE BY
FRIDAY 23RD?

> 4. Maps
>
> Mr Reid to circulate the blank provision map template to parents.

KA: HE SENT THIS ROUND ON FRIDAY SO IT CAN COME OFF AS DONE.
"""


def test_corrections_in_capitals_under_a_quoted_draft_change_its_owner_date_and_add_or_close_items():
    found = suggested(CAPITALS_REPLY)
    assert found["Run a short survey of parents and report back at the next meeting"][0] == "Ilse"
    assert found["Update the report and publish it on the website by the 21st (Reports)"][:3] == \
        ("Mr Reid", date(2027, 4, 21), True)  # "by the end of this term, not Easter. We break up on the 21st."
    assert found["Email us which room it will be by Friday 23rd (Lunchtimes)"][:3] == ("Mr Reid", date(2027, 4, 23), True)
    assert found["Circulate the blank provision map template to parents"][2] is False  # done, the reply says
    assert not any(tick for title, (_, _, tick) in found.items() if "quiet room" in title)  # agreed: a decision


def test_a_review_of_previous_actions_dated_by_its_meeting_is_no_meeting_of_its_own():
    form = ("LIAISON MEETING RECORD\n\nMeeting date:\t14/04/2027\tTime:\t10:00\n\n"
            "SECTION 2 - REVIEW OF PREVIOUS ACTIONS (meeting 10/03/2027)\n"
            "No.\tAction\tLead\tStatus\n03.1\tShare the case list\tKA\tComplete\n\n"
            "SECTION 3 - ACTIONS\nNo.\tAction\tLead\tBy\n04.1\tRequest a copy of the plan\tKA\tWithin 5 working days\n")
    parsed = parse_outcomes(form, meeting_date=HELD, names=NAMES)
    assert not parsed.dated_meetings or all(m.date.day == HELD for m in parsed.dated_meetings)
    # counted from this meeting (Wednesday 14 April), not from the earlier one the review names
    assert ticked(form)["Request a copy of the plan (SECTION 3 - ACTIONS)"] == ("KA", date(2027, 4, 21))


PEOPLE = [Candidate(1, "Owen Reid", "Preparing for Adulthood Lead", ("Northgate Council",), "member"),
          Candidate(2, "Kemi Adams", "Parent Representative", ("Northgate Parent Carer Forum",), None)]


@pytest.mark.parametrize("written, person", [
    ("Reid, Owen", "Owen Reid"),  # an NHS system's, or an address book's, surname first
    ("Adams, Kemi (Parent Carer Forum)", "Kemi Adams"),
    ("Adams, Owen", None),  # no one of that name: not guessed
    ("Health, Education", None),
])
def test_an_owner_written_surname_first_is_matched_to_the_person(written, person):
    found = match_owner(written, PEOPLE)
    assert (found.person.name if found.person else None) == person
    assert found.written == written


TRANSCRIPT = """Transport huddle-20270414_090211-Meeting Recording

April 14, 2027, 9:02AM

Reid, Owen (Northgate Council)   0:03

Right, that's everyone. Kemi, you're on. Main thing today is pick-up times.

Adams, Kemi (Parent Carer Forum)   0:19

Families are still getting the old times. I'll send the operator the new list by Friday.

Reid, Owen (Northgate Council)   0:41

Thanks. I'll write to the schools about the change before half term.
"""


def test_a_downloaded_meeting_transcript_is_read_as_who_said_what():
    found = ticked(TRANSCRIPT)
    assert found["Send the operator the new list by Friday"] == ("Kemi Adams", date(2027, 4, 16))
    assert found["Write to the schools about the change before half term"][0] == "Owen Reid"


FORUM_THREAD = """Notes from team meeting Wed 14 April

by Daniel Frost Curriculum Manager - Wednesday, 14 April 2027, 4:52 PM

1. Annual reviews
Jenny to put the review schedule on the shared calendar by Friday.
Transport to the college is still a worry for families.

Re: Notes from team meeting Wed 14 April

by Jenny Clarke ALS Coordinator - Thursday, 15 April 2027, 8:14 AM

Calendar will be up tomorrow as planned.
"""


def test_a_first_name_written_in_full_elsewhere_in_the_text_is_a_person():
    found = ticked(FORUM_THREAD)
    assert found["Put the review schedule on the shared calendar by Friday"] == ("Jenny", date(2027, 4, 16))
    assert not any(title.startswith("The college") or owner == "Transport" for title, (owner, _) in found.items())


NOTEBOOK = """Transport group – Weds 14 April 2027 – Chair's handwritten notes (typed)

1. Routes
– KA → write to the operator about pick-up times by Fri 16/4  [underlined twice]
– OR dashboard v2 → me before the May board (12th)  [crossed out: 'by 30/4']
– [crossed out: KA – ring the depot]  [margin: 'not KA – the depot rang us']
– AGREED – keep monthly meetings  [boxed]
"""


def test_handwritten_notes_typed_up_are_read_with_the_typists_marks():
    found = suggested(NOTEBOOK)
    assert found["Write to the operator about pick-up times by Fri 16/4"][:3] == ("KA", date(2027, 4, 16), True)
    # the struck "by 30/4" is gone; "the May board (12th)" is the 12th
    assert found["Send dashboard v2 to me before the May board (12th)"][:3] == ("OR", date(2027, 5, 12), True)
    assert not any(tick for title, (_, _, tick) in found.items() if "depot" in title)  # crossed out


VOICE_MEMO = """Wednesday at 17:46 - Group debrief
14 Apr 2027 · 3 min 10 sec
Transcript

00:00
ok um this is Kemi um Kemi Adams on the way back from the group um just so I don't forget

00:21
transport um the survey Owen Reid said he'd do the post about the transport survey um by the end of the week

00:40
um the parking complaint I said I'd mention it to Lou and I did so that's done

00:58
um the coffee morning um they want the questions in advance so I'll send them the questions by the end of April
"""


def test_a_voice_memos_transcript_is_read_sentence_by_sentence_without_its_ums():
    found = suggested(VOICE_MEMO)
    assert found["Do the post about the transport survey by the end of the week"][:3] == \
        ("Owen Reid", date(2027, 4, 16), True)
    assert found["Send them the questions by the end of April"][:3] == ("Kemi Adams", date(2027, 4, 30), True)
    assert not any(tick for title, (_, _, tick) in found.items() if "parking" in title or "Lou" in title)  # done


def test_a_plan_noted_a_decision_marked_so_and_a_lookup_of_names_are_no_actions():
    notes = ("Steering group, 14 April 2027\n\nPresent: Kemi Adams, Owen Reid\n\n"
             "The group noted that the Trust will now carry out the checks through its own team.\n"
             "The group agreed that care plans must be shared before any placement starts (decision – to go into "
             "the checklist).\nOwen Reid will write to the host managers by Friday.\n\n"
             "Owner\tName\tStatus\nKA\tKemi Adams\tOpen\nOR\tOwen Reid\tOpen\n")
    found = ticked(notes)
    assert found == {"Write to the host managers by Friday": ("Owen Reid", date(2027, 4, 16))}


def test_a_table_under_a_heading_for_information_holds_no_actions():
    notes = ("Cluster meeting, 14 April 2027\n\n5. Transition programme 2027 (for information)\n\n"
             "When\tWhat\tLed by\n7 June\tEnhanced transition visits for pupils with EHCPs\tSEN team\n"
             "24 June\tParents' evening with a tour of the Base\tKA\n\n6. Travel\n\n"
             "OR to send the Transport team the names of pupils by 30 April.\n")
    assert ticked(notes) == {"Send the Transport team the names of pupils by 30 April": ("OR", date(2027, 4, 30))}


def test_a_trello_boards_cards_and_checklist_items_are_tasks_by_member_and_list():
    export = {"name": "Transport workstream", "desc": "", "members": [
        {"id": "m1", "fullName": "Kemi Adams"}, {"id": "m2", "fullName": "Owen Reid"}],
        "lists": [{"id": "l1", "name": "To do", "closed": False}, {"id": "l2", "name": "Done", "closed": False}],
        "cards": [
            {"id": "c0", "name": "Workstream meeting 14/04/2027 - notes", "desc": "Pick-up times discussed.",
             "idList": "l1", "idMembers": [], "due": None, "closed": False, "dueComplete": False},
            {"id": "c1", "name": "Write to the operator about pick-up times", "idList": "l1", "idMembers": ["m1"],
             "due": "2027-04-23T11:00:00.000Z", "closed": False, "dueComplete": False},
            {"id": "c2", "name": "Send the March notes", "idList": "l2", "idMembers": ["m2"],
             "due": "2027-04-01T11:00:00.000Z", "closed": False, "dueComplete": True}],
        "checklists": [{"idCard": "c1", "checkItems": [
            {"name": "Ask schools for their bell times", "state": "incomplete", "idMember": "m2", "due": None}]}],
        "actions": []}
    found = suggested(json.dumps(export, indent=2))
    assert found["Write to the operator about pick-up times"] == ("Kemi Adams", date(2027, 4, 23), True)
    assert found["Ask schools for their bell times"][:1] == ("Owen Reid",) and found["Ask schools for their bell times"][2]
    assert found["Send the March notes"][2] is False  # due complete, in "Done"


WHATSAPP = """14/04/2027, 19:21 - Lou Barker: Thanks all for today, quick recap of what we agreed:
1) I'll send the leaflet to print by Fri 16th
2) Tariq to contact the women's group at the mosque about a session
Anything I've missed shout!
14/04/2027, 19:25 - Tariq: Yes will do
14/04/2027, 19:31 - Ines Duarte: Lovely, thanks both
"""


def test_a_chat_messages_own_lines_are_its_senders_and_the_senders_are_people():
    found = ticked(WHATSAPP)
    assert found["Send the leaflet to print by Fri 16th"] == ("Lou Barker", date(2027, 4, 16))
    assert found["Contact the women's group at the mosque about a session"][0] == "Tariq"  # a sender: a person


def test_a_promise_to_check_a_booking_is_an_action_and_a_meeting_named_in_a_sentence_is_no_heading():
    notes = ("Notes of the group, 14 April 2027\n\nOwen will check the room is booked.\n\n"
             "Kemi will book the meeting 12/05/27 room.\n")
    parsed = parse_outcomes(notes, meeting_date=HELD, names=NAMES)
    assert [m.date.day for m in parsed.dated_meetings] == [HELD]
    found = ticked(notes)
    assert found["Check the room is booked"][0] == "Owen"
    assert any(title.startswith("Book the meeting") for title in found)


def test_a_trello_export_with_ids_of_the_wrong_shape_is_read_not_a_crash():
    export = {"name": "Board", "members": [{"id": ["m1"], "fullName": "Kemi Adams"}],
              "lists": [{"id": {"x": 1}, "name": "To do"}],
              "cards": [{"id": ["c1"], "name": "Write to the operator", "idList": {"x": 1}, "idMembers": [["m1"]],
                         "due": "2027-04-23T11:00:00.000Z"}],
              "checklists": [{"idCard": ["c1"], "checkItems": [{"name": "Ask the schools", "idMember": {"y": 2},
                                                                "due": None}]}]}
    found = suggested(json.dumps(export))
    assert found["Write to the operator"][1] == date(2027, 4, 23)
    assert "Ask the schools" in found
