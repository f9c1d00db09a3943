"""The one-click update page reached from a nudge email: signed, scoped, expiring, single use, and
never changing anything on GET (mail scanners follow links)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from tracker.actions.models import Action, ActionStatus, ActionUpdate
from tracker.core.dates import format_date, local_today, utcnow
from tracker.core.models import AuditEvent, UsedToken
from tracker.core.signed_links import make_link_token
from tracker.extensions import db
from tracker.nudges.jobs import run_daily_nudges
from tracker.nudges.links import action_link_days, action_link_token
from tracker.people.invitations import INVITATION
from tracker.people.models import Membership


@pytest.fixture
def owner(make_person):
    return make_person(name="Chris Nolan", email="owner@example.org", password=None)


@pytest.fixture
def action(owner, make_action, make_group):
    return make_action(owner=owner, due=date(2026, 11, 20), title="Publish the Local Offer review",
                       group=make_group(name="SEND Board"))


@pytest.fixture
def link(action, owner):
    return f"/act/{action_link_token(action.id, owner.id)}"


def saved_state() -> tuple[int, int, int]:
    count = db.select(db.func.count())
    return (db.session.scalar(count.select_from(ActionUpdate)), db.session.scalar(count.select_from(AuditEvent)),
            db.session.scalar(count.select_from(UsedToken)))


def fresh(action: Action) -> Action:
    db.session.expire_all()
    return db.session.get(Action, action.id)


def test_opening_the_link_and_every_form_changes_nothing(client, action, link):
    before = saved_state()
    page = client.get(link)
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "Publish the Local Offer review" in text and "SEND) Board" in text  # SEND spelled out first
    assert "20 November 2026" in text
    for choice in ("update", "complete", "more-time", "cannot-be-done"):
        assert f'href="{link}/{choice}"' in text
        assert client.get(f"{link}/{choice}").status_code == 200
    assert client.get(f"{link}/done").status_code == 302  # nothing done yet: back to the action
    assert saved_state() == before
    assert fresh(action).status == ActionStatus.NOT_STARTED


def test_posting_an_update_from_the_link(client, action, link, owner):
    response = client.submit(f"{link}/update", {"note": "Waiting on finance sign-off, due Friday"})
    assert response.status_code == 302
    assert response.headers["Location"] == f"{link}/done?did=update"
    action = fresh(action)
    [update] = action.updates
    assert (update.note, update.author_id) == ("Waiting on finance sign-off, due Friday", owner.id)
    assert action.status == ActionStatus.IN_PROGRESS and action.last_progress_at is not None
    change = db.session.scalar(db.select(AuditEvent).where(AuditEvent.entity_type == "action_updates"))
    assert change.actor_id == owner.id  # the audit trail names the owner
    done = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Your update was posted." in done


def test_completing_from_the_link_records_the_outcome(client, action, link):
    client.submit(f"{link}/complete", {"outcome": "Published on the Local Offer site"})
    action = fresh(action)
    assert (action.status, action.outcome) == (ActionStatus.COMPLETED, "Published on the Local Offer site")


def test_completing_without_an_outcome_is_refused_and_the_link_still_works(client, action, link):
    page = client.submit(f"{link}/complete", {"outcome": "  "})
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "<title>Error: " in text and "Enter the outcome: what was done" in text
    assert fresh(action).status == ActionStatus.NOT_STARTED
    assert db.session.scalar(db.select(db.func.count()).select_from(UsedToken)) == 0
    assert client.submit(f"{link}/complete", {"outcome": "Done after all"}).status_code == 302


def test_asking_for_more_time_moves_the_date_with_the_reason(client, action, link):
    new_due = local_today() + timedelta(days=21)  # the form takes only a date still to come
    client.submit(f"{link}/more-time", {"new_due_on": [str(new_due.day), str(new_due.month), str(new_due.year)],
                                        "reason": "Finance sign-off slipped"})
    action = fresh(action)
    assert (action.due_on, action.original_due_on) == (new_due, date(2026, 11, 20))
    assert action.updates[0].note == "Finance sign-off slipped"


def test_more_time_needs_a_real_date(client, action, link):
    text = client.submit(f"{link}/more-time", {"new_due_on": ["31", "2", "2027"], "reason": "Slipped"}
                         ).get_data(as_text=True)
    assert "The new due date must be a real date" in text
    assert fresh(action).due_on == date(2026, 11, 20)


def test_asking_for_more_time_refuses_a_date_before_the_current_due_date(client, make_action, owner):
    """An owner on a phone once typed an earlier date under "Move the due date" and saw "The due date
    was changed.": the action was brought forward, against what the choice said it would do."""
    due = local_today() + timedelta(days=14)
    action = make_action(owner=owner, due=due)
    link = f"/act/{action_link_token(action.id, owner.id)}"
    earlier = due - timedelta(days=5)
    text = client.submit(f"{link}/more-time", {"new_due_on": [str(earlier.day), str(earlier.month), str(earlier.year)],
                                               "reason": "Waiting for the data"}).get_data(as_text=True)
    assert "Enter a date after the current due date" in text and "can only move later" in text
    assert '<p id="new_due_on-error" class="govuk-error-message">' in text  # at its field, not only in the summary
    assert fresh(action).due_on == due


def test_an_earlier_date_can_still_be_set_from_the_action_page(client, auth, make_action, make_person):
    """Moving the date (not asking for more time) may bring it forward: the Board can agree that."""
    due = local_today() + timedelta(days=14)
    action = make_action(due=due)
    auth.login(make_person(role="admin"))
    earlier = due - timedelta(days=5)
    client.submit(f"/actions/{action.id}/due-date", {"new_due_on": [str(earlier.day), str(earlier.month), str(earlier.year)],
                                                   "reason": "The Board needs it sooner", "version": str(action.version)})
    assert fresh(action).due_on == earlier


def test_the_link_and_the_action_page_refuse_an_empty_request_for_more_time_alike(client, auth, action, link,
                                                                                 make_person):
    """The link's form is the action page's form: the same fields and the same messages, all at once."""
    on_the_link = client.submit(f"{link}/more-time", {"new_due_on": ["", "", ""], "reason": ""}).get_data(as_text=True)
    auth.login(make_person(role="admin"))
    on_the_page = client.submit(f"/actions/{action.id}/due-date",
                                {"new_due_on": ["", "", ""], "reason": "", "version": str(action.version)}
                                ).get_data(as_text=True)
    for text in (on_the_link, on_the_page):
        assert "Enter the new due date, for example 27 3 2026" in text
        assert "Explain why the due date is moving" in text
    assert fresh(action).due_on == date(2026, 11, 20)


def test_saying_it_cannot_be_done_needs_the_explanation(client, action, link):
    text = client.submit(f"{link}/cannot-be-done", {"explanation": ""}).get_data(as_text=True)
    assert "Explain clearly why this cannot be done" in text
    client.submit(f"{link}/cannot-be-done", {"explanation": "The funding was withdrawn"})
    action = fresh(action)
    assert (action.status, action.explanation) == (ActionStatus.CANNOT_BE_DONE, "The funding was withdrawn")


def test_a_link_works_once(client, action, link):
    token = client.csrf_token(f"{link}/update")
    assert client.post(f"{link}/update", data={"csrf_token": token, "note": "First"}).status_code == 302
    again = client.post(f"{link}/update", data={"csrf_token": token, "note": "Replayed"})
    assert again.status_code == 410
    assert "This link has already been used" in again.get_data(as_text=True)
    assert [update.note for update in fresh(action).updates] == ["First"]
    assert client.get(link).status_code == 410


IN_THREE_WEEKS = local_today() + timedelta(days=21)  # the form takes only a date still to come


@pytest.mark.parametrize("choice, data, said", [
    ("update", {"note": "Waiting on finance sign-off"}, "to post this update: “Waiting on finance sign-off”"),
    ("complete", {"outcome": "Published on the site"}, "to mark the action as completed: “Published on the site”"),
    ("cannot-be-done", {"explanation": "The funding was withdrawn"},
     "to close the action as cannot be done: “The funding was withdrawn”"),
    ("more-time", {"new_due_on": [str(IN_THREE_WEEKS.day), str(IN_THREE_WEEKS.month), str(IN_THREE_WEEKS.year)],
                   "reason": "Finance slipped"},
     f"to move the due date to {format_date(IN_THREE_WEEKS)}, because: “Finance slipped”"),
], ids=["update", "complete", "cannot be done", "more time"])
def test_pressing_the_button_twice_says_the_first_press_was_saved(client, action, link, choice, data, said):
    """On a slow phone signal the owner presses again, and their browser shows the second answer:
    it says what the first press saved, so they do not sign in and write it all again."""
    token = client.csrf_token(f"{link}/{choice}")
    first = client.post(f"{link}/{choice}", data={"csrf_token": token, **data})
    again = client.post(f"{link}/{choice}", data={"csrf_token": token, **data})
    assert (first.status_code, again.status_code) == (302, 410)
    text = " ".join(again.get_data(as_text=True).split())
    assert "This link has already been used" in text
    assert f"{said}. That was saved, so there is nothing more to do." in text.replace("&#34;", '"')
    assert len(fresh(action).updates) == 1
    assert said in " ".join(client.get(link).get_data(as_text=True).split())  # the link opened again later


def test_an_expired_link_is_refused(client, action, owner):
    life = timedelta(days=action_link_days())
    old = action_link_token(action.id, owner.id, issued_at=utcnow() - life - timedelta(minutes=1))
    response = client.get(f"/act/{old}")
    assert response.status_code == 410
    text = response.get_data(as_text=True)
    assert "This link has expired" in text
    assert f"Links in reminder emails work for {action_link_days()} days." in text
    recent = action_link_token(action.id, owner.id, issued_at=utcnow() - life + timedelta(hours=1))
    assert client.get(f"/act/{recent}").status_code == 200


def test_the_link_lifetime_comes_from_config_and_the_page_says_it(app, client, action, owner):
    app.config["ACTION_LINK_DAYS"] = 3
    try:
        three_days_ago = action_link_token(action.id, owner.id, issued_at=utcnow() - timedelta(days=3, minutes=1))
        response = client.get(f"/act/{three_days_ago}")
        assert response.status_code == 410
        assert "Links in reminder emails work for 3 days." in response.get_data(as_text=True)
    finally:
        app.config["ACTION_LINK_DAYS"] = 14


def test_a_used_link_stays_used_for_all_of_a_longer_configured_life(app, client, action, owner):
    """With ACTION_LINK_DAYS above 30, the daily job forgot a spent link's record after 30 days while
    the link itself still worked: a forwarded or old email could post a second time."""
    app.config["ACTION_LINK_DAYS"] = 45
    try:
        issued = utcnow() - timedelta(days=35)
        link = f"/act/{action_link_token(action.id, owner.id, issued_at=issued)}"
        client.submit(f"{link}/update", {"note": "Asked the schools"})
        db.session.execute(db.update(UsedToken).values(used_at=issued))  # used the day it came
        db.session.commit()
        run_daily_nudges(local_today())
        response = client.get(link)
        assert response.status_code == 410 and "This link has already been used" in response.get_data(as_text=True)
    finally:
        app.config["ACTION_LINK_DAYS"] = 14


@pytest.mark.parametrize("spoil", [
    lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),  # signature changed
    lambda token: ("x" if token[0] != "x" else "y") + token[1:],  # payload changed
    lambda token: token[: len(token) // 2],  # cut short
])
def test_a_tampered_link_is_refused(client, action, link, spoil):
    token = link.removeprefix("/act/")
    response = client.get(f"/act/{spoil(token)}")
    assert response.status_code == 404
    assert "This link does not work" in response.get_data(as_text=True)


def test_a_link_made_for_something_else_is_refused(client, action, owner):
    invitation = make_link_token(INVITATION, action=action.id, owner=owner.id)
    assert client.get(f"/act/{invitation}").status_code == 404


def test_someone_else_signed_in_cannot_use_the_owners_link(client, auth, action, link, make_person):
    colleague = make_person(name="Pat Colleague")
    auth.login(colleague)
    response = client.get(link)
    assert response.status_code == 403
    assert "This link was sent to someone else" in response.get_data(as_text=True)
    token = client.csrf_token("/account/email-settings")
    refused = client.post(f"{link}/update", data={"csrf_token": token, "note": "Not mine"})
    assert refused.status_code == 403
    assert fresh(action).updates == []


def test_a_link_stops_working_when_the_action_is_reassigned(client, action, link, make_person):
    action.owner = make_person(name="New Owner", password=None)
    db.session.commit()
    response = client.get(link)
    assert response.status_code == 410
    assert "This action now has a different owner" in response.get_data(as_text=True)


def test_a_closed_action_shows_its_status_and_offers_nothing(client, action, link):
    action.status = ActionStatus.COMPLETED
    action.outcome = "Done"
    db.session.commit()
    text = client.get(link).get_data(as_text=True)
    assert "This action is closed: completed" in text
    assert f"{link}/update" not in text
    assert client.get(f"{link}/update").headers["Location"] == link


def test_the_form_needs_its_csrf_token(client, action, link):
    assert client.post(f"{link}/update", data={"note": "No token"}).status_code == 400
    assert fresh(action).updates == []


# --- the chair's link, from an escalation --------------------------------------------------------


@pytest.fixture
def chair(action, make_person):
    chair = make_person(name="Jordan Reid", email="chair@example.org", password=None)
    db.session.add(Membership(person=chair, group=action.group, group_role="chair"))
    db.session.commit()
    return chair


def test_the_chairs_link_updates_the_action_as_the_chair_not_the_owner(client, action, owner, chair):
    link = f"/act/{action_link_token(action.id, owner.id, sent_to=chair.id)}"
    page = client.get(link).get_data(as_text=True)
    assert "Publish the Local Offer review" in page and "Chris Nolan" in page  # the owner is named
    response = client.submit(f"{link}/update", {"note": "Chased Chris: the draft is with finance"})
    assert response.status_code == 302
    [update] = fresh(action).updates
    assert update.author_id == chair.id
    change = db.session.scalar(db.select(AuditEvent).where(AuditEvent.entity_type == "action_updates"))
    assert change.actor_id == chair.id
    assert client.get(response.headers["Location"]).status_code == 200


def test_the_chairs_link_stops_working_once_they_no_longer_chair_the_group(client, action, owner, chair):
    link = f"/act/{action_link_token(action.id, owner.id, sent_to=chair.id)}"
    db.session.execute(db.delete(Membership).where(Membership.person_id == chair.id))
    db.session.commit()
    response = client.get(link)
    assert response.status_code == 410
    assert "This link no longer works" in response.get_data(as_text=True)
    token = client.csrf_token("/have-your-say")
    assert client.post(f"{link}/update", data={"csrf_token": token, "note": "Not any more"}).status_code == 410
    assert fresh(action).updates == []


def test_the_owner_signed_in_cannot_use_the_chairs_link(client, auth, action, make_person):
    owner = make_person(name="Signed In Owner")
    action.owner = owner
    chair = make_person(name="Pat Chair", password=None)
    db.session.add(Membership(person=chair, group=action.group, group_role="chair"))
    db.session.commit()
    auth.login(owner)
    response = client.get(f"/act/{action_link_token(action.id, owner.id, sent_to=chair.id)}")
    assert response.status_code == 403
    assert "The link lets Pat Chair update this action" in response.get_data(as_text=True)
