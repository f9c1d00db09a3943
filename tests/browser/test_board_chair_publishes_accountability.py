"""Journey: a Board chair signs off the council's figures for last quarter, and a member of the public
finds them from "You said, we did" (by mouse at full width and by keyboard at 320 pixels, with axe on
every page)."""
from datetime import UTC, datetime, timedelta

from tests.conftest import london_today
from tracker.actions.models import ActionStatus
from tracker.core.dates import start_of_day
from tracker.extensions import db

SITE = "SEND Partnership Tracker"


def test_a_board_chair_signs_off_and_the_public_sees_only_that(sign_in, open_browser, make_person, make_group,
                                                               make_organisation, make_action):
    council, nhs = make_organisation("County Council"), make_organisation("NHS Trust")
    chair = make_person(role="chair", name="Jordan Reid")
    make_group("Partnership Board", chair=chair, kind="board")
    officer = make_person(organisation=council)
    today = london_today()
    made_on = today - timedelta(days=20)
    late = make_action(owner=officer, due=today - timedelta(days=3))
    cannot = make_action(owner=officer, due=today - timedelta(days=10), status=ActionStatus.CANNOT_BE_DONE,
                         explanation="The building closed", closed_at=datetime.now(UTC))
    hidden = make_action(owner=make_person(organisation=nhs), due=today - timedelta(days=3))
    for action in (late, cannot, hidden):
        action.created_at = start_of_day(made_on) + timedelta(hours=10)
    db.session.commit()

    jordan = sign_in(chair)
    jordan.go("/reports/organisations").follow("signed them off")
    jordan.sees_title(f"Sign off accountability figures – Reports – {SITE}")
    jordan.select("Organisation", "County Council")
    jordan.fill_date("From", today - timedelta(days=30)).fill_date("To", today - timedelta(days=1))
    jordan.press("Sign off and publish").sees("County Council's figures are now on the public accountability page")

    visitor = open_browser("public")
    visitor.go("/you-said-we-did").follow("See if each partner does what it says")
    visitor.sees_title(f"Do we do what we say? – You said, we did – {SITE}")
    visitor.sees("County Council agreed 2 actions in this time.").sees("The building closed")
    assert "NHS Trust" not in visitor.page.content()
