"""Meeting invitations that calendars understand.

Scheduling, moving or cancelling a meeting emails each member of its group an iCalendar
invitation (METHOD:REQUEST, or METHOD:CANCEL for a cancelled meeting), with the agenda in the
body. Its event is the calendar feeds' event (tracker/meetings/calendar.py): the same UID, and the
meeting's version as SEQUENCE, so Outlook, Google and Apple update the one entry however often
the meeting moves, and whether it came from an invitation or a feed.

Each invitation is keyed by the meeting's version, so a retry or a second call sends nothing
twice. A meeting moved twice before the outbox ran sends only the latest: the earlier invitation,
not yet tried, is taken out of the outbox (one already sent is simply outdated by the higher
SEQUENCE). Invitations are optional email (the PAPERS kind), with one-click unsubscribe.
"""
from __future__ import annotations

from datetime import datetime
from email.utils import parseaddr

from flask import current_app
from icalendar import vCalAddress

from tracker.core.dates import format_datetime, to_local, utcnow
from tracker.extensions import db
from tracker.meetings.calendar import add_time_zones, meeting_event, new_calendar
from tracker.meetings.models import Meeting
from tracker.meetings.queries import active_members_of
from tracker.nudges.links import absolute_url
from tracker.nudges.models import OutboxAttachment, OutboxEmail, OutboxStatus
from tracker.nudges.outbox import Attachment, queue_email
from tracker.nudges.preferences import OFF, PAPERS, choices_of_people, unsubscribe_headers, unsubscribe_url
from tracker.people.models import User
from tracker.permissions import can_view_meeting

KIND = "meeting_invitation"
KEY_PREFIX = "meeting-invitation"


def _wanting_papers(people: list[User]) -> list[User]:
    """Those of `people` who have not turned meeting invitations and papers off."""
    choices = choices_of_people([person.id for person in people], PAPERS)
    return [person for person in people if choices.get(person.id) != OFF]


def _sent_the_invitation(invited: set[int]) -> list[User]:
    """Who hears that a meeting is cancelled: everyone sent its invitation, still in its group or
    not (docs/rules.md, "Follow up promptly"): their calendar holds the meeting, and only the
    cancellation takes it out. Those with an active account who have not turned meeting papers off."""
    if not invited:
        return []
    return _wanting_papers(db.session.scalars(db.select(User).where(User.id.in_(invited), User.is_active.is_(True))
                                              .order_by(User.name, User.id)).all())


def invitation_calendar(meeting: Meeting, person: User) -> bytes:
    """The meeting as an invitation to one person: REQUEST, or CANCEL once it is cancelled."""
    calendar = new_calendar("CANCEL" if meeting.is_cancelled else "REQUEST")
    event = meeting_event(meeting, description=agenda_text(meeting))
    name, address = parseaddr(current_app.config["MAIL_DEFAULT_SENDER"])
    organiser = vCalAddress(f"mailto:{address}")
    organiser.params["CN"] = name or current_app.config["SITE_NAME"]
    event.add("organizer", organiser)
    # Only the person it is sent to: members' addresses are not shared with each other. No RSVP,
    # since replies would go to an address nobody reads; apologies are recorded in Tracker.
    attendee = vCalAddress(f"mailto:{person.email}")
    attendee.params.update({"CN": person.name, "ROLE": "REQ-PARTICIPANT", "PARTSTAT": "NEEDS-ACTION",
                            "RSVP": "FALSE"})
    event.add("attendee", attendee)
    calendar.add_component(event)
    return add_time_zones(calendar, meeting.starts_on, meeting.starts_on)


def agenda_text(meeting: Meeting) -> str:
    if not meeting.agenda_items:
        return "The agenda has not been set yet."
    return "Agenda:\n" + "\n".join(f"{number}. {item.title}" for number, item in enumerate(meeting.agenda_items, 1))


def invite_members(meeting: Meeting, *, moved: bool = False, now: datetime | None = None) -> int:
    """Queue the meeting's invitation (or cancellation) for each member who wants it, in the
    caller's transaction. Returns how many were queued now (0 for a group with no members).

    A meeting that has already started (one recorded after the event) invites nobody. A
    cancellation goes only to those who were sent an invitation to it: a calendar can only take
    out what it was given, and a schedule's far-off meetings were never sent."""
    now = now or utcnow()
    if _has_started(meeting, now):
        return 0
    _withdraw_untried(meeting, now)
    invited = _invited_already(meeting)
    group_members = active_members_of(meeting.group_id)  # read once: who is told, and who is a member
    members = {member.id for member in group_members}
    people = _sent_the_invitation(invited) if meeting.is_cancelled else _wanting_papers(group_members)
    method = "CANCEL" if meeting.is_cancelled else "REQUEST"
    when = format_datetime(meeting.starts_at)
    subject = (f"Cancelled: {meeting.group.name} meeting on {when}" if meeting.is_cancelled
               else f"Invitation: {meeting.group.name} meeting on {when}")
    queued = 0
    for person in people:
        invitation = Attachment("invite.ics", f"text/calendar; method={method}; charset=utf-8",
                                invitation_calendar(meeting, person))
        queued += queue_email(
            key=f"{KEY_PREFIX}:{meeting.id}:version={meeting.version}:to={person.id}",
            kind=KIND, to=person, subject=subject, template="emails/meeting_invitation",
            headers=unsubscribe_headers(person, PAPERS), attachments=[invitation],
            meeting=meeting, when=when, moved=moved and person.id in invited, agenda=meeting.agenda_items,
            member=person.id in members,  # or invited before they left the group
            meeting_url=absolute_url("meetings.show", meeting_id=meeting.id)
            if person.id in members or can_view_meeting(person, meeting) else None,
            unsubscribe_url=unsubscribe_url(person, PAPERS), settings_url=absolute_url("nudges.settings"),
        )
    return queued


def _withdraw_untried(meeting: Meeting, now: datetime) -> None:
    """Take out this meeting's invitations that no sender has tried or claimed yet: a newer
    version replaces them. A claimed email has its next attempt pushed into the future, and one
    tried before has attempts, so neither is touched and nothing in flight is lost."""
    emails = OutboxEmail.__table__
    withdrawn = db.session.execute(
        db.delete(emails)
        .where(emails.c.dedupe_key.startswith(f"{KEY_PREFIX}:{meeting.id}:", autoescape=True),
               emails.c.status == OutboxStatus.PENDING, emails.c.attempts == 0, emails.c.next_attempt_at <= now,
               emails.c.handed_over_at.is_(None))
        .returning(emails.c.id)
    ).scalars().all()
    if withdrawn:  # PostgreSQL cascades; SQLite does not enforce foreign keys here
        db.session.execute(db.delete(OutboxAttachment.__table__).where(OutboxAttachment.email_id.in_(withdrawn)))


def _invited_already(meeting: Meeting) -> set[int]:
    """Who was sent an invitation to the meeting, or may have been (one being tried): any version.
    Read after _withdraw_untried, so an invitation taken out before anyone tried it does not count."""
    return set(db.session.scalars(
        db.select(OutboxEmail.recipient_id)
        .where(OutboxEmail.dedupe_key.startswith(f"{KEY_PREFIX}:{meeting.id}:", autoescape=True),
               OutboxEmail.recipient_id.is_not(None))
    ))


def _has_started(meeting: Meeting, now: datetime) -> bool:
    return meeting.local_start <= to_local(now)


def invitation_note(meeting: Meeting, *, now: datetime | None = None) -> str:
    """What the person who scheduled, moved or cancelled the meeting is told about the emails."""
    if _has_started(meeting, now or utcnow()):
        return ""
    count = invitations_queued(meeting)
    if not count and meeting.is_cancelled:
        return "Nobody was emailed: nobody had been sent an invitation to it."
    if not count:
        return f"Nobody was emailed: no member of {meeting.group.name} gets meeting invitations."
    if meeting.is_cancelled:
        return f"That it is cancelled will be emailed to the {count} {'person' if count == 1 else 'people'} invited to it."
    return f"An invitation will be emailed to {count} member{'' if count == 1 else 's'} of {meeting.group.name}."


def invitations_queued(meeting: Meeting) -> int:
    """How many invitations (or cancellations) of the meeting as it stands now are in the outbox."""
    return db.session.scalar(
        db.select(db.func.count()).select_from(OutboxEmail)
        .where(OutboxEmail.dedupe_key.startswith(f"{KEY_PREFIX}:{meeting.id}:version={meeting.version}:",
                                                 autoescape=True))
    )
