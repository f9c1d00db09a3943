"""Every email about input, delivered by the outbox sender to a real SMTP server on loopback."""
from __future__ import annotations

from datetime import date, timedelta

from tests.inputs.conftest import NOW, TODAY
from tracker.actions import operations as actions
from tracker.extensions import db
from tracker.inputs import operations
from tracker.inputs.reminders import queue_input_reminders_due
from tracker.nudges.notifications import plan_daily_emails, queue_daily_emails
from tracker.nudges.sender import send_pending


def test_each_email_arrives_once_in_plain_text_and_html(mailbox, partnership):
    p = partnership
    raised = operations.raise_public_input(email="pat@example.org", name="Pat <Parent>", at=NOW,
                                           what="Clubs for <disabled> children & young people")
    db.session.commit()
    queue_input_reminders_due(date(2026, 12, 9))  # late: the service's chair and lead are nudged
    operations.route_input(raised, group=p.workstream, by=p.chair, at=NOW)
    action = operations.raise_action_for_input(raised, by=p.lead, today=TODAY, at=NOW, title="List inclusive clubs",
                                               owner=p.owner, group=p.workstream, due_on=date(2026, 12, 18))
    actions.complete_action(action, by=p.owner, outcome="Listed 40 clubs.", at=NOW + timedelta(days=1))
    operations.answer_input(raised, by=p.lead, response="See the Local Offer's clubs page.", at=NOW + timedelta(days=2))
    db.session.commit()
    queue_daily_emails(plan_daily_emails(TODAY + timedelta(days=2)))  # the closing, in the daily email
    db.session.commit()

    report = send_pending()
    db.session.commit()
    assert report.sent == 6 and send_pending().sent == 0
    to_parent = mailbox.to("pat@example.org")
    assert [message["Subject"] for message in to_parent] == [
        "We have received what you raised",
        "What you raised is being looked at by Preparing for Adulthood",
        "You have an answer to what you raised",
        "Today's news: 1 action moved",
    ]
    for message in to_parent:
        text, html = mailbox.text_of(message), mailbox.html_of(message)
        assert "Hello Pat <Parent>," in text and "Hello Pat &lt;Parent&gt;," in html
        assert "Clubs for <disabled> children & young people" in text
        assert "Clubs for &lt;disabled&gt; children &amp; young people" in html
        assert "http://localhost/your-input/" in text and 'href="http://localhost/your-input/' in html
    assert "Listed 40 clubs." in mailbox.text_of(to_parent[3])
    assert "See the Local Offer's clubs page." in mailbox.text_of(to_parent[2])
    nudges = mailbox.to(p.chair.email) + mailbox.to(p.lead.email)
    assert [message["Subject"] for message in nudges] == ["Input waiting for a first response: 2 working days late"] * 2
    assert f"http://localhost/inputs/{raised.id}" in mailbox.text_of(nudges[0])
