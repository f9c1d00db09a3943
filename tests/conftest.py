"""Fixtures: the app on each database engine, a client that sends CSRF tokens, and factories.

Every test that uses `app` runs on SQLite and, when TEST_DATABASE_URL is set, again on
PostgreSQL. Each pytest-xdist worker gets its own database.
"""
from __future__ import annotations

import contextvars
import itertools
import os
import re
import uuid
from datetime import UTC, date, datetime, time, timedelta

import psycopg
import pytest
from flask.globals import _cv_app
from flask.testing import FlaskClient
from flask_migrate import stamp
from sqlalchemy import delete, insert
from sqlalchemy.engine import make_url

from config import TestConfig
from tracker import create_app
from tracker.core.models import Tag
from tracker.core.reference import reference_rows
from tracker.extensions import db, limiter

ENGINES = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_DATABASE_URL") else [])
PASSWORD = "correct horse battery"


# Unique to this pytest run (xdist workers inherit it from the controller), so two runs against one
# PostgreSQL server, say a developer's and CI's, never share or drop each other's databases.
RUN_TAG = os.environ.setdefault("TRACKER_TEST_RUN", uuid.uuid4().hex[:8])


def _admin_url() -> str:
    base = make_url(os.environ["TEST_DATABASE_URL"])
    return base.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)


def fresh_postgres_database(purpose: str) -> str:
    """A new, empty database for `purpose` on the server TEST_DATABASE_URL points at."""
    base = make_url(os.environ["TEST_DATABASE_URL"]).set(drivername="postgresql+psycopg")
    name = f"{base.database or 'test'}_{RUN_TAG}_{purpose}"
    with psycopg.connect(_admin_url(), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return base.set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(url: str) -> None:
    with psycopg.connect(_admin_url(), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')


@pytest.fixture(scope="session", params=ENGINES)
def database_url(request, tmp_path_factory, worker_id):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('sqlite')}/tracker.db"
        return
    url = fresh_postgres_database(worker_id)
    yield url
    drop_postgres_database(url)


@pytest.fixture(scope="session")
def app_for_engine(database_url):
    app = create_app(TestConfig, SQLALCHEMY_DATABASE_URI=database_url)
    with app.app_context():
        db.drop_all()
        db.create_all()
        db.session.execute(insert(Tag), reference_rows())
        db.session.commit()
        stamp(revision="heads")  # the schema is the models', which the migrations match: /healthz checks the stamp
    return app


def wipe_database() -> None:
    """Delete every row except the reference lists, children before parents."""
    db.session.rollback()
    for table in reversed(db.metadata.sorted_tables):
        if table.name != "tags":
            db.session.execute(delete(table))
    db.session.commit()


@pytest.fixture
def app(app_for_engine):
    with app_for_engine.app_context():
        wipe_database()
        limiter.reset()
        yield app_for_engine
        db.session.remove()


@pytest.fixture
def engine_name(app) -> str:
    return db.engine.dialect.name


class FormClient:
    """A test client that fills in the CSRF token from the page, as a browser would."""

    TOKEN = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|'
                       r'type="hidden" name="csrf_token" value="([^"]+)"|'
                       r'name="csrf_token" value="([^"]+)"')

    def __init__(self, client):
        self.client = client

    def __getattr__(self, name):
        return getattr(self.client, name)

    def csrf_token(self, url: str) -> str:
        page = self.client.get(url)
        match = self.TOKEN.search(page.get_data(as_text=True))
        assert match, f"no CSRF token on {url} (status {page.status_code})"
        return next(group for group in match.groups() if group)

    def submit(self, url: str, data: dict | None = None, *, form_url: str | None = None, **kwargs):
        """GET `form_url` (default: `url`) for its token, then POST `data` to `url`."""
        payload = {"csrf_token": self.csrf_token(form_url or url), **(data or {})}
        return self.client.post(url, data=payload, **kwargs)


class IsolatedClient(FlaskClient):
    """Runs each request in its own app context, as a real server does.

    The test's own app context (and its database session) stays apart: the test's pending changes
    are committed first, so a request sees them and no transaction is left holding a lock.
    """

    def open(self, *args, **kwargs):
        db.session.commit()

        def request_in_fresh_context():
            _cv_app.set(None)
            return super(IsolatedClient, self).open(*args, **kwargs)

        return contextvars.copy_context().run(request_in_fresh_context)


@pytest.fixture
def client(app):
    app.test_client_class = IsolatedClient
    return FormClient(app.test_client())


VERSION = re.compile(r'name="version" type="hidden" value="(\d+)"')  # the version a change form carries


def browsers_of(app, *people, password: str = "correct horse battery") -> list[FormClient]:
    """Each person signed in on a browser of their own (edit conflicts need two at once)."""
    app.test_client_class = IsolatedClient
    browsers = [FormClient(app.test_client()) for _person in people]
    for browser, person in zip(browsers, people, strict=True):
        browser.submit("/sign-in", {"email": person.email, "password": password})
    return browsers


def opened(client: FormClient, url: str) -> dict:
    """Open a change form as a browser does: its CSRF token and the version it carries."""
    page = client.get(url).get_data(as_text=True)
    return {"csrf_token": client.csrf_token(url), "version": VERSION.search(page).group(1)}


class AuthActions:
    def __init__(self, client):
        self.client = client

    def login(self, person_or_email, password: str = PASSWORD):
        email = getattr(person_or_email, "email", person_or_email)
        return self.client.submit("/sign-in", {"email": email, "password": password})

    def logout(self):
        return self.client.submit("/sign-out", form_url="/")


@pytest.fixture
def auth(client):
    return AuthActions(client)


# --- factories -----------------------------------------------------------------------------------

_sequence = itertools.count(1)


@pytest.fixture
def make_organisation(app):
    from tracker.people.models import Organisation

    def make(name: str | None = None, **fields) -> Organisation:
        organisation = Organisation(name=name or f"Organisation {next(_sequence)}", **fields)
        db.session.add(organisation)
        db.session.commit()
        return organisation

    return make


@pytest.fixture
def make_person(app):
    from tracker.people.operations import create_person

    def make(role: str = "member", name: str | None = None, email: str | None = None,
             password: str | None = PASSWORD, **fields):
        number = next(_sequence)
        person = create_person(
            email=email or f"person{number}@example.org", name=name or f"Person {number}",
            role=role, password=password, **fields,
        )
        db.session.commit()
        return person

    return make


@pytest.fixture
def make_group(app):
    from tracker.people.models import Group, Membership

    def make(name: str | None = None, chair=None, members=(), secretary=None, lead=None, **fields):
        group = Group(name=name or f"Group {next(_sequence)}", **fields)
        for person, role in [(chair, "chair"), (secretary, "secretary"), (lead, "lead")]:
            if person is not None:
                group.memberships.append(Membership(person=person, group_role=role))
        for person in members:
            group.memberships.append(Membership(person=person, group_role="member"))
        db.session.add(group)
        db.session.commit()
        return group

    return make


def london_today() -> date:
    """The partnership's day now, as the app's local_today() gives it (Europe/London, the tests' TIMEZONE),
    without an app context; date.today() is the machine's day, an hour behind on a summer's late evening."""
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo("Europe/London")).date()


def london_moment(day: date, clock: time = time(14, 0)) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime.combine(day, clock, tzinfo=ZoneInfo("Europe/London")).astimezone(UTC)


@pytest.fixture
def make_meeting(app):
    from tracker.meetings.models import Meeting

    def make(group, day: date | None = None, **fields) -> Meeting:
        meeting = Meeting(group=group, starts_at=london_moment(day or london_today()), **fields)
        db.session.add(meeting)
        db.session.commit()
        return meeting

    return make


@pytest.fixture
def make_action(app, make_person, make_group):
    from tracker.actions.models import Action

    def make(owner=None, due: date | None = None, group=None, title: str | None = None, **fields):
        owner = owner or make_person()
        group = group or make_group()
        due = due if due is not None else london_today() + timedelta(days=14)
        action = Action(
            title=title or f"Action {next(_sequence)}", owner=owner, group=group,
            due_on=due, original_due_on=due, **fields,
        )
        db.session.add(action)
        db.session.commit()
        return action

    return make


class CountedStatements(list):
    """The SQL statements sent while counting; `count` is how many, `reads` the SELECTs among them."""

    @property
    def count(self) -> int:
        return len(self)

    @property
    def reads(self) -> list[str]:
        return [statement for statement in self if statement.lstrip().upper().startswith("SELECT")]


@pytest.fixture
def count_queries(app):
    """The one query counter, for the tests that check a page sends a fixed number of queries
    whatever the number of rows. Two ways to use it:
    `result, sent = count_queries(lambda: client.get(...))`, or
    `with count_queries() as counted: ...` then `counted.count` (or `len(counted)`)."""
    from contextlib import contextmanager

    from sqlalchemy import event

    @contextmanager
    def counting():
        counted = CountedStatements()

        def record(conn, cursor, statement, *args):
            counted.append(statement)

        event.listen(db.engine, "before_cursor_execute", record)
        try:
            yield counted
        finally:
            event.remove(db.engine, "before_cursor_execute", record)

    def count(call=None):
        if call is None:
            return counting()
        with counting() as counted:
            result = call()
        return result, counted.count

    return count


def writing_at_once(app, calls, *, first_write: tuple[str, ...]) -> int:
    """Run each of `calls` in its own thread and app context, each held at its first statement
    starting with one of `first_write` until all have reached theirs, as when two people (or two
    scheduled runs) write at the same moment. Returns how many were held: the race really ran only
    if that is all of them."""
    import threading

    from sqlalchemy import event

    barrier = threading.Barrier(len(calls), timeout=20)
    held: set[int] = set()

    def hold_first_write(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith(first_write) and threading.get_ident() not in held:
            held.add(threading.get_ident())
            barrier.wait()

    def run(call):
        with app.app_context():
            call()

    event.listen(db.engine, "before_cursor_execute", hold_first_write)
    try:
        threads = [threading.Thread(target=run, args=(call,)) for call in calls]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        event.remove(db.engine, "before_cursor_execute", hold_first_write)
    return len(held)
