"""Reports fixtures: a chair signed in, actions in every state, and a statement counter."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

import pytest

from tracker.actions.models import ActionUpdate
from tracker.core.dates import local_today
from tracker.extensions import db


@pytest.fixture
def today(app) -> date:
    return local_today()


@pytest.fixture
def chair(make_person, auth):
    person = make_person(role="chair", name="Jordan Reid")
    auth.login(person)
    return person


@pytest.fixture
def listed(client):
    """listed(query) -> the action ids the outstanding list shows, in order."""

    def ids(query: str = "") -> list[int]:
        response = client.get(f"/reports/outstanding{'?' + query if query else ''}")
        assert response.status_code == 200, response.status_code
        return [int(found) for found in re.findall(r'<tr class="govuk-table__row" id="action-(\d+)"', response.text)]

    return ids


@pytest.fixture
def add_update(app):
    def add(action, note: str, on: date, kind: str = "note"):
        update = ActionUpdate(action=action, author=action.owner, note=note, kind=kind,
                              created_at=datetime.combine(on, time(10), tzinfo=UTC))
        db.session.add(update)
        db.session.commit()
        return update

    return add


def closed_moment(day: date, clock: time = time(12)) -> datetime:
    return datetime.combine(day, clock, tzinfo=UTC)
