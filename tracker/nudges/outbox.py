"""Queueing email: written to the outbox in the caller's transaction, sent later by the sender.

`queue_email` is how every part of Tracker sends email. Its dedupe key makes queueing idempotent:
the same key can be queued any number of times and is stored (so sent) once.
"""
from __future__ import annotations

from dataclasses import dataclass

from flask import render_template

from tracker.core.database import insert_or_on_conflict
from tracker.core.dates import utcnow
from tracker.core.plain_english import spell_out_in_html, spell_out_in_text
from tracker.extensions import db
from tracker.nudges.models import OutboxAttachment, OutboxEmail, OutboxStatus
from tracker.people.models import User


@dataclass(frozen=True)
class Attachment:
    filename: str
    # With any parameters the reader needs, e.g. "text/calendar; method=REQUEST".
    content_type: str
    content: bytes


def queue_email(
    *,
    key: str,
    kind: str,
    to: User | str,
    subject: str,
    to_name: str = "",
    template: str,
    headers: dict[str, str] | None = None,
    attachments: list[Attachment] | None = None,
    **context,
) -> bool:
    """Queue one email rendered from `templates/<template>.txt` and `.html`, with any extra
    headers (e.g. List-Unsubscribe) and attachments, stored with it and sent with it.

    Returns True if it was queued now, False if an email with this key already exists. `to_name`
    is the name of someone without an account (a public contributor), shown in the outbox.
    """
    recipient_email = to if isinstance(to, str) else to.email
    context.setdefault("recipient", None if isinstance(to, str) else to)
    row = {
        "dedupe_key": key,
        "kind": kind,
        "recipient_id": None if isinstance(to, str) else to.id,
        "recipient_email": recipient_email,
        "recipient_name": to_name if isinstance(to, str) else to.name,
        "subject": subject,  # a title, as a page's <title> is: kept short, acronyms spelled out below
        "body_text": spell_out_in_text(render_template(f"{template}.txt", **context)),
        "body_html": spell_out_in_html(render_template(f"{template}.html", **context)),
        "status": OutboxStatus.PENDING,
        "attempts": 0,
        "next_attempt_at": utcnow(),
        "created_at": utcnow(),
        "last_error": "",
        "headers": dict(headers or {}),
    }
    table = OutboxEmail.__table__  # a Core insert: its RETURNING says whether a row went in
    statement = (
        insert_or_on_conflict(db.session, table).values(row).on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(table.c.id)
    )
    queued = db.session.execute(statement).first()
    if queued is None:
        return False
    if attachments:
        db.session.execute(db.insert(OutboxAttachment), [
            {"email_id": queued.id, "filename": attachment.filename,
             "content_type": attachment.content_type, "content": attachment.content}
            for attachment in attachments
        ])
    return True
