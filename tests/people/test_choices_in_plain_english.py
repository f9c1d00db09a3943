"""A choice the list did not offer (an organisation removed while the page was open, or a form
sent without the field) is asked for again in words that say what to choose: the people and
organisation forms said WTForms' "Not a valid choice."."""
from __future__ import annotations

import html

import pytest


def _messages(response) -> str:
    return " ".join(html.unescape(response.get_data(as_text=True)).split())


@pytest.fixture
def admin(client, auth, make_person):
    person = make_person(role="admin")
    auth.login(person)
    return person


@pytest.mark.parametrize("url", ["/people/new", "/people/invite"])
def test_an_organisation_no_longer_in_the_list_is_asked_for_again(client, admin, url):
    response = client.submit(url, {"name": "Ada Lovelace", "email": "ada@example.org", "role": "member",
                                   "group_role": "member", "organisation": "987654"})
    page = _messages(response)
    assert response.status_code == 200
    assert "Choose the person's organisation from the list, or no organisation" in page
    assert "Not a valid choice" not in page


def test_a_person_edited_with_an_organisation_no_longer_listed_keeps_their_details(client, admin, make_person):
    person = make_person(name="Sam Member")
    url = f"/people/{person.id}/edit"
    response = client.submit(url, {"name": "Sam Changed", "email": person.email, "role": "member",
                                   "organisation": "987654", "is_active": "y"})
    assert "Choose the person's organisation from the list, or no organisation" in _messages(response)
    assert "Not a valid choice" not in _messages(response)


def test_an_organisation_sent_without_its_type_is_asked_for_again(client, admin):
    response = client.submit("/organisations", {"name": "Northtown Council"})
    assert "Choose the type of organisation from the list" in _messages(response)
    assert "Not a valid choice" not in _messages(response)
