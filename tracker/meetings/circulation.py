"""Circulating a meeting's papers from its page: the agenda before the meeting, and the draft
minutes with the action log (the Board pack PDF) after it, to the group's members and guests.

Each sending is recorded (a Circulation: who sent what, when, to how many) and audited, and each
email goes through the outbox keyed by that record, so a retry never sends one twice. Papers are
optional email (the PAPERS kind): people who turned them off are left out, and the preview says so.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from tracker.core.dates import format_datetime, to_local
from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.meetings.models import Attendance, Circulation, Meeting, Paper
from tracker.meetings.queries import active_members_of
from tracker.nudges.links import absolute_url
from tracker.nudges.outbox import Attachment, queue_email
from tracker.nudges.preferences import OFF, PAPERS, choices_of_people, unsubscribe_headers, unsubscribe_url
from tracker.people.models import User
from tracker.permissions import can_view_meeting_detail

KIND = "meeting_papers"


@dataclass
class Readers:
    """Who the papers go to, and who they do not go to and why (named in the preview)."""

    members: list[User] = field(default_factory=list)
    guests: list[User] = field(default_factory=list)  # at the meeting, not in the group
    turned_off: list[User] = field(default_factory=list)
    # Draft minutes and the action log are a meeting's internal detail, which champions in the
    # group see only once approved (tracker/permissions.py): they are not sent them.
    may_not_see: list[User] = field(default_factory=list)

    @property
    def everyone(self) -> list[User]:
        return self.members + self.guests


def paper_for(meeting: Meeting, now: datetime) -> Paper:
    """The agenda until the meeting starts; the draft minutes and action log from then on."""
    return Paper.AGENDA if meeting.local_start > to_local(now) else Paper.MINUTES


def readers_of(meeting: Meeting, paper: Paper) -> Readers:
    """The group's members and the meeting's guests with an active account: three queries (and one
    for each champion's roles, for the draft minutes)."""
    members = active_members_of(meeting.group_id)
    member_ids = {member.id for member in members}
    guests = db.session.scalars(
        db.select(User).join(Attendance, Attendance.person_id == User.id)
        .where(Attendance.meeting_id == meeting.id, User.is_active.is_(True))
        .order_by(User.name, User.id)
    ).unique().all()
    guests = [guest for guest in guests if guest.id not in member_ids]
    choices = choices_of_people([person.id for person in [*members, *guests]], PAPERS)
    readers = Readers()
    for people, into in ((members, readers.members), (guests, readers.guests)):
        for person in people:
            if paper == Paper.MINUTES and not can_view_meeting_detail(person, meeting):
                readers.may_not_see.append(person)
            elif choices.get(person.id) == OFF:
                readers.turned_off.append(person)
            else:
                into.append(person)
    return readers


def check_papers(meeting: Meeting, paper: Paper, *, now: datetime) -> None:
    """The papers can be sent now, or DomainError saying why not in plain English."""
    if meeting.is_cancelled:
        raise DomainError("This meeting was cancelled, so it has no papers to circulate", field="paper")
    if paper != paper_for(meeting, now):
        raise DomainError("The meeting has started, so circulate the draft minutes and action log instead"
                          if paper == Paper.AGENDA else
                          "The minutes can be circulated once the meeting has started", field="paper")
    if paper == Paper.AGENDA and not meeting.agenda_items:
        raise DomainError("Add at least one agenda item before circulating the agenda", field="paper")
    if paper == Paper.MINUTES and not (meeting.minutes or "").strip():
        raise DomainError("Write the minutes before circulating them", field="paper")


def subject_of(meeting: Meeting, paper: Paper) -> str:
    when = format_datetime(meeting.starts_at)
    if paper == Paper.AGENDA:
        return f"Agenda: {meeting.group.name} meeting on {when}"
    return f"Draft minutes and action log: {meeting.group.name} meeting on {when}"


def email_context(meeting: Meeting, paper: Paper) -> dict:
    """What the papers email shows, beside the person it greets (also the preview's)."""
    return {"meeting": meeting, "paper": paper, "when": format_datetime(meeting.starts_at),
            "meeting_url": absolute_url("meetings.show", meeting_id=meeting.id),
            "settings_url": absolute_url("nudges.settings")}


def board_pack_attachment(meeting: Meeting, now: datetime) -> Attachment:
    """The action log as the Board pack PDF, as the reports page prints it."""
    from tracker.reports import board_pack as packs  # reports read meetings: imported when needed

    pack = packs.board_pack(meeting, today=to_local(now).date(), now=now)
    return Attachment(packs.pdf_file_name(pack), "application/pdf", packs.render_pdf(pack))


def circulate(meeting: Meeting, paper: Paper, *, by: User, now: datetime, last_seen: int) -> Circulation:
    """Queue the papers for every reader and record the sending (flushes, never commits).

    `last_seen` is the newest circulation the sender's preview showed (0 for none): if someone
    sent papers since, this is refused rather than sending them all again (a double click, two
    secretaries at once)."""
    check_papers(meeting, paper, now=now)
    # Two senders at once wait here for each other (PostgreSQL), so the second sees the first's record.
    db.session.execute(db.select(Meeting.id).where(Meeting.id == meeting.id).with_for_update())
    latest = db.session.scalar(
        db.select(Circulation).where(Circulation.meeting_id == meeting.id).order_by(Circulation.id.desc()).limit(1)
    )
    if latest is not None and latest.id != last_seen:
        who = "You" if latest.sent_by == by else latest.sent_by.name if latest.sent_by else "Someone"
        raise DomainError(f"{who} sent {latest.paper_label} at {format_datetime(latest.sent_at)} while you were "
                          "looking at the preview. Check what was sent before sending again", field="paper")
    readers = readers_of(meeting, paper)
    if not readers.everyone:
        raise DomainError(f"Nobody would receive the papers: {meeting.group.name} has no members who get "
                          "meeting papers", field="paper")
    record = Circulation(meeting=meeting, paper=paper, sent_by=by, sent_at=now,
                         recipient_count=len(readers.everyone))
    db.session.add(record)
    db.session.flush()
    attachments = [board_pack_attachment(meeting, now)] if paper == Paper.MINUTES else []
    context = email_context(meeting, paper)
    for person in readers.everyone:
        queue_email(key=f"papers:{record.id}:to={person.id}", kind=KIND, to=person,
                    subject=subject_of(meeting, paper), template="emails/meeting_papers",
                    headers=unsubscribe_headers(person, PAPERS), attachments=attachments,
                    unsubscribe_url=unsubscribe_url(person, PAPERS), **context)
    return record

