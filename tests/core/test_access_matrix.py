"""Who may reach each page, generated from the routes themselves so no route can be forgotten.

1. Every endpoint (except static files) declares an access rule from tracker/core/access.py.
2. Every route that is not public refuses an anonymous visitor: pages send them to sign in, the
   API answers 401, signed links with a made-up token never succeed. Routes other helpers add
   later are covered the moment they exist.
3. The action pages, by role: who may view and who may change (tracker/permissions.py).
"""
from __future__ import annotations

from datetime import timedelta

import pytest
from werkzeug.routing.converters import AnyConverter, IntegerConverter

from config import TestConfig
from tests.actions.conftest import (  # noqa: F401  (the fixture, shared with tests/actions)
    NOW,
    team,
)
from tests.conftest import london_today
from tracker import create_app
from tracker.actions import operations
from tracker.actions.models import Action, ActionUpdate
from tracker.core.dates import local_today
from tracker.extensions import db

RULES = ("public", "signed_link", "signed_in", "roles", "api_token")


def _routes():
    """(endpoint, rule text, methods, access rule) for every route, read from a fresh app."""
    app = create_app(TestConfig)
    routes = []
    for rule in sorted(app.url_map.iter_rules(), key=lambda rule: (rule.rule, rule.endpoint)):
        if rule.endpoint == "static":
            continue
        view = app.view_functions[rule.endpoint]
        methods = sorted(rule.methods - {"HEAD", "OPTIONS"})
        routes.append((rule.endpoint, rule.rule, methods, getattr(view, "access_rule", None)))
    return app, routes


APP, ROUTES = _routes()
URLS = APP.url_map.bind("localhost")  # builds addresses without an app context of its own


def _dummy_url(endpoint: str) -> str:
    """The route's address with made-up values: 1 for numbers, the first choice for `any`, "x" else."""
    rule = next(rule for rule in APP.url_map.iter_rules() if rule.endpoint == endpoint)
    values = {}
    for name, converter in rule._converters.items():
        if isinstance(converter, IntegerConverter):
            values[name] = 1
        elif isinstance(converter, AnyConverter):
            values[name] = sorted(converter.items)[0]
        else:
            values[name] = "x"
    return URLS.build(endpoint, values)


def test_every_route_declares_who_may_reach_it():
    undeclared = [f"{rule} ({endpoint})" for endpoint, rule, _, access in ROUTES if access not in RULES]
    assert not undeclared, (
        "These routes have no access rule. Put one of @public, @signed_link, @signed_in or "
        f"@roles(...) (or @api_token) directly under @blueprint.route: {', '.join(undeclared)}"
    )


NOT_PUBLIC = [(endpoint, methods, access) for endpoint, _, methods, access in ROUTES if access != "public"]


@pytest.mark.parametrize("endpoint, methods, access", NOT_PUBLIC, ids=[route[0] for route in NOT_PUBLIC])
def test_anonymous_visitors_cannot_use_any_private_route(client, endpoint, methods, access):
    url = _dummy_url(endpoint)
    for method in methods:
        response = client.open(url, method=method)
        where = f"{method} {url} ({endpoint}, @{access})"
        if access in ("signed_in", "roles"):
            if method == "GET":
                assert response.status_code == 302, where
                assert "/sign-in" in response.location, where
            else:  # refused before the view: no CSRF token, or sent to sign in
                assert response.status_code in (302, 400), where
                assert response.status_code == 400 or "/sign-in" in response.location, where
        elif access == "api_token":
            assert response.status_code == 401, where
        else:  # signed_link: a made-up token never works
            assert response.status_code >= 400 or response.status_code == 302, where
            assert response.status_code < 500, where


# --- the action pages by role -------------------------------------------------------------------

ROLES = ["admin", "chair", "secretary", "lead", "owner", "member", "outsider", "champion", "anonymous"]
RUNS_GROUP = {"admin", "chair", "secretary", "lead"}
STAFF = RUNS_GROUP | {"owner", "member", "outsider"}


def _expect(allowed: set[str], *, visible: set[str] = STAFF) -> dict[str, int]:
    """200 for who may, 403 for who may see the action but not do this, 404 for who may not see it."""
    return {role: 302 if role == "anonymous" else 200 if role in allowed else 403 if role in visible else 404
            for role in ROLES}


# endpoint: (which action it is tried on, expected status for each role)
ACTION_MATRIX = {
    "actions.mine": (None, _expect(set(STAFF) | {"champion"})),
    "actions.new": (None, _expect(RUNS_GROUP, visible=set(STAFF) | {"champion"})),
    "actions.show": ("open", _expect(STAFF)),
    "actions.post_update": ("open", _expect(RUNS_GROUP | {"owner"})),
    "actions.move_due_date": ("open", _expect(RUNS_GROUP | {"owner"})),
    "actions.complete": ("open", _expect(RUNS_GROUP | {"owner"})),
    "actions.cannot_be_done": ("open", _expect(RUNS_GROUP | {"owner"})),
    "actions.edit": ("open", _expect(RUNS_GROUP | {"owner"})),
    "actions.flag_at_risk": ("open", _expect({"owner"})),
    "actions.clear_at_risk": ("at_risk", _expect({"owner"})),
    "actions.reassign": ("open", _expect(RUNS_GROUP)),
    "actions.supersede": ("open", _expect(RUNS_GROUP)),
    "actions.reopen": ("closed", _expect(RUNS_GROUP)),
}


def test_every_action_route_is_in_the_matrix():
    routes = {endpoint for endpoint, *_ in ROUTES if endpoint.startswith("actions.")}
    assert routes == set(ACTION_MATRIX), (
        f"Add to ACTION_MATRIX: {sorted(routes - set(ACTION_MATRIX))}; remove: {sorted(set(ACTION_MATRIX) - routes)}")


@pytest.fixture
def actions(team):  # noqa: F811
    due = local_today() + timedelta(days=20)
    made = {}
    for name in ("open", "at_risk", "closed"):
        made[name] = operations.create_action(title=f"The {name} action", owner=team.owner, group=team.group,
                                              by=team.chair, today=local_today(), due_on=due)
    operations.flag_at_risk(made["at_risk"], by=team.owner, reason="Printer", at=NOW)
    operations.complete_action(made["closed"], by=team.owner, outcome="Done", at=NOW)
    db.session.commit()
    return made


def _url(endpoint: str, action: Action | None) -> str:
    return URLS.build(endpoint, {"action_id": action.id} if action else {})


@pytest.mark.parametrize("role", ROLES)
def test_who_may_view_and_change_each_action_page(client, auth, team, actions, role):  # noqa: F811
    if role != "anonymous":
        auth.login(getattr(team, role))
    wrong = []
    for endpoint, (which, expected) in ACTION_MATRIX.items():
        url = _url(endpoint, actions.get(which))
        got = client.get(url).status_code
        if got == 302 and role != "anonymous":
            got = "redirect"
        if got != expected[role]:
            wrong.append(f"GET {url} ({endpoint}): expected {expected[role]}, got {got}")
        if endpoint in ("actions.mine", "actions.show"):
            continue
        # Sending the form (empty, so nothing would change) is refused exactly as the page is:
        # someone allowed gets the form back with its messages.
        posted = (client.submit(url, {}, form_url="/my-actions") if role != "anonymous"
                  else client.post(url, data={}))
        expected_post = 400 if role == "anonymous" else expected[role]
        if posted.status_code != expected_post:
            wrong.append(f"POST {url} ({endpoint}): expected {expected_post}, got {posted.status_code}")
    assert not wrong, f"As {role}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("role", ROLES)
def test_an_update_is_saved_only_for_who_may_post_it(client, auth, team, actions, role):  # noqa: F811
    action = actions["open"]
    if role != "anonymous":
        auth.login(getattr(team, role))
    url = f"/actions/{action.id}/update"
    data = {"note": f"Update from {role}", "version": str(action.version)}
    response = client.submit(url, data, form_url="/my-actions") if role != "anonymous" else client.post(url, data=data)
    saved = db.session.scalar(db.select(ActionUpdate).where(ActionUpdate.note == f"Update from {role}"))
    if role in RUNS_GROUP | {"owner"}:
        assert response.status_code == 302 and saved is not None
    else:
        assert response.status_code == {"anonymous": 400, "champion": 404}.get(role, 403)
        assert saved is None


def test_a_champion_who_owns_an_action_may_see_and_update_it(client, auth, team):  # noqa: F811
    action = operations.create_action(title="Share the leaflet with the champions", owner=team.champion,
                                      group=team.group, by=team.chair, today=local_today(),
                                      due_on=london_today() + timedelta(days=10))
    db.session.commit()
    auth.login(team.champion)
    assert client.get(f"/actions/{action.id}").status_code == 200
    assert "Share the leaflet" in client.get("/my-actions").get_data(as_text=True)
    assert client.get(f"/actions/{action.id}/update").status_code == 200
    assert client.get(f"/actions/{action.id}/reassign").status_code == 403
