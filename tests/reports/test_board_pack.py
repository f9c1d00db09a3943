"""The Board pack: the group's action log for a meeting, as a printable page and a PDF."""
from __future__ import annotations

import io
import re
from datetime import timedelta
from urllib.parse import urlsplit

from pypdf import PdfReader

from tests.reports.conftest import closed_moment
from tracker.core.dates import format_datetime, format_short_date, working_days_between
from tracker.extensions import db


def _board_with_history(make_group, make_meeting, make_action, make_person, chair, today):
    board = make_group(name="SEND Board", chair=chair)
    previous = make_meeting(board, today - timedelta(days=30))
    meeting = make_meeting(board, today + timedelta(days=7))
    owner = make_person(name="Chris Nolan")
    make_action(group=board, owner=owner, title="Report on assessment timeliness", due=today - timedelta(days=4),
                due_date_moves=2)
    make_action(group=board, owner=owner, title="Circulate the transport paper", due=today + timedelta(days=3))
    make_action(group=board, title="Publish the short breaks statement", status="completed",
                outcome="Published on the Local Offer.", closed_at=closed_moment(today - timedelta(days=10)))
    make_action(group=board, title="Run the pilot in every school", status="cannot_be_done",
                explanation="Funding was not agreed.", closed_at=closed_moment(today - timedelta(days=2)))
    make_action(group=board, title="Closed before the last meeting", status="completed",
                outcome="Old news.", closed_at=closed_moment(today - timedelta(days=45)))
    make_action(title="Another group's action")
    return board, previous, meeting


def test_the_board_pack_lists_outstanding_and_recently_closed_actions(
        client, chair, make_group, make_meeting, make_action, make_person, today):
    _board, _previous, meeting = _board_with_history(make_group, make_meeting, make_action, make_person, chair, today)
    page = client.get(f"/meetings/{meeting.id}/board-pack")
    assert page.status_code == 200
    text = page.text
    assert "Report on assessment timeliness" in text and "moved twice" in text and "Chris Nolan" in text
    assert "Circulate the transport paper" in text
    assert "Published on the Local Offer." in text
    assert "Funding was not agreed." in text
    assert "Closed before the last meeting" not in text
    assert "Another group's action" not in text
    assert text.index("Report on assessment timeliness") < text.index("Circulate the transport paper")  # most overdue first
    assert f"/meetings/{meeting.id}/board-pack.pdf" in text


def test_the_board_pack_pdf_renders_and_contains_the_actions(
        client, chair, make_group, make_meeting, make_action, make_person, today):
    _board, _previous, meeting = _board_with_history(make_group, make_meeting, make_action, make_person, chair, today)
    response = client.get(f"/meetings/{meeting.id}/board-pack.pdf")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert "attachment" in response.headers["Content-Disposition"]
    assert ".pdf" in response.headers["Content-Disposition"]
    reader = PdfReader(io.BytesIO(response.get_data()))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for expected in ("Report on assessment timeliness", "Circulate the transport paper", "Chris Nolan",
                     "Published on the Local Offer.", "Funding was not agreed.", "Page 1 of"):
        assert expected in text, expected
    assert "Closed before the last meeting" not in text
    assert reader.pages[0].mediabox.width == 595.0 or round(float(reader.pages[0].mediabox.width)) == 595  # A4


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def _words(html_text: str) -> str:
    """The page's text as a reader sees it: tags dropped, spaces collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", html_text).replace("&#39;", "'").split())


def test_the_board_pack_shows_each_actions_last_update_rag_and_due_date_moves(
        client, chair, make_group, make_meeting, make_action, make_person, add_update, today):
    board = make_group(name="SEND Board", chair=chair)
    make_meeting(board, today - timedelta(days=30))
    meeting = make_meeting(board, today + timedelta(days=7))
    late = make_action(group=board, title="Report on assessment timeliness", due=today - timedelta(days=6),
                       due_date_moves=2)
    late.original_due_on = today - timedelta(days=34)
    soon = make_action(group=board, title="Circulate the transport paper", due=today + timedelta(days=60),
                       at_risk=True, at_risk_reason="Waiting for the council's figures")
    on_track = make_action(group=board, title="Plan the autumn conference", due=today + timedelta(days=60),
                           due_date_moves=1)
    on_track.original_due_on = today + timedelta(days=30)
    db.session.commit()
    updates = {late: add_update(late, "Data from health expected next week.", today - timedelta(days=2)),
               on_track: add_update(on_track, "Venue booked.", today - timedelta(days=1))}
    expected = {
        late: [f"{format_short_date(late.due_on)}, moved twice", f"First due {format_short_date(late.original_due_on)}",
               f"Overdue by {working_days_between(late.due_on, today)} working days"],
        soon: [format_short_date(soon.due_on), "At risk",
               "flagged at risk: Waiting for the council's figures", "No update yet"],
        on_track: [f"{format_short_date(on_track.due_on)}, moved once",
                   f"First due {format_short_date(on_track.original_due_on)}", "On track"],
    }
    for action, update in updates.items():
        expected[action] += [update.note, format_datetime(update.created_at)]

    page = _words(client.get(f"/meetings/{meeting.id}/board-pack").text)
    pdf = _pdf_text(client.get(f"/meetings/{meeting.id}/board-pack.pdf").get_data())
    for shown_in, text in (("page", page), ("PDF", pdf)):
        for action, phrases in expected.items():
            row = text[text.index(action.title):]
            following = [other.title for other in expected if other is not action and other.title in row]
            if following:  # this action's row only: up to the next action's title
                row = row[:min(row.index(title) for title in following)]
            for phrase in phrases:
                assert phrase in row, (shown_in, action.title, phrase)
            assert "Due Due" not in row and "Due due" not in row  # a phone's card labels the date once


class _AppFetcher:
    """Lets WeasyPrint load the page's stylesheet from the app, as a browser printing it would."""

    def __new__(cls, client):
        from weasyprint.urls import URLFetcher, URLFetcherResponse

        class Fetcher(URLFetcher):
            def fetch(self, url, headers=None):
                path = urlsplit(url).path
                if not path.endswith(".css"):
                    raise ValueError("only stylesheets are needed")  # fonts and images: left out
                response = client.get(path)
                assert response.status_code == 200, path
                return URLFetcherResponse(url, response.get_data(), {"Content-Type": "text/css"})

        return Fetcher()


def test_printing_the_board_pack_leaves_out_the_navigation(
        client, chair, make_group, make_meeting, make_action, make_person, today):
    """The page printed with the site's own stylesheet (print media, as a browser prints it):
    the actions are there; the service navigation, sign-out, breadcrumbs and footer are not."""
    from weasyprint import HTML

    _board, _previous, meeting = _board_with_history(make_group, make_meeting, make_action, make_person, chair, today)
    page = client.get(f"/meetings/{meeting.id}/board-pack").text
    assert 'href="/static/build/tracker.css' in page
    navigation = ["Sign out", chair.name, "Accessibility statement", "Skip to main content", "Download as PDF"]
    for phrase in navigation:
        assert phrase in _words(page), phrase

    def printed(media_type: str) -> str:
        return _pdf_text(HTML(string=page, base_url="http://tracker.test/", media_type=media_type,
                              url_fetcher=_AppFetcher(client)).write_pdf())

    on_screen, on_paper = printed("screen"), printed("print")
    for phrase in navigation:
        assert phrase in on_screen, phrase  # the check itself can see them
        assert phrase not in on_paper, phrase
    for title in ("Report on assessment timeliness", "Published on the Local Offer."):
        assert title in on_paper


def test_a_champion_cannot_open_a_board_pack(client, auth, make_person, make_group, make_meeting, today):
    champion = make_person(role="champion")
    member_of = make_group(members=[champion])
    stranger_to = make_group()
    meeting_of_theirs = make_meeting(member_of, today)
    other_meeting = make_meeting(stranger_to, today)
    auth.login(champion)
    assert client.get(f"/meetings/{meeting_of_theirs.id}/board-pack").status_code == 403
    assert client.get(f"/meetings/{meeting_of_theirs.id}/board-pack.pdf").status_code == 403
    assert client.get(f"/meetings/{other_meeting.id}/board-pack").status_code == 404
    assert client.get("/meetings/999999/board-pack").status_code == 404


def test_the_board_pack_makes_the_same_few_queries_at_any_size(
        client, chair, make_group, make_meeting, make_action, make_person, count_queries, today):
    counts = []
    for size in (2, 30):
        group = make_group()
        make_meeting(group, today - timedelta(days=20))
        meeting = make_meeting(group, today + timedelta(days=5))
        for number in range(size):
            make_action(group=group, owner=make_person(password=None), due=today - timedelta(days=number))
            make_action(group=group, status="completed", outcome="Done.",
                        closed_at=closed_moment(today - timedelta(days=1)))
        url = f"/meetings/{meeting.id}/board-pack"
        db.session.commit()
        with count_queries() as counted:
            assert client.get(url).status_code == 200
        counts.append(counted.count)
    assert counts[0] == counts[1], counts
