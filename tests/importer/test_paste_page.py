"""The paste page: a secretary pastes a meeting's outcomes and creates the suggested actions."""
from __future__ import annotations

from datetime import date
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tracker.actions.models import Action
from tracker.extensions import db
from tracker.meetings.models import AgendaItem

FIXTURES = Path(__file__).parent / "fixtures"
BOARD = (FIXTURES / "board_summaries.txt").read_text(encoding="utf-8")
JUNE = BOARD[BOARD.index("8th June 2021"):BOARD.index("11th May 2021")]


@pytest.fixture
def board(make_person, make_group):
    secretary = make_person(name="Tom Fisher")
    chair = make_person(role="chair", name="Jordan Reid")
    member = make_person(name="Priya Shah")
    champion = make_person(role="champion", name="Carla Champion")
    group = make_group(name="SEND Board", chair=chair, secretary=secretary, members=[member, champion])
    group.people = {"secretary": secretary, "chair": chair, "member": member, "champion": champion}
    return group


@pytest.fixture
def meeting(board, make_meeting):
    return make_meeting(board, date(2021, 6, 8))


def url(meeting) -> str:
    return f"/meetings/{meeting.id}/import"


def raw(response) -> str:
    return response.get_data(as_text=True)


def text_of(response) -> str:
    return unescape(response.get_data(as_text=True))


class _Fields(HTMLParser):
    """The review form's fields as a browser would submit them: ticked boxes only, all three date boxes."""

    def __init__(self):
        super().__init__()
        self.data: dict = {}
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name", "")
        if not name.startswith("rows-"):
            if tag == "option" and self.select and "selected" in attrs:
                self.data[self.select] = attrs.get("value", "")
            return
        if tag == "select":
            self.select = name
            self.data.setdefault(name, "")
        elif tag == "input":
            if attrs.get("type") in ("checkbox", "radio"):
                self.data.setdefault(name, "") if attrs.get("type") == "radio" else None
                if "checked" in attrs:
                    self.data[name] = attrs.get("value", "")
            elif name.endswith("due_on"):
                self.data.setdefault(name, []).append(attrs.get("value") or "")
            else:
                self.data[name] = attrs.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None


def review_rows(page: str) -> dict:
    fields = _Fields()
    fields.feed(page)
    return fields.data


def paste(client, meeting, text):
    return client.submit(url(meeting), {"outcomes": text, "find": "Find suggested actions"})


def create(client, meeting, rows: dict):
    return client.submit(url(meeting), {**rows, "create": "Create"}, form_url=url(meeting))


def actions_count() -> int:
    return db.session.scalar(select(func.count(Action.id)))


@pytest.mark.parametrize("who, status", [
    ("secretary", 200), ("chair", 200), ("member", 403), ("champion", 403), ("outsider", 403), ("admin", 200)])
def test_only_those_who_run_the_group_may_import(client, auth, board, meeting, make_person, who, status):
    person = board.people.get(who) or make_person(role="admin" if who == "admin" else "member")
    auth.login(person)
    assert client.get(url(meeting)).status_code == status
    if status == 403:
        response = client.post(url(meeting), data={"outcomes": JUNE, "find": "x"})
        assert response.status_code in (400, 403)  # no CSRF token, or no permission: never a review


def test_signed_out_people_are_sent_to_sign_in(client, meeting):
    response = client.get(url(meeting))
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]


def test_an_unknown_meeting_is_not_found(client, auth, board):
    auth.login(board.people["secretary"])
    assert client.get("/meetings/999999/import").status_code == 404


def test_the_paste_page_explains_itself(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    page = text_of(client.get(url(meeting)))
    assert "<title>Import meeting outcomes – Meetings – " in page
    assert '<label class="govuk-label govuk-label--m" for="outcomes">' in page
    assert "Meeting outcomes" in page and "Find suggested actions" in page
    assert "Nothing is saved until you create the actions" in page


def test_pasting_nothing_shows_the_error_at_the_box(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    page = text_of(paste(client, meeting, "  "))
    assert "<title>Error: Import meeting outcomes" in page
    assert 'href="#outcomes">Paste the meeting outcomes, or choose a file of the minutes</a>' in page
    assert 'id="outcomes-error"' in page


def test_pasting_too_much_says_so_at_the_box(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    page = unescape(text_of(paste(client, meeting, "The Board agreed to act. " * 4_001)))
    assert "<title>Error: Import meeting outcomes" in page
    assert 'href="#outcomes">The outcomes must be 100,000 characters or fewer. Paste one meeting\'s outcomes at a ' \
           'time</a>' in page
    assert db.session.scalar(select(func.count()).select_from(Action)) == 0


def test_text_with_no_actions_says_so(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    page = text_of(paste(client, meeting, "Another great session!\n\nThank you all."))
    assert "No actions were found in the text" in page


def test_outcomes_of_other_meetings_are_not_offered(client, auth, board, make_meeting):
    other = make_meeting(board, date(2021, 6, 9))
    auth.login(board.people["secretary"])
    page = text_of(paste(client, other, BOARD))
    assert ("The text has the outcomes of the meetings on 8 June 2021, 11 May 2021 and 9 March 2021, but none "
            "for 9 June 2021, the date of this meeting") in page


def test_one_meetings_outcomes_under_another_date_are_offered_with_a_warning(client, auth, board, make_meeting):
    moved = make_meeting(board, date(2021, 6, 15))
    auth.login(board.people["secretary"])
    page = text_of(paste(client, moved, JUNE))
    assert "Create 5 actions" in page
    assert ("The outcomes are headed “8th June 2021”, but this meeting is on 15 June 2021. Check these are the "
            "outcomes of this meeting before you create the actions.") in page


def test_the_review_lists_each_suggestion_ticked_with_its_source(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    response = paste(client, meeting, BOARD)
    page = text_of(response)
    assert "<title>Choose the actions to create – Meetings – " in page
    assert "The text has the outcomes of several meetings: these are from the meeting on 8 June 2021" in page
    assert "Where the minutes name no one, the owner is Tom Fisher, the group's secretary, until you choose" in page
    assert page.count('class="tracker-suggestion"') == 5
    assert "Under “Update on HYMs”, the outcomes say:" in page
    assert "“An update report would be circulated to Board on the actions to recover in these services.”" in page
    assert "Likely action" in page and "A commitment: “would be circulated”" in page
    rows = review_rows(raw(response))
    assert rows["rows-4-title"] == ("Circulate update report to Board on the actions to recover in these "
                                    "services (Update on HYMs)")
    assert rows["rows-0-include"] == "y" and rows["rows-0-due"] == "next_meeting"
    assert rows["rows-0-owner"] == str(board.people["secretary"].id)
    assert "Create action 1" in page and "Owner of action 1" in page and "When is action 1 due?" in page
    assert "By the next meeting of SEND Board" in page and "Due date of action 1" in page
    assert "Create 5 actions" in page
    assert actions_count() == 0  # nothing saved yet


def test_creating_makes_exactly_the_chosen_actions_with_their_source(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    rows = review_rows(raw(paste(client, meeting, BOARD)))
    rows.pop("rows-1-include")  # not an action, the secretary decides
    rows["rows-0-title"] = "Circulate the baseline questionnaire to the 10 families"
    rows["rows-0-owner"] = str(board.people["member"].id)
    rows["rows-3-due"] = "date"
    rows.update({"rows-3-due_on": ["30", "6", "2021"]})
    response = create(client, meeting, rows)
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/meetings/{meeting.id}#actions")
    actions = db.session.scalars(select(Action).order_by(Action.id)).all()
    assert len(actions) == 4
    first = actions[0]
    assert first.title == "Circulate the baseline questionnaire to the 10 families"
    assert first.owner.name == "Priya Shah" and first.created_by.name == "Tom Fisher"
    assert first.meeting_id == meeting.id and first.agenda_item.title == "Keyworker update"
    assert first.detail.startswith("From the meeting outcomes, under “Keyworker update”:\n“A baseline questionnaire")
    assert first.due_at_next_meeting_of_id == board.id
    upload = next(a for a in actions if a.title.startswith("Upload copy"))
    assert upload.due_on == date(2021, 6, 30) and upload.due_at_next_meeting_of_id is None
    assert not any(a.title.startswith("Consider interim cover") for a in actions)
    page = text_of(client.get(f"/meetings/{meeting.id}"))
    assert "4 actions created from the meeting outcomes." in page


def test_the_next_meeting_the_minutes_date_is_said_and_the_action_waits_for_that_meeting(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    text = ("SEND Board, 8 June 2021\n\nActions\nPriya Shah to bring the transport figures to the next meeting.\n\n"
            "Date of next meeting: Tuesday 13 July 2021\n")
    response = paste(client, meeting, text)
    assert "the group's meeting after this one (the minutes date it 13 July 2021)" in text_of(response)
    rows = review_rows(raw(response))
    assert rows["rows-0-due"] == "next_meeting"
    assert create(client, meeting, rows).status_code == 302
    action = db.session.scalars(select(Action)).one()
    assert action.due_at_next_meeting_of_id == board.id  # it moves with the meeting, as the group's diary says


def test_any_invalid_row_means_nothing_is_created_and_every_error_is_shown(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    rows = review_rows(raw(paste(client, meeting, BOARD)))
    rows["rows-0-owner"] = "999999"  # not a person
    rows["rows-1-title"] = "  "
    rows["rows-2-due"] = "date"
    rows["rows-2-due_on"] = ["31", "2", "2021"]  # no such date
    rows["rows-3-due"] = "date"
    rows["rows-3-due_on"] = ["1", "6", "2021"]  # before the meeting
    rows["rows-4-due"] = ""
    response = create(client, meeting, rows)
    page = text_of(response)
    assert actions_count() == 0 and db.session.scalar(select(func.count(AgendaItem.id))) == 0
    assert "<title>Error: Choose the actions to create" in page
    assert 'href="#rows-0-owner">Choose the owner of action 1 from the list of people</a>' in page
    assert 'href="#rows-1-title">Enter what needs to be done for action 2</a>' in page
    assert 'href="#rows-2-due_on-day">The due date of action 3 must be a real date: February 2021 has 28 days</a>' in page
    assert ('href="#rows-3-due_on-day">The due date of action 4 must be on or after the date of the meeting, '
            '8 June 2021</a>') in page
    assert 'href="#rows-4-due">Choose when action 5 is due</a>' in page
    # The rows are kept as typed, so nothing is lost.
    kept = review_rows(raw(response))
    assert kept["rows-2-due_on"] == ["31", "2", "2021"] and kept["rows-1-title"] == "  "
    assert kept["rows-4-title"].startswith("Circulate update report")


def test_an_unticked_row_is_left_out_whatever_it_holds(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    rows = review_rows(raw(paste(client, meeting, BOARD)))
    rows.pop("rows-0-include")
    rows["rows-0-title"] = ""
    rows["rows-0-owner"] = "nobody"
    assert create(client, meeting, rows).status_code == 302
    assert actions_count() == 4


def test_ticking_nothing_is_an_error(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    rows = {k: v for k, v in review_rows(raw(paste(client, meeting, BOARD))).items() if not k.endswith("include")}
    page = text_of(create(client, meeting, rows))
    assert 'href="#rows-0-include">Tick at least one action to create</a>' in page
    assert actions_count() == 0


def test_a_suggestion_already_imported_is_left_unticked(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    rows = review_rows(raw(paste(client, meeting, JUNE)))
    rows["rows-0-title"] = "Circulate the baseline questionnaire"  # reworded: still the same action
    assert create(client, meeting, rows).status_code == 302
    response = paste(client, meeting, JUNE)
    page = text_of(response)
    assert "include" not in " ".join(review_rows(raw(response)))
    assert "Create 0 actions" in page


def test_someone_who_does_not_run_the_group_cannot_create(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    rows = review_rows(raw(paste(client, meeting, BOARD)))
    auth.logout()
    auth.login(board.people["member"])
    token_page = "/"  # any page with a CSRF token: the review itself is refused
    response = client.submit(url(meeting), {**rows, "create": "Create"}, form_url=token_page)
    assert response.status_code == 403 and actions_count() == 0


def test_a_cancelled_meeting_takes_no_imports(client, auth, board, make_meeting):
    cancelled = make_meeting(board, date(2021, 6, 8), status="cancelled", cancelled_reason="Snow")
    auth.login(board.people["secretary"])
    page = text_of(client.get(url(cancelled)))
    assert "This meeting was cancelled, so no actions can be added to it." in page
    assert 'name="outcomes"' not in page


def test_the_review_takes_the_same_number_of_queries_whatever_the_number_of_suggestions(
        client, auth, board, meeting, make_person, count_queries):
    auth.login(board.people["secretary"])
    for _ in range(5):
        make_person()

    def queries_for(text: str) -> int:
        client.get(url(meeting))  # the CSRF token first, outside the count
        return count_queries(lambda: paste(client, meeting, text))[1]

    few = queries_for("Actions:\n• Send the report")
    many = queries_for("Actions:\n" + "\n".join(f"• Send report {n}" for n in range(40)))
    assert few == many
