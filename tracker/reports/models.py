"""Indexes the reports need on other domains' tables (the tables themselves live there).

`ix_actions_open_due`: a partial index of outstanding actions by due date. The outstanding list
(sorted by due date, overdue or not), its counts and the overdue chart walk it instead of sorting
every open action; `at_risk`, `status` and `group_id` ride along so the counts never touch the
table (the group gives the "due soon" count its window).
"""
from sqlalchemy import Index, text

from tracker.actions.models import Action

OPEN_ACTIONS = text("status IN ('not_started', 'in_progress')")

Index(
    "ix_actions_open_due",
    Action.due_on,
    Action.at_risk,
    Action.status,
    Action.group_id,
    sqlite_where=OPEN_ACTIONS,
    postgresql_where=OPEN_ACTIONS,
)
