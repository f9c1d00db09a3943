"""Circulating a meeting's papers (routes on the meetings blueprint): a preview, then send.

The rules live in circulation.py; this page shows who will receive what, and sends on a click.
"""
from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_login import current_user

from tracker.core.access import signed_in
from tracker.core.dates import utcnow
from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.meetings import blueprint, circulation
from tracker.meetings.forms import CirculateForm
from tracker.meetings.models import PAPER_LABELS
from tracker.meetings.queries import circulations_of
from tracker.meetings.views import SECTION, _meeting


@blueprint.route("/meetings/<int:meeting_id>/papers", methods=["GET", "POST"])
@signed_in
def circulate(meeting_id: int):
    meeting = _meeting(meeting_id, change=True)
    now = utcnow()
    paper = circulation.paper_for(meeting, now)
    sent = circulations_of(meeting)
    form = CirculateForm(paper=paper.value, last_seen=sent[0].id if sent else 0)
    problem = None
    if form.validate_on_submit():
        try:
            if form.paper.data != paper:  # previewed before the meeting started, sent after (or tampered)
                raise DomainError(f"The meeting has started since this page was opened. Check the preview of "
                                  f"{PAPER_LABELS[paper]} below, then send it")
            record = circulation.circulate(meeting, paper, by=current_user, now=now,
                                           last_seen=form.last_seen.data or 0)
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            problem = error.message
            sent = circulations_of(meeting)
        else:
            flash(f"{record.paper_label.capitalize()} will be emailed to {record.recipient_count} "
                  f"{'person' if record.recipient_count == 1 else 'people'}.", "success")
            return redirect(url_for("meetings.show", meeting_id=meeting.id, _anchor="papers"))
    readers = circulation.readers_of(meeting, paper)
    try:  # what stops the papers going at all: no send button, the reason instead
        circulation.check_papers(meeting, paper, now=now)
        cannot_send = None if readers.everyone else (
            f"Nobody would receive the papers: {meeting.group.name} has no members who get meeting papers")
    except DomainError as error:
        cannot_send = error.message
    preview = render_template("emails/meeting_papers.txt", recipient=current_user, unsubscribe_url="(their own link)",
                              **circulation.email_context(meeting, paper))
    return render_template(
        "meetings/circulate.html", meeting=meeting, form=form, paper=paper, readers=readers,
        last_seen=sent[0].id if sent else 0,
        problem=problem, cannot_send=cannot_send, preview=preview, subject=circulation.subject_of(meeting, paper),
        page_errors=[{"text": problem, "href": "#submit"}] if problem else [],
        title=f"Circulate {PAPER_LABELS[paper]}", section=SECTION)
