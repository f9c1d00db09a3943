"""Routing input: passing it to a group, linking actions, answering, and who may do what."""
from __future__ import annotations

from datetime import date

import pytest

from tests.inputs.conftest import NOW, TODAY
from tracker.actions import operations as actions
from tracker.core.domain import DomainError
from tracker.core.models import Tag
from tracker.extensions import db
from tracker.inputs import operations
from tracker.inputs.models import Input, InputStatus


@pytest.fixture
def routed(partnership, raised):
    operations.route_input(raised, group=partnership.workstream, by=partnership.chair, at=NOW)
    db.session.commit()
    return raised


def test_routing_is_a_first_response_and_tells_the_contributor_once_per_group(partnership, raised, outbox):
    p = partnership
    operations.route_input(raised, group=p.workstream, by=p.chair, at=NOW)
    assert (raised.status, raised.first_response_at) == (InputStatus.BEING_LOOKED_AT, NOW)
    with pytest.raises(DomainError, match="already with Preparing for Adulthood"):
        operations.route_input(raised, group=p.workstream, by=p.chair, at=NOW)
    operations.route_input(raised, group=p.board, by=p.lead, at=NOW.replace(hour=11))
    assert raised.first_response_at == NOW  # the first one counts
    db.session.commit()
    assert [email.subject for email in outbox("input_routed")] == [
        "What you raised is being looked at by Preparing for Adulthood",
        "What you raised is being looked at by SEND Board"]


def test_routing_needs_a_running_group(partnership, raised):
    with pytest.raises(DomainError, match="Choose the group that will look at this"):
        operations.route_input(raised, group=None, by=partnership.chair, at=NOW)
    partnership.workstream.is_active = False
    with pytest.raises(DomainError, match="Preparing for Adulthood has closed"):
        operations.route_input(raised, group=partnership.workstream, by=partnership.chair, at=NOW)


def test_the_route_form_shows_problems_at_the_field(client, auth, partnership, raised):
    auth.login(partnership.chair)
    html = client.submit(f"/inputs/{raised.id}/route", {"group": "", "version": str(raised.version)}).get_data(as_text=True)
    assert "Error: Pass it to a group" in html and "Choose the group that will look at this" in html


def test_a_route_from_an_out_of_date_page_is_refused(client, auth, partnership, raised):
    auth.login(partnership.chair)
    stale = raised.version
    operations.route_input(raised, group=partnership.board, by=partnership.chair, at=NOW)
    db.session.commit()
    html = client.submit(f"/inputs/{raised.id}/route", {"group": str(partnership.workstream.id),
                                                        "version": str(stale)}).get_data(as_text=True)
    assert "changed this to SEND Board while you were editing. Check it, then save again" in html
    assert db.session.get(Input, raised.id).group_id == partnership.board.id


def test_actions_are_linked_only_once_routed_and_only_once(partnership, raised):
    p = partnership
    action = actions.create_action(title="Brief supply agencies", owner=p.owner, group=p.workstream, by=p.lead,
                                   today=TODAY, due_on=date(2026, 12, 18), at=NOW)
    with pytest.raises(DomainError, match="Pass the input to a group before linking actions to it"):
        operations.link_action(raised, action, by=p.lead)
    operations.route_input(raised, group=p.workstream, by=p.chair, at=NOW)
    operations.link_action(raised, action, by=p.lead)
    with pytest.raises(DomainError, match="already linked"):
        operations.link_action(raised, action, by=p.lead)
    with pytest.raises(DomainError, match="Choose the action that answers this input"):
        operations.link_action(raised, None, by=p.lead)
    operations.unlink_action(raised, action, by=p.lead)
    assert raised.actions == []


def test_the_link_form_offers_the_groups_open_actions(client, auth, partnership, routed):
    p = partnership
    open_action = actions.create_action(title="Brief supply agencies", owner=p.owner, group=p.workstream, by=p.lead,
                                        today=TODAY, due_on=date(2026, 12, 18), at=NOW)
    done = actions.create_action(title="Old survey", owner=p.owner, group=p.workstream, by=p.lead,
                                 today=TODAY, due_on=date(2026, 12, 18), at=NOW)
    actions.complete_action(done, by=p.owner, outcome="Done.", at=NOW)
    db.session.commit()
    auth.login(p.lead)
    html = client.get(f"/inputs/{routed.id}/link-action").get_data(as_text=True)
    assert "Brief supply agencies (Olu Owner, 18 December 2026)" in html and "Old survey" not in html
    html = client.submit(f"/inputs/{routed.id}/link-action", {"action": ""}).get_data(as_text=True)
    assert "Choose the action that answers this input" in html
    page = client.submit(f"/inputs/{routed.id}/link-action", {"action": str(open_action.id)}, follow_redirects=True)
    assert "Linked “Brief supply agencies”" in page.get_data(as_text=True)
    page = client.submit(f"/inputs/{routed.id}/actions/{open_action.id}/unlink", {}, form_url=f"/inputs/{routed.id}",
                         follow_redirects=True)
    assert "is no longer linked to this input" in page.get_data(as_text=True)


def test_a_new_action_for_input_follows_the_rules_of_every_action(client, auth, partnership, routed):
    inclusion = db.session.scalar(db.select(Tag).where(Tag.kind == "priority", Tag.name == "Inclusion"))
    auth.login(partnership.lead)
    html = client.submit(f"/inputs/{routed.id}/new-action", {"title": "", "owner": "", "group": str(partnership.workstream.id),
                                                             "due_kind": "date"}).get_data(as_text=True)
    assert "Enter what needs to be done" in html and "Choose the person who owns this action" in html
    page = client.submit(f"/inputs/{routed.id}/new-action", {
        "title": "Brief supply agencies", "owner": str(partnership.owner.id),
        "group": str(partnership.workstream.id), "due_kind": "next_meeting", "priorities": [str(inclusion.id)]},
        follow_redirects=True)
    assert "It is linked to this input" in page.get_data(as_text=True)
    [action] = db.session.get(Input, routed.id).actions
    assert action.due_at_next_meeting_of_id == partnership.workstream.id
    assert [tag.name for tag in action.tags] == ["Inclusion"]


def test_an_answer_needs_words_and_is_given_once(partnership, routed, outbox):
    with pytest.raises(DomainError, match="Enter your answer: what was done, or why it cannot be done"):
        operations.answer_input(routed, by=partnership.lead, response=" ", at=NOW)
    operations.answer_input(routed, by=partnership.lead, response="Agencies now brief every supply teacher.", at=NOW)
    with pytest.raises(DomainError, match="already been answered"):
        operations.answer_input(routed, by=partnership.lead, response="Again", at=NOW)
    with pytest.raises(DomainError, match="already been answered"):
        operations.route_input(routed, group=partnership.board, by=partnership.chair, at=NOW)
    db.session.commit()
    assert len(outbox("input_answered")) == 1


def test_input_can_be_answered_directly_without_a_group(client, auth, partnership, raised, outbox):
    auth.login(partnership.chair)
    html = client.submit(f"/inputs/{raised.id}/answer", {"response": "", "version": str(raised.version)}).get_data(as_text=True)
    assert "Enter your answer: what was done, or why it cannot be done" in html
    page = client.submit(f"/inputs/{raised.id}/answer", {"response": "The Local Offer page now lists clubs.",
                                                        "version": str(raised.version)}, follow_redirects=True)
    assert "Your answer is sent" in page.get_data(as_text=True)
    answered = db.session.get(Input, raised.id)
    assert answered.status == InputStatus.ANSWERED and answered.first_response_at is not None
    assert len(outbox("input_answered")) == 1


# --- who may see and route input -----------------------------------------------------------------

# (person, may see the input's page, may route it): for a champion's input not yet passed to a group,
# and for the same input once it is with the workstream.
UNROUTED = {"champion": (True, False), "other_champion": (False, False), "chair": (True, True), "lead": (True, True),
            "secretary": (False, False), "owner": (False, False), "member": (False, False), "admin": (True, True)}
ROUTED = {"champion": (True, False), "other_champion": (False, False), "chair": (False, False), "lead": (True, True),
          "secretary": (False, False), "owner": (False, False), "member": (False, False), "admin": (True, True)}


@pytest.mark.parametrize("who", sorted(UNROUTED))
@pytest.mark.parametrize("with_group", [False, True], ids=["unrouted", "routed"])
def test_who_may_see_and_route_input(client, auth, partnership, raised, who, with_group):
    if with_group:
        operations.route_input(raised, group=partnership.workstream, by=partnership.chair, at=NOW)
        db.session.commit()
    may_see, may_route = (ROUTED if with_group else UNROUTED)[who]
    auth.login(getattr(partnership, who))
    page = client.get(f"/inputs/{raised.id}")
    assert page.status_code == (200 if may_see else 404)
    if may_see:
        html = page.get_data(as_text=True)
        assert ("What to do with it" in html) == may_route
        assert ("Who raised it" in html) == may_route  # who raised it, and how to reach them, is for routers
    expected = 200 if may_route else (403 if may_see else 404)
    for url in ("route", "answer", "link-action", "new-action", "publish"):
        status = client.get(f"/inputs/{raised.id}/{url}").status_code
        assert status == expected or (url == "new-action" and status == 403 and may_route), (url, status)


def test_signed_out_people_are_sent_to_sign_in(client, raised):
    for url in ("/inputs", "/my-input", f"/inputs/{raised.id}", f"/inputs/{raised.id}/route", "/inputs/figures"):
        assert client.get(url).status_code == 302


def test_champions_use_my_input_not_the_routing_list(client, auth, partnership, raised):
    auth.login(partnership.champion)
    assert client.get("/inputs").status_code == 403
    assert client.get("/inputs/figures").status_code == 403


def test_the_list_shows_each_router_only_the_input_they_may_see(client, auth, partnership, raised, make_meeting):
    p = partnership
    meeting = make_meeting(p.board, date(2026, 11, 10))
    at_board = operations.record_meeting_input(meeting=meeting, by=p.secretary, what="Respite at Christmas", at=NOW)
    db.session.commit()
    auth.login(p.lead)
    html = client.get("/inputs").get_data(as_text=True)
    assert "Supply teachers need autism awareness." in html and "Respite at Christmas" not in html
    auth.logout()
    auth.login(p.secretary)
    html = client.get("/inputs").get_data(as_text=True)
    assert "Respite at Christmas" in html and "Supply teachers" not in html
    html = client.get("/inputs?status=answered").get_data(as_text=True)
    assert "Respite at Christmas" not in html and "No input matches these choices" in html
    html = client.get(f"/inputs?group={p.board.id}&status=received").get_data(as_text=True)
    assert "Respite at Christmas" in html and at_board.contributor_label in html
