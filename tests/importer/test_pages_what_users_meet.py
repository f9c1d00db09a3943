"""The import pages as a new secretary and a hostile user meet them: every problem said at its
field in plain English, nothing typed lost, and never a 500."""
# ruff: noqa: F811 (the paste page's fixtures, imported)
from __future__ import annotations

import io
import re
from datetime import date
from html import unescape

from sqlalchemy import select

from tests.importer.test_paste_page import (  # noqa: F401
    JUNE,
    actions_count,
    board,
    create,
    meeting,
    paste,
    raw,
    review_rows,
    text_of,
    url,
)
from tracker.actions.models import Action
from tracker.core.domain import TEXT_LIMITS
from tracker.extensions import db

LONG_SENTENCE = ("Actions:\n- Jo to send the report on "
                 + ", ".join(f"the school number {n}" for n in range(800)) + " to the Board.")


def summary_links(page: str) -> list[tuple[str, str]]:
    """The error summary's links, (href, message)."""
    summary = page[page.index('class="govuk-error-summary"'):] if 'class="govuk-error-summary"' in page else ""
    summary = summary[:summary.index("</ul>")] if summary else ""
    return re.findall(r'<a href="(#[^"]+)">([^<]+)</a>', summary)


def the_whole_review(page: str) -> dict:
    """The review's hidden fields about the outcomes as a whole, as a browser sends them back."""
    return {name: unescape(value) for name, value in re.findall(
        r'<input id="[a-z_]+" name="([a-z_]+)" type="hidden" value="([^"]*)">', page) if name != "csrf_token"}


def test_a_closed_groups_meeting_says_so_and_offers_no_paste_box(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    rows = review_rows(raw(paste(client, meeting, JUNE)))
    board.is_active = False
    db.session.commit()
    page = text_of(client.get(url(meeting)))
    assert "SEND Board has closed, so no actions can be added to its meetings" in page
    assert 'name="outcomes"' not in page
    response = create(client, meeting, rows)  # the review was open when the group closed
    page = text_of(response)
    assert "Choose a group that is still running" not in page  # there is no group to choose
    assert "SEND Board has closed, so no actions can be added to its meetings" in page
    assert actions_count() == 0


def test_every_problem_of_the_ticked_rows_is_shown_at_once(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    rows = review_rows(raw(paste(client, meeting, JUNE)))
    rows["rows-0-owner"] = ""  # forgot to choose
    rows["rows-2-title"] = "Circulate the report " * 20  # over 300 characters
    page = text_of(create(client, meeting, rows))
    links = summary_links(page)
    assert ("#rows-0-owner", "Choose the owner of action 1 from the list of people") in links
    assert ("#rows-2-title", "Action 3 must be 300 characters or fewer") in links
    assert 'id="rows-2-title-error"' in page
    assert actions_count() == 0


def test_a_very_long_sentence_becomes_an_action_with_its_words_shortened_in_the_detail(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    response = paste(client, meeting, LONG_SENTENCE)
    rows = review_rows(raw(response))
    assert len(rows["rows-0-source"]) > TEXT_LIMITS["actions.detail"]
    made = create(client, meeting, rows)
    assert made.status_code == 302, summary_links(text_of(made))
    action = db.session.scalars(select(Action)).one()
    assert len(action.detail) <= TEXT_LIMITS["actions.detail"]
    assert action.detail.startswith("From the meeting outcomes:\n“Jo to send the report on the school number 0")
    assert action.detail.rstrip().endswith("…”")
    again = create(client, meeting, rows)  # pressed twice: still once
    assert again.status_code == 302 and actions_count() == 1
    assert "include" not in " ".join(review_rows(raw(paste(client, meeting, LONG_SENTENCE))))  # already made


def test_an_expired_form_keeps_the_review_as_it_was_left(client, auth, board, meeting):
    """The form's token no longer fits the session (signed out and in again in another tab): the
    review comes back as the secretary left it, with a fresh token, and nothing is created."""
    auth.login(board.people["secretary"])
    rows = review_rows(raw(paste(client, meeting, JUNE)))
    rows["rows-0-title"] = "Send the baseline questionnaire to the 10 families"
    rows.pop("rows-1-include")
    response = client.client.post(url(meeting), data={**rows, "csrf_token": "stale", "create": "Create"})
    page = text_of(response)
    assert response.status_code == 200 and actions_count() == 0
    assert "<title>Error: Choose the actions to create" in page
    assert summary_links(page) == [("#rows-0-include", "This page had expired, so nothing was created. Check the "
                                                       "actions and press the button again")]
    kept = review_rows(raw(response))
    assert kept["rows-0-title"] == "Send the baseline questionnaire to the 10 families"
    assert "rows-1-include" not in kept and kept["rows-2-include"] == "y"
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', raw(response)).group(1)
    again = client.client.post(url(meeting), data={**kept, "csrf_token": token, "create": "Create"})
    assert again.status_code == 302 and actions_count() == 4


def test_an_expired_form_keeps_the_pasted_text(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    client.get(url(meeting))
    response = client.client.post(url(meeting), data={"outcomes": JUNE, "find": "Find suggested actions"})
    page = text_of(response)
    assert response.status_code == 200
    assert summary_links(page) == [("#outcomes", "This page had expired. Press “Find suggested actions” again")]
    assert JUNE.strip()[:60] in page


def test_someone_who_does_not_run_the_group_is_refused_even_without_a_token(client, auth, board, meeting):
    auth.login(board.people["member"])
    assert client.client.post(url(meeting), data={"outcomes": JUNE, "find": "x"}).status_code == 403
    assert client.client.post(url(meeting), data={"rows-0-include": "y", "create": "x"}).status_code == 403
    assert actions_count() == 0


def test_a_review_sent_with_no_rows_goes_back_to_the_paste_box(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    response = client.submit(url(meeting), {"create": "Create"})
    page = text_of(response)
    assert "<title>Error: Import meeting outcomes" in page
    assert summary_links(page) == [("#outcomes", "Paste the meeting outcomes, or choose a file of the minutes")]
    assert actions_count() == 0


def test_the_warnings_about_the_outcomes_stay_when_the_review_comes_back_with_errors(
        client, auth, board, make_meeting):
    moved = make_meeting(board, date(2021, 6, 15))
    auth.login(board.people["secretary"])
    page = raw(paste(client, moved, JUNE + "\n\nThe report would be uploaded by 31 February 2021."))
    rows = {**review_rows(page), **the_whole_review(page)}
    rows["rows-0-owner"] = ""
    page = text_of(create(client, moved, rows))
    assert "<title>Error: Choose the actions to create" in page
    assert ("The outcomes are headed “8th June 2021”, but this meeting is on 15 June 2021. Check these are the "
            "outcomes of this meeting before you create the actions.") in page
    assert "in the outcomes headed “8th June 2021”" in page
    assert "Check these dates in the outcomes: “31 February 2021” is not a real date: February 2021 has 28 days." in page
    assert actions_count() == 0


def test_minutes_kept_as_markdown_can_be_chosen_and_are_read(client, auth, board, meeting):
    """The file chooser offers every kind the page reads: a .md file was greyed out in it."""
    auth.login(board.people["secretary"])
    page = text_of(client.get(url(meeting)))
    accept = re.search(r'accept="([^"]+)"', page).group(1).split(",")
    assert {".docx", ".html", ".htm", ".txt", ".md", ".csv", ".json"} <= set(accept)  # (and an export)
    assert "a text file (.txt or .md), or an export (.csv or .json)" in page
    response = client.submit(url(meeting), {"outcomes": "", "find": "Find suggested actions", "document": (
        io.BytesIO(b"# Board, 8 June 2021\n\n## Actions\n\n- **Priya Shah** to send the report\n"),
        "minutes.md")}, content_type="multipart/form-data")
    assert "Choose the actions to create" in text_of(response)


def test_a_due_date_years_away_names_its_action_and_comes_with_the_other_problems(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    rows = review_rows(raw(paste(client, meeting, JUNE)))
    rows["rows-0-owner"] = ""
    rows["rows-3-due"] = "date"
    rows["rows-3-due_on"] = ["8", "6", "2099"]  # a slip for 2021
    links = summary_links(text_of(create(client, meeting, rows)))
    assert links[0] == ("#rows-0-owner", "Choose the owner of action 1 from the list of people")
    assert links[1][0] == "#rows-3-due_on-day"
    assert re.fullmatch(r"Check the year: the due date of action 4 must be between \d+ \w+ \d{4} and \d+ \w+ \d{4}",
                        links[1][1]), links
    assert actions_count() == 0
