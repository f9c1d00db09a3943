from sqlalchemy import func, select

from tracker.actions.models import Action
from tracker.extensions import db
from tracker.meetings.models import Meeting
from tracker.people.models import User


def _counts():
    return tuple(db.session.scalar(select(func.count()).select_from(model)) for model in (User, Meeting, Action))


def test_demo_load_gives_every_role_and_is_safe_to_run_again(app):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["demo", "load"])
    assert first.exit_code == 0, first.output
    assert "chair@example.org" in first.output and "demo-password" in first.output
    counts = _counts()
    assert counts[0] >= 5 and counts[1] >= 5 and counts[2] >= 10
    roles = set(db.session.scalars(select(User.role)))
    assert roles == {"admin", "chair", "lead", "member", "champion"}

    second = runner.invoke(args=["demo", "load"])
    assert second.exit_code == 0
    assert "already loaded" in second.output
    assert _counts() == counts


def test_demo_people_can_sign_in(app, auth, client):
    app.test_cli_runner().invoke(args=["demo", "load"])
    response = auth.login("chair@example.org", "demo-password")
    assert response.status_code == 302


def test_users_create_command(app):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["users", "create", "--email", "New@Example.org", "--name", "New Person", "--role", "lead",
              "--password-stdin"],
        input="a long enough password\n",
    )
    assert result.exit_code == 0, result.output
    person = db.session.scalar(select(User).where(User.email == "new@example.org"))
    assert person.role == "lead" and person.password_hash.startswith("$argon2id$")

    again = runner.invoke(args=["users", "create", "--email", "new@example.org", "--name", "X",
                                "--password-stdin"], input="another password\n")
    assert again.exit_code != 0
    assert "already exists" in again.output


def test_the_demo_shows_champions_input_taken_round_the_whole_loop(app, auth, client):
    """Raised (at a meeting, on the site, on the public form), passed to a group, answered by
    actions, answered and published: a fresh `make run` shows each stage."""
    from tracker.inputs.models import Input
    from tracker.nudges.models import OutboxEmail

    loaded = app.test_cli_runner().invoke(args=["demo", "load"])
    assert loaded.exit_code == 0, loaded.output + repr(loaded.exception)
    inputs = db.session.scalars(select(Input).order_by(Input.id)).all()
    assert {raised.status for raised in inputs} == {"answered", "being_looked_at"}
    assert all(raised.group is not None and raised.actions for raised in inputs)
    assert any(raised.raised_at_meeting is not None for raised in inputs)
    assert any(raised.raised_by is None and raised.contact_email for raised in inputs)  # the public form
    published = [raised for raised in inputs if raised.is_published]
    assert len(published) == 3 and all(raised.has_outcome for raised in published)

    public = client.get("/you-said-we-did").get_data(as_text=True)
    assert "3 outcomes, latest first" in public
    assert "The champions recorded a session on these barriers" in public
    assert "Dana Morris" not in public and "Aisha Khan" not in public

    auth.login("champion@example.org", "demo-password")
    mine = client.get("/my-input").get_data(as_text=True)
    assert "Swimming sessions, youth groups" in mine and "Network of SEND Champions" in mine
    kinds = set(db.session.scalars(select(OutboxEmail.kind)))
    assert {"input_received", "input_routed", "input_answered"} <= kinds  # each contributor told
