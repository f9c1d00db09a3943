"""Meeting notes kept in a Markdown notes app (Obsidian, Logseq, Joplin, a wiki's export).

Such notes carry the app's own markup around the minutes: YAML front matter ("---" / "date: ..." /
"attendees:" / "---"), [[wiki links]] to people and earlier notes, callout boxes ("> [!info] ..."),
fenced query blocks, @handles that a line in the note defines ("@priya = [[Priya Mistry]]",
"@sarah = me"), and task lines with the Tasks plugin's fields:

    - [ ] Send the survey link to the youth forum 📅 2027-03-19 ⏳ 2027-03-12 🔼 @sarah

Each is put into words the parser reads: the markup dropped, a handle as the person it stands for,
and a task's owner and due date (📅; not the scheduled ⏳, start 🛫 or created ➕ dates) written as
"Send the survey link to the youth forum – Sarah Khan – 2027-03-19"; an outliner's (Logseq's) "TODO",
"LATER" and "DONE" tasks with their "DEADLINE: <2027-10-29 Fri>" and its "key:: value" properties too.
Text with none of this passes through unchanged.
"""
from __future__ import annotations

import re

from tracker.importer.due import MONTH_START
from tracker.importer.owners import writer_of

FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)\s*$")
FENCE = re.compile(r"^\s*(?:```|~~~)")
WIKI_LINK = re.compile(r"!?\[\[(?:[^\[\]|]*\|)?(?P<text>[^\[\]]*)\]\]")  # no "[" inside: a run of "[[[[" is not read again from each
CALLOUT = re.compile(r"^\s*>\s*\[!\w+\][+-]?\s*")
CALLOUT_LINE = re.compile(r"^\s*>\s?")
# "@priya = [[Priya Mistry]] (PCF parent rep)", "@sarah = me", "@tom: Tom Evans", a table's "| @lporter | Liam Porter |";
# not "@lporter: Google Analytics access for Kerry" (an owner, then the task)
_NAME = r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
HANDLE_DEFINED = re.compile(r"(?<![\w@])@(?P<handle>[a-z][\w.-]*)\s*(?:=\s*(?P<who>me|myself|" + _NAME + r")|"
                            r"[:|]\s*(?P<named>" + _NAME + r")\s*(?:$|[(,;|]))", re.I)
# "@priya", "@Tom"; not "@Sarah Khan" (a wiki's mention of a person by name, read as the name) nor
# "@January 21, 2027" (Notion's mention of a date)
HANDLE = re.compile(r"(?<![\w.@])@(?P<handle>(?!(?:" + MONTH_START + r"|today|tomorrow)"
                    r"[a-z]*\b)[a-z][\w.-]*[a-z0-9])(?![\w@])(?!\s+(?-i:[A-Z])(?:[a-z]|\b))", re.I)  # (nor "@Liam P", a name)
TASK = re.compile(r"^(?P<marker>\s*[-*+]\s+\[[ xX]\]\s+)(?P<text>.*)$")
DUE = re.compile(r"(?:📅|🗓️?)\s*(?P<date>\d{4}-\d{2}-\d{2})")
# The Tasks plugin's other fields: scheduled, start, created, done and cancelled dates, a recurrence
# rule running to the next field, and priorities
OTHER_FIELDS = re.compile(r"(?:⏳|⌛|🛫|➕|✅|❌)\s*\d{4}-\d{2}-\d{2}|🔁[^📅⏳⌛🛫➕✅❌@#]*|[⏫🔼🔽⏬🔺]\ufe0f?")
TAG = re.compile(r"(?<!\S)#[A-Za-z][\w/-]*")
# An outliner's (Logseq's, org-mode's) task keywords: "- TODO LP to model ...", "- DONE send the papers"
OUTLINER_TASK = re.compile(r"^(?P<lead>\s*[-*+]\s+)(?P<keyword>TODO|LATER|NOW|DOING|WAITING|DONE|CANCEL+ED)\s+(?P<text>\S.*)$")
OUTLINER_DONE = {"DONE", "CANCELED", "CANCELLED"}
# "DEADLINE: <2027-10-29 Fri>" under a task: when it is due; "SCHEDULED: <...>" when it is to start
DEADLINE = re.compile(r"^\s*DEADLINE:\s*<(?P<date>\d{4}-\d{2}-\d{2})[^>]*>\s*$")
SCHEDULED = re.compile(r"^\s*SCHEDULED:\s*<[^>]*>\s*$")
# A block's properties: "venue:: Council Chamber", "present:: AP, MW", "collapsed:: false"
PROPERTY = re.compile(r"^\s*(?:[-*+]\s+)?(?P<key>[a-z][\w-]*)::\s*(?P<value>.*)$")
APP_PROPERTIES = {"collapsed", "id", "heading", "background-color", "title", "template", "icon"}


def _front_matter_end(raw_lines: list[str]) -> int:
    """The index after a note's YAML front matter ("---" first, then "key: value" lines, "---"), or 0."""
    if not raw_lines or raw_lines[0].strip() != "---":
        return 0
    end = next((index for index, raw in enumerate(raw_lines[1:60], start=1) if FRONT_MATTER_END.match(raw)), None)
    if end is None or not any(re.match(r"^[\w-]+\s*:", raw) for raw in raw_lines[1:end]):
        return 0  # a rule across the page, not front matter
    return end + 1


def _handles(raw_lines: list[str]) -> dict[str, str]:
    """Each handle the note defines, as the person it stands for ("me" as the note's writer)."""
    defined: dict[str, str] = {}
    writer = ""
    for raw in raw_lines:
        for found in HANDLE_DEFINED.finditer(WIKI_LINK.sub(lambda link: link.group("text"), raw)):
            who = found.group("who") or found.group("named")
            if who.lower() in ("me", "myself"):
                writer = writer or writer_of(raw_lines)
                who = writer
            if who:
                defined.setdefault(found.group("handle").lower(), who)
    return defined


def _as_person(handle: str, defined: dict[str, str]) -> str:
    """ "@priya" as "Priya Mistry" when the note says so; else as a name ("@tom" is "Tom")."""
    return defined.get(handle.lower()) or handle.replace(".", " ").title()


def _task(found: re.Match, defined: dict[str, str]) -> str:
    """A Tasks-plugin line as "TITLE – OWNER – DUE" (the parts it has)."""
    text = found.group("text")
    due = DUE.search(text)
    owners = [_as_person(each.group("handle"), defined) for each in HANDLE.finditer(text)]
    title = TAG.sub("", HANDLE.sub("", OTHER_FIELDS.sub("", DUE.sub("", text))))
    title = re.sub(r"\s+", " ", title).strip(" ,;:")  # "@olewis: Reduced timetable audit": the handle's colon too
    fields = [title] + ([" / ".join(owners)] if owners else []) + ([due.group("date")] if due else [])
    return found.group("marker") + " – ".join(fields)


def _without_comments(raw_lines: list[str]) -> list[str]:
    """The lines without the comments Markdown hides ("<!-- Owen: parked, do not minute -->"); one left
    open is no comment. (Found with str.find, once along the text: a lazy pattern would read the rest
    of a paste again from each "<!--" left open.)"""
    text = "\n".join(raw_lines)
    if "<!--" not in text:
        return raw_lines
    kept, at = [], 0
    while (start := text.find("<!--", at)) >= 0 and (end := text.find("-->", start + 4)) >= 0:
        kept.append(text[at:start])
        at = end + 3
    kept.append(text[at:])
    return [line for line in "".join(kept).split("\n") if line.strip(" \t-*+") or not line.strip()]


def _outlined(raw: str, kept: list[str]) -> str | None:
    """An outliner's line in the words of the rest: "- TODO LP to ..." as a task to do ("- [ ] LP to ..."),
    "- DONE ..." as one done, "present:: AP, MW" as "Present: AP, MW", "- ## 3. Health" as the heading;
    None for a line folded into the one before ("DEADLINE: <2027-10-29 Fri>": its due date) or dropped."""
    deadline = DEADLINE.match(raw)
    if deadline and kept:
        kept[-1] = f"{kept[-1].rstrip()} – by {deadline.group('date')}"
        return None
    if SCHEDULED.match(raw):
        return None
    prop = PROPERTY.match(raw)
    if prop:
        key = prop.group("key").lower()
        return None if key in APP_PROPERTIES else f"{key.capitalize()}: {prop.group('value').strip()}"
    task = OUTLINER_TASK.match(raw)
    if task:
        box = "[x]" if task.group("keyword") in OUTLINER_DONE else "[ ]"
        return f"{task.group('lead')}{box} {task.group('text')}"
    return re.sub(r"^\s*[-*+]\s+(?=#{1,6}\s)", "", raw)


# A Markdown export's escapes ("\\- ", "2\\. Minutes", "\\*"), as Google Docs and pandoc write them: the
# character itself. Not "\\|" (a pipe inside a table's cell) nor a path's "S:\\SEND" (a letter follows).
ESCAPED = re.compile(r"(?<!\\)\\(?=[-.#*_+!()\[\]{}>`~])")


def _unescaped(raw_lines: list[str]) -> list[str]:
    return [ESCAPED.sub("", raw) if "\\" in raw else raw for raw in raw_lines]


def markdown_notes(raw_lines: list[str]) -> list[str]:
    """The lines of a notes app's Markdown in words the parser reads; other text unchanged."""
    raw_lines = _unescaped(raw_lines)
    start = _front_matter_end(raw_lines)
    if not start and not any("[[" in raw or TASK.match(raw) or CALLOUT.match(raw) or OUTLINER_TASK.match(raw)
                             or "<!--" in raw for raw in raw_lines):
        return raw_lines
    defined = _handles(raw_lines)
    kept, fenced, in_callout = [], False, False
    for raw in _without_comments(raw_lines[start:]):
        if FENCE.match(raw):
            fenced = not fenced  # a query block ("```tasks ... ```") lists tasks kept elsewhere
            continue
        if fenced:
            continue
        if CALLOUT.match(raw):
            in_callout, raw = True, CALLOUT.sub("", raw)
        elif in_callout and CALLOUT_LINE.match(raw):
            raw = CALLOUT_LINE.sub("", raw)
        else:
            in_callout = False
        raw = WIKI_LINK.sub(lambda link: link.group("text"), raw)
        outlined = _outlined(raw, kept)
        if outlined is None:
            continue
        raw = outlined
        task = TASK.match(raw)
        if task and (DUE.search(raw) or OTHER_FIELDS.search(raw) or HANDLE.search(raw)):
            raw = _task(task, defined)
        else:  # a defined handle as its person; "@sarah.khan will set up ..." as "Sarah Khan will set up ..."
            raw = TAG.sub("", HANDLE.sub(lambda handle: defined.get(handle.group("handle").lower())
                                         or (_as_person(handle.group("handle"), defined)
                                             if re.fullmatch(r"[a-z]+[._][a-z]+", handle.group("handle"), re.I)
                                             else handle.group()), raw))
        kept.append(raw)
    return kept
