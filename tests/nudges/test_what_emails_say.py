"""What the emails say, read as the people they reach read them: delivered by the outbox run to a
real SMTP server (aiosmtpd), then their links followed. An email and the page it opens name the same
thing in the same words; a champion's name reaches only those the trail would show it to; a page
about a spent link speaks of the email the link came in."""
from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest

from tracker.actions import operations as actions
from tracker.core.dates import local_today, utcnow
from tracker.core.models import UsedToken
from tracker.extensions import db
from tracker.nudges.jobs import run_sender
from tracker.nudges.notifications import plan_daily_emails, queue_daily_emails

from .test_notifications import answered, raise_for, sitting  # noqa: F401  (fixtures and a helper)

QUIET = timedelta(minutes=15)
OFFERED = re.compile(r"^  ([A-Z][^:\n]+): http://localhost(/act/\S+)$", re.MULTILINE)


def new_action_email(mailbox, sitting):  # noqa: F811
    """Olu's "You have a new action" email, as it arrived, and its action."""
    secretary, member, _other, group = sitting
    action = raise_for(member, secretary, group, "Map the transition offer")
    db.session.commit()
    run_sender(now=utcnow() + QUIET + timedelta(seconds=1))
    [email] = mailbox.to("olu@example.org")
    return mailbox.text_of(email), mailbox.html_of(email), action


def heading_of(page: str) -> str:
    return re.search(r'<h1 class="govuk-heading-l">([^<]+)</h1>', page).group(1).strip()


def test_each_link_in_a_new_action_email_opens_a_page_of_the_same_name(client, auth, mailbox, sitting):  # noqa: F811
    """Once the email said "Ask for more time" and the action's page "Move the due date", for the
    one act: an owner looking for what the email offered did not find it."""
    text, html, action = new_action_email(mailbox, sitting)
    offered = dict(OFFERED.findall(text))
    assert set(offered) == {"Post an update", "Move the due date", "Close as cannot be done"}
    for name, path in offered.items():
        assert f">{name}</a>" in html  # the HTML part says the same
        assert heading_of(client.get(path).get_data(as_text=True)) == name
    auth.login(sitting[1])
    own_page = client.get(f"/actions/{action.id}").get_data(as_text=True)
    for name in ("Post an update", "Close as cannot be done", "Mark as completed"):
        assert f">{name}</a>" in own_page
    assert heading_of(client.get(f"/actions/{action.id}/due-date").get_data(as_text=True)) == "Move the due date"


def test_the_page_after_a_link_is_used_and_the_action_page_confirm_in_the_same_words(client, auth, mailbox,
                                                                                    sitting):  # noqa: F811
    text, _html, action = new_action_email(mailbox, sitting)
    path = dict(OFFERED.findall(text))["Move the due date"]
    later = local_today() + timedelta(days=40)
    done = client.submit(path, {"new_due_on": [str(later.day), str(later.month), str(later.year)],
                                "reason": "The colleges reply in spring"}, follow_redirects=True)
    assert "The due date was moved." in done.get_data(as_text=True)


def test_a_new_action_emails_used_link_speaks_of_that_email_not_of_reminders(client, mailbox, sitting):  # noqa: F811
    text, _html, _action = new_action_email(mailbox, sitting)
    path = dict(OFFERED.findall(text))["Post an update"]
    client.submit(path, {"note": "Asked the colleges for their dates", "public": "no"})

    again = client.get(path)
    page = again.get_data(as_text=True)
    assert again.status_code == 410 and "Asked the colleges for their dates" in page  # what it did
    assert "Links in emails about new actions work once." in page and "reminder" not in page

    # Its record of use no longer matches the update (kept longer than the update's own moment).
    used = db.session.scalars(db.select(UsedToken)).one()
    used.used_at -= timedelta(seconds=5)
    db.session.commit()
    page = client.get(path).get_data(as_text=True)
    assert "This link has already been used" in page
    assert "Your next reminder will have a new link" not in page  # no reminder was ever sent
    assert "When the action is nearly due, its reminder email will have a new link." in page


@pytest.fixture
def champion_owner(make_person, answered, sitting):  # noqa: F811
    """The answered action passed to a champion, who now owns it."""
    secretary = sitting[0]
    lee = make_person(role="champion", name="Lee Volunteer", email="lee@example.org")
    actions.reassign_action(answered, by=secretary, new_owner=lee, note="Lee runs the fair", at=utcnow())
    db.session.commit()
    return lee


def test_a_champion_who_moves_a_date_is_a_champion_to_those_who_raised_it(  # noqa: F811
        client, mailbox, sitting, answered, champion_owner):  # noqa: F811
    """The trail the daily email links to says "A champion"; the email itself once said their name."""
    actions.move_due_date(answered, by=champion_owner, new_due_on=local_today() + timedelta(days=60),
                          reason="The hall is booked until spring", at=utcnow())
    db.session.commit()
    queue_daily_emails(plan_daily_emails(local_today() + timedelta(days=1)))
    db.session.commit()
    run_sender(now=utcnow() + timedelta(seconds=1))

    for contributor in ("parent@example.org", "cara@example.org"):  # without an account, and a champion
        [email] = mailbox.to(contributor)
        text, html = mailbox.text_of(email), mailbox.html_of(email)
        assert "moved by A champion. Why: The hall is booked until spring" in text
        assert "Lee" not in text and "Lee" not in html
        trail = re.search(r"See the whole story, without signing in: http://localhost(/\S+)", text).group(1)
        assert "A champion" in client.get(trail).get_data(as_text=True)
    # Ada follows the action and may open it, where its owner is named: so is the move.
    [follower] = mailbox.to("ada@example.org")
    assert "moved by Lee Volunteer" in mailbox.text_of(follower)
    assert urlsplit(re.search(r"See it: (\S+)", mailbox.text_of(follower)).group(1)).path.startswith("/actions/")
