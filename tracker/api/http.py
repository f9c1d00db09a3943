"""The API's request and response plumbing: parsing arguments, errors as JSON, pagination links.

Every error the API gives is JSON `{"error": message, "field": field-or-absent}`:
400 a malformed request (bad query string, body not a JSON object), 401 no valid token,
403 not allowed, 404 not found (or not yours to know of), 409 a save that clashes with another,
422 a rule of the service refused it, 429 too many requests from one address.
"""
from __future__ import annotations

from flask import current_app, request, url_for
from marshmallow import Schema, ValidationError

from tracker.api.schemas import MAX_PER_PAGE
from tracker.core.domain import unstorable_text_problem
from tracker.extensions import db


class ApiError(Exception):
    def __init__(self, status: int, message: str, field: str | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field

    def body(self) -> dict:
        return {"error": self.message} | ({"field": self.field} if self.field else {})


def _first_error(error: ValidationError) -> tuple[str, str | None]:
    """marshmallow's {field: [messages]} as one plain message and its field."""
    messages = error.messages
    if isinstance(messages, dict) and messages:
        field, problems = next(iter(messages.items()))
        while isinstance(problems, dict):  # nested: {"0": {...}}
            problems = next(iter(problems.values()))
        text = problems[0] if isinstance(problems, list) else str(problems)
        field = None if field == "_schema" else field
        if field and text == "Unknown field.":
            text = f"'{field}' is not a field this API knows"
        return text, field
    return str(messages), None


def _refuse_unstorable(data: dict, status: int) -> None:
    """A NUL byte or a lone surrogate in any value: refused by the forms' own rule, naming the field."""
    for name, value in data.items():
        problem = unstorable_text_problem(value, f"'{name}'")
        if problem:
            raise ApiError(status, problem, name)


def load_args(schema: type[Schema]) -> dict:
    """Checked query-string arguments, or a 400 naming the one that is wrong."""
    args = request.args.to_dict()
    _refuse_unstorable(args, 400)
    try:
        return schema().load(args)
    except ValidationError as error:
        raise ApiError(400, *_first_error(error)) from None


def load_body(schema: type[Schema]) -> dict:
    """A checked JSON object body, or 400 if it is not JSON, 422 if a field is the wrong type."""
    try:
        data = request.get_json(silent=True)
    except RecursionError:  # nested deeper than the JSON reader will go: not a body anyone means
        data = None
    if not isinstance(data, dict):
        raise ApiError(400, "Send a JSON object with Content-Type: application/json")
    _refuse_unstorable(data, 422)
    try:
        return schema().load(data)
    except ValidationError as error:
        raise ApiError(422, *_first_error(error)) from None


def created(body: dict, endpoint: str, **values) -> tuple[dict, int, dict]:
    """201 Created: the new record, and its address in `Location` (`endpoint` with `values`)."""
    return body, 201, {"Location": url_for(endpoint, **values, _external=True)}


def _page_url(page: int) -> str:
    args = request.args.to_dict() | {"page": page}
    return url_for(request.endpoint, **(request.view_args or {}), **args, _external=True)


def paginate(query, schema: type[Schema], args: dict) -> tuple[dict, int, dict]:
    """One page of `query` as the API's envelope; two statements (count and page) plus eager loads."""
    per_page = args.get("per_page") or min(current_app.config["PAGE_SIZE"], MAX_PER_PAGE)
    page = db.paginate(query, page=args.get("page", 1), per_page=per_page, error_out=False)
    last = max(page.pages, 1)
    links = {
        "self": _page_url(page.page),
        "first": _page_url(1),
        "prev": _page_url(page.page - 1) if page.page > 1 else None,
        "next": _page_url(page.page + 1) if page.page < page.pages else None,
        "last": _page_url(last),
    }
    body = {
        "items": schema(many=True).dump(page.items),
        "page": page.page,
        "per_page": per_page,
        "total": page.total,
        "pages": page.pages,
        "links": links,
    }
    # The same links in an RFC 8288 Link header, for clients that follow those.
    header = ", ".join(f'<{url}>; rel="{rel}"' for rel, url in links.items() if url and rel != "self")
    return body, 200, {"Link": header}
