"""`flask demo load`: a partnership to explore, drawn from the seeds. Safe to run again."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import click
from flask.cli import AppGroup

from tracker.actions.models import ActionStatus
from tracker.actions.operations import complete_action, create_action, mark_cannot_be_done, post_update
from tracker.core.dates import local_today, local_zone, utcnow
from tracker.core.models import Tag
from tracker.demo import data
from tracker.demo.decisions import publish_demo_decisions
from tracker.demo.inputs import close_demo_loops, raise_demo_inputs
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Attendance, Decision, Meeting, MeetingStatus, MinutesStatus
from tracker.meetings.operations import set_schedule
from tracker.people.models import Group, Membership, Organisation
from tracker.people.operations import create_person

demo_cli = AppGroup("demo", help="Demo data for trying Tracker out.")

LATEST_BOARD = date(2021, 6, 8)


def _shift_weeks(today: date) -> timedelta:
    """Whole weeks (so weekdays stay) that put the latest Board meeting three weeks ago."""
    return timedelta(weeks=((today - timedelta(days=21)) - LATEST_BOARD).days // 7)


def _minutes_of(group_name: str, agenda) -> str:
    """Minutes written from the seeds' agenda: each item's discussion and what was decided."""
    lines = [f"Minutes of the {group_name} meeting."]
    for number, (title, notes, decisions) in enumerate(agenda, start=1):
        lines += ["", f"{number}. {title}", notes, *(f"Decided: {text}" for text in decisions)]
    return "\n".join(lines)


@demo_cli.command("load")
def load_demo():
    """Load demo organisations, groups, people, meetings and actions (once)."""
    if db.session.scalar(db.select(Organisation).where(Organisation.name == data.ORGANISATIONS[0][0])):
        click.echo("Demo data is already loaded.")
    else:
        load_demo_data(local_today())
        db.session.commit()
        click.echo("Loaded the demo partnership.")
    click.echo(f"\nDemo accounts (password for each: {data.DEMO_PASSWORD}):")
    for email, name, role, _, _ in data.PEOPLE:
        click.echo(f"  {email:<28} {name:<16} {role}")


@dataclass(frozen=True)
class _Calendar:
    """The seeds' dates moved by whole weeks so the latest Board meeting was three weeks ago."""

    today: date

    def when(self, day: str) -> date:
        return date.fromisoformat(day) + _shift_weeks(self.today)

    def moment(self, day: str, clock: str) -> datetime:
        local = datetime.combine(self.when(day), time.fromisoformat(clock), tzinfo=local_zone())
        return local.astimezone(UTC)

    def now(self) -> datetime:
        """The moment the demo is loaded (noon, for a day other than today)."""
        if self.today == local_today():
            return utcnow()
        return datetime.combine(self.today, time(12, 0), tzinfo=local_zone()).astimezone(UTC)


def load_demo_data(today: date) -> None:
    calendar = _Calendar(today)
    people = _add_people(_add_organisations())
    groups = _add_groups(people)
    meetings = _add_held_meetings(groups, calendar)
    _approve_minutes_at_next_meetings(meetings)
    _add_upcoming_meetings(groups, calendar)
    _set_schedules(groups, calendar)
    db.session.flush()
    raised_inputs, answering = raise_demo_inputs(people=people, groups=groups, meetings=meetings,
                                                 moment=calendar.moment)
    _add_actions(people, meetings, answering, calendar)
    close_demo_loops(raised_inputs, people=people, moment=calendar.moment)
    publish_demo_decisions(meetings=meetings, moment=calendar.moment)
    db.session.flush()


def _add_organisations() -> dict[str, Organisation]:
    organisations = {}
    for name, short, kind in data.ORGANISATIONS:
        organisations[short] = Organisation(name=name, short_name=short, kind=kind)
        db.session.add(organisations[short])
    return organisations


def _add_people(organisations: dict[str, Organisation]) -> dict:
    return {email: create_person(email=email, name=name, role=role, password=data.DEMO_PASSWORD,
                                 organisation=organisations.get(org), job_title=title)
            for email, name, role, org, title in data.PEOPLE}


def _add_groups(people: dict) -> dict[str, Group]:
    groups = {}
    for name, kind, parent, pattern, members in data.GROUPS:
        group = Group(name=name, kind=kind, meeting_pattern=pattern, parent=groups.get(parent))
        for email, group_role in members.items():
            group.memberships.append(Membership(person=people[email], group_role=group_role))
        groups[name] = group
        db.session.add(group)
    return groups


def _add_held_meetings(groups: dict[str, Group], calendar: _Calendar) -> dict[tuple[str, str], Meeting]:
    """The seeds' meetings, held, with their agenda, decisions, attendance and draft minutes."""
    meetings = {}
    for group_name, day, clock, place, summary, agenda in data.MEETINGS:
        group = groups[group_name]
        meeting = Meeting(
            group=group, starts_at=calendar.moment(day, clock), location=place, is_online=place == "Online",
            status=MeetingStatus.HELD, summary=summary, minutes=_minutes_of(group_name, agenda),
            minutes_status=MinutesStatus.DRAFT,
        )
        for position, (title, notes, decisions) in enumerate(agenda, start=1):
            item = AgendaItem(title=title, notes=notes, position=position)
            meeting.agenda_items.append(item)
            for text in decisions:
                meeting.decisions.append(Decision(text=text, agenda_item=item))
        for membership in group.memberships:
            meeting.attendances.append(Attendance(person=membership.person))
        meetings[(group_name, day)] = meeting
        db.session.add(meeting)
    return meetings


def _approve_minutes_at_next_meetings(meetings: dict[tuple[str, str], Meeting]) -> None:
    """Each meeting's minutes are approved at the group's next meeting; the latest wait for the next one."""
    held = sorted(meetings.items(), key=lambda entry: entry[0][1])
    for (group_name, _day), earlier in held:
        later = next((meeting for (name, _), meeting in held
                      if name == group_name and meeting.starts_at > earlier.starts_at), None)
        if later is not None:
            earlier.minutes_status, earlier.minutes_approved_at = MinutesStatus.APPROVED, later


def _add_upcoming_meetings(groups: dict[str, Group], calendar: _Calendar) -> None:
    for group_name, day, clock, place in data.UPCOMING:
        db.session.add(Meeting(group=groups[group_name], starts_at=calendar.moment(day, clock), location=place,
                               is_online=place == "Online"))


def _set_schedules(groups: dict[str, Group], calendar: _Calendar) -> None:
    """Each group's usual pattern as a schedule, its next meetings put in the diary as the
    group's schedule page does: "by the next meeting" then has a date."""
    db.session.flush()
    for (group_name, frequency, interval, weekday, week_of_month, clock, first, skips_august,
         skips_bank_holidays, place) in data.SCHEDULES:
        set_schedule(groups[group_name], frequency=frequency, interval=interval, weekday=weekday,
                     week_of_month=week_of_month, clock=time.fromisoformat(clock),
                     starts_on=calendar.when(first) if first else calendar.today, skips_august=skips_august,
                     skips_bank_holidays=skips_bank_holidays, location="" if place == "Online" else place,
                     is_online=place == "Online", now=calendar.now())


def _add_actions(people: dict, meetings: dict, answering: dict, calendar: _Calendar) -> None:
    """Actions go through the same operations as the pages, so the demo follows the charter's rules
    (an owner and a due date, an outcome or explanation on closing) and has a real history."""
    tags = {tag.name: tag for tag in db.session.scalars(db.select(Tag))}
    secretary = people["secretary@example.org"]
    for source, title, owner, due, status, closing, tag_names in data.ACTIONS + data.INPUT_ACTIONS:
        meeting = meetings[source]
        action = create_action(
            title=title, owner=people[owner], group=meeting.group, meeting=meeting, by=secretary,
            today=calendar.today, at=meeting.starts_at + timedelta(hours=2),
            due_on=None if due == "next" else calendar.when(due),
            due_at_next_meeting_of=meeting.group if due == "next" else None,
            tags=[tags[name] for name in tag_names if name in tags], inputs=answering.get(title, ()),
        )
        if status == ActionStatus.IN_PROGRESS:
            post_update(action, by=people[owner], at=meeting.starts_at + timedelta(days=10),
                        note="Work has started; I will report back at the next meeting.")
        elif status == ActionStatus.COMPLETED:
            complete_action(action, by=people[owner], outcome=closing, at=calendar.moment(due, "12:00"))
        elif status == ActionStatus.CANNOT_BE_DONE:
            mark_cannot_be_done(action, by=people[owner], explanation=closing, at=calendar.moment(due, "12:00"))
