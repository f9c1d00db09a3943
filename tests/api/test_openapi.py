"""The OpenAPI document is valid, lists every API route, and describes what the API really returns."""
import pytest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

from tracker.api.openapi import openapi_path
from tracker.core.dates import local_today


@pytest.fixture
def document(client):
    response = client.get("/api/v1/openapi.json")  # no token needed: it describes, it holds no data
    assert response.status_code == 200 and response.is_json
    return response.json


def test_the_document_is_valid_openapi_3(document):
    validate(document)
    assert document["openapi"].startswith("3.")
    assert document["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"


def test_every_api_route_and_method_is_in_the_document(app, document):
    """Walks the routes, so a route added later cannot be forgotten."""
    routes = {
        (openapi_path(rule.rule), method.lower())
        for rule in app.url_map.iter_rules() if rule.endpoint.startswith("api.")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    documented = {(path, method) for path, operations in document["paths"].items()
                  for method in operations if method != "parameters"}
    assert routes == documented
    assert len(routes) >= 8


def test_every_api_view_declares_its_access_rule_and_operation(app):
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("api."):
            view = app.view_functions[rule.endpoint]
            assert view.access_rule in ("api_token", "public"), rule.rule
            assert view.openapi["summary"], rule.rule


def test_every_token_route_documents_the_401_and_its_security(document):
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            if method == "parameters" or path.endswith("/openapi.json"):
                continue
            assert operation["security"] == [{"bearerAuth": []}], path
            assert "401" in operation["responses"], path


def _validator(document, schema_name):
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": document["components"]}
    return OAS30Validator(schema)


def test_real_responses_match_their_documented_schemas(document, api_as, make_person, make_group,
                                                      make_meeting, make_action):
    from tracker.actions.operations import post_update
    from tracker.core.dates import utcnow
    from tracker.core.models import Tag
    from tracker.extensions import db
    from tracker.inputs.models import Input
    from tracker.meetings.models import AgendaItem, Decision

    admin = make_person(role="admin")
    group = make_group(lead=admin)
    meeting = make_meeting(group)
    action = make_action(owner=admin, group=group, due=local_today())
    tags = db.session.scalars(db.select(Tag).limit(2)).all()
    decision = Decision(meeting=meeting, text="Agreed", agenda_item=AgendaItem(meeting=meeting, title="Item"),
                        tags=tags)
    action.decision = decision
    post_update(action, by=admin, note="Going well", at=utcnow())
    raised = Input(what="A worry", raised_by=admin, group=group)
    raised.actions.append(action)
    db.session.add(raised)
    db.session.commit()
    api = api_as(admin)

    for url, schema in [
        ("/api/v1/groups", "GroupPage"),
        ("/api/v1/meetings", "MeetingPage"),
        ("/api/v1/actions", "ActionPage"),
        (f"/api/v1/actions/{action.id}", "ActionDetail"),
        ("/api/v1/inputs", "InputPage"),
        ("/api/v1/decisions", "DecisionPage"),
        (f"/api/v1/decisions/{decision.id}", "Decision"),
        ("/api/v1/actions/999999", "Error"),
    ]:
        body = api.get(url).json
        _validator(document, schema).validate(body)
    created = api.post(f"/api/v1/actions/{action.id}/updates", json={"note": "More"}).json
    _validator(document, "Update").validate(created)
    completed = api.post(f"/api/v1/actions/{action.id}/complete", json={"outcome": "Done"}).json
    _validator(document, "Action").validate(completed)
    refused = api.post(f"/api/v1/actions/{action.id}/complete", json={"outcome": "Again"}).json
    _validator(document, "Error").validate(refused)
