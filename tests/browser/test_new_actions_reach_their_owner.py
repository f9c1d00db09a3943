"""Journey: a secretary raises two actions for a member, who gets ONE email ("You have 2 new
actions"), follows its link on a phone, posts an update (shared with contributors) and asks for more time;
the next day the champion whose input the first action answers gets both in their daily email."""
import re
from datetime import timedelta

from tests.browser.visitor import PHONE
from tests.conftest import london_today
from tracker.core.audit import set_actor
from tracker.core.dates import utcnow
from tracker.extensions import db
from tracker.inputs import operations as inputs
from tracker.nudges.jobs import run_daily_nudges, run_sender

SITE = "SEND Partnership Tracker"
FIRST, SECOND = "Map the post-16 transport offer", "Write to the colleges about open days"
DUE = london_today() + timedelta(days=20)
LATER = london_today() + timedelta(days=45)


def links_in(message) -> dict[str, list[str]]:
    body = message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    found = {}
    for label, url in re.findall(r"  (Post an update|Move the due date|Close as cannot be done): (\S+)", body):
        found.setdefault(label, []).append(url)
    return found


def test_two_new_actions_make_one_email_whose_link_works_on_a_phone_and_the_contributor_hears_next_day(
        app, sign_in, open_browser, mailbox, make_person, make_group):
    secretary = make_person(role="lead", name="Tom Fisher")
    member = make_person(name="Chris Nolan", email="chris.nolan@example.org")
    champion = make_person(role="champion", name="Aisha Khan", email="aisha.khan@example.org")
    group = make_group("Preparing for Adulthood", secretary=secretary, members=[member])
    set_actor(db.session, champion)
    raised = inputs.raise_input(by=champion, what="Transport to college stops at 16.", at=utcnow())
    inputs.route_input(raised, group=group, by=secretary, at=utcnow())
    db.session.commit()

    tom = sign_in(secretary)
    for title in (FIRST, SECOND):
        tom.go("/actions/new").fill("What needs to be done", title)
        tom.select("Who owns it", "Chris Nolan").fill_date("Date it is due", DUE)
        tom.press("Raise the action").sees(f"Action raised: “{title}”")
    db.session.commit()
    first = next(action for action in group_actions(group) if action.title == FIRST)
    inputs.link_action(raised, first, by=secretary)
    db.session.commit()

    # The outbox runs every minute; the two actions wait out the quiet period together.
    run_sender()
    assert mailbox.to(member.email) == []
    run_sender(now=utcnow() + timedelta(minutes=16))
    [email] = mailbox.to(member.email)
    assert email["Subject"] == "You have 2 new actions"
    assert email["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    links = links_in(email)
    assert len(links["Post an update"]) == 2

    chris = open_browser("owner", viewport=PHONE)
    chris.open(links["Post an update"][0]).sees_title(f"Post an update – Update an action – {SITE}")
    chris.fill("Your update", "Asked the council's transport team for the current offer.")
    chris.tick("Share this update with the people whose input this action answers")
    chris.press("Post the update").sees_title(f"Your update was posted. – Update an action – {SITE}")
    chris.open(links["Move the due date"][0]).sees_title(f"Move the due date – Update an action – {SITE}")
    chris.fill_date("New due date", LATER).fill("Why is more time needed?", "The transport team replies after half term.")
    chris.press("Move the due date").sees("The due date was moved.")

    # The next day's run tells the champion of the move, with its reason, in one email.
    outcome = run_daily_nudges(london_today() + timedelta(days=1))
    assert outcome.status == "finished", outcome.error
    run_sender(now=utcnow() + timedelta(minutes=20))
    [news] = [message for message in mailbox.to(champion.email) if message["Subject"].startswith("Today's news")]
    text = news.get_body(preferencelist=("plain",)).get_content()
    assert FIRST in text and "The transport team replies after half term." in text
    assert "Update from Chris Nolan: Asked the council's transport team for the current offer." in text


def group_actions(group):
    from tracker.actions.models import Action

    return db.session.scalars(db.select(Action).where(Action.group_id == group.id)).all()
