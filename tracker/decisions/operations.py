"""What can happen to a decision once recorded, beyond its words (changed on the meeting's page):
its tags, and being superseded by a later decision of its group.

Operations flush, never commit; every change is written to the audit trail by its listener
(tracker/core/audit.py), tags included (Decision.__audit_collections__).
"""
from __future__ import annotations

from datetime import datetime

from tracker.core.dates import format_date
from tracker.core.domain import DomainError
from tracker.core.models import Tag
from tracker.extensions import db
from tracker.meetings.models import Decision


def is_later(decision: Decision, than: Decision) -> bool:
    """Made at a later meeting, or later at the same meeting."""
    return (decision.meeting.starts_at, decision.id) > (than.meeting.starts_at, than.id)


def _check_supersedes(decision: Decision, later: Decision) -> None:
    """We will be transparent: a decision is revisited or reversed by a later decision of the same
    group, which then lists it, so the record reads forwards and backwards."""
    if later.id == decision.id:
        raise DomainError("A decision cannot supersede itself. Choose a later decision", field="superseded_by")
    if later.meeting.group_id != decision.meeting.group_id:
        raise DomainError(f"Choose a decision of {decision.meeting.group.name}", field="superseded_by")
    if not is_later(later, decision):
        raise DomainError(f"Choose a decision made after this one, on or after "
                          f"{format_date(decision.meeting.starts_on)}", field="superseded_by")


def change_decision_links(decision: Decision, *, tags: list[Tag] | tuple, superseded_by: Decision | None,
                          at: datetime) -> Decision:
    """Tag the decision, and say which later decision (if any) superseded it."""
    if superseded_by is not None:
        _check_supersedes(decision, superseded_by)
    tags_changed = set(decision.tags) != set(tags)  # loads the tags before anything changes: one save
    decision.superseded_by = superseded_by
    if tags_changed:
        decision.tags = sorted(tags, key=lambda tag: (tag.kind, tag.position))
        decision.updated_at = at  # tags live in their own table: this saves a new version of the decision
    db.session.flush()
    return decision
