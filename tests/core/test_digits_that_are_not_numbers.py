"""Numbers typed into a box: only what reads as a whole number is one.

Python's str.isdigit() is true of "²" and "①", which int() refuses, and a regular expression's `$`
matches before a last line break, so "me\n" passed as "me". Each box that took such a check gave a
500 or showed Python's own words ("invalid literal for int() with base 10"). Every box now reads
numbers through one helper (tracker/core/ids.py whole_number) and says, in plain English, how to
type the number instead. Digits of another script ("٣", 3 in Arabic) are still numbers.
"""
from __future__ import annotations

import pyotp
import pytest

from tests.api.conftest import api_as  # noqa: F401  a client acting with a person's API token
from tests.meetings.test_recurring_meetings import NEXT, form_fields
from tracker.core.dates import utcnow
from tracker.core.ids import whole_number
from tracker.extensions import db
from tracker.people import two_step
from tracker.people.models import Group

NOT_NUMBERS = ["²", "①", "5²", "9" * 5000, "1\n2", "-1", "+1", "1 000", "", " "]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_what_only_looks_like_digits_is_not_a_number(text):
    assert whole_number(text) is None


def test_digits_of_any_script_are_a_number():
    assert whole_number("42") == 42 and whole_number(" 7 ") == 7 and whole_number("٣") == 3


def _errors(response) -> str:
    return " ".join(response.get_data(as_text=True).split())


@pytest.fixture
def board_chair(client, auth, make_person, make_group):
    chair = make_person(role="chair")
    board = make_group(name="SEND Board", chair=chair, kind="board")
    auth.login(chair)
    return board


def test_a_date_whose_month_is_a_superscript_is_asked_for_again_in_plain_english(client, board_chair,
                                                                               make_person):
    owner = make_person()
    response = client.submit("/actions/new", {
        "title": "Write the plan", "owner": str(owner.id), "group": str(board_chair.id), "due_kind": "date",
        "due_on": ["5", "²", str(NEXT)]})
    page = _errors(response)
    assert response.status_code == 200
    assert "The date the action is due must be a real date: enter the month as a number or a name" in page
    assert "invalid literal" not in page


@pytest.mark.parametrize("typed", ["²", "9" * 5000])
def test_reminder_days_typed_oddly_are_asked_for_again(client, board_chair, typed):
    response = client.submit(f"/groups/{board_chair.id}/reminders", {
        "due_soon_working_days": typed, "escalate_after_working_days": "", "input_response_working_days": ""})
    assert response.status_code == 200
    assert "Enter the number of working days as a whole number, like 5" in _errors(response)
    db.session.expire_all()
    assert db.session.get(Group, board_chair.id).due_soon_working_days is None


def test_a_schedule_every_superscript_weeks_is_asked_for_again(client, board_chair):
    response = client.submit(f"/groups/{board_chair.id}/schedule", form_fields(frequency="weekly", interval="²"))
    assert response.status_code == 200
    assert "Enter the number of weeks or months as a whole number, like 6" in _errors(response)


def test_a_version_that_is_not_a_number_is_an_edit_conflict_not_a_crash(client, board_chair, make_action):
    action = make_action(group=board_chair)
    for version in ("²", "9" * 5000):
        response = client.submit(f"/actions/{action.id}/update", {"note": "Done the first half", "version": version})
        assert response.status_code == 200
        assert "saved this action while you were editing it" in _errors(response)
    db.session.expire_all()
    assert not db.session.get(type(action), action.id).updates


@pytest.mark.parametrize("owner", ["me\n", "1\n"])
def test_the_api_refuses_an_owner_with_a_line_break(api_as, make_person, owner):  # noqa: F811
    response = api_as(make_person()).get("/api/v1/actions", query_string={"owner": owner})
    assert response.status_code == 400
    assert response.json["field"] == "owner" and "Use a person's id, or me" in response.json["error"]


@pytest.mark.parametrize("code", ["²²²²²²", "١٢٣٤٥٦"])
def test_a_two_step_code_of_other_digits_is_wrong_not_a_crash(client, auth, make_person, code):
    person = make_person()
    two_step.start_set_up(person)
    two_step.confirm_set_up(person, pyotp.TOTP(two_step.set_up_secret(person)).now(), now=utcnow())
    db.session.commit()
    auth.login(person)
    response = client.submit("/sign-in/code", {"code": code})
    assert response.status_code == 200
    assert two_step.WRONG_CODE in response.get_data(as_text=True)
    assert client.get("/my-actions").status_code == 302  # not signed in


def test_setting_up_two_step_with_other_digits_asks_for_the_code_again(client, auth, make_person):
    auth.login(make_person())
    client.submit("/account/two-step/start", form_url="/account/two-step")
    response = client.submit("/account/two-step/set-up", {"code": "²²²²²²"})
    assert response.status_code == 200
    assert "The code is not right" in response.get_data(as_text=True)
