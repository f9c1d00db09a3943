"""Action logs in the shapes partnerships keep them, built here so each test reads its own file.

Run `python -m tests.actions.log.action_logs DIR` to write them all out and open them in Excel.
The people they name are those of `log_team` in conftest.py: Mary Walker (MW, Head of SEND),
Yusuf Osman (YO, yusuf.osman@example.org), Lena Price (the group's secretary) and Grace Adeyemi.
"""
from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

import openpyxl


def _workbook_bytes(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def board_log_xlsx() -> bytes:
    """The Board's log: a title merged across the top, headings over two rows ("Dates" merged over
    Meeting, Original and Revised), dates as real date cells and as text, a blank row between
    sections and a total row at the foot."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Action log"
    sheet.append(["SEND Board action log 2012–13"])
    sheet.merge_cells("A1:H1")
    sheet.append(["Ref", "Action", "Lead", "Dates", None, None, "Status", "Update"])
    sheet.merge_cells("D2:F2")
    sheet.append([None, None, None, "Meeting", "Original", "Revised", None, None])
    sheet.append([1, "Write to all schools about the local offer", "MW", datetime(2012, 6, 12),
                  datetime(2012, 7, 17), "30 Sept", "Ongoing", "Letter drafted; waiting for the Director"])
    sheet.append([2, "Set up the key worker pilot with health colleagues", "Yusuf Osman", "12/06/2012",
                  "17.7.12", None, "Complete", "Pilot started in July"])
    sheet.append([None] * 8)
    sheet.append([3, "Report the survey results to the Board", "Head of SEND", datetime(2012, 9, 4),
                  "June", None, "Not yet due", None])
    sheet.append([4, "Publish the short breaks statement", "MW/YO", datetime(2012, 9, 4),
                  datetime(2012, 12, 14), None, "Amber", "Consultation closes late"])
    sheet.append(["Total", 4])
    return _workbook_bytes(book)


CHAMPIONS_ROWS = [
    ["No.", "Action", "Who", "Date raised", "Deadline", "RAG", "Comments"],
    ["C1", "Send the parents’ survey to every school – £50 prize draw", "GA", "03/10/2012", "30 Sept",
     "Green", "Sent to 40 schools"],
    ["", "", "", "", "", "", ""],
    ["C2", "Ask the council for the autism pathway leaflet", "yusuf.osman@example.org", "03/10/2012", "41274",
     "Complete", ""],
    ["C3", "Book the hall for the summer event", "Lena Price", "03/10/2012", "June", "Withdrawn",
     "The school hall is closed for building work this year"],
]


def champions_log_csv(*, encoding: str = "cp1252", delimiter: str = ";") -> bytes:
    """The champions' log saved from Excel on Windows: semicolons, Windows-1252 (a £ sign and curly
    quotes), initials, an email address and an Excel date number (41274 is 31 December 2012)."""
    lines = [delimiter.join(f'"{cell}"' if delimiter in cell else cell for cell in row) for row in CHAMPIONS_ROWS]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def problem_log_csv() -> bytes:
    """A tab-separated log with an owner no one is, a date that is not one, a status Tracker does
    not know, a row with no action, a revised date before the action was raised, and dates no calendar
    has (29 February in a year that is not a leap year, a month 13)."""
    rows = [
        ["Action", "Owner", "Meeting", "Due date", "Revised date", "Status"],
        ["Check the transport policy", "Jane Smith", "05/03/2013", "31/03/2013", "", "Ongoing"],
        ["Review the EHCP timeliness figures", "MW", "05/03/2013", "sometime", "", "Open"],
        ["Share the newsletter", "GA", "05/03/2013", "30/04/2013", "", "Parked"],
        ["", "MW", "05/03/2013", "30/04/2013", "", ""],
        ["Agree the training plan", "YO", "05/03/2013", "30/04/2013", "01/01/2013", ""],
        ["Book the venue", "MW", "05/03/2013", "29/02/2013", "04/13/2013", ""],  # days no calendar has
    ]
    return ("\ufeff" + "\n".join("\t".join(row) for row in rows) + "\n").encode("utf-8")


def formula_log_xlsx() -> bytes:
    """A workbook whose due date is a formula saved with no value (as a program, not Excel, saves it)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Action", "Owner", "Due"])
    sheet.append(["Draft the SEND strategy", "MW", "=TODAY()+14"])
    return _workbook_bytes(book)


def duplicate_columns_csv() -> bytes:
    return b"Action,Owner,Due date,Owner\nWrite the report,MW,30/04/2013,YO\n"


def huge_log_csv(rows: int = 100_000) -> bytes:
    lines = ["Action,Owner,Due date"] + [f"Action number {number},MW,30/04/2030" for number in range(rows)]
    return "\n".join(lines).encode()


def macro_workbook() -> bytes:
    """An .xlsm is a zip holding a vbaProject.bin."""
    book = openpyxl.Workbook()
    book.active.append(["Action", "Owner"])
    data = io.BytesIO(_workbook_bytes(book))
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(data) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("xl/vbaProject.bin", b"\x00" * 64)
    return out.getvalue()


def password_protected_workbook() -> bytes:
    """Excel saves a workbook with a password as an encrypted OLE compound file: its signature, then data."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096


ALL = {
    "board_log.xlsx": board_log_xlsx,
    "champions_log.csv": champions_log_csv,
    "problem_log.csv": problem_log_csv,
    "formula_log.xlsx": formula_log_xlsx,
    "duplicate_columns.csv": duplicate_columns_csv,
}

if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    folder.mkdir(parents=True, exist_ok=True)
    for name, build in ALL.items():
        (folder / name).write_bytes(build())
        print(folder / name)


def headings_only_csv() -> bytes:
    """A log whose actions were never pasted under its headings (or a template saved by mistake)."""
    return b"Action,Owner,Due date,Status\n,,,\n"


def headings_only_xlsx() -> bytes:
    """A workbook whose first sheet holds only headings; its actions are on a later sheet."""
    book = openpyxl.Workbook()
    book.active.title = "Cover"
    book.active.append(["Action", "Owner", "Due date", "Status"])
    book.create_sheet("Actions").append(["Write the transport guide", "MW", "30/04/2030", "Open"])
    saved = io.BytesIO()
    book.save(saved)
    return saved.getvalue()
