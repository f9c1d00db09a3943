"""Every change endpoint checks that the record exists (404) and that the caller may change it (403)
before it reads the body: a caller learns nothing of the body's rules about a record that is missing or
not theirs to change, and a bad body to a missing record is a 404, not a 422."""
import pytest

from tracker.core.dates import utcnow
from tracker.extensions import db
from tracker.inputs import operations as inputs
from tracker.meetings.models import AgendaItem, Decision

MISSING = 999999

# Each action change: its path, who may make it (the owner, or the group's lead), and a body whose field
# is the wrong type (a 422 naming that field).
ACTION_CHANGES = [
    ("updates", "owner", "note", 5),
    ("complete", "owner", "outcome", 5),
    ("due-date", "owner", "due_on", "soon"),
    ("cannot-be-done", "owner", "explanation", 5),
    ("reassign", "lead", "owner", "someone"),
    ("at-risk", "owner", "reason", 5),
    ("no-longer-at-risk", "owner", "note", 5),
    ("reopen", "lead", "reason", 5),
]


@pytest.fixture
def board(make_person, make_group, make_action, make_meeting):
    lead, owner, member = make_person(role="lead"), make_person(), make_person()
    group = make_group(lead=lead, members=[owner, member])
    action = make_action(owner=owner, group=group)
    meeting = make_meeting(group)
    return {"lead": lead, "owner": owner}, member, action, meeting


def test_every_action_change_is_listed_here(app):
    changes = {rule.rule.rsplit("/", 1)[1] for rule in app.url_map.iter_rules()
               if rule.rule.startswith("/api/v1/actions/<int:action_id>/")}
    assert changes == {path for path, _, _, _ in ACTION_CHANGES}


@pytest.mark.parametrize("path, who, field, bad", ACTION_CHANGES)
def test_an_action_change_checks_the_action_then_the_permission_then_the_body(api_as, board, path, who, field,
                                                                              bad):
    people, member, action, _ = board
    permitted = people[who]
    for body in ({field: bad}, ["not", "an", "object"]):
        missing = api_as(permitted).post(f"/api/v1/actions/{MISSING}/{path}", json=body)
        assert missing.status_code == 404, missing.json
        assert missing.json["error"] == "There is no action with that id"
        not_allowed = api_as(member).post(f"/api/v1/actions/{action.id}/{path}", json=body)
        assert not_allowed.status_code == 403, not_allowed.json
        assert not_allowed.json["error"] == "Your token's person is not allowed to do this"
    refused = api_as(permitted).post(f"/api/v1/actions/{action.id}/{path}", json={field: bad})
    assert refused.status_code == 422, refused.json
    assert refused.json["field"] == field and refused.json["error"].startswith("Not a valid")


def _meeting_changes(meeting, item, decision) -> list[tuple[str, str, str]]:
    """(an address that exists, the same with a missing record, a field the body gets wrong)."""
    return [
        (f"/api/v1/meetings/{meeting.id}", f"/api/v1/meetings/{MISSING}", "location"),
        (f"/api/v1/meetings/{meeting.id}/agenda-items", f"/api/v1/meetings/{MISSING}/agenda-items", "title"),
        (f"/api/v1/meetings/{meeting.id}/agenda-items/{item.id}",
         f"/api/v1/meetings/{meeting.id}/agenda-items/{MISSING}", "notes"),
        (f"/api/v1/meetings/{meeting.id}/decisions", f"/api/v1/meetings/{MISSING}/decisions", "text"),
        (f"/api/v1/decisions/{decision.id}", f"/api/v1/decisions/{MISSING}", "text"),
    ]


def test_meeting_agenda_and_decision_changes_check_the_record_then_the_permission_then_the_body(api_as, board):
    people, member, _, meeting = board
    lead = people["lead"]
    item = AgendaItem(meeting=meeting, title="Transport", position=1)
    decision = Decision(meeting=meeting, text="Agreed")
    db.session.add_all([item, decision])
    db.session.commit()
    for address, missing_address, field in _meeting_changes(meeting, item, decision):
        missing = api_as(lead).post(missing_address, json={field: 5})
        assert missing.status_code == 404, (missing_address, missing.json)
        assert api_as(member).post(address, json={field: 5}).status_code == 403, address
        refused = api_as(lead).post(address, json={field: 5})
        assert refused.status_code == 422 and refused.json["field"] == field, (address, refused.json)


def test_routing_input_checks_the_input_then_the_permission_then_the_body(api_as, make_person, board):
    lead = board[0]["lead"]
    champion = make_person(role="champion")
    raised = inputs.raise_input(by=champion, what="The Local Offer is hard to search on a phone.", at=utcnow())
    db.session.commit()
    assert api_as(lead).post(f"/api/v1/inputs/{MISSING}/route", json={"group": "x"}).status_code == 404
    assert api_as(champion).post(f"/api/v1/inputs/{raised.id}/route", json={"group": "x"}).status_code == 403
    refused = api_as(lead).post(f"/api/v1/inputs/{raised.id}/route", json={"group": "x"})
    assert refused.status_code == 422 and refused.json["field"] == "group"
