"""The SQL clauses that filter the API's lists agree with the checks the pages make on one record.

For every kind of person, every record a list shows is one the person may open, and every record
they may open is in the list: a token never sees more, or less, than its person on the site.
"""
import pytest

from tracker import permissions
from tracker.actions.models import Action
from tracker.extensions import db
from tracker.inputs.models import Input
from tracker.meetings.models import Decision, Meeting
from tracker.people.models import Group, User

KINDS = ["admin", "chair", "lead", "member", "champion", "group chair", "group lead",
         "group secretary", "group member", "champion in group", "owner"]


@pytest.fixture
def world(make_person, make_group, make_meeting, make_action):
    """Two groups, each with a meeting and its decision, actions and input, and one person of every kind."""
    people = {kind: make_person(role=kind if kind in ("admin", "chair", "lead", "member", "champion")
                                else ("champion" if kind == "champion in group" else "member"))
              for kind in KINDS}
    ours = make_group(chair=people["group chair"], lead=people["group lead"],
                      secretary=people["group secretary"],
                      members=[people["group member"], people["champion in group"]])
    theirs = make_group()
    for group in (ours, theirs):
        db.session.add(Decision(meeting=make_meeting(group), text="Agreed"))
        make_action(group=group)
        make_action(group=group, owner=people["owner"])
        make_action(group=group, owner=people["champion in group"])
        db.session.add_all([
            Input(what="Routed", group=group),
            Input(what="Raised by a champion", group=group, raised_by=people["champion in group"]),
        ])
    db.session.add(Input(what="Not yet routed", raised_by=people["champion"]))
    db.session.commit()
    return people


@pytest.mark.parametrize("model, clause, check", [
    (Action, permissions.actions_visible_to, permissions.can_view_action),
    (Action, permissions.action_summaries_visible_to, permissions.can_view_action_summary),
    (Meeting, permissions.meetings_visible_to, permissions.can_view_meeting),
    (Input, permissions.inputs_visible_to, permissions.can_view_input),
    (Group, permissions.groups_visible_to, permissions.can_view_group),
    (Decision, permissions.decisions_visible_to, permissions.can_view_decision),
], ids=["actions", "action summaries", "meetings", "inputs", "groups", "decisions"])
def test_each_list_shows_exactly_what_its_person_may_open(world, model, clause, check):
    every = db.session.scalars(db.select(model)).all()
    for kind, person in world.items():
        person = db.session.get(User, person.id)
        listed = set(db.session.scalars(db.select(model.id).where(clause(person))))
        allowed = {record.id for record in every if check(person, record)}
        assert listed == allowed, kind


def test_the_viewers_of_actions_are_exactly_the_people_who_may_open_each(world):
    """viewers_of_actions filters many people at once (the followers a daily email goes to)."""
    pairs = set(db.session.execute(db.select(User.id, Action.id).where(permissions.viewers_of_actions())))
    allowed = {(person.id, action.id) for person in db.session.scalars(db.select(User))
               for action in db.session.scalars(db.select(Action)) if permissions.can_view_action(person, action)}
    assert pairs == allowed
    assert {action for person, action in pairs if person == world["champion in group"].id} == {
        action.id for action in db.session.scalars(db.select(Action).where(Action.owner == world["champion in group"]))}
