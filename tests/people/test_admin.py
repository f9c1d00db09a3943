from sqlalchemy import select

from tracker.extensions import db
from tracker.people.models import Organisation, User


def test_admin_adds_a_person(client, auth, make_person, make_organisation):
    admin = make_person(role="admin")
    organisation = make_organisation(name="Pennine Care NHS Foundation Trust")
    auth.login(admin)
    response = client.submit("/people/new", {
        "name": "Dana Owner", "email": "Dana@Example.org", "job_title": "Service manager",
        "organisation": str(organisation.id), "role": "member"})
    assert response.status_code == 302
    person = db.session.scalar(select(User).where(User.email == "dana@example.org"))
    assert person.name == "Dana Owner" and person.organisation_id == organisation.id
    assert person.password_hash is None  # they set their own through the invitation
    assert "Dana Owner" in client.get("/people").get_data(as_text=True)


def test_adding_a_person_with_bad_input_shows_messages_at_the_fields(client, auth, make_person):
    admin = make_person(role="admin")
    make_person(email="taken@example.org")
    auth.login(admin)
    page = client.submit("/people/new", {"name": "", "email": "not-an-email", "role": ""}).get_data(as_text=True)
    assert "<title>Error: Add a person" in page
    assert "Enter the person&#39;s full name" in page
    assert "Enter an email address in the correct format" in page
    page = client.submit("/people/new", {"name": "X", "email": "taken@example.org", "role": "member",
                                         "organisation": ""}).get_data(as_text=True)
    assert "A person with this email address already exists" in page


def test_deactivating_a_person_signs_them_out(app, make_person):
    from tests.conftest import FormClient, IsolatedClient

    admin, member = make_person(role="admin"), make_person(role="member", name="Sam Member")
    app.test_client_class = IsolatedClient
    member_client, admin_client = FormClient(app.test_client()), FormClient(app.test_client())
    member_client.submit("/sign-in", {"email": member.email, "password": "correct horse battery"})
    assert member_client.get("/").status_code == 200
    admin_client.submit("/sign-in", {"email": admin.email, "password": "correct horse battery"})
    response = admin_client.submit(f"/people/{member.id}/edit", {
        "name": "Sam Member", "email": member.email, "role": "member", "organisation": "", "job_title": ""})
    assert response.status_code == 302
    assert member_client.get("/").status_code == 302


def test_only_admins_reach_people_pages(client, auth, make_person):
    auth.login(make_person(role="chair"))
    assert client.get("/people").status_code == 403
    assert client.get("/people/new").status_code == 403
    assert client.get("/organisations").status_code == 403


def test_admin_adds_an_organisation_and_duplicates_are_refused(client, auth, make_person):
    auth.login(make_person(role="admin"))
    assert client.submit("/organisations", {"name": "PACTS", "short_name": "", "kind": "parent_forum"}).status_code == 302
    page = client.submit("/organisations", {"name": "PACTS", "short_name": "", "kind": "other"}).get_data(as_text=True)
    assert "An organisation with this name already exists" in page
    assert db.session.scalar(select(Organisation).where(Organisation.name == "PACTS")).kind == "parent_forum"


def test_people_list_does_a_fixed_number_of_queries(app, client, auth, make_person, make_group, count_queries):
    auth.login(make_person(role="admin"))

    def sent_for_the_page() -> int:
        response, sent = count_queries(lambda: client.get("/people"))
        assert response.status_code == 200
        return sent

    make_group(members=[make_person() for _ in range(3)])
    few = sent_for_the_page()
    make_group(members=[make_person() for _ in range(30)])
    assert sent_for_the_page() == few
