"""Journey 2: an owner gets the nudge email, follows its link on a phone, posts an update, and
then marks the action completed with its outcome."""
import re
from datetime import date

from tests.browser.visitor import PHONE
from tests.conftest import PASSWORD
from tracker.actions.models import Action
from tracker.extensions import db

SITE = "SEND Partnership Tracker"
TODAY = "2026-11-23"
TITLE = "Send the Key Worker pilot survey to families"


def overdue_link(email, title: str) -> str:
    """The "Update it" link under the action in the email's OVERDUE section."""
    body = email.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    overdue = body.partition("OVERDUE: PLEASE UPDATE")[2].partition("DUE SOON")[0]
    match = re.search(rf"- {re.escape(title)} \(.*?\)\n.*\n\s*Update it: (\S+)", overdue)
    assert match, f"no overdue link for {title!r} in:\n{body}"
    return match.group(1)


def test_owner_follows_the_nudge_email_on_a_phone_posts_an_update_and_completes_the_action(
        app, open_browser, mailbox, make_person, make_group, make_action):
    owner = make_person(name="Chris Nolan", email="chris.nolan@example.org")
    group = make_group("SEND Board", chair=make_person(role="chair", name="Jordan Reid"), members=[owner])
    action = make_action(owner=owner, group=group, title=TITLE, due=date(2026, 11, 18))  # 3 working days late: a nudge day

    result = app.test_cli_runner().invoke(args=["nudges", "run", "--today", TODAY])
    assert result.exit_code == 0, result.output
    [email] = mailbox.to("chris.nolan@example.org")

    chris = open_browser("owner", viewport=PHONE)
    chris.open(overdue_link(email, TITLE)).sees_title(f"{TITLE} – Update an action – {SITE}")
    chris.sees("Overdue").follow("Post an update")
    chris.fill("Your update", "Survey printed; it goes out with the December newsletter.")
    chris.press("Post the update").sees_title(f"Your update was posted. – Update an action – {SITE}")

    chris.follow("sign in").fill("Email address", owner.email).fill("Password", PASSWORD).press("Sign in")
    chris.follow_in_menu("My actions").follow(TITLE).sees("Survey printed; it goes out with the December newsletter.")
    chris.follow("Mark as completed")
    chris.fill("What was done?", "Sent to 212 families on 1 December; 64 replies so far.")
    chris.press("Mark as completed").sees("Completed").sees("Sent to 212 families on 1 December")

    action = db.session.get(Action, action.id)
    assert (action.status, action.outcome) == ("completed", "Sent to 212 families on 1 December; 64 replies so far.")
    assert "Survey printed; it goes out with the December newsletter." in [update.note for update in action.updates]
