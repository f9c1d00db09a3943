"""The Board's figures, and pages that make the same number of queries however much input there is."""
from __future__ import annotations

from datetime import date, timedelta

from tests.conftest import london_moment
from tests.inputs.conftest import NOW, TODAY
from tracker.actions import operations as actions
from tracker.actions.models import Action
from tracker.core.dates import add_working_days
from tracker.extensions import db
from tracker.inputs import operations
from tracker.inputs.models import Input
from tracker.inputs.queries import NO_GROUP, board_figures

MONDAY = date(2026, 10, 5)


def _raise(p, day, **fields):
    return operations.raise_input(by=p.champion, what="Something", at=london_moment(day), **fields)


def test_the_median_working_days_to_a_first_response_and_the_share_with_an_outcome(partnership):
    p = partnership
    quick = _raise(p, MONDAY)  # routed 2 working days later, then answered: an outcome
    operations.route_input(quick, group=p.workstream, by=p.chair, at=london_moment(add_working_days(MONDAY, 2)))
    operations.answer_input(quick, by=p.lead, response="Done", at=london_moment(add_working_days(MONDAY, 5)))
    slow = _raise(p, MONDAY)  # routed 6 working days later; its one action completed: an outcome
    operations.route_input(slow, group=p.workstream, by=p.chair, at=london_moment(add_working_days(MONDAY, 6)))
    action = operations.raise_action_for_input(slow, by=p.lead, today=TODAY, at=NOW, title="Act", owner=p.owner,
                                               group=p.workstream, due_on=date(2026, 12, 1))
    actions.complete_action(action, by=p.owner, outcome="Acted", at=NOW)
    open_one = _raise(p, MONDAY)  # routed after 10; its action still open: no outcome
    operations.route_input(open_one, group=p.workstream, by=p.chair, at=london_moment(add_working_days(MONDAY, 10)))
    operations.raise_action_for_input(open_one, by=p.lead, today=TODAY, at=NOW, title="Act again", owner=p.owner,
                                      group=p.workstream, due_on=date(2026, 12, 1))
    _raise(p, add_working_days(TODAY, -15))  # no response, past its day: waiting and late
    _raise(p, TODAY)  # no response yet, not due
    db.session.commit()

    groups, total = board_figures(since=None, today=TODAY)
    workstream, unrouted = groups
    assert (workstream.group_name, workstream.raised, workstream.responded, workstream.median_days) == (
        "Preparing for Adulthood", 3, 3, 6)
    assert (workstream.with_outcome, workstream.outcome_share) == (2, 67)
    assert (unrouted.group_name, unrouted.raised, unrouted.waiting, unrouted.late) == (NO_GROUP, 2, 2, 1)
    assert unrouted.median_days is None and unrouted.outcome_share == 0
    assert (total.raised, total.with_outcome, total.median_days, total.late) == (5, 2, 6, 1)

    recent, recent_total = board_figures(since=london_moment(TODAY - timedelta(days=30)), today=TODAY)
    assert recent_total.raised == 2


def test_the_figures_page_for_staff(client, auth, partnership):
    _raise(partnership, TODAY)
    db.session.commit()
    auth.login(partnership.member)
    html = client.get("/inputs/figures").get_data(as_text=True)
    assert "Figures for the Board" in html and NO_GROUP in html and "No responses yet" in html
    assert "0% (0 of 1)" in html
    html = client.get("/inputs/figures?period=all").get_data(as_text=True)
    assert "Input raised in all time" in html


def _lots(p, count, make_meeting):
    meeting = make_meeting(p.workstream, date(2026, 11, 10))
    for number in range(count):
        raised = _raise(p, TODAY)
        operations.route_input(raised, group=p.workstream, by=p.lead, at=NOW)
        action = operations.raise_action_for_input(raised, by=p.lead, today=TODAY, at=NOW, title=f"Act {number}",
                                                   owner=p.owner, group=p.workstream, due_on=date(2026, 12, 1))
        actions.post_update(action, by=p.owner, note="Going well", at=NOW)
        operations.record_meeting_input(meeting=meeting, by=p.lead, what=f"At the meeting {number}", at=NOW,
                                        raised_by=p.other_champion)
    db.session.commit()


def test_input_pages_make_the_same_number_of_queries_however_much_there_is(client, auth, partnership, count_queries,
                                                                          make_meeting):
    p = partnership
    _lots(p, 2, make_meeting)
    first = db.session.scalar(db.select(db.func.min(Input.id)))
    auth.login(p.lead)
    urls = ["/inputs", "/inputs?status=being_looked_at", "/inputs/figures", f"/inputs/{first}"]
    few = {url: count_queries(lambda url=url: client.get(url))[1] for url in urls}
    auth.logout()
    auth.login(p.champion)
    few["/my-input"] = count_queries(lambda: client.get("/my-input"))[1]
    _lots(p, 12, make_meeting)
    for action in db.session.scalars(db.select(Action).where(Action.title.like("Act 1%"))):  # more on one input
        operations.link_action(db.session.get(Input, first), action, by=p.lead)
    db.session.commit()
    many = {"/my-input": count_queries(lambda: client.get("/my-input"))[1]}
    auth.logout()
    auth.login(p.lead)
    many.update({url: count_queries(lambda url=url: client.get(url))[1] for url in urls})
    assert few == many
