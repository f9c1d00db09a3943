"""Fixtures for actions: a fixed clock, and a group with its chair, secretary, lead and owner."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from tracker.extensions import db

TODAY = date(2026, 11, 23)  # a Monday
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


@dataclass
class Team:
    group: object
    chair: object
    secretary: object
    lead: object
    owner: object
    member: object  # belongs to the group, runs nothing
    outsider: object  # staff, not in the group
    champion: object
    admin: object


@pytest.fixture
def team(make_person, make_group) -> Team:
    chair = make_person("chair", "Cara Chair")
    secretary = make_person("lead", "Sam Secretary")
    lead = make_person("lead", "Lee Lead")
    owner = make_person("member", "Olu Owner")
    member = make_person("member", "Mo Member")
    group = make_group(name="Preparing for Adulthood", chair=chair, secretary=secretary, lead=lead,
                       members=[owner, member])
    return Team(group=group, chair=chair, secretary=secretary, lead=lead, owner=owner, member=member,
                outsider=make_person("member", "Ola Outsider"),
                champion=make_person("champion", "Chi Champion"),
                admin=make_person("admin", "Ada Admin"))


@pytest.fixture
def raise_action(app, team):
    """raise_action(**changes) -> an action made through create_action, committed."""
    from tracker.actions.operations import create_action

    def make(**fields):
        values = {"title": "Write the transition guide", "owner": team.owner, "group": team.group,
                  "by": team.secretary, "today": TODAY, "due_on": date(2026, 12, 11), "at": NOW}
        values.update(fields)
        action = create_action(**values)
        db.session.commit()
        return action

    return make

