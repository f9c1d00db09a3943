"""CSV and XLSX exports of the filtered decisions register, through the same streaming machinery
as the outstanding actions list (exports.py): the same BOM, ISO dates, formula-safe text and
constant-memory workbook.

Decisions are read `YIELD_PER` at a time; what each batch shows alongside (tags, the actions each
led to) comes in a few more queries per batch, never a query per row.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from tracker.core.dates import local_day
from tracker.decisions.operations import superseded_note
from tracker.decisions.queries import DecisionFilters, register_select
from tracker.extensions import db
from tracker.reports.exports import YIELD_PER, csv_stream, file_name, xlsx_workbook

COLUMNS = [
    ("Reference", 10), ("Decision", 60), ("Group", 30), ("Meeting date", 12), ("Agenda item", 30),
    ("Tags", 30), ("Superseded by", 12), ("How superseded", 40), ("Supersedes", 14), ("Actions", 8),
    ("Actions and their status", 60),
]
TEXT_COLUMNS = (1, 2, 4, 5, 7, 10)  # people's words: what a spreadsheet must not run as a formula


def decisions_file_name(today: date, extension: str) -> str:
    return file_name(today, extension, what="decisions")


def _value_rows(filters: DecisionFilters, *, visible, visible_actions) -> Iterator[list]:
    query = register_select(filters, visible=visible, visible_actions=visible_actions)
    for batch in db.session.execute(query.execution_options(yield_per=YIELD_PER)).scalars().partitions():
        for decision in batch:
            actions = decision.actions
            yield [
                decision.id, decision.text, decision.meeting.group.name, local_day(decision.meeting.starts_at),
                decision.agenda_item.title if decision.agenda_item else "",
                "; ".join(tag.name for tag in decision.tags),
                decision.superseded_by_id,
                superseded_note(decision),
                ", ".join(str(earlier.id) for earlier in decision.supersedes),
                len(actions),
                "; ".join(f"{action.title} ({action.status_label})" for action in actions),
            ]


def csv_lines(filters: DecisionFilters, *, visible, visible_actions) -> Iterator[str]:
    return csv_stream(COLUMNS, _value_rows(filters, visible=visible, visible_actions=visible_actions), TEXT_COLUMNS)


def xlsx_file(filters: DecisionFilters, *, visible, visible_actions):
    return xlsx_workbook("Decisions", COLUMNS, _value_rows(filters, visible=visible, visible_actions=visible_actions))
