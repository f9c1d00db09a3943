"""Someone who leaves a group hears of none of its later meetings, but a meeting they were invited
to while a member is in their calendar: its cancellation reaches them, so the calendar clears it
(docs/rules.md, "Follow up promptly"). Sent by the outbox to a real SMTP server (aiosmtpd)."""
from __future__ import annotations

from datetime import date, time

from tests.conftest import london_moment, london_today
from tests.meetings.test_invitations import invitation
from tracker.core.dates import local_today
from tracker.extensions import db
from tracker.meetings import operations
from tracker.nudges.sender import send_pending
from tracker.people.models import Membership

AUTUMN_DAY = date(london_today().year + 1, 10, 6)
WINTER_DAY = date(london_today().year + 1, 12, 1)


def scheduled(group, day):
    meeting = operations.schedule_meeting(group, starts_at=london_moment(day, time(14, 0)), location="Town Hall",
                                          today=local_today())
    db.session.commit()
    return meeting


def leave(group, person):
    operations.remove_member(db.session.scalars(db.select(Membership).where(
        Membership.group_id == group.id, Membership.person_id == person.id)).one())
    db.session.commit()


def test_a_person_who_left_hears_of_the_cancellation_of_a_meeting_they_were_invited_to(mailbox, board,
                                                                                      make_person):
    champion = make_person(role="champion", name="Aisha Khan", email="aisha@example.org")
    board.memberships.append(Membership(person=champion, group_role="member"))
    db.session.commit()
    invited_while_member = scheduled(board, AUTUMN_DAY)
    send_pending()
    for person in (board.member, champion):
        leave(board, person)
    after_they_left = scheduled(board, WINTER_DAY)
    send_pending()
    assert [m["Subject"][:11] for m in mailbox.to(champion.email)] == ["Invitation:"]  # the winter one: not to them

    operations.cancel_meeting(invited_while_member, reason="The hall is closed for repairs")
    operations.cancel_meeting(after_they_left, reason="Moved to the new year")
    db.session.commit()
    send_pending()

    for person in (board.member, champion):
        cancelled = [m for m in mailbox.to(person.email) if m["Subject"].startswith("Cancelled:")]
        assert [m["Subject"] for m in cancelled] == [f"Cancelled: SEND Board meeting on 6 October {AUTUMN_DAY.year} at 2:00pm"]
        assert str(invitation(cancelled[0])["method"]) == "CANCEL"
        text = mailbox.text_of(cancelled[0])
        assert "You have left the group since, so you will get no more of its invitations." in text
        assert "as a member of SEND Board.\nTo stop" not in text
    # A champion who left may no longer open the group's meetings: no link to one. Staff still may.
    assert "/meetings/" not in mailbox.text_of(mailbox.to(champion.email)[-1])
    assert "/meetings/" in mailbox.text_of(mailbox.to(board.member.email)[-1])
    # The members still in the group hear of both cancellations, as before.
    assert len([m for m in mailbox.to(board.chair.email) if m["Subject"].startswith("Cancelled:")]) == 2
