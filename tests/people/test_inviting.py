"""Inviting people from the people pages: an admin invites anyone, a group's chair invites people
into their group; the emailed link (delivered by a real SMTP server) works once and sets the password."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.nudges.conftest import mailbox  # noqa: F401  a real SMTP server on loopback
from tracker.core.dates import utcnow
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.nudges.models import OutboxEmail
from tracker.nudges.sender import send_pending
from tracker.people.invitations import INVITATION_LIFE, invite_person, life_in_words
from tracker.people.models import Membership, User

PASSPHRASE = "a long and memorable passphrase"


def invitation_link(mailbox, address: str) -> str:  # noqa: F811
    [message] = mailbox.to(address)
    text = mailbox.text_of(message)
    assert "The link works once" in text or "This link works once" in text
    return re.search(r"https?://[^/\s]+(/invitation/\S+)", text).group(1)


def person(email: str) -> User | None:
    db.session.expire_all()
    return db.session.scalar(select(User).where(User.email == email))


@pytest.fixture
def admin(make_person):
    return make_person(role="admin", name="Priya Shah")


def test_an_admin_invites_a_person_who_sets_a_password_and_is_signed_in(client, auth, admin, mailbox,  # noqa: F811
                                                                       make_organisation, make_group):
    council = make_organisation(name="Oldham Council")
    board = make_group(name="SEND Board")
    auth.login(admin)
    response = client.submit("/people/invite", {
        "name": "Nia Newcomer", "email": "Nia@Example.org", "organisation": str(council.id), "role": "lead",
        "group": str(board.id), "group_role": "secretary"})
    assert response.status_code == 302 and response.headers["Location"] == "/people"
    assert "Nia Newcomer was invited" in client.get("/people").get_data(as_text=True)
    invited = person("nia@example.org")
    assert (invited.name, invited.role, invited.organisation_id, invited.password_hash) == (
        "Nia Newcomer", "lead", council.id, None)
    assert db.session.scalar(select(Membership.group_role).where(Membership.person_id == invited.id)) == "secretary"
    assert db.session.scalar(select(AuditEvent.actor_id).where(AuditEvent.entity_type == "users",
                                                         AuditEvent.entity_id == invited.id)) == admin.id

    assert send_pending().sent == 1
    [message] = mailbox.to("nia@example.org")
    assert message["Subject"] == "You have been invited to the SEND Partnership Tracker"
    assert "Priya Shah has invited you" in mailbox.text_of(message)
    link = invitation_link(mailbox, "nia@example.org")
    auth.logout()

    assert "Welcome, Nia Newcomer" in client.get(link).get_data(as_text=True)
    response = client.submit(link, {"password": PASSPHRASE, "confirm": PASSPHRASE})
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert "Nia Newcomer" in client.get("/").get_data(as_text=True)
    assert person("nia@example.org").password_hash.startswith("$argon2id$")
    auth.logout()

    used = client.get(link)
    assert used.status_code == 410 and "This link has already been used" in used.get_data(as_text=True)
    assert auth.login("nia@example.org", PASSPHRASE).headers["Location"] == "/"


def test_a_chair_invites_a_person_into_their_group(client, auth, make_person, make_group, mailbox):  # noqa: F811
    chair = make_person(role="member", name="Jordan Reid")
    workstream = make_group(name="Preparing for Adulthood", chair=chair)
    auth.login(chair)
    people_page = client.get(f"/groups/{workstream.id}/people").get_data(as_text=True)
    assert f'href="/people/invite?group={workstream.id}"' in people_page
    form = client.get(f"/people/invite?group={workstream.id}").get_data(as_text=True)
    roles_offered = re.findall(r'name="role" type="radio" value="(\w+)"', form)
    assert roles_offered == ["member", "champion"]  # the others only an admin gives
    response = client.submit("/people/invite", {
        "name": "Lee Barnes", "email": "lee@example.org", "organisation": "", "role": "champion",
        "group": str(workstream.id), "group_role": "member"}, form_url=f"/people/invite?group={workstream.id}")
    assert response.status_code == 302 and response.headers["Location"] == f"/groups/{workstream.id}/people"
    invited = person("lee@example.org")
    assert invited.role == "champion"
    assert db.session.scalar(select(Membership.group_id).where(Membership.person_id == invited.id)) == workstream.id
    assert send_pending().sent == 1
    assert "Jordan Reid has invited you" in mailbox.text_of(mailbox.to("lee@example.org")[0])


@pytest.mark.parametrize("change, field_message", [
    ({"role": "admin"}, "Choose one of the roles listed"),  # a chair gives member or champion
    ({"group": "other"}, "Choose a group from the list"),
    ({"group": ""}, "Choose the group to invite them to"),
])
def test_a_chair_invites_only_into_their_own_group_and_as_member_or_champion(
        client, auth, make_person, make_group, change, field_message):
    chair = make_person(role="member")
    mine, other = make_group(name="Mine", chair=chair), make_group(name="Not mine")
    auth.login(chair)
    data = {"name": "Someone", "email": "someone@example.org", "organisation": "", "role": "member",
            "group": str(mine.id), "group_role": "member", **change}
    if data["group"] == "other":
        data["group"] = str(other.id)
    page = client.submit("/people/invite", data).get_data(as_text=True)
    assert "<title>Error: Invite a person" in page and field_message in page
    assert person("someone@example.org") is None
    assert db.session.scalar(select(OutboxEmail.id)) is None


def test_people_who_chair_nothing_may_not_invite(client, auth, make_person, make_group):
    member = make_person(role="chair")  # chair is a role in the service; they chair no group yet
    make_group(name="Somebody else's", chair=make_person())
    auth.login(member)
    assert client.get("/people/invite").status_code == 403
    assert client.post("/people/invite", data={"name": "X", "email": "x@example.org"}).status_code in (400, 403)
    assert person("x@example.org") is None


def test_inviting_an_address_that_has_an_account_says_so_at_the_field(client, auth, admin, make_person):
    make_person(email="taken@example.org", name="Already Here")
    auth.login(admin)
    page = client.submit("/people/invite", {"name": "Again", "email": "Taken@example.org", "organisation": "",
                                            "role": "member", "group": "", "group_role": "member"})
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "A person with this email address already exists" in text
    assert 'href="#email"' in text  # the error summary links to the field
    assert db.session.scalar(select(OutboxEmail.id)) is None


def test_bad_input_is_explained_at_each_field(client, auth, admin):
    auth.login(admin)
    text = client.submit("/people/invite", {"name": "", "email": "not an email", "organisation": "",
                                            "role": "", "group": "", "group_role": "member"}).get_data(as_text=True)
    assert "Enter the person&#39;s full name" in text
    assert "Enter an email address in the correct format" in text
    assert "Choose the person&#39;s role" in text


def test_an_invitation_link_past_its_life_says_it_has_expired(client, make_person, admin):
    newcomer = make_person(name="Late Reader", email="late@example.org", password=None)
    invite_person(newcomer, by=admin, now=utcnow() - timedelta(days=15))
    db.session.commit()
    body = db.session.scalar(select(OutboxEmail.body_text))
    link = re.search(r"https?://[^/\s]+(/invitation/\S+)", body).group(1)
    response = client.get(link)
    assert response.status_code == 410
    assert "This link has expired" in response.get_data(as_text=True)
    assert "Ask the person who invited you" in response.get_data(as_text=True)
    assert "the link worked for 14 days" in response.get_data(as_text=True)


@pytest.mark.parametrize("life, words", [(timedelta(days=14), "14 days"), (timedelta(days=1), "1 day"),
                                         (timedelta(hours=2), "2 hours"), (timedelta(hours=1), "1 hour")])
def test_a_links_life_is_said_from_the_life_itself(life, words):
    assert life_in_words(life) == words


def test_the_invite_page_says_how_long_the_link_works_from_its_life(client, auth, admin):
    auth.login(admin)
    page = client.get("/people/invite").get_data(as_text=True)
    assert f"The link works once, for {life_in_words(INVITATION_LIFE)}." in page


def test_an_admin_sends_a_new_invitation_to_someone_who_has_not_set_a_password(client, auth, admin, make_person):
    waiting = make_person(name="Still Waiting", email="waiting@example.org", password=None)
    signed_up = make_person(name="Signed Up", email="signed@example.org")
    auth.login(admin)
    page = client.get(f"/people/{waiting.id}/edit").get_data(as_text=True)
    assert "Send a new invitation" in page
    assert "Send a new invitation" not in client.get(f"/people/{signed_up.id}/edit").get_data(as_text=True)
    response = client.submit(f"/people/{waiting.id}/invite", form_url=f"/people/{waiting.id}/edit")
    assert response.status_code == 302
    assert "A new invitation is on its way to waiting@example.org" in client.get(
        response.headers["Location"]).get_data(as_text=True)
    assert db.session.scalar(select(OutboxEmail.recipient_email).where(OutboxEmail.kind == "invitation")) == \
        "waiting@example.org"
    # Someone who can sign in already is told so, not sent a link.
    response = client.submit(f"/people/{signed_up.id}/invite", form_url=f"/people/{waiting.id}/edit")
    assert "Signed Up can already sign in" in client.get(response.headers["Location"]).get_data(as_text=True)
    assert client.post(f"/people/{waiting.id}/invite").status_code == 400  # no CSRF token
