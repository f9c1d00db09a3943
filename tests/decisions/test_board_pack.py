"""The Board pack's decisions made since the last meeting and the draft minutes for approval."""
from __future__ import annotations

import html
import io
from datetime import timedelta

from pypdf import PdfReader

from tracker.core.dates import local_today
from tracker.extensions import db


def _board_meetings(board, make_meeting):
    today = local_today()
    before = make_meeting(board, today - timedelta(days=60), minutes="Approved long ago", minutes_status="approved")
    previous = make_meeting(board, today - timedelta(days=30), minutes="The Board discussed transport.")
    meeting = make_meeting(board, today + timedelta(days=7))
    return before, previous, meeting


def test_the_pack_lists_the_decisions_since_the_last_meeting_and_the_draft_minutes(
        client, auth, board, make_group, make_meeting, make_decision):
    before, previous, meeting = _board_meetings(board, make_meeting)
    make_decision(board, "Decided before the last meeting", meeting=before)
    at_last = make_decision(board, "Extend the Key Worker pilot", meeting=previous, item="Key Worker pilot")
    make_decision(make_group(), "Another group's decision", days_ago=10)
    auth.login(board.chair)
    text = html.unescape(client.get(f"/meetings/{meeting.id}/board-pack").text)
    assert "Decisions made since the last meeting (1)" in text
    assert "Extend the Key Worker pilot" in text and "under “Key Worker pilot”" in text
    assert f"/meetings/{previous.id}#decision-{at_last.id}" in text
    assert "Decided before the last meeting" not in text and "Another group's decision" not in text
    assert "Draft minutes for approval (1)" in text
    assert "The Board discussed transport." in text and "Approved long ago" not in text
    pdf = client.get(f"/meetings/{meeting.id}/board-pack.pdf")
    words = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.get_data())).pages)
    assert "Extend the Key Worker pilot" in " ".join(words.split())
    assert "The Board discussed transport." in " ".join(words.split())


def test_a_pack_with_nothing_decided_and_nothing_to_approve_says_so(client, auth, board, make_meeting):
    meeting = make_meeting(board, local_today() + timedelta(days=7))
    auth.login(board.chair)
    text = client.get(f"/meetings/{meeting.id}/board-pack").text
    assert "The group made no decisions in that time." in text
    assert "No draft minutes are waiting for approval." in text


def test_the_pack_makes_the_same_number_of_queries_however_many_decisions(
        client, auth, board, make_meeting, make_decision, count_queries):
    _before, previous, meeting = _board_meetings(board, make_meeting)
    auth.login(board.chair)
    counts = []
    for size in (1, 12):
        for number in range(size):
            later = make_decision(board, f"Later {number}", meeting=previous, item=f"Item {number}")
            make_decision(board, f"Earlier {number}", meeting=previous, superseded_by_id=later.id)
        db.session.commit()
        _, count = count_queries(lambda: client.get(f"/meetings/{meeting.id}/board-pack"))
        counts.append(count)
    assert counts[0] == counts[1], counts
