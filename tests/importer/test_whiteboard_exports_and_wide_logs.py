"""Whiteboard and wall exports (a row per sticky or post, owner stickies linked to their action's, replies
packed into one cell) and wide action logs that add an update column per meeting. Written here in new
words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

from tests.importer.reading import suggested_in, ticked_in
from tracker.importer.due import MEETING_IN_MONTH
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 5, 12)  # a Wednesday
NAMES = frozenset({"anne", "price", "owen", "reid", "kemi", "adams", "grace", "adeyemi"})


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, held, NAMES)


STICKY_BOARD = """ID,Type,Frame,Content,Tags,Colour,Created by,Modified,Connected to
901,frame,,<p>A. What went well</p>,,,Anne Price,2027-05-12 13:00,
902,sticky_note,A. What went well,<p>The new referral form is much quicker to fill in</p>,,green,Kemi Adams,2027-05-12 13:05,
903,frame,,<p>B. Ideas (blue sky)</p>,,,Anne Price,2027-05-12 13:00,
904,sticky_note,B. Ideas (blue sky),<p>Schools should run a coffee morning for new parents every term</p>,,blue,Owen Reid,2027-05-12 13:10,
905,frame,,<p>C. Agreed next steps</p>,,,Anne Price,2027-05-12 13:00,
906,sticky_note,C. Agreed next steps,<p>Write a short guide to the referral form &amp; share it - by 4 June</p>,agreed,yellow,Anne Price,2027-05-12 13:20,
907,sticky_note,C. Agreed next steps,<p>Kemi</p>,owner,pink,Anne Price,2027-05-12 13:20,906
908,sticky_note,C. Agreed next steps,<p>Book the hall for the autumn open evening</p>,agreed;due end June,yellow,Owen Reid,2027-05-12 13:22,
909,sticky_note,C. Agreed next steps,<p>Owner: OR</p>,owner,pink,Owen Reid,2027-05-12 13:22,908
910,connector,C. Agreed next steps,,,,Anne Price,2027-05-12 13:20,907 -> 906
"""


def test_a_sticky_boards_owner_stickies_make_the_stickies_they_are_linked_to_actions():
    found = ticked(STICKY_BOARD)
    guide = next(title for title in found if title.startswith("Write a short guide to the referral form"))
    hall = next(title for title in found if title.startswith("Book the hall for the autumn open evening"))
    assert found[guide] == ("Kemi", date(2027, 6, 4))
    assert found[hall] == ("OR", date(2027, 6, 30))  # its tag gives the date
    assert not any("coffee morning" in title or "referral form is much quicker" in title for title in found)
    assert not any(title.strip() in ("Kemi", "Owner: OR") for title in found)  # the owner stickies are no tasks


POST_WALL = """Section,Subject,Body,Attachment,Author,Created At,Reactions,Comments
What works now,Short meetings,Keeping the review to an hour helped my daughter cope,,Anonymous,2027-05-12 10:02,3,
What needs to change,Late letters,"Letters come too late to plan time off work",,Parent - table 3,2027-05-12 10:05,5,"Kemi Adams: agreed; Anonymous: The school should phone us first"
Next steps,Guide check,Owen to send the finished guide to the parent panel by 28 May,,Owen Reid,2027-05-12 11:40,,
Next steps,Costs,Someone to find out what a printed copy would cost?,,Anonymous,2027-05-12 11:42,,"Grace Adeyemi: I'll ring the print unit for a price"
"""


def test_a_walls_posts_are_read_under_their_section_and_a_reply_taking_a_task_is_its_writers():
    found = ticked(POST_WALL)
    guide = next(title for title in found if title.startswith("Send the finished guide to the parent panel"))
    assert found[guide] == ("Owen", date(2027, 5, 28))
    ring = next(title for title in found if title.startswith("Ring the print unit for a price"))
    assert found[ring][0] == "Grace Adeyemi"
    assert not any("hour helped" in title or "phone us first" in title.lower() for title in found)


WIDE_LOG = "\n".join([
    "Transport group - action log",
    "",
    "Ref\tDate raised\tAction\tOwner\tOriginal target\tUpdate 10/03/27\tUpdate 14/04/27\tUpdate 12/05/27\tStatus",
    "T1\t10/03/2027\tAgree a new escort rota for the summer routes\tAnne Price\t30/04/2027\tStarted\tOn track\t"
    "Slipped - staff sickness. Revised target 11/06/27\tOpen",
    "T2\t10/03/2027\tSend the route letters to families\tKemi Adams\t31/03/2027\tDrafted\tSent 02/04 - close\t\tClosed",
    "T3\t14/04/2027\tCompare taxi costs with two other councils\tOwen Reid\t25/06/2027\t\tNew\tTwo replies in\tOpen",
    "T4\t12/05/2027\tAsk the parent forum about pick-up windows\tGrace Adeyemi\t02/06/2027\t\t\tNew\tOpen",
])


def test_a_wide_logs_earlier_rows_updated_at_this_meeting_are_still_its_business():
    found = ticked(WIDE_LOG)
    assert found["Agree a new escort rota for the summer routes"] == ("Anne Price", date(2027, 6, 11))  # the revised target
    assert found["Compare taxi costs with two other councils"] == ("Owen Reid", date(2027, 6, 25))
    assert found["Ask the parent forum about pick-up windows"] == ("Grace Adeyemi", date(2027, 6, 2))
    assert "Send the route letters to families" not in found  # closed


def test_a_revised_date_still_to_come_in_the_due_cell_is_not_moved_by_the_update_saying_so():
    log = WIDE_LOG.replace("30/04/2027\tStarted", "15/06/2027\tStarted").replace("Revised target 11/06/27",
                                                                                 "New date mid June agreed")
    assert ticked(log)["Agree a new escort rota for the summer routes"] == ("Anne Price", date(2027, 6, 15))


def test_taking_a_matter_to_the_partnership_board_in_a_month_is_due_at_that_meeting():
    text = "Actions\n\n- Kemi Adams to take the taxi complaints to the partnership board in September\n"
    found = outcomes_for(parse_outcomes(text, meeting_date=HELD, names=NAMES), HELD, lenient=True).suggestions
    complaints = next(each for each in found if each.title.startswith("Take the taxi complaints"))
    assert complaints.due is not None and complaints.due.kind == MEETING_IN_MONTH
    assert complaints.due.month == date(2027, 9, 1)


def test_feedback_columns_of_a_board_hold_no_actions():
    text = "\n".join(["Workshop 12 May 2027", "", "2. What's not working?", "",
                      "The council should answer emails within a week", "", "3. Ideas 💡", "",
                      "Owen Reid to run a drop-in at every school", ""])
    assert not any("answer emails" in title or "drop-in" in title for title in ticked(text))
    assert suggested_in(text, HELD, NAMES)  # read, shown unticked


FORM_AND_RESPONSE = "\n".join([
    "Form Responses 1",
    "",
    "Timestamp\tWhich session did you come to?\tWhat would make the next one better?\tAnything else?",
    "12/05/2027\tMorning\tBigger room please, it was packed",
    "12/05/2027\tEvening\tSend the handouts before the day\tThanks to the speakers",
    "13/05/2027\tMorning\tA quiet space for children",
    "",
    "Our response",
    "",
    "Theme\tWhat you told us\tWhat we'll do next\tWho\tBy when\tStatus",
    "Room\tBigger room please\tBook the library hall for the autumn session\tKemi\t30/06/27\tTo do",
    "Health\tLong waits for therapy\tShared with the ICB, who will report back in the autumn\tICB\tNov 2027\tPassed on",
])


def test_a_forms_responses_are_answers_and_its_response_sheets_next_steps_are_the_actions():
    found = ticked(FORM_AND_RESPONSE)
    assert found == {"Book the library hall for the autumn session": ("Kemi", date(2027, 6, 30))}
