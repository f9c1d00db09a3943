"""The import page: whoever runs a group uploads its log, checks it, and imports it; the actions
are then read back through their own pages."""
from __future__ import annotations

import html
import io
import re
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.actions.log import action_logs
from tracker.actions.models import Action, ActionStatus
from tracker.extensions import db


def upload(client, group, name: str, data: bytes):
    return client.submit(f"/groups/{group.id}/actions/import", {"log": (io.BytesIO(data), name),
                                                                "read": "Read the log"},
                         content_type="multipart/form-data")


def review_url(response) -> str:
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    return response.headers["Location"]


def form_values(page: str) -> dict:
    """The review form as the browser would send it: each select's chosen option, each hidden value."""
    values = {}
    for name, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        chosen = re.search(r'<option[^>]*value="([^"]*)"[^>]*selected', options)
        values[name] = chosen.group(1) if chosen else ""
    for tag in re.findall(r'<input[^>]*type="hidden"[^>]*>', page):
        name, value = re.search(r'name="([^"]+)"', tag), re.search(r'value="([^"]*)"', tag)
        values.setdefault(name.group(1), html.unescape(value.group(1)) if value else "")
    values.pop("csrf_token", None)
    return values


def count_actions() -> int:
    return db.session.scalar(select(func.count()).select_from(Action))


def test_the_secretary_imports_the_boards_log_and_reads_it_back(client, auth, log_team):
    auth.login(log_team.lena)
    url = review_url(upload(client, log_team.group, "board_log.xlsx", action_logs.board_log_xlsx()))
    page = client.get(url).get_data(as_text=True)
    assert "Tracker read 4 rows of actions from board_log.xlsx, under the headings in row 3" in page
    assert "Row 9: a total, not an action" in page
    assert "Column F: “Revised”" in page and '<option value="revised" selected>' in page
    assert "4 actions will be created" in page and "Import 4 actions" in page
    assert re.search(r'Ongoing\s*</td>\s*<td class="govuk-table__cell">\s*In progress', page)
    assert re.search(r'Amber\s*</td>\s*<td class="govuk-table__cell">\s*In progress, flagged at risk', page)
    assert count_actions() == 0  # the preview saves nothing
    done = client.submit(url, {**form_values(page), "confirm": "Import 4 actions"})
    assert done.status_code == 302 and done.headers["Location"].endswith(f"/groups/{log_team.group.id}")
    assert "4 actions imported from board_log.xlsx." in client.get(done.headers["Location"]).get_data(as_text=True)
    letter = db.session.scalar(select(Action).where(Action.title == "Write to all schools about the local offer"))
    shown = client.get(f"/actions/{letter.id}").get_data(as_text=True)
    assert "Write to all schools about the local offer" in shown and "Mary Walker" in shown
    assert "From the imported log" in shown and "Letter drafted; waiting for the Director" in shown
    assert letter.original_due_on == date(2012, 7, 17) and letter.due_on == date(2012, 9, 30)
    # The same file again: nothing new.
    again = client.get(review_url(upload(client, log_team.group, "board_log.xlsx", action_logs.board_log_xlsx())))
    assert "4 rows were imported before, so they are left alone" in again.get_data(as_text=True)
    assert count_actions() == 4


def test_import_pressed_again_after_the_log_went_in_says_so_rather_than_page_not_found(client, auth, log_team):
    """The second press of a double press (or Back, then the button again) reaches the page after
    the first has imported the log and let the file go: it once showed "Page not found", so the
    secretary thought nothing was imported and uploaded the log again."""
    auth.login(log_team.lena)
    url = review_url(upload(client, log_team.group, "log.csv", b"Action,Owner,Due date\n"
                                                               b"Check the transport policy,MW,31/03/2030\n"))
    values = {**form_values(client.get(url).get_data(as_text=True)), "confirm": "Import 1 action",
              "csrf_token": client.csrf_token(url)}
    first = client.post(url, data=values)
    assert first.status_code == 302 and count_actions() == 1
    client.get(first.headers["Location"])
    for how in ("post", "get"):  # the button pressed again; Back to the page
        again = client.post(url, data=values) if how == "post" else client.get(url)
        assert again.status_code == 302 and again.headers["Location"].endswith(f"/groups/{log_team.group.id}")
        shown = client.get(again.headers["Location"]).get_data(as_text=True)
        assert "log.csv was already imported, so nothing was imported again" in shown
    assert count_actions() == 1


def test_an_owner_tracker_cannot_find_is_chosen_on_the_page(client, auth, log_team):
    auth.login(log_team.lena)
    data = b"Action,Owner,Due date\nCheck the transport policy,Jane Smith,31/03/2030\n"
    url = review_url(upload(client, log_team.group, "log.csv", data))
    page = client.get(url).get_data(as_text=True)
    assert "Owners Tracker could not find" in page and "The log says “Jane Smith”" in page
    assert "No one called Jane Smith" in page
    values = form_values(page)
    assert values["owners-0-written"] == "Jane Smith"
    values["owners-0-person"] = str(log_team.grace.id)
    checked = client.submit(url, {**values, "check": "Check the log again"}).get_data(as_text=True)
    assert "<td class=\"govuk-table__cell\">Grace Adeyemi" in checked
    client.submit(url, {**form_values(checked), "confirm": "Import 1 action"})
    action = db.session.scalar(select(Action))
    assert action.owner == log_team.grace and action.status == ActionStatus.NOT_STARTED


def test_columns_can_be_ignored_and_two_columns_of_one_kind_are_refused(client, auth, log_team):
    auth.login(log_team.lena)
    url = review_url(upload(client, log_team.group, "champions.csv", action_logs.champions_log_csv()))
    values = form_values(client.get(url).get_data(as_text=True))
    values["columns-6"] = "ignore"  # the comments
    page = client.submit(url, {**values, "check": "Check the log again"}).get_data(as_text=True)
    assert "Sent to 40 schools" not in page
    values["columns-5"] = "owner"
    page = client.submit(url, {**values, "confirm": "Import"}).get_data(as_text=True)
    assert page.startswith("<!DOCTYPE html>") and "Error: Check the action log" in page
    assert "Columns C (“Who”) and F (“RAG”) are both marked as “Owner”" in page
    assert count_actions() == 0


def test_row_problems_are_listed_by_row_and_nothing_can_be_imported(client, auth, log_team):
    auth.login(log_team.lena)
    url = review_url(upload(client, log_team.group, "problems.csv", action_logs.problem_log_csv()))
    page = client.get(url).get_data(as_text=True)
    assert "Nothing can be imported until every problem is put right" in page
    assert 'href="#row-3-problems"' in page and "Row 3, column D (“Due date”): “sometime” is not a date" in page
    assert 'name="confirm"' not in page  # no button to press
    forced = client.submit(url, {**form_values(page), "confirm": "Import"})
    assert "problems, so nothing was imported" in forced.get_data(as_text=True)
    assert count_actions() == 0


@pytest.mark.parametrize("name, build, says", [
    ("log.xlsm", action_logs.macro_workbook, "workbook with macros"),
    ("log.xlsx", action_logs.password_protected_workbook, "password-protected"),
    ("log.csv", action_logs.huge_log_csv, "more than 10,000 rows"),
    ("log.csv", action_logs.duplicate_columns_csv, "more than one column headed “Owner”"),
    ("log.csv", action_logs.headings_only_csv, "log.csv has column headings but no actions under them. "
                                               "Check you chose the right file."),
    ("log.xlsx", action_logs.headings_only_xlsx, "Tracker reads only the first sheet, so move the sheet of "
                                                 "actions to the front"),
])
def test_files_that_cannot_be_imported_are_refused_at_the_field(client, auth, log_team, name, build, says):
    auth.login(log_team.lena)
    response = upload(client, log_team.group, name, build())
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Error: Import an action log" in page and says in page
    assert 'href="#log"' in page
    assert count_actions() == 0


def test_only_whoever_runs_the_group_may_import(client, auth, log_team):
    auth.login(log_team.mary)  # a member, who runs nothing
    assert client.get(f"/groups/{log_team.group.id}/actions/import").status_code == 403
    assert client.get("/groups/999999/actions/import").status_code == 404


def test_someone_elses_upload_cannot_be_seen(client, auth, log_team, make_person):
    auth.login(log_team.lena)
    url = review_url(upload(client, log_team.group, "board_log.xlsx", action_logs.board_log_xlsx()))
    auth.logout()
    auth.login(log_team.chair)  # runs the group too, but did not upload this file
    assert client.get(url).status_code == 404
    assert client.get(f"/groups/{log_team.group.id}/actions/import/../../x").status_code == 404


def test_the_import_pages_read_plainly(client, auth, log_team):
    from tests.core.test_plain_english import main_text, verdict
    from tracker.core.plain_english import STAFF_SCORE

    auth.login(log_team.lena)
    pages = {"upload": client.get(f"/groups/{log_team.group.id}/actions/import").get_data(as_text=True)}
    url = review_url(upload(client, log_team.group, "board_log.xlsx", action_logs.board_log_xlsx()))
    pages["review"] = client.get(url).get_data(as_text=True)
    problems = [problem for name, page in pages.items() for problem in verdict(name, main_text(page), STAFF_SCORE)]
    assert not problems, "\n".join(problems)


def test_the_groups_page_leads_to_the_import_for_whoever_runs_it(client, auth, log_team):
    auth.login(log_team.lena)
    assert f'href="/groups/{log_team.group.id}/actions/import"' in client.get(f"/groups/{log_team.group.id}").get_data(
        as_text=True)
    auth.logout()
    auth.login(log_team.mary)
    assert "Import an action log" not in client.get(f"/groups/{log_team.group.id}").get_data(as_text=True)


def test_a_rule_only_the_import_checks_is_shown_by_row_and_nothing_is_saved(client, auth, log_team):
    auth.login(log_team.lena)
    data = (b"Action,Owner,Meeting,Due date,Revised date\n"
            b"Write the report,MW,05/03/2013,30/04/2013,\n"
            b"Agree the training plan,YO,05/03/2013,30/04/2013,01/01/2013\n")
    url = review_url(upload(client, log_team.group, "log.csv", data))
    page = client.get(url).get_data(as_text=True)
    refused = client.submit(url, {**form_values(page), "confirm": "Import 2 actions"}).get_data(as_text=True)
    assert "Error: Check the action log" in refused and "1 row of the log has problems, so nothing was imported" in refused
    assert "Row 3, column E (“Revised date”): The new due date must be" in refused
    assert count_actions() == 0


@pytest.mark.parametrize("rows", [20, 400])
def test_checking_a_log_sends_a_fixed_number_of_queries(client, auth, log_team, count_queries, rows):
    auth.login(log_team.lena)
    data = "Action,Owner,Due date\n" + "".join(f"Action {number},MW,30/04/2030\n" for number in range(rows))
    url = review_url(upload(client, log_team.group, "log.csv", data.encode()))
    response, queries = count_queries(lambda: client.get(url))
    assert response.status_code == 200 and f"{rows} actions will be created" in response.get_data(as_text=True)
    assert queries <= 12, queries
