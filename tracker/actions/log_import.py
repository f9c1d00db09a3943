"""Reading a partnership's existing action log (.xlsx or .csv) into rows Tracker can check.

Pure functions (no Flask, no database): `read_log` turns the file's bytes into a LogTable (its
headings, and each row's cells with the row number a spreadsheet shows), and `guess_columns`
says what each column seems to hold from its heading. The page lets a person confirm or change
that; `tracker/actions/log_operations.py` matches owners, reads dates and creates the actions.

Refused with a plain message, before anything is saved: macro-enabled workbooks (.xlsm), the old
binary .xls, password-protected workbooks (Excel saves those as an OLE container, not a zip),
files over MAX_LOG_BYTES and logs of more than MAX_LOG_ROWS rows.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime

from tracker.importer.documents import OLE_SIGNATURE, UnreadableDocument, _decode, open_workbook

MAX_LOG_BYTES = 5_000_000  # a 10,000-row log with long notes is about 3 MB
MAX_LOG_ROWS = 10_000  # the longest partnership log we have seen has about 800 rows
MAX_LOG_COLUMNS = 100  # a log has a dozen; a cell far to the right is not read, in a workbook or a CSV
MOST_UNPACKED = 30 * MAX_LOG_BYTES  # a workbook's sheets pack about ten to one: far beyond any real log
HEADING_SEARCH_ROWS = 20  # headings are in the first rows, under any title

# What a column can hold. IGNORE: kept out of the import.
ACTION, OWNER, RAISED, DUE, REVISED, STATUS, NOTES, REF, IGNORE = (
    "action", "owner", "raised", "due", "revised", "status", "notes", "ref", "ignore")
COLUMN_LABELS = {
    ACTION: "The action", OWNER: "Owner", RAISED: "Meeting or date raised", DUE: "Due date",
    REVISED: "Revised due date", STATUS: "Status", NOTES: "Notes or latest update", REF: "Reference",
    IGNORE: "Ignore this column",
}
ONE_COLUMN_EACH = (ACTION, OWNER, RAISED, DUE, REVISED, STATUS, REF)  # notes may come from several

# Heading words, tried in this order: "Action owner" is an owner, "Revised due date" a revised
# date, "Action no." a reference, before "action" makes a column the action itself.
HEADING_RULES = (
    (REF, re.compile(r"^(?:action\s+)?(?:ref(?:erence)?|no\.?|number|#|id|item\s+no\.?)$|\bref\b", re.I)),
    (REVISED, re.compile(r"revised|new\s+(?:due\s+)?date|amended|extended|updated\s+(?:due\s+)?date", re.I)),
    (OWNER, re.compile(r"owner|\blead\b|\bwho\b|responsib|assigned|by\s+whom|officer|person", re.I)),
    (RAISED, re.compile(r"raised|meeting|date\s+(?:agreed|added|opened|logged)|^date$|^opened$", re.I)),
    (DUE, re.compile(r"\bdue\b|deadline|target|by\s+when|original|timescale|completion\s+date|^when$", re.I)),
    (NOTES, re.compile(r"notes?\b|update|comment|commentary|progress\s+(?:notes?|update)|remarks", re.I)),
    (STATUS, re.compile(r"status|\brag\b|progress|complete|^state$", re.I)),
    (ACTION, re.compile(r"action|task|description|^what\b|^item$|^issue$|agreed", re.I)),
)
TOTAL_ROW = re.compile(r"^\s*(?:grand\s+)?(?:totals?|count|sum|number\s+of\s+actions)\b", re.I)


class UnreadableLog(Exception):
    """The file cannot be imported; `message` says why and what to do, in plain English."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


Cell = str | int | float | date | datetime | None


@dataclass
class LogRow:
    number: int  # the row number the spreadsheet shows (headings are row 1 of a plain CSV)
    cells: list[Cell]


@dataclass
class LogTable:
    """A log as read: its headings, its rows of actions, and what was left out and why."""

    name: str
    headings: list[str]
    rows: list[LogRow]
    heading_row: int
    skipped: list[str] = field(default_factory=list)  # "Row 40: a total row, not an action"
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column): formula with no value


def column_letter(index: int) -> str:
    """0 -> "A", 27 -> "AB": how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def guess_column(heading: str) -> str:
    heading = " ".join(heading.split())
    for kind, rule in HEADING_RULES:
        if heading and rule.search(heading):
            return kind
    return IGNORE


def guess_columns(headings: list[str]) -> list[str]:
    """What each column holds, from its heading; a second column that looks like the same thing
    as an earlier one is ignored (the person can choose it on the page instead)."""
    kinds: list[str] = []
    for heading in headings:
        kind = guess_column(heading)
        if kind in ONE_COLUMN_EACH and kind in kinds:
            kind = IGNORE
        kinds.append(kind)
    return kinds


def duplicate_headings(headings: list[str]) -> list[str]:
    """Headings used by more than one column, said with their columns: "“Owner” (columns C and F)"."""
    seen: dict[str, list[int]] = {}
    for index, heading in enumerate(headings):
        if heading.strip():
            seen.setdefault(heading.strip().casefold(), []).append(index)
    return [f"“{headings[found[0]].strip()}” (columns {', '.join(column_letter(i) for i in found[:-1])} and "
            f"{column_letter(found[-1])})" for found in seen.values() if len(found) > 1]


def check_columns(headings: list[str], kinds: list[str]) -> list[str]:
    """What is wrong with a choice of columns, in plain English (empty when it can be imported)."""
    problems = []
    if ACTION not in kinds:
        problems.append("Choose the column that holds the actions")
    for kind in ONE_COLUMN_EACH:
        chosen = [index for index, each in enumerate(kinds) if each == kind]
        if len(chosen) > 1:
            columns = " and ".join(f"{column_letter(i)} (“{headings[i]}”)" for i in chosen)
            problems.append(f"Columns {columns} are both marked as “{COLUMN_LABELS[kind]}”. Choose one, "
                            "and mark the other to be ignored")
    return problems


# ---- reading the file ------------------------------------------------------------------------


def read_log(name: str, data: bytes) -> LogTable:
    """The headings and rows of an action log, or UnreadableLog saying why it cannot be read."""
    lowered = name.lower()
    if not data:
        raise UnreadableLog(f"{name} is empty. Choose the file that holds your action log")
    if len(data) > MAX_LOG_BYTES:
        raise UnreadableLog(f"{name} is too big to import ({len(data) / 1_000_000:.1f} MB; the most is "
                            f"{MAX_LOG_BYTES // 1_000_000} MB). Split the log into smaller files")
    if lowered.endswith((".xlsm", ".xltm")):
        raise UnreadableLog(f"{name} is a workbook with macros, which Tracker does not open. In Excel, "
                            "save it as an Excel Workbook (.xlsx) and import that")
    if data.startswith(OLE_SIGNATURE):
        raise UnreadableLog(f"{name} is password-protected, or saved in the old Excel 97–2003 format. "
                            "Remove the password (or save it as an Excel Workbook, .xlsx) and try again")
    if lowered.endswith((".xlsx", ".xltx")):
        rows, formulas = _xlsx_rows(name, data)
    elif lowered.endswith((".csv", ".txt", ".tsv")):
        rows, formulas = _csv_rows(name, data), {}
    elif lowered.endswith(".xls"):
        raise UnreadableLog(f"{name} is in the old Excel 97–2003 format. Save it as an Excel Workbook "
                            "(.xlsx) and try again")
    else:
        raise UnreadableLog(f"{name} is not a spreadsheet Tracker can read. Choose an Excel workbook "
                            "(.xlsx) or a CSV file (.csv)")
    return _table(name, rows, formulas)


def _xlsx_rows(name: str, data: bytes) -> tuple[list[list[Cell]], dict[tuple[int, int], str]]:
    try:
        values = open_workbook(name, data, most_unpacked=MOST_UNPACKED)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            has_formulas = _has_formulas(archive)
        formulas_book = open_workbook(name, data, values=False, most_unpacked=MOST_UNPACKED) if has_formulas else None
    except UnreadableDocument as refused:  # the same plain message for a log as for minutes
        raise UnreadableLog(refused.message) from None
    try:
        sheet = values.worksheets[0]
        sheet.reset_dimensions()  # rows as stored, not padded to the size the file claims (XFD1048576)
        rows: list[list[Cell]] = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row[:MAX_LOG_COLUMNS]))
            if len(rows) > MAX_LOG_ROWS + HEADING_SEARCH_ROWS + 1:
                break  # too many: said in _table, without reading the rest
        formulas = _unsaved_formulas(formulas_book, rows) if formulas_book is not None else {}
        return rows, formulas
    finally:
        values.close()
        if formulas_book is not None:
            formulas_book.close()


def _unsaved_formulas(book, rows: list[list[Cell]]) -> dict[tuple[int, int], str]:
    """{(row number, column index): formula} of the cells that hold a formula with no saved value."""
    formulas: dict[tuple[int, int], str] = {}
    sheet = book.worksheets[0]
    sheet.reset_dimensions()
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if number > len(rows):
            break
        for index, value in enumerate(row[:MAX_LOG_COLUMNS]):
            if isinstance(value, str) and value.startswith("=") and index < len(rows[number - 1]) \
                    and rows[number - 1][index] is None:
                formulas[(number, index)] = value
    return formulas


# A formula cell of a worksheet's XML: <f>, with or without a namespace prefix or attributes.
FORMULA_TAG = re.compile(rb"<(?:\w+:)?f[\s/>]")


def _has_formulas(archive: zipfile.ZipFile) -> bool:
    """Does any worksheet hold a formula? If not, the workbook need not be read a second time for them."""
    return any(FORMULA_TAG.search(archive.read(part)) for part in archive.namelist()
               if part.lower().startswith("xl/worksheets/") and part.lower().endswith(".xml"))


def _csv_rows(name: str, data: bytes) -> list[list[Cell]]:
    try:
        text = _decode(name, data)
    except UnreadableDocument:
        raise UnreadableLog(f"{name} is not a CSV file Tracker can read. In Excel, save it as “CSV UTF-8 "
                            "(Comma delimited)” and try again") from None
    sample = text[:20_000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # one column, or too little to tell: commas
    try:
        return [row[:MAX_LOG_COLUMNS] for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error:  # a cell of more than 131,072 characters, or a quote never closed before one
        raise UnreadableLog(f"{name} has a cell far longer than an action log's (more than 131,072 characters), "
                            "often a quotation mark that is never closed. Check the file in Excel and try "
                            "again") from None


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _text(cell: Cell) -> str:
    return "" if cell is None else " ".join(str(cell).split())


def _looks_like_headings(row: list[Cell]) -> bool:
    """Two or more short cells that read as headings Tracker knows, and no dates (a row of an action)."""
    known = [cell for cell in row if isinstance(cell, str) and len(cell.split()) <= 5 and guess_column(cell) != IGNORE]
    return len(known) >= 2 and not any(isinstance(cell, date | datetime) for cell in row)


def _heading_row(rows: list[list[Cell]]) -> int:
    """The index of the row of headings: the first of the top rows that looks like headings (a
    title above them, merged across the sheet, is one cell). Headings over two rows ("Dates"
    merged over "Raised", "Original" and "Revised") end at the second."""
    for index, row in enumerate(rows[:HEADING_SEARCH_ROWS]):
        if _looks_like_headings(row):
            following = rows[index + 1] if index + 1 < len(rows) else []
            return index + 1 if _looks_like_headings(following) and _fills_gaps(row, following) else index
    raise UnreadableLog("Tracker could not find the row of column headings, such as “Action”, “Owner” "
                        "and “Due date”. Put the headings in the first row and try again")


def _fills_gaps(upper: list[Cell], lower: list[Cell]) -> bool:
    """The lower row names columns the upper row left blank (under a merged heading)."""
    return any(_blank(upper[index]) and not _blank(cell) for index, cell in enumerate(lower) if index < len(upper))


def _headings(rows: list[list[Cell]], at: int, width: int) -> list[str]:
    """Each column's heading. Under a heading merged across several columns ("Dates" over
    "Original" and "Revised"), a heading that says too little on its own takes the merged one
    too; a blank heading under a heading of the row above takes that one."""
    own = [_text(cell) for cell in rows[at]] + [""] * (width - len(rows[at]))
    if at == 0:
        return own
    above, spanning = list(rows[at - 1]) + [None] * width, ""
    headings = []
    for index, heading in enumerate(own):
        if not _blank(above[index]):
            spanning = _text(above[index])
            heading = heading or spanning
        elif not heading:
            spanning = ""
        if heading and spanning and heading != spanning and guess_column(heading) == IGNORE:
            heading = f"{spanning} {heading}"
        headings.append(heading)
    return headings


def _table(name: str, rows: list[list[Cell]], formulas: dict[tuple[int, int], str]) -> LogTable:
    at = _heading_row(rows)
    width = max((len(row) for row in rows), default=0)
    headings = _headings(rows, at, width)
    # Columns with no heading and nothing in them (Excel's formatting often reaches far right) go.
    while headings and not headings[-1] and all(_blank(row[len(headings) - 1]) for row in rows[at + 1:]
                                                if len(row) >= len(headings)):
        headings.pop()
    duplicates = duplicate_headings(headings)
    if duplicates:
        raise UnreadableLog(f"The log has more than one column headed {' and '.join(duplicates)}. Rename "
                            "or delete the extra column, so each heading is used once, and try again")
    body = rows[at + 1:]
    if len([row for row in body if not all(_blank(cell) for cell in row)]) > MAX_LOG_ROWS:
        raise UnreadableLog(f"The log has more than {MAX_LOG_ROWS:,} rows, the most Tracker imports at once. "
                            "Split it into smaller files (for example, one for each year) and import each")
    table = LogTable(name=name, headings=headings, rows=[], heading_row=at + 1, formulas=formulas)
    for offset, row in enumerate(body):
        number = at + 2 + offset
        cells = (list(row) + [None] * len(headings))[:len(headings)]
        filled = [cell for cell in cells if not _blank(cell)]
        if not filled:
            continue  # blank rows between sections
        if any(isinstance(cell, str) and TOTAL_ROW.match(cell) for cell in cells[:3]) and len(filled) <= 3:
            table.skipped.append(f"Row {number}: a total, not an action")
            continue
        if len(filled) == 1 and isinstance(filled[0], str) and _blank(cells[-1]) and number > at + 2 \
                and len(headings) > 2 and cells.index(filled[0]) == 0:
            table.skipped.append(f"Row {number}: a section heading (“{_text(filled[0])[:60]}”), not an action")
            continue
        table.rows.append(LogRow(number, cells))
    if not table.rows:
        raise UnreadableLog(f"{name} has column headings but no actions under them. Check you chose the "
                            "right file. In a workbook, Tracker reads only the first sheet, so move the "
                            "sheet of actions to the front and save it again")
    return table


# ---- statuses --------------------------------------------------------------------------------

# A log's status (or RAG rating) as Tracker's status, and whether it says the action is at risk.
# Red and overdue need no flag: Tracker works lateness out from the due date.
STATUS_WORDS = (
    (re.compile(r"^(?:blue|c|done|closed?|complete[ds]?|finished|achieved|delivered|met|resolved)$"), "completed"),
    (re.compile(r"supersed|replaced|merged"), "superseded"),
    (re.compile(r"cannot|can't|not\s+possible|withdrawn|cancell?ed|dropped|no\s+longer|abandoned"), "cannot_be_done"),
    (re.compile(r"^(?:amber|at\s+risk|delayed|slipp(?:ed|ing)|behind)$"), "at_risk"),
    (re.compile(r"^(?:red|green|on\s+track|ongoing|in\s+progress|started|under\s*way|progressing|overdue|"
                r"partially\s+complete|part\s+complete)$"), "in_progress"),
    (re.compile(r"^(?:|open|new|not\s+(?:yet\s+)?(?:started|due)|to\s+do|pending|planned|not\s+due)$"), "not_started"),
)


def status_from_log(written: str) -> str | None:
    """ "Complete" -> "completed", "Amber" -> "at_risk" (in progress, flagged at risk), "Not yet due"
    -> "not_started"; None for a status Tracker does not know (the row says so)."""
    said = " ".join(re.sub(r"[^\w\s']", " ", written.casefold()).split())
    said = re.sub(r"^(?:action\s+)?(?:is\s+)?", "", said)
    for rule, status in STATUS_WORDS:
        if rule.search(said):
            return status
    return None
