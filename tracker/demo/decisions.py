"""Demo Board decisions with what they mean for families, published on "What we decided"."""
from __future__ import annotations

from tracker.decisions.operations import publish_for_families
from tracker.demo import data


def publish_demo_decisions(*, meetings, moment) -> None:
    """Publish each decision of data.DECISIONS_FOR_FAMILIES through the chair's own operation."""
    for meeting_key, text, day, for_families in data.DECISIONS_FOR_FAMILIES:
        decision = next(each for each in meetings[meeting_key].decisions if each.text == text)
        publish_for_families(decision, text=for_families, at=moment(day, "10:00"), second_look_taken=True)
