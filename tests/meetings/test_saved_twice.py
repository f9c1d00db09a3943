"""A person's own second save (the button pressed twice on a slow connection, or the same form open
in two tabs) is refused as every conflict is, but the meeting, agenda item and decision pages say
it was theirs: "You already saved this ...", never "Someone else saved ...". The words are the
action page's (core/conflicts.py all_yours and refuse_on_form)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.conftest import VERSION, browsers_of, opened
from tests.meetings.conftest import error_summary_links, page_text
from tracker.core.dates import local_today
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Decision

YOURS = "You already saved this {}, from another page or by pressing the button twice. " \
        "Check what you saved, then save again only if something is missing"


@pytest.fixture
def minuted(board, make_meeting):
    meeting = make_meeting(board, local_today() - timedelta(days=3))
    item = AgendaItem(meeting=meeting, title="Transport review", notes="Two routes late in May.", position=1)
    decision = Decision(meeting=meeting, agenda_item=item, text="The review reports in July.")
    db.session.add_all([item, decision])
    db.session.commit()
    return meeting, item, decision


def _twice(app, person, url: str, values: dict):
    """The same filled-in form sent twice from one page, as a double press sends it."""
    (browser,) = browsers_of(app, person)
    sent = {**opened(browser, url), **values}
    assert browser.post(url, data=sent).status_code == 302
    return browser.post(url, data=sent)


def test_an_agenda_item_saved_twice_says_you_saved_it(app, board, minuted):
    meeting, item, _ = minuted
    again = _twice(app, board.secretary, f"/meetings/{meeting.id}/agenda/{item.id}/edit",
                   {"title": "Transport review", "notes": "Three routes late in May."})
    text = page_text(again)
    assert again.status_code == 200 and "Someone else" not in text
    assert error_summary_links(again) == [("#notes", YOURS.format("agenda item"))]
    assert "What you saved" in text and "Notes: from Two routes late in May. to Three routes late in May." in text
    assert "You changed an agenda item" in " ".join(text.split()) and "Tom Fisher" not in text.split("What you saved")[1]
    assert "If not, check what you typed here, then save again." in text
    assert VERSION.search(text).group(1) == "2"


def test_a_decision_saved_twice_says_you_saved_it(app, board, minuted):
    meeting, item, decision = minuted
    again = _twice(app, board.secretary, f"/meetings/{meeting.id}/decisions/{decision.id}/edit",
                   {"text": "The review reports in September.", "agenda_item": str(item.id)})
    assert "Someone else" not in page_text(again)
    assert error_summary_links(again) == [("#text", YOURS.format("decision"))]


def test_a_meeting_saved_twice_says_you_saved_it(app, board, make_meeting):
    meeting = make_meeting(board, date(local_today().year + 1, 1, 12), location="Online", is_online=True)
    again = _twice(app, board.secretary, f"/meetings/{meeting.id}/edit",
                   {"starts_on": ["12", "1", str(local_today().year + 1)], "start_time": "14:00",
                    "attendance_mode": "in_person", "location": "Town Hall"})
    text = page_text(again)
    assert "Someone else" not in text and "What you saved" in text
    assert error_summary_links(again) == [("#attendance_mode", YOURS.format("meeting"))]


def test_someone_elses_save_still_names_them(app, board, minuted):
    meeting, item, _ = minuted
    url = f"/meetings/{meeting.id}/agenda/{item.id}/edit"
    tom, jordan = browsers_of(app, board.secretary, board.chair)
    toms, jordans = opened(tom, url), opened(jordan, url)
    assert tom.post(url, data={**toms, "title": "Transport review", "notes": "Late."}).status_code == 302
    second = jordan.post(url, data={**jordans, "title": "Transport review", "notes": "On time."})
    assert "You already saved" not in page_text(second)
    assert "Someone else saved this agenda item while you were editing it" in page_text(second)
