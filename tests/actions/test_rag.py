"""RAG and "overdue by N working days" are derived from dates and status; Python and SQL agree."""
from __future__ import annotations

import re
from datetime import date

import pytest

from tracker.actions.models import Action, ActionStatus
from tracker.actions.rag import Rag, rag_of_action, rag_sql, rag_words, status_words, working_days_overdue
from tracker.extensions import db

MONDAY = date(2026, 11, 23)


@pytest.mark.parametrize("due, status, at_risk, rag", [
    (date(2026, 11, 20), ActionStatus.IN_PROGRESS, False, Rag.RED),  # last Friday
    (MONDAY, ActionStatus.NOT_STARTED, False, Rag.AMBER),  # due today
    (date(2026, 11, 26), ActionStatus.NOT_STARTED, False, Rag.AMBER),  # three working days away
    (date(2026, 11, 27), ActionStatus.NOT_STARTED, False, Rag.GREEN),  # four
    (date(2027, 3, 1), ActionStatus.IN_PROGRESS, True, Rag.AMBER),  # flagged at risk by its owner
    (date(2026, 11, 20), ActionStatus.COMPLETED, False, None),  # closed: no RAG, never overdue
    (date(2026, 11, 20), ActionStatus.CANNOT_BE_DONE, False, None),
    (date(2026, 11, 20), ActionStatus.SUPERSEDED, False, None),
    (None, ActionStatus.NOT_STARTED, False, Rag.GREEN),  # waiting for the group's next meeting
])
def test_rag_in_python_and_sql_agree(make_action, due, status, at_risk, rag):
    action = make_action(status=status, at_risk=at_risk)
    action.due_on = due
    db.session.commit()
    assert rag_of_action(action, MONDAY) == rag
    in_sql = db.session.scalar(db.select(rag_sql(MONDAY)).where(Action.id == action.id))
    assert in_sql == (rag.value if rag else None)


def test_overdue_is_counted_in_working_days_skipping_weekends_and_bank_holidays(make_action):
    action = make_action(due=date(2026, 12, 23))  # a Wednesday before Christmas
    # Thu 24, (Fri 25 Christmas Day), (Sat, Sun), (Mon 28 Boxing Day substitute), Tue 29
    assert working_days_overdue(action, date(2026, 12, 29)) == 2
    assert working_days_overdue(action, date(2026, 12, 23)) == 0
    action.status = ActionStatus.COMPLETED
    assert working_days_overdue(action, date(2027, 1, 29)) == 0


def test_the_page_says_overdue_by_one_working_day_in_the_singular(client, auth, team, make_action):
    from datetime import timedelta

    from tracker.core.dates import local_today, working_days_between

    today = local_today()
    due = today - timedelta(days=1)
    while working_days_between(due, today) < 1:  # today may be a weekend: go back to a working day
        due -= timedelta(days=1)
    action = make_action(owner=team.owner, group=team.group, due=due)
    auth.login(team.owner)
    page = client.get(f"/actions/{action.id}").get_data(as_text=True)
    assert re.search(r">\s*Overdue by 1 working day\s*<", page)


def test_due_on_friday_and_seen_at_the_weekend_says_overdue_without_a_count(make_action, app):
    from flask import render_template_string

    action = make_action(due=date(2026, 11, 20))
    saturday = date(2026, 11, 21)
    assert rag_of_action(action, saturday) == Rag.RED and working_days_overdue(action, saturday) == 0
    with app.test_request_context():
        html = render_template_string(
            '{% from "actions/_macros.html" import rag_tag with context %}{{ rag_tag(action) }}',
            action=action, Rag=Rag, rag=lambda a: rag_of_action(a, saturday),
            days_overdue=lambda a: working_days_overdue(a, saturday))
    assert re.search(r">\s*Overdue\s*<", html)


@pytest.mark.parametrize("rag, days, at_risk, words", [
    (Rag.RED, 2, False, "Overdue by 2 working days"),
    (Rag.RED, 0, False, "Overdue"),  # due on Friday, seen at the weekend
    (Rag.RED, 3, True, "Overdue by 3 working days, flagged at risk"),  # late, and its owner said why
    (Rag.RED, 0, True, "Overdue, flagged at risk"),
    (Rag.AMBER, 0, True, "At risk"),
    (Rag.AMBER, 0, False, "Due soon"),
    ("green", 0, False, "On track"),
    (None, 0, False, ""),  # closed: no RAG
])
def test_an_actions_rag_has_one_wording(rag, days, at_risk, words):
    assert rag_words(rag, days, at_risk) == words


def test_the_tag_macro_is_the_one_home_of_status_and_rag_tags(app):
    from flask import render_template_string

    with app.test_request_context():
        html = render_template_string(
            '{% import "macros/tags.html" as tags %}{{ tags.status_tag("in_progress", "tracker-tag") }}'
            '{{ tags.rag_tag("red", 3) }}{{ tags.rag_tag(none) }}')
    tags = re.findall(r'<strong class="([^"]+)">\s*([^<]*?)\s*</strong>', html)
    assert tags == [("govuk-tag govuk-tag--light-blue tracker-tag", "In progress"),
                    ("govuk-tag govuk-tag--red", "Overdue by 3 working days")]
    assert status_words("cannot_be_done") == "Cannot be done"
