"""Who gets which nudge on a given day (rule: follow up promptly, docs/rules.md).

`plan_nudges(today)` reads the actions, meetings and people and returns one planned email per
person, listing all their items; it changes nothing. `queue_nudges(plan)` writes those emails to
the outbox. Every rule is a function of `today` and the records, so the same day always plans the
same emails, and the outbox key (the day and the recipient) means a second run that day queues
nothing.

Overdue nudges and escalations come in steps. A run sends the step an action has reached unless
the person already had it (`NudgeStep`, written with the email), so when the scheduler misses a
day, the next run sends the missed step, once, and saying how late the action is by then. The
due-soon reminder (once per due date) and a meeting's pack (once per meeting) are kept the same
way: the first run inside their window sends them, so a missed day is made up too.

The rules (defaults; a group's chair may change the first two for the group):
- due soon: within the group's due-soon window before the due date, the window that makes the
  action's tag amber (tracker/actions/schedule.py, the one home of an action's time rules);
- overdue: on the first working day after the due date, then after 3 and 7 working days, then
  weekly (every 5 working days);
- escalation: to the group's chairs when an action is ESCALATE_AFTER working days overdue, then
  weekly, listing the actions and their owners;
- weekly digest: on the first working day of the week, each person's other open actions (a person
  can turn this off; the overdue nudges cannot be turned off);
- meeting pack: MEETING_PACK working days before a meeting, its chair and members get the group's
  open actions, the meeting's matters arising;
- an update, or a new due date, stops the overdue nudges until the action falls overdue again: the
  overdue count restarts from the day of the update (or the new due date). An owner who has just
  written an update is not told the next day that the action is overdue: the restarted count
  nudges after 3 and 7 working days, then weekly.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import and_, or_

from tracker import permissions
from tracker.actions.models import OPEN_STATUSES, Action
from tracker.actions.schedule import count_of, due_soon_by, due_wording, working_days_late, working_days_left
from tracker.core.dates import (
    add_working_days,
    is_working_day,
    local_day,
    start_of_day,
    working_days_between,
)
from tracker.extensions import db
from tracker.meetings.models import Meeting, MeetingStatus
from tracker.nudges.models import NudgeStep
from tracker.people.models import Group, GroupRole, Membership, User

OVERDUE_STEPS = (1, 3, 7)
WEEK = 5  # working days between weekly nudges
ESCALATE_AFTER = 10
MEETING_PACK = 5


# --- what a plan is made of ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    email: str
    digest_enabled: bool
    is_active: bool
    role: str  # required: a recipient with no role would be taken for staff and shown owners' names

    @property
    def is_authenticated(self) -> bool:
        """Someone emailed is a person with an account, so the permission checks take them as one."""
        return True

    @property
    def sees_owners(self) -> bool:
        """Whether a group's actions are listed to them with their owners' names: a champion sees
        them as a summary, without (tracker/permissions.py, can_view_action_summary)."""
        return permissions.is_staff(self)

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else self.name


@dataclass(frozen=True, slots=True)
class ActionItem:
    id: int
    title: str
    group_name: str
    owner_id: int
    owner_name: str
    due_on: date | None
    at_risk: bool
    working_days_overdue: int  # 0 unless past due
    working_days_left: int  # 0 unless due later than today

    @property
    def is_overdue(self) -> bool:
        return self.working_days_overdue > 0

    @property
    def when(self) -> str:
        return due_wording(self.due_on, late=self.working_days_overdue, left=self.working_days_left)


@dataclass(frozen=True, slots=True)
class Escalation:
    group_id: int
    group_name: str
    actions: tuple[ActionItem, ...]

    @property
    def latest_due_on(self) -> date:
        """The outstanding list filtered to the group's overdue actions due by this date holds
        every action escalated (and any other overdue as long)."""
        return max(item.due_on for item in self.actions)


@dataclass(frozen=True, slots=True)
class MeetingPack:
    meeting_id: int
    group_name: str
    starts_at: datetime
    actions: tuple[ActionItem, ...]  # the group's open actions: the meeting's matters arising


@dataclass(frozen=True, slots=True)
class StepReached:
    """A step of a stepped nudge that an email carries: recorded as sent when the email is queued."""
    kind: str  # overdue, escalation, due_soon, meeting_pack (or input_late: tracker/inputs/reminders.py)
    subject_id: int  # the action (the meeting for meeting_pack, the input for input_late)
    counted_from: date
    step: int


@dataclass
class PlannedEmail:
    day: date
    recipient: Person
    overdue: list[ActionItem] = field(default_factory=list)
    due_soon: list[ActionItem] = field(default_factory=list)
    escalations: list[Escalation] = field(default_factory=list)
    meeting_packs: list[MeetingPack] = field(default_factory=list)
    digest: list[ActionItem] = field(default_factory=list)
    steps: list[StepReached] = field(default_factory=list)  # what it carries, recorded once it is queued

    @property
    def key(self) -> str:
        """One email per person per day, whatever it lists: the outbox keeps it to once."""
        return f"nudges:{self.day.isoformat()}:to={self.recipient.id}"

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.due_soon or self.escalations or self.meeting_packs or self.digest)

    @property
    def is_only_the_digest(self) -> bool:
        """Nothing in it but the weekly list: an email its reader may stop (the rest they may not)."""
        return bool(self.digest) and self.kinds == ["digest"]

    @property
    def kinds(self) -> list[str]:
        return [name for name in ("overdue", "due_soon", "escalations", "meeting_packs", "digest")
                if getattr(self, name)]

    @property
    def subject(self) -> str:
        parts = []
        if self.overdue:
            parts.append(f"{count_of(len(self.overdue), 'action')} overdue")
        if self.due_soon:
            number = len(self.due_soon)
            parts.append(f"{number} due soon" if parts else f"{count_of(number, 'action')} due soon")
        if self.escalations:
            late = sum(len(escalation.actions) for escalation in self.escalations)
            parts.append(f"{late} overdue in {'a group' if len(self.escalations) == 1 else 'groups'} you chair")
        for pack in self.meeting_packs:
            parts.append(f"matters arising for {pack.group_name} on {_day(local_day(pack.starts_at))}")
        if not parts and self.digest:
            parts.append("your open actions this week")
        text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        return text[0].upper() + text[1:]

    def summary_lines(self) -> list[str]:
        """What the email lists, one line per item (for `flask nudges run`)."""
        lines = [f"overdue: {item.title} ({count_of(item.working_days_overdue, 'working day')} late)"
                 for item in self.overdue]
        lines += [f"due soon: {item.title} (due {_day(item.due_on)})" for item in self.due_soon]
        for escalation in self.escalations:
            lines += [f"escalation, {escalation.group_name}: {item.title} ({item.owner_name}, "
                      f"{count_of(item.working_days_overdue, 'working day')} late)"
                      for item in escalation.actions]
        for pack in self.meeting_packs:
            lines.append(f"meeting pack: {pack.group_name} on {_day(local_day(pack.starts_at))}, "
                         f"{count_of(len(pack.actions), 'open action')}")
        if self.digest:
            lines.append(f"weekly digest: {count_of(len(self.digest), 'other open action')}")
        return lines


@dataclass
class NudgePlan:
    today: date
    emails: list[PlannedEmail]

    def counts(self) -> dict[str, int]:
        counts = {"emails": len(self.emails), "overdue": 0, "due_soon": 0, "escalations": 0,
                  "meeting_packs": 0, "digests": 0}
        for email in self.emails:
            counts["overdue"] += len(email.overdue)
            counts["due_soon"] += len(email.due_soon)
            counts["escalations"] += sum(len(escalation.actions) for escalation in email.escalations)
            counts["meeting_packs"] += len(email.meeting_packs)
            counts["digests"] += bool(email.digest)
        return counts


def _day(day: date | None) -> str:
    return f"{day.day} {day:%B}" if day else ""


# --- the rules -----------------------------------------------------------------------------------


def is_digest_day(today: date) -> bool:
    """The first working day of the week: Monday, or Tuesday after a bank holiday Monday."""
    if not is_working_day(today):
        return False
    monday = today - timedelta(days=today.weekday())
    return not any(is_working_day(monday + timedelta(days=offset)) for offset in range(today.weekday()))


def step_reached(days: int, steps: tuple[int, ...] = OVERDUE_STEPS) -> int | None:
    """The latest step reached `days` working days late: 1, 3, 7, then weekly (12, 17, ...).

    None before the first step. A run sends the step reached if it has not been sent, so a run
    after a missed day still sends it, and a run that finds an action several steps on sends only
    the latest.
    """
    if days < steps[0]:
        return None
    last = steps[-1]
    if days < last + WEEK:
        return max(step for step in steps if step <= days)
    return last + WEEK * ((days - last) // WEEK)


def overdue_step(days: int, *, restarted: bool) -> int | None:
    """`days` working days since the due date (or since the update that restarted the count).

    After an update the owner is not nudged the next working day: the restarted count starts at 3.
    """
    return step_reached(days, OVERDUE_STEPS[1:] if restarted else OVERDUE_STEPS)


def step_is_new(last_sent: tuple[date, int] | None, counted_from: date, step: int) -> bool:
    """Whether a person who was last sent `last_sent` (counted from, step) about a thing is still
    to be sent `step`: a new count (a new due date, an update) starts the steps again."""
    return last_sent is None or last_sent[0] != counted_from or last_sent[1] < step


def escalation_step(days: int, escalate_after: int) -> int | None:
    """Chairs are told at `escalate_after` working days overdue, then weekly."""
    return step_reached(days, (escalate_after,))


# --- planning ------------------------------------------------------------------------------------


_ACTION_COLUMNS = (Action.id, Action.title, Action.group_id, Action.owner_id, Action.due_on,
                   Action.at_risk, Action.last_progress_at)


def plan_nudges(today: date) -> NudgePlan:
    """Every email the daily run should send on `today` (a local date). Reads only."""
    if not is_working_day(today):
        return NudgePlan(today=today, emails=[])
    planning = _Planning.read(today)
    for row in planning.actions:
        planning.plan_action(row)
    members = _members_of(set(planning.escalating) | planning.pack_group_ids)
    planning.plan_escalations(members)
    planning.plan_meeting_packs(members)
    planning.plan_digests()
    return NudgePlan(today=today, emails=planning.finished_emails())


@dataclass
class _Planning:
    """One day's plan while it is drawn up: what was read, and each person's email so far."""

    today: date
    groups: dict
    people: dict[int, Person]
    actions: list
    meetings: list
    soon_by: dict[int, date]  # group id: the last due date that is due soon in that group
    sent: dict[tuple[str, int, int], tuple[date, int]]
    digest_day: bool
    pack_group_ids: set[int]  # the groups meeting within MEETING_PACK working days
    emails: dict[int, PlannedEmail] = field(default_factory=dict)
    escalating: dict[int, list[tuple[ActionItem, StepReached]]] = field(default_factory=lambda: defaultdict(list))
    by_group: dict[int, list[ActionItem]] = field(default_factory=lambda: defaultdict(list))
    by_owner: dict[int, list[ActionItem]] = field(default_factory=lambda: defaultdict(list))
    listed: set[int] = field(default_factory=set)  # actions already in their owner's email as overdue or due soon

    @classmethod
    def read(cls, today: date) -> _Planning:
        groups = {row.id: row for row in db.session.execute(
            db.select(Group.id, Group.name, Group.due_soon_working_days, Group.escalate_after_working_days))}
        people = {row.id: Person(row.id, row.name, row.email, row.digest_enabled, row.is_active, row.role)
                  for row in db.session.execute(
                      db.select(User.id, User.name, User.email, User.digest_enabled, User.is_active, User.role))}
        digest_day = is_digest_day(today)
        soon_by = {group_id: due_soon_by(today, group.due_soon_working_days) for group_id, group in groups.items()}
        horizon = max([due_soon_by(today, None), *soon_by.values()])
        actions = _open_actions(None if digest_day else horizon)
        meetings = _meetings_for_packs(today)
        pack_group_ids = {meeting.group_id for meeting in meetings}
        if pack_group_ids and not digest_day:
            loaded = {row.id for row in actions}
            actions += [row for row in _open_actions(None, group_ids=pack_group_ids) if row.id not in loaded]
        sent = _steps_sent(today, horizon, [meeting.id for meeting in meetings])
        return cls(today, groups, people, actions, meetings, soon_by, sent, digest_day, pack_group_ids)

    def email_to(self, person_id: int) -> PlannedEmail | None:
        person = self.people.get(person_id)
        if person is None or not person.is_active:
            return None
        if person_id not in self.emails:
            self.emails[person_id] = PlannedEmail(day=self.today, recipient=person)
        return self.emails[person_id]

    def not_yet_sent(self, kind: str, subject_id: int, person_id: int, counted_from: date, step: int) -> bool:
        return step_is_new(self.sent.get((kind, subject_id, person_id)), counted_from, step)

    def plan_action(self, row) -> None:
        """The owner's overdue or due-soon line for one open action, its escalation, and where
        else it is listed (its group's meeting pack, its owner's digest)."""
        group, owner, due = self.groups[row.group_id], self.people.get(row.owner_id), row.due_on
        item = ActionItem(row.id, row.title, group.name, row.owner_id, owner.name if owner else "",
                          due, row.at_risk, working_days_late(due, self.today), working_days_left(due, self.today))
        if row.group_id in self.pack_group_ids:
            self.by_group[row.group_id].append(item)
        if self.digest_day:
            self.by_owner[row.owner_id].append(item)
        if due is None:
            return
        if item.working_days_overdue:
            self._plan_overdue(row, item, group)
        elif self.today < due <= self.soon_by[row.group_id]:  # an action due today was reminded before
            # Once per due date, on the first run inside the window: a run the scheduler missed
            # is made up by the next one, and a new due date gets its own reminder.
            if self.not_yet_sent("due_soon", row.id, row.owner_id, due, 1) and (email := self.email_to(row.owner_id)):
                email.due_soon.append(item)
                email.steps.append(StepReached("due_soon", row.id, due, 1))
                self.listed.add(row.id)

    def _plan_overdue(self, row, item: ActionItem, group) -> None:
        start, restarted = row.due_on, False
        if row.last_progress_at is not None:
            progress_day = local_day(row.last_progress_at)
            if progress_day >= row.due_on:
                start, restarted = min(progress_day, self.today), True
        days = working_days_between(start, self.today)
        step = overdue_step(days, restarted=restarted)
        if (step is not None and self.not_yet_sent("overdue", row.id, row.owner_id, start, step)
                and (email := self.email_to(row.owner_id))):
            email.overdue.append(item)
            email.steps.append(StepReached("overdue", row.id, start, step))
            self.listed.add(row.id)
        step = escalation_step(days, _group_escalate_after(group))
        if step is not None:
            self.escalating[row.group_id].append((item, StepReached("escalation", row.id, start, step)))

    def plan_escalations(self, members) -> None:
        for group_id, reached in self.escalating.items():
            for chair_id in members[group_id][GroupRole.CHAIR]:
                # A chair who owns the action is nudged about it as its owner, not told it as news.
                due = [(item, step) for item, step in reached if item.owner_id != chair_id
                       and self.not_yet_sent(step.kind, step.subject_id, chair_id, step.counted_from, step.step)]
                if due and (email := self.email_to(chair_id)):
                    email.escalations.append(Escalation(group_id, self.groups[group_id].name,
                                                        tuple(_by_due(item for item, _ in due))))
                    email.steps += [step for _, step in due]

    def plan_meeting_packs(self, members) -> None:
        for meeting in self.meetings:
            pack = MeetingPack(meeting.id, self.groups[meeting.group_id].name, meeting.starts_at,
                               tuple(_by_due(self.by_group[meeting.group_id])))
            counted_from = local_day(meeting.starts_at)
            for person_id in sorted({person for role in members[meeting.group_id].values() for person in role}):
                if self.not_yet_sent("meeting_pack", meeting.id, person_id, counted_from, 1) and (
                        email := self.email_to(person_id)):
                    email.meeting_packs.append(pack)
                    email.steps.append(StepReached("meeting_pack", meeting.id, counted_from, 1))

    def plan_digests(self) -> None:
        for owner_id, items in self.by_owner.items():
            person = self.people.get(owner_id)
            if person is not None and person.digest_enabled:
                rest = [item for item in items if item.id not in self.listed]
                if rest and (email := self.email_to(owner_id)):
                    email.digest = _by_due(rest)

    def finished_emails(self) -> list[PlannedEmail]:
        planned = [email for email in self.emails.values() if not email.is_empty]
        for email in planned:
            email.overdue = _by_due(email.overdue)
            email.due_soon = _by_due(email.due_soon)
            email.escalations.sort(key=lambda escalation: escalation.group_name)
            email.meeting_packs.sort(key=lambda pack: pack.starts_at)
        planned.sort(key=lambda email: (email.recipient.name.lower(), email.recipient.id))
        return planned


def _open_actions(due_by: date | None, group_ids: set[int] | None = None) -> list:
    """The open actions' planning columns: due by a date (overdue and due soon need no later ones),
    or of some groups (a meeting's pack), or all (the digest)."""
    query = db.select(*_ACTION_COLUMNS).where(Action.status.in_(OPEN_STATUSES))
    if due_by is not None:
        query = query.where(Action.due_on <= due_by)
    if group_ids is not None:
        query = query.where(Action.group_id.in_(group_ids))
    return list(db.session.execute(query).all())


def _steps_sent(today: date, horizon: date, meeting_ids: list[int]) -> dict[tuple[str, int, int], tuple[date, int]]:
    """{(kind, subject, person): (counted from, step)} for the open actions past due or due by
    `horizon`, and for the meetings whose packs are planned, in one query."""
    planned = db.select(Action.id).where(Action.status.in_(OPEN_STATUSES), Action.due_on <= horizon)
    about_actions = and_(NudgeStep.kind.in_(("overdue", "escalation", "due_soon")),
                         NudgeStep.subject_id.in_(planned))
    about_meetings = and_(NudgeStep.kind == "meeting_pack", NudgeStep.subject_id.in_(meeting_ids))
    return {(row.kind, row.subject_id, row.recipient_id): (row.counted_from, row.step)
            for row in db.session.execute(
                db.select(NudgeStep.kind, NudgeStep.subject_id, NudgeStep.recipient_id,
                          NudgeStep.counted_from, NudgeStep.step)
                .where(or_(about_actions, about_meetings)))}


def _group_escalate_after(group) -> int:
    return ESCALATE_AFTER if group.escalate_after_working_days is None else group.escalate_after_working_days


def _by_due(items) -> list[ActionItem]:
    return sorted(items, key=lambda item: (item.due_on is None, item.due_on or date.max,
                                           item.title.lower(), item.id))


def _meetings_for_packs(today: date) -> list[Meeting]:
    """Meetings after today and up to MEETING_PACK working days ahead (local dates), not cancelled.
    Each person gets a meeting's pack once, on the first run in that window (see `plan_nudges`)."""
    until = add_working_days(today, MEETING_PACK)
    start, end = start_of_day(today + timedelta(days=1)), start_of_day(until + timedelta(days=1))
    return db.session.execute(
        db.select(Meeting.id, Meeting.group_id, Meeting.starts_at)
        .where(Meeting.starts_at >= start, Meeting.starts_at < end,
               Meeting.status != MeetingStatus.CANCELLED)
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()


def _members_of(group_ids: set[int]) -> dict[int, dict[str, list[int]]]:
    """{group_id: {group_role: [person_id, ...]}} in one query."""
    found: dict[int, dict[str, list[int]]] = {group_id: defaultdict(list) for group_id in group_ids}
    if group_ids:
        for group_id, person_id, role in db.session.execute(
            db.select(Membership.group_id, Membership.person_id, Membership.group_role)
            .where(Membership.group_id.in_(group_ids))
            .order_by(Membership.id)
        ):
            found[group_id][role].append(person_id)
    return found

