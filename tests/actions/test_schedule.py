"""An action's time rules are one rule (tracker/actions/schedule.py): the amber tag, the "due soon"
email and the outstanding list's count agree, for a group with its own due-soon window too."""
from __future__ import annotations

import re
from datetime import date

from tracker.actions.models import Action
from tracker.actions.rag import Rag, rag_of_action, rag_sql
from tracker.actions.schedule import due_soon_by, due_wording, working_days_late, working_days_left
from tracker.core.dates import add_working_days, local_today
from tracker.extensions import db
from tracker.nudges.planner import plan_nudges
from tracker.reports.filters import ActionFilters
from tracker.reports.queries import outstanding_page

MONDAY = date(2026, 11, 23)  # five working days on is Monday 30 November; six, Tuesday 1 December


def test_a_group_set_to_five_days_gets_the_email_for_what_its_tags_show_amber(make_action, make_group, make_person):
    five = make_group(name="Five days", due_soon_working_days=5)
    usual = make_group(name="Usual")  # the service's three working days
    owner = make_person(email="owner@example.org")
    actions = {
        "five, due in 5": make_action(owner=owner, group=five, due=date(2026, 11, 30)),
        "five, due in 6": make_action(owner=owner, group=five, due=date(2026, 12, 1)),
        "usual, due in 5": make_action(owner=owner, group=usual, due=date(2026, 11, 30)),
        "usual, due in 3": make_action(owner=owner, group=usual, due=date(2026, 11, 26)),
    }
    due_soon = {"five, due in 5", "usual, due in 3"}

    tags = {name: rag_of_action(action, MONDAY) for name, action in actions.items()}
    assert {name for name, rag in tags.items() if rag == Rag.AMBER} == due_soon
    in_sql = dict(db.session.execute(db.select(Action.id, rag_sql(MONDAY))).all())
    assert {name for name, action in actions.items() if in_sql[action.id] == "amber"} == due_soon

    (email,) = plan_nudges(MONDAY).emails
    assert {item.id for item in email.due_soon} == {actions[name].id for name in due_soon}

    counts, page = outstanding_page(ActionFilters(), MONDAY, page=1, per_page=25)
    assert counts.due_soon == len(due_soon)
    assert sum(item.rag == Rag.AMBER and not item.at_risk for item in page.items) == counts.due_soon
    _counts, listed = outstanding_page(ActionFilters(due_soon=True), MONDAY, page=1, per_page=25)
    assert {item.id for item in listed.items} == {actions[name].id for name in due_soon}


def test_the_list_counts_what_its_amber_tags_show_and_says_which_window(client, auth, make_action, make_group,
                                                                       make_person):
    today = local_today()
    five = make_group(due_soon_working_days=5)
    make_action(group=five, due=add_working_days(today, 5), title="Inside the group's window")
    make_action(due=add_working_days(today, 5), title="Outside the usual window")
    auth.login(make_person(role="admin"))
    page = client.get("/reports/outstanding").text
    assert '<span class="tracker-counts__number">1</span> due soon' in page
    assert page.count("govuk-tag--yellow") == 1  # the one amber tag
    assert "The amber tags and the reminder emails use the same window." in page
    only = client.get("/reports/outstanding?due_soon=y").text
    assert "Inside the group&#39;s window" in only and "Outside the usual window" not in only


def test_the_action_page_shows_amber_in_its_group_window(client, auth, make_action, make_group, make_person):
    owner = make_person()
    action = make_action(owner=owner, group=make_group(due_soon_working_days=5),
                         due=add_working_days(local_today(), 5))
    auth.login(owner)
    assert re.search(r'<strong class="govuk-tag govuk-tag--yellow">\s*Due soon\s*</strong>',
                     client.get(f"/actions/{action.id}").text)


def test_due_dates_are_put_into_words_once(app):
    friday = date(2026, 11, 20)
    assert working_days_late(friday, MONDAY) == 1 and working_days_left(friday, MONDAY) == 0
    assert due_wording(friday, late=1, left=0) == "Due 20 November 2026: 1 working day overdue"
    assert due_wording(date(2026, 11, 26), late=0, left=3) == "Due 26 November 2026: in 3 working days"
    assert due_wording(MONDAY, late=0, left=0) == "Due 23 November 2026: today"
    assert due_soon_by(MONDAY, None) == date(2026, 11, 26)  # the service's window, from config
    app.config["DUE_SOON_WORKING_DAYS"] = 4
    try:
        assert due_soon_by(MONDAY, None) == date(2026, 11, 27)
    finally:
        app.config["DUE_SOON_WORKING_DAYS"] = 3
