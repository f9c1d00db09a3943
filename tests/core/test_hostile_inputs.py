"""Hostile values at every route and parameter: never a 500.

Generated from `app.url_map`, the routes' own pages and the OpenAPI document, so a route or a
parameter added later is covered without anyone remembering it. Each test loads the demo
partnership, signs in as its administrator (and, for public and signed-link routes, tries them
signed out too) and sends: ids beyond the integer range in the path, the query string and form
selects; a NUL byte; a lone surrogate; 1 MB of text; a date part of 10^20 and a date sent in two
parts; JSON nested 100,000 deep. A refusal (400, 404, 422, a form with its messages) is right;
a 500 or an exception is a defect.
"""
from __future__ import annotations

import json
import re
import traceback
from pathlib import Path

import pytest
from werkzeug.datastructures import MultiDict
from werkzeug.routing.converters import AnyConverter, IntegerConverter

from tracker.actions.models import Action
from tracker.api.tokens import issue_api_token
from tracker.extensions import db
from tracker.inputs.models import Input
from tracker.meetings.models import AgendaItem, Decision, Meeting
from tracker.nudges.models import OutboxEmail
from tracker.people.models import Group, Membership, User

HUGE_IDS = ("2147483648", "9223372036854775808", str(10**20))
NUL = "before\x00after"
MEGABYTE = "x" * 1_000_000
HOSTILE_VALUES = {"huge": str(10**20), "nul": NUL, "megabyte": MEGABYTE, "negative": "-1",
                  "replacement": "\ufffd\ufeff"}
# Query-string names the views read (request.args), found in the source; page forms add theirs.
SOURCE = Path(__file__).resolve().parents[2] / "tracker"
ARG_NAMES = sorted({name for path in SOURCE.rglob("*.py")
                    for name in re.findall(r"request\.args\.get(?:list)?\(\s*\"(\w+)\"", path.read_text())}
                   | {"page", "group", "priority", "owner", "status", "q"})
NAMES_ON_PAGE = re.compile(r'<(?:input|select|textarea)\b[^>]*?\bname="([^"]+)"')
SKIP = {"static", "people.logout"}  # signing out is not hostile, and would end the test's session


@pytest.fixture
def world(app):
    """The demo partnership, and a real id for each kind of path parameter."""
    assert app.test_cli_runner().invoke(args=["demo", "load"]).exit_code == 0
    admin = db.session.scalar(db.select(User).where(User.role == "admin"))
    first = lambda model, *where: db.session.scalar(db.select(model.id).where(*where).order_by(model.id))  # noqa: E731
    meeting_id = first(Meeting)
    ids = {
        "action_id": first(Action, Action.status.in_(("not_started", "in_progress"))),
        "group_id": first(Group), "meeting_id": meeting_id, "earlier_id": meeting_id,
        "input_id": first(Input), "item_id": first(AgendaItem, AgendaItem.meeting_id == meeting_id),
        "decision_id": first(Decision), "membership_id": first(Membership),
        "person_id": first(User, User.id != admin.id), "email_id": first(OutboxEmail),
    }
    return admin, {name: value or 1 for name, value in ids.items()}


def _rules(app):
    return [rule for rule in sorted(app.url_map.iter_rules(), key=lambda rule: rule.rule)
            if rule.endpoint not in SKIP]


def _url(app, rule, ids: dict, **override) -> str:
    values = {}
    for name, converter in rule._converters.items():
        if isinstance(converter, IntegerConverter):
            values[name] = ids.get(name, 1)
        elif isinstance(converter, AnyConverter):
            values[name] = sorted(converter.items)[0]
        else:
            values[name] = "not-a-real-token"
    values.update(override)
    # Built by hand from the rule text: url_for would refuse the very values under test.
    return re.sub(r"<(?:[^:>]+:)?(\w+)>", lambda match: str(values[match.group(1)]),
                  re.sub(r"<any\([^)]*\):(\w+)>", r"<\1>", rule.rule))


class Probe:
    """Sends requests and collects every one answered with a 500 or an exception."""

    def __init__(self, client):
        self.client = client
        self.failures: list[str] = []
        self.token = ""

    def send(self, method: str, url: str, **kwargs):
        data = kwargs.get("data", {})
        if method == "POST" and not isinstance(data, str):  # a form: with the session's CSRF token
            kwargs["data"] = ({"csrf_token": self.token, **data} if isinstance(data, dict)
                              else MultiDict([("csrf_token", self.token), *data]))
        what = f"{method} {url[:120]} {str(kwargs.get('data') or kwargs.get('json') or '')[:80]!r}"
        kwargs.setdefault("buffered", True)  # read to the end, as a client does: a stream is closed
        try:
            response = self.client.open(url, method=method, **kwargs)
        except Exception as error:  # noqa: BLE001  the defect under test is any exception at all
            ours = [frame for frame in traceback.extract_tb(error.__traceback__) if "/tracker/" in frame.filename]
            where = f" at {ours[-1].filename.split('/tracker/')[-1]}:{ours[-1].lineno}" if ours else ""
            self.failures.append(f"{what}: {type(error).__name__}{where}: {str(error)[:200]}")
            db.session.rollback()
            return None
        if response.status_code >= 500:
            self.failures.append(f"{what}: {response.status_code}")
        return response


@pytest.fixture
def probe(client, auth, world):
    admin, _ = world
    assert auth.login(admin.email, "demo-password").status_code == 302
    checker = Probe(client)
    checker.token = client.csrf_token("/my-actions")
    return checker


def _methods(rule) -> list[str]:
    return sorted(rule.methods - {"HEAD", "OPTIONS"})


def test_huge_ids_in_the_path_give_404_not_500(app, probe, world):
    _, ids = world
    for rule in _rules(app):
        numbers = [name for name, converter in rule._converters.items() if isinstance(converter, IntegerConverter)]
        for name in numbers:
            for huge in HUGE_IDS:
                for method in _methods(rule):
                    response = probe.send(method, _url(app, rule, ids, **{name: huge}))
                    if response is not None and response.status_code not in (404, 400, 405):
                        probe.failures.append(f"{method} {rule.rule} with {name}={huge}: {response.status_code}")
    assert not probe.failures, "\n".join(probe.failures)


def _form_fields(probe, url: str) -> set[str]:
    page = probe.send("GET", url)
    if page is None or page.status_code != 200 or page.mimetype != "text/html":
        return set()
    return set(NAMES_ON_PAGE.findall(page.get_data(as_text=True))) - {"csrf_token"}


def test_hostile_form_values_never_give_500(app, probe, world):
    """Every field of every form at once: huge numbers in selects, NUL, 1 MB, dates of 10^20 and
    dates sent in two parts."""
    _, ids = world
    for rule in _rules(app):
        if "POST" not in rule.methods or rule.endpoint.startswith("api."):
            continue
        url = _url(app, rule, ids)
        fields = _form_fields(probe, url) if "GET" in rule.methods else set()
        fields |= {"note", "title", "owner", "group", "due_on", "version", "email", "name"}
        for value in HOSTILE_VALUES.values():
            probe.send("POST", url, data={name: value for name in fields})
        # A date part of 10^20 in every box, and every field sent in two parts.
        probe.send("POST", url, data=[(name, str(10**20)) for name in fields for _ in range(3)])
        probe.send("POST", url, data=[(name, part) for name in fields for part in ("1", "2")])
    assert not probe.failures, "\n".join(probe.failures)


def test_signed_out_hostile_values_never_give_500(app, client, world):
    """Public pages and signed links (tokens with NUL, huge and garbled values), signed out."""
    _, ids = world
    probe = Probe(client)
    probe.token = client.csrf_token("/sign-in")
    tokens = ("a%00b", "%ED%A0%80", "x" * 4000, str(10**20), ".".join(["A" * 40] * 3))
    for rule in _rules(app):
        access = getattr(app.view_functions[rule.endpoint], "access_rule", None)
        if access not in ("public", "signed_link"):
            continue
        for token in tokens:
            url = _url(app, rule, ids, **{name: token for name in rule.arguments if name == "token"})
            for method in _methods(rule):
                probe.send(method, url, query_string={name: NUL for name in ARG_NAMES})
                if method == "POST":
                    fields = {"email", "name", "what", "why_it_matters", "password", "confirm", "consent"}
                    for value in HOSTILE_VALUES.values():
                        probe.send("POST", url, data={name: value for name in fields})
    assert not probe.failures, "\n".join(probe.failures)


def _deep_json(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_hostile_json_never_gives_500(app, client, world):
    """Every API route and query parameter in the OpenAPI document, and every body field: deep
    JSON, a lone surrogate, NUL, 1 MB, huge numbers and the first and last dates there are."""
    admin, ids = world
    token = issue_api_token(admin)
    db.session.commit()
    probe = Probe(client)
    headers = {"Authorization": f"Bearer {token}"}
    document = client.get("/api/v1/openapi.json").get_json()
    for path, operations in document["paths"].items():
        url = re.sub(r"\{(\w+)\}", lambda match: str(ids.get(match.group(1), 1)), "/api/v1" + path
                     if not path.startswith("/api/v1") else path)
        for method, operation in operations.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue  # a path's shared "parameters", not an operation
            names = [parameter["name"] for parameter in operation.get("parameters", [])
                     if parameter.get("in") == "query"]
            # A lone surrogate cannot travel in a URL (its bytes arrive as U+FFFD), so it is sent in bodies only.
            for value in (*HUGE_IDS, NUL, "-1"):
                probe.send(method.upper(), url, headers=headers, query_string={name: value for name in names})
            # The first and last dates there are, in the date parameters alone (any other would refuse
            # the request first): `to=9999-12-31` has no day after it, and gave 500.
            dates = [parameter["name"] for parameter in operation.get("parameters", [])
                     if parameter.get("in") == "query" and parameter.get("schema", {}).get("format") == "date"]
            for value in ("9999-12-31", "0001-01-01") if dates else ():
                probe.send(method.upper(), url, headers=headers, query_string={name: value for name in dates})
            if method != "post":
                continue
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
            schema = body.get("schema", {})
            if "$ref" in schema:
                schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
            fields = list(schema.get("properties", {})) or ["note"]
            raw_bodies = [_deep_json(100_000), '{"note": "\\ud800"}', '{"note": "a\\u0000b"}',
                          json.dumps({name: "\ud800" for name in fields}, ensure_ascii=True),
                          json.dumps({name: NUL for name in fields}),
                          json.dumps({name: MEGABYTE for name in fields}),
                          json.dumps({name: 10**20 for name in fields}),
                          json.dumps({name: "9999-12-31" for name in fields}),
                          json.dumps({name: {"a": [1]} for name in fields})]
            for raw in raw_bodies:
                probe.send("POST", url, headers={**headers, "Content-Type": "application/json"}, data=raw)
    assert not probe.failures, "\n".join(probe.failures)


QUERY_VALUES = {**HOSTILE_VALUES, "megabyte": "x" * 10_000, "surrogate": "%ED%A0%80",
                "huge_negative": "-" + str(10**20), "far_date": "9999-12-31", "first_date": "0001-01-01"}


def test_hostile_query_strings_never_give_500(app, probe, world):
    """Every GET route with every query-string name the views read (and the page's own form
    fields): huge ids, NUL, a lone surrogate's bytes, 10,000 characters, negative pages, the first
    and last dates there are. It once hung on SQLite: a streamed CSV download held the write lock
    (see test_security.test_a_download_being_read_does_not_stop_others_saving)."""
    _, ids = world
    for rule in _rules(app):
        if "GET" not in rule.methods:
            continue
        url = _url(app, rule, ids)
        names = set(ARG_NAMES) | (_form_fields(probe, url) if not rule.endpoint.startswith("api.") else set())
        for value in QUERY_VALUES.values():
            query = "&".join(f"{name}={value}" for name in sorted(names))
            probe.send("GET", f"{url}?{query}")
    assert not probe.failures, "\n".join(probe.failures)
