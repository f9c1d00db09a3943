"""Extra headers and attachments go through the outbox: stored with the email, sent with it, once."""
from __future__ import annotations

from tracker.extensions import db
from tracker.nudges.models import OutboxAttachment
from tracker.nudges.outbox import Attachment, queue_email
from tracker.nudges.sender import send_pending

CALENDAR = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
    b"UID:meeting-1@tracker\r\nDTSTAMP:20261201T090000Z\r\nDTSTART:20261210T100000Z\r\n"
    b"SUMMARY:SEND Board\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
PDF = b"%PDF-1.4 not really a pdf"


def queue_with_extras(key: str = "extras:1") -> bool:
    return queue_email(
        key=key, kind="test", to="member@example.org", subject="With extras",
        template="emails/password_reset", person={"name": "Member"}, link="http://localhost/x",
        lasts="2 hours", forgot_url="http://localhost/forgot",
        headers={"List-Unsubscribe": "<http://localhost/unsubscribe/abc>",
                 "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
        attachments=[Attachment("invite.ics", "text/calendar; method=REQUEST", CALENDAR),
                     Attachment("Board pack.pdf", "application/pdf", PDF)],
    )


def test_headers_and_attachments_arrive_with_the_email(mailbox):
    assert queue_with_extras()
    db.session.commit()
    assert send_pending().sent == 1

    message = mailbox.messages[0]
    assert message["List-Unsubscribe"] == "<http://localhost/unsubscribe/abc>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Auto-Submitted"] == "auto-generated"
    files = {part.get_filename(): part for part in message.iter_attachments()}
    assert files["Board pack.pdf"].get_content() == PDF
    assert files["Board pack.pdf"].get_content_type() == "application/pdf"
    invite = files["invite.ics"]
    assert invite.get_content_type() == "text/calendar" and invite.get_param("method") == "REQUEST"
    # The calendar is one of the alternative bodies too, where Outlook looks for Accept/Decline.
    alternative = next(part for part in message.walk() if part.get_content_type() == "multipart/alternative")
    types = [part.get_content_type() for part in alternative.iter_parts()]
    assert types == ["text/plain", "text/html", "text/calendar"]
    inline = list(alternative.iter_parts())[2]
    assert inline.get_param("method") == "REQUEST"
    assert inline.get_content().encode().replace(b"\n", b"\r\n").replace(b"\r\r", b"\r") == CALENDAR


def test_queueing_twice_stores_one_email_and_its_attachments_once(mailbox):
    assert queue_with_extras()
    assert not queue_with_extras()
    db.session.commit()
    assert db.session.scalar(db.select(db.func.count()).select_from(OutboxAttachment)) == 2
    assert send_pending().sent == 1
    assert send_pending().sent == 0
    assert len(mailbox.messages) == 1


def test_an_email_without_extras_has_no_attachments(mailbox):
    queue_email(key="plain:1", kind="test", to="member@example.org", subject="Plain",
                template="emails/password_reset", person={"name": "Member"}, link="http://localhost/x",
                lasts="2 hours", forgot_url="http://localhost/forgot")
    db.session.commit()
    send_pending()
    assert list(mailbox.messages[0].iter_attachments()) == []
    assert mailbox.messages[0]["List-Unsubscribe"] is None


def test_admins_see_what_an_email_carries_attached(client, auth, make_person):
    queue_with_extras()
    db.session.commit()
    email_id = db.session.scalar(db.select(OutboxAttachment.email_id).limit(1))
    auth.login(make_person(role="admin"))
    page = client.get(f"/outbox/{email_id}").get_data(as_text=True)
    assert f"invite.ics (text/calendar, {len(CALENDAR):,} bytes)" in page
    assert f"Board pack.pdf (application/pdf, {len(PDF):,} bytes)" in page
