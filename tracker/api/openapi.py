"""The OpenAPI 3 document of /api/v1, built by apispec from the routes and their schemas.

Each API view declares its operation with `@doc(...)`: the query and body schemas it loads and
the schema it returns, all marshmallow classes the view itself uses. The document walks
`app.url_map`, so a new route appears in it by itself (and a test fails if it lacks `@doc`).
"""
from __future__ import annotations

import re

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from flask import current_app

from tracker.api.schemas import ErrorSchema
from tracker.core.ids import MAX_ID

OPENAPI_VERSION = "3.0.3"
API_VERSION = "1.0.0"
_PATH_ARGUMENT = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
_ERRORS = {
    400: "The query string or body is malformed",
    401: "No valid API token was sent",
    403: "The token's person is not allowed to do this",
    404: "There is no such record, or it is not the token's person's to know of",
    409: "Someone else changed the record, or one this saves with it, since you read it (the `version` you "
         "sent) or at the same moment; nothing was saved. Read it again, then retry",
    422: "A rule of the service refused it; nothing was saved",
    429: "Too many requests from this address; wait for the seconds in the Retry-After header, then retry",
}
DESCRIPTION = """Actions agreed at meetings, who owns them, and what happened.

Send a personal API token in every request: `Authorization: Bearer YOUR_TOKEN`. Create one,
signed in, at /account/api-token. The API shows and allows what its person may see and do on
the site. Lists are paginated with `page` and `per_page`; follow `links.next` (also in the
`Link` header). Errors are JSON: `{"error": "...", "field": "..."}`. Moments are in UTC;
dates (`due_on`) are calendar dates in the partnership's time zone."""


def doc(tag: str, summary: str, *, response, args=None, body=None, status: int = 200,
        secured: bool = True, forbidden: bool = False, not_found: bool = False,
        refused: bool = False, saves_existing: bool = False):
    """Declare a view's OpenAPI operation: what it takes, what it returns, how it can fail.

    Each error is listed only where a code path gives it: 400 when it reads a query string or a
    body; 401 when it needs a token; 403, 404 and 422 as the view says (`forbidden`, `not_found`,
    `refused`); 409 when its body takes the record's `version` (an old one is refused), or when it
    `saves_existing` records without one, so a save landing at the same moment is refused; 429
    always (the blueprint's rate limit). A create that saves nothing already there has no 409."""
    conflicts = saves_existing or (body is not None and "version" in body._declared_fields)
    errors = [code for code, flag in ((400, args or body), (401, secured), (403, forbidden), (404, not_found),
                                      (409, conflicts), (422, refused), (429, True)) if flag]

    def decorator(view):
        view.openapi = {"tag": tag, "summary": summary, "response": response, "args": args,
                        "body": body, "status": status, "secured": secured, "errors": errors}
        return view

    return decorator


def _operation(endpoint: str, declared: dict) -> dict:
    success = {"description": "Created" if declared["status"] == 201 else "OK"}
    if declared["response"] is not None:
        success["content"] = {"application/json": {"schema": declared["response"]}}
    operation = {
        "tags": [declared["tag"]],
        "summary": declared["summary"],
        "operationId": endpoint.removeprefix("api."),
        "responses": {str(declared["status"]): success},
    }
    for code in declared["errors"]:
        operation["responses"][str(code)] = {
            "description": _ERRORS[code],
            "content": {"application/json": {"schema": ErrorSchema}},
        }
    if declared["args"] is not None:
        operation["parameters"] = [{"in": "query", "schema": declared["args"]}]
    if declared["body"] is not None:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": declared["body"]}},
        }
    operation["security"] = [{"bearerAuth": []}] if declared["secured"] else []
    return operation


def openapi_path(rule: str) -> str:
    """Werkzeug's /actions/<int:action_id> as OpenAPI's /actions/{action_id}."""
    return _PATH_ARGUMENT.sub(lambda match: "{" + match["name"] + "}", rule)


def _path_parameters(rule: str) -> list[dict]:
    return [
        {"in": "path", "name": match["name"], "required": True,
         "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID} if match["converter"] == "int"
         else {"type": "string"}}
        for match in _PATH_ARGUMENT.finditer(rule)
    ]


def api_rules(app):
    return sorted((rule for rule in app.url_map.iter_rules() if rule.endpoint.startswith("api.")),
                  key=lambda rule: rule.rule)


def build_spec(app) -> APISpec:
    spec = APISpec(
        title=f"{app.config['SITE_NAME']} API",
        version=API_VERSION,
        openapi_version=OPENAPI_VERSION,
        plugins=[MarshmallowPlugin()],
        info={"description": DESCRIPTION},
    )
    spec.components.security_scheme(
        "bearerAuth", {"type": "http", "scheme": "bearer", "description": "A personal API token"}
    )
    spec.components.schema("Error", schema=ErrorSchema)
    for rule in api_rules(app):
        declared = app.view_functions[rule.endpoint].openapi
        methods = sorted(rule.methods - {"HEAD", "OPTIONS"})
        spec.path(
            path=openapi_path(rule.rule),
            operations={method.lower(): _operation(rule.endpoint, declared) for method in methods},
            parameters=_path_parameters(rule.rule),
        )
    return spec


def openapi_document() -> dict:
    """The document as a dict, built once per app (the routes do not change while it runs)."""
    app = current_app._get_current_object()
    if "tracker_openapi" not in app.extensions:
        app.extensions["tracker_openapi"] = build_spec(app).to_dict()
    return app.extensions["tracker_openapi"]
