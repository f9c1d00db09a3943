"""Text laid out on a page: minutes set in two columns and pasted from a PDF.

`pdftotext -layout` (and copying from many PDF viewers) writes a two-column page line by line
across both columns, so each line holds half a line of the left column, a wide gap, then half a
line of the right column. Read as it stands, every sentence is stitched to the other column's.
Such a stretch is read column by column instead: the left column of the page, then the right.
"""
from __future__ import annotations

import re

from tracker.importer.due import MONTH_NAME, WEEKDAY_NAME

MIN_GUTTER = 3  # spaces between the columns, on every line of the stretch
MIN_LEFT = 25  # the left column is at least this wide: narrower is a table's first column
MIN_RIGHT = 20  # the right column's text, half the time at least this long: not an owner column
MIN_SIDE_BY_SIDE = 4  # lines with text in both columns
PAGE_FOOTER = re.compile(r"^\s*page\s+\d+\s+of\s+\d+\b|\bpage\s+\d+\s+of\s+\d+\s*$", re.I)
BOX = str.maketrans("", "", "│┃║┌┐└┘├┤┬┴┼─━═╔╗╚╝")  # a sidebar's frame: not words


def _free(line: str, width: int) -> set[int]:
    """The positions of a line, up to width, that hold no text."""
    return {at for at in range(MIN_LEFT, width) if at >= len(line) or line[at] == " "}


def _gutters(free: set[int], width: int) -> list[tuple[int, int]]:
    """Runs of positions empty on every line so far, with text after them on some line."""
    runs, start = [], None
    for at in range(MIN_LEFT, width + 1):
        if at in free and at < width:
            start = at if start is None else start
            continue
        if start is not None and at - start >= MIN_GUTTER and at < width:
            runs.append((start, at))
        start = None
    return runs


def _split_at(lines: list[str], gutter: tuple[int, int]) -> tuple[list[str], list[str]] | None:
    """The left and right columns of a stretch, or None when it is not prose set in two columns."""
    left = [line[:gutter[0]].rstrip() for line in lines]
    right = [line[gutter[0]:].translate(BOX).strip() for line in lines]
    both = [(l_.strip(), r) for l_, r in zip(left, right, strict=True) if l_.strip() and r]
    long_right = [r for _, r in both if len(r) >= MIN_RIGHT]
    gapped = [pair for pair in both if "   " in pair[0] or "   " in pair[1]]  # a table's further columns
    if len(both) < MIN_SIDE_BY_SIDE or len(long_right) * 2 < len(both) or len(gapped) * 4 > len(both):
        return None
    return left, right


def _stretch(raw_lines: list[str], start: int, breaks: set[int]) -> tuple[int, list[str] | None] | None:
    """The two-column stretch beginning at a line: where it ends, and its lines read column by
    column (None when its gutter does not part two columns of prose: a table, margin notes); None
    when no stretch begins there. A page break (a form feed, a page number) ends one."""
    free: set[int] | None = None
    width, end, found = 0, start, None
    while end < len(raw_lines) and "\f" not in raw_lines[end] and end not in breaks \
            and not PAGE_FOOTER.search(raw_lines[end]):
        line = raw_lines[end]
        if line.strip():
            reach = max(width, len(line.rstrip()))
            now = _free(line, reach) if free is None else (free | set(range(width, reach))) & _free(line, reach)
            if not _gutters(now, reach):
                break
            free, width = now, reach
            found = _gutters(free, width)
        end += 1
    if not found:
        return None
    lines = raw_lines[start:end]
    for gutter in sorted(found, key=lambda run: run[0] - run[1]):
        columns = _split_at(lines, gutter)
        if columns:
            return end, columns[0] + columns[1]
    return end, None


def column_by_column(raw_lines: list[str], breaks: set[int]) -> list[str]:
    """Lines of text, with each stretch set in two columns read left column first, then right."""
    kept, at = [], 0
    while at < len(raw_lines):
        line = raw_lines[at]
        found = _stretch(raw_lines, at, breaks) if line.strip() and at not in breaks and "\f" not in line \
            and not PAGE_FOOTER.search(line) else None
        if found is None:
            kept.append(raw_lines[at])
            at += 1
            continue
        end, lines = found
        # a stretch that is not two columns of prose: its lines as they are (a stretch starting
        # within it would be the same lines, fewer: read again from each, a long one took seconds)
        kept.extend(lines if lines is not None else raw_lines[at:end])
        at = max(end, at + 1)
    return kept


# --- actions set out one block each ---------------------------------------------------------------

# "A1  Revise the template ...", "D2  The group agreed ...": an item numbered with its series' letter
# "A(27)01 Publish ...": and with the year's series in brackets; "AP04/03 GA to ...": a month's action point
NUMBERED_ITEM = re.compile(r"^\s{0,4}(?P<ref>[A-Z]{1,3})(?:\(\d{2,4}\))?-?(?P<number>\d{1,3}(?:/\d{1,3})?[a-z]?)[.:)]?\s+"
                           r"(?P<text>[A-Z‘“'\"(].*\S)\s*$")
COLUMN_GAP = re.compile(r"\S {3,}\S")  # the gap between two cells of columns lined up with spaces
# "    Owner: GA / TE", "    Target date: by the next meeting": a field indented under its item
INDENTED_FIELD = re.compile(r"^\s+[A-Z][A-Za-z ]{1,24}:\s")


def numbered_blocks(raw_lines: list[str]) -> list[str]:
    """Items numbered A1, A2 ... (or D1, D2 ...) at the margin, each with its wrapped lines and then
    its fields ("Owner: ...", "Target date: ...", "Status: ...") indented under it: a bullet for
    each item ("• A1. Revise ..."), its wrapped lines joined, and a bullet for each field after it. A series needs two
    items at least: one "Q1 Performance" line is not a numbered list."""
    series = [match.group("ref") for raw in raw_lines if "\t" not in raw and (match := NUMBERED_ITEM.match(raw))
              and not COLUMN_GAP.search(match.group("text"))]
    kept: list[str] = []
    item, in_fields = None, False  # the index in `kept` of the item being read
    for raw in raw_lines:
        match = NUMBERED_ITEM.match(raw)
        # a TAB, or cells apart by spaces ("SF27/01   Circulate the banding   KM   22/01/27"): a table's row
        if match and "\t" not in raw and not COLUMN_GAP.search(match.group("text")) and series.count(match.group("ref")) >= 2:
            # its reference kept as "A1." for the sentences that cite it ("see A1")
            kept.append(f"• {match.group('ref')}{match.group('number')}. {match.group('text')}")
            item, in_fields = len(kept) - 1, False
            continue
        if item is not None and raw[:1].isspace() and raw.strip():
            in_fields = in_fields or bool(INDENTED_FIELD.match(raw))
            if in_fields:
                kept.append(f"• {raw.strip()}")
            else:
                kept[item] += f" {raw.strip()}"  # the item's wording, wrapped
            continue
        item = None
        kept.append(raw)
    return kept


# A form printed from a school's or service's system: "1. What ........ Observe J in class and", its wording
# wrapped under the value, then "Who ........ DL" and "By ........ Fri 19/11"
DOTTED_FIELD = re.compile(r"^(?P<indent>\s*)(?:\d{1,3}[.)]\s+)?(?P<label>[A-Za-z][A-Za-z /()'-]{0,30}?)\s*\.{4,}[ \t]*(?P<value>\S.*)$")
FORM_WHAT = re.compile(r"^(?:what|action|task|what\s+will\s+happen|support)$", re.I)
FORM_WHO = re.compile(r"^(?:who|owner|lead|by\s+whom|responsible)$", re.I)
FORM_FIELDS_AFTER = 8  # lines within which a "What" field's "Who" must follow


def dotted_forms(raw_lines: list[str]) -> list[str]:
    """A printed form's "What ..... / Who ..... / By ....." blocks as "Action: ..." then "Who: ...", "By: ...",
    each field's wrapped lines joined; other dotted lines ("Present ....... Chair") as they are."""
    kept, index = [], 0
    while index < len(raw_lines):
        found = DOTTED_FIELD.match(raw_lines[index])
        if not (found and FORM_WHAT.match(found.group("label").strip()) and any(
                (field := DOTTED_FIELD.match(raw)) and FORM_WHO.match(field.group("label").strip())
                for raw in raw_lines[index + 1:index + FORM_FIELDS_AFTER])):
            kept.append(raw_lines[index])
            index += 1
            continue
        kept.append("")
        while index < len(raw_lines) and (found := DOTTED_FIELD.match(raw_lines[index])):
            value, index = _wrapped_value(raw_lines, index, found)
            label = found.group("label").strip()
            kept.append(f"{'Action' if FORM_WHAT.match(label) else label}: {value}")
    return kept


def _wrapped_value(raw_lines: list[str], index: int, found: re.Match) -> tuple[str, int]:
    """A dotted field's value with the lines wrapped under it (indented to its column), and the line after."""
    column, words = found.start("value"), [found.group("value").strip()]
    index += 1
    while index < len(raw_lines) and raw_lines[index].strip() and not DOTTED_FIELD.match(raw_lines[index]) \
            and len(raw_lines[index]) - len(raw_lines[index].lstrip()) >= column - 2:
        words.append(raw_lines[index].strip())
        index += 1
    return " ".join(words), index


# A portal's action block: "Action" on a line, the action on the next, then "Assigned to" / "CEO",
# "Due" / "within 10 working days", "Action ref" / "A-27-013": each label on its own line. (One run of
# spaces, then an optional colon: two runs either side of it take time growing with the square of a
# long run of spaces, which a paste can hold.)
BLOCK_START = re.compile(r"^\s*(?:action|action\s+required|task|agreed\s+action)\s*(?::\s*)?$", re.I)
BLOCK_LABEL = re.compile(r"^\s*(?:assigned\s+to|owner|owners|who|by\s+whom|lead|responsible|action\s+by|due|due\s+date|deadline|"
                         r"target\s+date|by\s+when|timescale|status|action\s+ref|ref(?:erence)?)\s*(?::\s*)?$", re.I)


def labelled_blocks(raw_lines: list[str]) -> list[str]:
    """Action blocks with each label on its own line above its value: a bullet for the action,
    then one for each field ("• Assigned to: CEO"), read as an action and its owner and date."""
    kept, at = [], 0
    while at < len(raw_lines):
        value = raw_lines[at + 1].strip() if at + 1 < len(raw_lines) else ""
        if not (BLOCK_START.match(raw_lines[at]) and value and not BLOCK_LABEL.match(value)
                and at + 3 < len(raw_lines) and BLOCK_LABEL.match(raw_lines[at + 2])):
            kept.append(raw_lines[at])
            at += 1
            continue
        kept.append(f"• {value}")
        at += 2
        while at + 1 < len(raw_lines) and BLOCK_LABEL.match(raw_lines[at]) and raw_lines[at + 1].strip():
            kept.append(f"• {raw_lines[at].strip().rstrip(':')}: {raw_lines[at + 1].strip()}")
            at += 2
    return kept


# "Write to the 22 schools [PS, 30/6]", "... [SKh/TE, next mtg]", "... [LP] [done]", "... [noted]": minutes
# that give each action's owner and deadline in square brackets at its end
# (No run of spaces before the bracket in the patterns: tried at every space of a long run, that took
# time growing with the square of its length; the spaces are dropped when the line is rewritten.)
BRACKET_FIELDS = re.compile(r"\[(?!(?i:done|open|new|closed|dropped|noted|complete|tbc)\])(?P<who>[A-Z][A-Za-z]{1,3}(?:\s*/\s*[A-Z][A-Za-z]{1,3})*)(?:,\s*(?P<when>[^\[\]]{1,30}))?\]"
                            r"(?P<marks>(?:\s*\[(?:done|noted|closed|complete)\])*)(?P<tail>\s+(?:[-–—]\s*)?\S.*)?$")
BRACKET_MARK = re.compile(r"\[(?P<mark>done|noted|closed|complete)\]\s*$", re.I)
BRACKETED_NEEDED = 3  # lines written so before a text is taken to use the convention


def bracketed_owners(raw_lines: list[str]) -> list[str]:
    """Lines ending "[PS, 30/6]" written as the reader knows them: "... by 30/6 (Action: PS)"; one
    ending "[done]" as "... – done", one ending "[noted]" as "... – no further action"."""
    if sum(1 for raw in raw_lines if BRACKET_FIELDS.search(raw)) < BRACKETED_NEEDED:
        return raw_lines
    kept = []
    for raw in raw_lines:
        fields = BRACKET_FIELDS.search(raw)
        mark = BRACKET_MARK.search(raw)
        if fields:
            when = f" by {fields.group('when').strip()}" if fields.group("when") else ""
            done = " – done" if fields.group("marks").strip() else ""
            tail = f" {fields.group('tail').strip().lstrip('-–—').strip()}" if fields.group("tail") else ""
            raw = f"{raw[: fields.start()].rstrip()}{when} (Action: {fields.group('who')}){done}.{tail}"  # ends its sentence
        elif mark:
            raw = raw[: mark.start()].rstrip() + (" – no further action." if mark.group("mark").lower() == "noted"
                                                  else " – done.")
        kept.append(raw)
    return kept


# A key to the marks that start a list's lines, at its foot: "●  green = Sarah Khan (me)", "✓  = already done"
KEY_MARK = re.compile(r"^\s*(?P<mark>[^\w\s.,;:!?'\"“”‘’()\[\]{}<>/\\|#*+=&%$@~`–—-])\s*(?:[a-z]+\s*)?=\s*(?P<meaning>\S.*?)\s*$")
KEY_DONE = re.compile(r"^(?:already\s+)?(?:done|complete[d]?)\b", re.I)
KEY_NOT_OURS = re.compile(r"\bnot\s+(?:ours|us|for\s+us|this\s+group['’]s)\b", re.I)
KEY_NAME = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Prof)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}")


def keyed_owners(raw_lines: list[str], names: frozenset[str]) -> list[str]:
    """Lines that start with a mark a key explains ("●  Draft the page (by Fri 8 Oct)" over "●  green =
    Sarah Khan (me)"), colours lost in the copy: "- Draft the page (by Fri 8 Oct) - Sarah Khan"; a line
    the key says is done ("✓  = already done") ticked done; another team's ("grey = Estates - not ours") with the key's words first."""
    keys = {found.group("mark"): found.group("meaning") for raw in raw_lines if (found := KEY_MARK.match(raw))}
    if len(keys) < 2:
        return raw_lines
    kept = []
    for raw in raw_lines:
        stripped = raw.strip()
        meaning = keys.get(stripped[:1])
        if meaning is None or KEY_MARK.match(raw) or not stripped[1:2].isspace():
            kept.append(raw)
            continue
        text, named = stripped[1:].strip(), KEY_NAME.match(meaning)
        if KEY_DONE.match(meaning):
            kept.append(f"- [x] {text}")
        elif named and not KEY_NOT_OURS.search(meaning) and any(word.casefold() in names for word in named.group(0).split()):
            kept.append(f"- {text} - {named.group(0)}")
        else:
            kept.append(f"- {meaning}: {text}")
    return kept


# A task tool's list view (Asana, Monday.com, ClickUp) pasted: "[ ] Book the locum EPs", then its
# fields indented under it on one line ("Assignee: David Lowe   Due: 5 Mar 2027   Completed: -"),
# then its description, comments and subtasks, each subtask a box of its own, indented deeper
TASK_BOX = re.compile(r"^(?P<indent>\s*)\[(?P<ticked>[ xX✓✔])\]\s+(?P<title>\S.*?)\s*$")
TASK_FIELDS = re.compile(r"^\s+(?:assignee|assigned\s+to|owner|due(?:\s+date)?)\s*:", re.I)
# "Assignee: Liam Porter   Due: 17 Feb 2027", "Assignee: SEND Casework Team Due: 31 Mar 2027" (a column overrun)
FIELD_APART = re.compile(r"\s{2,}(?=[A-Z][A-Za-z ]{1,20}:)|\s+(?=(?:Due(?:\s+date)?|Completed|Assignee|Status)\s*:)")


def task_list_blocks(raw_lines: list[str]) -> list[str]:
    """A task tool's list view as blocks the reader knows: "Task: ...", each field on a line of its
    own ("Assignee: ..." as "Assigned to: ..."; "Completed: <a date>" as "Status: Complete"), and
    every other line under the task as its notes; a box ticked is "Status: Complete". A box with no
    fields under it is left as it is (a checklist)."""
    kept, in_task = [], False
    for number, raw in enumerate(raw_lines):
        box = TASK_BOX.match(raw)
        following = raw_lines[number + 1] if number + 1 < len(raw_lines) else ""
        if box and TASK_FIELDS.match(following):
            kept += ["", f"Task: {box.group('title')}"] + (["Status: Complete"] if box.group("ticked").strip() else [])
            in_task = True
            continue
        if in_task and raw[:1].isspace() and raw.strip():
            kept += _task_lines(raw) if TASK_FIELDS.match(raw) else [f"Notes: {raw.strip()}"]
            continue
        in_task = False
        kept.append(raw)
    return kept


# A card's own field for when, written once for each card of a row: "When: by the end of July When: w/c 25 Oct"
CARD_WHEN = re.compile(r"\b(?:by\s+when|when|due|deadline)\s*:\s*", re.I)


def cards_with_their_when(raw_lines: list[str]) -> list[str]:
    """A poster's grid of cards pasted from a PDF (Canva): a row of cards, their TAB between them, and
    under it one line holding each card's "When: ...": each card a list item with its own when
    ("- Owen will write up the answers – by the end of July")."""
    kept: list[str] = []
    index = 0
    while index < len(raw_lines):
        raw = raw_lines[index]
        cards = [cell.strip() for cell in raw.split("\t")] if "\t" in raw else []
        after = next((at for at in range(index + 1, min(index + 3, len(raw_lines))) if raw_lines[at].strip()), None)
        whens = CARD_WHEN.split(raw_lines[after].strip()) if after is not None and len(cards) >= 2 else []
        if len(whens) == len(cards) + 1 and not whens[0].strip() and all(cards):
            kept += [""] + [f"- {card} – {when.strip()}" for card, when in zip(cards, whens[1:], strict=True)] + [""]
            index = after + 1
            continue
        kept.append(raw)
        index += 1
    return kept


# A mind map's text export (MindManager): "Task Info: Resources: LP; Due Date: 14/01/2028; % Complete: 0%"
# under a topic
TASK_INFO = re.compile(r"^\s*Task\s+Info\s*:\s*(?P<fields>\S.*)$", re.I)
OUTLINE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\s+")  # "4.1 Dashboard ...": the topic's place in the map
TOPIC_MARK = re.compile(r"^\s*(?:\[[^\]]*\]|notes?\s*:)", re.I)  # "[Icon: Flag green]", "[Relationship] -> 7.1", "Notes: ..."


def task_info_topics(raw_lines: list[str]) -> list[str]:
    """A mind map's topics that carry task information, as a task tool's blocks ("Task: ...",
    "Assigned to: ...", "Due: ...", and "Status: Complete" at 100%); the icons between a topic and
    its task information dropped. Topics without it (ideas, parked, for information) stay as they are."""
    if not any(TASK_INFO.match(raw) for raw in raw_lines):
        return raw_lines
    kept: list[str] = []
    for raw in raw_lines:
        info = TASK_INFO.match(raw)
        at = next((index for index in range(len(kept) - 1, max(len(kept) - 6, -1), -1)
                   if kept[index].strip() and not TOPIC_MARK.match(kept[index])), None) if info else None
        if at is None:
            kept.append(raw)
            continue
        fields = {label.strip().lower(): value.strip() for label, _, value in
                  (part.partition(":") for part in info.group("fields").split(";"))}
        block = ["", f"Task: {OUTLINE_NUMBER.sub('', kept[at].strip())}"]
        block += [f"Assigned to: {fields['resources']}"] if fields.get("resources") else []
        block += [f"Due: {fields['due date']}"] if fields.get("due date") else []
        block += ["Status: Complete"] if fields.get("% complete", "").startswith("100") else []
        kept[at:] = block
    return kept


def _task_lines(raw: str) -> list[str]:
    lines = []
    for part in FIELD_APART.split(raw.strip()):
        label, _, value = part.partition(":")
        label, value = label.strip(), value.strip()
        if label.lower() == "completed":
            lines += ["Status: Complete"] if re.search(r"\d", value) else []
        elif label.lower() == "assignee":
            lines.append(f"Assigned to: {value}")
        else:
            lines.append(f"{label}: {value}")
    return lines


# A RAID log's sections: "Risks", "Issues", "Assumptions", "Dependencies" on a line alone, each entry
# coded "I1  ..." (only the "Actions" section's entries are actions; decisions are read where they are)
RAID_SECTION = re.compile(r"^\s*(?:#+\s*)?(?P<kind>risks?|issues?|assumptions?|dependenc(?:y|ies))"
                          r"(?:\s+(?:log|register))?\s*:?\s*$", re.I)
RAID_ENTRY = re.compile(r"^\s*(?P<code>[A-Z]{1,2}\d{1,3})\s*[.:)\-–]?\s+(?P<text>\S.*)$")
RAID_OWNER = re.compile(r"\s*\b(?:risk\s+|issue\s+)?owner\s*:\s*[^.;]*[.;]?", re.I)


def raid_entries(raw_lines: list[str]) -> list[str]:
    """ "I2  Equipment budget overspent. Owner: GA." under "Issues": an issue noted, not an action, so
    it is written "Issue I2 noted: Equipment budget overspent." with its owner field dropped."""
    kept, kind = [], ""
    for raw in raw_lines:
        section = RAID_SECTION.match(raw)
        if section or not raw.strip():
            kind = re.sub(r"ies$", "y", section.group("kind").lower()).rstrip("s") if section else kind
            kept.append(raw)
            continue
        entry = RAID_ENTRY.match(raw) if kind else None
        if not entry:
            kind = ""
            kept.append(raw)
            continue
        text = RAID_OWNER.sub(" ", entry.group("text")).strip()
        kept.append(f"{kind.capitalize()} {entry.group('code')} noted: {text}")
    return kept


# --- a title as a bullet, its story indented under it ----------------------------------------------

# "* New request form for EHC needs assessments" over "  The Board signed off ...": a newsletter's item
TITLE_BULLET = re.compile(r"^(?P<indent>\s*)[*•\-–]\s+(?P<title>[A-Z][^.:;!?]{2,70})$")
TITLED_ITEMS = 2  # items set out so before a text is read this way, not one wrapped bullet


def titled_bullets(raw_lines: list[str]) -> list[str]:
    """A plain-text newsletter's items, each a short title as a bullet with its paragraph indented
    under it: the title as a heading and the paragraph as a paragraph of its own, as the page
    showed them (not a list of titles, with the stories lost between them)."""
    starts = [number for number, raw in enumerate(raw_lines[:-1]) if _story_under(raw_lines, number)]
    if len(starts) < TITLED_ITEMS:
        return raw_lines
    kept = list(raw_lines)
    for number in reversed(starts):
        end = number + 1
        while end < len(kept) and kept[end].strip() and kept[end][:1].isspace() and not TITLE_BULLET.match(kept[end]):
            end += 1  # the story, its lines set back to the margin: a paragraph
        kept[number:end] = ["", TITLE_BULLET.match(kept[number]).group("title").strip(), "",
                            *(line.strip() for line in kept[number + 1:end])]
    return kept


def _story_under(raw_lines: list[str], number: int) -> bool:
    title = TITLE_BULLET.match(raw_lines[number])
    if not title or len(title.group("title").split()) > 8:
        return False
    story = raw_lines[number + 1]
    indent = len(story) - len(story.lstrip())
    return indent >= len(title.group("indent")) + 2 and story.lstrip()[:1].isupper() \
        and not TITLE_BULLET.match(story) and not re.match(r"\s*[*•\-–]\s", story)


# A notes tool's task list pasted as plain text (Teams Loop, a shared page's "Follow-up tasks"): each task's
# assignee on the line under it as a mention alone ("@Kerry Lang"), its date, when it has one, on the next
ASSIGNEE_ALONE = re.compile(r"^\s*@(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*){0,3})\s*$")
# (by a month's or a weekday's name, not any word before a number: "Room 12" under a task is no date)
_WEEKDAY_WORD = WEEKDAY_NAME + r"(?:day)?\b\.?,?\s+"
_MONTH_WORD = MONTH_NAME + r"\b\.?"
WHEN_ALONE = re.compile(r"^\s*(?:(?:by|due|before)\s+)?(?:(?:" + _WEEKDAY_WORD + r")?" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|"
                        r"(?:" + _WEEKDAY_WORD + r")?\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_WORD + r"(?:\s+\d{4})?|"
                        + _WEEKDAY_WORD + r"\d{1,2}(?:st|nd|rd|th)?|"
                        r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:the\s+)?next\s+(?:meeting|mtg)|today|tomorrow|"
                        r"end\s+of\s+(?:the\s+)?(?:week|month|term|[A-Z][a-z]+))\s*$", re.I)
ASSIGNED_TASKS_NEEDED = 2  # tasks with their mention under them: a task list, not a line that happens to precede one


def mentions_under_tasks(raw_lines: list[str]) -> list[str]:
    """Each task of a pasted task list whose assignee ("@Kerry Lang") and date ("Dec 10") fell on lines of
    their own, put back on one line as an item the reader knows: "- Book the venue – @Ruth Hill – Jan 14"."""
    def task(at: int) -> bool:
        line = raw_lines[at].strip()
        return bool(line) and not ASSIGNEE_ALONE.match(line) and not WHEN_ALONE.match(line) \
            and not line.endswith(":") and len(line.split()) >= 2
    assigned = [at for at in range(1, len(raw_lines)) if ASSIGNEE_ALONE.match(raw_lines[at]) and task(at - 1)]
    if len(assigned) < ASSIGNED_TASKS_NEEDED:
        return raw_lines
    kept = list(raw_lines)
    for at in reversed(assigned):
        who = ASSIGNEE_ALONE.match(raw_lines[at]).group("who")
        item = f"- {raw_lines[at - 1].strip().lstrip('-*• ')} – @{who}"
        end = at + 1
        if end < len(raw_lines) and WHEN_ALONE.match(raw_lines[end]):
            item, end = f"{item} – {raw_lines[end].strip()}", end + 1
        kept[at - 1:end] = [item]
    return kept
