"""Journey: a member of staff searches, narrows the search to decisions, reads a marked result and
follows it to its meeting; a champion searching the same words finds only the published record
(with axe on every page)."""
import re
from datetime import timedelta

from tests.conftest import london_today
from tracker.extensions import db
from tracker.meetings.models import Decision

SITE = "SEND Partnership Tracker"


def test_staff_and_champions_search_and_find_what_each_may_see(sign_in, make_person, make_group, make_meeting,
                                                               make_action):
    member = make_person(name="Sam Patel")
    champion = make_person(role="champion", name="Rosa Walsh")
    group = make_group("Transport workstream", members=[member, champion])
    meeting = make_meeting(group, london_today() - timedelta(days=14))
    db.session.add(Decision(meeting=meeting, text="Fund <b>travel</b> training for year 11"))
    db.session.commit()
    make_action(owner=member, group=group, title="Plan travel training places")

    sam = sign_in(member)
    sam.follow_in_menu("Search").sees_title(f"Search – {SITE}")
    sam.fill("Search for", "travel training").press("Search").sees("2 results.")
    sam.select("Show", "Decision").press("Search").sees("1 result.")
    assert sam.page.locator("mark").all_inner_texts() == ["travel", "training"]
    sam.sees("Fund <b>travel</b> training for year 11")  # what was typed, shown as typed
    sam.follow(re.compile(r"^Transport workstream, ")).sees("Fund <b>travel</b> training")

    rosa = sign_in(champion)
    rosa.follow_in_menu("Search").fill("Search for", "travel training").press("Search")
    rosa.sees("1 result.").sees("Decision")
    assert "Plan travel training places" not in rosa.page.content()
