"""API fixtures: a client that sends a person's API token, as a program would."""
from __future__ import annotations

import pytest

from tests.conftest import IsolatedClient
from tracker.api.tokens import issue_api_token
from tracker.extensions import db


class ApiClient:
    """Sends `Authorization: Bearer <token>` with every request; no cookies, no CSRF token."""

    def __init__(self, client, token: str):
        self.client = client
        self.token = token

    def _headers(self, headers):
        return {"Authorization": f"Bearer {self.token}", **(headers or {})}

    def get(self, url, headers=None, **kwargs):
        return self.client.get(url, headers=self._headers(headers), **kwargs)

    def post(self, url, json=None, headers=None, **kwargs):
        return self.client.post(url, json=json, headers=self._headers(headers), **kwargs)


@pytest.fixture
def api_as(app):
    """api_as(person) -> a client of its own, acting with a fresh token of that person."""

    def make(person) -> ApiClient:
        token = issue_api_token(person)
        db.session.commit()
        app.test_client_class = IsolatedClient
        return ApiClient(app.test_client(), token)

    return make
