"""CSV and XLSX exports of any filtered list, streamed so a large export never sits in memory.

Rows come from the database `YIELD_PER` at a time. The CSV goes out as it is written: UTF-8 with a
byte order mark and ISO dates (2026-11-23), which Excel opens as text it can read and dates it
can sort. The XLSX is written by openpyxl's write-only mode to a temporary file (real dates, a
frozen header row) and sent from there in chunks.

Text that would start a spreadsheet formula (=, +, -, @) is written so it stays text.
"""
from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator
from datetime import date

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from tracker.core.dates import to_local
from tracker.extensions import db
from tracker.reports.filters import ActionFilters
from tracker.reports.queries import ListedAction, listed_actions_select

YIELD_PER = 1000
CSV_ROWS_PER_CHUNK = 500
FILE_CHUNK_BYTES = 64 * 1024
BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = [
    ("Reference", 10), ("Action", 50), ("Status", 16), ("RAG", 20), ("Owner", 24), ("Organisation", 30),
    ("Group", 30), ("Due date", 12), ("First due date", 14), ("Times moved", 12),
    ("Working days overdue", 12), ("Last update", 14), ("Last update note", 50),
    ("Closed on", 12), ("Outcome or explanation", 50),
]


def file_name(today: date, extension: str) -> str:
    return f"outstanding-actions-{today.isoformat()}.{extension}"


def _rows(filters: ActionFilters, today: date) -> Iterator[ListedAction]:
    result = db.session.execute(listed_actions_select(filters, today).execution_options(yield_per=YIELD_PER))
    for row in result:
        yield ListedAction.of(row, today)


def _local_date(moment) -> date | None:
    return to_local(moment).date() if moment is not None else None


def _values(action: ListedAction) -> list:
    """One row, as Python values (dates as dates, numbers as numbers)."""
    return [
        action.id, action.title, action.status_label, action.rag.label if action.rag else "",
        action.owner_name, action.organisation_name or "", action.group_name,
        action.due_on, action.original_due_on if action.due_date_moves else None, action.due_date_moves,
        action.days_overdue, _local_date(action.last_update_at), action.last_update_note or "",
        _local_date(action.closed_at), action.closing_statement,
    ]


def _as_text(value) -> str:
    """Formula-looking text gets a leading apostrophe, so a spreadsheet shows it and never runs it."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return _as_text(value)
    return value


def csv_lines(filters: ActionFilters, today: date) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    buffer.write(BOM)
    writer.writerow([name for name, _width in COLUMNS])
    for count, action in enumerate(_rows(filters, today), start=1):
        writer.writerow([_csv_cell(value) for value in _values(action)])
        if count % CSV_ROWS_PER_CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def _xlsx_cell(sheet, value):
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever it starts with
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    return cell


def xlsx_file(filters: ActionFilters, today: date):
    """The workbook in a temporary file (deleted when closed), positioned at its start."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Actions")
    sheet.freeze_panes = "A2"
    for index, (_name, width) in enumerate(COLUMNS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    header = []
    for name, _width in COLUMNS:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for action in _rows(filters, today):
        sheet.append([_xlsx_cell(sheet, value) for value in _values(action)])
    spooled = tempfile.TemporaryFile()
    workbook.save(spooled)
    spooled.seek(0)
    return spooled


def file_chunks(handle) -> Iterator[bytes]:
    with handle:
        while chunk := handle.read(FILE_CHUNK_BYTES):
            yield chunk
