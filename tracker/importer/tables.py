"""Tables in pasted minutes: rows and what each column holds.

Three shapes reach the parser as text: tab-separated rows (Word and web tables, and what
documents.py makes of a .docx or web page table), pipe tables ("| Action | Owner | Due |") and
fixed-width columns lined up with spaces. Each becomes rows of cells, the header row first; the
header's words say which column is the action, the owner, the due date, a revised date, the status,
or "You said" / "We did".
"""
from __future__ import annotations

import csv
import html
import io
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tracker.core.dates import local_day, local_zone
from tracker.importer.chat import EMOJI_CODE
from tracker.importer.ocr import ocr_mended
from tracker.importer.owners import HANDING, TAKE_IT_ON, me_as
from tracker.importer.patterns import BULLET_GLYPH, LIST_NUMBER

ACTION, OWNER, DUE, NEW_DUE, STATUS, YOU_SAID, WE_DID, OTHER = (
    "action", "owner", "due", "new_due", "status", "you_said", "we_did", "other")

OWNER_COLUMN = re.compile(r"\b(?:owner|owners|lead|leads|responsible|who|whom|whose|action\s+by|officer|person|"
                          r"assigned|accountable|assignees?)\b|^members$", re.I)  # "Members": a board's card's people
DUE_COLUMN = re.compile(r"\b(?:due|date|when|deadline|target|timescale|(?<![a-z]ed\s)by)\b", re.I)  # not "Delivered by"
# Checked in this order: "Action by" is an owner, "Revised date" a new due date.
COLUMN_WORDS = (
    # "Date raised", "Meeting date": when it was agreed, not when it is due
    # "Start date", "Completed date", "Completed by" (a planner's export): not when it is due
    (OTHER, re.compile(r"^(?!.*\baction).*(?:\b(?:raised|opened|logged|added|agreed|created)\b|\b(?:meeting|mtg)\s+date\b)|"
                       r"^(?:(?:action|item|minute|task|card|issue)\s+)?(?:ref(?:erence)?|no|num(?:ber)?|id|#|key|code)\.?$|"
                       r"^(?:start|completed?|closed)\s+(?:date|by|on)$|"
                       # "Audit date", "Date of visit": when the finding was made, not when the action is due
                       r"^(?:audit|visit|inspection|observation|incident|referral)\s+(?:date|on)$|"
                       r"^date\s+of\s+(?:the\s+)?(?:audit|visit|inspection|observation|incident|referral)$|^completed\s+checklist|^checklist|^is\s+recurring$|"
                       r"^last\s+(?:activity|modified|updated|edited)$|^archived$|^(?:item|content)\s+type$|"  # a list's own
                       # "Presented by", "Proposed by": who brought the item, not who does the action, nor when
                       r"^(?:presented|proposed|submitted|requested|referred|reported|tabled|introduced|seconded)\s+by$", re.I)),
    (NEW_DUE, re.compile(r"\b(?:new|revised|revision|updated|moved|amended)\b.*\b(?:date|due|deadline|by)\b|"
                         r"\bnew\s+due\b|^timeline$", re.I)),  # a board's "Timeline" (start - end): its end, when set
    (OWNER, OWNER_COLUMN),
    (YOU_SAID, re.compile(r"\byou\s+said\b", re.I)),
    (WE_DID, re.compile(r"\bwe\s+(?:did|will|are|have)\b", re.I)),
    (DUE, DUE_COLUMN),
    (STATUS, re.compile(r"\b(?:status|rag|progress|complete|update|comments?)\b|^list$", re.I)),  # a board's "List"
    # not a person-centred review's "What's working" / "What's not working" / "What's important to ..."
    (ACTION, re.compile(r"\b(?:action|actions|what(?!['’]s\s+(?:not\s+)?(?:working|important)|\s+(?:is|isn['’]t)\s+working)|"
                        r"task|description|item|detail|recommendation|activity|response|follow[- ]?up|"
                        r"next\s+steps?|card)\b|^(?:jobs?|to[- ]?dos?)$|"  # "Card name"; a staff briefing's "Job | Whose | Done by"
                        r"^(?:agreed\s+)?(?:outcome\s*(?:/|and|&)\s*)?plan$", re.I)),  # an MDT record's "Outcome / plan" per child
)
# A column that says whether a row needs doing: "F/U?", "Follow-up needed", "Action required (Y/N)"
NEEDED_COLUMN = re.compile(r"^(?:f/?u|follow[- ]?up|action|further\s+action)\s*(?:\?|(?:needed|required|req['’]?d)\s*\??|"
                           r"\(?y/n\)?\??)(?:\s*\(?y/n\)?)?$", re.I)
OTHER_OWNER = re.compile(r"^(?:owner|lead|assigned\s+to)\s*\(\s*(?:other|free\s+text|if\s+not\s+listed)\s*\)$", re.I)
NEXT_STEPS_COLUMN = re.compile(r"(?:^|/)\s*(?:(?:agreed\s+)?next\s+steps?|what\s+(?:happens\s+)?next)\b", re.I)  # "Update / next steps"
FIRST_DATE = re.compile(r"^\s*(?:original|first|initial|previous)\b", re.I)
PLAIN_DUE = re.compile(r"^\s*(?:current\s+)?(?:due(?:\s+date)?|deadline|target(?:\s+date)?)\s*$", re.I)
TITLE_COLUMN = re.compile(r"^(?:name|title|summary)$", re.I)  # a task tool's name for each task, first of its columns
STATUS_NAMED = re.compile(r"^\s*status\b", re.I)
# (and a forum's "What you told us | What we'll do next": what it will do, not what it heard)
ACTION_NAMED = re.compile(r"\baction|\bnext\s+steps?\b|\bfollow[- ]?up\b|\bwhat\s+we(?:['’]ll|\s+will)\s+do\b", re.I)
# An agenda laid out as a table: the topic, who presents it, and the notes of what was said.
AGENDA_TOPIC = re.compile(r"^(?:agenda\s+)?(?:items?|topics?|subjects?)$", re.I)
# "Discussion / Outcome", "Key discussion points": what was said, beside the action column
NOTES = re.compile(r"^(?:notes?|(?:item\s*(?:and|&|/)\s*)?discussion|minutes?|summary|discussion\s*(?:and|&|/)\s*\w+|"
                   r"(?:key\s+)?(?:discussion\s+)?points)$",
                   re.I)
ATTENDANCE_COLUMN = re.compile(r"^(?:attendance|attended|present|present\s*/\s*apologies|apologies|in\s+attendance|"
                               r"(?:[\w-]+\s+)?(?:members|people|those)\s+present)$", re.I)
# Turned down: "Not possible within this year's budget", "Declined", "Rejected" (a log's status or a response's first words)
DECLINED_WORDS = r"not\s+(?:possible|agreed|accepted|supported|feasible)|declined|rejected"
# Not live work: done, or closed another way ("Superseded by H/27/03", a board's "Parked" or
# "Backlog / ideas" list, "Waiting on others", "Proposed for closure"), or an earlier meeting's
# action carried forward to this one ("Carried forward", "c/f"): on the log already, not a new task
# (after a tick or a cross: "✓ Done - August", "✗ Superseded - primary pilot first"; or a tick alone)
DONE = re.compile(r"^\s*(?:[✓✔✅☑✗✘☒❌]\ufe0f?\s*)?(?:[✓✔✅☑]\ufe0f?\s*$|complete|completed|done|signed\b|closed|achieved|finished|superseded|cancell?ed|withdrawn|dropped|"
                  r"parked|archived|backlog(?=\s*(?:$|[/(&]))|ideas\b|waiting\s+on\s+(?:others|other\s+(?:people|teams|bodies))|"
                  r"(?:for\s+)?info(?:rmation)?\s*$|fyi\s*$|noted\s*$|"  # a log's row kept for information, no one's task
                  # "Not an audit action", "Not a sub-group action", "Not taken forward": on the log, not the group's to do
                  r"not\s+(?:an?\s+)?(?:[\w-]+\s+)?action\s*$|not\s+taken\s+forward|"
                  r"passed\s+on\s*$|"  # a forum's "Passed on": given to another body (the ICB), not the forum's to do
                  r"proposed\s+for\s+closure|proposed\s*$|"  # (a list's "Proposed": put forward, not agreed yet)
                  r"no\s+(?:further\s+)?(?:follow[- ]?up|action)\s+needed|"
                  r"(?:now\s+)?not\s+(?:needed|required)|no\s+longer\s+(?:needed|required)|"  # "NOT NEEDED, GP referral already in"
                  + DECLINED_WORDS + r"|"
                  r"carried\s+(?:forward|over)|brought\s+forward|c\s*/\s*f|b\s*/\s*f|rolled\s+(?:over|forward)|crossed\s+out|"
                  # "With ICB", "With LA": in another organisation's hands, watched, not ours to do
                  r"with\s+(?:the\s+)?(?:la|icb|nhs|council|trust|dfe|another\s+(?:organisation|body|agency))(?=\s*$|\s*[-–(,]))\b",
                  re.I)
# "|---|:---:|", "---------+--------+----" (a table typed in a terminal's style): a rule under the header
PIPE_SEPARATOR = re.compile(r"^\s*[|+]?\s*:?-{2,}:?\s*(?:[|+]\s*:?-{2,}:?\s*)*[|+]?\s*$")
GAP = re.compile(r"\S(?:\S| (?! ))*")  # runs of text separated by two or more spaces
# Word's list markers, pasted as the marker, a tab, then the text: "•\tWrite to ...", "o\tOwner: YO", "2.\tAOB"
LIST_MARKER = re.compile(r"^(?:" + BULLET_GLYPH + r"|§|o|" + LIST_NUMBER + r")$")  # (a bullet and a number as patterns.py has them)


@dataclass(frozen=True)
class Columns:
    """Which cell of a row holds what (None when the table has no such column)."""

    action: int | None
    owner: int | None = None
    due: int | None = None
    new_due: int | None = None
    status: int | None = None
    you_said: int | None = None
    we_did: int | None = None
    notes: int | None = None  # "Discussion | Action": what was said, beside an action cell that may only say who
    archived: int | None = None  # a board's "Archived" column: "true" there, the card is closed
    completed: int | None = None  # "Due Complete" (Trello), "Done?": "true" or "Yes" there, the task is done
    needed: int | None = None  # "F/U?", "Action needed (Y/N)": "N" there, the row needs nothing done
    other_owner: int | None = None  # a list's "Owner (other)": who, where no one is picked in "Owner"
    outcome: int | None = None  # "Board outcome" typed in after the meeting: "Not to proceed this period - paused ..."
    guessed: bool = False  # told by what the cells hold, the header (if any) naming no action column


def _unbroken(cell: str) -> str:
    """A header cell a PDF's narrow column broke into short pieces ("Own er", "RA G"), joined again when
    only the whole word names a column ("Owner", "RAG")."""
    pieces = cell.split()
    if not 2 <= len(pieces) <= 3 or any(len(piece) > 4 for piece in pieces) \
            or any(words.search(cell) for _role, words in COLUMN_WORDS):
        return cell
    joined = "".join(pieces)
    return joined if any(words.search(joined) for _role, words in COLUMN_WORDS) else cell


PROSE_CELL = re.compile(r"[a-z]\.\s+[A-Z](?:\S*\s+){3}")  # a cell holding sentences, one after another


def columns_of(header: list[str]) -> Columns | None:
    """The roles of a header row's columns, or None when it is not an action table's header."""
    if any(len(cell.split()) > 15 and PROSE_CELL.search(cell) for cell in header):
        return None  # "1. Welcome / July actions | NK welcomed ... Most closed. The two ...": an item of minutes, not a header
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        cell = _unbroken(cell.strip())
        if not cell or len(cell) > 40 or (cell.endswith("?") and len(cell.split()) > 2) or says_nothing_to_do(cell):
            continue  # (a form's question, "What was the most useful part?", is not a column of the table's own;
            # nor a row's "No action." under a log's header)
        for role, words in COLUMN_WORDS:
            if words.search(cell):
                # "Agreed action" is the action column, not the "Item" number before it; "Next step", not
                # "Do / Study (what happened)"
                if role not in roles or (role == ACTION and ACTION_NAMED.search(cell)
                                         and not ACTION_NAMED.search(header[roles[ACTION]])) \
                        or (role == STATUS and STATUS_NAMED.match(cell) and not STATUS_NAMED.match(header[roles[STATUS]])):
                    roles[role] = index  # and "Status", not an "Update" column before it
                break
    if DUE in roles and FIRST_DATE.match(header[roles[DUE]]):  # "Original Due Date | Due Date": the date it is now
        roles[DUE] = next((index for index, cell in enumerate(header) if index != roles.get(NEW_DUE)
                           and PLAIN_DUE.match(cell)), roles[DUE])
    steps = next((index for index, cell in enumerate(header) if NEXT_STEPS_COLUMN.search(cell)), None)
    if WE_DID in roles and steps is not None:  # "You said | We did (so far) | What next | Lead | By when": what next
        return Columns(action=steps, owner=roles.get(OWNER), due=roles.get(DUE), status=roles.get(STATUS))
    if WE_DID in roles:
        return Columns(action=None, you_said=roles.get(YOU_SAID), we_did=roles[WE_DID], due=roles.get(DUE))
    letters = [cell.strip() for cell in header]
    if OWNER not in roles and {"R", "A", "C", "I"} <= set(letters):
        roles[OWNER] = letters.index("R")  # a RACI chart's "R": who does it (the "A" answers for it)
    if steps is not None and roles.get(ACTION) != steps:
        # "Action (from plan) | Lead | Target | Progress | Next steps (who / by when)", "Deliverable | Lead | Due
        # | Update this period / next steps": a plan's progress update; what is agreed now is in the next steps,
        # each saying who and by when
        return Columns(action=steps, status=roles.get(STATUS))
    titled = next((index for index, cell in enumerate(header) if TITLE_COLUMN.match(cell.strip())), None)
    if OWNER in roles and titled is not None and (ACTION not in roles or roles[ACTION] > titled
                                                  and not ACTION_NAMED.search(header[roles[ACTION]])):
        # "Name | Person | Status | Date": a task board's item name; a tool's own "Title" (a SharePoint
        # list) or "Summary" (Jira) before its "Description" or "Item Type"
        roles[ACTION] = titled
    if roles.get(ACTION) is None:
        return None
    if OWNER not in roles and DUE not in roles and not re.search(r"\baction", header[roles[ACTION]], re.I):
        return None  # "Item | Description" is not an action table; "Item | Notes | Actions" is
    if agenda_columns(header) is not None:
        return None  # "Time | Item | Who | Notes": an agenda, its "Who" the presenter, not an action table
    notes = next((index for index, cell in enumerate(header) if NOTES.match(cell.strip()) and index != roles[ACTION]), None)
    archived = next((index for index, cell in enumerate(header) if re.fullmatch(r"archived\??", cell.strip(), re.I)), None)
    completed = next((index for index, cell in enumerate(header)
                      if re.fullmatch(r"(?:due\s+)?complete[d]?\??|done\??", cell.strip(), re.I)), None)
    needed = next((index for index, cell in enumerate(header) if NEEDED_COLUMN.match(cell.strip())), None)
    # (after the work it rules on: a register's "Panel decision" before its "Follow-up detail" rules on the request)
    outcome = next((index for index, cell in enumerate(header) if MEETINGS_OUTCOME.match(cell.strip())
                    and index > roles[ACTION]), None)
    other_owner = next((index for index, cell in enumerate(header) if OTHER_OWNER.match(cell.strip())
                        and index != roles.get(OWNER)), None)
    return Columns(action=roles[ACTION], owner=roles.get(OWNER), due=roles.get(DUE), new_due=roles.get(NEW_DUE),
                   status=roles.get(STATUS), notes=notes, archived=archived, completed=completed, needed=needed,
                   other_owner=other_owner, outcome=outcome)


def agenda_columns(header: list[str]) -> tuple[int, int] | None:
    """(topic, notes) columns of an agenda laid out as a table ("Item | Discussion", "Time | Topic |
    Who | Notes"), or None. Its rows are read as notes under their topic, not as actions; a table
    with an actions column ("Item | Notes | Actions") is an action table."""
    cells = [cell.strip() for cell in header]
    if any(re.search(r"\baction", cell, re.I) and not NOTES.match(cell) for cell in cells):
        return None  # a column of its own for actions; "Discussion and actions" is the notes, actions in them
    topic = next((index for index, cell in enumerate(cells) if AGENDA_TOPIC.match(cell)), None)
    notes = next((index for index, cell in enumerate(cells) if NOTES.match(cell)), None)
    return (topic, notes) if topic is not None and notes is not None else None


# "Name | Role | Organisation | Initials": who the people at the meeting are
NAME_COLUMN = re.compile(r"^(?:full\s+)?names?$|^(?:[\w-]+\s+)?members?$", re.I)
WHO_IS_WHO_COLUMN = re.compile(r"^(?:initials|role|job\s+title|organi[sz]ation|representing|title)$", re.I)


def is_attendance(header: list[str]) -> bool:
    """ "Name | Role | Attendance": who came, each with their role, not who does what; and "Name |
    Role | Organisation | Initials", a table of who is who."""
    cells = [cell.strip() for cell in header]
    return any(ATTENDANCE_COLUMN.match(cell) for cell in cells) or (
        any(NAME_COLUMN.match(cell) for cell in cells) and any(WHO_IS_WHO_COLUMN.match(cell) for cell in cells)
        and not any(re.search(r"\baction|\bdue\b|\bby\s+when\b|\bdeadline", cell, re.I) for cell in cells))


# A RAID log's other tabs: "Risk description", "Issue", "Decision" say what each row records, not a task
REGISTER_COLUMN = re.compile(r"^(?:(?:key\s+|performance\s+)?(?:measures?|indicators?|kpis?|metrics?)|"  # a table of figures
                             r"risks?|issues?|decisions?|dependenc(?:y|ies)|assumptions?)(?:\s+(?:description|title|"
                             r"summary|details?))?$|^mitigations?$", re.I)  # "ID | Description | Score | Mitigation | Owner"
# "Board outcome", "Panel decision (10/02/27)": what the meeting made of each row, typed in after it; a row it
# stops ("Not to proceed this period", "Paused pending ...", "Deferred") is no action now
MEETINGS_OUTCOME = re.compile(r"^(?:board|panel|committee|meeting|group|forum)['’]?s?\s+(?:outcomes?|decisions?)\b", re.I)
STOPPED = re.compile(r"^\s*(?:not\s+to\s+(?:proceed|go\s+ahead)|not\s+(?:proceeding|approved)|paused|stopped|on\s+hold|"
                     r"deferred|withdrawn)\b", re.I)


def is_register(header: list[str]) -> bool:
    """ "Ref | Risk description | Likelihood | Owner | Mitigation": a register of risks, issues or
    decisions, or "Measure | Q1 | Target | Target date" a table of figures, whose rows are not
    actions (a table with an "Action" or "Follow-up" column is an action table)."""
    cells = [cell.strip() for cell in header]
    # a decision's "Follow-up" with a "Who" column beside it is the action ("Follow-up?" only asks)
    followed_up = any(re.match(r"follow[- ]?up\b", cell, re.I) and not NEEDED_COLUMN.match(cell) for cell in cells) \
        and any(OWNER_COLUMN.search(cell) for cell in cells)
    return any(REGISTER_COLUMN.match(cell) for cell in cells) and not followed_up and not any(
        re.match(r"(?:agreed\s+|next\s+)?actions?\b", cell, re.I) for cell in cells)


# "Date | Tuesday 9 November 2027 | Time | 10:00", "Chair | James Whitfield | Venue | Teams": a record's details,
# a label then its value, two to a row
KEY_LABEL = re.compile(r"^[A-Z][A-Za-z'’/&-]*(?:\s+[A-Za-z'’/&-]+){0,3}:?$|"
                       r"^[A-Z][A-Za-z'’/&-]*(?:\s+[A-Za-z'’/&-]+){0,4}\?$")  # a form's "Step up / step down?"


def is_key_values(rows: list[list[str]]) -> bool:
    """Whether a table (with no header of an action table's columns) lays out a record's details as labels
    and values: each row's first cell (and third and fifth, in a row of four or six: "Pupil | AB | Year |
    Year 4 | DOB | 22/07/2018") a label of a word or three."""
    shaped = [[cell.strip() for cell in cells] for cells in rows]
    if len(shaped) < 2 or not all(len(cells) in (2, 4, 6) and KEY_LABEL.match(cells[0]) for cells in shaped):
        return False
    later = [label for cells in shaped for label in cells[2::2]]  # (a PDF's text may garble a cell or two)
    return len({cells[0].lower() for cells in shaped}) == len(shaped) \
        and 2 * sum(bool(KEY_LABEL.match(label)) for label in later) >= len(later)


def is_code_key(rows: list[list[str]]) -> bool:
    """Whether a table is a key to a log's codes, each row a code of a capital or three and what it means
    ("A | Action", "D | Decision (audit trail only)", "I | Information / noted"), its first row one of them
    though it names an action column: no header of its own, and no actions."""
    shaped = [[cell.strip() for cell in cells if cell.strip()] for cells in rows]
    return len(shaped) >= 3 and all(len(cells) == 2 and re.fullmatch(r"[A-Z]{1,3}", cells[0]) for cells in shaped) \
        and len({cells[0] for cells in shaped}) == len(shaped) and all(len(cells[1].split()) <= 8 for cells in shaped) \
        and len(shaped[0][1].split()) <= 2 and columns_of(shaped[0]) is not None  # ("MW | Send the letter": a task)


# "Supersede d", "Complete d": a status a narrow column of a PDF wrapped, its last letters on a line of their own
WRAPPED_STATUS = re.compile(r"^(?P<word>[A-Za-z]{4,})\s(?P<end>[a-z]{1,2})\s*$")


def is_done(status: str) -> bool:
    wrapped = WRAPPED_STATUS.match(status or "")
    return bool(DONE.match(status or "")) or bool(wrapped and DONE.match(wrapped.group("word") + wrapped.group("end")))


# A table's status key: "Status key: C = complete (to be closed); O = open", "B = Blue (completed)"
STATUS_KEY = re.compile(r"(?<![\w/])(?P<code>[A-Z][A-Za-z/]{0,5})\s*=\s*(?:(?-i:[A-Z][a-z]+)\s*\(\s*)?(?P<meaning>[a-z][^;,.()\n]{2,40})", re.I)


def done_codes(text: str) -> frozenset[str]:
    """The status codes a document's key says mean done: {"C"} for "C = complete (to be closed)"."""
    return frozenset(key.group("code") for key in STATUS_KEY.finditer(text[:200_000])  # (not "GREEN = complete / on track")
                     if all(is_done(part) for part in re.split(r"\s*/\s*|\s+or\s+", key.group("meaning").strip())))


# "NEW – Commission a review ...": a tracker's row added at this meeting, among rows carried on
NEW_MARK = re.compile(r"^\s*new\s*(?:[–—:-]|\(.{0,30}\)\s*[–—:-]?)\s*", re.I)  # "NEW (agreed 21/06/27): ..."


def without_new_mark(action: str) -> str:
    return NEW_MARK.sub("", action)


def marks_new_rows(body: list[list[str]], action: int | None) -> bool:
    """A progress tracker that marks the rows added at this meeting ("NEW – ..."): its other rows
    are actions already on the plan, and only the marked ones are new."""
    if action is None:
        return False
    marked = [row for row in body if action < len(row) and NEW_MARK.match(row[action])]
    return 0 < len(marked) < len(body)


# A tracker's update column for each meeting: "Update – 12 Oct 2026", "Progress at 7 Dec 2026"
DATED_UPDATE = re.compile(r"^\s*(?:update|progress|comments?|notes?)\b", re.I)


def this_meetings_update(header: list[str], meeting_day, dates_in) -> int | None:
    """The column of a progress tracker that records this meeting's update, its header dated this
    meeting's day ("Update – 7 Dec 2026" beside "Update – 12 Oct 2026"): its rows are the plan's,
    carried on, and new work that column gives someone is this meeting's. None for other tables, and
    for a log that says which meeting raised each row ("Date raised"): its rows can be new."""
    if meeting_day is None or any(MEETING_COLUMN.search(name) for name in header):
        return None
    dated = [at for at, name in enumerate(header) if DATED_UPDATE.match(name) and any(dates_in(name))]
    return next((at for at in dated if meeting_day in dates_in(header[at])), None) if len(dated) >= 2 else None


def cells_of(raw: str) -> list[str] | None:
    """A tab-separated or pipe row's cells, or None for any other line."""
    if "\t" in raw:
        cells = [cell.strip() for cell in raw.split("\t")]
        filled = [cell for cell in cells if cell]
        if len(filled) == 2 and LIST_MARKER.match(filled[0]):
            return None  # a list item pasted from Word, its marker and text split by a tab
        return cells if len(filled) >= 2 else None
    stripped = raw.strip()
    if stripped.startswith("|") and stripped.count("|") >= 3:
        return [cell.strip() for cell in stripped.strip("|").split("|")]
    return None


def is_pipe_separator(raw: str) -> bool:
    return "-" in raw and bool(PIPE_SEPARATOR.match(raw)) and ("|" in raw or "+" in raw)


def fixed_width_header(raw: str) -> list[int] | None:
    """Where each column starts, when the line is a header of columns lined up with spaces
    ("ACTION      OWNER      DUE"); else None."""
    runs = list(GAP.finditer(raw.rstrip()))
    if len(runs) < 2 or "\t" in raw:
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,2})*\.?", runs[0].group(0)):
        return None  # "4.  Matters arising and action log": a numbered item's title, not a header
    if columns_of([run.group(0) for run in runs]) is None:
        return None
    starts = []
    for run in runs:  # "No. What": the number's column, one space before the action's
        numbered = NUMBER_THEN_TITLE.match(run.group(0))
        starts += [run.start(), run.start() + numbered.start("title")] if numbered else [run.start()]
    return starts


NUMBER_THEN_TITLE = re.compile(r"^(?:no\.?|ref\.?|#)\s(?P<title>[A-Za-z]\S*)$", re.I)


def fixed_width_cells(raw: str, starts: list[int]) -> list[str]:
    """Cut a line at the header's column starts (a word that runs over a boundary stays whole)."""
    cells = []
    bounds = starts[1:] + [max(len(raw), starts[-1]) + 1]
    position = 0
    for bound in bounds:
        cut = bound
        while 0 < cut < len(raw) and raw[cut - 1] != " " and raw[cut] != " ":
            cut -= 1  # move back to the start of a word that crosses the boundary
        cells.append(raw[position:cut].strip())
        position = cut
    return cells


MOST_BLANKS_IN_TABLE = 4  # blank lines between two rows of a table (a page's foot, its furniture dropped, leaves a few)


def table_goes_on(raw_lines: list[str], at: int, columns: list[int], header: list[str]) -> bool:
    """Whether the next line with words, after the blank lines from `at`, is a row of the fixed-width table
    whose column starts are `columns` (every run of its words begins where a column does: a row, a wrapped
    cell, or the `header` repeated), so the blank lines are the table's spacing, not its end."""
    last = min(len(raw_lines), at + MOST_BLANKS_IN_TABLE)
    while at < last and not raw_lines[at].strip():
        at += 1
    if at == last or "\t" in raw_lines[at]:
        return False
    runs = [run.start() for run in GAP.finditer(raw_lines[at].rstrip())]
    if [cell.casefold() for cell in fixed_width_cells(raw_lines[at], columns)] == [cell.casefold() for cell in header]:
        return True
    return all(any(abs(run - start) <= 1 for start in columns) for run in runs) \
        and (len(runs) >= 2 or runs[0] > columns[0] + 1)


# The first column of a form's responses: Google Forms' "Timestamp", Microsoft Forms' "Start time"
FORM_STAMP = re.compile(r"^\s*(?:timestamp|start\s+time|submitted(?:\s+at)?|submission\s+(?:date|time))\s*$", re.I)


def guess_columns(rows: list[list[str]], *, is_owner, is_date) -> Columns | None:
    """The columns of a table pasted without its header row, from what the cells hold: the owner
    column holds names or initials, the due column dates, the action column the longest text."""
    width = max(len(row) for row in rows)
    if len(rows) < 1 or width < 2:
        return None
    first = [cell.strip() for cell in rows[0] if cell.strip()]
    if len(rows) > 1 and first and all(len(cell.split()) <= 6 and cell[:1].isupper() and not cell.endswith(".")
                                       and (not is_owner(cell) or sum(map(_names_a_column, first)) >= 2)
                                       and not is_date(cell) for cell in first):
        # a header of titles, but not an action table's: "From the point of view of | What's working | ...",
        # "Workstream | Lead | RAG | Since July" (a highlight report: its "Lead" and "RAG" name columns, not people)
        return None
    if len(rows) > 1 and FORM_STAMP.match(rows[0][0]) and any(cell.strip().endswith("?") for cell in rows[0]):
        return None  # a form's responses ("Timestamp | How did you hear about us? | ..."): answers, not tasks

    def share(column: int, test) -> float:
        cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
        return sum(1 for cell in cells if test(cell)) / len(cells) if cells else 0.0

    def length(column: int) -> float:
        return sum(len(row[column]) for row in rows if column < len(row)) / len(rows)

    # a due-date cell is short: a paragraph that happens to mention a month is not one
    due = next((column for column in range(width)
                if share(column, lambda cell: len(cell.split()) <= 8 and is_date(cell)) >= 0.6), None)
    owner = next((column for column in range(width)
                  if column != due and share(column, lambda cell: len(cell.split()) <= 4 and is_owner(cell)) >= 0.6),
                 None)
    rest = [column for column in range(width) if column not in (due, owner)]
    if not rest or (owner is None and due is None):
        return None
    action = max(rest, key=length)
    if length(action) < 15 or (owner is not None and due is None and share(action, _says_who_they_are(is_owner)) >= 0.6):
        return None  # (a members' list: "Jo Cole (Chair) | School Improvement Adviser, Westmoor Council")
    return Columns(action=action, owner=owner, due=due, guessed=True)


# "School Improvement Adviser, Westmoor Council", "Data Manager (minutes)": a job and where it is held
BRACKETED = re.compile(r"\s*\([^()]*\)")


def _says_who_they_are(is_owner):
    """Whether a cell beside a name says who that person is (their job, their organisation), as a
    members' list does, rather than what they are to do."""
    return lambda cell: len(cell.split()) <= 10 and is_owner(BRACKETED.sub("", cell).strip(" ,"))


def stacked_cells(raw_lines: list[str]) -> list[str]:
    """A table copied into an email or a plain-text box with each cell on its own line: a header of
    two to six short lines ("Action" / "Lead" / "Timescale") that name an action table's columns,
    then its cells in that order. Each row is put back on one line, its cells apart by a TAB,
    when the lines up to the next blank line fill whole rows."""
    kept, index = [], 0
    while index < len(raw_lines):
        width = _stacked_header(raw_lines, index)
        cells = []
        if width:
            end = index + width
            while end < len(raw_lines) and raw_lines[end].strip():
                end += 1
            cells = [raw.strip() for raw in raw_lines[index:end]]
        if not (len(cells) > width and len(cells) % width == 0) and width:
            cells = _cells_with_empty_ones(raw_lines, index, width)
        if len(cells) > width and len(cells) % width == 0:
            kept.extend("\t".join(cells[start:start + width]) for start in range(0, len(cells), width))
            index += len(cells)
            continue
        kept.append(raw_lines[index])
        index += 1
    return kept


# A log pasted from Word into a plain-text email, its cell breaks lost: "RefActionOwnerDue / updateStatus",
# then "PfA/12Liaise with Mark Walsh re the policyMary WalkerReassigned to OR - by 9 JulyOpen"
RUN_TOGETHER = re.compile(r"(?<=[a-z])(?=[A-Z])")
RUN_TOGETHER_REF = re.compile(r"^[A-Z][A-Za-z]{0,5}[/.-]?\d{1,4}(?=[A-Z])")


def run_together_cells(raw_lines: list[str]) -> list[str]:
    """A table whose cells ran together when pasted (the header's column names joined: "RefActionOwner
    DueStatus"): each row split where a word ends and the next cell's capital begins, its reference first,
    put back as a TAB row when it makes as many cells as the header; other rows left as they are."""
    kept, width = [], 0
    for raw in raw_lines:
        if not raw.strip() or "\t" in raw:
            width = 0
        elif width:
            ref = RUN_TOGETHER_REF.match(raw.strip())
            rest = raw.strip()[ref.end():] if ref else raw.strip()
            cells = ([ref.group(0)] if ref else []) + [cell.strip() for cell in RUN_TOGETHER.split(rest)]
            if len(cells) == width:
                raw = "\t".join(cells)
        else:
            header = RUN_TOGETHER.split(raw.strip())
            columns = columns_of(header) if len(header) >= 3 else None
            if columns and columns.action is not None and columns.owner is not None \
                    and all(len(cell.split()) <= 3 and _names_a_column(cell) for cell in header):
                width, raw = len(header), "\t".join(cell.strip() for cell in header)
        kept.append(raw)
    return kept


# An action table copied out of a PDF as lines of words, its cells run together with single spaces: "No. Action
# Owner By", then "1 Publish the revised guide on the Local Inclusion Team 26/02/27" and its wrapped "Offer" below
SPACED_ROW = re.compile(r"^(?P<number>\d{1,3})\.?\s+(?P<rest>\S.*\S)$")
SPACED_OWNER = re.compile(r"\s(?P<who>[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*|[A-Z][a-z]+\s+(?:Team|Service|Office|team|service|office))$")
MAX_WRAP_WORDS = 3  # a line this short under a row is the row's action going on


def spaced_rows(raw_lines: list[str], is_date: Callable[[str], bool]) -> list[str]:
    """Such a table as TAB rows ("1<TAB>Publish the revised guide on the Local Offer<TAB>Inclusion Team<TAB>26/02/27"):
    each row's last words its date (the fewest that are one), the owner before them (initials, or a team), and a
    short line under a row the rest of its action; the table ends at any other line."""
    kept: list[str] = []
    width = 0
    for raw in raw_lines:
        line = raw.strip()
        if width and (row := _spaced_row(line, is_date)):
            kept.append("\t".join(row))
            continue
        if width and line and len(line.split()) <= MAX_WRAP_WORDS and kept and kept[-1].count("\t") == 3:
            cells = kept[-1].split("\t")
            cells[1] = f"{cells[1]} {line}"
            kept[-1] = "\t".join(cells)
            continue
        words = line.split() if "\t" not in raw and "  " not in line and re.match(r"(?i:no\.?|#|ref\.?)\s", line) else []
        columns = columns_of(words) if 3 <= len(words) <= 6 and all(_names_a_column(word) for word in words[1:]) else None
        width = 4 if columns and columns.action is not None and columns.owner is not None and columns.due is not None else 0
        kept.append("\t".join(words) if width else raw)
    return kept


def _spaced_row(line: str, is_date: Callable[[str], bool]) -> list[str] | None:
    found = SPACED_ROW.match(line)
    words = found.group("rest").split() if found else []
    # "26/02/27", "Feb HT", "Next mtg": the fewest last words that are a date
    count = next((count for count in (1, 2, 3) if len(words) > count + 1 and is_date(" ".join(words[-count:]))), 0)
    owner = SPACED_OWNER.search(" ".join(words[:-count])) if count else None
    if owner is None:
        return None
    return [found.group("number"), " ".join(words[:-count])[:owner.start()], owner.group("who"), " ".join(words[-count:])]


PROSE_WORDS = 15  # a line this long after a stacked table is the email's text again, not a cell
MAX_STACKED_ROWS = 100


def _cells_with_empty_ones(raw_lines: list[str], index: int, width: int) -> list[str]:
    """A stacked table whose empty cells came out as blank lines ("Board" / "" / "Noted - no action for
    us"): its cells up to two blank lines or a line of prose, when they fill whole rows each with a first
    cell; else none."""
    end, last = index, min(len(raw_lines), index + width * (MAX_STACKED_ROWS + 1))  # bounded: a paste of headers stays linear
    while end < last and len(raw_lines[end].split()) <= PROSE_WORDS \
            and not (not raw_lines[end].strip() and end + 1 < len(raw_lines) and not raw_lines[end + 1].strip()):
        end += 1
    cells = [raw.strip() for raw in raw_lines[index:end]]
    while cells and not cells[-1]:
        cells.pop()
    rows = [cells[start:start + width] for start in range(0, len(cells), width)]
    return cells if len(cells) % width == 0 and all(row[0] for row in rows) else []


def _stacked_header(raw_lines: list[str], index: int) -> int:
    """How many lines from `index` are a stacked table header (0 if none)."""
    if index and raw_lines[index - 1].strip():
        return 0  # a header starts after a blank line (or the text's start)
    for width in range(6, 1, -1):
        header = [raw.strip() for raw in raw_lines[index:index + width]]
        if len(header) < width or not all(cell and len(cell.split()) <= 3 and "\t" not in cell for cell in header):
            continue
        columns = columns_of(header)
        if columns is not None and columns.action is not None and (columns.owner is not None or columns.due is not None) \
                and all(_names_a_column(cell) for cell in header):
            return width
    return 0


def _names_a_column(cell: str) -> bool:
    return any(words.search(cell) for _, words in COLUMN_WORDS)


# a row's number in its own cell: "3", "3.", or a reference with a short prefix, "N3", "B-098", "A/12"
CELL_NUMBER = re.compile(r"^\s*(?P<prefix>[A-Z]{1,3}[-/]?)?(?P<number>\d{1,3})\.?\s*$")
EMPTY_CELL = re.compile(r"^\s*(?:[–—-]|n/?a|tbc|none)?\s*$", re.I)
# a page's number, alone or ending its footer: "Page 2 of 7", "3 of 12", "- 4 -"
PAGE_NUMBER = re.compile(r"(?:^|\s)page\s+\d+(?:\s+of\s+\d+)?\s*$|^\d+\s+of\s+\d+$|^[-–—]\s*\d{1,3}\s*[-–—]$", re.I)
# a reference written like a date, the meeting's number then the action's: "09/01", "11/03", "27/03/01"
DATED_REF = re.compile(r"^\s*(?P<parts>(?:\d{2}/){1,2})\d{2}\s*$")


def _reference(line: str) -> tuple[str | None, int] | None:
    """A row's number in its own cell as (its prefix, its number): "B-098" ("B-", 98); a reference written like a
    date is numbered by all its figures, its prefix its shape ("11/03": ("##/", 1103)), so a date of another shape
    ("17/09/26", raised) is no row's reference."""
    found = CELL_NUMBER.match(line)
    if found:
        return found.group("prefix"), int(found.group("number"))
    dated = DATED_REF.match(line)
    return ("##/" * dated.group("parts").count("/"), int(re.sub(r"\D", "", line))) if dated else None


def cell_per_line(raw_lines: list[str], is_date) -> list[str]:
    """A table copied out of a PDF with each cell on a line of its own: a header of short lines
    ("No.", "Action", "Owner", "Due", "Status"), then each row from its number to the next, its
    action's words wrapped over lines. Each row is read back into a TAB row: its due date is the
    first line after the action and its owner that reads as a date (or "–"), the owner the line
    before, the status the line after; what follows (a page's footer) is left out, and the header
    repeated on the next page is skipped. `is_date(cell)`: does a cell read as a due date.
    A Word table pasted into an email the same way, with a column of discussion before the action
    ("Item", "Discussion", "Action", "Owner", "Due"), is read by `_rows_after_notes`, and the text
    after its last row is kept. After a table whose rows start with references ("N1", "B-098"), the
    rest of the minutes is kept too, and read for the next such table."""
    read: list[str] = []
    stripped = [raw.strip() for raw in raw_lines]  # (once: each table's rows are read from where it starts)
    begin: int | None = 0
    while begin is not None and begin < len(raw_lines):
        # (the lines after a table, as its cells are read: without the spaces a PDF's layout left around them)
        table, begin = _cells_table(stripped if begin else raw_lines, stripped, begin, is_date)
        read.extend(table)
    return read


MAX_ROW_LINES = 40  # the most lines a row set out a cell a line takes; a row's reference further on starts no row


def _cells_table(raw_lines: list[str], stripped: list[str], begin: int, is_date) -> tuple[list[str], int | None]:
    """The first table set out a cell a line (see `cell_per_line`) from line `begin` on, read back into TAB
    rows, with the lines before it; and where the lines still to read start (None, unless its rows start
    with references)."""
    header, start = _cells_header(raw_lines, begin)
    if header is None:
        return raw_lines[begin:], None
    columns = columns_of([" ".join(cell.split()) for cell in header])  # ("Date" / "raised" is one cell)
    kept, rows, number, after, rest, tail = raw_lines[begin:start], [], 1, [], None, None
    index = start + sum(cell.count("\n") + 1 for cell in header)
    lines = stripped  # (read from `index` on)
    header = [_unbroken(" ".join(cell.split())) for cell in header]
    first = _reference(next((line for line in lines[index:index + MAX_ROW_LINES] if line), ""))
    prefix = first[0] if first else None
    while index < len(lines):
        if _row_number(lines[index], number, prefix):
            within = min(len(lines), index + 1 + MAX_ROW_LINES) if prefix else len(lines)
            end = next((at for at in range(index + 1, within) if _row_number(lines[at], number + 1, prefix)), len(lines))
            label = lines[index].rstrip(".")
            if columns.action > 1 and columns.notes is None:  # "No. | Date raised | Action | Owner | Due"
                before, used = _cells_before_action(lines[index + 1:end], columns.action - 1)
                if row := _row_from_lines(lines[index + 1 + used:min(end, index + 1 + MAX_ROW_LINES)], header, columns,
                                          is_date):
                    rows.append("\t".join([label, *before, *row[0]]))
                    tail = index + 1 + used + row[1]
                    rest = tail if prefix and end == len(lines) else None
            elif columns.action > 1:
                found, used = _rows_after_notes(lines[index + 1:end], columns, is_date)
                rows.extend("\t".join([label, *row]) for row in found)
                after = lines[index + 1 + used:end] if end == len(lines) else []
            elif row := _row_from_lines(lines[index + 1:min(end, index + 1 + MAX_ROW_LINES) if prefix else end],
                                        header, columns, is_date):
                rows.append("\t".join([label, *row[0]]))
                tail = index + 1 + row[1]
                rest = tail if prefix and end == len(lines) else None
            number, index = (_reference(lines[end])[1] if end < len(lines) else number + 1), end
            continue
        index += 1
    if len(rows) < 2:
        return raw_lines[begin:], None
    if rest is None and tail is not None:
        after = [*after, *_page_footer_kept(raw_lines[tail:])]
    return [*kept, "", "\t".join(header), *rows, "", *after], rest  # (a table apart from the form's "Apologies:" above it)


def _page_footer_kept(lines: list[str]) -> list[str]:
    """Of the lines left out after a table's last row, its page's footer, up to its number ("Page 2 of 2"): kept, so
    that the same running title and footer on the pages before it are seen as repeated and left out with it."""
    numbered = [at for at, line in enumerate(lines) if PAGE_NUMBER.search(" ".join(line.split()))]
    return lines[:numbered[-1] + 1] if numbered else []


def _row_number(line: str, number: int, prefix: str | None) -> bool:
    """Does the line start the row after the last: the next number ("4", "4."), or, in a column of
    references ("N3", "B-098"), one with the same prefix and a higher number (references skip the
    rows closed earlier)."""
    found = _reference(line)
    if not found or found[0] != prefix:
        return False
    return found[1] >= number if prefix else found[1] == number


# the most lines a header set a cell a line takes: eight columns, two of them broken over two lines by a narrow
# column ("Ref", "Date" / "raised", "Typ" / "e", "Action / decision", "Lead", "Due", "Update", "Status")
MAX_HEADER_LINES = 12


def _cells_header(raw_lines: list[str], begin: int = 0) -> tuple[list[str] | None, int]:
    """(an action table's header set one cell a line, where it starts, from line `begin` on), or (None, 0)."""
    for start in range(begin, len(raw_lines) - 3):
        if not _reference(raw_lines[start]) and re.match(r"^\s*(?:no\.?|ref\.?|#|item)\s*$", raw_lines[start], re.I):
            width = next((count for count in range(3, MAX_HEADER_LINES + 1) if start + count < len(raw_lines)
                          and _reference(raw_lines[start + count])), None)
            # the header's short lines; an unnumbered row before row 1 ("c/f from Nov sheet: ... - DONE") left out
            header = list(itertools.takewhile(lambda cell: len(cell.split()) <= 3 and not re.fullmatch(r"[\d/.]+", cell),
                                              (raw.strip() for raw in raw_lines[start:start + (width or 0)])))
            while header and not header[-1]:
                header.pop()  # the blank line between a pasted header and its first row
            header = _pieces_joined(header)
            columns = columns_of([" ".join(cell.split()) for cell in header]) if len(header) >= 3 else None
            # "No. | Action | Owner | Due", or "Item | Discussion | Action | Owner | Due"
            if columns and (columns.action == 1 or (columns.action == 2 and columns.notes == 1) or _short_before(header, columns)) \
                    and columns.owner and columns.due and columns.action < columns.owner < columns.due:
                return header, start
    return None, 0


MAX_BEFORE_ACTION = 3  # the most columns before the action ("Mtg", "Chg", "Type") a row read a cell a line may have


def _short_before(header: list[str], columns: Columns) -> bool:
    """Columns of short cells between the number and the action ("Date raised", "Mtg", "Type"), no discussion."""
    return columns.notes is None and 2 <= columns.action <= MAX_BEFORE_ACTION + 1 \
        and all(len(cell.split()) <= 2 for cell in header[1:columns.action])


def _cells_before_action(lines: list[str], count: int) -> tuple[list[str], int]:
    """The `count` cells of a row between its number and its action, from its first lines of one word each
    ("19/05/27", "NE", "W", "Action"): the last of them the last cell, the lines a narrow column broke a cell
    into run together ("NE" / "W" is "NEW"), an empty cell's missing line left empty. (cells, lines used)"""
    words = list(itertools.takewhile(lambda line: bool(line) and len(line.split()) == 1, lines[:count + 2]))
    if len(words) <= count:
        cells = [*words[:-1], *[""] * (count - len(words)), *words[-1:]]
    else:
        broken = words[max(0, count - 2):len(words) - (count > 1)]
        joined = "".join(broken) if all(len(word) <= 3 for word in broken) else " ".join(broken)
        cells = [*words[:max(0, count - 2)], joined, *words[len(words) - (count > 1):]]
    return cells, len(words)


def _pieces_joined(header: list[str]) -> list[str]:
    """A header's cells one a line, with the pieces of a word a narrow column broke over two lines ("Own" /
    "er", "RA" / "G") joined again (by `_unbroken`), each kept with the lines it took: "Own\ner"."""
    joined: list[str] = []
    for cell in header:
        if joined and "\n" not in joined[-1] and (_unbroken(f"{joined[-1]} {cell}") != f"{joined[-1]} {cell}"
                                                  or re.match(r"[a-z]", cell)):  # "Date" / "raised"
            joined[-1] += "\n" + cell
        else:
            joined.append(cell)
    return joined


def _short_cell(is_date):
    return lambda cell: len(cell.split()) <= 4 and not is_date(cell) and not EMPTY_CELL.match(cell)


def _first_due(cells: list[str], is_date) -> int | None:
    """Where a pasted row's first due date is: a short date after a short owner ("OR" / "2 July")."""
    short = _short_cell(is_date)
    return next((number for number in range(2, len(cells)) if len(cells[number].split()) <= 4
                 and is_date(cells[number]) and short(cells[number - 1])), None)


def pasted_row_owner(lines: list[str], is_date) -> int | None:
    """Where the one owner of a row of a Word table pasted a cell a line is, among the lines after its
    number ("Supported internships" / "SKe reported ..." / "Circulate the data" / "OR" / "2 July": "OR");
    None when the row names several owners, or none."""
    at = [number for number, line in enumerate(lines) if line.strip()]
    cells = [lines[number].strip() for number in at]
    due = _first_due(cells, is_date)
    if due is None or _short_cell(is_date)(cells[due - 2]):
        return None
    return at[due - 1]


def _rows_after_notes(lines: list[str], columns: Columns, is_date) -> tuple[list[list[str]], int]:
    """One row of a pasted Word table after its number ("Health transition" / "GA outlined ..." /
    "GA to share the protocol" / "TE to ask PCF members ..." / "GA" / "" / "TE" / "25 June" / "" / "30 June"):
    its discussion's paragraphs, then an action a paragraph each, their owners, their due dates in turn.
    (rows, how many lines they used)."""
    at = [number for number, line in enumerate(lines) if line]
    cells = [lines[number] for number in at]
    short = _short_cell(is_date)
    due = _first_due(cells, is_date)
    if due is None:  # "Welcome and apologies" / "Minutes agreed ..." / "None": its discussion kept
        return ([[" ".join(cells[:-1]), cells[-1], "", ""]], at[-1] + 1) if len(cells) >= 2 else ([], 0)
    owners = list(itertools.takewhile(short, reversed(cells[:due])))[::-1]
    dues = list(itertools.takewhile(lambda cell: len(cell.split()) <= 4 and is_date(cell), cells[due:]))
    count = len(owners) if len(owners) == len(dues) and due - len(owners) * 2 >= 1 else 1
    first = due - len(owners) - count  # the first action's paragraph
    if first < 1 or columns.due != columns.owner + 1:
        return [], 0
    notes = " ".join(cells[:first])
    rows = [[notes if turn == 0 else "", cells[first + turn], owners[-count + turn], dues[turn]] for turn in range(count)]
    return rows, at[due + count - 1] + 1


def _row_from_lines(lines: list[str], header: list[str], columns: Columns, is_date) -> tuple[list[str], int] | None:
    """One row's cells after its number, from its lines: the action's wrapped words, then the owner,
    the due date (found by reading as one) and the cells after it; the header's own cells (the
    next page's) and anything after the row's last cell left out. (cells, how many lines they used)"""
    at = [number for number, line in enumerate(lines) if line and line not in header]
    lines = [lines[number] for number in at]
    after_due = len(header) - 1 - columns.due

    def due_cell(line: str) -> bool:
        return bool(EMPTY_CELL.match(line)) or (len(line.split()) <= 4 and is_date(line))

    for due in range(2, len(lines)):  # the owner (a few words, or "–") and then the due date
        owner = lines[due - 1]
        if due_cell(lines[due]) and (EMPTY_CELL.match(owner) or len(owner.split()) <= 6):
            cells = [" ".join(lines[:due - 1]), owner, lines[due], *lines[due + 1:due + 1 + after_due]]
            return cells, at[min(due + after_due, len(at) - 1)] + 1
    return None


def csv_rows(raw_lines: list[str], said_by: Callable[[str, str], str] = me_as) -> list[str]:
    """An action log exported as CSV and pasted in ("Ref,Action,Owner,Due", then rows whose quoted
    cells hold commas): a header naming an action table's columns, read with the csv module, then
    every following line with as many cells; each row put back on one line, its cells apart by a
    TAB. Prose with commas in it has no such header, and is left as it is. `said_by` gives an answer's
    words with its speaker for "I" (a question and answer report's)."""
    raw_lines = _semicolons_as_commas(raw_lines)
    kept, index = [], 0
    while index < len(raw_lines):
        header = _csv_cells(raw_lines[index])
        named = list(header or [])
        while named and not named[-1].strip():
            named.pop()  # a spreadsheet's export pads every row to its widest: ",," after the last name
        # (a form's export has its questions for headers: its own columns after them, "Follow up | Who | By")
        short = len(named) >= 3 and all(cell.strip() for cell in named) and (
            all(len(cell) <= 30 for cell in named) or sum(len(cell) <= 30 for cell in named) >= 3)
        if short and _board_export(named):
            index = _board_rows(raw_lines, index, header, kept, said_by)
            continue
        if short and _notes_export(named):
            index = _notes_rows(raw_lines, index, header, kept)
            continue
        if short and any(QUESTION_COLUMN.match(cell) for cell in named) and any(ANSWER_COLUMN.match(cell) for cell in named):
            index = _answers_rows(raw_lines, index, header, kept, said_by)
            continue
        width = len(header) if short and columns_of(named) is not None else 0
        rows, end = [header], index + 1
        while width and end < len(raw_lines):
            cells, after = _csv_record(raw_lines, end)
            if len(cells or []) != width:
                break
            rows.append(cells)
            end = after
        if len(rows) < 2:
            index = _padded_title(raw_lines, index, kept)
            continue
        title = _csv_cells(raw_lines[index - 1]) if index else None  # (the first group's name, over the header)
        rows = _groups_as_column(rows, title[0].strip() if title and not any(cell.strip() for cell in title[1:]) else "")
        kept.extend("\t".join(" ".join(_list_value(cell).split()) or "-" for cell in cells)
                    for cells in day_first(serials_written(rows)))
        index = end
    return kept


# A SharePoint list's Person column exported as its claims ("i:0#.f|membership|ruth.hill@westmoor.gov.uk") and
# its lookup column as the item's id before its title ("3;#Summer term meeting - 16/06/2027")
LIST_CLAIMS = re.compile(r"(?<![^\s;,])i:0[#.][a-z.]{0,4}\|membership\|(?=\S+@)", re.I)
LOOKUP_ID = re.compile(r"^\d{1,6};#(?=\S)")


def _list_value(cell: str) -> str:
    """A list's cell as the list shows it: the person's address, not its claims; a lookup's title, not its id."""
    return LOOKUP_ID.sub("", LIST_CLAIMS.sub("", cell) if "|membership|" in cell else cell)


def _groups_as_column(rows: list[list[str]], title: str) -> list[list[str]]:
    """A board exported group by group (monday.com's: each group's name on a row of its own, then the
    header again over its items; an item's subitems under a header of their own, "Subitems,Name,Owner,
    Status,Date", each with its first cell empty) as one table: each item's group in a column "Group" of
    its own, as a planner's bucket is, and each subitem a row of its own in its parent's group, its cells
    under the columns of the same name or role. `title` is the name over the first header. A table whose
    header is not repeated comes back as it is."""
    header = rows[0]
    if not any(cells == header for cells in rows[1:]):
        return rows
    kept, group, moved = [[*header, "Group"]], title, None  # `moved`: a subitem's cell -> the table's column

    def filled(cells: list[str]) -> list[str]:
        return [cell for cell in cells if cell.strip()]

    for number, cells in enumerate(rows[1:], 1):
        following = rows[number + 1] if number + 1 < len(rows) else []
        if not filled(cells) or cells == header:
            moved = None
        elif len(filled(cells)) == 1 and cells[0].strip() and following == header:
            group, moved = cells[0].strip(), None  # "Open – from previous Boards"
        elif cells[0].strip() and following and not following[0].strip() and _subitems_header(filled(cells)):
            moved = _subitem_columns(cells, header)
        elif moved is not None and not cells[0].strip():
            row = [""] * len(header)
            for at, cell in enumerate(cells):
                row[moved.get(at, at)] = row[moved.get(at, at)] or cell
            kept.append([*row, group])
        else:
            moved = None
            kept.append([*cells, group])
    return kept


def _subitems_header(named: list[str]) -> bool:
    """ "Subitems,Name,Owner,Status,Date": the header of an item's subitems."""
    return len(named) >= 3 and re.match(r"^\s*sub-?items?\b", named[0], re.I) is not None and columns_of(named) is not None


def _subitem_columns(sub: list[str], header: list[str]) -> dict[int, int]:
    """Each subitem column's place in the table: the column of the same name, else of the same role
    ("Owner" under "Person")."""
    names = {name.strip().casefold(): at for at, name in enumerate(header) if name.strip()}
    ours, theirs = columns_of(header), columns_of([cell for cell in sub])
    roles = {getattr(theirs, role): getattr(ours, role) for role in ("action", "owner", "due", "status")
             if theirs is not None and ours is not None and getattr(theirs, role) is not None and getattr(ours, role) is not None}
    return {at: names.get(name.strip().casefold(), roles.get(at, at)) for at, name in enumerate(sub) if name.strip()}


SUBITEMS_HEADER = re.compile(r"^[ \t]*\t[ ]*sub-?items?[ ]*\t", re.I)


def sheet_subitems(raw_lines: list[str]) -> list[str]:
    """A board's workbook export (monday.com's): an item's subitems under a header of their own one cell in,
    "<TAB>Subitems<TAB>Owner<TAB>Status<TAB>Date", each subitem a row one cell in: each a row of the table,
    its cells under the table's columns of the same name or role ("Subitems" its action, "Owner" its
    "Person"). A subitem of the item's own owner is a step of the item's action, not an action of its own, and
    is left out. Other lines as they are."""
    if not any(SUBITEMS_HEADER.match(raw) for raw in raw_lines if "\t" in raw):
        return raw_lines
    kept, header, moved, parent = [], [], None, ""  # `parent`: the owner of the item the subitems are under
    for raw in raw_lines:
        cells = raw.split("\t")
        if "\t" not in raw:
            header, moved = (header if raw.strip() else []), None
        elif cells[0].strip() and columns_of([cell.strip() for cell in cells]) is not None:
            header, moved = [cell.strip() for cell in cells], None
        elif header and not cells[0].strip() and len(cells) > 3 and re.fullmatch(r"sub-?items?", cells[1].strip(), re.I):
            action = columns_of(header).action
            moved = _subitem_columns(["", header[action], *(cell.strip() for cell in cells[2:])], header)
            continue
        elif moved is not None and not cells[0].strip():
            row = [""] * len(header)
            for at, cell in enumerate(cells):
                if (to := moved.get(at, at)) < len(row):
                    row[to] = row[to] or cell.strip()
            owner = columns_of(header).owner
            if owner is None or not parent or row[owner].casefold() != parent.casefold():
                kept.append("\t".join(row))
            continue
        else:
            owner = columns_of(header).owner if header else None
            moved, parent = None, cells[owner].strip() if owner is not None and owner < len(cells) else ""
        kept.append(raw)
    return kept


def _semicolons_as_commas(raw_lines: list[str]) -> list[str]:
    """A CSV saved by Excel set for much of Europe, its cells apart by semicolons ("ID;Date raised;Action;Owner",
    "Removed 37; median 31,5 weeks" quoted): written again apart by commas, for the reader above; other texts
    as they are."""
    lines = raw_lines[:5000]
    if sum(line.count(";") >= 2 for line in lines) * 2 < sum(bool(line.strip()) for line in lines) or "\t" in "".join(lines):
        return raw_lines
    rows = _csv_read("\n".join(raw_lines), ";") or []
    widths = Counter(len(row) for row in rows if len(row) >= 3)
    if not widths or widths.most_common(1)[0][1] * 2 < sum(1 for row in rows if row):
        return raw_lines
    written = io.StringIO()
    csv.writer(written, lineterminator="\n").writerows(rows)
    return written.getvalue().split("\n")


SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")


def day_first(rows: list[list[str]]) -> list[list[str]]:
    """A table exported with a US site's settings writes every date month first ("6/30/2027", "4/9/2027"
    for 9 April): when some date has a day past 12 second and none first, each date is turned day first.
    A table whose rows came from trackers or writers of both habits (a US tool's "11/18/2026" beside
    "18/11/2026"): each row so written turned on its own ("12/04/2026" beside "11/18/2026" is 4 December;
    "3/4/2027" added beside "4/15/2027" due is 4 March)."""
    found = [(int(first), int(second)) for cells in rows for cell in cells for first, second, _ in SLASHED_DATE.findall(cell)]
    if not any(second > 12 for _, second in found):
        return rows
    if not any(first > 12 for first, _ in found):
        return [[SLASHED_DATE.sub(r"\2/\1/\3", cell) for cell in cells] for cells in rows]
    # A list whose "Meeting" titles were typed day first ("Summer meeting - 16/06/2027") beside its own date
    # columns, which the site writes month first ("6/25/2027"): a row written both ways read column by column,
    # each column that can only be read one way that way
    habit: dict[int, bool | None] = {}  # column: whether it is written month first (None: both ways)
    for cells in rows:
        for at, cell in enumerate(cells):
            for first, second, _ in SLASHED_DATE.findall(cell):
                if int(first) > 12 or int(second) > 12:
                    says = int(second) > 12
                    habit[at] = says if habit.get(at, says) == says else None
    return [_month_first_row(cells) if not _both_ways(cells) else
            [SLASHED_DATE.sub(r"\2/\1/\3", cell) if habit.get(at) else cell for at, cell in enumerate(cells)]
            for cells in rows]


def _both_ways(cells: list[str]) -> bool:
    """A row with a date that can only be day first and another that can only be month first."""
    found = [(int(first), int(second)) for cell in cells for first, second, _ in SLASHED_DATE.findall(cell)]
    return any(first > 12 for first, _ in found) and any(second > 12 for _, second in found)


# A date column's header ("Due", "Date added", "Created"): its five-digit numbers are Excel's dates pasted in
DATE_HEADER = re.compile(DUE_COLUMN.pattern + r"|\b(?:raised|added|created|opened|logged|updated|modified|closed|completed)\b",
                         re.I)
EXCEL_DAY_ZERO = datetime(1899, 12, 30)  # Excel's day 0 (it counts 1900 as a leap year, so from here)


def serials_written(rows: list[list[str]]) -> list[list[str]]:
    """A sheet's dates pasted in from Excel as its numbers ("46450" under "Date added"): each written as
    the day it is (04/03/2027), in the columns whose header names a date."""
    dated = [at for at, name in enumerate(rows[0]) if DATE_HEADER.search(name)] if rows else []
    if not dated:
        return rows

    def written(cell: str) -> str:
        if not re.fullmatch(r"\s*[2-7]\d{4}\s*", cell):  # (1954 to 2119)
            return cell
        return f"{EXCEL_DAY_ZERO + timedelta(days=int(cell)):%d/%m/%Y}"
    return [rows[0], *([written(cell) if at in dated else cell for at, cell in enumerate(cells)] for cells in rows[1:])]



def _month_first_row(cells: list[str]) -> list[str]:
    """A row's dates turned day first when one of them can only be month first and none only day first."""
    found = [(int(first), int(second)) for cell in cells for first, second, _ in SLASHED_DATE.findall(cell)]
    if not any(second > 12 for _, second in found) or any(first > 12 for first, _ in found):
        return cells
    return [SLASHED_DATE.sub(r"\2/\1/\3", cell) for cell in cells]


# "item,time,typed_by,note": notes kept a row at a time (two note-takers merged, a form's export)
NOTE_COLUMN = re.compile(r"^\s*(?:notes?|text|comments?|minute|discussion|entry|what\s+was\s+said)\s*$", re.I)
AUTHOR_COLUMN = re.compile(r"^\s*(?:typed[\s_]+by|written[\s_]+by|author|by|who|note[\s_-]*taker)\s*$", re.I)


# A notes export's own date for each note ("Note Date"): the day it was written, not when anything is due
NOTE_DATE_COLUMN = re.compile(r"^\s*(?:(?:note|entry|contact|meeting)\s+)?date\s*$", re.I)


def _notes_export(header: list[str]) -> bool:
    """A header of notes kept a row at a time: one note column, and no action table's columns, or
    only a yes/no flag for one (a school MIS's "Student,...,Note,...,Follow-up Required,Follow-up Date")."""
    if sum(bool(NOTE_COLUMN.match(cell)) for cell in header) != 1:
        return False
    columns = columns_of(header)
    return columns is None or (columns.action is not None and bool(NEEDED_COLUMN.match(header[columns.action].strip())))


def _notes_rows(raw_lines: list[str], index: int, header: list[str], kept: list[str]) -> int:
    """Each row's note as a paragraph of its own, "me - ..." as its writer's (the author column's),
    under its day when the notes have their own dates ("Note Date": a heading each time it changes);
    the line after the rows."""
    note = next(at for at, cell in enumerate(header) if NOTE_COLUMN.match(cell))
    author = next((at for at, cell in enumerate(header) if AUTHOR_COLUMN.match(cell)), None)
    dated = next((at for at, cell in enumerate(header) if NOTE_DATE_COLUMN.match(cell)), None)
    end, day = index + 1, ""
    while end < len(raw_lines):
        cells, after = _csv_record(raw_lines, end)
        if len(cells or []) != len(header):
            break
        if dated is not None and cells[dated].strip() not in ("", day):
            day = cells[dated].strip()
            kept.extend(["", day, ""])
        lines = [" ".join(line.split()) for line in cells[note].splitlines() if line.strip()]
        if author is not None and cells[author].strip():
            lines = [me_as(line, cells[author].strip()) for line in lines]
        kept.extend([*lines, ""])
        end = after
    if end == index + 1:
        kept.append(raw_lines[index])
    return end


# A whiteboard's or wall's export, a row per post: its words ("Content" on a Miro board, "Body" on a Padlet),
# the frame or section it sits in, and perhaps a subject, tags, who posted it, replies and what it is linked to
POST_COLUMN = re.compile(r"^\s*(?:content|body|post|sticky\s+text)\s*$", re.I)
PLACE_COLUMN = re.compile(r"^\s*(?:frame|section|shelf|zone|area)\s*$", re.I)
BOARD_COLUMNS = {
    "subject": re.compile(r"^\s*(?:subject|title|heading)\s*$", re.I),
    "tags": re.compile(r"^\s*(?:tags?|labels?)\s*$", re.I),
    "author": re.compile(r"^\s*(?:author|created\s+by|posted\s+by)\s*$", re.I),
    "replies": re.compile(r"^\s*(?:comments?|replies)\s*$", re.I),
    "linked": re.compile(r"^\s*(?:connected|linked)\s+to\s*$", re.I),
    "id": re.compile(r"^\s*id\s*$", re.I),
    "type": re.compile(r"^\s*(?:type|item\s+type)\s*$", re.I),
}
# A board's items that hold no post of their own: its frames (their names are the "Frame" cells) and its lines
NOT_A_POST = re.compile(r"^\s*(?:frame|connector|line|arrow|image)\s*$", re.I)
# "Sarah Khan: I'll ask ...; Anonymous: same": the replies packed into one cell, each its writer's
PACKED_REPLY = re.compile(r";\s+(?=[\w][\w .'’()-]{0,40}:\s)")


def _board_export(header: list[str]) -> bool:
    """A board's export: a post column and the frame or section each post sits in."""
    return any(POST_COLUMN.match(cell) for cell in header) and any(PLACE_COLUMN.match(cell) for cell in header)


def _post_words(cell: str) -> str:
    """A post's words without its HTML ("<p>Owner: SK</p>", "&amp;", "<br>" between its lines)."""
    cell = re.sub(r"<br\s*/?>|</p>\s*<p[^>]*>", "; ", cell)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", cell)).split())


def _board_rows(raw_lines: list[str], index: int, header: list[str], kept: list[str],
                said_by: Callable[[str, str], str]) -> int:
    """Each post as a paragraph under its frame or section (a heading each time it changes): "Subject –
    body", its tags after it in brackets ("(agreed; due end Sept)"), "I" as whoever posted it, each
    packed reply a paragraph of its writer's; a small sticky linked to another ("Owner: SK" connected to
    the action's) makes that post an action, that sticky its owner ("Action: ... Owner: SK"). The line after the rows."""
    column = {role: next((at for at, cell in enumerate(header) if found.match(cell)), None)
              for role, found in BOARD_COLUMNS.items()}
    post = next(at for at, cell in enumerate(header) if POST_COLUMN.match(cell))
    place = next(at for at, cell in enumerate(header) if PLACE_COLUMN.match(cell))
    rows, end = _records_under(raw_lines, index, header)

    def cell(cells: list[str], role: str) -> str:
        return cells[column[role]].strip() if column[role] is not None else ""

    ids = {cell(cells, "id") for cells in rows} - {""}
    linked = {}  # the post's id -> the words of the stickies linked to it
    for cells in rows:
        target = cell(cells, "linked")
        if target in ids and not NOT_A_POST.match(cell(cells, "type")):
            linked.setdefault(target, []).append(_post_words(cells[post]))
    section = None
    for cells in rows:
        words = _post_words(cells[post])
        if NOT_A_POST.match(cell(cells, "type")) or not words or cell(cells, "linked") in ids:
            continue
        if cells[place].strip() != section:
            section = cells[place].strip()
            kept.extend(["", _post_words(section), ""])
        subject, tags = cell(cells, "subject"), cell(cells, "tags").replace(";", "; ")
        words = f"{subject} – {words}" if subject and subject.casefold() not in words.casefold() else words
        words += f" ({tags})" if tags else ""
        owners = [re.sub(r"^owners?\s*[:-]?\s*", "", extra, flags=re.I) for extra in linked.get(cell(cells, "id"), [])]
        words = f"Action: {words.rstrip('.')}. Owner: {', '.join(owners)}" if owners else words
        if cell(cells, "replies") and not re.search(r"[.!?)]$", words):
            words += "."  # (a post's short words, "Late letters – Letters come too late", not a heading over its replies)
        kept.extend([said_by(words, cell(cells, "author")) if cell(cells, "author") else words, ""])
        for reply in PACKED_REPLY.split(cell(cells, "replies")) if cell(cells, "replies") else []:
            who, _, said = reply.partition(": ")
            kept.extend([said_by(said.strip(), who.strip()) if said else reply, ""])
    return end


# A webinar's question and answer report: "#,Question,Asker Name,Answer(s)"
QUESTION_COLUMN = re.compile(r"^\s*questions?\s*$", re.I)
ANSWER_COLUMN = re.compile(r"^\s*(?:answers?|answer\(s\)|response|replies|reply)\s*$", re.I)
# "Mary Walker (Head of SEND): I'll get that up by the end of next week. | 06:41 PM": who answered, what, when
ANSWERED = re.compile(r"^(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:\s*\([^()]{1,60}\))?\s*:\s*(?P<said>.+?)"
                      r"(?:\s*\|\s*\d{1,2}:\d{2}\s*(?:[AP]M)?)?\s*$", re.I)


def _answers_rows(raw_lines: list[str], index: int, header: list[str], kept: list[str],
                  said_by: Callable[[str, str], str]) -> int:
    """Each answer as a paragraph of whoever answered ("Mary Walker (Head of SEND): I'll ..." as "Mary
    Walker will ..."); the questions, asked by the audience, left out. The line after the rows."""
    answer = next(at for at, cell in enumerate(header) if ANSWER_COLUMN.match(cell))
    end = index + 1
    while end < len(raw_lines):
        cells, after = _csv_record(raw_lines, end)
        if len(cells or []) != len(header):
            break
        said = ANSWERED.match(" ".join(cells[answer].split()))
        if said:
            kept.extend([said_by(said.group("said"), said.group("who")), ""])
        end = after
    if end == index + 1:
        kept.append(raw_lines[index])
    return end


PADDED = re.compile(r",{2,}\s*$")  # "Action tracker,,,,,,": a spreadsheet's title row, padded to the sheet's width


def _padded_title(raw_lines: list[str], index: int, kept: list[str]) -> int:
    """A spreadsheet's row with words in its first cell only (a title, a "Last updated ..." note,
    its quoted cell perhaps over a few lines), kept as those words; any other line as it is. The
    line after it."""
    cells, end = _csv_record(raw_lines, index) if raw_lines[index].startswith('"') or PADDED.search(raw_lines[index]) \
        else (None, index + 1)
    if cells and len(cells) > 2 and cells[0].strip() and not any(cell.strip() for cell in cells[1:]):
        kept.append(" ".join(cells[0].split()))
        return end
    kept.append(raw_lines[index])
    return index + 1


MAX_RECORD_LINES = 60  # a quoted cell's lines: a stray quote cannot swallow the rest of the paste


def _csv_record(raw_lines: list[str], index: int) -> tuple[list[str] | None, int]:
    """The cells of the CSV record starting at line `index`, and the line after it: a quoted cell
    may run over many lines (a planner's description, a to-do list's notes of a whole meeting)."""
    end, quotes = index + 1, raw_lines[index].count('"') if index < len(raw_lines) else 0
    while quotes % 2 and end - index < MAX_RECORD_LINES and end < len(raw_lines):
        quotes += raw_lines[end].count('"')
        end += 1
    record = "\n".join(raw_lines[index:end])
    if "," not in record or "\t" in record:
        return None, end
    return next(iter(_csv_read(record.strip()) or []), None), end


def _csv_cells(raw: str) -> list[str] | None:
    if "," not in raw or "\t" in raw:
        return None
    return next(iter(_csv_read(raw.strip()) or []), None)


def _csv_read(text: str, delimiter: str = ",") -> list[list[str]] | None:
    """The CSV rows of a text, or None when the csv module refuses it (a cell of more than 131,072
    characters, as a stray quote in a long upload makes): read as ordinary lines, not a server error."""
    try:
        return list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        return None


# "Minute | Item / discussion | Action | Lead | By when" pasted as text: each item a line "Min 27/031<TAB>Title",
# its discussion on the lines after, the last of them ending in the action's cells ("...<TAB>Action<TAB>JW<TAB>asap")
MINUTE_COLUMN = re.compile(r"^(?:min(?:ute)?s?|item|ref\.?|no\.?|para)$", re.I)
MINUTE_REF = re.compile(r"^(?:min(?:ute)?\.?\s*|item\s+)?\d{1,3}(?:/\d{2,4}|\.\d{1,2})?[a-z]?\.?$", re.I)


def minute_rows(raw_lines: list[str]) -> list[str]:
    """Minutes laid out as a table whose Minute column's cell is on a line with the item's title and
    whose discussion runs over the lines below it, the action's cells after the last: each item put
    back on one TAB row, its title and discussion in one cell, under the header's columns."""
    header = next((index for index, raw in enumerate(raw_lines) if "\t" in raw and _minute_header(raw)), None)
    if header is None:
        return raw_lines
    kept, item, index = raw_lines[: header + 1], [], header + 1
    width = len(raw_lines[header].split("\t"))
    while index < len(raw_lines) and raw_lines[index].strip():
        cells = [cell.strip() for cell in raw_lines[index].split("\t")]
        if MINUTE_REF.match(cells[0]) and len(cells) > 1:
            if len([cell for cell in cells if cell]) > 2:
                return raw_lines  # a whole row on the minute's line: an ordinary table
            if item:
                kept.append(_minute_row(item, width))
            item = [cells[0], cells[1], [], []]
        elif not item or not cells[0]:
            return raw_lines  # text before the first minute, or a row whose item cell is left blank: an ordinary table
        else:
            item[2].append(cells[0])
            item[3] = cells[1:] or item[3]
        index += 1
    if item:
        kept.append(_minute_row(item, width))
    return kept + raw_lines[index:]


def _minute_header(raw: str) -> bool:
    cells = [cell.strip() for cell in raw.split("\t")]
    columns = columns_of(cells)
    return bool(MINUTE_COLUMN.match(cells[0])) and columns is not None and columns.action not in (None, 0)


def _minute_row(item: list, width: int) -> str:
    reference, title, notes, action_cells = item
    text = " ".join([title.rstrip(".") + "." if notes else title, *notes]).strip()
    cells = [reference, text, *action_cells]
    return "\t".join(cells + [""] * (width - len(cells)))


# An action cell or a list item that gives nothing to do: "Noted", "None", "N/A", "Noted – no action", "Carry forward"
# "N/A", "Noted – carried forward", and "None this period – impact will be reported through the QA
# framework" (nothing to do, and why)
NOTHING_TO_DO = re.compile(r"^(?:(?:[-–—]+|n/?a|none|nil|noted|note|for\s+information|info|no\s+(?:further\s+)?action"
                           # (and "Carried forward (action 5)": the log's own action, still open)
                           r"(?:\s+(?:needed|required))?|carr(?:y|ied)\s+forward(?:\s*\((?:action|item|ref)?\s*[\w./-]{1,6}\))?)"
                           r"\s*[.,;:–—-]?\s*)+$|"
                           r"^(?:none|nil|no\s+(?:further\s+)?actions?)(?:\s+(?:this|for\s+this)\s+(?:period|time|quarter|"
                           r"month|round|term))?\s*[–—:-]\s*\S|"
                           # a list item: "None for the referral form", "No changes: ...", "Nothing this time"
                           r"^(?:none|no\s+(?:further\s+)?(?:actions?|changes?|next\s+steps?)|n/?a|nothing)"
                           r"(?:\s+(?:for|on|from|this\s+time)\b|\s*[.:;,–—-]|$)", re.I)


# "Noted - being handled by Transport through their route review. No forum action.": noted, with why
NOTED_BECAUSE = re.compile(r"^noted\s*[-–—.:]\s*\S.*\bno\s+(?:\w+\s+)?action\b", re.I)


def says_nothing_to_do(cell: str) -> bool:
    return bool(NOTHING_TO_DO.match(cell.strip()) or NOTED_BECAUSE.match(cell.strip()))


NO_OWNER_CELL = re.compile(r"^(?:|[-–—]+|n/?a|noted|note|none|for\s+information|info)\.?$", re.I)


def notes_without_owner(body: list[list[str]], columns: Columns, lapsed: Callable[[str], bool] = lambda cell: False) -> list[bool]:
    """For each row of a table with an owner column ("Action by", "Who"): True when that column is
    empty (or "—", "Noted") while other rows name someone. A minute table's rows are all there,
    actions or not; only those with someone to act are actions. A row given a due date is a task
    still, waiting for someone to pick it up (a planner's unassigned task), unless the date is past
    (`lapsed`): a board's row left there so it is not lost ("Stuck", with another body)."""
    if columns.owner is None:
        return [False] * len(body)

    def blank(row: list[str], column: int | None) -> bool:
        return column is None or NO_OWNER_CELL.match(row[column].strip() if column < len(row) else "") is not None

    def undated(row: list[str]) -> bool:
        return blank(row, columns.due) or columns.due is not None and columns.due < len(row) and lapsed(row[columns.due])

    empty = [blank(row, columns.owner) and blank(row, columns.other_owner) and undated(row)
             and not _marked_action(row, columns) for row in body]
    return empty if not all(empty) else [False] * len(body)



# A margin cell's own "ACTION: YO to circulate ..." / "ACTION 4 c/f: LP to finalise ...": marked an action, and
# saying who acts (by initials or name), though the owner column is empty
MARKED_ACTION = re.compile(r"\s*ACTION\b[\w /.]{0,12}:\s*(?:[A-Z]{2,4}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:is\s+to|to|will)\s")


def _marked_action(row: list[str], columns: Columns) -> bool:
    return columns.action is not None and columns.action < len(row) and MARKED_ACTION.match(row[columns.action]) is not None


NEW_STATUS = re.compile(r"^\s*new\b", re.I)
# A column of its own that marks this meeting's rows: "New / re-opened at this Board?", "New this meeting", "New?";
# or a narrow change column, "Chg" holding "NEW" or "AMD" (a PDF wraps them "NE W", "AM D"), "Change", "New / amended"
MARKS_COLUMN = re.compile(r"^\s*new\b(?=.*\?\s*$|\s*(?:/|or|and)\s*re-?opened\b|\s+(?:at|this|since)\b)"  # (not a row's "New")
                          r"(?:\s*(?:/|or|and)\s*re-?opened)?(?:\s+(?:at|this|since)\b.*)?\s*\??\s*$|"
                          r"^\s*(?:chg|change[sd]?|flag|new\s*/\s*(?:amended|amd|changed))\.?\s*$", re.I)
MARKED_NEW = re.compile(r"^\s*(?:new|re-?opened|amd|amended|changed|re-?assigned|yes|y|✓|✔|x)\b", re.I)


def _marked(cell: str) -> bool:
    """A marks column's cell marks its row this meeting's: "NEW", "RE-OPENED", "AMD", or one wrapped ("NE W")."""
    return bool(MARKED_NEW.match(re.sub(r"\s+", "", cell) if len(cell.strip()) <= 6 else cell))


def carried_on(header: list[str], body: list[list[str]], columns: Columns) -> list[bool]:
    """For each row of a log whose Status column marks this meeting's rows "New", or whose column of
    marks does ("NEW", "RE-OPENED" under "New / re-opened at this Board?", "AMD" under "Chg"): True for
    the rows it does not mark (carried on from earlier meetings, in progress or carried forward)."""
    marks = next((at for at, name in enumerate(header) if MARKS_COLUMN.match(name)), None)
    if marks is not None:
        new = [marks < len(row) and _marked(row[marks]) for row in body]
        if any(new) and not all(new):
            return [not each for each in new]
    status = columns.status
    if status is None:
        return [False] * len(body)
    new = [status < len(row) and bool(NEW_STATUS.match(row[status])) for row in body]
    return [not each for each in new] if any(new) else [False] * len(body)


# A column that files each row under a meeting: a planner's bucket ("Board 12/01/27 actions"), a
# "Meeting" or "Source" column. Not "Date raised": an action log's open rows are all still to do.
MEETING_COLUMN = re.compile(r"\b(?:bucket|list|group|meeting|source|raised|added|opened|logged|created)\b", re.I)  # "Date raised", Trello's "List Name"
# A meeting's day written without its year counts where the cell says it is a meeting's ("Actions agreed 14/01"),
# not a bare mark ("NEW 9/11", when a parent raised it)
MEETING_WORDS = re.compile(r"\b(?:meeting|mtg|board|agreed|actions?|follow[- ]?ups?|panel|group|forum|committee|steering)\b", re.I)
NOT_MEETING_COLUMN = re.compile(r"\b(?:due|complet\w*|closed|start\w*|next)\b", re.I)


def not_this_meetings(header: list[str], body: list[list[str]], columns: Columns, meeting_day,
                      dates_in) -> list[str]:
    """For each row, why it is not one of this meeting's new actions ("" when it is): a log whose
    Status column marks this meeting's rows "New" (the others carried on), or a board that files
    every meeting's tasks under a column naming each meeting by its date, some rows under this
    meeting's (a planner's buckets). `dates_in(cell)` gives the days a cell names."""
    kinds = other_kinds(header, body)
    used = {columns.action, columns.owner, columns.due, columns.new_due, columns.status}
    # (a row not marked "New" but filed under this meeting: a board's item on "Actions agreed 09/02", the
    # checklist of the meeting's notes card, beside the cards in its "New actions" list)
    filed = [any(column not in used and MEETING_COLUMN.search(name) and not NOT_MEETING_COLUMN.search(name)
                 and column < len(row) and _names_the_meeting(row[column], meeting_day, dates_in)
                 for column, name in enumerate(header)) for row in body] if meeting_day else [False] * len(body)
    reasons = ["Not marked New: on the log from an earlier meeting" if old and not handed_on_at(row, meeting_day, dates_in)
               and not here else "" for old, row, here in zip(carried_on(header, body, columns), body, filed, strict=True)]
    if any(reasons) or meeting_day is None:
        return [kind or reason for kind, reason in zip(kinds, reasons, strict=True)]
    for column, name in enumerate(header):
        if column in used or not MEETING_COLUMN.search(name) or NOT_MEETING_COLUMN.search(name):
            continue
        cells = merged_cells_filled([row[column].strip() if column < len(row) else "" for row in body], dates_in)
        days = [dates_in(cell) if cell else [] for cell in cells]
        # (a record with no "Created" left, cut off in the copying: not known to be another meeting's; a row
        # linked to this meeting and earlier ones, "Steering Group – 12 Nov 2026,Steering Group – 14 Jan 2027",
        # raised at the first and carried on)
        ours = [meeting_day in each and min(each) >= meeting_day
                or (not each and names_the_day(cell, meeting_day) and MEETING_WORDS.search(cell) is not None)
                or (not cell.strip(" -") and "created" in name.lower())  # (a checklist "Actions agreed 14/01": no year)
                for cell, each in zip(cells, days, strict=True)]
        # (rows filed under another meeting, or under no meeting at all: "In progress", "Done", "Parking lot")
        if any(ours) and any(cell and not mine for cell, mine in zip(cells, ours, strict=True)):
            updated = updated_at(header, body, meeting_day, dates_in)
            ours = [mine or now or handed_on_at(row, meeting_day, dates_in) for mine, now, row in zip(ours, updated, body, strict=True)]
            return [kind or ("" if mine else f"{name.strip()} “{cell}”: not this meeting's" if cell
                             else f"No {name.strip()}: not among this meeting's rows")
                    for kind, cell, mine in zip(kinds, cells, ours, strict=True)]
    return [kind or reason for kind, reason in zip(kinds, reasons, strict=True)]


def merged_cells_filled(cells: list[str], dates_in) -> list[str]:
    """A spreadsheet's column of meetings' days with each day merged over its group of rows: pasted, the
    day shows on the group's first row only and the rest are blank. When every filled cell is a day and
    the first row has one, each blank cell is the day above it."""
    filled = [cell for cell in cells if cell]
    if not cells or not cells[0] or len(filled) == len(cells) or not all(dates_in(cell) for cell in filled):
        return cells
    above = ""
    for at, cell in enumerate(cells):
        above = cell or above
        cells[at] = above
    return cells


def _names_the_meeting(cell: str, meeting_day, dates_in) -> bool:
    """Whether a cell files its row under the meeting of `meeting_day` ("Actions agreed 09/02", "Board
    14/01/27"): its day, with words that say it is a meeting's."""
    return bool(cell.strip()) and MEETING_WORDS.search(cell) is not None \
        and (meeting_day in dates_in(cell) or names_the_day(cell, meeting_day))


# A wide log's column for each meeting's updates ("Update 08/04/27", "Progress at 11 March meeting")
UPDATE_COLUMN = re.compile(r"\b(?:updates?|progress|comments?)\b", re.I)


def updated_at(header: list[str], body: list[list[str]], meeting_day, dates_in) -> list[bool]:
    """For each row of a log that adds a column of updates per meeting, whether this meeting's column
    ("Update 08/04/27" at the meeting of 8 April) has words for it: a row raised at an earlier meeting
    and given an update at this one is still this meeting's business ("No update – c/f" too), unless
    its status says it is done."""
    column = next((at for at, name in enumerate(header) if UPDATE_COLUMN.search(name) and meeting_day in dates_in(name)), None)
    return [column is not None and column < len(row) and bool(row[column].strip(" -–")) for row in body]


# A log's or tool's "Type" of each row: a decision, a risk or an epic (which holds tasks) is no task itself
KIND_COLUMN = re.compile(r"^\s*(?:issue\s+|work\s+item\s+|entry\s+|log\s+)?type\s*$", re.I)
NOT_A_TASK = re.compile(r"^\s*(?:decisions?|risks?|epics?|initiatives?|themes?|information|info|fyi)\s*$", re.I)


def other_kinds(header: list[str], body: list[list[str]]) -> list[str]:
    """For each row, why its "Type" ("Issue Type", "Type") says it is not a task ("" when it is a task)."""
    column = next((at for at, name in enumerate(header) if KIND_COLUMN.match(name)), None)
    kinds = [row[column].strip() if column is not None and column < len(row) else "" for row in body]
    return [f"A {kind.lower()}, not a task" if NOT_A_TASK.match(kind) else "" for kind in kinds]


# An earlier meeting's row given to someone else at this one: "[10/3/2027 AB] Reassigned to Jo Cole at
# steering group", "2 Dec Board: owner changed from X to Y", "Reassigned to ... at the WG today"
# (the verb handing it on is owners.py's `HANDING`, as for a reply's point: "handed over to", "passed to DL", "transferred
# to Jo Cole"; without "over", only to someone named, so "leaflet given to families" hands nothing on)
HANDED_ON = re.compile(r"\b(?:re-?assigned|owner\s+changed|(?:new|change\s+of)\s+owner\b|" + HANDING
                       + r"(?:\s+over\s+to\b|\s+to\s+(?-i:[A-Z]))|"
                       r"lead\s+(?:for\s+this\s+action\s+)?transferred|"  # "the lead for this action transferred"
                       r"re-?opened)", re.I)  # "Closed 13/01. RE-OPENED 03/03: practices still using the old template"

# "Reassigned to OR while MW on leave - by 9 July", "re-assigned from LP to DL": who has the row now
# "Panel agreed this now sits with Liam Porter, due 09/07/27": the same
HANDED_TO = re.compile(r"\b(?:" + HANDING + r"(?:\s+over)?(?:\s+from\s+[\w ]{1,30}?)?\s+to|"
                       r"now\s+(?:sits|rests|lies)\s+with)\s+"
                       r"(?P<who>(?-i:(?!The\b)(?:[A-Z][A-Za-z]?[A-Z][a-z]?|[A-Z]\.?\s[A-Z][a-z'’-]+|[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)))\b"
                       r"(?:[^.;]*?\b(?P<said>by|due)\s+(?P<by>[^.;,()]{3,25}?)\s*(?:[.;,()]|$))?", re.I)

def handed_on_at(row: list[str], meeting_day, dates_in) -> bool:
    """Whether a row's update says it was handed to someone else at this meeting: the words with this
    meeting's date just before them, or with "today" in their sentence."""
    if meeting_day is None:
        return False
    for cell in row:
        for found in HANDED_ON.finditer(cell):
            before = cell[max(0, found.start() - 80):found.start()]
            sentence = re.split(r"[.;\]]\s", cell[found.end():], maxsplit=1)[0]
            # (or the day and month alone: "2 Dec Board: owner changed from ...", "8/6: re-assigned ...",
            # "RE-OPENED 03/03: ...", "Re-assigned at 18/11 meeting", "Re-assigned to GR at 14/07 meeting")
            if meeting_day in dates_in(before) or names_the_day(before, meeting_day) or re.search(r"\btoday\b", sentence, re.I) \
                    or meeting_day in dates_in(sentence) or names_the_day(sentence[:20], meeting_day):
                return True  # "Re-assigned ... at the close-out meeting on 02/12/2027"
    return False


def names_the_day(text: str, day) -> bool:
    """Whether the text names the day by its day and month alone ("2 Dec", "8/6", "14/01")."""
    return re.search(rf"\b0?{day.day}(?:st|nd|rd|th)?\s+{day:%b}|(?<![\d/.])0?{day.day}[/.]0?{day.month}(?![\d/])",
                     text, re.I) is not None


# "Next review", "Date of next meeting": a row that says when the group meets again, not a task
NEXT_OCCASION = re.compile(r"^(?:date\s+of\s+(?:the\s+)?)?next\s+(?:annual\s+)?(?:review|meeting)(?:\s+date)?\.?$", re.I)


LOG_ACTION = re.compile(r"^\s*action\s+(?:no\.?\s*|ref\.?\s*)?[A-Z]{0,3}\d{1,4}\s*[-–—:.]\s*\S", re.I)
LOG_UPDATE = re.compile(r"^\s*(?:update|progress|status)\s*[:-]", re.I)


def reviewed_log_actions(raw_lines: list[str]) -> list[str]:
    """An action log gone through in matters arising: "Action 041 - LH to audit ..." with an "Update:"
    line under it is an old action reviewed, not a new one, so it is dropped; the update, with any
    "new action raised: ...", is kept."""
    kept: list[str] = []
    for number, raw in enumerate(raw_lines):
        following = next((line for line in raw_lines[number + 1:number + 3] if line.strip()), "")
        if LOG_ACTION.match(raw) and LOG_UPDATE.match(following):
            continue
        kept.append(raw)
    return kept


# "Action / owner / by", "Actions (lead, date)": one column whose cells stack each action's words,
# its owner and its date on lines of their own, a blank line before the next action
STACKED_COLUMN = re.compile(r"^\s*actions?\s*(?:[/,&(–—-]|\band\b)\s*(?:owners?|leads?|who|by\s+whom|responsible)\b",
                            re.I)
_OWNER_LINE = re.compile(r"^[A-Z][\w&.'’ -]{0,40}$")
# Where a stacked cell's next entry starts: a blank line, or a line of its own headed "ACTION:" /
# "Action 3 - complete" / "ACTION 4 c/f:" (a margin cell listing its row's actions and outcomes one a line)
NEW_ENTRY = re.compile(r"\n\s*\n|\n(?=\s*(?:ACTION\b|Action\s+\d))")


def unstacked(rows: list[list[str]], *, is_date) -> list[list[str]]:
    """A table whose header names one column for the action, its owner and its date (a minutes page
    with actions in a margin column) as a table of its own Action, Owner and Due columns: a cell's
    actions (apart by a blank line) become rows of their own, its last lines the owner and the date.
    Cells are given with their line breaks; other tables come back as they are."""
    if not rows:
        return rows
    stacked = next((index for index, cell in enumerate(rows[0]) if STACKED_COLUMN.match(cell)), None)
    if stacked is None:
        return rows
    header = rows[0][:stacked] + ["Action", "Owner", "Due"] + rows[0][stacked + 1:]
    table = [header]
    for row in rows[1:]:
        before, cell, after = row[:stacked], row[stacked] if stacked < len(row) else "", row[stacked + 1:]
        groups = [group for group in re.split(NEW_ENTRY, cell) if group.strip()] or [""]
        # a later action in the cell: the row's item number again (so it stays a row), its other cells once
        number = [before[0] if len(before[0]) <= 6 else ""] if before else []
        again = number + [""] * (len(before) - len(number))
        for count, group in enumerate(groups):
            table.append((before if count == 0 else again) + _action_owner_due(group, is_date)
                         + (after if count == 0 else [""] * len(after)))
    if not any(row[stacked + 2] for row in table[1:]):  # "Action and lead officer | Timescale": no date stacked
        table = [row[:stacked + 2] + row[stacked + 3:] for row in table]
    return table


def _action_owner_due(group: str, is_date) -> list[str]:
    """One stacked action's lines as [action, owner, due]: a last line that reads as a date is the
    due date, and a short capitalised line before it the owner ("MW", "All members", "Clerk");
    the lines before them are the action's words, wrapped."""
    lines = [" ".join(line.split()) for line in group.splitlines() if line.strip()]
    said = LEAD_SAID.search(" ".join(lines))  # "... in plain English. Lead: Head of\nTransport.": wrapped
    if said:
        return [said.string[:said.start()].strip(), said.group("who").strip(), ""]
    if len(lines) > 1 and WRAPPED_MID_SENTENCE.search(lines[-2]):  # "... Working Group since\nOctober 2026.": prose
        return [" ".join(lines), "", ""]
    # (not "Letters home - done (26/02)": the day something was done, a note, not a due date)
    done = any(DONE.match(part) for part in re.split(r"\s[–—-]\s", lines[-1])[1:]) if lines else False
    due = lines.pop() if len(lines) > 1 and is_date(lines[-1]) and not done else ""
    owner = lines.pop() if len(lines) > 1 and _OWNER_LINE.match(lines[-1]) and len(lines[-1].split()) <= 5 else ""
    return [" ".join(lines), owner, due]


# "... has been a member since\nOctober 2026": a sentence wrapped onto the next line, not an owner or a date under it
WRAPPED_MID_SENTENCE = re.compile(r"\b(?:since|from|in|of|the|a|an|and|or|to|for|on|at|with|until|during|after|before)$")
# "... setting out appeal rights. Lead: Head of Transport.": the owner named at the end of the action's words
LEAD_SAID = re.compile(r"(?<=[.;])\s*(?:lead(?:\s+officer)?|owner|responsible(?:\s+officer)?)\s*:\s*(?P<who>[A-Z][^:.;]{1,80})\.?$",
                       re.I)


# A task tool's JSON export pasted in (Jira's "Export > JSON", Trello, Planner's API): each task's own
# fields, however the tool nests them
JSON_TITLE = ("summary", "title", "name", "subject", "content", "description")
JSON_OWNER = ("assignee", "assignees", "owner", "ownerDisplayName", "assignedTo", "assigned_to", "responsible",
              "components")  # no one: the team; ClickUp's "assignees", never its "creator" or "watchers"
JSON_DUE = ("duedate", "dueDate", "due_date", "due", "dueOn", "due_on", "deadline")  # Asana's "due_on"
JSON_CREATED = ("created", "created_at", "createdDateTime", "createdAt", "date_created")  # ClickUp's "date_created"
JSON_NOTES = ("notes", "description", "desc")
# Each task as a row: (title, owner, due, status, created, notes); "Created" files it under a meeting, its notes
# may say it was handed on at this one
Task = tuple[str, str, str, str, str, str]
JSON_HEADER = "Action\tOwner\tDue\tStatus\tCreated\tNotes"
BOARD_HEADER = "Action\tOwner\tDue\tStatus\tList\tNotes"  # a board's tasks: the list each is in, not when it was made
JSON_STATUS = ("status", "state", "progress")
JSON_CONTAINERS = {"epic", "initiative", "theme"}  # holds tasks; not a task itself
JSON_MEETINGS = {"meeting", "appointment", "event", "call", "visit"}  # a record of one, with its notes
JSON_DECODER = json.JSONDecoder()


# A JSON string holding a web page's markup: a CRM's "notes_html", "<p>Thanks all ...<br>1. ...</p>"
MARKED_UP = re.compile(r"<(?:p|br|div|li|ul|ol|b|strong|em|span|h[1-6])\b[^<>]{0,200}>", re.I)


def json_rows(raw_lines: list[str], as_text: Callable[[str], str] = str) -> list[str]:
    """A JSON export of tasks pasted as text, as a table's TAB rows (Action, Owner, Due, Status);
    other lines as they are. An export starts on a line beginning "{" or "[" and ends where its
    value does, with nothing after it on that line; each such line is tried once, and the decoder
    stops at the first character that is not JSON, so prose with brackets costs little. `as_text`
    gives the words of a string of markup the export holds."""
    text = "\n".join(raw_lines)
    if "{" not in text and "[" not in text:
        return raw_lines
    kept, index, at = [], 0, 0  # `at`: where line `index` starts in the text
    cut_short_tried_to = 0  # a stretch of lines read as an export cut short is not read again from each line
    while index < len(raw_lines):
        raw = raw_lines[index]
        begins = at + len(raw) - len(raw.lstrip())
        tasks, lines, notes, header = _json_export(text, begins, as_text) if raw.lstrip()[:1] in ("{", "[") \
            else ([], 0, [], JSON_HEADER)
        if not tasks and not notes and raw.lstrip()[:1] in ("{", "[") and index >= cut_short_tried_to:
            tasks, lines, cut_short_tried_to = _json_cut_short(raw_lines, index)
        if not tasks and not notes:
            kept.append(raw)
            lines = 1
        if notes:  # (a board's notes card, then its cards as a table)
            kept.extend(line for note in notes
                        for line in (as_text(note) if MARKED_UP.search(note) else note).splitlines() or [""])
        if tasks:  # (a cell's line breaks, "\r\n" in a card's text, would break its row)
            kept.extend(["", header, *("\t".join(" ".join((cell or "-").split()) for cell in task)
                                            for task in tasks), ""])
        for _ in range(lines):
            at += len(raw_lines[index]) + 1
            index += 1
    return kept


def _json_export(text: str, begins: int,
                 as_text: Callable[[str], str] = str) -> tuple[list[Task], int, list[str], str]:
    """The tasks of the JSON value starting at `begins`, how many lines it takes, and, when it names
    no tasks, the lines of the notes it holds (a notes app's export), and the header for its tasks;
    ([], 0, [], ...) when no value starts there, something follows it on its last line, or it holds neither."""
    try:
        data, ends = JSON_DECODER.raw_decode(text, begins)
    except (ValueError, RecursionError):  # not JSON; "[[[[..." nested deeper than Python recurses
        return [], 0, [], JSON_HEADER
    line_end = text.find("\n", ends)
    if text[ends: line_end if line_end >= 0 else len(text)].strip():
        return [], 0, [], JSON_HEADER
    data = _mojibake_mended(data)
    lines = text.count("\n", begins, ends) + 1
    scanned = _ocr_result_lines(data)
    if scanned:  # a scanned page's text as an OCR service read it, line by line
        return [], lines, scanned, JSON_HEADER
    chat = _json_chat(data, as_text)
    if chat:  # a chat's export (Slack, Discord, Teams, Telegram): each message a chat line, said by its sender
        return [], lines, chat, JSON_HEADER
    board = _trello_board(data)
    if board is not None:  # a Trello board: its notes cards, then its cards and checklists' items as tasks
        return board[0], lines, board[1], BOARD_HEADER
    tasks = list(_json_tasks(data))
    notes = [] if tasks else _json_notes(data)
    if (tasks or not notes) and _json_prose(data):  # a committee system's minutes: their words and their tasks
        tasks, notes = [], _json_document(data)
    return (tasks, lines, notes, JSON_HEADER) if tasks or notes else ([], 0, [], JSON_HEADER)


MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf]")  # "â\u0080\u0099" for "’": UTF-8's bytes read one by one


def _mojibake_mended(data, depth: int = 0):
    """The strings of an export that wrote UTF-8's bytes as characters one by one (Facebook's "Download your
    information": "hereâ\u0080\u0099s", "ð\u009f\u0093¢" for "here’s", an emoji) read as the characters they
    were; other strings, and other exports, as they are."""
    if depth > 60:
        return data
    if isinstance(data, str):
        if not MOJIBAKE.search(data):
            return data
        try:
            return data.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return data
    if isinstance(data, list):
        return [_mojibake_mended(each, depth + 1) for each in data]
    if isinstance(data, dict):
        return {key: _mojibake_mended(value, depth + 1) for key, value in data.items()}
    return data


def _ocr_result_lines(data) -> list[str]:
    """The lines of a cloud OCR service's JSON result, its misreadings mended: Azure's "read" model
    ("analyzeResult": {"content": "ACTION SHEET\\nNo.\\nAction ..."}, or an older one's "readResults"
    of "lines"), Google Vision's "fullTextAnnotation": {"text": ...}, Textract's "Blocks" of type
    "LINE"; [] for any other JSON."""
    if not isinstance(data, dict):
        return []
    result = data.get("analyzeResult") if isinstance(data.get("analyzeResult"), dict) else {}
    responses = data.get("responses") if isinstance(data.get("responses"), list) else [data]
    texts = [result.get("content")] if isinstance(result.get("content"), str) else \
        ["\n".join(str(line.get("text") or "") for page in _listed(result.get("readResults"))
                   for line in _listed(page.get("lines") if isinstance(page, dict) else None) if isinstance(line, dict))]
    texts += [each["fullTextAnnotation"].get("text") for each in responses
              if isinstance(each, dict) and isinstance(each.get("fullTextAnnotation"), dict)]
    texts += ["\n".join(str(block.get("Text") or "") for block in _listed(data.get("Blocks"))
                        if isinstance(block, dict) and block.get("BlockType") == "LINE")]
    lines = [line for text in texts if isinstance(text, str) for line in text.splitlines()]
    return ocr_mended(["", *lines, ""], scanned=True) if any(line.strip() for line in lines) else []


def _trello_board(data) -> tuple[list[Task], list[str]] | None:
    """A Trello board's JSON export: each card (and each checklist's item) a task, its members by name, its
    due date, and done where Trello says so (due complete, archived, or in a list such as "Done" or
    "Parked"); a card with no one and no date (the meeting's notes) its name and description as notes."""
    if not (isinstance(data, dict) and isinstance(data.get("cards"), list) and isinstance(data.get("lists"), list)):
        return None
    members = {_key(each.get("id")): str(each.get("fullName") or each.get("username") or "")
               for each in _listed(data.get("members")) if isinstance(each, dict)}
    lists = {_key(each.get("id")): ("Archived" if each.get("closed") else str(each.get("name") or ""))
             for each in data["lists"] if isinstance(each, dict)}
    tasks, notes, cards = [], [], {}
    for card in (each for each in data["cards"] if isinstance(each, dict) and str(each.get("name") or "").strip()):
        cards[_key(card.get("id"))] = card
        owners = ", ".join(members[_key(each)] for each in _listed(card.get("idMembers")) if members.get(_key(each)))
        due = _json_day(str(card.get("due") or ""))[:10]
        if not owners and not due:
            notes.extend([str(card["name"]), str(card.get("desc") or ""), ""])
            continue
        listed = lists.get(_key(card.get("idList")), "")
        status = "Complete" if card.get("dueComplete") else "Archived" if card.get("closed") else listed
        # (its list, "Agreed at meeting 14/01/27" or "In progress", files it under a meeting or none; its
        # description may say it was handed on at this one: "Re-assigned at 14 Jan meeting to Mary")
        tasks.append((str(card["name"]), owners, due, status, listed, str(card.get("desc") or "")))
    for checklist in (each for each in _listed(data.get("checklists")) if isinstance(each, dict)):
        card = cards.get(_key(checklist.get("idCard")), {})
        listed = " / ".join(name for name in (lists.get(_key(card.get("idList")), ""), str(checklist.get("name") or "")) if name)
        for item in (each for each in _listed(checklist.get("checkItems")) if isinstance(each, dict) and each.get("name")):
            status = "Complete" if item.get("state") == "complete" else "Archived" if card.get("closed") else \
                lists.get(_key(card.get("idList")), "")
            tasks.append((str(item["name"]), members.get(_key(item.get("idMember")), ""), _json_day(str(item.get("due") or ""))[:10], status,
                          listed, ""))  # (its checklist's name files it too: "Meeting notes / Actions agreed 14/01")
    return (tasks, notes) if tasks else None


def _key(value) -> str:
    """An export's id as a key, whatever it holds (a list where a string should be is no crash)."""
    return value if isinstance(value, str) else repr(value)


def _listed(value) -> list:
    return value if isinstance(value, list) else []


NUMBERED_PARAGRAPH = re.compile(r"(?<=[.!?])\s+(?=\d{1,3}\.\d{1,2}\s+[A-Z])")
JSON_PROSE_WORDS = 12  # a string this long outside a task is a paragraph of the minutes, not a field
JSON_TITLED = ("title", "name", "heading", "subject")
JSON_PRESENT = re.compile(r"attend|present|members|participants", re.I)
JSON_AWAY = re.compile(r"^\s*(?:apologies|absent|sent\s+apologies|did\s+not\s+attend)\b", re.I)


def _json_prose(data, depth: int = 0) -> bool:
    """Whether the JSON holds text of its own beyond its tasks' fields: a minute's paragraphs."""
    if depth > 8:
        return False
    if isinstance(data, str):
        return len(data.split()) >= JSON_PROSE_WORDS
    if isinstance(data, list):
        return any(_json_prose(each, depth + 1) for each in data)
    return isinstance(data, dict) and _json_task(data) is None and not _task_shaped(data) \
        and any(_json_prose(each, depth + 1) for each in data.values())


def _json_document(data, key: str = "", depth: int = 0) -> list[str]:
    """A JSON export of minutes (a committee system's API: agenda items, their minute text, their
    resolutions and action points, an action register) as the document it stands for: each item's
    title a heading, its text a paragraph, a list of sentences a list under its key's words
    ("Resolutions"), tasks a table, and who was there a line of names."""
    if depth > 8:
        return []
    if isinstance(data, str):  # "13.1 Kieran reported ... 13.2 The PfA Lead undertook ...": a paragraph each
        return [line for part in NUMBERED_PARAGRAPH.split(data) for line in ("", part.strip(), "")] \
            if len(data.split()) >= JSON_PROSE_WORDS else []
    if isinstance(data, list):
        if data and all(isinstance(each, str) for each in data):
            said = [each for each in data if len(each.split()) >= 3]
            return ["", _json_key_words(key) + ":", *(f"- {each}" for each in said), ""] if said else []
        tasks = [task for each in data if (task := _json_task(each)) is not None]
        if tasks and len(tasks) == len(data):
            return ["", _json_key_words(key), "", JSON_HEADER,
                    *("\t".join(" ".join(cell.split()) or "-" for cell in task) for task in tasks), ""]
        people = [each for each in data if isinstance(each, dict) and isinstance(each.get("name"), str)]
        if JSON_PRESENT.search(key) and people and len(people) == len(data):
            away = [each["name"] for each in people if any(isinstance(value, str) and JSON_AWAY.match(value)
                                                            for value in each.values())]
            return ["", "Present: " + ", ".join(each["name"] for each in people if each["name"] not in away), "",
                    *(["Apologies: " + ", ".join(away), ""] if away else [])]
        return [line for each in data for line in _json_document(each, key, depth + 1)]
    if not isinstance(data, dict):
        return []
    below = [line for name, value in data.items() for line in _json_document(value, name, depth + 1)]
    title = next((data[name] for name in JSON_TITLED if isinstance(data.get(name), str)
                  and 0 < len(data[name].split()) < JSON_PROSE_WORDS), "")
    return ["", title, "", *below] if below and title else below


def _json_key_words(key: str) -> str:
    """ "actionPoints" as "Action points"; "resolutions" as "RESOLVED", as a clerk heads them."""
    if re.fullmatch(r"resolutions?|resolved", key, re.I):
        return "RESOLVED"
    words = re.sub(r"(?<=[a-z])(?=[A-Z])|_", " ", key).strip()
    return words[:1].upper() + words[1:].lower()


# A phone's messages exported as CSV (iMazing's, an Android backup's): "Chat Session,Message Date,...,Type,Sender
# Name,Status,...,Text", a row a message; "Outgoing" rows, their sender left blank, are the phone owner's
MESSAGE_COLUMN = re.compile(r"^\s*(?:text|message(?:\s+(?:text|body))?|body|content)\s*$", re.I)
SENDER_COLUMN = re.compile(r"^\s*(?:sender(?:\s+name)?|from|contact(?:\s+name)?)\s*$", re.I)  # (a contact: with a direction)
SENT_COLUMN = re.compile(r"^\s*(?:(?:message|sent)\s+)?(?:date|time|date\s*(?:and|&|/)\s*time|timestamp)\s*$", re.I)
DIRECTION_COLUMN = re.compile(r"^\s*(?:type|direction)\s*$", re.I)
MESSAGE_STATUS_COLUMN = re.compile(r"^\s*(?:status|delivery\s+status)\s*$", re.I)
SENT_OUT = re.compile(r"^\s*(?:outgoing|sent|outbound)\s*$", re.I)
NOT_SENT = re.compile(r"^\s*(?:not\s+delivered|failed|unsent|not\s+sent)\s*$", re.I)  # (sent again, as the next row)
# "Thanks Anne", "Hi Anne,": the name the phone's owner is greeted by in the messages they were sent
GREETED = re.compile(r"\b(?i:hi|hello|hiya|hey|(?:good\s+)?(?:morning|afternoon|evening)|thanks|thank\s+you|cheers|dear)\s+(?P<name>[A-Z][a-z'’-]+)\b")


def messages_rows(raw_lines: list[str]) -> list[str]:
    """A phone's messages exported as CSV (`MESSAGE_COLUMN` ...), each row a chat's line ("[07/06/2027, 08:12]
    Mary Walker: ..."), so that "I'll" is the sender's and a request is the answerer's; the phone owner's own
    messages by the name the others greet them with ("Thanks Anne"), or "Me"; a message that was not delivered
    left out. Other texts as they are."""
    for index, raw in enumerate(raw_lines):
        if raw.count(",") >= 2 and re.search(r"\b(?:sender|from|type|direction)\b", raw, re.I):
            header = _csv_cells(raw)
            if header and _messages_export(header):
                rows, end = _records_under(raw_lines, index, header)
                if len(rows) >= MIN_CHAT_MESSAGES:
                    return [*raw_lines[:index], "", *_messages_as_chat(rows, header), "", *raw_lines[end:]]
    return raw_lines


def _messages_export(header: list[str]) -> bool:
    """A header of messages: their words, when each was sent, and who sent it (or which way it went)."""
    def has(column: re.Pattern) -> bool:
        return any(column.match(cell) for cell in header)

    columns = columns_of(header)
    sent_by = any(SENDER_COLUMN.match(cell) and not re.search(r"contact", cell, re.I) for cell in header)
    return has(MESSAGE_COLUMN) and has(SENT_COLUMN) and (sent_by or has(DIRECTION_COLUMN)) \
        and not _board_export(header) and (columns is None or columns.action is None)  # (not a board's, nor a log's)


def _records_under(raw_lines: list[str], index: int, header: list[str]) -> tuple[list[list[str]], int]:
    """The CSV records under an export's header at `index` (as many cells as it has), and the line after them."""
    rows, end = [], index + 1
    while end < len(raw_lines):
        cells, after = _csv_record(raw_lines, end)
        if len(cells or []) != len(header):
            break
        rows.append(cells)
        end = after
    return rows, end


def _messages_as_chat(rows: list[list[str]], header: list[str]) -> list[str]:
    """Each message a chat's line: its sender's name (the phone owner's, `_phone_owner`, for a message sent from
    it), its words; a copy that was not delivered (sent again as the next row) left out."""
    def column(found: re.Pattern) -> int | None:
        return next((at for at, cell in enumerate(header) if found.match(cell)), None)

    said, sent, sender = column(MESSAGE_COLUMN), column(SENT_COLUMN), column(SENDER_COLUMN)
    direction, status = column(DIRECTION_COLUMN), column(MESSAGE_STATUS_COLUMN)

    def own(cells: list[str]) -> bool:
        return direction is not None and bool(SENT_OUT.match(cells[direction]))

    senders = {" ".join(cells[sender].split()) for cells in rows if not own(cells)} - {""} if sender is not None else set()
    owner = _phone_owner([cells[said] for cells in rows if not own(cells)], senders)
    lines = []
    for cells in rows:
        who = " ".join(cells[sender].split()) if sender is not None and not own(cells) else ""
        who = who or (owner if own(cells) or direction is None else "")  # (an export leaves its owner's sender blank)
        if (status is not None and NOT_SENT.match(cells[status])) or not cells[said].strip() or not who:
            continue
        first, *rest = cells[said].strip().split("\n")
        try:
            moment = f"{datetime.fromisoformat(cells[sent].strip()):%d/%m/%Y, %H:%M}"
        except ValueError:  # a time written some other way
            moment = "00:00"
        lines += [f"[{moment}] {who}: {first}", *rest]
    return lines


def _phone_owner(received: list[str], senders: set[str]) -> str:
    """The name the phone's owner goes by: the one the messages sent to them greet most ("Thanks Anne", "Hi Anne,"),
    not one of the senders' own; else "Me"."""
    theirs = {name.split()[0] for name in senders}
    greeted = Counter(found.group("name") for words in received for found in GREETED.finditer(words)
                      if found.group("name") not in theirs)
    return greeted.most_common(1)[0][0] if greeted else "Me"


JSON_SAID = ("text", "content", "body", "message")
JSON_STAMP = ("ts", "timestamp_ms", "timestamp", "date", "createdDateTime", "created_at", "time")
JSON_SENDER = ("user_profile", "author", "from", "sender", "sender_name")
JSON_CHAT_MENTION = re.compile(r"<@!?(?P<id>[\w.-]+)(?:\|(?P<name>[^<>]{1,60}))?>")  # Slack's "<@U05QW1LP2|liam.porter>"
MIN_CHAT_MESSAGES = 3


def _json_chat(data, as_text: Callable[[str], str] = str) -> list[str]:
    """A chat export's messages as the lines of a chat ("[08/12/2026, 16:05] Mary Walker: ..."), each
    sender by name (a Slack ID looked up in the export's users), its mentions by name; [] when the JSON
    holds no list of messages with senders."""
    messages = _json_messages(data)
    if len(messages) < MIN_CHAT_MESSAGES:
        return []
    people = {str(each["id"]): _json_person(each) for each in _json_people(data)}
    # a channel's day file has no users list: each sender's ID is named by their own messages' profiles
    people |= {str(message["user"]): name for message, _ in messages if message.get("user") and str(message["user"])
               not in people and (name := _json_person(message.get("user_profile") or ""))}
    lines = [""]
    for message, said in sorted(messages, key=_json_thread_order):
        who = _json_person(next((message[name] for name in JSON_SENDER if message.get(name)), "")) \
            or people.get(str(message.get("user")), "")
        words = JSON_CHAT_MENTION.sub(lambda found: "@" + (people.get(found.group("id")) or found.group("name")
                                                           or found.group("id")), said)
        words = as_text(words) if MARKED_UP.search(words) else words  # Teams' "<p>I'll send ...</p>"
        words = EMOJI_CODE.sub("", words)  # Slack's ":+1:" and ":face_palm:", its emoji as typed
        if who and words.strip():
            first, *rest = _as_sent(words).strip().split("\n")
            moment = _json_moment(message)
            lines += [f"[{moment:%d/%m/%Y, %H:%M}] {_as_sent(who)}: {first}" if moment else f"[00:00] {who}: {first}", *rest]
    return [*lines, ""] if len(lines) > MIN_CHAT_MESSAGES else []


def _json_thread_order(pair: tuple[dict, str]) -> tuple[datetime, datetime]:
    """Where a message goes in the chat: by when its thread began (Slack's "thread_ts", the first message's
    "ts"), then by when it was sent, so that a thread's replies follow the message they answer, as Slack shows them."""
    sent = _json_moment(pair[0]) or datetime.min.replace(tzinfo=UTC)
    began = _json_moment({"ts": pair[0]["thread_ts"]}) if pair[0].get("thread_ts") else None
    return min(began or sent, sent), sent


def _json_messages(data, depth: int = 0) -> list[tuple[dict, str]]:
    """The (message, its words) of the first list in the data whose items are messages, with their replies."""
    if depth > 4:
        return []
    if isinstance(data, list):
        found = [(each, said) for each in data if isinstance(each, dict) and (said := _json_said(each))
                 and any(name in each for name in ("user", *JSON_SENDER))]
        # (with their replies: Slack's "replies", a Facebook post's "comments": {"data": [...]})
        threads = [pair for message, said in found for pair in [(message, said), *_json_messages(
            message.get("replies") or (message.get("comments") or {}).get("data") if isinstance(
                message.get("comments") or {}, dict) else message.get("replies"), depth + 1)]]
        return threads if len(threads) >= MIN_CHAT_MESSAGES and found and 2 * len(found) >= len(data) else []
    if isinstance(data, dict):
        return next((found for value in data.values() if (found := _json_messages(value, depth + 1))), [])
    return []


def _json_said(message: dict) -> str:
    """A message's words: its "text", or Teams' "body": {"content": "<p>...</p>"}."""
    for name in JSON_SAID:
        value = message.get(name)
        value = value.get("content") if isinstance(value, dict) else value
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _json_people(data) -> list[dict]:
    """An export's list of its users ("users": [{"id": "U05QW1LP2", "real_name": "Liam Porter"}]), or []."""
    users = data.get("users") if isinstance(data, dict) else None
    return [each for each in users if isinstance(each, dict) and "id" in each] if isinstance(users, list) else []


def _json_person(value) -> str:
    """A sender's name: "Liam Porter" from {"real_name": ...}, {"nickname": ...} or a plain string."""
    if isinstance(value, str):
        return value.strip()
    if not isinstance(value, dict):
        return ""
    if isinstance(value.get("user"), dict):  # Teams: "from": {"user": {"displayName": "Kemi Adams"}}
        return _json_person(value["user"])
    return next((value[name].strip() for name in ("real_name", "displayName", "nickname", "global_name", "name",
                                                  "display_name") if isinstance(value.get(name), str) and value[name].strip()), "")


def _json_moment(message: dict) -> datetime | None:
    """When a message was sent: Slack's "ts" counts seconds since 1970, Facebook's "timestamp_ms"
    milliseconds; others write the time out ("2027-01-14T19:02:11+00:00")."""
    value = str(next((message[name] for name in JSON_STAMP if message.get(name)), ""))
    try:
        if re.fullmatch(r"\d{9,11}(?:\.\d+)?|\d{12,14}", value):
            return datetime.fromtimestamp(float(value) / (1000 if len(value.split(".")[0]) > 11 else 1), tz=UTC)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):  # not a time, or one no calendar reaches
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _as_sent(text: str) -> str:
    """Facebook's export writes each UTF-8 byte as a character ("donâ\x80\x99t"): the words as typed."""
    try:
        return text.encode("latin-1").decode("utf-8") if re.search(r"[\u00c2-\u00f4][\u0080-\u00bf]", text) else text
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


JSON_NOTE_TEXT = ("textContent", "text", "content", "body", "note")
JSON_NOTE_LIST = ("listContent", "checklist", "checkItems", "items")


def _json_notes(data, depth: int = 0) -> list[str]:
    """The lines of each note in a notes app's JSON export (Google Keep's Takeout): its title, its
    text line by line, and its checklist's items as a task list ("[x] ..." ticked, "[ ] ..." not);
    a note in the bin left out."""
    if depth > 6:
        return []
    if isinstance(data, list):
        return [line for each in data for line in _json_notes(each, depth + 1)]
    if not isinstance(data, dict) or data.get("isTrashed") is True:
        return []
    text = next((data[name] for name in JSON_NOTE_TEXT if isinstance(data.get(name), str) and "\n" in data[name]), "")
    listed = next((data[name] for name in JSON_NOTE_LIST if isinstance(data.get(name), list)
                   and any(isinstance(item, dict) and isinstance(item.get("text"), str) for item in data[name])), [])
    if not text and not listed:
        return [line for value in data.values() if isinstance(value, list | dict) for line in _json_notes(value, depth + 1)]
    title = data.get("title") if isinstance(data.get("title"), str) else ""
    items = [f"- {'[x]' if item.get('isChecked') or item.get('checked') else '[ ]'} {item['text']}"
             for item in listed if isinstance(item, dict) and isinstance(item.get("text"), str)]
    return ["", title, "", *text.split("\n"), *items, ""] if title else ["", *text.split("\n"), *items, ""]


def _json_cut_short(raw_lines: list[str], index: int) -> tuple[list[Task], int, int]:
    """The tasks of an export that does not parse whole (copied from a browser, cut off mid-task):
    read one element at a time, from each line that starts one, up to the first blank line; the
    last, cut off, read as far as it goes. Then how many lines they take (0 when no element
    reads) and the line the stretch read ends at."""
    end = next((number for number in range(index, len(raw_lines)) if not raw_lines[number].strip()), len(raw_lines))
    fragment = "\n".join(raw_lines[index:end])
    tasks, read_to, at = [], 0, 0
    for raw in raw_lines[index:end]:
        start = at + len(raw) - len(raw.lstrip(" ,"))
        at += len(raw) + 1
        if start < read_to or fragment[start:start + 1] != "{" or start == 0:
            continue  # inside the element read before, not an element's start, or the export's own opening
        try:
            data, read_to = JSON_DECODER.raw_decode(fragment, start)
        except (ValueError, RecursionError):
            data, read_to = _json_closed(fragment[start:]), len(fragment)
        tasks.extend(_json_tasks(data))
    return (tasks, end - index, end) if tasks else ([], 0, end)


def _json_closed(cut: str):
    """A JSON object cut off part way, read up to its last whole field, its brackets closed; None
    when that does not read."""
    stack, in_string, escaped, commas = [], False, False, []
    for position, char in enumerate(cut):
        if in_string:
            escaped, in_string = (not escaped and char == "\\"), in_string and (escaped or char != '"')
            continue
        if char == '"':
            in_string = True
        elif char in "{[":
            stack.append("}" if char == "{" else "]")
        elif char in "}]" and stack:
            stack.pop()
        elif char == "," and len(commas) < 2000:
            commas.append((position, "".join(reversed(stack))))
    for position, closers in reversed(commas[-50:]):
        try:
            return json.loads(cut[:position] + closers)
        except (ValueError, RecursionError):
            continue
    return None


def _json_tasks(data, depth: int = 0):
    """(title, owner, due, status) of each object in the data that names a task and who or when."""
    if depth > 6:
        return
    if isinstance(data, list):
        for each in data:
            yield from _json_tasks(each, depth + 1)
        return
    if not isinstance(data, dict):
        return
    fields = data.get("fields") if isinstance(data.get("fields"), dict) else data  # Jira nests them
    if _json_text(fields, ("issuetype", "type")).casefold() in JSON_CONTAINERS:
        return
    task = _json_task(fields)
    if task is not None:
        yield task
        yield from _json_tasks(fields.get("subtasks") if isinstance(fields.get("subtasks"), list) else [], depth + 1)
        return  # (Asana's subtasks, each a task of its own)
    for value in data.values():
        if isinstance(value, list | dict):
            yield from _json_tasks(value, depth + 1)


def _json_task(data) -> Task | None:
    """(title, owner, due, status, created, notes) of an object that names a task and who or when; else None."""
    if not isinstance(data, dict):
        return None
    fields = data.get("fields") if isinstance(data.get("fields"), dict) else data  # Jira nests them
    if _json_text(fields, ("issuetype", "type")).casefold() in JSON_CONTAINERS | JSON_MEETINGS:
        return None  # an epic holds tasks; a CRM's meeting its notes
    title, notes = _json_text(fields, JSON_TITLE), _json_text(fields, JSON_NOTES)
    owner, due = _json_text(fields, JSON_OWNER) or owner_in_notes(notes), _json_day(_json_text(fields, JSON_DUE))
    if title and (owner or due) and not isinstance(fields.get("issues"), list):
        status = "Complete" if fields.get("completed") is True else _json_text(fields, JSON_STATUS)  # Asana's
        return (" ".join(title.split()), owner, due, status, _json_day(_json_text(fields, JSON_CREATED))[:10],
                "" if notes == title else notes)
    return None


NOTED_OWNER = re.compile(r"\b(?i:owner):\s*(?P<who>[A-Z][\w'’&/ -]{1,40}?)\s*(?:[.;(\n]|$)|"
                         # "Jo Bennett (treasurer) to complete; Tom to sign off": the task itself, done by a named person
                         r"(?:^|(?<=[.;!]\s))(?P<doer>[A-Z][a-z'’-]+\s[A-Z][a-z'’-]+)(?:\s\([^()]{1,40}\))?\s+"
                         r"(?:to|will)\s+(?:complete|do|lead\s+on|lead|own|finish|submit)\b(?!\s+(?:the|a|an|her|his|their)\b)")


def _json_day(value: str) -> str:
    """A field's date as written; one stored as milliseconds since 1970 (ClickUp's "due_date":
    "1807830000000"), or as a moment in UTC (Trello's "2027-04-15T23:00:00.000Z", midnight in a British
    summer), as the partnership's day at that moment ("2027-04-16")."""
    if not re.fullmatch(r"\d{12,14}|\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)", value.strip()):
        return value
    moment = _json_moment({"timestamp_ms": value.strip()})
    return local_day(moment, local_zone()).isoformat() if moment else value


# "Unassigned in Planner - Grace said in the meeting she'd pick this up", "Omar has offered to pick it up"
PICKED_UP = re.compile(r"\b(?P<taker>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)\s+(?:said\s+(?:in\s+the\s+meeting\s+)?"
                       r"(?:she|he|they)(?:['’]d|\s+would)|(?:has\s+)?(?:offered|agreed)\s+to|will|is\s+going\s+to)\s+"
                       + TAKE_IT_ON)


def owner_in_notes(notes: str) -> str:
    """A task left unassigned in the tool, whose notes say "Owner: Head of SEND (on leave today ...)",
    "Jo Bennett (treasurer) to complete" or "Grace said in the meeting she'd pick this up": that owner."""
    found = NOTED_OWNER.search(notes)
    taken = PICKED_UP.search(notes) if found is None else None
    return (found.group("who") or found.group("doer")) if found else taken.group("taker") if taken else ""


def _task_shaped(data) -> bool:
    """A task tool's record with no one and no date in its fields ("assignee": null): a task still, not prose."""
    return isinstance(data, dict) and bool(_json_text(data, JSON_TITLE)) \
        and any(name in data and not data[name] for name in JSON_OWNER) \
        and _json_text(data, ("issuetype", "type")).casefold() not in JSON_CONTAINERS | JSON_MEETINGS


def _json_text(fields: dict, names: tuple[str, ...]) -> str:
    """The first of the named fields as words: a person or status object by its name."""
    for name in names:
        value = fields.get(name)
        if isinstance(value, list) and value:  # "components": [{"name": "Council Digital Team"}]; each assignee
            value = ", ".join(each for each in map(_json_named, value) if each) if isinstance(value[0], dict) else value[0]
        value = _json_named(value)
        if isinstance(value, str | int | float) and str(value).strip():
            return str(value).strip()
    return ""


def _json_named(value):
    """A person or status object by its name (ClickUp's people by "username", its status {"status": "to do"}); other values as they are."""
    if not isinstance(value, dict):
        return value
    return next((value[key] for key in ("displayName", "name", "fullName", "username", "status") if value.get(key)), None)
