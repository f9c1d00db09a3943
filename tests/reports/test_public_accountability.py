"""The public accountability page: only what a Board chair signed off, with figures as signed."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from tracker.actions.models import ActionStatus
from tracker.core.dates import start_of_day
from tracker.core.models import AuditEvent
from tracker.extensions import db
from tracker.reports.models import AccountabilitySignOff
from tracker.reports.public_accountability import accountability_figures


def _made(action, day: date):
    action.created_at = start_of_day(day) + timedelta(hours=10)
    return action


@pytest.fixture
def partners(make_organisation, make_person, make_group, make_action, today):
    """The council's people agreed seven actions in the period (and one before it); the NHS one."""
    council, nhs = make_organisation("Council"), make_organisation("NHS Trust")
    board_chair = make_person(role="chair", name="Jordan Reid")
    make_group("SEND Board", chair=board_chair, kind="board")
    workstream_chair = make_person(role="chair")
    make_group("A workstream", chair=workstream_chair)
    officer = make_person(organisation=council)
    nurse = make_person(organisation=nhs)
    start, end = today - timedelta(days=60), today - timedelta(days=1)
    in_period = today - timedelta(days=30)

    def closed(days_after_due: int):
        due = in_period + timedelta(days=10)
        return {"due": due, "status": ActionStatus.COMPLETED, "outcome": "Done",
                "closed_at": datetime.combine(due + timedelta(days=days_after_due), datetime.min.time(),
                                              tzinfo=UTC) + timedelta(hours=12)}

    actions = [
        make_action(owner=officer, **closed(0)), make_action(owner=officer, **closed(-3)),  # on time
        make_action(owner=officer, **closed(4)),  # late
        make_action(owner=officer, due=today - timedelta(days=2)),  # open and overdue
        make_action(owner=officer, due=today + timedelta(days=9)),  # open, not due
        make_action(owner=officer, due=in_period, status=ActionStatus.CANNOT_BE_DONE,
                    explanation="The funding was withdrawn", closed_at=datetime.now(UTC)),
        make_action(owner=officer, due=in_period, status=ActionStatus.SUPERSEDED, closed_at=datetime.now(UTC)),
        make_action(owner=nurse, due=today - timedelta(days=5), title="The NHS one"),
    ]
    for action in actions:
        _made(action, in_period)
    _made(make_action(owner=officer, due=today - timedelta(days=90)), start - timedelta(days=1))  # before
    db.session.commit()
    return {"council": council, "nhs": nhs, "board_chair": board_chair, "workstream_chair": workstream_chair,
            "start": start, "end": end}


def test_the_figures_count_a_known_set_of_actions(partners, today):
    figures = accountability_figures(partners["council"], partners["start"], partners["end"], today=today)
    assert (figures.agreed, figures.done_on_time, figures.done_late, figures.open_overdue, figures.open_not_due,
            figures.cannot_be_done, figures.replaced) == (7, 2, 1, 1, 1, 1, 1)
    assert figures.explanations == ["The funding was withdrawn"]


def _sign_off(client, partners, organisation, start=None, end=None):
    start, end = start or partners["start"], end or partners["end"]
    return client.submit("/reports/organisations/sign-off", {
        "organisation": str(organisation.id),
        "period_start": [str(start.day), str(start.month), str(start.year)],
        "period_end": [str(end.day), str(end.month), str(end.year)]})


def test_nothing_is_public_until_a_board_chair_signs_it_off(client, auth, partners, make_person, make_action):
    page = client.get("/accountability").get_data(as_text=True)
    assert "There is nothing to show yet" in page and "Council" not in page

    auth.login(partners["workstream_chair"])
    assert client.get("/reports/organisations/sign-off").status_code == 403
    assert _sign_off(client, partners, partners["council"]).status_code == 403
    auth.logout()

    auth.login(partners["board_chair"])
    response = _sign_off(client, partners, partners["council"])
    assert response.status_code == 302, response.get_data(as_text=True)
    signed = db.session.scalar(db.select(AccountabilitySignOff))
    assert signed.signed_by_id == partners["board_chair"].id
    assert db.session.scalar(db.select(AuditEvent).where(
        AuditEvent.entity_type == "accountability_sign_offs", AuditEvent.actor_id == signed.signed_by_id, AuditEvent.entity_id == signed.id)) is not None
    auth.logout()

    # A new action after the sign-off changes nothing public: what was signed is what is shown.
    make_action(owner=make_person(organisation=partners["council"]), due=partners["end"])
    auth.login(make_person(role="champion"))
    page = client.get("/accountability").get_data(as_text=True)
    assert "Council agreed 7 actions in this time." in page
    assert "The funding was withdrawn" in page
    assert "NHS Trust" not in page and "The NHS one" not in page
    assert '<svg class="tracker-chart" role="img"' in page


def test_bad_sign_offs_are_refused_at_their_fields(client, auth, partners, today):
    auth.login(partners["board_chair"])
    page = _sign_off(client, partners, partners["council"], start=today - timedelta(days=5),
                     end=today + timedelta(days=5)).get_data(as_text=True)
    assert "The period must have ended" in page
    page = _sign_off(client, partners, partners["council"], start=today - timedelta(days=5),
                     end=today - timedelta(days=9)).get_data(as_text=True)
    assert "The end of the period must be the same as or after its start" in page
    page = client.submit("/reports/organisations/sign-off", {"organisation": "999999"}).get_data(as_text=True)
    assert "Enter the start of the period" in page and "Enter the end of the period" in page
    stranger = type("Unknown", (), {"id": 999999})
    assert "Choose the organisation" in _sign_off(client, partners, stranger).get_data(as_text=True)
    assert _sign_off(client, partners, partners["council"]).status_code == 302
    page = _sign_off(client, partners, partners["council"]).get_data(as_text=True)
    assert "are already signed off" in page
    assert db.session.scalar(db.select(db.func.count()).select_from(AccountabilitySignOff)) == 1


def test_the_public_page_reads_plainly(client, auth, partners):
    from tests.core.test_plain_english import FAMILY_SCORE, main_text, verdict

    auth.login(partners["board_chair"])
    _sign_off(client, partners, partners["council"])
    auth.logout()
    page = client.get("/accountability").get_data(as_text=True)
    assert not verdict("/accountability (signed off)", main_text(page), FAMILY_SCORE)


def test_a_board_chair_on_the_public_page_is_shown_where_to_check_the_figures(client, auth, partners):
    """The page says a Board chair must check the figures: that chair is led to where they do it."""
    link = 'href="/reports/organisations/sign-off"'
    assert link not in client.get("/accountability").text  # signed out
    auth.login(partners["workstream_chair"])
    assert link not in client.get("/accountability").text
    auth.logout()
    auth.login(partners["board_chair"])
    assert link in client.get("/accountability").text


def test_the_staff_figures_link_to_signing_off_only_for_who_may_sign_off(client, auth, partners):
    """/reports/organisations says a Board chair signs the figures off; it once linked there for every
    member of staff, whom the sign-off page then refused (403)."""
    link = 'href="/reports/organisations/sign-off"'
    auth.login(partners["workstream_chair"])
    page = client.get("/reports/organisations").text
    assert "signed them off" in page and link not in page
    auth.logout()
    auth.login(partners["board_chair"])
    assert link in client.get("/reports/organisations").text
