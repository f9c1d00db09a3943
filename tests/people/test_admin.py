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


def test_the_name_and_email_rules_live_in_the_operation_with_the_forms_words(app):
    """Whatever calls it (a page, the command line, the invitation), the operation refuses what the
    form refuses, in the same words, and text over its column's length at its field."""
    import pytest

    from tracker.core.domain import DomainError
    from tracker.people import operations
    from tracker.people.admin_forms import InviteForm, OrganisationForm, PersonForm

    refusals = {
        ("name", "Enter the person's full name"): lambda: operations.create_person(email="a@example.org", name=" "),
        ("email", "Enter the person's email address"): lambda: operations.create_person(email="", name="Ann"),
        ("name", "The name must be 200 characters or fewer"): lambda: operations.create_person(
            email="a@example.org", name="A" * 201),
        ("job_title", "The job title must be 200 characters or fewer"): lambda: operations.create_person(
            email="a@example.org", name="Ann", job_title="J" * 201),
        ("role", "Choose the person's role"): lambda: operations.create_person(
            email="a@example.org", name="Ann", role="boss"),
        ("name", "Enter the organisation's name"): lambda: operations.create_organisation(name=""),
        ("short_name", "The short name must be 40 characters or fewer"): lambda: operations.create_organisation(
            name="Pennine Care", short_name="P" * 41),
    }
    for (field, message), call in refusals.items():
        with pytest.raises(DomainError) as refused:
            call()
        assert (refused.value.field, refused.value.message) == (field, message)
    with app.test_request_context():
        form_messages = {validator.message for form in (PersonForm, InviteForm, OrganisationForm)
                         for field in form() for validator in field.validators if hasattr(validator, "message")}
    assert {"Enter the person's full name", "Enter the person's email address", "Choose the person's role",
            "Enter the organisation's name"} <= form_messages


def test_a_person_deactivated_and_later_reactivated_has_no_old_token_or_calendar_link_working(app, make_person):
    """Deactivating a person (they left, or their laptop was stolen) ends their sessions; it ends
    their API token and calendar links too, so reactivating them brings none of the old ones back."""
    from tests.api.conftest import ApiClient
    from tests.conftest import FormClient, IsolatedClient
    from tracker.api.tokens import calendar_feed_token, issue_api_token

    admin, member = make_person(role="admin"), make_person(role="member", name="Sam Member")
    token, feed = issue_api_token(member), f"/feeds/{calendar_feed_token(member)}/due-dates.ics"
    db.session.commit()
    app.test_client_class = IsolatedClient
    api, admin_client = ApiClient(app.test_client(), token), FormClient(app.test_client())
    assert api.get("/api/v1/groups").status_code == 200 and admin_client.get(feed).status_code == 200
    admin_client.submit("/sign-in", {"email": admin.email, "password": "correct horse battery"})
    details = {"name": "Sam Member", "email": member.email, "role": "member", "organisation": "", "job_title": ""}
    assert admin_client.submit(f"/people/{member.id}/edit", details).status_code == 302  # deactivated
    assert admin_client.submit(f"/people/{member.id}/edit", {**details, "is_active": "y"}).status_code == 302
    assert db.session.get(User, member.id).is_active
    assert api.get("/api/v1/groups").status_code == 401
    assert admin_client.get(feed).status_code == 404
