"""Signals other domains listen to, so actions need not know who cares (inputs, nudges)."""
from blinker import Namespace

_signals = Namespace()

# sender=action, when it is raised (its owner, group and source are set).
action_raised = _signals.signal("action-raised")
# sender=action, update=ActionUpdate, whenever progress is recorded (note, new date, status).
action_progressed = _signals.signal("action-progressed")
# sender=action, update=ActionUpdate, old_owner=User, when someone else is made its owner.
action_reassigned = _signals.signal("action-reassigned")
