"""Each operation of the OpenAPI document lists the answers it can really give, and no others: a 409 only
where a save can clash (the body takes the record's `version`, or the operation saves a record that is
already there, so a save landing at the same moment is refused), and the 409 and 429 it lists are real."""
from datetime import timedelta

import pytest
from sqlalchemy import event, update
from sqlalchemy.orm import Session

from tests.conftest import london_today
from tracker.actions.models import Action
from tracker.core.dates import local_today, utcnow
from tracker.extensions import db
from tracker.inputs import operations as inputs
from tracker.inputs.models import Input
from tracker.meetings.models import AgendaItem, Decision, Meeting

# Creates that save nothing already there: nothing to clash with, so no 409.
CLASH_FREE_CREATES = {("post", "/api/v1/actions"), ("post", "/api/v1/meetings/{meeting_id}/agenda-items")}
# Saves of a record that is already there without a `version` from the caller: scheduling gives the group's
# waiting actions its date, recording a decision marks a meeting whose day has come held, routing marks the
# input routed. A save of the same record at the same moment is refused with 409.
SAVES_EXISTING = {("post", "/api/v1/meetings"), ("post", "/api/v1/meetings/{meeting_id}/decisions"),
                  ("post", "/api/v1/inputs/{input_id}/route")}


@pytest.fixture
def operations(client) -> dict:
    document = client.get("/api/v1/openapi.json").json
    return {(method, path): operation for path, methods in document["paths"].items()
            for method, operation in methods.items() if method != "parameters"}


def _body_fields(operation: dict, document_schemas: dict) -> set[str]:
    body = operation.get("requestBody")
    if body is None:
        return set()
    reference = body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    return set(document_schemas[reference]["properties"])


def test_409_is_listed_exactly_where_a_save_can_clash(client, operations):
    schemas = client.get("/api/v1/openapi.json").json["components"]["schemas"]
    for key, operation in operations.items():
        takes_version = "version" in _body_fields(operation, schemas)
        assert ("409" in operation["responses"]) == (takes_version or key in SAVES_EXISTING), key
    for key in CLASH_FREE_CREATES:
        assert "409" not in operations[key]["responses"], key
        assert "version" not in _body_fields(operations[key], schemas), key


def test_a_create_takes_no_version(client, operations):
    """Only a record already read has a version to send back (posting an update changes its action)."""
    schemas = client.get("/api/v1/openapi.json").json["components"]["schemas"]
    for (_method, path), operation in operations.items():
        if "201" in operation["responses"] and not path.endswith("/updates"):
            assert "version" not in _body_fields(operation, schemas), path


def test_reading_lists_no_403_409_or_422_and_every_operation_lists_429(operations):
    for (method, path), operation in operations.items():
        assert "429" in operation["responses"], path  # the rate limit covers the whole API
        if method == "get":
            assert not {"403", "409", "422"} & set(operation["responses"]), path


def test_a_version_sent_to_a_create_is_refused_naming_it(api_as, make_person, make_group, make_meeting):
    secretary = make_person(role="lead")
    group = make_group(secretary=secretary)
    meeting = make_meeting(group, local_today() + timedelta(days=21))
    api = api_as(secretary)
    for address, body in [(f"/api/v1/meetings/{meeting.id}/agenda-items", {"title": "Transport"}),
                          (f"/api/v1/meetings/{meeting.id}/decisions", {"text": "Agreed"})]:
        refused = api.post(address, json={**body, "version": 1})
        assert refused.status_code == 422 and refused.json["field"] == "version", address
        assert refused.json["error"] == "'version' is not a field this API knows"


def test_an_old_version_of_an_agenda_item_or_a_decision_is_a_409(api_as, make_person, make_group, make_meeting):
    secretary = make_person(role="lead")
    meeting = make_meeting(make_group(secretary=secretary))
    item = AgendaItem(meeting=meeting, title="Transport", position=1)
    decision = Decision(meeting=meeting, text="Agreed")
    db.session.add_all([item, decision])
    db.session.commit()
    api = api_as(secretary)
    for address, field in [(f"/api/v1/meetings/{meeting.id}/agenda-items/{item.id}", "title"),
                           (f"/api/v1/decisions/{decision.id}", "text")]:
        read = api.post(address, json={field: "First words"}).json["version"]
        assert api.post(address, json={field: "Second words", "version": read}).status_code == 200
        stale = api.post(address, json={field: "Late words", "version": read})
        assert stale.status_code == 409 and stale.json["field"] == "version", address


def _someone_else_saves(kind, record_id: int):
    """When this request is about to save the `kind` record, another connection saves it first."""
    raced = []

    def listener(session, flush_context, instances):
        if raced or not any(isinstance(each, kind) and each.id == record_id for each in session.dirty):
            return
        raced.append(True)
        with db.engine.connect() as other:
            other.execute(update(kind).where(kind.id == record_id).values(version=kind.version + 1))
            other.commit()

    return raced, listener


def _races(kind, record_id: int, send):
    raced, listener = _someone_else_saves(kind, record_id)
    event.listen(Session, "before_flush", listener)
    try:
        response = send()
    finally:
        event.remove(Session, "before_flush", listener)
    assert raced, "the request never saved the record"
    return response


@pytest.fixture
def postgresql_only(engine_name):
    if engine_name == "sqlite":
        pytest.skip("SQLite's BEGIN IMMEDIATE serialises whole requests: no such race can happen")


@pytest.mark.usefixtures("postgresql_only")
def test_the_409_of_a_create_that_saves_existing_records_is_real(api_as, make_person, make_group,
                                                                   make_meeting, make_action):
    secretary, champion = make_person(role="lead"), make_person(role="champion")
    group = make_group(secretary=secretary)
    api = api_as(secretary)

    waiting = make_action(group=group, due_at_next_meeting_of=group)
    waiting.due_on = waiting.original_due_on = None
    db.session.commit()
    day = local_today() + timedelta(days=21)
    scheduled = _races(Action, waiting.id, lambda: api.post("/api/v1/meetings", json={
        "group": group.id, "starts_at": f"{day.isoformat()}T10:00:00", "location": "Town Hall"}))
    assert scheduled.status_code == 409, scheduled.json

    today = make_meeting(group, london_today())  # its day has come: a decision marks it held
    decided = _races(Meeting, today.id, lambda: api.post(f"/api/v1/meetings/{today.id}/decisions",
                                                         json={"text": "Agreed"}))
    assert decided.status_code == 409, decided.json

    raised = inputs.raise_input(by=champion, what="The Local Offer is hard to search on a phone.", at=utcnow())
    db.session.commit()
    routed = _races(Input, raised.id, lambda: api.post(f"/api/v1/inputs/{raised.id}/route",
                                                       json={"group": group.id}))
    assert routed.status_code == 409, routed.json
    for response in (scheduled, decided, routed):
        assert "Read it again, then retry" in response.json["error"]
    db.session.expire_all()
    assert db.session.scalar(db.select(db.func.count()).select_from(Decision)) == 0
    assert db.session.get(Input, raised.id).group_id is None


def test_the_429_is_real_for_the_document_and_for_a_change(app, api_as, make_person, make_action):
    owner = make_person()
    action = make_action(owner=owner)
    api = api_as(owner)
    app.config["API_RATE_LIMIT"] = "1 per minute"  # counted for each address and each operation
    try:
        document, change = ([send() for _ in range(2)] for send in (
            lambda: api.client.get("/api/v1/openapi.json"),
            lambda: api.post(f"/api/v1/actions/{action.id}/at-risk", json={"reason": "Late data"})))
    finally:
        app.config["API_RATE_LIMIT"] = "300 per minute"
    assert document[0].status_code == change[0].status_code == 200
    for response in (document[1], change[1]):
        assert response.status_code == 429 and response.json["error"] == "Too many attempts"
        assert "Retry-After" in response.headers
