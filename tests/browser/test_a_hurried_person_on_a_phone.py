"""Journeys of a new or hurried person on a phone (390 pixels wide; by keyboard too, as every
journey is walked): the pages say plainly what happened and what to do.

- The same form open in two tabs: the second save is refused saying they saved it themselves.
- A date June does not have: the message says so, and its link leads to the Day box.
- An action log with headings and nothing under them: refused at the file box, saying why.
- The hint of "Share this update" sits under its checkbox's label; the outstanding list's cards
  say "Due" once; a group's page ends "1 overdue." with no space before the full stop.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from playwright.sync_api import expect

from tests.actions.log import action_logs
from tests.browser import checks
from tests.browser.visitor import PHONE
from tests.conftest import london_today
from tracker.actions.models import Action
from tracker.extensions import db
from tracker.meetings.models import AgendaItem

SITE = "SEND Partnership Tracker"


def _second_tab(visitor):
    """The same person's browser, another tab (same cookies, its own page)."""
    page = visitor.page.context.new_page()
    checks.watch_for_script_errors(page)
    return replace(visitor, page=page, artefacts=None, pages_seen=[])


def test_an_agenda_item_saved_from_two_tabs_says_you_saved_it(sign_in, make_person, make_group, make_meeting):
    secretary = make_person(role="lead", name="Tom Fisher")
    board = make_group("SEND Board", secretary=secretary)
    meeting = make_meeting(board, london_today() - timedelta(days=2))
    item = AgendaItem(meeting=meeting, title="Transport review", notes="Two routes late.", position=1)
    db.session.add(item)
    db.session.commit()
    form = f"/meetings/{meeting.id}/agenda/{item.id}/edit"

    tom = sign_in(secretary, viewport=PHONE)
    tom.go(form)
    other_tab = _second_tab(tom).go(form)
    other_tab.fill("Discussion notes (optional)", "Three routes late.").press("Save changes")
    tom.fill("Discussion notes (optional)", "Three routes late in May.").press("Save changes")

    message = ("You already saved this agenda item, from another page or by pressing the button twice. "
               "Check what you saved, then save again only if something is missing")
    assert tom.errors_listed() == [message]
    tom.sees("What you saved").sees("Three routes late.")
    expect(tom.page.locator("main")).not_to_contain_text("Someone else")
    expect(tom.follow_error(message)).to_have_value("Three routes late in May.")  # what they typed stays


def test_a_date_june_does_not_have_says_so_and_leads_to_the_day(sign_in, make_person, make_group):
    secretary = make_person(role="lead", name="Tom Fisher")
    make_group("SEND Board", secretary=secretary, members=[make_person(name="Chris Nolan")])
    year = str(london_today().year + 1)

    tom = sign_in(secretary, viewport=PHONE)
    tom.go("/actions/new").fill("What needs to be done", "Write to the colleges").select("Who owns it", "Chris Nolan")
    due = tom.page.get_by_role("group", name="Date it is due")
    for box, value in (("Day", "31"), ("Month", "6"), ("Year", year)):
        tom.fill(due.get_by_label(box, exact=True), value)
    tom.press("Raise the action").sees_title(f"Error: Raise an action – Actions – {SITE}")
    message = "The date the action is due must be a real date: June has 30 days"
    assert tom.errors_listed() == [message]
    expect(tom.follow_error(message)).to_have_attribute("id", "due_on-day")

    tom.fill(due.get_by_label("Day", exact=True), "3").fill(due.get_by_label("Month", exact=True), "13")
    tom.press("Raise the action")
    message = "The date the action is due must be a real date: there is no month 13"
    assert tom.errors_listed() == [message]
    expect(tom.follow_error(message)).to_have_attribute("id", "due_on-month")
    assert db.session.scalars(db.select(Action)).all() == []


def test_an_action_log_with_only_headings_says_what_was_found(sign_in, make_person, make_group, tmp_path):
    secretary = make_person(role="lead", name="Lena Price")
    board = make_group("SEND Board", secretary=secretary)
    log = tmp_path / "actions.csv"
    log.write_bytes(action_logs.headings_only_csv())

    lena = sign_in(secretary, viewport=PHONE)
    lena.go(f"/groups/{board.id}/actions/import").choose_file("Your action log", log).press("Read the log")
    [message] = lena.errors_listed()
    assert message.startswith("actions.csv has column headings but no actions under them. Check you chose the "
                              "right file.")
    lena.follow_error(message)
    expect(lena.page.locator("main")).not_to_contain_text("read 0 rows")
    assert db.session.scalars(db.select(Action)).all() == []


def test_the_pages_an_owner_and_a_chair_read_on_a_phone(sign_in, make_person, make_group, make_action):
    chair = make_person(role="chair", name="Jordan Ellis")
    owner = make_person(name="Chris Nolan")
    board = make_group("SEND Board", chair=chair, members=[owner])
    late = make_action(owner=owner, group=board, title="Send the survey", due=london_today() - timedelta(days=9))
    db.session.commit()

    chris = sign_in(owner, viewport=PHONE)
    chris.go(f"/actions/{late.id}/update")
    box = chris.page.get_by_role("checkbox", name="Share this update with the people whose input this action answers")
    hint = chris.page.get_by_text("They may be parents, carers or young people.")
    label = chris.page.locator(f'label[for="{box.get_attribute("id")}"]')
    assert hint.bounding_box()["y"] > label.bounding_box()["y"]  # under the label, as GOV.UK places an item's hint
    assert hint.get_attribute("id") in box.get_attribute("aria-describedby").split()

    jordan = sign_in(chair, viewport=PHONE)
    jordan.go("/reports/outstanding")
    card = jordan.page.locator("tr", has_text="Send the survey")
    due_cell = card.locator("td", has=jordan.page.locator(".tracker-cards__label", has_text="Due")).first
    assert re.fullmatch(r"Due\s*\d{1,2} \w{3} \d{4}", due_cell.inner_text().strip()), due_cell.inner_text()

    jordan.go(f"/groups/{board.id}")
    expect(jordan.page.locator("main")).to_contain_text("1 outstanding action, 1 overdue.")
