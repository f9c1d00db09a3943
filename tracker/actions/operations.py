"""What can happen to an action. The one home of the charter's rules about actions.

Every function takes model objects and plain values, raises DomainError with a plain-English
message (and the form field it belongs to), flushes (inside record_history, once at the end), and
never commits: the page, API, CLI, email link or importer that called it commits once. The audit
trail records every change automatically. Nothing here deletes an action: one that will not
happen is closed as "cannot be done" (or superseded) with its reason, and stays on the record.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from tracker import permissions
from tracker.actions.models import OPEN_STATUSES, Action, ActionStatus, ActionUpdate, UpdateKind
from tracker.actions.queries import Change, changes_since
from tracker.actions.signals import action_progressed, action_raised, action_reassigned, actions_imported
from tracker.core import domain as core_domain
from tracker.core.database import reserve_ids
from tracker.core.dates import check_sensible_date, format_date, local_day, start_of_day, utcnow
from tracker.core.domain import DomainError, Problems, checked_text
from tracker.core.models import Tag
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Decision, Meeting, MeetingStatus, require_meeting_has_come
from tracker.meetings.queries import next_meeting_of
from tracker.people.models import Group, User


def _note(text: str | None, required: str, field: str, *, what: str = "The reason",
          column: str = "action_updates.note") -> str:
    """A note that goes on the action's history: required, and no longer than TEXT_LIMITS says."""
    return checked_text(text, column, field=field, what=what, required=required)


def _check_title(title: str | None) -> str:
    return checked_text(title, "actions.title", field="title", what="The action", required="Enter what needs to be done")


def _check_detail(detail: str | None) -> str:
    return checked_text(detail, "actions.detail", field="detail", what="The detail")


def _check_owner(owner: User | None, field: str = "owner") -> User:
    """Someone owns it (docs/rules.md): the owner is one named person who is in the system and
    can still own actions."""
    if owner is None or not isinstance(owner, User) or owner.id is None:
        raise DomainError("Choose the person who owns this action from the list", field=field)
    if not owner.is_active:
        raise DomainError(f"{owner.name} can no longer own actions. Choose someone else", field=field)
    return owner


def _given(**links) -> dict:
    """The links that are set: one left empty is not set to None, which would cost a flush of
    thousands of records (record_history) a step for each link of each."""
    return {name: value for name, value in links.items() if value is not None}


def _record(action: Action, *, by: User | None, at: datetime, kind: UpdateKind, note: str = "",
            meeting: Meeting | None = None, is_public: bool = False, **changes) -> ActionUpdate:
    update = ActionUpdate(action=action, created_at=at, kind=kind, note=note, is_public=is_public,
                          **_given(author=by, meeting=meeting), **changes)
    db.session.add(update)
    if (history := db.session.info.get(HISTORY)) is not None:
        history.updates.append(update)
    return update


def _progress(action: Action, update: ActionUpdate, at: datetime) -> None:
    """Progress pauses overdue nudges until the action falls overdue again (rule: follow up
    promptly, docs/rules.md)."""
    action.last_progress_at = at
    _announce(action_progressed, action, update=update)


def _require_open(action: Action, doing: str) -> None:
    if action.status not in OPEN_STATUSES:
        raise DomainError(
            f"This action is already {action.status_label.lower()}. Reopen it before you {doing}",
            field="status",
        )


# --- two people changing one action at once --------------------------------------------------


class EditConflict(core_domain.EditConflict):
    """Someone saved a change to the action after this form was loaded. `changes` says what
    (who, when, each field before and after), so the person can decide again; nothing is lost."""

    def __init__(self, changes: list[Change]):
        super().__init__("action", changes)


def check_version(action: Action, version: int | None) -> None:
    """The form carries the version it was loaded at; refuse the save if the action has moved on.

    `version` None means the caller has no form (a job, the importer): nothing to compare.
    """
    if version is None or version == action.version:
        return
    raise EditConflict(changes_since(action, version))


# --- telling the other domains; history recorded at once -----------------------------------


HISTORY = "actions_history"  # the session's info key while record_history runs


@dataclass
class History:
    """What record_history has seen raised and recorded, in order."""

    raised: list[Action] = field(default_factory=list)
    updates: list[ActionUpdate] = field(default_factory=list)


def _announce(signal, action: Action, **details) -> None:
    """Flush, so the change has its ids, and tell whoever listens (notices, follows, webhooks).
    Inside record_history: neither; the action is noted and told of at the end."""
    history = db.session.info.get(HISTORY)
    if history is None:
        db.session.flush()
        signal.send(action, **details)
    elif signal is action_raised:
        history.raised.append(action)


def _give_ids(model, records: list) -> None:
    """Ids known before the flush: then thousands of rows go in a few statements (reserve_ids)."""
    for record, new_id in zip(records, reserve_ids(db.session, model.__table__, len(records)), strict=True):
        record.id = new_id


@contextmanager
def record_history(*, by: User | None) -> Iterator[History]:
    """Actions and their progress from the past, recorded at once (an imported action log).

    Every operation inside checks and records exactly as it does alone, but nothing flushes per
    change: one flush at the end gives the ids and writes the audit trail in one statement (each
    record as created, with its values at the end; the action's updates keep each step). What
    happened back then is history, not news: no progress, move or closing is announced. At the
    end, actions_imported tells of all of them at once (their owners follow them, and hear once
    of those still open), then each action still open is announced as raised (imported=True),
    so other systems learn it exists. An exception inside leaves the session for the caller to
    roll back, and tells no one."""
    if HISTORY in db.session.info:
        raise RuntimeError("record_history is already running")
    history = db.session.info[HISTORY] = History()
    try:
        with db.session.no_autoflush:
            yield history
            _give_ids(Action, history.raised)
            _give_ids(ActionUpdate, history.updates)
    finally:
        del db.session.info[HISTORY]
    db.session.flush()
    if history.raised:
        actions_imported.send(tuple(history.raised), by=by)
    for action in history.raised:
        if action.is_open:
            action_raised.send(action, imported=True)


# --- raising and editing ---------------------------------------------------------------------


def create_action(
    *,
    title: str,
    owner: User | None,
    group: Group,
    by: User | None,
    today: date,
    due_on: date | None = None,
    due_at_next_meeting_of: Group | None = None,
    detail: str = "",
    meeting: Meeting | None = None,
    agenda_item: AgendaItem | None = None,
    decision: Decision | None = None,
    tags: list[Tag] | tuple = (),
    inputs: list | tuple = (),
    at: datetime | None = None,
) -> Action:
    """Someone owns it (docs/rules.md): one named owner and a due date, or "by the next meeting of GROUP".

    "By the next meeting" takes the date of the group's first meeting after the action is raised,
    if one is in the diary; otherwise it waits for resolve_next_meeting_due_dates. `at` is when
    it was raised (default: now), so actions typed up from old minutes keep their place in time.
    """
    at = at or utcnow()
    meeting, agenda_item = _source(meeting, agenda_item, decision)
    title, detail, owner = _check_new_action(title=title, detail=detail, owner=owner, group=group, today=today,
                                             due_on=due_on, due_at_next_meeting_of=due_at_next_meeting_of,
                                             meeting=meeting)
    if due_at_next_meeting_of is not None:
        next_meeting = next_meeting_for(due_at_next_meeting_of.id, raised_at=at, source=meeting)
        due_on = next_meeting.starts_on if next_meeting is not None else None

    action = Action(
        title=title, detail=detail, owner=owner, group=group, created_at=at,
        status=ActionStatus.NOT_STARTED, due_on=due_on, original_due_on=due_on,
        # Every column given, not left to its default: many actions saved at once (record_history)
        # then go in a few statements, not one each.
        due_date_moves=0, at_risk=False, at_risk_reason="", outcome="", explanation="",
        **_given(created_by=by, due_at_next_meeting_of=due_at_next_meeting_of, meeting=meeting,
                 agenda_item=agenda_item, decision=decision, tags=list(tags) or None),
    )
    db.session.add(action)
    for raised in inputs:
        raised.actions.append(action)
    _announce(action_raised, action)
    return action


def _source(meeting: Meeting | None, agenda_item: AgendaItem | None,
            decision: Decision | None) -> tuple[Meeting | None, AgendaItem | None]:
    """Where it came from: a decision belongs to an agenda item, which belongs to a meeting (not
    a cancelled one). Returns the meeting and agenda item the action comes from."""
    if decision is not None:
        if agenda_item is not None and decision.agenda_item_id not in (None, agenda_item.id):
            raise DomainError("That decision was made under a different agenda item", field="decision")
        agenda_item = agenda_item or decision.agenda_item
        meeting = _same_meeting(meeting, decision.meeting, "decision")
    if agenda_item is not None:
        meeting = _same_meeting(meeting, agenda_item.meeting, "agenda_item")
    if meeting is not None and meeting.status == MeetingStatus.CANCELLED:
        raise DomainError("That meeting was cancelled, so no actions can come from it", field="meeting")
    return meeting, agenda_item


def _check_new_action(*, title: str | None, detail: str | None, owner: User | None, group: Group,
                      today: date, due_on: date | None, due_at_next_meeting_of: Group | None,
                      meeting: Meeting | None) -> tuple[str, str, User]:
    """Every rule a new action must meet, each broken one listed at once: (title, detail, owner) as saved."""
    problems = Problems()
    title = problems.check(_check_title, title)
    detail = problems.check(_check_detail, detail)
    owner = problems.check(_check_owner, owner)
    problems.check(_check_group, group, meeting=meeting)
    problems.check(_check_due_choice, due_on, due_at_next_meeting_of)
    if due_on is not None and due_at_next_meeting_of is None:
        problems.check(_check_due_date, due_on, meeting=meeting, today=today, field="due_on")
    problems.raise_any()
    return title, detail, owner


def _check_group(group: Group | None, *, meeting: Meeting | None = None) -> None:
    """An action from a meeting (or its agenda item or decision) is owned by the group that met:
    that group's chair follows it up and its next meeting reviews it (rule: review at every meeting)."""
    if group is None:
        raise DomainError("Choose the group that owns this action", field="group")
    if not group.is_active:
        raise DomainError(f"{group.name} has closed. Choose a group that is still running", field="group")
    if meeting is not None and meeting.group_id != group.id:
        name = meeting.group.name
        raise DomainError(f"This action comes from a meeting of {name}, so it belongs to {name}. "
                          f"Choose {name} as the group", field="group")


def _check_due_choice(due_on: date | None, due_at_next_meeting_of: Group | None) -> None:
    if due_on is None and due_at_next_meeting_of is None:
        raise DomainError(
            "Enter the date the action is due, for example 27 3 2026, or choose "
            "\"by the next meeting\"",
            field="due_on",
        )
    if due_on is not None and due_at_next_meeting_of is not None:
        raise DomainError("Choose either a due date or \"by the next meeting\", not both", field="due_on")


def _same_meeting(meeting: Meeting | None, source_meeting: Meeting, field: str) -> Meeting:
    if meeting is not None and meeting.id != source_meeting.id:
        what = "decision" if field == "decision" else "agenda item"
        raise DomainError(f"That {what} is from a different meeting", field=field)
    return source_meeting


def _check_due_date(due_on: date, *, meeting: Meeting | None, today: date, field: str) -> None:
    """A due date on or after the meeting the action came from; on its own, not in the past; and
    within a sensible window of either (tracker/core/dates.py)."""
    if meeting is not None:
        if due_on < meeting.starts_on:
            raise DomainError(
                f"The due date must be on or after the date of the meeting, {format_date(meeting.starts_on)}",
                field=field,
            )
    elif due_on < today:
        raise DomainError("The date the action is due must be today or in the future", field=field)
    check_sensible_date(due_on, around=meeting.starts_on if meeting is not None else today, what="the due date",
                        field=field)


def edit_action(action: Action, *, by: User | None, title: str, detail: str, tags: list[Tag] | tuple,
                at: datetime, version: int | None = None) -> Action:
    """Correct the wording or the tags. The owner, dates and status change through their own
    operations, each with its reason; the audit trail keeps the words as they were."""
    check_version(action, version)
    problems = Problems()
    title = problems.check(_check_title, title)
    detail = problems.check(_check_detail, detail)
    problems.raise_any()
    tags_changed = set(action.tags) != set(tags)  # loads the tags before anything changes: one save
    action.title = title
    action.detail = detail
    if tags_changed:
        action.tags = sorted(tags, key=lambda tag: (tag.kind, tag.position))
        action.updated_at = at  # tags live in their own table: this saves a new version of the action
    db.session.flush()
    return action


# --- "by the next meeting of GROUP" ----------------------------------------------------------


def _next_meeting_from(raised_at: datetime, source: Meeting | None) -> datetime:
    """Someone owns it (docs/rules.md): "the next meeting" is on a later day than the day the
    action was raised and than the meeting it came from (which may be a later one, typed up
    early): the moment that day begins."""
    last = local_day(raised_at)
    if source is not None:
        last = max(last, source.starts_on)
    return start_of_day(last + timedelta(days=1))


def next_meeting_for(group_id: int, *, raised_at: datetime, source: Meeting | None) -> Meeting | None:
    """The meeting whose date an action due "by the next meeting of GROUP" takes, if it is in the diary."""
    return next_meeting_of(group_id, _next_meeting_from(raised_at, source))


def resolve_next_meeting_due_dates(meeting: Meeting) -> list[Action]:
    """A meeting in the diary gives its date to the open actions due "by the next meeting" of its
    group that were raised before it: those still waiting for a date, and those holding the date
    of a later meeting (this one now comes first). Actions whose date someone moved by hand are
    no longer "by the next meeting" and are left alone."""
    if meeting.status == MeetingStatus.CANCELLED:
        return []
    day = meeting.starts_on
    day_begins = start_of_day(day)  # the SQL twin of _next_meeting_from: raised, and from meetings, before it
    following = db.session.scalars(
        db.select(Action).where(
            Action.due_at_next_meeting_of_id == meeting.group_id,
            Action.status.in_(OPEN_STATUSES),
            Action.created_at < day_begins,
            Action.meeting_id.is_(None) | Action.meeting_id.not_in(
                db.select(Meeting.id).where(Meeting.starts_at >= day_begins)),
            (Action.due_on.is_(None)) | (Action.due_on > day),
        )
    ).all()
    for action in following:
        if action.original_due_on is None or (action.original_due_on == action.due_on
                                               and not action.due_date_moves):
            action.original_due_on = day
        action.due_on = day
    db.session.flush()
    return list(following)


# --- progress --------------------------------------------------------------------------------


def post_update(action: Action, *, by: User, note: str, at: datetime, meeting: Meeting | None = None,
                start: bool = True, version: int | None = None, public: bool = False) -> ActionUpdate:
    """A dated progress note. The first update moves a not-started action to in progress.
    `public`: shared with the people whose input the action answers (rule: close the loop, docs/rules.md)."""
    check_version(action, version)
    _require_open(action, "post an update")
    note = _note(note, "Enter your update", "note", what="Your update")
    changes = {}
    if start and action.status == ActionStatus.NOT_STARTED:
        changes = {"old_status": action.status, "new_status": ActionStatus.IN_PROGRESS}
        action.status = ActionStatus.IN_PROGRESS
    update = _record(action, by=by, at=at, kind=UpdateKind.NOTE, note=note, meeting=meeting, is_public=public,
                     **changes)
    _progress(action, update, at)
    return update


def record_matters_arising(action: Action, *, by: User, meeting: Meeting, note: str,
                           at: datetime) -> ActionUpdate:
    """Review at every meeting (docs/rules.md): the update or decision given on an outstanding
    action at a meeting."""
    if meeting is None:
        raise DomainError("Choose the meeting the update was given at", field="note")
    if meeting.status == MeetingStatus.CANCELLED:
        raise DomainError("That meeting was cancelled, so nothing can be recorded at it", field="note")
    require_meeting_has_come(meeting, local_day(at), doing="record the updates given at it", field="note")
    _require_open(action, "record an update")
    note = _note(note, "Enter the update or decision given at the meeting", "note", what="The update")
    update = _record(action, by=by, at=at, kind=UpdateKind.MATTERS_ARISING, note=note, meeting=meeting)
    _progress(action, update, at)
    return update


def move_due_date(action: Action, *, by: User, new_due_on: date | None, reason: str,
                  at: datetime, version: int | None = None, more_time: bool = False) -> ActionUpdate:
    """No silent slippage (docs/rules.md): a new date needs a reason; the original and every move stay.
    `more_time`: the owner asked for more time (the email's choice), so the date may only go later."""
    check_version(action, version)
    _require_open(action, "change its due date")
    problems = Problems()
    problems.check(_check_new_due_date, action, new_due_on, today=local_day(at), more_time=more_time)
    reason = problems.check(_note, reason, "Explain why the due date is moving", "reason")
    problems.raise_any()
    update = _record(action, by=by, at=at, kind=UpdateKind.DUE_DATE_MOVED, note=reason,
                     old_due_on=action.due_on, new_due_on=new_due_on)
    if action.original_due_on is None:
        action.original_due_on = new_due_on  # the first date it ever had: not a move
    else:
        action.due_date_moves += 1
    action.due_on = new_due_on
    action.due_at_next_meeting_of = None  # a date agreed by hand no longer follows the diary
    _progress(action, update, at)
    return update


def _check_new_due_date(action: Action, new_due_on: date | None, *, today: date, more_time: bool = False) -> None:
    if new_due_on is None:
        raise DomainError("Enter the new due date, for example 27 3 2026", field="new_due_on")
    if new_due_on == action.due_on:
        raise DomainError("The new due date is the same as the current one", field="new_due_on")
    if more_time and action.due_on is not None and new_due_on < action.due_on:
        raise DomainError(f"Enter a date after the current due date, {format_date(action.due_on)}: "
                          "from an email link the date can only move later", field="new_due_on")
    if new_due_on < today:
        raise DomainError("The new due date must be today or in the future", field="new_due_on")
    _check_due_date(new_due_on, meeting=action.meeting, today=today, field="new_due_on")


# --- closing and reopening (rule: done means said, docs/rules.md) ----------------------------


def _close(action: Action, status: ActionStatus, *, by: User, at: datetime, note: str,
           **fields) -> ActionUpdate:
    update = _record(action, by=by, at=at, kind=UpdateKind.STATUS_CHANGED, note=note,
                     old_status=action.status, new_status=status)
    action.status = status
    action.closed_at = at
    action.at_risk = False
    action.at_risk_reason = ""
    for name, value in fields.items():
        setattr(action, name, value)
    _progress(action, update, at)
    return update


def complete_action(action: Action, *, by: User, outcome: str, at: datetime,
                    version: int | None = None) -> ActionUpdate:
    """Done means said (docs/rules.md): completing records what was done."""
    check_version(action, version)
    _require_open(action, "close it")
    outcome = _note(outcome, "Enter the outcome: what was done", "outcome", what="The outcome",
                    column="actions.outcome")
    update = _close(action, ActionStatus.COMPLETED, by=by, at=at, note=outcome, outcome=outcome,
                    explanation="")
    return update


# Done means said (docs/rules.md) asks for a clear explanation: at least a sentence a reader
# would accept, never one of these, which say that it cannot be done but not why.
MIN_EXPLANATION = 20  # characters: "No budget this year." is about the shortest real reason
NON_ANSWERS = frozenset({
    "no", "nope", "n/a", "na", "none", "nothing", "not possible", "impossible", "can't", "cant",
    "cannot", "can not", "can't do it", "cannot be done", "can't be done", "won't", "will not",
    "not applicable", "unable", "not able", "not doing it", "no reason", "see above", "as above",
})


def _check_explanation(explanation: str | None) -> str:
    explanation = _note(explanation, "Explain clearly why this cannot be done", "explanation",
                        what="The explanation", column="actions.explanation")
    said = " ".join(explanation.lower().replace("’", "'").split()).strip(" .!-")
    if said in NON_ANSWERS:
        raise DomainError(f"“{explanation}” does not say why. Explain clearly, in a sentence, why this "
                          "cannot be done, so that everyone reading the record understands", field="explanation")
    if len(explanation) < MIN_EXPLANATION or len(explanation.split()) < 3:
        raise DomainError(f"Explain why this cannot be done in a sentence of at least {MIN_EXPLANATION} "
                          "characters, so that everyone reading the record understands", field="explanation")
    return explanation


def mark_cannot_be_done(action: Action, *, by: User, explanation: str, at: datetime,
                        version: int | None = None) -> ActionUpdate:
    """Done means said (docs/rules.md): "cannot be done" is a closing status of its own, with a
    clear explanation. It is also how an action is withdrawn: never deleted, closed with the reason."""
    check_version(action, version)
    _require_open(action, "close it")
    explanation = _check_explanation(explanation)
    update = _close(action, ActionStatus.CANNOT_BE_DONE, by=by, at=at, note=explanation,
                    explanation=explanation, outcome="")
    return update


def supersede_action(action: Action, *, by: User, replacement: Action | None, reason: str,
                     at: datetime, version: int | None = None) -> ActionUpdate:
    """Replaced by another action, which is linked so nobody loses the thread."""
    check_version(action, version)
    _require_open(action, "replace it")
    _check_replacement(action, replacement, by=by)
    reason = _note(reason, "Explain why this action is being replaced", "reason")
    return _close(action, ActionStatus.SUPERSEDED, by=by, at=at, note=reason,
                  superseded_by=replacement)


def _check_replacement(action: Action, replacement: Action | None, *, by: User) -> None:
    """The replacement carries the work on: it is another action, still open, of the same group
    or of a group the person runs (so nobody hands an action to a group that did not agree it)."""
    if replacement is None:
        raise DomainError("Choose the action that replaces this one", field="replacement")
    if replacement.id == action.id:
        raise DomainError("An action cannot replace itself", field="replacement")
    if replacement.status == ActionStatus.SUPERSEDED:
        raise DomainError("That action has itself been replaced. Choose the action that replaced it",
                          field="replacement")
    if replacement.status not in OPEN_STATUSES:
        raise DomainError("That action is already closed. Choose an open action to replace this one",
                          field="replacement")
    if replacement.group_id != action.group_id and not permissions.can_manage_action(by, replacement):
        raise DomainError(f"That action belongs to {replacement.group.name}, which you do not run. Choose "
                          f"an action of {action.group.name} or of a group you run", field="replacement")


def reopen_action(action: Action, *, by: User, reason: str, at: datetime,
                  version: int | None = None) -> ActionUpdate:
    """Back to in progress, with a reason. The old outcome or explanation stays in the history
    and the updates, but is no longer shown as the action's result."""
    check_version(action, version)
    if action.status in OPEN_STATUSES:
        raise DomainError("This action is already open", field="reason")
    reason = _note(reason, "Explain why the action is being reopened", "reason")
    update = _record(action, by=by, at=at, kind=UpdateKind.STATUS_CHANGED, note=reason,
                     old_status=action.status, new_status=ActionStatus.IN_PROGRESS)
    action.status = ActionStatus.IN_PROGRESS
    action.closed_at = None
    action.superseded_by = None
    action.outcome = ""
    action.explanation = ""
    _progress(action, update, at)
    return update


# --- at risk and reassigning -----------------------------------------------------------------


def flag_at_risk(action: Action, *, by: User, reason: str, at: datetime,
                 version: int | None = None) -> ActionUpdate:
    """The owner says the date or the outcome is in doubt: the action shows amber, with why."""
    check_version(action, version)
    _require_open(action, "flag it at risk")
    reason = _note(reason, "Explain what puts this action at risk", "reason", column="actions.at_risk_reason")
    action.at_risk = True
    action.at_risk_reason = reason
    update = _record(action, by=by, at=at, kind=UpdateKind.AT_RISK, note=reason)
    _progress(action, update, at)
    return update


def clear_at_risk(action: Action, *, by: User, note: str, at: datetime,
                  version: int | None = None) -> ActionUpdate:
    check_version(action, version)
    if not action.at_risk:
        raise DomainError("This action is not flagged at risk", field="note")
    note = _note(note, "Say why the action is no longer at risk", "note")
    action.at_risk = False
    action.at_risk_reason = ""
    update = _record(action, by=by, at=at, kind=UpdateKind.AT_RISK, note=note)
    _progress(action, update, at)
    return update


def reassign_action(action: Action, *, by: User, new_owner: User | None, note: str,
                    at: datetime, version: int | None = None) -> ActionUpdate:
    """A new owner, with a note; the old and new owner are both recorded. Not progress: the
    action's nudges carry on, now to the new owner."""
    check_version(action, version)
    _require_open(action, "reassign it")
    new_owner = _check_owner(new_owner)
    if new_owner.id == action.owner_id:
        raise DomainError(f"{new_owner.name} already owns this action", field="owner")
    note = _note(note, "Add a note to say why the action is being reassigned", "note")
    old_owner = action.owner
    update = _record(action, by=by, at=at, kind=UpdateKind.REASSIGNED, note=note,
                     old_owner_id=action.owner_id, new_owner_id=new_owner.id)
    action.owner = new_owner
    _announce(action_reassigned, action, update=update, old_owner=old_owner)
    return update
