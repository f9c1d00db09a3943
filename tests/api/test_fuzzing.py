"""A schema-driven fuzzer (schemathesis) against the OpenAPI document: every operation, with data
generated from its documented parameters and bodies, sent by a lead's token. No answer may be a
server error, or have a status, content type or body the document does not declare. Examples are
derandomised, so a run is the same every time and a failure can be repeated."""
from datetime import time

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.conftest import london_today
from tracker.api.openapi import openapi_document
from tracker.api.tokens import issue_api_token
from tracker.core.dates import utcnow
from tracker.extensions import db
from tracker.meetings.operations import set_schedule

# Not schemathesis's check that schema-valid data is accepted: the API documents 422 for a rule of
# the service that refuses (an action with no title), and those rules are not in the schema on purpose.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES_PER_OPERATION = 15


def client_document(app) -> dict:
    with app.app_context():
        return openapi_document()


def test_every_operation_answers_within_its_documented_schema(app, make_person, make_group, make_action,
                                                               make_meeting):
    lead = make_person(role="lead")
    group = make_group(lead=lead)
    make_action(group=group, owner=lead)
    make_meeting(group)
    set_schedule(group, frequency="monthly", interval=1, weekday=0, week_of_month=1, clock=time(10, 0),
                 starts_on=london_today(), skips_bank_holidays=True, is_online=True, now=utcnow())  # a group's schedule
    token = issue_api_token(lead)
    db.session.commit()
    app.config["API_RATE_LIMIT"] = "1000000/minute"  # the fuzzer is one fast client
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    failures, tried = [], 0
    for result in schema.get_all_operations():
        operation = result.ok()
        tried += 1

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def answers_as_documented(case):
            case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)

        try:
            answers_as_documented()
        except BaseException as error:  # noqa: BLE001  every operation is tried, then all failures shown
            failures.append(f"{operation.label}: {str(error)[:800]}")
    documented = client_document(app)
    every_operation = sum(len([method for method in operations if method != "parameters"])
                          for path, operations in documented["paths"].items() if path != "/api/v1/openapi.json")
    assert tried == every_operation > 20  # all but the document itself, which schemathesis reads
    assert not failures, "\n\n".join(failures)
