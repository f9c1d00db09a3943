"""The marks a list's line opens with, one home for every reader of them (issue 16, "one home for each rule").

A to-do's box (open or ticked), a notes app's to-do tag, a tick written alone and a line's number are read by
the plain-text reader (parse.py), the owner rules (owners.py: the writer's "me" after a box), a thread's replies
(chat.py), a reviewer's notes (comments.py) and the page readers. Each reader builds its own pattern from these
pieces, so what one reader takes for a box or a number, every reader does. Nothing here imports the importer.
"""
from __future__ import annotations

import re

# A to-do's open box: "[ ]", "[]", "☐", "□"
OPEN_BOX = r"(?:\[[ \t]?\]|[☐□])"
# A ticked box: "[x]", "[X]", "[✓]", "☑", "☒" (a checklist in Loop, OneNote or Word, or a notes app's export)
TICKED_BOX = r"(?:\[[xX✓✔]\]|[☑☒]\ufe0f?)"
# A tick with no box round it: "✓", "✔", "✅" (an emoji's variation selector after it)
TICK = r"(?:[✓✔✅]\ufe0f?)"
# Ticked, either way: a ticked box or a tick alone (a task table's first cell, a ticked line's mark)
TICKED = r"(?:" + TICKED_BOX + r"|" + TICK + r")"
# A notes app's tag after the box: "[ ] TODO me: ring ...", "☐ To-do: ..."
TO_DO_TAG = r"(?:TODO|To\s?-?do)\b\s*(?::\s*)?(?=\S)"
# A list item's bullet or number: "- ", "• ", "7. ", "(3) "
LIST_MARK = r"(?:[-*•]\s+|\(?\d{1,3}[.)]\s+)"
# An item's opening before its words: its bullet or number, then any box and to-do tag ("7. ", "- [ ] ", "☐ TODO: ")
ITEM_OPENING = r"\s*" + LIST_MARK + r"?(?:(?:" + OPEN_BOX + r"|" + TICKED_BOX + r")\s+)?(?:" + TO_DO_TAG + r")?"

# A line's number: "1.", "2)" (quoted in a reply or not: "> 3. ..."), the number kept, then the line's words
NUMBERED_LINE = re.compile(r"^(?P<lead>[>\s]*(?P<number>\d{1,2})[.)]\s+)(?P<text>\S.*)$")
# A numbered list inside a list's item in roman figures: "i.", "(ii)", "iv)", "xii."
ROMAN_NUMBER = r"\(?(?:x{0,2}(?:i{1,3}|iv|vi{0,3}|ix)|x{1,3})[.)]"
# A list item's number, letter or roman figure, a bracket or a full stop after it: "1.", "2)", "(3)", "(a)", "b.",
# "iv)" (a pasted list's marker, the plain-text reader's bullet, a PDF margin's paragraph number)
LIST_NUMBER = r"(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|" + ROMAN_NUMBER + r")"
# A bullet's glyph, as lists are pasted from Word, Outlook and the web: "•", "◦", "▪", "·", "-", "–", "➢", "✓"
BULLET_GLYPH = r"[•\u2022\u25aa\u25cf\u25e6\u2023\u2043‣◦▪●·\-–—➢►▶✔✓]"
