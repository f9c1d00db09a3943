"""How the meeting page shows an action: one way everywhere (templates/actions/_macros.html).

Done means said (docs/rules.md): a closed action's outcome, or why it cannot be done, is shown wherever
the action appears: raised under a decision or agenda item, raised at the meeting, matters arising.
"""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.conftest import london_today
from tests.meetings.conftest import page_text
from tracker.actions import operations
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Decision


def _closed(action, by, *, outcome: str = "", explanation: str = ""):
    at = datetime.now(UTC)
    if outcome:
        operations.complete_action(action, by=by, outcome=outcome, at=at)
    else:
        operations.mark_cannot_be_done(action, by=by, explanation=explanation, at=at)
    db.session.commit()
    return action


def _tight(html: str) -> str:
    """Markup without the spaces the GOV.UK macros put inside tags ("<strong ...>\n  Overdue\n</strong>")."""
    return re.sub(r">\s+", ">", re.sub(r"\s+<", "<", html))


def _between(page: str, start: str, end: str) -> str:
    return page.split(start, 1)[1].split(end, 1)[0]


def test_closed_actions_show_their_outcome_or_why_not_wherever_the_meeting_lists_them(
        client, auth, board, make_meeting, make_action):
    meeting = make_meeting(board, london_today() - timedelta(days=7))
    item = AgendaItem(meeting=meeting, title="Key Worker pilot", position=1)
    decision = Decision(meeting=meeting, agenda_item=item, text="The pilot will run until December")
    db.session.add_all([item, decision])
    db.session.commit()
    from_decision = make_action(owner=board.member, group=board, meeting=meeting, agenda_item=item,
                                decision=decision, title="Extend the pilot contract")
    from_item = make_action(owner=board.member, group=board, meeting=meeting, agenda_item=item,
                            title="Recruit two more key workers")
    at_meeting = make_action(owner=board.member, group=board, meeting=meeting, title="Write to schools")
    _closed(from_decision, board.chair, outcome="Contract extended to 31 December.")
    _closed(from_item, board.chair, explanation="No funding this year; the Board will revisit in April.")
    _closed(at_meeting, board.chair, outcome="Letter sent to all 62 schools.")

    auth.login(board.chair)
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    under_decision = _between(page, f'id="decision-{decision.id}"', ">Actions</h4>")
    assert "Extend the pilot contract" in under_decision
    assert "Outcome:" in under_decision and "Contract extended to 31 December." in under_decision
    under_item = _between(page, f'id="raised-{from_item.id}"', "</li>")
    assert "Cannot be done" in under_item
    assert "Why it cannot be done:" in under_item and "No funding this year" in under_item
    raised_here = _between(page, 'id="actions"', 'id="attendance"')
    assert "Write to schools" in raised_here and "Letter sent to all 62 schools." in raised_here


def test_an_action_closed_at_a_meeting_shows_why_on_its_matters_arising_card(
        client, auth, board, make_meeting, make_action):
    action = make_action(owner=board.member, group=board, title="Open a second hub")
    action.created_at = datetime.now(UTC) - timedelta(weeks=6)
    meeting = make_meeting(board, london_today())
    operations.record_matters_arising(action, by=board.secretary, meeting=meeting, note="Site fell through.",
                                      at=datetime.now(UTC))
    _closed(action, board.chair, explanation="The only suitable site was sold.")

    auth.login(board.secretary)
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    card = _between(page, f'id="action-{action.id}"', 'govuk-summary-card"')
    assert "Cannot be done" in card
    assert "Why it cannot be done:" in card and "The only suitable site was sold." in card


def _next(weekday: int, after: date) -> date:
    return after + timedelta(days=(weekday - after.weekday()) % 7 or 7)


@pytest.fixture
def saturday(monkeypatch):
    """The meeting page seen on a Saturday (a week or two ahead, so nothing else is in the way)."""
    day = _next(5, london_today() + timedelta(days=7))
    monkeypatch.setattr("tracker.meetings.views.local_today", lambda: day)
    return day


def test_an_action_due_on_friday_seen_at_the_weekend_is_overdue_without_a_count_of_zero(
        client, auth, board, make_meeting, make_action, saturday):
    late = make_action(owner=board.member, group=board, due=saturday - timedelta(days=1), title="Due on Friday")
    meeting = make_meeting(board, saturday + timedelta(days=2))
    auth.login(board.chair)
    card = _between(page_text(client.get(f"/meetings/{meeting.id}")), f'id="action-{late.id}"',
                    'govuk-summary-card"')
    assert ">Overdue<" in _tight(card)
    assert "0 working days" not in card


def test_an_action_flagged_at_risk_shows_one_amber_tag_that_says_so(
        client, auth, board, make_meeting, make_action, saturday):
    risky = make_action(owner=board.member, group=board, due=saturday + timedelta(days=30), title="Risky",
                        at_risk=True, at_risk_reason="Staff off sick")
    meeting = make_meeting(board, saturday + timedelta(days=2))
    auth.login(board.chair)
    card = _between(page_text(client.get(f"/meetings/{meeting.id}")), f'id="action-{risky.id}"',
                    'govuk-summary-card"')
    status = _between(_tight(card), ">Status<", "</dd>")
    assert status.count('<strong class="govuk-tag') == 2  # its status, and one RAG tag
    assert "govuk-tag--yellow\">At risk<" in status
    assert "Due soon or at risk" not in status


def test_an_action_replaced_after_its_update_here_links_to_what_replaced_it(
        client, auth, board, make_meeting, make_action):
    action = make_action(owner=board.member, group=board, title="Map the short breaks")
    action.created_at = datetime.now(UTC) - timedelta(weeks=6)
    meeting = make_meeting(board, london_today())
    replacement = make_action(owner=board.lead, group=board, title="Joint short breaks review")
    operations.record_matters_arising(action, by=board.secretary, meeting=meeting, note="Merging with health.",
                                      at=datetime.now(UTC))
    operations.supersede_action(action, by=board.chair, replacement=replacement, reason="Merged",
                                at=datetime.now(UTC))
    db.session.commit()

    auth.login(board.secretary)
    card = _between(page_text(client.get(f"/meetings/{meeting.id}")), f'id="action-{action.id}"',
                    'govuk-summary-card"')
    assert ">Superseded<" in _tight(card)
    assert "Replaced by:" in card and f'/actions/{replacement.id}">Joint short breaks review</a>' in card
