"""An administrator invites a person; the person follows the emailed link, sets a password and is
signed in; the link does not work a second time."""
import re

from sqlalchemy import select

from tracker.extensions import db
from tracker.nudges.sender import send_pending
from tracker.people.models import User

SITE = "SEND Partnership Tracker"
PASSPHRASE = "river meadow lantern"


def test_administrator_invites_a_person_who_sets_a_password_and_is_signed_in(
        app, sign_in, open_browser, mailbox, make_person, make_group):
    make_group(name="SEND Board")
    admin = sign_in(make_person(role="admin", name="Priya Shah"))
    admin.follow_in_menu("People").follow("Invite a person").sees_title(f"Invite a person – People – {SITE}")
    admin.press("Send the invitation").sees_title(f"Error: Invite a person – People – {SITE}")
    assert admin.errors_listed() == ["Enter the person's full name", "Enter the person's email address"]
    admin.follow_error("Enter the person's full name")
    admin.fill("Full name", "Nia Newcomer").fill("Email address", "nia@example.org")
    admin.choose("Workstream lead").select("Group", "SEND Board").choose("Secretary")
    admin.press("Send the invitation").sees_title(f"People – People – {SITE}")
    admin.sees("Nia Newcomer was invited")

    assert send_pending().sent == 1
    [email] = mailbox.to("nia@example.org")
    body = email.get_body(preferencelist=("plain",)).get_content()
    link = re.search(r"(http://127\.0\.0\.1:\d+/invitation/\S+)", body).group(1)

    nia = open_browser("invitee")
    nia.open(link).sees("Welcome, Nia Newcomer")
    nia.fill("New password", PASSPHRASE).fill("Type the password again", PASSPHRASE)
    nia.press("Save password and sign in").sees("Nia Newcomer")
    assert db.session.scalar(select(User.password_hash).where(User.email == "nia@example.org")).startswith("$argon2")

    again = open_browser("someone-with-the-old-email")
    again.open(link).sees("This link has already been used")
