"""Journey: on a slow phone signal a secretary presses "Raise the action" twice, because nothing
seemed to happen. The button ignores the second press (GOV.UK Frontend's preventDoubleClick), so
one action is raised and its owner hears of it once."""
from datetime import timedelta

from sqlalchemy import select

from tests.conftest import london_today
from tracker.actions.models import Action
from tracker.core.dates import utcnow
from tracker.extensions import db
from tracker.nudges.jobs import run_sender

SITE = "SEND Partnership Tracker"
TITLE = "Write to the colleges about open days"


def test_raise_the_action_pressed_twice_raises_one_action_and_emails_its_owner_once(
        sign_in, mailbox, make_person, make_group):
    secretary = make_person(role="lead", name="Tom Fisher")
    member = make_person(name="Chris Nolan", email="chris.nolan@example.org")
    make_group("Preparing for Adulthood", secretary=secretary, members=[member])

    tom = sign_in(secretary)
    tom.go("/actions/new").sees_title(f"Raise an action – Actions – {SITE}")
    tom.fill("What needs to be done", TITLE).select("Who owns it", "Chris Nolan")
    tom.fill_date("Date it is due", london_today() + timedelta(days=20))
    tom.on_a_slow_connection().press_twice("Raise the action").sees(f"Action raised: “{TITLE}”")

    db.session.commit()
    assert db.session.scalars(select(Action.title)).all() == [TITLE]
    run_sender(now=utcnow() + timedelta(minutes=16))  # after the quiet period new actions wait out
    assert [email["Subject"] for email in mailbox.to(member.email)] == ["You have a new action"]
