"""A champion nobody has added to a group yet (a new user's first visit).

A champion sees only their own groups' groups, meetings and decisions. With none, the pages said
"There are no groups yet" (untrue: the partnership has many) and "To schedule a meeting, go to the
group's page from Groups" (which they cannot do): a dead end. They now say why the list is empty,
who adds them to a group, and what they can still do; the hint about scheduling is for whoever
runs a group.
"""
from __future__ import annotations

import re
from datetime import timedelta

from tests.conftest import london_today
from tests.meetings.conftest import page_text

WHY = "You are not in a group yet, so there are no groups, meetings or decisions to show you here."


def _words(response) -> str:
    """The page's words, without its tags."""
    return " ".join(re.sub(r"<[^>]+>", " ", page_text(response)).split())


def test_a_champion_in_no_group_is_told_why_the_lists_are_empty(client, auth, board, make_person, make_meeting):
    make_meeting(board)
    auth.login(make_person(role="champion"))
    for url in ("/groups", "/meetings", "/decisions"):
        page = _words(client.get(url))
        assert WHY in page, url
        assert "A group’s chair adds you to it" in page
        assert 'href="/my-input/new"' in page_text(client.get(url))
        assert "There are no groups yet" not in page and "To schedule a meeting" not in page
        assert "No decisions have been recorded yet" not in page


def test_a_champion_in_a_group_sees_its_meetings_without_the_note(client, auth, board, make_person, make_meeting):
    from tracker.extensions import db
    from tracker.meetings.operations import add_member

    champion = make_person(role="champion")
    add_member(board, person=champion, group_role="member")
    db.session.commit()
    make_meeting(board, london_today() + timedelta(days=7))
    auth.login(champion)
    page = _words(client.get("/meetings"))
    assert WHY not in page
    assert "No meetings are in the diary yet" not in page  # the group's meeting is listed
    assert "To schedule a meeting" not in page  # they do not run the group


def test_whoever_runs_a_group_is_told_where_to_schedule_a_meeting(client, auth, board):
    auth.login(board.secretary)
    page = _words(client.get("/meetings"))
    assert "To schedule a meeting, go to the group's page from Groups ." in page and WHY not in page
    auth.logout()
    auth.login(board.member)  # staff, not running it: nothing to schedule
    assert "To schedule a meeting" not in _words(client.get("/meetings"))
    assert "There are no groups yet" not in _words(client.get("/groups"))
