"""Browser journeys: the app under a real server, Debian's chromium driven by Playwright.

Each pytest worker starts one chromium and, per database engine, one app on its own database
served by werkzeug on a free loopback port, with a test SMTP server (aiosmtpd) for its email.
Every test in this folder is marked `browser`. The journeys are spread over the workers like any
other test (each worker that runs one starts its own browser and servers), so the slowest
journeys do not queue behind each other on one worker.

The test's own database session and the server share the database: a test builds its people and
records with the usual factories (which commit), and `Visitor` commits the test's session again
before each thing the browser does, because SQLite lets one writer in at a time.
"""
from __future__ import annotations

import re
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from playwright.sync_api import expect, sync_playwright
from werkzeug.serving import WSGIRequestHandler, make_server

from config import TestConfig
from tests.browser import checks
from tests.browser.visitor import DESKTOP, FOCUS_VISIBLE, KEYBOARD, MOUSE, NARROWEST, PHONE, Visitor
from tests.conftest import ENGINES, PASSWORD, drop_postgres_database, fresh_postgres_database, wipe_database
from tracker import create_app
from tracker.extensions import db, limiter

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]
HERE = Path(__file__).resolve().parent


# Each journey walks by mouse on SQLite and by keyboard alone on PostgreSQL, rather than all four
# ways: what a journey checks happens in the browser, the same on either database, and every page's
# server side runs on both engines in tests/<domain>. It halves the browser suite's time.
ONE_WAY_PER_ENGINE = {("sqlite", MOUSE), ("postgresql", KEYBOARD)}


def pytest_collection_modifyitems(config, items):
    kept, dropped = [], []
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)
            params = getattr(item, "callspec", None) and item.callspec.params
            if len(ENGINES) > 1 and params and "way" in params and "browser_database_url" in params and (
                    (params["browser_database_url"], params["way"]) not in ONE_WAY_PER_ENGINE):
                dropped.append(item)
                continue
        kept.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


_seconds = []


def pytest_configure(config):
    worker = getattr(config, "workerinput", {})
    checks.RUN = worker.get("testrunuid") or f"{time.time():.0f}"


def pytest_runtest_logreport(report):
    if report.nodeid.startswith("tests/browser/"):
        _seconds.append(report.duration)  # setup, call and teardown


def pytest_sessionfinish(session):
    worker = getattr(session.config, "workerinput", {})
    checks.write_figures(checks.RUN, worker.get("workerid", "main"), sum(_seconds))


# --- the browser ---------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def chromium():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


# --- email ---------------------------------------------------------------------------------------

class Mailbox:
    """What the test SMTP server received, as email.message.Message objects."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        from email import message_from_bytes, policy

        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list:
        return [message for message in self.messages if address in message["To"]]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def smtp_server():
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield controller
    controller.stop()


@pytest.fixture
def mailbox(smtp_server):
    smtp_server.handler.messages.clear()
    return smtp_server.handler


# --- the app under a real server -----------------------------------------------------------------

class _QuietHandler(WSGIRequestHandler):
    def log_request(self, *args, **kwargs):
        pass


@pytest.fixture(scope="session", params=ENGINES)
def browser_database_url(request, tmp_path_factory, worker_id):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('browser')}/tracker.db"
        return
    url = fresh_postgres_database(f"{worker_id}_browser")
    yield url
    drop_postgres_database(url)


@pytest.fixture(scope="session")
def live_server(browser_database_url, smtp_server):
    with serving(browser_database_url, smtp_server) as app:
        yield app


@contextmanager
def serving(database_url: str, smtp_server, *, port: int = 0, **settings):
    """The app on an emptied `database_url`, served on loopback at `port` (0: any free one), with
    `settings` over the test profile's (a module needing more, such as a sign-in provider, serves
    its own)."""
    from sqlalchemy import insert

    from tracker.core.models import Tag
    from tracker.core.reference import reference_rows

    app = create_app(
        TestConfig, SQLALCHEMY_DATABASE_URI=database_url,
        MAIL_SERVER=smtp_server.hostname, MAIL_PORT=smtp_server.port, **settings,
    )
    with app.app_context():
        db.drop_all()
        db.create_all()
        db.session.execute(insert(Tag), reference_rows())
        db.session.commit()
        db.engine.dispose()  # no connection shared with the server's threads
    server = make_server("127.0.0.1", port, app, threaded=True, request_handler=_QuietHandler)
    app.config["BASE_URL"] = f"http://127.0.0.1:{server.server_port}"  # links in email
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield app
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture
def app(live_server):
    """The served app, emptied for each test (overrides tests/conftest.py's `app`)."""
    with live_server.app_context():
        wipe_database()
        limiter.reset()
        yield live_server
        db.session.remove()


# --- people in browsers --------------------------------------------------------------------------

@pytest.fixture(params=[MOUSE, KEYBOARD])
def way(request) -> str:
    """Each journey runs twice: by mouse at full width (on SQLite), and by keyboard alone at 320
    pixels (on PostgreSQL, or on SQLite when no TEST_DATABASE_URL is set: see ONE_WAY_PER_ENGINE)."""
    return request.param


@pytest.fixture
def open_browser(app, chromium, way, browser_database_url, request):
    """open_browser("owner", viewport=PHONE) -> a Visitor with a fresh browser context."""
    contexts = []
    test_folder = re.sub(r"[^\w.-]+", "_", request.node.name)
    # The pages are the same on every engine: screenshots are taken on the first one only.
    screenshots = request.node.callspec.params.get("browser_database_url") == ENGINES[0]

    def open_(who: str = "visitor", *, viewport: dict = DESKTOP) -> Visitor:
        phone = way == MOUSE and viewport == PHONE
        context = chromium.new_context(
            viewport=NARROWEST if way == KEYBOARD else viewport, is_mobile=phone, has_touch=phone,
            accept_downloads=True, locale="en-GB", timezone_id="Europe/London",
        )
        contexts.append(context)
        context.set_default_timeout(10_000)
        checks.prepare_context(context, FOCUS_VISIBLE)
        page = context.new_page()
        checks.watch_for_script_errors(page)
        return Visitor(
            page=page, way=way, base_url=app.config["BASE_URL"], site_name=app.config["SITE_NAME"],
            artefacts=checks.ARTEFACTS / test_folder / who if screenshots else None,
        )

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture
def visitor(open_browser) -> Visitor:
    return open_browser()


@pytest.fixture
def sign_in(open_browser):
    """sign_in(person, viewport=PHONE) -> a Visitor who has signed in through the sign-in page."""

    def sign_in_(person, *, viewport: dict = DESKTOP, password: str = PASSWORD) -> Visitor:
        visitor = open_browser(re.sub(r"\W+", "-", person.name.lower()), viewport=viewport)
        visitor.go("/sign-in").fill("Email address", person.email).fill("Password", password)
        visitor.press("Sign in")
        expect(visitor.page.locator(".govuk-service-navigation")).to_contain_text(person.name)
        return visitor

    return sign_in_


@pytest.fixture
def import_board(make_person, make_group):
    """The SEND Board the import journeys start from: Tom Fisher its secretary, Chris Nolan and Dana
    Patel its members. Gives (secretary, board, members)."""
    secretary = make_person(role="lead", name="Tom Fisher")
    members = [make_person(name="Chris Nolan"), make_person(name="Dana Patel")]
    return secretary, make_group("SEND Board", secretary=secretary, members=members), members
