"""The whole journey of one piece of input, and every email it brings (rule: close the loop)."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from tests.inputs.conftest import NOW, TODAY
from tracker.actions import operations as actions
from tracker.core.dates import add_working_days, local_today, to_local
from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.inputs import operations
from tracker.inputs.models import Input, InputStatus
from tracker.nudges.notifications import plan_daily_emails, queue_daily_emails


def _trail_link(email) -> str:
    match = re.search(r"http://localhost(/your-input/[^\s\"<]+)", email.body_text)
    assert match, email.body_text
    return match.group(1)


def test_the_whole_trail_of_a_champions_input(client, auth, partnership, outbox):
    p = partnership
    auth.login(p.champion)
    page = client.submit("/my-input/new", {
        "what": "Parents want to share lived experience of children 'masking' at school.",
        "why_it_matters": "Schools do not always see it.", "consent": "yes"}, follow_redirects=True)
    assert "We have received what you raised" in page.get_data(as_text=True)
    raised = db.session.scalar(db.select(Input))
    assert raised.status == InputStatus.RECEIVED and raised.raised_by_id == p.champion.id
    assert raised.respond_by == add_working_days(to_local(raised.created_at).date(), 10)
    [received] = outbox("input_received")
    assert received.recipient_email == p.champion.email
    assert "masking" in received.body_text and "/your-input/" in received.body_text

    # The Board's chair passes it to the workstream: the champion is told which group has it.
    auth.logout()
    auth.login(p.chair)
    page = client.submit(f"/inputs/{raised.id}/route", {"group": str(p.workstream.id),
                                                        "version": str(raised.version)},
                         follow_redirects=True)
    assert "Passed to Preparing for Adulthood" in page.get_data(as_text=True)
    [routed] = outbox("input_routed")
    assert routed.recipient_email == p.champion.email and "Preparing for Adulthood" in routed.subject

    # The workstream's lead raises an action that answers it, and links one that already exists.
    auth.logout()
    auth.login(p.lead)
    due = add_working_days(local_today(), 15)  # the form takes only a date still to come
    client.submit(f"/inputs/{raised.id}/new-action", {
        "title": "Explore masking with the schools network", "owner": str(p.owner.id),
        "group": str(p.workstream.id), "due_kind": "date",
        "due_on": [str(due.day), str(due.month), str(due.year)]})
    existing = actions.create_action(title="Write a guide for schools on masking", owner=p.owner,
                                     group=p.workstream, by=p.lead, today=TODAY, due_on=due, at=NOW)
    db.session.commit()
    client.submit(f"/inputs/{raised.id}/link-action", {"action": str(existing.id)})
    db.session.expire_all()
    raised = db.session.get(Input, raised.id)
    explore, guide = sorted(raised.actions, key=lambda action: action.id)
    assert explore.title == "Explore masking with the schools network" and guide.id == existing.id

    # Their owner updates one and completes it, and finds the other cannot be done.
    actions.post_update(explore, by=p.owner, note="Met the schools network on 1 December.", at=NOW + timedelta(days=8))
    actions.complete_action(explore, by=p.owner, outcome="The network will run a session on masking in January.",
                            at=NOW + timedelta(days=9))
    actions.mark_cannot_be_done(guide, by=p.owner, explanation="The national guide covers it; we will share that.",
                                at=NOW + timedelta(days=9))
    db.session.commit()
    # Both closings come the next day, in one email (tracker/nudges/notifications.py).
    assert outbox("input_action_closed") == []
    queue_daily_emails(plan_daily_emails(TODAY + timedelta(days=10)))
    db.session.commit()
    [news] = outbox("daily_moves")
    assert news.subject == "Today's news: 2 actions moved"
    assert "Completed, said" in news.body_text
    assert "The network will run a session on masking in January." in news.body_text
    assert "Cannot be done, said" in news.body_text and "The national guide covers it" in news.body_text
    assert "Met the schools network" not in news.body_text  # a working note, not for contributors

    # The lead closes the loop with an answer.
    client.submit(f"/inputs/{raised.id}/answer", {"response": "The schools network will run a session in January.",
                                                 "version": str(db.session.get(Input, raised.id).version)})
    [answered] = outbox("input_answered")
    assert "The schools network will run a session in January." in answered.body_text
    assert db.session.get(Input, raised.id).status == InputStatus.ANSWERED

    # Every email went once, to the champion only.
    kinds = [email.kind for email in outbox()]
    assert kinds == ["input_received", "input_routed", "daily_moves", "input_answered"]
    assert {email.recipient_email for email in outbox()} == {p.champion.email}

    # The champion sees the whole trail on My input and on the input's page, as they were told it:
    # the owner's working note, which the email left out, stays with colleagues there too.
    auth.logout()
    auth.login(p.champion)
    for url in ("/my-input", f"/inputs/{raised.id}"):
        html = client.get(url).get_data(as_text=True)
        for words in ("masking", "Received", "Passed to Preparing for Adulthood", "Explore masking with the schools network",
                      "The network will run a session on masking in January.",
                      "Cannot be done", "The national guide covers it", "Answered",
                      "The schools network will run a session in January.", "Olu Owner, Council"):
            assert words in html, (url, words)
        assert "Met the schools network on 1 December." not in html
        assert "Pass it to a group" not in html and "Pass to another group" not in html  # not theirs to route
    auth.logout()
    auth.login(p.lead)  # who may open the action sees its working notes on the input's page too
    assert "Met the schools network on 1 December." in client.get(f"/inputs/{raised.id}").get_data(as_text=True)

    # And so does anyone with the private link from an email, without signing in.
    auth.logout()
    html = client.get(_trail_link(answered)).get_data(as_text=True)
    assert "Passed to Preparing for Adulthood" in html and "The network will run a session on masking" in html


def test_someone_without_an_account_follows_the_trail_by_the_link_in_each_email(client, partnership, outbox):
    raised = operations.raise_public_input(email="Parent@Example.com", name="Pat Parent",
                                           what="The Local Offer is hard to search on a phone.", at=NOW)
    operations.route_input(raised, group=partnership.workstream, by=partnership.chair, at=NOW)
    db.session.commit()
    received, routed = outbox()
    assert received.recipient_email == routed.recipient_email == "parent@example.com"
    assert received.recipient_id is None and "Hello Pat Parent," in received.body_text
    page = client.get(_trail_link(routed))
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "The Local Offer is hard to search on a phone." in html and "Passed to Preparing for Adulthood" in html
    assert "only people with the link" in html


def test_a_private_link_stops_working_when_tampered_with_or_old_or_sent_elsewhere(client, app, partnership):
    from tracker.inputs.notify import trail_token

    raised = operations.raise_public_input(email="parent@example.com", what="Waiting lists.", at=NOW)
    db.session.commit()
    good = trail_token(raised, "parent@example.com")
    assert client.get(f"/your-input/{good}").status_code == 200
    assert client.get(f"/your-input/{good[:-3]}abc").status_code == 404
    old = trail_token(raised, "parent@example.com", issued_at=NOW - timedelta(days=91))
    expired = client.get(f"/your-input/{old}")
    assert expired.status_code == 410 and "Get a new link by email" in expired.get_data(as_text=True)
    elsewhere = trail_token(raised, "someone.else@example.com")
    assert client.get(f"/your-input/{elsewhere}").status_code == 404


def test_an_action_reopened_and_closed_again_is_news_again_but_never_twice(partnership, outbox):
    p = partnership

    def to_champion(emails):
        return [email for email in emails if email.recipient_email == p.champion.email]

    raised = operations.raise_input(by=p.champion, what="Short breaks over the summer.", at=NOW)
    operations.route_input(raised, group=p.workstream, by=p.lead, at=NOW)
    action = operations.raise_action_for_input(raised, by=p.lead, today=TODAY, at=NOW, title="Plan summer breaks",
                                               owner=p.owner, group=p.workstream, due_on=date(2026, 12, 18))
    actions.complete_action(action, by=p.owner, outcome="Planned.", at=NOW + timedelta(days=1))
    db.session.commit()
    queue_daily_emails(plan_daily_emails(TODAY + timedelta(days=2)))
    db.session.commit()
    [first] = to_champion(outbox("daily_moves"))
    actions.reopen_action(action, by=p.lead, reason="Dates changed.", at=NOW + timedelta(days=2))
    actions.complete_action(action, by=p.owner, outcome="Planned for the new dates.", at=NOW + timedelta(days=3))
    db.session.commit()
    queue_daily_emails(plan_daily_emails(TODAY + timedelta(days=2)))  # that day's run again: nothing
    queue_daily_emails(plan_daily_emails(TODAY + timedelta(days=3)))
    db.session.commit()
    first, second = to_champion(outbox("daily_moves"))
    assert "Planned for the new dates." in second.body_text and "Completed, said" in second.body_text
    assert "Planned." in first.body_text and "new dates" not in first.body_text

    # Unlinked, a closed action cannot be linked again: only the group's open actions may be.
    operations.unlink_action(raised, action, by=p.lead)
    with pytest.raises(DomainError, match="Choose one of the open actions"):
        operations.link_action(raised, action, by=p.lead)
    db.session.commit()
    assert outbox("input_action_closed") == []


def test_an_action_that_is_already_done_cannot_be_linked(partnership, outbox):
    """Linking is for the actions still to come; a closed one is refused, and nobody is emailed."""
    p = partnership
    action = actions.create_action(title="Survey families about transport", owner=p.owner, group=p.workstream,
                                   by=p.lead, today=TODAY, due_on=date(2026, 12, 4), at=NOW)
    actions.complete_action(action, by=p.owner, outcome="Survey done: 140 replies.", at=NOW)
    raised = operations.raise_input(by=p.champion, what="School transport is unreliable.", at=NOW)
    operations.route_input(raised, group=p.workstream, by=p.lead, at=NOW)
    with pytest.raises(DomainError, match="Choose one of the open actions"):
        operations.link_action(raised, action, by=p.lead)
    db.session.commit()
    assert outbox("input_action_closed") == []


def test_input_raised_anonymously_emails_nobody(partnership, make_meeting, outbox):
    meeting = make_meeting(partnership.board, date(2026, 11, 10))
    raised = operations.record_meeting_input(meeting=meeting, by=partnership.secretary, what="AOB: respite care.",
                                             at=NOW)
    operations.route_input(raised, group=partnership.workstream, by=partnership.chair, at=NOW)
    operations.answer_input(raised, by=partnership.lead, response="Respite is in the new strategy.", at=NOW)
    db.session.commit()
    assert outbox() == []
    assert raised.anonymous_label == "a parent carer"
