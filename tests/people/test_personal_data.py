"""A person's data: `flask people export` and the admin pages gather everything held about them."""
import json

from tracker.extensions import db
from tracker.nudges.models import OutboxEmail


def _email_to(person):
    db.session.add(OutboxEmail(dedupe_key=f"test-{person.id}", kind="test", recipient_id=person.id,
                               recipient_email=person.email, subject="Your action is due", body_text="Hello"))
    db.session.commit()


def test_export_command_writes_everything_held_as_json(app, make_person, make_group, tmp_path):
    person = make_person(name="Priya Shah", email="priya@example.org")
    make_group(members=[person])
    _email_to(person)
    runner = app.test_cli_runner()
    result = runner.invoke(args=["people", "export", "PRIYA@example.org"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["account"]["email"] == "priya@example.org"
    assert "password_hash" not in data["account"]
    assert len(data["memberships"]) == 1
    assert data["emails_sent_to_them"][0]["subject"] == "Your action is due"
    output = tmp_path / "priya.json"
    assert runner.invoke(args=["people", "export", "priya@example.org", "--output", str(output)]).exit_code == 0
    assert json.loads(output.read_text())["account"]["name"] == "Priya Shah"
    missing = runner.invoke(args=["people", "export", "nobody@example.org"])
    assert missing.exit_code != 0 and "There is nobody with the email address" in missing.output


def test_admin_pages_show_a_persons_data(client, auth, make_person):
    person = make_person(name="Priya <b>Shah</b>", email="priya@example.org")
    _email_to(person)
    auth.login(make_person(role="member"))
    assert client.get(f"/people/{person.id}/data").status_code == 403
    auth.logout()
    auth.login(make_person(role="admin"))
    page = client.get(f"/people/{person.id}/data").get_data(as_text=True)
    assert "Your action is due" in page and "Priya &lt;b&gt;Shah&lt;/b&gt;" in page
    data = client.get(f"/people/{person.id}/data.json").get_json()
    assert data["account"]["email"] == "priya@example.org"
    assert client.get("/people/99999/data").status_code == 404
