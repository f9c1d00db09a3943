"""What the importer suggests for a text, in the shape the importer's tests compare: one home for the
helpers the test files written in new words share."""
from __future__ import annotations

from datetime import date

from tracker.importer.parse import outcomes_for, parse_outcomes


def suggested_in(text: str, held: date, names: frozenset[str]) -> dict[str, tuple[str, date | None, bool]]:
    """Each suggestion's title: (owner, due date, ticked)."""
    found = outcomes_for(parse_outcomes(text, meeting_date=held, names=names), held, lenient=True).suggestions
    return {s.title: (s.owner_text, s.due.on if s.due else None, s.suggested) for s in found}


def ticked_in(text: str, held: date, names: frozenset[str]) -> dict[str, tuple[str, date | None]]:
    """The suggestions ticked to be made actions: title: (owner, due date)."""
    return {title: (owner, due) for title, (owner, due, tick) in suggested_in(text, held, names).items() if tick}
