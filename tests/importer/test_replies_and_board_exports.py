"""Replies that quote a draft with its tables, corrections typed into a reply, board exports and the
other kinds of writing met in the eighth session's held-out batches. Written here in new words, not
taken from the corpus."""
from __future__ import annotations

import json
from datetime import date

from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 4, 14)  # a Wednesday
NAMES = frozenset({"anne", "price", "owen", "reid", "kemi", "adams"})


def suggested(text: str, held: date = HELD) -> dict[str, tuple[str, date | None, bool]]:
    """Each suggestion's title: (owner, due date, ticked)."""
    found = outcomes_for(parse_outcomes(text, meeting_date=held, names=NAMES), held, lenient=True).suggestions
    return {s.title: (s.owner_text, s.due.on if s.due else None, s.suggested) for s in found}


def ticked(text: str, held: date = HELD) -> dict[str, tuple[str, date | None]]:
    return {title: (owner, due) for title, (owner, due, tick) in suggested(text, held).items() if tick}


QUOTED_DRAFT = """From: Kemi Adams <kemi.adams@example.org>
Subject: Re: draft notes - transport group 14.4.27

Hi Lou, two small things below.

On Wed, 14 Apr 2027 at 17:02, Lou Barker <lou@example.org> wrote:
> TRANSPORT WORKING GROUP - Wednesday 14 April 2027
>
> 1. Log from March
>
>  Action                          | Owner       | Status
>  --------------------------------|-------------|------------------
>  Route review for the            | Owen Reid   | Ongoing, c/f
>  Hillside minibus                |             |
>  Passenger assistant training    | Kemi Adams  | Complete
>
> 2. Pick-up times
>
> Families said the new pick-up window is too early for some children.
> Owen Reid to write to the operator about a later pick-up window by
> Friday 23 April.
"""


def test_a_table_quoted_in_a_reply_reads_as_its_rows_not_as_columns_of_words():
    found = suggested(QUOTED_DRAFT)
    assert found["Route review for the Hillside minibus"][0] == "Owen Reid"  # its first cell run on to a line
    assert not any(title.startswith(">") or "|" in owner for title, (owner, _, _) in found.items())
    assert ticked(QUOTED_DRAFT)["Write to the operator about a later pick-up window by Friday 23 April"] == \
        ("Owen Reid", date(2027, 4, 23))


def test_a_quoted_passage_pasted_without_its_email_reads_as_the_passage():
    passage = "\n".join(line for line in QUOTED_DRAFT.splitlines() if line.startswith(">"))
    found = suggested(passage)
    assert not any(title.startswith(">") for title in found)
    assert ticked(passage)["Write to the operator about a later pick-up window by Friday 23 April"] == \
        ("Owen Reid", date(2027, 4, 23))


def test_a_board_export_whose_card_text_breaks_lines_is_read_not_a_crash():
    # a card's description keeps its line breaks inside the JSON string, commas and all
    export = {"name": "Transport workstream", "cards": [
        {"name": "Workstream meeting 14/04/2027 - notes", "idMembers": [], "closed": False,
         "desc": "Present: Owen, Kemi, Lou.\n\n- Pick-up times, routes and escorts discussed.\n"
                 "- Kemi Adams to write to the operator about pick-up times, by Friday 23 April."},
    ]}
    found = ticked("Transport workstream\n\n" + json.dumps(export, indent=2))
    assert found["Write to the operator about pick-up times, by Friday 23 April"] == ("Kemi Adams", date(2027, 4, 23))
