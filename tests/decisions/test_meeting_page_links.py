"""The meeting page links each decision to its entry in the register and says, both ways, what
superseded it (issue 13)."""
from __future__ import annotations

import html
import re

from tracker.core.dates import format_date


def _words(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", html.unescape(response.text)).split())


def test_each_decision_links_to_its_register_entry_which_shows_it(client, auth, board, make_decision):
    decision = make_decision(board, "The pilot will run until December", days_ago=40)
    make_decision(board, "Another meeting's decision", days_ago=10)
    auth.login(board.member)
    page = client.get(f"/meetings/{decision.meeting_id}")
    day = decision.meeting.starts_on.isoformat()
    [link] = re.findall(r'href="(/decisions\?[^"]+)"[^>]*>See it in the decisions register', page.text)
    link = html.unescape(link)
    assert f"group={board.id}" in link and f"made_from={day}" in link and f"made_to={day}" in link
    assert link.endswith(f"#decision-{decision.id}")
    register = client.get(link.split("#")[0])
    assert re.findall(r'<li id="decision-(\d+)"', register.text) == [str(decision.id)]


def test_the_meeting_page_says_what_superseded_a_decision_and_what_it_replaced(
        client, auth, board, make_decision):
    later = make_decision(board, "The pilot is stopped", days_ago=5)
    earlier = make_decision(board, "The pilot will run until December", days_ago=40,
                            superseded_by_id=later.id, superseded_how="reversed")
    auth.login(board.member)
    words = _words(client.get(f"/meetings/{earlier.meeting_id}"))
    when = format_date(later.meeting.starts_on)
    assert f"Reversed by the decision of SEND Board, {when}: The pilot is stopped" in words.replace(
        "special educational needs and disabilities (SEND)", "SEND")
    page = client.get(f"/meetings/{earlier.meeting_id}").text
    assert f'/meetings/{later.meeting_id}#decision-{later.id}' in page
    later_words = _words(client.get(f"/meetings/{later.meeting_id}"))
    assert "This replaced the decision of" in later_words and "The pilot will run until December" in later_words
