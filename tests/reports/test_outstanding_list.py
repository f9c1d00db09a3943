"""The outstanding actions list: who sees it, every filter and sort, counts, pages, queries."""
from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from markupsafe import escape
from sqlalchemy import text

from tests.reports.conftest import closed_moment
from tracker.core.dates import add_working_days
from tracker.core.models import Tag
from tracker.extensions import db


def test_a_chair_sees_the_outstanding_actions_with_owner_due_date_and_last_update(
        client, chair, make_action, make_person, add_update, today):
    owner = make_person(name="Chris Nolan")
    action = make_action(owner=owner, title="Report back on the Key Worker pilot",
                         due=today - timedelta(days=10), due_date_moves=2)
    action.original_due_on = today - timedelta(days=40)
    add_update(action, "Waiting for data from health.", today - timedelta(days=3))
    page = client.get("/reports/outstanding")
    assert page.status_code == 200
    text = page.text
    assert "Report back on the Key Worker pilot" in text
    assert "Chris Nolan" in text
    due = today - timedelta(days=10)  # under the "Due" label on a phone's card, not "Due" said twice
    assert f'<span class="tracker-cards__label">Due</span>{due.day} {due:%b %Y}, moved twice' in text
    assert f"First due {(today - timedelta(days=40)).day} " in text
    assert "Waiting for data from health." in text
    # The RAG rating is written out, not a colour alone, in the words of every page (macros/tags.html).
    assert re.search(r'<strong class="govuk-tag govuk-tag--red tracker-tag">\s*Overdue by \d+ working days', text)
    assert "<title>Outstanding actions – Reports – " in text


@pytest.mark.parametrize("role", ["champion"])
def test_a_champion_cannot_see_the_list_or_its_exports(client, auth, make_person, make_action, role):
    make_action(title="Internal detail")
    auth.login(make_person(role=role))
    for url in ("/reports/outstanding", "/reports/outstanding.csv", "/reports/outstanding.xlsx",
                "/reports/charts", "/reports/organisations"):
        response = client.get(url)
        assert response.status_code == 403, url
        assert "Internal detail" not in response.text


@pytest.mark.parametrize("role", ["member", "lead", "chair", "admin"])
def test_staff_see_the_list(client, auth, make_person, role):
    auth.login(make_person(role=role))
    assert client.get("/reports/outstanding").status_code == 200


def test_signed_out_people_are_sent_to_sign_in(client):
    response = client.get("/reports/outstanding")
    assert response.status_code == 302 and "sign-in" in response.headers["Location"]


def test_the_list_shows_outstanding_actions_by_default_soonest_due_first(chair, make_action, listed, today):
    later = make_action(due=today + timedelta(days=20))
    overdue = make_action(due=today - timedelta(days=5))
    soon = make_action(due=today + timedelta(days=2))
    make_action(due=today, status="completed", outcome="Done", closed_at=closed_moment(today))
    assert listed() == [overdue.id, soon.id, later.id]


def test_actions_waiting_for_the_next_meeting_come_after_dated_ones(chair, make_action, make_group, listed, today):
    group = make_group()
    waiting = make_action(group=group, due_at_next_meeting_of=group)
    waiting.due_on = waiting.original_due_on = None
    db.session.commit()
    dated = make_action(group=group, due=today + timedelta(days=30))
    assert listed() == [dated.id, waiting.id]


def test_filter_by_group_includes_its_sub_groups(chair, make_action, make_group, listed):
    board = make_group(name="SEND Board")
    workstream = make_group(name="Inclusion workstream", parent=board)
    task = make_group(name="Exclusions task and finish group", parent=workstream)
    other = make_group(name="Network of SEND Champions")
    in_board, in_workstream, in_task = (make_action(group=group) for group in (board, workstream, task))
    make_action(group=other)
    assert set(listed(f"group={board.id}")) == {in_board.id, in_workstream.id, in_task.id}
    assert set(listed(f"group={workstream.id}")) == {in_workstream.id, in_task.id}


def test_filter_by_owner_name_or_email(chair, make_action, make_person, listed):
    chris = make_person(name="Chris Nolan", email="chris.nolan@council.example")
    sam = make_person(name="Sam Okoro")
    mine = make_action(owner=chris)
    make_action(owner=sam)
    assert listed("owner=nolan") == [mine.id]
    assert listed("owner=CHRIS.NOLAN%40council") == [mine.id]
    assert listed("owner=100%25") == []  # a % is a character, not a wildcard


def test_filter_by_organisation_of_the_owner(chair, make_action, make_person, make_organisation, listed):
    council = make_organisation("Northshire County Council")
    forum = make_organisation("Parent Carer Forum")
    council_action = make_action(owner=make_person(organisation=council))
    make_action(owner=make_person(organisation=forum))
    assert listed(f"organisation={council.id}") == [council_action.id]


def test_filter_by_status(chair, make_action, listed, today):
    started = make_action(status="in_progress")
    not_started = make_action()
    done = make_action(status="completed", outcome="Paper agreed", closed_at=closed_moment(today))
    impossible = make_action(status="cannot_be_done", explanation="No funding", closed_at=closed_moment(today))
    replaced = make_action(status="superseded", closed_at=closed_moment(today))
    assert set(listed("status=open")) == {started.id, not_started.id}
    assert listed("status=in_progress") == [started.id]
    assert listed("status=not_started") == [not_started.id]
    assert listed("status=completed") == [done.id]
    assert listed("status=cannot_be_done") == [impossible.id]
    assert set(listed("status=closed")) == {done.id, impossible.id, replaced.id}
    assert len(listed("status=all")) == 5


def test_closed_actions_show_their_outcome_or_explanation(client, chair, make_action, today):
    make_action(status="cannot_be_done", explanation="The national guidance changed.",
                closed_at=closed_moment(today))
    page = client.get("/reports/outstanding?status=cannot_be_done")
    assert "Why it cannot be done" in page.text and "The national guidance changed." in page.text


def test_filter_by_rag_and_overdue_only(chair, make_action, listed, today):
    red = make_action(due=today - timedelta(days=1))
    amber_soon = make_action(due=today + timedelta(days=1))
    amber_flagged = make_action(due=today + timedelta(days=60), at_risk=True)
    green = make_action(due=today + timedelta(days=60))
    assert listed("rag=red") == [red.id]
    assert listed("overdue=y") == [red.id]
    assert listed("rag=amber") == [amber_soon.id, amber_flagged.id]
    assert listed("rag=green") == [green.id]


def test_a_late_action_its_owner_flagged_says_both_in_its_rag_tag(client, chair, make_action, today):
    """One wording (tracker/actions/rag.py rag_words): the list, the action's page and the exports
    all say a late action was flagged at risk, inside its red tag."""
    late = make_action(due=today - timedelta(days=8), at_risk=True, at_risk_reason="Staff off sick")
    row = re.search(rf'<tr[^>]*id="action-{late.id}".*?</tr>', client.get("/reports/outstanding").text, re.S).group(0)
    tag = re.search(r'<strong class="govuk-tag govuk-tag--red[^"]*">\s*(.*?)\s*</strong>', row).group(1)
    assert re.fullmatch(r"Overdue by \d+ working days, flagged at risk", tag)
    page = client.get(f"/actions/{late.id}").text
    assert tag in page


def test_filter_by_due_dates_from_the_boxes_or_from_a_link(chair, make_action, listed, today):
    early = make_action(due=today + timedelta(days=3))
    middle = make_action(due=today + timedelta(days=10))
    make_action(due=today + timedelta(days=30))
    first, last = today + timedelta(days=5), today + timedelta(days=20)
    boxes = (f"due_from={first.day}&due_from={first.month}&due_from={first.year}"
             f"&due_to={last.day}&due_to={last.month}&due_to={last.year}")
    assert listed(boxes) == [middle.id]
    assert listed(f"due_to={(today + timedelta(days=3)).isoformat()}") == [early.id]


@pytest.mark.parametrize("kind", ["priority", "value", "outcome"])
def test_filter_by_tag(chair, make_action, listed, kind):
    """A strategic priority, a Co-production Charter value or an Outcomes Framework statement."""
    first, second = db.session.scalars(db.select(Tag).where(Tag.kind == kind).order_by(Tag.position).limit(2))
    tagged = make_action()
    tagged.tags.append(first)
    tagged_otherwise = make_action()
    tagged_otherwise.tags.append(second)
    db.session.commit()
    make_action()
    assert listed(f"tag={first.id}") == [tagged.id]
    assert listed(f"tag={second.id}") == [tagged_otherwise.id]


def test_the_tag_filter_names_each_kind_of_tag(client, chair):
    text = client.get("/reports/outstanding").text
    for kind, label in [("priority", "Strategic priority"), ("value", "Charter value"), ("outcome", "Outcome")]:
        tag = db.session.scalar(db.select(Tag).where(Tag.kind == kind).order_by(Tag.position).limit(1))
        assert f'<option value="{tag.id}">{label}: {escape(tag.name)}</option>' in text, kind


def test_filter_by_text_in_the_title_or_detail(chair, make_action, listed):
    in_title = make_action(title="Update the Local Offer page")
    in_detail = make_action(title="Write to schools", detail="Mention the local offer changes")
    make_action(title="Short breaks review")
    assert set(listed("q=local+offer")) == {in_title.id, in_detail.id}


def test_sort_by_days_overdue_owner_and_group(chair, make_action, make_person, make_group, listed, today):
    zara, adam = make_person(name="Zara Ahmed"), make_person(name="Adam Brown")
    alpha, omega = make_group(name="Alpha group"), make_group(name="Omega group")
    late = make_action(owner=zara, group=alpha, due=today - timedelta(days=30))
    later = make_action(owner=adam, group=omega, due=today - timedelta(days=2))
    future = make_action(owner=adam, group=alpha, due=today + timedelta(days=9))
    assert listed("sort=due") == [late.id, later.id, future.id]
    assert listed("sort=overdue") == [late.id, later.id, future.id]
    assert listed("sort=owner") == [later.id, future.id, late.id]
    assert listed("sort=group") == [late.id, future.id, later.id]
    assert listed("sort=overdue&status=all") == [late.id, later.id, future.id]


def test_the_counts_at_the_top_are_for_the_filtered_set(client, chair, make_action, make_group, today):
    board, other = make_group(due_soon_working_days=5), make_group()  # due soon: the group's window
    make_action(group=board, due=today - timedelta(days=3))
    make_action(group=board, due=add_working_days(today, 5))
    make_action(group=board, due=today + timedelta(days=40), at_risk=True)
    make_action(group=board, due=today + timedelta(days=40))
    make_action(group=other, due=today - timedelta(days=3))
    text = client.get(f"/reports/outstanding?group={board.id}").text
    for number, label in [(4, "open"), (1, "overdue"), (1, "at risk"), (1, "due soon")]:
        assert f'<span class="tracker-counts__number">{number}</span> {label}' in text, label


def _count_links(text: str) -> dict[str, tuple[int, str]]:
    """{"at risk": (number, link), ...} from the counts at the top of the list."""
    found = re.findall(r'<a class="govuk-link tracker-counts__link" href="([^"]+)">'
                       r'<span class="tracker-counts__number">([\d,]+)</span> ([^<]+)</a>', text)
    return {label: (int(number.replace(",", "")), html.unescape(link)) for link, number, label in found}


def test_each_count_at_the_top_links_to_the_actions_it_counts(client, chair, make_action, make_group, today):
    group = make_group()
    flagged = make_action(group=group, due=today + timedelta(days=60), at_risk=True)
    undated = make_action(group=group, at_risk=True, due_at_next_meeting_of=group)
    undated.due_on = None  # "by the next meeting", not yet scheduled: at risk, not overdue
    db.session.commit()
    make_action(group=group, due=today + timedelta(days=1))  # amber (due soon) but not flagged
    make_action(group=group, due=today - timedelta(days=4), at_risk=True)  # overdue: counted as overdue
    make_action(group=group, due=today + timedelta(days=60))
    counts = _count_links(client.get(f"/reports/outstanding?group={group.id}").text)
    assert set(counts) == {"open", "overdue", "at risk", "due soon"}
    number, link = counts["at risk"]
    assert number == 2
    shown = re.findall(r'<tr class="govuk-table__row" id="action-(\d+)"', client.get(link).text)
    assert sorted(int(found) for found in shown) == sorted([flagged.id, undated.id])
    for label, (number, link) in counts.items():
        shown = re.findall(r'<tr class="govuk-table__row" id="action-(\d+)"', client.get(link).text)
        assert len(shown) == number, label


def test_the_at_risk_filter_keeps_to_the_filtered_set(chair, make_action, make_group, listed, today):
    board, other = make_group(), make_group()
    mine = make_action(group=board, due=today + timedelta(days=30), at_risk=True)
    make_action(group=other, due=today + timedelta(days=30), at_risk=True)
    make_action(group=board, due=today + timedelta(days=30), at_risk=True, status="completed",
                outcome="Done", closed_at=closed_moment(today))
    assert listed(f"group={board.id}&at_risk=y") == [mine.id]
    assert listed(f"group={board.id}&at_risk=y&overdue=y") == []


def test_filters_live_in_the_url_and_the_form_shows_them(client, chair, make_group, make_action, make_person, today):
    group = make_group(name="Inclusion workstream")
    make_action(owner=make_person(name="Chris Nolan"), group=group, due=today - timedelta(days=10))
    text = client.get(f"/reports/outstanding?group={group.id}&owner=nolan&overdue=y&sort=owner").text
    assert f'<option value="{group.id}" selected>Inclusion workstream</option>' in text
    assert 'value="nolan"' in text
    assert 'name="overdue" type="checkbox" value="y" checked' in text
    assert '<option value="owner" selected>' in text
    assert "/reports/outstanding.csv?group=" in text  # exports carry the same filters


def test_a_bad_date_is_explained_at_the_field_and_the_list_still_shows(client, chair, make_action):
    action = make_action()
    page = client.get("/reports/outstanding?due_from=31&due_from=2&due_from=2026&due_to=2026-13-45")
    assert page.status_code == 200
    assert "The first due date must be a real date" in page.text
    assert "The last due date must be a real date" in page.text
    assert "<title>Error: Outstanding actions" in page.text
    assert f'id="action-{action.id}"' in page.text


def test_a_due_range_the_wrong_way_round_is_explained(client, chair, today):
    page = client.get(f"/reports/outstanding?due_from={today.isoformat()}&due_to={(today - timedelta(days=1)).isoformat()}")
    assert "The last due date must be the same as or after the first due date" in page.text


def test_an_unknown_group_is_explained_not_a_crash(client, chair):
    page = client.get("/reports/outstanding?group=999999&organisation=abc&tag=-1&status=nonsense&sort=x")
    assert page.status_code == 200
    assert "Choose one of the options shown" in page.text and "Not a valid choice" not in page.text


def test_pages_of_25_with_the_last_page_for_a_page_too_far(client, chair, make_action, make_group, listed, today):
    group = make_group()
    for day in range(30):
        make_action(group=group, due=today + timedelta(days=day))
    assert len(listed()) == 25
    assert len(listed("page=2")) == 5
    assert listed("page=99") == listed("page=2")
    assert "showing 26 to 30" in client.get("/reports/outstanding?page=2").text
    # The page links keep the view (core/templating.py pagination_links), and mark where you are.
    second = html.unescape(client.get(f"/reports/outstanding?group={group.id}&sort=owner&page=2").text)
    assert f'href="/reports/outstanding?group={group.id}&sort=owner&page=1" rel="prev"' in second
    assert re.search(rf'href="/reports/outstanding\?group={group.id}&sort=owner&page=2" aria-label="Page 2"\s+'
                     r'aria-current="page"', second)


def test_the_list_page_makes_the_same_few_queries_at_any_size(
        app, client, chair, make_action, make_person, make_group, add_update, count_queries, today):
    counts = []
    client.get("/")  # the session's CSRF secret, as after any first page: then every view may be kept
    for size in (3, 40):
        group = make_group()
        for number in range(size):
            action = make_action(owner=make_person(password=None), group=group, due=today - timedelta(days=number % 7))
            add_update(action, "On track.", today)
        url = f"/reports/outstanding?group={group.id}"
        db.session.commit()  # the test's own reads are not the page's
        with count_queries() as counted:
            assert client.get(url).status_code == 200
        counts.append(counted.count)
        with count_queries() as counted:
            assert client.get("/reports/outstanding?overdue=y&sort=owner").status_code == 200
        counts.append(counted.count)
    # The first page after a group is made reads the filter choices again; later pages use the
    # choices kept since (reports/queries.py filter_choices).
    assert counts[0] == counts[2] and counts[1] == counts[3] == counts[0] - 1, counts
    assert counts[0] <= 7, counts  # BEGIN, the two stamps, the person, the choices, the counts, the page


def test_the_downloads_say_how_many_and_are_not_offered_for_nothing(client, chair, make_action):
    empty = html.unescape(client.get("/reports/outstanding").text)
    assert "No actions match these filters." in empty and "Download as" not in empty
    make_action(title="Ask schools about transport")
    one = html.unescape(client.get("/reports/outstanding").text)
    assert 'Download as CSV<span class="govuk-visually-hidden"> (this action)</span>' in one
    make_action(title="Fund two more key workers")
    assert "(these 2 actions)" in client.get("/reports/outstanding").text


@pytest.mark.parametrize("view, expected", [
    ("overdue=y", {"open": 2, "overdue": 2, "at risk": 0, "due soon": 0}),
    ("rag=red", {"open": 2, "overdue": 2, "at risk": 0, "due soon": 0}),
    ("at_risk=y", {"open": 1, "overdue": 0, "at risk": 1, "due soon": 1}),
    ("due_soon=y", {"open": 2, "overdue": 0, "at risk": 1, "due soon": 2}),
    ("status=all", {"open": 5, "overdue": 2, "at risk": 1, "due soon": 2}),
    ("status=all&overdue=y", {"open": 2, "overdue": 2, "at risk": 0, "due soon": 0}),
])
def test_the_counts_of_a_filtered_view_are_of_what_it_shows(client, chair, make_action, make_group, today,
                                                            view, expected):
    """Counts the filters decide (every overdue row is open and none is at risk) are not worked
    out row by row (reports/queries.py _counts_select): they must still be what the view shows."""
    group = make_group()
    make_action(group=group, due=today - timedelta(days=4), at_risk=True)  # overdue
    make_action(group=group, due=today - timedelta(days=1))  # overdue
    make_action(group=group, due=today + timedelta(days=1), at_risk=True)  # at risk and due soon
    make_action(group=group, due=today)  # due soon
    make_action(group=group, due=today + timedelta(days=60))  # on track
    make_action(group=group, due=today - timedelta(days=9), status="completed", outcome="Done",
                closed_at=closed_moment(today))
    counts = _count_links(client.get(f"/reports/outstanding?group={group.id}&{view}").text)
    assert {label: number for label, (number, _link) in counts.items()} == expected


def test_the_outstanding_views_walk_the_index_of_open_actions(app, engine_name, today):
    """The list's counts and page, with no group or owner filter, walk the partial index of open
    actions by due date (reports/models.py). SQLite's planner would take the status index and read
    twice the rows, so it is told (core/database.py makes SQLAlchemy write SQLite's hint)."""
    from tracker.actions.schedule import default_due_soon_days
    from tracker.reports.filters import ActionFilters
    from tracker.reports.queries import _counts_select, _page_select

    if engine_name != "sqlite":
        pytest.skip("PostgreSQL's planner picks the index by itself")
    for filters in (ActionFilters(), ActionFilters(overdue=True), ActionFilters(sort="owner", text="transport")):
        for statement in (_counts_select(filters, today, default_due_soon_days()),
                          _page_select(filters, today, 25, 0, default_due_soon_days())):
            compiled = statement.compile(db.engine, compile_kwargs={"literal_binds": True})
            plan = db.session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
            assert any("ix_actions_open_due" in row[-1] for row in plan), plan


def test_the_last_update_says_when_and_what_it_did_unless_it_was_a_note(client, chair, make_action, add_update,
                                                                        today):
    from tracker.core.dates import format_datetime

    moved, noted = make_action(title="Moved along"), make_action(title="Just a note")
    moved_update = add_update(moved, "Waiting for the data", today - timedelta(days=2), kind="due_date_moved")
    noted_update = add_update(noted, "On track", today - timedelta(days=1))
    text = client.get("/reports/outstanding").text
    assert f"{format_datetime(moved_update.created_at)} (due date moved)</span><br>" in text
    assert f"{format_datetime(noted_update.created_at)}</span><br>" in text


def test_a_listed_action_reads_its_rows_columns_and_words_its_state(app, make_action, make_group, today):
    from tracker.actions.rag import Rag
    from tracker.core.dates import format_short_date
    from tracker.reports.filters import ActionFilters
    from tracker.reports.queries import ListedAction, listed_actions_select

    late = make_action(title="Agree the SENCo cluster plan", group=make_group(name="Inclusion"),
                       due=today - timedelta(days=10), due_date_moves=2)
    late.original_due_on = today - timedelta(days=40)
    db.session.commit()
    row = db.session.execute(listed_actions_select(ActionFilters(), today)).one()
    listed = ListedAction.of(row, today)
    assert all(getattr(listed, name) == value for name, value in row._mapping.items())  # every column, as is
    assert (listed.row, listed.title, listed.group_name) == (row, "Agree the SENCo cluster plan", "Inclusion")
    assert listed.rag == Rag.RED and listed.days_overdue > 0 and listed.is_open
    assert listed.due_line == f"{format_short_date(today - timedelta(days=10))}, moved twice"
    assert listed.first_due_line == f"First due {format_short_date(today - timedelta(days=40))}"
