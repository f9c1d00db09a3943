"""CSV and XLSX exports of the filtered list: they open, parse back, and keep dates as dates."""
from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from openpyxl import load_workbook

from tests.reports.conftest import closed_moment
from tracker.actions.schedule import working_days_late, working_days_text


def _csv_rows(response) -> list[dict]:
    body = response.get_data()
    assert body.startswith("\ufeff".encode()), "Excel needs the byte order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def test_the_csv_has_the_filtered_actions_with_iso_dates(client, chair, make_action, make_person,
                                                         make_organisation, add_update, today):
    owner = make_person(name="Siân O'Brien", organisation=make_organisation("Northshire County Council"))
    overdue = make_action(owner=owner, title="Write to schools – “transport”", due=today - timedelta(days=8),
                          due_date_moves=1)
    overdue.original_due_on = today - timedelta(days=22)
    add_update(overdue, "Letter drafted.", today - timedelta(days=1))
    make_action(title="Not overdue", due=today + timedelta(days=8))
    response = client.get("/reports/outstanding.csv?overdue=y", buffered=True)
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    [row] = _csv_rows(response)
    assert row["Action"] == "Write to schools – “transport”"
    assert row["Owner"] == "Siân O'Brien"
    assert row["Organisation"] == "Northshire County Council"
    assert date.fromisoformat(row["Due date"]) == today - timedelta(days=8)
    assert date.fromisoformat(row["First due date"]) == today - timedelta(days=22)
    assert row["Times moved"] == "1"
    assert int(row["Working days overdue"]) > 0
    assert row["RAG"] == f"Overdue by {working_days_text(int(row['Working days overdue']))}"
    assert row["Last update note"] == "Letter drafted."
    assert date.fromisoformat(row["Last update"]) == today - timedelta(days=1)


def test_text_that_looks_like_a_formula_stays_text(client, chair, make_action):
    make_action(title='=HYPERLINK("http://example.com","click")')
    [row] = _csv_rows(client.get("/reports/outstanding.csv", buffered=True))
    assert row["Action"] == "'=HYPERLINK(\"http://example.com\",\"click\")"
    sheet = load_workbook(io.BytesIO(client.get("/reports/outstanding.xlsx").get_data())).active
    cell = sheet.cell(row=2, column=2)
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://example.com","click")'


def test_the_xlsx_reads_back_with_real_dates(client, chair, make_action, today):
    completed = make_action(title="Paper agreed", due=today - timedelta(days=3), status="completed",
                            outcome="Agreed by the Board.", closed_at=closed_moment(today - timedelta(days=4)))
    response = client.get("/reports/outstanding.xlsx?status=completed")
    assert response.status_code == 200
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(response.get_data())).active
    rows = list(sheet.iter_rows(values_only=True))
    header, values = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert header[:3] == ("Reference", "Action", "Status")
    assert len(rows) == 2
    assert values["Reference"] == completed.id
    assert values["Status"] == "Completed"
    assert values["Due date"].date() == today - timedelta(days=3)  # a real date, not text
    assert values["Closed on"].date() == today - timedelta(days=4)
    due_cell = sheet.cell(row=2, column=header.index("Due date") + 1)
    assert due_cell.is_date and due_cell.number_format == "yyyy-mm-dd"  # shown as a date, not a serial number
    assert values["Outcome or explanation"] == "Agreed by the Board."


def test_exports_follow_the_sort_and_cover_every_page(client, chair, make_action, make_group, today):
    group = make_group()
    for day in range(30):
        make_action(group=group, title=f"Action due in {day} days", due=today + timedelta(days=day))
    rows = _csv_rows(client.get(f"/reports/outstanding.csv?group={group.id}&page=2", buffered=True))
    assert len(rows) == 30
    assert [row["Action"] for row in rows[:2]] == ["Action due in 0 days", "Action due in 1 days"]


def test_the_csv_is_written_in_chunks_as_rows_arrive(app, make_action, make_group, today, monkeypatch):
    from tracker.reports import exports
    from tracker.reports.filters import ActionFilters

    monkeypatch.setattr(exports, "CSV_ROWS_PER_CHUNK", 10)
    group = make_group()
    for day in range(25):
        make_action(group=group, due=today + timedelta(days=day))
    chunks = list(exports.csv_lines(ActionFilters(group_ids=(group.id,)), today))
    assert len(chunks) == 3  # 10, 10 and 5 rows: never the whole file at once
    assert sum(chunk.count("\r\n") for chunk in chunks) == 26


def test_the_exports_say_status_and_rag_in_the_words_of_every_page(client, chair, make_action, make_group, today):
    """Issue 16: one home for status and RAG words (tracker/actions/rag.py), exports included."""
    group = make_group()
    late_on = today - timedelta(days=8)
    late = f"Overdue by {working_days_text(working_days_late(late_on, today))}"
    expected = {
        "Late": (late_on, {}, late, "Not started"),
        "Late and flagged": (late_on, {"at_risk": True, "status": "in_progress"}, f"{late}, flagged at risk",
                             "In progress"),  # as the list page's tag says it
        "Due today": (today, {}, "Due soon", "Not started"),
        "Flagged": (today + timedelta(days=60), {"at_risk": True, "at_risk_reason": "Staff off sick"},
                    "At risk", "Not started"),
        "Far off": (today + timedelta(days=60), {}, "On track", "Not started"),
        "Done": (today - timedelta(days=3), {"status": "completed", "outcome": "Done.",
                                             "closed_at": closed_moment(today - timedelta(days=4))}, "", "Completed"),
    }
    for title, (due, fields, _rag, _status) in expected.items():
        make_action(group=group, title=title, due=due, **fields)
    query = f"group={group.id}&status=all"
    rows = _csv_rows(client.get(f"/reports/outstanding.csv?{query}", buffered=True))
    assert {row["Action"]: (row["RAG"], row["Status"]) for row in rows} == {
        title: (rag, status) for title, (_due, _fields, rag, status) in expected.items()}
    sheet = load_workbook(io.BytesIO(client.get(f"/reports/outstanding.xlsx?{query}").get_data())).active
    header, *values = list(sheet.iter_rows(values_only=True))
    found = {row[header.index("Action")]: (row[header.index("RAG")] or "", row[header.index("Status")]) for row in values}
    assert found == {title: (rag, status) for title, (_due, _fields, rag, status) in expected.items()}
    assert "Due soon or at risk" not in str(found) and "Red" not in str(found)
