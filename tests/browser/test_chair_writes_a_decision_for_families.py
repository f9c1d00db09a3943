"""Journey: a Board chair says what a decision means for families (by mouse at full width and by
keyboard alone at 320 pixels, with axe on every page). The reading meter flags a hard summary as
they type; publishing it asks for a second look; they publish it as it is, find it on the public
"What we decided" page, then take it off again."""
import re
from datetime import timedelta

from tests.browser.test_writing_for_families import HARD, PLAIN
from tests.conftest import london_today
from tracker.core.plain_english import reading_ease
from tracker.extensions import db
from tracker.meetings.models import Decision

SITE = "SEND Partnership Tracker"
DECIDED = "The key worker pilot will run until March."


def test_a_chair_publishes_what_a_decision_means_for_families(sign_in, make_person, make_group, make_meeting):
    chair = make_person(role="chair", name="Jordan Reid")
    board = make_group("SEND Board", chair=chair, kind="board")
    decision = Decision(meeting=make_meeting(board, london_today() - timedelta(days=20)), text=DECIDED)
    db.session.add(decision)
    db.session.commit()

    jordan = sign_in(chair)
    jordan.go("/decisions").sees(DECIDED)
    jordan.follow(jordan.page.get_by_role("link", name=re.compile("Say what it means for families")))
    jordan.sees_title(f"What this means for families – Meetings – {SITE}")
    jordan.fill("What this means for families", PLAIN).sees(f"Reading ease {reading_ease(PLAIN)}: easy to read")
    jordan.fill("What this means for families", HARD)
    jordan.sees("aim for 70 or more").sees("Write “education, health and care plan (EHCP)” the first time you use EHCP.")

    jordan.press("Publish").sees_title(f"Have a second look before you publish – Meetings – {SITE}")
    jordan.sees("The part for families may be hard to read. Have a second look before you publish.")
    jordan.press("Change").sees_title(f"What this means for families – Meetings – {SITE}")
    assert jordan.page.get_by_label("What this means for families", exact=True).input_value() == HARD
    jordan.press("Publish").press("Publish it as it is").sees("Published on the “What we decided” page")
    assert db.session.get(Decision, decision.id).for_families == HARD

    jordan.follow("“What we decided” page").sees_title(f"SEND Board: what we decided – You said, we did – {SITE}")
    jordan.sees("Commissioning arrangements necessitate").sees(DECIDED)  # EHCP is spelled out on the page
    jordan.follow("See all decisions").sees("1 decision, latest first")

    jordan.go(f"/decisions/{decision.id}/for-families").press("Remove from the public page")
    jordan.sees("Taken off the “What we decided” page")
    jordan.go("/what-we-decided").sees("Nothing has been published yet.")
    db.session.expire_all()
    assert db.session.get(Decision, decision.id).published_at is None
