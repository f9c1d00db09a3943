"""The demo's champions' input (data.INPUTS): raised, passed to a group, answered by actions and
published, through the same operations as the pages, so the demo shows the loop closed (charter
rule: close the loop) and every email it sends waits in the outbox."""
from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from tracker.core.models import Tag, TagKind
from tracker.demo import data
from tracker.extensions import db
from tracker.inputs import operations
from tracker.inputs.models import Input


def raise_demo_inputs(*, people, groups, meetings, moment) -> tuple[list[Input], dict[str, list[Input]]]:
    """Each input raised and passed to its group; and, for each action that answers input, by its
    title, the input it answers (create_action links them)."""
    raised_inputs, answering = [], defaultdict(list)
    for entry in data.INPUTS:
        how, *source = entry["raised"]
        if how == "meeting":
            (group_name, day), email = source
            meeting = meetings[(group_name, day)]
            raised = operations.record_meeting_input(
                meeting=meeting, by=people["secretary@example.org"], raised_by=people[email],
                what=entry["what"], why_it_matters=entry["why"], consent_to_contact=True,
                at=meeting.starts_at + timedelta(minutes=30))
        elif how == "site":
            email, day = source
            raised = operations.raise_input(by=people[email], what=entry["what"], why_it_matters=entry["why"],
                                             consent_to_contact=True, at=moment(day, "19:30"))
        else:
            name, email, day = source
            raised = operations.raise_public_input(email=email, name=name, what=entry["what"],
                                                   why_it_matters=entry["why"], consent_to_contact=True,
                                                   at=moment(day, "21:10"))
        group_name, by, day = entry["routed"]
        operations.route_input(raised, group=groups[group_name], by=people[by], at=moment(day, "10:00"))
        for title in entry["answered_by"]:
            answering[title].append(raised)
        raised_inputs.append(raised)
    return raised_inputs, answering


def close_demo_loops(raised_inputs: list[Input], *, people, moment) -> None:
    """Once its actions are done, input is answered and its outcome published as "you said, we did"."""
    priorities = {tag.name: tag for tag in db.session.scalars(db.select(Tag).where(Tag.kind == TagKind.PRIORITY))}
    for raised, entry in zip(raised_inputs, data.INPUTS, strict=True):
        if entry["answer"] is not None:
            email, day, response = entry["answer"]
            operations.answer_input(raised, by=people[email], response=response, at=moment(day, "11:00"))
        if entry["publish"] is not None:
            day, priority, said, did, for_families = entry["publish"]
            operations.publish_outcome(
                raised, by=people[entry["routed"][1]], priority=priorities[priority], confirmed=True,
                at=moment(day, "09:30"),
                texts={"public_said": said, "public_did": did, "public_for_families": for_families})
