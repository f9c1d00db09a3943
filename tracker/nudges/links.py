"""Links in emails: absolute addresses on BASE_URL, and the one-click update link for an action."""
from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urlsplit

from flask import current_app

from tracker.actions.models import ActionUpdate
from tracker.core.models import UsedToken
from tracker.core.signed_links import SignedLink, make_link_token, read_link_token
from tracker.extensions import db

ACTION_LINK_PURPOSE = "action-update"
# Which email an action link came in, so a page about the link speaks of that email: a reminder
# (due soon, overdue, or the weekly list; the default, carried by no mark) or "You have a new action".
REMINDER = "reminder"
NEW_ACTION = "new-action"


def action_link_days() -> int:
    """How many days the one-click links in emails work (ACTION_LINK_DAYS in config.py)."""
    return current_app.config["ACTION_LINK_DAYS"]


def absolute_url(endpoint: str, **values) -> str:
    """A full address for a page, built on BASE_URL: emails are written outside any request."""
    base = urlsplit(current_app.config["BASE_URL"])
    adapter = current_app.url_map.bind(
        base.netloc, script_name=base.path.rstrip("/") or "/", url_scheme=base.scheme or "https"
    )
    return adapter.build(endpoint, values, force_external=True)


def action_link_token(action_id: int, owner_id: int, *, sent_to: int | None = None,
                      issued_at: datetime | None = None, sent_in: str = REMINDER) -> str:
    """Scoped to one action and its owner at the time: reassigning the action retires the link.

    A link sent to someone else who may update the action (the group's chair, in an escalation)
    names them too: they act as themselves, never as the owner. `sent_in`: the email it is in.
    """
    marks = {} if sent_to in (None, owner_id) else {"by": sent_to}
    if sent_in != REMINDER:
        marks["in"] = sent_in
    return make_link_token(ACTION_LINK_PURPOSE, issued_at=issued_at, action=action_id, owner=owner_id, **marks)


def action_link_sent_in(payload: dict) -> str:
    """The email an action link came in (REMINDER or NEW_ACTION), from its payload."""
    return NEW_ACTION if payload.get("in") == NEW_ACTION else REMINDER


def action_link_url(action_id: int, owner_id: int, *, sent_to: int | None = None) -> str:
    return absolute_url("nudges.action_link", token=action_link_token(action_id, owner_id, sent_to=sent_to))


def read_action_link(token: str, *, now: datetime | None = None, allow_used: bool = False) -> SignedLink:
    return read_link_token(ACTION_LINK_PURPOSE, token, max_age=timedelta(days=action_link_days()), now=now,
                           allow_used=allow_used)


def update_made_with_link(link: SignedLink) -> ActionUpdate | None:
    """What a spent one-click link did: the update its person saved as it was spent (the page spends
    the link and saves the change at one moment), or None if it is not known (spent before this was
    so, or the record of its use is gone). Lets a second press of the button, or the link opened
    again, say that the first one was saved."""
    used_at = db.session.scalar(db.select(UsedToken.used_at).where(UsedToken.token_id == link.token_id))
    if used_at is None:
        return None
    return db.session.scalar(
        db.select(ActionUpdate)
        .where(ActionUpdate.action_id == link.payload.get("action"), ActionUpdate.created_at == used_at,
               ActionUpdate.author_id == link.payload.get("by", link.payload.get("owner")))
        .order_by(ActionUpdate.id.desc()).limit(1))
