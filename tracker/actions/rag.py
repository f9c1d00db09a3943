"""Overdue and RAG (red, amber, green) are derived from dates and status, never stored.

Red: open and past its due date. Amber: open and due soon (the window of the action's group:
tracker/actions/schedule.py), or flagged at risk by its owner. Green: open and on track. Closed
actions have no RAG. The Python function and the SQL expression below must agree; tests check both.
"""
from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import String, and_, case, literal, or_

from tracker.actions.models import OPEN_STATUSES, Action, ActionStatus
from tracker.actions.schedule import is_due_soon, is_due_soon_sql, working_days_late, working_days_text


class Rag(enum.StrEnum):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"


def status_words(status: str) -> str:
    """An action's status in words ("In progress"): the `status_words` template filter, used by the
    status tag (templates/macros/tags.html) and by the text of emails."""
    return ActionStatus(status).label


def rag_words(rag: Rag | str | None, days_overdue: int = 0, at_risk: bool = False) -> str:
    """An open action's RAG in words, the same on every page, report and email: "Overdue by 2 working
    days" (or "Overdue" when due on Friday and seen at the weekend), "At risk" (flagged by its owner,
    not yet late), "Due soon" or "On track". A late action its owner flagged keeps saying so:
    "Overdue by 2 working days, flagged at risk". The `rag_words` template filter; the RAG tag
    (templates/macros/tags.html) gives it its colour. No RAG (a closed action): ""."""
    if not rag:
        return ""
    rag = Rag(rag)
    if rag == Rag.RED:
        late = f"Overdue by {working_days_text(days_overdue)}" if days_overdue else "Overdue"
        return f"{late}, flagged at risk" if at_risk else late
    if rag == Rag.AMBER:
        return "At risk" if at_risk else "Due soon"
    return "On track"


def rag_of(action: Action, today: date, group_due_soon_days: int | None) -> Rag | None:
    """`group_due_soon_days` is the setting of the action's group (None: the service's window)."""
    if action.status not in OPEN_STATUSES:
        return None
    if action.due_on is not None and action.due_on < today:
        return Rag.RED
    if action.at_risk or is_due_soon(action.due_on, today, group_due_soon_days):
        return Rag.AMBER
    return Rag.GREEN


def rag_of_action(action: Action, today: date) -> Rag | None:
    """For a loaded action: its group is read from the session (one query per group at most)."""
    return rag_of(action, today, action.group.due_soon_working_days)


def working_days_overdue(action: Action, today: date) -> int:
    """0 unless open and past due."""
    return working_days_late(action.due_on, today) if action.status in OPEN_STATUSES else 0


def state_helpers(today: date) -> dict:
    """What templates/actions/_macros.html needs to show an action's state on any page: the one
    way an action's status, RAG and "overdue by N working days" are put into words."""
    return {
        "rag": lambda action: rag_of_action(action, today),
        "days_overdue": lambda action: working_days_overdue(action, today),
        "Rag": Rag,
    }


def is_open_sql():
    # The statuses are written into the SQL rather than sent as parameters, so that both engines
    # can use the partial index of open actions (ix_actions_open_due, reports/models.py).
    return Action.status.in_([literal(status.value, String, literal_execute=True) for status in OPEN_STATUSES])


def is_overdue_sql(today: date):
    return and_(is_open_sql(), Action.due_on < today)


def rag_sql(today: date):
    """A SQL expression giving 'red', 'amber', 'green' or NULL, for filtering and sorting."""
    return case(
        (~is_open_sql(), None),
        (Action.due_on < today, "red"),
        (or_(Action.at_risk.is_(True), is_due_soon_sql(today, Action.due_on, Action.group_id)), "amber"),
        else_="green",
    )
