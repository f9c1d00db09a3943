"""What can happen to a decision once recorded, beyond its words (changed on the meeting's page):
its tags, being superseded by a later decision of its group, and its summary for families being
published on the public "What we decided" page (and its feed) or taken off it.

Operations flush, never commit; every change is written to the audit trail by its listener
(tracker/core/audit.py), tags included (Decision.__audit_collections__).
"""
from __future__ import annotations

from datetime import date, datetime

from tracker.core.dates import format_date, to_local
from tracker.core.domain import DomainError, checked_text
from tracker.core.models import Tag
from tracker.core.plain_english import problems_for_families
from tracker.extensions import db
from tracker.inputs.operations import check_private, plain_text, private_names
from tracker.meetings.models import Decision, MeetingStatus, SupersededHow
from tracker.meetings.operations import check_not_overwriting
from tracker.meetings.signals import decision_published_for_families, decision_unpublished_for_families
from tracker.permissions import can_change_decision, runs_group

# What each page of a decision changes: a save of it is refused if someone else changed these
# since the page was opened (an edit conflict); a change of anything else goes through.
LINKS = ("tags", "superseded_by_id", "superseded_how")
FOR_FAMILIES = ("for_families", "published_at")


def is_later(decision: Decision, than: Decision) -> bool:
    """Made at a later meeting, or later at the same meeting."""
    return (decision.meeting.starts_at, decision.id) > (than.meeting.starts_at, than.id)


def groups_above(group) -> list:
    """The group's parent, its parent's parent and so on up to the top (the Board)."""
    above, current = [], group.parent
    while current is not None and current not in above:
        above.append(current)
        current = current.parent
    return above


def groups_that_may_supersede(decision: Decision, person) -> list[int]:
    """The decision's own group, and the groups above it that `person` runs: whose later
    decisions this person may say superseded it."""
    return [decision.meeting.group_id] + [group.id for group in groups_above(decision.meeting.group)
                                          if runs_group(person, group.id)]


def can_mark_superseded(person, decision: Decision) -> bool:
    """Tag it or mark it superseded: whoever runs its group, or a group above it (the Board's
    chair or secretary, for a decision of one of its workstreams)."""
    return can_change_decision(person, decision) or len(groups_that_may_supersede(decision, person)) > 1


def _check_supersedes(decision: Decision, later: Decision, how: str | None, by) -> None:
    """We will be transparent: a decision is revisited or reversed by a later decision of the same
    group or of a group above it (the Board over its workstreams), which then lists it, so the
    record reads forwards and backwards. Whoever links them must be able to run the later one's group."""
    if later.id == decision.id:
        raise DomainError("A decision cannot supersede itself. Choose a later decision", field="superseded_by")
    group = decision.meeting.group
    if later.meeting.group_id != group.id and later.meeting.group not in groups_above(group):
        raise DomainError(f"Choose a decision of {group.name} or of a group above it", field="superseded_by")
    if not is_later(later, decision):
        raise DomainError(f"Choose a decision made after this one, on or after "
                          f"{format_date(decision.meeting.starts_on)}", field="superseded_by")
    if by is not None and not runs_group(by, later.meeting.group_id):
        raise DomainError(f"Only whoever runs {later.meeting.group.name} can say its decision superseded "
                          f"this one. Ask its chair or secretary", field="superseded_by")
    if how not in set(SupersededHow):
        raise DomainError("Choose whether the later decision revisited or reversed this one",
                          field="superseded_how")


def change_decision_links(decision: Decision, *, tags: list[Tag] | tuple, superseded_by: Decision | None,
                          at: datetime, how: str | None = None, by=None, version: int | None = None) -> Decision:
    """Tag the decision, and say which later decision (if any) superseded it, and how: revisited
    or reversed (SupersededHow). `by` is the person doing it (None: the system); `version` the
    decision's version the form read (None: nothing to compare)."""
    check_not_overwriting(decision, version, LINKS, "decision")
    if superseded_by is not None:
        _check_supersedes(decision, superseded_by, how, by)
    tags_changed = set(decision.tags) != set(tags)  # loads the tags before anything changes: one save
    decision.superseded_by = superseded_by
    decision.superseded_how = str(how) if superseded_by is not None else None
    if tags_changed:
        decision.tags = sorted(tags, key=lambda tag: (tag.kind, tag.position))
        decision.updated_at = at  # tags live in their own table: this saves a new version of the decision
    db.session.flush()
    return decision


def superseded_word(decision: Decision) -> str:
    """"Revisited" or "Reversed", or "Superseded" when how was not recorded (older records)."""
    return {"revisited": "Revisited", "reversed": "Reversed"}.get(decision.superseded_how or "", "Superseded")


def superseded_note(decision: Decision) -> str:
    """How the record reads: "Reversed by the SEND Board on 3 March 2026"; "" while it stands."""
    later = decision.superseded_by
    if later is None:
        return ""
    return f"{superseded_word(decision)} by the {later.meeting.group.name} on {format_date(later.meeting.starts_on)}"


# --- what this means for families ----------------------------------------------------------------


class SecondLookNeeded(Exception):
    """The summary may be hard to read: publishing asks for a second look, never refuses (issue 19).
    `problems` says why, in words; `text` is the summary as it would be published."""

    def __init__(self, problems: list[str], text: str):
        super().__init__("; ".join(problems))
        self.problems = problems
        self.text = text


def made_yet(decision: Decision, today: date) -> bool:
    """Its meeting has taken place and was not cancelled: only then is what it means for families
    asked for (check_for_families refuses it before, saying why)."""
    return decision.meeting.status != MeetingStatus.CANCELLED and decision.meeting.has_come(today)


def check_for_families(decision: Decision, text: str | None, *, at: datetime) -> str:
    """The summary as it would be published (trimmed, any markup taken out), or a DomainError: it
    is needed, short, says nothing that reaches or names a private person (the outcomes' rule), and
    the decision was made: its meeting has taken place and was not cancelled."""
    cleaned = plain_text(checked_text(text, "decisions.for_families", field="for_families",
                                      what="What this means for families",
                                      required="Enter what this means for families"))
    check_private(cleaned, private_names(), "for_families")
    meeting = decision.meeting
    if meeting.status == MeetingStatus.CANCELLED:
        raise DomainError("A decision of a cancelled meeting cannot be published", field="for_families")
    if not meeting.has_come(to_local(at).date()):
        raise DomainError(f"Publish it once its meeting has taken place, on {format_date(meeting.starts_on)}",
                          field="for_families")
    return cleaned


def publish_for_families(decision: Decision, *, text: str | None, at: datetime,
                         second_look_taken: bool = False, version: int | None = None) -> Decision:
    """Publish the summary with the decision on the public page. A summary that may be hard to
    read (problems_for_families) raises SecondLookNeeded unless the person has had that look.
    Publishing again changes the wording and keeps the first date; in the same words it changes
    nothing and tells no one. `version`: the decision's version the form read (None: nothing to compare)."""
    check_not_overwriting(decision, version, FOR_FAMILIES, "decision")
    cleaned = check_for_families(decision, text, at=at)
    problems = problems_for_families(cleaned)
    if problems and not second_look_taken:
        raise SecondLookNeeded(problems, cleaned)
    changed = decision.published_at is None or decision.for_families != cleaned
    decision.for_families = cleaned
    decision.published_at = decision.published_at or at
    db.session.flush()
    if changed:
        decision_published_for_families.send(decision)
    return decision


def unpublish_for_families(decision: Decision, *, version: int | None = None) -> Decision:
    """Take it off the public page and the feed. The summary is kept, to publish again later."""
    check_not_overwriting(decision, version, FOR_FAMILIES, "decision")
    if decision.published_at is None:
        raise DomainError("This decision is not on the public page")
    decision.published_at = None
    db.session.flush()
    decision_unpublished_for_families.send(decision)
    return decision
