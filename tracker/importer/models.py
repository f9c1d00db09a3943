"""What the importer has made, so the same outcomes are never made into actions twice."""
from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tracker.extensions import db


class ImportedAction(db.Model):
    """One outcome of a meeting made into an action by the importer, under a key for the words it
    came from. The unique key is the guard: pressing "Create" twice, or two people creating from
    the same outcomes at once, makes each action once (the second insert of a key does nothing).
    Bookkeeping, not audited: the action it made is."""

    __tablename__ = "imported_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    # Removing the action frees its outcome to be imported again.
    action_id: Mapped[int | None] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)

    __table_args__ = (UniqueConstraint("meeting_id", "key", name="uq_imported_actions_meeting_key"),)
