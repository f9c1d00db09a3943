"""The reads behind the outstanding actions list and its exports.

The list page makes a fixed number of queries whatever the number of actions: the filter choices
(one query for groups, organisations and tags), the counts for the filtered set (one aggregate,
which also gives the total for pagination), and the page of rows with owner, organisation, group
and last update joined in (one). Exports stream the same select without a limit.

Every filter is a condition on `actions` (owner and tag filters are subqueries), so the counts need
no joins, and the common views (outstanding, overdue, a group's, an owner's, sorted by due date)
walk an index: see `ix_actions_open_due` in reports/models.py.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from flask_sqlalchemy.pagination import Pagination
from sqlalchemy import String, and_, case, func, literal, null, or_, select, true, union_all

from tracker.actions.models import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    Action,
    ActionStatus,
    ActionUpdate,
    action_tags,
)
from tracker.actions.rag import Rag, is_open_sql, is_overdue_sql, rag_of, rag_sql, working_days_overdue
from tracker.actions.schedule import default_due_soon_days, is_due_soon_sql
from tracker.core.dates import format_datetime, format_short_date, local_zone
from tracker.core.models import Tag
from tracker.core.stamps import CHOICES, current_stamp, watch
from tracker.core.templating import Options
from tracker.extensions import db
from tracker.nudges.models import NudgeStep
from tracker.people.models import Group, Organisation, User
from tracker.reports.filters import ActionFilters

# --- filter choices ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    parent_id: int | None = None  # groups: the group it belongs to
    kind: str = ""  # tags: priority, value or outcome

    @property
    def label(self) -> str:
        return f"{Tag.kind_label.fget(self)}: {self.name}" if self.kind else self.name


@dataclass(frozen=True)
class FilterChoices:
    groups: list[Choice]
    organisations: list[Choice]
    tags: list[Choice]

    # The selects' options, written once for each set of choices (core/templating.py Options).
    @functools.cached_property
    def group_options(self) -> Options:
        return Options([("", "All groups"), *((str(group.id), group.name) for group in self.groups)])

    @functools.cached_property
    def organisation_options(self) -> Options:
        return Options([("", "All organisations"),
                        *((str(organisation.id), organisation.name) for organisation in self.organisations)])

    @functools.cached_property
    def tag_options(self) -> Options:
        return Options([("", "Any tag"), *((str(tag.id), tag.label) for tag in self.tags)])

    def group_and_subgroups(self, group_id: int) -> tuple[int, ...]:
        """The group and every group under it, however deep (Group.parent_id)."""
        children: dict[int | None, list[int]] = {}
        for group in self.groups:
            children.setdefault(group.parent_id, []).append(group.id)
        found, waiting = [], [group_id]
        while waiting:
            current = waiting.pop()
            if current not in found:
                found.append(current)
                waiting.extend(children.get(current, []))
        return tuple(found)


TAG_KIND_ORDER = {"priority": 0, "value": 1, "outcome": 2}


@functools.cache
def _choices_select():
    """Built once: the statement never changes, and building it costs more than running it."""
    return union_all(
        select(literal("group", String).label("source"), Group.id, Group.name,
               Group.parent_id.label("parent_id"), literal("", String).label("kind"),
               literal(0).label("position")),
        select(literal("organisation", String), Organisation.id, Organisation.name, null(),
               literal("", String), literal(0)),
        select(literal("tag", String), Tag.id, Tag.name, null(), Tag.kind, Tag.position),
    )


# What the filter panels offer changes far less often than pages are drawn: each worker keeps the
# choices (and their options, written once) until a group, organisation or tag changes.
watch(CHOICES, Group, Organisation, Tag, own_columns_only=True)
_kept_choices: dict[str, FilterChoices] = {}


def filter_choices() -> FilterChoices:
    """Groups, organisations and tags for the filter panel: one read of the choices' stamp, and
    one query when they have changed since this worker last read them (core/stamps.py)."""
    stamp = current_stamp(CHOICES)
    choices = _kept_choices.get(stamp) if stamp else None
    if choices is None:
        choices = _read_filter_choices()
        if stamp:
            _kept_choices.clear()  # only the newest is ever asked for again
            _kept_choices[stamp] = choices
    return choices


def _read_filter_choices() -> FilterChoices:
    """Groups, organisations and tags, in one query."""
    rows = db.session.execute(_choices_select()).all()
    groups = sorted((Choice(row.id, row.name, row.parent_id) for row in rows if row.source == "group"),
                    key=lambda choice: choice.name.lower())
    organisations = sorted((Choice(row.id, row.name) for row in rows if row.source == "organisation"),
                           key=lambda choice: choice.name.lower())
    tag_rows = sorted((row for row in rows if row.source == "tag"),
                      key=lambda row: (TAG_KIND_ORDER.get(row.kind, 9), row.position, row.name))
    tags = [Choice(row.id, row.name, kind=row.kind) for row in tag_rows]
    return FilterChoices(groups=groups, organisations=organisations, tags=tags)


def filter_choices_for(person) -> FilterChoices:
    """The filter panel's choices for one person: a champion is offered only the groups they
    belong to (and no organisations), so a filter never names a group they may not see."""
    from tracker.permissions import groups_visible_to, is_staff

    choices = filter_choices()
    if is_staff(person):
        return choices
    mine = set(db.session.scalars(select(Group.id).where(groups_visible_to(person))))
    return FilterChoices(groups=[group for group in choices.groups if group.id in mine],
                         organisations=[], tags=choices.tags)


# --- the filtered set ------------------------------------------------------------------------------


def _status_condition(status: str):
    if status == "open":
        return is_open_sql()
    if status == "closed":
        return Action.status.in_(CLOSED_STATUSES)
    if status == "all":
        return None
    return Action.status == ActionStatus(status)


def _not_overdue(today: date):
    return or_(Action.due_on.is_(None), Action.due_on >= today)


def _due_soon(today: date):
    """Due today or within its group's due-soon window: what the amber tags say (not at risk)."""
    return is_due_soon_sql(today, Action.due_on, Action.group_id)


def is_escalated_sql():
    """The chair has been emailed about the action being late (nudges/planner.py sends it at the
    group's escalation step; the step is recorded with the email). Paired with "overdue": a moved
    due date or a closing ends it."""
    return Action.id.in_(select(NudgeStep.subject_id).where(NudgeStep.kind == "escalation"))


def filter_conditions(filters: ActionFilters, today: date) -> list:
    """The WHERE clause for the filters, all of it on `actions` (joins are only for display)."""
    conditions = [_status_condition(filters.status)]
    if filters.group_ids:
        conditions.append(Action.group_id.in_(filters.group_ids))
    if filters.owner:
        pattern = filters.owner.lower()
        conditions.append(Action.owner_id.in_(select(User.id).where(or_(
            func.lower(User.name).contains(pattern, autoescape=True),
            func.lower(User.email).contains(pattern, autoescape=True),
        ))))
    if filters.organisation_id:
        conditions.append(Action.owner_id.in_(
            select(User.id).where(User.organisation_id == filters.organisation_id)))
    if filters.overdue or filters.rag == "red":
        conditions.append(is_overdue_sql(today))
    elif filters.rag:
        conditions.extend([is_open_sql(), rag_sql(today) == filters.rag])
    if filters.due_soon:  # exactly what the "due soon" count at the top counts
        conditions.extend([is_open_sql(), _due_soon(today)])
    if filters.at_risk:  # exactly what the "at risk" count at the top counts
        conditions.extend([is_open_sql(), Action.at_risk.is_(True), _not_overdue(today)])
    if filters.escalated:
        conditions.extend([is_overdue_sql(today), is_escalated_sql()])
    if filters.due_from:
        conditions.append(Action.due_on >= filters.due_from)
    if filters.due_to:
        conditions.append(Action.due_on <= filters.due_to)
    if filters.tag_id:
        conditions.append(Action.id.in_(
            select(action_tags.c.action_id).where(action_tags.c.tag_id == filters.tag_id)))
    if filters.text:
        pattern = filters.text.lower()
        conditions.append(or_(func.lower(Action.title).contains(pattern, autoescape=True),
                              func.lower(Action.detail).contains(pattern, autoescape=True)))
    return [condition for condition in conditions if condition is not None]


@dataclass(frozen=True)
class Counts:
    total: int  # everything the filters match (for pagination)
    open: int
    overdue: int
    at_risk: int  # flagged at risk by the owner and not yet overdue
    due_soon: int  # open and due soon: the amber tags' window, each group's own (actions/schedule.py)


OPEN_ONLY = ("open", ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)


def outstanding_counts(filters: ActionFilters, today: date) -> Counts:
    """The numbers at the top of the list, for the filtered set, in one query."""
    return Counts(*_read(_counts_select(filters, today, default_due_soon_days())).one())


def _read(statement):
    """Run a statement of columns (no ORM entities) on the session's connection: what the ORM's
    execution adds to it (its compile state, loading options, autoflush) buys nothing for plain
    rows, and cost about a tenth of each of the list's two queries."""
    return db.session.connection().execute(statement)


@functools.lru_cache(maxsize=64)
def _counts_select(filters: ActionFilters, today: date, _usual_window: int):
    """The counts' statement, built once for each view, day and usual due-soon window (the filters
    are plain values, and each group's own window is read by the statement itself, so the same
    view gives the same statement): building it costs more Python than SQLite takes to run it.

    A count the filters already decide is not worked out row by row: when they keep only overdue
    actions, every row is open and overdue, and none is "at risk" or "due soon" (both mean not yet
    overdue). On a large list this is the page's costliest query, and each test left out of its
    scan of the matching rows saves a fifth of it.
    """
    overdue_only = filters.overdue or filters.rag == "red" or filters.escalated
    not_overdue_only = filters.at_risk or filters.due_soon  # both count only actions not yet overdue
    open_only = filters.status in OPEN_ONLY or overdue_only or not_overdue_only
    is_open = true() if open_only else is_open_sql()
    query = (
        select(
            func.count(),
            _count_where(is_open, always=open_only),
            _count_where(and_(is_open, Action.due_on < today), always=overdue_only, never=not_overdue_only),
            _count_where(and_(is_open, Action.at_risk.is_(True), _not_overdue(today)),
                         always=filters.at_risk, never=overdue_only),
            _count_where(and_(is_open, _due_soon(today)), always=filters.due_soon, never=overdue_only),
        )
        .select_from(Action)
        .where(*filter_conditions(filters, today))
    )
    return _with_index_hint(query, filters)


def _count_where(condition, *, always: bool = False, never: bool = False):
    """How many matching rows meet `condition`; `always` or `never` when the filters decide it."""
    if never:
        return literal(0, literal_execute=True)
    if always:
        return func.count()
    return func.count(case((condition, 1)))


# The display joins use plain table aliases, made once: building ORM aliases on every request
# costs more than running the query.
actions = Action.__table__
owners = User.__table__.alias("owner")
organisations = Organisation.__table__.alias("owner_organisation")
groups = Group.__table__.alias("action_group")
next_meeting_groups = Group.__table__.alias("next_meeting_group")
updates = ActionUpdate.__table__
last_updates = ActionUpdate.__table__.alias("last_update")
LATEST_UPDATE_ID = (
    select(updates.c.id)
    .where(updates.c.action_id == actions.c.id)
    .order_by(updates.c.created_at.desc(), updates.c.id.desc())
    .limit(1)
    .correlate(actions)
    .scalar_subquery()
)
LISTED_COLUMNS = (
    actions.c.id, actions.c.title, actions.c.status, actions.c.due_on, actions.c.original_due_on,
    actions.c.due_date_moves, actions.c.at_risk, actions.c.at_risk_reason, actions.c.outcome,
    actions.c.explanation, actions.c.closed_at, actions.c.created_at,
    owners.c.id.label("owner_id"), owners.c.name.label("owner_name"), owners.c.email.label("owner_email"),
    organisations.c.id.label("organisation_id"), organisations.c.name.label("organisation_name"),
    groups.c.id.label("group_id"), groups.c.name.label("group_name"),
    groups.c.due_soon_working_days.label("group_due_soon_days"),  # for its RAG (actions/schedule.py)
    next_meeting_groups.c.name.label("next_meeting_group_name"),
    last_updates.c.created_at.label("last_update_at"), last_updates.c.kind.label("last_update_kind"),
    last_updates.c.note.label("last_update_note"),
)
LISTED_FROM = (
    actions.join(owners, owners.c.id == actions.c.owner_id)
    .outerjoin(organisations, organisations.c.id == owners.c.organisation_id)
    .join(groups, groups.c.id == actions.c.group_id)
    .outerjoin(next_meeting_groups, next_meeting_groups.c.id == actions.c.due_at_next_meeting_of_id)
    .outerjoin(last_updates, last_updates.c.id == LATEST_UPDATE_ID)
)


def _order_by(filters: ActionFilters, today: date) -> list:
    # Actions waiting for "the next meeting" to be scheduled have no date yet: they come last.
    # When the filters name dates there are none, and a plain order walks the index.
    due = actions.c.due_on.asc() if filters.names_dates else actions.c.due_on.asc().nulls_last()
    if filters.sort == "overdue":
        return [case((is_overdue_sql(today), 0), else_=1), due, actions.c.id]
    if filters.sort == "owner":
        return [owners.c.name, due, actions.c.id]
    if filters.sort == "group":
        return [groups.c.name, due, actions.c.id]
    return [due, actions.c.id]


def _walks_open_index(filters: ActionFilters) -> bool:
    """Outstanding actions with no group or owner filter: the partial index of open actions by due
    date is the one to walk. SQLite's planner does not always see that, so it is told; PostgreSQL
    picks it by itself. (A group or owner filter has its own, narrower index.)"""
    return filters.status == "open" and not (filters.group_ids or filters.owner or filters.organisation_id)


def _with_index_hint(query, filters: ActionFilters):
    if _walks_open_index(filters):
        return query.with_hint(actions, "INDEXED BY ix_actions_open_due", dialect_name="sqlite")
    return query


def listed_actions_select(filters: ActionFilters, today: date, *, limit: int | None = None, offset: int = 0):
    """Every matching action with what the list, exports and Board pack show, in the chosen order.

    With a limit, the page's ids are chosen first (walking an index, joining only what the order
    needs), and owner, organisation, group and last update are joined to those rows alone.
    """
    query = select(*LISTED_COLUMNS).select_from(LISTED_FROM).order_by(*_order_by(filters, today))
    if limit is None:
        return _with_index_hint(query.where(*filter_conditions(filters, today)), filters)
    page_from = actions
    if filters.sort == "owner":
        page_from = actions.join(owners, owners.c.id == actions.c.owner_id)
    elif filters.sort == "group":
        page_from = actions.join(groups, groups.c.id == actions.c.group_id)
    page_ids = (
        select(actions.c.id).select_from(page_from).where(*filter_conditions(filters, today))
        .order_by(*_order_by(filters, today)).limit(limit).offset(offset)
    )
    return query.where(actions.c.id.in_(_with_index_hint(page_ids, filters)))


# --- on time ----------------------------------------------------------------------------------------


class ClosedOnTime:
    """Was an action closed on or before its due date, in the partnership's time zone?

    Compares the closing moment with the start of the day after the due date there; each due date's
    cut-off is worked out once, so a pass over thousands of actions stays quick.
    """

    def __init__(self):
        self._cutoffs: dict[date, datetime] = {}

    def __call__(self, due_on: date, closed_at: datetime) -> bool:
        cutoff = self._cutoffs.get(due_on)
        if cutoff is None:
            day_after = datetime.combine(due_on + timedelta(days=1), time.min, tzinfo=local_zone())
            cutoff = self._cutoffs[due_on] = day_after.astimezone(UTC)
        return closed_at < cutoff


# --- one action as listed ---------------------------------------------------------------------------

TIMES = {1: "once", 2: "twice"}
UPDATE_KINDS = {  # what an update did, beside its note ("note" is just a progress note)
    "due_date_moved": "Due date moved", "status_changed": "Status changed", "reassigned": "Reassigned",
    "at_risk": "Flagged at risk", "matters_arising": "Update at a meeting",
}


def moved_text(moves: int) -> str:
    """No silent slippage (docs/rules.md): "moved twice"."""
    return f"moved {TIMES.get(moves, f'{moves} times')}" if moves else ""


class ListedAction:
    """One row of the list (or export or Board pack), with its RAG and lateness worked out."""

    def __init__(self, row, rag: Rag | None, days_overdue: int):
        # The row's columns as plain attributes: a template reads a dozen of each of 25 rows, and
        # reaching them through __getattr__ cost twice as much.
        self.__dict__.update(zip(row._fields, row, strict=True))
        self.row, self.rag, self.days_overdue = row, rag, days_overdue

    @classmethod
    def of(cls, row, today: date) -> ListedAction:
        return cls(row=row, rag=rag_of(row, today, row.group_due_soon_days),
                   days_overdue=working_days_overdue(row, today))

    @property
    def status_label(self) -> str:
        return ActionStatus(self.row.status).label

    @property
    def is_open(self) -> bool:
        return self.row.status in OPEN_STATUSES

    @property
    def due_line(self) -> str:
        """What goes under the "Due" heading (a column, or a card's label on a phone), without the
        word "due" again: "9 Oct 2020, moved twice", "By the next meeting of SEND Board" (not yet
        scheduled), "No due date"."""
        if self.row.due_on is None:
            if self.row.next_meeting_group_name:
                return f"By the next meeting of {self.row.next_meeting_group_name}"
            return "No due date"
        moved = moved_text(self.row.due_date_moves)
        return format_short_date(self.row.due_on) + (f", {moved}" if moved else "")

    @property
    def first_due_text(self) -> str:
        if not self.row.due_date_moves or self.row.original_due_on is None:
            return ""
        return f"first due {format_short_date(self.row.original_due_on)}"

    @property
    def first_due_line(self) -> str:
        return _first_upper(self.first_due_text)

    @property
    def last_update_label(self) -> str:
        """When the latest update was made and, unless it was a progress note, what it did: "4 Dec
        2026 at 1:30pm (due date moved)". "" when there is none."""
        if not self.row.last_update_at:
            return ""
        kind = self.row.last_update_kind
        what = f" ({UPDATE_KINDS.get(kind, 'update').lower()})" if kind and kind != "note" else ""
        return format_datetime(self.row.last_update_at) + what

    @property
    def closing_statement(self) -> str:
        return closing_statement(self.row)


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


# Done means said (docs/rules.md): the outcome of a completed action, or why it cannot be done. The one
# rule is Action.closing_statement; result rows have the same fields.
closing_statement = Action.closing_statement.fget


class ActionStates:
    """An action's RAG and working days overdue, worked out once per (status, due date, at risk):
    an export of thousands of rows shares a few hundred of them."""

    def __init__(self, today: date):
        self.today = today
        self._known: dict[tuple, tuple[Rag | None, int]] = {}

    def __call__(self, row) -> tuple[Rag | None, int]:
        key = (row.status, row.due_on, row.at_risk, row.group_due_soon_days)
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = (rag_of(row, self.today, row.group_due_soon_days),
                                        working_days_overdue(row, self.today))
        return found


# --- the list page ---------------------------------------------------------------------------------


class ListPage(Pagination):
    """Flask-SQLAlchemy's pagination, fed a total we already have (the counts query gave it)."""

    def __init__(self, items: list, total: int, page: int, per_page: int):
        self._known_items, self._known_total = items, total
        super().__init__(page=page, per_page=per_page, max_per_page=None, error_out=False)

    def _query_items(self) -> list:
        return self._known_items

    def _query_count(self) -> int:
        return self._known_total


@functools.lru_cache(maxsize=64)
def _page_select(filters: ActionFilters, today: date, limit: int, offset: int, _usual_window: int):
    """A page's statement, built once for each view, day and page (as `_counts_select`)."""
    return listed_actions_select(filters, today, limit=limit, offset=offset)


def outstanding_page(filters: ActionFilters, today: date, *, page: int, per_page: int):
    """(counts, one page of ListedActions): two queries whatever the number of actions."""
    counts = outstanding_counts(filters, today)
    last_page = max((counts.total + per_page - 1) // per_page, 1)
    page = min(max(page, 1), last_page)
    rows = _read(_page_select(filters, today, per_page, (page - 1) * per_page, default_due_soon_days())).all()
    items = [ListedAction.of(row, today) for row in rows]
    return counts, ListPage(items, counts.total, page, per_page)
