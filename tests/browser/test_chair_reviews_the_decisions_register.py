"""Journey: a chair finds the Board's decisions in the register, filters them, marks one superseded
by a later decision and tags it, and downloads the register as CSV (by mouse at full width, and by
keyboard alone at 320 pixels, with axe on every page)."""
import csv
import io
import re
from datetime import timedelta

from tests.conftest import london_today
from tracker.core.models import Tag
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Decision

SITE = "SEND Partnership Tracker"


def test_chair_filters_the_register_marks_a_decision_superseded_and_downloads_it(
        sign_in, make_person, make_group, make_meeting, make_action):
    chair = make_person(role="chair", name="Jordan Reid")
    chris = make_person(name="Chris Nolan")
    board = make_group("Partnership Board", chair=chair, members=[chris])
    workstream = make_group("Preparing for Adulthood", parent=board, members=[chris])
    other = make_group("Finance group")
    today = london_today()
    workstream_meeting = make_meeting(workstream, today - timedelta(days=20))
    other_meeting = make_meeting(other, today - timedelta(days=5))
    earlier_meeting = make_meeting(board, today - timedelta(days=70))
    later_meeting = make_meeting(board, today - timedelta(days=10))
    item = AgendaItem(meeting=earlier_meeting, title="Key Worker pilot", position=1)
    earlier = Decision(meeting=earlier_meeting, agenda_item=item, text="The Key Worker pilot runs until December")
    later = Decision(meeting=later_meeting, text="The Key Worker pilot is extended to March")
    db.session.add_all([item, earlier, later,
                        Decision(meeting=workstream_meeting, text="Adopt the transitions guide"),
                        Decision(meeting=other_meeting, text="Move the budget line")])
    db.session.commit()
    make_action(owner=chris, group=board, title="Recruit two key workers", decision_id=later.id,
                meeting_id=later_meeting.id)
    priority = db.session.scalar(db.select(Tag).where(Tag.kind == "priority").order_by(Tag.position).limit(1))
    priority_name = priority.name

    jordan = sign_in(chair)
    jordan.follow_in_menu("Decisions").sees_title(f"Decisions – Meetings – {SITE}")
    jordan.sees("4 decisions").sees("Recruit two key workers").sees("Not started")
    jordan.open_details("Filter decisions").select("Group (with its sub-groups)", "Partnership Board")
    jordan.press("Apply filters").sees("3 decisions")  # the workstream reports to the Board
    jordan.fill("Words in the decision or its agenda item", "key worker").press("Apply filters")
    jordan.sees("2 decisions")

    row = jordan.page.locator(f"#decision-{earlier.id}")
    jordan.follow(row.get_by_role("link", name=re.compile("Tag or mark superseded")))
    jordan.sees_title(f"Tag the decision or mark it superseded – Meetings – {SITE}")
    jordan.select("Has a later decision superseded it?",
                  f"{later_meeting.starts_on.day} {later_meeting.starts_on:%B %Y}: "
                  "The Key Worker pilot is extended to March")
    jordan.tick(priority_name).press("Save")
    jordan.sees("Choose whether the later decision revisited or reversed this one")  # at the field, required
    jordan.choose("Revisited: the group came back to it and changed or extended it").press("Save")
    jordan.sees("The decision's tags and status were saved.").sees("2 decisions")
    jordan.sees(re.compile(r"Revisited\s+by the decision of Partnership Board"))
    jordan.sees("This replaced the decision of Partnership Board").sees(f"Tags: {priority_name}")

    download = jordan.download(jordan.page.get_by_role("link", name=re.compile(r"^Download as CSV")))
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(open(download.path(), encoding="utf-8-sig").read())))
    assert [(row["Decision"], row["Superseded by"]) for row in rows] == [  # saving kept the filters
        ("The Key Worker pilot is extended to March", ""), ("The Key Worker pilot runs until December", str(later.id))]
