"""The part of a result's text around the words found, with those words marked.

The text is the person's own typing (an action's title, a note), so it is escaped piece by piece
and only the <mark> tags this module writes are markup: never `|safe` on what someone typed.
"""
from __future__ import annotations

from markupsafe import Markup, escape

from tracker.search.queries import WORD

SNIPPET_CHARACTERS = 240
BEFORE_FIRST_MATCH = 60


def highlighted(text: str, words: list[str], length: int = SNIPPET_CHARACTERS) -> Markup:
    """About `length` characters of `text` from a little before the first word found, each found
    word in <mark>, with "…" where text was cut."""
    text = " ".join((text or "").split())
    wanted = set(words)
    found = [match for match in WORD.finditer(text) if match.group().lower() in wanted]
    start = max(0, found[0].start() - BEFORE_FIRST_MATCH) if found else 0
    if start:
        start = text.find(" ", start) + 1 or start  # begin at a whole word
    end = min(len(text), start + length)
    if end < len(text) and text.rfind(" ", start, end) > start:
        end = text.rfind(" ", start, end)  # end at a whole word
    pieces = [Markup("…") if start else Markup("")]
    position = start
    for match in found:
        if match.start() < start or match.end() > end:
            continue
        pieces.append(escape(text[position:match.start()]))
        pieces.append(Markup("<mark>{}</mark>").format(match.group()))
        position = match.end()
    pieces.append(escape(text[position:end]))
    if end < len(text):
        pieces.append(Markup("…"))
    return Markup("").join(pieces)
