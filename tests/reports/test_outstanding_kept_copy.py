"""The outstanding list's kept copy (tracker/core/page_cache.py): served again only while nothing
on it has changed, never to anyone else, never past a change to who may see it."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from tracker.core import page_cache, stamps
from tracker.core.stamps import current_stamp
from tracker.extensions import db
from tracker.nudges.models import OutboxEmail
from tracker.people.models import User
from tracker.reports import views as report_views

LIST = "/reports/outstanding?overdue=y&sort=due"
NONCE = re.compile(r' nonce="[^"]*"')


@pytest.fixture
def chair(chair, client):
    client.get("/")  # the first page after signing in gives the session its CSRF secret
    return chair


def statements_of(request) -> list[str]:
    """The SQL statements a request sends (SQLite's explicit BEGIN left out)."""
    sent = []

    def record(_connection, _cursor, statement, *_rest):
        if not statement.startswith("BEGIN"):
            sent.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        request()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return sent


def view_kept(client, url: str = LIST):
    """View `url` and check it was served from the kept copy (only the stamp read)."""
    responses = []
    sent = statements_of(lambda: responses.append(client.get(url)))
    assert len(sent) == 1 and "change_stamps" in sent[0], "expected the kept copy"
    return responses[0]


def test_a_second_view_is_the_kept_copy_and_reads_only_the_change_stamp(client, chair, make_action, today):
    make_action(title="Publish the Local Offer refresh", due=today - timedelta(days=3))
    first = client.get(LIST)
    responses = []
    sent = statements_of(lambda: responses.append(client.get(LIST)))
    second = responses[0]
    assert second.status_code == 200
    assert NONCE.sub("", second.text) == NONCE.sub("", first.text)
    assert "Publish the Local Offer refresh" in second.text
    assert len(sent) == 1 and "change_stamps" in sent[0]  # not the person, the filter choices, the actions


def test_a_kept_copy_carries_this_response_s_script_nonce(client, chair, make_action, today):
    make_action(due=today - timedelta(days=3))
    client.get(LIST)
    for _ in range(2):
        kept = client.get(LIST)
        policy_nonce = re.search(r"'nonce-([^']+)'", kept.headers["Content-Security-Policy"]).group(1)
        assert NONCE.findall(kept.text) == [f' nonce="{policy_nonce}"']  # GOV.UK Frontend's one inline script runs


@pytest.mark.parametrize("change", ["title", "owner name", "organisation", "group", "update", "closed", "new action"])
def test_any_change_to_what_the_list_shows_is_there_on_the_next_view(
        client, chair, make_action, make_organisation, add_update, today, change):
    action = make_action(title="Agree the assessment timeliness plan", due=today - timedelta(days=5))
    action.owner.organisation = make_organisation(name="Health")
    db.session.commit()
    assert "Agree the assessment timeliness plan" in client.get(LIST).text
    assert "Agree the assessment timeliness plan" in view_kept(client).text

    if change == "title":
        action.title, expected = "Agree the EHCP timeliness recovery plan", "timeliness recovery plan"
    elif change == "owner name":
        action.owner.name, expected = "Priya Shah-Okafor", "Priya Shah-Okafor"
    elif change == "organisation":
        action.owner.organisation.name, expected = "NHS Integrated Care Board", "NHS Integrated Care Board"
    elif change == "group":
        action.group.name, expected = "Preparing for Adulthood workstream", "Preparing for Adulthood workstream"
    elif change == "update":
        add_update(action, "Draft shared with the parent carer forum.", today)
        expected = "Draft shared with the parent carer forum."
    elif change == "closed":
        action.status, expected = "completed", None
    else:
        make_action(title="Review the transport policy", due=today - timedelta(days=1))
        expected = "Review the transport policy"
    db.session.commit()

    page = client.get(LIST).text
    if expected is None:
        assert "Agree the assessment timeliness plan" not in page  # closed: no longer outstanding
    else:
        assert expected in page


def test_an_update_posted_through_the_pages_shows_on_the_next_view(client, make_action, make_person, auth, today):
    owner = make_person(role="lead", name="Sam Lead")
    action = make_action(owner=owner, title="Map the short breaks offer", due=today - timedelta(days=2))
    auth.login(owner)
    client.get("/")
    assert "Map the short breaks offer" in client.get(LIST).text
    view_kept(client)
    form = client.get(f"/actions/{action.id}/update").text
    version = re.search(r'name="version"[^>]*value="(\d+)"|value="(\d+)"[^>]*name="version"', form)
    response = client.submit(f"/actions/{action.id}/update", {
        "version": next(found for found in version.groups() if found), "note": "Families asked for a map by area."})
    assert response.status_code == 302
    assert "Families asked for a map by area." in client.get(LIST).text


def test_copies_are_not_shared_between_people(client, auth, make_person, make_action, today):
    make_action(due=today - timedelta(days=1))
    first, second = make_person(role="chair", name="Alex Chair"), make_person(role="chair", name="Bo Chair")
    auth.login(first)
    client.get("/")
    client.get(LIST)
    assert "Alex Chair" in view_kept(client).text
    auth.logout()
    auth.login(second)
    page = client.get(LIST).text
    assert "Bo Chair" in page and "Alex Chair" not in page


def test_a_deactivated_person_is_not_served_the_kept_copy(client, chair, make_action, today):
    make_action(title="Commission a sufficiency review", due=today - timedelta(days=1))
    client.get(LIST)
    assert "Commission a sufficiency review" in view_kept(client).text
    chair.is_active = False
    db.session.commit()
    response = client.get(LIST)
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]


def test_someone_made_a_champion_is_refused_at_once(client, chair, make_action, today):
    make_action(title="Internal detail for staff", due=today - timedelta(days=1))
    client.get(LIST)
    view_kept(client)
    chair.role = "champion"
    db.session.commit()
    response = client.get(LIST)
    assert response.status_code == 403 and "Internal detail for staff" not in response.text


def test_the_sign_out_button_on_a_kept_copy_signs_out(client, chair, make_action, today):
    make_action(due=today - timedelta(days=1))
    client.get(LIST)
    kept = view_kept(client).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', kept).group(1)
    response = client.post("/sign-out", data={"csrf_token": token})
    assert response.status_code in (302, 303)
    assert client.get(LIST).status_code == 302  # signed out: sent to sign in


def test_a_copy_of_the_cookie_taken_before_sign_out_is_not_served_the_kept_copy(client, chair, make_action, today):
    make_action(title="Internal detail for staff", due=today - timedelta(days=1))
    client.get(LIST)
    view_kept(client)
    copied = client.get_cookie("session").value
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get(LIST).text).group(1)
    client.post("/sign-out", data={"csrf_token": token})
    client.set_cookie("session", copied)
    response = client.get(LIST)
    assert response.status_code == 302 and "Internal detail for staff" not in response.text


def test_another_browser_with_a_copied_session_is_not_served_the_kept_copy(client, chair, make_action, today,
                                                                            count_queries):
    make_action(due=today - timedelta(days=1))
    client.get(LIST)
    view_kept(client)
    with count_queries() as counted:
        assert client.get(LIST, headers={"User-Agent": "Another browser"}).status_code == 200
    assert counted.count > 1  # drawn afresh, with sign-in's own checks, as for any other page


def test_a_message_to_show_once_is_shown_once(client, chair, make_action, today):
    make_action(due=today - timedelta(days=1))
    client.get(LIST)
    view_kept(client)
    with client.session_transaction() as session:
        session["_flashes"] = [("success", "Filters saved for the Board")]
    assert "Filters saved for the Board" in client.get(LIST).text
    assert "Filters saved for the Board" not in client.get(LIST).text


def test_a_page_with_a_filter_error_is_drawn_every_time(client, chair, make_action, today, count_queries):
    make_action(due=today - timedelta(days=1))
    bad = "/reports/outstanding?due_from=31&due_from=2&due_from=2026"
    assert "There is a problem" in client.get(bad).text
    with count_queries() as counted:
        assert "There is a problem" in client.get(bad).text
    assert counted.count > 1


def test_the_next_day_the_list_is_drawn_again(client, chair, make_action, today, monkeypatch):
    make_action(title="Due tomorrow", due=today + timedelta(days=1))
    client.get(LIST)
    assert "Due tomorrow" not in view_kept(client).text  # not overdue yet
    later = today + timedelta(days=7)
    monkeypatch.setattr(page_cache, "local_today", lambda: later)
    monkeypatch.setattr(report_views, "local_today", lambda: later)
    assert "Due tomorrow" in client.get(LIST).text  # a week on: overdue


def test_the_stamp_moves_with_a_committed_change_only(app, make_action, make_person):
    action = make_action()
    db.session.commit()
    before = current_stamp()
    assert before

    action.title = "Changed, then thought better of"
    db.session.flush()
    db.session.rollback()
    assert current_stamp() == before  # rolled back with the change it was renewed for

    db.session.add(OutboxEmail(kind="nudge", recipient_email="someone@example.org", subject="Reminder",
                               body_text="Hello", dedupe_key="kept-copy-test"))
    db.session.commit()
    assert current_stamp() == before  # bookkeeping is on no page

    make_person(name="Someone new")
    db.session.commit()
    assert current_stamp() != before


def test_a_transaction_still_open_holds_up_no_other_writer(app, engine_name, make_person):
    """The stamp's row is written as a transaction commits, so a long one (a nudge run, an import)
    does not hold its lock while others wait to save."""
    if engine_name != "postgresql":
        pytest.skip("SQLite lets one writer at a time in any case")
    first, second = make_person(name="Pat Lead"), make_person(name="Robin Owner")
    db.session.commit()
    before = current_stamp()
    db.session.commit()

    long_running = db.session.session_factory()  # the app's own sessions, as a job's would be
    try:
        long_running.get(User, first.id).name = "Pat Lead-Smith"
        long_running.flush()  # written, not yet committed
        with db.session.session_factory() as quick:
            quick.execute(text("SET lock_timeout = '5s'"))
            quick.get(User, second.id).name = "Robin Owner-Jones"
            quick.commit()  # with the stamp locked from the first flush, this waited and failed
        after_quick = current_stamp()
        db.session.commit()
        long_running.commit()
    finally:
        long_running.close()
    assert before != after_quick != current_stamp()  # each commit renewed it
    assert {person.name for person in db.session.scalars(db.select(User))} >= {"Pat Lead-Smith", "Robin Owner-Jones"}


def test_the_stamp_listens_to_the_app_s_own_sessions_only_and_once(app, make_person):
    """Bound in init_app to Flask-SQLAlchemy's session, not to SQLAlchemy's global Session class:
    another library's session in the same process is left alone, and making more apps (as the
    tests do) does not bind the listeners twice."""
    from tracker import create_app

    create_app(SQLALCHEMY_DATABASE_URI=app.config["SQLALCHEMY_DATABASE_URI"])
    for name, listener in (("after_flush", stamps._note_changes),
                           ("before_commit", stamps._renew_at_commit)):
        assert event.contains(db.session, name, listener)
        assert not event.contains(Session, name, listener)
    assert list(db.session().dispatch.before_commit).count(stamps._renew_at_commit) == 1
    person = make_person(name="Sam Stamp")
    db.session.commit()
    before = current_stamp()
    # A plain SQLAlchemy session (not the app's), on the test's connection.
    with Session(bind=db.session.connection(), join_transaction_mode="create_savepoint") as other:
        other.get(User, person.id).name = "Sam Stamp-Other"
        other.commit()
    assert current_stamp() == before
    db.session.get(User, person.id).name = "Sam Stamp-Again"
    db.session.commit()
    assert current_stamp() != before


def test_a_kept_copy_is_kept_with_its_acronyms_spelled_out_once(client, chair, make_action, today, monkeypatch):
    """The copy is kept as it was sent, so a reload is not spelled out again (about 1 ms a view)."""
    from tracker.core import plain_english

    make_action(title="Check EHCP timeliness with the SENCO network", due=today - timedelta(days=3))
    first = client.get(LIST)
    spelled = []
    monkeypatch.setattr(plain_english, "spell_out_in_page", lambda page: spelled.append(page) or page)
    second = view_kept(client)
    assert spelled == []
    assert NONCE.sub("", second.text) == NONCE.sub("", first.text)
    assert second.text.count("education, health and care plan (EHCP)") == 1
