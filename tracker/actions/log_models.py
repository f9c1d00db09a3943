"""What an action log import has made, so importing the same log again makes nothing twice."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tracker.core.database import UTCDateTime
from tracker.extensions import db


class ImportedLogRow(db.Model):
    """One row of an imported action log, under a key for what the row says (see log_operations.row_key).
    The unique key per group is the guard: the same file imported twice, or by two people at once,
    makes each action once. Bookkeeping, not audited: the action it made is."""

    __tablename__ = "imported_log_rows"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    action_id: Mapped[int | None] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    # The action's updates dated up to then are its history from the log, not news for the daily email.
    imported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (UniqueConstraint("group_id", "key", name="uq_imported_log_rows_group_key"),)


def imported_keys(group_id: int, keys: list[str]) -> set[str]:
    """Which of these row keys the group has imported already (in batches: a log has thousands)."""
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        found.update(db.session.scalars(db.select(ImportedLogRow.key).where(
            ImportedLogRow.group_id == group_id, ImportedLogRow.key.in_(keys[start:start + 500]))))
    return found
