"""`flask minutes import`: a secretary turns a file of meeting outcomes into draft actions."""
from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tracker.actions.models import Action
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Meeting, MeetingStatus, MinutesStatus

FIXTURES = Path(__file__).parent / "fixtures"
BOARD = FIXTURES / "board_summaries.txt"
CHAMPIONS = FIXTURES / "champions_outcomes.txt"


@pytest.fixture
def board(make_person, make_group):
    secretary = make_person(name="Tom Fisher", email="tom@example.org")
    chair = make_person(role="chair", name="Jordan Reid")
    return make_group(name="SEND Board", kind="board", chair=chair, secretary=secretary)


@pytest.fixture
def run(app):
    runner = app.test_cli_runner()

    def invoke(*args):
        result = runner.invoke(args=["minutes", "import", *[str(arg) for arg in args]])
        db.session.rollback()  # see what the command committed, not what this session remembers
        return result

    return invoke


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_importing_the_board_summary_creates_the_meeting_and_its_actions(run, board):
    result = run(BOARD, "--group", "SEND Board", "--date", "2021-06-08")
    assert result.exit_code == 0, result.output
    assert "Created the meeting, with the outcomes as its draft minutes" in result.output
    assert "Created 5 actions:" in result.output
    assert "owned by Tom Fisher, the group's secretary, until reassigned" in result.output
    assert "Owner: Tom Fisher for now (the minutes name no one)" in result.output
    meeting = db.session.scalar(select(Meeting).where(Meeting.group_id == board.id))
    assert meeting.starts_on == date(2021, 6, 8)
    assert meeting.minutes_status == MinutesStatus.DRAFT and meeting.status == MeetingStatus.HELD
    assert "Keyworker update: 10 workers" in meeting.minutes and "11th May 2021" not in meeting.minutes
    actions = db.session.scalars(select(Action).order_by(Action.id)).all()
    assert [action.title for action in actions][-1] == (
        "Circulate update report to Board on the actions to recover in these services (Update on HYMs)")
    report = actions[-1]
    assert report.owner.name == "Tom Fisher" and report.meeting_id == meeting.id
    assert report.due_at_next_meeting_of_id == board.id
    assert report.detail == ("From the meeting outcomes, under “Update on HYMs”:\n“An update report would be "
                             "circulated to Board on the actions to recover in these services.”")
    assert report.agenda_item.title == "Update on HYMs"
    assert {item.title for item in meeting.agenda_items} == {
        "Keyworker update", "Performance Scorecard", "Terms of Reference", "Update on HYMs"}


def test_a_dry_run_changes_nothing(run, board):
    before = (count(Meeting), count(Action), count(AgendaItem), count(AuditEvent))
    result = run(BOARD, "--group", "SEND Board", "--date", "2021-06-08", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "(dry run: nothing was saved)" in result.output
    assert "Would create 5 actions:" in result.output
    assert (count(Meeting), count(Action), count(AgendaItem), count(AuditEvent)) == before


def test_json_prints_what_was_found(run, board):
    result = run(BOARD, "--group", "send board", "--date", "2021-05-11", "--json", "--dry-run")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert found["group"] == "SEND Board" and found["date"] == "2021-05-11" and found["dry_run"] is True
    assert found["meeting"] == {"id": None, "created": True, "heading": "11th May 2021"}
    assert found["owner"] == {"name": "Tom Fisher", "email": "tom@example.org", "group_role": "secretary"}
    review = next(s for s in found["suggestions"] if s["title"] == "Review the Pilot in September")
    assert review["source"] == "A review of the Pilot would take place in September."
    assert review["heading"] == "Keyworker pilot" and review["confidence"] == "high"
    assert review["action"]["due_on"] == "2021-09-30" and review["action"]["due_by_next_meeting_of"] is None
    trajectory = next(s for s in found["suggestions"] if "trajectory" in s["title"])
    assert trajectory["due_by_next_meeting"] is True
    assert trajectory["action"]["due_by_next_meeting_of"] == "SEND Board"
    assert count(Action) == 0


def test_json_lists_the_dates_that_do_not_exist(run, make_person, make_group):
    make_group(name="Network of SEND Champions", secretary=make_person())
    result = run(CHAMPIONS, "--group", "Network of SEND Champions", "--date", "2020-10-13", "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert {"text": "Monday 20/21/21", "date": None,
            "problem": "“Monday 20/21/21” is not a real date: there is no month 21 "
                       "(write the day first, then the month)"} in found["dates"]
    created = [s["title"] for s in found["suggestions"] if s["created"]]
    assert "Share chat window with Stephen Pearson" in created
    assert not any(s["created"] for s in found["suggestions"] if s["heading"] == "Future Items")
    assert count(Action) == len(created)


def test_an_existing_meeting_is_used_and_a_second_import_creates_nothing_twice(run, board, make_meeting):
    meeting = make_meeting(board, date(2021, 6, 8))
    assert run(BOARD, "--group", "SEND Board", "--date", "2021-06-08").exit_code == 0
    assert count(Meeting) == 1 and count(Action) == 5
    assert all(action.meeting_id == meeting.id for action in db.session.scalars(select(Action)))
    again = run(BOARD, "--group", "SEND Board", "--date", "2021-06-08")
    assert again.exit_code == 0 and "Nothing new to create." in again.output
    assert count(Action) == 5


def test_without_a_secretary_the_chair_owns_the_actions(run, make_person, make_group):
    make_group(name="Joint Commissioning Group", chair=make_person(name="Ruth Adeyemi"))
    result = run(BOARD, "--group", "Joint Commissioning Group", "--date", "2021-06-08")
    assert result.exit_code == 0, result.output
    assert "owned by Ruth Adeyemi, the group's chair" in result.output


def test_a_group_with_no_secretary_or_chair_is_refused(run, make_group, make_person):
    make_group(name="Task group", members=[make_person()])
    result = run(BOARD, "--group", "Task group", "--date", "2021-06-08")
    assert result.exit_code == 1
    assert "Task group has no secretary or chair to own the imported actions" in result.output
    assert count(Meeting) == 0


@pytest.mark.parametrize("args, message", [
    (["--group", "Nobody", "--date", "2021-06-08"], "There is no group called “Nobody”. Groups: SEND Board"),
    (["--group", "SEND Board", "--date", "08/06/2021"], "--date must be a real date written YYYY-MM-DD"),
    (["--group", "SEND Board", "--date", "2021-02-30"], "--date must be a real date written YYYY-MM-DD"),
    (["--group", "SEND Board", "--date", "2021-06-09"],
     "The text has the outcomes of the meetings on 8 June 2021, 11 May 2021 and 9 March 2021, but none for "
     "9 June 2021"),
])
def test_bad_input_gets_a_clear_message_and_no_traceback(run, board, args, message):
    result = run(BOARD, *args)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert count(Meeting) == 0


def test_a_missing_or_binary_file_is_refused_clearly(run, board, tmp_path):
    missing = run(tmp_path / "nope.txt", "--group", "SEND Board", "--date", "2021-06-08")
    assert missing.exit_code == 1 and f"There is no file at {tmp_path / 'nope.txt'}" in missing.output
    binary = tmp_path / "minutes.docx"
    binary.write_bytes(b"PK\x03\x04\x00\x00binary")
    refused = run(binary, "--group", "SEND Board", "--date", "2021-06-08")
    assert refused.exit_code == 1 and "minutes.docx is not a Word document that can be read" in refused.output
    folder = run(tmp_path, "--group", "SEND Board", "--date", "2021-06-08")
    assert folder.exit_code == 1 and "is a folder" in folder.output


def test_text_saved_from_word_on_windows_is_read(run, board, tmp_path):
    saved = tmp_path / "outcomes.txt"
    saved.write_bytes("Update on HYMs: An update report would be circulated to Board on the actions – soon."
                      .encode("cp1252"))
    result = run(saved, "--group", "SEND Board", "--date", "2021-06-08")
    assert result.exit_code == 0, result.output
    assert db.session.scalar(select(Action.title)).startswith("Circulate update report to Board on the actions – soon")


def test_an_inactive_secretary_is_passed_over_for_the_chair(run, board, make_person):
    secretary = next(m.person for m in board.memberships if m.group_role == "secretary")
    secretary.is_active = False
    db.session.commit()
    result = run(BOARD, "--group", "SEND Board", "--date", "2021-06-08")
    assert result.exit_code == 0 and "owned by Jordan Reid, the group's chair" in result.output


def test_importing_into_a_cancelled_meeting_is_refused_and_changes_nothing(run, board, make_meeting):
    make_meeting(board, date(2021, 6, 8), status=MeetingStatus.CANCELLED, cancelled_reason="Snow")
    before = (count(Meeting), count(Action), count(AuditEvent))
    result = run(BOARD, "--group", "SEND Board", "--date", "2021-06-08")
    assert result.exit_code == 1
    assert "The meeting of SEND Board on 8 June 2021 was cancelled, so nothing can be imported into it" \
        in result.output
    assert (count(Meeting), count(Action), count(AuditEvent)) == before


def test_one_refused_action_means_none_are_created(app, board, make_meeting):
    """All or nothing, in the one path the page and the command share."""
    from tracker.core.domain import DomainError
    from tracker.importer.operations import ChosenAction, ImportRefused, create_chosen_actions

    meeting = make_meeting(board, date(2021, 6, 8))
    owner = next(m.person for m in board.memberships if m.group_role == "secretary")
    rows = [
        ChosenAction(title="Send the report", owner=owner, by_next_meeting=True, heading="Governance", source="x"),
        ChosenAction(title="Book the room", owner=None, by_next_meeting=True, heading="Rooms", source="y"),
        ChosenAction(title="Invite PACTS", owner=owner, due_on=date(2021, 6, 1), source="z"),
    ]
    with pytest.raises(ImportRefused) as refused:
        create_chosen_actions(meeting, rows, by=owner, today=date(2026, 11, 23), now=datetime.now(UTC))
    db.session.rollback()
    assert sorted(refused.value.errors) == [1, 2]
    assert refused.value.errors[1].field == "owner"
    assert refused.value.errors[2].message == ("The due date must be on or after the date of the meeting, "
                                               "8 June 2021")
    assert isinstance(refused.value, DomainError)
    assert count(Action) == 0 and count(AgendaItem) == 0


def test_by_the_next_meeting_means_the_meeting_after_the_imported_one(run, board, make_meeting):
    make_meeting(board, date(2021, 7, 13))
    make_meeting(board, date(2026, 12, 8))
    assert run(BOARD, "--group", "SEND Board", "--date", "2021-06-08").exit_code == 0
    dates = set(db.session.scalars(select(Action.due_on)))
    # "over the summer period" is a vague period with a documented date (the end of summer)
    assert dates == {date(2021, 7, 13), date(2021, 8, 31)}
