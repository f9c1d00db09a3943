"""The home page: what the person owes, and their groups' next meetings, in a fixed number of queries."""
from datetime import timedelta

from tracker.core.dates import add_working_days, local_today
from tracker.extensions import db


def test_home_says_what_the_person_owes_and_when_their_groups_meet(client, auth, make_person, make_group,
                                                                  make_action, make_meeting):
    owner = make_person(name="Chris Nolan")
    board = make_group("SEND Board", members=[owner])
    other = make_group("Somebody else's group")
    today = local_today()
    make_action(owner=owner, group=board, due=today - timedelta(days=7))
    make_action(owner=owner, group=board, due=add_working_days(today, 1))
    make_meeting(board, today + timedelta(days=10))
    make_meeting(other, today + timedelta(days=5))
    auth.login(owner)
    page = client.get("/").get_data(as_text=True)
    assert "1 overdue" in page and "1 due soon" in page
    assert "(SEND) Board," in page  # spelled out where first used
    assert "Somebody else&#39;s group," not in page and "Somebody else's group," not in page


def test_home_with_nothing_owed_says_so(client, auth, make_person):
    auth.login(make_person())
    assert "You have no open actions." in client.get("/").get_data(as_text=True)


def test_home_does_a_fixed_number_of_queries(client, auth, make_person, make_group, make_action, make_meeting,
                                             count_queries):
    owner = make_person()
    group = make_group(members=[owner])
    auth.login(owner)

    def queries_with(extra: int) -> int:
        for _ in range(extra):
            make_action(owner=owner, group=group)
            make_meeting(group, local_today() + timedelta(days=3))
        db.session.commit()
        return count_queries(lambda: client.get("/"))[1]

    assert queries_with(2) == queries_with(20)


def test_a_champion_new_to_the_site_is_shown_how_to_raise_something(client, auth, make_person):
    """A parent champion signing in for the first time once met "You have no open actions. See all your
    actions", about actions a champion seldom owns, and nothing about raising what matters to families."""
    auth.login(make_person(role="champion"))
    page = client.get("/").get_data(as_text=True)
    assert "You have not raised anything yet." in page
    assert 'href="/my-input/new"' in page and ">Raise something<" in page
    assert 'href="/you-said-we-did"' in page  # what others raised, and what was done
    assert "You have no open actions." not in page


def test_a_champion_coming_back_sees_what_became_of_their_input(client, auth, make_person, make_group):
    from tracker.core.dates import utcnow
    from tracker.inputs import operations

    champion, lead = make_person(role="champion"), make_person(role="lead")
    now = utcnow()
    operations.raise_input(by=champion, what="Supply teachers need autism awareness.", at=now)
    answered = operations.raise_input(by=champion, what="The Local Offer is hard to search.", at=now)
    operations.answer_input(answered, by=lead, response="We have added a search box.", at=now)
    db.session.commit()
    auth.login(champion)
    page = client.get("/").get_data(as_text=True)
    assert "You have raised 2 things: 1 has an answer or an outcome." in page
    assert 'href="/my-input"' in page and 'href="/my-input/new"' in page


def test_staff_home_still_says_what_they_owe(client, auth, make_person):
    auth.login(make_person(role="lead"))
    page = client.get("/").get_data(as_text=True)
    assert "You have no open actions." in page and "You have not raised anything yet." not in page
