"""Turning chosen suggestions into draft actions of a meeting: the importer's one path.

The page and `flask minutes import` both call these. They flush and never commit; the caller
commits once, or rolls back when any chosen action is refused (all or nothing).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import update
from sqlalchemy.orm import selectinload

from tracker.actions.models import Action
from tracker.actions.operations import create_action, resolve_next_meeting_due_dates
from tracker.core.database import insert_or_on_conflict
from tracker.core.dates import check_sensible_date, local_zone, to_local
from tracker.core.domain import TEXT_LIMITS, DomainError, checked_text
from tracker.extensions import db
from tracker.importer.due import MEETING_IN_MONTH, NEXT_MEETING
from tracker.importer.models import ImportedAction
from tracker.importer.owners import Candidate, OwnerMatch, match_owner
from tracker.importer.parse import Suggestion, format_day
from tracker.meetings.models import AgendaItem, Meeting, MeetingStatus, MinutesStatus
from tracker.meetings.operations import YEARS_OF_HISTORY, add_agenda_item, save_minutes
from tracker.people.models import Group, GroupRole, Membership, User


@dataclass
class ChosenAction:
    """A suggestion as the secretary left it: their title, owner and due date."""

    title: str
    owner: User | None
    due_on: date | None = None
    by_next_meeting: bool = False
    source: str = ""
    heading: str = ""
    other_owners: str = ""  # more owners the minutes named ("YO"), kept in the action's detail
    unmatched_owner: str = ""  # the owner as the minutes name them, when no one of that name was found


class ImportRefused(DomainError):
    """Some chosen actions broke a rule, so none were created. `errors`: {row index: DomainError};
    each of those may list every problem of its row in its own `errors` (see problems_of)."""

    def __init__(self, errors: dict[int, DomainError]):
        count = len(errors)
        super().__init__(f"{count} of the actions could not be created, so none were. Correct "
                         f"{'it' if count == 1 else 'them'} and try again")
        self.errors = errors


def problems_of(error: DomainError) -> list[DomainError]:
    """Every broken rule of one refused action (create_action reports them all at once)."""
    return list(getattr(error, "errors", None) or [error])


def _local_day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min, tzinfo=local_zone())
    return start, datetime.combine(day + timedelta(days=1), time.min, tzinfo=local_zone())


def meetings_on(group: Group, day: date) -> list[Meeting]:
    """The group's meetings on a date where the partnership is, cancelled ones included."""
    start, end = _local_day_bounds(day)
    return db.session.scalars(
        db.select(Meeting)
        .where(Meeting.group_id == group.id, Meeting.starts_at >= start, Meeting.starts_at < end)
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()


def find_or_create_meeting(group: Group, day: date, *, minutes: str, now: datetime) -> tuple[Meeting, bool]:
    """The group's meeting on `day`, or a new one holding the pasted outcomes as draft minutes.

    (meeting, created). A meeting found with no minutes yet takes the outcomes as its draft minutes;
    minutes already written are left alone. A new meeting has no time or place on record (the
    outcomes rarely say): it starts at midnight of its day until someone corrects it.
    """
    # The meeting's rules, as scheduling a meeting and saving its minutes have them.
    check_sensible_date(day, around=to_local(now).date(), what="the date of the meeting", field="date",
                        years_before=YEARS_OF_HISTORY)
    minutes = checked_text(minutes, "meetings.minutes", field="outcomes", what="The outcomes")
    found = meetings_on(group, day)
    held = [meeting for meeting in found if not meeting.is_cancelled]
    if held:
        meeting = held[0]
        if not meeting.minutes and not meeting.minutes_are_approved:
            save_minutes(meeting, summary=meeting.summary, minutes=minutes, now=now)
        return meeting, False
    if found:
        raise DomainError(f"The meeting of {group.name} on {format_day(day)} was cancelled, so nothing "
                          "can be imported into it", field="date")
    if not group.is_active:
        raise DomainError(f"{group.name} has closed. Reopen the group before importing its meetings",
                          field="group")
    starts_at = _local_day_bounds(day)[0]
    meeting = Meeting(
        group=group, starts_at=starts_at, location="", is_online=False,
        status=MeetingStatus.HELD if day <= to_local(now).date() else MeetingStatus.SCHEDULED,
        minutes=minutes, minutes_status=MinutesStatus.DRAFT,
    )
    db.session.add(meeting)
    db.session.flush()
    resolve_next_meeting_due_dates(meeting)
    return meeting, True


def default_owner(group: Group) -> tuple[User, str] | None:
    """Who owns imported actions until they are reassigned: the group's secretary, else its chair.

    (person, "secretary" or "chair"), or None when the group has neither.
    """
    rows = db.session.execute(
        db.select(User, Membership.group_role)
        .join(Membership, Membership.person_id == User.id)
        .where(Membership.group_id == group.id, User.is_active.is_(True),
               Membership.group_role.in_((GroupRole.SECRETARY, GroupRole.CHAIR)))
        .order_by(User.name, User.id)
    ).all()
    for wanted in (GroupRole.SECRETARY, GroupRole.CHAIR):
        for person, role in rows:
            if role == wanted:
                return person, str(wanted)
    return None


def owner_candidates(group: Group, people: list[User]) -> list[Candidate]:
    """The people an owner named in the minutes may be, each with their role in the group (one query)."""
    roles = dict(db.session.execute(
        db.select(Membership.person_id, Membership.group_role).where(Membership.group_id == group.id)).all())
    return [
        Candidate(id=person.id, name=person.name, job_title=person.job_title or "",
                  organisations=tuple(name for name in (person.organisation.name, person.organisation.short_name)
                                      if name) if person.organisation else (),
                  group_role=roles.get(person.id), email=person.email or "")
        for person in people
    ]


@dataclass(frozen=True)
class ReadSuggestion:
    """A suggestion's owner and due date as the reviewer first sees them, with where each came from."""

    owner: OwnerMatch | None  # None when the minutes name no owner
    due_on: date | None
    by_next_meeting: bool
    due_note: str  # "Read from “by 30 January”", a rule's wording, or "" when the words give no date


def diary_after(meeting: Meeting) -> list[Meeting]:
    """The group's meetings after this one (not cancelled), soonest first: where "at January's
    Board meeting" finds its date."""
    return db.session.scalars(
        db.select(Meeting).where(Meeting.group_id == meeting.group_id, Meeting.starts_at > meeting.starts_at,
                                 Meeting.status != MeetingStatus.CANCELLED)
        .order_by(Meeting.starts_at).limit(60)
    ).all()


def read_suggestion(suggestion: Suggestion, *, meeting: Meeting, candidates: list[Candidate],
                    diary: list[Meeting]) -> ReadSuggestion:
    """Match the owner the minutes name to a person, and settle the due date against the diary.

    A due date before the meeting is not used (the reviewer chooses); "by the next meeting" is the
    group's meeting after this one, resolved by the actions rules once it is in the diary.
    """
    owner = match_owner(suggestion.owner_text, candidates) if suggestion.owner_text else None
    due = suggestion.due
    if due is None:
        return ReadSuggestion(owner, None, False, "")
    if due.kind == NEXT_MEETING:
        dated = f" (the minutes date it {format_day(due.on)})" if due.on else ""
        return ReadSuggestion(owner, None, True, f"“{due.words}”: the group's meeting after this one{dated}")
    if due.kind == MEETING_IN_MONTH:
        held = next((each for each in diary if each.starts_on.year == due.month.year
                     and each.starts_on.month == due.month.month), None)
        if held is not None:
            return ReadSuggestion(owner, held.starts_on, False,
                                  f"“{due.words}”: the meeting of {meeting.group.name} on {format_day(held.starts_on)}")
    if due.problem:  # "“30 February” is not a real date: February 2027 has 28 days"
        return ReadSuggestion(owner, None, False, f"{due.problem}, so the date is left for you to choose")
    if due.on is None or due.on < meeting.starts_on:
        return ReadSuggestion(owner, None, False,
                              f"“{due.words}” is before the meeting, so the date is left for you to choose")
    note = f"A rule: {due.rule}" if due.rule else f"Read from “{due.words}”"
    return ReadSuggestion(owner, due.on, False, note)


def people_who_can_own() -> list[User]:
    """Active people by name with their organisations (two queries), for the owner lists."""
    return db.session.scalars(
        db.select(User).where(User.is_active.is_(True)).options(selectinload(User.organisation))
        .order_by(User.name, User.id)
    ).all()


@dataclass
class ImportedBefore:
    """What the meeting's actions already are, so importing the same outcomes twice adds nothing."""

    titles: set[str]
    details: set[str]

    def has(self, title: str, source: str, heading: str) -> bool:
        """Same title, or made from the same words (its title since reworded)."""
        return title.casefold() in self.titles or source_note(source, heading) in self.details


def imported_before(meeting: Meeting) -> ImportedBefore:
    rows = db.session.execute(db.select(Action.title, Action.detail).where(Action.meeting_id == meeting.id)).all()
    return ImportedBefore({title.casefold() for title, _ in rows}, {detail.split("\n\n")[0] for _, detail in rows})


def imported_detail(row: ChosenAction) -> str:
    """The action's detail: where it came from, then who else the minutes named as its owners, so
    nothing they said about the owner is lost when someone else is chosen."""
    notes = [source_note(row.source, row.heading)] if row.source else []
    if row.unmatched_owner:
        notes.append(f"The minutes name the owner as “{_clipped(row.unmatched_owner, 300)}”, who was not found "
                     "among the partnership's people")
    if row.other_owners:
        notes.append(f"Also named as owners in the minutes: {_clipped(row.other_owners, 1_000)}")
    return "\n\n".join(notes)


# The words quoted in an action's detail: a sentence longer than this (3,000 clauses pasted from a
# PDF) is shortened, so the detail stays within its limit with the owners' notes beside it.
MAX_QUOTED = 8_000


def _clipped(text: str, most: int) -> str:
    text = text.strip()
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"


def source_note(source: str, heading: str) -> str:
    """What the action's detail records: where in the outcomes it came from."""
    under = f", under “{_clipped(heading, TEXT_LIMITS['agenda_items.title'])}”" if heading else ""
    return f"From the meeting outcomes{under}:\n“{_clipped(source, MAX_QUOTED)}”"


def _agenda_item(meeting: Meeting, heading: str, made: dict[str, AgendaItem]) -> AgendaItem | None:
    """The meeting's agenda item with this heading, added if it has none yet."""
    heading = heading.strip()[:TEXT_LIMITS["agenda_items.title"]]
    if not heading:
        return None
    key = heading.casefold()
    if key not in made:
        existing = next((item for item in meeting.agenda_items if item.title.strip().casefold() == key), None)
        made[key] = existing or add_agenda_item(meeting, title=heading)
    return made[key]


def _import_keys(chosen: list[ChosenAction]) -> list[str]:
    """A key per chosen action for the words it came from (its title when it has none); a second
    action from the same words is numbered, so two commitments in one sentence keep two keys."""
    seen: Counter[str] = Counter()
    keys = []
    for row in chosen:
        words = source_note(row.source, row.heading) if row.source.strip() else row.title.strip().casefold()
        keys.append(hashlib.sha256(f"{words}\n{seen[words]}".encode()).hexdigest())
        seen[words] += 1
    return keys


def _claim(meeting: Meeting, keys: list[str]) -> dict[str, int]:
    """Record the keys not yet imported into this meeting: {key: row id} of those this call added.
    A key another transaction holds waits for it to finish (PostgreSQL), then counts as taken."""
    if not keys:
        return {}
    statement = insert_or_on_conflict(db.session, ImportedAction).values(
        [{"meeting_id": meeting.id, "key": key} for key in keys]
    ).on_conflict_do_nothing(index_elements=["meeting_id", "key"]).returning(ImportedAction.key, ImportedAction.id)
    return {key: row_id for key, row_id in db.session.execute(statement)}


def create_chosen_actions(meeting: Meeting, chosen: list[ChosenAction], *, by: User | None,
                          today: date, now: datetime) -> list[Action]:
    """Create every chosen action, or none: raises ImportRefused naming each one refused.

    An action already made from the same words of this meeting's outcomes (a second press of
    Create, or someone else importing at the same moment) is left out, not made twice: the
    actions returned are only those this call created.

    Each action keeps the words it came from in its detail and sits under the agenda item of its
    heading. It is raised at the time of the meeting (not today, for outcomes typed up later), so
    "by the next meeting" means the group's meeting after this one (rule: someone owns it).
    """
    raised_at = min(meeting.starts_at, now)
    if meeting.is_cancelled:
        raise DomainError("This meeting was cancelled, so no actions can be added to it", field="outcomes")
    errors: dict[int, DomainError] = {}
    created: list[Action] = []
    agenda: dict[str, AgendaItem] = {}
    keys = _import_keys(chosen)
    claimed = _claim(meeting, keys)
    made: list[dict] = []
    for index, row in enumerate(chosen):
        if keys[index] not in claimed:
            continue
        try:
            created.append(create_action(
                title=row.title, owner=row.owner, group=meeting.group, by=by, today=today,
                due_on=None if row.by_next_meeting else row.due_on,
                due_at_next_meeting_of=meeting.group if row.by_next_meeting else None,
                detail=imported_detail(row),
                meeting=meeting, agenda_item=_agenda_item(meeting, row.heading, agenda), at=raised_at,
            ))
            made.append({"id": claimed[keys[index]], "action_id": created[-1].id})
        except DomainError as error:
            errors[index] = error
    if errors:
        raise ImportRefused(errors)
    if made:
        db.session.execute(update(ImportedAction), made)
    return created
