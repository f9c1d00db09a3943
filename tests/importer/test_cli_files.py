"""`flask minutes import` reads Word documents, web pages and text files, and refuses bad ones."""
# ruff: noqa: F811 (the CLI tests' fixtures, imported)
from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from tests.importer.test_cli import BOARD, board, count, run  # noqa: F401
from tests.importer.test_upload_page import BAD_FILES, as_word
from tracker.actions.models import Action
from tracker.extensions import db
from tracker.importer.models import ImportedAction
from tracker.importer.operations import ChosenAction, _import_keys
from tracker.meetings.models import Meeting

JUNE_TEXT = BOARD.read_text(encoding="utf-8")
JUNE = JUNE_TEXT[JUNE_TEXT.index("8th June 2021"):JUNE_TEXT.index("11th May 2021")]


def sources_of(result) -> list[str]:
    assert result.exit_code == 0, result.output
    return [entry["source"] for entry in json.loads(result.output)["suggestions"]]


@pytest.mark.parametrize("filename, data", [
    ("minutes.docx", as_word(JUNE)),
    ("minutes.html", ("<html><body><header><nav><a>Home</a> <a>Board</a></nav></header><main>"
                      + "".join(f"<p>{paragraph}</p>" for paragraph in JUNE.split("\n\n"))
                      + "</main><footer>Contact us</footer></body></html>").encode()),
    ("minutes.txt", JUNE.encode("utf-8-sig")),
], ids=["word", "web page", "text"])
def test_each_kind_of_file_gives_the_same_suggestions(run, board, tmp_path, filename, data):
    (tmp_path / "plain.txt").write_text(JUNE, encoding="utf-8")
    (tmp_path / filename).write_bytes(data)
    expected = sources_of(run(tmp_path / "plain.txt", "--group", "SEND Board", "--date", "2021-06-08",
                              "--json", "--dry-run"))
    assert expected and sources_of(run(tmp_path / filename, "--group", "SEND Board", "--date", "2021-06-08",
                                       "--json", "--dry-run")) == expected


def test_a_word_document_is_imported(run, board, tmp_path):
    (tmp_path / "minutes.docx").write_bytes(as_word(JUNE))
    result = run(tmp_path / "minutes.docx", "--group", "SEND Board", "--date", "2021-06-08")
    assert result.exit_code == 0, result.output
    details = db.session.scalars(select(Action.detail)).all()
    assert any("A baseline questionnaire would be circulated" in detail for detail in details)


@pytest.mark.parametrize("filename, data, message", [
    *BAD_FILES,
    ("minutes.txt", b"Present: Jo Patel (Chair), Sam Lee. The Board met at the Town Hall on Thursday 12 March "
                    b"2026.\n\nTerms of Reference: a copy would be uploaded on to the Local Offer.",
     "The outcomes have no dated heading, and their opening gives “Thursday 12 March 2026”, not 8 June 2021. "
     "Check --date"),
])
def test_bad_files_get_a_plain_message_exit_1_and_nothing_saved(run, board, tmp_path, filename, data, message):
    (tmp_path / filename).write_bytes(data)
    result = run(tmp_path / filename, "--group", "SEND Board", "--date", "2021-06-08")
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert count(Meeting) == 0 and count(Action) == 0


def test_minutes_with_no_dated_heading_are_taken_when_they_name_the_date_or_no_date(run, board, tmp_path):
    named = tmp_path / "named.txt"
    named.write_text("Present: Jo Patel (Chair). The Board met at the Town Hall on Tuesday 8 June 2021.\n\n"
                     "Terms of Reference: a copy would be uploaded on to the Local Offer.", encoding="utf-8")
    assert run(named, "--group", "SEND Board", "--date", "2021-06-08", "--dry-run").exit_code == 0
    undated = tmp_path / "undated.txt"
    undated.write_text("Terms of Reference: a copy would be uploaded on to the Local Offer.", encoding="utf-8")
    assert run(undated, "--group", "SEND Board", "--date", "2021-06-08", "--dry-run").exit_code == 0


def test_outcomes_taken_by_someone_else_meanwhile_save_nothing(run, board, tmp_path):
    """Another import of the same outcomes claimed one of them between this run's check and its
    writes (simulated by its claim already being there): nothing is saved, and the run says why."""
    (tmp_path / "june.txt").write_text(JUNE, encoding="utf-8")
    dry = json.loads(run(tmp_path / "june.txt", "--group", "SEND Board", "--date", "2021-06-08", "--json",
                         "--dry-run").output)
    first = next(entry for entry in dry["suggestions"] if entry["created"])
    meeting = Meeting(group=board, starts_at=datetime(2021, 6, 8, 10, tzinfo=UTC), location="", is_online=False)
    db.session.add(meeting)
    db.session.flush()
    key = _import_keys([ChosenAction(title=first["title"], owner=None, source=first["source"],
                                     heading=first["heading"])])[0]
    db.session.add(ImportedAction(meeting_id=meeting.id, key=key))
    db.session.commit()
    result = run(tmp_path / "june.txt", "--group", "SEND Board", "--date", "2021-06-08")
    assert result.exit_code == 1 and "made into actions by someone else while this ran" in result.output
    assert count(Action) == 0
