"""The Board pack for a meeting: the group's action log, its recent decisions and the minutes
waiting for approval, printable and as a PDF.

Review at every meeting (docs/rules.md): each meeting opens with the group's outstanding actions, and
hears what was closed since the last one. The pack lists every open action of the group (owner,
due date and its moves, last update, RAG) and the actions closed since the group's previous
meeting, with their outcomes or the explanation of why they could not be done; then the decisions
made at the group's meetings since the last one, and the earlier meetings whose draft minutes
this meeting is asked to approve.

A fixed number of queries whatever the number of actions and decisions: the previous meeting, the
outstanding actions, the closed ones, the replacements of superseded actions, the decisions (with
what they superseded and their tags) and the draft minutes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from flask import render_template
from sqlalchemy import select

from tracker.actions.models import Action
from tracker.actions.rag import Rag
from tracker.core.dates import local_day
from tracker.decisions.queries import decisions_made_between
from tracker.extensions import db
from tracker.meetings.models import Decision, Meeting, MeetingStatus
from tracker.meetings.queries import minutes_awaiting_approval
from tracker.reports.filters import ActionFilters
from tracker.reports.queries import ListedAction, listed_actions_select

FIRST_MEETING_LOOKBACK = timedelta(days=92)  # a group's first meeting hears a season's closures


@dataclass
class BoardPack:
    meeting: Meeting
    previous_meeting: Meeting | None
    closed_since: datetime
    today: date
    outstanding: list[ListedAction]
    closed: list[ListedAction]
    replacements: dict[int, str]  # superseded action id -> the title of what replaced it
    decisions: list[Decision]  # made at the group's meetings since the last one, oldest first
    minutes_for_approval: list[Meeting]  # earlier meetings whose minutes are still draft

    @property
    def overdue(self) -> list[ListedAction]:
        return [action for action in self.outstanding if action.rag == Rag.RED]

    @property
    def at_risk(self) -> list[ListedAction]:
        return [action for action in self.outstanding if action.rag == Rag.AMBER]

    @property
    def due_by_meeting(self) -> list[ListedAction]:
        meeting_day = self.meeting.starts_on
        return [action for action in self.outstanding
                if action.due_on is not None and self.today <= action.due_on <= meeting_day]


def previous_meeting_of(meeting: Meeting) -> Meeting | None:
    return db.session.scalar(
        select(Meeting)
        .where(Meeting.group_id == meeting.group_id, Meeting.starts_at < meeting.starts_at,
               Meeting.status != MeetingStatus.CANCELLED)
        .order_by(Meeting.starts_at.desc())
        .limit(1)
    )


def board_pack(meeting: Meeting, *, today: date, now: datetime) -> BoardPack:
    """Closed "since the last meeting" means from the start of the group's previous meeting up to
    the start of this one (or now, if this one is still to come)."""
    previous = previous_meeting_of(meeting)
    starts_at = meeting.starts_at
    closed_since = previous.starts_at if previous else starts_at - FIRST_MEETING_LOOKBACK
    group_only = ActionFilters(status="open", group_ids=(meeting.group_id,), sort="overdue")
    outstanding = [ListedAction.of(row, today)
                   for row in db.session.execute(listed_actions_select(group_only, today))]
    closed_rows = db.session.execute(
        listed_actions_select(group_only.but(status="closed"), today)
        .where(Action.closed_at >= closed_since, Action.closed_at < min(starts_at, now))
        .order_by(None)
        .order_by(Action.closed_at, Action.id)
    )
    closed = [ListedAction.of(row, today) for row in closed_rows]
    superseded_ids = [action.id for action in closed if action.status == "superseded"]
    replacements = {}
    if superseded_ids:
        replacement = db.aliased(Action)
        replacements = dict(db.session.execute(
            select(Action.id, replacement.title)
            .join(replacement, replacement.id == Action.superseded_by_id)
            .where(Action.id.in_(superseded_ids))
        ).all())
    # Decisions "since the last meeting" include the last meeting's own: the Board hears what it agreed.
    decisions = decisions_made_between(meeting.group_id, closed_since, starts_at)
    return BoardPack(meeting=meeting, previous_meeting=previous, closed_since=closed_since, today=today,
                     outstanding=outstanding, closed=closed, replacements=replacements, decisions=decisions,
                     minutes_for_approval=minutes_awaiting_approval(meeting))


def pdf_file_name(pack: BoardPack) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", pack.meeting.group.name.lower()).strip("-") or "group"
    return f"board-pack-{slug}-{local_day(pack.meeting.starts_at).isoformat()}.pdf"


PDF_STYLESHEET = Path(__file__).with_name("board_pack_pdf.css")


def render_pdf(pack: BoardPack, **context) -> bytes:
    """The pack as an A4 PDF with page numbers (WeasyPrint, from its own print template)."""
    from weasyprint import CSS, HTML  # imported here: it loads Pango, which only PDFs need

    html = render_template("reports/board_pack_pdf.html", pack=pack, **context)
    return HTML(string=html).write_pdf(stylesheets=[CSS(filename=str(PDF_STYLESHEET))])
