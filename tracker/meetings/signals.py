"""Signals other domains listen to, so meetings need not know who cares (webhooks)."""
from blinker import Namespace

_signals = Namespace()

# sender=decision, when it is recorded at a meeting.
decision_recorded = _signals.signal("decision-recorded")
# sender=meeting, when it is put in the diary (by hand or by the group's schedule).
meeting_scheduled = _signals.signal("meeting-scheduled")
