"""Following an action: anyone who may see it can follow it from its page; owners, and the chair
of a group whose action is escalated, follow it automatically."""
from __future__ import annotations

from datetime import date, timedelta

from tracker.actions import operations as actions
from tracker.core.dates import local_today
from tracker.extensions import db
from tracker.nudges.jobs import run_daily_nudges
from tracker.nudges.notifications import ActionFollow, is_following


def followers(action) -> set[int]:
    return set(db.session.scalars(db.select(ActionFollow.person_id).where(ActionFollow.action_id == action.id)))


def test_a_colleague_follows_and_stops_following_from_the_action_page(client, auth, make_person, make_action):
    colleague = make_person(name="Kim Colleague")
    action = make_action()
    auth.login(colleague)
    page = client.get(f"/actions/{action.id}").get_data(as_text=True)
    assert "Follow<span class=\"govuk-visually-hidden\"> this action</span>" in page
    response = client.submit(f"/actions/{action.id}/follow", {"follow": "yes"}, form_url=f"/actions/{action.id}")
    assert response.status_code == 302
    assert is_following(action, colleague)
    page = client.get(f"/actions/{action.id}").get_data(as_text=True)
    assert "You follow this action" in page and "Stop following" in page
    client.submit(f"/actions/{action.id}/follow", {"follow": "no"}, form_url=f"/actions/{action.id}")
    db.session.expire_all()
    assert not is_following(action, colleague)


def test_following_needs_the_form_token_and_permission_to_see_the_action(client, auth, make_person, make_action):
    action = make_action()
    champion = make_person(role="champion")  # champions see only the actions they own
    auth.login(champion)
    assert client.post(f"/actions/{action.id}/follow", data={"follow": "yes"}).status_code == 400  # no CSRF token
    token = client.csrf_token("/my-actions")
    response = client.post(f"/actions/{action.id}/follow", data={"follow": "yes", "csrf_token": token})
    assert response.status_code == 404
    assert followers(action) == set()


def test_owners_follow_the_actions_raised_for_or_passed_to_them(make_person, make_group):
    lead, first, second = make_person(role="lead"), make_person(), make_person()
    group = make_group(lead=lead)
    action = actions.create_action(title="Review the offer", owner=first, group=group, by=lead,
                                   today=local_today(), due_on=local_today() + timedelta(days=10))
    assert followers(action) == {first.id}
    actions.reassign_action(action, by=lead, new_owner=second, note="Second leads it now", at=action.created_at)
    assert followers(action) == {first.id, second.id}


def test_a_chair_told_of_an_overdue_action_follows_it(make_person, make_group, make_action):
    chair, owner = make_person(role="chair"), make_person()
    group = make_group(chair=chair, escalate_after_working_days=1)
    for person in (chair, owner):
        person.digest_enabled = False
    late = make_action(owner=owner, group=group, due=date(2026, 11, 2))
    db.session.commit()
    run_daily_nudges(date(2026, 11, 23))
    assert chair.id in followers(late)
