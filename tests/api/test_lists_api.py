"""Groups, meetings and inputs through the API; pagination; a fixed number of queries per request."""
from datetime import date, time, timedelta

import pytest

from tests.conftest import london_moment
from tracker.actions.models import Action
from tracker.extensions import db
from tracker.inputs.models import Input, InputStatus
from tracker.meetings.models import Meeting, MeetingStatus
from tracker.people.models import Group


def _ids(response):
    assert response.status_code == 200, response.get_data(as_text=True)
    return [item["id"] for item in response.json["items"]]


# --- pagination ----------------------------------------------------------------------------------


def test_lists_come_in_pages_with_links_to_follow(api_as, make_person):
    db.session.add_all(Group(name=f"Group {n:02}") for n in range(23))
    db.session.commit()
    api = api_as(make_person())

    first = api.get("/api/v1/groups?per_page=10")
    assert first.json["total"] == 23 and first.json["pages"] == 3
    assert [g["name"] for g in first.json["items"]][:2] == ["Group 00", "Group 01"]
    links = first.json["links"]
    assert links["prev"] is None
    assert links["next"].startswith("http://localhost/api/v1/groups?")
    assert "per_page=10" in links["next"] and "page=2" in links["next"]
    assert 'rel="next"' in first.headers["Link"]

    last = api.get(links["last"].removeprefix("http://localhost"))
    assert len(last.json["items"]) == 3 and last.json["links"]["next"] is None
    assert "page=2" in last.json["links"]["prev"]

    beyond = api.get("/api/v1/groups?page=9&per_page=10")
    assert beyond.status_code == 200 and beyond.json["items"] == []


def test_the_default_page_size_is_25(api_as, make_person):
    db.session.add_all(Group(name=f"Group {n:02}") for n in range(30))
    db.session.commit()
    body = api_as(make_person()).get("/api/v1/groups").json
    assert body["per_page"] == 25 and len(body["items"]) == 25


# --- groups --------------------------------------------------------------------------------------


def test_groups_say_what_role_the_tokens_person_has(api_as, make_person, make_group):
    lead = make_person()
    workstream = make_group(name="Workstream", lead=lead)
    other = make_group(name="Other", is_active=False)
    api = api_as(lead)
    body = api.get("/api/v1/groups").json
    roles = {item["name"]: item["your_role"] for item in body["items"]}
    assert roles == {"Other": None, "Workstream": "lead"}
    assert _ids(api.get("/api/v1/groups?active=true")) == [workstream.id]
    assert _ids(api.get("/api/v1/groups?active=false")) == [other.id]


def test_a_champion_sees_only_the_groups_they_belong_to(api_as, make_person, make_group):
    champion = make_person(role="champion")
    network = make_group(name="Network of SEND Champions", members=[champion])
    make_group(name="SEND Board")
    assert _ids(api_as(champion).get("/api/v1/groups")) == [network.id]


# --- meetings ------------------------------------------------------------------------------------


def test_meetings_filter_by_group_and_dates_in_local_time(api_as, make_person, make_group, make_meeting):
    board, workstream = make_group(), make_group()
    early = make_meeting(board, date(2026, 6, 1))
    # 23:30 in London on 30 June is 22:30 UTC: still 30 June for people here.
    late_evening = Meeting(group=workstream, starts_at=london_moment(date(2026, 6, 30), time(23, 30)))
    db.session.add(late_evening)
    july = make_meeting(board, date(2026, 7, 1))
    api = api_as(make_person())

    assert _ids(api.get("/api/v1/meetings")) == [early.id, late_evening.id, july.id]
    assert _ids(api.get(f"/api/v1/meetings?group={board.id}")) == [early.id, july.id]
    assert _ids(api.get("/api/v1/meetings?from=2026-06-02&to=2026-06-30")) == [late_evening.id]
    assert _ids(api.get("/api/v1/meetings?from=2026-07-01")) == [july.id]
    item = api.get(f"/api/v1/meetings?group={workstream.id}").json["items"][0]
    assert item["starts_at"] == "2026-06-30T22:30:00Z"
    assert item["group"]["id"] == workstream.id and item["status"] == "scheduled"


def test_a_meeting_range_to_the_last_date_there_is_has_no_end(api_as, make_person, make_group, make_meeting):
    """31 December 9999 is a valid date with no day after it: every meeting from the start, not a 500."""
    meeting = make_meeting(make_group(), date(2026, 6, 1))
    api = api_as(make_person())
    for query in ("to=9999-12-31", "from=0001-01-01&to=9999-12-31", "from=2026-06-01&to=9999-12-31"):
        assert _ids(api.get("/api/v1/meetings?" + query)) == [meeting.id]
    assert _ids(api.get("/api/v1/decisions?to=9999-12-31")) == []


def test_a_meeting_range_ending_before_it_starts_is_refused(api_as, make_person):
    response = api_as(make_person()).get("/api/v1/meetings?from=2026-07-01&to=2026-06-01")
    assert response.status_code == 400
    assert response.json["field"] == "to"


def test_a_date_that_does_not_exist_is_refused(api_as, make_person):
    response = api_as(make_person()).get("/api/v1/meetings?from=2026-02-31")
    assert response.status_code == 400 and response.json["field"] == "from"


def test_a_champion_sees_only_the_meetings_of_their_own_groups(api_as, make_person, make_group,
                                                               make_meeting):
    champion = make_person(role="champion")
    network = make_group(name="Network of SEND Champions", members=[champion])
    board = make_group(name="SEND Board")
    theirs = make_meeting(network, date(2026, 12, 1))
    make_meeting(board, date(2026, 12, 2))
    assert _ids(api_as(champion).get("/api/v1/meetings")) == [theirs.id]


# --- inputs --------------------------------------------------------------------------------------


def _input(what, *, raised_by=None, group=None, **fields):
    raised = Input(what=what, raised_by=raised_by, group=group, **fields)
    db.session.add(raised)
    db.session.commit()
    return raised


def test_a_champion_sees_only_their_own_input_and_what_became_of_it(api_as, make_person, make_group,
                                                                    make_action):
    champion, another = make_person(role="champion"), make_person(role="champion")
    group = make_group()
    action = make_action(group=group, title="Share lived experience of masking with SENDCos",
                         outcome="Shared at the SENDCo Network", status="completed")
    mine = _input("Masking at school", raised_by=champion, group=group,
                  status=InputStatus.BEING_LOOKED_AT)
    mine.actions.append(db.session.get(Action, action.id))
    db.session.commit()
    _input("Someone else's worry", raised_by=another)

    body = api_as(champion).get("/api/v1/inputs").json
    assert [item["id"] for item in body["items"]] == [mine.id]
    item = body["items"][0]
    assert item["status"] == "being_looked_at" and item["status_label"] == "Being looked at"
    assert item["actions"] == [{
        "id": action.id, "title": "Share lived experience of masking with SENDCos",
        "status": "completed", "status_label": "Completed", "due_on": action.due_on.isoformat(),
        "outcome": "Shared at the SENDCo Network", "explanation": "",
    }]
    assert "contact_email" not in item


def test_inputs_are_seen_by_whoever_runs_their_group_and_unrouted_ones_by_chairs_and_leads(
        api_as, make_person, make_group):
    lead, member, chair, admin = (make_person(role="lead"), make_person(), make_person(role="chair"),
                                  make_person(role="admin"))
    workstream = make_group(lead=lead, members=[member])
    routed = _input("Routed", group=workstream, contact_email="parent@example.org")
    unrouted = _input("Waiting to be routed")
    elsewhere = _input("Other group", group=make_group())

    assert set(_ids(api_as(lead).get("/api/v1/inputs"))) == {routed.id, unrouted.id}
    assert _ids(api_as(member).get("/api/v1/inputs")) == []
    assert set(_ids(api_as(chair).get("/api/v1/inputs"))) == {unrouted.id}
    assert set(_ids(api_as(admin).get("/api/v1/inputs"))) == {routed.id, unrouted.id, elsewhere.id}
    assert _ids(api_as(admin).get(f"/api/v1/inputs?group={workstream.id}")) == [routed.id]
    assert _ids(api_as(admin).get("/api/v1/inputs?status=answered")) == []


# --- a fixed number of queries, whatever the size ------------------------------------------------


def _seed(size, make_person, make_group):
    from tracker.actions.operations import post_update
    from tracker.core.dates import utcnow

    people = [make_person() for _ in range(3)]
    groups = [make_group(lead=people[0]) for _ in range(3)]
    today = date(2026, 11, 23)
    for n in range(size):
        group = groups[n % 3]
        action = Action(title=f"Action {n}", owner=people[n % 3], group=group,
                        due_on=today + timedelta(days=n - size // 2), original_due_on=today,
                        due_at_next_meeting_of=groups[(n + 1) % 3])
        db.session.add(action)
        db.session.add(Meeting(group=group, starts_at=london_moment(today + timedelta(days=n)),
                               status=MeetingStatus.SCHEDULED))
        raised = Input(what=f"Input {n}", raised_by=people[1], group=group)
        raised.actions.append(action)
        db.session.add(raised)
    db.session.flush()
    first = db.session.scalars(db.select(Action).order_by(Action.id)).first()
    for n in range(size):
        post_update(first, by=people[n % 3], note=f"Update {n}", at=utcnow() - timedelta(minutes=n))
    db.session.commit()
    return people[0], first


@pytest.mark.parametrize("url", [
    "/api/v1/actions?per_page=100",
    "/api/v1/actions/{first}",
    "/api/v1/meetings?per_page=100",
    "/api/v1/inputs?per_page=100",
    "/api/v1/groups?per_page=100",
])
def test_each_list_takes_the_same_number_of_queries_at_5_and_at_60_rows(
        app, api_as, make_person, make_group, count_queries, url):
    counts = []
    for size in (5, 60):
        from tests.conftest import wipe_database

        wipe_database()
        person, first = _seed(size, make_person, make_group)
        api = api_as(person)
        with count_queries() as counted:
            response = api.get(url.format(first=first.id))
        assert response.status_code == 200
        counts.append(counted.count)
    assert counts[0] == counts[1], counts
    assert counts[1] <= 8, counts
