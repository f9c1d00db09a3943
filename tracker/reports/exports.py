"""CSV and XLSX exports of any filtered list (the outstanding actions here; the decisions register
in decision_exports.py), streamed so a large export never sits in memory.

Rows come from the database `YIELD_PER` at a time. The CSV goes out as it is written: UTF-8 with a
byte order mark and ISO dates (2026-11-23), which Excel opens as text it can read and dates it
can sort. The XLSX is written by XlsxWriter in constant-memory mode (each row goes to disk as it
is written) to a temporary file, with real dates and a frozen header row, and sent from there in
chunks: a workbook is a zip file, so it can only be sent once it is complete.

Text that would start a spreadsheet formula (=, +, -, @) is written so it stays text.
"""
from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator
from datetime import date

import xlsxwriter

from tracker.actions.rag import rag_words, status_words
from tracker.core.dates import local_day, local_zone
from tracker.extensions import db
from tracker.reports.filters import ActionFilters
from tracker.reports.queries import ActionStates, closing_statement, listed_actions_select

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


def file_name(today: date, extension: str, what: str = "outstanding-actions") -> str:
    return f"{what}-{today.isoformat()}.{extension}"


TEXT_COLUMNS = (1, 4, 5, 6, 12, 14)  # people's words: what a spreadsheet must not run as a formula


def _value_rows(filters: ActionFilters, today: date) -> Iterator[list]:
    """Every matching action as a row of Python values (dates as dates, numbers as numbers).

    Straight from the result rows: what many rows share (a RAG and lateness per due date, the
    time zone) is worked out once, so 50,000 rows cost little more than reading them. Status and
    RAG are in the words of every page, report and email (`status_words`, `rag_words`)."""
    states, zone = ActionStates(today), local_zone()

    def local_date(moment):
        return None if moment is None else local_day(moment, zone)

    result = db.session.execute(listed_actions_select(filters, today).execution_options(yield_per=YIELD_PER))
    for row in result:
        rag, days_overdue = states(row)
        yield [
            row.id, row.title, status_words(row.status), rag_words(rag, days_overdue, row.at_risk),
            row.owner_name, row.organisation_name or "", row.group_name,
            row.due_on, row.original_due_on if row.due_date_moves else None, row.due_date_moves,
            days_overdue, local_date(row.last_update_at), row.last_update_note or "",
            local_date(row.closed_at), closing_statement(row),
        ]


def _as_text(value: str) -> str:
    """Formula-looking text gets a leading apostrophe, so a spreadsheet shows it and never runs it."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_lines(filters: ActionFilters, today: date) -> Iterator[str]:
    return csv_stream(COLUMNS, _value_rows(filters, today), TEXT_COLUMNS)


def csv_stream(columns: list[tuple[str, int]], rows: Iterator[list], text_columns: tuple[int, ...]) -> Iterator[str]:
    """A CSV of any list, a chunk of rows at a time. The csv module writes None as an empty cell
    and a date as 2026-11-23 by itself; only people's words (`text_columns`) need looking at."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    buffer.write(BOM)
    writer.writerow([name for name, _width in columns])
    for count, values in enumerate(rows, start=1):
        for index in text_columns:
            values[index] = _as_text(values[index])
        writer.writerow(values)
        if count % CSV_ROWS_PER_CHUNK == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def xlsx_file(filters: ActionFilters, today: date):
    return xlsx_workbook("Actions", COLUMNS, _value_rows(filters, today))


def xlsx_workbook(sheet_name: str, columns: list[tuple[str, int]], rows: Iterator[list]):
    """A workbook of any list in a temporary file (deleted when closed), positioned at its start."""
    spooled = tempfile.TemporaryFile()
    # strings_to_formulas off: people's words are always text, never a formula to run.
    workbook = xlsxwriter.Workbook(spooled, {
        "constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
        "strings_to_numbers": False, "default_date_format": "yyyy-mm-dd", "in_memory": False,
    })
    sheet = workbook.add_worksheet(sheet_name)
    sheet.freeze_panes(1, 0)
    bold = workbook.add_format({"bold": True})
    for index, (name, width) in enumerate(columns):
        sheet.set_column(index, index, width)
        sheet.write_string(0, index, name, bold)
    write_row = sheet.write_row
    for row_number, values in enumerate(rows, start=1):
        write_row(row_number, 0, values)
    workbook.close()
    spooled.seek(0)
    return spooled


def file_chunks(handle) -> Iterator[bytes]:
    with handle:
        while chunk := handle.read(FILE_CHUNK_BYTES):
            yield chunk
