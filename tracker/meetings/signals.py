"""Signals other domains listen to, so meetings need not know who cares (webhooks)."""
from blinker import Namespace

_signals = Namespace()

# sender=decision, when it is recorded at a meeting.
decision_recorded = _signals.signal("decision-recorded")
# sender=decision, when what it means for families is published on the public page, or its wording
# changed there (not when published again in the same words).
decision_published_for_families = _signals.signal("decision-published-for-families")
# sender=decision, when it is taken off the public page.
decision_unpublished_for_families = _signals.signal("decision-unpublished-for-families")
# sender=meeting, when it is put in the diary (by hand or by the group's schedule).
meeting_scheduled = _signals.signal("meeting-scheduled")
