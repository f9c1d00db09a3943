"""Turning the rows of an existing action log into Tracker's actions: the page and
`flask actions import` both call these.

Each row goes through the actions' own operations, so it meets the same rules as an action
raised on the page: create_action (someone owns it), move_due_date (a revised date is a move
with the reason "from the imported log", and the original date stays: no silent slippage),
post_update (the notes), and the closing operations (done means said). They flush and never
commit; the caller commits once, or rolls back when any row has a problem (all or nothing).

A log is history: an action is raised on the day its row says (its meeting's date), else on the
earliest date the row gives, so a due date already past when the log is imported is kept as the
log has it rather than refused as "in the past".
"""
from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import update

from tracker.actions import log_import
from tracker.actions.log_import import (
    ACTION,
    DUE,
    NOTES,
    OWNER,
    RAISED,
    REF,
    REVISED,
    STATUS,
    LogTable,
    column_letter,
    status_from_log,
)
from tracker.actions.log_models import ImportedLogRow, imported_keys
from tracker.actions.models import STATUS_LABELS, Action, ActionStatus
from tracker.actions.operations import (
    complete_action,
    create_action,
    flag_at_risk,
    mark_cannot_be_done,
    move_due_date,
    post_update,
    record_history,
)
from tracker.core.database import insert_or_on_conflict
from tracker.core.dates import start_of_day
from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.importer.due import NEXT_MEETING, Due, format_day, impossible_date, read_cell_date
from tracker.importer.operations import default_owner, owner_candidates, problems_of
from tracker.importer.owners import Candidate, OwnerMatch, match_owner, split_owners
from tracker.people.models import Group, User

MOVE_REASON = "From the imported log"
# A log repeats its dates ("30 Sept", a meeting's date on every row of it), and reading words
# with dateparser takes milliseconds: each cell and reference date is read once. Due is frozen.
cell_date = functools.lru_cache(maxsize=8192)(read_cell_date)
# Which column an operation's refusal belongs to, by the form field it names.
FIELD_COLUMNS = {"title": ACTION, "owner": OWNER, "due_on": DUE, "new_due_on": REVISED, "reason": REVISED,
                 "note": NOTES, "outcome": STATUS, "explanation": STATUS, "status": STATUS, "meeting": RAISED}
STATUS_SAID = {  # Tracker's status, as the preview says it
    "completed": STATUS_LABELS[ActionStatus.COMPLETED],
    "cannot_be_done": STATUS_LABELS[ActionStatus.CANNOT_BE_DONE],
    "superseded": STATUS_LABELS[ActionStatus.CANNOT_BE_DONE] + " (the log says superseded)",
    "at_risk": STATUS_LABELS[ActionStatus.IN_PROGRESS] + ", flagged at risk",
    "in_progress": STATUS_LABELS[ActionStatus.IN_PROGRESS],
    "not_started": STATUS_LABELS[ActionStatus.NOT_STARTED],
}


@dataclass
class RowProblem:
    """Something in one cell that stops the import, or that the person should check."""

    row: int
    column: int | None  # index into the log's columns, or None for the whole row
    heading: str
    message: str

    def to_dict(self) -> dict:
        return {"row": self.row, "column": column_letter(self.column) if self.column is not None else None,
                "heading": self.heading, "message": self.message, "text": str(self)}

    def __str__(self) -> str:
        where = f"column {column_letter(self.column)} (“{self.heading}”)" if self.column is not None else ""
        return f"Row {self.row}{', ' + where if where else ''}: {self.message}"


@dataclass
class LogEntry:
    """One row of the log, read: what it says, who it matched and what Tracker will make of it."""

    row: int
    read: dict[str, str]  # heading: the cell as written
    title: str = ""
    ref: str = ""
    owner_written: str = ""
    owner_match: OwnerMatch | None = None
    other_owners: list[str] = field(default_factory=list)
    owner: User | None = None  # who will own it: the match, the person's choice, or the holder
    held_for: str = ""  # the owner as written, when someone else holds the action until reassigned
    raised_words: str = ""
    raised_on: date | None = None
    due: Due | None = None
    revised: Due | None = None
    status_written: str = ""
    status: str = "not_started"
    notes: str = ""
    problems: list[RowProblem] = field(default_factory=list)  # stop the import
    checks: list[RowProblem] = field(default_factory=list)  # worth a look, do not stop it
    key: str = ""
    columns: dict[str, tuple[int, str]] = field(default_factory=dict)  # kind: (column, heading)
    already_imported: bool = False
    action: Action | None = None

    @property
    def due_on(self) -> date | None:
        return self.due.on if self.due else None

    @property
    def revised_on(self) -> date | None:
        return self.revised.on if self.revised else None

    @property
    def by_next_meeting(self) -> bool:
        return self.due is None or self.due.kind == NEXT_MEETING

    @property
    def status_label(self) -> str:
        return STATUS_SAID[self.status]

    def to_dict(self) -> dict:
        def day(value: date | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "row": self.row, "read": self.read, "action": self.title, "ref": self.ref or None,
            "owner": None if self.owner_match is None and not self.owner else {
                **(self.owner_match.to_dict() if self.owner_match else {"written": "", "how": "", "problem": ""}),
                "owner": self.owner.name if self.owner else None,
                "owner_email": self.owner.email if self.owner else None,
                "held_until_reassigned": bool(self.held_for),
                "also_named": self.other_owners,
            },
            "raised_on": day(self.raised_on), "due_on": day(self.due_on),
            "due_by_next_meeting": self.by_next_meeting, "due_rule": (self.due.rule or None) if self.due else None,
            "revised_due_on": day(self.revised_on), "status_written": self.status_written,
            "status": self.status_label, "notes": self.notes,
            "problems": [problem.to_dict() for problem in self.problems],
            "checks": [check.to_dict() for check in self.checks],
            "already_imported": self.already_imported,
            "created": self.action is not None,
            "action_id": self.action.id if self.action is not None and self.action.id else None,
        }


class LogRefused(DomainError):
    """Some rows have problems, so nothing was imported. `problems` lists each, by row and column."""

    def __init__(self, problems: list[RowProblem]):
        rows = len({problem.row for problem in problems})
        super().__init__(f"{rows} row{'s' if rows != 1 else ''} of the log {'have' if rows != 1 else 'has'} "
                         "problems, so nothing was imported. Correct them and import the log again")
        self.problems = problems


def _words(cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if isinstance(cell, datetime | date):
        return format_day(cell if isinstance(cell, date) and not isinstance(cell, datetime) else cell.date())
    return "" if cell is None else " ".join(str(cell).split())


def _normal(text: str) -> str:
    return re.sub(r"[^\w@.]+", " ", text.casefold()).strip()


def row_key(group: Group, entry: LogEntry) -> str:
    """What identifies a row however often the log is imported: its reference, action, owner,
    meeting and original due date as written. Not its status, notes or revised date, which a
    log kept up to date changes between imports."""
    parts = [str(group.id), entry.ref, entry.title, entry.owner_written, entry.raised_words,
             entry.due.words if entry.due else ""]
    return "\n".join(_normal(part) for part in parts)


def read_entries(table: LogTable, kinds: list[str], group: Group, people: list[User], *, today: date,
                 owner_choices: dict[str, User] | None = None) -> list[LogEntry]:
    """Every row of the log, read through the chosen columns: owners matched to people (never
    guessed), dates read in UK forms, statuses mapped. Touches nothing but the people's roles."""
    candidates = owner_candidates(group, people)
    people_by_id = {person.id: person for person in people}
    holder = default_owner(group)
    owner_choices = {written.casefold(): person for written, person in (owner_choices or {}).items()}
    column = {kind: kinds.index(kind) for kind in kinds if kind in log_import.ONE_COLUMN_EACH}
    columns = {kind: (index, table.headings[index]) for kind, index in column.items()}
    notes_columns = [index for index, kind in enumerate(kinds) if kind == NOTES]
    matches: dict[str, OwnerMatch] = {}
    seen: Counter[str] = Counter()
    entries = []
    for row in table.rows:
        entry = LogEntry(row=row.number, read={heading or column_letter(index): _words(cell)
                                               for index, (heading, cell) in enumerate(zip(table.headings, row.cells, strict=True))
                                               if kinds[index] != log_import.IGNORE}, columns=columns)

        def cell(kind: str, row=row):
            return row.cells[column[kind]] if kind in column else None

        def problem(kind: str | None, message: str, *, stop: bool = True, entry=entry) -> None:
            index = column.get(kind) if kind else None
            found = RowProblem(entry.row, index, table.headings[index] if index is not None else "", message)
            (entry.problems if stop else entry.checks).append(found)

        for (number, index), formula in table.formulas.items():
            if number == row.number and kinds[index] != log_import.IGNORE:
                entry.problems.append(RowProblem(number, index, table.headings[index],
                                                 f"holds a formula ({formula[:40]}) with no saved value. Open the "
                                                 "log in Excel, save it, and import it again"))
        entry.title = _words(cell(ACTION))
        entry.ref = _words(cell(REF))
        if not entry.title:
            problem(ACTION, "has no action written in it. Add the action, or delete the row")
        _read_owner(entry, _words(cell(OWNER)), candidates, people_by_id, holder, owner_choices, matches, problem)
        _read_dates(entry, cell(RAISED), cell(DUE), cell(REVISED), today, problem)
        entry.status_written = _words(cell(STATUS))
        status = status_from_log(entry.status_written)
        if status is None:
            problem(STATUS, f"“{entry.status_written}” is not a status Tracker knows, so the action will be "
                            "imported as not started. Check it on the action's page", stop=False)
        entry.status = status or "not_started"
        entry.notes = "\n\n".join(note for index in notes_columns if (note := _words(row.cells[index])))
        key = row_key(group, entry)
        entry.key = hashlib.sha256(f"{key}\n{seen[key]}".encode()).hexdigest()  # the same row twice: two actions
        seen[key] += 1
        entries.append(entry)
    done = imported_keys(group.id, [entry.key for entry in entries])
    for entry in entries:
        entry.already_imported = entry.key in done
    return entries


def _read_owner(entry: LogEntry, written: str, candidates: list[Candidate], people_by_id: dict[int, User],
                holder: tuple[User, str] | None, owner_choices: dict[str, User], matches: dict, problem) -> None:
    """The person the log names, by name, initials, email or job title. One the log names that
    fits no one (or several) is never guessed: the person's choice on the page, else the group's
    secretary (or chair) holds the action until someone reassigns it, and the row says so."""
    entry.owner_written = written
    if not written:
        chosen = owner_choices.get("")
        if chosen is None and holder is None:
            problem(OWNER, "names no owner, and the group has no secretary or chair to hold the action. "
                           "Add the owner to the log")
            return
        entry.owner = chosen or holder[0]
        if chosen is None:
            entry.held_for = "no one"
            problem(OWNER, f"names no owner: {holder[0].name}, the group's {holder[1]}, will hold it until "
                           "it is reassigned", stop=False)
        return
    first, *others = split_owners(written)
    entry.other_owners = others
    if first not in matches:
        matches[first] = match_owner(first, candidates)
    entry.owner_match = match = matches[first]
    chosen = owner_choices.get(written.casefold())
    if chosen is not None:
        entry.owner = chosen
    elif match.person is not None:
        entry.owner = people_by_id[match.person.id]
    elif holder is None:
        problem(OWNER, f"{match.problem}. The group has no secretary or chair to hold the action meanwhile")
    else:
        entry.owner = holder[0]
        entry.held_for = written
        problem(OWNER, f"{match.problem}. Until then {holder[0].name}, the group's {holder[1]}, will hold it",
                stop=False)


def _read_dates(entry: LogEntry, raised, due, revised, today: date, problem) -> None:
    """The meeting's date (a date written without a year is the last one before the import), the
    due date (a date without a year is the first one on or after the meeting) and the revised date."""
    entry.raised_words = _words(raised)
    if entry.raised_words:
        last_year = today.replace(year=today.year - 1) if not (today.month == 2 and today.day == 29) \
            else today.replace(year=today.year - 1, day=28)
        read = cell_date(raised, last_year)
        entry.raised_on = read.on if read and read.on and read.on <= today else None
        if entry.raised_on is None and re.search(r"\d", entry.raised_words):
            problem(RAISED, _not_a_date(entry.raised_words, last_year, "17/07/2012",
                                        then=", so the action will be raised on its due date"), stop=False)
    reference = entry.raised_on or today
    due_words = _words(due)
    entry.due = cell_date(due, reference) if due_words else None
    if due_words and entry.due is None:
        problem(DUE, _not_a_date(due_words, reference, "17/07/2012, 30 Sept or June"))
    elif entry.due is None:
        problem(DUE, "gives no due date, so the action will be due by the group's next meeting", stop=False)
    elif entry.due.rule:
        problem(DUE, entry.due.rule, stop=False)
    revised_words = _words(revised)
    if revised_words:
        entry.revised = cell_date(revised, entry.due_on or reference)
        if entry.revised is None or entry.revised.on is None:
            entry.revised = None
            problem(REVISED, _not_a_date(revised_words, entry.due_on or reference, "17/07/2012"))


def _not_a_date(words: str, reference: date, example: str, then: str = "") -> str:
    """A cell's date refused: a day the calendar does not have says so (a date without a year read
    from `reference`, as `cell_date` reads it), anything else how to write it."""
    why = impossible_date(words, reference)
    said = f"“{words}” is not a real date: {why}" if why else f"“{words}” is not a date Tracker can read"
    return f"{said}{then}. Write it like {example}"


def log_problems(entries: list[LogEntry]) -> list[RowProblem]:
    return [problem for entry in entries for problem in entry.problems]


def import_log(group: Group, entries: list[LogEntry], *, log_name: str, by: User | None, today: date,
               now: datetime) -> list[Action]:
    """Create an action for each row not imported before, or none: raises LogRefused listing every
    problem by row and column. Returns the actions this call made (each entry's `action` too)."""
    problems = log_problems(entries)
    if problems:
        raise LogRefused(problems)
    waiting = [entry for entry in entries if not entry.already_imported]
    claimed = _claim(group, [entry.key for entry in waiting], now)
    made = []
    with record_history(by=by):  # one flush for the whole log; its history is not news
        for entry in waiting:
            if entry.key not in claimed:  # imported by someone else at the same moment
                entry.already_imported = True
                continue
            try:
                entry.action = _create(group, entry, log_name=log_name, by=by, today=today, now=now)
            except DomainError as error:
                for each in problems_of(error):
                    kind = FIELD_COLUMNS.get(each.field or "")
                    problems.append(_problem_at(entry, kind, each.message))
                continue
            made.append(entry.action)
        if problems:
            for entry in waiting:
                entry.action = None  # none of them is made
            raise LogRefused(problems)
    rows = [{"id": claimed[entry.key], "action_id": entry.action.id} for entry in waiting if entry.action is not None]
    if rows:
        db.session.execute(update(ImportedLogRow), rows)
    return made


def _problem_at(entry: LogEntry, kind: str | None, message: str) -> RowProblem:
    index, heading = entry.columns.get(kind, (None, "")) if kind else (None, "")
    return RowProblem(entry.row, index, heading, message)


def _claim(group: Group, keys: list[str], now: datetime) -> dict[str, int]:
    """Record the row keys not yet imported into this group: {key: row id} of those this call added."""
    if not keys:
        return {}
    statement = insert_or_on_conflict(db.session, ImportedLogRow).on_conflict_do_nothing(
        index_elements=["group_id", "key"]).returning(ImportedLogRow.key, ImportedLogRow.id)
    rows = [{"group_id": group.id, "key": key, "imported_at": now} for key in keys]
    return {key: row_id for key, row_id in db.session.execute(statement, rows)}


def _detail(table_name: str, entry: LogEntry) -> str:
    said = [f"From the imported action log {table_name}, row {entry.row}"
            + (f", reference {entry.ref}" if entry.ref else "")
            + (f", raised at “{entry.raised_words}”" if entry.raised_words else "") + "."]
    if entry.held_for and entry.held_for != "no one":
        said.append(f"The log names the owner as “{entry.held_for}”, who was not found among the partnership's people.")
    if entry.other_owners:
        said.append(f"Also named as owners in the log: {', '.join(entry.other_owners)}.")
    return "\n\n".join(said)


def _create(group: Group, entry: LogEntry, *, log_name: str, by: User | None, today: date,
            now: datetime) -> Action:
    """One row through the actions' operations, raised on the row's own day (see the module's note)."""
    known = [day for day in (entry.raised_on, entry.due_on, entry.revised_on) if day]
    raised_on = entry.raised_on or min(known + [today])
    rules_today = min(known + [today])
    raised_at = min(start_of_day(raised_on), now)
    action = create_action(
        title=entry.title, owner=entry.owner, group=group, by=by, today=rules_today,
        due_on=None if entry.by_next_meeting else entry.due_on,
        due_at_next_meeting_of=group if entry.by_next_meeting else None,
        detail=_detail(log_name, entry), at=raised_at,
    )
    if entry.revised_on and entry.revised_on != action.due_on:
        move_due_date(action, by=by, new_due_on=entry.revised_on, reason=MOVE_REASON, at=raised_at)
    said = f"The imported log gives its status as “{entry.status_written}”"
    started = entry.status in ("in_progress", "at_risk")
    closing = entry.status in ("completed", "cannot_be_done", "superseded")
    # An update is what starts an action; a closed one's notes are its outcome or explanation instead.
    if (entry.notes and not closing) or started:
        post_update(action, by=by, note=entry.notes or said, at=raised_at, start=started)
    if entry.status == "at_risk":
        flag_at_risk(action, by=by, reason=said, at=raised_at)
    last_said = max([day for day in (action.due_on, entry.revised_on) if day] + [raised_on])
    closed_at = max(min(start_of_day(last_said), now), raised_at)
    if entry.status == "completed":
        complete_action(action, by=by, outcome=entry.notes or "Completed, as the imported log says", at=closed_at)
    elif entry.status in ("cannot_be_done", "superseded"):
        mark_cannot_be_done(action, by=by, at=closed_at, explanation=f"{said}: {entry.notes}" if entry.notes else said)
    return action
