"""API tokens: made and revoked by their person, stored only as a hash, sent as a Bearer header."""
import hashlib
import re

import pytest

from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.people.models import User


@pytest.mark.parametrize("header", [
    None,
    "Bearer",
    "Bearer trk_not-a-real-token",
    "Bearer not-even-the-right-shape",
    "Basic dXNlcjpwYXNz",
])
def test_a_request_without_a_valid_token_is_refused_with_json(client, header):
    response = client.get("/api/v1/groups", headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert response.is_json
    assert "Authorization header" in response.json["error"]
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_signed_in_browser_session_is_not_enough_for_the_api(client, auth, make_person):
    """The API is exempt from CSRF checks, so it must never act on the session cookie."""
    auth.login(make_person())
    assert client.get("/").status_code == 200
    assert client.get("/api/v1/groups").status_code == 401


def test_a_person_creates_a_token_on_their_account_page_and_sees_it_once(client, auth, make_person):
    person = make_person()
    auth.login(person)
    page = client.get("/account/api-token")
    assert "You do not have an API token" in page.get_data(as_text=True)

    created = client.submit("/account/api-token")
    html = created.get_data(as_text=True)
    token = re.search(r'id="new-token"[^>]*value="(trk_[^"]+)"', html)[1]
    assert token.startswith("trk_") and len(token) > 40
    assert created.headers["Cache-Control"] == "no-store"

    again = client.get("/account/api-token").get_data(as_text=True)
    assert token not in again
    assert "You have an API token" in again

    stored = db.session.get(User, person.id).api_token_hash
    assert stored == hashlib.sha256(token.encode()).hexdigest()
    response = client.get("/api/v1/groups", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200


def test_creating_a_token_needs_the_form_token(client, auth, make_person):
    person = make_person()
    auth.login(person)
    assert client.post("/account/api-token").status_code == 400
    assert db.session.get(User, person.id).api_token_hash is None


def test_a_new_token_replaces_the_old_one(api_as, make_person):
    person = make_person()
    old = api_as(person)
    new = api_as(person)
    assert old.get("/api/v1/groups").status_code == 401
    assert new.get("/api/v1/groups").status_code == 200


def test_a_revoked_token_no_longer_works(client, auth, api_as, make_person):
    person = make_person()
    api = api_as(person)
    assert api.get("/api/v1/groups").status_code == 200
    auth.login(person)
    response = client.submit("/account/api-token/revoke", form_url="/account/api-token",
                             follow_redirects=True)
    assert "Your API token has been revoked" in response.get_data(as_text=True)
    assert api.get("/api/v1/groups").status_code == 401


def test_the_token_of_someone_no_longer_active_stops_working(api_as, make_person):
    person = make_person()
    api = api_as(person)
    db.session.get(User, person.id).is_active = False
    db.session.commit()
    assert api.get("/api/v1/groups").status_code == 401


def test_the_account_pages_need_signing_in(client):
    assert client.get("/account/api-token").status_code == 302
    assert client.get("/account/calendar-feeds").status_code == 302


def test_tokens_never_reach_the_audit_trail(api_as, make_person):
    person = make_person()
    api_as(person)
    for row in db.session.scalars(db.select(AuditEvent)):
        assert "api_token_hash" not in row.changes


def test_too_many_requests_from_one_address_get_a_json_429(app, api_as, make_person):
    api = api_as(make_person())
    app.config["API_RATE_LIMIT"] = "3 per minute"
    try:
        statuses = [api.get("/api/v1/groups").status_code for _ in range(4)]
        refused = api.get("/api/v1/groups")
    finally:
        app.config["API_RATE_LIMIT"] = "300 per minute"
    assert statuses == [200, 200, 200, 429]
    assert refused.is_json and refused.json["error"] == "Too many attempts"
    assert "Retry-After" in refused.headers
