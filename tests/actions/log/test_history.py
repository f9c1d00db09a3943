"""An imported action log is history, not news: its closed rows tell no one, its open ones reach
their owners as one line of one email and other systems as one `action.raised` each, and the
daily email does not retell what the log already says. All of it in one flush: a fixed number of
queries however long the log. Emails go to a real SMTP server, webhooks to a real HTTP server."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tracker.actions import operations as actions
from tracker.actions.log_import import guess_columns, read_log
from tracker.actions.log_models import ImportedLogRow
from tracker.actions.log_operations import LogRefused, import_log, read_entries
from tracker.actions.models import Action, ActionStatus, ActionUpdate
from tracker.core.dates import local_today, utcnow
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.importer.operations import people_who_can_own
from tracker.nudges import preferences
from tracker.nudges.jobs import run_sender
from tracker.nudges.notifications import ActionFollow, ActionNotice, plan_daily_emails, queue_daily_emails
from tracker.webhooks import operations as webhooks
from tracker.webhooks.models import WebhookDelivery

HEADINGS = ["Action", "Owner", "Meeting", "Due date", "Revised date", "Status", "Notes"]
LOG = [
    ["Write to all schools about the local offer", "MW", "12/06/2012", "17/07/2012", "30/09/2012", "Ongoing",
     "Letter drafted"],
    ["Set up the key worker pilot", "YO", "12/06/2012", "17/07/2012", "", "Complete", "Pilot started in July"],
    ["Report the survey results to the Board", "MW", "04/09/2012", "30/06/2013", "", "Not yet due", ""],
    ["Book the hall for the summer event", "GA", "04/09/2012", "30/06/2013", "", "Withdrawn",
     "The school hall is closed for building work this year"],
    ["Publish the short breaks statement", "MW", "04/09/2012", "14/12/2012", "", "Amber", "Consultation closes late"],
]
OPEN_TITLES = {LOG[0][0], LOG[2][0], LOG[4][0]}


def log_csv(rows: list[list[str]]) -> bytes:
    return "\n".join("\t".join(row) for row in [HEADINGS, *rows]).encode() + b"\n"


def import_rows(group, rows: list[list[str]], *, by=None) -> list[Action]:
    """What the page and `flask actions import` do: read, check, import, commit."""
    table = read_log("log.csv", log_csv(rows))
    entries = read_entries(table, guess_columns(table.headings), group, people_who_can_own(), today=local_today())
    made = import_log(group, entries, log_name="log.csv", by=by, today=local_today(), now=utcnow())
    db.session.commit()
    return made


@pytest.fixture
def no_quiet_period(app, monkeypatch):
    """New-action emails gathered at the next outbox run."""
    monkeypatch.setitem(app.config, "NOTIFY_QUIET_MINUTES", 0)


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_owners_get_one_email_line_for_their_open_imported_actions_and_nothing_for_closed_ones(
        no_quiet_period, mailbox, log_team):
    made = import_rows(log_team.group, LOG, by=log_team.lena)
    assert len(made) == 5
    run_sender(now=utcnow() + timedelta(minutes=1))  # after the email is queued, however slow the machine
    # Yusuf and Grace own only closed rows: history, so no email at all.
    assert mailbox.recipients == ["mary.walker@example.org"]
    [message] = mailbox.messages
    assert message["Subject"] == "You have 3 new actions"
    text = mailbox.text_of(message)
    assert "- 3 open actions from the action log of special educational needs and disabilities (SEND) Board\n" in text
    assert "The group's action log is now in Tracker, and these actions are yours:" in text
    assert all(f"  * {title}. Due: " in text for title in OPEN_TITLES)
    assert "See your actions: http://localhost/my-actions" in text
    assert text.count("Post an update") == 0  # one line, not one block an action
    assert "Set up the key worker pilot" not in text and "moved its due date" not in text
    assert "3 open actions from the action log of" in mailbox.html_of(message)
    # Every owner follows every imported action, closed or not, so a reopening reaches them.
    follows = set(db.session.execute(select(ActionFollow.action_id, ActionFollow.person_id)).all())
    assert follows == {(action.id, action.owner_id) for action in made}


def test_a_long_log_names_five_actions_and_counts_the_rest(no_quiet_period, mailbox, log_team):
    import_rows(log_team.group, [[f"Visit school {n}", "GA", "04/09/2012", "30/06/2013", "", "Ongoing", ""]
                                 for n in range(1, 13)])
    run_sender(now=utcnow() + timedelta(minutes=1))  # after the email is queued, however slow the machine
    [message] = mailbox.messages
    text = mailbox.text_of(message)
    assert message["Subject"] == "You have 12 new actions"
    assert "- 12 open actions from the action log of" in text
    assert "  * Visit school 5. Due: 30 June 2013\n  * and 7 more\n" in text and "Visit school 6" not in text


def test_webhooks_hear_of_open_imported_actions_as_raised_and_of_closed_ones_nothing(log_team, receiver):
    webhooks.register_webhook(url=receiver.url, events=["action.raised", "action.moved", "action.closed"],
                              by=log_team.chair)
    db.session.commit()
    import_rows(log_team.group, LOG)
    assert webhooks.deliver_pending()["delivered"] == 3
    bodies = [json.loads(request["body"]) for request in receiver.received]
    assert {body["event"] for body in bodies} == {"action.raised"}
    assert {body["data"]["title"] for body in bodies} == OPEN_TITLES
    letter = next(body["data"] for body in bodies if body["data"]["title"] == LOG[0][0])
    assert letter["due_on"] == "2012-09-30" and letter["status"] == ActionStatus.IN_PROGRESS


def test_the_daily_email_does_not_retell_the_logs_history_but_tells_what_happens_next(mailbox, log_team):
    today = local_today()
    queue_daily_emails(plan_daily_emails(today))  # an earlier run: the high-water mark
    db.session.commit()
    import_rows(log_team.group, LOG, by=log_team.lena)
    tomorrow = plan_daily_emails(today + timedelta(days=1))
    assert tomorrow.readers == []  # the log's moves, notes and closings are not news
    queue_daily_emails(tomorrow)
    db.session.commit()
    survey = db.session.scalar(select(Action).where(Action.title == LOG[2][0]))
    actions.post_update(survey, by=log_team.lena, note="The survey closes on Friday", at=utcnow())
    db.session.commit()
    later = plan_daily_emails(today + timedelta(days=2))
    [mary] = later.readers
    assert mary.person == log_team.mary and [[u.note for u in moves] for moves in mary.moves.values()] == [
        ["The survey closes on Friday"]]


def test_each_action_keeps_its_audit_trail_and_history(log_team):
    made = import_rows(log_team.group, LOG, by=log_team.lena)
    letter = made[0]
    assert letter.original_due_on.isoformat() == "2012-07-17" and letter.due_on.isoformat() == "2012-09-30"
    assert [update.kind for update in sorted(letter.updates, key=lambda update: update.id)] == [
        "due_date_moved", "note"]
    created = db.session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "actions",
                                                          AuditEvent.event == "created")).all()
    assert sorted(event.entity_id for event in created) == sorted(action.id for action in made)
    updates = db.session.scalars(select(AuditEvent).where(AuditEvent.entity_type == "action_updates")).all()
    assert len(updates) == count(ActionUpdate)


def test_a_bad_row_mid_log_leaves_nothing_saved_and_the_same_log_again_makes_nothing(log_team, receiver):
    webhooks.register_webhook(url=receiver.url, events=["action.raised"], by=log_team.chair)
    db.session.commit()
    bad = [*LOG[:2], ["Agree the training plan", "YO", "05/03/2013", "30/04/2013", "01/01/2013", "", ""], *LOG[2:]]
    table = read_log("log.csv", log_csv(bad))
    entries = read_entries(table, guess_columns(table.headings), log_team.group, people_who_can_own(),
                           today=local_today())
    try:
        import_log(log_team.group, entries, log_name="log.csv", by=None, today=local_today(), now=utcnow())
    except LogRefused as refused:
        assert [problem.row for problem in refused.problems] == [4]
        db.session.rollback()
    else:
        raise AssertionError("the log was imported")
    for model in (Action, ActionUpdate, ImportedLogRow, ActionNotice, ActionFollow, WebhookDelivery):
        assert count(model) == 0, model
    assert count(AuditEvent) == db.session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.entity_type != "actions", AuditEvent.entity_type != "action_updates"))
    assert len(import_rows(log_team.group, LOG)) == 5
    notices, deliveries = count(ActionNotice), count(WebhookDelivery)
    assert import_rows(log_team.group, LOG) == []
    assert count(Action) == 5 and count(ActionNotice) == notices and count(WebhookDelivery) == deliveries


def test_importing_a_log_sends_the_same_queries_for_fifty_rows_as_for_ten(count_queries, log_team):
    def rows(first: int, many: int) -> list[list[str]]:
        return [[f"Visit school {n}", ["MW", "YO", "GA"][n % 3], "04/09/2012", "30/06/2013",
                 "31/07/2013" if n % 2 else "", ["Ongoing", "Complete", "Amber", "Withdrawn"][n % 4],
                 f"Visited on the {n}th, and the head said the building work is done"] for n in range(first, first + many)]

    _, few = count_queries(lambda: import_rows(log_team.group, rows(0, 10)))
    _, many = count_queries(lambda: import_rows(log_team.group, rows(100, 50)))
    assert count(Action) == 60
    assert many == few, (few, many)


def test_an_owner_who_chose_the_daily_email_gets_the_logs_line_there(mailbox, log_team):
    preferences.set_choice(log_team.mary, preferences.NEW_ACTIONS, preferences.DAILY)
    import_rows(log_team.group, LOG, by=log_team.lena)
    run_sender(now=utcnow() + timedelta(hours=2))
    assert mailbox.messages == []  # she waits for the daily email
    queue_daily_emails(plan_daily_emails(local_today() + timedelta(days=1)))
    db.session.commit()
    run_sender(now=utcnow() + timedelta(hours=3))
    [message] = mailbox.messages
    text = mailbox.text_of(message)
    assert message["To"] == "mary.walker@example.org" and message["Subject"] == "Today's news: new actions for you"
    assert "- 3 open actions from the action log of" in text and "moved" not in message["Subject"]
