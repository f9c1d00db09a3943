"""Journey 3: a chair filters the outstanding actions list, downloads it as CSV, and opens the
Board pack for the next meeting."""
import csv
import io
import re
from datetime import timedelta

from tests.conftest import london_today

SITE = "SEND Partnership Tracker"

# How the outstanding list is laid out now: whether its box scrolls sideways, whether the table's
# headings show, and for each row its display, its visible labels, its text and its right edge.
CARD_LAYOUT = """() => {
  const wrapper = document.querySelector('.tracker-table-wrapper');
  const visible = (element) => element.getClientRects().length > 0;
  return {
    wrapperScrolls: wrapper.scrollWidth > wrapper.clientWidth,
    headingsShown: visible(wrapper.querySelector('thead')),
    cards: [...wrapper.querySelectorAll('tbody tr')].map((row) => ({
      display: getComputedStyle(row).display,
      labels: [...row.querySelectorAll('.tracker-cards__label')].filter(visible).map((label) => label.innerText.trim()),
      text: row.innerText.replace(/\\s+/g, ' '),
      right: Math.ceil(row.getBoundingClientRect().right),
    })),
  };
}"""

# Chart labels drawn outside their SVG's box, so cut off (once "nuary to March 2026").
CLIPPED_CHART_LABELS = """() => [...document.querySelectorAll('svg.tracker-chart')].flatMap((svg) => {
  const box = svg.viewBox.baseVal;
  return [...svg.querySelectorAll('text')].filter((text) => {
    const drawn = text.getBBox();
    return drawn.x < box.x - 0.5 || drawn.x + drawn.width > box.x + box.width + 0.5;
  }).map((text) => text.textContent);
})"""


def test_chair_filters_outstanding_actions_downloads_the_csv_and_opens_the_board_pack(
        sign_in, make_person, make_group, make_meeting, make_action, make_organisation):
    council, nhs = make_organisation("Riverside Council"), make_organisation("Riverside NHS Trust")
    chair = make_person(role="chair", name="Jordan Reid")
    chris = make_person(name="Chris Nolan", organisation=council)
    dana = make_person(name="Dana Patel", organisation=nhs)
    board = make_group("SEND Board", chair=chair, members=[chris, dana])
    workstream = make_group("Preparing for Adulthood", parent=board, members=[chris])
    today = london_today()
    next_meeting = today + timedelta(days=6)
    make_meeting(board, next_meeting)
    make_action(owner=chris, group=board, title="Publish the Local Offer review", due=today - timedelta(days=22))
    make_action(owner=dana, group=board, title="Agree the Key Worker pilot budget", due=today - timedelta(days=19))
    make_action(owner=chris, group=board, title="Circulate the SEND Strategy draft", due=today + timedelta(days=13))
    make_action(owner=chris, group=workstream, title="Update the transitions guide", due=today - timedelta(days=30))

    jordan = sign_in(chair)
    jordan.follow_in_menu("Outstanding actions").sees_title(f"Outstanding actions – Reports – {SITE}")
    jordan.sees("4 actions")
    jordan.open_details("Filter and sort").select("Group", "SEND Board").tick("Overdue only")
    jordan.press("Apply filters").sees("3 actions")  # the workstream reports to the Board
    jordan.select("Organisation", "Riverside NHS Trust").press("Apply filters").sees("1 action.")
    jordan.sees("Agree the Key Worker pilot budget").sees(re.compile(r"Overdue by \d+ working days"))

    jordan.select("Organisation", "All organisations").press("Apply filters").sees("3 actions")
    jordan.page.reload()  # the chair looks again: served the kept copy (tracker/core/page_cache.py)
    jordan.sees("3 actions")
    # GOV.UK Frontend's inline script ran, so the kept copy carries this response's CSP nonce
    assert jordan.page.evaluate("document.body.classList.contains('govuk-frontend-supported')")
    # On a phone each action is a stacked card: every field there, labelled, nothing scrolling sideways.
    first_size = jordan.page.viewport_size
    for width in (320, 375):
        jordan.page.set_viewport_size({"width": width, "height": 800})
        jordan.page.reload()
        jordan.arrived()  # axe, and no sideways scrolling of the page, at this width
        layout = jordan.page.evaluate(CARD_LAYOUT)
        assert layout["wrapperScrolls"] is False, f"the list scrolls sideways at {width}px"
        assert layout["headingsShown"] is False
        assert len(layout["cards"]) == 3
        for card in layout["cards"]:
            assert card["display"] == "block", f"a row is not a card at {width}px"
            assert card["labels"] == ["Owner", "Due", "Last update", "RAG and status"]
            assert card["right"] <= width, f"a card is wider than the screen at {width}px"
        text = " ".join(card["text"] for card in layout["cards"])
        for shown in ("Agree the Key Worker pilot budget", "SEND Board", "Dana Patel", "Riverside NHS Trust",
                      "No update yet", "Not started"):
            assert shown in text, f"{shown!r} missing from the cards at {width}px"
        assert re.search(r"Overdue by \d+ working days", text)
    jordan.page.set_viewport_size(first_size)
    jordan.page.reload()
    jordan.arrived()
    if first_size["width"] >= 641:  # wider screens keep the table, its headings, and no card labels
        layout = jordan.page.evaluate(CARD_LAYOUT)
        assert layout["headingsShown"] and all(card["labels"] == [] for card in layout["cards"])

    download = jordan.download(jordan.page.get_by_role("link", name="Download as CSV (these 3 actions)"))
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(open(download.path(), encoding="utf-8-sig").read())))
    assert sorted(row["Action"] for row in rows) == [
        "Agree the Key Worker pilot budget", "Publish the Local Offer review", "Update the transitions guide"]

    # The charts: quarters of the financial year first, calendar quarters a click away, no label cut off.
    jordan.follow("Charts").sees_title(f"Charts – Reports – {SITE}")
    quarters = jordan.page.locator("nav[aria-labelledby='quarters-heading'] li")
    assert quarters.all_inner_texts() == ["Financial year, April to March", "Calendar year, January to December"]
    jordan.sees(re.compile(r"Quarter \d, \d{4} to \d{4}"))
    assert jordan.page.evaluate(CLIPPED_CHART_LABELS) == []
    jordan.follow("Calendar year, January to December").sees(re.compile(r"[A-Z][a-z]+ to [A-Z][a-z]+ \d{4}"))
    assert jordan.page.evaluate(CLIPPED_CHART_LABELS) == []

    # A chair sets up a group and staffs it (the people page was once a 403 for its creator); its
    # reminders say what the usual setting is.
    jordan.follow_in_menu("Groups").follow("Create a group").sees_title(f"Create a group – Groups – {SITE}")
    jordan.fill("Name", "Short Breaks task and finish group").choose("Task and finish group")
    jordan.press("Create group").sees_title(f"People in Short Breaks task and finish group – Groups – {SITE}")
    jordan.sees("with you as its chair").select("Person", f"Dana Patel ({dana.email})")
    jordan.choose("Secretary", within="Role in the group").press("Add to group")
    jordan.sees("Dana Patel was added to Short Breaks task and finish group.")
    jordan.follow("Back to Short Breaks task and finish group")
    jordan.sees(re.compile(r"Reminder before an action is due\s+3 working days \(the usual setting\)"))

    meeting_day = f"{next_meeting.day} {next_meeting:%B %Y}"
    jordan.follow_in_menu("Meetings").follow(meeting_day, exact=False)
    jordan.follow("Board pack for this meeting").sees_title(
        f"Board pack: SEND Board, {meeting_day} – Meetings – {SITE}")
    jordan.sees("Outstanding actions (3)").sees("Publish the Local Offer review")
    # On a phone the pack's actions are stacked cards too: once five columns were squeezed into words
    # broken mid-letter ("Produc e a report"), and the RAG column sat out of sight to the right.
    for width in (320, 375):
        jordan.page.set_viewport_size({"width": width, "height": 800})
        jordan.page.reload()
        jordan.arrived()
        layout = jordan.page.evaluate(CARD_LAYOUT)
        assert layout["wrapperScrolls"] is False, f"the Board pack scrolls sideways at {width}px"
        assert layout["headingsShown"] is False and len(layout["cards"]) == 3
        for card in layout["cards"]:
            assert card["display"] == "block", f"a row of the Board pack is not a card at {width}px"
            assert card["labels"] == ["Owner", "Due", "Last update", "RAG"]
            assert card["right"] <= width
        assert re.search(r"Overdue by \d+ working days", " ".join(card["text"] for card in layout["cards"]))
    jordan.page.set_viewport_size(first_size)
