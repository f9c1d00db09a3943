"""Signals other domains listen to, so actions need not know who cares (inputs, nudges)."""
from blinker import Namespace

_signals = Namespace()

# sender=action, when it is raised (its owner, group and source are set).
action_raised = _signals.signal("action-raised")
# sender=action, update=ActionUpdate, whenever progress is recorded (note, new date, status).
action_progressed = _signals.signal("action-progressed")
# sender=action, update=ActionUpdate, old_owner=User, when someone else is made its owner.
action_reassigned = _signals.signal("action-reassigned")
# sender=a tuple of actions, by=User or None, when record_history brought them in at once from
# the past (an imported action log), already with their progress; the open ones are also sent
# as action_raised with imported=True.
actions_imported = _signals.signal("actions-imported")
