"""Everyone hears what concerns them: "You have a new action" gathered over a quiet period, and
the daily email of moves to followers and contributors. Delivered to a real SMTP server (aiosmtpd)
and read back as it arrived."""
from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest

from tracker.actions import operations as actions
from tracker.core.audit import set_actor
from tracker.core.dates import format_date, local_today, utcnow
from tracker.extensions import db
from tracker.inputs.models import Input
from tracker.nudges import notifications, preferences
from tracker.nudges.jobs import run_daily_nudges, run_sender
from tracker.nudges.models import OutboxEmail, OutboxStatus
from tracker.nudges.notifications import ActionNotice, plan_daily_emails, queue_daily_emails

QUIET = timedelta(minutes=15)


@pytest.fixture
def sitting(make_person, make_group):
    """A secretary, two members and their workstream."""
    secretary = make_person(role="lead", name="Sam Secretary", email="secretary@example.org")
    member = make_person(name="Olu Member", email="olu@example.org")
    other = make_person(name="Ada Other", email="ada@example.org")
    for person in (secretary, member, other):
        person.digest_enabled = False
    group = make_group(name="Preparing for Adulthood", secretary=secretary, members=(member, other))
    db.session.commit()
    return secretary, member, other, group


def raise_for(owner, by, group, title, *, due_in=20):
    return actions.create_action(title=title, owner=owner, group=group, by=by, today=local_today(),
                                 due_on=local_today() + timedelta(days=due_in))


def emails(kind: str | None = None) -> list[OutboxEmail]:
    query = db.select(OutboxEmail).order_by(OutboxEmail.id)
    if kind:
        query = query.where(OutboxEmail.kind == kind)
    return db.session.scalars(query).all()


def test_actions_raised_together_arrive_as_one_email_with_links_and_unsubscribe(mailbox, sitting):
    secretary, member, other, group = sitting
    start = utcnow()
    passed = raise_for(other, secretary, group, "Book the venue")
    db.session.execute(db.update(ActionNotice).values(emailed_at=start))  # Ada heard of it at an earlier sitting
    raise_for(member, secretary, group, "Map the transition offer")
    raise_for(member, secretary, group, "Write to the colleges")
    db.session.commit()
    actions.reassign_action(passed, by=secretary, new_owner=member, note="Olu knows the venue", at=utcnow())
    db.session.commit()

    run_sender(now=start + timedelta(minutes=5))  # still within the quiet period: nothing yet
    assert mailbox.messages == [] and emails() == []

    run_sender(now=utcnow() + QUIET + timedelta(seconds=1))
    assert sorted(mailbox.recipients) == ["ada@example.org", "olu@example.org"]
    [olu] = mailbox.to("olu@example.org")
    assert olu["Subject"] == "You have 3 new actions"
    text = mailbox.text_of(olu)
    assert "- Map the transition offer (Preparing for Adulthood)\n  Raised for you by Sam Secretary." in text
    assert "Sam Secretary passed this action to you." in text
    assert text.count("Post an update: http://localhost/act/") == 3
    assert "Close as cannot be done: http://localhost/act/" in text
    # Optional email: a mail program can offer one-click unsubscribe (RFC 8058).
    assert olu["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert olu["List-Unsubscribe"].startswith("<http://localhost/email/unsubscribe/")
    # The previous owner of the passed action hears that it went to someone else.
    [ada] = mailbox.to("ada@example.org")
    assert "Sam Secretary passed this action to Olu Member: you no longer own it." in mailbox.text_of(ada)
    assert "Ada" not in olu["Subject"]

    # A second run, or a retry, sends nothing again.
    run_sender(now=utcnow() + QUIET * 2)
    assert len(mailbox.messages) == 2


def test_the_quiet_period_runs_across_outbox_runs(app, mailbox, sitting):
    secretary, member, _other, group = sitting
    raise_for(member, secretary, group, "First action")
    db.session.commit()
    first_at = db.session.scalar(db.select(ActionNotice.created_at))
    # A run 10 minutes later: quiet for 10 minutes only, so it waits.
    run_sender(now=first_at + timedelta(minutes=10))
    # Another action at minute 12, in the same sitting.
    raise_for(member, secretary, group, "Second action")
    db.session.execute(db.update(ActionNotice).where(ActionNotice.id == db.select(db.func.max(ActionNotice.id))
                                                     .scalar_subquery()).values(created_at=first_at + timedelta(minutes=12)))
    db.session.commit()
    run_sender(now=first_at + timedelta(minutes=20))  # 15 minutes after the first, 8 after the second
    assert mailbox.messages == []
    run_sender(now=first_at + timedelta(minutes=28))  # quiet for 16 minutes
    [message] = mailbox.messages
    assert message["Subject"] == "You have 2 new actions"
    assert "First action" in mailbox.text_of(message) and "Second action" in mailbox.text_of(message)


@pytest.fixture
def no_quiet_period(app):
    app.config["NOTIFY_QUIET_MINUTES"] = 0
    yield
    app.config["NOTIFY_QUIET_MINUTES"] = 15


def test_with_no_quiet_period_the_next_run_sends(no_quiet_period, mailbox, sitting):
    secretary, member, _other, group = sitting
    raise_for(member, secretary, group, "Map the transition offer")
    db.session.commit()
    run_sender(now=utcnow() + timedelta(seconds=1))
    assert [m["Subject"] for m in mailbox.messages] == ["You have a new action"]


def test_nobody_is_emailed_about_their_own_change(mailbox, sitting):
    secretary, member, _other, group = sitting
    mine = raise_for(member, member, group, "My own idea")
    db.session.commit()
    actions.move_due_date(mine, by=member, new_due_on=local_today() + timedelta(days=30), reason="Busy",
                          at=utcnow())
    db.session.commit()
    assert db.session.scalar(db.select(db.func.count()).select_from(ActionNotice)) == 0
    # Someone else moving it is news to the owner.
    actions.move_due_date(mine, by=secretary, new_due_on=local_today() + timedelta(days=40),
                          reason="The Board meets later", at=utcnow())
    db.session.commit()
    run_sender(now=utcnow() + QUIET + timedelta(seconds=1))
    [message] = mailbox.messages
    assert message["Subject"] == "Changes to your actions"
    assert "Sam Secretary moved its due date. Why: The Board meets later" in mailbox.text_of(message)


def test_an_action_raised_then_moved_in_one_sitting_is_one_line_of_news(mailbox, sitting):
    """The owner has not yet heard of the action: its first date is no news to them, only the date it has."""
    secretary, member, _other, group = sitting
    action = raise_for(member, secretary, group, "Map the transition offer")
    db.session.commit()
    actions.move_due_date(action, by=secretary, new_due_on=local_today() + timedelta(days=40),
                          reason="The Board meets later", at=utcnow())
    db.session.commit()
    run_sender(now=utcnow() + QUIET + timedelta(seconds=1))
    [message] = mailbox.messages
    assert message["Subject"] == "You have a new action"
    text = mailbox.text_of(message)
    assert text.count("Map the transition offer") == 1 and "moved its due date" not in text
    assert f"Due: {format_date(local_today() + timedelta(days=40))}" in text
    assert text.count("Post an update: http://localhost/act/") == 1


def test_an_action_raised_and_passed_on_before_its_owner_heard_of_it_is_not_news_to_them(mailbox, sitting):
    """Told neither "raised for you" nor "you no longer own it" about an action that was theirs for a minute."""
    secretary, member, other, group = sitting
    kept = raise_for(other, secretary, group, "Book the venue")
    passed = raise_for(other, secretary, group, "Write to the colleges")
    db.session.commit()
    actions.reassign_action(passed, by=secretary, new_owner=member, note="Olu knows them", at=utcnow())
    db.session.commit()
    run_sender(now=utcnow() + QUIET + timedelta(seconds=1))
    [ada] = mailbox.to("ada@example.org")
    assert ada["Subject"] == "You have a new action"
    text = mailbox.text_of(ada)
    assert kept.title in text and passed.title not in text and "no longer own" not in text
    [olu] = mailbox.to("olu@example.org")
    assert olu["Subject"] == "You have a new action" and passed.title in mailbox.text_of(olu)


def test_an_action_that_came_and_went_in_one_sitting_sends_no_empty_email(mailbox, sitting):
    secretary, member, other, group = sitting
    passed = raise_for(other, secretary, group, "Book the venue")
    db.session.commit()
    actions.reassign_action(passed, by=secretary, new_owner=member, note="Olu has the contacts", at=utcnow())
    db.session.commit()
    run_sender(now=utcnow() + QUIET + timedelta(seconds=1))
    assert mailbox.to("ada@example.org") == [] and len(mailbox.to("olu@example.org")) == 1
    assert db.session.scalar(db.select(db.func.count()).select_from(ActionNotice)
                             .where(ActionNotice.emailed_at.is_(None))) == 0  # put aside, not left waiting


def test_people_who_chose_the_daily_email_or_none_get_nothing_at_once(mailbox, sitting):
    secretary, member, other, group = sitting
    preferences.set_choice(member, preferences.NEW_ACTIONS, preferences.DAILY)
    preferences.set_choice(other, preferences.NEW_ACTIONS, preferences.OFF)
    raise_for(member, secretary, group, "Map the transition offer")
    raise_for(other, secretary, group, "Book the venue")
    db.session.commit()
    run_sender(now=utcnow() + QUIET * 2)
    assert mailbox.messages == []
    # The daily email brings the member's new action.
    queue_daily_emails(plan_daily_emails(local_today() + timedelta(days=1)))
    db.session.commit()
    run_sender(now=utcnow() + QUIET * 3)
    [message] = mailbox.messages
    assert message["To"] == "olu@example.org"
    assert "NEW FOR YOU" in mailbox.text_of(message) and "Map the transition offer" in mailbox.text_of(message)


def test_the_daily_email_of_new_actions_tells_each_action_once_as_it_stands(mailbox, sitting):
    secretary, member, other, group = sitting
    preferences.set_choice(member, preferences.NEW_ACTIONS, preferences.DAILY)
    preferences.set_choice(other, preferences.NEW_ACTIONS, preferences.DAILY)
    moved = raise_for(member, secretary, group, "Map the transition offer")
    gone = raise_for(other, secretary, group, "Book the venue")
    db.session.commit()
    actions.move_due_date(moved, by=secretary, new_due_on=local_today() + timedelta(days=40),
                          reason="The Board meets later", at=utcnow())
    actions.reassign_action(gone, by=secretary, new_owner=member, note="Olu has the contacts", at=utcnow())
    db.session.commit()
    queue_daily_emails(plan_daily_emails(local_today() + timedelta(days=1)))
    db.session.commit()
    run_sender(now=utcnow() + QUIET * 2)
    [message] = mailbox.messages  # nothing to Ada: the venue was hers only until the sitting ended
    assert message["To"] == "olu@example.org" and message["Subject"] == "Today's news: new actions for you"
    text = mailbox.text_of(message)
    assert text.count("Map the transition offer") == 1 and "moved its due date" not in text
    assert "Sam Secretary passed this action to you." in text
    assert db.session.scalar(db.select(db.func.count()).select_from(ActionNotice)
                             .where(ActionNotice.emailed_at.is_(None))) == 0


def test_unsubscribing_from_a_daily_email_of_new_actions_turns_off_new_actions(client, mailbox, sitting):
    secretary, member, other, group = sitting
    preferences.set_choice(member, preferences.NEW_ACTIONS, preferences.DAILY)
    raise_for(member, secretary, group, "Map the transition offer")
    db.session.commit()
    queue_daily_emails(plan_daily_emails(local_today() + timedelta(days=1)))
    db.session.commit()
    run_sender(now=utcnow() + QUIET * 2)
    [message] = mailbox.messages
    assert client.post(urlsplit(message["List-Unsubscribe"].strip("<>")).path,
                       data={"List-Unsubscribe": "One-Click"}).status_code == 200
    db.session.expire_all()
    assert preferences.choice_of(member, preferences.NEW_ACTIONS) == preferences.OFF
    assert preferences.choice_of(member, preferences.MOVES) == preferences.ON


def test_an_address_that_bounces_loses_nothing_and_doubles_nothing(mailbox, sitting):
    secretary, member, _other, group = sitting
    raise_for(member, secretary, group, "Map the transition offer")
    db.session.commit()
    mailbox.refuse_next, mailbox.refuse_with = 1, "550 5.1.1 No such mailbox"
    run_sender(now=utcnow() + QUIET * 2)
    [email] = emails("new_actions")
    assert email.status == OutboxStatus.FAILED and "550" in email.last_error  # kept, for an admin
    run_sender(now=utcnow() + QUIET * 3)  # later runs neither lose nor re-gather it
    assert len(emails("new_actions")) == 1 and mailbox.messages == []


# --- the daily email of moves ---------------------------------------------------------------------


@pytest.fixture
def answered(sitting, make_person):
    """An action that answers input from a champion (with an account) and a parent (without)."""
    secretary, member, other, group = sitting
    champion = make_person(role="champion", name="Cara Champion", email="cara@example.org")
    action = raise_for(member, secretary, group, "Run a transition fair")
    set_actor(db.session, None)
    db.session.add_all([
        Input(what="Young people need to see college options", raised_by=champion, actions=[action]),
        Input(what="Parents want a fair", contact_email="Parent@Example.org", contact_name="Pat Parent",
              consent_to_contact=True, actions=[action]),
    ])
    db.session.commit()
    notifications.follow(action, other)
    db.session.execute(db.update(ActionNotice).values(emailed_at=utcnow()))  # told at once already
    queue_daily_emails(plan_daily_emails(local_today()))  # what happened before today is told
    db.session.commit()
    db.session.execute(db.delete(OutboxEmail))
    db.session.commit()
    return action


def test_contributors_and_followers_hear_of_every_move_next_day(mailbox, sitting, answered):
    secretary, member, other, group = sitting
    actions.post_update(answered, by=member, note="Venue booked", at=utcnow())
    actions.move_due_date(answered, by=member, new_due_on=local_today() + timedelta(days=60),
                          reason="The colleges asked for the spring term", at=utcnow())
    actions.complete_action(answered, by=member, outcome="The fair ran with 12 colleges", at=utcnow())
    db.session.commit()
    tomorrow = local_today() + timedelta(days=1)
    queue_daily_emails(plan_daily_emails(tomorrow))
    db.session.commit()
    queue_daily_emails(plan_daily_emails(tomorrow))  # a second run the same day: nothing
    db.session.commit()
    run_sender(now=utcnow() + timedelta(seconds=1))
    assert sorted(mailbox.recipients) == ["ada@example.org", "cara@example.org", "parent@example.org"]
    assert mailbox.to("olu@example.org") == []  # the owner made every change
    cara = mailbox.text_of(mailbox.to("cara@example.org")[0])
    assert 'This action answers what you raised: "Young people need to see college options"' in cara
    assert "Why: The colleges asked for the spring term" in cara
    assert "Completed, said Olu Member. What was done: The fair ran with 12 colleges" in cara
    assert "Venue booked" not in cara  # working notes stay with the people who follow it
    assert "See the whole story, without signing in: http://localhost/your-input/" in cara  # not the action page
    ada = mailbox.text_of(mailbox.to("ada@example.org")[0])
    assert "Update from Olu Member: Venue booked" in ada
    assert f"See it: http://localhost/actions/{answered.id}" in ada
    [parent] = mailbox.to("parent@example.org")
    assert "Hello Pat Parent," in mailbox.text_of(parent)
    assert "See the whole story, without signing in: http://localhost/your-input/" in mailbox.text_of(parent)
    assert parent["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_champion_whose_action_was_passed_on_no_longer_hears_its_working_notes(mailbox, sitting, make_person):
    """Owners follow their actions; a champion who owned one and passed it on may no longer open it,
    so its working notes (and a link that would not open) stop coming."""
    secretary, member, _other, group = sitting
    champion = make_person(role="champion", name="Cara Champion", email="cara@example.org")
    action = raise_for(champion, secretary, group, "Share the survey with parents")
    db.session.commit()
    actions.reassign_action(action, by=secretary, new_owner=member, note="Cara is away", at=utcnow())
    queue_daily_emails(plan_daily_emails(local_today()))  # what happened before today is told
    db.session.commit()
    actions.post_update(action, by=member, note="The head of Oak school is off sick", at=utcnow())
    actions.move_due_date(action, by=member, new_due_on=local_today() + timedelta(days=60),
                          reason="Spring term", at=utcnow())
    db.session.commit()
    queue_daily_emails(plan_daily_emails(local_today() + timedelta(days=1)))
    db.session.commit()
    run_sender(now=utcnow() + QUIET * 2)
    assert [message["To"] for message in mailbox.messages if message["To"] == "cara@example.org"] == []
    assert all("off sick" not in mailbox.text_of(message) for message in mailbox.messages)


def test_a_date_given_to_an_action_due_by_the_next_meeting_says_what_it_was(mailbox, sitting, answered):
    """It had no date of its own: "(was )" told the follower nothing."""
    secretary, member, other, group = sitting
    answered.due_on = answered.original_due_on = None
    answered.due_at_next_meeting_of = group
    db.session.commit()
    new_date = local_today() + timedelta(days=30)
    actions.move_due_date(answered, by=member, new_due_on=new_date, reason="The Board will not meet", at=utcnow())
    db.session.commit()
    queue_daily_emails(plan_daily_emails(local_today() + timedelta(days=1)))
    db.session.commit()
    run_sender(now=utcnow() + timedelta(seconds=1))
    [ada] = mailbox.to("ada@example.org")
    assert f"New due date {format_date(new_date)} (was the next meeting), moved by Olu Member." in mailbox.text_of(ada)
    assert "(was the next meeting)" in mailbox.html_of(ada)


@pytest.mark.parametrize(("last_run", "today", "since"), [
    (date(2026, 11, 19), date(2026, 11, 20), "yesterday"),  # Thursday, then Friday
    (date(2026, 11, 20), date(2026, 11, 23), "Friday"),  # a Monday's email tells what moved since Friday
    (date(2026, 11, 10), date(2026, 11, 23), "10 November 2026"),  # the scheduler was down
])
def test_the_daily_email_says_since_when_it_tells(mailbox, sitting, answered, last_run, today, since):
    secretary, member, other, group = sitting
    db.session.execute(db.delete(notifications.DailyEmailRun))
    db.session.add(notifications.DailyEmailRun(day=last_run, up_to_update_id=0))
    actions.post_update(answered, by=member, note="Venue booked", at=utcnow())
    db.session.commit()
    queue_daily_emails(plan_daily_emails(today))
    db.session.commit()
    run_sender(now=utcnow() + timedelta(seconds=1))
    [ada] = mailbox.to("ada@example.org")
    assert f"WHAT MOVED SINCE {since.upper()}\n" in mailbox.text_of(ada)
    assert f"What moved since {since}</h2>" in mailbox.html_of(ada)


def parents_daily_email(mailbox, answered, owner):
    """The owner moves the answered action's date; the next day's email to the parent, as it arrived."""
    actions.move_due_date(answered, by=owner, new_due_on=local_today() + timedelta(days=60),
                          reason="Spring term", at=utcnow())
    db.session.commit()
    queue_daily_emails(plan_daily_emails(local_today() + timedelta(days=1)))
    db.session.commit()
    run_sender(now=utcnow() + timedelta(seconds=1))
    [parent] = mailbox.to("parent@example.org")
    return parent


def test_one_click_unsubscribe_from_the_daily_email_stops_the_next(client, mailbox, sitting, answered):
    secretary, member, other, group = sitting
    parent = parents_daily_email(mailbox, answered, member)
    path = urlsplit(parent["List-Unsubscribe"].strip("<>")).path
    assert client.post(path, data={"List-Unsubscribe": "One-Click"}).status_code == 200

    actions.move_due_date(answered, by=member, new_due_on=local_today() + timedelta(days=70),
                          reason="Later still", at=utcnow())
    db.session.commit()
    queue_daily_emails(plan_daily_emails(local_today() + timedelta(days=2)))
    db.session.commit()
    run_sender(now=utcnow() + timedelta(seconds=2))
    assert len(mailbox.to("parent@example.org")) == 1  # nothing more to the parent
    assert len(mailbox.to("cara@example.org")) == 2


def test_a_parent_without_an_account_can_stop_the_daily_email_from_its_own_link(client, mailbox, sitting,
                                                                                answered):
    """Not every mail program shows the List-Unsubscribe header, and they have no settings page."""
    secretary, member, other, group = sitting
    parent = parents_daily_email(mailbox, answered, member)
    text = mailbox.text_of(parent)
    link = re.search(r"To stop these emails: http://localhost(/email/unsubscribe/\S+)", text).group(1)
    assert re.search(r'<a href="http://localhost/email/unsubscribe/[^"]+"[^>]*>Stop these emails</a>',
                     mailbox.html_of(parent))
    asked = client.get(link).get_data(as_text=True)
    # Worded for them: they follow nothing, own nothing and have no settings page.
    assert "Stop emails about what happens to the actions that answer what you raised?" in asked
    for not_theirs in ("actions you follow", "email settings", "actions you own"):
        assert not_theirs not in asked
    told = client.submit(link).get_data(as_text=True)
    assert "You will no longer get emails about what happens to the actions that answer what you raised" in told
    assert "actions you own" not in told and 'href="/your-input"' in told  # a link to what they raised, still
    assert preferences.choice_of("parent@example.org", preferences.MOVES) == preferences.OFF


def test_the_daily_run_is_part_of_the_daily_nudges(mailbox, sitting, answered):
    secretary, member, other, group = sitting
    actions.move_due_date(answered, by=member, new_due_on=local_today() + timedelta(days=60),
                          reason="Spring term", at=utcnow())
    db.session.commit()
    outcome = run_daily_nudges(local_today() + timedelta(days=1))
    assert outcome.counts["daily_emails_queued"] == 3  # the follower and both contributors; not the owner
    assert run_daily_nudges(local_today() + timedelta(days=1)).counts["daily_emails_queued"] == 0


def test_flask_outbox_send_gathers_and_sends_what_is_due_then_exits(app, no_quiet_period, mailbox, sitting):
    secretary, member, _other, group = sitting
    raise_for(member, secretary, group, "Map the transition offer")
    db.session.commit()
    result = app.test_cli_runner().invoke(args=["outbox", "send"])
    assert result.exit_code == 0 and "Sent 1 email." in result.output
    assert [message["To"] for message in mailbox.messages] == ["olu@example.org"]
    assert "Sent 0 emails." in app.test_cli_runner().invoke(args=["outbox", "send"]).output


def test_the_first_daily_run_tells_yesterdays_news_not_the_whole_history(mailbox, sitting, make_person):
    secretary, member, other, group = sitting
    old = raise_for(member, secretary, group, "An action from last year")
    notifications.follow(old, other)
    moved = actions.move_due_date(old, by=member, new_due_on=local_today() + timedelta(days=60),
                                  reason="Long ago", at=utcnow())
    moved.created_at = utcnow() - timedelta(days=400)
    db.session.commit()
    assert plan_daily_emails(local_today()).readers == []


def test_four_outbox_runs_at_once_send_each_new_action_email_once(app, mailbox, sitting, make_person):
    from tests.nudges.test_runs import in_threads

    secretary, member, other, group = sitting
    for person in (member, other):
        raise_for(person, secretary, group, f"An action for {person.name}")
    db.session.commit()
    later = utcnow() + QUIET * 2
    in_threads(app, 4, lambda: run_sender(now=later))
    run_sender(now=later)  # whatever a runner skipped because another held the sender's lock
    assert sorted(mailbox.recipients) == ["ada@example.org", "olu@example.org"]
    assert len(emails("new_actions")) == 2


def test_without_the_lock_gathering_twice_at_once_queues_each_email_once(app, sitting):
    from tests.nudges.test_runs import in_threads

    secretary, member, _other, group = sitting
    raise_for(member, secretary, group, "Map the transition offer")
    db.session.commit()

    def gather():
        gathered = notifications.gather_new_action_emails(utcnow() + QUIET * 2)
        db.session.commit()
        return gathered.emails

    in_threads(app, 2, gather)
    assert len(emails("new_actions")) == 1  # the same notices make the same key


def test_a_busy_sitting_is_sent_within_the_hour_even_if_never_quiet(mailbox, sitting):
    secretary, member, _other, group = sitting
    raise_for(member, secretary, group, "The first of many")
    raise_for(member, secretary, group, "The latest")
    db.session.commit()
    first, latest = db.session.scalars(db.select(ActionNotice).order_by(ActionNotice.id)).all()
    start = first.created_at
    latest.created_at = start + notifications.LONGEST_GATHERING - timedelta(minutes=5)
    db.session.commit()
    run_sender(now=start + notifications.LONGEST_GATHERING - timedelta(minutes=1))
    assert mailbox.messages == []  # not quiet, and not yet an hour
    run_sender(now=start + notifications.LONGEST_GATHERING + timedelta(seconds=1))
    [message] = mailbox.messages
    assert message["Subject"] == "You have 2 new actions"


def test_an_update_shared_with_contributors_reaches_them_and_a_working_note_does_not(
        client, auth, mailbox, sitting, answered):
    secretary, member, other, group = sitting
    auth.login(member)
    page = client.get(f"/actions/{answered.id}/update").get_data(as_text=True)
    assert "Share this update with the people whose input this action answers" in page
    client.submit(f"/actions/{answered.id}/update", {"note": "Twelve colleges have said yes", "public": "y",
                                                     "version": str(answered.version)})
    db.session.expire_all()
    client.submit(f"/actions/{answered.id}/update", {"note": "Chase the finance sign-off",
                                                     "version": str(db.session.get(type(answered), answered.id).version)})
    queue_daily_emails(plan_daily_emails(local_today() + timedelta(days=1)))
    db.session.commit()
    run_sender(now=utcnow() + timedelta(seconds=1))
    cara = mailbox.text_of(mailbox.to("cara@example.org")[0])
    assert "Update from Olu Member: Twelve colleges have said yes" in cara
    assert "Chase the finance sign-off" not in cara
    assert "Chase the finance sign-off" in mailbox.text_of(mailbox.to("ada@example.org")[0])  # a follower
    page = " ".join(client.get(f"/actions/{answered.id}").get_data(as_text=True).split())
    assert page.count("Shared with the people whose input this action answers") == 1


def test_planning_the_daily_email_reads_the_same_for_many_moves_as_for_few(count_queries, sitting, make_person):
    secretary, member, other, group = sitting
    queue_daily_emails(plan_daily_emails(local_today()))
    db.session.commit()

    def moves(count: int, day: int):
        for number in range(count):
            champion = make_person(role="champion")
            action = raise_for(member, secretary, group, f"Action {day}.{number}")
            set_actor(db.session, None)
            db.session.add(Input(what="Raised", raised_by=champion, actions=[action]))
            db.session.add(Input(what="Raised", contact_email=f"p{day}.{number}@example.org", actions=[action]))
            notifications.follow(action, other)
            actions.move_due_date(action, by=secretary, new_due_on=local_today() + timedelta(days=50),
                                  reason="Later", at=utcnow())
        db.session.commit()
        plan, queries = count_queries(lambda: plan_daily_emails(local_today() + timedelta(days=day)))
        queue_daily_emails(plan)
        db.session.commit()
        return len(plan.readers), queries

    few, many = moves(1, 1), moves(6, 2)
    assert (few[0], many[0]) == (3, 13)  # the follower, and each action's two contributors
    assert few[1] == many[1]


def test_notices_waiting_for_the_daily_email_do_not_make_every_outbox_run_a_recorded_run(mailbox, sitting):
    from tracker.core.models import JobRun

    secretary, member, _other, group = sitting
    preferences.set_choice(member, preferences.NEW_ACTIONS, preferences.DAILY)
    raise_for(member, secretary, group, "Map the transition offer")
    db.session.commit()
    for minutes in (16, 17, 18):
        run_sender(now=utcnow() + timedelta(minutes=minutes))
    assert db.session.scalar(db.select(db.func.count()).select_from(JobRun)) == 0
    assert mailbox.messages == []


def test_a_champion_an_action_was_passed_on_from_hears_nothing_more_of_its_working_notes(mailbox, sitting, make_person):
    """Owners follow their actions; a champion who owned one may not see it once it is passed on,
    so its working notes must not reach them in the daily email."""
    secretary, member, other, group = sitting
    champion = make_person(role="champion", name="Cara Champion", email="cara@example.org")
    champion.digest_enabled = False
    action = raise_for(champion, secretary, group, "Ask families about the short breaks offer")
    db.session.commit()
    queue_daily_emails(plan_daily_emails(local_today()))  # what happened before today is told
    db.session.commit()
    notifications.follow(action, other)
    actions.reassign_action(action, by=secretary, new_owner=member, note="Olu takes it on", at=utcnow())
    actions.post_update(action, by=member, note="The provider's contract is in dispute", at=utcnow())
    db.session.commit()
    queue_daily_emails(plan_daily_emails(local_today() + timedelta(days=1)))
    db.session.commit()
    run_sender(now=utcnow() + timedelta(seconds=1))
    assert "Update from Olu Member: The provider's contract is in dispute" in mailbox.text_of(
        mailbox.to("ada@example.org")[0])  # a colleague who follows it
    assert [email.recipient_email for email in emails("daily_moves")] == ["ada@example.org"]
    assert not any("contract is in dispute" in mailbox.text_of(message) for message in mailbox.to("cara@example.org"))

