"""`flask actions import`: a secretary brings the group's existing action log into Tracker."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.actions.log import action_logs
from tracker.actions.log_models import ImportedLogRow
from tracker.actions.models import Action, ActionStatus, ActionUpdate, UpdateKind
from tracker.extensions import db


@pytest.fixture
def run(app, tmp_path):
    runner = app.test_cli_runner()

    def invoke(name: str, data: bytes, *options: str, group: str = "SEND Board"):
        path = tmp_path / name
        path.write_bytes(data)
        result = runner.invoke(args=["actions", "import", str(path), "--group", group, *options])
        db.session.rollback()  # see what the command committed, not what this session remembers
        return result

    return invoke


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def actions_by_title() -> dict[str, Action]:
    return {action.title: action for action in db.session.scalars(select(Action))}


def test_the_boards_log_becomes_its_actions_with_their_history(run, log_team):
    result = run("board_log.xlsx", action_logs.board_log_xlsx())
    assert result.exit_code == 0, result.output
    assert "Created 4 actions." in result.output
    assert "Left out: Row 9: a total, not an action" in result.output
    actions = actions_by_title()
    letter = actions["Write to all schools about the local offer"]
    assert letter.owner == log_team.mary and letter.group == log_team.group
    assert letter.created_at.date() <= date(2012, 6, 12)
    # The original date and the revised one: a move, with the reason (no silent slippage).
    assert letter.original_due_on == date(2012, 7, 17) and letter.due_on == date(2012, 9, 30)
    assert letter.due_date_moves == 1
    move = next(update for update in letter.updates if update.kind == UpdateKind.DUE_DATE_MOVED)
    assert move.note == "From the imported log" and move.old_due_on == date(2012, 7, 17)
    assert letter.status == ActionStatus.IN_PROGRESS
    assert any(update.note == "Letter drafted; waiting for the Director" for update in letter.updates)
    pilot = actions["Set up the key worker pilot with health colleagues"]
    assert pilot.owner == log_team.yusuf and pilot.status == ActionStatus.COMPLETED
    assert pilot.outcome == "Pilot started in July" and pilot.due_on == date(2012, 7, 17)
    survey = actions["Report the survey results to the Board"]
    assert survey.owner == log_team.mary  # "Head of SEND": her job title
    assert survey.due_on == date(2013, 6, 30) and survey.status == ActionStatus.NOT_STARTED
    statement = actions["Publish the short breaks statement"]
    assert statement.owner == log_team.mary and statement.at_risk
    assert "Also named as owners in the log: YO" in statement.detail


def test_importing_the_same_log_again_creates_nothing_new(run, log_team):
    assert run("board_log.xlsx", action_logs.board_log_xlsx()).exit_code == 0
    again = run("board_log.xlsx", action_logs.board_log_xlsx(), "--json")
    assert again.exit_code == 0, again.output
    report = json.loads(again.output)
    assert report["created"] == 0 and all(row["already_imported"] for row in report["rows"])
    assert count(Action) == 4 and count(ImportedLogRow) == 4


def test_a_dry_run_says_each_row_as_read_and_saves_nothing(run, log_team):
    result = run("champions_log.csv", action_logs.champions_log_csv(), "--dry-run", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["created"] == 0 and report["dry_run"] is True
    assert count(Action) == 0 and count(ImportedLogRow) == 0 and count(ActionUpdate) == 0
    first, second, third = report["rows"]
    assert first["row"] == 2 and first["read"]["Action"].startswith("Send the parents’ survey")
    assert first["owner"]["owner"] == "Grace Adeyemi" and first["owner"]["how"].startswith("Initials")
    assert first["raised_on"] == "2012-10-03" and first["due_on"] == "2013-09-30"
    assert second["owner"]["owner"] == "Yusuf Osman" and second["owner"]["how"].startswith("Email address")
    assert second["due_on"] == "2012-12-31" and "Excel date number 41274" in second["due_rule"]
    assert second["status"] == "Completed"
    assert third["status"] == "Cannot be done" and third["created"] is True and third["action_id"] is None
    assert report["statuses"] == {"Green": "In progress", "Complete": "Completed", "Withdrawn": "Cannot be done"}


@pytest.mark.parametrize("encoding, delimiter", [("cp1252", ";"), ("utf-8-sig", ","), ("utf-8", "\t")])
def test_csv_in_each_encoding_and_separator_reads_the_same(run, log_team, encoding, delimiter):
    result = run("champions.csv", action_logs.champions_log_csv(encoding=encoding, delimiter=delimiter), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["created"] == 3
    assert "Send the parents’ survey to every school – £50 prize draw" in actions_by_title()


def test_row_problems_are_listed_by_row_and_column_and_nothing_is_saved(run, log_team):
    result = run("problem_log.csv", action_logs.problem_log_csv(), "--json")
    assert result.exit_code == 1
    report = json.loads(result.output[: result.output.rindex("}") + 1])
    problems = {(problem["row"], problem["column"]): problem["message"] for problem in report["problems"]}
    assert "“sometime” is not a date Tracker can read" in problems[(3, "D")]
    assert "has no action written in it" in problems[(5, "A")]
    assert problems[(7, "D")] == "“29/02/2013” is not a real date: February 2013 has 28 days. Write it like " \
                                 "17/07/2012, 30 Sept or June"
    assert problems[(7, "E")].startswith("“04/13/2013” is not a real date: there is no month 13 (write the day first")
    assert report["created"] == 0
    assert count(Action) == 0 and count(ImportedLogRow) == 0
    # Flagged, not guessed: the owner no one is, and the status Tracker does not know.
    jane = report["rows"][0]["checks"]
    assert any("No one called Jane Smith" in check["message"] and "Lena Price" in check["message"] for check in jane)
    assert any("“Parked” is not a status Tracker knows" in check["message"] for check in report["rows"][2]["checks"])


def test_a_revised_date_the_rules_refuse_is_a_problem_of_its_column(run, log_team, tmp_path):
    rows = "Action\tOwner\tMeeting\tDue date\tRevised date\nAgree the training plan\tYO\t05/03/2013\t30/04/2013\t01/01/2013\n"
    result = run("revised.csv", rows.encode())
    assert result.exit_code == 1
    assert "Row 2, column E (“Revised date”): The new due date must be" in result.output
    assert count(Action) == 0


@pytest.mark.parametrize("name, build, says", [
    ("log.xlsm", action_logs.macro_workbook, "workbook with macros"),
    ("log.xlsx", action_logs.password_protected_workbook, "password-protected"),
    ("log.csv", action_logs.huge_log_csv, "more than 10,000 rows"),
    ("log.csv", action_logs.duplicate_columns_csv, "more than one column headed “Owner” (columns B and D)"),
    ("log.pdf", lambda: b"%PDF-1.4", "not a spreadsheet Tracker can read"),
])
def test_files_that_cannot_be_imported_get_a_plain_message_and_nothing_is_saved(run, log_team, name, build, says):
    result = run(name, build())
    assert result.exit_code == 1 and says in result.output and "Traceback" not in result.output
    assert count(Action) == 0


def test_a_formula_with_no_saved_value_is_flagged_not_imported(run, log_team):
    result = run("formula_log.xlsx", action_logs.formula_log_xlsx())
    assert result.exit_code == 1
    assert "Row 2, column C (“Due”): holds a formula (=TODAY()+14) with no saved value" in result.output
    assert count(Action) == 0


def test_an_unknown_group_is_named_with_the_groups_there_are(run, log_team):
    result = run("board_log.xlsx", action_logs.board_log_xlsx(), group="Send Bored")
    assert result.exit_code == 1 and "There is no group called “Send Bored”. Groups: SEND Board" in result.output


def test_a_log_with_no_dates_is_due_by_the_next_meeting_and_says_so(run, log_team):
    result = run("short.csv", b"Action,Owner\nWrite the report,mary walker\n")
    assert result.exit_code == 0, result.output
    assert "gives no due date, so the action will be due by the group's next meeting" in result.output
    action = actions_by_title()["Write the report"]
    assert action.owner == log_team.mary and action.due_at_next_meeting_of == log_team.group
