"""My actions and the action page send the same number of queries at 10 and at 500 actions."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from tracker.actions.models import Action, ActionStatus, ActionUpdate, UpdateKind
from tracker.core.dates import local_today, utcnow
from tracker.core.models import AuditEvent
from tracker.extensions import db


def _add_actions(team, how_many: int) -> None:
    """Half open (overdue, due soon and later), half closed in the last month, in one insert."""
    today, now = local_today(), utcnow()
    rows = []
    for number in range(how_many):
        closed = number % 2 == 1
        due = today + timedelta(days=(number % 60) - 20)
        rows.append({
            "title": f"Action number {number}", "detail": "", "owner_id": team.owner.id, "group_id": team.group.id,
            "status": ActionStatus.COMPLETED if closed else ActionStatus.IN_PROGRESS, "due_on": due,
            "original_due_on": due, "due_date_moves": 0, "at_risk": number % 7 == 0, "at_risk_reason": "",
            "outcome": "Done" if closed else "", "explanation": "", "version": 1,
            "closed_at": now - timedelta(days=number % 25) if closed else None,
            "created_at": now, "updated_at": now,
        })
    db.session.execute(insert(Action), rows)
    db.session.commit()


@pytest.mark.parametrize("page", ["/my-actions", "/my-actions?page=2"])
def test_my_actions_sends_a_fixed_number_of_queries(client, auth, team, count_queries, page):
    auth.login(team.owner)
    counts = []
    for total in (10, 500):
        _add_actions(team, total - (counts and 10 or 0))
        response, queries = count_queries(lambda: client.get(page))
        assert response.status_code == 200
        counts.append(queries)
    assert counts[0] == counts[1], counts
    assert counts[0] <= 8, counts
    print(f"My actions {page}: {counts[0]} queries at 10 and at 500 actions")


def _add_updates(action: Action, author, how_many: int) -> None:
    now = datetime.now(UTC)
    db.session.execute(insert(ActionUpdate), [
        {"action_id": action.id, "author_id": author.id, "created_at": now - timedelta(minutes=n),
         "kind": UpdateKind.NOTE, "note": f"Update {n}"} for n in range(how_many)])
    db.session.execute(insert(AuditEvent), [
        {"occurred_at": now - timedelta(minutes=n), "actor_id": author.id, "entity_type": "actions",
         "entity_id": action.id, "event": "changed", "changes": {"title": [f"Old {n}", f"New {n}"]}}
        for n in range(how_many)])
    db.session.commit()


def test_the_action_page_sends_a_fixed_number_of_queries(client, auth, team, raise_action, count_queries):
    action = raise_action()
    auth.login(team.chair)
    counts = []
    for total in (10, 500):
        _add_updates(action, team.owner, total - (counts and 10 or 0))
        response, queries = count_queries(lambda: client.get(f"/actions/{action.id}"))
        assert response.status_code == 200
        assert "Update 9" in response.get_data(as_text=True)
        counts.append(queries)
    assert counts[0] == counts[1], counts
    print(f"Action page: {counts[0]} queries at 10 and at 500 updates and history entries")
