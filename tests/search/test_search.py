"""Search: each kind of record is found, only by those who may see it, with the same results on
SQLite and PostgreSQL (every test here runs on both), kept up to date by the database itself."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import delete, insert, update

from tracker import permissions
from tracker.actions.models import Action, ActionUpdate
from tracker.core.dates import local_today, utcnow
from tracker.extensions import db
from tracker.inputs.models import Input
from tracker.meetings.models import AgendaItem, Decision, Meeting
from tracker.people.models import User
from tracker.search.queries import MAX_QUERY, search
from tracker.search.snippets import highlighted


def found(person, query: str, **filters) -> list[tuple[str, int]]:
    person = db.session.get(User, person.id)
    return [(result.kind, result.record.id) for result in search(person, query, per_page=100, **filters).items]


@pytest.fixture
def partnership(make_person, make_group, make_meeting, make_action):
    """A group with a champion in it, one record of every kind about "transport", and a meeting
    whose draft minutes and an input from someone else mention it too."""
    people = {role: make_person(role=role) for role in ("admin", "member", "champion")}
    people["outsider champion"] = make_person(role="champion")
    group = make_group(name="Travel workstream", members=[people["member"], people["champion"]])
    other_group = make_group(name="Health workstream")
    held = make_meeting(group, local_today() - timedelta(days=30), minutes="We discussed school transport costs.",
                        minutes_status="approved")
    draft = make_meeting(group, local_today() - timedelta(days=2), minutes="Draft: transport budget is short.")
    action = make_action(group=group, title="Review school transport routes", detail="Buses are late.")
    champions_own = make_action(group=group, owner=people["champion"], title="Ask families about transport")
    elsewhere = make_action(group=other_group, title="Transport for clinic visits")
    with db.session.no_autoflush:  # the records below are added together
        update = ActionUpdate(action=action, created_at=utcnow(), note="Spoke to the transport team.")
        decision = Decision(meeting=held, text="Fund a transport pilot for the autumn term.")
        item = AgendaItem(meeting=held, title="Home to school transport", position=1)
        raised = Input(what="Transport to college is hard to arrange", group=group, raised_by=people["champion"])
        someone_elses = Input(what="Transport for my son stopped", group=group)
        db.session.add_all([update, decision, item, raised, someone_elses])
    db.session.commit()
    return {"people": people, "group": group, "other_group": other_group, "records": {
        "approved minutes": ("minutes", held.id), "draft minutes": ("minutes", draft.id),
        "action": ("action", action.id), "champion's action": ("action", champions_own.id),
        "update": ("update", update.id), "decision": ("decision", decision.id),
        "agenda item": ("agenda_item", item.id), "champion's input": ("input", raised.id),
        "other input": ("input", someone_elses.id), "other group's action": ("action", elsewhere.id)}}


def test_an_admin_finds_every_kind_of_record(partnership):
    assert set(found(partnership["people"]["admin"], "transport")) == set(partnership["records"].values())


def test_staff_find_actions_decisions_minutes_and_agenda_but_not_others_input(partnership):
    records = partnership["records"]
    seen = set(found(partnership["people"]["member"], "transport"))
    assert seen == set(records.values()) - {records["champion's input"], records["other input"]}


def test_a_champion_finds_only_the_published_record_and_their_own(partnership):
    """No internal action, update or draft minutes; their own action and input; their group's
    decisions, agenda and approved minutes."""
    records = partnership["records"]
    assert set(found(partnership["people"]["champion"], "transport")) == {
        records[name] for name in ("champion's action", "champion's input", "decision", "agenda item",
                                   "approved minutes")}


def test_a_champion_outside_the_group_finds_nothing(partnership):
    assert found(partnership["people"]["outsider champion"], "transport") == []


def test_signed_out_people_are_sent_to_sign_in_and_the_search_finds_them_nothing(client, partnership):
    from flask_login import AnonymousUserMixin

    response = client.get("/search?q=transport")
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]
    assert search(AnonymousUserMixin(), "transport").items == []


def test_the_minutes_clause_agrees_with_the_minutes_check(partnership, make_person, make_group):
    lead_champion = make_person(role="champion")
    partnership["group"].memberships  # noqa: B018  loaded before the change below
    make_group(name="Another", lead=lead_champion)
    people = list(partnership["people"].values()) + [lead_champion]
    meetings = db.session.scalars(db.select(Meeting)).all()
    for person in people:
        person = db.session.get(User, person.id)
        listed = set(db.session.scalars(db.select(Meeting.id).where(permissions.minutes_visible_to(person))))
        assert listed == {m.id for m in meetings if permissions.can_view_minutes(person, m)}, person.email


@pytest.mark.parametrize("kind, expected", [
    ("action", {"action", "champion's action", "other group's action"}),
    ("update", {"update"}),
    ("decision", {"decision"}),
    ("minutes", {"approved minutes", "draft minutes"}),
    ("agenda_item", {"agenda item"}),
    ("input", {"champion's input", "other input"}),
])
def test_the_kind_filter_keeps_one_kind(partnership, kind, expected):
    records = partnership["records"]
    assert set(found(partnership["people"]["admin"], "transport", kinds=[kind])) == {records[n] for n in expected}


def test_the_group_filter_takes_in_sub_groups(client, auth, partnership, make_group, make_action):
    sub_group = make_group(name="Travel training", parent_id=partnership["group"].id)
    below = make_action(group=sub_group, title="Travel training for transport")
    auth.login(partnership["people"]["admin"])
    page = client.get(f"/search?q=transport&kind=action&group={partnership['group'].id}").text
    shown = set(map(int, re.findall(r'href="/actions/(\d+)"', page)))
    records = partnership["records"]
    assert shown == {records["action"][1], records["champion's action"][1], below.id}


# --- the same words, the same results on both engines ---------------------------------------------

WORDING = {
    "hyphen": "Co-production with the parent carer forum",
    "email": "Write to transport.team@example.org today",
    "case and punctuation": "SEND Board: (review) the EHCP's timescales!",
    "number": "Meet 3.5 times a year, 2026 plan",
    "accent": "Café meeting for families",
}


@pytest.mark.parametrize("query, expected", [
    ("co-production", {"hyphen"}),
    ("production", {"hyphen"}),
    ("coproduction", set()),
    ("transport team", {"email"}),
    ("example org", {"email"}),
    ("send board", {"case and punctuation"}),
    ("ehcp", {"case and punctuation"}),
    ("ehcp s timescales", {"case and punctuation"}),
    ("review board", {"case and punctuation"}),
    ("3", {"number"}),
    ("2026", {"number"}),
    ("café", {"accent"}),
    ("cafe", set()),
    ("meeting", {"accent"}),
    ("meetings", set()),  # no stemming (see tracker/search/schema.py)
    ("forum families", set()),  # every word must be in the one record
])
def test_words_are_split_the_same_way_on_both_engines(make_person, make_action, query, expected):
    admin = make_person(role="admin")
    ids = {make_action(title=text).id: name for name, text in WORDING.items()}
    assert {ids[record_id] for _kind, record_id in found(admin, query)} == expected


def test_more_of_the_words_ranks_higher_on_both_engines(make_person, make_action):
    admin = make_person(role="admin")
    once = make_action(title="Respite care review", detail="Notes about the plan")
    often = make_action(title="Respite respite respite", detail="Respite care for respite")
    assert found(admin, "respite") == [("action", often.id), ("action", once.id)]


def test_a_word_in_very_many_records_ranks_only_the_newest_of_each_kind(make_person, make_group):
    admin, group = make_person(role="admin"), make_group()
    db.session.execute(insert(Action), [
        {"title": f"Agreed at the meeting {n}", "owner_id": admin.id, "group_id": group.id} for n in range(5)])
    db.session.commit()
    newest = sorted(db.session.scalars(db.select(Action.id)), reverse=True)[:3]
    page = search(db.session.get(User, admin.id), "agreed", ranked_per_kind=3)
    assert page.more_than_ranked and page.total == 3
    assert sorted(result.record.id for result in page.items) == sorted(newest)
    assert not search(db.session.get(User, admin.id), "agreed", ranked_per_kind=6).more_than_ranked


# --- kept up to date on every write ----------------------------------------------------------------


def test_the_index_follows_changes_bulk_inserts_and_deletions(make_person, make_group):
    admin, group = make_person(role="admin"), make_group()
    db.session.execute(insert(Action), [
        {"title": f"Bulk action {n} about wheelchairs", "owner_id": admin.id, "group_id": group.id}
        for n in range(3)])
    db.session.commit()
    ids = [record_id for _kind, record_id in found(admin, "wheelchairs")]
    assert len(ids) == 3
    db.session.execute(update(Action).where(Action.id == ids[0]).values(title="Now about ramps"))
    db.session.execute(delete(Action).where(Action.id == ids[1]))
    db.session.commit()
    assert [record_id for _kind, record_id in found(admin, "wheelchairs")] == [ids[2]]
    assert found(admin, "ramps") == [("action", ids[0])]


# --- the page --------------------------------------------------------------------------------------


def test_the_page_marks_the_words_and_escapes_what_people_typed(client, auth, make_person, make_action):
    admin = make_person(role="admin")
    make_action(title="<script>alert('transport')</script> Transport plan", detail="")
    auth.login(admin)
    page = client.get("/search?q=transport").text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#39;<mark>transport</mark>&#39;)&lt;/script&gt; <mark>Transport</mark> plan" in page
    assert "1 result." in page


def test_highlighting_cuts_long_text_around_the_first_word():
    text = "word " * 200 + "<b>ramps</b> and more " + "word " * 200
    snippet = str(highlighted(text, ["ramps"]))
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "&lt;b&gt;<mark>ramps</mark>&lt;/b&gt;" in snippet and len(snippet) < 400


@pytest.mark.parametrize("query", ['"', "'", "a & b | c", "transport:*", "(transport", "transport)",
                                   "NEAR(a b)", "-transport", "a OR b AND NOT c", "\\", "%_", "💥 transport"])
def test_query_syntax_is_read_as_plain_words(client, auth, make_person, make_action, query):
    auth.login(make_person(role="admin"))
    make_action(title="School transport")
    response = client.get("/search", query_string={"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize("query, message", [
    ("x" * 10_000, f"Search with {MAX_QUERY} characters or fewer"),
    ("&& || ((", "Type at least one word made of letters or numbers"),
    ("", "Enter the words to search for"),  # Search pressed with the box empty, "Show: Decision" chosen
])
def test_bad_searches_get_a_message_at_the_field(client, auth, make_person, query, message):
    auth.login(make_person(role="admin"))
    response = client.get("/search", query_string={"q": query})
    assert response.status_code == 200
    assert message in response.text and 'href="#q"' in response.text


def test_a_filter_that_is_not_in_the_list_is_refused_at_its_field(client, auth, make_person):
    auth.login(make_person(role="admin"))
    page = client.get("/search?q=transport&kind=passwords&group=999999").text
    assert "Choose what to show from the list" in page and "Choose a group from the list" in page


def test_results_are_paged(client, auth, make_person, make_group):
    admin, group = make_person(role="admin"), make_group()
    db.session.execute(insert(Action), [
        {"title": f"Sensory room {n}", "owner_id": admin.id, "group_id": group.id} for n in range(30)])
    db.session.commit()
    auth.login(admin)
    first, second = (client.get(f"/search?q=sensory&page={n}").text for n in (1, 2))
    assert "30 results, showing 1 to 25." in first and "30 results, showing 26 to 30." in second
    assert len(re.findall(r"<mark>Sensory</mark>", second)) == 5


def test_the_page_sends_the_same_number_of_queries_however_many_results(
        client, auth, make_person, make_group, make_meeting, count_queries):
    admin, group = make_person(role="admin"), make_group()
    auth.login(admin)

    def add_records(how_many: int) -> None:
        meeting = make_meeting(group, minutes="Autism pathway minutes")
        with db.session.no_autoflush:
            for n in range(how_many):
                action = Action(title=f"Autism pathway {n}", owner=admin, group=group)
                db.session.add_all([action, ActionUpdate(action=action, created_at=utcnow(), note="Autism pathway"),
                                    Decision(meeting=meeting, text=f"Autism pathway decision {n}"),
                                    AgendaItem(meeting=meeting, title=f"Autism pathway {n}", position=n),
                                    Input(what=f"Autism pathway input {n}", group=group)])
        db.session.commit()

    def statements() -> int:
        response, count = count_queries(lambda: client.get("/search?q=autism+pathway"))
        assert response.status_code == 200
        return count

    # Two statements (the count and the page), then one per kind of record on the page: here
    # every kind is on the page both times (1 and then 4 of each, within a page of 25).
    add_records(1)
    client.get("/search?q=autism")  # the filter choices are read once after the groups change, then kept
    few = statements()
    add_records(3)
    assert statements() == few
