"""The action log import says a due or revised date no calendar has is not a real date, in numbers
or in words, with or without a year (read from the meeting's date, as the rest of the cell would
be), with the same words as the minutes import (tracker/importer/due.py `impossible_date`)."""
from __future__ import annotations

import json

import pytest

from tracker.actions.models import Action
from tracker.extensions import db

WRITE_IT = ". Write it like 17/07/2012, 30 Sept or June"
# The meeting is 5 March 2013: a date without a year is in the first such month not over by then.
DUE_CELLS = [
    ("29/02/2013", "“29/02/2013” is not a real date: February 2013 has 28 days"),
    ("31/04", "“31/04” is not a real date: April has 30 days"),
    ("30 February", "“30 February” is not a real date: February 2014 has 28 days"),
    ("29 Feb", "“29 Feb” is not a real date: February 2014 has 28 days"),
    ("31 April 2027", "“31 April 2027” is not a real date: April has 30 days"),
    ("Thursday 31st June", "“Thursday 31st June” is not a real date: June has 30 days"),
    ("29 Feb 2027", "“29 Feb 2027” is not a real date: February 2027 has 28 days"),
    ("by 31st of Sept", "“by 31st of Sept” is not a real date: September has 30 days"),
    ("February 30th, 2027", "“February 30th, 2027” is not a real date: February 2027 has 28 days"),
    ("sometime", "“sometime” is not a date Tracker can read"),
]


@pytest.fixture
def run(app, tmp_path):
    runner = app.test_cli_runner()

    def invoke(data: bytes):
        path = tmp_path / "log.csv"
        path.write_bytes(data)
        result = runner.invoke(args=["actions", "import", str(path), "--group", "SEND Board", "--json"])
        db.session.rollback()
        return result

    return invoke


def _log(rows: list[list[str]]) -> bytes:
    header = ["Action", "Owner", "Meeting", "Due date", "Revised date"]
    return ("\n".join("\t".join(row) for row in [header, *rows]) + "\n").encode("utf-8")


def test_each_day_no_calendar_has_is_said_so_at_its_row_and_column(run, log_team):
    rows = [[f"Action {number}", "MW", "05/03/2013", words, ""] for number, (words, _said) in enumerate(DUE_CELLS)]
    rows.append(["Leap day", "MW", "05/03/2013", "29 February 2028", "30 February"])
    rows.append(["Raised on no day", "MW", "31 Feb 2013", "30/04/2013", ""])
    result = run(_log(rows))
    assert result.exit_code == 1, result.output
    report = json.loads(result.output[: result.output.rindex("}") + 1])
    problems = {(problem["row"], problem["column"]): problem["message"] for problem in report["problems"]}
    for number, (_words, said) in enumerate(DUE_CELLS, start=2):
        assert problems[(number, "D")] == said + WRITE_IT
    leap = len(DUE_CELLS) + 2
    assert (leap, "D") not in problems  # 29 February 2028 is a real day
    assert problems[(leap, "E")] == ("“30 February” is not a real date: February 2028 has 29 days. "
                                     "Write it like 17/07/2012")
    checks = [check["message"] for check in report["rows"][leap - 1]["checks"]]
    assert ("“31 Feb 2013” is not a real date: February 2013 has 28 days, so the action will be raised on its "
            "due date. Write it like 17/07/2012") in checks
    assert db.session.query(Action).count() == 0
