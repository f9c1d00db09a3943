"""What can happen to groups and meetings: the one home of their rules.

Each function takes model objects and plain values, raises DomainError with a plain-English
message and the form field it belongs to, flushes, and never commits: the page, API or command
that called it commits once. The audit trail records every change automatically. Nothing here
deletes a meeting, agenda item or decision: a meeting is cancelled with a reason instead.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta
from flask import current_app
from sqlalchemy.exc import IntegrityError

from tracker.actions.models import OPEN_STATUSES, Action
from tracker.actions.operations import next_meeting_for, resolve_next_meeting_due_dates
from tracker.actions.schedule import REMINDER_DAYS
from tracker.core import domain as core_domain
from tracker.core.audit import clashing_saves, give_reason
from tracker.core.dates import check_sensible_date, format_date, format_datetime, local_day, to_local
from tracker.core.domain import DomainError, Problems, checked_text
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.meetings.invitations import invitations_queued, invite_members
from tracker.meetings.models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Decision,
    Meeting,
    MeetingStatus,
    MinutesStatus,
    require_meeting_has_come,
)
from tracker.meetings.queries import (
    descendant_ids,
    meeting_at,
    next_agenda_position,
    untouched_occurrences,
    upcoming_occurrences,
)
from tracker.meetings.schedules import INTERVALS, MONTHLY, WEEK_OF_MONTH, WEEKLY, Schedule, schedule_of
from tracker.meetings.signals import decision_recorded, meeting_scheduled
from tracker.people.models import Group, GroupKind, GroupRole, Membership, Role, User

YEARS_OF_HISTORY = 10  # meetings this many years back may be typed up from their minutes


# --- groups --------------------------------------------------------------------------------------


def _check_group(name: str | None, kind: str | None, parent: Group | None, group: Group | None) -> str:
    name = checked_text(name, "groups.name", field="name", what="The group's name", required="Enter the group's name")
    same_name = db.session.scalar(db.select(Group).where(Group.name == name))
    if same_name is not None and same_name is not group:
        raise DomainError(f"A group called {name} already exists", field="name")
    if kind not in set(GroupKind):
        raise DomainError("Choose what kind of group this is", field="kind")
    if parent is not None and group is not None and (parent is group or parent.id in descendant_ids(group)):
        raise DomainError("A group cannot report to itself or to one of its own subgroups", field="parent")
    return name


def _check_group_text(description: str | None, meeting_pattern: str | None) -> tuple[str, str]:
    return (checked_text(description, "groups.description", field="description", what="What the group is for"),
            checked_text(meeting_pattern, "groups.meeting_pattern", field="meeting_pattern",
                         what="The meeting pattern"))


def create_group(*, name: str, kind: str, description: str = "", meeting_pattern: str = "",
                 parent: Group | None = None, by: User | None = None) -> Group:
    """A chair who sets up a group becomes its chair, so that someone can staff it and run it until
    they hand it on (an admin runs every group already, and is not added)."""
    name = _check_group(name, kind, parent, None)
    description, meeting_pattern = _check_group_text(description, meeting_pattern)
    group = Group(name=name, kind=GroupKind(kind), description=description,
                  meeting_pattern=meeting_pattern, parent=parent, is_active=True)
    db.session.add(group)
    if by is not None and by.role != Role.ADMIN:
        group.memberships.append(Membership(person=by, group_role=GroupRole.CHAIR))
    db.session.flush()
    return group


def change_group(group: Group, *, name: str, kind: str, description: str, meeting_pattern: str,
                 parent: Group | None, is_active: bool) -> Group:
    group.name = _check_group(name, kind, parent, group)
    group.kind = GroupKind(kind)
    group.description, group.meeting_pattern = _check_group_text(description, meeting_pattern)
    group.parent = parent
    group.is_active = is_active
    db.session.flush()
    return group


def change_reminder_settings(group: Group, *, due_soon_working_days: int | None,
                             escalate_after_working_days: int | None,
                             input_response_working_days: int | None) -> Group:
    """A chair tunes the group's nudges (rule: follow up promptly); None means the service default."""
    settings = {
        "due_soon_working_days": due_soon_working_days,
        "escalate_after_working_days": escalate_after_working_days,
        "input_response_working_days": input_response_working_days,
    }
    for field, days in settings.items():
        if days is not None and days not in REMINDER_DAYS:
            raise DomainError(
                f"Enter a number of working days from {REMINDER_DAYS.start} to {REMINDER_DAYS.stop - 1}, "
                "or leave it empty to use the usual setting",
                field=field,
            )
    for field, days in settings.items():
        setattr(group, field, days)
    db.session.flush()
    return group


def add_member(group: Group, *, person: User | None, group_role: str) -> Membership:
    if person is None:
        raise DomainError("Choose the person to add to the group", field="person")
    if group_role not in set(GroupRole):
        raise DomainError("Choose the person's role in the group", field="group_role")
    existing = db.session.scalar(
        db.select(Membership).where(Membership.group_id == group.id, Membership.person_id == person.id)
    )
    if existing is not None:
        raise DomainError(
            f"{person.name} is already in this group as {existing.group_role_label.lower()}. "
            "Change their role in the list below",
            field="person",
        )
    membership = Membership(group=group, person=person, group_role=GroupRole(group_role))
    db.session.add(membership)
    db.session.flush()
    return membership


def change_member_role(membership: Membership, *, group_role: str) -> Membership:
    if group_role not in set(GroupRole):
        raise DomainError("Choose the person's role in the group", field="group_role")
    membership.group_role = GroupRole(group_role)
    db.session.flush()
    return membership


def remove_member(membership: Membership) -> None:
    """The audit trail keeps the removal (who was removed, in what role, by whom)."""
    db.session.delete(membership)
    db.session.flush()


# --- meetings ------------------------------------------------------------------------------------


def _check_place(location: str | None, is_online: bool) -> str:
    location = checked_text(location, "meetings.location", field="location", what="The place")
    if not is_online and not location:
        raise DomainError("Enter where the meeting will be held, or choose online", field="location")
    return location


def _check_year(day: date, today: date, *, what: str, field: str) -> None:
    check_sensible_date(day, around=today, what=what, field=field, years_before=YEARS_OF_HISTORY)


def _check_meeting(group: Group, *, starts_at: datetime | None, location: str | None, is_online: bool,
                   today: date, meeting: Meeting | None = None) -> str:
    if starts_at is None:
        raise DomainError("Enter the date of the meeting, for example 27 3 2026", field="starts_on")
    _check_year(starts_at.date(), today, what="the date of the meeting", field="starts_on")
    location = _check_place(location, is_online)
    clash = meeting_at(group.id, starts_at, other_than=meeting.id if meeting else None)
    if clash is not None:
        raise DomainError(
            f"{group.name} already has a meeting at {format_datetime(starts_at)}", field="starts_on"
        )
    return location


def schedule_meeting(group: Group, *, starts_at: datetime | None, location: str = "",
                     is_online: bool = False, today: date, occurrence_on: date | None = None,
                     invite: bool = True) -> Meeting:
    """A new meeting in the group's diary. Actions due "by the next meeting" of the group take
    its date (rule: someone owns it). `occurrence_on`: the day of the group's schedule it is for;
    `invite=False` leaves its invitations for later (fill_diary_ahead)."""
    if not group.is_active:
        raise DomainError(f"{group.name} has closed. Reopen the group before scheduling a meeting",
                          field="starts_on")
    location = _check_meeting(group, starts_at=starts_at, location=location, is_online=is_online, today=today)
    meeting = Meeting(group=group, starts_at=starts_at, location=location, is_online=is_online,
                      status=MeetingStatus.SCHEDULED, minutes_status=MinutesStatus.DRAFT,
                      occurrence_on=occurrence_on)
    db.session.add(meeting)
    db.session.flush()
    meeting_scheduled.send(meeting)
    resolve_next_meeting_due_dates(meeting)
    if invite:
        invite_members(meeting)
    return meeting


class EditConflict(core_domain.EditConflict):
    """Someone else saved the meeting (or one of its agenda items or decisions: `what`) after this
    form was loaded, changing the same fields.

    `changes` maps each clashing field to the audit event that changed it (who, when, the value).
    """

    def __init__(self, changes: dict[str, AuditEvent], what: str = "meeting"):
        super().__init__(what, changes)


def check_not_overwriting(record, version: int | None, fields: tuple[str, ...], what: str = "meeting") -> None:
    """The form carried the record's version; refuse the save if a later save touched these fields."""
    clashes = clashing_saves(record, version, fields)
    if clashes is not None:
        raise EditConflict(clashes, what)


def _follow_the_meeting(meeting: Meeting, old_day: date, *, why: str) -> None:
    """Actions due "by the next meeting" that took this meeting's date follow it when it moves or
    is cancelled: they take the group's next meeting after they were raised, or wait for one.
    Each action's history says `why` its date changed (rule: no silent slippage)."""
    waiting = db.session.scalars(
        db.select(Action).where(
            Action.due_at_next_meeting_of_id == meeting.group_id,
            Action.due_on == old_day,
            Action.status.in_(OPEN_STATUSES),
        )
    ).all()
    for action in waiting:
        following = next_meeting_for(meeting.group_id, raised_at=action.created_at, source=action.meeting)
        new_day = following.starts_on if following is not None else None
        if action.original_due_on == old_day and not action.due_date_moves:
            action.original_due_on = new_day
        action.due_on = new_day
        give_reason(db.session, action, why)
    db.session.flush()


def change_meeting(meeting: Meeting, *, starts_at: datetime | None, location: str, is_online: bool,
                   today: date, version: int | None = None) -> Meeting:
    if meeting.is_cancelled:
        raise DomainError("This meeting was cancelled, so it cannot be changed", field="starts_on")
    check_not_overwriting(meeting, version, ("starts_at", "location", "is_online"))
    location = _check_meeting(meeting.group, starts_at=starts_at, location=location, is_online=is_online,
                              today=today, meeting=meeting)
    old_day, old_version = meeting.starts_on, meeting.version
    if starts_at != meeting.starts_at:  # only a real move counts
        meeting.starts_at = starts_at
    meeting.location, meeting.is_online = location, is_online
    db.session.flush()
    if meeting.starts_on != old_day:
        _follow_the_meeting(meeting, old_day, why=f"The {meeting.group.name} meeting of {format_date(old_day)} "
                                                  f"moved to {format_date(meeting.starts_on)}")
    resolve_next_meeting_due_dates(meeting)
    if meeting.version != old_version:  # its time or place really changed: calendars follow
        invite_members(meeting, moved=True)
    return meeting


def cancel_meeting(meeting: Meeting, *, reason: str) -> Meeting:
    """Meetings are never deleted: a cancelled one stays in the diary with why."""
    if meeting.is_cancelled:
        raise DomainError("This meeting has already been cancelled", field="reason")
    reason = checked_text(reason, "meetings.cancelled_reason", field="reason", what="The reason",
                          required="Enter why the meeting is cancelled")
    meeting.status = MeetingStatus.CANCELLED
    meeting.cancelled_reason = reason
    db.session.flush()
    _follow_the_meeting(meeting, meeting.starts_on,
                        why=f"The {meeting.group.name} meeting of {format_date(meeting.starts_on)} was cancelled")
    invite_members(meeting)  # a cancellation, so calendars take the meeting out
    return meeting


# --- a group's schedule --------------------------------------------------------------------------


# A schedule's meetings are emailed as invitations once they are this close, not all on the day the
# schedule is saved: a weekly group would get 26 at once (and the page would wait for them all).
INVITE_AHEAD = timedelta(weeks=8)


def diary_horizon_months() -> int:
    """How far ahead a schedule's meetings are put in the diary (SCHEDULE_HORIZON_MONTHS)."""
    return current_app.config["SCHEDULE_HORIZON_MONTHS"]


def _check_schedule(*, frequency: str, interval: int | None, weekday: int | None, week_of_month: int | None,
                    clock: time | None, starts_on: date | None, ends_on: date | None, skips_august: bool,
                    skips_bank_holidays: bool, today: date) -> Schedule:
    if frequency not in (WEEKLY, MONTHLY):
        raise DomainError("Choose how often the group meets", field="frequency")
    unit = "weeks" if frequency == WEEKLY else "months"
    allowed = INTERVALS[frequency]
    if interval not in allowed:
        raise DomainError(f"Enter how many {unit} apart the meetings are, a number from {allowed.start} "
                          f"to {allowed.stop - 1}", field="interval")
    if weekday not in range(7):
        raise DomainError("Choose the day of the week the group meets", field="weekday")
    if frequency == MONTHLY and week_of_month not in WEEK_OF_MONTH:
        raise DomainError("Choose which week of the month the group meets", field="week_of_month")
    if clock is None:
        raise DomainError("Enter the time meetings start, for example 10am or 14:00", field="start_time")
    if starts_on is None:
        raise DomainError("Enter the date the schedule starts, for example 6 1 2027", field="starts_on")
    _check_year(starts_on, today, what="the start date", field="starts_on")
    if ends_on is not None and ends_on < starts_on:
        raise DomainError(f"The end date must be on or after the start date, {format_date(starts_on)}",
                          field="ends_on")
    if ends_on is not None:
        _check_year(ends_on, today, what="the end date", field="ends_on")
    schedule = Schedule(frequency=frequency, interval=interval, weekday=weekday, clock=clock,
                        starts_on=starts_on, ends_on=ends_on,
                        week_of_month=week_of_month if frequency == MONTHLY else None,
                        skips_august=skips_august, skips_bank_holidays=skips_bank_holidays)
    if schedule.first_day() is None:
        raise DomainError("These choices give no meeting dates. Choose another day, a later end date, or "
                          "stop skipping August or bank holidays",
                          field="ends_on" if ends_on is not None else "starts_on")
    return schedule


def set_schedule(group: Group, *, frequency: str, interval: int | None = None, weekday: int | None = None,
                 week_of_month: int | None = None, clock: time | None = None, starts_on: date | None = None,
                 ends_on: date | None = None, skips_august: bool = False, skips_bank_holidays: bool = False,
                 location: str = "", is_online: bool = False, now: datetime) -> list[Meeting]:
    """Set when the group usually meets ("every 6 weeks on Tuesday at 10am"), or stop its schedule
    with `frequency="none"`, and put its next meetings in the diary. Future meetings the old
    schedule made that nobody has touched since make way for the new ones; meetings that were moved,
    cancelled, given an agenda or held stay as they are. Returns the meetings put in the diary."""
    if not group.is_active:
        raise DomainError(f"{group.name} has closed. Reopen the group before setting its schedule",
                          field="frequency")
    if frequency == "none":
        schedule, location, is_online = None, "", False
    else:
        schedule = _check_schedule(frequency=frequency, interval=interval, weekday=weekday,
                                   week_of_month=week_of_month, clock=clock, starts_on=starts_on,
                                   ends_on=ends_on, skips_august=skips_august,
                                   skips_bank_holidays=skips_bank_holidays, today=local_day(now))
        location = _check_place(location, is_online)
    group.schedule_rule = schedule.as_icalendar() if schedule else ""
    group.schedule_skips_bank_holidays = bool(schedule and schedule.skips_bank_holidays)
    group.schedule_location, group.schedule_is_online = location, is_online
    db.session.flush()
    _withdraw_what_the_schedule_no_longer_gives(group, schedule, now=now)
    return fill_diary_ahead(group, now=now)


def _withdraw_what_the_schedule_no_longer_gives(group: Group, schedule: Schedule | None, *, now: datetime) -> None:
    """Untouched future meetings of the old schedule that the new one does not give, on that day,
    at that time and place, are cancelled (so calendars drop them) and no longer hold their day."""
    last = local_day(now) + relativedelta(months=diary_horizon_months())
    wanted = set(schedule.meeting_days(local_day(now), last)) if schedule else set()
    for meeting in untouched_occurrences(group.id, after=now):
        same = (schedule is not None and meeting.occurrence_on in wanted
                and meeting.local_start == schedule.starts_at(meeting.occurrence_on)
                and (meeting.location, meeting.is_online) == (group.schedule_location, group.schedule_is_online))
        if not same:
            cancel_meeting(meeting, reason=f"The {group.name} meeting schedule changed")
            meeting.occurrence_on = None  # its day is free for the new schedule's meeting
    db.session.flush()


def fill_diary_ahead(group: Group, *, now: datetime) -> list[Meeting]:
    """Put the group's scheduled meetings from `now` to the horizon in the diary, each once: a day
    already made (even if that meeting was moved or cancelled since) is not made again, and the
    unique key on (group, day) stops two runs at the same moment making it twice."""
    schedule = schedule_of(group)
    if schedule is None or not group.is_active:
        return []
    today = local_day(now)
    last = today + relativedelta(months=diary_horizon_months())
    made_already = set(db.session.scalars(
        db.select(Meeting.occurrence_on).where(Meeting.group_id == group.id, Meeting.occurrence_on >= today)))
    made = []
    for day in schedule.meeting_days(today, last):
        starts_at = schedule.starts_at(day)
        if day in made_already or starts_at <= now:
            continue
        try:
            with db.session.begin_nested():
                made.append(schedule_meeting(group, starts_at=starts_at, location=group.schedule_location,
                                             is_online=group.schedule_is_online, today=today, occurrence_on=day,
                                             invite=starts_at <= now + INVITE_AHEAD))
        except IntegrityError:
            continue  # another run made it a moment ago
        except DomainError:
            continue  # someone put a meeting in the diary at that very time by hand
    _invite_to_what_comes_near(group, now=now)
    return made


def _invite_to_what_comes_near(group: Group, *, now: datetime) -> None:
    """Meetings the schedule made earlier are emailed as invitations once they come within
    INVITE_AHEAD (the outbox's keys send each one once)."""
    for meeting in upcoming_occurrences(group.id, after=now, until=now + INVITE_AHEAD):
        if not invitations_queued(meeting):
            invite_members(meeting, now=now)


def fill_every_diary_ahead(now: datetime) -> int:
    """The daily job's part: every active group with a schedule, topped up to the horizon."""
    groups = db.session.scalars(
        db.select(Group).where(Group.schedule_rule != "", Group.is_active.is_(True)).order_by(Group.id)).all()
    return sum(len(fill_diary_ahead(group, now=now)) for group in groups)


def _require_not_cancelled(meeting: Meeting, field: str) -> None:
    if meeting.is_cancelled:
        raise DomainError("This meeting was cancelled, so nothing more can be recorded for it", field=field)


def _mark_held(meeting: Meeting, now: datetime) -> None:
    """Recording what happened at a meeting (on or after its day) marks it held."""
    if meeting.status == MeetingStatus.SCHEDULED and meeting.has_come(to_local(now).date()):
        meeting.status = MeetingStatus.HELD


def set_attendance(meeting: Meeting, *, person: User | None = None, name: str = "",
                   status: str | None, now: datetime, attendance: Attendance | None = None) -> Attendance | None:
    """Record that someone attended or sent apologies; `status=None` takes them off the record.

    People with an account are recorded by `person`; anyone else (a guest speaker, a parent with no
    account) by `name`. An existing record is passed as `attendance`.
    """
    _require_not_cancelled(meeting, "name")
    require_meeting_has_come(meeting, to_local(now).date(), doing="record attendance", field="name")
    if status is not None and status not in set(AttendanceStatus):
        raise DomainError("Choose whether they attended or sent apologies", field="status")
    if attendance is None and person is not None:
        attendance = next((a for a in meeting.attendances if a.person_id == person.id), None)
    if attendance is None:
        if status is None:
            return None
        name = checked_text(name, "attendances.name", field="name", what="The name")
        if person is None and not name:
            raise DomainError("Choose a person or enter the name of someone without an account", field="person")
        if person is None and any(a.person_id is None and a.name.lower() == name.lower()
                                  for a in meeting.attendances):
            raise DomainError(f"{name} is already on the attendance record", field="name")
        attendance = Attendance(person=person, name="" if person else name, status=AttendanceStatus(status))
        meeting.attendances.append(attendance)
    elif status is None:
        meeting.attendances.remove(attendance)
        db.session.delete(attendance)  # explicitly, so the audit trail sees the removal
        db.session.flush()
        return None
    else:
        attendance.status = AttendanceStatus(status)
    if status == AttendanceStatus.ATTENDED:
        _mark_held(meeting, now)
    db.session.flush()
    return attendance


def _check_agenda_text(title: str | None, notes: str | None) -> tuple[str, str]:
    problems = Problems()
    title = problems.check(checked_text, title, "agenda_items.title", field="title", what="The title",
                           required="Enter the agenda item's title")
    notes = problems.check(checked_text, notes, "agenda_items.notes", field="notes", what="The discussion notes")
    problems.raise_any()
    return title, notes


def add_agenda_item(meeting: Meeting, *, title: str, notes: str = "") -> AgendaItem:
    _require_not_cancelled(meeting, "title")
    title, notes = _check_agenda_text(title, notes)
    item = AgendaItem(meeting=meeting, title=title, notes=notes, position=next_agenda_position(meeting))
    db.session.add(item)
    db.session.flush()
    return item


def change_agenda_item(item: AgendaItem, *, title: str, notes: str, version: int | None = None) -> AgendaItem:
    """`version`: the item's version the form or API call read (None: nothing to compare)."""
    check_not_overwriting(item, version, ("title", "notes"), "agenda item")
    item.title, item.notes = _check_agenda_text(title, notes)
    db.session.flush()
    return item


def move_agenda_item(item: AgendaItem, *, up: bool) -> AgendaItem:
    """Swap the item with its neighbour; the positions are renumbered 1, 2, 3 as they go."""
    items = sorted(item.meeting.agenda_items, key=lambda each: (each.position, each.id))
    index = items.index(item)
    other = index - 1 if up else index + 1
    if 0 <= other < len(items):
        items[index], items[other] = items[other], items[index]
    for position, each in enumerate(items, start=1):
        if each.position != position:
            each.position = position
    db.session.flush()
    return item


def _check_agenda_item(meeting: Meeting, agenda_item: AgendaItem | None) -> None:
    if agenda_item is not None and agenda_item.meeting_id != meeting.id:
        raise DomainError("Choose an agenda item from this meeting", field="agenda_item")


def _check_decision(text: str | None) -> str:
    return checked_text(text, "decisions.text", field="text", what="The decision", required="Enter what the group decided")


def record_decision(meeting: Meeting, *, text: str, agenda_item: AgendaItem | None = None,
                    now: datetime) -> Decision:
    _require_not_cancelled(meeting, "text")
    _check_agenda_item(meeting, agenda_item)
    text = _check_decision(text)
    decision = Decision(meeting=meeting, agenda_item=agenda_item, text=text)
    db.session.add(decision)
    _mark_held(meeting, now)
    db.session.flush()
    decision_recorded.send(decision)
    return decision


def change_decision(decision: Decision, *, text: str, agenda_item: AgendaItem | None,
                    version: int | None = None) -> Decision:
    """`version`: the decision's version the form or API call read (None: nothing to compare)."""
    check_not_overwriting(decision, version, ("text", "agenda_item_id"), "decision")
    _check_agenda_item(decision.meeting, agenda_item)
    decision.text = _check_decision(text)
    decision.agenda_item = agenda_item
    db.session.flush()
    return decision


def save_minutes(meeting: Meeting, *, summary: str, minutes: str, now: datetime,
                 version: int | None = None) -> Meeting:
    """The short published summary and the minutes. Minutes stay draft until approved at a later
    meeting of the group, and cannot change once approved."""
    _require_not_cancelled(meeting, "summary")
    check_not_overwriting(meeting, version, ("summary", "minutes"))
    problems = Problems()
    summary = problems.check(checked_text, summary, "meetings.summary", field="summary", what="The summary")
    minutes = problems.check(checked_text, minutes, "meetings.minutes", field="minutes", what="The minutes")
    problems.raise_any()
    if meeting.minutes_are_approved and minutes != meeting.minutes:
        approved_at = meeting.minutes_approved_at
        when = f" at the meeting on {format_date(approved_at.starts_on)}" if approved_at else ""
        raise DomainError(f"These minutes were approved{when}, so they can no longer be changed",
                          field="minutes")
    meeting.summary = summary
    meeting.minutes = minutes
    if meeting.summary or meeting.minutes:
        _mark_held(meeting, now)
    db.session.flush()
    return meeting


def approve_minutes(earlier: Meeting, *, at: Meeting, today: date) -> Decision:
    """Minutes are approved at a later meeting of the same group, recorded there as a decision."""
    when = format_date(earlier.starts_on)
    if earlier.group_id != at.group_id:
        raise DomainError("Minutes can only be approved at a meeting of the same group", field="minutes")
    if at.is_cancelled:
        raise DomainError("This meeting was cancelled, so it cannot approve minutes", field="minutes")
    if earlier.local_start >= at.local_start:
        raise DomainError("Minutes are approved at a later meeting of the group", field="minutes")
    if not at.has_come(today):
        raise DomainError("Minutes can be approved on the day of the meeting, not before", field="minutes")
    if earlier.minutes_are_approved:
        raise DomainError(f"The minutes of the meeting on {when} have already been approved", field="minutes")
    if not earlier.minutes.strip():
        raise DomainError(f"The meeting on {when} has no minutes to approve yet", field="minutes")
    decision = Decision(meeting=at, text=f"The minutes of the meeting on {when} were approved.")
    db.session.add(decision)
    earlier.minutes_status = MinutesStatus.APPROVED
    earlier.minutes_approved_at = at
    db.session.flush()
    return decision
