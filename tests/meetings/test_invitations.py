"""Scheduling, moving and cancelling a meeting emails its group an invitation calendars understand.

Sent through the real outbox to a real SMTP server (aiosmtpd on loopback) and read back with the
icalendar package, as Outlook, Google and Apple would.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from tests.conftest import london_moment, london_today
from tests.meetings.conftest import page_text
from tests.meetings.test_scheduling import schedule
from tracker.core.dates import local_today
from tracker.extensions import db
from tracker.meetings import operations
from tracker.meetings.calendar import meeting_event
from tracker.meetings.models import Meeting
from tracker.nudges.models import OutboxEmail
from tracker.nudges.preferences import OFF, PAPERS, set_choice
from tracker.nudges.sender import send_pending

LONDON = ZoneInfo("Europe/London")
SUMMER_DAY = date(london_today().year + 1, 7, 14)  # British Summer Time: London is UTC+1


def invitation(message) -> Calendar:
    """The calendar Outlook reads: the text/calendar alternative body. The attached file is the same."""
    inline = next(part for part in message.walk() if part.get_content_type() == "text/calendar"
                  and part.get_filename() is None)
    attached = next(part for part in message.iter_attachments() if part.get_filename() == "invite.ics")
    assert attached.get_content_type() == "text/calendar"
    assert inline.get_param("method") == attached.get_param("method")
    calendar = Calendar.from_ical(inline.get_content())
    assert Calendar.from_ical(attached.get_content()).to_ical() == calendar.to_ical()
    return calendar


def event_of(message):
    (event,) = invitation(message).walk("VEVENT")
    return event


def scheduled(board, clock: time = time(10, 0), day: date = SUMMER_DAY) -> Meeting:
    meeting = operations.schedule_meeting(board, starts_at=london_moment(day, clock), location="Town Hall",
                                          today=local_today())
    db.session.commit()
    return meeting


def test_scheduling_sends_each_member_a_request_in_london_time(mailbox, board):
    meeting = scheduled(board)
    assert send_pending().sent == 4

    assert sorted(mailbox.recipients) == sorted(person.email for person in
                                                (board.chair, board.secretary, board.lead, board.member))
    message = mailbox.to(board.member.email)[0]
    assert message["Subject"] == f"Invitation: SEND Board meeting on 14 July {SUMMER_DAY.year} at 10:00am"
    calendar = invitation(message)
    assert str(calendar["method"]) == "REQUEST"
    assert mailbox.to(board.member.email)[0].get_content_type() == "multipart/mixed"
    event = event_of(message)
    feed_event = meeting_event(meeting)
    assert str(event["uid"]) == str(feed_event["uid"]) == f"meeting-{meeting.id}@localhost"
    assert event["sequence"] == 1
    assert event.decoded("dtstart") == datetime.combine(SUMMER_DAY, time(10, 0), tzinfo=LONDON)
    assert event["dtstart"].params["TZID"] == "Europe/London"
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    assert str(event["attendee"]) == f"mailto:{board.member.email}"  # nobody else's address
    assert str(event["organizer"]) == "mailto:tracker@localhost"
    text = mailbox.text_of(message)
    assert "You are invited to the special educational needs and disabilities (SEND) Board meeting on 14 July" in text
    assert "The agenda has not been set yet" in text
    assert message["List-Unsubscribe"].startswith("<http://localhost/email/unsubscribe/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_moving_updates_the_same_event_with_a_higher_sequence_and_the_agenda(mailbox, board):
    meeting = scheduled(board)
    operations.add_agenda_item(meeting, title="Key Worker pilot & next steps")
    operations.add_agenda_item(meeting, title="AOB")
    db.session.commit()
    send_pending()
    first = event_of(mailbox.to(board.member.email)[0])

    operations.change_meeting(meeting, starts_at=london_moment(SUMMER_DAY, time(14, 30)), location="Town Hall",
                              is_online=False, today=local_today())
    db.session.commit()
    send_pending()

    moved = mailbox.to(board.member.email)[1]
    event = event_of(moved)
    assert str(event["uid"]) == str(first["uid"])
    assert event["sequence"] > first["sequence"]
    assert event.decoded("dtstart") == datetime.combine(SUMMER_DAY, time(14, 30), tzinfo=LONDON)
    text = mailbox.text_of(moved)
    assert "The special educational needs and disabilities (SEND) Board meeting has changed. It is now on 14 July" in text
    assert "1. Key Worker pilot & next steps\n2. AOB" in text
    assert "<li>Key Worker pilot &amp; next steps</li>" in mailbox.html_of(moved)
    assert "Agenda:\n1. Key Worker pilot & next steps\n2. AOB" in str(event["description"])


def test_a_meeting_moved_twice_before_the_outbox_runs_sends_only_the_latest(mailbox, board):
    meeting = scheduled(board)
    for clock in (time(11, 0), time(12, 0)):
        operations.change_meeting(meeting, starts_at=london_moment(SUMMER_DAY, clock), location="Town Hall",
                                  is_online=False, today=local_today())
        db.session.commit()

    assert send_pending().sent == 4  # one each, not three
    event = event_of(mailbox.to(board.member.email)[0])
    assert event.decoded("dtstart").time() == time(12, 0)
    assert event["sequence"] == db.session.get(Meeting, meeting.id).version == 3


def test_a_move_after_the_invitation_went_sends_a_newer_one_and_nothing_twice(mailbox, board):
    meeting = scheduled(board)
    send_pending()
    operations.change_meeting(meeting, starts_at=london_moment(SUMMER_DAY, time(11, 0)), location="Town Hall",
                              is_online=False, today=local_today())
    db.session.commit()
    operations.invite_members(meeting, moved=True)  # a retry of the same change
    db.session.commit()
    send_pending()
    send_pending()

    sequences = [event_of(message)["sequence"] for message in mailbox.to(board.member.email)]
    assert sequences == [1, 2]


def test_saving_the_form_unchanged_emails_nobody(client, auth, board, mailbox):
    meeting = scheduled(board)
    send_pending()
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/edit", {
        "starts_on": ["14", "7", str(SUMMER_DAY.year)], "start_time": "10am", "attendance_mode": "in_person",
        "location": "Town Hall", "version": str(meeting.version)}, follow_redirects=True)
    assert "The meeting&#39;s details were saved." in response.get_data(as_text=True)
    assert "emailed" not in page_text(response)
    assert send_pending().sent == 0


def test_cancelling_sends_a_cancel_for_the_same_event(mailbox, board):
    meeting = scheduled(board)
    send_pending()
    operations.cancel_meeting(meeting, reason="Not quorate over the summer")
    db.session.commit()
    send_pending()

    message = mailbox.to(board.member.email)[1]
    assert message["Subject"].startswith("Cancelled: SEND Board meeting on 14 July")
    calendar = invitation(message)
    assert str(calendar["method"]) == "CANCEL"
    event = event_of(message)
    assert str(event["uid"]) == f"meeting-{meeting.id}@localhost"
    assert str(event["status"]) == "CANCELLED"
    assert event["sequence"] == 2
    assert "Why: Not quorate over the summer" in mailbox.text_of(message)


def test_cancelling_a_meeting_nobody_was_invited_to_emails_nobody_and_says_so(client, auth, board, mailbox):
    meeting = scheduled(board)
    db.session.execute(db.delete(OutboxEmail))  # as a schedule's far-off meeting: not invited yet
    db.session.commit()
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/cancel", {"reason": "The chair is away"})
    assert "Nobody was emailed: nobody had been sent an invitation to it." in page_text(client.get(response.location))
    assert send_pending().sent == 0 and mailbox.messages == []


def test_a_member_invited_after_the_first_invitation_is_invited_not_told_it_changed(mailbox, board, make_person):
    from tracker.people.models import Membership

    meeting = scheduled(board)
    send_pending()
    newcomer = make_person(name="Grace Lin")
    board.memberships.append(Membership(person=newcomer, group_role="member"))
    db.session.commit()
    operations.change_meeting(meeting, starts_at=london_moment(SUMMER_DAY, time(11, 0)), location="Town Hall",
                              is_online=False, today=local_today())
    db.session.commit()
    send_pending()
    assert "has changed" in mailbox.text_of(mailbox.to(board.member.email)[1])
    [first] = mailbox.to(newcomer.email)
    assert "You are invited to the" in mailbox.text_of(first) and "changed" not in mailbox.text_of(first)


def test_a_member_who_turned_papers_off_is_not_invited(mailbox, board):
    set_choice(board.member, PAPERS, OFF)
    db.session.commit()
    scheduled(board)
    send_pending()
    assert board.member.email not in mailbox.recipients and len(mailbox.messages) == 3


def test_a_group_with_no_members_says_so_and_sends_nothing(client, auth, make_group, make_person, mailbox):
    admin = make_person(role="admin")
    empty = make_group(name="Task and finish: transport")
    auth.login(admin)
    text = page_text(client.get(schedule(client, empty, f"14 7 {SUMMER_DAY.year}").location))
    assert "is in the diary" in text
    assert "Nobody was emailed: no member of Task and finish: transport gets meeting invitations." in text
    assert db.session.scalar(db.select(db.func.count()).select_from(OutboxEmail)) == 0
    assert send_pending().sent == 0


def test_the_person_who_schedules_is_told_how_many_were_invited(client, auth, board):
    auth.login(board.secretary)
    response = client.get(schedule(client, board, f"14 7 {SUMMER_DAY.year}").location)
    assert "An invitation will be emailed to 4 members of special educational needs and disabilities (SEND) Board." in page_text(response)


def test_recording_a_meeting_that_has_already_happened_invites_nobody(client, auth, board):
    auth.login(board.secretary)
    last_week = local_today() - timedelta(days=7)
    response = client.get(schedule(client, board, f"{last_week.day} {last_week.month} {last_week.year}").location)
    text = page_text(response)
    assert "is in the diary." in text and "emailed" not in text
    assert db.session.scalar(db.select(db.func.count()).select_from(OutboxEmail)) == 0


def test_inviting_reads_as_much_for_a_large_group_as_for_a_small_one(board, make_person, count_queries):
    from tracker.meetings.invitations import invite_members
    from tracker.people.models import Membership

    meeting = scheduled(board)

    def queries_with(extra_members: int) -> int:
        for _ in range(extra_members):
            db.session.add(Membership(group=board, person=make_person(), group_role="member"))
        db.session.commit()
        _, count = count_queries(lambda: invite_members(db.session.get(Meeting, meeting.id), moved=True))
        db.session.rollback()
        return count

    # Each extra member costs their email's two rows (the email, the invitation attached): no reads.
    few = queries_with(0)
    assert queries_with(10) - few == 2 * 10
