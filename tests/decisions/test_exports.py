"""CSV and XLSX exports of the filtered register: they open, parse back, follow the filters and
the person's permissions, and keep dates as dates and people's words as text."""
from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from openpyxl import load_workbook

from tracker.core.dates import format_date, local_today
from tracker.extensions import db
from tracker.people.models import Membership


def _csv_rows(response) -> list[dict]:
    body = response.get_data()
    assert body.startswith("\ufeff".encode()), "Excel needs the byte order mark to read UTF-8"
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def test_the_csv_has_the_filtered_decisions_with_their_actions(
        client, auth, board, make_group, make_decision, make_action):
    later = make_decision(board, "Extend the pilot to March", days_ago=10)
    earlier = make_decision(board, "The pilot will run until December", days_ago=60, item="Key Worker pilot",
                            superseded_by_id=later.id, superseded_how="reversed")
    make_action(group=board, title="Tell schools", decision_id=earlier.id, status="completed", outcome="Done")
    make_decision(make_group(), "Another group's decision", days_ago=5)
    auth.login(board.chair)
    response = client.get(f"/decisions.csv?group={board.id}", buffered=True)
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert f'filename="decisions-{local_today().isoformat()}.csv"' in response.headers["Content-Disposition"]
    newest, oldest = _csv_rows(response)
    assert newest["Decision"] == "Extend the pilot to March" and newest["Supersedes"] == str(earlier.id)
    assert oldest["Reference"] == str(earlier.id)
    assert oldest["Agenda item"] == "Key Worker pilot"
    assert oldest["Superseded by"] == str(later.id)
    assert oldest["How superseded"] == f"Reversed by the SEND Board on {format_date(later.meeting.starts_on)}"
    assert newest["How superseded"] == ""
    assert date.fromisoformat(oldest["Meeting date"]) == local_today() - timedelta(days=60)
    assert oldest["Actions"] == "1" and oldest["Actions and their status"] == "Tell schools (Completed)"


def test_the_xlsx_reads_back_with_real_dates_and_formulas_kept_as_text(client, auth, board, make_decision):
    make_decision(board, '=HYPERLINK("http://example.com","click")', days_ago=3)
    auth.login(board.chair)
    response = client.get("/decisions.xlsx")
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(response.get_data())).active
    header, row = list(sheet.iter_rows(values_only=True))
    assert header[:4] == ("Reference", "Decision", "Group", "Meeting date")
    assert row[1] == '=HYPERLINK("http://example.com","click")'
    assert sheet.cell(row=2, column=2).data_type == "s"
    assert row[3].date() == local_today() - timedelta(days=3)
    [csv_row] = _csv_rows(client.get("/decisions.csv", buffered=True))
    assert csv_row["Decision"].startswith("'=HYPERLINK")


def test_exports_cover_every_page_and_a_champions_show_only_their_groups(
        app, monkeypatch, client, auth, board, make_person, make_group, make_meeting, make_decision):
    monkeypatch.setitem(app.config, "PAGE_SIZE", 2)  # the app lives for the whole run: put it back after
    meeting = make_meeting(board, local_today() - timedelta(days=4))
    for number in range(5):
        make_decision(board, f"Board decision {number}", meeting=meeting)
    make_decision(make_group(), "Not for champions")
    champion = make_person(role="champion")
    db.session.add(Membership(group=board, person=champion, group_role="member"))
    db.session.commit()
    auth.login(champion)
    rows = _csv_rows(client.get("/decisions.csv?page=2", buffered=True))
    assert [row["Decision"] for row in rows] == [f"Board decision {number}" for number in (4, 3, 2, 1, 0)]
    sheet = load_workbook(io.BytesIO(client.get("/decisions.xlsx").get_data())).active
    assert sheet.max_row == 6


def test_a_bad_filter_is_left_out_of_the_export_not_a_500(client, auth, board, make_decision):
    make_decision(board, "Listed")
    auth.login(board.chair)
    for query in ("made_from=2026-03-10&made_to=2026-03-01", "group=99999999", "q=" + "x" * 10_000):
        response = client.get(f"/decisions.csv?{query}", buffered=True)
        assert response.status_code == 200
    assert client.get("/decisions.xlsx?group=abc").status_code == 200
