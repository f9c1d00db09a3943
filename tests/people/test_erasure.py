"""Erasing a person: nothing in any table or the outbox still holds their name or email."""
from sqlalchemy import String, Text, cast, or_, select

from tracker.actions.models import ActionUpdate
from tracker.core.dates import utcnow
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.meetings.models import Attendance
from tracker.nudges.models import OutboxEmail
from tracker.people.models import User


def _where_found(*secrets):
    """(table, column) pairs whose text holds any of the secrets, over every table of the app."""
    found = []
    for table in db.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, (String, Text)):
                target = column
            elif column.type.__class__.__name__ == "JSON":
                target = cast(column, Text)
            else:
                continue
            hit = db.session.scalar(select(table).with_only_columns(column).where(
                or_(*(target.contains(secret) for secret in secrets))).limit(1))
            if hit is not None:
                found.append(f"{table.name}.{column.name}")
    return found


def test_erase_command_leaves_no_trace_of_the_person(app, make_person, make_group, make_action, make_meeting):
    make_person(role="admin")
    person = make_person(name="Priya Shahrazad", email="priya.erase@example.org")
    make_group(members=[person])
    action = make_action(owner=person)
    db.session.add(ActionUpdate(action=action, author_id=person.id, created_at=utcnow(),
                                 note="Priya Shahrazad rang the school"))
    meeting = make_meeting(action.group)
    db.session.add(Attendance(meeting_id=meeting.id, person_id=person.id, name="Priya Shahrazad"))
    db.session.add(OutboxEmail(dedupe_key="erase-1", kind="test", recipient_id=person.id,
                               recipient_email=person.email, recipient_name=person.name,
                               subject="Hello Priya Shahrazad", body_text="Dear Priya Shahrazad"))
    db.session.commit()
    assert _where_found("priya.erase@example.org", "Priya Shahrazad")
    events_before = db.session.scalar(select(db.func.count()).select_from(AuditEvent))

    runner = app.test_cli_runner()
    refused = runner.invoke(args=["people", "erase", "priya.erase@example.org"], input="n\n")
    assert refused.exit_code != 0 and db.session.get(User, person.id).name == "Priya Shahrazad"
    result = runner.invoke(args=["people", "erase", "priya.erase@example.org", "--yes"])
    assert result.exit_code == 0, result.output

    db.session.expire_all()
    assert _where_found("priya.erase@example.org", "Priya Shahrazad") == []
    erased = db.session.get(User, person.id)
    assert erased.name == "a former member" and not erased.is_active
    assert action.owner_id == person.id  # the action keeps its owner, now shown as a former member
    assert db.session.scalar(select(db.func.count()).select_from(AuditEvent)) > events_before


def test_the_last_admin_cannot_be_erased(app, make_person):
    admin = make_person(role="admin", email="only.admin@example.org")
    result = app.test_cli_runner().invoke(args=["people", "erase", "only.admin@example.org", "--yes"])
    assert result.exit_code != 0 and "only admin" in result.output
    assert db.session.get(User, admin.id).email == "only.admin@example.org"


def test_admin_erases_a_person_after_confirming(client, auth, make_person):
    admin = make_person(role="admin")
    person = make_person(name="Tom Fisherman", email="tom.erase@example.org")
    auth.login(admin)
    page = client.get(f"/people/{person.id}/erase").get_data(as_text=True)
    assert "This cannot be undone" in page
    assert db.session.get(User, person.id).name == "Tom Fisherman"  # the page alone erases nothing
    assert client.submit(f"/people/{person.id}/erase", {}).status_code == 302
    db.session.expire_all()
    assert _where_found("tom.erase@example.org", "Tom Fisherman") == []
    refused = client.submit(f"/people/{admin.id}/erase", {}).get_data(as_text=True)
    assert "This is the only admin" in refused
    db.session.expire_all()
    assert db.session.get(User, admin.id).is_active


def test_an_erased_persons_api_token_and_calendar_links_never_work_again(app, make_person):
    """Erasing a person means nobody acts as them again, even if an admin later ticks them active."""
    from tests.api.conftest import ApiClient
    from tests.conftest import IsolatedClient
    from tracker.api.tokens import calendar_feed_token, issue_api_token

    make_person(role="admin")
    person = make_person(email="sam.erase@example.org")
    token, feed = issue_api_token(person), f"/feeds/{calendar_feed_token(person)}/meetings.ics"
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["people", "erase", "sam.erase@example.org", "--yes"])
    assert result.exit_code == 0, result.output
    db.session.get(User, person.id).is_active = True
    db.session.commit()
    app.test_client_class = IsolatedClient
    client = app.test_client()
    assert ApiClient(client, token).get("/api/v1/groups").status_code == 401
    assert client.get(feed).status_code == 404
