"""Charts (each with its figures in words and a table) and accountability by organisation."""
from __future__ import annotations

import re
from datetime import date, timedelta

from tests.reports.conftest import closed_moment
from tracker.reports.charts import last_months, last_quarters


def test_quarters_and_months_end_with_the_current_one():
    quarters = last_quarters(date(2026, 11, 23))
    assert [quarter.first_day for quarter in quarters] == [
        date(2026, 1, 1), date(2026, 4, 1), date(2026, 7, 1), date(2026, 10, 1)]
    assert quarters[-1].label == "October to December 2026"
    months = last_months(date(2026, 2, 10))
    assert months[0].first_day == date(2025, 3, 1) and months[-1].next_first_day == date(2026, 3, 1)


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
    forum = make_organisation("Parent Carer Forum")
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
