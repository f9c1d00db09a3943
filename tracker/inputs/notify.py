"""Telling whoever raised input what became of it (rule: close the loop, docs/rules.md:
told, not asked).

Every email goes through the outbox in the caller's transaction, with a key that makes it once:
received, passed to a group (once per group), an action already closed linked to it (once per
closing), and answered. Every move of an action that answers it (a new date, a meeting's update,
completion, "cannot be done") comes in the daily email instead (tracker/nudges/notifications.py),
so a contributor gets at most one such email a day. Each carries a private link to the whole trail that
works without an account: signed, read-only, scoped to the input and the address it was sent to.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from tracker.actions.models import Action
from tracker.core.dates import to_local
from tracker.core.signed_links import LinkProblem, SignedLinkError, make_link_token, read_link_token
from tracker.extensions import db
from tracker.inputs.models import Input
from tracker.nudges.links import absolute_url
from tracker.nudges.outbox import queue_email
from tracker.people.models import User, normalise_email

TRAIL_LINK = "input-trail"
# Read-only, so not single-use; each email carries a fresh one, and an expired one can be
# replaced from the page it leads to (public.new_link).
TRAIL_LINK_LIFE = timedelta(days=90)
TRAIL_LINK_LASTS = "90 days"


def contributor_address(raised: Input) -> User | str | None:
    """Where news of the input goes: the account that raised it, or the email address given."""
    if raised.raised_by is not None:
        return raised.raised_by if raised.raised_by.is_active else None
    return raised.contact_email or None


def trail_token(raised: Input, email: str, *, issued_at: datetime | None = None) -> str:
    return make_link_token(TRAIL_LINK, issued_at=issued_at, input=raised.id, to=normalise_email(email))


def trail_url(raised: Input, email: str) -> str:
    return absolute_url("public.trail", token=trail_token(raised, email))


def input_for_trail_link(token: str, *, now: datetime | None = None) -> Input:
    """The input a private link shows, or SignedLinkError. A link stops working if the input's
    contact address is no longer the one it was sent to."""
    link = read_link_token(TRAIL_LINK, token, max_age=TRAIL_LINK_LIFE, now=now, allow_used=True)
    raised = db.session.get(Input, link.payload.get("input") or 0)
    address = contributor_address(raised) if raised is not None else None
    email = address.email if isinstance(address, User) else address
    if email is None or normalise_email(email) != link.payload.get("to"):
        raise SignedLinkError(LinkProblem.INVALID)
    return raised


def _tell(raised: Input, *, key: str, kind: str, subject: str, template: str, **context) -> bool:
    to = contributor_address(raised)
    if to is None:  # raised anonymously, or with no way to reach them
        return False
    email = to if isinstance(to, str) else to.email
    return queue_email(
        key=key, kind=kind, to=to, to_name=raised.contact_name, subject=subject,
        template=f"emails/{template}", input=raised, name=to.name if isinstance(to, User) else raised.contact_name,
        trail_url=trail_url(raised, email), lasts=TRAIL_LINK_LASTS,
        my_input_url=absolute_url("inputs.mine") if isinstance(to, User) else None,
        **context,
    )


def tell_received(raised: Input) -> bool:
    return _tell(raised, key=f"input-received:{raised.id}", kind="input_received",
                 subject="We have received what you raised", template="input_received")


def tell_routed(raised: Input) -> bool:
    return _tell(raised, key=f"input-routed:{raised.id}:group={raised.group_id}", kind="input_routed",
                 subject=f"What you raised is being looked at by {raised.group.name}",
                 template="input_routed")


def tell_action_closed(raised: Input, action: Action) -> bool:
    """Once per closing: an action reopened and closed again is news again."""
    closed = int(to_local(action.closed_at).timestamp()) if action.closed_at else 0
    done = action.status == "completed"
    return _tell(raised, key=f"input-action-closed:{raised.id}:action={action.id}:{action.status}:{closed}",
                 kind="input_action_closed", action=action, done=done,
                 subject=("An action on what you raised is done" if done
                          else "An action on what you raised cannot be done"),
                 template="input_action_closed")


def tell_answered(raised: Input) -> bool:
    return _tell(raised, key=f"input-answered:{raised.id}", kind="input_answered",
                 subject="You have an answer to what you raised", template="input_answered")


def send_fresh_links(email: str, *, request_id: str) -> bool:
    """Someone without an account asked for new links to what they raised. Nothing is sent (and
    nothing said) if the address raised nothing."""
    email = normalise_email(email)
    from tracker.inputs.queries import inputs_with_email

    raised = inputs_with_email(email)
    if not raised:
        return False
    links = [(each, trail_url(each, email)) for each in raised]
    return queue_email(key=f"input-links:{request_id}", kind="input_links", to=email,
                       subject="Links to what you raised", template="emails/input_links",
                       links=links, lasts=TRAIL_LINK_LASTS)
