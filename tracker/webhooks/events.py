"""What each event says, queued as the change is saved (in the same transaction, so a change that
is rolled back tells no one). The receivers are connected when the blueprint is imported."""
from __future__ import annotations

from flask import current_app

from tracker.actions.models import CLOSED_STATUSES, Action, ActionUpdate, UpdateKind
from tracker.actions.signals import action_progressed, action_raised
from tracker.core.dates import utc_text
from tracker.meetings.models import Decision, Meeting
from tracker.meetings.signals import (
    decision_published_for_families,
    decision_recorded,
    decision_unpublished_for_families,
    meeting_scheduled,
)
from tracker.nudges.links import absolute_url
from tracker.webhooks.queue import queue_event


def _page(path: str) -> str:
    return current_app.config["BASE_URL"].rstrip("/") + path


def _action(action: Action) -> dict:
    return {"id": action.id, "title": action.title, "status": str(action.status),
            "owner": {"id": action.owner_id, "name": action.owner.name if action.owner else None},
            "group": {"id": action.group_id, "name": action.group.name if action.group else None},
            "due_on": action.due_on.isoformat() if action.due_on else None, "url": _page(f"/actions/{action.id}")}


@action_raised.connect
def _raised(action: Action, **_details) -> None:
    queue_event("action.raised", f"action={action.id}", _action(action))


@action_progressed.connect
def _progressed(action: Action, *, update: ActionUpdate, **_details) -> None:
    if update.kind == UpdateKind.DUE_DATE_MOVED:
        queue_event("action.moved", f"update={update.id}", {
            **_action(action), "moved_from": update.old_due_on.isoformat() if update.old_due_on else None,
            "reason": update.note})
    elif update.kind == UpdateKind.STATUS_CHANGED and update.new_status in CLOSED_STATUSES:
        queue_event("action.closed", f"update={update.id}", {**_action(action), "note": update.note})


def _decision(decision: Decision) -> dict:
    return {"id": decision.id, "text": decision.text, "meeting_id": decision.meeting_id,
            "group": {"id": decision.meeting.group_id, "name": decision.meeting.group.name},
            "url": _page(f"/meetings/{decision.meeting_id}#decision-{decision.id}")}


def _public(decision: Decision) -> dict:
    """Where the public page is (or was, once withdrawn: it then answers 404) and the day it was made."""
    return {"made_on": decision.meeting.starts_on.isoformat(),
            "public_url": absolute_url("public.decision", decision_id=decision.id)}


@decision_recorded.connect
def _decided(decision: Decision, **_details) -> None:
    queue_event("decision.recorded", f"decision={decision.id}", _decision(decision))


@decision_published_for_families.connect
def _published(decision: Decision, **_details) -> None:
    """Published, or its wording changed: each is a new version of the decision, so is sent once."""
    queue_event("decision.published_for_families", f"decision={decision.id}:version={decision.version}", {
        **_decision(decision), **_public(decision), "for_families": decision.for_families,
        "published_at": utc_text(decision.published_at)})


@decision_unpublished_for_families.connect
def _unpublished(decision: Decision, **_details) -> None:
    """What it meant for families is left out: off the public page, it is a draft again (as in the API)."""
    queue_event("decision.unpublished_for_families", f"decision={decision.id}:version={decision.version}",
                {**_decision(decision), **_public(decision)})


@meeting_scheduled.connect
def _scheduled(meeting: Meeting, **_details) -> None:
    queue_event("meeting.scheduled", f"meeting={meeting.id}", {
        "id": meeting.id, "group": {"id": meeting.group_id, "name": meeting.group.name},
        "starts_at": meeting.starts_at.isoformat(), "location": meeting.location, "is_online": meeting.is_online,
        "url": _page(f"/meetings/{meeting.id}")})
