"""The filter panel's choices (groups, organisations, tags) are read and written out once per change
of those, not once per page (core/stamps.py CHOICES, reports/queries.py filter_choices): an action's
update leaves them alone, and a new or renamed group is offered on the very next page."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import event

from tracker.core.stamps import CHOICES, RECORDS, current_stamp
from tracker.core.templating import Options, options_html
from tracker.extensions import db

LIST = "/reports/outstanding"
FRESH = "/reports/outstanding?sort=owner"  # a view not yet drawn: the page cache cannot answer it


def choice_reads(client, url: str) -> tuple[int, str]:
    """(how many times the request read the groups table, the page)."""
    reads = []

    def record(_connection, _cursor, statement, *_rest):
        if "FROM groups UNION ALL" in statement:
            reads.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        page = client.get(url).text
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return len(reads), page


def test_choices_are_read_once_until_a_group_changes(client, chair, make_group, make_action, today):
    group = make_group(name="Preparing for Adulthood")
    make_action(title="Map the transition pathway", group=group, due=today + timedelta(days=20))
    db.session.commit()

    reads, page = choice_reads(client, LIST)
    assert reads == 1 and "Preparing for Adulthood" in page
    reads, page = choice_reads(client, FRESH)
    assert reads == 0 and "Preparing for Adulthood" in page  # drawn afresh, choices as kept

    group.name = "Preparing for Adulthood and Independence"
    db.session.commit()
    reads, page = choice_reads(client, "/reports/outstanding?sort=group")
    assert reads == 1 and "Preparing for Adulthood and Independence" in page

    make_group(name="Early Years")
    db.session.commit()
    reads, page = choice_reads(client, "/reports/outstanding?sort=due")
    assert reads == 1 and ">Early Years</option>" in page


def test_an_action_change_renews_the_records_stamp_but_not_the_choices(
        app, make_action, make_organisation, make_group, make_person):
    group, owner = make_group(name="Inclusion"), make_person()
    action = make_action(group=group, owner=owner)
    db.session.commit()
    records, choices = current_stamp(RECORDS), current_stamp(CHOICES)
    assert records and choices

    action.title = "A new title"
    db.session.commit()
    assert current_stamp(RECORDS) != records
    assert current_stamp(CHOICES) == choices

    make_action(group=group, owner=owner)  # the group's actions change, not the group
    db.session.commit()
    assert current_stamp(CHOICES) == choices

    make_organisation(name="Speech and Language Therapy Service")
    db.session.commit()
    assert current_stamp(CHOICES) != choices


def test_a_rolled_back_group_leaves_the_choices_stamp(app, make_group):
    group = make_group(name="Kept")
    db.session.commit()
    before = current_stamp(CHOICES)
    group.name = "Never saved"
    db.session.flush()
    db.session.rollback()
    assert current_stamp(CHOICES) == before


def test_the_chosen_option_is_marked_and_text_is_escaped():
    options = Options([("", "All groups"), ("7", "Health <and> Care"), ("17", "Seventeen")])
    html = options_html(options, "7")
    assert '<option value="7" selected>Health &lt;and&gt; Care</option>' in html
    assert html.count(" selected") == 1 and '<option value="17">' in html  # not "17" by its prefix
    assert " selected" not in options_html(options, "99")  # a value not offered: nothing chosen
    assert options_html([("a", "A")], "a") == '<option value="a" selected>A</option>'
