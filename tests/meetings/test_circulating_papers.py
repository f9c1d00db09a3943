"""Circulating a meeting's papers from its page: a preview, then one email each to the group's
members and guests (the agenda before the meeting; the draft minutes with the Board pack PDF after
it), recorded on the meeting's page and in the audit trail. Delivered to a real SMTP server."""
from __future__ import annotations

import io
import re
from datetime import timedelta

from pypdf import PdfReader

from tests.conftest import london_moment
from tests.meetings.conftest import page_text
from tracker.core.dates import local_today, utcnow
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.meetings.circulation import circulate
from tracker.meetings.models import AgendaItem, Attendance, Circulation, Meeting, Paper
from tracker.nudges.models import OutboxEmail
from tracker.nudges.preferences import OFF, PAPERS, set_choice
from tracker.nudges.sender import send_pending
from tracker.people.models import Membership


def papers_url(meeting) -> str:
    return f"/meetings/{meeting.id}/papers"


def last_seen(client, meeting) -> str:
    """The hidden field of the preview, as a browser would post it back."""
    return re.search(r'name="last_seen"[^>]*value="(\d+)"', client.get(papers_url(meeting)).get_data(as_text=True))[1]


def send(client, meeting, seen: str | None = None):
    seen = last_seen(client, meeting) if seen is None else seen
    paper = "agenda" if meeting.local_start.date() > local_today() else "minutes"
    return client.submit(papers_url(meeting), {"paper": paper, "last_seen": seen})


def upcoming(board, make_meeting) -> Meeting:
    meeting = make_meeting(board, local_today() + timedelta(days=7), location="Town Hall")
    db.session.add_all([AgendaItem(meeting=meeting, position=1, title="Key Worker pilot & next steps"),
                        AgendaItem(meeting=meeting, position=2, title="AOB")])
    db.session.commit()
    return meeting


def test_the_agenda_is_previewed_then_sent_to_each_member_and_recorded(client, auth, board, make_meeting, mailbox):
    meeting = upcoming(board, make_meeting)
    auth.login(board.secretary)

    preview = page_text(client.get(papers_url(meeting)))
    assert "Circulate the agenda" in preview
    assert "Chris Nolan" in preview and "Jordan Reid" in preview
    assert "1. Key Worker pilot & next steps" in preview
    assert "Send to 4 people" in preview

    response = send(client, meeting)
    assert response.status_code == 302 and response.location.endswith(f"/meetings/{meeting.id}#papers")
    page = page_text(client.get(response.location))
    assert "The agenda will be emailed to 4 people." in page
    assert re.search(r"The agenda, sent by Tom Fisher to 4 people on \d+ \w+ \d{4} at", page)

    assert send_pending().sent == 4
    message = mailbox.to(board.member.email)[0]
    assert message["Subject"].startswith("Agenda: SEND Board meeting on ")
    text = mailbox.text_of(message)
    assert "1. Key Worker pilot & next steps\n2. AOB" in text
    assert "<li>Key Worker pilot &amp; next steps" in mailbox.html_of(message)
    assert list(message.iter_attachments()) == []
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    record = db.session.scalars(db.select(Circulation)).one()
    audit = db.session.scalars(db.select(AuditEvent).where(AuditEvent.entity_type == "circulations")).one()
    assert (audit.entity_id, audit.event, audit.actor_id) == (record.id, "created", board.secretary.id)


def test_the_draft_minutes_go_with_the_board_pack_pdf_to_members_and_guests(
        client, auth, board, make_meeting, make_person, make_action, mailbox):
    meeting = make_meeting(board, local_today() - timedelta(days=1), location="Town Hall",
                           minutes="Agreed to extend the Key Worker pilot.", summary="Pilot extended")
    guest = make_person(name="Sam Guest", email="guest@example.org")
    db.session.add(Attendance(meeting=meeting, person=guest))
    db.session.commit()
    make_action(owner=board.member, group=board, due=local_today() + timedelta(days=20),
                title="Write to schools about the pilot")
    auth.login(board.chair)

    preview = page_text(client.get(papers_url(meeting)))
    assert "Circulate the draft minutes and action log" in preview and "Sam Guest" in preview
    assert "Agreed to extend the Key Worker pilot." in preview
    send(client, meeting)
    assert send_pending().sent == 5

    message = mailbox.to("guest@example.org")[0]
    # Flask-Mail folds a long subject onto its own line; mail programs drop the space that leaves.
    assert message["Subject"].strip().startswith("Draft minutes and action log: SEND Board meeting on ")
    assert "Agreed to extend the Key Worker pilot." in mailbox.text_of(message)
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename().startswith("board-pack-send-board-")
    words = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.get_content())).pages)
    assert "Write to schools about the pilot" in " ".join(words.split())


def test_a_second_click_is_refused_not_sent_twice(client, auth, board, make_meeting, mailbox):
    meeting = upcoming(board, make_meeting)
    auth.login(board.secretary)
    seen = last_seen(client, meeting)
    send(client, meeting, seen)
    again = send(client, meeting, seen)

    assert again.status_code == 200
    text = page_text(again)
    assert "There is a problem" in text
    assert "You sent the agenda at" in text and "Check what was sent before sending again" in text
    assert db.session.scalar(db.select(db.func.count()).select_from(OutboxEmail)) == 4
    # Having checked, sending from the page that said so is allowed.
    shown = re.search(r'name="last_seen" value="(\d+)"', again.get_data(as_text=True))[1]
    assert send(client, meeting, shown).status_code == 302
    assert db.session.scalar(db.select(db.func.count()).select_from(Circulation)) == 2


def test_someone_else_sending_meanwhile_is_named(client, auth, board, make_meeting, mailbox):
    meeting = upcoming(board, make_meeting)
    auth.login(board.secretary)
    seen = last_seen(client, meeting)
    circulate(db.session.get(Meeting, meeting.id), Paper.AGENDA, by=board.chair, now=utcnow(), last_seen=0)
    db.session.commit()
    assert "Jordan Reid sent the agenda at" in page_text(send(client, meeting, seen))


def test_an_agenda_with_no_items_cannot_be_sent(client, auth, board, make_meeting, mailbox):
    meeting = make_meeting(board, local_today() + timedelta(days=7), location="Town Hall")
    auth.login(board.secretary)
    page = page_text(client.get(papers_url(meeting)))
    assert "Add at least one agenda item before circulating the agenda." in page
    assert "Send to" not in page
    response = send(client, meeting, "0")
    assert "Add at least one agenda item" in page_text(response)
    assert db.session.scalar(db.select(db.func.count()).select_from(OutboxEmail)) == 0


def test_a_group_with_no_members_says_so_and_sends_nothing(client, auth, make_group, make_person, make_meeting):
    admin = make_person(role="admin")
    empty = make_group(name="Task and finish: transport")
    meeting = upcoming(empty, make_meeting)
    auth.login(admin)
    page = page_text(client.get(papers_url(meeting)))
    assert "Nobody would receive the papers: Task and finish: transport has no members" in page
    assert "Send to" not in page
    assert "Nobody would receive the papers" in page_text(send(client, meeting, "0"))
    assert db.session.scalar(db.select(db.func.count()).select_from(Circulation)) == 0


def test_people_who_turned_papers_off_are_named_and_left_out(client, auth, board, make_meeting, mailbox):
    set_choice(board.member, PAPERS, OFF)
    db.session.commit()
    meeting = upcoming(board, make_meeting)
    auth.login(board.secretary)
    page = page_text(client.get(papers_url(meeting)))
    assert re.search(r"Chose not to receive papers\s*</dt>\s*<dd[^>]*>\s*Chris Nolan", page)
    send(client, meeting)
    send_pending()
    assert board.member.email not in mailbox.recipients and len(mailbox.messages) == 3


def test_a_cancelled_meeting_has_no_papers(client, auth, board, make_meeting):
    meeting = upcoming(board, make_meeting)
    meeting.status, meeting.cancelled_reason = "cancelled", "Not quorate"
    db.session.commit()
    auth.login(board.secretary)
    assert "This meeting was cancelled, so it has no papers to circulate" in page_text(client.get(papers_url(meeting)))
    assert "Circulate" not in page_text(client.get(f"/meetings/{meeting.id}")).split('id="papers"')[1]


def test_the_meeting_starts_between_preview_and_send(client, auth, board, make_meeting):
    meeting = upcoming(board, make_meeting)
    auth.login(board.secretary)
    seen = last_seen(client, meeting)
    meeting.starts_at = london_moment(local_today() - timedelta(days=1))
    meeting.minutes = "Minutes"
    db.session.commit()
    response = client.submit(papers_url(meeting), {"paper": "agenda", "last_seen": seen})
    assert "The meeting has started since this page was opened" in page_text(response)
    assert db.session.scalar(db.select(db.func.count()).select_from(Circulation)) == 0


def test_the_preview_and_the_sending_make_as_many_queries_for_many_readers_as_for_few(
        client, auth, board, make_meeting, make_person, count_queries):
    meeting = upcoming(board, make_meeting)
    auth.login(board.secretary)

    def queries_with(extra_members: int) -> tuple[int, int]:
        for _ in range(extra_members):
            db.session.add(Membership(group=board, person=make_person(), group_role="member"))
        db.session.commit()
        _, preview = count_queries(lambda: client.get(papers_url(meeting)))
        seen = last_seen(client, meeting)
        _, sending = count_queries(lambda: send(client, meeting, seen))
        return preview, sending

    few, many = queries_with(0), queries_with(12)
    assert many[0] == few[0]
    assert many[1] - few[1] == 12  # sending writes one outbox row per person; the reads stay fixed


def test_champions_in_the_group_get_the_agenda_but_not_the_draft_minutes(
        client, auth, board, make_meeting, make_person, mailbox):
    champion = make_person(role="champion", name="Pat Champion", email="pat@example.org")
    db.session.add(Membership(group=board, person=champion, group_role="member"))
    db.session.commit()
    auth.login(board.secretary)

    send(client, upcoming(board, make_meeting))
    held = make_meeting(board, local_today() - timedelta(days=1), location="Town Hall", minutes="Draft words")
    preview = page_text(client.get(papers_url(held)))
    assert re.search(r"Not sent: they see minutes once approved\s*</dt>\s*<dd[^>]*>\s*Pat Champion", preview)
    assert "Send to 4 people" in preview
    send(client, held)
    send_pending()

    assert [message["Subject"].split(":")[0] for message in mailbox.to("pat@example.org")] == ["Agenda"]
    assert len(mailbox.messages) == 5 + 4
