"""Decisions fixtures: the SEND Board (tests/meetings) and a one-line way to record a decision."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from tests.api.conftest import api_as  # noqa: F401  a client sending a person's API token
from tests.meetings.conftest import board  # noqa: F401  the SEND Board with its chair, secretary, lead
from tracker.core.dates import local_today
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Decision


@pytest.fixture
def make_decision(make_meeting):
    """make_decision(group, text, days_ago=30, item=None) -> a decision recorded at a meeting of
    the group that many days ago (a new meeting each call unless `meeting` is given)."""

    def make(group, text: str, *, days_ago: int = 30, item: str | None = None, meeting=None, **fields):
        meeting = meeting or make_meeting(group, local_today() - timedelta(days=days_ago))
        agenda_item = AgendaItem(meeting=meeting, title=item, position=1) if item else None
        decision = Decision(meeting=meeting, agenda_item=agenda_item, text=text, **fields)
        db.session.add(decision)
        db.session.commit()
        return decision

    return make


@pytest.fixture
def register(client):
    """register(query) -> the decision ids the register shows, in order."""

    def ids(query: str = "") -> list[int]:
        response = client.get(f"/decisions{'?' + query if query else ''}")
        assert response.status_code == 200, response.status_code
        return [int(found) for found in re.findall(r'<li id="decision-(\d+)"', response.text)]

    return ids


def iso(day: date) -> str:
    return day.isoformat()
