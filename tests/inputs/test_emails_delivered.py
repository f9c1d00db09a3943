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


def test_the_trail_link_in_an_email_shows_only_what_its_reader_was_told(client, mailbox, partnership):
    """An owner who did not tick "Share this update" keeps the note among colleagues: the parent's
    private trail page showed every working note and at-risk flag all the same."""
    import re

    p = partnership
    raised = operations.raise_public_input(email="pat@example.org", name="Pat Parent", at=NOW,
                                           what="Clubs for disabled children")
    operations.route_input(raised, group=p.workstream, by=p.chair, at=NOW)
    action = operations.raise_action_for_input(raised, by=p.lead, today=TODAY, at=NOW, title="List inclusive clubs",
                                               owner=p.owner, group=p.workstream, due_on=date(2026, 12, 18))
    actions.post_update(action, by=p.owner, note="The youth service manager is off sick", at=NOW)
    actions.flag_at_risk(action, by=p.owner, reason="No one to ask about the budget", at=NOW)
    actions.post_update(action, by=p.owner, note="Twelve clubs have replied", at=NOW, public=True)
    db.session.commit()
    send_pending()
    link = re.search(r"http://localhost(/your-input/\S+)", mailbox.text_of(mailbox.to("pat@example.org")[-1])).group(1)
    page = client.get(link).get_data(as_text=True)
    assert "Twelve clubs have replied" in page and "List inclusive clubs" in page
    assert "off sick" not in page and "budget" not in page
