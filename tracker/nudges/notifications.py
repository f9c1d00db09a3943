"""Everyone hears what concerns them: "You have a new action", and the daily email of moves.

New actions. When an action is raised for someone, passed to them, or its date is moved by someone
else, a notice is written for them (and for the previous owner of an action passed on) in the
transaction that made the change. The outbox run gathers a person's notices into one email once
they have been quiet for NOTIFY_QUIET_MINUTES, so a meeting's actions arrive as one email. Nobody
gets a notice of their own change.

Moves. Once a working day the daily run lists, per person, every move since the last run of the
actions they follow (owners and escalated chairs follow automatically; anyone who may see an
action can follow it) and of the actions that answer input they raised: a new date with its
reason, an update, completion or "cannot be done" with its words. People without an account hear
through the address they gave, with their private trail link. One email a person a day, at most.

Both go through the outbox with unique keys, so a second run, a retry or two workers send nothing
twice, and the notices and the run's high-water mark are written in the same transaction as the
emails, so a failure loses nothing.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from flask import current_app
from sqlalchemy import Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, selectinload

from tracker import permissions
from tracker.actions.log_models import ImportedLogRow
from tracker.actions.models import Action, ActionStatus, ActionUpdate, UpdateKind
from tracker.actions.signals import action_progressed, action_raised, action_reassigned, actions_imported
from tracker.core.database import UTCDateTime, insert_or_on_conflict
from tracker.core.dates import format_date, start_of_day, utcnow
from tracker.core.models import Auditable
from tracker.extensions import db
from tracker.inputs.models import Input, input_actions
from tracker.inputs.notify import trail_url
from tracker.nudges import preferences
from tracker.nudges.links import NEW_ACTION, absolute_url, action_link_token
from tracker.nudges.outbox import queue_email
from tracker.people.models import User

# What a notice says.
RAISED = "raised"  # a new action for you
PASSED_TO = "passed_to"  # someone passed you their action
PASSED_ON = "passed_on"  # your action was passed to someone else
MOVED = "moved"  # someone else moved the due date of your action
IMPORTED = "imported"  # an open action of yours, brought in from an existing action log (one line an email)
# An imported log's open actions are one line of the email, naming this many of them.
IMPORTED_NAMED = 5
# Gathered notices go out at the latest this long after the first, however busy the sitting.
LONGEST_GATHERING = timedelta(hours=1)


class ActionFollow(Auditable, db.Model):
    """A person follows an action: its moves come in their daily email."""

    __tablename__ = "action_follows"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (UniqueConstraint("action_id", "person_id", name="uq_action_follows_action_person"),)


class ActionNotice(db.Model):
    """One thing to tell one person about one of their actions, waiting to be gathered."""

    __tablename__ = "action_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    recipient_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(20))
    by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    other_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))  # the new owner
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    emailed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    action: Mapped[Action] = relationship()
    by: Mapped[User | None] = relationship(foreign_keys=[by_id])
    other: Mapped[User | None] = relationship(foreign_keys=[other_id])

    __table_args__ = (Index("ix_action_notices_waiting", "emailed_at", "recipient_id"),)


class DailyEmailRun(db.Model):
    """The daily email's high-water mark: the updates up to this id have been told."""

    __tablename__ = "daily_email_runs"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    up_to_update_id: Mapped[int] = mapped_column(Integer)
    ran_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


# --- following -----------------------------------------------------------------------------------


def follow(action: Action, person: User) -> bool:
    """Flushes, never commits. True if the person was not following it already."""
    if is_following(action, person):
        return False
    db.session.add(ActionFollow(action_id=action.id, person_id=person.id, created_at=utcnow()))
    db.session.flush()
    return True


def unfollow(action: Action, person: User) -> bool:
    row = db.session.scalar(db.select(ActionFollow).where(ActionFollow.action_id == action.id,
                                                          ActionFollow.person_id == person.id))
    if row is None:
        return False
    db.session.delete(row)
    db.session.flush()
    return True


def is_following(action: Action, person: User) -> bool:
    return db.session.scalar(db.select(ActionFollow.id).where(
        ActionFollow.action_id == action.id, ActionFollow.person_id == person.id)) is not None


def follow_quietly(action_id: int, person_id: int) -> None:
    """Automatic following (owners, escalated chairs): no error if already following."""
    follow_all_quietly([(action_id, person_id)])


def follow_all_quietly(pairs: list[tuple[int, int]]) -> None:
    """follow_quietly for many (action id, person id) pairs, in one executemany."""
    if not pairs:
        return
    now = utcnow()
    statement = insert_or_on_conflict(db.session, ActionFollow).on_conflict_do_nothing(
        index_elements=["action_id", "person_id"])
    db.session.execute(statement, [{"action_id": action_id, "person_id": person_id, "created_at": now}
                                   for action_id, person_id in pairs])


# --- notices, written as things happen -----------------------------------------------------------


def _notice_row(action: Action, recipient: User | None, event: str, *, by: User | None,
                other: User | None = None) -> dict | None:
    if recipient is None or not recipient.is_active or (by is not None and by.id == recipient.id):
        return None  # nobody hears of their own change
    return {"action_id": action.id, "recipient_id": recipient.id, "event": event, "by_id": by.id if by else None,
            "other_id": other.id if other else None, "created_at": utcnow()}


def _notice(action: Action, recipient: User | None, event: str, *, by: User | None, other: User | None = None):
    if (row := _notice_row(action, recipient, event, by=by, other=other)) is not None:
        db.session.add(ActionNotice(**row))


@action_raised.connect
def _raised(action: Action, *, imported: bool = False, **_details) -> None:
    if imported:
        return  # _imported has told its owner
    follow_quietly(action.id, action.owner_id)
    _notice(action, action.owner, RAISED, by=action.created_by)


@actions_imported.connect
def _imported(actions: tuple[Action, ...], *, by: User | None, **_details) -> None:
    """An imported action log is history, not news: the owners follow every action it brought in
    (so a reopening reaches them), and hear only of those still open, which their email gathers
    into one line. A few statements for the whole log."""
    follow_all_quietly([(action.id, action.owner_id) for action in actions])
    rows = [row for action in actions if action.is_open
            and (row := _notice_row(action, action.owner, IMPORTED, by=by)) is not None]
    if rows:
        db.session.execute(db.insert(ActionNotice), rows)


@action_reassigned.connect
def _reassigned(action: Action, *, update: ActionUpdate, old_owner: User, **_details) -> None:
    follow_quietly(action.id, action.owner_id)
    _notice(action, action.owner, PASSED_TO, by=update.author)
    _notice(action, old_owner, PASSED_ON, by=update.author, other=action.owner)


@action_progressed.connect
def _progressed(action: Action, *, update: ActionUpdate, **_details) -> None:
    if update.kind == UpdateKind.DUE_DATE_MOVED:
        _notice(action, action.owner, MOVED, by=update.author)


# --- gathering new-action notices into one email a person (the outbox run) -----------------------


def _daily_choosers():
    return db.select(preferences.EmailChoice.person_id).where(
        preferences.EmailChoice.kind == preferences.NEW_ACTIONS, preferences.EmailChoice.choice == preferences.DAILY)


def _ready_recipients(now: datetime):
    """Who has notices quiet for NOTIFY_QUIET_MINUTES (or waiting an hour), leaving out those who
    chose the daily email: they wait for it."""
    quiet = timedelta(minutes=current_app.config["NOTIFY_QUIET_MINUTES"])
    return (
        db.select(ActionNotice.recipient_id)
        .where(ActionNotice.emailed_at.is_(None), ActionNotice.recipient_id.not_in(_daily_choosers()))
        .group_by(ActionNotice.recipient_id)
        .having(db.or_(db.func.max(ActionNotice.created_at) <= now - quiet,
                       db.func.min(ActionNotice.created_at) <= now - LONGEST_GATHERING))
    )


def new_action_emails_ready(now: datetime) -> bool:
    """Is there anything for the outbox run to gather? (A run with nothing to do is not recorded.)"""
    return db.session.scalar(_ready_recipients(now).limit(1)) is not None


@dataclass
class GatherResult:
    emails: int = 0
    notices: int = 0


def gather_new_action_emails(now: datetime) -> GatherResult:
    """Queue one email for each person whose notices have been quiet long enough. Flushes; the
    outbox run commits. Those who turned new-action emails off have their notices put aside."""
    ready = db.session.scalars(_ready_recipients(now)).all()
    result = GatherResult()
    if not ready:
        return result
    choices = preferences.choices_of_people(ready, preferences.NEW_ACTIONS)
    notices = _load_notices(db.and_(ActionNotice.emailed_at.is_(None), ActionNotice.recipient_id.in_(ready)))
    people = _people(ready)
    reasons = move_reasons(notices)
    for person_id, theirs in _by_recipient(notices).items():
        person = people[person_id]
        if choices.get(person_id) != preferences.OFF and _queue_new_actions(person, theirs, reasons):
            result.emails += 1
        result.notices += len(theirs)
    _mark_emailed(notices, now)
    return result


def _load_notices(where) -> list[ActionNotice]:
    return db.session.scalars(
        db.select(ActionNotice).where(where).order_by(ActionNotice.id)
        .options(selectinload(ActionNotice.action).selectinload(Action.group),
                 selectinload(ActionNotice.action).selectinload(Action.meeting),
                 selectinload(ActionNotice.action).selectinload(Action.decision),
                 selectinload(ActionNotice.by), selectinload(ActionNotice.other))
    ).all()


def _by_recipient(notices) -> dict[int, list[ActionNotice]]:
    grouped = defaultdict(list)
    for notice in notices:
        grouped[notice.recipient_id].append(notice)
    return grouped


def _people(ids) -> dict[int, User]:
    ids = list(set(ids))
    return {person.id: person for person in db.session.scalars(db.select(User).where(User.id.in_(ids)))} if ids else {}


def _mark_emailed(notices, now: datetime) -> None:
    ids = [notice.id for notice in notices]
    if ids:
        db.session.execute(db.update(ActionNotice).where(ActionNotice.id.in_(ids)).values(emailed_at=now))


@dataclass
class NoticeLine:
    """A notice as the email shows it, with the one-click links if the action is still theirs."""

    notice: ActionNotice
    links: dict[str, str] = field(default_factory=dict)
    reason: str = ""  # why the date moved (rule: no silent slippage)
    imported: list[Action] = field(default_factory=list)  # IMPORTED: the open actions of a group's log now theirs

    @property
    def imported_shown(self) -> list[Action]:
        """The first few of them, named in the email; the link lists them all."""
        return self.imported[:IMPORTED_NAMED]

    @property
    def action(self) -> Action:
        return self.notice.action

    @property
    def event(self) -> str:
        return self.notice.event


def move_reasons(notices) -> dict[int, str]:
    """The reason given for each moved action's latest new date, in one query for all the notices."""
    moved = {notice.action_id for notice in notices if notice.event == MOVED}
    if not moved:
        return {}
    rows = db.session.execute(
        db.select(ActionUpdate.action_id, ActionUpdate.note)
        .where(ActionUpdate.action_id.in_(moved), ActionUpdate.kind == UpdateKind.DUE_DATE_MOVED)
        .order_by(ActionUpdate.id)
    )
    return dict(rows.all())  # the latest of each action's moves wins


def _lines(person: User, notices, reasons: dict[int, str]) -> list[NoticeLine]:
    lines = []
    imported: dict[int, NoticeLine] = {}  # by group: one line for all of a log's actions
    for notice in notices:
        action = notice.action
        if notice.event == IMPORTED:
            if action.group_id not in imported:
                imported[action.group_id] = NoticeLine(notice, {"mine": absolute_url("actions.mine")})
                lines.append(imported[action.group_id])
            imported[action.group_id].imported.append(action)
            continue
        links = {}
        if notice.event != PASSED_ON and action.is_open and action.owner_id == person.id:
            links = {choice: absolute_url("nudges.action_link_respond", choice=choice,
                                          token=action_link_token(action.id, person.id, sent_in=NEW_ACTION))
                     for choice in ("update", "more-time", "cannot-be-done")}
        lines.append(NoticeLine(notice, links, reasons.get(action.id, "") if notice.event == MOVED else ""))
    return lines


def _new_actions_subject(notices) -> str:
    mine = [notice for notice in notices if notice.event in (RAISED, PASSED_TO, IMPORTED)]
    if len(mine) == len(notices):
        return "You have a new action" if len(mine) == 1 else f"You have {len(mine)} new actions"
    return "Changes to your actions"


def news_for(person_id: int, notices) -> list[ActionNotice]:
    """What a person's gathered notices tell them: one line an action, as the action stands now.
    An action that became theirs in this email is new to them, so how its date moved meanwhile is
    no news; one that came and went before they heard of it is no news at all; one they owned
    before says that it was passed on, or its latest move."""
    by_action: dict[int, list[ActionNotice]] = defaultdict(list)
    for notice in notices:
        by_action[notice.action_id].append(notice)
    told = []
    for theirs in by_action.values():
        became_theirs = next((notice for notice in theirs if notice.event in (RAISED, PASSED_TO, IMPORTED)), None)
        if theirs[0].action.owner_id == person_id:
            moved = [notice for notice in theirs if notice.event == MOVED]
            told.append(became_theirs or (moved or theirs)[-1])
        elif became_theirs is None and (passed_on := [n for n in theirs if n.event == PASSED_ON]):
            told.append(passed_on[-1])
    return sorted(told, key=lambda notice: notice.id)


def _queue_new_actions(person: User, notices, reasons: dict[int, str]) -> bool:
    if not (news := news_for(person.id, notices)):
        return False  # nothing left to tell: each action came and went before they heard of it
    return queue_email(
        key=f"new-actions:to={person.id}:upto={max(notice.id for notice in notices)}",
        kind="new_actions", to=person, subject=(subject := _new_actions_subject(news)), title=subject,
        template="emails/new_actions", lines=_lines(person, news, reasons),
        settings_url=absolute_url("nudges.settings"),
        headers=preferences.unsubscribe_headers(person, preferences.NEW_ACTIONS),
    )


# --- the daily email of moves --------------------------------------------------------------------

CLOSED = {ActionStatus.COMPLETED, ActionStatus.CANNOT_BE_DONE}
# What a contributor hears of; followers hear of notes, at-risk flags and reopening too.
FOLLOWER_KINDS = (UpdateKind.DUE_DATE_MOVED, UpdateKind.STATUS_CHANGED, UpdateKind.NOTE,
                  UpdateKind.MATTERS_ARISING, UpdateKind.AT_RISK)


@dataclass
class Reader:
    """Someone the daily email goes to: a person, or an address with the inputs it raised."""

    person_id: int | None = None
    person: User | None = None
    address: str = ""
    name: str = ""
    moves: dict[int, list[ActionUpdate]] = field(default_factory=lambda: defaultdict(list))  # by action
    inputs: dict[int, list] = field(default_factory=lambda: defaultdict(list))  # by action: rows of Input columns
    notices: list[ActionNotice] = field(default_factory=list)  # once planned, only what they tell (news_for)

    @property
    def key(self) -> str:
        return f"person={self.person.id}" if self.person else f"address={self.address}"


@dataclass
class DailyPlan:
    today: date
    up_to_update_id: int
    readers: list[Reader]
    actions: dict[int, Action]
    authors: dict[int, User] = field(default_factory=dict)  # who made each move, by person id
    already_run: bool = False
    notices: list[ActionNotice] = field(default_factory=list)  # every notice waiting for it, told or not
    last_day: date | None = None  # the day of the run before: what moved since then is told

    @property
    def since(self) -> str:
        """Since when the moves are told, as the reader says it: a Monday's email tells Friday's."""
        if self.last_day is None or self.last_day == self.today - timedelta(days=1):
            return "yesterday"
        if self.today - self.last_day < timedelta(days=7):
            return f"{self.last_day:%A}"
        return format_date(self.last_day)

    def counts(self) -> dict:
        return {"daily_emails_planned": len(self.readers)}


class _Readers(dict):
    """The daily email's readers so far, by Reader.key."""

    def reader(self, person_id: int | None = None, address: str = "", name: str = "") -> Reader:
        key = f"person={person_id}" if person_id else f"address={address}"
        if key not in self:
            self[key] = Reader(person_id=person_id, address=address, name=name)
        return self[key]


def plan_daily_emails(today: date) -> DailyPlan:
    """Who hears of which moves since the last run: a fixed number of queries, whatever the size."""
    ran = db.session.execute(db.select(db.func.max(DailyEmailRun.up_to_update_id),
                                       db.func.max(DailyEmailRun.day))).one()
    since, last_day = ran[0], ran[1]
    up_to = db.session.scalar(db.select(db.func.max(ActionUpdate.id))) or 0
    if last_day is not None and last_day >= today:
        return DailyPlan(today, since, [], {}, already_run=True)
    if since is None:  # the first run ever: yesterday's news, not the whole history
        since = db.session.scalar(db.select(db.func.max(ActionUpdate.id)).where(
            ActionUpdate.created_at < start_of_day(today - timedelta(days=1)))) or 0
    updates = _news(since, up_to)
    by_action = defaultdict(list)
    for update in updates:
        by_action[update.action_id].append(update)
    readers = _Readers()
    if by_action:
        _add_followers(readers, by_action)
        _add_contributors(readers, by_action)
    # New actions of people who chose to hear of them in the daily email.
    notices = _load_notices(db.and_(ActionNotice.emailed_at.is_(None),
                                    ActionNotice.recipient_id.in_(_daily_choosers())))
    for notice in notices:
        readers.reader(notice.recipient_id).notices.append(notice)
    planned, actions = _worth_emailing(readers, list(by_action))
    authors = _people([update.author_id for update in updates if update.author_id])
    return DailyPlan(today, up_to, planned, actions, authors, notices=notices, last_day=last_day)


def _news(since: int, up_to: int) -> list[ActionUpdate]:
    """The updates followers hear of, recorded after the last run. Not an imported log's history:
    the updates it brought in, dated up to when it was imported."""
    history = db.select(ImportedLogRow.id).where(ImportedLogRow.action_id == ActionUpdate.action_id,
                                                 ImportedLogRow.imported_at >= ActionUpdate.created_at)
    return db.session.scalars(
        db.select(ActionUpdate).where(ActionUpdate.id > since, ActionUpdate.id <= up_to,
                                      ActionUpdate.kind.in_(FOLLOWER_KINDS), ~history.exists())
        .order_by(ActionUpdate.id)
    ).all()


def _add_followers(readers: _Readers, by_action: dict[int, list[ActionUpdate]]) -> None:
    """Followers hear of working notes, so only those who may still see the action: one that was
    passed on from a champion is no longer theirs to read (tracker/permissions.py)."""
    follows = db.session.execute(
        db.select(ActionFollow.action_id, ActionFollow.person_id)
        .join(User, User.id == ActionFollow.person_id).join(Action, Action.id == ActionFollow.action_id)
        .where(ActionFollow.action_id.in_(list(by_action)), permissions.viewers_of_actions())).all()
    for action_id, person_id in follows:
        readers.reader(person_id).moves[action_id] = by_action[action_id]


def _add_contributors(readers: _Readers, by_action: dict[int, list[ActionUpdate]]) -> None:
    """Those who raised the input an action answers hear of what _tells_contributor says."""
    # Only the columns the email needs: thousands of inputs, read as plain rows.
    for raised in db.session.execute(
        db.select(Input.id, Input.what, Input.raised_by_id, Input.contact_email, Input.contact_name,
                  input_actions.c.action_id)
        .join(input_actions, input_actions.c.input_id == Input.id)
        .where(input_actions.c.action_id.in_(list(by_action)))
    ).all():
        action_id = raised.action_id
        told = [update for update in by_action[action_id] if _tells_contributor(update)]
        if not told:
            continue
        if raised.raised_by_id is not None:
            reader = readers.reader(raised.raised_by_id)
        elif raised.contact_email:
            reader = readers.reader(address=raised.contact_email.strip().lower(), name=raised.contact_name)
        else:
            continue  # raised anonymously: nobody to tell
        known = {update.id for update in reader.moves.get(action_id, [])}
        reader.moves[action_id] = reader.moves.get(action_id, []) + [u for u in told if u.id not in known]
        reader.inputs[action_id].append(raised)


def _worth_emailing(readers: _Readers, action_ids: list[int]) -> tuple[list[Reader], dict[int, Action]]:
    """The readers left with something worth telling, as they chose, in a stable order; and the actions."""
    people = _people([r.person_id for r in readers.values() if r.person_id])
    choices = preferences.choices_of_people(people, preferences.MOVES)
    addresses_off = preferences.addresses_turned_off([r.address for r in readers.values() if r.address],
                                                     preferences.MOVES)
    actions = {action.id: action for action in db.session.scalars(
        db.select(Action).where(Action.id.in_(action_ids))
        .options(selectinload(Action.group), selectinload(Action.owner)))} if action_ids else {}
    planned = []
    for reader in readers.values():
        if reader.person_id:
            reader.person = people.get(reader.person_id)
            if reader.person is None or not reader.person.is_active:
                continue
            reader.name = reader.person.name
            wants_moves = choices.get(reader.person_id, preferences.ON) != preferences.OFF
        else:
            wants_moves = reader.address not in addresses_off
        reader.moves = {action_id: kept for action_id, moves in reader.moves.items()
                        if (kept := [u for u in moves if _worth_telling(reader, actions[action_id], u)])} \
            if wants_moves else {}
        reader.notices = news_for(reader.person_id, reader.notices)  # kept as the moves are: what is told
        if reader.moves or reader.notices:
            planned.append(reader)
    planned.sort(key=lambda reader: reader.key)
    return planned, actions


def _tells_contributor(update: ActionUpdate) -> bool:
    """Contributors hear of a new date, a closing, what was said at a meeting (public record) and
    an update its author shared with them; working notes stay with those who follow the action."""
    if update.kind == UpdateKind.STATUS_CHANGED:
        return update.new_status in CLOSED
    return update.is_for_contributors and update.kind in (UpdateKind.NOTE, UpdateKind.DUE_DATE_MOVED,
                                                          UpdateKind.MATTERS_ARISING)


def _worth_telling(reader: Reader, action: Action, update: ActionUpdate) -> bool:
    if reader.person is not None and update.author_id == reader.person.id:
        return False  # nobody hears of their own change
    if reader.person is not None and update.kind == UpdateKind.DUE_DATE_MOVED and action.owner_id == reader.person.id:
        return False  # the owner heard of it at once ("You have a new action")
    return True


@dataclass
class DailyResult:
    queued: int = 0
    already_queued: int = 0


def queue_daily_emails(plan: DailyPlan) -> DailyResult:
    """Queue the plan and move the high-water mark, in the caller's transaction (flushes)."""
    result = DailyResult()
    if plan.already_run:
        return result
    settings_url = absolute_url("nudges.settings")
    reasons = move_reasons([notice for reader in plan.readers for notice in reader.notices])
    for reader in plan.readers:
        to = reader.person or reader.address
        # An action that answers their input links to its trail (a champion may not open the
        # action itself); one they follow links to its page.
        email = reader.person.email if reader.person else reader.address
        trail_links = {action_id: trail_url(inputs[0], email) for action_id, inputs in reader.inputs.items()}
        moved = [(plan.actions[action_id], moves) for action_id, moves in reader.moves.items()]
        queued = queue_email(
            key=f"daily:{reader.key}:day={plan.today.isoformat()}", kind="daily_moves", to=to,
            subject=(subject := _daily_subject(moved, reader.notices)), title=subject,
            template="emails/daily_moves",
            name=reader.name, moved=moved, since=plan.since, inputs=reader.inputs, trail_links=trail_links,
            lines=_lines(reader.person, reader.notices, reasons) if reader.person else [],
            action_url=lambda action: absolute_url("actions.show", action_id=action.id),
            author_of=lambda update, reader=reader: _author_for(plan, reader, update),
            settings_url=settings_url if reader.person else None,
            # Someone without an account has no settings page: the link in the email stops these.
            unsubscribe_url=None if reader.person else preferences.unsubscribe_url(to, preferences.MOVES),
            # The one-click link turns off what this email carries: the moves, or, in an email of
            # nothing but new actions (their owner chose the daily email), the new actions.
            headers=preferences.unsubscribe_headers(
                to, preferences.MOVES if moved else preferences.NEW_ACTIONS),
        )
        if queued:
            result.queued += 1
        else:
            result.already_queued += 1
    _mark_emailed(plan.notices, utcnow())
    db.session.add(DailyEmailRun(day=plan.today, up_to_update_id=plan.up_to_update_id, ran_at=utcnow()))
    db.session.flush()
    return result


def _author_for(plan: DailyPlan, reader: Reader, update: ActionUpdate) -> str:
    """Who made a move, as this reader may be told: of an action that answers their input, as its
    trail names them (a champion is "A champion": permissions.name_for_contributors); of one they
    only follow, by name, as its page shows them."""
    author = plan.authors.get(update.author_id)
    if author is None:
        return "Someone"
    if reader.inputs.get(update.action_id):
        return permissions.name_for_contributors(author)
    return author.name


def _daily_subject(moved, notices) -> str:
    parts = []
    if notices:
        parts.append("new actions for you" if len(notices) > 1 else "a new action for you")
    if moved:
        parts.append(f"{len(moved)} action{'' if len(moved) == 1 else 's'} moved")
    return "Today's news: " + " and ".join(parts)
