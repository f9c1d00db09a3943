"""Who may reach each page, declared on the view itself.

Every view carries one of these decorators, so a test can walk `app.url_map` and check that no
route was forgotten (tests/core/test_access_matrix.py). Object-level checks (may this person see
*this* action?) are in tracker/permissions.py and are made inside the view.
"""
from __future__ import annotations

from functools import wraps

from flask import abort
from flask_login import current_user

from tracker.extensions import login_manager
from tracker.people.models import Role


def _mark(view, rule: str, roles: tuple[str, ...] = ()):
    view.access_rule = rule
    view.access_roles = roles
    return view


def public(view):
    """Anyone, signed in or not (sign-in page, public outcomes, health check)."""
    return _mark(view, "public")


def signed_link(view):
    """No account needed: the view checks a signed, expiring token from an email itself."""
    return _mark(view, "signed_link")


def signed_in(view):
    """Any signed-in person; the view makes the object-level check."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if not current_user.is_authenticated:
            return login_manager.unauthorized()
        return view(*args, **kwargs)

    return _mark(wrapped, "signed_in")


def roles(*allowed: Role):
    """Signed-in people with one of these service-wide roles (admins always pass)."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role != Role.ADMIN and current_user.role not in allowed:
                abort(403)
            return view(*args, **kwargs)

        return _mark(wrapped, "roles", tuple(str(role) for role in allowed))

    return decorator


def api_token(view):
    """Programs using the JSON API: a person's token in `Authorization: Bearer ...`, never the
    session cookie. No valid token: 401 JSON. The view makes the object-level check."""
    from tracker.api.tokens import authenticate_api_request

    @wraps(view)
    def wrapped(*args, **kwargs):
        _person, refusal = authenticate_api_request()
        if refusal is not None:
            return refusal
        return view(*args, **kwargs)

    return _mark(wrapped, "api_token")


STAFF = (Role.CHAIR, Role.LEAD, Role.MEMBER)  # everyone but champions (admins always pass)
