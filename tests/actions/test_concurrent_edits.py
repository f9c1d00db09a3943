"""Two people changing one action at once: the second save is refused with what changed, nothing
typed is lost, and no update is lost. On both databases."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.orm import Session

from tests.conftest import PASSWORD, VERSION, FormClient, IsolatedClient
from tracker.actions import operations
from tracker.actions.models import Action, ActionStatus, ActionUpdate
from tracker.core.dates import local_today
from tracker.extensions import db


def _browser(app, person) -> FormClient:
    """A separate browser, signed in as `person`."""
    app.test_client_class = IsolatedClient
    browser = FormClient(app.test_client())
    browser.submit("/sign-in", {"email": person.email, "password": PASSWORD})
    return browser


def _form_version(page: str) -> str:
    return VERSION.search(page).group(1)


@pytest.fixture
def action(app, team):
    made = operations.create_action(title="Write the transition guide", owner=team.owner, group=team.group,
                                    by=team.chair, today=local_today(), due_on=local_today() + timedelta(days=10))
    db.session.commit()
    return made


def test_two_people_saving_one_action_keeps_both_and_tells_the_second(app, team, action):
    owner, chair = _browser(app, team.owner), _browser(app, team.chair)
    owner_form = owner.get(f"/actions/{action.id}/update").get_data(as_text=True)
    chair_form = chair.get(f"/actions/{action.id}/due-date").get_data(as_text=True)
    new_due = action.due_on + timedelta(days=28)

    first = chair.submit(f"/actions/{action.id}/due-date", {
        "version": _form_version(chair_form), "reason": "The Board gave more time",
        "new_due_on": [str(new_due.day), str(new_due.month), str(new_due.year)]})
    assert first.status_code == 302

    second = owner.submit(f"/actions/{action.id}/update", {
        "version": _form_version(owner_form), "note": "Draft shared with the parent carer forum"})
    page = second.get_data(as_text=True)
    assert second.status_code == 200
    assert "Someone else saved this action while you were editing it" in page
    assert "Cara Chair changed due date" in page and "The Board gave more time" in page
    assert "Draft shared with the parent carer forum" in page  # what the owner typed is still there

    again = owner.submit(f"/actions/{action.id}/update", {
        "version": _form_version(page), "note": "Draft shared with the parent carer forum"})
    assert again.status_code == 302
    db.session.expire_all()
    notes = db.session.scalars(db.select(ActionUpdate.note).order_by(ActionUpdate.id)).all()
    assert notes == ["The Board gave more time", "Draft shared with the parent carer forum"]
    assert db.session.get(Action, action.id).due_on == new_due


def test_a_save_that_lands_between_the_check_and_the_write_is_refused_too(app, team, action, engine_name):
    """The other person's save commits after this request checked the version but before it
    wrote: the database's version check (version_id_col) refuses the write, and the page says so.
    SQLite cannot interleave like this (the request holds the write lock from its first read),
    so this race exists only on PostgreSQL."""
    if engine_name != "postgresql":
        pytest.skip("SQLite serialises the two saves; the form's version check covers it there")
    owner = _browser(app, team.owner)
    form = owner.get(f"/actions/{action.id}/complete").get_data(as_text=True)
    other = create_engine(db.engine.url.render_as_string(hide_password=False))
    interleaved = []

    def someone_else_saves_first(session, flush_context, instances):
        if interleaved or not any(isinstance(obj, Action) for obj in session.dirty):
            return
        interleaved.append(True)
        with other.begin() as connection:
            connection.execute(text("UPDATE actions SET version = version + 1, status = 'cannot_be_done', "
                                    "explanation = 'The funding was withdrawn' WHERE id = :id"), {"id": action.id})

    event.listen(Session, "before_flush", someone_else_saves_first)
    try:
        response = owner.submit(f"/actions/{action.id}/complete", {
            "version": _form_version(form), "outcome": "Guide published"})
    finally:
        event.remove(Session, "before_flush", someone_else_saves_first)
        other.dispose()
    page = response.get_data(as_text=True)
    assert interleaved and response.status_code == 200
    assert "Someone else saved this action while you were editing it" in page and "Guide published" in page
    db.session.expire_all()
    saved = db.session.get(Action, action.id)
    assert (saved.status, saved.outcome) == (ActionStatus.CANNOT_BE_DONE, "")


def test_pressing_post_twice_says_your_own_update_was_saved_not_someone_elses(app, team, action):
    """On a slow phone signal the owner presses "Post the update" again and sees the second answer: it
    says the first was saved, by them, not that someone else changed the action."""
    owner = _browser(app, team.owner)
    form = owner.get(f"/actions/{action.id}/update").get_data(as_text=True)
    sent = {"version": _form_version(form), "note": "Draft shared with the parent carer forum",
            "csrf_token": owner.csrf_token(f"/actions/{action.id}/update")}
    assert owner.post(f"/actions/{action.id}/update", data=sent).status_code == 302
    again = owner.post(f"/actions/{action.id}/update", data=sent)
    page = " ".join(again.get_data(as_text=True).split())
    assert again.status_code == 200
    assert "Someone else" not in page
    assert "You already saved this action, from another page or by pressing the button twice" in page
    assert "What you saved" in page and "Note: <span class=\"tracker-notes\">Draft shared with the parent" in page
    assert re.search(r"</span>: You \w", page)  # not their own name
    db.session.expire_all()
    assert db.session.scalars(db.select(ActionUpdate.note)).all() == ["Draft shared with the parent carer forum"]
