"""The one search function: what a person may see that matches their words, ranked, one page.

Each kind of record is searched next to the permission clause that guards its own pages
(tracker/permissions.py), so a result never shows more than its page would. The full-text index is
PostgreSQL's tsvector columns or SQLite's FTS5 table (tracker/search/schema.py); this module turns
the person's words into a query each engine reads as plain words, never as its query language.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from sqlalchemy import func, literal, literal_column, select, table, text, union_all
from sqlalchemy.orm import joinedload

from tracker import permissions
from tracker.actions.models import Action, ActionUpdate
from tracker.extensions import db
from tracker.inputs.models import Input
from tracker.meetings.models import AgendaItem, Decision, Meeting
from tracker.search.schema import FTS_TABLE, KIND_CODES, SEARCHED

MAX_QUERY = 200  # characters; a longer search is refused at the field
MAX_WORDS = 12  # more words than this add nothing but work
# A word in nearly every record ("agreed") would have every one ranked: only the newest
# RANKED_PER_KIND matches of each kind are, which keeps such a search near the others' time
# (docs/benchmarks.md). The page says when a kind reached it, and suggests more words.
RANKED_PER_KIND = 1000

# A word is a run of letters and digits: what FTS5's unicode61 tokenizer keeps, and what
# PostgreSQL keeps after schema.py's regexp_replace. Anything else in the query is a separator, so
# quotes, & | : * ( ) and the like can never reach either engine's query syntax.
WORD = re.compile(r"[^\W_]+")

KIND_LABELS = {
    "action": "Action",
    "update": "Update on an action",
    "decision": "Decision",
    "minutes": "Minutes",
    "agenda_item": "Agenda item",
    "input": "Input",
}
KIND_BY_CODE = {source.code: source.kind for source in SEARCHED}


def _code(kind: str) -> int:
    return next(source.code for source in SEARCHED if source.kind == kind)


def search_words(query: str) -> list[str]:
    """The words searched for, lower case, each once, in the order typed."""
    words = dict.fromkeys(word.lower() for word in WORD.findall(query or ""))
    return list(words)[:MAX_WORDS]


@dataclass(frozen=True)
class _Kind:
    """How one kind of record is searched: its model, how it reaches its group, who may see it."""

    model: type
    joins: tuple = ()
    group_id: object = None
    visible: object = None  # permissions clause, called with the person


def _kinds() -> dict[str, _Kind]:
    return {
        "action": _Kind(Action, (), Action.group_id, permissions.actions_visible_to),
        "update": _Kind(ActionUpdate, ((Action, ActionUpdate.action_id == Action.id),), Action.group_id,
                        permissions.actions_visible_to),
        "decision": _Kind(Decision, ((Meeting, Decision.meeting_id == Meeting.id),), Meeting.group_id,
                          permissions.decisions_visible_to),
        "minutes": _Kind(Meeting, (), Meeting.group_id, permissions.minutes_visible_to),
        "agenda_item": _Kind(AgendaItem, ((Meeting, AgendaItem.meeting_id == Meeting.id),), Meeting.group_id,
                             permissions.meetings_visible_to),
        "input": _Kind(Input, (), Input.group_id, permissions.inputs_visible_to),
    }


def _matching(kind: str, words: list[str], dialect: str):
    """(FROM clause, WHERE clause, rank) for one kind on this engine; a higher rank matches better.
    On PostgreSQL the rank is a function of the document, applied once the newest matches are
    chosen (`_ranked`), so no more than RANKED_PER_KIND documents a kind are ranked."""
    model = _kinds()[kind].model
    code = _code(kind)
    if dialect == "postgresql":
        document = literal_column(f"{model.__tablename__}.search_document")
        query = func.plainto_tsquery(literal_column("'simple'::regconfig"), " ".join(words))
        return model, document.op("@@")(query), (document, lambda chosen: func.ts_rank(chosen, query))
    index = table(FTS_TABLE, literal_column("rowid"))
    # Each word phrase-quoted: FTS5 reads it as a word to find, never as an operator.
    phrase = " ".join('"' + word.replace('"', '""') + '"' for word in words)
    joined = index.join(model, model.id == literal_column(f"{FTS_TABLE}.rowid / {KIND_CODES}"))
    where = text(f"{FTS_TABLE} MATCH :phrase AND {FTS_TABLE}.rowid % {KIND_CODES} = {code}").bindparams(
        phrase=phrase)
    return joined, where, -func.bm25(literal_column(FTS_TABLE))


def _ranked(person, words: list[str], kinds: list[str], group_ids: tuple[int, ...], dialect: str,
            per_kind: int = RANKED_PER_KIND):
    """Every visible match of the chosen kinds, as (code, id, rank) rows."""
    selects = []
    for kind in kinds:
        searched = _kinds()[kind]
        source, where, rank = _matching(kind, words, dialect)
        document, rank_of = rank if isinstance(rank, tuple) else (rank, None)
        statement = select(literal(_code(kind)).label("code"), searched.model.id.label("id"),
                           document.label("rank")).select_from(source)
        for joined, on in searched.joins:
            statement = statement.join(joined, on)
        statement = statement.where(where, searched.visible(person))
        if group_ids:
            statement = statement.where(searched.group_id.in_(group_ids))
        newest = statement.order_by(searched.model.id.desc()).limit(per_kind).subquery()
        selects.append(select(newest) if rank_of is None else
                       select(newest.c.code, newest.c.id, rank_of(newest.c.rank).label("rank")))
    return union_all(*selects).subquery("matches")


@dataclass
class SearchResult:
    kind: str
    record: object  # the Action, ActionUpdate, Decision, Meeting, AgendaItem or Input found

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def text(self) -> str:
        """The text the words were found in, as the index read it."""
        columns = next(source.columns for source in SEARCHED if source.kind == self.kind)
        return " ".join(getattr(self.record, column) or "" for column in columns)

    @property
    def group(self):
        record = self.record
        if isinstance(record, ActionUpdate):
            return record.action.group
        if isinstance(record, (Decision, AgendaItem)):
            return record.meeting.group
        return record.group


@dataclass
class SearchPage:
    """One page of results, shaped like Flask-SQLAlchemy's Pagination for the shared macro."""

    words: list[str]
    items: list[SearchResult] = field(default_factory=list)
    total: int = 0
    page: int = 1
    per_page: int = 20
    more_than_ranked: bool = False  # some kind had more matches than RANKED_PER_KIND

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def prev_num(self) -> int:
        return self.page - 1

    @property
    def next_num(self) -> int:
        return self.page + 1

    @property
    def first(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.items else 0

    @property
    def last(self) -> int:
        return self.first + len(self.items) - 1 if self.items else 0

    def iter_pages(self, *, left_edge=2, left_current=2, right_current=4, right_edge=2):
        last = 0
        for number in range(1, self.pages + 1):
            if (number <= left_edge or self.page - left_current - 1 < number < self.page + right_current
                    or number > self.pages - right_edge):
                if last + 1 != number:
                    yield None
                yield number
                last = number


# What each kind's page shows of a result, loaded with it in one statement per kind found.
_LOAD_OPTIONS = {
    "action": (joinedload(Action.group),),
    "update": (joinedload(ActionUpdate.action).joinedload(Action.group),),
    "decision": (joinedload(Decision.meeting).joinedload(Meeting.group),),
    "minutes": (joinedload(Meeting.group),),
    "agenda_item": (joinedload(AgendaItem.meeting).joinedload(Meeting.group),),
    "input": (joinedload(Input.group),),
}


def search(person, query: str, *, kinds: list[str] | None = None, group_ids: tuple[int, ...] = (),
           page: int = 1, per_page: int = 20, ranked_per_kind: int = RANKED_PER_KIND) -> SearchPage:
    """What `person` may see that has every word of `query`, best match first, then newest.

    Signed-out people find nothing (the published "you said, we did" page is theirs to read).
    Sends one statement for the count and the page, plus one per kind of record on the page."""
    words = search_words(query)
    result = SearchPage(words=words, page=page, per_page=per_page)
    if not words or not person.is_authenticated:
        return result
    dialect = db.engine.dialect.name
    if dialect == "postgresql":
        # The GIN lookups take well under a millisecond; starting parallel workers for them took
        # 20 ms a statement on the benchmark (docs/benchmarks.md). For this transaction only.
        db.session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
    matches = _ranked(person, words, kinds or list(KIND_LABELS), group_ids, dialect, ranked_per_kind)
    found, rows = _count_and_page(matches, page=page, per_page=per_page)
    result.total = sum(found.values())
    result.more_than_ranked = any(count >= ranked_per_kind for count in found.values())
    loaded = _load(rows)
    result.items = [SearchResult(KIND_BY_CODE[code], loaded[code, id_]) for code, id_ in rows
                    if (code, id_) in loaded]
    return result


def _count_and_page(matches, *, page: int, per_page: int) -> tuple[dict[int, int], list[tuple[int, int]]]:
    """How many matches of each kind ({code: count}), and the page's (code, id), best first: in one
    statement, so the matches are found and ranked once (a CTE both parts read), not twice."""
    found = select(matches).cte("found").prefix_with("MATERIALIZED")
    best = (select(found.c.code, found.c.id, found.c.rank)
            .order_by(found.c.rank.desc(), found.c.code, found.c.id.desc())
            .limit(per_page).offset((page - 1) * per_page).subquery("best"))
    counts = select(found.c.code, literal(None).label("id"), literal(None).label("rank"), func.count().label("n")
                    ).group_by(found.c.code)
    rows = db.session.execute(union_all(
        counts, select(best.c.code, best.c.id, best.c.rank, literal(None).label("n")))).all()
    counted = {code: n for code, id_, _rank, n in rows if id_ is None}
    ranked = sorted((row for row in rows if row.id is not None), key=lambda row: (-row.rank, row.code, -row.id))
    return counted, [(row.code, row.id) for row in ranked]


def _load(rows) -> dict[tuple[int, int], object]:
    ids_by_code: dict[int, list[int]] = {}
    for code, id_ in rows:
        ids_by_code.setdefault(code, []).append(id_)
    kinds = _kinds()
    loaded = {}
    for code, ids in ids_by_code.items():
        kind = KIND_BY_CODE[code]
        model = kinds[kind].model
        for record in db.session.scalars(select(model).where(model.id.in_(ids)).options(*_LOAD_OPTIONS[kind])):
            loaded[code, record.id] = record
    return loaded
