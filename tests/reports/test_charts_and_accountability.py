"""Charts (each with its figures in words and a table) and accountability by organisation."""
from __future__ import annotations

import html
import re
from datetime import UTC, date, datetime, time, timedelta

import pytest

from tests.reports.conftest import closed_moment
from tracker.reports.charts import last_months, last_quarters


def _table(text: str, table_id: str) -> dict[str, list[str]]:
    """{row heading: [cell, ...]} of one table on the page: what a screen reader is given."""
    body = re.search(rf'<table class="govuk-table"\s+id="{table_id}">.*?<tbody[^>]*>(.*?)</tbody>', text, re.S).group(1)
    rows = {}
    for heading, cells in re.findall(r'<th scope="row"[^>]*>(.*?)</th>(.*?)</tr>', body, re.S):
        rows[html.unescape(heading)] = [html.unescape(cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", cells, re.S)]
    return rows


def _mid_month(today: date, months_back: int) -> datetime:
    """Noon on the 10th of the month `months_back` before this one (this month: noon today)."""
    if months_back == 0:
        return datetime.combine(today, time(12), tzinfo=UTC)
    month_index = today.year * 12 + today.month - 1 - months_back
    return datetime(month_index // 12, month_index % 12 + 1, 10, 12, tzinfo=UTC)


def test_quarters_and_months_end_with_the_current_one():
    quarters = last_quarters(date(2026, 11, 23))  # of the financial year, unless asked otherwise
    assert [quarter.first_day for quarter in quarters] == [
        date(2026, 1, 1), date(2026, 4, 1), date(2026, 7, 1), date(2026, 10, 1)]
    assert [quarter.label for quarter in quarters] == [
        "Quarter 4 of 2025 to 2026 (January to March 2026)", "Quarter 1 of 2026 to 2027 (April to June 2026)",
        "Quarter 2 of 2026 to 2027 (July to September 2026)", "Quarter 3 of 2026 to 2027 (October to December 2026)"]
    assert quarters[0].lines == ("Quarter 4, 2025 to 2026", "January to March")
    calendar = last_quarters(date(2026, 11, 23), year="calendar")
    assert [quarter.first_day for quarter in calendar] == [quarter.first_day for quarter in quarters]
    assert calendar[-1].label == "October to December 2026"
    assert calendar[0].lines == ("January to March", "2026")
    months = last_months(date(2026, 2, 10))
    assert months[0].first_day == date(2025, 3, 1) and months[-1].next_first_day == date(2026, 3, 1)


def test_no_bar_label_is_wider_than_the_room_beside_its_bar():
    from tracker.reports.charts import CHARACTER_WIDTH, Bar, Chart

    for year in ("financial", "calendar"):
        for quarter in last_quarters(date(2026, 11, 23), year=year):
            chart = Chart("On time", "", [Bar(quarter.label, 0.5, "50%", lines=quarter.lines)], scale=1.0,
                          label_width=170)  # the width the quarter charts ask for
            for line, _y in next(chart.rows())[3]:
                assert CHARACTER_WIDTH * len(line) + 8 <= chart.label_width - 8, line  # it was clipped at the left


def test_the_charts_offer_quarters_of_the_financial_year_first_then_the_calendar_year(
        client, chair, make_action, today):
    make_action(due=today - timedelta(days=3))
    financial = client.get("/reports/charts").text
    nav = financial.split('id="quarters-heading"', 1)[1].split("</nav>", 1)[0]
    assert nav.index("Financial year, April to March") < nav.index("Calendar year, January to December")
    assert '<strong aria-current="page">Financial year, April to March</strong>' in nav
    assert last_quarters(today)[-1].label in financial
    calendar = client.get("/reports/charts?quarters=calendar").text
    assert last_quarters(today, year="calendar")[-1].label in calendar and "Quarter " not in calendar


def test_every_chart_is_an_image_with_a_title_description_and_a_table(client, chair, make_action, today):
    make_action(due=today - timedelta(days=40))
    make_action(due=today - timedelta(days=3))
    page = client.get("/reports/charts")
    assert page.status_code == 200
    text = page.text
    svgs = re.findall(r"<svg class=\"tracker-chart\" role=\"img\" aria-labelledby=\"([^\"]+)\"", text)
    assert len(svgs) >= 4
    for labelled_by in svgs:
        for element_id in labelled_by.split():
            assert f'id="{element_id}"' in text
    for table in ("groups-table", "organisations-table", "overdue-age-table", "opened-closed-table"):
        assert f'id="{table}"' in text, table
    assert "Up to 1 week: 1 action." in text and "1 to 3 months: 1 action." in text


def test_the_opened_and_closed_table_has_each_months_figures(client, chair, make_action, today):
    def opened(months_back: int, **fields):
        return make_action(created_at=_mid_month(today, months_back), **fields)

    opened(0)
    opened(0, status="completed", outcome="Done", closed_at=_mid_month(today, 0))
    opened(2)
    opened(5, status="cannot_be_done", explanation="No funding.", closed_at=_mid_month(today, 3))
    opened(14, status="completed", outcome="Done", closed_at=_mid_month(today, 13))  # before the 12 months
    opened(13, status="superseded", closed_at=_mid_month(today, 11))  # opened before, closed within
    text = client.get("/reports/charts").text
    months = last_months(today)
    expected = {month.label: ["0", "0"] for month in months}
    expected[months[-1].label] = ["2", "1"]
    expected[months[-3].label] = ["1", "0"]
    expected[months[-4].label] = ["0", "1"]
    expected[months[-6].label] = ["1", "0"]
    expected[months[-12].label] = ["0", "1"]
    assert _table(text, "opened-closed-table") == expected
    assert "Over the last 12 months, 4 actions were opened and 3 were closed." in text


def test_the_overdue_age_table_puts_each_action_in_its_band(client, chair, make_action, today):
    for days in (1, 7, 8, 30, 31, 91, 92, 182, 183, 400):
        make_action(due=today - timedelta(days=days))
    make_action(due=today)  # due today: not overdue
    make_action(due=today - timedelta(days=3), status="completed", outcome="Done", closed_at=closed_moment(today))
    text = client.get("/reports/charts").text
    assert _table(text, "overdue-age-table") == {
        "Up to 1 week": ["2"], "1 week to 1 month": ["2"], "1 to 3 months": ["2"],
        "3 to 6 months": ["2"], "More than 6 months": ["2"],
    }
    assert "10 open actions are past their due date" in text


def test_on_time_completion_counts_closings_on_or_before_the_due_date(
        client, chair, make_action, make_group, make_person, make_organisation, today):
    board = make_group(name="SEND Board")
    workstream = make_group(name="Inclusion workstream", parent=board)
    council = make_organisation("Northshire County Council")
    owner = make_person(organisation=council)
    due = today - timedelta(days=1)
    make_action(group=board, owner=owner, due=due, status="completed", outcome="Done",
                closed_at=closed_moment(due))
    make_action(group=workstream, owner=owner, due=due, status="completed", outcome="Done late",
                closed_at=closed_moment(today))
    make_action(group=workstream, owner=owner, due=due)  # still open: not on time
    make_action(group=board, owner=owner, due=due, status="superseded", closed_at=closed_moment(due))
    text = client.get("/reports/charts").text
    quarter = last_quarters(today)[-1] if due >= last_quarters(today)[-1].first_day else last_quarters(today)[-2]
    assert f"{quarter.label}: 33% (1 of 3)." in text  # sub-group rolled into the Board; superseded left out
    assert re.search(r"<th scope=\"row\" class=\"govuk-table__header\">Northshire County Council</th>.*?33% \(1 of 3\)",
                     text, re.S)


def test_accountability_by_organisation(client, chair, make_action, make_person, make_organisation, today):
    council = make_organisation("Northshire County Council")
    make_organisation("Parent Carer Forum")
    officer = make_person(organisation=council)
    make_action(owner=officer, due=today - timedelta(days=1))
    make_action(owner=officer, due=today - timedelta(days=30))
    make_action(owner=officer, due=today - timedelta(days=60))
    make_action(owner=officer, due=today + timedelta(days=10))
    make_action(owner=officer, due=today - timedelta(days=5), status="completed", outcome="Done",
                closed_at=closed_moment(today - timedelta(days=6)))
    make_action(owner=officer, due=today - timedelta(days=5), status="completed", outcome="Late",
                closed_at=closed_moment(today))
    make_action(owner=officer, status="cannot_be_done", explanation="No budget.", closed_at=closed_moment(today))
    page = client.get("/reports/organisations")
    assert page.status_code == 200
    row = re.search(r"Northshire County Council</th>(.*?)</tr>", page.text, re.S).group(1)
    cells = [re.sub(r"<[^>]+>|\s+", " ", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    from tracker.core.dates import working_days_between

    assert cells[0].startswith("4") and cells[1].startswith("3")
    assert cells[2] == str(working_days_between(today - timedelta(days=30), today))
    assert cells[3] == "1 of 2 (50%)"
    assert cells[4].startswith("1")
    assert f"status=cannot_be_done&amp;organisation={council.id}" in row
    forum_row = re.search(r"Parent Carer Forum</th>(.*?)</tr>", page.text, re.S).group(1)
    assert "None overdue" in forum_row and "None completed" in forum_row


SIGN_OFF_LINK = 'href="/reports/organisations/sign-off"'


@pytest.mark.parametrize("role", ["member", "lead", "chair"])
def test_accountability_page_links_to_the_sign_off_only_for_those_who_may_sign_off(
        client, auth, make_person, role):
    """A workstream lead or group chair following "signed them off" was once met by "You do not have
    permission to see this page"; only a Board's chair (or an admin) may sign off."""
    auth.login(make_person(role=role))
    text = client.get("/reports/organisations").text
    assert SIGN_OFF_LINK not in text
    assert "once a Board chair has signed them off" in text
    assert client.get("/reports/organisations/sign-off").status_code == 403


def test_a_board_chair_finds_the_sign_off_from_the_accountability_page(client, auth, make_person, make_group):
    board_chair = make_person(role="chair")
    make_group("SEND Board", chair=board_chair, kind="board")
    auth.login(board_chair)
    assert SIGN_OFF_LINK in client.get("/reports/organisations").text
    assert client.get("/reports/organisations/sign-off").status_code == 200
