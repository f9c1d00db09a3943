"""Files crafted to be slow or to break the reader. A workbook with a cell at the far corner of the
sheet makes openpyxl pad every row to 16,384 columns and a million rows unless told the sheet's real
size: read as far as a log goes, in a moment (before, 24 s for a 6 KB file). A CSV cell longer than
the csv module takes is refused in plain English (before, a stack trace)."""
from __future__ import annotations

import io

import openpyxl

from tracker.actions.log_import import read_log


def test_a_log_with_cells_at_the_far_corners_reads_only_its_real_rows_and_columns():
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["Action", "Owner", "Due date"], ["Write to the colleges", "MW", "30/06/2027"]):
        sheet.append(row)
    sheet["XFD1"], sheet["A1048576"] = "far right", "far down"
    saved = io.BytesIO()
    book.save(saved)
    table = read_log("log.xlsx", saved.getvalue())
    assert table.headings[:3] == ["Action", "Owner", "Due date"] and len(table.headings) <= 100
    assert [row.cells[:3] for row in table.rows][:1] == [["Write to the colleges", "MW", "30/06/2027"]]


def test_a_csv_with_a_cell_longer_than_the_csv_reader_takes_is_refused_in_plain_english():
    import pytest

    from tracker.actions.log_import import UnreadableLog

    with pytest.raises(UnreadableLog, match="has a cell far longer than an action log's"):
        read_log("log.csv", b'Action,Owner\n"' + b"a" * 200_000 + b'",MW\n')


def test_a_csv_thousands_of_columns_wide_is_read_only_as_far_as_a_workbook_is():
    """A 60 KB CSV whose heading row runs to 10,000 columns once made the check page draw a column
    choice for each: 25 s and 10 MB for one page, on every look. A CSV now stops where a workbook
    does, so the widest file costs what a real log costs."""
    from tracker.actions.log_import import MAX_LOG_COLUMNS

    headings = ["Action", "Owner", "Due date"] + [f"Extra {number}" for number in range(10_000)]
    data = (",".join(headings) + "\r\nWrite to the colleges,MW,30/06/2027\r\n").encode()
    table = read_log("log.csv", data)
    assert table.headings == headings[:MAX_LOG_COLUMNS]
    assert [row.cells[:3] for row in table.rows] == [["Write to the colleges", "MW", "30/06/2027"]]
    assert all(len(row.cells) == MAX_LOG_COLUMNS for row in table.rows)
