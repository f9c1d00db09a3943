"""Reading pasted meeting outcomes: meeting dates, agenda headings and the actions they suggest.

Pure functions over text (no Flask, no database), so the page, the CLI and the tests share them.
The parser suggests; a person decides. Every suggestion keeps the words it came from, the heading
it sat under and why it was suggested, and a title is only rewritten when the rewrite is mechanical
("An update report would be circulated to Board" -> "Circulate update report to Board"): it never
adds a fact that is not in the text.

Shapes of text it knows (README, "Importing meeting outcomes", lists them all):
- the Board's summaries: a date line ("8th June 2021"), then paragraphs opening with an agenda
  heading ("Keyworker update: ...") whose sentences say what "would be circulated" or "was requested
  for the next meeting";
- the Champions' "Meeting Outcomes 23/03/2021" sections: short heading lines ("Working Well with
  Schools"), bullet lists (the take-away actions, topics, future items) and "we will ..." prose;
- other partnerships' minutes: numbered agenda titles and paragraphs, attendance lists, "Action:"
  lines and owners written every way (owners.py finds and matches them), council resolutions,
  action tables (tables.py), "You said / We did", email notes with an ACTIONS list;
- text pasted from elsewhere: a PDF (page numbers and running titles dropped, wrapped lines and
  hyphenated words mended), an email thread ('> ' quoting and headers dropped, "I" is the sender),
  minutes whose right-hand "Action" column was flattened into the text, and bilingual minutes set
  side by side (read in their English column).
Due dates are read by due.py. Owners are kept as written here; operations match them to people.
"""
from __future__ import annotations

import bisect
import calendar
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from tracker.core.domain import TEXT_LIMITS
from tracker.importer.chat import (
    AGREED,
    ANSWERED_NO,
    CALL_CHECK,
    IGNORE_THAT,
    REQUEST,
    SAID_AS,
    chat_export,
    chat_senders,
    speaker_count,
)
from tracker.importer.comments import (
    AGREES,
    ITEM_LINE,
    NOT_AN_ACTION,
    comments_applied,
    corrections_applied,
    in_capitals,
    in_ordinary_case,
    inline_threads,
    numbered_items_reviewed,
    thread_applied,
    with_owner,
    words_in_case,
)
from tracker.importer.documents import text_from_html
from tracker.importer.due import (
    ANY_DAY,
    COUNTS,
    MEETING_IN_MONTH,
    MONTH_NAME,
    MONTH_START,
    NEXT_MEETING,
    ON_A_DATE,
    WEEKDAY_NAME,
    WEEKDAY_NUMBERS,
    WEEKDAY_START,
    Due,
    as_deadline,
    dates_written,
    format_day,
    impossible_date,
    is_date_cell,
    leading_due,
    names_only_a_month,
    read_due,
    term_ends_given,
)
from tracker.importer.layout import (
    bracketed_owners,
    cards_with_their_when,
    column_by_column,
    dotted_forms,
    keyed_owners,
    labelled_blocks,
    mentions_under_tasks,
    numbered_blocks,
    raid_entries,
    task_info_topics,
    task_list_blocks,
    titled_bullets,
)
from tracker.importer.markdown import OUTLINER_TASK, markdown_notes
from tracker.importer.ocr import ocr_mended
from tracker.importer.owners import (
    AGENT_NOUNS,
    CHAIR_KEY,
    HANDING,
    INITIALS,
    INITIALS_WRITTEN,
    KNOWN_NAMES,
    NOT_NAMES,
    ROLE_THEN_NAME,
    TAKE_IT_ON,
    TAKEN_ON_BY,
    TAKING_ON,
    addressed_names,
    arrow_owner,
    defined_chair,
    defined_initials,
    first_name_of,
    in_full,
    initials_in_full,
    introduced_names,
    looks_like_owner,
    me_as,
    named_in_full,
    names_capitalised,
    reading_with,
    speaking_names,
    split_owners,
    stands_for,
    team_as_named,
    typed_in_lower_case,
    without_bracket,
    without_gloss,
    words_in_ordinary_use,
    writer_of,
)
from tracker.importer.patterns import (
    BULLET_GLYPH,
    ITEM_OPENING,
    LIST_NUMBER,
    NUMBERED_LINE,
    OPEN_BOX,
    ROMAN_NUMBER,
    TICKED,
    TICKED_BOX,
    TO_DO_TAG,
)
from tracker.importer.tables import (
    ACTION_NAMED,
    AGENDA_TOPIC,
    DECLINED_WORDS,
    HANDED_TO,
    MINUTE_REF,
    NEXT_OCCASION,
    PAGE_NUMBER,
    STOPPED,
    Columns,
    agenda_columns,
    cell_per_line,
    cells_of,
    columns_of,
    csv_rows,
    done_codes,
    fixed_width_cells,
    fixed_width_header,
    guess_columns,
    is_attendance,
    is_code_key,
    is_done,
    is_key_values,
    is_pipe_separator,
    is_register,
    json_rows,
    marks_new_rows,
    messages_rows,
    minute_rows,
    not_this_meetings,
    notes_without_owner,
    owner_in_notes,
    pasted_row_owner,
    reviewed_log_actions,
    run_together_cells,
    says_nothing_to_do,
    sheet_subitems,
    spaced_rows,
    stacked_cells,
    table_goes_on,
    this_meetings_update,
    without_new_mark,
)
from tracker.importer.terse import abbreviations_spelt_out, dictated_notes, spoken_notes, terse_notes

HIGH, MEDIUM, LOW = "high", "medium", "low"
MAX_TITLE = TEXT_LIMITS["actions.title"]  # the longest action title Tracker stores

# Lines a web page wraps around its content, dropped when the page is pasted whole.
# A recap tool's own words about what it wrote: "Suggested by Copilot", "AI-generated content may be incorrect"
AI_TOOL_NOTE = re.compile(r"^(?:(?:suggested|generated)\s+by\s+(?:copilot|gemini|zoom\s+ai\s+companion|otter(?:\.ai)?|ai)\b"
                          r"[^.]{0,40}\.?\s*(?:ai-generated\s+content\s+may\s+be\s+incorrect\.?\s*(?:review\s+for\s+accuracy\.?)?)?$|"
                          r"ai-generated\s+content\s+may\s+be\s+incorrect\b[^.]{0,60}\.?$)", re.I)
PAGE_CHROME = {
    "skip to main content", "skip to content", "back to top", "print this page", "share this page",
    "menu", "search", "close", "accept all cookies", "reject all cookies", "cookie settings",
    "cookies on this site", "was this page helpful?", "report a problem with this page", "yes", "no",
    "home", "contact us", "accessibility", "accessibility statement", "privacy", "privacy notice", "cookies",
    "sitemap", "site map", "terms and conditions", "follow us", "share", "print", "back", "next", "previous",
    "sign in", "log in", "register", "a to z", "a-z", "breadcrumb", "you are here:", "main menu", "navigation",
}

# --- dates -----------------------------------------------------------------------------------------

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_WEEKDAY = r"(?:(?P<weekday>" + WEEKDAY_NAME + r")(?:day)?\.?,?\s+)?"
_MONTH_NAME = r"(?P<month_name>" + MONTH_NAME + r")"  # (the month's name as due.py reads it, named for the readers here)
DATE_PATTERNS = [
    # 23/03/2021, Monday 20/21/21 (UK order: day, month, year)
    re.compile(_WEEKDAY + r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}|\d{2})\b", re.I),
    # 8th June 2021, Tuesday 9 March 2021, a board's list "Actions - Board 15 Sep 27"
    re.compile(_WEEKDAY + r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r"\.?,?\s+(?P<year>\d{4}|\d{2}(?![\d:.]|\s*[-–]\s*\d|\s*(?:am|pm|noon)\b))\b",
               re.I),
    # 2021-06-08
    re.compile(_WEEKDAY + r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b", re.I),
    # "14/Jul/27 3:02 PM", "15-Jan-2027": a tracker's export (Jira's), the month in letters between
    re.compile(_WEEKDAY + r"(?<![\w/-])(?P<day>\d{1,2})(?P<sep>[/-])" + _MONTH_NAME + r"(?P=sep)(?P<year>\d{4}|\d{2})\b", re.I),
    # "Panel 14.01.27", a sheet's name: dotted, its day and month two figures each (not paragraph "3.4.12")
    re.compile(_WEEKDAY + r"(?<![\d.])\b(?P<day>\d{2})\.(?P<month>\d{2})\.(?P<year>\d{4}|\d{2})\b(?!\.\d)", re.I),
]


@dataclass(frozen=True)
class FoundDate:
    """A date written in the text. `day` is None when no such date exists ("Monday 20/21/21")."""

    text: str
    day: date | None
    problem: str = ""

    def to_dict(self) -> dict:
        return {"text": self.text, "date": self.day.isoformat() if self.day else None, "problem": self.problem}


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    return MONTHS.get(name) or MONTHS[name[:3]]


def _weekday_number(word: str | None) -> int | None:
    if not word:
        return None
    word = word.lower()
    return next((number for name, number in WEEKDAY_NUMBERS.items() if name.startswith(word[:3])), None)


def _read_date(match: re.Match) -> FoundDate:
    text = match.group(0).strip().rstrip(",.")
    parts = match.groupdict()
    year = int(parts["year"])
    if len(parts["year"]) == 2:
        year += 2000
    month = _month_number(parts["month_name"]) if parts.get("month_name") else int(parts["month"])
    why = impossible_date(text)  # the importers' one rule for a day no calendar has
    if why:
        return FoundDate(text, None, f"“{text}” is not a real date: {why}")
    found = date(year, month, int(parts["day"]))
    said = _weekday_number(parts.get("weekday"))
    if said is not None and said != found.weekday():
        return FoundDate(text, found, f"“{text}”: {format_day(found)} is a {calendar.day_name[found.weekday()]}, "
                                      f"not a {calendar.day_name[said]}")
    return FoundDate(text, found)


def find_dates(text: str) -> list[FoundDate]:
    """Every date written in the text, in order, each read once."""
    found: list[tuple[int, FoundDate]] = []
    starts: list[int] = []  # the spans read so far, in order, none overlapping: found by bisection
    ends: list[int] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            at = bisect.bisect_left(starts, match.start())
            if (at < len(starts) and starts[at] < match.end()) or (at and ends[at - 1] > match.start()):
                continue  # inside a date already read
            starts.insert(at, match.start())
            ends.insert(at, match.end())
            found.append((match.start(), _read_date(match)))
    return [each for _, each in sorted(found, key=lambda pair: pair[0])]


# --- what a suggestion looks like ----------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """An action the text seems to commit someone to. `confidence` low ones are shown unticked."""

    title: str
    source: str  # the sentence or bullet as written
    heading: str  # the agenda heading it sat under, "" if none
    kind: str  # "sentence", "bullet" or "row" (of a table)
    confidence: str
    reason: str
    due: Due | None = None
    owner_text: str = ""  # the owner as written ("Jane Smith", "MW", "the Chair"), "" if none
    other_owners: tuple[str, ...] = ()  # more owners named: kept in the detail, see owners.py

    @property
    def suggested(self) -> bool:
        return self.confidence != LOW

    @property
    def due_by_next_meeting(self) -> bool:
        return self.due is not None and self.due.kind == NEXT_MEETING

    @property
    def due_on(self) -> date | None:
        return self.due.on if self.due else None

    @property
    def due_meeting_month(self) -> date | None:
        return self.due.month if self.due else None

    @property
    def due_hint(self) -> str:
        return self.due.words if self.due else ""

    def to_dict(self) -> dict:
        return {
            "title": self.title, "source": self.source, "heading": self.heading, "kind": self.kind,
            "confidence": self.confidence, "suggested": self.suggested, "reason": self.reason,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "due_by_next_meeting": self.due_by_next_meeting, "due_hint": self.due_hint,
            "due": self.due.to_dict() if self.due else None,
            "owner_written": self.owner_text or None, "other_owners": list(self.other_owners),
        }


@dataclass(frozen=True)
class AgendaHeading:
    title: str
    notes: str


@dataclass
class MeetingOutcomes:
    """One meeting's outcomes: the part of the text under one dated heading (or all of it)."""

    heading: str
    date: FoundDate | None
    agenda: list[AgendaHeading] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    text: str = ""

    def to_dict(self) -> dict:
        return {
            "heading": self.heading, "date": self.date.to_dict() if self.date else None,
            "agenda": [{"title": item.title, "notes": item.notes} for item in self.agenda],
            "suggestions": [suggestion.to_dict() for suggestion in self.suggestions],
        }


@dataclass
class ParsedText:
    meetings: list[MeetingOutcomes]
    dates: list[FoundDate]

    @property
    def problems(self) -> list[str]:
        return [found.problem for found in self.dates if found.problem]

    @property
    def dated_meetings(self) -> list[MeetingOutcomes]:
        return [meeting for meeting in self.meetings if meeting.date is not None]

    def to_dict(self) -> dict:
        return {"meetings": [meeting.to_dict() for meeting in self.meetings],
                "dates": [found.to_dict() for found in self.dates], "problems": self.problems}


# --- lines, headings and lists ---------------------------------------------------------------------

# Bullets as pasted from Word, email and web pages, including arrows, ticks, boxes and Word's "o".
BULLET = re.compile(r"^(?:" + BULLET_GLYPH + r"|[*→☐□■]|o(?=\s)|" + LIST_NUMBER + r")\s+(?P<text>.+)$")  # (patterns.py)
INLINE_HEADING = re.compile(r"^(?P<heading>[A-Z‘'\"][^:.!?]{1,80}?):\s+(?P<rest>\S.*)$")
# "Agreed: ...", "Outcome: ...": a label for what follows under the current heading, not a heading.
LABELS = re.compile(r"^(?:agreed|agreement|decision|decisions|decided|resolved|recommended|outcome|outcomes|noted|note|"
                    r"update|discussion|summary|comment|comments|response|next\s+steps?)$", re.I)
AGENDA_NUMBER = re.compile(r"^(?:item\s+)?\d{1,3}(?:/\d{2}\b|(?:\.\d{1,2})*\.?)\s*(?:[:.–—-]\s*)?(?=\S)", re.I)
# A sentence ends at ". " before a capital (or a phone number), but not after an initial or a title ("M. Walker", "Dr. Khan").
SENTENCE_END = re.compile(r"(?<!\b[A-Z]\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bCllr\.)(?<!\bNo\.)"
                          r"(?<=[.!?])[’”'\"]?\s+(?=[A-Z0-9‘“'\"(`→]|\+\d|[a-h]\)\s)")  # (a run-in list's "... 1 December. b) Terms of ...")
WORD = re.compile(r"[\w’'&/()-]+")


PARAGRAPH_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s+(?=\S)")


@dataclass
class _Line:
    kind: str  # "text", "bullet", "row" (of a table) or "blank"
    text: str
    numbered: bool = False  # a bullet written "4." or "4)": maybe an agenda title, not a list item
    cells: list[str] = field(default_factory=list)

    @property
    def number(self) -> int | None:
        return int(self.marker) if self.numbered and self.marker.isdigit() else None

    marker: str = ""  # the number of a numbered bullet ("4" of "4.")
    style: str = ""  # "letter" for "(a)", "roman" for "(ii)": a list inside a list's item; "bold": a line all in bold
    boxed: bool = False  # a to-do list's open box before the item ("- [ ] Dan - send the links report")


ROMAN_MARKER = re.compile(r"^" + ROMAN_NUMBER + r"\s", re.I)
LETTER_MARKER = re.compile(r"^\(?[a-h][.)]\s")


# "Page 2", "Page 2 of 7" ending a line, a line that is only "2 of 7", or "- 2 -": PAGE_NUMBER (tables.py).
# "... 12 March 2027        2 of 7" ending a running footer: a page number only when the document
# has more than one of them counting the same pages ("12 of 40 schools replied" is not one).
PAGE_OF = re.compile(r"\s(?P<page>\d+)\s+of\s+(?P<pages>\d+)\s*$")


# "Programme Board 5 October 2027 | OFFICIAL 7": a running footer ending with the bare page number
NUMBERED_FOOTER = re.compile(r"^(?P<footer>.{25,}?)\s+(?P<page>\d{1,3})$")


def _page_footers(raw_lines: list[str]) -> list[int]:
    """The lines that are page numbers (with the footer they end), by position; and a running footer
    with its page number after it, the same words on two or more pages, each with its own number."""
    short = {i: " ".join(raw.split()) for i, raw in enumerate(raw_lines) if 0 < len(raw.split()) <= 16}
    counted = {i: found.group("pages") for i, text in short.items() if (found := PAGE_OF.search(" " + text))}
    series = Counter(counted.values())
    numbered = {i: found.groups() for i, text in short.items() if (found := NUMBERED_FOOTER.match(text))}
    pages: dict[str, set[str]] = {}
    for footer, page in numbered.values():
        pages.setdefault(footer, set()).add(page)
    return sorted(i for i, text in short.items() if PAGE_NUMBER.search(text) or series[counted.get(i)] >= 2
                  or i in numbered and len(pages[numbered[i][0]]) >= 2)


# A line that cannot end a sentence or a heading: it ends with a word the next line must complete.
ENDS_MID_PHRASE = re.compile(r"(?<![-–])\b(?:a|an|the|of|in|on|at|to|by|for|from|with|and|or|but|that|than|its|their|our|"
                             r"his|her|is|are|was|were|be|will|would|should|has|have|had)$|\w['’]s$|"
                             r"\s[-–—]$|\w,$|"  # "... with quarterly milestones -" / "Yusuf, by end of April"; "- Mary," / "Friday 16 April"
                             r"(?<=[.!?]\s)(?:The|An?|This|These|Our|Its|Their)$")  # "... manual count. The" / "Westmoor return ..."


FURNITURE_LINES = 3  # the most lines a page's running header takes


def _without_page_furniture(raw_lines: list[str]) -> list[str]:
    """A document pasted from a PDF: its page numbers ("Page 2 of 7") and the lines repeated beside
    them on every page (a running title, a 'DRAFT' banner) are dropped, so that a sentence a page
    break cut in two joins up again."""
    footers = _page_footers(raw_lines)
    if not footers:
        return raw_lines
    seen = Counter(" ".join(raw.split()).lower() for raw in raw_lines if raw.strip())
    drop = set(footers)
    for footer in footers:
        for step in (-1, 1):
            near = footer + step
            # (and a page's number alone beside its footer: a scan's stray "2")
            while 0 <= near < len(raw_lines) and raw_lines[near].strip() and near not in footers \
                    and (seen[" ".join(raw_lines[near].split()).lower()] >= max(2, len(footers) - 1)
                         or re.fullmatch(r"\s*\d{1,3}\s*", raw_lines[near])):
                drop.add(near)
                near += step
    # the next page's running header, past the page break's blank lines: the lines the document opens with again
    # (not a table's header row, repeated over the rows the page goes on with)
    opening = {" ".join(raw.split()).lower() for raw in [raw for raw in raw_lines if raw.strip()][:FURNITURE_LINES]
               if "\t" not in raw and not raw.lstrip().startswith("|")}
    for footer in footers:
        near = footer + 1
        while near < len(raw_lines) and (near in drop or not raw_lines[near].strip()):
            near += 1
        while near < len(raw_lines) and near not in footers and " ".join(raw_lines[near].split()).lower() in opening:
            drop.add(near)
            near += 1
    for dropped in sorted(drop):  # the blank lines around a page's furniture: the page break, not a paragraph's end
        for step in (-1, 1):
            near = dropped + step
            while 0 <= near < len(raw_lines) and not raw_lines[near].strip() and near not in drop:
                drop.add(near)
                near += step
    titled = _page_titles(raw_lines, drop, footers)
    return [each for i, raw in enumerate(raw_lines) if i not in drop for each in ([""] if i in titled else []) + [raw]]


def _page_titles(raw_lines: list[str], drop: set[int], footers: list[int]) -> set[int]:
    """The lines that open a page with its title (a slide's "Next steps (agreed at the meeting)", a blank line
    under it), not the rest of a sentence the page break cut: they stay apart from the line before."""
    titles = set()
    for footer in footers:
        before = next((at for at in range(footer - 1, -1, -1) if at not in drop), None)
        after = next((at for at in range(footer + 1, len(raw_lines)) if at not in drop), None)
        if before is None or after is None or after + 1 >= len(raw_lines) or raw_lines[after + 1].strip():
            continue
        line = " ".join(raw_lines[after].split())
        if _is_heading_line(line) and not ENDS_MID_PHRASE.search(" ".join(raw_lines[before].split())):
            titles.add(after)
    return titles


EMAIL_HEADER = re.compile(r"^(?:from|sent|date|to|cc|bcc|subject|importance|attachments)\s*:", re.I)
EMAIL_FROM = re.compile(r"^from\s*:\s*(?P<who>[^<\[]+?)\s*(?:[<\[].*)?$|^on\s.{4,60}?,\s*(?:at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]m)?,\s*)?"
                        r"(?P<wrote>[^,<]+?(?:,\s*[^,<]+?)?)\s*"
                        r"(?:<[^>]*>\s*)?wrote:$", re.I)
QUOTED = re.compile(r"^\s*(?:>\s?)+")
# (and "I said that in that case I would present ...": the writer's promise)
FIRST_PERSON = re.compile(r"\bI\s+said\s+(?:that\s+)?(?:(?!and\b|but\b)[a-z]+,?\s+){0,4}?I\s+(?=would\b)|\bI(?=\s+(?:will|would|shall|can|promised|"
                          r"offered|agreed|volunteered)\b)|"
                          r"\bI['’]ll\b|\bI['’]d\b|\bI(?:['’]m|\s+am)(?=\s+going\s+to\s+(?!have\s+to\b|be\b)[a-z])")  # "I'm going to ask Mary"


def _sender(match: re.Match) -> str:
    """ "Liam Porter" of "From: Liam Porter <liam.porter@...>" or of "From: Porter, Liam"; of NHSmail's
    "PORTER, Liam (WESTMOOR ICB)", its organisation dropped and its surname in capitals read, and of its
    "Porter Liam (NHS WESTMOOR ICB) <liam.porter1@nhs.net>", the address in name order."""
    who = (match.group("who") or match.group("wrote") or "").strip(" '\"")
    if "@" in who:
        return ""
    last, comma, first = who.partition(",")
    if comma:
        if len(last.split()) > 1:  # "From: Sarah Khan, Participation Officer": her name, then her role
            return last.strip()
        first = re.sub(r"\s*\([^()]*\)\s*$", "", first).strip()
        last = last.strip().title() if last.strip().isupper() and first else last.strip()
        return f"{first} {last}"
    turned = re.fullmatch(r"(?P<last>[A-Z][\w'’-]+)\s+(?P<first>[A-Z][\w'’-]+)\s*\([^()]*\)", who)
    address = re.search(r"<(?P<first>[a-z'-]+)\.(?P<last>[a-z'-]+)\d*@", match.string, re.I)
    if turned and address and (turned.group("first").casefold(), turned.group("last").casefold()) \
            == (address.group("first").casefold(), address.group("last").casefold()):
        return f"{turned.group('first')} {turned.group('last')}"
    return who


# In a reply above the draft it corrects: "Action 3 (dashboard access) is Liam's, not Yusuf's",
# "Action 5 should read LP", "Action 5 wasn't an action ... please take it out"
ACTION_NUMBERED = r"\b(?P<kind>action|item)\s+(?:no\.?\s*)?(?P<number>\d{1,2})\b"  # "item 3, the data is Sarah Kent's"
# (or "Action 3 (KPIs) should sit with me, not Grace": the writer's own)
# ("Action 4 - 2 April is Good Friday" is not: after "is", only "Liam's" or "Liam, not ...")
OWNER_CORRECTED = re.compile(ACTION_NUMBERED + r"[^.]{0,80}?\b(?:should\s+(?:read|be|say|(?:sit|stay|rest|be)\s+with)|(?P<is>is))\s+"
                             r"(?P<who>(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z][A-Za-z]?[A-Z][a-z]?)|me(?=[\s,.;]))"
                             r"(?(is)(?:['’]s\b|(?=,?\s+not\b))|(?:['’]s)?\b)(?!\s+(?:wording|date))", re.I)
# A day written out with its month's name, as the notes say a new day: "Wednesday 1 September", "16 December 2027"
# (one piece for a corrected date, a session's, a publication's and a moved meeting's)
DAY_MONTH_WRITTEN = r"(?:[A-Z][a-z]+day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?"
# "Action 4 - 30 August is the bank holiday ... will go to members on Wednesday 1 September instead": a new date
DATE_CORRECTED = re.compile(ACTION_NUMBERED + r"(?:(?!\baction\s+\d)[^|]){0,300}?\b(?:on|by|for)\s+"
                            r"(?P<when>" + DAY_MONTH_WRITTEN + r")\s+instead\b", re.I)
TAKEN_OUT = re.compile(ACTION_NUMBERED + r"[^.]{0,80}?\b(?:" + NOT_AN_ACTION + r"|"
                       r"(?:take|leave)\s+it\s+out|remove\s+it|delete\s+it)", re.I)
ACTIONS_LIST_TITLE = re.compile(r"^(?:\d{1,2}[.)]?\s+)?(?:agreed\s+|new\s+)?actions?(?:\s+(?:log|list|summary|agreed|arising))?"
                                r"\s*:?\s*$", re.I)  # (or "8. ACTIONS ARISING", a record's numbered section)


# A reply answering the notes below it point by point, numbered as theirs ("2. Learner list - no need to send it after
# all, please ignore that one. Liam will reconcile ...", "5. Top-up agreement - I'll draft the revised agreement"):
# the point withdraws that item or says it again with its own owner
POINT_WITHDRAWN = re.compile(r"\b" + IGNORE_THAT + r"|"
                             r"\bno\s+need\s+(?:for\s+(?:you|us|me|them)\s+)?to\b[^.]*\bafter\s+all\b", re.I)
POINT_RESTATED = re.compile(r"\b(?:I['’]ll|I\s+will|(?-i:[A-Z][a-z]+)\s+will|(?:could|can|would)\s+you)\s+(?!be\b)[a-z]+", re.I)
# A reply's point under the number of the draft's action it answers: "3. I'll do it myself", "Number 2 - yes",
# "4: fine", "On 5 - ...", "Re A2 - ...", "on 4, I'm going to have to say no" (the point by its number, or its log's
# "A2"). One pattern, read by `_points_restated` and `_reply_corrections` alike: a point marked as a list's item
# ("3." or "3)") restates or withdraws the draft's item, unless it opens with an answer ("3) yes, but ..."), which,
# like "3 - yes, but ...", answers it (`answered_point`)
REPLY_POINT = re.compile(r"^\s*(?P<on>(?:on|re)\s+)?(?:(?:number|no\.|item|action|point)\s*)?(?-i:[A-Z])?(?P<number>\d{1,2})"
                         r"(?:(?P<listed>[.)])\s+|\s*(?:[-–—:]|(?(on),|(?!)))\s*)(?P<text>\S.*)$", re.I)
ANSWER_OPENING = re.compile(r"(?:yes|no|fine|ok)\b", re.I)


def answered_point(text: str) -> re.Match | None:
    """A reply's paragraph that answers the draft's action by its number (`REPLY_POINT`): "3 - fine", "3. yes"."""
    point = REPLY_POINT.match(text)
    return point if point and (not point.group("listed") or ANSWER_OPENING.match(point.group("text"))) else None


def _points_restated(raw_lines: list[str]) -> list[str]:
    """A reply above the notes it answers, point by point under the notes' own numbers: each numbered item
    of the notes that its point withdraws, or says again with an owner of its own (on the same subject: a
    longer word shared), is marked taken out in the reply; the point is read in its place."""
    first_quote = next((number for number, raw in enumerate(raw_lines) if number and EMAIL_FROM.match(raw.strip())), 0)
    if not first_quote:
        return raw_lines
    points: dict[int, str] = {}
    for raw in raw_lines[:first_quote]:
        point = REPLY_POINT.match(raw)
        if point and point.group("listed"):
            points[int(point.group("number"))] = point.group("text")
    if len(points) < 2:
        return raw_lines
    kept = raw_lines[:]
    for number in range(first_quote, len(kept)):
        item = NUMBERED_LINE.match(kept[number])
        said = points.get(int(item.group("number"))) if item else None
        if not said or item.group("text").startswith("["):
            continue
        shared = {word[:5] for word in re.findall(r"[a-z]{5,}", said.lower())} & \
            {word[:5] for word in re.findall(r"[a-z]{5,}", item.group("text").lower())}
        if shared and (POINT_WITHDRAWN.search(said) or POINT_RESTATED.search(said)):
            kept[number] = f"{item.group('lead')}[Taken out in the reply] {item.group('text')}"
    return kept


# The draft's actions labelled through its notes rather than listed under a title: "ACTION 5: Priya to ...", "ACTION A1: ..."
LABELLED_ACTION = re.compile(r"^(?P<lead>[>\s]*action\s+(?-i:[A-Z])?(?P<number>\d{1,2})\s*:\s*)(?P<text>\S.*)$", re.I)
LISTED_ACTION = re.compile(r"^(?P<lead>[>\s]*(?P<number>\d{1,2})(?:[.)]\s+|\s*(?=\|)))(?P<text>.*)$")


def _draft_actions(raw_lines: list[str], first_quote: int) -> tuple[int, int, re.Pattern] | None:
    """Where the replies above a draft end, where its actions start, and how an action is marked: a list after its
    "ACTIONS" title, else the actions labelled through its notes ("ACTION 5: ...", read from its email's first line)."""
    title = next((number for number in range(first_quote, len(raw_lines))
                  if ACTIONS_LIST_TITLE.match(QUOTED.sub("", raw_lines[number]).strip())), None)
    if title is not None:
        return title, title + 1, LISTED_ACTION
    labelled = next((number for number in range(first_quote, len(raw_lines)) if LABELLED_ACTION.match(raw_lines[number])), None)
    if labelled is None:
        return None
    start = max((number for number in range(first_quote, labelled) if EMAIL_FROM.match(QUOTED.sub("", raw_lines[number]).strip())),
                default=None)
    return (start, start, LABELLED_ACTION) if start is not None else None


def _corrections_applied(raw_lines: list[str], meeting_date: date | None) -> list[str]:
    """Replies that correct the draft below them, applied to the draft's numbered actions (a list or a
    table's rows, after its "ACTIONS" title, or its "ACTION 5:" lines): an action given to someone else now names
    them as its owner ("me": the reply's sender), one moved to a new date has it, by its number or by its owner's
    name ("OK Priya, 8 July it is"); one a reply says was not an action is marked so, to be shown unticked. A
    paragraph whose correction is applied is not read again."""
    raw_lines = _points_restated(raw_lines)
    first_quote = next((number for number, raw in enumerate(raw_lines) if number and (
        QUOTED.match(raw) or EMAIL_FROM.match(raw.strip()) or "original message" in raw.lower())), len(raw_lines))
    draft = _draft_actions(raw_lines, first_quote)
    owners, dates, taken_out, points, named = _reply_corrections(raw_lines[:draft[0]]) if draft is not None \
        and any(EMAIL_FROM.match(QUOTED.sub("", raw).strip()) for raw in raw_lines) else ({}, {}, set(), {}, {})
    if draft is not None and named:  # (a date agreed with the owner by name: their one action)
        dates = _dates_by_owner(raw_lines[draft[1]:], draft[2], named) | dates
    # (the paragraphs that answer an action, once it is changed, are not read again)
    applied = {line for number, lines in points.items() if number in set(owners) | set(dates) | taken_out or number < 0
               for line in lines}
    if not (owners or dates or taken_out):  # a table pasted a cell a line: "item 3 ... is Sarah Kent's action"
        if first_quote == len(raw_lines):
            return raw_lines  # (no reply above a draft)
        reply = re.sub(r"\s+", " ", " ".join(raw_lines[:first_quote]))
        return _pasted_rows_corrected(raw_lines, first_quote, {
            int(found.group("number")): found.group("who") for found in OWNER_CORRECTED.finditer(reply)
            if found.group("kind").lower() == "item" and found.group("who").casefold() != "me"})
    kept = [raw for number, raw in enumerate(raw_lines[:draft[1]]) if number not in applied]
    columns, number = None, 0
    for raw in _wrapped_items_joined(raw_lines[draft[1]:], set(owners) | set(dates)):
        body = QUOTED.sub("", raw)
        item = draft[2].match(raw)
        if columns is None and "|" in body and not item:  # "No | Action | Owner | By"
            columns = [cell.strip().casefold() for cell in body.split("|")]
        number = int(item.group("number")) if item else number if re.match(r"^[>\s]*\|", raw) else 0
        if item and number in taken_out:  # (an "ACTION 4:" label left off: the mark starts the line)
            lead = item.group("lead") if draft[2] is LISTED_ACTION else re.match(r"^[>\s]*", raw).group(0)
            raw = f"{lead}[Taken out in the reply] {item.group('text')}"
        elif number in owners or number in dates:
            raw = _corrected_item(raw, item, columns, owners.get(number), dates.get(number), meeting_date)
        kept.append(raw)
    return kept


def _dates_by_owner(lines: list[str], marked: re.Pattern, named: dict[str, str]) -> dict[int, str]:
    """The new dates agreed with someone by name, by the number of the one action of the draft that is theirs
    ("ACTION 6: Tom to gather ..." for "Tom - yes fine, Monday 24th")."""
    theirs: dict[str, list[int]] = {}
    for raw in lines:
        item = marked.match(raw)
        owner = re.match(r"(?P<who>[A-Z][a-z'’-]+)\b", item.group("text")) if item else None
        if owner:
            theirs.setdefault(owner.group("who"), []).append(int(item.group("number")))
    return {theirs[who][0]: when for who, when in named.items() if len(theirs.get(who, [])) == 1}


def _wrapped_items_joined(lines: list[str], numbers: set[int]) -> list[str]:
    """The draft's numbered actions that a reply corrects, each on one line: an item's wrapped lines (indented,
    "2. Short breaks - gather feedback" / "   and send to Mary - Tom Evans - 05/03/2027") joined to it."""
    kept: list[str] = []
    joining = False
    for raw in lines:
        body = QUOTED.sub("", raw)
        item = re.match(r"^\s*(\d{1,2})[.)]\s", body)
        if joining and not item and "|" not in body and re.match(r"^\s+\S", body):
            kept[-1] = f"{kept[-1].rstrip()} {body.strip()}"
            continue
        joining = bool(item) and int(item.group(1)) in numbers and "|" not in body
        kept.append(raw)
    return kept


def _reply_corrections(raw_lines: list[str]) -> tuple[dict[int, str], dict[int, str], set[int], dict[int, set[int]],
                                                     dict[str, str]]:
    """The corrections the replies above a draft make, paragraph by paragraph (a reply quoted under a later one
    read too): (owners by action number, new dates by number, numbers taken out, the lines of the paragraphs that
    answer each action by its number (-1: those that move one), new dates agreed with someone by name). The replies are newest first (each above the one it
    answers): an email's own later paragraph wins within it, a newer email's over an older one's ("4 - happy to
    take it" above "4 - I don't think this is me")."""
    emails: list[tuple[dict[int, str], dict[int, str]]] = [({}, {})]
    taken_out: set[int] = set()
    points: dict[int, set[int]] = {}  # the lines of the paragraphs answering each action by its number
    named: dict[str, str] = {}
    sender, paragraph = "", []
    for number, raw in enumerate([*raw_lines, ""]):
        body = QUOTED.sub("", raw).strip()
        start = EMAIL_FROM.match(body)
        sender = _sender(start) if start else sender
        emails += [({}, {})] if start else []
        if body and not start and not (paragraph and (ITEM_LINE.match(body) or answered_point(body))):
            paragraph.append(number)  # (a point of its own starts at a list's mark: "- Action 3 ...", "2. ...", "4 - ")
            continue
        text = " ".join(QUOTED.sub("", raw_lines[at]).strip() for at in paragraph)
        found = {int(said.group("number")): sender if said.group("who").casefold() == "me" else said.group("who")
                 for said in OWNER_CORRECTED.finditer(text) if (sender or said.group("who").casefold() != "me")
                 and said.group("kind").lower() == "action"}
        moved = {int(said.group("number")): said.group("when") for said in DATE_CORRECTED.finditer(text)
                 if said.group("kind").lower() == "action"}
        answered_owners, answered_dates = _point_answered(text, sender)
        point = answered_point(text)
        agreed = _agreed_by_name(text) if not point else None
        named.update([agreed] if agreed and agreed[0] not in named else [])  # (the newest first)
        emails[-1][0].update(answered_owners | found)
        emails[-1][1].update(answered_dates | moved)
        taken_out |= {int(said.group("number")) for said in TAKEN_OUT.finditer(text) if said.group("kind").lower() == "action"}
        taken_out |= {int(said.group("number")) for said in OFF_THE_LIST.finditer(text)}
        if found or moved or answered_owners or answered_dates or agreed:
            points.setdefault(-1, set()).update(paragraph)  # (-1: applied whatever the draft)
        elif point:
            points.setdefault(int(point.group("number")), set()).update(paragraph)
        paragraph = [number] if body and not start else []
    owners, dates = {}, {}
    for email_owners, email_dates in reversed(emails):  # (oldest first: the newest said last)
        owners.update(email_owners)
        dates.update(email_dates)
    return owners, dates, taken_out, points, named


# "Let's take 4 off the list for now": the draft's action 4 dropped
OFF_THE_LIST = re.compile(r"\btake\s+(?:action\s+|item\s+|number\s+)?(?P<number>\d{1,2})\s+off\s+(?:the|this|our)\s+list\b", re.I)
# A date agreed with someone by name, their action's number unsaid: "Tom - yes fine, Monday 24th", "OK Priya, 8 July it is"
AGREED_BY_NAME = re.compile(r"^(?:(?:ok(?:ay)?|yes|fine|great|thanks)\s*,?\s+)?(?P<who>(?-i:[A-Z][a-z'’-]+))\s*(?:,|\s[-–—])\s+"
                            r"(?:(?:yes\s+|ok\s+)?(?:fine|ok(?:ay)?|agreed)\s*[,.–—-]?\s*(?P<when>[^,.;:?!]{3,30}?)\s*[.!]|"
                            r"(?P<it_is>[^,.;:?!]{3,30}?)\s+it\s+is\b)", re.I)


def _agreed_by_name(text: str) -> tuple[str, str] | None:
    """(who, the date's words) of a paragraph agreeing a new date with someone by name (`AGREED_BY_NAME`)."""
    agreed = AGREED_BY_NAME.match(text)
    when = (agreed.group("when") or agreed.group("it_is")) if agreed else None
    if not when or read_due(when, ANY_DAY, whole_cell=True) is None:
        return None
    return agreed.group("who"), when


# Who now owns the point answered: the sender ("I'll take this", "happy to pick it up") or someone named
# ("handing this one to Kerry Lang", "Priya will take it on", "I've spoken to Anita Patel and she's happy to ...")
POINT_TAKEN = re.compile(r"\b(?P<me>I['’]ll|I\s+will|I\s+can|(?:I['’]m\s+)?happy\s+to)\s+" + TAKE_IT_ON + r"|"
                         r"\b" + HANDING + r"\s+(?:this|it|that)(?:\s+one)?\s+(?:(?:on|over)\s+)?to\s+"
                         r"(?P<to>(?-i:[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?))\b|"
                         r"\b(?P<who>(?-i:[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?))\s+(?:will|can|is\s+happy\s+to|has\s+agreed\s+to)\s+"
                         + TAKE_IT_ON + r"|"
                         r"\b(?:(?:spoken|talked|checked)\s+(?:to|with)|asked)\s+(?P<spoken>(?-i:[A-Z][a-z'’-]+\s[A-Z][a-z'’-]+))\b"
                         r"[^.;]{0,40}?\b(?:(?:she|he|they)(?:['’]s|\s+is|['’]re|\s+are|\s+will|['’]ll)\s+(?:happy|able|going)\s+to|"
                         r"who\s+(?:can|will|has\s+agreed\s+to|is\s+(?:happy|able)\s+to))\b|"
                         # "Action now Rosa's", "(owner now Sarah K)": the answer that settles it
                         r"\b(?:(?:action|it|this)\s+(?:is\s+)?now\s+(?P<now>(?-i:[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?))['’]s|"
                         r"owner\s+(?:is\s+)?now\s+(?P<owner>(?-i:[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)))\b", re.I)


def _taken_by(taken: re.Match) -> str | None:
    """The one a `POINT_TAKEN` match hands the point to by name (None: the sender takes it, "I'll take it")."""
    return next((each for each in taken.group("to", "who", "spoken", "now", "owner") if each), None)
# Its new date: "it will be Friday 12th March rather than 26 Feb", "could the date be end of March instead of 26 Feb?",
# "Can we say Friday 16 April?", "16 April is fine", "I've put 31/03 against 3" (that point by its number)
POINT_DATE = re.compile(r"\b(?:be|say|make\s+it|to|until)\s+(?P<when>[^,.;:?!]{3,30}?)\s+(?:rather\s+than|instead\s+of)\s|"
                        # (and the owner's "Can I do Monday 22nd?", "Can I have until Friday 19th?", "Shall we go with Weds 24th?")
                        r"\b(?:(?:can|could)\s+(?:we|I)\s+(?:say|do|make\s+it|have\s+(?:it\s+)?(?:for|by|until))|"
                        r"shall\s+we\s+(?:say|go\s+(?:with|for)))\s+(?P<asked>[^,.;:?!]{3,30}?)\s*\?|"
                        r"(?:^|[-–—:,.]\s+|\bso\s+|\band\s+)(?P<fine>[^,.;:?!]{3,30}?)\s+is\s+fine\b|"
                        r"\b(?:put|moved?|changed?)\s+(?P<put>[^,.;:?!]{3,20}?)\s+(?:against|for|on)\s+(?:action\s+|item\s+|number\s+)?"
                        r"(?P<number>\d{1,2})\b(?![/.:]\d)", re.I)


def _point_answered(text: str, sender: str) -> tuple[dict[int, str], dict[int, str]]:
    """A reply's paragraph answering one of the draft's actions by its number (`answered_point`): the owner it
    gives it (`POINT_TAKEN`, "me" its sender) and its new date (`POINT_DATE`), by that number; a date put
    against another number ("I've put 31/03 against 3") in any paragraph."""
    point = answered_point(text)
    owners: dict[int, str] = {}
    dates: dict[int, str] = {}
    for said in POINT_DATE.finditer(text):
        when = next(each for each in said.group("when", "asked", "fine", "put") if each)
        number = int(said.group("number")) if said.group("number") else int(point.group("number")) if point else None
        if number is not None and read_due(when, ANY_DAY, whole_cell=True) is not None:
            dates[number] = when
    taken = POINT_TAKEN.search(text) if point else None
    who = _taken_by(taken) if taken else None
    if taken and (who or sender) and (who or "").casefold() not in {"i", "we", "it", "this"}:
        owners[int(point.group("number"))] = who or sender
    return owners, dates


def _corrected_item(raw: str, item: re.Match | None, columns: list[str] | None, owner: str | None,
                    when: str | None, meeting_date: date | None) -> str:
    """A numbered action, or its table row's wrapped line, with the owner and date a reply gives it:
    "3 | Agree KPIs | Grace Adeyemi | 31/08/2027" as "3 | Agree KPIs | Yusuf Okafor | 31/08/2027". The new date
    takes the place of the last one written, its weekday with it ("Friday 19 March" moved to "Monday 22nd")."""
    if "|" not in raw or not columns:
        text = with_owner(item.group("text"), owner) if item and owner else raw[item.end("lead"):] if item else raw
        dated = dates_written(text, meeting_date or ANY_DAY) if when else []  # (only where they are written matters)
        text = f"{text[:dated[-1][0]]}{when}{text[dated[-1][1]:]}" if dated else text
        return item.group("lead") + text if item else text
    cells, roles = raw.split("|"), columns_of(columns)  # (the table reader's own columns: one home for them)
    for at, given in ((roles.owner if roles else None, owner), (roles.due if roles else None, when)):
        if at is not None and given and at < len(cells):
            cells[at] = f" {given if item else ''} ".ljust(len(cells[at]))
    return "|".join(cells)


# A reply's corrections to an AI recap forwarded under it, each by what it is about, not by number:
# '"Phone user 1" was Dana Cole', "The minibus audit is Kemi's, not Owen's", "Lou has already sent the
# rota - please ignore that one", 'Kemi said end of May, not "when ready"', "The last bullet isn't an action"
_PERSON_NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?"
RENAMED = re.compile(r"[\"“](?P<label>[^\"“”]{1,30})[\"”]\s+(?:was|is)\s+(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+)")
OWNER_SWAPPED = re.compile(r"(?P<topic>[^.]{5,80}?)\s+is\s+(?:(?P<who>" + _PERSON_NAME + r")['’]s|(?P<mine>mine)),\s+not\s+(?P<old>"
                           + _PERSON_NAME + r")['’]s\b")  # (and "The audit is mine, not Grace's": the reply's sender's)
OWNER_GIVEN = re.compile(r"(?P<topic>[^.,]{5,80}?)\s+is\s+(?P<who>" + _PERSON_NAME + r")['’]s,?\s+and\s+(?P<rest>[^.]+)")  # "..., and he's
# reporting back at the May meeting": when
# (and "Helen's referral form feedback was already sent last week, so that one can come off")
ALREADY_DONE = re.compile(r"\b(?P<who>" + _PERSON_NAME + r")(?:\s+has\s+already\s+\w+\s+(?P<topic>[^(.–—-]{3,60})[^.]*?\bignore\b|"
                          r"['’]s\s+(?P<its>[^(.–—-]{3,60}?)\s+(?:was|has\s+been|is)\s+already\s+(?:sent|done|shared|circulated|"
                          r"completed|finished)\b)", re.I)
# (and "Anita's trajectory is for the July Board on 14 July, not 30 June": a date said in the reply, for one in the list)
WHEN_SAID = re.compile(r"\b(?P<who>" + _PERSON_NAME + r")(?:\s+said|['’]s\s+[^.,]{3,60}?\s+is(?:\s+due)?)\s+(?P<when>[^,.\"“]{3,40}),"
                       r"\s+not\s+(?:[\"“](?P<old>[^\"”]{2,40})[\"”]|(?P<plain>[^,.;:\"“–—-]{2,30}?)(?=\s*(?:[-–—,.;]|$)))")
LAST_NOT_ACTION = re.compile(r"\bthe\s+last\s+(?:bullet|item|point|one|next\s+step)\s+(?:isn['’]t|is\s+not|wasn['’]t|was\s+not)\s+"
                             r"an?\s+action\b", re.I)


def _same_topic(topic: str, line: str) -> bool:
    """Whether the line is about the topic: two of its longer words (by their first five letters)."""
    stems = {word[:5] for word in re.findall(r"[a-z]{4,}", topic.lower())} - {"that", "this", "with", "from", "have"}
    return len(stems & {word[:5] for word in re.findall(r"[a-z]{4,}", line.lower())}) >= 2


def _recap_corrected(raw_lines: list[str]) -> list[str]:
    """A reply's numbered corrections to the AI recap forwarded under it, applied to the recap's lines
    (`RENAMED` ...); the corrections that applied are dropped, not read as actions themselves."""
    first_quote = next((number for number, raw in enumerate(raw_lines) if number and EMAIL_FROM.match(raw.strip())), 0)
    if not first_quote or not (AI_RECAP.search("\n".join(raw_lines[first_quote:])) or any(
            ACTIONS_LIST_TITLE.match(QUOTED.sub("", raw).strip()) for raw in raw_lines[first_quote:])):
        return raw_lines  # (a recap, or a list of actions under "ACTIONS", quoted under the reply)
    sender = next((_sender(found) for raw in raw_lines[:first_quote] if (found := EMAIL_FROM.match(raw.strip()))), "")
    items, item = [], None  # the reply's numbered items ("1.", "(1)"): [first line, end]
    for number, raw in enumerate(raw_lines[:first_quote]):
        if re.match(r"^\s*\(?\d{1,2}[.)]\s", raw):
            item = [number, number + 1]
            items.append(item)
        elif item and raw.strip() and raw.startswith(" ") and item[1] == number:
            item[1] = number + 1
    recap, applied = raw_lines[first_quote:], []
    for start, end in items:
        words = " ".join(raw.strip() for raw in raw_lines[start:end])
        if _correction_applied(recap, re.sub(r"^\(?\d{1,2}[.)]\s+", "", words), sender):
            applied.extend(range(start, end))
    return [raw for number, raw in enumerate(raw_lines[:first_quote]) if number not in applied] + recap


def _correction_applied(recap: list[str], words: str, sender: str = "") -> bool:
    """One correction applied to the recap's lines, in place; whether it applied ("mine" is the `sender`'s)."""
    changed = False
    for found in RENAMED.finditer(words):
        label = re.compile(rf"(?<![\w\"“]){re.escape(found.group('label'))}(?![\w'’])")
        for at, raw in enumerate(recap):
            recap[at], count = label.subn(found.group("who"), raw)
            changed = changed or bool(count)
    for found in itertools.chain(OWNER_SWAPPED.finditer(words), ALREADY_DONE.finditer(words), WHEN_SAID.finditer(words),
                                 OWNER_GIVEN.finditer(words)):
        who = re.compile(rf"\b{re.escape(found.group('old') if found.re is OWNER_SWAPPED else found.group('who'))}\b")
        owner = (found.group("who") or sender) if found.re is OWNER_SWAPPED else ""
        old = (found.group("old") or found.group("plain")) if found.re is WHEN_SAID else ""
        for at, raw in enumerate(recap):
            if not BULLET.match(QUOTED.sub("", raw).strip()) or not who.search(raw):
                continue
            lead = re.match(r"^[>\s]*\S+\s+", raw).group(0)  # (a quoted list's "> 6. ")
            if found.re is WHEN_SAID and old in raw:
                when = found.group("when")
                recap[at] = raw.replace(old, as_deadline(when))
            elif found.re is ALREADY_DONE and _same_topic(found.group("topic") or found.group("its"), raw):
                recap[at] = f"{lead}[Done] {raw[len(lead):]}"
            elif found.re is OWNER_SWAPPED and owner and _same_topic(found.group("topic"), raw):
                recap[at] = who.sub(owner, raw, count=1)
            elif found.re is OWNER_GIVEN and _same_topic(found.group("topic"), raw) and read_due(raw, ANY_DAY) is None \
                    and (when := read_due(found.group("rest"), ANY_DAY)) is not None:
                recap[at] = f"{raw.rstrip().rstrip('.')} {when.words}."
            else:
                continue
            changed = True
            break
    if LAST_NOT_ACTION.search(words):
        changed = _last_step_taken_out(recap) or changed
    return changed


def _last_step_taken_out(recap: list[str]) -> bool:
    """The last bullet of the recap's list of next steps (or action items), marked as no action."""
    title = next((at for at, raw in enumerate(recap) if ACTION_CONTEXT.search(raw) and _is_heading_line(raw.strip())), None)
    if title is None:
        return False
    last = None
    for at in range(title + 1, len(recap)):
        if BULLET.match(recap[at].strip()):
            last = at
        elif recap[at].strip() and last is not None:
            break
    if last is None:
        return False
    lead = re.match(r"^\s*\S+\s+", recap[last]).group(0)
    recap[last] = f"{lead}[Taken out in the reply] {recap[last][len(lead):]}"
    return True


def _pasted_rows_corrected(raw_lines: list[str], first_quote: int, owners: dict[int, str]) -> list[str]:
    """ "item 3, the internships data is Sarah Kent's action, not mine", applied to the draft's table pasted
    a cell a line (item 3's number on a line of its own, its owner's cell a line below): her name in it."""
    lines = list(raw_lines)
    for number, who in owners.items():
        start = next((at for at in range(first_quote + 1, len(lines)) if lines[at].strip() == str(number)
                      and not lines[at - 1].strip()), None)
        if start is None:
            continue
        end = next((at for at in range(start + 1, len(lines)) if lines[at].strip() == str(number + 1)), len(lines))
        owner = pasted_row_owner(lines[start + 1:end], is_date_cell)
        if owner is not None:
            lines[start + 1 + owner] = who
    return lines


SENT_HEADER = re.compile(r"^(?:sent|date)\s*:", re.I)
EVERYONE = {"all", "everyone", "everybody", "team", "both", "folks", "guys", "colleagues", "there", "friends"}
SAID_AT_END = re.compile(r"\byou\s+(?:said|agreed|offered)(?:\s+that)?\s*$", re.I)
GREETING = re.compile(r"^(?:hi|hello|dear|morning|good\s+(?:morning|afternoon)|hiya|hey)\s+(?P<who>[A-Z][\w'’-]+)\s*[,!.]?\s*$", re.I)
# "you said you'd chase ...", "Mary, you said you would ...", "You're going to check ...": a promise made to the writer
YOU_SAID = re.compile(r"(?:\b[A-Z][\w'’-]+,\s+)?\byou\s+(?:said|agreed|offered)\s+(?:that\s+)?you(?P<will>['’]d|\s+would)\b|"
                      r"(?:\b[A-Z][\w'’-]+,\s+)?\byou(?P<going>['’]re|\s+are)\s+going\s+to\b", re.I)
# "Helen - you kindly said you'd share the template", "Ruth, you mentioned at the end that you could
# circulate ...": said to Helen by name, whoever the note is to
NAMED_YOU_SAID = re.compile(r"\b(?P<who>[A-Z][a-z'’-]+)\s*(?:,|\s[-–—])\s+you\s+(?:(?:very\s+)?kindly\s+)?"
                            r"(?:said|agreed|offered|mentioned)\s+(?:(?:at|on|in)\s+[\w\s]{3,20}?\s+)?(?:that\s+)?"
                            r"you(?:['’]d|\s+would|\s+could)\b")
# Where each email of a thread starts, and the day it was sent ("> On 13 Jan 2027, at 21:48, Jo wrote:",
# "Sent: 13 January 2027"): an email sent before the meeting holds an earlier meeting's notes
EMAIL_SENT = "[email sent"
# Outlook's header written month first: "Sent: Thursday, October 21, 2027 8:12 PM" is 21 October 2027
MONTH_FIRST = re.compile(r"\b(?P<month>(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October)\s+"
                         r"(?P<day>\d{1,2}),\s+(?P<year>\d{4})\b")
CONTACT = re.compile(r"\b0\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b|\S+@\S+\.\w+")  # a phone number, an email address
SPLIT_ROW_LINES = 3  # lines of a row's words a page break may leave under the header repeated on the next page


# A paragraph said to someone by name ("Ruth, I assume you'll log these as usual. Could you also book a room ..."):
# its later "Could you ...?" is asked of them too
NAMED_PARAGRAPH = re.compile(r"^(?P<lead>[>\s]*)(?P<who>[A-Z][a-z'’-]+),\s+\S")
ASKED_LATER = re.compile(r"(?<=[.!]\s)(?P<ask>(?:could|can|would)\s+you)\b", re.I)


def _asked_again(raw: str) -> str:
    """The line with the person its paragraph opens by naming put before each later "Could you ...", so
    that the request is theirs; a line not opened with a known person's name as it is."""
    named = NAMED_PARAGRAPH.match(raw)
    if not named or named.group("who").casefold() not in (KNOWN_NAMES.get() or frozenset()):
        return raw
    return raw[:named.end()] + ASKED_LATER.sub(lambda asked: f"{named.group('who')}, {asked.group('ask').lower()}",
                                               raw[named.end():])


def _said_to(raw_lines: list[str]) -> list[str]:
    """A note written to someone ("Hi Nadia," at the top of an email, or of its body pasted alone):
    "You said you'd chase the draft" and "you're going to check ..." are that person's promises (a
    call's summary). A new email's "From:" line, or "Hi all,", leaves "you" to no one."""
    raw_lines = [_asked_again(NAMED_YOU_SAID.sub(lambda said: f"{said.group('who')} would", raw)) for raw in raw_lines]
    if not any(GREETING.match(QUOTED.sub("", raw).strip()) for raw in raw_lines):
        return raw_lines
    for number in range(len(raw_lines) - 2, -1, -1):  # "You said" at a line's end, "you'd raise ..." on the next
        if SAID_AT_END.search(raw_lines[number]) and QUOTED.sub("", raw_lines[number + 1]).strip()[:3].lower() == "you":
            raw_lines[number:number + 2] = [f"{raw_lines[number].rstrip()} {QUOTED.sub('', raw_lines[number + 1]).strip()}"]
    kept, addressee = [], ""
    for raw in raw_lines:
        stripped = QUOTED.sub("", raw).strip()
        greeting = GREETING.match(stripped)
        if greeting or EMAIL_FROM.match(stripped):
            addressee = greeting.group("who") if greeting and greeting.group("who").casefold() not in EVERYONE else ""
        if addressee:
            raw = YOU_SAID.sub(lambda said, who=addressee: f"{who} would" if said.group("will") else f"{who} is going to",
                               raw)
        kept.append(raw)
    return kept


# A reply correcting who does what in the notes it quotes, in words rather than by number (`OWNER_CORRECTED`): "it's
# Owen (our PfA lead) who is pulling together the list of college drop-ins, not Kerry"
TASK_OWNER_CORRECTED = re.compile(r"\bit['’]s\s+(?P<new>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)(?:\s*\([^()\n]{1,80}\))?\s+who\s+"
                                  r"(?:is|['’]s|will\s+be)\s+(?P<task>[^,.;>]{6,120}?),?\s+not\s+(?P<old>[A-Z][a-z'’-]+)\b")


def _owner_corrected(raw_lines: list[str]) -> list[str]:
    """The notes quoted under a reply that says someone else does one of their tasks: the old name, where it
    last comes before the words of that task (two longer words shared), read as the new one."""
    whole = "\n".join(raw_lines)  # (the reply wrapped: "... who is" / "sorting out the list ..., not Kerry")
    if " who " not in whole:
        return raw_lines
    for found in TASK_OWNER_CORRECTED.finditer(whole):
        words = {word[:5] for word in re.findall(r"[a-z]{4,}", found.group("task").lower())}
        said_in = range(whole.count("\n", 0, found.start()), whole.count("\n", 0, found.end()) + 1)
        for number, raw in enumerate(raw_lines):
            if number in said_in:
                continue
            for name in reversed(list(re.finditer(r"\b" + re.escape(found.group("old")) + r"\b", raw))):
                following = QUOTED.sub("", raw_lines[number + 1]) if number + 1 < len(raw_lines) else ""  # (wrapped)
                after = {word[:5] for word in re.findall(r"[a-z]{4,}", f"{raw[name.end():]} {following}"[:120].lower())}
                if len(words & after) >= 2:
                    raw_lines[number] = f"{raw[:name.start()]}{found.group('new')}{raw[name.end():]}"
                    break
    return raw_lines


# A thread printed from a webmail ("Print all" in Gmail, saved as a PDF and copied): the browser's running header
# ("13/03/2027, 09:41    Gmail - Annual reviews ...") and footer (the print's address, "https://mail.google.com/...
# 2/4") on every page, the account's line ("Gmail    Tom Evans <...>"), "7 messages", "[Quoted text hidden]"; each
# message opened by its sender and when it was sent on one line, "Tom Evans <tom@...>    11 March 2027 at 21:40"
PRINTED_MAIL_FURNITURE = re.compile(r"^\s*(?:\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\s+(?:Gmail|Outlook|Mail)\s+-\s.*|"
                                    r"https?://mail\.\S+(?:\s+\d{1,3}/\d{1,3})?|Gmail\s{2,}.*<[^<>\s]+@[^<>\s]+>|"
                                    r"\d{1,3}\s+messages?|\[(?:Quoted\s+text\s+hidden|Message\s+clipped)\])\s*$", re.I)
# Its attachments' block: "1 attachment", then each file's name and size ("Library booking 28.04.27.pdf" / "62K")
ATTACHMENTS_LINE = re.compile(r"^\s*\d{1,2}\s+attachments?\s*$", re.I)
ATTACHED_FILE = re.compile(r"^\s*(?:\S.{0,120}\.[A-Za-z0-9]{2,5}|\d{1,4}(?:\.\d)?\s*[KMG]B?)\s*$")
PRINTED_SENDER = re.compile(r"^\s*(?P<who>[^<>\s][^<>]{0,60}?)\s*<(?P<address>[^<>\s]+@[^<>\s]+)>\s{2,}"
                            r"(?P<when>\S.{0,40}\b\d{1,2}[:.]\d{2}(?:\s*[AP]M)?)(?:\s*\([^()]*\))?\s*$", re.I)
ADDRESS_LINE = re.compile(r"^\s*(?:(?:to|cc|bcc)\s*:|<[^<>\s]+@[^<>\s]+>)", re.I)  # a header's addresses, wrapped


# A message saved or printed from a webmail's reading pane: its sender on a line of their own, when it was sent on the
# next ("Helen Brooks <hbrooks@...>" / "Wed 06/10/2027 16:18"), then its "To:" line
PANE_SENDER = re.compile(r"^\s*(?P<who>[A-Z][^<>\d:]{1,60}?)\s*<(?P<address>[^<>\s]+@[^<>\s]+)>\s*$")
PANE_SENT = re.compile(r"^\s*(?:[A-Z][a-z]{2,8},?\s+)?\d{1,2}(?:/\d{1,2}/\d{2,4}|\s+[A-Z][a-z]{2,8}\s+\d{4})"
                       r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[AP]M)?)\s*$", re.I)


def _pane_headers(raw_lines: list[str]) -> list[str]:
    """A reading pane's message header (`PANE_SENDER`, `PANE_SENT`) as a mail client's "From:" / "Sent:" lines."""
    kept = list(raw_lines)
    for number in range(len(kept) - 2):
        sender = PANE_SENDER.match(kept[number])
        if sender and PANE_SENT.match(kept[number + 1]) and re.match(r"^\s*to\s*:", kept[number + 2], re.I):
            kept[number:number + 2] = [f"From: {sender.group('who')} <{sender.group('address')}>",
                                       f"Sent: {kept[number + 1].strip()}"]
    return kept


def _printed_mail(raw_lines: list[str]) -> list[str]:
    """A webmail's printed thread (`PRINTED_MAIL_FURNITURE`) as a thread pasted from a mail client: the
    print's furniture dropped, each message opened "From: Tom Evans <...>" / "Sent: 11 March 2027 21:40", and a
    header's addresses wrapped over lines ("To: ..., Kerry Lang" / "<kerry@...>, Priya ...") kept with it; a
    reading pane's header (`_pane_headers`) so too."""
    raw_lines = _pane_headers(raw_lines)
    if sum(1 for raw in raw_lines if PRINTED_SENDER.match(raw)) < 2 \
            or not any(PRINTED_MAIL_FURNITURE.match(raw) for raw in raw_lines):
        return raw_lines
    kept, in_header, attached = [], False, False
    for raw in raw_lines:
        sender = PRINTED_SENDER.match(raw)
        if PRINTED_MAIL_FURNITURE.match(raw):
            continue  # (a page break may fall inside the attachments' block)
        attached = bool(ATTACHMENTS_LINE.match(raw)) or attached and (not raw.strip() or bool(ATTACHED_FILE.match(raw)))
        if attached:
            continue
        if sender:
            when = re.sub(r"\s+at\s+(?=\d)", " ", sender.group("when"))
            kept.extend(["", f"From: {sender.group('who')} <{sender.group('address')}>", f"Sent: {when}"])
            in_header = True
            continue
        in_header = in_header or bool(EMAIL_HEADER.match(raw.strip()))
        if in_header and raw.strip() and (EMAIL_HEADER.match(raw.strip()) or ADDRESS_LINE.match(raw)
                                          or re.search(r"@[\w-]+\.", raw) and not re.search(r"[.!?]\s*$", raw)):
            if not EMAIL_HEADER.match(raw.strip()) and kept and EMAIL_HEADER.match(kept[-1].strip()):
                kept[-1] = f"{kept[-1].rstrip()} {raw.strip()}"  # (a header's wrapped addresses)
                continue
        else:
            in_header = False
        kept.append(raw)
    return kept


# A message that replaces an earlier one of the thread: "Please delete that version and use this one", "Corrected
# version of the recap actions - please use this one", "My original email is below for reference only"
SUPERSEDES = re.compile(r"\b(?:use\s+this\s+(?:one|version)|delete\s+(?:that|the\s+(?:earlier|previous|first))\s+"
                        r"(?:version|one|email)|(?:email|version|summary|notes|recap)\s+is\s+below\s+for\s+reference\s+only)\b", re.I)


def _superseded_dropped(raw_lines: list[str]) -> list[str]:
    """A thread in which a message says it replaces an earlier version (`SUPERSEDES`): the messages sent before
    it (by the days their headers give, whichever way round the thread is printed) are left out, their actions
    the corrected version's to give."""
    if not any(SUPERSEDES.search(raw) for raw in raw_lines):
        return raw_lines
    starts = [number for number, raw in enumerate(raw_lines) if EMAIL_FROM.match(QUOTED.sub("", raw).strip())]
    messages = list(zip(starts, [*starts[1:], len(raw_lines)], strict=True))
    sent = {}
    for start, end in messages:
        header = next((QUOTED.sub("", raw).strip() for raw in raw_lines[start:min(end, start + 6)]
                       if SENT_HEADER.match(QUOTED.sub("", raw).strip())), "")
        found = find_dates(MONTH_FIRST.sub(r"\g<day> \g<month> \g<year>", header)) if header else []
        if found and found[0].day:
            sent[start] = found[0].day
    newest = max((sent[start] for start, end in messages if start in sent
                  and any(SUPERSEDES.search(raw) for raw in raw_lines[start:end])), default=None)
    if newest is None:
        return raw_lines
    dropped = {number for start, end in messages if sent.get(start, newest) < newest for number in range(start, end)}
    return [raw for number, raw in enumerate(raw_lines) if number not in dropped]


def _email_thread(raw_lines: list[str]) -> list[str]:
    """An email thread pasted whole: the '> ' quoting is taken off replies, the From/Sent/To/Subject
    lines are dropped (a 'Sent:' date is not a meeting), and "I'll send ..." is said by the sender."""
    raw_lines = _printed_mail(raw_lines)
    if not any(EMAIL_FROM.match(QUOTED.sub("", raw).strip()) for raw in raw_lines):
        return raw_lines
    raw_lines = _superseded_dropped(raw_lines)  # "Please delete that version and use this one"
    raw_lines = _recap_corrected(raw_lines)  # (the corrections to a numbered draft are read in _laid_out)
    raw_lines = _owner_corrected(raw_lines)  # "it's Owen who is pulling together the list ..., not Kerry"
    kept, sender = [], ""
    own_list = bool(writer_of(raw_lines))  # "BOARD 4/2/27 - my list (AP)" typed up by a PA: "Me" is AP, not the sender
    signers = _answers_signed(raw_lines)
    raw_lines, styled = _answers_in_their_style(raw_lines)
    signers |= styled
    granted, asked = _requests_granted(raw_lines, signers)
    for number, raw in enumerate(raw_lines):
        if number in asked:
            continue  # the question, now the action its answer agreed to

        line = QUOTED.sub("", raw)
        stripped = line.strip()
        start = EMAIL_FROM.match(stripped)
        sent = find_dates(MONTH_FIRST.sub(r"\g<day> \g<month> \g<year>", stripped)) \
            if (start and start.group("wrote")) or SENT_HEADER.match(stripped) else []
        if sent and sent[0].day:
            kept.extend(["", f"{EMAIL_SENT} {sent[0].day:%Y%m%d}]", ""])  # for the reader (`Reader.sent_before`)

        if start:
            sender = _sender(start)
            continue
        if EMAIL_HEADER.match(stripped):
            continue
        who = signers.get(number) or sender
        if number in signers:
            line = SIGNED_AT_START.sub("", line, count=1)  # "[MW] 163 as of today": the signer, named above
        if who and not own_list:  # "- me - book the room for the June workshop": the sender's
            line = me_as(line, who)
        line = _said_by(line, who) if who else line
        kept.append(f"{granted[number]} {line.strip()}" if number in granted else line)
    return kept


# "Ruth, answers in CAPS below", "my bits in [brackets] below": how a reply marks its answers inside the email it quotes
# "Ruth, answers in CAPS below", "my bits in [brackets] below", "everyone's answers inline in colour under the actions":
# how a reply marks its answers inside the email it quotes
ANSWER_STYLE = re.compile(r"\b(?:answers?|repl(?:y|ies)|comments?|responses?|my\s+(?:bits|answers|comments|replies))\s+"
                          r"(?:are\s+)?(?:inline\s+)?in\s+(?P<style>caps|capitals|upper\s*case|\[\s*brackets\s*\]|square\s+brackets|"
                          r"blue|red|green|purple|orange|pink|bold|italics?|colou?rs?)(?!\w)", re.I)
# (a colour or a face a plain-text copy loses: "My comments are in blue below" - the answers sit unmarked under each item)
LOST_STYLE = re.compile(r"blue|red|green|purple|orange|pink|bold|italics?|colou?rs?", re.I)
# "ACTION: Helen to chase GP ...", "- Training: ...", "3. NK - share the template ..."
ANSWERED_ITEM = re.compile(r"^\s*(?:action\s*:|[-*•]\s+\S|\d{1,2}[.)]\s+\S)", re.I)
ANSWER_INITIALS = re.compile(r"^[A-Z]{2,3}\s*(?:[:]|[-–—]\s)\s*")  # "RH: Will do but ...", "RH - I'd like to ..."
ANSWER_SIGNED = re.compile(r"^(?P<who>[A-Z]{2,3}):\s")  # each answer signed by whoever gave it: "SK: Can I do Friday 15th?"


def _answers_unmarked(kept: list[str], start: int, who: str, answered: dict[int, str]) -> None:
    """The answers a reply wrote in a colour its plain-text copy lost ("My comments are in blue below"): each
    paragraph of plain lines right under an item of the email it quotes ("ACTION: Helen to chase GP ..." /
    "Not needed - the review was done") is `who`'s answer, or the answer of whoever signs it ("SK: Can I do Friday
    15th?" / "HB: Yes fine"); the answers under one item are a thread (`_thread_written`) that may drop the item,
    say it is done, give it a new date or a new owner; others are their writers' words."""
    item, thread, quoted = None, [], 0
    for number in range(start, len(kept)):
        line = QUOTED.sub("", kept[number]).strip()
        quoted += bool(EMAIL_FROM.match(line))
        if quoted > 1:
            break  # (the email the quoted one quotes: not answered in this reply)
        if not line or ANSWERED_ITEM.match(line) or in_capitals(line, least=2):
            _thread_written(kept, item, thread)
            item, thread = (number if line and ANSWERED_ITEM.match(line) else None), []
            continue
        if item is None or EMAIL_HEADER.match(line):
            continue
        signed = ANSWER_SIGNED.match(line)
        answered[number] = signed.group("who") if signed else who
        thread.append((number, answered[number], ANSWER_INITIALS.sub("", line)))
    _thread_written(kept, item, thread)


def _thread_written(kept: list[str], item: int | None, thread: list[tuple[int, str, str]]) -> None:
    """The answers under one item (their lines, who gave each, their words) written into it as a comments' thread
    leaves it (`thread_applied`), its owner handed on by an answer (`POINT_TAKEN`: "Action now Rosa's"), and
    their lines gone; answers that change nothing left as they are."""
    if item is None or not thread:
        return
    applied = thread_applied(kept[item], [(who, words) for _, who, words in thread])
    said = " ".join(words for _, _, words in thread)
    handed = [name for taken in POINT_TAKEN.finditer(said) if (name := _taken_by(taken))]
    if handed and not applied.lstrip(" >").startswith("["):
        fuller = re.search(rf"\b{re.escape(handed[-1])}\s+[A-Z][a-z'’-]+", said)  # "Rosa" named in full before
        applied = with_owner(applied, fuller.group(0) if fuller else handed[-1])
    if applied != kept[item] or all(AGREES.match(words) for _, _, words in thread):  # ("On it - I'll confirm one soon")
        kept[item] = applied
        for number, _, _ in thread:
            kept[number] = ""


def _answers_in_their_style(raw_lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """An email whose sender says "answers in CAPS below" or "my bits in [brackets]": the lines in that style
    further down (in the email it quotes) are that sender's answers, in ordinary case and without their
    brackets; (the lines, {line: whose answer})."""
    styles: dict[str, str] = {}  # "caps" or "brackets": whose
    answered: dict[int, str] = {}
    kept, sender, cased, open_bracket = list(raw_lines), "", None, ""
    for number, raw in enumerate(raw_lines):
        line = QUOTED.sub("", raw).strip()
        if (start := EMAIL_FROM.match(line)):
            sender = _sender(start)
            continue
        declared = ANSWER_STYLE.search(line)
        if declared and sender and LOST_STYLE.fullmatch(declared.group("style")):
            _answers_unmarked(kept, number + 1, sender, answered)
            continue
        if declared and sender:
            styles.setdefault("brackets" if "bracket" in declared.group("style").casefold() else "caps", sender)
            continue
        # (a line in capitals after one, however short, is the same answer wrapped: "... BY" over "14 MAY.")
        if "caps" in styles and in_capitals(line, least=3 if number - 1 in answered else 8) and not EMAIL_HEADER.match(line):
            cased = cased if cased is not None else words_in_case(raw_lines)
            kept[number], answered[number] = in_ordinary_case(line, cased), styles["caps"]
        elif "brackets" in styles and (open_bracket or line.startswith("[")):
            words = line.lstrip("[")
            open_bracket = "" if "]" in words else styles["brackets"]
            kept[number], answered[number] = words.replace("]", " ").strip(), styles["brackets"]
    return kept, answered


# An answer written under a quoted question, signed "... – Grace" at its end or "[MW] ..." at its start
SIGNED_AT_END = re.compile(r"\s[–—-]\s*(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]*)?)\.?\s*$")
SIGNED_AT_START = re.compile(r"^\s*\[(?P<who>[A-Z][\w'’ .-]{0,30})\]\s")


def _answers_signed(raw_lines: list[str]) -> dict[int, str]:
    """For each line of an answer given inline under a quoted question, whoever signed that answer
    (not the email's sender): the paragraph after a '>' line, up to a blank line."""
    signers: dict[int, str] = {}
    number = 0
    while number < len(raw_lines):
        if not (QUOTED.match(raw_lines[number]) and raw_lines[number].strip(" >")):
            number += 1
            continue
        start = number + 1
        while start < len(raw_lines) and (QUOTED.match(raw_lines[start]) or not raw_lines[start].strip()):
            start += 1
        end = start
        while end < len(raw_lines) and raw_lines[end].strip() and not QUOTED.match(raw_lines[end]):
            end += 1
        signed = SIGNED_AT_START.match(raw_lines[start]) if start < end else None
        signed = signed or (SIGNED_AT_END.search(raw_lines[end - 1]) if start < end else None)
        for each in range(start, end if signed else start):
            signers[each] = signed.group("who")
        number = max(end, number + 1)
    return signers




def _requests_granted(raw_lines: list[str], signers: dict[int, str]) -> tuple[dict[int, str], set[int]]:
    """ "> Liam, can you send the figures by school?" answered "Yes, I'll send them by Tuesday –
    Liam P": "Liam P to send the figures by school." in place of the question, at the start of the
    answer's first line (so that "them" in the answer is the figures); and the lines of each
    question answered yes or no (one refused asks no action)."""
    granted, asked_lines = {}, set()
    for start, signer in signers.items():
        if start - 1 in signers:
            continue  # not an answer's first line
        above = start - 1
        while above >= 0 and not raw_lines[above].strip():
            above -= 1
        question = []
        while above >= 0 and QUOTED.match(raw_lines[above]) and raw_lines[above].strip(" >"):
            question.insert(0, QUOTED.sub("", raw_lines[above]).strip())
            above -= 1
        asked, answer = REQUEST.match(" ".join(question)), SIGNED_AT_START.sub("", raw_lines[start]).strip()
        if asked and AGREED.match(answer):
            granted[start] = f"{signer} to {asked.group('task')}."
        if asked and (AGREED.match(answer) or ANSWERED_NO.match(answer)):  # "Not this term, sorry": no action
            asked_lines.update(range(above + 1, start))
    return granted, asked_lines


def _said_by(line: str, who: str) -> str:
    """ "I'll send ...", "I said I'd ask ...", "... => me by Fri" with the writer's name for "I" (and each
    sentence so read kept in `SAID_AS`, to show the suggestion's source in the speaker's own words)."""
    said = TO_ME.sub(lambda found: f"{found.group('arrow')} {who}", line)
    said = FIRST_PERSON.sub(lambda found: f"{who} will" if found.group(0)[-2:] == "ll"
                            else f"{who} would" if found.group(0)[-1:] == "d"
                            else f"{who} is" if found.group(0)[-1:] == "m" else f"{who} ", said)
    _kept_as_said(said, line)
    return said


def _kept_as_said(said: str, line: str) -> None:
    """Each sentence of a line read in other words (`said`) kept in `SAID_AS` with the sentence as written."""
    own_words = SAID_AS.get()
    if said != line and own_words is not None:
        read, written = SENTENCE_END.split(said.strip()), SENTENCE_END.split(line.strip())
        if len(read) == len(written):
            own_words.update((" ".join(each.split()).rstrip(".!? "), first.rstrip(".!? "))
                             for each, first in zip(read, written, strict=True) if each != first)


OWN_WORDS_ADDED = 6  # words a reading may add at a sentence's end ("by end of next week", from a later message)


def _in_own_words(source: str, own_words: dict[str, str]) -> str:
    """A suggestion's source, each sentence `_said_by` read as the speaker's name ("Tom Evans will put ...")
    back in the words said ("I'll put ...")."""
    if not own_words:
        return source
    pieces = re.split("(" + SENTENCE_END.pattern + ")", source)  # the sentences, and what is between them
    for at in range(0, len(pieces), 2):
        words = pieces[at].rstrip(".!? ").split()
        end = pieces[at][len(pieces[at].rstrip(".!? ")):]
        for cut in range(0, min(OWN_WORDS_ADDED, len(words) - 1) + 1):  # (perhaps with a day added: "... by Friday")
            said = " ".join(words[:len(words) - cut])
            if said in own_words:
                pieces[at] = " ".join([own_words[said], *words[len(words) - cut:]]) + end
                break
    return "".join(pieces)


# "... => me by Fri", "draft parent letter ... - me, end of the month": the writer's
TO_ME = re.compile(r"(?P<arrow>[→⇒]|-{1,2}>|=>|\s[-–—](?=\s*me\s*(?:[,(]|by\b|$)))\s*me\b(?!['’])", re.I)
MY_TO_DO = re.compile(r"^[#*\s]*my\s+(?:to[- ]?do(?:\s+list)?|actions|jobs)\b", re.I)


def _own_notes(raw_lines: list[str]) -> list[str]:
    """Someone's own notes of a meeting ("These are my own notes"): "I'll chase Grace" is the writer's
    action, and so is each item of "My to-do list"."""
    writer = writer_of(raw_lines)
    if not writer:
        return raw_lines
    kept, to_do = [], False
    for raw in raw_lines:
        to_do = bool(MY_TO_DO.match(raw)) or (to_do and not raw.lstrip().startswith("#"))
        item = BULLET.match(raw.strip())
        if to_do and item and not _names_owner_first(item.group("text")):
            text = item.group("text")
            raw = f"- {writer} to {text[:1].lower()}{text[1:]}"  # "Chase Grace ...": "Kerry Lang to chase Grace ..."
        raw = me_as(raw, writer)  # "7. Me - ask Grace ...": the list's writer, not an email's sender
        kept.append(_said_by(raw, writer))
    return kept


# A note-taker's near-verbatim notes: "MW: "OK. Then I'll look at them myself."", "TE said the Forum had case
# studies. "I'll send them to Mark ..."": the words in quotes said by the initials the line opens with
QUOTED_SPEAKER = re.compile(r"^\s*(?:(?P<who>[A-Z]{2,4})\b(?=\s*(?::|[-–—]|said\b|asked\b|replied\b)[^\n]*[\"“]|\s*(?::|\s[-–—])\s*said\b)|"
                            r"(?P<name>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)(?=\s*:\s*[\"“]))")  # and "Mum: “I'll ring ...”"
QUOTED_WORDS = re.compile(r"[\"“](?P<words>[^\"“”]+)(?:[\"”]|$)")  # (a quote wrapped onto the next line: to its line's end)
INITIALS_KEY = re.compile(r"^[ \t]*(?P<initials>[A-Z]{2,4})(?:[ \t]{2,}|\t|\s*[=:–-]\s*)[A-Z][a-z'’-]+\s+[A-Z]", re.M)


def _quoted_speakers(raw_lines: list[str]) -> list[str]:
    """Notes whose lines open with the speaker's initials, their words in quotes: each quote's "I'll ..."
    said by those initials (defined in the text: "MW   Mark Walsh, Head of Transport"); other lines as they are."""
    starts = [QUOTED_SPEAKER.match(raw) for raw in raw_lines]
    if sum(1 for found in starts if found) < 2:
        return raw_lines
    whole = "\n".join(raw_lines)
    keys = {found.group("initials") for found in INITIALS_KEY.finditer(whole)} | set(defined_initials(whole, KNOWN_NAMES.get()))
    speakers = [(found.group("who") if found.group("who") in keys else "") if found and found.group("who") else
                found.group("name") if found and found.group("name").casefold() not in NOT_NAMES
                and not LABELS.match(found.group("name")) else "" for found in starts]
    return [SAID_WITHOUT_SUBJECT.sub(r"\g<who> ", QUOTED_WORDS.sub(lambda quote, who=who: _unquoted_promise(quote, who), raw))
            if who else raw for raw, who in zip(raw_lines, speakers, strict=True)]


# "PS: said she'd raise the late requests ...": the initials are who said it
SAID_WITHOUT_SUBJECT = re.compile(r"^\s*(?P<who>[A-Z]{2,4})\s*(?::|\s[-–—])\s*(?=(?:said|agreed|offered|confirmed)\b)")


def _unquoted_promise(quote: re.Match, who: str) -> str:
    """A quote's words with "I'll" read as `who`'s, its quotation marks left off when it promises something
    (so "TE will send them ..." opens its sentence); other quotes as they are."""
    said = _said_by(quote.group("words"), who)
    return said if said != quote.group("words") else quote.group(0)


ACTION_COLUMN_HEADER = re.compile(r"^\s*(?:minute|min|item|no\.?|ref\.?|para)(?:\s{2,}|\t)(?:discussion|minutes?|notes?|"
                                  r"details?|summary|business|report|item)\b.*?(?:\s{2,}|\t)(?:actions?(?:\s+by)?|owner|who)\s*$",
                                  re.I)
# "LP", "SKe" (the initials two people share told apart), "Liam Porter", "NK / SKe": who the Action column names
_COLUMN_NAME = rf"(?:{INITIALS_WRITTEN}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
OWNER_CELL = re.compile(rf"{_COLUMN_NAME}(?:\s*[/&,+]\s*{_COLUMN_NAME})*")
COLUMN_OWNER = re.compile(rf"^(?P<text>.*?\S)\s{{2,}}(?P<owner>{OWNER_CELL.pattern})\s*$")
NOT_AN_OWNER_CELL = {"noted", "note", "info", "for information", "none", "n/a", "agreed", "approved", "complete"}
NUMBERED_PARAGRAPH = re.compile(r"^\s*\d{1,2}\.\d{0,2}\.?\s")


def _action_column_flattened(raw_lines: list[str]) -> list[str]:
    """Minutes laid out as a table ("Minute   Discussion   Action") and pasted as text: the owner
    in the right-hand Action column ends one of the paragraph's lines ("... primary need   LP").
    Each paragraph gets its owner written after it ("(Action: LP)"); "Noted" in the column is no owner.
    Pasted with a TAB between the cells, each line is a row, a paragraph of its own ("<TAB>3.2<TAB>... meeting.<TAB>NK / SKe")."""
    header = next((i for i, raw in enumerate(raw_lines) if ACTION_COLUMN_HEADER.match(raw)), None)
    if header is None:
        return raw_lines
    if "\t" in raw_lines[header]:  # (only where an item's paragraphs are rows under its title, their Item cell blank)
        if not any(raw.startswith("\t") and raw.strip() for raw in raw_lines[header + 1:]):
            return raw_lines
        return raw_lines[:header] + [each for raw in raw_lines[header + 1:] for each in (_action_cell_flattened(raw), "")]
    kept, owner = raw_lines[:header], ""

    def close() -> None:
        if owner and kept and owner.casefold() not in NOT_AN_OWNER_CELL:
            kept[-1] = f"{kept[-1].rstrip()} (Action: {owner})"

    for raw in raw_lines[header + 1:]:
        if not raw.strip() or NUMBERED_PARAGRAPH.match(raw):
            close()
            owner = ""
        cell = COLUMN_OWNER.match(raw)
        if cell and raw.strip():
            raw, owner = cell.group("text"), cell.group("owner")
        kept.append(raw.strip())
    close()
    return kept


def _action_cell_flattened(raw: str) -> str:
    """One row of a TAB-pasted Item | Minute | Action table as a line of the minutes: its cells run together
    ("3.2 Members discussed ..."), an owner in the last cell written after them ("(Action: NK / SKe)")."""
    cells = [cell.strip() for cell in raw.split("\t")]
    owner = cells.pop() if len(cells) > 2 and OWNER_CELL.fullmatch(cells[-1]) and any(cells[1:-1]) else ""
    text = " ".join(cell for cell in cells if cell)
    return f"{text} (Action: {owner})" if owner and owner.casefold() not in NOT_AN_OWNER_CELL else text


# "... by Friday.          ACTION: LP": an action's owner typed at the right margin after its sentence
MARGIN_ACTION = re.compile(r"^(?P<text>.*?\S)?(?:\s{3,}|\t)(?P<label>actions?\s*(?:by)?\s*[:\-–]\s*\S(?=(?:\S*\s+){0,4}\S*\s*$).{0,40}?)\s*$",
                           re.I)  # (a few words: who, and perhaps when; not "Action: DL contact the SENCo ...")


def _label_carried(raw_lines: list[str], index: int, text: str, label: str) -> str | None:
    """A margin's label set beside the line an action starts on, its sentence going on below (a PDF
    turned to text with its layout: "Sam to complete the return and share with      ACTION: SO" /
    "the co-chairs before it goes in."): the sentence's rest, within the paragraph's next three lines
    (indented as far, no new numbered paragraph), is joined to the line, the label after it; what the
    last line holds after the sentence stays there. None where the sentence does not end so."""
    indent = len(raw_lines[index]) - len(raw_lines[index].lstrip())
    for at in range(index + 1, min(index + 4, len(raw_lines))):
        line = raw_lines[at]
        if not line.strip() or "\t" in line or len(line) - len(line.lstrip()) < indent \
                or NUMBERED_PARAGRAPH.match(line) or MARGIN_ACTION.match(line):
            return None
        end = SENTENCE_END.search(line)  # "term. Sarah Khan will send ..." (or the line's end)
        cut = end.start() if end else len(line.rstrip()) if line.rstrip()[-1:] in ".!?" else 0
        if cut:
            rest = " ".join(part.strip() for part in raw_lines[index + 1:at] + [line[:cut]])
            for between in range(index + 1, at):
                raw_lines[between] = ""
            raw_lines[at] = " " * indent + line[cut:].strip() if line[cut:].strip() else ""
            return f"{text} {rest} {label}"
    return None


def _margin_actions_joined(raw_lines: list[str]) -> list[str]:
    """An "ACTION: LP" label set at the right margin, after a wide gap, written after the sentence
    it ends, as "Action: LP" reads in a paragraph; one on a line of its own joins the line above;
    one beside a sentence that goes on below takes the sentence's rest (`_label_carried`)."""
    kept: list[str] = []
    raw_lines, emptied = list(raw_lines), set()
    for index, raw in enumerate(raw_lines):
        if index in emptied:
            continue
        margin = MARGIN_ACTION.match(raw)
        label = margin and margin.group("label").rstrip(".") + "."  # it ends its paragraph's sentence
        carried = margin and margin.group("text") and margin.group("text")[-1:] not in ".!?" \
            and _label_carried(raw_lines, index, margin.group("text"), label)
        if margin is None or ("\t" in raw and kept and "\t" in kept[-1]):  # a row among a table's rows
            kept.append(raw)
        elif carried:
            kept.append(carried)
            emptied.update(at for at in range(index + 1, index + 4) if at < len(raw_lines) and not raw_lines[at])
        elif margin.group("text"):
            kept.append(f"{margin.group('text')} {label}")
        elif kept and kept[-1].strip():
            kept[-1] = f"{kept[-1].rstrip()} {label}"
        else:
            kept.append(raw.strip())
    return kept


# "FGB/27/03<TAB>HEADTEACHER'S REPORT", "4.<TAB>Matters arising": an item's number, a tab, its title
NUMBERED_TITLE = re.compile(r"^\s*(?P<ref>(?:item\s+)?(?:[A-Z]{1,5}[/ ])?\d{1,4}(?:[./]\d{1,4}){0,2}[.:)]?)\t+"
                            r"(?P<title>[^\t]*\S)\s*$", re.I)


def _numbered_titles_joined(raw_lines: list[str]) -> list[str]:
    """An item's number and title set apart by a tab, on a line of their own (a clerk's Word
    minutes), read as one heading line, not as a table's row: a row has rows beside it."""
    def tabbed(index: int) -> bool:
        return 0 <= index < len(raw_lines) and "\t" in raw_lines[index]

    kept = []
    for index, raw in enumerate(raw_lines):
        match = NUMBERED_TITLE.match(raw)
        if match and len(match.group("title").split()) <= 10 and not match.group("title").endswith(".") \
                and not tabbed(index - 1) and not tabbed(index + 1):  # a numbered paragraph ends with a stop
            raw = f"{match.group('ref')} {match.group('title')}"
        if kept and CAPITALS_HEADING.match(kept[-1]) and TITLE_WRAPPED.match(raw):
            kept[-1] = f"{kept[-1].rstrip()} {raw.strip()}"
            continue
        kept.append(raw)
    return kept


# "28 SAFETY VALVE AGREEMENT - PROGRESS AND PROPOSED BLOCK TRANSFER" over "2028/29": a printed minute's
# title in capitals, wrapped (not "RESOLVED:" under it, nor the next minute's "29 GRADUATED RESPONSE")
CAPITALS_HEADING = re.compile(r"^\s*\d{1,3}\s+(?=(?:[^a-z\t]*\s){2})[A-Z][^a-z\t.:]{10,}[A-Z0-9)]$")
TITLE_WRAPPED = re.compile(r"^\s*(?!\d{1,3}[.)]?\s)(?!(?:RESOLVED|AGREED|ACTIONS?|NOTED|DECISIONS?|RECOMMENDED|PRESENT|"
                           r"APOLOGIES)\b)[A-Z0-9][^a-z\t.:]{0,30}[A-Z0-9)]\s*$")


# "          | "Ask Listen Do" wording + link to SENDIASS   | end Mar (31st)": a row's wrapped line, its
# first cell empty
PIPE_CONTINUED = re.compile(r"^\s+\|\s*\S")


def _wrapped_pipe_rows(raw_lines: list[str]) -> list[str]:
    """A table typed with pipes between short cells whose rows wrap ("Priti  | update the letter
    template with the new" / "       | wording + link to SENDIASS  | end Mar"): each row's lines joined
    cell by cell, written as one TAB row. Only a block whose own lines show such a wrap is rewritten."""
    kept: list[str] = []
    index = 0
    while index < len(raw_lines):
        end = index
        while end < len(raw_lines) and "|" in raw_lines[end] and raw_lines[end].strip() \
                and not raw_lines[end].strip().startswith("|") or (end > index and end < len(raw_lines)
                                                                     and PIPE_CONTINUED.match(raw_lines[end])):
            end += 1
        block = raw_lines[index:end]
        counts = [raw.count("|") for raw in block]
        first_wraps = [bool(number) and _first_cell_wraps(raw, block[number - 1]) for number, raw in enumerate(block)]
        # (a table whose every line has its cells, wrapped lines too, is read as any pipe table is, unless
        # the wrapped words are its first cell's alone)
        if len(block) < 2 or not any(PIPE_CONTINUED.match(raw) for raw in block) and not any(first_wraps) \
                or len(set(counts)) == 1 and not any(first_wraps):
            # (none of its later lines starts such a block either: the block is passed over whole, not
            # read again from each of its lines, which took time growing with the square of its length)
            kept += block or [raw_lines[index]]
            index = max(end, index + 1)
            continue
        rows: list[list[str]] = []
        for raw, wraps in zip(block, first_wraps, strict=True):
            cells = [cell.strip() for cell in raw.split("|")]
            if (PIPE_CONTINUED.match(raw) or wraps) and rows:
                row = rows[-1]
                row.extend([""] * (len(cells) - len(row)))
                for at, cell in enumerate(cells):
                    row[at] = f"{row[at]} {cell}".strip()
            else:
                rows.append(cells)
        kept += [""] + ["\t".join(cell or "-" for cell in row) for row in rows] + [""]
        index = end
    return kept


JOINING_END = re.compile(r"\b(?:for|the|and|of|to|in|with|on|a|an|from|by|at|about)$", re.I)


def _first_cell_wraps(raw: str, above: str) -> bool:
    """ "with medical needs  |   |" under "Toilet pass cards for pupils | Mrs Osei | Ongoing": the first
    cell's words run on to a line of their own, the other cells empty (a line starting in lower case,
    or under one ending "for the"; not a section's title row)."""
    cells = [cell.strip() for cell in raw.split("|")]
    if len(cells) < 3 or not cells[0] or any(cells[1:]) or is_pipe_separator(above):
        return False
    return cells[0][:1].islower() or bool(JOINING_END.search(above.split("|", 1)[0].strip()))


def _bare_pipe_rows(raw_lines: list[str]) -> list[str]:
    """ "Who | What | When" then "LB | Phone script | 7 December": a table typed with pipes between its
    cells but none at the ends, two lines at least with the same number of cells (a rule under the
    header aside), written as a pipe table's rows."""
    # a line starting with spaces, then a pipe: a row whose first cell is empty ("        | members | |")
    counts = [raw.count("|") if "|" in raw and not re.search(r"\S\||\|\S", raw)
              and (raw[:1].isspace() or not raw.strip().startswith("|")) else 0 for raw in raw_lines]
    rows = [number for number, raw in enumerate(raw_lines) if not is_pipe_separator(raw)]  # the rule under a header
    kept = raw_lines[:]
    for at, number in enumerate(rows):
        raw = raw_lines[number]
        same = counts[number] >= 2 and any(
            0 <= other < len(rows) and counts[rows[other]] == counts[number] for other in (at - 1, at + 1))
        kept[number] = f"| {raw.strip()} |" if same else raw
    return kept


LANGUAGES = {"english", "saesneg", "cymraeg", "welsh", "gaeilge", "irish", "gàidhlig", "gaelic"}
ENGLISH = {"english", "saesneg"}


def _english_column(raw_lines: list[str]) -> list[str]:
    """Bilingual minutes set side by side in a table ("Cymraeg | English"): each row is read in
    its English cell alone, as ordinary lines, so that a commitment is not found twice or half read."""
    kept, column = [], None
    for raw in raw_lines:
        cells = [cell.strip().lower() for cell in raw.split("\t")] if "\t" in raw else []
        if cells and all(cell in LANGUAGES for cell in cells if cell) and ENGLISH & set(cells):
            column = next(number for number, cell in enumerate(cells) if cell in ENGLISH)
            continue
        if column is not None and cells:
            raw = raw.split("\t")[column] if column < len(cells) else ""
        elif column is not None and raw.strip():
            column = None  # the table has ended
        kept.append(raw)
    return kept


DUE_IN_BRACKETS = re.compile(r"^\((?:by|due|before|deadline|target)\b[^()]*\)\.?$", re.I)


def _wrap_width(raw_lines: list[str]) -> range:
    """The lengths of a line that ran on to the next where the document was hard-wrapped: up to a
    few characters short of the width most long lines share (a longer line was never wrapped).
    Empty when its lines are not wrapped (too few of them, or short): an email wraps at 72 to 76
    characters, a typed page read back by OCR at 65 to 80."""
    lengths = sorted(len(raw.rstrip()) for raw in raw_lines if raw.strip())
    if len(lengths) < 10:
        return range(0)
    width = lengths[len(lengths) * 9 // 10]
    return range(width - 12, width + 3) if width >= 64 else range(0)


# How much of a paragraph's end joining a wrapped line reads: more than any line a document wraps
JOIN_LOOKBACK = 2_000
# "Circulate the protocol ............ ACTION: JB": dots leading from an entry to its owner or outcome
DOTTED_LEADER = re.compile(r"(?:^|\s)\.{4,}\s*\S")



OWNER_DASH_LINE = re.compile(r"^[A-Z][A-Za-z]{1,4}\s+[-–—]\s+\S")  # "MWal - post-16 transport S.B. - 02/09": an item


# "5. JO – produce an explainer (with KL). Due:" / "end of Q2": an item's own field, its value wrapped to the next line
FIELD_CUT = re.compile(r"(?:[.;,)]|\s[-–])\s+(?:Due|By|Deadline|Target(?:\s+date)?|When|Owner|Lead)\s*:$")


def _join_wrapped(previous: _Line, line: str, full: bool = False) -> bool:
    """Join a line to the paragraph an email or PDF wrapped it out of ("... within six weeks in" /
    "September, ..."), mending a word hyphenated across the break ("assess-" / "ments"). `full`: the
    line before ran to the document's wrap width, so it goes on ("... to the ICB" / "Executive Committee")."""
    # The rules read the end of the paragraph so far, never all of it: read whole at every line, a
    # paste of thousands of short lines took time growing with the square of its length (a minute
    # and a half for 100,000 characters). Its last words are enough, and a leader can only be in
    # the line joined last (below).
    end, joined_last = previous.text[-40:], previous.text[-JOIN_LOOKBACK:]
    # an action's field ("Assigned to: Sarah Khan" under "Task: Send the list ... written to") is a line of its own
    initial = bool(re.search(r"\s[A-Z]\.$", end)) and line[:1].islower()  # "Mark W." / "to check whether ..."
    initial = initial or bool(FIELD_CUT.search(end))  # "... explainer (with KL). Due:" / "end of Q2"
    if previous.kind not in ("text", "bullet") or (end[-1:] in (".", "!", "?", ":") and not initial) or ACTION_FIELD.match(line) \
            or OWNER_DASH_LINE.match(line) or TASK_DETAIL.match(line) or re.match(r"actions?\s*:", line, re.I) \
            or ATTENDANCE.match(line) \
            or ("...." in joined_last and DOTTED_LEADER.search(joined_last)):  # "Share ... ACTION: NK" ends its entry
        return False
    if DOTTED_LEADER.search(line) and not DOTTED_LEADER.match(line) and previous.kind == "text" \
            and not re.match(r"^[A-Z0-9][A-Z0-9 ,&'’()–-]+$", previous.text):
        previous.text = f"{previous.text} {line}"  # "Circulate ..., by 5pm" / "Friday ....... ACTION: MW"
        return True
    date_cut = (re.search(r"\b\d{1,2}$", end) and re.match(_MONTH_NAME + r"\b", line, re.I)) or (
        re.search(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat|sun)(?:day)?$", end, re.I)  # "... - Tues" / "4 May"
        and re.match(r"\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r"\b", line, re.I))
    gloss_then_verb = re.match(r"\([^()]{1,40}\)\s+(?:to|will|would|agreed|said)\s", line)  # "Panel chair" / "(JW) to raise ..."
    if not (line[0].islower() or ENDS_MID_PHRASE.search(end) or DUE_IN_BRACKETS.match(line) or date_cut or gloss_then_verb
            or (full and previous.kind in ("text", "bullet") and not re.match(r"^[A-Z0-9][A-Z0-9 ,&'’()–-]+$", line)
                and not (previous.kind == "bullet" and TITLE_IN_CAPITALS.match(previous.text))  # "3. CASE IP-27-041 ..."
                and not re.match(r"^[A-Z]{2,3}\s+(?:to|will)\s+[a-z]", line)  # "LF to feed back ...": a new one
                and not INLINE_HEADING.match(line) and not NUMBERED_PARAGRAPH.match(line))):
        return False
    if re.search(r"[a-z]-$", end) and line[0].islower():
        previous.text = previous.text[:-1] + line
    else:
        previous.text = f"{previous.text} {line}"
    return True


MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
MARKDOWN_BOLD = re.compile(r"(\*\*|__)(?P<text>\S(?:.*?\S)?)\1")
WHOLE_BOLD = re.compile(r"^(\*\*|__)[^*_]{2,80}\1$")
MARKDOWN_ITALIC = re.compile(r"(?<![\w*])([*_])(?P<text>[^\s*_](?:[^*_]*?[^\s*_])?)\1(?![\w*])")  # "*Owen*"
# "@Priya Shah" in a wiki's or a chat's notes: the person, mentioned
MENTION = re.compile(r"(?<![\w.@])@(?=[A-Z])")
# A task list's box: "[ ] send the report" or "☐ send the report" is still to do, "[x] send the
# report" or "☑ send the report" (a checklist in Loop, OneNote or Word) is done
# (the box, the tick and a notes app's to-do tag after the box: one rule each, in patterns.py, for every reader)
OPEN_TASK = re.compile(r"^" + OPEN_BOX + r"\s+(?:" + TO_DO_TAG + r")?")
TICKED_TASK = re.compile(r"^" + TICKED + r"\s+")  # and "3. ✓ TOM - ...": ticked after its number
# A checklist's ticked line with no bullet ("☑ Jas to circulate the notes", "[x] book the room", a notes app's
# text export): an item of a list, its tick kept to say it is done (a tick alone, "✓ ...", is a bullet: `BULLET`)
CHECKBOX = re.compile(r"^" + TICKED_BOX + r"\s+(?=\S)")
# "[DONE]  Anne to send ...", "[OPEN]  SK to update ...": an action log's status typed before each item
STATUS_TAG = re.compile(r"^\[\s*(?P<status>(?P<closed>done|completed?|closed|dropped|cancell?ed|superseded|withdrawn|crossed\s+out|"
                        r"no\s+longer\s+needed|taken\s+out\s+in\s+(?:the\s+reply|a\s+comment)|done\s+in\s+a\s+comment)|"
                        r"open|ongoing|in\s+progress|not\s+started|new|overdue|carried\s+forward)"
                        r"\s*\]\s*(?=\S)", re.I)
# Emoji a notes app puts before a heading or a line ("👋 Who's here", "📆 Next meeting: ..."): decoration
LEADING_EMOJI = re.compile(r"^(?:[\U0001F000-\U0001FAFF\u2B50\u23F0-\u23FA][\uFE0F\u200D]*\s*)+(?=\S)")  # (not ✅: done)


# "1. Transport -> MW to chase ...", "4. Dashboard - LP to add ...": the item's topic, then its owner's action
# (a chat's recap sets its topic in bold: "- **March coffee morning** - Ben to sort a venue")
TOPIC_ARROW = re.compile(r"^(?P<lead>(?:\d{1,3}[.)]\s+|[-*•]\s+)?(?:\*\*(?=[A-Z][^*]{0,60}\*\*))?[A-Z][^→>]{1,60}?)(?:\s*(?:→|-{1,2}>|=>)|\s-)\s*"
                         r"(?=[*_]{0,2}(?:[A-Z]{2,4}|[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)\s+(?:to|will)\s)")
# "9. ~~JW to present at April Board~~": crossed out
STRUCK_ITEM = re.compile(r"^(?P<lead>" + ITEM_OPENING + r")~~(?P<item>[^~]+)~~")  # "... ~~ not needed": and why


RULED_HEADING = re.compile(r"^[-=]{3,}\s*(?P<title>[A-Za-z][^=]{2,80}?)\s*[-=]{3,}$")
# A PDF's arrow drawn from a symbol font, read back as "fi", "Ø", "à" or "è" before an owner: "fi AP to audit ..."
GLYPH_ARROW = re.compile(r"^(?:fi|[Øàèð➢➤►▶])\s+(?=[A-Z])")


# A typist's marks on handwritten notes typed up: how a line looked ("[underlined twice]", "[circled]", "[?]"),
# words struck through ("[crossed out: 'by 10/3']", gone; a whole line of them, crossed out), a margin's note
TYPIST_LOOKS = re.compile(r"\s*\[(?:underlined(?:\s+twice)?|boxed|circled|starred|highlighted|ringed|sic|\?)\]", re.I)
TYPIST_STRUCK_LINE = re.compile(r"^(?P<lead>(?:\d{1,3}[.)]\s+|[-–*•]\s+)?)\[crossed\s+out:\s*(?P<item>[^\[\]]{1,300})\]", re.I)
TYPIST_STRUCK = re.compile(r"\s*\[crossed\s+out:\s*[^\[\]]{0,300}\]", re.I)
TYPIST_MARGIN = re.compile(r"^\[margin\]\s*|\[margin:\s*(?P<note>[^\[\]]{1,300})\]", re.I)
# "MW → refresh s.3 by Fri 5/3": whose the line is, before an arrow and what to do; "LP dashboard v2 → me": theirs, to me
OWNER_ARROW_VERB = re.compile(r"^(?P<lead>(?:\d{1,3}[.)]\s+|[-–*•]\s+)?)(?P<who>[A-Z]{2,3}(?:\s*/\s*[A-Z]{2,3})*)\s*(?:→|-{1,2}>)\s*(?=[a-z]{3,}\s)")
# "~~DL~~ SK to update the toolkit": the owner crossed out and another written beside it: theirs
STRUCK_OWNER = re.compile(r"~~[A-Z][\w.'’]{0,15}(?:\s[A-Z][\w.'’]{0,15})?~~\s*(?=[A-Z][\w.'’]{0,15}(?:\s[A-Z][\w.'’]{0,15})?\s+(?:to|will)\s)")
OWNER_THING_TO_ME = re.compile(r"^(?P<lead>(?:\d{1,3}[.)]\s+|[-–*•]\s+)?)(?P<who>[A-Z]{2,3})\s+(?P<thing>[^→]{3,60}?)\s*→\s*me\b")


# "[illeg.] to email the families", then the typist's "[checked with HB - this is GA]" under it: GA's
ILLEGIBLE_OWNER = re.compile(r"\[(?:illeg(?:ible)?\.?|unclear|can['’]t\s+read)\](?=\s+to\s)", re.I)
RESOLVED_OWNER = re.compile(r"^\s*\[[^\[\]]{0,120}?\b(?:this|it)\s+(?:is|was)\s+(?P<who>(?-i:[A-Z]{2,3}|[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?))\b"
                            r"[^\[\]]{0,160}\]\s*$", re.I)


# "Mary to redraft the form — ~~by 19 March~~ **2 April**": a date struck through inside a line, the new one beside it
STRUCK_WORDS = re.compile(r"(?<=\s)~~[^~\n]{0,30}\d[^~\n]{0,30}~~\s*")
# "- ~~DL~~ SK to update ...": the initials that own a typed-up line
INITIALS_OWNER = re.compile(r"^(?P<lead>\s*(?:\d{1,3}[.)]\s+|[-–*•]\s+)?(?:~~[^~\n]{1,30}~~\s*)?)(?P<who>[A-Z]{2,3})(?=\s+to\s)")


def _illegible_owners_named(lines: list[str]) -> list[str]:
    """Handwritten notes typed up: an owner the typist could not read ("[illeg.] to email ...") that their note on
    the next line names ("[checked w/ HB - this is GA, she offered]"): the line as GA's, the note gone; initials
    the note names in full ("SK to update ..." over "[... this is Sarah Kent]"): that person's, the note kept."""
    kept: list[str] = []
    for line in lines:
        named = RESOLVED_OWNER.match(line) if kept and "[" in line else None
        if named and ILLEGIBLE_OWNER.search(kept[-1]):
            kept[-1] = ILLEGIBLE_OWNER.sub(named.group("who"), kept[-1], count=1)
            continue
        initials = INITIALS_OWNER.match(kept[-1]) if named and " " in named.group("who") else None
        if initials and [word[0] for word in named.group("who").split()] == [initials.group("who")[0], initials.group("who")[-1]]:
            kept[-1] = kept[-1][:initials.start("who")] + named.group("who") + kept[-1][initials.end("who"):]
        kept.append(line)
    return kept


def _typist_marks_read(line: str) -> str:
    """Handwritten notes typed up, their marks read: "[crossed out: SK – refresh]" is a crossed-out item,
    a struck date inside a line gone, "[underlined twice]" dropped, "[margin: not SK]" a note in brackets;
    and "MW → refresh s.3" as "MW to refresh s.3", "LP dashboard v2 → me" as "LP to send dashboard v2 to me"."""
    if "[" in line:
        line = TYPIST_STRUCK_LINE.sub(lambda found: f"{found.group('lead')}[crossed out] {found.group('item')}", line)
        line = TYPIST_LOOKS.sub("", TYPIST_STRUCK.sub("", line))
        line = TYPIST_MARGIN.sub(lambda found: f"({found.group('note')})" if found.group("note") else "", line)
    if "~~" in line:
        line = STRUCK_WORDS.sub("", STRUCK_OWNER.sub("", line))
    if "→" in line or ">" in line:
        line = OWNER_ARROW_VERB.sub(lambda found: f"{found.group('lead')}{found.group('who')} to ", line)
        line = OWNER_THING_TO_ME.sub(lambda found: f"{found.group('lead')}{found.group('who')} to send "
                                                   f"{found.group('thing')} to me", line)
    return line


def _relabelled(line: str) -> str:
    """A line's own marks put in words the reader knows: "What will change → Add ..." as "Action: Add ...",
    "Transport -> MW to chase ..." as "Transport – MW to chase ...", a crossed-out item as "[crossed out] ..."."""
    # "---- Section E: Decisions --------", "--- last wks actions ---": the heading between the rules
    line = RULED_HEADING.sub(lambda found: found.group("title")[:1].upper() + found.group("title")[1:], line)
    line = STRUCK_ITEM.sub(lambda found: f"{found.group('lead')}[crossed out] {found.group('item')}",
                           _typist_marks_read(GLYPH_ARROW.sub("→ ", line)))
    line = SHORT_ACTION_LABEL.sub(lambda found: f"{found.group('ref')}Action: ", line)
    return TOPIC_ARROW.sub(lambda found: f"{found.group('lead')} – ", CHANGE_LABEL.sub("Action: ", line))


# A clerk's shorthand for an action, before the initials of who is to do it: "A: PG send referral pack ...",
# "27/034  A: DL contact ..." (not an answer's "A: The council will ...", nor "A: NFA")
SHORT_ACTION_LABEL = re.compile(r"^(?P<ref>(?:\d{1,3}/\d{1,4}\s+)?)A\s*:\s+(?=[A-Z]{2,3}\s+(?!(?:is|are|was|were|has|had|have|"
                                r"said|says|asked|noted)\b)[a-z]{2,})")


# A learning review's or plan's label for what is to be done: "What will change → Add ...", "What we will do:",
# read as "Action: Add ..."
CHANGE_LABEL = re.compile(r"^(?:[→➜➔➡]\ufe0f?\s*)?(?:what\s+(?:will|we\s+will|we['’]ll)\s+(?:change|do)|what\s+needs\s+to\s+happen|"
                          r"agreed\s+change|follow[- ]?up(?:\s+\d{1,2})?)\s*(?:→|->|:|[-–—]\s)\s*(?=[A-Z])|"  # "Follow-up: Grace to ...", "FOLLOW-UP 3:"
                          r"^follow[- ]?up\s+(?=(?:[A-Z][\w'’-]*\s+){1,3}to\s)", re.I)  # a table's "Follow-up | YO to seek ..."
ASCII_ARROW = re.compile(r"(?<![<=>-])(?:-{1,2}|=)>(?![>=])|➡\ufe0f?")  # "->", "-->", "=>": notes typed in a hurry


def _without_markup(line: str) -> str:
    """A line of Markdown (a wiki's or a notes app's export) as plain text: "## Action items" is the
    heading "Action items", "**Decision:**" the label "Decision:", "@Priya Shah" the name."""
    line = MARKDOWN_BOLD.sub(lambda found: found.group("text"), MARKDOWN_HEADING.sub("", line))
    line = MARKDOWN_ITALIC.sub(lambda found: found.group("text"), line)
    line = EMAIL_THEN_TASK.sub(_emailed_owner, MENTION_THEN_TASK.sub(_mentioned_owner, line))
    line = OWNER_IN_LABEL.sub(lambda found: f"{found.group('label')}: {found.group('who')} to ", line)
    return LEADING_EMOJI.sub("", MENTION.sub("", line).strip())


# "ACTION (Mo): map the cohort ...": the owner in brackets after the label, then what to do
OWNER_IN_LABEL = re.compile(r"^(?P<label>\W{0,3}(?i:actions?))\s*\((?P<who>[A-Z][^()]{0,30})\)\s*:\s*(?=[a-z])")


# "[ ] @Liam Porter Confirm the cut-over date": a task assigned by mentioning its owner first (one owner)
MENTION_THEN_TASK = re.compile(r"^(?P<lead>\s*(?:[-*•]\s+)?(?:(?:" + OPEN_BOX + r"|" + TICKED + r")\s*)?)@(?P<words>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*){1,3})"
                               r"(?=\s+(?P<next>[a-z]+)\b)?")


# "☐ k.ng@example.org book the hall": a task assigned by a people chip that exported as the email address
EMAIL_THEN_TASK = re.compile(r"^(?P<lead>\s*(?:[-*•]\s+)?(?:" + OPEN_BOX + r"|" + TICKED + r")\s*)(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
                             r"\s+(?=(?P<next>[a-z]+)\b)")


def _emailed_owner(found: re.Match) -> str:
    """ "☐ k.ng@example.org book the hall" as "☐ k.ng@example.org: book the hall", its owner the address."""
    return f"{found.group('lead')}{found.group('email')}: " if _owner_verb(found.group("next")) else found.group(0)


A_VIEW = re.compile(r"\s+(?:think|reckon|guess|believe|feel)\s+(?!of\b|about\b|through\b)")


def _mentioned_owner(found: re.Match) -> str:
    """ "@Liam Porter Confirm" as "Liam Porter: Confirm", "@Claire Dunmore adapt" as "Claire Dunmore: adapt":
    the name, up to the verb that starts the task."""
    words = found.group("words").split()
    if A_VIEW.match(found.string, found.end()):
        return found.group(0)  # "@Ruth Hill think the visits one is Sarah Kent's?": a view put to her, no task
    verb = next((at for at in range(1, len(words)) if words[at][1:].islower() and _owner_verb(words[at])), None)
    if verb is None and found.group("next") and _owner_verb(found.group("next")):
        return f"{found.group('lead')}{' '.join(words)}:"  # "@Claire Dunmore adapt the FAQs ...": in lower case
    if verb is None:  # "@Grace Adeyemi OT waiting times by locality": a person the partnership knows (both names), the task
        names = KNOWN_NAMES.get() or frozenset()
        verb = next((at for at in range(len(words), 1, -1) if all(word.casefold() in names for word in words[:at])), None)
        if verb and verb < len(words):  # marked as theirs, as an arrow to an owner marks it
            return f"{found.group('lead')}→ {' '.join(words[:verb])}: {' '.join(words[verb:])}"
        verb = None
    return f"{found.group('lead')}{' '.join(words[:verb])}: {' '.join(words[verb:])}" if verb else found.group(0)


def mentioned_names(text: str) -> frozenset[str]:
    """The first names and surnames of the people a text @mentions ("@Sarah Khan")."""
    return frozenset(word.casefold() for found in re.finditer(r"(?<![\w.@])@([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)", text)
                     for word in found.group(1).split() if word.casefold() not in MONTHS)


def _quoted_apart(step, raw_lines: list[str]) -> list[str]:
    """`step` (a layout's reader) given a reply's quoted draft without its "> " marks, so a table or
    columns quoted in a reply read as they do outside one; the quoting put back for the email's reader
    (`_email_thread`), or left off a quoted passage pasted without its email."""
    if not any(QUOTED.match(raw) for raw in raw_lines):
        return step(raw_lines)
    email = any(EMAIL_FROM.match(QUOTED.sub("", raw).strip()) for raw in raw_lines)
    kept: list[str] = []
    for quoted, run in itertools.groupby(raw_lines, key=lambda raw: bool(QUOTED.match(raw))):
        run = list(run)
        if not quoted:
            kept.extend(step(run))
            continue
        mark = QUOTED.match(run[0]).group(0).strip() + " " if email else ""
        lines = step([QUOTED.sub("", raw) for raw in run])
        if not email and _action_lines_only(lines):  # another record's action lines, quoted: a list the words before it govern
            lines = [f"• {line.strip()}" if line.strip() else line for line in lines]
        kept.extend(mark + line if line.strip() else mark.strip() for line in lines)
    return kept


def _action_lines_only(lines: list[str]) -> bool:
    """A quoted passage that is nothing but action lines ("> ACTION MW – confirm the start date – July Board"):
    a list of actions, read as one, so the words that introduce it ("the Board's actions, not ours:") govern it."""
    filled = [line.strip() for line in lines if line.strip()]
    return len(filled) >= 2 and all(ACTION_LABEL.match(line) or QUOTED_ACTION_LINE.match(line) for line in filled)


QUOTED_ACTION_LINE = re.compile(r"^ACTION\s+[A-Z]")  # "ACTION AP (Anne) – letter to DfE ...", the word in capitals


# Easy Read's picture column: "[Picture: calendar with 13 July circled]<TAB>We met on ...", a picture's
# description beside the words it illustrates
PICTURE_CELL = re.compile(r"^\s*\[(?:picture|image|photo|symbol|icon|illustration)\b[^\]\t]{0,200}\]\s*\t\s*(?=\S)", re.I)


def _pictures_dropped(raw_lines: list[str]) -> list[str]:
    """An Easy Read table's rows as the words beside their pictures: paragraphs, not a table's rows."""
    return [PICTURE_CELL.sub("", raw) if raw.lstrip().startswith("[") else raw for raw in raw_lines]


def _laid_out(raw_lines: list[str], meeting_date: date | None) -> list[str]:
    """The raw lines with each layout put into lines the reader knows: columns read one at a time,
    email quoting, one language of two, numbered and labelled action blocks as bullets, JSON exports,
    CSV and stacked cells as TAB rows, page furniture dropped, an action column flattened, pictures' cells left out."""
    raw_lines = _pictures_dropped(raw_lines)
    raw_lines = _corrections_applied(numbered_items_reviewed(abbreviations_spelt_out(
        _keycaps_as_numbers(json_rows(_outline_as_bullets(raw_lines), text_from_html)))), meeting_date)
    raw_lines = dictated_notes(comments_applied(corrections_applied(spoken_notes(raw_lines))),
                               KNOWN_NAMES.get())
    raw_lines = _unmarked_action_items(_margin_actions_joined(terse_notes(markdown_notes(ocr_mended(
        _numbered_titles_joined(raw_lines))), KNOWN_NAMES.get())))
    footers = set(_page_footers(raw_lines))
    raw_lines = _quoted_apart(lambda lines: raid_entries(column_by_column(_bare_pipe_rows(_wrapped_pipe_rows(lines)),
                                                                        footers)), raw_lines)
    raw_lines = labelled_blocks(numbered_blocks(_own_notes(_quoted_speakers(_email_thread(_said_to(
        _english_column(_quoted_apart(lambda lines: chat_export(lines, _said_by), messages_rows(raw_lines)))))))))  # (a chat pasted into an email)
    raw_lines = bracketed_owners(task_list_blocks(task_info_topics(dotted_forms(titled_bullets(cards_with_their_when(
        mentions_under_tasks(raw_lines)))))))
    raw_lines = keyed_owners(raw_lines, KNOWN_NAMES.get())
    raw_lines = stacked_cells(run_together_cells(sheet_subitems(csv_rows(minute_rows(reviewed_log_actions(raw_lines)), _said_by))))
    raw_lines = cell_per_line(spaced_rows(raw_lines, is_date_cell), is_date_cell)
    return _action_column_flattened(_without_page_furniture(raw_lines))


OUTLINE_LINE = re.compile(r"^(?P<tabs>\t+)(?P<text>[^\t]*\S)\s*$")
OWN_MARKS = re.compile(r"^(?:[-*•]\s|\d+(?:\.\d+)+\s)")
STAMPED = re.compile(r"^\s*\[?\d{1,2}:\d{2}")


# "liam - tribunal figs - end of next wk": an item of a list typed without its bullets, its owner first
UNMARKED_ITEM = re.compile(r"^[A-Za-z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?\s+[-–—]\s+\S")
MOST_WORDS_IN_AN_ITEM = 20


def _unmarked_action_items(raw_lines: list[str]) -> list[str]:
    """The lines straight under "for the log:" or "Actions:", each "someone - what" and short, as the
    list they are when its bullets were lost (a text message, a plain-text email). (Each line read once:
    the items run to a blank line or the next such label.)"""
    def label(raw: str) -> bool:
        line = raw.strip()
        return line.endswith(":") and len(line.split()) <= 8 and ACTION_CONTEXT.search(line) is not None

    kept, at = list(raw_lines), 0
    while at < len(raw_lines):
        if not label(raw_lines[at]):
            at += 1
            continue
        end = at + 1
        while end < len(raw_lines) and raw_lines[end].strip() and not label(raw_lines[end]):
            end += 1
        items = [item.strip() for item in raw_lines[at + 1:end]]
        marked = [bool(UNMARKED_ITEM.match(item)) and len(item.split()) <= MOST_WORDS_IN_AN_ITEM for item in items]
        if sum(marked) >= 2 and all(mark or re.fullmatch(r"\(.*\)", item) for mark, item in zip(marked, items, strict=True)):
            kept[at + 1:end] = [f"- {item}" if mark else item for mark, item in zip(marked, items, strict=True)]  # ("(x - NO)")
        at = end
    return kept


def _outline_as_bullets(raw_lines: list[str]) -> list[str]:
    """A slide deck copied from its outline view: each slide's title on a line of its own, its points
    indented by TABs, one TAB a level ("\tBreak down the deficit by need type - Liam Porter - next Board"),
    read as bullets under the title; a text with a table in it (a TAB after words) as it is."""
    indented = [found.group("text") for raw in raw_lines if (found := OUTLINE_LINE.match(raw))]
    if len(indented) < 5 or len(indented) * 3 < sum(1 for raw in raw_lines if raw.strip()) \
            or any("\t" in raw.strip("\t") for raw in raw_lines) \
            or any(OWN_MARKS.match(text) for text in indented) or any(STAMPED.match(raw) for raw in raw_lines):
        return raw_lines  # (an outliner's own "- TODO", a mind map's "1.2 ...", a chat's messages under their times)
    kept: list[str] = []
    for raw in raw_lines:
        found = OUTLINE_LINE.match(raw)
        if found:
            kept.append(f"{'  ' * (len(found.group('tabs')) - 1)}- {found.group('text')}")
        else:  # a slide's title: its own line, not run on to the last point of the slide before
            kept.extend(["", raw] if raw.strip() and kept and kept[-1].lstrip().startswith("- ") else [raw])
    return kept


# Word's tracked changes and comments flattened into the text, as a copy "with markup" shows them
TRACKED_DELETION = re.compile(r"\[(?:Deleted|Deletion|Formatted|Comment\s+(?:\[[A-Z]{1,4}\d{0,3}\]|[A-Z]{1,4}\d{0,3}))"
                              r"\s*:[^\[\]]{0,2000}\]\s?", re.I)  # "[Comment [RH3]: ...]", "[Formatted: Bold]"
TRACKED_INSERTION = re.compile(r"\[(?:Inserted|Insertion)\s*:\s?([^\[\]]{0,2000})\]", re.I)


def _tracked_changes_applied(text: str) -> str:
    """ "Action: [Deleted: MW][Inserted: YO] to raise ...": the text as it now reads ("Action: YO to
    raise ..."), deletions and reviewers' comments dropped, insertions kept."""
    if "[" not in text:
        return text
    return TRACKED_INSERTION.sub(r"\1", TRACKED_DELETION.sub("", inline_threads(text)))


RULE_LINE = re.compile(r"[_=~*]{3,}|[-–—]{5,}")


def _bracket_run_on(lines: list[_Line], raw: str, line: str) -> bool:
    """A bracket indented under a list item ("4. S Khan - book the room" / "   ( Civic Centre ? )"),
    joined to it; else False."""
    if lines and lines[-1].kind == "bullet" and raw[:1].isspace() and line.startswith("(") \
            and not re.match(r"^\(\w{1,4}\)\s", line):
        lines[-1].text = f"{lines[-1].text} {line}"
        return True
    return False


def _row_of_one(lines: list[_Line], raw: str) -> list[str] | None:
    """ "2. EBSA: HB described rising numbers.<TAB>" under a table's rows: a row whose only filled
    cell is its first, as many cells as the row above; else None."""
    cells = [cell.strip() for cell in raw.split("\t")] if "\t" in raw else []
    return cells if len(cells) > 1 and cells[0] and not any(cells[1:]) and lines and lines[-1].kind == "row" \
        and len(lines[-1].cells) == len(cells) else None


def _wrapped_row(previous: _Line, cells: list[str]) -> bool:
    """A table's row typed with pipes on two lines, its first cell left empty on the second and its words going
    on in lower case ("Share the revised letter with" / "the PCF for comment"); not a new row whose
    first cell is empty ("| | Send the letter | MW |"). A wrapped row is joined to the row above; so is
    any line with no number under a numbered row ("3 | Circulate the plan to | JW" / "  | SEND Board members |")."""
    wrapped = (previous.kind == "row" and len(previous.cells) == len(cells) and not cells[0].strip()
               and any(previous.cells) and (any(cell[:1].islower() or cell[:1] == "(" for cell in cells[1:])
                                            or bool(re.fullmatch(r"\d{1,3}[.)]?", previous.cells[0].strip()))))
    if wrapped:  # joined to the row above
        previous.cells = [f"{above} {below}".strip() for above, below in zip(previous.cells, cells, strict=True)]
        previous.text = " ".join(cell for cell in previous.cells if cell)
    return wrapped


def _fixed_width_row(lines: list[_Line], raw: str, columns: list[int], header: list[str]) -> None:
    """A line of a table whose columns are lined up with spaces: a row, or a cell wrapped onto a new line
    (the first cell's, or the other cells' under an empty first one: "SF27/01   Circulate revised   KM" over
    "          consultation document"), or the `header` repeated at the top of the next page (dropped)."""
    cells = fixed_width_cells(raw, columns)
    if all(RULE_LINE.fullmatch(cell) or re.fullmatch(r"-{1,4}", cell) for cell in cells if cell):
        return  # "---  --------  -----": the rule under the header
    previous = lines[-1]
    if raw[:1] == " " and cells[0] and not any(cells[1:]) and previous.kind == "row":
        previous.cells[0] = f"{previous.cells[0]} {cells[0]}"
        return
    if [cell.casefold() for cell in cells] == [cell.casefold() for cell in header]:
        return
    # (across a page break, the row before the header repeated: its last word orphaned on the next page)
    above = previous if previous.kind == "row" and previous.cells[:1] != [""] and previous.cells != header else None
    if above is not None and (raw[:1] == " " and not cells[0] and (
            any(cell[:1].islower() or cell[:1] == "(" for cell in cells) or re.search(r"\d", above.cells[0]))
            or _cell_wrapped(cells, above.cells, columns_of(header))):
        above.cells = [f"{old} {new}".strip() for old, new in itertools.zip_longest(above.cells, cells, fillvalue="")]
        above.text = " ".join(cell for cell in above.cells if cell)
    else:
        lines.append(_Line("row", " ".join(cell for cell in cells if cell), cells=cells))


def _cell_wrapped(cells: list[str], above: list[str], roles: Columns | None) -> bool:
    """A line of a fixed-width table whose first column is the action's that goes on with the row above
    ("Send the hub opening times to all    Sam Patel    Friday 12" over "Early Years settings    March"):
    nothing in its owner column under an owner above, or its action's words going on in lower case."""
    if roles is None or roles.action != 0 or not cells[0] or len(above) != len(cells):
        return False
    ownerless = roles.owner is not None and not cells[roles.owner] and bool(above[roles.owner])
    return ownerless or cells[0][:1].islower()


def _plain_breaks(text: str) -> str:
    """One kind of line break and space; no byte order mark (the "\ufeff" before "Title,Action ID,..." that
    an export to CSV begins with)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")


KEYCAP_NUMBER = re.compile(r"^(\s*)(\d{1,2})\ufe0f?\u20e3\s*")


def _keycaps_as_numbers(raw_lines: list[str]) -> list[str]:
    """A post's emoji numbers ("1️⃣ Mary Walker will publish ...", in a chat or a social media export) as "1. "."""
    return [KEYCAP_NUMBER.sub(r"\1\2. ", raw) if "\u20e3" in raw else raw for raw in raw_lines]


def _spoken_forms(text: str) -> str:
    """ "Kit's gonna print ...": Kit is going to, as the rules read it."""
    return GONNA.sub("going to", text) if "onna" in text else text


def _bullet_line(line: str, bullet: re.Match) -> _Line:
    """A list item's line: its words, whether it is numbered ("3."), its marker's style ("(ii)", "b)")."""
    number = re.match(r"^\(?(\d+)", line)
    style = "roman" if ROMAN_MARKER.match(line) else "letter" if LETTER_MARKER.match(line) else ""
    return _Line("bullet", OPEN_TASK.sub("", bullet.group("text").strip()), numbered=bool(number),
                 style=style, marker=number.group(1) if number else "", boxed=bool(OPEN_TASK.match(bullet.group("text").strip())))


def _clean_lines(text: str, meeting_date: date | None = None) -> list[_Line]:
    """Lines with page chrome dropped, hard-wrapped paragraphs joined back together, and table rows (tabs, pipes,
    or columns lined up with spaces) split into their cells; `meeting_date` reads the dates a reply corrects."""
    text = _spoken_forms(_tracked_changes_applied(_plain_breaks(text)))
    lines: list[_Line] = []
    columns: list[int] | None = None  # a fixed-width table's column starts, while inside one
    header: list[str] = []  # and its header's cells
    raw_lines = _laid_out(_illegible_owners_named(text.split("\n")) if "[" in text else text.split("\n"), meeting_date)
    # `hang`: where the last list item's words began on its line: its wrapped lines start there too
    wrap, full, hang = _wrap_width(raw_lines), False, 0
    for at, raw in enumerate(raw_lines):
        full_before, full = full, len(raw.rstrip()) in wrap
        line = re.sub(r"\s+", " ", raw).strip()
        joined = bool(hang) and _hangs_under(lines, raw, line, hang)
        hang = hang if joined and _runs_on(raw) else 0
        if joined:
            continue
        if columns is not None and line:
            _fixed_width_row(lines, raw, columns, header)
            continue
        if columns is not None and table_goes_on(raw_lines, at + 1, columns, header):
            continue  # a table set with a blank line between its rows, or its page's foot between them
        columns = None
        if line.lower() in PAGE_CHROME or AI_TOOL_NOTE.match(line):
            continue
        if not line or RULE_LINE.fullmatch(line):  # and "______", "=======": a rule drawn across the page
            _ruled_title(lines, ruled=bool(line))
            lines.append(_Line("blank", "", style="rule" if line else ""))
            continue
        if is_pipe_separator(raw):
            continue
        cells = cells_of(raw) or _row_of_one(lines, raw)
        if cells is not None and lines and "|" in raw and _wrapped_row(lines[-1], cells):
            continue
        if cells is not None:
            lines.append(_Line("row", " ".join(cell for cell in cells if cell), cells=cells))
            continue
        starts = fixed_width_header(raw)
        if starts is not None:
            columns = starts
            cells = header = fixed_width_cells(raw, starts)
            lines.append(_Line("row", line, cells=cells))
            continue
        line = _relabelled(PARAGRAPH_NUMBER.sub("", line))  # "5.4 Action: ...": item 5's paragraph
        bold = bool(WHOLE_BOLD.match(line))  # "**What we will do**": a heading, whatever its words
        line = _typed_marks_read(_without_markup(line))
        if not line:
            continue
        if STATUS_TAG.match(line) or (CHECKBOX.match(line) and not BULLET.match(line)):
            line = f"• {line}"  # an item of a log, its status kept for _bullet_suggestions; a checklist's tick
        bullet = BULLET.match(line)
        if bullet:
            lines.append(_bullet_line(line, bullet))
            # (and a bullet as wide as the wrap, whatever its end; not "2. Health - ...", an item's title over its body)
            hang = _item_words_start(raw) if _runs_on(raw) or (full and not bullet.group(0).lstrip("(")[:1].isdigit()) else 0
            continue
        if _bracket_run_on(lines, raw, line) or (lines and not bold and _join_wrapped(lines[-1], line, full_before)):
            continue
        lines.append(_Line("text", line, style="bold" if bold else ""))
    return [each for line in lines for each in _inline_list(line)]


def _ruled_title(lines: list[_Line], ruled: bool) -> None:
    """ "-----" / "4. WHAT ARE WE WORRIED ABOUT" / "-----": one short line between two rules across the page
    is a heading, numbered or not, as if set in bold."""
    if ruled and len(lines) >= 2 and lines[-2].style == "rule" and lines[-1].kind in ("bullet", "text") \
            and _is_heading_line(lines[-1].text):
        lines[-1] = _Line("text", lines[-1].text, style="bold")


ITEM_MARK = re.compile(r"^ {0,6}(?:\(?\d{1,2}[.)]|\(?[a-z]\)|[•*–·-]|o(?= {2})) +(?=\S)")  # (Outlook's "·" and "o", pasted)


def _typed_marks_read(line: str) -> str:
    """ "-> LP: forecast final", "... => HB by 7/5", "➡️ @lp to ..." with an arrow; "me to email the nursery"
    as "Me to ...": the note-taker's; "[Sarah Kent] Section 4: Rewrite section 4 ..." as "Sarah Kent to rewrite ..."."""
    line = ME_NAMED.sub(lambda found: found.group("lead") + found.group("name"), line) if "(" in line else line
    line = ROLE_NAMED.sub(r"\g<name>", line) if "(" in line else line  # "Liam and my BI lead (Kamal) to ...": Kamal
    if "ing " in line:  # (the source shown as written: "Tom doing the chair's bit")
        mark = ITEM_MARK.match(line)  # (after the item's mark: "- Tom doing ...", "2. Tom doing ...")
        body = line[mark.end():] if mark else line
        read = DOING.sub(_doing_as_to_do, body)
        _kept_as_said(read, body)
        line = line[:mark.end()] + read if mark else read
    return _owner_in_brackets(LOWER_CASE_ME.sub(r"\1Me", ASCII_ARROW.sub("→", line)))


# "- Me (Yusuf) - update the flowchart ...": the writer, who names themselves in brackets
ME_NAMED = re.compile(r"^(?P<lead>" + ITEM_OPENING + r")(?i:me)\s*\((?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\)"
                      r"(?=\s*[-–—:]\s|\s+to\s)")
# "- Tom doing the chair's bit", "autumn dates - Sarah K booking rooms", "Translation: SK checking cost of ...": a
# note-taker's shorthand for who is doing what, at the start of an item or a clause
DOING = re.compile(r"(?P<lead>^|[:;.]\s+|\s[-–]\s+)(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z](?:[a-z'’-]+)?)?)"
                   r"\s+(?P<verb>[a-z]{2,12})ing\s+(?=[a-z0-9])")
DONE_NOW = re.compile(r"\b(?:today|now|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)


def _doing_as_to_do(found: re.Match) -> str:
    """ "Sarah K booking rooms" as "Sarah K to book rooms", when Sarah is someone the partnership knows (not "ICB
    reviewing ...", "JCG meeting dates") and booking something they do, later ("Claire allocating 6 today": done)."""
    who, stem = found.group("who"), found.group("verb")
    person = who.split()[0].casefold() in KNOWN_NAMES.get() and who.split()[0].casefold() not in NOT_NAMES
    verb = next((each for each in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "")
                 if each and (_owner_verb(each) or each == "do") and each not in ("meet", "go")), None)  # ("Tom doing the chair's bit"; "going to the session": attending)
    now = DONE_NOW.search(found.string, found.end(), found.end() + 80)
    return f"{found.group('lead')}{who} to {verb} " if person and verb and not now else found.group(0)


ROLE_NAMED = re.compile(ROLE_THEN_NAME.pattern + r"(?=\s+(?:to|will)\s)")


# A meeting tool's suggested next steps: "- [Sarah Kent] Section 4 Rewrite: Rewrite section 4 and circulate ..."
OWNER_IN_BRACKETS = re.compile(r"^(?P<lead>(?:[-•*]\s+|\d{1,2}[.)]\s+)?)\[(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\]\s+"
                               r"(?:[^:\n\[\]]{2,60}:\s+)?(?P<first>[A-Z])(?=[a-z])")


def _owner_in_brackets(line: str) -> str:
    found = OWNER_IN_BRACKETS.match(line) if line.startswith(("[", "-", "•", "*")) or line[:1].isdigit() else None
    if not found or found.group("who").split()[0].casefold() not in KNOWN_NAMES.get():
        return line
    return f"{found.group('lead')}{found.group('who')} to {found.group('first').lower()}{line[found.end():]}"


LOWER_CASE_ME = re.compile(r"(^" + ITEM_OPENING + r"|[.;]\s+)me"
                           r"(?=\s+to\s+[a-z]|\s*:\s+[a-z])")  # "- [ ] me: ask ...", "- [ ] TODO me: ..." (a to-do's mark)


def _item_words_start(raw: str) -> int:
    """The column where a list item's words begin ("(2) independent ..." at 4): 0 when its mark is
    not one typed with spaces at a line's start."""
    found = ITEM_MARK.match(raw)
    return found.end() if found else 0


# "3.  CASE IP-27-041  (Y8, Northfield Academy)  - risk of permanent exclusion": a title opening in capitals
TITLE_IN_CAPITALS = re.compile(r"^\W*(?:\d{1,2}[.)]?\s+)?(?!ACTIONS?\b|AGREED\b)[A-Z]{3,}\s+[A-Z0-9][A-Z0-9/-]+(?:\s|$)")


def _runs_on(raw: str) -> bool:
    """A line long enough to have been wrapped, ending mid-sentence: "1. WELCOME AND APOLOGIES",
    "3. CASE IP-27-041 (Y8) - risk of exclusion" and "1. Mins 10/3 -> agreed" are an item's title, the
    lines indented under them its body."""
    return len(raw.rstrip()) >= 48 and raw.rstrip()[-1] not in ".!?:;)" and not raw.strip().isupper() \
        and not TITLE_IN_CAPITALS.match(raw.strip())


def _hangs_under(lines: list[_Line], raw: str, line: str, hang: int) -> bool:
    """ "(2) Owen to chase the ITT referrals with the 3 college" / "    ALS managers - by Easter": a
    line indented to where the item's words began is the item's wording, wrapped (a plain-text email's
    hanging indent), joined to it; not a field of its own ("    Owner: Liam")."""
    if not (line and lines and lines[-1].kind == "bullet" and hang >= 2 and raw[:hang].isspace()
            and not raw[hang:hang + 1].isspace() and "\t" not in raw
            and not ACTION_FIELD.match(line) and not TASK_DETAIL.match(line)
            and (not BULLET.match(line) or _wrapped_due_field(line))):
        return False
    lines[-1].text = f"{lines[-1].text} {line}"
    return True


def _wrapped_due_field(line: str) -> bool:
    """ "    - 12/02/2027" under "7. Terms of reference - circulate the ToR - Ruth Hill": the item's last
    dash field, its due date, wrapped onto a line of its own; not a bullet."""
    field = re.match(r"^[–—-]\s+(?P<when>\S.{0,30})$", line)
    return bool(field) and is_date_cell(field.group("when"))


# "1) ", not "(1) ": a resolution's "(1) That ... (2) That ..." is read by resolution_item
INLINE_NUMBER = re.compile(r"(?:^|(?<=[\s:.;,]))(?P<open>\()?(?P<number>\d{1,2})\)\s+(?=\S)")


def _inline_list(line: _Line) -> list[_Line]:
    """ "Actions from today: 1) Tom - chase ... 2) Ayesha - set up ...": a numbered list typed on
    one line, read as its lead-in and its items. The numbers must run 1, 2, 3 ... so that "(2)" in a
    sentence stays a sentence."""
    if line.kind != "text":
        return [line]
    marks = list(INLINE_NUMBER.finditer(line.text))
    if len(marks) < 2 or [int(mark.group("number")) for mark in marks] != list(range(1, len(marks) + 1)) \
            or len({bool(mark.group("open")) for mark in marks}) > 1:
        return [line]
    lead_in = line.text[: marks[0].start()].strip()
    # "In terms of what we agreed: (1) Deborah will ...; (2) ...; and (6) ...", but not a resolution's "(1)"
    if lead_in and not lead_in.endswith(":") or marks[0].group("open") and (
            not ACTION_CONTEXT.search(lead_in[-80:]) or RESOLUTION.match(lead_in)):  # (not "Priorities: (1) ...")
        return [line]
    ends = [mark.start() for mark in marks[1:]] + [len(line.text)]
    items = [_Line("bullet", re.sub(r"[;,]\s*(?:and|or)?\s*$", "", line.text[mark.end(): end].strip()), numbered=True,
                   marker=mark.group("number"))
             for mark, end in zip(marks, ends, strict=True)]
    return ([_Line("text", lead_in)] if lead_in else []) + items


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _wrapped_onto(lines: list[_Line], index: int) -> bool:
    """Is the line the rest of a sentence the line above it broke off ("A(27)01 Publish the summary on the
    Local" / "Offer website, with ..."), not a line of its own under a heading or an item's fields."""
    above = lines[index - 1] if index else None
    if above is None or above.kind not in ("text", "bullet") or re.search(r"[.!?:;)]$", above.text):
        return False
    return above.kind == "bullet" or not (_field_item(above.text) or _is_heading_line(above.text))


def _is_heading_line(text: str) -> bool:
    """A short line on its own with no sentence punctuation: "Working Well with Schools"; in two
    languages, each short ("Cofnodion y cyfarfod diwethaf / Minutes of the last meeting")."""
    # "WHAT NEEDS TO HAPPEN NEXT (agreed at the end - read back to Mum and Dad)": its note in brackets aside
    aside = re.search(r"(?<=\w)\s+\([^()]{1,120}\)$", text) if len(text) <= 240 else None
    text = text[:aside.start()] if aside and "." not in text[:aside.start()] else text
    sides = text.split(" / ") if len(text) <= 200 else [text]
    if text.startswith("[") and text.endswith("]") and len(_words(text)) > 2:
        return False  # "[Mark W = Mark Walsh, Head of Transport.]": the typist's note on the item above
    if re.fullmatch(r"[\"“][^\"“”]{2,240}[.!?]?[\"”]", text):
        return False  # "The school writes it, we sign it.": a quoted post-it, what someone said
    return (all(len(side) <= 100 and len(_words(side)) <= 12 for side in sides)
            and not re.search(r"[.!?:;,]$", text) and not text[0].islower())


def _as_given(found: FoundDate | None, given: date | None) -> FoundDate | None:
    """ "Meeting summary (07/08/2027)" from a tool that writes dates month first, for the meeting of
    8 July: that meeting, when reading the figures the other way round gives the day asked for."""
    numeric = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})", found.text.strip()) if found else None
    if not numeric or given is None or found.day == given:
        return found
    first, second, year = (int(part) for part in numeric.groups())
    swapped = (first, second) == (given.month, given.day) and year % 100 == given.year % 100
    return replace(found, day=given, problem="") if swapped else found  # "09/15/2027" is no day, month first


def _only_a_date(text: str) -> FoundDate | None:
    dates = find_dates(text)
    if len(dates) != 1:
        return None
    rest = text.replace(dates[0].text, " ")
    rest = re.sub(r"\b(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\bat\b|[,.\s]", "", rest, flags=re.I)
    return dates[0] if not rest else None


# A table a PDF viewer copied a cell a line, its date columns ("Raised", "Due", "Updated") dates alone on lines a few
# lines apart, going back and forth ("20/01/27", "31/03/27", "19/05/27", "20/01/27"): cells, not meetings' starts
DATE_CELL_GAP = 12  # the most lines between two date cells of one table
DATE_CELLS_AT_LEAST = 3
# how a date alone on a line starts: a figure, a day's or a month's name ("15/09/27", "Wed 13 Oct", "October 13, 2027");
# a line starting otherwise ("Send,MW,30/01/2027") is no date alone, and is not read for one (a long paste's lines)
DATE_ALONE_START = re.compile(r"^\W*(?:\d|(?:" + WEEKDAY_START + r"|" + MONTH_START + r")[a-z]*\b)", re.I)


def _table_date_cells(lines: list[_Line]) -> frozenset[int]:
    """Where the dates alone on lines are a table's cells: runs of three or more, each within a few lines of the
    last, whose days go both back and forward (a record of several meetings dates them in one direction)."""
    dated = [(index, found.day) for index, line in enumerate(lines) if line.kind == "text" and len(line.text) <= 40
             and any(letter.isdigit() for letter in line.text) and DATE_ALONE_START.match(line.text)
             and (found := _only_a_date(line.text)) is not None and found.day is not None]
    cells: set[int] = set()
    run: list[tuple[int, date]] = []
    for at, (index, day) in enumerate(dated):
        run.append((index, day))
        if at + 1 == len(dated) or dated[at + 1][0] - index > DATE_CELL_GAP:
            days = [each for _, each in run]
            steps = list(itertools.pairwise(days))
            if len(run) >= DATE_CELLS_AT_LEAST and any(b < a for a, b in steps) and any(b > a for a, b in steps):
                cells.update(each for each, _ in run)
            run = []
    return frozenset(cells)


def _meeting_date_heading(text: str) -> FoundDate | None:
    """ "8th June 2021" or "Meeting Outcomes 23/03/2021": a line that starts one meeting's outcomes
    (not "Action – Director of Nursing – to present the plan – by 30/11/24", nor "Next meeting: ...")."""
    chip = DATE_CHIP_HEADING.match(text)
    if chip:
        return _read_date(chip)
    when_where = WHEN_AND_WHERE.match(text)  # "Wednesday 23 June 2027, 10.00am - 12.15pm, The Hub, Castle Street (and on Zoom)"
    if when_where and len(find_dates(text)) == 1 and not NOT_A_MEETING_HEADING.search(text):
        return find_dates(text)[0]
    named_first = MEETING_NAMED_FIRST.match(text)  # "Termly review meeting 24/03/27 (HB SENCo, NK HT). Impact RAG ..."
    if named_first:
        dates = find_dates(named_first.group(0))
        return dates[0] if len(dates) == 1 else None
    if not (_is_heading_line(text) or COUNCIL_MINUTES_OPENING.match(text)) or NOT_A_MEETING_HEADING.search(text) \
            or ACTION_LABEL.match(text) or ACTION_FIELD.match(text) or TASK_DETAIL.match(text):  # "Target date: ...": a deadline
        return None
    dates = find_dates(text)
    return dates[0] if len(dates) == 1 else None


# A shared doc's meeting notes block (Google Docs' "@meeting notes"): its date chip, the month first, then the
# event's title: "Mar 2, 2027 | Allotment Forum - Spring 1"
DATE_CHIP_HEADING = re.compile(r"^" + _WEEKDAY + _MONTH_NAME + r"\.?\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})(?=\s+\|\s+\S)", re.I)
# An opening's line of when and where, too long for a heading: the day, the time, then the place, no sentence
WHEN_AND_WHERE = re.compile(_WEEKDAY + r"\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r"\s+\d{4},?\s+(?:from\s+|at\s+)?"
                            r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?\s*(?:[-–—]|to)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?\s*"
                            r"(?:[,|–—-]\s*(?:[^.!?;:\n](?!\s(?:will|to|was|were|is|are)\s)){2,100})?$", re.I)
# A line that opens with the meeting and its date, then goes on: "Termly review meeting 24/03/27 (HB SENCo, ...). ..."
MEETING_NAMED_FIRST = re.compile(r"^(?!(?:next|future|previous|last|earlier|updated|amended|reviewed|agreed|discussed)\b)(?-i:[A-Z])[\w&'’-]*\s+"
                                 r"(?:(?!(?:will|to|would|shall|must|can|could|please|book|booked|arrange|after|before|since|following|"
                                 r"from|until|at|by|updated|amended|reviewed|agreed|discussed)\b)[\w&'’-]+\s+){0,3}"
                                 r"(?:meeting|mtg|huddle)\s+(?:held\s+)?(?:on\s+)?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
                                 r"(?=\s*(?:\(|[.,;:–-]|$))", re.I)  # (not "Tom will book the meeting 12/03/27 room")


# A council clerk's opening: "MINUTES of a meeting of the SEND Partnership Board held in Committee Room 3, Civic
# Centre, Westmoor on TUESDAY, 9 MARCH 2027 at 2.00 pm": one long line, the meeting's own heading
COUNCIL_MINUTES_OPENING = re.compile(r"^(?:minutes|notes|record)\s+of\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}meeting\s+(?:of\s+"
                                     r"[^.]{3,200}?)?\bheld\b(?:[^.]|(?<=\d)\.(?=\d)){0,200}$", re.I)  # (or "Minutes of the meeting held on ... at 10.00am")
# Not a meeting's own heading: the next meeting's date (numbered as an item or not), a deadline, the previous meeting's minutes
# ("3. MINUTES OF THE PREVIOUS MEETING (8 July 2026)"), an agenda item numbered as a minute ("44/26 ...")
NOT_A_MEETING_HEADING = re.compile(r"^(?:\d{1,3}[.):]?\s+)?(?:(?:date|time|venue)(?:,?\s+(?:and|&)\s+(?:time|venue))?\s+of\s+)?(?:the\s+)?"
                                   r"(?:next|future)\s+(?:meetings?|one|mtg|session|cttee)\b|\b(?:by|due|before|"
                                   r"deadline|to\s+[a-z]+)\b|\b(?:previous|last|earlier)\s+(?:meetings?|panels?|boards?|groups?|sessions?|mtgs?|"
                                   r"notes?|minutes|visits?|reviews?|actions?|action\s+log|plans?)\b|\bwww\.|https?://|"  # "2. Previous note (14/09/2027)"; a link's line
                                   r"\b(?-i:(?:[Pp]revious|[Ll]ast|[Ee]arlier)\s+[A-Z]{2,5})\b|"  # "the last TAC (24/11/2026)", not "LAST TIME"
                                   # "Table A – Actions from 20 May 2027 forum (for information)": an earlier meeting's log
                                   r"\bactions?\s+(?:from|arising\s+from|agreed\s+(?:at|on))\s+(?:the\s+)?(?:\w+\s+)?\d{1,2}(?:st|nd|rd|th)?[\s/.]|"
                                   # "Part 1: actions arising from this meeting (9 March 2027)": the log's part, under the minutes
                                   r"\bactions?\s+(?:arising\s+from|from|agreed\s+at)\s+this\s+meeting\b|"
                                   # "2. Minutes of 7 December", "Minutes and actions of 7 December 2026": the last meeting's, an item
                                   r"^\d{1,2}[.)]?\s+(?:approval\s+of\s+)?(?:the\s+)?minutes\b|"
                                   r"^(?:the\s+)?minutes\s+(?:and|&)\s+(?:actions?|matters\s+arising|action\s+log)\b|"
                                   # "Date of note: 19/11/2027": when the record was written, not the meeting
                                   r"^date\s+(?:of\s+)?(?:note|letter|report|issue|email|record|writing|typing)\b|"
                                   # "OR 19/11/27" under the last line: the writer's initials and the day they signed
                                   r"^(?!(?:ICB|PCF|SLT|JCG|HWB|NHS|SEN|EHC|LA|CCG|DFE)\b)[A-Z]{2,3}\s+\d{1,2}/\d{1,2}/\d{2,4}$|"
                                   r"\b(?:date|time|venue)\s+of\s+(?:the\s+)?next\s+(?:meeting|mtg|session)\b|"  # "Min 27/041 | Date of next meeting: ..."
                                   # "EB/27/2 OUTSTANDING ACTION FROM THE MEETING OF 18 MARCH 2027": an item about an earlier one
                                   r"\bfrom\s+the\s+(?:meeting|board|panel|session|committee)\s+(?:of|on|held)\b|^[A-Z]{1,5}/\d{2}/\d{1,4}\b|"
                                   r"\bmatters\s+arising\b|\bas\s+at\b|\b(?:following|after)\s+the\s+meeting\b|"  # "ACTION TRACKER (as at 9 March 2027)", "(as updated following the meeting on ...)"
                                   r"\b(?:tracker|log|register)\s+\((?:last\s+)?updated\s+(?:on\s+)?\d|"  # "Inclusion Workstream – action tracker (updated 14 July 2027)"
                                   r"^(?:actions?\s+)?(?:carried\s+(?:over|forward)|brought\s+forward|outstanding)\b|"
                                   r"^(?:counter)?signed\b|\bauthori[sz]ed\s+(?:by\s+\S+\s+)?(?:on\s+)?\d|"  # "Completed – authorised 28/04/2027"
                                   r"\[\s*(?:date\s+)?stamp\b|\breceived\s+\d|"  # "Signed: R. Ormerod Date: 10/02/2027", "[stamp: RECEIVED 12 FEB 2027]"
                                   r"^(?:report\s+|page\s+|file\s+)?(?:generated|exported|printed|downloaded|run)\s*(?:on|at)?\s*[:,]|"  # a system's stamp: "Report Generated: 11/25/2027"
                                   # a web page's stamp over what it publishes: "Published: 2 July 2027", "Page last updated: ..."
                                   r"^(?:(?:first|page|date)\s+)?(?:last\s+)?(?:published|updated|posted|reviewed)\s*(?:on)?\s*:|"
                                   # a print's running header: "Action Tracker (cumulative) Printed 20/05/2027 09:14"
                                   r"\b(?:generated|exported|printed|downloaded)\s+(?:on\s+)?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b|"
                                   r"^(?:date\s+)?(?:dictated|typed|transcribed)(?:\s+(?:on|by))?\s*[:,]|"  # a clinic letter's "Dictated: 04/02/2027", "Typed: 11/02/2027 JW"
                                   r"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|born)\b|"  # a child's birthday, in a letter's "Re:" line
                                   r"^date\s*:\s*\S+(?:\s+\S+){0,3}$|"  # a letter's "Date: 14 May 2027", by its address
                                   # "Paul Mensah, SEND link governor, 14 October 2027": who wrote it, and when
                                   r"^(?:(?:mr|mrs|ms|miss|dr|cllr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){0,2},\s+[^,:]{0,40}?\b"
                                   r"(?:governor|head\s*teacher|headteacher|head|chair|clerk|senco|officer|manager|director|lead|"
                                   r"secretary|co-?ordinator|minute[- ]taker)\b[^,:]{0,30},\s+(?=\S+\s*\S*\s*\S*\s*$)|"
                                   # "Summer term priorities (term ends Wednesday 21 July 2027)": the term's date
                                   r"\b(?:term|half[- ]term|holidays?|year)\s+(?:ends|starts|begins|finishes|closes)\b|"
                                   r"\breview\s+of\b.{0,40}\b(?:set|agreed|raised|made)\s+(?:on|at)\b|"  # "Review of targets set on 13/10/2027"
                                   r"(?:\b(?:and|approval\s+of|confirmation\s+of)|,)\s+(?:the\s+)?minutes\s+(?:of|from)\b|"
                                   # "Welcome and minutes of 9 March 2027", "Welcome, apologies, minutes of 17 September 2026": an
                                   # item on the last meeting's minutes
                                   r"^\d{1,3}\s*/\s*\d{2}\s|"
                                   # "Activities planned for next period (1 February - 26 March 2027)": a span of weeks
                                   r"\b(?:next|this|reporting|previous|last)\s+(?:reporting\s+)?period\b|"
                                   r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s*(?:[–—-]|to)\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b", re.I)

# An agenda item approving an earlier meeting's minutes, numbered as one: not a meeting's own heading
PAST_MINUTES_ITEM = re.compile(r"^(?:approval\s+of\s+(?:the\s+)?)?minutes\s+(?:of|from)\s+(?!the\s+meeting\s+held)", re.I)
# numbered as an item, "3. Minutes of the meeting held on 10 November 2026" is the last meeting's, never this one's opening
# (nor "2. Notes of 18 June 2027 and action log")
NUMBERED_MINUTES_ITEM = re.compile(r"^(?:approval\s+of\s+(?:the\s+)?)?(?:minutes|notes)\s+(?:of|from)\s+", re.I)


def _earlier_minutes_item(item: str, held: date | None) -> bool:
    """A numbered agenda item on the minutes of a meeting other than this one."""
    return bool(NUMBERED_MINUTES_ITEM.match(item)) and not any(found.day == held for found in find_dates(item))

# --- rewriting a commitment as a short imperative --------------------------------------------------

# Past participle -> the verb that says what to do ("would be circulated" -> "Circulate").
PARTICIPLES = {
    "added": "add", "addressed": "address", "agreed": "agree", "amended": "amend", "analysed": "analyse",
    "approved": "approve", "arranged": "arrange", "asked": "ask", "booked": "book", "briefed": "brief",
    "brought": "bring", "built": "build", "scored": "score", "carried": "carry", "checked": "check", "circulated": "circulate",
    "collected": "collect", "completed": "complete", "confirmed": "confirm", "considered": "consider",
    "consulted": "consult", "contacted": "contact", "created": "create", "delivered": "deliver",
    "designed": "design", "developed": "develop", "discussed": "discuss", "distributed": "distribute",
    "drafted": "draft", "emailed": "email", "escalated": "escalate", "established": "establish",
    "evaluated": "evaluate", "expanded": "expand", "explored": "explore", "extended": "extend",
    "fed": "feed", "finalised": "finalise", "finalized": "finalize", "followed": "follow",
    "gathered": "gather", "given": "give", "held": "hold", "identified": "identify",
    "implemented": "implement", "improved": "improve", "included": "include", "informed": "inform",
    "introduced": "introduce", "investigated": "investigate", "invited": "invite", "issued": "issue",
    "launched": "launch", "looked": "look", "made": "make", "monitored": "monitor", "notified": "notify",
    "organised": "organise", "organized": "organize", "piloted": "pilot", "posted": "post",
    "prepared": "prepare", "presented": "present", "printed": "print", "produced": "produce",
    "promoted": "promote", "provided": "provide", "published": "publish", "put": "put",
    "raised": "raise", "recorded": "record", "referred": "refer", "recruited": "recruit", "reported": "report",
    "resolved": "resolve", "reviewed": "review", "revised": "revise", "rolled": "roll", "run": "run",
    "scheduled": "schedule", "sent": "send", "set": "set", "shared": "share", "signed": "sign",
    "sought": "seek", "submitted": "submit", "taken": "take", "tested": "test", "told": "tell",
    "trained": "train", "translated": "translate", "updated": "update", "uploaded": "upload",
    "written": "write",
}
# Verbs that say what someone will do, for bullets that start with one ("Explore impact of ...")
# and for "X will VERB ..." sentences.
ACTION_VERBS = set(PARTICIPLES.values()) | {
    "action", "ask", "attend", "chase", "clarify", "continue", "contribute", "explore", "feed", "find",
    "follow", "hold", "keep", "launch", "lead", "look", "meet", "offer", "plan", "raise", "reply",
    "respond", "seek", "speak", "talk", "think", "work", "write",
}
# Verbs that describe rather than commit: "The Pilot will include swimming" is not an action.
DESCRIBING_VERBS = {"include", "add", "agree", "approve", "continue", "follow", "improve", "expand", "need",
                    "meet", "set", "keep", "print"}
PERSONS_DOING = {"add", "print", "follow", "agree"}  # describing a thing ("it will add value"), but a person's task ("Liam will add")
# "Kerry will set the coffee morning dates": a task ("set the scene" is not), as "Mark will set up a contact" is
SETS_A_DATE = re.compile(r"^\s+(?:the\s+|a\s+|some\s+|new\s+)?(?:[\w'’-]+\s+){0,3}?(?:dates?|deadlines?|agenda|timetable)\b", re.I)
# A particle that belongs to its verb comes before the object: "Set up WhatsApp group".
PARTICLES = {"up", "out", "forward", "back", "together"}
FINITE_VERBS = re.compile(r"\b(?:is|are|was|were|has|have|had|been|which|that|who|whom|whose)\b", re.I)
LEADING_REPORTED = re.compile(
    r"^(?:(?i:it\s+was\s+(?:also\s+)?(?:agreed|noted|acknowledged|confirmed|decided|requested|suggested|felt|"
    r"highlighted|recognised|reported)\s+that\s+)|(?:the\s+|The\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,3}?\s+(?:agreed|confirmed|"
    r"decided|undertook|promised|committed)\s+that\s+|(?i:(?:and|but|so|also|then)\s+)|"
    r"(?i:(?:in\s+the\s+(?:meantime|interim|short\s+term)|meanwhile|for\s+now|until\s+then|as\s+a\s+first\s+step),?\s+)|"
    r"(?:[Aa]greed|AGREED)\s+(?:that\s+)?(?=(?:all|each|every|the)\s))")  # "Agreed all class teachers to complete ...", "Agreed the SLT team will ..."
VAGUE = re.compile(r"\b(?:this|these|those|it|copy)\b", re.I)
ARTICLE = re.compile(r"^(?:a|an)\s+", re.I)
KEEP_CAPITAL = {"board", "champions", "council", "ofsted", "pacts", "send", "nhs", "local", "i"}

def _sentence_case(text: str) -> str:
    """Lower-case the first word when it is capitalised only because it began a sentence
    ("Interim cover" -> "interim cover"), not a name ("Stephen Pearson", "Board members", "SEND")."""
    first, space, rest = text.partition(" ")
    core = first.lstrip("‘'\"`")
    lead = first[: len(first) - len(core)]
    next_is_name = rest[:1].isupper()
    if (len(core) > 1 and core[0].isupper() and core[1:].islower() and not next_is_name
            and core.lower().strip("’'") not in KEEP_CAPITAL):
        first = lead + core[0].lower() + core[1:]
    return first + space + rest


def _object_of(subject: str) -> str:
    return _sentence_case(ARTICLE.sub("", subject.strip()))


def _capitalise(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


ONLY_ACTIONS = re.compile(r"^(?:agreed\s+|new\s+|follow[- ]up\s+)?actions?(?:\s+(?:agreed|points|arising))?$", re.I)


def _tidy_title(title: str, heading: str) -> str:
    title = re.sub(r"\s+", " ", title).strip().rstrip(".!;:, ")
    title = _capitalise(title)
    if heading and VAGUE.search(title) and heading.lower() not in title.lower() \
            and not ONLY_ACTIONS.match(heading):  # "ACTIONS" says nothing the title needs
        title = f"{title} ({heading})"  # "Produce report for Board on this issue (SEND Performance Data)"
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 1].rsplit(" ", 1)[0] + "…"
    return title


def _imperative(verb_phrase: str, object_: str, rest: str) -> str | None:
    """ "circulated", "update report", " to Board" -> "Circulate update report to Board"."""
    verbs = re.split(r"\s+(and|or)\s+", verb_phrase.strip().lower())
    bases = []
    for word in verbs:
        if word in ("and", "or"):
            bases.append(word)
        elif word in PARTICIPLES:
            bases.append(PARTICIPLES[word])
        elif word[:2] == "re" and word[2:].lstrip("-") in PARTICIPLES:  # "recirculated", "re-sent"
            bases.append(("re-" if word[2:3] == "-" else "re") + PARTICIPLES[word[2:].lstrip("-")])
        else:
            return None
    verb = " ".join(bases)
    # "be recirculated to governors and published on the website": "... and publish on the website"
    rest = re.sub(r"\b(and|or)\s+([a-z]+)(?=\s+(?:on|to|in|at|by|with|for)\b|$)",
                  lambda found: f"{found.group(1)} {PARTICIPLES.get(found.group(2), found.group(2))}", rest.rstrip())
    particle = re.match(r"^\s+(up|out|forward|back|together)\b(.*)$", rest)
    if particle and particle.group(1) in PARTICLES:
        verb, rest = f"{verb} {particle.group(1)}", particle.group(2)
    if verb == "look" and rest.lstrip().startswith("at "):
        verb, rest = "look at", rest.lstrip()[3:]
        return f"{verb} {object_} {rest}".strip()
    return f"{verb} {object_}{rest}".strip()


_PASSIVE = re.compile(
    r"^(?P<subject>.+?)\s+(?P<aux>would|will|should|must|is\s+to|are\s+to|is\s+going\s+to|are\s+going\s+to|"
    r"needs\s+to|need\s+to)\s+(?:also\s+|now\s+|then\s+|still\s+)?(?:(?:need|have)\s+to\s+)?be\s+"
    r"(?P<verb>[a-z]+(?:\s+(?:and|or)\s+[a-z]+ed)?)\b(?P<rest>.*)$", re.I)
_TO_BE = re.compile(r"^(?P<subject>.+?)\s+(?:still\s+)?to\s+be\s+(?P<verb>[a-z]+(?:\s+(?:and|or)\s+[a-z]+ed)?)\b"
                    r"(?P<rest>.*)$", re.I)
_REQUESTED = re.compile(
    r"^(?P<subject>(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?(?:update|report|paper|briefing|presentation|plan|review|"
    r"summary|proposal|note)s?(?:\s+[^,;]*?)?)\s+(?:was|were|has\s+been|had\s+been)\s+requested\b(?P<rest>.*)$",
    re.I)
# (not "We asked the health trust about showing waits": a question put to someone, "the health trust" not wanted)
_ASKED_FOR = re.compile(r"^(?P<who>.{1,60}?)\s+(?:(?P<asked>asked)|requested)\s+(?P<for>for\s+)?(?P<object>(?:a|an|the)\s+"
                        r"(?(for)|(?(asked)(?![^,;]{0,40}?\s(?:about|whether|if|to|for)\s))).+)$", re.I)
_TAKE_PLACE = re.compile(r"^(?P<subject>.+?)\s+(?:would|will)\s+(?:also\s+)?take\s+place\b(?P<rest>.*)$", re.I)
_NOUN_VERBS = {"review": "review", "evaluation": "evaluate", "audit": "audit", "consultation": "consult on"}
# not "what we are going to do about it", "how we will work": a clause naming the commitment, not making one
_WE_WILL = re.compile(r"(?<!\bwhat\s)(?<!\bhow\s)\bwe(?:['’]ll|\s+(?:will|would|shall|need\s+to|must|should|are\s+going\s+to))\s+(?:also\s+)?"
                      r"(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.I)
# "I'll send the charter to all heads by 14 October" in notes whose writer is not named: theirs, to choose
_I_WILL = re.compile(r"^(?:I['’]ll|I\s+will|I\s+shall|I\s+am\s+going\s+to)\s+(?:also\s+)?(?P<verb>[a-z]+)\b(?P<rest>.*)$")
_OFFERED = re.compile(r"\b(?:offered|volunteered|agreed)\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.I)
NOT_A_HEADING = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had)\b", re.I)
_AVAILABLE = re.compile(r"^(?P<subject>.+?)\s+(?:would|will|should)\s+(?:also\s+)?be\s+"
                        r"(?P<state>available|ready|in\s+place|live)\b(?P<rest>.*)$", re.I)
_WILL_BE_DOING = re.compile(r"\bwill\s+be\s+[a-z]+ing\b", re.I)
ASKED_WHETHER = re.compile(r"\b(?:whether|if|asked|wondered|queried)\b", re.I)


# "GA agreed and said the PCF", "Members discussed whether the risk", "MW confirmed it": someone
# reporting, so what follows is what they said, not the thing the sentence's verb is done to
REPORTED = re.compile(r"\b(?:said|agreed|confirmed|discussed|asked|explained|noted|reported|felt|thought|suggested|"
                      r"queried|wondered|added)\s+(?:and|that|whether|if|it|how|why|what)\b", re.I)


# "... see the criteria before they (are published)": a time clause's subject, not the thing to be done;
# "the minutes will continue to (be published)": a modal's clause, what carries on
TIME_CLAUSE_SUBJECT = re.compile(r"\b(?:before|after|until|once|when|whenever|while|unless|if)\s+(?:they|it|he|she|we|you|these|those)$|"
                                 r"\b(?:will|would|shall|should|can|could|may|might|must)\s+[a-z]+(?:\s+to)?$", re.I)


def _plain_subject(subject: str) -> bool:
    """A noun phrase, not a clause ("a copy", not "the presentation which is"); a short relative
    clause is part of the phrase ("a celebration event for the families who took part")."""
    if len(_words(subject)) > 12 or REPORTED.search(subject) or TIME_CLAUSE_SUBJECT.search(subject) or ";" in subject:
        return False  # (and "Owen will stand down; election of a Secretary ...": two clauses)
    if re.search(r"\bto\s+\w+\s+(?:when|whether|how|why|where)\s", subject, re.I):
        return False  # "Use 'Review' to show when the action will be checked": a form's guidance, a question within it
    if re.search(r"\bwhether\b|\b(?:ask(?:s|ing|ed)?|wonder(?:s|ing|ed)?)\s+if\b", subject, re.I):
        return False  # "Parents keep asking whether the pilot will be extended": a question reported
    finite = FINITE_VERBS.search(subject)
    if finite is None:
        return True
    return (bool(re.match(r"^(?:a|an)\s", subject, re.I)) and finite.group(0).lower() in ("who", "that")
            and not FINITE_VERBS.search(subject[finite.end():]))


# "Action: Jane Smith to ...", "ACTION - MW", "Actions: TE and HB to convene ...", "ACTION H/27/01: GA to ..."
ACTION_LABEL = re.compile(r"^(?P<open>\()?\s*(?:agreed\s+|follow[- ]up\s+)?(?:actions?|tasks?|waiting\s+(?:for|on)(?=\s*:))(?:\s+(?:by|for|owner|on|points?|no\.?\s*\d+|"
                          r"[A-Z]{0,4}[/-]?\d[\w/.-]*))?\s*"
                          r"(?::|-|–|—|(?<=(?-i:ACTION))(?=\s+(?-i:[A-Z][\w/&]{0,20})\s+(?:to|will)\s)"  # "ACTION MW to publish ..."
                          r"|(?<=(?-i:ACTION))(?=\s+(?!(?-i:LOG|LIST|PLAN|NOTES?|ITEMS?|POINTS?)\b)(?-i:[A-Z]{2,4}(?:/[A-Z]{2,4})?)\s*[-–—]\s))"  # "ACTION MW - circulate ..."
                          r"\s*(?P<rest>.+?)(?(open)\)?)\s*\.?$", re.I)  # "(MW)" keeps its bracket
# (and a to-do list's "WAITING FOR: Liam - refreshed figures": Liam's to do)
# "... to the panel. (Action: MW)" or "... by 5 November. Action: MW"
TRAILING_OWNER = re.compile(r"(?:^|[\s.;,])\(\s*(?:actions?(?:\s+(?:by|for|owner|on))?\s*[:\-–—]?\s*(?P<who>[^()]{1,80})|"
                            r"(?P<initials>[A-Z]{2,3}(?:\s*[/,&]\s*[A-Z]{2,4})*))\)"
                            r"\s*\.?\s*$|(?:^|[.;]\s+)actions?\s*[:\-–—]\s*(?P<bare>[^.:;]{1,60}?)\.?\s*$", re.I)
# "NAME to VERB", "NAME will VERB", "NAME agreed/offered/undertook to VERB", "NAME are encouraged to VERB"
OWNER_LEAD = re.compile(
    r"^(?P<who>[^,;:()]{1,80}?(?:\s*\([^()]{1,60}\))?)\s+(?:(?:also|then|now|both|jointly|kindly|each)\s+)?"
    r"(?P<how>(?:can|will|would)\s+take\s+(?:an|the|that|this)\s+action\s+to|"  # "Grace can take an action to get ..."
    r"to|will|shall|would|should|must|(?:needs?|have|has)\s+to|(?:is|are)\s+going\s+to|"
    r"(?:has\s+|have\s+)?(?:kindly\s+|since\s+|now\s+)?(?:agreed|AGREED|resolved|RESOLVED|offered|volunteered|"
    r"undertook|promised|committed)\s+to|(?:is|are|was)\s+happy\s+to|(?:is|are)\s+to|(?:is|are|was|were|be)\s+(?:encouraged|asked|invited|requested|"
    r"recommended|instructed)\s+to)"
    # (and an answer to an offer: "said he would rather send ...", "would instead send ..."; not "would rather X than Y")
    r"\s+(?:also\s+|now\s+|then\s+|jointly\s+|personally\s+|instead\s+|rather\s+(?![^.;]*\bthan\b))?(?P<verb>[a-z][a-z-]+|DM)\b(?P<rest>.*)$")  # (a chat's "Jo will DM her")
# "be happy to meet them", "be glad to help": a willingness offered, not a task taken on
WILLING_ONLY = re.compile(r"be\s+(?:very\s+)?(?:happy|pleased|glad|willing)\s+to\b", re.I)
NOT_VERBS = {"be", "the", "a", "an", "all", "this", "that", "their", "his", "her", "its", "our", "date", "new",
             "every", "each", "which", "whom", "not", "have", "been", "some", "any", "no", "your"}
# More verbs that say what someone will do, for "NAME will VERB" and one-word owners ("Owen to pull ...").
MORE_VERBS = {
    "NAME will VERB", "add", "address", "advertise", "advise", "agree", "alert", "allocate", "amend", "analyse",
    "break", "draw", "sort", "change", "mend", "simplify", "translate", "film", "turn", "mention", "text", "rota",
    "adapt", "adjust", "pin", "repost", "reword", "type", "triage", "reconcile", "count", "push",
    "incorporate", "correct",  # "would incorporate the feedback into the final chapter", "would correct the figures"
    "dm", "pencil", "drop",  # a chat's own: "Jo will DM the member", "Kerry will pencil a date in", "drop Sam a line"
    "analyze", "answer", "approve", "archive", "arrange", "ask", "assess", "assign", "attend", "audit", "benchmark", "book",
    "brief", "bring", "build", "buy", "calculate", "call", "cancel", "cascade", "chair", "chase", "check",
    "circulate", "clarify", "close", "co-ordinate", "collate", "collect", "come", "commission", "compile",
    "complete", "confirm", "connect", "consider", "contact", "continue", "contract", "convene", "coordinate",
    "cost", "create", "debrief", "deliver", "demonstrate", "design", "develop", "diarise", "discuss", "disseminate",
    "distribute", "do", "draft", "edit", "email", "embed", "engage", "ensure", "escalate", "establish", "evaluate",
    "explain", "explore", "extract", "facilitate", "feed", "feed back", "finalise", "finalize", "find", "finish", "fix",
    "flag", "follow", "form", "forward", "fund", "gather", "get", "give", "go", "help", "highlight", "hold", "host",
    "identify", "implement", "include", "inform", "investigate", "invite", "involve", "issue", "keep", "launch",
    "lead", "let", "liaise", "link", "log", "look", "maintain", "make", "map", "measure", "meet", "model", "monitor",
    "move", "negotiate", "nominate", "notify", "observe", "obtain", "open", "order", "organise", "organize", "pay",
    "phone", "pick", "pilot", "plan", "post", "prepare", "present", "print", "prioritise", "procure", "produce",
    "progress", "promote", "proofread", "propose", "provide", "publicise", "publish", "pull", "purchase", "pursue",
    "put", "raise", "read", "recommend", "record", "recruit", "redraft", "refer", "reflect", "refresh", "reissue", "remind",
    "remove", "renew", "reply", "report", "request", "reschedule", "research", "resolve", "respond", "return",
    "review", "revise", "rewrite", "ring", "roll", "run", "schedule", "scope", "secure", "see", "seek", "send",
    "set", "shadow", "share", "sign", "signpost", "source", "speak", "submit", "suggest", "summarise", "support",
    "tackle", "take", "talk", "tell", "tender", "test", "think", "to VERB", "track", "train", "transfer", "trial",
    "try", "update", "upload", "validate", "verify", "visit", "welcome", "work", "write", "write-up"
}
OWNER_VERBS = ACTION_VERBS | MORE_VERBS


def _owner_verb(verb: str) -> bool:
    """A verb someone is given to do, done again or with others: "redo", "re-send", "co-write"."""
    verb = verb.casefold()
    return verb in OWNER_VERBS or (verb[:2] in ("re", "co") and verb[2:].lstrip("-") in OWNER_VERBS)
# Owners that are "we" are the group itself: the reviewer chooses, as for an action with no owner.
NOT_OWNERS = {"we", "it", "this", "that", "there", "they", "which", "who"}
# Split one sentence's two commitments: "SK to add ... and to circulate ...", "X will send ... and will add ...".
SECOND_COMMITMENT = re.compile(r",?\s+and\s+(?=(?:to|will|would)\s+[a-z])")
# (and "at the end of the meeting Liam agreed to send ...": when, then who)
CLAUSE_BREAK = re.compile(r"(?:,\s+and\s+|,\s+so\s+(?!that\b)|,\s+|;\s+|:\s+|\s+[–—]\s+|\s+and\s+|\bthat\s+|\s+so\s+(?!that\b)|"
                          r"\b(?i:at|towards|near)\s+the\s+end\s+of\s+the\s+(?i:meeting|session|call|discussion)\s+|"
                          r"\b(?:said|confirmed|explained|reported|added|replied|responded)\s+(?:that\s+)?|\b[Ww]e\s+(?:all\s+)?(?:agreed|decided)\s+(?!that\b|to\b|[Nn][Oo][Tt]\b|(?:the\s+)?(?:group|board|panel|committee|forum|partnership|members)\b))")
# "Becky - book the room for December", "Sam: chase the council", "MW – circulate the slides", "Head of SEND: publish ..."
OWNER_FIRST = re.compile(r"^(?P<who>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|&|\+)\s+)?[A-Z][\w'’-]*){0,2}(?:\s+team)?|[A-Z]{2,4}(?:\s*(?:/|&|\+|and)\s*[A-Z]{2,4})*)"
                         r"(?:\s+\([^()]{1,30}\))?\s*[-–—:]\s+(?P<verb>(?:co-)?[a-z]+)(?=[\s,;]|$)(?P<rest>.*)$")
# "(Becky + Amir)", "(Tom and Helen)" after what they will do
PAREN_NAMES = re.compile(r"\((?P<names>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?(?:\s*(?:\+|&|and|,|/)\s*[A-Z][a-z'’-]+"
                         r"(?:\s+[A-Z][a-z'’-]+)?)*)\)\s*\.?$")


# "to bring its proposals": the second task is on what the first one makes ("convene a working group ... and to
# bring its proposals to the Forum by ..."), one action
ON_WHAT_IT_MADE = re.compile(r"^(?:to|will|would)\s+[a-z-]+\s+its\s", re.I)


def _its_parts_joined(head: str, parts: list[str]) -> list[str]:
    """The commitments of "X agreed to A and to B", but "A and to B its ..." as one."""
    if len(parts) < 2 or not any(ON_WHAT_IT_MADE.match(part) for part in parts[1:]):
        return parts
    joined = [parts[0]]
    for part in parts[1:]:
        if ON_WHAT_IT_MADE.match(part):
            at = head.find(part)
            joined[-1] = head[head.find(joined[-1]):at + len(part)] if at >= 0 else f"{joined[-1]} and {part}"
        else:
            joined.append(part)
    return joined


PRONOUN_OBJECT = re.compile(r"^[a-z-]+(?:\s+(?:up|on|out|into))?\s+(?:them|it|this|these|that|those)\b", re.I)


def _says_it_only(title: str) -> bool:
    """ "Update it (action 9)", "Do this", "Send them to Jo": what to do to a thing said elsewhere (not "Take these
    minutes as read": "these" names its thing)."""
    found = PRONOUN_OBJECT.match(title)
    return bool(found) and (found.group(0).split()[-1].lower() in ("it", "them") or not re.match(r"\s+[a-z]", title[found.end():]))
# "He would share ...": the person the sentence before was about ("Peter Grant said that ...").
# "he'll write", "she'd take": "he will write", "she would take", for the rules below
CONTRACTED = re.compile(r"\b(?P<who>he|she|I|they|(?-i:[A-Z][a-z]+))['’](?P<end>ll|d|s(?=\s+going\s+to\b))\b", re.I)
CONTRACTIONS = {"ll": "will", "d": "would", "s": "is"}  # "Sarah's going to get ...": Sarah is going to
# "Mark will set up ..., and he will write ...": the same person's second commitment ("..., and will write ...")
AND_HE_WILL = re.compile(r"(?<=,)\s+and\s+(?:he|she)\s+(?=(?:will|would)\s)", re.I)
PRONOUN_SUBJECT = re.compile(r"^(?:he|she)\b", re.I)
# "Mary did not have the figures to hand, so she committed to bring them ...": she is Mary
# (and in notes typed in lower case, "... he took it well. he is going to send ...", "... not ok and he is going to ...")
CLAUSE_PRONOUN = re.compile(r"((?:,\s+|\s)(?:so|and|but)\s+|[.!?]\s+)(?:he|she)\s+(?=(?:will|would|is\s+going\s+to|committed|agreed|"
                            r"offered|undertook|promised|volunteered)\b)")
# "... and Claire said she would send us fifty ...": she is Claire, named just before
NAMED_SAID_PRONOUN = re.compile(r"\b(?P<who>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)\s+(?P<said>(?:said|promised|agreed|confirmed|offered)"
                                r"\s+(?:that\s+)?)(?:he|she)\s+(?=(?:will|would)\s)")
GONNA = re.compile(r"\bgonna\b", re.I)  # "he's gonna send ...": he is going to
SENTENCE_SUBJECT = re.compile(r"^(?P<who>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)\s+[a-z]")


def _known_subject(sentence: str) -> re.Match | None:
    """ "David Lowe the principal educational psychologist popped in ...": a sentence about a person the
    partnership knows by name, who is "he" or "she" in the sentences after it."""
    subject = SENTENCE_SUBJECT.match(sentence)
    return subject if subject and subject.group("who").split()[0].casefold() in KNOWN_NAMES.get() else None


def _pronoun_after_speaker(clause: str) -> str:
    """ "Claire Dunmore, SENDIASS Manager, described the delays. She agreed to provide case studies": a bullet
    of two sentences, read as the second, its "She" the person the first is about."""
    parts = SENTENCE_BREAK.split(clause)
    said = SPEAKER.match(parts[0]) if len(parts) == 2 and PRONOUN_SUBJECT.match(parts[1]) else None
    if not said or not looks_like_owner(said.group("who")):
        return clause
    return PRONOUN_SUBJECT.sub(said.group("who"), parts[1], count=1)


def _pronoun_named(text: str) -> str:
    """The sentence with "so she", ", and he" before a promise written as the person the sentence is about;
    "... and Claire said she would ..." as Claire."""
    text = NAMED_SAID_PRONOUN.sub(lambda found: f"{found.group(0)[:found.start('said') - found.start()]}{found.group('said')}"
                                  f"{found.group('who')} " if found.group("who").casefold() in KNOWN_NAMES.get()
                                  or found.group("who").split()[0].casefold() in KNOWN_NAMES.get() else found.group(0), text)
    subject = SENTENCE_SUBJECT.match(text)
    pronoun = CLAUSE_PRONOUN.search(text)
    if not subject or not pronoun or not looks_like_owner(subject.group("who")):
        return text
    if pronoun.group(1)[0] in ".!?":  # "... he took it well tho. he is going to send ...": a sentence typed in lower case
        return f"{text[:pronoun.start()].rstrip()}; {subject.group('who')} {text[pronoun.end():]}"
    return CLAUSE_PRONOUN.sub(lambda found: f"{found.group(1)}{subject.group('who')} ", text)
SAID_BY_PRONOUN = re.compile(r"^(?:he|she)\s+(?:said|confirmed|agreed|promised|added)\s+(?:that\s+)?(?:he|she)\s+(?:would|will)\s", re.I)
SAID_HE_WOULD = re.compile(r"(?P<said>\b(?:said|says|confirmed|agreed|explained|added|promised|replied|responded|advised|indicated|stated)\s+(?:that\s+)?)(?:he|she)"
                           r"(?:\s+(?=would|will)|(?P<is>['’]s)\s+(?=happy\s+to\b)|(?P<would>d)\s+(?=[a-z]))", re.I)  # "Helen said she's happy to look ...", "said hed do ..."
SPEAKER = re.compile(r"^(?P<who>(?:(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*){0,2}|"  # ("Priya M said ...")
                     r"The\s+[A-Z][\w'’-]+(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'’-]+){0,4})"
                     r"(?:,\s+(?:the\s+|our\s+)?[A-Z][^,.;]{2,60},(?:\s+who\s+[^,.;]{2,60},)?)?"  # "Claire Dunmore, SENDIASS
                     # Service Manager, (who attended at the invitation of the Chair,) described ..."
                     r"\s+(?:said|reported|explained|presented|gave|noted|confirmed|agreed|offered|updated|"
                     r"described|highlighted|thanked|apologised|informed|advised|introduced|outlined|will|would|to|has|had|is|was|wants|"
                     r"wanted|thinks|felt|says)\b")  # ("Dave says he'll do the car park": a promise passed on)
# "Grace Adeyemi (Head of Therapies) - I emailed her & she replied she would ...": a note about that person
NAME_THEN_DASH = re.compile(r"^(?P<who>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\s*(?:\([^()]{1,60}\))?\s+[-–—]\s+(?=\S)")
# A resolution's items: "the Director of Public Health bring a plan", "a report be circulated".
SUBJUNCTIVE_PASSIVE = re.compile(r"^(?:that\s+)?(?P<subject>.+?)(?:\s+to)?\s+be\s+(?P<verb>(?:re-|co-)?[a-z]+)\b(?P<rest>.*)$", re.I)
SUBJUNCTIVE_ACTIVE = re.compile(r"(?<=\s)(?P<verb>[a-z]+)\b")
DECIDED = {"approved", "noted", "agreed", "endorsed", "accepted", "received", "adopted", "ratified", "confirmed",
           "supported", "welcomed", "considered", "recommended", "commended", "acknowledged", "delegated",
           "recorded", "excluded", "thanked"}
ASKING = {"asked", "requested", "invited", "instructed", "authorised", "authorized", "tasked", "directed"}
# (not "parent carers be invited to the policy workshops": invited to a thing, not asked to do one)
ASKED_TO = re.compile(r"^\s+to\s+(?!(?:the|a|an|this|these|those|its|their|our|all|each|any)\b)(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.I)
RESOLUTION = re.compile(r"^(?:it\s+was\s+)?(?:resolved|agreed|recommended|decided|recommendations?)\s*[:\-–]?\s*"
                        r"(?:that)?\s*(?:the\s+(?:board|committee|sub-?committee|forum|panel|group|partnership))?"  # "RESOLVED that the Board:"
                        r"\s*[:\-–]?\s*$|"
                        r"^the\s+(?:board|committee|sub-?committee|forum|panel|partnership)\s*:?\s*$", re.I)  # "10.3 The Board:" then (1), (2)


ENUMERATION = re.compile(r"(?:^|\s)\((?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\)\s+")


def _enumerated(paragraph: str) -> list[str]:
    """ "(1) That the update be noted. (2) That ..." or "That (1) the update be noted; and (2) the
    Head of SEND provide ..." -> its items, without the "; and" that joins them; a paragraph with
    none -> itself."""
    paragraph = re.sub(r"^that\s+(?=\()", "", paragraph, flags=re.I)
    items = [re.sub(r"(?:[;,]\s*(?:\b(?:and|or))?|\s+\b(?:and|or))\s*$", "", item.strip()) for item in ENUMERATION.split(paragraph)]
    items = [item for item in items if item]
    return items if len(items) > 1 and ENUMERATION.match(paragraph) else [paragraph]


# "... said that she would provide the number. RESOLVED – That (1) ...": a committee's minute runs its
# discussion and its resolution together in one paragraph (CMIS, ModernGov); the resolution is read as one
# (or after a vote: "Following a vote (7 for, 1 against), it was RESOLVED: (a) That ...")
EMBEDDED_RESOLUTION = re.compile(r"(?:^|(?<=[.!?])\s+|(?<=,)\s+(?=it\s+was\s+(?:RESOLVED|AGREED)\b))"
                                 r"(?:[Ii]t\s+was\s+)?(?P<label>RESOLVED|AGREED)\b\s*[:–—-]?\s*")
# "SEND IMPROVEMENT PLAN – PROGRESS REPORT The Assistant Director presented ...": a minute's title in
# capitals run into its first sentence, as a committee site's table cell holds it
CAPITALS_TITLE = re.compile(r"^(?P<title>[A-Z0-9][A-Z0-9 ,&'’()/:–—-]{3,}?[A-Z0-9)])\s+(?P<rest>(?:[A-Z][a-z]|RESOLVED\b).*)$")


def resolution_item(text: str) -> Commitment | None:
    """An item of "RESOLVED that ...": what it asks someone to do, or None for a decision
    ("the refreshed priorities be approved", "the report be noted"); "... by 30 June (MW/YO)": theirs."""
    text = _without_joining_word(text)
    if LOG_CHANGED.search(text.strip().rstrip(".;")):  # "that the action log be updated accordingly": the log kept
        return None
    clauses = re.split(r"[,;]\s*and\s+(?=that\s)", text, flags=re.I)
    if len(clauses) > 1:  # "That the proposals be approved, and that the Director publish the notice on 15 March"
        return next((item for clause in clauses if (item := resolution_item(clause))), None)
    trailing = _trailing_owner(text.strip().rstrip(".;"))
    if trailing and trailing[0]:
        item = _resolution_item(trailing[0])
        return replace(item, owners=tuple(split_owners(trailing[1]))) if item and not item.owners else item
    return _resolution_item(text)


# "(c) requests that the Director of Education write to ...", "asks officers to bring ...": the Board asking
BOARD_REQUESTS = re.compile(r"^(?:request(?:s|ed)?|ask(?:s|ed)?|instruct(?:s|ed)?|invite[sd]?|direct(?:s|ed)?)\s+"
                            r"(?:that\s+)?(?=\S)", re.I)
NOTED_THAT = re.compile(r"^(?:(?:noted|notes?|received|welcomed|acknowledged)\s+that|delegated\s+(?:authority|powers?))\b", re.I)
# "be re-scored by the risk owner, Liam Porter, before the next meeting": who is to do it
BY_WHOM = re.compile(r"^\s*by\s+(?P<who>[^,;()]{2,60}?(?:,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?)"
                     r"(?=,|\s+(?:before|by|within|at|to|for|in|on|once|when)\b|$)")


def _by_whom(rest: str) -> tuple[str, tuple[str, ...]]:
    """What follows a passive's verb without its "by the Clerk", and that owner; not "by 30 June"."""
    found = BY_WHOM.match(rest)
    who = found.group("who").split(",")[-1].strip() if found else ""
    if not who or find_dates(who) or not looks_like_owner(who):
        return rest, ()
    return rest[found.end():].lstrip(","), (who,)


def _without_joining_word(item: str) -> str:
    """A resolution's item without the "; and" that joins it to the next: "(a) notes the report; and"."""
    return re.sub(r"[;,]\s*(?:and|or)\s*$", "", item.strip())


def _resolution_item(text: str) -> Commitment | None:
    text = re.sub(r"^that\s+", "", BOARD_REQUESTS.sub("", text.strip().rstrip(".;")), flags=re.I)
    # "Noted that the ICB Board will consider the business case": another's plan, noted; "That the next
    # meeting be held on 12 January": the diary
    if NOTED_THAT.match(text) or MEETING_ARRANGED.match(text):
        return None
    passive = SUBJUNCTIVE_PASSIVE.match(text)
    asked = ASKED_TO.match(passive.group("rest")) if passive and passive.group("verb").lower() in ASKING else None
    parts = split_owners(passive.group("subject")) if asked else []
    if parts and looks_like_owner(passive.group("subject").split(",")[0]):  # "the Head of SEND be asked to circulate ...": theirs to do
        # "the Assistant Director, SEND and Inclusion" is one job title, not two owners
        owners = tuple(parts) if all(looks_like_owner(part) for part in parts) else (passive.group("subject"),)
        return Commitment(f"{asked.group('verb')}{asked.group('rest')}", HIGH,
                          f"A resolution: “{passive.group('subject')} be {passive.group('verb').lower()}”", owners)
    found = _commitments(text)
    if found and not found[0].owners and re.match(r"(?:agreed|decided|resolved)\s+to\b", text, re.I):
        return None  # "The Board: AGREED to meet monthly": its own decision, no one named to act
    if found:
        return found[0]
    if passive:
        if passive.group("verb").lower() in DECIDED or not _plain_subject(passive.group("subject")):
            return None
        rest, owners = _by_whom(passive.group("rest"))
        title = _imperative(passive.group("verb"), _object_of(passive.group("subject")), rest)
        return Commitment(title, HIGH, f"A resolution: “be {passive.group('verb').lower()}”", owners) if title else None
    for active in SUBJUNCTIVE_ACTIVE.finditer(text):
        who, verb = text[: active.start("verb")].strip(), active.group("verb")
        if _owner_verb(verb) and (looks_like_owner(who) or "," in who and looks_like_owner(who.split(",")[0])):
            parts = split_owners(who)  # "the Assistant Director, SEND and Inclusion": one job title, with its team
            owners = tuple(parts) if all(looks_like_owner(part) for part in parts) else (who,)
            return Commitment(f"{verb}{text[active.end('verb'):]}", HIGH, f"A resolution: “{who} {verb}”", owners)
    return None


@dataclass(frozen=True)
class Commitment:
    title: str
    confidence: str
    reason: str
    owners: tuple[str, ...] = ()


# (not "The young people had asked that Board members come ...": asked before the meeting, reported in it)
ASKED_THAT = re.compile(r"\b(?<!had\s)(?<!have\s)(?<!has\s)(?:asked|requested|recommended|suggested|proposed|agreed)\s+that\s+(?P<rest>.+)$", re.I)
# "Liam – can you check ...?", "Priya, please send ..."
# (and in a chair's long email, "Ruth, when you get a moment, can you put ...?", "Yusuf, I think the ask from the
# Board is simply that you take ...")
ASKED_BY_NAME = re.compile(r"^(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*[–—,:-]\s*"
                           r"(?:(?:when|if|once|whenever)\s+[^,?]{1,40},\s+)?(?:(?:can|could|would)\s+you\s+"
                           r"(?:please\s+|pls\s+)?|please\s+|(?:I\s+think\s+)?the\s+ask\s+(?:from\s+[^,?]{1,30}?\s+)?is\s+"
                           r"(?:simply\s+|just\s+)?that\s+you\s+)(?P<verb>[a-z]+)\b(?P<rest>.*?)\??$")
# "ToR agreed with two changes, Ruth can you circulate it pls by Fri": after a clause of hurried
# notes, the name alone before "can you" (a chat's "Priya can you ...?" waits for her answer)
ASKED_AFTER_A_CLAUSE = re.compile(r"^(?P<who>[A-Z][\w'’-]*)\s+can\s+you\s+(?:please\s+|pls\s+)?(?P<verb>[a-z]+)\b"
                                  r"(?P<rest>[^?]*?)\??$")

# "Therapies offer - can you check, Grace, whether the leaflet is current?", "could you, Sam, send the list?": the name
# said inside the request, between commas
ASKED_NAME_INSIDE = re.compile(r"(?:^|\s[–—:-]\s+|[,;]\s+)(?:so\s+|and\s+)?(?i:can|could|would)\s+you"
                               r"(?:,\s+(?P<first>[A-Z][a-z'’-]+),\s+(?P<verb>[a-z]+)\b|\s+(?P<verb2>[a-z]+),\s+"
                               r"(?P<second>[A-Z][a-z'’-]+),)(?P<rest>[^?]*)\??")


# "The Board asked officers to ...", "Members invited the ICB to ...": who asks is not who does it.
# A resolution's "(The Board) asks Westmoor ICB to ...": the present tense, the body that asks left out.
ASKED_SOMEONE = re.compile(r"^(?:.+?\s+(?:asked|requested|invited|instructed|tasked|commissioned|encouraged)|"
                           r"(?:.+?\s+)?(?:asks|requests|invites|instructs|encourages|calls\s+(?:up)?on))\s+"
                           r"(?P<who>\S.*)$", re.I)


# An action log's number before the owner: "2026-041", "A15", "ACT-7", "ICB/26/141"
REFERENCE = re.compile(r"^(?:(?:19|20)\d{2}[-/]\d{1,4}|[A-Z]{1,4}-?\d{1,4}[a-z]?|[A-Z]{2,5}/\d{2}/\d{1,4}|\d{1,3}\.\d{1,2})[.:)]?"
                       r"(?:\s+[-–—])?\s+(?=\S)")  # "FGB/27/22 - Clerk to update ...", "4.2 RA to ...": the number, then the owner


# "The Head of SEND accepted the recommendation and undertook to ...", "Dr Patel described the work
# and agreed to ...": who spoke, then committed to something
SPOKE_THEN_COMMITTED = re.compile(r"^(?P<who>[^,;:()]{2,60}?)\s+(?:[a-z]+ed|said|gave|took|spoke|made|met)\b[^;:]*?,?"
                                  r"\s+and\s+(?:then\s+|also\s+)?(?P<how>(?:agreed|offered|undertook|promised|"
                                  r"volunteered)\s+to\s+\S.*)$")


# A meeting's own body, and what it decides rather than does: "The steering group agreed to put £400
# towards the social", "Governors AGREED to keep the hours in place" are decisions, not actions.
GROUPS = {"governors", "board", "committee", "group", "panel", "forum", "members", "partnership", "meeting", "team",
          "network", "trustees", "cabinet", "subgroup", "sub-group", "body"}
# What keeps things as they are: "agreed to keep paying mileage", "CAMHS will continue fortnightly appointments"
STANDING_VERBS = {"keep", "continue", "retain", "maintain"}
DECISION_VERBS = STANDING_VERBS | {"adopt", "approve", "accept", "endorse", "note",
                  "support", "defer", "put", "spend", "allocate", "ratify", "recommend", "fund", "pilot", "trial",
                  "move", "change", "transfer", "extend", "renew"}  # "the Forum AGREED to move one place from maintained to academy"
# ("The group agreed to extend the current contract for 6 months": a decision on the contract, no one's task)


def _group_decided(who: str, how: str, verb: str) -> bool:
    words = who.casefold().split()
    return (re.search(r"agreed|resolved", how, re.I) is not None and bool(words) and words[-1] in GROUPS
            and verb.casefold() in DECISION_VERBS)


def _by_the_meeting(before: str) -> bool:
    """Whether the words before "agreed to ..." leave it the meeting's own: nothing, a label ("Expenses:"),
    "It was", "All" or the group ("The steering group")."""
    words = before.strip().casefold().split()
    return not words or before.rstrip().endswith(":") or words[-1] in GROUPS | {"was", "all", "everyone"}


# (and "Jo Carter explained the phase transfer timetable: the local authority must issue ...")
EXPLAINED_THAT = re.compile(r"\b(?:explained|reminded\s+\w+|set\s+out|advised\s+\w+|clarified)\s+(?:that|(?:the\s+)?[\w -]{1,40}:)\s*$",
                            re.I)
# "She recommended that Section F keep the weekly group": what a plan's section should say, no one's task
PLAN_SECTION = re.compile(r"^(?:section|part)\s+[A-Z0-9]{1,2}$", re.I)
# "In Q3 I will carry out ...", "Instead Helen will email ...": when, or how it follows, before who
LEADING_WHEN = re.compile(r"^(?:(?:instead|meanwhile)\s*,?\s+|(?:for|by|on)\s+the\s+\d{1,2}(?:st|nd|rd|th)\s*,?\s+|"  # "For the 1st I'll ..."
                          r"(?:in|during|by)\s+(?:Q[1-4]|(?:the\s+)?"
                          r"(?:autumn|spring|summer)(?:\s+term)?|" + MONTH_NAME + r")\s*,?\s+)+",
                          re.I)


NAME_GLOSSED = re.compile(r"^[A-Z][a-z'’-]+\s*\((?!\s*(?:me|I)\b)[A-Z][^()]{1,40}\)$")


def _job_title_with_its_service(before: str, who: str) -> str:
    """ "The Assistant Director, SEND and Inclusion agreed to ...": the job title before the comma and
    its service after it are one owner; else `who` as found."""
    title = before.rstrip()
    if not (title.endswith(",") and who[:1].isupper()) or not re.fullmatch(
            r"(?:[Tt]he\s+)?(?:(?:[A-Z][\w'’-]*|of|for|and|&)\s+){0,4}[A-Z][\w'’-]*,", title):
        return who
    joined = f"{title} {who}"
    named = any(word.casefold() in AGENT_NOUNS for word in title.rstrip(",").split())  # "Director", "Head", "Manager"
    return joined if named and split_owners(joined) == [joined] else who


def _owner_lead(clause: str, chained: bool = True) -> list[Commitment]:
    """ "Jane Smith to circulate the report" -> a commitment owned by Jane Smith; searched from
    each clause boundary, so a commitment at the end of a long sentence is found too."""
    spoke = SPOKE_THEN_COMMITTED.match(clause)
    if spoke and looks_like_owner(spoke.group("who")):
        clause = f"{spoke.group('who')} {spoke.group('how')}"
    starts = [0] + [match.end() for match in CLAUSE_BREAK.finditer(clause)]
    for start in starts:
        match = OWNER_LEAD.match(clause[start:])
        if not match:
            continue
        who, how, verb = match.group("who").strip(" –—-"), re.sub(r"\s+", " ", match.group("how")).lower(), match.group("verb")
        who = LEADING_WHEN.sub("", who) or who
        we_team = re.match(r"^we\s*\((?P<team>[^()]{3,60})\)$", who, re.I)  # "We (EY Inclusion Team) will ...": the team
        who = we_team.group("team") if we_team else without_bracket(REFERENCE.sub("", who))  # "2026-041 DCO to ..."
        who = _job_title_with_its_service(clause[:start], who)
        asked_someone = ASKED_SOMEONE.match(who)
        if asked_someone and how == "to":  # "The Forum asked officers to bring ...": the officers will
            who = asked_someone.group("who")
            if _group_decided(who, "agreed", verb if verb != "agree" else "approve"):  # "asks the Board to agree ..."
                return [Commitment(f"{verb}{match.group('rest')}", LOW, f"A decision asked of {who}, not a task")]
        if "happy" in how and not any(word.casefold() in KNOWN_NAMES.get() for word in who.split()):
            continue  # "Helen is happy to look over the draft": hers; "the Forum is happy to share ...": goodwill
        # "Dev (Westmoor College) will send ...": a first name glossed with where they work is a person's
        glossed = bool(NAME_GLOSSED.match(match.group("who").strip())) and verb not in NOT_VERBS
        if who.lower() in NOT_OWNERS or verb in NOT_VERBS or not (glossed or looks_like_owner(who)) or who[:1] in "\"“‘" \
                or PLAN_SECTION.match(who) \
                or (how == "must" and EXPLAINED_THAT.search(clause[:start])):
            continue  # "JC explained that the local authority must tell the family ...": the law, explained
        single_word = len(who.split()) == 1 and not who.isupper()
        modal = how != "to" and not re.search(r"agreed|offered|volunteered|undertook|promised|encouraged|asked|"
                                              r"invited|requested|recommended|instructed", how)
        if (modal or single_word) and not _owner_verb(verb):
            continue  # "Transport to college" is a topic; "Ten more schools will join" no commitment
        if single_word and modal and verb in DESCRIBING_VERBS - {"meet"} \
                and not (verb in PERSONS_DOING and who.casefold() in KNOWN_NAMES.get()) \
                and match.group("rest").split(" ", 2)[1:2] != ["up"] and not (verb == "set" and SETS_A_DATE.match(match.group("rest"))):
            continue  # "The pilot will include swimming"; but "Mark will set up a contact", "Liam will add ..." commit
        if _group_decided(who, how, verb):  # "Governors AGREED to keep the hours in place": a decision
            return [Commitment(f"{verb}{match.group('rest')}", LOW, f"A decision: “{who} {how} {verb}”")]
        owners = split_owners(re.sub(r"^(?:and|but|so|also|then)\s+", "", who, flags=re.I))
        head, others = _then_someone_else(f"{verb}{match.group('rest')}") if chained \
            else (f"{verb}{match.group('rest')}", [])
        parts = _its_parts_joined(head, SECOND_COMMITMENT.split(head))
        before = clause[:start].rstrip(" ,;") if start else ""
        before = re.sub(r"(?:,?\s+and|\s+that)$", "", before).strip()
        # "A film would be developed, and schools are ..."; but "We will hear from young people – Bea to
        # visit ...": after a dash, the specific commitment stands for the general one before it
        earlier = _commitment(before) if before and not re.search(r"\s[–—]\s*$", clause[:start]) else None
        found = [Commitment(*earlier)] if earlier else []
        for part in parts:
            part = re.sub(r"^(?:to|will|would)\s+", "", part.strip())
            if WILLING_ONLY.match(part):  # "... and would be happy to meet her separately": an offer, not a task
                continue
            found.append(Commitment(part, HIGH, f"Says who will do it: “{who} {how} {part.split(' ', 1)[0]}”",
                                    tuple(owners)))
        return found + others
    return []


# "She will send the guide, and the steering group will test it", "JM to phone dad, and RH to send the
# letter": a second owner's own commitment
SECOND_OWNER = re.compile(r"(?:,\s+and|\s[–—-])\s+(?:said\s+(?:that\s+)?)?(?=(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}?"
                          r"\s+(?:will|would|to)\s+[a-z])")  # (and after a dash: "I'm going to ask Mary ... - I'll also book ...")


def _then_someone_else(text: str) -> tuple[str, list[Commitment]]:
    """(what the first owner will do, the commitments of whoever the sentence names next): up to four
    more owners, each read once."""
    splits = list(itertools.islice((split for split in SECOND_OWNER.finditer(text)  # (not inside brackets: an aside's)
                                    if text.count("(", 0, split.start()) <= text.count(")", 0, split.start())), 4))
    ends = [split.start() for split in splits[1:]] + [len(text)] if splits else []
    head_end, others = len(text), []
    for split, end in zip(splits, ends, strict=True):
        found = _owner_lead(text[split.end(): end], chained=False)
        if found and found[0].owners:
            head_end = min(head_end, split.start())
            others.extend(found)
        elif others:  # "..., and parents said it was long": still the last owner's sentence
            others[-1] = replace(others[-1], title=others[-1].title + text[split.start(): end])
    return text[:head_end], others


# A list item that reports rather than asks: "We talked about ...", "Next coffee morning is 3 December".
# "Meeting pattern – decided quarterly ...", "Analytics (LP): ...": an agenda item's topic, then its notes
def _person_then_delivery(body: str, reference: date | None) -> tuple[str, str] | None:
    """ "Mary - refreshed figs to you by fri 25th": one of the people, a dash, then what they will bring
    and by when (owner, what); not "Priya Shah - deep dive agreed for the Sept board", a report."""
    found = PERSON_DASH.match(body)
    if not found or not all(word.casefold() in KNOWN_NAMES.get() for word in found.group("who").split()) \
            or STATEMENT.search(found.group("rest")) or read_due(found.group("rest"), reference) is None \
            or re.search(r"[.;!?]\s", found.group("rest")):  # (one thing: "Jo - £1,204 in the bank. Jo to chase ...")
        return None
    rest = found.group("rest")
    return found.group("who"), rest[:1].upper() + rest[1:]


PERSON_DASH = re.compile(r"^(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s+[-–—]\s+(?P<rest>[a-z].+)$")
TOPIC_NOTE = re.compile(r"^[A-Z][^–—:;.,]{1,50}?(?:\s+\([A-Z]{2,4}\))?(?:\s[-–—]\s|:\s)")
# (and news: "YO – the consultation opens 1 March", "CD – SENDIASS moving office in April")
STATEMENT = re.compile(r"\b(?:is|are|was|were|has|have|had|talked|discussed|heard|noted|said|told|felt|agreed|"
                       r"opens|closes|starts|launches|moving|moves|visiting|visits|relocating)\b", re.I)
DATE_WORDS = re.compile(r"\b(?:by|on|at|before|in|the|of|end|next|meeting|\d+\w*|" + MONTH_NAME
                        + r")\b", re.I)


HANDED_OVER = re.compile(r"^(?:send|bring|share|give|circulate|email|post|return|hand)\s+(?:them|it)\b", re.I)
DO_THAT = re.compile(r"^do\s+(?:that|this|it|so)\b", re.I)  # the same promise again: "I said I'd write to James - I'll do that"


def _follows_up(earlier: Suggestion, later: Suggestion) -> bool:
    """ "Members asked for a breakdown of spend. RM agreed to bring this to the December meeting."
    or "... be circulated to members. Clerk to circulate by 30 October.": the second sentence gives
    the first one's owner or date, so they are one action."""
    if not later.owner_text or earlier.heading != later.heading:
        return False
    if PRONOUN_OBJECT.match(later.title) and (not earlier.owner_text or _a_body(earlier.owner_text) or (
            earlier.owner_text == later.owner_text and (_what(earlier).split(" ")[0] == _what(later).split(" ")[0]
                                                        or later.due is not None and earlier.due is None
                                                        and HANDED_OVER.match(later.title)))):
        # (and "Ivy will find out about bus passes. She will send them by Friday": the same, handed over when)
        # and "Liam P to send the figures. Yes, Liam P will send them by Tuesday": the same again, dated
        return True  # "... agreed that the service should write to families. Mary Walker to arrange this"
    if earlier.owner_text and _without_the(earlier.owner_text) == _without_the(later.owner_text) \
            and (REPORT_BACK.match(later.title) or DO_THAT.match(later.title)):
        return True  # "Mary will set up a tracker ... She'll tell the Board how it's going in December", "I'll do that"
    if earlier.owner_text:
        return False
    if earlier.reason.startswith("A request") and _stems(_what(earlier).split(" ", 1)[-1]) & _stems(_what(later)):
        return True  # "Members asked for a clear timeline. PS agreed to bring the full timeline ...": PS answers it
    verb, _, rest = later.title.partition(" ")
    # "... the transition protocol to be rewritten. OR and GA to rewrite the protocol by 30th June."
    return (verb.casefold() == earlier.title.split(" ", 1)[0].casefold()
            and _stems(DATE_WORDS.sub("", rest)) <= _stems(earlier.title))


def _a_body(owner: str) -> bool:
    """ "the service", "the council", "officers": a body, not a person someone could be asked to lead."""
    return re.sub(r"^the\s+", "", owner, flags=re.I)[:1].islower()


def _follow_up(earlier: Suggestion, later: Suggestion) -> Suggestion:
    """The two as one; a request answered in the answer's own words ("TH asked for a clearer picture of
    the costs. MW agreed to provide a breakdown of the placement costs by need") titled by what was promised."""
    if earlier.reason.startswith("A request") and not PRONOUN_OBJECT.match(later.title):
        earlier = replace(earlier, title=later.title)
    return replace(earlier, source=f"{earlier.source} {later.source.split(earlier.source)[-1].strip()}".strip(),
                   owner_text=later.owner_text, other_owners=later.other_owners, due=later.due or earlier.due,
                   reason=later.reason, confidence=HIGH)


STILL_TO_DO = re.compile(r"\b(?:will|going\s+to|are\s+[a-z]+ing|is\s+[a-z]+ing)\b", re.I)


def _without_the(owner: str) -> str:
    return re.sub(r"^the\s+", "", owner.strip(), flags=re.I).casefold()


def _records(discussed: Suggestion, action_line: Suggestion) -> bool:
    """An "Action:" line right after a sentence that asked for the same thing, with no owner or the
    same one ("Priya Mistry offered to ..." then "Action: PMi to ...")."""
    said_by, recorded_for = _without_the(discussed.owner_text), _without_the(action_line.owner_text)
    if (said_by not in ("", recorded_for) and not stands_for(action_line.owner_text, discussed.owner_text)
            or not action_line.owner_text or discussed.heading != action_line.heading
            or not discussed.suggested or not ACTION_LABEL.match(action_line.source)):
        return False
    verb, *what = action_line.title.casefold().split()
    earlier_verb, *earlier_what = discussed.title.casefold().split()
    return verb == earlier_verb or bool(_stems(" ".join(what)) & _stems(" ".join(earlier_what)))


# "ACTIONS - updated after Board 07/07/2027": a log's title, not an action
DATED_LOG_TITLE = re.compile(r"^actions?\s*[–—:-]\s*(?:updated|as\s+at|reviewed|from|arising|agreed\s+at)\b|"
                             # "ACTIONS – SV check-in 06/07/27": the meeting's name and date, no one's task
                             r"^actions?\s*[–—:-]\s*(?:[\w&'’-]+\s+){0,4}?(?:meeting|mtg|call|check-?in|board|panel|forum|"
                             r"huddle|catch-?up|group|session)\s+(?:on\s+)?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s*$", re.I)
LOG_TITLE = re.compile(r"^actions?(?:\s+(?:log|plan|tracker|register|list|summary|sheet))?\b(?:\s*[(–—-].*)?$|"
                       r"^(?:record|notes|minutes|summary)\s+of\s+(?:the\s+)?(?:decisions|meeting|discussion)", re.I)  # "PANEL – record of decisions"


LOG_REF = re.compile(r"[A-Z]{1,3}[-/]?\d{1,4}")  # an action log's reference: "A21", "J4", "AP-07"


def _names_owner_first(text: str) -> re.Match | None:
    """ "Sam: chase the council ...", "Becky - book the room": an owner, then what they will do."""
    first = OWNER_FIRST.match(text)
    if not first or not _owner_verb(first.group("verb")) or LOG_TITLE.match(first.group("verb") + first.group("rest")) \
            or LOG_REF.fullmatch(first.group("who")):
        return None  # "Transport Group - action log": a title; "A21 (YO – annual report) – draft done": a log's item
    if first.group("who").casefold() in ("bring", "read", "pre-read", "prepare"):
        return None  # "Bring: draft form, test plan": what to bring, under the next meeting's date

    with reading_with(frozenset()):  # the shape itself says it is a person: any name will do
        return first if looks_like_owner(first.group("who")) else None


_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
NAME_THEN_VERB = re.compile(r"^(?P<who>" + _NAME + r"(?:\s*(?:&|\+|/|,|\band\b)\s*" + _NAME + r")*)\s+"
                            r"(?P<verb>[a-z][a-z-]+)\b(?P<rest>.*)$")


SAME_IN_PAST = {"set", "put", "read", "cut", "let", "shut", "spread", "cost", "hit", "broadcast", "forecast"}


def _known_name_then_verb(text: str) -> re.Match | None:
    """ "Liam Porter add the measure to the dashboard", "Sarah Khan & Tom Evans run a focus group":
    a task list's item, the person's name (one of the people) straight before what they will do."""
    found = NAME_THEN_VERB.match(text)
    names = KNOWN_NAMES.get()
    if not found or not names or not _owner_verb(found.group("verb")) or found.group("verb") in SAME_IN_PAST:
        return None  # "Mary Walker set out the proposal" reports what was done
    words = re.findall(r"[A-Z][\w'’-]+", found.group("who"))
    return found if all(word.casefold() in names for word in words) else None


REPORT_BACK = re.compile(r"^(?:report|feed|come|bring\s+(?:it|this|them))\s+(?:back\b|the\s+(?:response|outcome|"
                         r"results?|findings|answer)\b)|"
                         r"^tell\s+(?:the\s+\w+|us|members|everyone)\s+(?:how\s+(?:it['’]s|it\s+is|things\s+are)\s+going|"
                         r"what\s+(?:he|she|they|I|we)\s+(?:finds?|found)\s+out)\b",  # "He will tell us what he finds out by ..."
                         re.I)  # "She'll tell the Board how it's going at the December meeting"


def _merged(found: list[Commitment]) -> list[Commitment]:
    """ "Dr Khan asked for the figures; Peter agreed to provide them": one action, Peter's."""
    if len(found) == 2 and not found[0].owners and found[1].owners and PRONOUN_OBJECT.match(found[1].title):
        return [Commitment(found[0].title, HIGH, found[1].reason, found[1].owners)]
    if len(found) == 2 and found[0].owners == found[1].owners and (PRONOUN_OBJECT.match(found[1].title)
                                                                   or REPORT_BACK.match(found[1].title)):
        # "Liam agreed to rebuild the dashboard and to circulate it", "... and to report back by 11 December":
        # the second step finishes the same piece of work
        second = found[1].title[:1].lower() + found[1].title[1:]
        return [Commitment(f"{found[0].title} and {second}", found[0].confidence, found[0].reason, found[0].owners)]
    return found


WITH_SOMEONE = re.compile(r"^(?P<who>[A-Z][^,;:()]{0,40}?),\s+(?:with|supported\s+by|helped\s+by)\s+[^,;:()]{1,40},\s+"
                          r"(?=(?:to|will)\s+[a-z])")


# ("Liam Porter, as Data and Performance Manager, will add ...": his role, said with "as")
APPOSITIVE = re.compile(r"^(?P<lead>(?:[Ww]e\s+(?:all\s+)?|[Ii]t\s+was\s+)(?:agreed|decided)\s+that\s+)?"  # "We agreed that Dr Ray, our ..."
                        r"(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}),\s+(?:as\s+)?(?P<role>(?:(?:our|the|their)\s+[\w'’-]+|[A-Z][\w'’-]*)"
                        r"(?:\s+[\w'’&-]+){1,7}),"
                        r"\s+(?=(?:will|to|would|is\s+going\s+to|has\s+agreed|agreed)\s)")
# "Liam Porter in our Data and Performance team will keep ...": the person, then the team they are in
IN_THEIR_TEAM = re.compile(r"^(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+(?:in|from)\s+(?:our|the|their)\s+"
                           r"(?P<team>(?:[\w'’&-]+\s+){1,5}?team)\s+(?=(?:will|to|would)\s)")
DASH_CLAUSE = re.compile(r"\s[—–]\s")
# "Agenda reports pack PDF 3 MB", "Appendix C - Appeals data (PDF, 140 KB)": a link to a paper, with its size
DOCUMENT_LINK = re.compile(r"\b(?:pdf|docx?|xlsx?|pptx?|zip|csv|rtf|odt)\b,?\s*\d+(?:\.\d+)?\s*[kmg]b\)?\s*$", re.I)
EDITORS_NOTE = re.compile(r"\[[^\[\]]{3,200}\]\s*")  # a whole item in square brackets: the typist's own note
SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")


def _handed_on(clause: str) -> list[Commitment]:
    """ "We'll ask the council to publish the list — Tom will raise this at the Board": what the
    first half says is to be done, owned by the person the second half gives it to; and "Cllr Lee
    asked for the data by area. The Assistant Director undertook to provide this ...", two sentences."""
    parts = DASH_CLAUSE.split(clause, maxsplit=1)
    if len(parts) != 2:
        parts = SENTENCE_BREAK.split(clause)
    if len(parts) != 2:
        return []
    first, second = _commitments(parts[0]), _owner_lead(parts[1])
    if len(first) == 1 and not first[0].owners and len(second) == 1 and second[0].owners \
            and PRONOUN_OBJECT.match(second[0].title):
        return [Commitment(first[0].title, HIGH, second[0].reason, second[0].owners)]
    return []


# "OR will think about it", "she'd mull it over": a promise to decide, not to do anything; "... but
# nothing was agreed": the minutes say themselves it is no action; "will try to help if she can",
# "offered to share it at some point": a hope, with no time to hold anyone to
UNDECIDED = re.compile(r"\b(?:will|would|to|may|might)\s+(?:have\s+a\s+)?(?:think|mull|sleep)\s+(?:about\s+|on\s+)?"
                       r"(?:it|this|that|them)\b(?:\s+over)?\s*$|"
                       r"\bbut\s+(?:nothing|no\s+action|no\s+decision|this|it)\s+was\s+(?:not\s+)?(?:agreed|decided)\s*$|"
                       r"\b(?:at\s+some\s+point|in\s+(?:the\s+)?future|some\s+time|one\s+day)(?:\s*[-–—]\s*not\s+for\s+\w+)?\s*$|"
                       r"\b(?:will|would|to|may|might)\s+(?:consider|think\s+(?:about|over))\s+(?:whether|if)\b|"  # weighing it up
                       r"\bconsider\s+(?:this|it|that)\s+(?:when|once|after|at\s+the\s+next)\b|"  # a deferral
                       r"\bpark(?:ing)?\s+(?:this|it|that)(?:\s+one)?\b|"  # "we'll park that one and come back to it"
                       r"\bpark\s+(?:till|until)\b|\bnice\s+to\s+have\b|\(\s*wish\b|\b(?:a|just\s+a)\s+wish\s+(?:more\s+than|rather\s+than|not)\b|"  # "... nice to have - PARK till autumn"
                       r"\bjust\s+(?:turn\s+up|come\s+along|be\s+there)\b|"  # coming, not doing
                       r"\bnot\s+a\s+decision\b|\bnothing\s+for\s+(?:us|me|them|the\s+\w+)\s+to\s+do\b|"
                       # "Not something we need to resolve now, just curious": said to be no one's task
                       r"\bnot\s+something\s+(?:we|you|I|they|anyone)\s+(?:need|have)\s+to\b|"
                       r"\bdiscussed,?\s+but\s+did\s+not\s+agree\b|"  # "We discussed, but did not agree, whether ..."
                       # "If I've got anything wrong, just reply and I'll correct it" (the writer's "I" may be named by now): an offer
                       # to mend the record, no task
                       r"\b(?:reply|let\s+me\s+know|tell\s+me)\s+and\s+(?:I['’]ll|(?:I|[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+will)\s+"
                       r"(?:correct|amend|change|fix)\s+(?:it|that|them)\b|"
                       # "LP offered a breakdown; the Board felt it would duplicate the trajectory and did not take this up"
                       r"\b(?:did\s+not|didn['’]t|decided\s+not\s+to)\s+(?:take\s+(?:(?:this|it|that|the\s+offer|him|her|them)\s+)?up|"
                       r"(?:take\s+)?(?:him|her|them)\s+up\s+on\s+(?:it|this|that|the\s+offer))\b|"
                       r"\b(?:offer|suggestion|proposal)\s+(?:was\s+)?(?:not\s+(?:taken\s+up|supported)|declined)\b|"
                       # "DL offered to write a note - but the panel agreed it should come from the workstream": overruled
                       # (or after a semicolon: "He offered to go; the group agreed two others would go instead")
                       r"\boffered\s+to\b[^;]{0,200}?(?:\bbut|;)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:panel|group|board|forum|"
                       r"network|committee|meeting|members|cluster|chair)\s+(?:agreed|decided|felt|preferred|thought)\b|"
                       # "LM asked if we should try an evening session": a question put to the meeting
                       r"\basked\s+(?:if|whether)\s+(?:we|the\s+(?:[\w-]+\s+)?(?:group|board|forum|panel|committee))\s+"
                       r"(?:should|could|might|would|ought\s+to)\b(?![^;]*?\s[-–—]\s)[^;–—]*$|"
                       # "We will talk about it again at the next meeting": the topic, kept for later
                       r"\b(?:talk\s+about|discuss|come\s+back\s+to|return\s+to|look\s+at)\s+(?:it|this|that|them)\s+again\b|"
                       r"\b(?:about|on)\s+(?:it|this|that),?\s+not\s+(?:yet\s+)?(?:decided|agreed)\s*$|"  # "NK to think about it, not decided"
                       r"\bplease\s+don['’]t(?:\s+on\s+my\s+account)?\s*$|"  # "I know you offered ..., so please don't"
                       r"\basked\s+(?:everyone|everybody|all\s+of\s+us|us\s+all|(?:the\s+)?(?:parents|families|carers))\s+to\b|"  # a plea to all, no one's action
                       # "Governors were encouraged to complete it before the spring meeting": urged on a whole body
                       # (those at the meeting, in the past: not the guidance "Schools are encouraged to share the charter")
                       r"^(?:all\s+)?(?:the\s+)?(?:governors|members|trustees|colleagues|partners|everyone|everybody|attendees|"
                       r"practitioners)\s+(?:were|was)\s+(?:(?:all|again|strongly)\s+)?"
                       r"(?:encouraged|urged|invited|reminded|asked|requested)\s+to\b|"
                       # "Board members were asked to hold the date": a request of the room (but "Board members were
                       # encouraged to share events for the week of action" is theirs to do)
                       r"^(?:all\s+)?(?:the\s+)?(?:board|group|panel|forum|committee)\s+members\s+(?:were|was)\s+(?:asked|requested)\s+to\b|"
                       # "..., so we'll look at them then": put off until the thing arrives
                       r"\b(?:look\s+at|consider|review|revisit|discuss)\s+(?:it|this|that|them|these)\s+then\W*$|"
                       r"\bnot\s+an\s+action\s+for\s+(?:us|(?:this|the|our)\s+(?:group|board|forum|meeting|panel|committee|network|minutes|notes))\b|"  # "(routine, not an action for this group)", "so not an action for the minutes"
                       r"[,;–—-]\s*(?:so\s+)?not\s+for\s+now\W*$|"  # "... as part of next spring's review, so not for now"
                       r"\bno\s+decision\s+(?:was\s+|has\s+been\s+)?(?:made|taken)\b|"
                       r"\bI\s+have(?:n['’]?t|\s+not)\s+(?:yet\s+)?decided\b|\bdon['’]?t\s+minute\s+(?:it\s+|this\s+)?as\s+an?\s+action\b|"
                       r"\bif\s+(?:it|this|that|they)\s+(?:becomes?|proves?|turns\s+out\s+to\s+be)\s+(?:relevant|"
                       r"needed|necessary|an\s+issue|a\s+problem)\s*$|"
                       r"\bif\s+(?:they|you|we|members|colleagues)\s+(?:are|is)\s+interested\s*$|"  # an invitation
                       r"\bwould\s+welcome\b|"  # "the Committee would welcome more places, subject to funding"
                       # an out-of-office reply in the thread: "I will respond to your email on my return"
                       r"\b(?:respond|reply|get\s+back)\b[^.;]{0,40}?\b(?:on\s+my\s+return|when\s+I\s+(?:return|am\s+back|['’]m\s+back))\b|"
                       r"\bfirst\s+and\s+then\s+[\w ]{1,30}\s+(?:will|would)\s+come\s+back\s+to\s+(?:you|them|him|her)\W*$|"  # deferred
                       r"\bno\s+commitment\b|\bno\s+promises\b|,?\s+but\s+(?:could|can)(?:\s*not|n['’]t)\s+promise(?:\s+(?:anyone|anybody|anything|that|it)\b[^.;]{0,50})?\W*$|"  # "... but could not promise"
                       r"\b(?:agreed|decided|happy)\s+to\s+leave\s+it\b|"  # an offer declined: "..., and she agreed to leave it"  # "will consider funding ... – no commitment today"
                       r"\bsee\s+what\s+(?:[\w'’-]+\s+){1,2}?can\s+do\W*$|"  # "I'll see what I can do": a hope
                       # "the letter had been sent ... he would chase it if there was nothing by the next meeting": only if
                       r"\bchase\s+(?:it|this|that|them)\s+(?:up\s+)?if\s+(?:there\s+(?:was|is|has\s+been)\s+)?"
                       r"(?:nothing|no\s+(?:reply|response|answer|news))\b|"
                       r"\(\s*not\s+(?:yet\s+)?agreed\b[^()]*\)|"  # "... staffing review. (Not agreed today - to be considered.)"
                       r"\([^()]*\s[-–—]\s*not\s+(?:yet\s+)?agreed\s*\)\W*$|"  # "... this wk? (she'd ask the trust - not agreed)"
                       r"\brather\s+than\s+(?:\w+\s+){0,2}?(?:him\s+|her\s+|them\s+)?(?:an?\s+)?(?:formal\s+)?action\b|"  # "on the agenda rather than make it an action"
                       r"\bI\s+(?:do\s+)?(?:think|feel|reckon)\s+(?:that\s+)?we\s+(?:should|ought\s+to|could|might)\b|"  # a view
                       r"^we\s+(?:won['’]t|will\s+not)\s|"  # "We won't set up a separate group": decided not to
                       # "the network will send one joint reply rather than 30 separate ones": how the whole body will go about it
                       r"^(?:that\s+)?(?:the\s+|our\s+)(?:network|group|forum|panel|board|committee|cluster|partnership)\s+"
                       r"(?:will|would|should)\s+[a-z]+\b[^;]{0,120}?\brather\s+than\b|"
                       # "SIAs need to see this by school": to be shown what was presented, someone else's to provide
                       r"\bneeds?\s+to\s+see\s+(?:this|it|that|these|them|those)\b|"
                       r"^we\s+(?:want\s+(?!to\b)|(?:would|['’]d)\s+(?:like|love)\s+)|"  # a wish: "we want a list of ..."
                       r"^we\s+(?:would|['’]d)\s+(?:(?:also|still)\s+)?hope\b", re.I)  # "We would hope, over time, to see ..."
IF_THEY_CAN = re.compile(r"\bif\s+(?:(?:she|he|they|we|i)\s+can|there\s+is\s+time|possible|(?:the\s+)?(?:[\w-]+\s+){0,2}"
                         r"(?:allows|permits))[\s”\"’'.)]*$", re.I)  # with "try to": a hope ("if the budget allows")
TRY_TO = re.compile(r"\btry\s+to\b", re.I)


# "Tom had said he would look at a broadcast list": an earlier meeting's commitment, retold
RETOLD = re.compile(r"^(?:[^,;:()]|\([^()]{0,60}\)){1,90}?\bhad\s+(?:said|agreed|offered|promised|undertaken|volunteered)\b|"
                    # "Last time you asked for a page about ...", "At its March 2027 meeting the Board asked for a review"
                    r"^(?:last\s+time|previously|at\s+(?:its|the|our)\s+(?:last\s+|previous\s+|[a-z]+\s+(?:\d{4}\s+)?)?meeting)\b"
                    r"[^.;:]{0,60}?\b(?:asked|requested)\b|"
                    r"(?:^|[-–—:]\s)\s*(?:last\s+time|at\s+the\s+last\s+meeting)\s+(?!we\b)[^,;:]{1,40}?\b(?:said|agreed|offered|promised)\b|"  # a promise then
                    r",?\s+so,?\s+(?:I['’]ve|I\s+have|[\w ]{1,40}\s+(?:has|have))\s+(?:now\s+)?(?:done|raised|sent|"
                    r"shared|asked)\s+(?:it|that|this|them)\b", re.I)  # "I said I'd raise it here, so, I've raised it"
# "- Anne said this is no longer needed, so it was closed": an earlier action closed
# (and a question answered so: "AP to check with the clerk? Not needed, as ...")
NO_LONGER_NEEDED = re.compile(r"\b(?:no\s+longer\s+(?:needed|required|necessary)|not\s+needed\s+(?:now|yet|any\s*more))\b|"
                              r"\?\s+not\s+(?:needed|required|necessary)\b", re.I)
# "that's a matter for the ICB board", "That is of course a matter for your governors": another body's
MATTER_FOR = r"(?:that|this|it)(?:['’]s|\s+is)\s+(?:\w+\s+){0,2}a\s+matter\s+for\b"
# "Mark will report to the Transport Board rather than here", "...; this is for that committee, not the
# Board": another body's matter, for information here
NOT_OURS = re.compile(r"\brather\s+than\s+(?:here|(?:to\s+)?(?:this|our)\s+(?:group|board|meeting|panel|forum))\b|"
                      r"\b(?:that|this|it)(?:['’]s|\s+is)\s+(?:their|his|her)\s+(?:decision|call|business|job|choice)\b|"  # (and "will hold its AGM")
                      r"\b(?:hold|run|have)\s+(?:its|their)\s+(?:own\b|agm\b|annual\s+(?:general\s+meeting|conference)\b)|\btheir\s+action\b|\bnot\s+ours\b|"  # "its own AGM"
                      r"\btheirs\s+to\s+(?:sort|do|fix|decide)\b|\bnot\s+an?\s+(?:forum|group|board|panel|partnership|workstream|network|cluster|committee)\s+action\b|"
                      r"\btheirs,?\s+not\s+(?:the\s+|our\s+)?(?:panel|group|board|forum|network|committee|partnership)['’]?s?\b|"  # "- that is theirs, not panel's"
                      r"\boutside\s+(?:this|the|our)\s+(?:panel|group|board|committee)['’]?s?\b(?!\s+(?:meeting|room))|"  # "(health process – outside this panel)"
                      r"\(\s*(?:the\s+)?\w+(?:\s+\w+)?['’]s\s+(?:job|call|decision|business)\s*\)|"  # "... in July (council's job)"
                      r"\bnothing\s+for\s+us\s+(?:to\s+do\s+)?until\b|\bso\s+nothing\s+for\s+(?:us|you)\s+to\s+do\b|\bno\s+(?:workstream|group|board|panel|forum|partnership|local)\s+action\b|"
                      r"\bnot\s+for\s+today\b|"  # "- that's a commissioning conversation, not for today"
                      # "...; this is a Board action and is tracked on the Board's log, not this one": another log's
                      r"\blog,?\s+not\s+(?:this\s+one|here)\b|"
                      # "That's for the Board to decide obviously": another body's decision, only asked of it
                      r"\b(?:that|this|it)(?:['’]s|\s+is)\s+(?:one\s+)?for\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+to\s+(?:decide|consider|determine)\b|"
                      # "... confirmed Westmoor's place and that DfE would write to partners": a national body's own doing
                      r"(?:^|\bthat\s+)(?:the\s+)?(?:DfE|Department\s+for\s+Education|NHS\s+England|NHSE|Ofsted|CQC|government|"
                      r"Secretary\s+of\s+State)\s+(?:would|will)\s+(?!be\b)[a-z]|"
                      r"\boutside\s+(?:our|the\s+\w+['’]s)\s+(?:gift|control|remit)\b|\bno\s+action\s+for\s+(?:us|me|the\s+\w+)\s+(?:until|yet)\b|\b" + MATTER_FOR + r"|\bnot\s+one\s+for\s+(?:this|the|our)\s+(?:group|board|meeting)\b|"  # "That's their decision, nothing for us until ..."
                      r"(?:,|\band)\s+not\s+(?:for\s+)?(?:this|the|our)\s+(?:group|board|meeting|panel|forum|partnership)"
                      r"[\s.)]*$", re.I)
# "... will be presented to Cabinet in July as usual", "continue to include the figure as now": the routine
AS_USUAL = re.compile(r"\bas\s+(?:usual|normal|always|every\s+year|now|at\s+present|before|(?:and\s+when\s+)?required)[\s.;:–—-]*$|\bin\s+the\s+(?:usual|normal)\s+way\s*$|"
                      r"\b(?:each|every)\s+year\s*$|\(\s*existing\b|"  # "must publish its statement by 31 May each year"
                      r"\bcontinue\s+to\s+(?:monitor|keep\s+an\s+eye|watch)\b", re.I)  # "will continue to monitor ..."
# "five things today, I'll go quickly", "I'll keep it brief": how the speaker will speak, no task
HOW_THEY_SPEAK = re.compile(r"\b(?:will|['’]ll|to)\s+(?:go|be|keep\s+(?:it|this|things))\s+(?:very\s+|really\s+)?"
                            r"(?:quick(?:ly)?|brief(?:ly)?|short)\s*$|"
                            # "We'll take a five-minute break", "we'll take that as a comment": the chair's running of it
                            r"\btake\s+(?:a\s+)?(?:[\w-]+\s+)?break\b|\btake\s+(?:that|this|it)\s+as\s+a\s+comment\b", re.I)
# "the meeting would be held bilingually", "future meetings will be held online": how the group meets
# "The next meeting of the Board will be held on ...", "The Board development session will take place on ...":
# the diary, not a task; "the council's Cabinet would consider it on 12 October": another body's business
# (or, resolved, "That the next scheduled meeting of the Forum be held on Wednesday, 12 January 2028")
MEETING_ARRANGED = re.compile(r"^(?:that\s+)?(?:the|this|today['’]s|future|all|our)\s+(?:[\w'’-]+\s+){0,3}(?:meetings?|sessions?)"
                              r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:would|will|should|is\s+to|are\s+to)\s+)?"
                              r"(?:be\s+(?:held|run|chaired|recorded)|take\s+place)\b|"
                              # "Mary to chair as I'm on leave", "Tom to chair the next meeting": who runs it
                              r"\bto\s+chair(?:\s+(?:the\s+)?(?:next\s+)?(?:meeting|one|session))?(?=\s*(?:[.;)]|$|as\s|while\s|in\s))|"
                              # "JM offered to host the March meeting at her school": where the group meets, not a task
                              # (but "TE agreed to ask NK whether Riverside could host the January session": asking is a task)
                              r"(?<!\bcould\s)(?<!\bcan\s)\bhost\s+(?:the|our)\s+(?:next\s+|[a-z]+\s+)?(?:meeting|session)\b(?!\s+(?:for|with|on|about)\b)|"
                              r"(?:^|\bthat\s+)(?:the\s+)?(?:[\w'’-]+\s+){0,7}(?:cabinet|committee|governing\s+body|schools\s+forum)\s+"
                              r"(?:would|will|is\s+to|are\s+to)\s+(?:consider|approve|decide|determine|ratify|(?:take|make)\s+the\s+(?:final\s+)?decision)\b|"
                              # "The ICB Board will receive the strategy at its March 2028 meeting", "JCG will review
                              # the impact at its meeting in March 2028": its own agenda
                              r"\b(?:would|will|is\s+to)\s+(?:receive|consider|approve|note|review)\b[^.;]{0,80}\bat\s+its\s+"
                              r"(?:[\w-]+\s+){0,2}meeting\b|"
                              # "Maintained school members would be asked to vote on de-delegation at the January meeting"
                              r"\bmembers\s+(?:would|will)\s+be\s+asked\s+to\s+(?:vote|decide|agree|approve)\b[^.;]{0,80}\bat\s+"
                              r"the\s+(?:[\w-]+\s+){0,2}meeting\b|"
                              # "The Department for Education would hold its quarterly review with the Council": a
                              # national body's own work, reported to the meeting
                              r"^(?:the\s+)?(?:department\s+for\s+education|dfe|esfa|ofsted|cqc|nhs\s+england|nhse|dhsc|"
                              r"department\s+of\s+health(?:\s+and\s+social\s+care)?|government|secretary\s+of\s+state)\s+"
                              r"(?:would|will|is\s+to|are\s+to)\s+(?!be\s+(?:asked|invited|told)\b)|"
                              # "The council will be consulting schools in the new year", "the council will review transport
                              # ... as part of its wider review", "his replacement will be confirmed by the college": a body
                              # outside the meeting, its own plans told to it
                              r"^(?:the\s+)?(?:council|local\s+authority|icb|college|trust|academy)\s+(?:would|will)\s+be\s+[a-z]+ing\b|"
                              r"\b(?:will|would)\s+[a-z]+\s[^.;]{1,80}?\bas\s+part\s+of\s+its\s+(?:own\s+|wider\s+|annual\s+|usual\s+)*(?:review|process|plan)\b|"
                              # "Grace explained that the therapies service has agreed to pilot ...", "St Aidan's have
                              # agreed to take him": what an organisation agreed before the meeting, reported to it
                              r"(?:^|\bthat\s+)(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:service|school|trust|college|academy|provider|"
                              r"hospital|[a-z]+['’]s)\s+(?:has|have)\s+(?:already\s+)?agreed\s+to\b|"
                              r"\bwill\s+be\s+(?:confirmed|decided|set|agreed)\s+by\s+the\s+(?:college|council|trust|school|academy|icb)\b|"
                              # "recruitment of a new Treasurer will be discussed at the July meeting": a topic for a later agenda
                              r"^(?:(?!\bto\b)[\w'’-]+\s+){1,7}(?:will|would|is\s+to)\s+be\s+(?:discussed|considered|revisited|picked\s+up)\s+"
                              r"(?:again\s+)?at\s+the\s+(?:next|[a-z]+)\s+(?:meeting|board|forum|panel|committee)\W*$|"
                              # "RH reminded members that the development session would take place on 24 November": the diary
                              r"\breminded\s+(?:\w+\s+){0,2}?that\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,5}(?:meeting|session|conference|event|"
                              r"day|agm)\b[^;]{0,60}?\b(?:would|will)\s+(?:be\s+held|take\s+place)\b", re.I)
# "Action HSG-27-03 (GA to circulate ...) was completed ahead of the meeting", "... so this was resolved in the meeting";
# "... be included in the next version; Mr Lowe said that the AP examples had been added": asked, already done
DONE_REPORT = re.compile(r"^[^,;]{0,120}?\b(?:was|were)\s+(?:completed|done|closed|actioned)\b|"
                         r";\s+[^;]{0,60}\b(?:said|confirmed|explained|replied)\s+(?:that\s+)?[^;]{0,80}\b(?:had|has|have)\s+"
                         r"(?:already\s+)?been\s+(?:added|done|included|made|sent|circulated|updated|amended|published)\b|"
                         r"\b(?:was|were)\s+resolved\s+(?:in|during|at)\s+the\s+meeting\b|"
                         # "Sarah Khan already sent the survey questions to comms during the meeting"
                         r"^(?!.*\s[–—-]\s)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:has\s+)?already\s+(?:sent|done|circulated|shared|emailed|"
                         r"booked|published|completed|finished)\b", re.I)
# "Members agreed to close H/26/14 and H/26/17": the log kept, no new work
CLOSES_LOGGED = re.compile(r"\bto\s+close\s+(?:actions?\s+)?(?:[A-Z]{1,4}[/-]?)?\d", re.I)
# A plan's summary of its changes: "Action 3.2 re-assigned and re-profiled (see Area 3)", "New actions 1.6, 2.6
# and 4.4 added"; a list of papers: "Appendix 3 – data definitions (LP)"; an ask of a Board not yet answered:
# "if agreed, YO will take it to the January committee"; an action moved to someone else
LOG_CHANGED = re.compile(r"^(?:new\s+)?actions?\s+[A-Z]{0,4}[/-]?\d[\d.]*(?:\s*(?:,|and|&)\s*[A-Z]{0,4}[/-]?\d[\d.]*)*\s+"
                         r"(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:re-?assigned|re-?profiled|added|closed|withdrawn|"
                         r"confirmed|carried|merged|updated|amended|deleted|removed|moved)\b|"
                         r"^(?:appendix|annex|annexe)\s+[\w.]{1,4}\s*[–—:-]|\bif\s+(?:agreed|approved|supported)\s*,|"
                         # a resent summary's list of its changes: "Action 1: the deadline is Friday 28 May, not 31 May",
                         # "Old action 7 (circulate the letter) removed - Ruth did this in the meeting"
                         r"^(?:old\s+)?actions?\s+[A-Z]{0,4}\d{1,2}\b\s*(?:\([^()]{1,80}\)\s*)?(?::\s*[^.;:]{1,80}?\b(?:is|are)\s+"
                         r"[^,.;]{1,40},\s+not\s|(?:was\s+|has\s+been\s+)?(?:removed|withdrawn|deleted|dropped)\b)|"
                         # "The Board agreed to transfer this action to GA": its owner changed, the new one's action said apart
                         r"\b(?:" + HANDING + r"|move)\s+(?:this|that|the)\s+action\s+(?:over\s+|across\s+)?to\b|"
                         # "It was agreed to carry it forward rather than close it", "that the action log be updated
                         # accordingly": the log kept, the work itself said apart
                         r"\bcarry\s+(?:it|this|that|the\s+(?:action|item))\s+forward\s+rather\s+than\s+close\s+(?:it|this|that)\W*$|"
                         r"\b(?:action\s+)?log\s+(?:be|to\s+be|will\s+be|would\s+be|is\s+to\s+be)\s+updated\s+(?:accordingly|to\s+match)\W*$|"
                         # the note-taker's own record of a chat held as a meeting: "I'll pull the actions together for the
                         # log", "asked for the actions to go on the log today", "I'll do the action list tomorrow", "I'll
                         # send you the action list to check", "I'll put that down as Nadia agreed"
                         r"\b(?:the\s+|today['’]s\s+|our\s+)?actions\s+(?:together\s+)?(?:for|on|to\s+go\s+on|into)\s+the\s+"
                         r"(?:log|record|tracker)\b|\bcapture\s+(?:the\s+)?actions\b|"
                         r"\b(?:do|write\s+up|type\s+up)\s+the\s+action\s+list\b|\bthe\s+action\s+list\s+to\s+check\b|"
                         r"\bput\s+(?:that|it|this)\s+down\s+as\s+(?:[A-Z][a-z'’-]+\s+)?(?:agreed|done|an\s+action)\b|"
                         # and a reply's "Ruth - please update the log", "Ruth will put these into the log": the log kept
                         # (not "Ruth will update the log - agreed: RH to move my open items to SKe": what the update is)
                         r"\b(?:please\s+update\s+the\s+(?:action\s+)?log\b(?!\s+(?:of|for)\b)|update\s+the\s+(?:action\s+)?log\s+"
                         r"(?:please|with\s+(?:the|these|those)\s+changes)\b|(?:add|put|enter)\s+(?:them|these|those|the\s+changes)"
                         r"\s+(?:to|into|on|in)\s+the\s+(?:action\s+)?log\b)", re.I)
ADDRESS = re.compile(r"\S+@\S+\.\w+|(?:https?://|www\.)\S+")  # "send.improvement@westmoor.gov.uk": no verb


# "The governors will consider the audit in the summer. That is of course a matter for your governors."
# "The Transport team will hold two drop-ins. This is the Transport team's consultation, not the workstream's."
THEIRS_AFTER = re.compile(r"^(?:" + MATTER_FOR + r"|(?:that|this|it)(?:['’]s|\s+is)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+"
                          r"(?:[\w-]+\s+)?[\w-]+,?\s+not\s+(?:the|our|this)\s+(?:workstream|group|board|panel|forum|"
                          r"partnership|committee|meeting)['’]?s?\b|"
                          # "That's their consultation, not something agreed last night"
                          r"(?:that|this|it)(?:['’]s|\s+is)\s+their\s+(?:own\s+)?(?:consultation|survey|plan|process|review|decision|job)\b|"
                          # "The LA will send it to all SENCos. Nothing for us to do until it arrives."
                          r"nothing\s+for\s+(?:us|you|me|school|the\s+[\w-]+)\s+to\s+do\b)",
                          re.I)


NOTHING_AGREED = re.compile(r"(?:none|nil|n/?a|no\s+action)\b", re.I)  # "Action: none", "→ LP/MW: nil"


def _holds_none(clause: str) -> bool:
    """Nothing, a hope ("will try to ... if she can"), an address, "no action agreed", a promise
    retold or no longer needed, another body's matter: no commitment, whatever else the words look like."""
    return (not clause or bool(UNDECIDED.search(clause) or ADDRESS.fullmatch(clause) or NO_ACTION_YET.match(clause)
                               or RETOLD.search(clause) or NO_LONGER_NEEDED.search(clause) or NOT_OURS.search(clause)
                               or CLOSES_LOGGED.search(clause) or LOG_CHANGED.search(clause) or AS_USUAL.search(clause) or NO_NEW_ACTION.search(clause)
                               or MEETING_ARRANGED.search(clause) or DONE_REPORT.search(clause)
                               or HOW_THEY_SPEAK.search(clause) or OFFERED_IF_NEEDED.search(clause))
            or bool(IF_THEY_CAN.search(clause) and TRY_TO.search(clause)))


# "Liam Porter offered to provide the data extract if it is needed": help offered, should anyone ask for it
# (and "offered to join if it would help; the Chair said ...": the offer's clause ends at the semicolon; or "... if
# needed – not needed, it is already full": asked for by no one)
OFFERED_IF_NEEDED = re.compile(r"\boffered\s+to\b.{0,200}\bif\s+(?:it\s+is\s+|it['’]s\s+|they\s+are\s+|(?:it|that)\s+would\s+(?:be\s+)?)?"
                               r"(?:needed|required|necessary|wanted|helpful|useful|help)(?:[\s.:–—-]*$|\s*;|\s*[-–—,;:]\s*(?:but\s+)?"
                               r"(?:not|no\s+longer)\s+(?:needed|required|necessary)\b)", re.I)


def _owner_glossed(clause: str) -> str:
    """The words put between an owner and what they will do, as a gloss in brackets or dropped:
    "Young Inspectors, with SK, to present ..." is theirs; "Sarah Khan, Participation Officer, will
    hold ..." is hers, her role a gloss."""
    clause = WITH_SOMEONE.sub(r"\g<who> ", clause)
    clause = IN_THEIR_TEAM.sub(r"\g<who> (\g<team>) ", clause)  # "Liam Porter in our Data team will ...": his
    role = APPOSITIVE.match(clause)
    if role and not all(word.casefold() in KNOWN_NAMES.get() for word in role.group("role").split()):
        clause = f"{role.group('lead') or ''}{role.group('who')} ({role.group('role')}) {clause[role.end():]}"
    return clause


def _asked_that(clause: str) -> Commitment | None:
    """ "The Chair asked that all partners review their risk registers"; "agreed that the plan be adopted,
    and that the final version be published": the part to be done."""
    asked_that = ASKED_THAT.search(clause)
    for part in re.split(r",?\s+and\s+that\s+", asked_that.group("rest")) if asked_that else []:
        # "asked that the Chief Nursing Officer ensure SEND is included ...": whom it asks, to do what
        named = resolution_item(part)
        if named is not None and len(named.owners) == 1 and _initials_of_title(named.owners[0]):
            return named  # (an officer by title, not "that parents see the criteria before they are published")
        item = resolution_item(IS_DONE.sub(r"\1 be ", part, count=1))  # "... that the review is brought ..."
        if item is not None:
            return item
    return None


INITIALS_THEN_VERB = re.compile(r"^(?P<who>[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*)\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$")


DASH_BREAK = re.compile(r"\s[-–—]\s")
MOST_DASH_PARTS = 8  # a sentence's parts after a dash looked at: more is a run-on paste, read from each dash again


def _owners_parts(clause: str) -> list[Commitment]:
    """The commitments a clause names an owner for; "Liam not at panel - MW to ask him ...": a note,
    then who will do what; "Ade said she's happy to help - Bex to give her admin access": each
    person's part."""
    owned = _owner_lead(clause)  # (not a dash inside brackets: "Liam Porter (not present - AM to tell him) to pull ...")
    dash, later = next(((dash, found) for dash in itertools.islice(DASH_BREAK.finditer(clause), MOST_DASH_PARTS)
                        if clause.count("(", 0, dash.start()) <= clause.count(")", 0, dash.start())
                        and not _holds_none(clause[dash.end():]) and (found := _owner_lead(clause[dash.end():]))),
                       (None, []))
    if later and not (owned and set(owned[-1].owners) == set(later[0].owners)):
        return _owner_lead(clause[:dash.start()]) + later
    return owned


# "me and Ruby doing an insta post ...", "Jo and me making the poster": the writer and a friend taking it on, in
# notes typed as they talk
PAIR_DOING = re.compile(r"(?:^|[.!?]\s+)(?P<who>(?i:me|I)\s+(?:and|&|\+)\s+[A-Z][a-z'’-]+|[A-Z][a-z'’-]+\s+(?:and|&|\+)\s+me)"
                        r"\s+(?:(?:are|r)\s+)?(?P<verb>doing|making|writing|sending|posting|sorting|running|putting)\b"
                        r"(?P<rest>\s+[^.!?]+)")
PAIR_DEADLINE = re.compile(r"\b(?:by|before|until|till|for\s+the\s+next|ready\s+for)\b", re.I)  # with no time, a role
E_GERUNDS = {"making", "writing"}
DOUBLED = {"running", "putting"}
# "He said he couldn't promise anything, but he will check ...": he is the person the paragraph is about
REFUSED_THEN_PRONOUN = re.compile(r"(\b(?:could(?:n['’]t|\s+not)|can(?:['’]t|not)|unable\s+to)\b[^,]*,\s+but\s+)(?:he|she)\s+(?=will\s)",
                                  re.I)
REFUSED_FIRST = re.compile(r"\b(?:could(?:n['’]t|\s+not)|can(?:['’]t|not)|wo(?:n['’]t|uld\s+not)|unable\s+to)\b[^,]*,\s+but\s+", re.I)


def _pair_doing(clause: str) -> list[Commitment]:
    """ "me and Ruby doing an insta post about it by sunday": the pair's, when it has a time."""
    pair = PAIR_DOING.search(clause)
    if not pair or not PAIR_DEADLINE.search(clause, pair.start()):
        return []
    verb = pair.group("verb")
    title = f"{verb[:-4 if verb in DOUBLED else -3]}{'e' if verb in E_GERUNDS else ''}{pair.group('rest')}"
    return [Commitment(title, HIGH, f"Says who will do it: “{pair.group('who')} {verb}”", (pair.group("who"),))]


def _clause_parts(clause: str) -> list[str]:
    """A sentence's parts that may each commit someone: "..., and ...", "...; ..."; and "He couldn't promise
    anything, but he will check ...", what he will do."""
    breaks = r",\s+and\s+|;\s+" + (r"|,\s+but\s+" if REFUSED_FIRST.search(clause) else "")
    return [part for part in re.split(breaks, clause) if part.strip()]


# "LP said the breakdown by phase will be added to the dashboard": a person saying what will be done, theirs
SAID_IT_WILL_BE = re.compile(r"^(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:said|confirmed|explained|advised|added)\s+"
                             r"(?:that\s+)?(?P<rest>(?:the|a|an|this|these|their|his|her)\s+[^,;:]{2,80}?\s+(?:will|would)\s+be\s+"
                             r"[a-z]+ed\b.*)$")


def _asked_of_someone(clause: str) -> list[Commitment] | None:
    """ "Sam, could you send the list?" (or after a clause: "..., so Sam can you ...?"): a task asked of
    one of the people; [] for "Ruth, can you hear me?"; None when nobody is asked."""
    asked = ASKED_BY_NAME.match(clause) or next(
        (found for each in CLAUSE_BREAK.finditer(clause) if (found := ASKED_AFTER_A_CLAUSE.match(clause[each.end():]))
         and found.group("who").casefold() in KNOWN_NAMES.get()), None)
    inside = ASKED_NAME_INSIDE.search(clause) if not (asked and looks_like_owner(asked.group("who"))) else None  # ("Equipment - ")
    if inside and (inside.group("first") or inside.group("second")).casefold() in KNOWN_NAMES.get():
        who, verb = inside.group("first") or inside.group("second"), inside.group("verb") or inside.group("verb2")
        return [Commitment(f"{verb}{inside.group('rest')}", HIGH, f"{who} was asked to {verb}", (who,))]
    if asked and CALL_CHECK.match(f"{asked.group('verb')}{asked.group('rest')}"):  # "Ruth, can you hear me?"
        return []
    if asked and looks_like_owner(asked.group("who")):
        return [Commitment(f"{asked.group('verb')}{asked.group('rest')}", HIGH,
                           f"{asked.group('who')} was asked to {asked.group('verb')}", (asked.group("who"),))]
    return None


def _said_it_will_be(clause: str) -> list[Commitment] | None:
    """ "LP said the breakdown by phase will be added to the dashboard": LP's to see done; else None."""
    said = SAID_IT_WILL_BE.match(clause)
    if said and looks_like_owner(said.group("who")) and (said.group("who").isupper() or said.group("who").split()[0].casefold()
                                                         in KNOWN_NAMES.get()) and (one := _commitment(said.group("rest"))):
        return [Commitment(one[0], one[1], f"{one[2]}, said by {said.group('who')}", (said.group("who"),))]
    return None


def _commitments(clause: str) -> list[Commitment]:
    """What a sentence (or bullet) commits someone to: none, one, or several."""
    reported = LEADING_REPORTED.match(clause.strip())
    clause = LEADING_REPORTED.sub("", clause.strip()).strip().rstrip(".!")
    if reported and AGREED_THAT.search(reported.group(0)) and IS_DONE.match(clause):
        # "It was agreed that the review is brought to the next meeting": "be brought", as a resolution says it
        return [item] if (item := resolution_item(IS_DONE.sub(r"\1 be ", clause, count=1))) else []
    clause = re.sub(r"^[→⇒➔➜]\s*", "", clause)  # "→ Owen to bring the data": the arrow marks the action
    if _holds_none(clause):
        return []
    label = ACTION_LABEL.match(clause)
    clause = label.group("rest").strip() if label else clause
    if label and NOTHING_AGREED.match(clause):  # "Action: none from the ICB"
        return []
    initials = INITIALS_THEN_VERB.match(clause) if label else None
    if initials and _owner_verb(initials.group("verb").casefold()):  # "Actions: JP draft week-16 letter to MW by 29/01"
        return [Commitment(f"{initials.group('verb')}{initials.group('rest')}", HIGH,
                           f"Marked as an action for {initials.group('who')}", tuple(split_owners(initials.group("who"))))]
    clause = _owner_glossed(_pronoun_after_speaker(clause))
    if (item := _asked_that(clause)) is not None:
        return [item]
    if (asked := _asked_of_someone(clause)) is not None:
        return asked
    first = _names_owner_first(clause) or _known_name_then_verb(clause)
    if first:
        return [Commitment(f"{first.group('verb')}{first.group('rest')}", HIGH,
                           f"Says who will do it: “{first.group('who')} – {first.group('verb')}”",
                           tuple(split_owners(first.group("who"))))]
    handed_on = _handed_on(clause) or _pair_doing(clause)
    if handed_on:
        return handed_on
    pieces = [piece for piece in re.split(r";\s+", clause) if piece.strip()]
    if len(pieces) > 1:  # "MW to circulate the paper; YO to confirm the date"
        owned = [each for piece in pieces for each in _owner_lead(piece)]
        if len(owned) == len(pieces):
            return _merged(owned)
    owned = _owners_parts(clause)
    if owned:
        return _merged(owned)
    if (said := _said_it_will_be(clause)) is not None:
        return said
    whole = _commitment(clause)
    parts = _clause_parts(clause)
    if len(parts) > 1:
        found = []
        for part in parts:
            if _holds_none(part.strip(" .")):  # "...; recruitment of a Treasurer will be discussed at the July meeting"
                continue
            found.extend(_owner_lead(part) or ([Commitment(*one)] if (one := _commitment(part)) else []))
        if len(found) > 1 or (found and not whole):
            return _merged(found)
    if whole:
        return [Commitment(*whole)]
    if label:  # "Task: Could we use the DfE template instead?": asked, not agreed
        fields = _dash_fields(clause, None, owner_first=True)  # "Action: Circulate the slides – RH", "...: RH – slides"
        if fields is not None:
            return [Commitment(fields[0], HIGH, "Marked as an action", tuple(split_owners(fields[1])))]
        asked = clause.rstrip().endswith("?")
        return [Commitment(clause, LOW if asked else HIGH, "A question, not an action" if asked else "Marked as an action")]
    return []


def _spelt_out(before: list[str], initials: str) -> bool:
    """ "Clinical Commissioning Group (CCG)", "David Lowe, Principal Educational Psychologist (DL)":
    words before the bracket spell out its letters, so it names them, not an owner (not "... by 30
    June (MW/YO)", two people)."""
    if not re.fullmatch(r"[A-Z]{2,5}", initials) or not before or not before[-1][:1].isupper():
        return False
    firsts = "".join(word[0] if word[:1].isupper() else " " for word in before if word.lower() not in _STOP)
    return initials in firsts


def _trailing_owner(text: str) -> tuple[str, str] | None:
    """(the text before it, owner as written) for "... (Action: MW)", "... Action: MW" or "... → MW"."""
    arrow = arrow_owner(text)
    if arrow:
        return arrow[0], arrow[1]
    named = PAREN_NAMES.search(text)
    if named and text[: named.start()].strip():
        names = split_owners(named.group("names"))
        if len(names) > 1 or looks_like_owner(names[0]):  # "(Becky + Amir)", "(Priya)"; not "(Ofsted)" alone
            known = KNOWN_NAMES.get()  # "(Priya)", or a full name: "(Sarah Khan)"
            if len(names) > 1 or all(word in known for word in names[0].casefold().split()):
                return text[: named.start()].strip(), named.group("names")
    match = TRAILING_OWNER.search(text)
    if not match:
        return None
    initials = match.group("initials")
    if initials and re.search(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s*\(\s*$", text[: match.start("initials")]):
        return None  # "Chair: Yusuf Okafor (DCO)": a person's role after their name, not an owner
    if initials:
        before = text[: match.start("initials")].rstrip(" (").split()
        # "the assessment hub (MW)" names an owner ("(SKh)": a letter more, to tell two people apart);
        # "Clinical Commissioning Group (CCG)" spells out a name
        if not all(part.isupper() or re.fullmatch(r"[A-Z]{2}[a-z]", part) for part in re.split(r"[/,&\s]+", initials) if part) \
                or _spelt_out(before, initials):
            return None
    who = (match.group("who") or initials or match.group("bare") or "").strip()
    if match.group("bare") and "(" in who:  # "ACTION – PS (heads briefing, 10 March)": the owner, then where and when
        who = who.split("(", 1)[0].strip()
    if not looks_like_owner(who) or len(who.split()) > 6:
        return None
    return text[: match.start()].strip(), who


def _commitment(clause: str) -> tuple[str, str, str] | None:
    """(title, confidence, reason) when a sentence commits someone to act, else None."""
    clause = LEADING_REPORTED.sub("", clause.strip()).strip()
    if not clause:
        return None
    match = _REQUESTED.match(clause)
    if match:
        return f"provide {_object_of(match.group('subject'))}{match.group('rest')}", HIGH, \
            "A request: “was requested”"
    match = _TAKE_PLACE.match(clause)
    if match and _plain_subject(match.group("subject")):
        subject = ARTICLE.sub("", match.group("subject").strip())
        noun = re.match(r"^(?:the\s+)?(?P<noun>\w+)\s+of\s+(?P<what>.+)$", subject, re.I)
        if noun and noun.group("noun").lower() in _NOUN_VERBS:
            title = f"{_NOUN_VERBS[noun.group('noun').lower()]} {noun.group('what')}{match.group('rest')}"
        else:
            title = f"hold {_sentence_case(subject)}{match.group('rest')}"
        return title, HIGH, "A commitment: “would take place”"
    match = _PASSIVE.match(clause)
    if match and _plain_subject(match.group("subject")):
        title = _imperative(match.group("verb"), _object_of(match.group("subject")), match.group("rest"))
        if title:
            aux = re.sub(r"\s+", " ", match.group("aux").lower())
            return title, HIGH, f"A commitment: “{aux} be {match.group('verb').lower()}”"
    match = _AVAILABLE.match(clause)
    if match and _plain_subject(match.group("subject")) and ":" not in match.group("subject"):  # not "Agreed: a room will be"
        subject = _object_of(match.group("subject"))
        return f"make {subject} {match.group('state').lower()}{match.group('rest')}", HIGH, \
            f"A commitment: “would be {match.group('state').lower()}”"
    match = _ASKED_FOR.match(clause)
    if match and _plain_subject(match.group("who")):
        return f"provide {_object_of(match.group('object'))}", HIGH, "A request: “asked for”"
    match = _WE_WILL.search(clause)
    if match and match.group("verb").lower() not in ("be", "have", "not", "always", "never", "see"):
        # "We will always start with what matters to the young person": a way of working, not a task
        # ("we'll see the final version after": shown it, not doing it)
        return f"{match.group('verb')}{match.group('rest')}", MEDIUM, "A commitment: “we will”"
    match = _I_WILL.match(clause)
    if match and _owner_verb(match.group("verb")):
        return f"{match.group('verb')}{match.group('rest')}", MEDIUM, "A commitment: “I will”, by whoever wrote it"
    match = _OFFERED.search(clause)
    if match and match.group(0).lower().startswith("agreed") and match.group("verb").lower() in STANDING_VERBS \
            and _by_the_meeting(clause[:match.start()]):  # "Volunteer expenses: agreed to keep paying mileage ..."
        return f"{match.group('verb')}{match.group('rest')}", LOW, "A decision to keep things as they are: no new task"
    if match and LOG_CHANGED.search(f"{match.group('verb')}{match.group('rest')}"):  # "agreed to carry it forward rather than close it"
        return None
    if match and match.group("verb").lower() in ACTION_VERBS:
        return f"{match.group('verb')}{match.group('rest')}", MEDIUM, "An offer: someone offered to do this"
    if _WILL_BE_DOING.search(clause) and not FINITE_VERBS.search(clause.split(" will ", 1)[0]) \
            and not ASKED_WHETHER.search(clause.split(" will ", 1)[0]):  # "Mr T asked whether the school will be getting ..."
        words = _WILL_BE_DOING.search(clause).group(0).lower()
        return clause, MEDIUM, f"A commitment: “{words}”"
    return None


def _with_due(reason: str, due: Due | None) -> str:
    if due is None:
        return reason
    if due.kind == NEXT_MEETING:
        dated = f", which the minutes date {format_day(due.on)}" if due.on else ""
        return f"{reason}. Due by the next meeting: “{due.words}”{dated}"
    if due.problem:
        return f"{reason}. No due date: {due.problem}"
    if due.rule:
        return f"{reason}. Due date from a rule: {due.rule}"
    return f"{reason}. Due date read from “{due.words}”"


def _split_sentences(paragraph: str) -> list[str]:
    """The paragraph's sentences; a bracket after a question kept with it, as what became of it ("NK to
    phone mum this wk? (she'd think about it - not agreed)"), and an answer that it is not needed."""
    parts: list[str] = []
    for part in (piece.strip() for whole in SENTENCE_END.split(paragraph) for piece in _assignments_apart(whole)
                 if piece.strip()):
        if parts and parts[-1].endswith("?") and (part.startswith("(") and part.endswith(")") or NO_LONGER_NEEDED.match(f"? {part}")):
            parts[-1] += " " + part
        else:
            parts.append(part)
    return parts


# "so Priya S to send the letter via the bulletin, Mary to give her the draft wording": two people given a task each
NEXT_ASSIGNED = re.compile(r",\s+(?:and\s+)?(?=(?P<who>[A-Z][a-z'’-]+(?:\s[A-Z](?:[a-z'’-]+)?)?)\s+to\s+[a-z]{2,}\s)")
FIRST_ASSIGNED = re.compile(r"^(?:[^,]{0,30}?[-–—,]\s+)?(?:so\s+)?(?P<who>[A-Z][a-z'’-]+(?:\s[A-Z](?:[a-z'’-]+)?)?)\s+to\s+[a-z]{2,}\s")


def _assignments_apart(sentence: str) -> list[str]:
    """A sentence giving one person a task and then, after a comma, another theirs: two sentences."""
    first = FIRST_ASSIGNED.match(sentence)
    then = NEXT_ASSIGNED.search(sentence, first.end()) if first and looks_like_owner(first.group("who")) else None
    if then is None or not looks_like_owner(then.group("who")):
        return [sentence]
    return [f"{sentence[:then.start()]}.", sentence[then.end():]]


SAYS_YES = re.compile(r"^(?:yes|yeah|yep|sure|ok(?:ay)?|fine|no\s+problem)\b", re.I)  # a reply's yes to a task asked elsewhere
FOR_NOTING = re.compile(r"^(?:all\s+to\s+)?note\s+(?:the|that|this|these|a|an|any|progress|changes?)\b", re.I)


def _suggestion(found: Commitment, *, source: str, heading: str, kind: str, due_text: str,
                reference: date | None, confidence: str | None = None, owners: tuple[str, ...] = (),
                due: Due | None = None) -> Suggestion:
    owners = owners or found.owners
    due = due or read_due(due_text, reference)
    if FOR_NOTING.match(found.title):  # "All to note the revised pathway timeline": for information
        found, confidence = replace(found, reason="Asks people to note something: for information, not an action"), LOW
    elif len(_words(found.title)) == 1:  # "Helen thinks two or three SENCos will come": nothing to do
        found, confidence = replace(found, reason=f"Says only “{found.title}”, not what to do"), LOW
    elif DO_THAT.match(found.title) and found.owners and SAYS_YES.match(source):  # "Yes that's fine, I'll do it"
        found, confidence = replace(found, reason="Says yes to a task named elsewhere, not what to do"), LOW
    return Suggestion(
        title=_tidy_title(found.title, heading), source=source, heading=heading, kind=kind,
        confidence=confidence or found.confidence, reason=_with_due(found.reason, due), due=due,
        owner_text=owners[0] if owners else "", other_owners=tuple(owners[1:]),
    )


AGREED_THAT = re.compile(r"\b(?:agreed|decided|requested)\s+that\b", re.I)
IS_DONE = re.compile(r"^(.+?)\s+(?:is|are)\s+(?=[a-z]+(?:ed|en|wn|ght|ent)\b)")  # "the review is brought ..."
BARE_INITIALS = re.compile(r"[A-Z]{2,3}(?:\s*[/,&]\s*[A-Z]{2,3})*")
NO_ACTION_YET = re.compile(r"^(?:but\s+)?no\s+(?:further\s+)?action\s+(?:was\s+|has\s+been\s+)?"
                           r"(?:agreed|needed|required|taken|for\b)|^nothing\s+(?:was\s+|has\s+been\s+)?(?:agreed|decided)(?:\s+yet)?\b|"
                           r"^(?:this\s+is\s+|it['’]s\s+)?not\s+an?\s+(?:formal\s+)?action\b|^park\s+(?:it\s+|this\s+)?for\s+now\b|"  # "... Not an action."
                           # "Decision only.", "That was a decision, not an action - ...": what the sentence before settled
                           r"^(?:(?:this|that|it)(?:['’]s|\s+is|\s+was)\s+)?(?:a\s+)?decision(?:\s+only\b|,?\s+(?:not\s+an?|no)\s+action\b)|"
                           # "I've not counted that as an action because it's really a question": the writer says so
                           r"^(?:I|we)(?:['’]ve|\s+have)(?:\s+not|n['’]t)\s+(?:counted|minuted|recorded|written|listed|put)\s+"
                           r"(?:that|this|it)\s+(?:down\s+)?as\s+an?\s+(?:separate\s+)?action\b|"
                           # an offer no one took: "No-one took this up on the day", "The offer was declined"
                           r"^(?:no[- ]?one|nobody|no\s+(?:one|member|family|school)s?)\s+(?:\w+\s+)?took\s+(?:(?:this|it|that|her|him|them)\s+)?up\b|"
                           r"^(?:the|this|that|her|his)\s+offer\s+was\s+(?:not\s+(?:taken\s+up|needed|accepted)|declined)\b|"
                           # a request the meeting turned down: "We did not agree this today – ...", "Agreed NOT yet - ..."
                           r"^(?:but\s+)?we\s+(?:did\s+not|didn['’]t)\s+agree\s+(?:to\s+)?(?:this|it|that)\b|^agreed\s+not\s+(?:yet|for\s+now)\b", re.I)
# "Report in December as already agreed – no new action": the line says so itself
NO_NEW_ACTION = re.compile(r"[–—-]\s*no\s+(?:new|further)\s+action\s*\)?\s*\.?$|"
                           # "HB will suggest schools – no separate action as she will pass names straight to NK"
                           r"[–—-]\s*no\s+(?:new|further|separate)\s+action\s+(?:as|because|since|needed|required)\b|"
                           # "(not an action, she does it every week anyway)", "(same thing, not separate)"
                           r"\(\s*not\s+an?\s+(?:new\s+|separate\s+)?action\b|\bsame\s+thing,?\s+not\s+separate\b|"
                           # "Anne will draft it (no action logged - she will do it this week)", "(no action needed here)"
                           r"\(\s*no\s+(?:new\s+|separate\s+)?action\s+(?:logged|recorded|needed|required)\b|"
                           # "— already booked by the Academy", "(already set up, Jenny sorted it last week)"
                           r"\balready\s+(?:provisionally\s+|been\s+)?(?:set\s+up|booked|sorted|arranged|in\s+place|in\s+hand|happening)\b|[-–—]\s*crossed\s+off\s*\.?$|"
                           # "nothing new this time - your leaflet is done", "March meeting is confirmed and the hall is booked"
                           r"\bso\s+that['’]s\s+(?:done|sorted)\b|"  # "I said I'd mention it and I did, so that's done"
                           r"^nothing\s+(?:new|more|further|for\s+you)\b|^(?!(?:check|make\s+sure|ensure|confirm|see)\b)"
                           r"(?:(?!\b(?:will|to|must|should|needs?|please|check|confirm|ensure)\b)[^,;]){0,80}?"  # not "Tom will check the room is booked"
                           r"\b(?:is|are)\s+(?:now\s+)?(?:confirmed|booked|done|sorted)\b(?!\s+(?:by|for|when|if|once|before)\b)|"
                           r"\bnot\s+a\s+separate\s+(?:one|action|task)\b|\bpart\s+of\s+the\s+same\s+(?:action|piece\s+of\s+work|task|job)\b|"  # "(... not a separate one)"
                           r"\(\s*(?:an?\s+)?input\s+(?:in)?to\s+[^()]{1,60}\)\s*\.?$|"  # "Heads to send NK figures (input to NK's letter)"
                           r"\((?:[^()]{0,40}[,;–—-]\s*)?not\s+new\)\s*\.?$|\(\s*standing\s+(?:rule|arrangement|item)\b[^()]{0,40}\)\s*\.?$|"  # "(standing rule, not new)"
                           r"\((?:[^(),]{1,30}(?:,|\s[-–—])\s*)?no\s+(?:new\s+|further\s+)?action\)\s*\.?$|"  # "(decision - no action)"
                           r"\((?:a\s+)?decision\s+[–—-]\s*[^()]{1,80}\)\s*\.?$|"  # "(decision – to go into the checklist)"
                           # "The group noted that the Trust will now carry out the checks": another's plan, noted
                           r"^(?:the\s+)?(?:[\w-]+\s+){0,3}noted\s+that\s+(?!(?:it\s+)?(?:would|will)\b)(?:[\w'’-]+\s+){1,5}will\b|"
                           # "The County Council will consult on its policy in May; members noted this": its plan, noted
                           r"\bwill\s+[^;]{3,200};\s*(?:the\s+)?(?:members|group|board|committee|forum|panel|governors)\s+noted\s+(?:this|it)\b|"
                           r"[;,–—-]\s*for\s+information(?:\s+only)?\s*\.?$|"  # "...; for information only"
                           # "Anne said she'd take it up - see item 6": the action is recorded at that item (not a
                           # table's "Graduated approach examples (see item 2)", the item it came from)
                           r"\s[-–—]\s*see\s+(?:item|minute|agenda\s+item)\s+\d+[\d.]*\s*\.?$|"
                           # "A: Yes – the drop-ins restarted in September", "Nadia: no, the form is the same one": a
                           # question answered from the floor, nothing promised in it
                           r"^(?:a|answer|[A-Z][\w'’-]+)\s*:\s*(?:yes|no)\b\s*[,.;:–—-](?![^\n]*?(?:\bwill\b|['’]ll\b|\bgoing\s+to\b|"
                           r"\bagreed\s+to\b|\boffered\s+to\b|\bcan\s+(?:send|share|ask|check|find)\b))|"
                           r"\((?:a\s+)?decision(?:[,;–—-]\s*(?:nothing\s+to\s+do|no\s+action\s+needed))?\)\s*\.?$", re.I)  # "(decision)"


# "Last updated 04/11 after the meeting (RH)", "Minutes taken by Ruth (RH)": who kept the record, not an action
RECORD_KEEPING = re.compile(r"^(?:last\s+(?:updated|modified|edited|saved|reviewed)|(?:minutes|notes)\s+(?:taken|typed)\s+by|"
                            r"(?:prepared|compiled)\s+by)\b", re.I)


# "If it could come by the 26th", "they should be with me by Friday": when the thing asked for in the
# sentence before is wanted
WANTED_BY = re.compile(r"\b(?:it|they|them|that)\s+(?:could|can|would|should|needs?\s+to|must)\s+(?:come|arrive|"
                       r"be\s+(?:with\s+\w+|here|in|back|ready|done|sent|circulated))\s+(?:to\s+\w+\s+)?by\s|"
                       r"\b(?:I['’]d|(?-i:[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)\s+would)\s+like\s+(?:the\s+\w+|it|them)\s+(?:out|back|sent|done|ready|in)\s+by\s|"
                       # "I'll do a short piece in our newsletter. The next one goes out on the 19th.": when it is out
                       r"^(?:and\s+)?(?:the\s+next\s+(?:one|issue|edition)|it)\s+(?:goes|comes|is\s+going)\s+out\s+(?:on|by)\s|"
                       # "Our team will publish a new page. It will be live by the end of July.": when it is done
                       r"^(?:and\s+)?(?:it|they|this|these)\s+(?:will|should|would)\s+be\s+(?:live|ready|available|up|"
                       r"out|in\s+place)\s+(?:by|before)\s|"
                       # a chat's "I'll take the rota for spring 2. Will have it out before half term": when it is done
                       r"^(?:I['’]ll\s+|I\s+will\s+|will\s+)?have\s+(?:it|them|this|that)\s+(?:out|done|ready|back|over|sent|"
                       r"finished|round)\s+(?:by|before)\s|"
                       r"^(?:by|before)\s+(?=[^.!?]{2,30}\?$)|"  # "I'll ask the parents. By Friday?": the day offered
                       # "Tom will write a piece for the newsletter. His deadline for copy is the 29th.": its date
                       r"^(?:and\s+)?(?:the|his|her|their|our|my|your)\s+deadline(?:\s+for\s+[\w-]+(?:\s+[\w-]+)?)?\s+is\s|"
                       # "End of the month was what we said", "For next time is fine": the date, then that it was agreed
                       r"^(?=[^.;]{3,30}?\s+(?:was|is)\s+(?:what\s+we\s+(?:said|agreed)|fine|ok(?:ay)?)\b)", re.I)
# (and "I'd like the invitations out by 3 December" after the ask)


def _due_said_after(found: list[Suggestion], sentence: str, reference: date | None) -> bool:
    """The last action given the date a sentence after it wants it by, when it has none."""
    # (or the one it has only says what it is for: "the rota for spring 2")
    if not (found and (found[-1].due is None or found[-1].due.words.casefold().startswith("for "))
            and WANTED_BY.search(sentence)):
        return False
    due = read_due(sentence[WANTED_BY.search(sentence).start():], reference)
    if due is None:
        return False
    found[-1] = replace(found[-1], due=due, reason=_with_due(found[-1].reason, due))
    return True


# "... on 7 December and let us know - if they want to come to our January meeting, they'd be welcome": an aside
CONDITIONAL_ASIDE = re.compile(r"\s[-–—]\s+(?:if|unless)\s", re.I)


def _before_aside(sentence: str, reference: date | None) -> str:
    """The sentence up to a conditional aside after a dash, when the words before it give a date: the aside's
    "January meeting" is not when it is due."""
    aside = CONDITIONAL_ASIDE.search(sentence)
    return sentence[:aside.start()] if aside and read_due(sentence[:aside.start()], reference) else sentence


def _said_twice(made: list[Suggestion]) -> list[Suggestion]:
    """ "I said I'd write to the adviser about ..., and I will write to the adviser by Wednesday": one promise
    said twice in a sentence (the same owner, the same first four words), kept once, with its date."""
    if len(made) != 2 or made[0].owner_text != made[1].owner_text \
            or made[0].title.casefold().split()[:4] != made[1].title.casefold().split()[:4]:
        return made
    return [made[1] if made[1].due and not made[0].due else made[0]]


def _uncontracted(match: re.Match) -> str:
    return f"{match.group('who')} {CONTRACTIONS[match.group('end').lower()]}"  # "she'll": "she will"


def _pronouns_named(text: str, speaker: str, about: str) -> str:
    """A sentence's "he" and "she" as who they are: "He would ..." the last one named (`speaker`); "..., so she
    will", "Claire said she'd"; "He couldn't promise, but he will check" the person the paragraph is `about`."""
    text = AND_HE_WILL.sub(" and ", CONTRACTED.sub(_uncontracted, text))
    text = _pronoun_named(PRONOUN_SUBJECT.sub(speaker, text, count=1) if speaker else text)
    return REFUSED_THEN_PRONOUN.sub(lambda found: f"{found.group(1)}{about} ", text) if about else text


# "She asked that the next report includes the appeal data. JB, for the March Board (10/03/27).": whose the
# sentence before is, and when, typed in after it
INITIALS_AND_WHEN = re.compile(r"(?P<who>[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*)\s*[,–—-]\s*(?:for|by|before|at|to)\s+[^.;]{1,60}")


def _owner_of_sentence(sentence: str, number: int, found: list[Suggestion]) -> tuple[str, str] | None:
    """(the sentence's words, its owner) where it ends by naming one ("... (Action: MW)"); ("", owner) for a
    sentence that only names the owner of the one before it ("MW.", "JB, for the March Board (10/03/27).")."""
    bare = sentence.strip(" .")
    owned_after = INITIALS_AND_WHEN.fullmatch(bare) if number else None
    return _trailing_owner(sentence) or (("", bare) if number and found and BARE_INITIALS.fullmatch(bare) else None) \
        or (("", owned_after.group("who")) if owned_after else None)


# "Several asked for the leaflet in Polish. Sarah said it is in next year's plan, so it isn't promised here."
NOT_PROMISED = re.compile(r"\b(?:it|this|that)(?:\s+is|\s+was|['’]s)?\s*(?:n['’]t|\s+not)\s+(?:being\s+)?(?:promised|agreed|"
                          r"taken\s+(?:forward|on))\b(?!\s+(?:yet|until)\b)", re.I)
# "Could we take it in July instead? I'd rather show the group the new figures.": why the writer asks, no promise
# (the writer's "I" already named: "Grace Adeyemi would rather ...")
PREFERENCE = re.compile(r"^(?:I|we|(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?))(?:['’]d|\s+would)\s+(?:much\s+)?"
                        r"(?:rather|prefer\s+to)\b", re.I)


def _reason_for_asking(sentences: list[str], number: int) -> bool:
    return bool(number) and PREFERENCE.match(sentences[number].strip()) is not None \
        and sentences[number - 1].rstrip().endswith("?")


def _ends_no_action(sentence: str) -> bool:
    """ "AP suggested this was picked up outside the meeting; no action for the Board.": a sentence that commits
    no one, its last clause saying there is no action (on what the paragraph asked before it)."""
    head, _, last = sentence.rpartition(";")
    return bool(head) and NO_ACTION_YET.match(last.strip()) is not None and not _commitments(head)


# "Mr Evans confirmed that the Forum would provide its foreword": the one who speaks for the body undertakes it
SPOKE_FOR_BODY = re.compile(r"^(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
                            r"(?:confirmed|said|advised|agreed|undertook|explained)\s+that\s+(?P<body>the\s+(?:[A-Z][\w'’-]*\s+){0,3}?"
                            r"(?:Forum|Trust|[Ss]ervice|[Tt]eam|Council|ICB|PCF|[Cc]ollege|[Ss]chool|[Dd]epartment|[Pp]artnership|"
                            r"[Oo]rganisation))\s+(?:would|will)\s")


def _spoken_for(sentence: str, commitment: Commitment) -> Commitment:
    spoke = SPOKE_FOR_BODY.match(sentence.strip())
    if not spoke or commitment.owners != (spoke.group("body"),) or not looks_like_owner(spoke.group("who")):
        return commitment
    return replace(commitment, owners=(spoke.group("who"),),
                   reason=f"{spoke.group('who')} undertook it for {spoke.group('body')}: “{spoke.group(0).strip()}”")


def suggestions_from_prose(paragraph: str, heading: str, reference: date | None) -> list[Suggestion]:
    found: list[Suggestion] = []
    sentences = _split_sentences(paragraph)
    speaker = about = ""  # the person the last sentence was about, for "He would ..."; the last named, for "but he will"
    for number, sentence in enumerate(sentences):
        trailing = _owner_of_sentence(sentence, number, found)
        if trailing and not trailing[0]:  # "... to members by 30 June. **MW**": MW's, set in bold at the end
            # "(Action: MW)" or "→ YO, for the April meeting" on its own after the sentence it owns
            _give_owner(found, sentences[number - 1] if number else "", trailing[1], heading, reference)
            due = read_due(sentence, reference)
            if found and due is not None and found[-1].due is None:
                found[-1] = replace(found[-1], due=due, reason=_with_due(found[-1].reason, due))
            continue
        if found and (NO_ACTION_YET.match(sentence) or THEIRS_AFTER.match(sentence) or _ends_no_action(sentence)
                      or NOT_PROMISED.search(sentence) and not _commitments(sentence)):  # "SK will raise it ... No action agreed yet."
            found[-1] = replace(found[-1], confidence=LOW, reason=f"The minutes go on: “{sentence.strip()}”")
            continue
        if _due_said_after(found, sentence, reference) or _reason_for_asking(sentences, number):
            continue  # "... the list. No rush, but if it could come by the 26th ..."
        field_line = ACTION_FIELD.match(sentence)
        if field_line and found:  # "Owner: Chief Operating Officer." "Due: October 2024" after the action
            for each in _field_item(sentence.strip().rstrip(".")) or [field_line]:  # "Lead: GA Timescale: by 30/07"
                found[-1] = _with_field(found[-1], each, reference)
            continue
        text, owner = trailing if trailing else (sentence, "")
        # ("Yusuf Okafor apologised. He said he would ...": his, reported as said by the one the sentence before was about)
        text = _pronouns_named(text, speaker or (about if SAID_BY_PRONOUN.match(text) else ""), about)
        about = (_known_subject(sentence) or {"who": about})["who"]
        said = SPEAKER.match(sentence) or NAME_THEN_DASH.match(sentence)
        speaker = said.group("who") if said and looks_like_owner(said.group("who")) else speaker
        if speaker:  # "Dev explained the process and said he would find out ..."
            text = SAID_HE_WOULD.sub(lambda match, who=speaker, text=text: ("" if text[:match.start()].strip() == who
                                     else f"{match.group('said')}{who} ") + ("is " if match.group("is") else ""),
                                     text)  # "The Chair said he would": his
        made = []
        done = MARKED_DONE.search(text)  # "Clerk to update the register - completed": an update on it
        commitments = [_spoken_for(sentence, each) for each in _commitments(text[:done.start()] if done else text)]
        for commitment in commitments:
            # "Sarah will raise this with the transport team": the sentence before says what "this" is
            source = f"{sentences[number - 1]} {sentence}" if number and PRONOUN_OBJECT.match(commitment.title) \
                else sentence
            made.append(_suggestion(commitment, source=source, heading=heading, kind="sentence",
                                    due_text=commitment.title if len(commitments) > 1 else _before_aside(sentence, reference),
                                    reference=reference, owners=tuple(split_owners(owner)) if owner else ()))
        if done:
            made = [replace(each, confidence=LOW, reason="Marked as done") for each in made]
        elif _agreed_state(sentence.strip()):  # "Agreed: a quiet room will be available from May"
            made = _as_decisions(made)
        if len(made) == 1 and found and _follows_up(found[-1], made[0]):
            found[-1] = _follow_up(found[-1], made[0])
            continue
        if owner and not made and not _only_dates(text) and not RECORD_KEEPING.match(text) and not LOG_CHANGED.search(text):
            made.append(_suggestion(Commitment(text, HIGH, f"Marked as an action for {owner}"), source=sentence,
                                    heading=heading, kind="sentence", due_text=sentence, reference=reference,
                                    owners=tuple(split_owners(owner))))
        found.extend(made := _said_twice(made))  # "I said I'd write ..., and I will write ... by Wednesday": one
        if len(made) == 1 and made[0].owner_text and not made[0].other_owners:
            # "The SEND Casework Manager will remind schools ... She will also add ...": one owner, named once
            speaker = made[0].owner_text
    return _requests_answered(found, sentences)


def _requests_answered(found: list[Suggestion], sentences: list[str]) -> list[Suggestion]:
    """ "Mr Baines asked that AP leaders be included in the briefings. The Schools Finance Manager agreed
    to arrange a separate briefing for AP leaders ...": a request no one was named for, answered by what
    the next sentence agrees to instead, about the same things (two of its words); answered "The Data Manager
    agreed to do so": the request, theirs."""
    for index, (asked, answer) in enumerate(itertools.pairwise(found)):
        if not asked.owner_text and answer.owner_text and DO_THAT.match(answer.title) and ASKED_THAT.search(asked.source) \
                and re.search(r"\bagreed\s+to\b", answer.source):
            found[index + 1] = replace(asked, owner_text=answer.owner_text, other_owners=answer.other_owners,
                                       reason=f"Asked for, and {answer.reason[0].lower()}{answer.reason[1:]}")
            found[index] = replace(asked, confidence=LOW, reason=f"Asked for, and answered: “{answer.source.strip()}”")
            continue
        if not asked.owner_text and answer.owner_text and (ASKED_THAT.search(asked.source) or _sent_to_asker(asked.source, answer.source)) \
                and (len(_stems(asked.title) & _stems(answer.title)) >= 2 and re.search(r"\bagreed\s+to\b", answer.source)
                     or ANSWERED_BY_OWNER.search(answer.source) and not GROUP_ASKED.match(asked.source.strip())) \
                and asked.source in sentences \
                and answer.source in sentences and sentences.index(answer.source) == sentences.index(asked.source) + 1:
            found[index] = replace(asked, confidence=LOW, reason=f"Asked for, and answered: “{answer.source.strip()}”")
    return [_request_already_met(each, sentences) for each in found]


# "Cllr Hale asked that the findings be shared with the Committee. Mr Evans agreed to send a summary ...", "LP
# asked for the detail ... Claire Dunmore will send the themes to Liam Porter ...": a person's request that the
# next sentence's own undertaking answers, in its own words (not the Board's own request, a task of its own)
ASKED_FOR = re.compile(r"\b(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:asked|requested)\s+for\s+"
                       r"(?:the|a|an|more|further|this|these)\b")  # "LP asked for the detail ..."
SENT_TO = re.compile(r"\bto\s+(?:(?:Dr|Mr|Mrs|Ms|Cllr)\.?\s+)?(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)")


def _sent_to_asker(asked: str, answer: str) -> bool:
    """ "LP asked for the detail ...", then "Claire Dunmore will send the themes to Liam Porter ...": what the
    answer sends to whoever asked (by their initials or their surname) is what they asked for."""
    request = ASKED_FOR.search(asked)
    if not request:
        return False
    who = request.group("who").split()
    for sent in SENT_TO.finditer(answer):
        name = sent.group("name").split()
        if (len(who) == 1 and who[0].isupper() and who[0] == "".join(word[0] for word in name)) or name[-1] == who[-1]:
            return True
    return False
ANSWERED_BY_OWNER = re.compile(r"\b(?:agreed|undertook|offered)\s+to\b|\b(?:will|would)\s")
GROUP_ASKED = re.compile(r"^(?:the\s+)?(?:board|committee|sub-?committee|forum|panel|group|partnership|members|meeting)\s+"
                         r"(?:requested|asked|agreed|recommended|proposed|suggested)\b", re.I)
# "... asked that the descriptors be shared in draft. Mary Walker confirmed that they had been circulated to all
# SENCos on 14 May": the request met before it was made
MET_ALREADY = re.compile(r"^[A-Z][\w'’. -]{1,60}?\s+(?:confirmed|explained|advised|said|reported)\s+that\s+"
                         r"(?:they|it|these|this|the\s+[\w -]{1,40}?)\s+(?:had|has|have)\s+(?:already\s+)?been\s+"
                         r"(?:circulated|shared|sent|published|issued|provided|done|completed|distributed)\b")


def _request_already_met(asked: Suggestion, sentences: list[str]) -> Suggestion:
    if asked.owner_text or asked.confidence == LOW or not ASKED_THAT.search(asked.source) or asked.source not in sentences:
        return asked
    after = sentences.index(asked.source) + 1
    if after < len(sentences) and MET_ALREADY.match(sentences[after].strip()):
        return replace(asked, confidence=LOW, reason=f"Asked for, and already done: “{sentences[after].strip()}”")
    return asked


FIELDS_AFTER = re.compile(r"[.;]\s+(?=(?:owner|owners|lead|responsible|who|by\s+whom|action\s+by|due|due\s+date|"
                          r"deadline|by\s+when|timescale|target(?:\s+date)?)\s*[:\-–])", re.I)
ACTION_FIELD = re.compile(r"^(?:(?P<owner>owner|owners|lead|responsible(?:\s+(?:officer|person|lead))?|lead\s+officer|"
                          r"who|by\s+whom|action\s+by|action\s+owner|"
                          r"who\s+(?:will|is\s+going\s+to)\s+do\s+(?:it|this|that)|"  # Easy Read: "Who will do it: Sarah"
                          r"assigned\s+to)|(?P<due>(?:due|due\s+date|deadline|by\s+when|when|timescale|"
                          r"when\s+(?:it|this)\s+will\s+(?:happen|be\s+done)|target(?:\s+date)?|"
                          r"date\s+due|by)(?:\s*\((?:updated|revised|new|changed|moved)\))?)|(?P<status>status|progress|rag|action\s+ref|ref(?:erence)?))"
                          r"\s*[:\-–]\s*(?P<value>.+?)\.?$", re.I)


PAREN_FIELDS = re.compile(r"\((?P<fields>(?:owner|owners|lead|who|responsible|action\s+by)\s*[:\-–]\s*[^()]+)\)\s*\.?$",
                          re.I)
OWNER_AND_DUE = re.compile(r"^(?:(?:owner|owners|lead|who|responsible|action\s+by)\s*[:\-–]\s*)?(?P<who>[^,;]+?)"
                           r"(?:\s*[,;–—-]\s*(?:(?:by|due|deadline|when)\s*[:\-–]?\s*)?(?P<when>.+))?$", re.I)


def _owner_and_due(fields: str, reference: date | None) -> tuple[str, Due | None]:
    """ "Owner: Tom Fisher, by: 25 February 2026", "Grace Lin; by next meeting", "CN - by January
    Board": (owner as written, due date)."""
    match = OWNER_AND_DUE.match(fields.strip().rstrip("."))
    if not match:
        return "", None
    who, when = match.group("who").strip(), (match.group("when") or "").strip()
    due = read_due(when, reference, whole_cell=True) if when and reference else (
        read_due(when, None) if when else None)
    return (who if looks_like_owner(who) and not NO_ONE_YET.match(who) else ""), due


def _says_what_to_do(fields: str) -> bool:
    """ "SK - carry out a learning walk by 15 October": after the owner, a verb saying what to do
    (not "CN - by January Board", an owner and a due date only)."""
    match = OWNER_AND_DUE.match(fields.strip())
    first = (match.group("when") or "").split(" ", 1)[0] if match else ""
    return bool(first) and first != "close" and _owner_verb(first)


def _only_dates(text: str) -> bool:
    """ "Wednesday 22 September 2027 (FGB), Wednesday 1 December 2027 (FGB)": dates, and no task."""
    for found in find_dates(text):
        text = text.replace(found.text, " ")
    return len(re.findall(r"[a-z]{3,}", re.sub(r"\([^()]*\)", " ", text), re.I)) < 2


# "Lead: LP By: 30 September": the next field on the same line, after no more than a space
NEXT_FIELD = r"(?i:by(?:\s+when)?|due|deadline|when|timescale|lead|owner|who)\s*:\s"


def _field_item(text: str) -> list[re.Match]:
    """ "Owner: TE / Due: end of Feb", "Who: YO · By: 30 July", "Deadline – w/c 8 Feb": an action's fields only."""
    parts = [part.strip() for part in re.split(r"(?:\s+[/·|]|;)\s+(?=\w+(?:\s+\w+)?\s*[:–-])|(?<!\b[Bb]y)\s+(?=" + NEXT_FIELD + ")",
                                               text) if part.strip()]
    matches = [ACTION_FIELD.match(part) for part in parts]
    return matches if matches and all(matches) else []


# The lines of a task tool's block after the task and its owner: its notes, checklist, comments and
# other fields ("Start date", "Priority", "Completed date"), and a comment "Tom Evans (08/03/2027): ..."
TASK_DETAIL = re.compile(r"^(?:(?P<notes>notes?|description|comments?)|(?P<completed>(?:completed|closed)\s+(?:date|on|by)|"
                         r"date\s+(?:completed|closed))|checklist(?:\s+items)?|attachments?|"
                         r"(?:created|modified|updated)(?:\s+(?:by|date|on))?|start\s+date|priority|labels?|tags?|"
                         r"effort|late|is\s+recurring|percent\s+complete|%\s+complete)\s*:|"
                         r"^(?:" + OPEN_BOX + r"|" + TICKED_BOX + r")\s|"
                         r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s*\(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)\s*:", re.I)
# A task's notes saying it is not for action: "Do not action", "Not agreed", "Nothing to do until ...",
# "No Board action", "Nobody has picked this up yet" (and what holds no commitment anywhere: `_holds_none`)
NOT_FOR_ACTION = re.compile(r"\b(?:do\s+not|don['’]t)\s+action\b|\bnot\s+(?:yet\s+)?agreed\b|\bnothing\s+to\s+do\b|"
                            r"\bparking\s+(?:it|this)\b|\bnot\s+this\s+term\b|"
                            r"\bno\s+(?:\w+\s+)?action\b|\bnobody\s+has\s+picked\s+(?:this|it)\s+up\b|"
                            r"\bcreated\s+twice\b|\bduplicate\b", re.I)
STANDING = re.compile(r"^(?:standing|ongoing|business\s+as\s+usual|routine)\b", re.I)
NO_ONE_YET = re.compile(r"^\(?(?:[-–—]|tbc|tbd|tba|n/?a|none|unknown|unassigned|not\s+assigned|not\s+(?:specified|set|given|known|agreed|yet\s+agreed)|"
                        r"to\s+be\s+(?:confirmed|agreed|decided))\)?\.?$", re.I)


def _with_field(suggestion: Suggestion, field_line: re.Match, reference: date | None) -> Suggestion:
    value = field_line.group("value").strip()
    if field_line.group("status"):  # "Status: Standing item", "Status: Complete": not new work
        if is_done(value) or STANDING.match(value):
            return replace(suggestion, confidence=LOW, reason=f"Its status is “{value}”: not a new action")
        return suggestion
    if field_line.group("owner"):
        if not looks_like_owner(without_gloss(value)) or NO_ONE_YET.match(value):  # "Liam (data)" too
            return suggestion
        owners = tuple(split_owners(value))
        # "Task: Review the dashboard - Westfield Academy" then "Assigned to: Omar Lewis": the words
        # after the dash were part of the task, not its owner
        dashed = re.search(re.escape(suggestion.title) + r"\s+[-–—]\s+" + re.escape(suggestion.owner_text),
                           suggestion.source) if suggestion.owner_text else None
        return replace(suggestion, owner_text=owners[0], other_owners=owners[1:], confidence=HIGH,
                       title=dashed.group(0) if dashed else suggestion.title)
    due = read_due(value, reference, whole_cell=True)
    if due is None:  # "Due: Not specified": no date, though the task says "in Q1"
        return replace(suggestion, due=None, reason=suggestion.reason.split(". Due")[0]) \
            if NO_ONE_YET.match(value) else suggestion
    reason = _with_due(suggestion.reason.split(". Due")[0], due)
    return replace(suggestion, due=due, reason=reason)


def _give_owner(found: list[Suggestion], previous: str, owner: str, heading: str, reference: date | None) -> None:
    """An "(Action: NAME)" after a sentence: that sentence's suggestion is NAME's (made one if the
    sentence itself read as no commitment)."""
    owners = tuple(split_owners(owner))
    if found and previous and found[-1].source.endswith(previous):  # the sentence, or a suggestion it completed
        for index in range(len(found) - 1, -1, -1):
            if not found[index].source.endswith(previous):
                break
            found[index] = replace(found[index], owner_text=owners[0], other_owners=owners[1:],
                                   confidence=HIGH)
        return
    if previous:
        found.append(_suggestion(Commitment(previous, HIGH, f"Marked as an action for {owner}"), source=previous,
                                 heading=heading, kind="sentence", due_text=previous, reference=reference,
                                 owners=owners))


# --- bullets -----------------------------------------------------------------------------------

# "Actions", "Take-away actions", "Next steps"; not "SEND Week of Action", which is a name.
ATTENDANCE = re.compile(r"^(?:present|attendees|attendance|in\s+attendance|also\s+present|also\s+attending|"
                        r"apologies(?:\s+for\s+absence)?(?:\s+received)?|who\s+came|who(?:['’]s|\s+is|\s+was)\s+(?:here|there)|who\s+(?:was|were)\s+there|who\s+attended|(?:(?:panel|board|group|committee|forum|network|steering\s+group)\s+)?members\s+present|"
                        r"officers\s+present|absent|guests?|invited|distribution|circulation|expected|(?:expected|due)\s+to\s+attend|"
                        r"(?:hefyd\s+)?yn\s+bresennol|ymddiheuriadau|yn\s+absennol)\b\s*(?:[:\-–]|\(|$)|"  # Welsh: "Yn bresennol"
                        r"^(?:here|there|in|apols|sorry)\s*:\s|^apols\s+[-–—]\s",  # a volunteer's "Here: Tom (co-chair), Jo B, ...", "Sorry: Sue", "In: Dee, Kev"
                        re.I)
# "What we talked about", "What the Forum decided" under the names of those there, with no blank line between (a
# PDF's): a heading, no name (not "Tom and Kerry")
SENTENCE_CASE_HEADING = re.compile(r"[A-Z][a-z'’]*\s+[a-z][\w'’-]*(?:\s+(?:[a-z][\w'’-]*|(?<!and\s)[A-Z][\w'’-]*)){0,6}\??")
# "No. | Item | Discussion | Outcome": an agenda laid out as a table, what was agreed in a column of its own
OUTCOME_COLUMN = re.compile(r"^(?:outcomes?|outcome\s*(?:/|and|&)\s*(?:next\s+steps|actions?)|agreed|conclusions?)$", re.I)
# "Status key", "RAG key", "Key", "Legend": a table of what a log's codes mean ("Decision | Recorded for reference")
KEY_HEADING = re.compile(r"^(?:(?:status|rag|colour|color|symbols?|codes?|abbreviations?)\s+)?(?:key|legend|glossary)\s*:?$", re.I)
GOVERNS_WHAT_FOLLOWS = re.compile(r"\b(?:agreed\s+the\s+following(?:\s+actions)?|the\s+following\s+actions\s+were\s+"
                                  r"agreed|following\s+actions\s+were\s+agreed)\b", re.I)
YOU_SAID_WE_DID = re.compile(r"^(?P<who>you\s+said|we\s+did|we\s+will(?:\s+do)?|we\s+are(?:\s+doing)?|we\s+have"
                             r"(?:\s+done)?)\s*[:\-–]\s*(?P<rest>.+)$", re.I)
ACTION_CONTEXT = re.compile(r"\b(?:actions|action (?:points|pts)|action items?|tasks|checklist|take[- ]?aways?|next steps|to[- ]dos?|agreed|"
                            r"what happens next|what we will do|we will|follow[- ]?up|what needs to happen|"
                            r"taking forward|follow[- ]ups|"
                            # a write-up's recap: "What people said they would do", "Who's doing what"
                            r"(?:said|agreed|promised|offered)\s+(?:they|we|to)\s+(?:would|will|['’]d)?\s*do\b|who(?:['’]s|\s+is|\s+will)?\s+do(?:ing|es)?\s+what)\b", re.I)
# "Decisions": what was decided ("The group will meet every six weeks"), unless an item names
# someone to do something ("MW to write to schools").
# "How we will work together", "Our values", "Ground rules": promises about how, not tasks
WAYS_OF_WORKING = re.compile(r"^(?:how\s+we(?:['’]ll|\s+will)?\s+work(?:\s+together)?|(?:our\s+)?(?:values|principles)|"
                             r"ways\s+of\s+working|ground\s+rules|(?:our\s+)?working\s+agreement)"
                             r"(?:\s*\([^()]{1,80}\))?$|"  # "OUR WORKING AGREEMENT (re-read and agreed - no changes)"
                             # "He gave an update on the partnership's priorities for 2027/28, which were agreed by the
                             # Board in July": the aims listed ("- reducing waiting times for ..."), no one's task
                             r"^(?!.*\b(?:actions?|tasks?|to[- ]dos?)\b).*\b(?:priorities|aims|objectives|ambitions)\s+(?:for\s+"
                             r"(?:\d{4}(?:\s*[/-]\s*\d{2,4})?|the\s+(?:coming\s+)?year)|(?:are|were)\b|,?\s+which\b)", re.I)
WHEN_LIST = re.compile(r"^(?:when|by\s+when|dates?|deadlines?|timescales?)$", re.I)  # Easy Read: "Who", "What", "When"
# "Owen will share ...", "Marcus agreed to nominate ...": someone named takes something on, in a list of what was agreed
TAKES_ON = re.compile(r"^(?P<who>[A-Z][^,;:]{0,58}?)\s+(?:will|agreed\s+to|(?:is|are)\s+to)\s+(?!be\s)(?P<verb>[a-z]+)")
THE_GROUP_ITSELF = re.compile(r"^(?:the\s+)?(?:group|board|panel|committee|forum|partnership|meeting|members|we)$", re.I)
DECISIONS_CONTEXT = re.compile(r"^(?:(?:section|part)\s+[\w.]{1,3}\s*[:.–-]\s*)?(?:key\s+)?(?:decisions?(?:\s+made|\s+taken|\s+(?:required|needed|sought)"
                               r"(?:\s+(?:from|of|by)\s+(?:the\s+)?\w+)?)?|decided|resolutions?)"
                               r"(?:\s*[/|]\s*[^/|]{1,40})?$|"  # "Decisions / Decyzje": its translation after it
                               r"^(?:(?:section|part)\s+[\w.]{1,3}\s*[:.–-]\s*)?what\s+(?:we|was|the\s+\w+)\s+(?:decided|agreed)$",
                               re.I)  # Easy Read: "What we decided"; a form's "Section 6 – What we decided"
# "Governors AGREED to adopt the following policies:": what the list holds was decided, not to be done
DECIDED_LIST = re.compile(r"\b(?:adopt(?:ed)?|approv(?:e|ed)|ratif(?:y|ied)|endors(?:e|ed)|accept(?:ed)?|not(?:e|ed))\s+"
                          r"the\s+following\b(?!\s+actions)", re.I)
# "Last time" (Easy Read's matters arising): its paragraphs retell what was agreed then; a paragraph
# under "Matters arising" may agree something new
LAST_TIME = re.compile(r"^(?:(?:anything|actions?|updates?|what\s+happened)\s+)?(?:from\s+|since\s+)?(?:the\s+)?"
                       r"last\s+(?:time|meeting)\??$|"  # and a young writer's "Anything from last time"
                       r"^looking\s+back\b|^what\s+we\s+promised\s+(?:at|in|last)\b", re.I)  # "Looking back: what we promised at the March Q&A"
# "Matters arising", "Action log review", "Actions from last time", "Last time": what earlier meetings agreed
EARLIER_ACTIONS = re.compile(r"\b(?:matters\s+arising|action\s+log\s+review|review\s+of\s+(?:the\s+)?actions?(?:\s+log)?|"
                             # a case review's "Review of the plan agreed on 03/03/2027": the last review's plan
                             r"review\s+of\s+(?:the\s+|our\s+)?(?:(?:previous|last|earlier)\s+)?(?:plan|actions?)\s+"
                             r"(?:agreed|made|set)\s+(?:on|at|in)\b|review\s+of\s+(?:the\s+|our\s+)?(?:previous|last|earlier)\s+plan\b|"
                             r"action\s+(?:tracker|log|list)\s+(?:from|of)\s+(?:the\s+)?(?:last|previous|earlier|"
                             + MONTH_NAME + r")(?:\s+meeting)?|"  # "Action tracker from March"
                             # "2. Action update (RAG)", "Actions progress": the log's actions, each given its update
                             r"^(?:\d{1,2}[.)]?\s+)?actions?\s+(?:log\s+)?(?:updates?|progress)\b|"
                             r"(?:previous|previously\s+[a-z]+|outstanding|earlier|open)\s+actions|last\s+w(?:ee)?ks?['’]?s?\s+actions|(?:actions|aps|action\s+points)\s+from\s+"
                             r"(?:the\s+)?(?:last|previous|earlier|" + _MONTH_NAME + r")\s+(?:meetings?|mtg|time|workshop|session|board|catch-?up|plan|review|tac|panel)|actions?\s+(?:carried|brought)\s+(?:forward|over)|progress\s+on\s+actions|(?:last|previous)\s+(?:time|meeting)['’]s\s+"
                             r"(?:actions|checklist|tasks|list)|"
                             # "Progress on the plan from review 1", "Last meeting's notes (13 April) and actions"
                             r"progress\s+on\s+(?:the\s+)?(?:plan|actions?)\s+(?:from|agreed\s+at)\s+(?:the\s+)?(?:last|previous|earlier|review|meeting)\b|"
                             r"(?:last|previous)\s+meeting['’]s\s+(?:notes|minutes)\b[^.;:]{0,30}?\band\s+actions\b|"
                             r"(?:carried|brought)\s+(?:forward|over)\s+from\s+(?:the\s+)?(?:last|previous|earlier|"  # a board's group
                             + MONTH_NAME + r"))\b|"
                             # "2. Minutes of 14 January 2027 and action log": the last meeting's actions, reviewed
                             r"\bminutes\s+of\s+[^.;:]{3,40}?\s+(?:and|&)\s+(?:the\s+)?(?:action\s+(?:log|tracker)|actions\s+log)\b|"
                             # a workbook's tab for the meeting: "Jan actions – update", the last meeting's actions reviewed
                             r"\b" + MONTH_NAME + r"\s+actions?\s*(?:[-–—:]\s*)?(?:update|progress)\b|"
                             + LAST_TIME.pattern, re.I)
# "12/26-01 – MW to circulate the framework. Complete – ... Close.": a paragraph under "Matters arising" opening
# with the log's reference (or "Action 4 –") restates that earlier action; what it goes on to say may agree something new
LOGGED_ENTRY = re.compile(r"^(?:[Aa]ction\s+\d{1,3}|\d{1,2}/\d{2}[-/.]\d{1,3}|[A-Z]{1,4}[/-]?\d{1,3}(?:[/.-]\d{1,3})*|"
                          r"\d{1,3}/\d{2,3})\s*[–—:-]\s+(?=\S)")
TICKED_CELL = re.compile(TICKED)  # a task table's first cell, "☑" or "[x]": the task is done
NOT_THIS_MEETINGS = {"future", "earlier"}
BOXED_LISTS = 3  # lists with open to-do boxes in notes that box their actions (not one list of outstanding ones)


def _boxes_actions(lines: list[_Line]) -> bool:
    """Whether notes give their actions open to-do boxes as they go: boxed items in three lists or more,
    under the topics they came up in (not one checklist of what is outstanding)."""
    lists, boxed = 0, False
    for line in lines:
        if line.kind == "bullet":
            boxed = boxed or line.boxed
        elif line.kind != "blank":
            lists, boxed = lists + boxed, False
    return lists + boxed >= BOXED_LISTS
NEVER_TICKED = NOT_THIS_MEETINGS | {"principles", "notes"}  # and a list of how a group means to work, or a key
EARLIER_MEETINGS_LIST = re.compile(r"^(?:(?:agreed|open|outstanding)\s+)?(?:actions?|tasks?|action\s+log|follow[- ]?ups?|f-?u)\s+"
                                   r"(?:carried\s+(?:over|forward)\s+)?from\b", re.I)
# "Actions from 14 Sept": a meeting's list by its day and month, no year
DAY_AND_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r"\b\.?(?!\s*\d)", re.I)


def _another_days_list(text: str, reference: date | None) -> bool:
    """ "Actions from 14 Sept" heading the notes of 12 October: the actions of the meeting of that day, an
    earlier one (a list of actions from a day is from a day gone; its year unsaid), gone through at this one."""
    day = DAY_AND_MONTH.search(text) if reference and EARLIER_MEETINGS_LIST.match(text) and _is_heading_line(text) else None
    return bool(day) and (_month_number(day.group("month_name")), int(day.group("day"))) != (reference.month, reference.day)


# "Done since last time", "What we've done", "Completed": a list of what is finished
DONE_CONTEXT = re.compile(r"^(?:(?:actions?\s+)?(?:done|completed|achieved|finished|closed)\b|what\s+we(?:['’]ve|\s+have)\s+"
                          r"(?:done|achieved)|since\s+last\s+time$|"
                          # a log's sheet of closed rows titled after the log: "... Action Log: CLOSED", "Action log – completed",
                          # "Health and SEND Subgroup – CLOSED ACTIONS (kept for audit)"
                          r".{0,80}\b(?:actions?|log|tracker|register)\s*[:–—-]\s*(?:closed|completed|done)(?:\s+(?:actions?|items?))?\s*$|"
                          r".{0,80}\b(?:closed|completed)\s+actions\b)", re.I)
# "Tom Evans – 26 Feb 2027 at 9:02pm" above a comment under a blog post
COMMENT_BYLINE = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[–—-]\s+.{4,30}\bat\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?$",
                            re.I)
COMMENT_HEADING = "Comment by"
# "Notes from the meeting (not actions)", "For information", "Status key": says it holds no actions
FOR_INFORMATION = re.compile(r"\bfor\s+(?:information|noting)\b", re.I)
# "Notes are on this card; actions are the cards in *New actions*", "Actions are on the cards tagged Jun mtg": the
# notes say where their actions are kept (a board's cards, the tracker), so their own words are the discussion
# (and a line that opens "Actions are in the plan - ...": a planner's notes sheet beside its tasks)
ACTIONS_KEPT_ELSEWHERE = re.compile(r"\bactions\s+(?:are|will\s+be|have\s+been)\s+(?:(?:on|in|as)\s+)?(?:the\s+|their\s+own\s+|"
                                    r"separate\s+)?(?:cards|tasks\s+on\s+the\s+board|tracker|action\s+(?:log|tracker))\b|"
                                    r"^(?:the\s+)?actions\s+are\s+(?:in|on)\s+the\s+(?:plan|planner|board)\b", re.I)
NO_ACTIONS_CONTEXT = re.compile(r"\((?:not|no)\s+actions?\)|\b(?:not|no|rather\s+than)\s+actions\b|\bnot\s+an\s+action\s+for\b|" + FOR_INFORMATION.pattern + "|"
                                r"\bnot\s+for\s+(?:you|us|the\s+\w+)\s+to\s+action\b|"  # "FOR DfE / NHSE (not for you to action)"
                                r"^not\s+agreed\b|\bfor\s+others\b|"  # "NOT AGREED / FOR OTHERS"
                                r"\bnot\s+for\s+us\b|\bfyi\b|"  # "Not for us / FYI"
                                r"\bdo\s+not\s+action\b|\bideas?\s+not\s+agreed\b|"  # "Parking lot (ideas NOT agreed - do not action)"
                                r"\bnot\s+(?:on|for)\s+(?:the\s+|our\s+)?(?:action\s+)?log\b|"  # "Standing items (BAU - not on action log)"
                                r"^(?:status|rag)(?:\s*/\s*\w+)?\s+key$|^(?:key|legend)$|"
                                r"\b(?:glossary|abbreviations|acronyms)\b|"  # "Appendix - glossary": what the letters stand for
                                r"^executive\s+summary$|"  # a board paper's cover, summing up the minutes it covers
                                # a workshop board's feedback columns ("What's NOT working?", "What works now 👍",
                                # "Ideas (anything goes!)"): what people said and wished for, not what was agreed
                                r"^(?:\d{1,2}[.)]?\s+|[A-Z][.)]\s+)?(?:what(?:['’]s|\s+is)?\s+(?:not\s+)?(?:working|works|went\s+well)|"
                                r"what\s+(?:needs|has)\s+to\s+change|even\s+better\s+if|what\s+(?:are\s+we|we\s+are|we['’]re)\s+worried\s+about|"
                                r"ideas?(?!.*\b(?:agreed|actions?|next)\b)\s*(?:\(|[^\w\s:,.;!?-]))|"
                                # a review's "Progress towards outcomes": "Kai will write a short paragraph" is the
                                # plan's outcome for the child, not a task
                                r"^progress\s+(?:towards|against|on|with)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?outcomes\b", re.I)
AGENDA_LIST = re.compile(r"^(?:.*[.!?]\s+)?agenda\b(?!.*\b(?:actions?|outcomes?|agreed|decisions?)\b)", re.I)  # (and a
# message's last sentence: "Morning all, today is async. Agenda (pinned):")
FUTURE_CONTEXT = re.compile(r"\b(?:future (?:items|agenda|topics|meetings?)|for (?:a )?future meeting|"
                            r"forward\s+(?:plan(?:ner)?|agenda|work\s+plan)$|"  # a heading "CJCG FORWARD PLAN": what comes to which meeting
                            r"meeting dates|still\s+thinking\s+about|ideas\s+for\s+(?:the\s+)?(?:future|later|another\s+day))\b",
                            re.I)  # and "Things we are still thinking about", "Ideas for the future": not agreed yet


COLON_INITIALS = re.compile(r"[A-Z]{2,4}|[A-Z][a-z]?[A-Z][a-z]?")  # "MWa: home to school transport ...", "SEN: request ..."
NAME_COLON = re.compile(r"^(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+))\s*:\s+"
                        r"(?P<rest>\S.*)$")  # and a people chip exported as an address (`EMAIL_THEN_TASK`)


QUESTION_ENDING = re.compile(r"\?\s*(?:\([^()]*\))?\s*$")  # "Do we still need the huddle? (discuss next time)"


# "(Not agreed today - to be considered.)", "- not an action for this group", "no ticket raised"
NOT_AN_ACTION = re.compile(r"\bnot\s+(?:an?\s+)?(?:action|task)\b|\bno\s+(?:ticket|action)\b|\bnot\s+agreed\b", re.I)


# "NOT agreed as proposed. Instead Mark Walsh to bring costed options ...": what was agreed in its place
INSTEAD = re.compile(r"^(?:but\s+)?instead\b,?\s*", re.I)


def _owned_sentences(text: str, *, first: bool) -> list[Commitment]:
    """The owned commitments of a bullet's sentences (`first`: its first sentence's too): "Dev (treasurer)
    grant money STILL not arrived. Dev to chase Contact again." (the news, then who will do what about
    it; "Members asked for an overview. LP to produce a summary ...": the asking, then who will answer
    it). A bullet that says it was not agreed keeps only what was agreed "instead"."""
    every = _split_sentences(text)
    pairs = list(zip([""] + every[:-1], every, strict=True))[0 if first else 1:]  # (each sentence after the one before it)
    if NOT_AN_ACTION.search(text):
        pairs = [(before, INSTEAD.sub("", each)) for before, each in pairs if INSTEAD.match(each)]
    said = [(each, before) for before, sentence in pairs for each in _commitments(sentence)]
    return [_what_was_asked(each, before) for each, before in said
            if each.owners and not (PRONOUN_OBJECT.match(each.title) and not _things_gathered(each.title))
            or DO_THAT.match(each.title) and _what_was_asked(each, before) is not each]


def _what_was_asked(said: Commitment, before: str) -> Commitment:
    """ "Cllr Jones asked that the figures be circulated ahead of the next meeting. The Data Manager agreed to do
    so": what the sentence before asked for, theirs; else the commitment as said."""
    if not (said.owners and DO_THAT.match(said.title) and ASKED_THAT.search(before)):
        return said
    asked = [each for each in _commitments(before) if not each.owners]
    return replace(asked[0], owners=said.owners, reason=said.reason) if len(asked) == 1 else said


PRONOUN_TASK_WORDS = 6


def _things_gathered(title: str) -> bool:
    """ "pull them together into one pack for PS by Friday": what to do with the things the sentence before
    names, said in full (not "take it forward", "chase them", "ensure that ..." or "do that but ...")."""
    return re.match(r"^[a-z-]+\s+(?:them|these|those)\b", title, re.I) is not None and len(_words(title)) > PRONOUN_TASK_WORDS


# An offer answered in the next sentence by someone who "would rather" do something else, or will "instead"
OFFERED = re.compile(r"\b(?:offered|volunteered)\s+to\b", re.I)
OFFER_ANSWERED = re.compile(r"\b(?:would\s+rather|instead)\b", re.I)


def _bullet_says_what_to_do(text: str, kind: str) -> list[Commitment]:
    """What a bullet itself says is to be done: an owner's commitment, "to be circulated", "need
    to ...", or a line starting with a verb ("Explore impact of ...")."""
    owned = _commitments(text)
    several = SENTENCE_END.search(text) is not None
    later = _owned_sentences(text, first=False) if several else []
    spans = owned and owned[0].owners and later and _split_sentences(owned[0].title)
    if spans and len(spans) > 2 and not _commitments(spans[1]):
        # "Cllr Jones asked Cabinet to reconsider R7. The Leader noted .... Cllr Morgan undertook to write ...":
        # a request, the answer to it, then an undertaking: the first ends with its sentence, each later one its own
        return _owned_sentences(text, first=True)
    if owned and owned[0].owners and later and OFFERED.search(_split_sentences(text)[0]) \
            and any(OFFER_ANSWERED.search(sentence) for sentence in _split_sentences(text)[1:]):
        return later  # "Mary offered to set up a meeting. Tom said he would rather send examples first": Tom's only
    if owned and owned[0].owners:  # "Idea 1: AGREED. Owen to set up ... Kerry to find ...": each later sentence's
        first = _split_sentences(text)[0] if len(later) > len(owned) else ""
        return later if first and not any(each.owners for each in _commitments(first)) else owned
    if later:
        return later
    to_be = _TO_BE.match(text.rstrip("."))
    if to_be and _plain_subject(to_be.group("subject")):
        title = _imperative(to_be.group("verb"), _object_of(to_be.group("subject")), to_be.group("rest"))
        if title:
            return [Commitment(title, HIGH, f"Says what is to be done: “to be {to_be.group('verb').lower()}”")]
    if owned:
        return owned
    need = re.match(r"^(?:we\s+)?needs?\s+to\s+(?P<rest>.+)$", text, re.I)
    if need:
        return [Commitment(need.group("rest"), HIGH, "Says what needs doing: “need to”")]
    # "Sarah Khan set up a survey — May 28, 2027" in a list of actions: a task, dated like one; but
    # "Amira Lewis set out the offer" reports what was done
    named = NAME_COLON.match(text) or (NAME_THEN_VERB.match(text) if kind == "actions"
                                       and re.search(r"\s[—–-]\s[^—–-]*\d[^—–-]*$", text) else None)
    if named and kind == "actions" and (all(word.casefold() in KNOWN_NAMES.get() for word in named.group("who").split())
                                        or (NAME_COLON.match(text) and (COLON_INITIALS.fullmatch(named.group("who"))
                                                                        or named.group("email")))):
        # "Liam Porter: top 20 search terms" in a list of actions or a checklist: Liam's, whatever the wording
        rest = named.group("rest") if "rest" in named.groupdict() and ":" in text[:len(named.group("who")) + 2] \
            else f"{named.group('verb')}{named.group('rest')}"
        return [Commitment(rest.strip(), HIGH, f"Listed as {named.group('who')}'s", (named.group("who"),))]
    first = text.split(" ", 1)[0]
    # "Explore impact of ...", but not "SEND passports", nor "Work at the hospital" among topics, nor a
    # question ("Do we still need the huddle? (discuss next time)")
    if first.lower() in OWNER_VERBS and not first.isupper() and kind != "discussion" and not QUESTION_ENDING.search(text):
        return [Commitment(text, HIGH, "Starts with what to do")]
    return []


LEADING_INITIALS = re.compile(r"^[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*$")  # "TE - PCF survey questions ...": TE's, in any list


# "- Liam, Fri 12th please", "- SK by Friday, thanks": the asking's courtesy, after the owner and date
POLITE_END = re.compile(r"[\s,]+(?:please|pls|plz|thanks|thank\s+you|ta|if\s+poss(?:ible)?)[\s.!]*$", re.I)


def _without_courtesy(part: str) -> str:
    """A dash part without "please" or "thanks" at its end. Only its last words are read: tried at
    every comma of a long run of them, the pattern took time growing with the square of its length."""
    for _ in range(3):  # "..., thanks, please"
        head, tail = part[:-40], part[-40:]
        found = POLITE_END.search(tail)
        if not found:
            break
        part = head + tail[:found.start()]
    return part
# "TOR - revised terms of reference AGREED": the topic, then what the meeting decided, in capitals
RECORDED_DECISION = re.compile(r"\b(?:AGREED|APPROVED|ENDORSED|NOTED|RATIFIED)\b")


# "Sleep support – confirm the commissioning route – Yusuf Okafor – March Board": a few words naming what the item is
# about, then what to do (a verb, in lower case), then who and when
TOPIC_THEN_TASK = re.compile(r"^[A-Z][\w'’&/()-]*(?:\s+[\w'’&/()-]+){0,4}$")


def _topic_led(task: str, four_fields: bool) -> bool:
    """What to do after an item's topic: a verb in lower case ("refresh the draft"), or with an owner and a date
    after it, any words in lower case ("analysis of the outcomes")."""
    first = task.split(" ", 1)[0]
    return first[:1].islower() and (four_fields or _owner_verb(first))


def _dash_fields(text: str, reference: date | None, *, owner_first: bool = False) -> tuple[str, str, Due | None] | None:
    """ "WHAT – WHO – WHEN" (or "WHAT – WHO"): (title, owner, due), else None. In a list of what was
    agreed (`owner_first`), "WHO – WHAT" too: "Liam – EHCP breakdown for members by 3 Dec"."""
    parts = [_without_courtesy(part).strip() for part in re.split(r"\s+[–—-]\s+", text.strip().rstrip("."))
             if part.strip()]
    if len(parts) <= 4 and any(is_done(part) or part.casefold() == "close" for part in parts[1:]):
        return None  # "A14 Offer audit – report received – CLOSE": an old item closed, no one's field
    if 3 <= len(parts) <= 4 and TOPIC_THEN_TASK.match(parts[0]) and _topic_led(parts[1], len(parts) == 4):
        parts[:2] = [f"{parts[0]}: {parts[1]}"]  # "EOTAS policy – refresh the draft – Mary Walker – 19/02": a topic first
    if not 2 <= len(parts) <= 3 or _owner_lead(text):
        return None
    rest = " – ".join(parts[1:])  # one sentence: "DL – 4.2 FTE vacant. Advice late ..." is what DL said
    if LEADING_INITIALS.match(parts[0]) and ". " not in rest and not any(looks_like_owner(part) for part in parts[1:]) \
            and not re.match(r"(?:can|could|would|will|please)\b", rest, re.I) \
            and not STATEMENT.search(rest) and not _holds_none(rest):  # not "TOR - revised terms AGREED"
        return rest, parts[0], None  # "GA/HB - joint SALT training offer - dates out by 21/7"
    # "Liam – EHCP breakdown by 3 Dec" (its due date read from its words), "Head of SEND – recovery plan – Sept Board"
    when = read_due(parts[2], reference or ANY_DAY, whole_cell=True) if len(parts) == 3 else None  # (a date?)
    if owner_first and (len(parts) == 2 or when) and len(parts[0].split()) <= 3 and parts[0][:1].isupper() \
            and looks_like_owner(parts[0]) and not looks_like_owner(parts[1]) and not _names_owner_first(text) \
            and not re.match(r"(?:can|could|would|will|please)\b", parts[1], re.I) and not _holds_none(rest) \
            and not RECORDED_DECISION.search(rest):
        return parts[1], parts[0], when if reference else None  # (not "Liam – can you ...?"; nor "... – PARK till autumn")
    owner, due = "", None
    for part in parts[1:]:
        read = read_due(part, reference, whole_cell=True) if reference else None
        who_when = re.match(r"^(?P<who>[^,]{2,40}),\s+(?P<when>.+)$", part)  # "... - Liam Porter, by 31 March"
        if not owner and not due and who_when and looks_like_owner(who_when.group("who")) and reference \
                and (when := read_due(who_when.group("when"), reference, whole_cell=True)) is not None:
            owner, due = who_when.group("who"), when
        elif read is not None and not due:
            due = read
        elif not owner and len(part.split()) <= 4 and looks_like_owner(part) and part[:1].isupper():
            owner = part
        else:
            return None
    return (parts[0], owner, due) if owner else None


def _due_first(found: list[Suggestion], due: Due, source: str) -> list[Suggestion]:
    """ "By 31 March: LA to publish ...": the date written before the action is its due date."""
    return [replace(each, due=each.due or due, source=source,
                    reason=each.reason if each.due else _with_due(each.reason, due)) for each in found]


def _said_they_would(text: str) -> str:
    """ "Jo said she would send ...": "Jo said Jo would send ...", the speaker named where the pronoun was;
    in a bullet of several sentences (or clauses after ";"), each by the one it opens with ("Mary offered to
    meet Tom. Tom Evans said he would rather send ...": Tom's), else the last one named."""
    parts, speaker = re.split(r"(?<=[.;!?])(\s+)", text), ""
    for at in range(0, len(parts), 2):
        said = SPEAKER.match(parts[at])
        # (not a later sentence's news, "Mary Walker has said she will come to the March meeting": said elsewhere)
        retold = at and said and re.match(r"\s+ha[sd]\s+said\b", parts[at][said.end("who"):])
        speaker = said.group("who") if said and looks_like_owner(said.group("who")) and not retold else speaker
        if speaker:
            parts[at] = CONTRACTED.sub(lambda match: f"{match.group('who')} {CONTRACTIONS[match.group('end').lower()]}",
                                       parts[at])  # "he'd"
            parts[at] = SAID_HE_WOULD.sub(lambda match, who=speaker: f"{match.group('said')}{who} "
                                          f"{'is ' if match.group('is') else 'would ' if match.group('would') else ''}", parts[at])
    return "".join(parts)


DUE_IN_SQUARE_BRACKETS = re.compile(r"\s*\[(?P<when>[^\[\]]{1,40})\]\s*\.?$")  # "... (MW) [May meeting]"
# ("... (Already done by the time I got back to my desk)": done then, not due by then)
# (not "ALL CHAMPIONS - complete the SEND audit tool ...": the verb, with its object)
MARKED_DONE = re.compile(r"(?:\s[-–—→]|:|\s\(|(?<!\.)\.{3,}+)\s*(?:already\s+|now\s+)?(?:done|completed?|closed)\b(?!\s+(?:by(?!\s+the\s+time\b)|before|within)\b|"
                         r"\s+in\s+(?:\d|a\s|an\s|one|two|three|four|six)\b|"
                         r"(?<=complete)\s+(?:the|a|an|this|these|their|your|our|its|all|each|and)\b)|"
                         r"\s(?-i:DONE|COMPLETED?|CLOSED)\s*[.!]*$|\s[✓✔]\s*$|"
                         r"\s\((?:already\s+)?(?:sent|booked|circulated|issued)\)\s*\.?$|"  # "OR to send the invitation (sent)."
                         r"\s\((?:and\s+)?(?:she|he|they|we|I)\s+(?:did|has|have)(?:\s+already)?\)\s*\.?$|"  # "offered to speak to them afterwards (she did)"
                         # "- DONE by Mark's team on 26 February": done, and by whom (not "done by Friday")
                         r"\s[-–—]\s*(?-i:DONE|COMPLETED?)\s+by\s+(?-i:[A-Z][a-z'’]+)(?<!day)(?:['’]s\b|\s+on\b)", re.I)  # "... coffee morning   DONE", "... ✓"


# "Draft 3 case studies → still with me, nothing new, carry", "... – carried forward", "Governor visit to
# nurture room (c/f)": an earlier action still open, carried forward (its mark no words of what to do)
CARRIED_MARK = re.compile(r"(?:\s[-–—→]|[,;:])\s*(?:carry|carried|c/f)(?:\s+(?:forward|fwd|over))?\s*[.!]*$|"
                          r"\(\s*(?:c/f|b/f|carried\s+(?:forward|over)|brought\s+forward)\s*\)", re.I)


# "→ **LP**: refresh the dashboard ...", "→ DL: EP capacity paper to SLT by 30/6": the owner marked, then the action
ARROW_TO_OWNER = re.compile(r"^[→⇒➔➜]\s*(?P<who>[A-Z][\w/&.'’-]{0,20}(?:\s[A-Z][\w'’-]+)?)\s*:\s*(?P<task>\S.*)$")


def _fielded_bullet(text: str, *, heading: str, kind: str, context_reason: str,
                    reference: date | None) -> list[Suggestion] | None:
    """A bullet whose owner or due date is set out in fields after what to do ("(Owner: ...)",
    "[16/03/27]", ". Lead: OR", "– MW – July meeting"): its suggestions; else None."""
    arrowed = ARROW_TO_OWNER.match(text)
    if arrowed and looks_like_owner(arrowed.group("who")):  # "→ DL: EP capacity paper to SLT by 30/6"
        task, who = arrowed.group("task").strip(), arrowed.group("who")
        if _owner_lead(task.strip("*_ "), chained=False):  # "→ ALL PARTNERS: each school to put ...": the task's own owner
            return _bullet_suggestions(task, heading=heading, kind="actions", context_reason=context_reason,
                                       reference=reference)
        nothing = NOTHING_AGREED.match(task)
        return [_suggestion(Commitment(task, LOW if nothing else HIGH, f"Marked with an arrow as {who}'s"), source=text,
                            heading=heading, kind="bullet", due_text=task, reference=reference,
                            owners=tuple(split_owners(who)))]
    dated = DUE_IN_SQUARE_BRACKETS.search(text)
    if dated and text[: dated.start()].strip():
        # "Circulate the charter (RH) [16/03/27]", "... (LP/TE) [TBC]": the item, then when it is due
        due = read_due(dated.group("when"), reference, whole_cell=True) if reference else None
        if due is not None or NO_ONE_YET.match(dated.group("when").strip()):
            found = _bullet_suggestions(text[: dated.start()].strip(), heading=heading, kind=kind,
                                        context_reason=context_reason, reference=reference)
            return [replace(each, source=text, due=due, reason=_with_due(each.reason.split(". Due")[0], due))
                    for each in found]
    fielded = PAREN_FIELDS.search(text)
    if fielded and text[: fielded.start()].strip():
        # "Add a section on internships (Owner: Tom Fisher, by: 25 February 2026)"
        owner, due = _owner_and_due(fielded.group("fields"), reference)
        if owner or due:
            body = text[: fielded.start()].strip()
            return [_suggestion(Commitment(body, HIGH, "An action with its owner and due date"), source=text,
                                heading=heading, kind="bullet", due_text=body, reference=reference,
                                owners=tuple(split_owners(owner)) if owner else (), due=due)]
    labelled = FIELDS_AFTER.search(text)
    if labelled:  # "Review the protocol. Lead: OR. Due: June"
        found = _bullet_suggestions(text[: labelled.start()].strip(), heading=heading, kind=kind,
                                    context_reason=context_reason, reference=reference)
        for sentence in _split_sentences(text[labelled.start():].strip(" .;")):
            for field_line in _field_item(sentence.strip(" ;")) or [ACTION_FIELD.match(sentence.strip(" ;"))]:
                if field_line and found:
                    found[-1] = _with_field(found[-1], field_line, reference)
        return [replace(each, source=text) for each in found]
    fields = _dash_fields(text, reference, owner_first=kind == "actions")
    if fields is not None:  # "Case study on the hub – MW – July meeting"
        title, owner, due = fields
        sentences = _split_sentences(title)  # "GA reported ... difficult. Share the update – GA, Friday": the last one's
        title = sentences[-1].strip() if len(sentences) > 1 and len(_words(sentences[-1])) >= 3 else title
        return [_suggestion(Commitment(title, HIGH, "An action with its owner and due date"), source=text,
                            heading=heading, kind="bullet", due_text=title, reference=reference,
                            owners=tuple(split_owners(owner)) if owner else (), due=due)]
    return None


def _listed_not_an_action(text: str) -> str:
    """Why an item of a list is no action whatever list it is in, or "": who came ("- Apols - Nadia, Claire D"),
    a paper ("- Agenda reports pack PDF 3 MB"), a change to the log ("Action 3.2 re-assigned"), the typist's
    own note ("[table typed back in by RH: action - who - when]")."""
    if ATTENDANCE.match(text) and re.search(r"[:–—-]", text[:30]):
        return "Who came or sent apologies: not an action"
    if DOCUMENT_LINK.search(text) or LOG_CHANGED.match(text) or EDITORS_NOTE.fullmatch(text):
        return "A paper, or a change to the log: not an action"
    if TERM_DATES_NOTE.search(re.sub(r"\([^()]*\)", "", text)) and not _commitments(text):  # (not "... (half term starts 25 Oct)")
        return "When a term ends or starts (a note to the dates above it): not an action"
    if POINTS_TO_REPLIES.search(text):
        return "Points to the replies below, where any task is taken on: not an action"
    # "Sam asked if we should send it to the paper. Agreed NOT yet - ...": asked, then turned down in the same item
    turned_down = next((sentence.strip() for sentence in _split_sentences(text)[1:] if NO_ACTION_YET.match(sentence.strip())), "")
    if turned_down and ASKED_IF.search(text):
        return f"Asked, then the item goes on: “{turned_down}”"
    return ""


# "Sam asked if we should ...", "Several parents asked for ...", "X suggested ...": a request, not yet agreed
ASKED_IF = re.compile(r"\b(?:asked|wondered|suggested|proposed|requested)\s+(?:if|whether|for|that)\b", re.I)


# "Some of you asked about the sensory room – see comments below", "... raised (more on this in the thread)": a
# question whose answers are further down, not here
POINTS_TO_REPLIES = re.compile(r"\b(?:asked|raised|mentioned|questions?|wondered)\b.{0,160}?[–—:(-]\s*(?:see|more\s+(?:on\s+this\s+)?in)\s+(?:the\s+)?(?:comments?|replies|thread)"
                               r"(?:\s+below)?\W*\)?\s*$", re.I)


# "* Westmoor schools' spring term ends on Thursday 25 March 2027.": a footnote to a date cell's "end of spring term*"
TERM_DATES_NOTE = re.compile(r"\b(?:term|half[- ]term|holidays?)\s+(?:ends|starts|begins|finishes|closes)\s+(?:on\s+)?"
                             r"(?:(?:mon|tues|wednes|thurs|fri)day\s+)?\d", re.I)


# "Kerry is taking the transport examples to the PCF on Tuesday": a list's item someone is already doing
PERSON_DOING = re.compile(r"^(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s+(?:is|are)\s+(?P<doing>[a-z]{2,}ing)\b")


def _person_doing(text: str) -> str:
    """Who a list's item says is doing its task ("Kerry is taking ...", "Jo is writing to ..."), the task's verb
    one someone is given ("taking": take); else ""."""
    found = PERSON_DOING.match(text)
    if not found or found.group("who").casefold() in NOT_OWNERS or not looks_like_owner(found.group("who")):
        return ""
    stem = found.group("doing")[:-3]
    return found.group("who") if any(_owner_verb(verb) for verb in (stem, stem + "e", stem[:-1])) else ""


def _task_with_initials_after(text: str, body: str) -> bool:
    """A bullet that says what to do ("Redo the leaflet ...", "Leaflet - redo it in plain English") and ends
    with its owner's initials in brackets ("(SKh)", "(MW/TE)"), as notes among the discussion mark an action."""
    trailing = TRAILING_OWNER.search(text)
    if not trailing or not trailing.group("initials"):
        return False
    for task in (body, *body.split(" - ", 1)[1:]):
        verb, _, rest = task.strip().partition(" ")
        if _owner_verb(verb) and not verb.isupper() and rest and not re.match(r"(?:on|from|about)\b", rest, re.I):
            return True
    return False


def _bullet_owner(text: str, reference: date | None) -> tuple[str, str, Due | None, tuple | None]:
    """A bullet's words, the owner it names after them, the due date that gives, and its arrow's marking."""
    trailing = _trailing_owner(text)
    body, owner = trailing if trailing and trailing[0] else (text, "")
    named_after, due = _owner_sentence_after(body, reference) if not owner else None, None
    if named_after:  # "We will publish a guide. Owen, with the PCF – by the end of July."
        body, owner, due = named_after
    arrow = arrow_owner(text) if owner else None  # "... to May Board → SK by Fri": marked as SK's, due Friday
    if arrow and arrow[2]:
        due = read_due(arrow[2], reference)
    return body, owner, due, arrow


def _bullet_suggestions(text: str, *, heading: str, kind: str, context_reason: str,
                        reference: date | None) -> list[Suggestion]:
    """kind: "actions", "untitled" (a list with no heading), "discussion", "future" or "earlier"
    (the last two: a topic for a later meeting, an action from an earlier one; never ticked)."""
    if kind == "earlier" and HANDED_TO.search(text):  # "Mystery shopping → handed to Sarah - Sarah to set it up": hers, now
        kind = "discussion"
    listed = ACTION_REF.match(text)
    if listed:  # "A1. Bring ...": the list's reference, kept in the source for `_cited_items`
        return [replace(each, source=f"{listed.group(0)}{each.source}") for each in _bullet_suggestions(
            text[listed.end():], heading=heading, kind=kind, context_reason=context_reason, reference=reference)]
    if (why_not := _listed_not_an_action(text)):
        return [_suggestion(Commitment(text, LOW, why_not), source=text, heading=heading, kind="bullet", due_text="",
                            reference=reference)]
    status = STATUS_TAG.match(text)
    text = STATUS_TAG.sub("", text)
    done = _done_bullet(text, status, heading=heading, kind=kind, reference=reference)
    if done is not None:
        return done
    fielded = _fielded_bullet(text, heading=heading, kind=kind, context_reason=context_reason,
                              reference=reference) if kind not in NEVER_TICKED else None
    if fielded is not None:
        return fielded
    body, owner, due, arrow = _bullet_owner(text, reference)
    says = _bullet_says_what_to_do(_said_they_would(body), kind)
    owner = owner or ("" if says else _person_doing(body))  # "Kerry is taking ..." (not "... - we'll put them in ...")
    if kind in NEVER_TICKED:
        confidence = LOW
    elif not says and not owner and _holds_none(body):  # "The panel will continue to monitor the figures"
        confidence, context_reason = LOW, "No new task: a hope, the routine or another body's matter"
    elif not says and not owner and RECORDED_DECISION.search(body):  # "TOR - revised terms of reference AGREED."
        confidence, context_reason = LOW, "Recorded as decided: a decision, not an action"
    elif not owner and (QUESTION_ENDING.search(body) and not says or body.startswith("?")):  # asked, not agreed
        confidence, context_reason = LOW, "A question, not an action"
    elif arrow and kind in ("discussion", "untitled"):  # an arrow to an owner marks an action among the notes
        confidence, context_reason = HIGH, f"Marked with an arrow as {owner}'s"
        says = [replace(each, reason=context_reason) for each in says]
    elif kind in ("discussion", "untitled") and owner and _task_with_initials_after(text, body):  # "... (SKh)"
        confidence, context_reason = HIGH, f"What to do, marked {owner}'s by the initials after it"
        says = [Commitment(body, HIGH, context_reason)]
    elif kind == "decisions":
        confidence, body, owner = _decided_item(body, says, owner)
    elif kind == "discussion":
        confidence = MEDIUM if says else LOW
    else:
        confidence = HIGH if says or kind == "actions" else MEDIUM
        if kind == "untitled" and not says and (len(_words(body)) <= 4 or STATEMENT.search(body) or _holds_none(body)):
            confidence = LOW  # a menu pasted with the page, or "We talked about ...": not an action
        if listed := (_listed_topic(body, kind, reference) if kind == "untitled" and not owner else None):
            owner, body, confidence, context_reason = listed[0], listed[1], listed[2], listed[3] or context_reason
            says = [Commitment(body, LOW, listed[4])] if listed[4] else says
    owners = tuple(split_owners(owner)) if owner else ()
    if not says:
        says = [Commitment(body, confidence, context_reason)]
    if kind in NEVER_TICKED:
        says = [Commitment(each.title, LOW, context_reason, each.owners) for each in says]
    said_in = _sentences_holding(text, says) if len(says) > 1 else [(text, _from_its_sentence(body, each, reference)) for each in says]
    return [_suggestion(each, source=source, heading=heading, kind="bullet", reference=reference, due=due,
                        due_text=due_text, owners=owners,
                        confidence=LOW if each.confidence == LOW else confidence)  # a decision stays one
            for each, (source, due_text) in zip(says, said_in, strict=True)]


def _from_its_sentence(body: str, said: Commitment, reference: date | None) -> str:
    """A bullet's words to read its one commitment's date from: after any sentence before it asking something
    else of someone ("PS – adviser visiting on 9 March. Members were asked to send case studies by 26 Feb. RH will
    pull them together ... by Fri 5 March": RH's by 5 March; but "LA forms due 10 Dec. Nadia to sign ours": 10 Dec)."""
    sentences = _split_sentences(body)
    at = next((at for at, each in enumerate(sentences) if said.title[:40].casefold() in each.casefold()), 0)
    start = max((before + 1 for before in range(at) if _owner_lead(sentences[before])), default=0)
    if start and read_due(said.title, reference):  # ("... within ten working days": not the "16 February" after it)
        return said.title
    return " ".join(sentences[start:]) if start else body


def _sentences_holding(text: str, says: list[Commitment]) -> list[tuple[str, str]]:
    """(source, words its date is read from) for each of a bullet's several commitments. Said in
    sentences of their own ("Idea 1: AGREED. Owen to set up ... Kerry to find ...", "Tom - could you
    ...? By 26 Nov would be great."): each its sentence and those after it up to the next one's; else
    the bullet, each dated by its own words."""
    sentences = _split_sentences(text) if SENTENCE_END.search(text) else []
    starts = [next((at for at, each in enumerate(sentences) if said.title[:40].casefold() in each.casefold()), None)
              for said in says]
    if len(sentences) < 2 or None in starts or len(set(starts)) < len(starts):
        return [(text, each.title) for each in says]
    ends = [min([later for later in starts if later > start] + [len(sentences)]) for start in starts]
    return [(" ".join(sentences[start:end]),) * 2 for start, end in zip(starts, ends, strict=True)]


def _listed_topic(body: str, kind: str, reference: date | None) -> tuple[str, str, str, str, str] | None:
    """An untitled list's "Topic - notes" item: (owner, what, confidence, reason, why it is no action), or None.
    "Mary - refreshed EHCP figs to you by fri 25th" is hers, by then; "Analytics (LP): 9,840 visits ...",
    "Accessibility audit – LP has the report" an item's notes."""
    topic = TOPIC_NOTE.match(body)
    person = _person_then_delivery(body, reference) if topic else None
    if person:
        return person[0], person[1], MEDIUM, f"Listed as {person[0]}'s, with a date", ""
    if topic and not _bullet_says_what_to_do(body[topic.end():], kind) and not _bullet_says_what_to_do(topic.group(0), kind):
        return "", body, LOW, "", "An agenda item's notes, with nothing to do in them"
    return None


def _decided_item(body: str, says: list[Commitment], owner: str) -> tuple[str, str, str]:
    """(confidence, body, owner) of an item in a list of what was decided: an action only where it names
    someone to do something ("MW to write ...", "Owen will share ..."), not "The group will meet ..."."""
    explicit = ACTION_LABEL.match(body) or _names_owner_first(body) or (
        re.match(r"^[^,;:]{1,60}?\s+to\s+(?!(?:the|a|an|all|our)\s)[a-z]", body)  # not "escalated to the Director"
        and body.split(" ", 1)[0].casefold() not in DECIDED) or (
        (taken := TAKES_ON.match(body)) and looks_like_owner(taken.group("who"))
        and not THE_GROUP_ITSELF.match(taken.group("who"))
        and taken.group("verb") not in DESCRIBING_VERBS - PERSONS_DOING) or (  # not "The PSP will continue ..."
        any(each.owners and each.confidence == HIGH and not THE_GROUP_ITSELF.match(each.owners[0])
            and each.title.split(" ", 1)[0].casefold() not in DESCRIBING_VERBS - PERSONS_DOING for each in says))  # "Two empty places – Tasha will re-advertise ..."
    if explicit and not says and (taken := TAKES_ON.match(body)):  # "Liam Porter will reconcile the returns ..."
        owner, body = taken.group("who"), body[taken.start("verb"):]
    return (HIGH if (says or owner) and explicit else LOW), body, owner


def _done_bullet(text: str, status: re.Match | None, *, heading: str, kind: str,
                 reference: date | None) -> list[Suggestion] | None:
    """A bullet already done or closed, shown unticked: "YO to send the annual report - done, sent 6
    Jan", "[x] send the survey" (ticked in a task list), "[DROPPED] Grace to find ..."; else None."""
    done = MARKED_DONE.search(text)
    carried = None if done else CARRIED_MARK.search(text)
    done = done or carried
    closed = status is not None and status.group("closed")
    if not (TICKED_TASK.match(text) or done or closed):
        return None
    text = TICKED_TASK.sub("", text[: done.start()] if done else text)
    if closed:  # "[DROPPED] Omar to find a speaker - not needed now": the item, then the update on it
        text = re.split(r"\s[-–—]\s", text, maxsplit=1)[0]
    said = status.group("status").lower() if closed else ""
    why = "The reply above the draft says this was not an action" if said == "taken out in the reply" else \
        "A comment on the draft says this was not an action" if said == "taken out in a comment" else \
        "A comment on the draft says this is done" if said == "done in a comment" else \
        f"Marked “{said}”" if closed else \
        "Carried forward: an earlier action still open, not a new one" if carried else \
        "Marked as done" if done else "Ticked as done in a task list"
    return [_suggestion(Commitment(each.title, LOW, why, each.owners), source=text,
                        heading=heading, kind="bullet", due_text=text, reference=reference)
            for each in (_bullet_says_what_to_do(text, kind) or [Commitment(text, LOW, "")])]


# "Owen, with the PCF – by the end of July", "Careers Hub to organise – by 16 July", "Grace Adeyemi":
# who will do it (and by when), a sentence of its own after the commitment it owns
OWNER_SENTENCE = re.compile(r"^(?P<who>[^–—:;.]{1,70}?)(?:\s+to\s+(?:organi[sz]e|lead|co-?ordinate|arrange|action|"
                            r"do\s+(?:this|it)|take\s+(?:this|it)\s+forward))?(?:(?:\s*[–—]\s*|\s+-\s+)(?P<when>[^–—]+))?$")


def _owner_sentence_after(text: str, reference: date | None) -> tuple[str, str, Due | None] | None:
    """(the commitment, its owner, its due date) when a bullet's last sentence only names who will
    do it and by when; a name alone must be a known person's or end in a role ("... Team")."""
    sentences = _split_sentences(text)
    if len(sentences) < 2:
        return None
    match = OWNER_SENTENCE.match(sentences[-1].strip().rstrip("."))
    if not match or not looks_like_owner(match.group("who")):
        return None
    who, when = re.split(r",?\s+with\s+", match.group("who").strip())[0], match.group("when")  # "Owen, with the PCF"
    due = read_due(when, reference, whole_cell=True) if when else None
    if when and (due is None or len(when.split()) > 6):
        return None
    words = _words(who.split(",")[0])
    if not when and not (all(word.casefold() in KNOWN_NAMES.get() for word in words)
                         or words[-1].casefold() in AGENT_NOUNS):
        return None
    return " ".join(sentences[:-1]), who, due


# --- the whole text ------------------------------------------------------------------------------


def parse_outcomes(text: str, *, meeting_date: date | None = None,
                   names: frozenset[str] = frozenset()) -> ParsedText:
    """Split pasted text into meetings (by their dated headings) and find what each suggests.

    `meeting_date` is the date to read "in September" or "within two weeks" from when the text
    itself has no dated heading. `names`: the first names and surnames of the people an owner may
    be (owners.known_names), so that a one-word owner ("Tom to book the hall") is one of them.
    """
    token = SAID_AS.set({})
    try:
        parsed = _parse_outcomes(text, meeting_date, names)
        own_words = SAID_AS.get()
    finally:
        SAID_AS.reset(token)
    for meeting in parsed.meetings if own_words else ():  # the source as said: "I'll put ...", not "Tom Evans will put ..."
        meeting.suggestions[:] = [replace(each, source=_in_own_words(each.source, own_words)) for each in meeting.suggestions]
    return parsed


def _senders(text: str) -> frozenset[str]:
    """The names of a chat's senders, a chat exported as JSON (Discord's, Messenger's) read as its lines
    first: "Ben" who sent messages is the Ben of "- **March coffee morning** - Ben to sort a venue"."""
    return chat_senders("\n".join(json_rows(text.splitlines())) if text.lstrip()[:1] in ("{", "[") else text)


def _parse_outcomes(text: str, meeting_date: date | None, names: frozenset[str]) -> ParsedText:
    reader = _Reader(meeting_date)
    with reading_with(names):  # dictated notes write the people's names in capitals as they are laid out
        lines = _clean_lines(text or "", meeting_date)
    if names and typed_in_lower_case(text or ""):  # "mary - figs to you by fri": typed on a phone, in lower case
        ordinary = words_in_ordinary_use(text)
        lines = [replace(line, text=names_capitalised(line.text, names, ordinary),
                         cells=[names_capitalised(cell, names, ordinary) for cell in line.cells]) for line in lines]
    defined, directory = defined_initials(text or "", names), names
    chair = defined_chair(text or "", names)
    # (and the chair's initials, where the minutes name the chair but define no one else by them: "Sarah Kent (Chair)", "SK")
    defined = {"".join(word[0] for word in chair.split()): chair, **defined, CHAIR_KEY: chair} if chair else defined
    names = names | mentioned_names(text or "") | introduced_names(text or "") | speaking_names(text or "") \
        | addressed_names(text or "") | named_in_full(text or "") | _senders(text or "") if names else names
    index = 0
    # (not an outliner's journal, whose "TODO" marks the writer's own tasks among the day's meetings)
    reader.date_cells = _table_date_cells(lines)
    reader.boxed = _boxes_actions(lines) and not any(OUTLINER_TASK.match(raw) for raw in (text or "").splitlines())
    if names:  # and the names of those the minutes say were there ("Attendees: Helen (chair), Dev (Health)")
        names = names | frozenset(word.casefold() for line in lines if ATTENDANCE.match(line.text)
                                  for word in re.findall(r"\b[A-Z][a-z'’-]+\b", ATTENDANCE.sub("", line.text))) \
            | _listed_below_attendance(text or "")
    with reading_with(names), term_ends_given(text, meeting_date):
        while index < len(lines):
            index = reader.read(lines, index)
    reader.close_heading()
    recap = AI_RECAP.search(text or "") is not None
    notes_first = recap and NOTES_OVER_LIST.search(text or "") is not None
    voices = speaker_count(text or "") if recap else 0
    codes = done_codes(text or "")  # (read once: a paste of thousands of dated lines is thousands of meetings)
    tasks = mentioned_tasks(text or "")
    for meeting in _logs_joined(reader.meetings):
        _date_the_next_meeting(meeting, meeting.date.day if meeting.date and meeting.date.day else meeting_date, text or "")
        _done_by_the_key(meeting, codes)
        _standing_and_trailing(meeting)  # (first: what is not new work names no row of the action table)
        meeting.suggestions[:] = [_owners_in_full(each, text, defined, directory) if each.owner_text
                                  else each for each in meeting.suggestions]
        _recorded_in_table(meeting)
        _cited_items(meeting)
        _timescales_amended(meeting, meeting.date.day if meeting.date and meeting.date.day else meeting_date)
        if recap:
            _recap_summary_unticked(meeting, notes_first=notes_first, voices=voices)
        _translations_unticked(meeting)
        _to_do_page(meeting, tasks)
        _handed_on_later(meeting)
        meeting.suggestions[:] = [_owners_in_full(each, text, defined, directory) if each.owner_text
                                  else each for each in meeting.suggestions]
        _delivered_in_reply(meeting, text or "")
    meetings = _the_meetings(reader.meetings, text or "")
    return ParsedText(meetings=meetings, dates=find_dates("\n".join(line.text for line in lines)))


def _the_meetings(meetings: list[MeetingOutcomes], text: str) -> list[MeetingOutcomes]:
    """The meetings a text records: without the page's introduction before the first dated heading, and an email
    replying above one meeting's minutes read as part of that meeting."""
    if len(meetings) > 1 and not meetings[0].suggestions and not (
            len(meetings) == 2 and EMAIL_HEADER.match(text.lstrip()) and NEXT_MEETING_LINE.search(meetings[0].text)):
        meetings = meetings[1:]  # what came before the first dated heading: the page's introduction
    elif len(meetings) == 2 and EMAIL_HEADER.match(text.lstrip()):
        # an email replying above one meeting's minutes ("Two actions are missing: ..."): about that meeting
        reply, minutes = meetings
        minutes.suggestions[:0] = reply.suggestions
        minutes.text = reply.text + minutes.text
        meetings = [minutes]
        if reply.suggestions:  # a quick list above the minutes, which close with their own list: that list records it
            _recorded_in_table(minutes)
        if minutes.date and minutes.date.day:  # "Next meeting: Wednesday 13 October" in the reply dates the minutes'
            _date_the_next_meeting(minutes, minutes.date.day)  # "before the October meeting"
    return meetings


# Notes a meeting tool's AI wrote from the recording (Otter, Copilot, Zoom's AI Companion, Gemini ...)
AI_RECAP = re.compile(r"\b(?:otter(?:\.ai)?|fireflies(?:\.ai)?|fathom|tl;?dv|read\.ai|copilot|ai\s+companion|"
                      r"gemini|(?:generated|written)\s+(?:automatically|by\s+ai)|ai[- ]generated|automatically\s+generated|"
                      r"transcript\s+highlights)\b", re.I)


# "Keep in touch fortnightly until a placement is found", "CAMHS will continue fortnightly appointments": what
# carries on as it is, not something new to do (but "keep the tracker up to date" is a task)
CARRIES_ON = re.compile(r"^(?:" + "|".join(sorted(STANDING_VERBS)) + r"|carry\s+on)\b(?!\s+(?:a|an)\s+(?!eye\b))(?!.*\b(?:up\s+to\s+date|updated|updating)\b)", re.I)
# "Keep this fortnightly for now, so next one is Wednesday the 28th": how often the meeting is held, its day the
# next meeting's, not a due date
MEETING_CADENCE = re.compile(r"^(?:keep|continue)\s+(?:this|these|it|them|the\s+meetings?)\s+(?:as\s+)?(?:weekly|fortnightly|"
                             r"monthly|termly|quarterly)\b", re.I)
# "... and would let MW know": saying how it went, the end of the action before it
TELL_HOW_IT_WENT = re.compile(r"^(?:let|tell)\s+(?:him|her|them|us|you|me|the\s+\w+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
                              r"\s+know\.?$", re.I)
TOLD_REASON = "Part of the action before it: saying how it went"
# "... so it can go in the newsletter": why, after what is to be done
SO_THAT = re.compile(r"\s+so\s+(?:that\s+)?(?:it|they|we|he|she|you|[A-Z][\w'’-]*)\s+(?:can|could|will|would|may)\b.*$")


def _tells_how_it_went(each: Suggestion) -> bool:
    """ "let MW know", and "let Kerry know in the next couple of weeks so it can go in the newsletter": its
    date and its purpose aside, saying how the action before it went."""
    return bool(TELL_HOW_IT_WENT.match(each.title) or TELL_HOW_IT_WENT.match(" ".join(SO_THAT.sub("", _what(each)).split())))


# "Consider the business case on 14 April", "Consider a second site instead": weighing something up, with
# nothing to show at its end (but "consider and respond to the consultation" has; and a Board's summary's
# "Interim cover would also be considered" is the Board's own promise, as its "would be circulated" is)
# (and "I'll think about the wording", "Think about transport when we know the school": thought, not a task)
WEIGHING_UP = re.compile(r"^(?:(?:re)?consider\b(?!\s+and\s)|think\s+(?:about|over)\s+\w)", re.I)
PROMISED_CONSIDERING = re.compile(r"\bwould\s+(?:also\s+)?be\s+considered\b", re.I)


# "The Executive Member was asked to declare any ... interests"; "Any call-in must be submitted to Democratic
# Services by 4.00 pm on ...": how a council's meeting and its decisions run
DECLARING_INTERESTS = re.compile(r"^declare\s+(?:any\s+|their\s+|his\s+|her\s+)?(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,5}interests?\b", re.I)
CALL_IN_NOTICE = re.compile(r"\b(?:any\s+)?call[- ]ins?\s+(?:request\s+|notice\s+)?(?:must|should|has\s+to|needs?\s+to)\s+be\b", re.I)
# "Bring forward the timescale for recommendation 6": a change to another item's date
ANOTHER_ITEMS_DATE = re.compile(r"^(?:bring\s+forward|amend|change|extend|move|put\s+back|revise|defer)\s+the\s+"
                                r"(?:timescale|deadline|target\s+date|due\s+date)s?\s+(?:for|of)\s+"
                                r"(?:recommendation|action|item)\s+\w{1,4}\b", re.I)
# "Come back to it in July", "we'll talk about dates at the May session": a topic kept for later; "Next panel:
# Thursday 27 May 2027": when the group meets
KEPT_FOR_LATER = re.compile(r"^come\s+back\s+to\s+(?:it|this|that)\b|^(?:talk\s+about|discuss)\s+(?:[\w'’-]+\s+){0,4}?at\s+the\s+"
                            r"(?:next|[a-z]+)\s+(?:meeting|session|workshop|forum)\W*$", re.I)
NEXT_MEETING_NOTICE = re.compile(r"^next\s+(?:[\w&'’-]+\s+){0,3}?(?:meeting|mtg|panel|session|forum|board|review|"
                                 r"network)\b(?!\s+(?:to|will)\b)", re.I)


# "We will tell you what happened in our next update", "we'll keep you posted": a page's promise to its readers
TOLD_TO_READERS = re.compile(r"^(?:tell|let)\s+you\s+(?:know\s+)?(?:what|how)\b|^keep\s+you\s+(?:updated|posted|informed)\b", re.I)


# "We agreed to meet again on Monday 10 May and to go through this list then": the group's next meeting
MEETING_AGAIN = re.compile(r"^(?:meet|reconvene|get\s+together)\s+again\b", re.I)


# "Date: Wednesday 14 April Time: 09:30 Venue: Room 3 Chair: Dr A Patel Notes: CNS (FM)": the record's heading fields
MEETING_DETAIL = re.compile(r"\b(?:date|time|venue|location|chair|notes|minutes)\s*:", re.I)
MEETING_DETAILS = 3
# "Sarah's going to update on the young people's event" (today): her turn in this meeting, not a task after it
UPDATE_TODAY = re.compile(r"^(?:give\s+(?:an?\s+|us\s+an?\s+)?)?update\s+(?:us\s+|the\s+group\s+|everyone\s+)?on\b", re.I)


# "ROUGH NOTES NOT MINUTES. Ruth to write up" (the notes' own header; but "NK to write up" among the actions is a
# task), "asked TE to let MW finish": how the meeting and its notes are run
WRITING_THESE_UP = re.compile(r"^write\s+(?:(?:these|this|them|it)\s+)?up\.?$", re.I)
LET_SOMEONE_SPEAK = re.compile(r"^(?i:let)\s+(?:[A-Z]{2,4}|[A-Z][a-z'’-]+|him|her|them)\s+(?i:finish|speak|talk|answer|come\s+in)\b")


def _not_new_work(each: Suggestion, before: Suggestion | None) -> str:
    """Why a suggestion's own title says it is no new work ("" when it does not): an arrangement that
    carries on, something to consider, "let MW know" after the action it reports on in the same sentence,
    a topic kept for later, or the next meeting's notice."""
    if CARRIES_ON.match(each.title) and (each.due is None or MEETING_CADENCE.match(each.title)):
        return "Carries on what is done already: an arrangement that continues, not a new action"
    if WEIGHING_UP.match(each.title) and not PROMISED_CONSIDERING.search(each.source):
        return "Something to consider, with nothing to show at its end: tick it if a decision is owed by a date"
    if _tells_how_it_went(each) and before is not None and each.source in before.source:
        return TOLD_REASON
    if DECLARING_INTERESTS.match(each.title) or CALL_IN_NOTICE.search(each.source):
        return "The meeting's own procedure (declaring interests, the deadline for calling a decision in), not an action"
    if ANOTHER_ITEMS_DATE.match(each.title):
        return "Changes the date of another recommendation or action (its row takes the new date), not new work"
    if len(MEETING_DETAIL.findall(each.source)) >= MEETING_DETAILS:
        return "The meeting's own details (date, time, venue, chair), not an action"
    if UPDATE_TODAY.match(each.title) and each.due is not None and re.search(r"\btoday\b", each.due.words, re.I):
        return "An update given in this meeting (“today”), not a task after it"
    if (WRITING_THESE_UP.match(each.title) and re.search(r"\b(?:notes|minutes)\b", f"{each.heading} {each.source}", re.I)) \
            or LET_SOMEONE_SPEAK.match(each.title):
        return "How the meeting or its notes are run (writing these notes up, letting someone finish), not an action"
    if KEPT_FOR_LATER.match(each.title):
        return "A topic kept for a later meeting, not a task"
    if TOLD_TO_READERS.match(each.title) and not each.owner_text:
        return "A promise to the readers to tell them how it went, not a task of its own"
    if NEXT_MEETING_NOTICE.match(each.title) or MEETING_AGAIN.match(each.title) and not each.owner_text:
        return "When the group meets next, not a task"
    return ""


def _standing_and_trailing(meeting: MeetingOutcomes) -> None:
    """What is no new work (`_not_new_work`), shown unticked with the reason."""
    for index, each in enumerate(meeting.suggestions):
        why = _not_new_work(each, meeting.suggestions[index - 1] if index else None) if each.suggested else ""
        if why:
            meeting.suggestions[index] = replace(each, confidence=LOW, reason=why)
        before = meeting.suggestions[index - 1] if why == TOLD_REASON else None
        if before is not None and each.due is not None and each.due.on and not (before.due and before.due.on
                                                                               and before.due.on <= each.due.on):
            # "book the room for the January meeting and let Kerry know in the next couple of weeks": done by
            # the day it is to be told
            meeting.suggestions[index - 1] = replace(before, due=each.due, reason=_with_due(before.reason.split(". Due")[0], each.due))


# A summary's actions given again in another language for the families who read it ("Resumo em português: • A
# equipa de Transportes da câmara vai escrever ..."): the words that tell the language, not names or loan words
ENGLISH_WORDS = frozenset("the to and of will by for with is be are that this their our we you it from at who would "
                          "has have was".split())
OTHER_LANGUAGE_WORDS = frozenset(
    "de da das dos vai vão para com não em na os uma um que e o ao à até pelo pela "  # Portuguese
    "la el los las y del por con es se "  # Spanish
    "und der zu mit nicht ist "  # German
    "nie się że oraz jest "  # Polish
    "les des et pour avec sont une du au "  # French
    "yn ar gan bydd fydd ac".split())  # Welsh


def in_another_language(text: str) -> bool:
    """Whether a sentence is written in a language other than English (by the small words it is made of)."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text.casefold())
    other = sum(word in OTHER_LANGUAGE_WORDS for word in words)
    return len(words) >= 4 and other >= 2 and other > 2 * sum(word in ENGLISH_WORDS for word in words)


def _translations_unticked(meeting: MeetingOutcomes) -> None:
    """What seems to commit someone in another language: the English said it already ("Sarah Khan vai criar um
    grupo de jovens ...", after "Sarah Khan will set up a young people's group ..."), so it is left unticked."""
    meeting.suggestions[:] = [
        replace(each, confidence=LOW, reason="Written in another language: a translation of what the minutes say "
                                             "in English, not more to do")
        if each.suggested and in_another_language(each.source) else each for each in meeting.suggestions]


# An AI recap that carries the meeting's whole transcript under "TRANSCRIPT" (not its "Transcript highlights" or
# an "excerpt"): the people's own words, which settle who will do what
WHOLE_TRANSCRIPT = re.compile(r"^(?:full\s+|meeting\s+)?transcript\.?$", re.I)
# The person forwarding a recap says its list is not to be trusted: "please read the meeting notes section and not
# just the task list at the bottom"; "the follow-up tasks are wrong in places, go by the notes"
NOTES_OVER_LIST = re.compile(r"\bread\s+the\s+(?:meeting\s+|AI\s+)?notes\b[^.\n]{0,40}?\bnot\s+(?:just\s+|only\s+)?the\s+"
                             r"(?:task|action|follow[- ]?up)|\b(?:task|action|follow[- ]?up)(?:\s+tasks?)?\s+list\b[^.\n]{0,40}?"
                             r"\b(?:is|are)\s+(?:wrong|not\s+right|incorrect|unreliable)\b[^.\n]{0,40}?\bnotes\b", re.I)


# A page's to-do box given to someone by a mention: "- [ ]  @Kerry Lang recruit three parents" (Notion, Confluence, Loop)
OPEN_BOXES = re.compile(r"^[ \t]*(?:[-*+•][ \t]+)?" + OPEN_BOX + r"[ \t]+(?P<task>(?P<mention>@[A-Z])?[^\n]*)", re.M)
TO_DO_PAGE_AT = 3  # to-do boxes with a mention that make a page one keeping its actions as to-dos
# "– PS to think about": an action written in the notes' own shorthand, beside the to-do boxes
OWNER_TO_VERB = re.compile(r"(?<![\w'’])[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?\s+to\s+(?!be\b)[a-z]{3,}")


def _task_keys(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """A to-do's opening words, and all its words (read back with its owner moved: "send the invite – Ruth")."""
    words = re.findall(r"[a-z0-9]+", text.casefold())
    return tuple(words[:6]), frozenset(words)


def mentioned_tasks(text: str) -> frozenset:
    """The opening words and the words of a page's open to-do boxes, when three or more mention who does
    them (a page that keeps its actions as to-dos); else none."""
    boxes = [match for match in OPEN_BOXES.finditer(text)]
    if sum(1 for match in boxes if match.group("mention")) < TO_DO_PAGE_AT:
        return frozenset()
    return frozenset(key for match in boxes for key in _task_keys(match.group("task")))


def _to_do_page(meeting: MeetingOutcomes, tasks: frozenset) -> None:
    """A page that keeps its actions as to-do boxes, each mentioning its owner ("- [ ] @Kerry Lang recruit
    three parents – before Easter"): its other bullets and sentences ("Tom: this is exactly the parents' point",
    "Dan will add it – already live ✅", "we'll want to check the page") are the discussion, shown unticked
    (not one written as an action, "– PS to think about")."""
    if not tasks:
        return
    meeting.suggestions[:] = [
        replace(each, confidence=LOW, reason="Not one of the page's to-do items, which hold its actions")
        if each.suggested and each.kind != "row" and not tasks.intersection(_task_keys(each.source))
        and not OWNER_TO_VERB.search(each.source) else each for each in meeting.suggestions]


_HANDED_NAME = r"@?(?-i:[A-Z][A-Za-z]?[A-Z][a-z]?|[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)"
# An action handed on later in the notes: "Ruth Hill will do the analytics pull instead", "Her action at item 3 (the
# recovery plan) will be picked up by YO", "the room booking will now be done by Sam"
HANDED_ON_SAID = re.compile(r"(?P<who>" + _HANDED_NAME + r")\s+will\s+(?:now\s+)?(?:do|" + TAKING_ON + r"(?:\s+on)?)\s+"
                            r"(?P<what>[^.;:–—\n]{3,80}?)\s+instead\b|"
                            r"(?P<thing>[^.;:–—\n]{3,80}?)\s+will\s+(?:now\s+)?" + TAKEN_ON_BY + r"\s+"
                            r"(?P<by>" + _HANDED_NAME + r")\b", re.I)


HANDED_ON_WORDS = re.compile(r"\binstead\b|\b" + TAKEN_ON_BY + r"\b", re.I)  # (the words `HANDED_ON_SAID` needs, from its own parts)
MOST_HANDED_ON = 20  # hand-overs read in one meeting's notes (a few in real notes; each is compared with every action)


def _handed_on_later(meeting: MeetingOutcomes) -> None:
    """An action the notes hand to someone else further on ("Liam is off sick. Ruth Hill will do the analytics
    pull instead"): the earlier action sharing two words with what is handed on is theirs now; the sentence
    handing it on is not another action."""
    if not HANDED_ON_WORDS.search(meeting.text):
        return  # (the words a hand-over needs, looked for first: the full pattern tries every place in the text)
    handed = list(itertools.islice(HANDED_ON_SAID.finditer(meeting.text), MOST_HANDED_ON))
    if not handed:
        return
    stems = [_stems(_what(each)) for each in meeting.suggestions]
    sources = [" ".join(each.source.split()) for each in meeting.suggestions]
    for found in handed:
        who = (found.group("who") or found.group("by")).lstrip("@")
        words = _stems(found.group("what") or found.group("thing"))
        said = " ".join(found.group(0).split())
        own = {at for at, each in enumerate(meeting.suggestions) if said in sources[at]
               and " ".join(each.title.casefold().split()[:3]) in said.casefold()}  # ("Do the analytics pull instead")
        best = max(((len(words & stems[at]), -at, at) for at, each in enumerate(meeting.suggestions)
                    if each.suggested and each.owner_text and at not in own and len(words & stems[at]) >= 2
                    and not _same_owner_written(each.owner_text, who)), default=(0, 0, None))
        if best[0] < 2:
            continue
        meeting.suggestions[:] = [
            replace(each, confidence=LOW, reason=f"Hands on the action above: “{said}”") if at in own else
            replace(each, owner_text=who, reason=f"{each.reason}. Handed on: “{said}”") if at == best[2] else each
            for at, each in enumerate(meeting.suggestions)]


def _recap_summary_unticked(meeting: MeetingOutcomes, *, notes_first: bool = False, voices: int = 0) -> None:
    """An AI recap lists the actions under "Action items" and retells them, looser, in its overview,
    outline and transcript: with such a list, what the retelling seems to commit is left unticked. When
    it carries the whole transcript of a meeting (two `voices` or more, not one person's voice note), what each
    person said they would do is the action, and the AI's
    list and retelling are left unticked ("Otter gives the survey to Tom; Kerry says she'll send it");
    when its forwarder says to go by the notes (`notes_first`), the notes' "Mary said she would write ..."
    are the actions, and a listed task the notes do not record is left unticked."""
    # (a listed task the transcript or notes also record was joined to their words: its source is not one line)
    lines = {re.sub(r"^[\s•*·–-]+", "", line).strip() for line in meeting.text.splitlines()}
    if voices > 1 and any(each.suggested and WHOLE_TRANSCRIPT.match(each.heading) for each in meeting.suggestions):
        meeting.suggestions[:] = [
            each if not each.suggested or WHOLE_TRANSCRIPT.match(each.heading)
            or (ACTION_CONTEXT.search(each.heading) and each.source not in lines) else
            replace(each, confidence=LOW, reason=f"In the AI recap's “{each.heading or 'summary'}”: the transcript "
                                                 "under it says who will do what, in their own words")
            for each in meeting.suggestions]
        return
    if notes_first:
        meeting.suggestions[:] = [
            replace(each, confidence=LOW, reason=f"Only in the AI recap's “{each.heading}”, which its forwarder says "
                                                 "to check against the notes: the notes do not record it")
            if each.suggested and ACTION_CONTEXT.search(each.heading) and each.source in lines else each
            for each in meeting.suggestions]
        return
    listed = [each for each in meeting.suggestions if each.suggested and ACTION_CONTEXT.search(each.heading)]
    if not listed:
        return
    meeting.suggestions[:] = [
        each if not each.suggested or ACTION_CONTEXT.search(each.heading) else
        replace(each, confidence=LOW, reason=f"In the AI recap's “{each.heading or 'summary'}”, not its list of "
                                             "action items: a retelling, not what was agreed")
        for each in meeting.suggestions]


def _owners_in_full(suggestion: Suggestion, text: str, defined: dict[str, str], known: frozenset[str]) -> Suggestion:
    """Owners as the minutes name them in full: "Mrs Khan" as "Mrs Nadia Khan", "AP" as the "Anita
    Patel (AP)" of the attendance list."""
    return replace(suggestion, owner_text=initials_in_full(in_full(team_as_named(suggestion.owner_text), text, known), defined),
                   other_owners=tuple(initials_in_full(each, defined) for each in suggestion.other_owners))


# (and a form's "Next TAC date | Tuesday 2 March 2027": the group's meeting by its initials; a transcript's "Next one's the 25th")
NEXT_MEETING_LINE = re.compile(r"^(?:\d{1,3}[.)]\s+|[•*-]\s+|•)?(?:[^|\n]{0,30}\|\s*)?(?:date\s+of\s+)?(?:the\s+|our\s+)?next\s+(?:(?:meeting|session|forum|workshop|"
                               r"(?-i:[A-Z]{2,5})\s+(?:date|meeting))\b[^\n]*|"
                               r"one(?:['’]s|\s+is|\s+will\s+be)\s+(?:on\s+)?(?:the\s+\d|\w+day\b)[^\n,;?]*)",
                               re.I | re.M)


# "8. Date of next meeting" as a heading, "Wednesday 9 June 2027, 10.00 am, Civic Centre." under it
NEXT_MEETING_BELOW = re.compile(r"^(?:date\s+of\s+)?(?:the\s+)?next\s+(?:meeting|session|forum|workshop)\s*:?\s*\n(?:[ \t]*\n)*"
                                r"(?P<date>[^\n]+)", re.I | re.M)


def _own_next_meeting(meeting: MeetingOutcomes) -> None:
    """ "by next Board (June)" in the Board's own minutes (its title names it): the next meeting."""
    title = meeting.text.lstrip().split("\n", 1)[0].casefold()
    for index, suggestion in enumerate(meeting.suggestions):
        due = suggestion.due
        body = re.match(r"^(?:\w+\s+)?next\s+(?:the\s+)?(\w+)\s*\(", due.words, re.I) \
            if due and due.kind == MEETING_IN_MONTH else None
        if body and re.search(rf"\b{re.escape(body.group(1).casefold())}\b", title):
            own = Due(NEXT_MEETING, due.words)
            meeting.suggestions[index] = replace(suggestion, due=own,
                                                 reason=_with_due(suggestion.reason.split(". Due")[0], own))


RECORDED_AT = 3  # words a sentence must share with a row of the action table to be the matter it records
MOST_ROWS_COMPARED = 100


# "... before half term (see A1).", "members asked to see the figures (A5)": the table's row A1 records it
# "(A4)", "(see action A4)", "- see A1": a sentence pointing to the action list's item that records it
# "(LO-28)", "new action LO-27": a row of the action log the same text holds, by its Ref cell
# "Action 26/60 (EHCP dashboard by ward): LP reported ...": a schedule of actions' row by its year and number
# "... over the summer (action 15)", "On action 12 (managed move protocol), ...": a tracker's row by its number
ACTION_CITED = re.compile(r"(?:\bsee\s+(?:action\s+)?|\((?:see\s+)?(?:action\s+)?|\bnew\s+action\s+|\b[Aa]ction\s+(?=\d))"
                          r"(?P<ref>[A-Z]{1,3}\d{1,3}[a-z]?|[A-Z]{1,4}-\d{1,3}|\d{2}/\d{2,3}|(?<=[Aa]ction\s)\d{1,3})\b(?!\.\d|/)")
# "A1. Bring ... (MW) [May meeting]": an item of the action list, by its reference; "LO-27 | 12/05/2027 | Add ...": a log's row
ACTION_REF = re.compile(r"^(?P<ref>[A-Z]{1,3}\d{1,3}(?:/\d{1,3})?[a-z]?)\.\s")  # "A1. ", "AP04/03. "
ROW_REF = re.compile(r"^(?P<ref>[A-Z]{1,4}-?\d{1,3}[a-z]?|\d{2}/\d{2,3}|\d{1,3})\s*\|")  # (and "15 | 14/07/27 | Send ...")


def _cited_items(meeting: MeetingOutcomes) -> None:
    """ "MW to bring a recovery trajectory - see A1" and, at the end, "A1. Bring an annual review recovery
    trajectory (MW) [May meeting]": one action, the list's item; the sentence is shown unticked, and
    gives the item its owner if the item names none."""
    items = {ref.group("ref"): index for index, each in enumerate(meeting.suggestions)
             if each.suggested and (ref := ACTION_REF.match(each.source) or ROW_REF.match(each.source))}
    if not items:
        return
    for index, suggestion in enumerate(meeting.suggestions):
        cited = ACTION_CITED.search(suggestion.source)
        at = items.get(cited.group("ref")) if cited else None
        if at is None or at == index or not suggestion.suggested:
            continue
        item = _named_as_said(meeting.suggestions[at], suggestion)
        if not item.owner_text:  # its due date is the list's to give ("[TBC]"), not the sentence's
            item = replace(item, owner_text=suggestion.owner_text, other_owners=suggestion.other_owners)
        meeting.suggestions[at] = item
        meeting.suggestions[index] = replace(suggestion, confidence=LOW,
                                             reason=f"The minutes' list of actions records this as {cited.group('ref')}")


# "subject to the timescale for recommendation 6 being amended from Q3 2027/28 to Q2 2027/28": a resolution
# changing one row's date in the response table it approves
TIMESCALE_AMENDED = re.compile(r"\b(?:timescale|deadline|target\s+date|due\s+date|completion\s+date)\s+(?:for|of)\s+"
                               r"(?P<kind>recommendation|action|item)\s+(?:no\.?\s*)?(?P<number>[A-Z]{0,3}\d{1,3})\b"
                               r"[^.;]{0,80}?\b(?:amended|changed|moved|revised|brought\s+forward|put\s+back|extended|deferred)"
                               r"\s+(?:from\s+[^.;]{1,30}?\s+)?to\s+(?P<when>[^.;,()]{2,40})", re.I)


AMENDED_REASON = "; its timescale changed by the resolution"


def _timescales_amended(meeting: MeetingOutcomes, reference: date | None) -> None:
    """A row of a recommendations or action table ("R6 | ... | Q3 2027/28") whose date the meeting's
    resolution changes ("the timescale for recommendation 6 being amended ... to Q2 2027/28"): due then."""
    rows = {re.sub(r"\D", "", ref.group("ref")): at for at, each in enumerate(meeting.suggestions)
            if each.kind == "row" and (ref := ROW_REF.match(each.source))}
    if not rows or reference is None:
        return
    for said in TIMESCALE_AMENDED.finditer(meeting.text):
        at = rows.get(re.sub(r"\D", "", said.group("number")))
        due = read_due(said.group("when"), reference, whole_cell=True) if at is not None else None
        if due is not None and AMENDED_REASON not in meeting.suggestions[at].reason:
            row = meeting.suggestions[at]
            meeting.suggestions[at] = replace(row, due=due, reason=_with_due(
                f"{row.reason.split('. Due')[0]}{AMENDED_REASON}", due))


# A reply above the write-up that hands over what its sender promised: "Slides from the Local Offer session are
# attached as promised.", "As promised, here are the slides."
DELIVERED = re.compile(r"(?:^|[.!?]\s+)(?:the\s+|my\s+|our\s+)?(?P<what>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)(?:\s+(?:from|for|of)\s+[^.!?\n]{1,60}?)?\s+"
                       r"(?:is|are)\s+attached\s+(?:here\s+)?as\s+promised\b|"
                       r"\bas\s+promised,?\s+(?:here\s+(?:is|are)|I(?:['’]ve|\s+have)\s+attached|attached\s+(?:is|are))\s+"
                       r"(?:the\s+|my\s+|our\s+)?(?P<also>[\w'’-]+)", re.I | re.M)


def _delivered_in_reply(meeting: MeetingOutcomes, text: str) -> None:
    """An email's reply above the notes it quotes, saying what its sender promised is attached ("Slides from the
    Local Offer session are attached as promised"): their promise of it ("She said she would send round the
    slides ...") is done, shown unticked."""
    sender = EMAIL_FROM.match(text.lstrip().split("\n", 1)[0].strip()) if EMAIL_HEADER.match(text.lstrip()) else None
    if sender is None:
        return
    reply = re.split(r"^\s*>|^on\s.{4,80}wrote:\s*$", text, maxsplit=1, flags=re.I | re.M)[0]
    first_name = _sender(sender).split(" ")[0].casefold()
    for found in DELIVERED.finditer(reply):
        thing, said = _stems(found.group("what") or found.group("also")), " ".join(found.group(0).split()).strip(" .")
        for index, each in enumerate(meeting.suggestions):
            if each.suggested and first_name and each.owner_text.casefold().split(" ")[:1] == [first_name] \
                    and thing <= _stems(each.title):
                meeting.suggestions[index] = replace(each, confidence=LOW, reason=f"Done: the reply says “{said}”")


ACRONYM = re.compile(r"\b(?=\w{3})[A-Z][a-z]?[A-Z][A-Za-z]?\b")  # "ToR", "DoE", "OAP" (not "AP": a person's initials, often)


def _words_for_acronyms(short: str, long: str) -> frozenset[str]:
    """The words of `long` that an acronym in `short` stands for (in any case, unlike `_spelt_out`'s names): "Draft
    ToR" beside "bring draft terms of reference", "Letter to DoE" beside "write to the Director of Education"."""
    acronyms = {found.casefold() for found in ACRONYM.findall(short)}
    return _acronyms_in(frozenset(acronyms), long) if acronyms else frozenset()


def _acronyms_in(acronyms: frozenset[str], long: str) -> frozenset[str]:
    words = re.findall(r"[A-Za-z][\w'’-]*", long) if acronyms else []
    initials = "".join(word[0].casefold() for word in words)
    found: set[str] = set()
    for acronym in acronyms:
        start = initials.find(acronym)
        while start >= 0:
            found |= _stems(" ".join(words[start:start + len(acronym)]))
            start = initials.find(acronym, start + 1)
    return frozenset(found)


# "Not everything agreed on the day is in this table – please read the notes above": a list that says it is not whole
# or "I've left Mark's costing and the DMT item out of the table by mistake": one that says what it left out;
# or "other actions are in the notes above": one that points to the prose for more
LIST_INCOMPLETE = re.compile(r"\bnot\s+(?:everything|all(?:\s+the)?\s+actions?)\b[^.\n]{0,40}?\b(?:is|are)\s+(?:in|on)\s+"
                             r"(?:this|the)\s+(?:table|list|log)\b|\b(?:left|missed)\b[^.\n]{0,80}?\b(?:out\s+of|off)\s+"
                             r"(?:this|the)\s+(?:table|list|log)\b|\b(?:other|further|more)\s+actions\b[^.\n]{0,40}?\b(?:in|within|through)\s+"
                             r"(?:the\s+)?(?:notes|minutes|text|discussion)\s+(?:above|below)\b", re.I)
FEWEST_ROWS_THAT_RECORD = 4  # an action table this long, re-wording the discussion, is the record of what was agreed


def _recorded_in_table(meeting: MeetingOutcomes) -> None:
    """Minutes whose action table holds this meeting's actions (rows ticked), or that close with a
    list of them (`_closing_list`): a sentence of the discussion sharing three or more words with
    one of its rows ("the group agreed to show appeals registered, conceded and decided" beside "Add
    tribunal outcomes (registered, conceded, decided) ..."), or its verb and two words, or two words
    and its owner ("GA to return with a recovery trajectory" beside "SALT recovery trajectory to Board
    | GA / YO"), is the matter the row records, shown unticked; the row is the action. A closing list
    that re-words the discussion (most of its items record a sentence of it) is the record of what
    was agreed: the discussion's other commitments are shown unticked too. So are ACTION lines set
    among the minutes (`_action_lines`), each a list's item: the sentence an ACTION line re-words is its matter."""
    closing = _closing_list(meeting)
    listed = closing or _action_lines(meeting)
    rows = [(at, _what(each).split(" ")[0], _stems(_what(each)), each.owner_text,
             frozenset(found.casefold() for found in ACRONYM.findall(_what(each))))
            for at, each in enumerate(meeting.suggestions) if (each.kind == "row" or at in listed) and each.suggested]
    if not rows or len(rows) > MOST_ROWS_COMPARED:
        return
    tabled = bool(closing) or len(rows) > len(listed)  # (an action table's rows, or a closing list, cited by number)
    recording = set()
    for index, suggestion in enumerate(meeting.suggestions):
        if suggestion.kind == "row" or index in closing or not suggestion.suggested or (  # (merged with a row of the summary: that row)
                " | " in suggestion.source and ACTION_CONTEXT.search(suggestion.heading)):
            continue
        cites_row, refs = _row_refs_cited(suggestion) if tabled else (False, [])
        verb, words = _what(suggestion).split(" ")[0], _stems(_what(suggestion))
        # (an ACTION line records the discussion just above it: the first one after the sentence, for the same owner)
        following = next((at for at in listed if at > index), None) if not closing else None
        if following is not None and not _owners_agree(suggestion.owner_text, meeting.suggestions[following].owner_text):
            following = None
        near = [(at, row_verb, row | _acronyms_in(short, suggestion.title) if short else row, owner)
                for at, row_verb, row, owner, short in rows
                if closing or at not in listed or at == following and index not in listed]
        # "Map what is on offer in each locality" / "Map ... by locality" (a list's item says its verb: its owner, then)
        # (the row sharing the most words: "make a transition book with Kai, with photos of Oakfield" is the
        # "Transition book with photos of Oakfield" row's, not "Book a second visit to Oakfield with Kai")
        row = max(((len(words & row), -at, at) for at, row_verb, row, owner in near if len(words & row) >= RECORDED_AT
                   or len(words & row) >= 2 and (verb == row_verb and at not in listed or suggestion.owner_text and owner
                                                  and (_same_owner_written(suggestion.owner_text, owner)
                                                       or first_name_of(suggestion.owner_text, owner)))),
                  default=(0, 0, None))[2]
        if row is None:  # "On action 12 (managed move protocol), ... GR will take this over"
            row = next((at for ref in refs if (at := _cited_row(meeting, ref)) is not None), None)
        if cites_row or row is not None:
            meeting.suggestions[index] = replace(suggestion, confidence=LOW, reason="The minutes' action table records this as a row"
                                                 if row is None or row not in listed else "The minutes' list of actions records this")
        if row is None:
            continue
        recording.add(row)
        recorded = _taken_over_as_said(_named_as_said(meeting.suggestions[row], suggestion), suggestion)
        if suggestion.source not in recorded.source and not (suggestion.owner_text and recorded.owner_text and not (
                _same_owner_written(suggestion.owner_text, recorded.owner_text)
                or first_name_of(suggestion.owner_text, recorded.owner_text))):
            # its source shows both places: the row, and the words said (when they name the same owner, or none)
            recorded = replace(recorded, source=f"{recorded.source.rstrip()}{'' if recorded.source.rstrip()[-1:] in '.!?' else '.'} "
                                                f"{suggestion.source}")
        # and when: "within a week", said, not in the row; or the day said ("(Thursday 25 March)") for its "End of term"
        if suggestion.due is not None and (recorded.due is None or _day_said_for_rule(recorded.due, suggestion.due)):
            recorded = replace(recorded, due=suggestion.due, reason=_with_due(recorded.reason.split(". Due")[0], suggestion.due))
        meeting.suggestions[row] = recorded
    _prose_off_the_table(meeting, {at for at, *_ in rows if at not in listed}, recording, listed, closing=bool(closing))


def _row_refs_cited(suggestion: Suggestion) -> tuple[bool, list[str]]:
    """Whether a sentence of the discussion cites a row of the action table in its words ("On action 12 (managed
    move protocol), GR will take this over"), the row not joined to it already ("A4 | see 5.1.3 | ..."), and the
    rows' numbers it cites there or in the heading it sits under: matters arising are written under the action
    they report on ("Action 26/60 (EHCP dashboard): ... LP will bring the breakdown to the March Board")."""
    cited = ACTION_CITED.search(suggestion.source)
    cites_row = bool(cited) and " | " not in suggestion.source[cited.end():]
    refs = [found.group("ref") for found in ACTION_CITED.finditer(suggestion.source)] if cites_row else []
    above = ACTION_CITED.match(suggestion.heading)  # (a heading led by the row it reports on, found in the table)
    return cites_row, refs + [above.group("ref")] if above else refs


def _prose_off_the_table(meeting: MeetingOutcomes, rows: set[int], recording: set[int], listed: list[int] = (),
                         *, closing: bool = False) -> None:
    """Minutes whose action table (four rows or more) re-words the discussion, most of its rows recording a
    sentence of it or said under the table's heading as well: the table is what was agreed, so a sentence of the
    discussion that sounds like a promise but is on no row is an update or a point made, shown unticked. So too
    for the minutes' `listed` actions, most of them recording a sentence of the discussion: a list they close
    with (`closing`: what is suggested above it), or ACTION lines among them, four or more (`_action_lines`). A
    note that the table or list is not all that was agreed ("Not everything agreed is in this table", "I left two
    items out of the table") leaves the prose as read."""
    said_too = {at for at, each in enumerate(meeting.suggestions) if each.suggested and each.kind != "row"
                and ACTION_CONTEXT.search(each.heading)}  # (a sentence joined to its row: the row, under the table's heading)
    # (not a list's own item, nor a follow-up said once under its own item's heading: a sentence the table re-words)
    re_worded = recording | {at for at in said_too if meeting.suggestions[at].kind == "sentence"
                             and " | " in meeting.suggestions[at].source}
    table = rows | said_too
    if (rows or closing) and len(table) >= FEWEST_ROWS_THAT_RECORD and len(re_worded & table) * 2 > len(table) \
            and not LIST_INCOMPLETE.search(meeting.text):
        meeting.suggestions[:] = [
            replace(each, confidence=LOW, reason="Not in the minutes' action table, which re-words the rest of the "
                                                 "discussion's actions")
            if each.suggested and each.kind == "sentence" and at not in table and at not in listed else each
            for at, each in enumerate(meeting.suggestions)]
    re_wording = recording | {at for at in listed if _told_twice(meeting.suggestions[at])}
    off = {at for at, each in enumerate(meeting.suggestions) if each.suggested and (
        at < listed[0] if closing else each.kind == "sentence" and at not in listed and not RECORD_FORM.match(each.source))}
    if listed and len(re_wording & set(listed)) * 2 > len(listed) and (closing or (
            len(listed) >= FEWEST_ROWS_THAT_RECORD and len(off) * 2 <= len(re_wording & set(listed))
            and not LIST_INCOMPLETE.search(meeting.text))):
        meeting.suggestions[:] = [
            replace(each, confidence=LOW, reason="Not in the list of actions the minutes close with, which re-words "
                                                 "the rest of the discussion's actions" if closing else
                                                 "Not on an ACTION line of the minutes, which re-word the rest of the "
                                                 "discussion's actions") if at in off else each
            for at, each in enumerate(meeting.suggestions)]


def _cited_row(meeting: MeetingOutcomes, ref: str) -> int | None:
    """The row of the action table a sentence cites by its number ("In respect of action 22, ... it would now
    be brought to the March meeting"), unless done ("Action 24 was withdrawn"); a row carried on from an
    earlier meeting is taken up again."""
    at = next((at for at, each in enumerate(meeting.suggestions) if each.kind == "row"
               and (found := ROW_REF.match(each.source)) and found.group("ref") == ref), None)
    row = meeting.suggestions[at] if at is not None else None
    if row is not None and not row.suggested:
        if any(is_done(cell.strip()) for cell in row.source.split(" | ")[1:]):
            return None
        meeting.suggestions[at] = replace(row, confidence=HIGH, reason=f"Carried on from an earlier meeting, and taken "
                                                                       f"up again at this one (action {ref})")
    return at


# "GR (was SA)": a row's owner cell keeping who had it before
WAS_OWNER = re.compile(r"^(?P<now>[^()]+?)\s*\(was\s+[^()]{1,40}\)$", re.I)


def _taken_over_as_said(row: Suggestion, said: Suggestion) -> Suggestion:
    """A row whose owner cell says who had it before ("GR (was SA)"), where the minutes say who takes it
    over ("GR will take this over"): owned by them, as the minutes write them (the cell alone keeps its
    history: `_owner_now`); and a row read with no owner, owned by whom the minutes say."""
    if not row.owner_text and said.owner_text:  # a row or ACTION line read with no owner, the minutes saying who
        return replace(row, owner_text=said.owner_text)
    was = WAS_OWNER.match(row.owner_text)
    if was and said.owner_text and _same_owner_written(said.owner_text, was.group("now")):
        return replace(row, owner_text=said.owner_text)
    if row.owner_text.isupper() and row.owner_text == _initials_of_title(said.owner_text):
        return replace(row, owner_text=said.owner_text)  # "CNO" in the log, "the Chief Nursing Officer" in the minute
    return row


def _initials_of_title(title: str) -> str:
    """ "the Chief Nursing Officer": "CNO"; "" for a person's name or a single word."""
    words = [word for word in re.sub(r"^the\s+", "", title, flags=re.I).split() if word.casefold() not in ("of", "for", "and")]
    return "".join(word[0] for word in words) if len(words) >= 2 and words[-1].casefold() in AGENT_NOUNS else ""


def _action_lines(meeting: MeetingOutcomes) -> list[int]:
    """The minutes' own ACTION lines, set among the discussion ("ACTION: OF to write to the three schools by 19
    March", "Action – NK to draft ..."): the record of what was agreed, as a list's items are."""
    return [at for at, each in enumerate(meeting.suggestions) if each.suggested and each.kind in ("sentence", "bullet")
            and any(ACTION_LABEL.match(part) for part in SENTENCE_END.split(each.source))]


# "RH to re-send the framework ...": a sentence in the form an action is recorded in, its label left off
RECORD_FORM = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}|[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)(?:\s*/\s*[A-Z]{2,4})?\s+to\s+[a-z]")


def _owners_agree(said: str, line: str) -> bool:
    """Whether a sentence's owner and an ACTION line's may be one person: either names no one, or they are the
    same as written, or a first name and the full name, or a name and initials it starts ("Omar", "OF")."""
    return not said or not line or _same_owner_written(said, line) or first_name_of(said, line) \
        or (line.isupper() and len(line) <= 4 and said[:1].upper() == line[:1])


def _told_twice(suggestion: Suggestion) -> bool:
    """A list's item or ACTION line the discussion said first, joined to it as one suggestion when read
    ("Helen will share the referral form. ACTION: HB to share the referral form ..."): it re-words a sentence."""
    parts = [_stems(part) for part in SENTENCE_END.split(suggestion.source) if part.strip()]
    return any(len(first & second) >= RECORDED_AT for at, first in enumerate(parts) for second in parts[at + 1:])


def _closing_list(meeting: MeetingOutcomes) -> list[int]:
    """The items of the list of actions a record closes with ("Actions arising", then "1. MB – confirm the
    number of places. Due: 30/06/27"): three or more, each naming its owner, with nothing suggested after them."""
    listed = [at for at, each in enumerate(meeting.suggestions)
              if each.suggested and each.kind in ("bullet", "sentence") and ACTIONS_LIST_TITLE.match(each.heading)]
    if len(listed) < 3 or listed != list(range(listed[0], listed[0] + len(listed))) \
            or any(each.suggested for each in meeting.suggestions[listed[-1] + 1:]) \
            or not all(meeting.suggestions[at].owner_text for at in listed):
        return []
    return listed


# "What people said they would do", "My to-do list (so I don't forget!)", "Who's doing what": a write-up's list of
# what its prose said each person would do (not minutes' "Next steps", agreed at the end)
RESTATING_LIST = re.compile(r"\b(?:to[- ]?do\s+list|(?:said|agreed|promised|offered)\s+(?:they|we|I)\s+(?:would|will|['’]d)\s+do|"
                            r"who(?:['’]s|\s+is|\s+will)?\s+do(?:ing)?\s+what)\b", re.I)


def _restated_in_list(meeting: MeetingOutcomes, first_new: int) -> None:
    """A write-up's prose, then its list of who said they would do what ("Helen - email the template to
    Kerry" after "she is going to email it to Kerry by the end of next week"): each item restates a
    sentence before it for the same owner sharing its verb and a word, or three words; the item is the
    action (dated as the sentence says when it says no date itself), the sentence shown unticked."""
    items = [(at, _what(each).split(" ")[0].casefold(), _stems(_what(each)), each.owner_text)
             for at, each in enumerate(meeting.suggestions[first_new:], start=first_new) if each.suggested and each.owner_text]
    if not items or len(items) > MOST_ROWS_COMPARED:
        return
    for index, said in enumerate(meeting.suggestions[:first_new]):
        if said.kind != "sentence" or not said.suggested or not said.owner_text:
            continue
        verb, words = _what(said).split(" ")[0].casefold(), _stems(_what(said))
        at = next((at for at, item_verb, item, owner in items if _same_owner_written(said.owner_text, owner) and (
            len(words & item) >= RECORDED_AT or len(words & item) >= 2 and verb == item_verb)), None)
        if at is None:
            continue
        meeting.suggestions[index] = replace(said, confidence=LOW, reason="Said again in the list of who will do what, "
                                             "which records it as an action")
        item = meeting.suggestions[at]
        item = replace(item, source=f"{item.source} {said.source}")  # (the reviewer sees both tellings)
        if said.due is not None and (item.due is None or _day_said_for_rule(item.due, said.due)):
            item = replace(item, due=said.due, reason=_with_due(item.reason.split(". Due")[0], said.due))
        meeting.suggestions[at] = item


def _done_by_the_key(meeting: MeetingOutcomes, codes: frozenset[str]) -> None:
    """A row whose status cell is a code the table's key says means done ("C" for "C = complete"): done."""
    for index, each in enumerate(meeting.suggestions):
        code = next((cell.strip() for cell in each.source.split(" | ")[1:] if cell.strip() in codes), None) \
            if each.kind == "row" and each.suggested else None
        if code:
            meeting.suggestions[index] = replace(each, confidence=LOW,
                                                 reason=f"Marked “{code}” in the table, which its key says is done")


def _named_as_said(row: Suggestion, said: Suggestion) -> Suggestion:
    """A row of the action table, titled as the minutes say it where the row only names the matter
    ("Plain English appeals letters with PCF", "EHCP dashboard by ward") and the minutes say what to do."""
    first = _what(row).split(" ")[0]  # ("SEND link governor visit": an initialism, not the verb "send")
    # (or in shorthand the minutes spell out: "Draft ToR" for "bring draft terms of reference to the next meeting")
    if (not _owner_verb(first) or first.isupper() and not _what(row).isupper() or _words_for_acronyms(_what(row), said.title)) \
            and _owner_verb(_what(said).split(" ")[0]):
        return replace(row, title=said.title, source=f"{row.source} {said.source}")  # (where both were said)
    return row


# "Papers by Thursday 4 March 2027" under the next meeting's date: when its papers are due
PAPERS_DUE = re.compile(r"^\s*papers?\s+(?:(?:are\s+)?due\s+)?(?:by|due|deadline)\b[^\n]*", re.I | re.M)
WITH_THE_PAPERS = re.compile(r"\b(?:with|in|for)\s+(?:the\s+)?papers\s+for\s+the\s+next\s+meeting\b", re.I)


def _dated_by_the_papers(meeting: MeetingOutcomes) -> None:
    """ "circulate it with the papers for the next meeting", when the minutes say "Papers by Thursday
    4 March 2027": due that day, not at the meeting."""
    line = PAPERS_DUE.search(meeting.text)
    dates = [found.day for found in find_dates(line.group(0)) if found.day] if line else []
    if not dates:
        return
    for index, suggestion in enumerate(meeting.suggestions):
        if suggestion.due and suggestion.due.kind == NEXT_MEETING and WITH_THE_PAPERS.search(suggestion.title):
            dated = Due(ON_A_DATE, suggestion.due.words, on=dates[0],
                        rule=f"“{suggestion.due.words}”: the papers, which the minutes want by {format_day(dates[0])}")
            meeting.suggestions[index] = replace(suggestion, due=dated,
                                                 reason=_with_due(suggestion.reason.split(". Due")[0], dated))


GROUP_TITLE = re.compile(r"\b(?:group|forum|panel|committee(?!\s+room)|network|board|partnership)\b", re.I)  # the body a title names


# The next meeting dated in a sentence or inside a line: "Please accept this invite for our next PfA workstream
# meeting on Wednesday 10 February", "The next Board meeting will be held on 9 December", "... before the next
# Board on Thursday 2 December 2027", a newsletter's box "Next meeting: Thursday 16 September 2027" run into a line
# and "Next JCG Tue 9 Nov, 13:30, Teams": the group by its initials, a weekday straight after it
NEXT_MEETING_SAID = re.compile(r"\b(?:(?:our|the)\s+)?next\s+(?:[\w&'’-]+\s+){0,5}?(?:meeting|mtg|session|forum|board|panel|committee|"
                               r"(?-i:[A-Z]{2,5}))\b"
                               r"\s*(?:(?P<is>is|will\s+be)\s+(?:held\s+)?)?(?:on\b|:|,?\s*(?=" + WEEKDAY_START + r"[a-z]*\b)|"
                               r"(?(is)(?=\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3})|(?!)))\s*(?:\|\s*)?(?P<date>(?:" + WEEKDAY_START + r"[a-z]*\b|"
                               r"\d|" + MONTH_START + r"[a-z]*\b)(?:[^\n;.]|\.(?!\s)){2,60})", re.I)  # (a day, not "Tom ...";
# its sentence only: not the "Papers by Friday 5th." after it)
# "Meeting dates" / "Future meeting dates 2027/28" over a list or table of the group's meetings; a workbook's key
# "JCG meeting dates 2027 (Wednesdays, 10:00, Civic Centre / Teams)", the group named first; or the list on the
# heading's own line, the next one marked: "Board dates 2027: 20 January, 17 March, 21 July (next), ..."; a log's
# "Meeting schedule 2026/27 (Tuesdays 2.00-4.00pm, Teams)"
MEETING_DATES_HEADING = re.compile(r"^(?:[^\S\n]*[#*]*\s*)(?:future\s+|forthcoming\s+|remaining\s+)?"
                                   r"(?:(?:(?:board|group|forum|panel|committee|(?-i:[A-Z]{2,5}))\s+(?:meeting\s+)?|meeting\s+)(?:dates|schedule)|"
                                   r"(?:dates|schedule)\s+of\s+(?:future\s+|forthcoming\s+)?meetings)\b"
                                   r"(?:[^\S\n]+(?:for\s+)?(?P<year>\d{4})(?:/\d{2,4})?)?"
                                   r"(?:[^\S\n]*:[^\S\n]*(?P<inline>\d[^\n]{8,})|[^\S\n]*\([^()\n]{0,60}\)|[^\n]{0,30})$",
                                   re.I | re.M)
LISTED_DAY = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r"\b(?P<next>\s*\(next\))?", re.I)


def _dates_below(text: str, at: int) -> list[date]:
    """The dates on the lines of a list or table under a heading, up to the first line without one."""
    days = []
    for line in text[at:].lstrip("\n").split("\n")[:24]:
        found = [each.day for each in find_dates(line) if each.day]
        if not found and days:
            break
        days.extend(found[:1])
    return days


def _dates_listed(schedule: re.Match, held_on: date) -> list[date]:
    """The group's meeting days listed on the heading's own line ("Board dates 2027: 20 January, 17 March,
    21 July (next)"), the year the heading's (or this meeting's): the day marked "(next)", else every one."""
    year = int(schedule.group("year") or held_on.year)
    listed = []
    for each in LISTED_DAY.finditer(schedule.group("inline")):
        month, day = _month_number(each.group("month_name").lower()), int(each.group("day"))
        if 1 <= day <= calendar.monthrange(year, month)[1]:
            listed.append((date(year, month, day), bool(each.group("next"))))
    marked = [day for day, said_next in listed if said_next]
    return marked or [day for day, _ in listed]


def _next_meeting_day(meeting: MeetingOutcomes, held_on: date | None, document: str = "") -> date | None:
    """The day the minutes give for the group's next meeting: "Date of next meeting: 9 December 2026",
    the same heading over its date, "our next meeting on Wednesday 10 February", or the first date
    after this meeting in a list of the group's meeting dates, in the minutes or elsewhere in the
    `document` that holds them (a log's guidance sheet: "Meeting schedule 2026/27")."""
    line = NEXT_MEETING_LINE.search(meeting.text)
    below = NEXT_MEETING_BELOW.search(meeting.text) if line else None  # the heading, its date on the line below
    said = below.group("date") if below and not find_dates(line.group(0)) else line.group(0) if line else ""
    dates = [found.day for found in find_dates(said) if found.day] if line else []
    if not dates and (within := NEXT_MEETING_SAID.search(meeting.text)):  # "our next workstream meeting on Wednesday 10 February"
        line, said = within, within.group("date")
        dates = [found.day for found in find_dates(said) if found.day]
    said = re.sub(r"^next\s+one(?:['’]s|\s+is|\s+will\s+be)\s+(?:on\s+)?", "next meeting on ", said, flags=re.I)  # "the 25th"
    given = read_due(said, held_on) if line and not dates and held_on else None  # "Friday 12 March", no year
    if given and given.on and given.on > held_on:
        dates = [given.on]
    for within in (meeting.text, document) if not dates and held_on else ():  # (or a workbook's other sheet)
        schedule = MEETING_DATES_HEADING.search(within)
        if schedule:
            listed = _dates_listed(schedule, held_on) if schedule.group("inline") else _dates_below(within, schedule.end())
            dates = [day for day in listed if day > held_on][:1]
        if dates:
            break
    if not dates and held_on:  # "inviting her to the 23 November session": the group's next one, named by its day
        dates = sorted(due.on for found in SESSION_ON_A_DAY.finditer(meeting.text)
                       if (due := read_due(found.group("date"), held_on)) and due.on and due.on > held_on)[:1]
    return dates[0] if dates else None


SESSION_ON_A_DAY = re.compile(r"\bthe\s+(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_START + r"[a-z]*"
                              r"(?:\s+\d{4})?)\s+(?:session|meeting)\b", re.I)


MEETING_NOUN = re.compile(r"\b(?:board|meeting|mtg|panel|forum|group|committee|session|network)\b", re.I)


MONTHS_MEETING_IS = re.compile(r"\b" + _MONTH_NAME + r"\s+(?P<noun>board|meeting|mtg|panel|forum|group|committee)\s+"
                               r"(?:is|will\s+be)\s+(?:on\s+)?(?P<date>[^\n.;]{3,40})", re.I)

# "Development session: Thursday 16 December 2027 (closed session)" under the next meeting's date: that session dated
SESSION_DATED = re.compile(r"\b(?P<noun>session|workshop)\s*[:–—-]\s*(?P<date>" + DAY_MONTH_WRITTEN + r")")


def _meetings_dated_in_passing(meeting: MeetingOutcomes, held_on: date | None) -> None:
    """ "write to the Trust before March board (10/3)" or "May board is Wed 19 May", then "OT breakdown for
    March board": the document dated that meeting once, so every action due at it is due that day."""
    dated = {(due.month, noun.group(0).casefold()): due.on for each in meeting.suggestions
             if (due := each.due) and due.kind == ON_A_DATE and due.month and due.on
             and (noun := MEETING_NOUN.search(due.words))}
    for said in MONTHS_MEETING_IS.finditer(meeting.text[:200_000]):  # "May board is Wed 19 May, Civic Centre"
        given = read_due(said.group("date"), held_on) if held_on else None
        day = given.on if given and given.kind == ON_A_DATE else None
        if day and day.strftime("%b").casefold() == said.group("month_name")[:3].casefold():
            dated.setdefault((day.replace(day=1), said.group("noun").casefold()), day)
    for said in SESSION_DATED.finditer(meeting.text[:200_000]):  # "Development session: Thursday 16 December 2027"
        given = read_due(said.group("date"), held_on) if held_on else None
        if given and given.kind == ON_A_DATE and given.on and (held_on is None or given.on > held_on):
            dated.setdefault((given.on.replace(day=1), said.group("noun").casefold()), given.on)
    if not dated:
        return
    for index, suggestion in enumerate(meeting.suggestions):
        due = suggestion.due
        nouns = [noun.group(0).casefold() for noun in MEETING_NOUN.finditer(due.words)] \
            if due and due.kind == MEETING_IN_MONTH else []  # ("the Board's December session": the session)
        on = next((dated[(due.month, noun)] for noun in reversed(nouns) if (due.month, noun) in dated), None)
        if on:
            found = Due(ON_A_DATE, due.words, on=on, month=due.month,
                        rule=f"“{due.words}”: that meeting, which the minutes date {format_day(on)}")
            meeting.suggestions[index] = replace(suggestion, due=found,
                                                 reason=_with_due(suggestion.reason.split(". Due")[0], found))


# "add the data to the chapter before publication" where the minutes say the chapter "is due to be published on
# the Insight website on 29 October 2027": due that day
BEFORE_PUBLICATION = re.compile(r"\b(?:before|ahead\s+of|prior\s+to|in\s+time\s+for)\s+(?:its\s+|the\s+)?publication\b", re.I)
PUBLISHED_ON = re.compile(r"\bpublished\b[^.;\n]{0,60}?\bon\s+(?P<date>" + DAY_MONTH_WRITTEN + r")")


# "Post-meeting note: the April meeting of the Committee has been moved from 15 April to 22 April 2027": what was
# due on the old day is due on the new one
MOVED_FROM_TO = re.compile(r"\b(?:moved|rescheduled|postponed|brought\s+forward|changed)\s+from\s+(?P<old>[^;\n]{3,30}?)\s+to\s+"
                           r"(?P<new>" + DAY_MONTH_WRITTEN + r")")


def _meeting_moved(meeting: MeetingOutcomes, held_on: date | None) -> None:
    moves = {}
    for said in MOVED_FROM_TO.finditer(meeting.text[:200_000]):
        new = read_due(said.group("new"), held_on)
        old = read_due(f"{said.group('old')} {new.on.year}" if new and new.on and not re.search(r"\d{4}", said.group("old"))
                       else said.group("old"), held_on)
        if new and old and new.kind == old.kind == ON_A_DATE and new.on and old.on and new.on != old.on:
            moves[old.on] = (new.on, said.group(0))
    for index, suggestion in enumerate(meeting.suggestions):
        moved = moves.get(suggestion.due.on) if suggestion.due and suggestion.due.kind == ON_A_DATE else None
        if moved:
            found = Due(ON_A_DATE, suggestion.due.words, on=moved[0],
                        rule=f"“{suggestion.due.words}”, which the minutes say was {moved[1]}")
            meeting.suggestions[index] = replace(suggestion, due=found,
                                                 reason=_with_due(suggestion.reason.split(". Due")[0], found))


def _publication_dated(meeting: MeetingOutcomes, held_on: date | None) -> None:
    published = [given.on for said in PUBLISHED_ON.finditer(meeting.text[:200_000])
                 if (given := read_due(said.group("date"), held_on)) and given.kind == ON_A_DATE and given.on
                 and (held_on is None or given.on > held_on)]
    if len(set(published)) != 1:
        return  # no publication date given, or more than one to choose from
    for index, suggestion in enumerate(meeting.suggestions):
        said = BEFORE_PUBLICATION.search(suggestion.title)
        if said and suggestion.due is None:
            found = Due(ON_A_DATE, said.group(0), on=published[0],
                        rule=f"“{said.group(0)}”: the publication, which the minutes date {format_day(published[0])}")
            meeting.suggestions[index] = replace(suggestion, due=found, reason=_with_due(suggestion.reason, found))


def _date_the_next_meeting(meeting: MeetingOutcomes, held_on: date | None, document: str = "") -> None:
    """ "Date of next meeting: 9 December 2026": an action due "at the December meeting" is due then,
    and one due "by the next meeting" is due at that meeting, which the minutes date.
    `held_on`: the day of this meeting, from which a date given without its year is read."""
    _own_next_meeting(meeting)
    _dated_by_the_papers(meeting)
    _meetings_dated_in_passing(meeting, held_on)
    _publication_dated(meeting, held_on)
    _meeting_moved(meeting, held_on)
    held = _next_meeting_day(meeting, held_on, document)
    if held is None:
        return
    title = meeting.text.lstrip().split("\n", 1)[0].casefold()
    line = NEXT_MEETING_LINE.search(meeting.text)  # and the meetings after it, given with it
    after = [found.day for found in find_dates(line.group(0)) if found.day and found.day > held] if line else []
    for index, suggestion in enumerate(meeting.suggestions):
        due = suggestion.due
        other = re.match(r"^(?:\w+\s+)?next\s+(?:the\s+)?(\w+)\s*\(", due.words, re.I) if due else None
        if other and other.group(1).casefold() not in ("meeting", "session") and GROUP_TITLE.search(title) \
                and other.group(1).casefold() not in title:
            continue  # "by next Board (March)" in the "PfA Strategic Group" notes: the Board's meeting, not the group's
        in_its_month = due and due.kind == MEETING_IN_MONTH and (due.month.year, due.month.month) == (held.year, held.month)
        later = next((day for day in after if due and due.kind == MEETING_IN_MONTH
                      and (due.month.year, due.month.month) == (day.year, day.month)), None)
        if later is not None:  # "Tuesday 9 March 2027. Then Tuesday 13 April 2027": "for April mtg" is then
            dated = Due(ON_A_DATE, due.words, on=later, month=due.month,
                        rule=f"“{due.words}”: the meeting after next, which the minutes date {format_day(later)}")
        elif in_its_month and not re.search(r"\bnext\b", due.words, re.I):
            dated = Due(ON_A_DATE, due.words, on=held, month=due.month,  # still that month's meeting, now dated
                        rule=f"“{due.words}”: the next meeting, which the minutes date {format_day(held)}")
        elif in_its_month or due and due.kind == NEXT_MEETING:
            dated = Due(NEXT_MEETING, due.words, on=held, month=held.replace(day=1),  # the meeting, its day known
                        rule=f"“{due.words}”: the next meeting, which the minutes date {format_day(held)}")
        else:
            continue
        meeting.suggestions[index] = replace(suggestion, due=dated,
                                             reason=_with_due(suggestion.reason.split(". Due")[0], dated))


UNASSIGNED = re.compile(r"^(?:unassigned|no\s+owner|not\s+assigned|unowned)$", re.I)
OWNED_ITEM = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:to|will)\s")  # "Grace to share ...": her own


# "NADIA (Riverside)", "SARAH KENT (LA)", "EVERYONE" over their items in a list of actions by person
CAPITALS_ASSIGNEE = re.compile(r"(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2})\s*(?P<aside>\([^()]{1,60}\))?")
EVERYONE_HEADING = {"everyone", "all", "all members", "everybody"}


def _assignee_of(title: str) -> str | None:
    """Whose action items the heading stands over: a person's name standing as a heading (or
    "Unassigned", ""); None when the heading is not a name."""
    title = title.strip()
    if UNASSIGNED.match(title):
        return ""
    if re.fullmatch(r"[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s*\([^()]{1,30}\))?", title) \
            and title.split()[0].casefold() in KNOWN_NAMES.get():
        return title
    # in capitals, a name known, or one with its school or role beside it ("JO (Hollybank)"), or everyone
    capitals = CAPITALS_ASSIGNEE.fullmatch(title)
    if capitals and (capitals.group("aside") or capitals.group("name").split()[0].casefold() in KNOWN_NAMES.get()
                     or capitals.group("name").casefold() in EVERYONE_HEADING):
        return capitals.group("name").title()
    return None


def _action_beside_its_markers(columns: Columns, header: list[str], body: list[list[str]]) -> Columns:
    """ "Other actions | | Who | By when" over "a | Update the costed map ... | HB | by 5 May": the
    header's action names the column of item letters; the actions are in the unnamed one beside it."""
    at = columns.action
    if at is None or at + 1 >= len(header) or header[at + 1].strip() or not body or not all(
            len(cells) > at + 1 and re.fullmatch(r"\(?[a-z0-9]{1,3}[.)]?", cells[at].strip(), re.I)
            and cells[at + 1].strip() for cells in body):
        return columns
    return replace(columns, action=at + 1)


def _action_header(cells: list[str]) -> bool:
    """A row that heads a table of actions: what, and who or by when ("Follow-up | Who | By | Status")."""
    columns = columns_of(cells) if len(cells) >= 3 else None
    return columns is not None and columns.action is not None and (columns.owner is not None or columns.due is not None)


def _table_rows(lines: list[_Line], index: int) -> tuple[list[list[str]], int]:
    """A table's rows from `index`, and the index after them: it ends at a blank line before text,
    another table's header or another shape, or at an action table's header under rows of another kind. A band over its header ("PROVISION | | | IMPACT | |
    REVIEW 24/03/27", a workbook's merged cells) is left out, so the header is read as one."""
    rows: list[list[str]] = []
    headed = True  # whether the first row is an action table's header (read once, not at every row)
    while index < len(lines) and lines[index].kind in ("row", "blank"):
        if lines[index].kind == "row":
            if len(rows) > 1 and not headed and _action_header(lines[index].cells):
                break  # "Request | ..." rows, then "Follow-up | Who | By | Status": a table of actions begins
            rows.append(lines[index].cells)
            headed = headed if len(rows) > 1 else columns_of(rows[0]) is not None
        elif index + 1 >= len(lines) or lines[index + 1].kind != "row" or columns_of(lines[index + 1].cells) \
                or len(lines[index + 1].cells) != len(rows[0]):
            break
        index += 1
    # (a band may name columns itself, "Action | | | Who / when | | Progress": the full header under it is the header)
    if len(rows) > 2 and columns_of(rows[1]) is not None \
            and 2 * sum(bool(cell.strip()) for cell in rows[0]) <= len(rows[0]) \
            and sum(bool(cell.strip()) for cell in rows[0]) < sum(bool(cell.strip()) for cell in rows[1]):
        rows = rows[1:]
    return rows, index


class _Reader:
    """Walks the lines once, keeping the meeting, the agenda heading and what came just before."""

    def __init__(self, meeting_date: date | None):
        self.meeting_date = meeting_date
        self.meetings = [MeetingOutcomes(heading="", date=None)]
        self.heading = ""
        self.notes: list[str] = []
        self.previous = ""  # "heading", "text" or "list": the block before this one
        self.governing = ""  # "agreed the following actions": governs the lists that follow it
        self.list_context = ""  # the heading or label of the list just read, until the next heading
        self.earlier_meeting = ""  # "Actions from 14 April" above this meeting's own: that meeting's list
        self.table_header: tuple[int, Columns] | None = None  # the last table's width and columns
        self.update_at: int | None = None  # and its column of this meeting's update, if it has one
        self.latest = -1  # the suggestion last added, or merged into: an action's fields below it are its own
        self.fields_end = -1  # the line after the last line of an action's fields: more of its fields may follow
        self.owner_said = False  # those fields are under a sentence that named its owner, which stands
        self.said_nothing = ""  # the last paragraph, when it read as no commitment ("Build a flag ..."), else ""
        self.assignee = ""  # "Mary Walker" under "Action items": whose items the list below holds
        self.sent_before: date | None = None  # in an email of a thread sent before the meeting: that day
        self.table_label = ""  # the line just before a table, when it labels it ("Action log from December:")
        self.boxed = False  # the notes give their actions open to-do boxes ("- [ ] Kim - book the hall")
        self.kept_elsewhere = ""  # the notes said their actions are kept elsewhere (a board's cards), until a table
        self.date_cells: frozenset[int] = frozenset()  # the lines that are a table's dates alone, not meetings' starts

    @property
    def meeting(self) -> MeetingOutcomes:
        return self.meetings[-1]

    @property
    def reference(self) -> date | None:
        return (self.meeting.date.day if self.meeting.date else None) or self.meeting_date

    def close_heading(self) -> None:
        if self.heading and self.notes:
            self.meeting.agenda.append(AgendaHeading(self.heading, "\n".join(self.notes)))
        self.notes = []

    def start_heading(self, title: str) -> None:
        self.close_heading()
        assignee = _assignee_of(title) if ACTION_CONTEXT.search(self.heading) else None
        if assignee is not None:
            # "ACTION ITEMS", then "Mary Walker" over her items (an AI notetaker's, a task tool's, by assignee)
            self.assignee = assignee
            if assignee and KNOWN_NAMES.get():  # "JO (Hollybank)": a person, named so, whether or not in the directory
                KNOWN_NAMES.set(KNOWN_NAMES.get() | {assignee.split()[0].casefold()})
            self.list_context = self.earlier_meeting = self.table_label = ""
            return
        self.assignee = ""
        self.heading = AGENDA_NUMBER.sub("", title)  # "4.0 Neglect strategy" is "Neglect strategy"
        self.list_context = self.earlier_meeting = self.table_label = ""

    def read(self, lines: list[_Line], index: int) -> int:
        line = lines[index]
        if line.text.startswith(EMAIL_SENT):
            return self.read_email_start(line.text, index)
        if line.kind == "blank":
            return self.read_blank(index)
        if line.kind == "row":
            return self.read_table(lines, index)
        if index == self.fields_end and line.kind == "text" and TASK_DETAIL.match(line.text):
            return self.read_task_detail(line.text, index)
        following = _next_nonblank(lines, index + 1)
        if line.kind == "bullet" and line.numbered and _is_agenda_title(line.text, following):
            line = _Line("text", line.text)  # "4. Review of the SEND strategy": a heading
            self.governing = ""
            if _earlier_minutes_item(line.text, self.meeting_date):  # "2. Minutes of 2 December 2026": an earlier meeting's
                self.meeting.text += line.text + "\n\n"
                self.start_heading(line.text)
                self.previous = "heading"
                return index + 1
        if line.kind == "bullet":
            return self.read_list(lines, index, lead_in="")
        if ATTENDANCE.match(line.text):
            return self.read_attendance(lines, index, following)
        if COMMENT_BYLINE.match(line.text):  # "Tom Evans – 26 Feb 2027 at 9:02pm": a reader's comment follows
            return self.read_heading(f"{COMMENT_HEADING} {line.text}", index)
        if (read := self.read_dated_line(line.text, index)) is not None:
            return read
        self.meeting.text += line.text + "\n\n"
        if GOVERNS_WHAT_FOLLOWS.search(line.text) and re.search(r"[.:]$", line.text):
            self.governing = line.text.rstrip(".:")  # "The group agreed the following actions."
            if line.text.endswith(":") and following is not None and following.kind == "bullet":
                return self.read_list(lines, index + 1, lead_in=line.text.rstrip(":"))
            self.previous = "text"
            return index + 1
        if (line.text.endswith(":") or RESOLUTION.match(line.text)) and following is not None \
                and following.kind == "bullet":
            return self.read_list(lines, index + 1, lead_in=self.lead_in(line.text.rstrip(":"), index))
        said = YOU_SAID_WE_DID.match(line.text)
        if said:
            return self.read_you_said_we_did(said, index)
        if fields := self.fields_under_text(lines, index):  # "Who: YO · By: 30 July" under "We will ..."
            return self.read_fields(fields, index)
        # not "Share the results ...... ACTION: NK"; a commitment only in bold or "How we will work together"
        if _is_heading_line(line.text) and (DATED_LOG_TITLE.match(line.text) or not ACTION_LABEL.match(line.text)
                                            and not DOTTED_LEADER.search(line.text) and (
                                                not _commitments(line.text) or WAYS_OF_WORKING.match(line.text)
                                                or line.style == "bold")):
            return self.read_heading(line.text, index)
        if QUESTION_OR_ANSWER.match(line.text):
            return self.read_question_or_answer(line.text, index)
        return self.read_paragraph(line, index)

    def read_dated_line(self, text: str, index: int) -> int | None:
        """A line naming a meeting's day: a list of an earlier meeting's actions ("Actions from 14 Sept"), this
        meeting's day again (a running header, or "ACTION LOG - Board meeting Thursday 12 November 2026", a
        part of its own), or another meeting's start; None when it names no meeting's day."""
        if index in self.date_cells:
            self.meeting.text += text + "\n\n"
            return index + 1
        meeting_day = _as_given(_meeting_date_heading(text), self.meeting_date)
        if meeting_day is None:
            return None
        if self.earlier_meetings_list(text, meeting_day):
            self.start_heading(text)
            self.earlier_meeting, self.previous = text, "heading"
            return index + 1
        if self.meeting.date is not None and meeting_day.day is not None and meeting_day.day == self.meeting.date.day:
            if re.search(r"\baction\s+(?:log|tracker|plan|list)\b|\bactions\b", text, re.I):
                self.start_heading(text)
                self.previous = "heading"
            return index + 1  # a page's running header, the meeting's title and day again: "WPCF AGM minutes 23.06.27"
        if not self.next_meetings_date(text, meeting_day):
            self.close_heading()
            self.heading, self.previous, self.governing = "", "heading", ""
            self.meetings.append(MeetingOutcomes(heading=text, date=meeting_day, text=text + "\n\n"))
            return index + 1
        return None

    def read_item(self, text: str, kind: str, reason: str) -> None:
        """One item of a list of that `kind`: fields for the action above it ("Owner: YO"), a resolution, a
        question or "None for the form", a decision, or what it says someone will do."""
        fields = _field_item(text)
        if fields and self.meeting.suggestions and kind not in NOT_THIS_MEETINGS:
            self.give_fields(fields)
            return
        if kind == "resolutions":
            self.add([_resolution_bullet(text, heading=self.heading, reference=self.reference)])
            return
        why_not = _no_task(text)  # "Can top-up funding follow a child ...?", "None for the form"
        if why_not and kind != "attendance":
            self.add([_suggestion(Commitment(text, LOW, why_not), source=text, heading=self.heading,
                                  kind="bullet", due_text=text, reference=self.reference)])
            return
        decided = _decision_item(text)
        if decided is not None:  # "- Decision: we will meet monthly"
            self.add(_as_decisions(suggestions_from_prose(decided, self.heading, self.reference)))
            return
        text = self.assigned(text) if kind == "actions" else text
        first = leading_due(text, self.reference)  # "Deadline – w/c 8 Feb: circulate the plan"
        found = _bullet_suggestions(first[1] if first else text, heading=self.heading, kind=kind,
                                    context_reason=reason, reference=self.reference)
        self.add(_due_first(found, first[0], text) if first else found)

    def read_boxed_item(self, text: str, kind: str, reason: str, *, boxed: bool) -> None:
        """An item among notes that give each action an open to-do box (a OneNote or Markdown page's
        "- [ ] Kim - book the hall"): a boxed item is an action; an item without a box is the notes'
        discussion ("Kim will then ring round as usual", "Jo offered to ..., maybe"), shown unticked."""
        if boxed:
            self.read_item(text, "actions", "An open box on the notes' to-do list")
            return
        first_new = len(self.meeting.suggestions)
        self.read_item(text, kind, reason)
        self.meeting.suggestions[first_new:] = [
            replace(each, confidence=LOW, reason="No to-do box, where the notes box each of their actions")
            if each.suggested else each for each in self.meeting.suggestions[first_new:]]

    def lead_in(self, text: str, index: int) -> str:
        """A list's lead-in; "Following a vote (7 for, 1 against), it was RESOLVED" over (a), (b):
        the discussion read as its own paragraph, the items a resolution's."""
        embedded = EMBEDDED_RESOLUTION.search(text)
        if not embedded or not embedded.start() or text[embedded.end():].strip():
            return text
        self.read_paragraph(_Line("text", text[: embedded.start()]), index)
        return embedded.group("label")

    def read_blank(self, index: int) -> int:
        if index == self.fields_end:  # "Responsible officer: RH", a blank line, "Target date: Mon 1st March"
            self.fields_end = index + 1
        return index + 1

    def read_rows_as_text(self, rows: list[list[str]], index: int) -> int:
        for cells in rows:
            filled = [cell.strip() for cell in cells if cell.strip()]
            if len(filled) == 2 and REFERENCE.match(" ".join(filled)) and len(filled[1]) > 80:
                self.read_minute(filled[1], index)  # "CFE/17/27 | SEND IMPROVEMENT PLAN The ..."
                continue
            # "Why is the wait so long? | Grace ... will get us the waiting times by June": the question asked
            # is what the answer is about, not part of what it commits anyone to
            numbered = len(filled) == 2 and PARAGRAPH_NUMBER.match(f"{filled[0]} {filled[1]}") and " " not in filled[0]  # "7.3 | ...": the
            text = filled[1] if numbered else " – ".join(cell for cell in cells if cell and not (  # paragraph, its number apart
                cell.rstrip().endswith("?") and len(cell.split()) >= 4 and len(filled) > 1))  # (not "Grace Adeyemi?")
            self.notes.append(" – ".join(cell for cell in cells if cell))
            self.add(suggestions_from_prose(text, self.heading, self.reference))
        return index

    def rows_after_page_break(self, lines: list[_Line], index: int, rows: list[list[str]]) -> int:
        """A header repeated at the top of a PDF's page, then the tail of a row the page break cut
        (a line or two of its words alone), then the table's rows: those rows, under that header.
        The line after them."""
        after = index
        while after < len(lines) and after - index <= SPLIT_ROW_LINES and lines[after].kind in ("text", "blank"):
            after += 1
        if after == index or after >= len(lines) or lines[after].kind != "row" or len(lines[after].cells) != len(rows[0]):
            return index
        if len(rows) > 1:
            rows.pop()  # the header again, at the top of the next page
        self.meeting.text += "".join(f"{line.text}\n" for line in lines[index:after] if line.text)
        while after < len(lines) and lines[after].kind == "row" and len(lines[after].cells) == len(rows[0]):
            rows.append(lines[after].cells)
            after += 1
        return after

    def read_email_start(self, text: str, index: int) -> int:
        """Where an email of a thread starts (`_email_thread`): one sent before the meeting holds an
        earlier meeting's notes."""
        sent = date(*map(int, re.findall(r"(\d{4})(\d{2})(\d{2})", text)[0]))
        self.sent_before = sent if self.reference and sent < self.reference else None
        return index + 1

    def assigned(self, item: str) -> str:
        """An action item under its assignee's name, as theirs, unless it names another ("Grace to ...")."""
        return f"{self.assignee} to {item[:1].lower()}{item[1:]}" if self.assignee and not OWNED_ITEM.match(item) \
            and not _holds_none(item) else item  # (not "Nothing new this time - your leaflet is done")

    def read_heading(self, title: str, index: int) -> int:
        self.start_heading(title)
        self.previous = "heading"
        return index + 1

    def read_attendance(self, lines: list[_Line], index: int, following: _Line | None) -> int:
        """ "Present: ...", or "Apologies" then the names: who was there, no outcomes."""
        line = lines[index]
        self.meeting.text += line.text + "\n\n"
        # "Present (voting members)": who they are in brackets, their names under it
        names_follow = not re.sub(r"^[a-z][a-z ,&-]{0,40}\)", "", ATTENDANCE.sub("", line.text)).strip(" :–-")
        if names_follow and following is not None and following.kind == "bullet" and not following.numbered:
            return self.skip_list(lines, index + 1)  # "Apologies" then a list of names
        # "Members present:" then a name and role on each line, up to a blank line; or a table of them
        # ("James Whitfield (JW) | Assistant Director ...", with "Apologies | ..." as its last row)
        kind = following.kind if names_follow and following is not None and following.kind in ("text", "row") else ""
        while kind and index + 1 < len(lines) and lines[index + 1].kind == kind \
                and not (kind == "text" and SENTENCE_CASE_HEADING.fullmatch(lines[index + 1].text)):
            index += 1
            self.meeting.text += lines[index].text + "\n\n"
        table = next((at for at in range(index + 1, len(lines)) if lines[at].kind != "blank"  # (and a form's guidance)
                      and not FORM_GUIDANCE.fullmatch(lines[at].text)), len(lines))
        columns = columns_of(lines[table].cells) if table < len(lines) and lines[table].kind == "row" else None
        if columns is not None and columns.action is not None and ACTION_NAMED.search(lines[table].cells[columns.action]) \
                and (columns.owner is not None or columns.due is not None or columns.notes is not None) \
                and not is_attendance(lines[table].cells):  # (or the minutes' own "Item | Minute | Action")
            return index + 1  # "Apologies: Claire D, Tom E", then the form's "No. | Action | Who | By when": its actions
        while names_follow and table < len(lines) and lines[table].kind == "row":  # "[List everyone who came]", then the table
            self.meeting.text += lines[table].text + "\n"
            index = table
            table += 1
        return index + 1

    def fields_under_text(self, lines: list[_Line], index: int) -> list[re.Match]:
        """A line of an action's fields only ("Who: ... · By: ...") straight after a paragraph whose
        last suggestion has no owner yet, or straight after another line of its fields ("Task: ...",
        "Assigned to: ...", "Due: ..."): that suggestion's fields; else none. Straight under a line
        that said no commitment by itself (a page's item pasted without its bullet: "Build a flag ..."
        then "Lead: LP By: 30 September"), the fields name who does it: that line is an action."""
        fields = _field_item(lines[index].text)
        owner = next((field.group("value") for field in fields if field.group("owner")), "")
        if owner and self.previous == "text" and index and lines[index - 1].text == self.said_nothing \
                and not _wrapped_onto(lines, index - 1):
            made: list[Suggestion] = []
            _give_owner(made, self.said_nothing, owner, self.heading, self.reference)
            self.add(made)
            self.said_nothing, self.owner_said = "", False
        last = self.meeting.suggestions[-1] if self.meeting.suggestions else None
        if not (fields and last and self.previous == "text" and last.kind == "sentence"):
            return []
        if index != self.fields_end:
            # "Follow-up: Grace to circulate ..." then "Lead: GA  Timescale: by 30/07/2027": its date, its owner as
            # said; none when the sentence gave both (the line is another action's: "Deadline – w/c 8th Feb: ...")
            if last.owner_text and last.due is not None:
                return []
            self.owner_said = bool(last.owner_text)
        return fields

    def earlier_meetings_list(self, text: str, day: FoundDate) -> bool:
        """ "Actions from 14 April" in the notes of the meeting of 12 May: the list of an earlier
        meeting's actions, reviewed at this one, not the heading of another meeting's notes."""
        return bool(EARLIER_MEETINGS_LIST.match(text)) and self.meeting.date is not None \
            and None not in (self.meeting.date.day, day.day) and day.day < self.meeting.date.day

    def next_meetings_date(self, text: str, day: FoundDate) -> bool:
        """ "Tuesday 13 April 2027, 14:00, Boardroom" under "Date and time of next meeting": when the
        group meets next, not the heading of another meeting's minutes ("Meeting Outcomes 23/03/2021"),
        nor of an earlier one's in running notes, newest at the top ("Sep 23, 2027 | Network - Autumn 1")."""
        earlier = self.meeting.date is not None and None not in (self.meeting.date.day, day.day) \
            and day.day < self.meeting.date.day
        return bool(NOT_A_MEETING_HEADING.match(self.heading)) and not earlier and not re.search(
            r"\b(?:meeting|minutes|notes|outcomes|summary|agenda)\b", text, re.I)

    def read_paragraph(self, line: _Line, index: int) -> int:
        """A line of text: an owner or due date for the sentence before it ("ACTION: CN - by
        January Board"), a resolution, or a paragraph whose commitments are suggested."""
        if (embedded := EMBEDDED_RESOLUTION.search(line.text)) and (embedded.start() or ":" not in embedded.group()):
            return self.read_embedded_resolution(line.text, embedded, index)
        if self.previous == "heading" and FORM_GUIDANCE.fullmatch(line.text):
            self.meeting.text += line.text + "\n\n"  # "[Things people want but nobody has agreed to do yet.]"
            return index + 1  # under a form's heading: the heading still governs what follows
        # "Action log from December (JP ran through):" over a table: the table is that log
        self.table_label, self.kept_elsewhere = line.text if line.text.endswith(":") else "", _kept_elsewhere(line.text, self.kept_elsewhere)
        label = ACTION_LABEL.match(line.text)
        if label and self.meeting.suggestions and self.previous in ("text", "list") \
                and self.owner_and_due_line(label.group("rest")):
            return index + 1
        if self.owner_only_line(line.text):
            return index + 1
        first = leading_due(line.text, self.reference)
        if first is not None:  # "By 31 March: LA to publish the review"
            self.notes.append(line.text)
            self.add(_due_first(suggestions_from_prose(first[1], self.heading, self.reference), first[0], line.text))
            self.previous = "text"
            return index + 1
        inline = INLINE_HEADING.match(line.text)
        paragraph = line.text
        if inline and LABELS.match(inline.group("heading").strip()):
            paragraph = inline.group("rest")
            items = _enumerated(paragraph)
            if RESOLUTION.match(inline.group("heading") + ":") and (len(_split_sentences(paragraph)) == 1
                                                                   or len(items) > 1):
                # "RESOLVED: That a report be circulated", "RESOLVED: (1) That ... (2) That ...";
                # "Agreed: ... . Helen to write ..." is notes
                self.notes.append(paragraph)
                for text in items:
                    item = resolution_item(text)  # None: a decision ("That the update be noted")
                    if item is not None:
                        found = [_suggestion(item, source=text if len(items) > 1 else line.text, heading=self.heading,
                                             kind="sentence", due_text=text, reference=self.reference)]
                        self.add(_as_decisions(found) if _agreed_state(line.text) else found)
                self.previous = "text"
                return index + 1
        elif (inline and len(_words(inline.group("heading"))) <= 10 and "," not in inline.group("heading")
                and not NOT_A_HEADING.search(inline.group("heading"))
                and not ACTION_LABEL.match(line.text) and not _names_owner_first(line.text)
                and not re.match(r"[A-Z][\w/]{0,5}\s*=\s", inline.group("rest"))  # "RAG: G = done, ...": a key
                and not KEY_HEADING.match(inline.group("heading").strip())):  # "Key: G on track; A at risk": one too
            self.start_heading(inline.group("heading").strip())
            paragraph = inline.group("rest")
        self.notes.append(paragraph)
        if re.match(r"^That\s", paragraph) and (DECISIONS_CONTEXT.search(self.heading)
                                               or RESOLUTION.match(self.heading + ":")):
            return self.read_that_clause(line.text, paragraph, index)
        found = suggestions_from_prose(paragraph, self.heading, self.reference)
        decided = bool(inline) and DECISION_LABEL.match(inline.group("heading").strip())
        self.add(self.under_heading(found, decided=decided, paragraph=paragraph))
        self.said_nothing = "" if found or label or inline else line.text  # ("Action: ..." was weighed as it is)
        if label and len(found) == 1:  # "Task: Book a venue - Riverside": its fields may follow, owner first
            self.fields_end, self.owner_said = index + 1, False
        self.governing, self.table_header = "", None  # (a paragraph ends "the following actions"; a table after it is new)
        self.previous = "text"
        return index + 1

    def read_that_clause(self, text: str, paragraph: str, index: int) -> int:
        """Under "Decision": "1.3 That the Director of Education publish the rates by 1 April" is an
        action; "That the update be noted" a decision."""
        item = resolution_item(paragraph)
        self.add([_suggestion(item, source=text, heading=self.heading, kind="sentence", due_text=paragraph,
                              reference=self.reference)] if item else [])
        self.previous = "text"
        return index + 1

    def owner_only_line(self, text: str) -> bool:
        """ "Action: MW" on the line after its sentence: that sentence's owner."""
        owner_only = _trailing_owner(text)
        if not (owner_only and not owner_only[0] and self.previous in ("text", "list") and self.meeting.suggestions):
            return False
        owners = tuple(split_owners(owner_only[1]))
        self.meeting.suggestions[-1] = replace(self.meeting.suggestions[-1], owner_text=owners[0],
                                               other_owners=owners[1:], confidence=HIGH)
        return True

    def owner_and_due_line(self, fields: str) -> bool:
        """ "ACTION: CN - by January Board" after the sentence it records: its owner and due date
        given to it; but "ACTION: SK - carry out a learning walk by 15 October" is an action of its own."""
        owner, due = _owner_and_due(fields, self.reference)
        if not owner or not due or _says_what_to_do(fields):
            return False
        # "ACTION: TE / PCF – parent survey on part-time timetables – end April": what, too, in its own words
        if len(_words(fields.replace(owner, " ").replace(due.words, " "))) >= 3:
            return False
        last = self.meeting.suggestions[-1]
        owners = tuple(split_owners(owner))
        self.meeting.suggestions[-1] = replace(last, owner_text=owners[0], other_owners=owners[1:], due=due,
                                               confidence=HIGH, reason=_with_due(last.reason.split(". Due")[0], due))
        self.previous = "text"
        return True

    def under_heading(self, found: list[Suggestion], *, decided: bool, paragraph: str = "") -> list[Suggestion]:
        """A paragraph's suggestions as its heading says: under "What we decided", the decisions;
        under "Last time", what an earlier meeting agreed; under "Matters arising", the log's entry
        a paragraph opens with ("12/26-01 – MW to circulate ...")."""
        if LOGGED_ENTRY.match(paragraph) and EARLIER_ACTIONS.search(self.heading):
            entry = _split_sentences(paragraph)[0]
            found = [replace(each, confidence=LOW, reason=f"Under “{self.heading}”: the log's entry "
                             f"{LOGGED_ENTRY.match(paragraph).group(0).strip(' –—:-')}, from an earlier meeting")
                     if each.suggested and each.source in entry else each for each in found]
        if decided or DECISIONS_CONTEXT.search(self.heading):
            return _as_decisions(found)
        if self.heading.startswith(COMMENT_HEADING):
            return [replace(each, confidence=LOW, reason="A reader's comment under the post, not what was agreed")
                    for each in found]
        if NO_ACTIONS_CONTEXT.search(self.heading):
            return [replace(each, confidence=LOW, reason=f"Under “{self.heading}”, which holds no actions")
                    for each in found]
        if LAST_TIME.match(self.heading):
            return [replace(each, confidence=LOW, reason=f"Under “{self.heading}”: an action from an earlier meeting")
                    for each in found]
        return found

    def read_question_or_answer(self, text: str, index: int) -> int:
        """ "A (HB): Not yet in one place. This will be collected.": said in answer, not assigned;
        an answer that names who will act ("A (LG): LG will send the figures") still is."""
        self.notes.append(text)
        said = suggestions_from_prose(QUESTION_OR_ANSWER.sub("", text), self.heading, self.reference)
        self.add([each if each.owner_text else replace(each, confidence=LOW, reason="Said in a question or its "
                                                      "answer, with no one to do it: not an action")
                  for each in said])
        self.previous = "text"
        return index + 1

    def add(self, suggestions: list[Suggestion]) -> None:
        """The same commitment twice (the discussion, then the action summary) is one suggestion,
        keeping the first wording and any owner or due date only the second gives; its source shows
        both places, so the reviewer sees the summary's wording too."""
        if self.kept_elsewhere:  # (the notes' own words after "actions are the cards ...": the discussion)
            suggestions = [replace(each, confidence=LOW, reason=f"The notes say “{self.kept_elsewhere}”: what they say "
                                   "is the discussion") if each.suggested and each.kind != "row" else each
                           for each in suggestions]
        if self.sent_before:  # "> On 13 Jan 2027, Jo wrote: ... Actions": notes of a meeting before this one
            suggestions = [replace(each, confidence=LOW, reason=f"In an email sent on {format_day(self.sent_before)}, "
                                   "before this meeting: an earlier meeting's") if each.suggested else each
                           for each in suggestions]
        for suggestion in suggestions:
            if suggestion.suggested:
                # "A1. Bring ..." after "MW to bring ... - see A1": kept apart, for `_cited_items`
                listed = ACTION_REF.match(suggestion.source)
                index = next((number for number, earlier in enumerate(self.meeting.suggestions)
                              if earlier.suggested and _same_commitment(earlier, suggestion)
                              and not (listed and ACTION_CITED.search(earlier.source)) and not _said_otherwise(earlier, suggestion)),
                             None) if _stems(_what(suggestion)) else None  # no words: the same as nothing
                if index is not None:
                    self.latest = index
                    earlier = self.meeting.suggestions[index]
                    self.meeting.suggestions[index] = replace(
                        earlier, due=_firmer_due(earlier.due, suggestion.due),
                        # "HC will update it (action 9)", then the table's row 9: the row says what "it" is
                        title=suggestion.title if suggestion.kind == "row" != earlier.kind
                        and _says_it_only(earlier.title) else earlier.title,
                        # said in the discussion, then listed under "Actions": agreed there
                        # and an AI recap's retelling, said again in its whole transcript: settled there, as said
                        heading=suggestion.heading if (ACTION_CONTEXT.search(suggestion.heading)
                                                       or WHOLE_TRANSCRIPT.match(suggestion.heading))
                        and not ACTION_CONTEXT.search(earlier.heading) else earlier.heading,
                        source=earlier.source if suggestion.source in earlier.source
                        else f"{earlier.source} {suggestion.source}",
                        # the action table's owner cell, the same name with who they are ("Dad (CM)" for the discussion's "Dad")
                        owner_text=suggestion.owner_text if suggestion.kind == "row" != earlier.kind and earlier.owner_text
                        and re.fullmatch(rf"{re.escape(earlier.owner_text)} \([A-Z][\w.&/ -]{{0,20}}\)", suggestion.owner_text)
                        else earlier.owner_text or suggestion.owner_text,
                        other_owners=earlier.other_owners or suggestion.other_owners)
                    continue
                last = self.meeting.suggestions[-1] if self.meeting.suggestions else None
                if last is not None and _records(last, suggestion):
                    # "The strategy should be shared with the YPAG." then "Action: Partnership Manager to
                    # share draft with the YPAG by 31 January": the action line is the record of it
                    self.meeting.suggestions[-1] = replace(suggestion, source=f"{last.source} {suggestion.source}")
                    self.latest = len(self.meeting.suggestions) - 1
                    continue
            self.meeting.suggestions.append(suggestion)
            self.latest = len(self.meeting.suggestions) - 1

    def read_you_said_we_did(self, said: re.Match, index: int) -> int:
        """ "You said: ..." is what was heard; "We will: ..." / "We are: ..." is a commitment,
        "We did: ..." is done already (only a further commitment in it is suggested)."""
        what, rest = said.group("who").lower(), said.group("rest")
        self.notes.append(f"{said.group('who')}: {rest}")
        self.previous = "text"
        if what.startswith("you"):
            return index + 1
        found = suggestions_from_prose(rest, self.heading, self.reference)
        still_to_do = re.match(r"we\s+(?:will|are)", what) or STILL_TO_DO.search(rest)
        if not found and still_to_do:  # "We did: we are rewriting the pages and will publish them by ..."
            found = [_suggestion(Commitment(rest, HIGH if "will" in what or "will" in rest else MEDIUM,
                                            f"What the partnership said it {'will do' if 'will' in what else 'is doing'}"),
                                 source=rest, heading=self.heading, kind="sentence", due_text=rest,
                                 reference=self.reference)]
        self.add(found)
        return index + 1

    def skip_list(self, lines: list[_Line], index: int) -> int:
        numbered = index < len(lines) and lines[index].numbered  # (a Markdown "## 3. The fair" after it is a heading)
        while index < len(lines) and lines[index].kind in ("bullet", "blank") \
                and not (lines[index].kind == "bullet" and lines[index].numbered != numbered):
            if lines[index].kind == "bullet":
                self.meeting.text += f"• {lines[index].text}\n"
            index += 1
        return index

    def read_table(self, lines: list[_Line], index: int) -> int:
        """A table: each row of an action table is a suggestion, its owner and dates read from
        their columns ("New date" over "Due"); a row marked complete is shown, unticked."""
        (rows, index), self.kept_elsewhere = _table_rows(lines, index), ""  # (the actions kept elsewhere: here, perhaps)
        if (len(rows) == 1 or rows[-1] == rows[0]) and columns_of(rows[0]) is not None:
            index = self.rows_after_page_break(lines, index, rows)
        header, body = rows[0], rows[1:]
        # who came (or a table under "Who came"); a RAID log's risks, issues or decisions
        if is_attendance(header) or is_register(header) or ATTENDANCE.match(self.heading) or _targets_for_a_child(header) \
                or (KEY_HEADING.match(self.heading) and len(header) <= 2) or is_code_key(rows):  # what a log's codes mean ("Decision | Recorded ...")
            self.meeting.text += "".join(" | ".join(cells) + "\n" for cells in rows) + "\n"
            return index
        agenda = agenda_columns(header)
        if agenda is not None:
            return self.read_agenda_table(body, agenda, index, next(
                (at for at, cell in enumerate(header) if OUTCOME_COLUMN.match(cell.strip())), None))
        columns, update_at = columns_of(header), None
        if columns is not None:
            self.table_header = (len(header), columns)
            update_at = self.update_at = this_meetings_update(header, self.reference,
                                                              lambda cell: [found.day for found in find_dates(cell)])
        elif self.table_header is not None and _same_table(*self.table_header, rows):
            columns, body = self.table_header[1], rows  # the same table after a row across it ("New actions")
            update_at = self.update_at
        if columns is None and len(rows) <= 3 and any(CONTACT.search(cell) for cells in rows for cell in cells):
            self.meeting.text += "".join(" | ".join(cells) + "\n" for cells in rows) + "\n"
            return index  # "Ruth Hill | Business Support Officer" over "Westmoor Council | 01632 960 114": a signature
        if columns is None and not is_key_values(rows):  # rows pasted without their header: told by what they hold
            columns = guess_columns(rows, is_owner=looks_like_owner,  # (not "Date | 9 November | Chair | Jo Cole")
                                    is_date=lambda cell: is_date_cell(cell, self.reference))
            body = rows
        self.meeting.text += "".join(" | ".join(cells) + "\n" for cells in rows) + "\n"
        self.previous = "list"
        if columns is None:  # not an action table: each row read as a line of text
            return self.read_rows_as_text(rows, index)
        columns = _action_beside_its_markers(columns, header, body)
        tracker = marks_new_rows(body, columns.action) or update_at is not None
        earlier_rows = not_this_meetings(header, body, columns, self.reference,
                                         lambda cell: _days_in_cell(cell, self.reference))
        # under "Open actions" or "Follow-ups from panel 07/01/27" (in the notes of the panel of 14 January), the
        # log of what earlier meetings agreed; but its rows "Date raised" on this meeting's day are this meeting's
        under = self.heading if _earlier_or_done(self.heading, self.table_label) else \
            header[0].strip() if EARLIER_ACTIONS.search(header[0]) else self.earlier_meeting  # "Actions from the last plan"
        earlier = under and not (any(earlier_rows) and not all(earlier_rows))
        meetings = _meeting_columns(header) if columns_of(header) is not None else {}  # (a header, not a row)
        annotated = _annotated_agenda(header, body, columns.action)  # (an agenda's outcomes typed in after arrows)
        for cells, no_owner, old in zip(body, notes_without_owner(body, columns, self.lapsed), earlier_rows, strict=True):
            found = self.row_found(cells, columns, meetings=meetings, annotated=annotated)
            old = old or self.no_actions_under_heading(forward_plan=bool(meetings))
            if old:  # "T03 | ... | In progress" in a log whose new rows say "New"; a planner's earlier bucket
                found = [replace(each, confidence=LOW, reason=old) for each in found]
            if no_owner:  # "26/89 | SENDIASS annual report ... | — | —" beside rows that name who acts
                found = _noted_without_owner(found, cells, columns)
            if tracker:
                found = _tracker_row(found, cells, columns, heading=self.heading, reference=self.reference, update_at=update_at)
            if earlier:  # (on a sheet of closed rows, nothing is promised again)
                found = _on_the_earlier_log(found, cells, columns, self.reference, under=under,
                                            restated=not tracker and not DONE_CONTEXT.match(self.heading))
            self.add(found)
        return index

    def lapsed(self, cell: str) -> bool:
        """A due date cell whose day was before this meeting."""
        due = read_due(cell, self.reference) if self.reference and cell.strip() else None
        return bool(due and due.on and due.kind == ON_A_DATE and due.on < self.reference)

    def row_found(self, cells: list[str], columns: Columns, *, meetings: dict[int, str], annotated: bool) -> list[Suggestion]:
        """A row's suggestions (the row kept among the notes): an annotated agenda's outcomes after the arrows in
        its item cell, else the row's own."""
        self.notes.append(" | ".join(cells))
        if annotated:
            return _annotations(cells[columns.action] if columns.action < len(cells) else "", heading=self.heading,
                                reference=self.reference)
        return _row_suggestions(cells, columns, heading=self.heading, reference=self.reference, meetings=meetings)

    def no_actions_under_heading(self, *, forward_plan: bool) -> str:
        """Why a table's rows are not actions by the heading over it ("For information", a forward plan's
        "Future agenda items", unless the table is the plan itself, by meeting), or ""."""
        if FOR_INFORMATION.search(self.heading):
            return f"Under “{self.heading}”, which holds no actions"
        if not forward_plan and FUTURE_CONTEXT.search(self.heading):
            return f"Under “{self.heading}”: a topic for a future meeting, not an action"
        return ""

    def read_embedded_resolution(self, text: str, embedded: re.Match, index: int) -> int:
        """ "... she would provide the number. RESOLVED – That (1) ...": the discussion, then the resolution."""
        if embedded.start():
            self.read_paragraph(_Line("text", text[: embedded.start()]), index)
        resolution = text[embedded.end():]
        return self.read_paragraph(_Line("text", f"{embedded.group('label')}: {resolution}"), index) \
            if resolution else index + 1

    def read_minute(self, text: str, index: int) -> None:
        """A committee site's minute in one cell: its title in capitals, its discussion and its
        resolution ("SEND IMPROVEMENT PLAN The Assistant Director presented ... RESOLVED – That ...")."""
        titled = CAPITALS_TITLE.match(text)
        if titled:
            self.start_heading(titled.group("title").strip(" –—-:"))
            text = titled.group("rest")
        self.read_paragraph(_Line("text", text), index)

    def read_agenda_table(self, body: list[list[str]], agenda: tuple[int, int], index: int,
                          outcome: int | None = None) -> int:
        """ "Item | Discussion" rows: each row's notes are read as a paragraph under its topic, and its
        "Outcome" cell after them ("Noted. Grace to share the revised form by 9 July."), where it has one."""
        topic, notes = agenda
        for cells in body:
            if topic < len(cells) and cells[topic].strip():
                self.start_heading(cells[topic].strip())
            for column in (notes, outcome) if outcome is not None else (notes,):
                text = cells[column].strip() if column < len(cells) else ""
                self.meeting.text += text + "\n\n"
                self.notes.append(text)
                self.add(suggestions_from_prose(text, self.heading, self.reference))
        self.previous = "text"
        return index

    def dates_given(self, items: list[str]) -> bool:
        """A "When" list under "Who will do it" ("Liam: in 2 weeks", "The video: before Easter"):
        each item's date given to the one action above it that it names by owner or by words of its
        title. False, and nothing changed, unless every item is such a line and one dates an action."""
        found = []
        for text in items:
            match = re.match(r"^(?P<what>[^:]{1,40}):\s*(?P<when>\S.*)$", text)
            if match is None:
                return False
            due = read_due(match.group("when"), self.reference)  # "The quiet page: we don't know yet": none
            what = _stems(re.sub(r"^(?:the|our|a)\s+", "", match.group("what"), flags=re.I))
            named = [number for number, each in enumerate(self.meeting.suggestions) if each.suggested
                     and (each.owner_text.split(" ")[0] == match.group("what") or what and what <= _stems(each.title))]
            found.extend([(named[0], due)] if len(named) == 1 and due else [])
        for number, due in found:
            earlier = self.meeting.suggestions[number]
            self.meeting.suggestions[number] = replace(earlier, due=due, reason=_with_due(earlier.reason, due))
        return bool(found)

    def read_fields(self, fields: list[re.Match], index: int) -> int:
        """A line of fields given to the action before it; the line after it next."""
        self.give_fields(fields)
        self.fields_end = index + 1
        return index + 1

    def read_task_detail(self, text: str, index: int) -> int:
        """A line of a task tool's block after the task's fields ("Notes: ...", "Checklist: 2/4", "[x]
        Pull the census", "Tom Evans (08/03/2027): can we go after that?"): about the task, no task of
        its own; notes saying it is not for action ("Do not action", "Not agreed") leave it unticked."""
        self.notes.append(text)
        self.fields_end = index + 1
        if not self.meeting.suggestions:
            return index + 1
        at = self.latest if self.latest < len(self.meeting.suggestions) else -1
        task = self.meeting.suggestions[at]
        said = TASK_DETAIL.match(text)
        note = text[said.end():].strip()
        if said.group("completed") and task.suggested:
            self.meeting.suggestions[at] = replace(task, confidence=LOW, reason=f"Marked “{text.strip()}”")
        elif said.group("notes") and task.suggested and (NOT_FOR_ACTION.search(note) or any(
                _holds_none(sentence.strip(" .")) for sentence in _split_sentences(note))):
            self.meeting.suggestions[at] = replace(task, confidence=LOW,
                                                   reason=f"Its notes say “{note}”")
        return index + 1

    def give_fields(self, fields: list[re.Match]) -> None:
        """ "Owner: YO", "Due: 26 February" under the action they belong to (which may have been
        merged into the same action said earlier in the discussion)."""
        at = self.latest if self.latest < len(self.meeting.suggestions) else -1
        for field_line in fields:
            if not (self.owner_said and field_line.group("owner")):
                self.meeting.suggestions[at] = _with_field(self.meeting.suggestions[at], field_line, self.reference)

    def list_kind(self, context: str, after: _Line | None, lead_in: str) -> tuple[str, str]:
        """What the list under `context` holds (see _list_kind), and why, in words."""
        said_after = (after is not None and after.kind == "text" and not _is_heading_line(after.text)
                      and not after.text.endswith(":")  # a label ending ":" governs the list after it
                      and not FORM_GUIDANCE.fullmatch(after.text))  # (a template's guidance for the next section)
        kind, reason = _list_kind(context, self.governing, after.text if said_after else "")
        if kind == "actions" and _another_days_list(context, self.reference):
            return "discussion", f"Listed under “{context}”: that meeting's actions gone through, not a list of new ones"
        if self.earlier_meeting and kind in ("untitled", "discussion", "actions"):
            return "earlier", f"Listed under “{self.earlier_meeting}”: an earlier meeting's action"
        if lead_in and kind == "discussion" and (DECISIONS_CONTEXT.search(self.heading)
                                                 or RESOLUTION.match(self.heading + ":")):
            return _list_kind(self.heading, "", "")  # "5. Decisions" then "The Board:" and its list
        return kind, reason

    def read_list(self, lines: list[_Line], index: int, *, lead_in: str) -> int:
        """Read one bullet list; return the index after it.

        A list belongs to the heading or label just above it ("Our take away actions were:"), and
        items separated by blank lines are still one list. A list straight after another one (a
        heading between them lost in copying) has no heading: on the Champions' page those are
        the actions. After "agreed the following actions", every list until the next paragraph
        or agenda title is a list of actions, whatever its sub-heading.
        """
        if not lead_in and self.previous == "list":
            self.start_heading("")
        context = lead_in or (self.heading if self.previous == "heading" else "")
        if not context and self.previous == "text" and self.list_context:
            context = self.list_context  # bullets, a paragraph, more bullets: still one list
        elif not context and self.previous == "text" and HEARD_CONTEXT.search(self.heading):
            context = self.heading  # "What we heard", its quoted post-its, then the list of what was said
        start = index
        items, index = _list_items(lines, index)
        styles = [line.style for line in lines[start:index] if line.kind == "bullet"]
        boxes = [line.boxed for line in lines[start:index] if line.kind == "bullet"]
        self.table_header = None
        kind, reason = self.list_kind(context, _next_nonblank(lines, index), lead_in)
        self.list_context = context
        first_new = len(self.meeting.suggestions)
        self.meeting.text += "".join(f"• {text}\n" for text in items) + "\n"
        if WHEN_LIST.match(self.heading) and self.dates_given(items):
            self.previous = "list"  # "When: - Liam: in 2 weeks": dates for the actions above it
            return index
        lead = None  # "(c) Officers to:" over its "(i)", "(ii)": the item that governs the sub-items after it
        for number, text in enumerate(items):
            self.notes.append(f"• {text}")
            lead = _lead_in(items, styles, number, lead)
            if lead is not None and lead != number:
                self.add(_sub_item(items[lead], text, heading=self.heading, reference=self.reference))
                continue
            if kind == "attendance" or _only_a_date(text) is not None:
                continue  # names of who came; "Thursday 22/04/21 at 1pm" in a list of meeting dates
            inner = _inner_kind(text, kind) if number + 1 < len(items) else None
            if inner is not None:  # "- Two actions are missing:" then its "* ...": the items after it are actions
                kind, reason = inner
                continue
            self.read_boxed_item(text, kind, reason, boxed=boxes[number]) if self.boxed and kind in ("discussion", "untitled") \
                else self.read_item(text, kind, reason)
        if kind == "actions" and RESTATING_LIST.search(context):
            _restated_in_list(self.meeting, first_new)
        self.previous = "list"
        return index


def _resolution_bullet(text: str, *, heading: str, reference: date | None) -> Suggestion:
    """An item of a list of resolutions: what it asks someone to do, or a decision."""
    item = resolution_item(text)
    return _suggestion(item or Commitment(_without_joining_word(text), LOW, "A decision, not an action"), source=text, heading=heading,
                       kind="bullet", due_text=text, reference=reference)


def _inner_kind(text: str, kind: str) -> tuple[str, str] | None:
    """What an item ending ":" says the items after it are, in a list read as discussion."""
    if not text.endswith(":") or kind not in ("untitled", "discussion"):
        return None
    inner = _list_kind(text.rstrip(":"), "", "")
    return inner if inner[0] not in ("untitled", "discussion") else None


def _agreed_state(text: str) -> bool:
    """ "Agreed: a quiet room will be available at lunchtime from May": how things will be, as decided
    (no one named to do anything); not "Agreed: the strategy will be launched in June", a task. "We agreed
    that we will stop doing the stall": a decision to stop."""
    label = INLINE_HEADING.match(text)
    return bool(label and label.group("heading").strip().casefold() == "agreed" and _AVAILABLE.match(label.group("rest"))) \
        or bool(AGREED_TO_STOP.search(text))


# "We agreed as a group that we will stop doing the Saturday stall ..., so that's decided": a decision to stop
AGREED_TO_STOP = re.compile(r"\bagreed\b[^.;]{0,40}?\bwe(?:['’]ll|\s+will)\s+stop\s+[a-z]+ing\b|\bso\s+that['’]s\s+decided\b",
                            re.I)


def _decision_item(text: str) -> str | None:
    """ "Decision: the group will meet monthly" -> what was decided; None for other items."""
    decided = INLINE_HEADING.match(text)
    return decided.group("rest") if decided and DECISION_LABEL.match(decided.group("heading").strip()) else None


LEADS_IN = re.compile(r"(?:[:–—-]|\bthat|\bto)\s*$")


def _lead_in(items: list[str], styles: list[str], number: int, lead: int | None) -> int | None:
    """The item governing item `number`: itself when it ends "Officers to:", "requested that:" or
    "RESOLVED –" and the item after it is marked in another style ("(c)" then "(i)"); the lead
    so far while the items keep the sub-items' style; else None."""
    if lead is not None and styles[number] and styles[number] == styles[min(lead + 1, len(styles) - 1)] \
            and styles[number] != styles[lead]:
        return lead
    following = styles[number + 1] if number + 1 < len(styles) else ""
    if LEADS_IN.search(items[number]) and following and styles[number] and following != styles[number]:
        return number
    return None


def _sub_item(lead: str, text: str, *, heading: str, reference: date | None) -> list[Suggestion]:
    """A sub-item read with its lead-in: "Officers to:" + "publish the offer" is "Officers to publish
    the offer"; under "RESOLVED –" each is a resolution (noting a report is no action)."""
    lead = lead.rstrip(" :–—-")
    if RESOLUTION.match(lead + ":"):
        item = resolution_item(text)
        return [_suggestion(item, source=text, heading=heading, kind="bullet", due_text=text,
                            reference=reference)] if item is not None else []
    return suggestions_from_prose(f"{lead} {text}", heading, reference)


# A board's questions and answers: "Q (FH): Why ...?", "A (LG): Partly ...", "Answer: ..."
QUESTION_OR_ANSWER = re.compile(r"^(?:q|a|question|answer|response)\s*(?:\([^()]{1,40}\))?\s*:\s+", re.I)


# "Decision: AGREED to consult the two colleges": what the panel decided; its actions have their own label
DECISION_LABEL = re.compile(r"^(?:panel\s+|board\s+)?decisions?$", re.I)


def _as_decisions(found: list[Suggestion]) -> list[Suggestion]:
    """What a "Decision:" line says is to be done, unless it names who does it, is the decision
    ("the steering group will meet monthly" names the group deciding, not someone to do it)."""
    return [each if each.owner_text and not GROUP_OWNER.search(each.owner_text) and not STAYS_AS_IS.match(each.title)
            else replace(each, confidence=LOW, reason="Written as the decision, not an action") for each in found]


# "TAF to continue at Early Help level", "the placement to remain as now": a decision that things stay as they are
STAYS_AS_IS = re.compile(r"^(?:continue|remain|stay)\b(?!\s+to\b)", re.I)


GROUP_OWNER = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,3}(?:board|committee|group|panel|forum|partnership|members|we)$",
                         re.I)


def _no_task(text: str) -> str:
    """Why a list item is no task at all: a question still to be answered, or "None for the
    referral form" under "Next steps"; "" when it may be one."""
    if text.rstrip().endswith("?") and not ASKED_BY_NAME.match(text) and not _commitments(text.rstrip("?")):
        return "A question, not an action"
    if ITEM_NOTED.search(text) and not ACTION_LABEL.search(text):
        return "The item closes “Noted”: what was said is noted, no one given a task"
    return "Says there is nothing to do" if says_nothing_to_do(text) else ""


# "- SB: ... the Forum is consulting on this; SENCos should respond directly. Noted."
ITEM_NOTED = re.compile(r"[.;]\s+noted(?:\s+with\s+thanks)?\s*\.?\s*$", re.I)


def _list_items(lines: list[_Line], index: int) -> tuple[list[str], int]:
    """The texts of the bullet list starting at `index` (blank lines inside it skipped), and the
    index after it."""
    while index < len(lines) and lines[index].kind == "blank":
        index += 1
    items = []
    previous_number = -2  # the last item's number ("3." is 3), to tell a list's next item from an agenda title
    while index < len(lines) and lines[index].kind in ("bullet", "blank"):
        if lines[index].kind == "blank":
            following = _next_nonblank(lines, index)
            if following is None or following.kind != "bullet" or lines[index + 1].kind == "blank":
                break  # two blank lines: a heading between two lists was lost in copying
        elif (items and lines[index].number is not None and lines[index].number != previous_number + 1
              and _is_agenda_title(lines[index].text, _next_nonblank(lines, index + 1))):
            break  # "33. BETTER CARE FUND" after a resolution's (a), (b), (c)
        else:
            items.append(lines[index].text)
            previous_number = lines[index].number if lines[index].number is not None else -2
        index += 1
    return items, index


# A form's guidance in square brackets under a heading: "[List everyone who came ...]"
FORM_GUIDANCE = re.compile(r"\[[^\[\]]{3,300}\]")
# "What we heard", "Points raised": a list of what was said, whatever line follows it
HEARD_CONTEXT = re.compile(r"\b(?:what\s+(?:we|people|members|parents)\s+(?:heard|said|told\s+us)|"
                           r"points?\s+raised|comments|feedback)\b", re.I)  # (not "a discussion about:", then the actions)
# "The group agreed three messages for the Board:", "Points to take back to the Forum": what to say, not what to do
MESSAGES_CONTEXT = re.compile(r"\b(?:key\s+)?messages?\s+(?:for|to)\s+(?:the|our)\s+\w+|"
                              r"\b(?<!action\s)(?:points|views|concerns|worries)\s+to\s+(?:take|give|pass)\s+(?:back\s+|on\s+)?to\s+(?:the|our)\s+\w+", re.I)


def _kept_elsewhere(text: str, before: str) -> str:
    """ "actions are the cards" when the line says so, else what was said `before`."""
    kept = ACTIONS_KEPT_ELSEWHERE.search(text)
    return kept.group(0) if kept else before


def _list_kind(context: str, governing: str, said_after: str) -> tuple[str, str]:
    """What a list holds, by its heading or label (`context`), the sentence that governs it
    ("agreed the following actions") or the line said just after it; and why, in words."""
    if ATTENDANCE.match(context):
        return "attendance", ""
    if RESOLUTION.match(context + ":"):
        return "resolutions", f"A resolution (“{context}”)"
    if DECISIONS_CONTEXT.search(context) or DECIDED_LIST.search(context):
        return "decisions", f"Listed under “{context}”: a decision, not an action"
    if DONE_CONTEXT.search(context):
        return "earlier", f"Listed under “{context}”: done already"
    if EARLIER_ACTIONS.search(context):
        return "earlier", f"Listed under “{context}”: an action from an earlier meeting, already on its log"
    if NO_ACTIONS_CONTEXT.search(context):
        return "notes", f"Listed under “{context}”, which holds no actions"
    if AGENDA_LIST.match(context):  # "Agenda / notes (Loop)" over "1. Referral form (revised) – Anita": who presents
        return "notes", f"Listed under “{context}”: the agenda, not what was agreed"
    if FUTURE_CONTEXT.search(context):
        return "future", f"Listed under “{context}”: a topic for a future meeting, not an action"
    if MESSAGES_CONTEXT.search(context):
        return "notes", f"Listed under “{context}”: what to tell them, not a task"
    if NOT_OURS.search(context):  # "(these are the Board's actions, not ours ...):"
        return "notes", f"Listed under “{context}”: another body's actions, not this group's"
    if WAYS_OF_WORKING.match(context):
        return "principles", f"Listed under “{context}”: a way of working, not a task"
    if ACTION_CONTEXT.search(context):
        return "actions", f"In a list of actions (“{context}”)"
    if governing:
        return "actions", f"In a list after “{governing}”"
    if said_after and ACTION_CONTEXT.search(said_after) and not HEARD_CONTEXT.search(context) \
            and not ACTIONS_KEPT_ELSEWHERE.search(said_after):  # (not "What we heard"; not "Actions are on the cards")
        return "actions", f"In a list followed by “{said_after}”"
    if not context:
        return "untitled", "In a list with no heading (often the take-away actions)"
    return "discussion", f"Listed under “{context}”, which reads as discussion, not actions"


_STOP = {"the", "a", "an", "to", "of", "for", "and", "on", "in", "with", "by", "at", "be", "from", "this", "that"}


@functools.lru_cache(maxsize=4096)  # each suggestion is compared with every earlier one: worked out once
def _stems(text: str) -> frozenset[str]:
    """The words that say what a text is about, each cut to five letters ("calls" and "call" alike;
    "six" and "6" alike)."""
    return frozenset(re.sub(r"(?<=[a-z]{3})s$", "", str(COUNTS.get(word, word)))[:5]
                     for word in re.findall(r"[a-z0-9]+", text.casefold()) if word not in _STOP)


def _what(suggestion: Suggestion) -> str:
    """A suggestion's title without its due date's words: "by 31.01.27" says when, not what."""
    words = suggestion.due.words if suggestion.due else ""
    return suggestion.title.replace(words, " ") if words else suggestion.title


DAY_WRITTEN = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_START + r"|\b\d{1,2}/\d{1,2}\b", re.I)


def _day_said_for_rule(ruled: Due | None, said: Due | None) -> bool:
    """Whether `said` writes the day ("before the end of the spring term (Thursday 25 March)") that `ruled`
    only took from a rule in the same month ("End of spring term": 31 March)."""
    return bool(ruled and said and ruled.kind == ON_A_DATE and ruled.rule and ruled.on and said.on
                and not DAY_WRITTEN.search(ruled.words) and DAY_WRITTEN.search(said.words)
                and (ruled.on.year, ruled.on.month) == (said.on.year, said.on.month))


def _firmer_due(first: Due | None, second: Due | None) -> Due | None:
    """The first telling's due date, unless only a rule gave it ("in the new year": 31 January) or it
    names only the month ("in March") and the second telling writes a day ("23/03/2027" in the
    summary's date column)."""
    if first is None:
        return second
    if _day_said_for_rule(first, second):
        return second
    if second is not None and first.on is not None and second.on is not None and names_only_a_month(second.words) \
            and not names_only_a_month(first.words) and (first.on.year, first.on.month) == (second.on.year, second.on.month):
        return first  # "by Friday 26th" in the reply, "by the end of February" in the email it answers: the day
    if second is not None and not second.rule and second.on is not None and (first.rule or (
            first.on is not None and (first.on.year, first.on.month) == (second.on.year, second.on.month)
            and names_only_a_month(first.words))):
        return second
    return first


def _same_owner_written(first: str, second: str) -> bool:
    """ "Owen Reid" and "owen reid", or "OR" and "Owen Reid": one owner, written two ways; "Josh" and
    "Josh + Amira": the same people, one of them named first."""
    shared = {each.casefold() for each in split_owners(first)} & {each.casefold() for each in split_owners(second)}
    return bool(shared) or stands_for(first, second) or stands_for(second, first)


SAME_VERB_AND_WORDS = 4  # words two tellings of one action share, its verb first in both


def _said_otherwise(listed: Suggestion, said: Suggestion) -> bool:
    """An AI recap's listed item ("Bea Novak to redesign the leaflet") that its whole transcript gives someone else
    ("Carl Ojo: I'll redesign the leaflet"): two suggestions, not one, so the words said can settle it."""
    return bool(WHOLE_TRANSCRIPT.match(said.heading) and ACTION_CONTEXT.search(listed.heading) and said.owner_text
                and listed.owner_text and not _same_owner_written(listed.owner_text, said.owner_text))


def _same_commitment(first: Suggestion, second: Suggestion) -> bool:
    """Same words, or nearly the same words for the same owner."""
    a, b = _stems(CARRIED_MARK.sub(" ", _what(first))), _stems(CARRIED_MARK.sub(" ", _what(second)))
    if not a or not b:
        return False
    overlap = len(a & b) / min(len(a), len(b))
    if a == b or overlap >= 0.9:
        return True
    # (the owners compared last: every suggestion is compared with every earlier one); "Liam will send the tribunal
    # figures by appeal type" in a reply, "Liam agreed to send us the tribunal outcomes ..., broken down by appeal
    # type" in the email it answers: two sentences, the same verb and three words more, for the same owner
    same_verb = _what(first).split(" ")[0].casefold() == _what(second).split(" ")[0].casefold() \
        and _owner_verb(_what(first).split(" ")[0].casefold())
    retold = first.kind == second.kind == "sentence" and len(a & b) >= SAME_VERB_AND_WORDS and same_verb
    # a chat's closing round-up by first names: "Helen will pilot it with 3 schools ... by end of Feb" said, then
    # "Helen - pilot school advice template - end Feb" listed: the same verb and another word, for the same person
    summed_up = same_verb and len(a & b) >= 2 and second.kind == "bullet" != first.kind \
        and first_name_of(second.owner_text, first.owner_text)
    return (overlap >= 0.6 or retold or summed_up) and bool(first.owner_text) and (
        _same_owner_written(first.owner_text, second.owner_text) or first_name_of(second.owner_text, first.owner_text, with_initial=True)
        or " " in first.owner_text.strip() and first_name_of(first.owner_text, second.owner_text, with_initial=True))
    # (a list naming shorter one said in full before it; "Sarah K" said first is as good as "Sarah Khan", not "Lee"
    # said in a recap before "Lee Ward" in the next steps, whom the recap's rules keep apart)


def _is_agenda_title(text: str, following: _Line | None) -> bool:
    """ "4. Review of the SEND strategy" followed by its discussion is an agenda title; "1. Ruth
    Hill to book rooms" in a list of follow-up actions is not."""
    if following is None or (following.kind == "bullet" and following.numbered):
        return False
    if following.kind == "bullet" and (FINITE_VERBS.search(text) or re.match(r"^[A-Z]?[a-z]+\s+(?:the|a|an|all|our|their)\b", text)
                                       and _owner_verb(text.split(" ", 1)[0].casefold())):
        return False  # "2. Send the letter" then its details as bullets: a list item, not a title
    return _is_heading_line(text) and not _commitments(text)


def _we_will_row(we_will: str, by_when: str, *, heading: str, reference: date | None) -> list[Suggestion]:
    """ "You said | We will | By when": what the "We will" cell commits to, due when its "By when"
    cell says ("Done" there: done already)."""
    found = suggestions_from_prose(we_will, heading, reference)
    if is_done(by_when):
        return [replace(each, confidence=LOW, reason=f"Marked “{by_when}” in the table") for each in found]
    due = read_due(by_when, reference, whole_cell=True) if by_when and reference else None
    return [replace(each, due=due, reason=_with_due(each.reason.split(". Due")[0], due)) if due else each
            for each in found]


YES = ("true", "yes", "y", "✓", "✔")  # a table's tick column, as a tool exports it
DECLINED = re.compile(r"^(?:" + DECLINED_WORDS + r")\b", re.I)  # (as a log's status says it: tables.py)


def _only_a_name(text: str) -> bool:
    """ "Jo Marsh" in a workbook's list of owners: a person's name, and nothing to do."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z'’-]+", word) for word in words) \
        and words[0].casefold() in KNOWN_NAMES.get() and words[-1].casefold() in KNOWN_NAMES.get()


def _handed_to(cells: list[str], owner: str, due: Due | None, reference: date | None) -> tuple[str, Due | None]:
    """A row's owner and due date, where its update says whom it went to ("Mary Walker" under Owner,
    "Reassigned to OR while MW on leave - by 9 July", "reassigned to D Lowe ... New due date 02.12.2027"):
    that person, by the new date it gives (over the due cell's, or a due cell's date already past), else by
    the date it names (if none)."""
    handed = ([found for each in cells for found in HANDED_TO.finditer(each)] or [None])[-1]  # the latest, in a log's history
    if handed is None:
        return owner, due
    who = handed.group("who")
    # "KA (was OR)", "nia.rowe@example.org", "Mary Walker" for "MW": the owner cell says so already
    if who.casefold() not in re.sub(r"[._]", " ", owner).casefold() and not stands_for(who, owner):
        owner = who
    said = NEW_DUE_SAID.search(handed.string[handed.end():])
    new = read_due(said.group("when"), reference) if said and reference else None
    by = read_due(f"by {handed.group('by')}", reference) if handed.group("by") and reference else None
    if by and handed.group("said").casefold() == "due":  # "now sits with Liam Porter, due 09/07/27": its new date
        return owner, new or by
    if by and by.on and due and due.on and reference and due.on < reference < by.on:
        return owner, new or by  # past its date of 12/02 when "Re-assigned to Ruth, send by 25/03": by then
    return owner, new or due or by


REOPENED = re.compile(r"\bre-?opened\b", re.I)


# "MWa > OR" in a log's Lead cell: handed on from MWa to OR; "JW (for PS)": JW, standing in for PS
HANDED_ON_CELL = re.compile(r"^[A-Z][\w'’.-]{0,20}(?:\s[A-Z][\w'’.-]{0,20})?\s*(?:>|→|->|=>)\s*(?P<now>[A-Z][\w'’.-]{0,20}"
                            r"(?:\s[A-Z][\w'’.-]{0,20})?)$")
STANDING_IN = re.compile(r"\s*\((?:for|on\s+behalf\s+of|covering(?:\s+for)?|deputising\s+for)\s+[^()]{1,30}\)$", re.I)


def _owner_now(written: str) -> str:
    """Whoever an owner cell says has the action now."""
    handed_on = HANDED_ON_CELL.match(written.strip())
    return STANDING_IN.sub("", handed_on.group("now") if handed_on else written.strip())


# An action cell marked after its words: "Refer Kai to OT for sensory profile – NOT NEEDED, GP referral already in"
NOT_NEEDED_IN_CELL = re.compile(r"\s[–—-]\s*(?P<mark>(?:(?:now\s+)?not|no\s+longer)\s+needed|not\s+required)\b", re.I)


def _row_status(cells: list[str], columns: Columns, action: str) -> str:
    """What a row says of its action's state: its status cell, or what a tool's other columns or marks say."""
    def cell(number: int | None) -> str:
        return cells[number].strip() if number is not None and number < len(cells) else ""

    # "Complete" in the Due column, where a summary says a row needs nothing more
    status = cell(columns.status) if is_done(cell(columns.status)) or not is_done(cell(columns.due)) \
        else cell(columns.due)
    status = "Re-opened" if is_done(status) and REOPENED.search(status) else status  # "Closed 12/05. Re-opened 09/06: ..."
    status = "Archived" if cell(columns.archived).lower() in YES else status  # a card put away
    status = "Complete" if cell(columns.completed).lower() in YES else status  # Trello's "Due Complete": true
    status = "No follow-up needed" if cell(columns.needed).lower() in ("n", "no") else status
    declined = DECLINED.match(action)  # a response column's "Not possible within this year's budget."
    status = declined.group(0) if declined else status
    status = "Crossed out" if action.startswith("~~") else status  # "~~Medequip~~ (moved to safety)": struck through
    marked = NOT_NEEDED_IN_CELL.search(action)  # "Refer Kai to OT – NOT NEEDED, GP referral already in"
    status = marked.group("mark") if marked else status
    return "Done (ticked)" if cells and TICKED_CELL.fullmatch(cells[0].strip()) else status  # a task table's "☑" before the task


# "Short breaks statement – findings ... → SKh to write up a summary – end of June → Kerry to push it out": what
# was agreed, typed into an agenda's item cells during the meeting, each after an arrow
ANNOTATION_ARROW = re.compile(r"\s[→⇒➔➜]\s")
ANNOTATED_ROWS = 2


def _annotated_agenda(header: list[str], body: list[list[str]], action: int | None) -> bool:
    """An agenda laid out as a table ("No. | Item | Lead | Time") whose item cells hold the outcomes typed in
    at the meeting, each after an arrow: its actions are those, not the items nor their leads."""
    if action is None or action >= len(header) or not AGENDA_TOPIC.match(header[action].strip()):
        return False
    return sum(1 for cells in body if action < len(cells) and ANNOTATION_ARROW.search(cells[action])) >= ANNOTATED_ROWS


def _annotations(item: str, *, heading: str, reference: date | None) -> list[Suggestion]:
    """The outcomes an annotated agenda's item cell gives after its arrows, each read as a sentence."""
    return [found for said in ANNOTATION_ARROW.split(f" {item}")[1:] for found in suggestions_from_prose(said, heading, reference)]


NO_DATE_SAID = re.compile(r"\bno\s+(?:firm\s+|fixed\s+|set\s+)?(?:date|deadline)\b|\b(?:date|deadline)\s+(?:tbc|tba|to\s+be\s+(?:confirmed|agreed))\b",
                          re.I)


def _due_in_notes(cells: list[str], reference: date) -> Due | None:
    """A row with no date in its due column, whose words (its notes, a planner's description) give one still to come:
    "Autumn meeting 13/10.", "... before schools break up for Easter so HR can send packs" (not "Went out 24/3.",
    nor "expected September, no date", nor a bare "Start date" cell)."""
    for cell in cells:  # (without a clause saying there is no date: "...; no date typed in yet")
        text = ". ".join(part for part in re.split(r"[;.]\s+", cell) if not NO_DATE_SAID.search(part))
        if len(re.findall(r"[A-Za-z]{2,}", text)) >= 2:
            noted = read_due(text, reference)
            if noted and noted.on and noted.on > reference:
                return noted
    return None


def _row_owner_and_due(cells: list[str], columns: Columns, reference: date | None) -> tuple[str, Due | None]:
    """A row's owner and due date, from their columns, the notes ("Jo Bennett (treasurer) to complete"), an
    owner cell holding both ("TE – 31.01.27") or the update that hands it on."""
    def cell(number: int | None) -> str:
        return cells[number].strip() if number is not None and number < len(cells) else ""

    owner = cell(columns.owner) or cell(columns.other_owner)  # "Owner (other)": "Chair / Business Support"
    # (no one assigned, but its notes say who: "Jo Bennett (treasurer) to complete; Tom to sign off")
    if not owner.strip(" -–—"):
        owner = next((found for at, each in enumerate(cells) if at != columns.action and (found := owner_in_notes(each))), owner)
    due = (read_due(cell(columns.new_due), reference, whole_cell=True)
           or _revised_in_update([each for at, each in enumerate(cells) if at != columns.due],  # (or its action's own
                                 # "ACTION 4 c/f: LP to finalise ... Revised date 14/04/27")
                                 read_due(FORMER_DATE.sub("", cell(columns.due)), reference, whole_cell=True), reference)
           or _meeting_in_the_update([each for at, each in enumerate(cells) if at != columns.action], cell(columns.due),
                                     reference))
    if columns.due is None and owner:
        owner, due = _owner_cell(owner, reference, due)
    if due is None and columns.due is not None and not cell(columns.due).strip(" -–—") and reference \
            and read_due(cell(columns.action), reference) is None:  # (the action's own words date it first)
        due = _due_in_notes([each for at, each in enumerate(cells) if at != columns.action], reference)
    return _handed_to([each for at, each in enumerate(cells) if at not in (columns.action, columns.owner)],
                      owner, due, reference)


# A template's example row left in: "e.g. 01/01 | Name | What needs doing", "Example: | Jo Bloggs | ..."
TEMPLATE_EXAMPLE = re.compile(r"^\s*(?:e\.\s?g\.?|eg\.|example\s*(?:row\s*)?[:\-–]|\(example\))(?:\s|$)", re.I)


def _row_suggestions(cells: list[str], columns: Columns, *, heading: str,
                     reference: date | None, meetings: dict[int, str] | None = None) -> list[Suggestion]:
    def cell(number: int | None) -> str:
        return cells[number].strip() if number is not None and number < len(cells) else ""

    if TEMPLATE_EXAMPLE.match(next((each for each in cells if each.strip()), "")):
        return []
    if meetings:  # a forward plan's row
        return _forward_plan_row(cells, columns, meetings, heading=heading, reference=reference)
    if columns.we_did is not None:  # "You said | We did": only what is still to be done
        return _we_will_row(cell(columns.we_did), cell(columns.due), heading=heading, reference=reference)
    action = without_new_mark(cell(columns.action))
    if not action or says_nothing_to_do(action) or _only_a_name(action):  # "Noted", "N/A"; a lookup's "Jo Marsh"
        return _agreed_in_the_minute(cells, columns, heading=heading, reference=reference) \
            if columns.notes is not None and not _only_a_name(action) else []
    beside = _minute_beside(cells, columns, _with_owner_cell(action, cell(columns.owner)), heading=heading,
                            reference=reference) if columns.notes is not None else None
    if beside is not None:  # "NK – 12/3", "RA JW NK / SO PS", "YO 16/03/27 JO w/c 8 Feb LH": the minute says what
        return beside
    owner, due = _row_owner_and_due(cells, columns, reference)
    # Under "Owner" or "Lead", a short cell is whoever it says ("Action owners", "Comms"), if not a name
    # ("Head of SEND Commissioning / Head of Children's Therapies": two job titles)
    named = looks_like_owner(without_gloss(owner)) or (columns.owner is not None and owner[:1].isupper()
                                        and all(len(part.split()) <= 5 for part in split_owners(owner)))
    owners = tuple(split_owners(_owner_now(owner))) if owner and named and not NO_ONE_YET.match(owner) \
        and not says_nothing_to_do(owner) else ()
    status = _row_status(cells, columns, action)
    stopped = STOPPED.match(cell(columns.outcome))  # the meeting's outcome typed in after it: "Not to proceed ..."
    done = is_done(status) or bool(NEXT_OCCASION.match(action)) or bool(stopped)
    reason = (f"Marked “{status}” in the table" if is_done(status) else f"The meeting's outcome: “{stopped.group(0)}”"
              if stopped else "When the group meets next, not a task" if done else "A row of an action table")
    # The action cell as written, unless the table has no owner column and the cell names its owners
    # ("MW to send the data; YO to check the figures": one suggestion each)
    if not owners and len(entries := TERSE_ENTRY.split(action)) > 3 and not entries[0].strip():
        return _terse_entries(entries, due, cell(columns.notes), source=" | ".join(cells), heading=heading,
                              reference=reference, reason=reason, done=done)
    said = [] if owners else [each for each in _sentence_commitments(action) if each.owners]
    if owners and (named := _owner_cells_sentences(action, owners)):  # "AP to complete ... YO to let ..." under "AP / YO"
        said, owners = named, ()
        dues = _due_per_owner(cell(columns.due), reference)
        return [_suggestion(Commitment(each.title, LOW if done else HIGH, reason), source=" | ".join(cells),
                            heading=heading, kind="row", due_text=each.title, reference=reference, owners=each.owners,
                            due=dues.get(each.owners[0]) or (due if at == 0 and not dues else None))
                for at, each in enumerate(said)]
    # a review grid's comments at the end of its row, where no column is named the action
    if columns.guessed and columns.action == len([each for each in cells if each.strip()]) - 1 \
            and len(sentences := _split_sentences(action)) >= 2:
        said, owners, done, reason = _review_comment(sentences, owners, done, reason)
    if not said and not owners and columns.owner is None and _holds_none(action):
        # a plan's update cell: "Outside our gift – NHSE's review reports in spring. No workstream action."
        done, reason = True, "No new task: a hope, the routine or another body's matter"
    found = said or [Commitment(action, HIGH, reason)]
    # (the date in the sentence that says who will do what: "Shared at Oct Board. Next: GA to present ... to next Board")
    return [_suggestion(Commitment(each.title, LOW if done else HIGH, reason), source=" | ".join(cells),
                        heading=heading, kind="row", due_text=each.title if len(found) > 1 or said else action,
                        reference=reference, owners=owners or each.owners, due=due if len(found) == 1 else None)
            for each in found]


# "LP – refresh the data annex – Fri 7 May SKh – v3 of the narrative –": an action cell holding several
# "initials – what – when" entries, run together as a grid's cell wraps
TERSE_ENTRY = re.compile(r"(?:^|(?<=\s))([A-Z][A-Za-z]?[A-Z][a-z]?)\s+[–—-]\s+(?=\S)")


def _terse_entries(entries: list[str], due: Due | None, notes: str, *, source: str, heading: str,
                   reference: date | None, reason: str, done: bool) -> list[Suggestion]:
    """Each "initials – what – when" entry of an action cell an action of its own, due when it says; the last,
    saying no date, by the date cell beside it (the cell's "when" wrapped into it). Where the minute beside
    it tells the same task of them in full ("SKh will pull the comments together into a v3 ..." for "SKh – v3
    of the narrative"), the minute's words."""
    found, told = [], [each for each in _sentence_commitments(notes) if each.owners] if notes else []
    for at, (who, what) in enumerate(zip(entries[1::2], entries[2::2], strict=True)):
        what = what.strip(" –—-")
        own = read_due(what, reference)
        what = next((each.title for each in told if each.owners[0] == who and _stems(each.title) & _stems(what)), what)
        found.append(_suggestion(Commitment(what, LOW if done else HIGH, reason), source=source, heading=heading,
                                 kind="row", due_text=what, reference=reference, owners=(who,),
                                 due=own or (due if at == len(entries) // 2 - 1 else None)))
    return found


def _noted_without_owner(found: list[Suggestion], cells: list[str], columns: Columns) -> list[Suggestion]:
    """A row with no one in its owner column, where other rows name someone: a note, unticked; but not
    "Commissioning team to ask Jigsaw Play ... | — | —", whose own words name who acts, nor a task its minute
    gives a named person ("It was agreed that YO would meet ...")."""
    minute = cells[columns.notes] if columns.notes is not None and columns.notes < len(cells) else ""
    return [each if _names_who_acts(each.owner_text, cells, columns) or each.owner_text and any(
        owner_in_notes(cell) == each.owner_text for cell in cells) or _named_person(each.owner_text)
            and re.search(rf"\b{re.escape(each.owner_text)}\b", minute) else replace(
        each, confidence=LOW, reason="No one in the owner column, where other rows name someone: a note, not an action")
        for each in found]


def _on_the_earlier_log(found: list[Suggestion], cells: list[str], columns: Columns, reference: date | None, *,
                        under: str, restated: bool) -> list[Suggestion]:
    """A row of the log of what earlier meetings agreed (the matters arising): not this meeting's action,
    unless its update promises it again with a date ("Revised ToR to be brought to the March panel"), when
    `restated` may be read."""
    again, owners = _restated(cells, columns, reference) if restated else (None, ())
    if again is not None:
        return [replace(each, due=again, owner_text=owners[0] if owners else each.owner_text,
                        other_owners=tuple(owners[1:]) if owners else each.other_owners, reason=_with_due(
                            "Still open on the log of earlier actions, and promised again at this meeting", again))
                for each in found]
    return [replace(each, confidence=LOW, reason=f"Listed under “{under}”: an action from an earlier meeting, "
                                                 "already on its log") for each in found]


def _owner_cells_sentences(action: str, owners: tuple[str, ...]) -> list[Commitment]:
    """An MDT record's "Outcome / plan" cell whose sentences each name one of the owner cell's people ("Discharge to
    GP. AP to write to GP and parent ..." under "AP"; "FM to arrange ... HB to update ..." under "FM / HB"): each
    such sentence an action of its own, owned as it names them; [] when the cell names no one the owner cell does."""
    if len(_split_sentences(action)) < 2:  # ("OL to check the escort" alone under "OL": the cell as written)
        return []
    said = [each for each in _sentence_commitments(action) if each.owners]
    cell = [without_bracket(owner) for owner in owners]  # "HR (SLT)": HR
    if not said or not all(any(_same_owner_written(owner, each.owners[0]) for owner in cell) for each in said) \
            or any(PRONOUN_OBJECT.match(each.title) for each in said):  # ("... agreed to take this on": the cell says what)
        return []
    return said


# "AP Fri 23/04; YO by 16/04": a date cell giving each owner's own day
OWNERS_DAY = re.compile(r"(?:^|[;,]\s*)(?P<who>[A-Z]{2,4})\s+(?P<when>[^;,]+)")


def _due_per_owner(cell: str, reference: date | None) -> dict[str, Due]:
    """Each owner's day from a date cell that names them ({"AP": 23 April, "YO": 16 April}); {} for a plain date."""
    found = {each.group("who"): read_due(each.group("when"), reference, whole_cell=True) for each in OWNERS_DAY.finditer(cell)}
    return {who: due for who, due in found.items() if due is not None} if len(found) > 1 else {}


REVIEW_COMMENT_SENTENCES = 3  # an evaluation this long that names no one to do anything holds no action


def _review_comment(sentences: list[str], owners: tuple[str, ...], done: bool,
                    reason: str) -> tuple[list[Commitment], tuple[str, ...], bool, str]:
    """A provision map's or review grid's comments cell (a table whose header names no action column):
    "Good progress for 6/8. ... HB to re-baseline all Y3 pupils ... Group continues." Its sentences that
    name who will do what are the row's actions, each with its own owner (not the staff member in the
    row); a long evaluation that names no one is how it went, not an action."""
    said = [each for sentence in sentences for each in _commitments(sentence) if each.owners]
    if said:
        return said, (), done, reason
    if len(sentences) >= REVIEW_COMMENT_SENTENCES and not done:
        return [], owners, True, "A comment on how it went, naming no one to do anything: not an action"
    return [], owners, done, reason


# A support plan's targets: "Target (SMART) | Provision (who / how often) | Success criteria": what the child is
# to achieve and the help given, not tasks (its "agreed actions" are a table of their own)
TARGET_CELL = re.compile(r"^(?:smart\s+)?targets?\b|^outcomes?\s+(?:sought|for)\b", re.I)
TARGET_COMPANION = re.compile(r"^(?:provision|support|strategies|success\s+criteria|outcome|progress|achieved)\b", re.I)


def _targets_for_a_child(header: list[str]) -> bool:
    cells = [cell.strip() for cell in header]
    return bool(cells) and bool(TARGET_CELL.match(cells[0])) and any(TARGET_COMPANION.match(cell) for cell in cells[1:])


def _days_in_cell(cell: str, reference: date | None) -> list[date | None]:
    """The days a table's cell names; one that is only a day and month ("4 Mar" under "Date added", typed
    at the meeting) that day in the meeting's year."""
    found = [each.day for each in find_dates(cell)]
    if found or reference is None or not re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?", cell.strip()):
        return found
    due = read_due(cell, reference, whole_cell=True)
    if due is None or due.on is None or due.kind != ON_A_DATE:
        return []
    try:
        return [due.on.replace(year=reference.year)]
    except ValueError:  # (29 February, in a year without one)
        return []


def _earlier_or_done(heading: str, label: str) -> bool:
    """A table under "Open actions", "Follow-ups from panel 07/01/27" or "Closed": none of it this meeting's to do."""
    return bool(EARLIER_ACTIONS.search(f"{heading}\n{label}") or DONE_CONTEXT.match(heading))


def _meeting_columns(header: list[str]) -> dict[int, str]:
    """A forward plan's columns, each a meeting ("Agenda item | Lead | Thu 21 Jan 2027 | Thu 18 Mar 2027"):
    {column: its heading}; none when fewer than two columns are dates."""
    found = {at: cell.strip() for at, cell in enumerate(header) if _only_a_date(cell.strip())}
    return found if len(found) >= 2 else {}


def _forward_plan_row(cells: list[str], columns: Columns, meetings: dict[int, str], *, heading: str,
                      reference: date | None) -> list[Suggestion]:
    """A forward plan's row: an item on the agenda of the meetings marked "Yes", not a task; but a cell
    that says what someone is to bring ("NEW: Owen Reid to present the PfA deep dive") is theirs, due
    at that meeting."""
    def cell(number: int | None) -> str:  # (a ragged row may stop short of the header)
        return cells[number].strip() if number is not None and number < len(cells) else ""

    item, lead = cell(columns.action), cell(columns.owner)
    found = []
    for at, written in meetings.items():
        said = without_new_mark(cell(at))
        if len(_words(said)) < 3:
            continue  # "Yes", "(removed)": on that meeting's agenda, or taken off it
        day = _only_a_date(written).day
        due = Due(MEETING_IN_MONTH, written, on=day, month=day.replace(day=1))
        owned = [each for each in _sentence_commitments(said) if each.owners]
        found += [_suggestion(Commitment(each.title, HIGH, f"On the forward plan for {written}"),
                              source=" | ".join(cells), heading=heading, kind="row", due_text="", reference=reference,
                              owners=each.owners, due=due)
                  for each in owned or [Commitment(said, HIGH, "", tuple(split_owners(lead)) if lead else ())]]
    return found or [_suggestion(Commitment(item, LOW, "An item on the forward plan: on a meeting's agenda, not a task"),
                                 source=" | ".join(cells), heading=heading, kind="row", due_text="", reference=reference)]


def _meeting_in_the_update(others: list[str], due_cell: str, reference: date | None) -> Due | None:
    """An empty due cell in a row whose update names the meeting it is for ("For the December Board -
    no date entered yet", "carried forward, GA to update at next meeting", "Report back to next board (22 June)"):
    that meeting. (Only cells
    that name a meeting are read for a date: most rows have none.)"""
    if due_cell.strip(" -") or reference is None:
        return None
    blank = next((found for each in others if (found := DUE_LEFT_BLANK.search(each))), None)
    if blank:  # "Due date left blank as PCF not sure - Tom said end of August": the date it gives instead
        return read_due(blank.string[blank.end():], reference)
    return next((due for each in others if NAMES_A_MEETING.search(each) and (due := read_due(each, reference)) is not None
                 and (due.kind in (MEETING_IN_MONTH, NEXT_MEETING) or _for_a_dated_meeting(each, due, reference))), None)


def _for_a_dated_meeting(said: str, due: Due, reference: date) -> bool:
    """ "Report back to next board (22 June)", "Needed for the 8 Dec meeting": a later meeting named with its
    day, which the work is for."""
    return due.kind == ON_A_DATE and due.on is not None and (NAMES_A_MEETING.search(due.words) is not None or (
        due.on > reference and re.search(r"\b(?:for|by|before|ahead\s+of)\s+(?:the\s+)?" + re.escape(due.words)
                                         + r"\s+(?:[\w&'’-]+\s+)?" + NAMES_A_MEETING.pattern, said, re.I) is not None))


# An update's new date for a row handed on: "04.11: reassigned to D Lowe - needs EP input. New due date 02.12.2027";
# for a row slipped: "Slipped – procurement capacity. Revised target 30/04/27", "new deadline: 14 May"
NEW_DUE_SAID = re.compile(r"\b(?:new|revised|amended)\s+(?:(?:due|target)\s+date|date|target|deadline)\s*(?:of\s+|is\s+|now\s+|:\s*)?"
                          r"(?P<when>(?:\d|(?:end|mid|early|late|mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                          r"[a-z]*\b)[^;\n]{3,29})", re.I)  # (the date itself: not "revised date agreed 13/04/2027")


def _revised_in_update(others: list[str], due: Due | None, reference: date | None) -> Due | None:
    """A row whose update gives it a new date ("Revised target 30/04/27" in a log's latest update column,
    after "On track" in the earlier ones) and whose due cell is empty or already past: the latest such
    date, over the original target's; a due cell still to come holds the date ("26/02/2027" beside "New
    date end Feb")."""
    said = [found for each in others for found in NEW_DUE_SAID.finditer(each)]
    if not said or reference is None or (due is not None and (due.on is None or due.on >= reference)):
        return due
    return read_due(said[-1].group("when"), reference) or due


# "30/11/2027 (revised from 30/09/2027)", "was 30/06 now 17/09": the date it was, not the date it is
FORMER_DATE = re.compile(r"\(\s*(?:(?:revised|moved|changed|re-?profiled|put\s+back|brought\s+forward)\s+)?"
                         r"(?:from|was|originally|previously)\b[^()]*\)|\bwas\s+\S+\s+(?=now\b)", re.I)
NAMES_A_MEETING = re.compile(r"\b(?:meeting|mtg|board|panel|committee|forum|group|session|next)\b", re.I)
DUE_LEFT_BLANK = re.compile(r"\b(?:due\s+)?date\s+(?:left\s+|is\s+|was\s+)?(?:blank|empty|not\s+(?:set|entered))\b", re.I)


def _who_and_when_only(action: str, reference: date | None) -> tuple[str, Due | None] | None:
    """ "ACTION: NK by 12/3", "NK / GA – end of term", "ACTION: TE – 5/3": an action cell that says
    only who and when (the discussion beside it says what); else None."""
    rest = ACTION_LABEL.match(action).group("rest") if ACTION_LABEL.match(action) else action
    rest = re.sub(r"\s+by\s+(?=\d)", " – ", rest.strip())  # "NK by 12/3" is "NK – 12/3"
    if _says_what_to_do(rest):
        return None
    owner, due = _owner_and_due(rest, reference)
    said = rest.replace(owner, " ").replace(due.words, " ") if owner and due else rest
    if owner and len(_words(said)) >= 3:  # "WAITING FOR: Liam - refreshed figures for Jan": what, too
        return None
    return (owner, due) if owner and (due or len(_words(rest)) <= 3) else None


# "RA JW NK / SO PS": an action column naming several owners for the minute beside it, in its order;
# "YO 16/03/27 JO w/c 8 Feb LH": each with the date it is due by, typed under their initials
MARGIN_INITIALS = re.compile(rf"(?<![\w/.’'-])({INITIALS_WRITTEN})(?![\w/.’'-])")


def _margin_owners(action: str, reference: date | None) -> list[tuple[str, Due | None]] | None:
    """An action column's cell holding only initials, each followed by nothing or its date ("SR / Q1
    2027/28", "RA JW / NK", "YO 16/03/27 JO w/c 8 Feb LH"): (initials, due) in its order; else None."""
    pieces = MARGIN_INITIALS.split(action.strip())
    if len(pieces) < 3 or pieces[0].strip(" /,&;") or len(action) > 200:
        return None
    found: list[tuple[str, Due | None]] = []
    for who, when in zip(pieces[1::2], pieces[2::2], strict=True):
        when = when.strip(" /,&;–—-")
        if NO_DATE_YET.match(who):  # "ASAP", "TBC": not someone's initials
            return None
        due = read_due(when, reference, whole_cell=True) if when and reference else None
        if when and not NO_DATE_YET.match(when) and (due is None or len(_words(when.replace(due.words, " "))) > 1):
            return None  # words after the initials: what to do, not only when
        found.append((who, due))
    return found if len(found) > 1 or found[0][1] is not None else None


def _minute_beside(cells: list[str], columns: Columns, action: str, *, heading: str,
                   reference: date | None) -> list[Suggestion] | None:
    """A "Discussion | Action" row whose action cell says only who (and when): what the discussion beside
    it gives them; None when the cell says what to do."""
    when = cells[columns.due].strip() if columns.due is not None and columns.due < len(cells) else ""
    margin = _margin_owners(action, reference)
    dated = margin and any(due for _, due in margin)  # ("NK / GA – end of term": theirs together, by then)
    if not (margin and not dated) and (who := _who_and_when_only(action, reference)):
        if who[1] is None and when:  # "LP" beside "w/c 11 Oct" in the table's own due column
            who = _who_and_when_only(f"{action} – {when}", reference) or who
        return _discussed_row(cells[columns.notes].strip() if columns.notes < len(cells) else "", who,
                              source=" | ".join(cells), heading=heading, reference=reference)
    if margin:
        if not dated and when:  # "MW SKe" beside "by half term 15/10": one date each, in their order
            dues = _dues_in_order(when, len(margin), reference)
            margin = [(who, due) for (who, _), due in zip(margin, dues, strict=True)] if dues else margin
        return _owners_in_the_minute(_discussion(cells, columns), margin, source=" | ".join(cells),
                                     heading=heading, reference=reference)
    return None


MOST_WORDS_CUT = 12  # a due cell read as one date for each owner is a few words (a cell longer than this is a note)
MOST_OWNERS_DATED = 4  # owners given a date each by one due cell


@functools.lru_cache(maxsize=256)  # (a table's rows often say the same: each cell read once)
def _dues_in_order(cell: str, count: int, reference: date | None) -> tuple[Due, ...] | None:
    """A due cell beside an action cell naming several owners ("MW SKe"), giving one date for each in their
    order and nothing else ("by half term 15/10", "next mtg next mtg Dec Board"): those dates; else None."""
    words = cell.split()
    if reference is None or not 2 <= count <= MOST_OWNERS_DATED or not count <= len(words) <= min(MOST_WORDS_CUT, 3 * count):
        return None
    read: dict[tuple[int, int], Due | None] = {}  # each span of words read once, however many ways it is cut

    def due_of(start: int, end: int) -> Due | None:
        if (start, end) not in read:
            piece = " ".join(words[start:end])
            due = read_due(piece, reference, whole_cell=True)
            read[start, end] = due if due is not None and not _words(piece.replace(due.words, " ")) else None
        return read[start, end]

    for cuts in itertools.combinations(range(1, len(words)), count - 1):
        spans = list(zip((0, *cuts), (*cuts, len(words)), strict=True))
        if all(due_of(start, end) is not None for start, end in spans):  # (stops at the first span that is no date)
            return tuple(read[span] for span in spans)
    return None


def _same_table(width: int, columns: Columns, rows: list[list[str]]) -> bool:
    """Rows as wide as the table before them; or, in a minutes table ("Item | Discussion | Action | Owner |
    Due") cut by an item's title across it, numbered rows whose empty cells at the end are left off ("7 | SK
    presented ... | SK")."""
    return len(rows[0]) == width or columns.notes is not None and all(
        3 <= len(cells) <= width and MINUTE_REF.match(cells[0].strip()) for cells in rows)


def _with_owner_cell(action: str, owner: str) -> str:
    """An action cell holding only initials, with the owner cell beside it ("PS" | "RH"): both, as one margin."""
    return f"{action} / {owner}" if owner and MARGIN_INITIALS.fullmatch(action.strip()) \
        and MARGIN_INITIALS.fullmatch(owner.strip()) else action


def _agreed_in_the_minute(cells: list[str], columns: Columns, *, heading: str,
                          reference: date | None) -> list[Suggestion]:
    """A minutes table's row whose action column says nothing ("–"): with its lead and date cells filled ("HB |
    Dec mtg"), what the minute gives the lead; else the tasks the minute itself gives a named person ("It was
    agreed that YO would meet ...", "Kerry Lang will recruit ..."), not what it asks of a group or body ("TE
    asked Board members to ...", "The Forum will hold ...")."""
    def cell(number: int | None) -> str:
        return cells[number].strip() if number is not None and number < len(cells) else ""

    notes, lead, when = cell(columns.notes), cell(columns.owner), cell(columns.due)
    who = _who_and_when_only(f"{lead} – {when}" if when else lead, reference) if lead.strip(" –—-") else None
    if who is not None:
        return _discussed_row(notes, who, source=" | ".join(cells), heading=heading, reference=reference)
    return [each for each in suggestions_from_prose(notes, heading, reference) if _named_person(each.owner_text)]


def _named_person(owner: str) -> bool:
    """ "YO", "Kerry Lang", "Mark": one person, by initials or a name the partnership knows."""
    words = owner.split()
    return bool(INITIALS.fullmatch(owner)) or 1 <= len(words) <= 3 and all(word[:1].isupper() for word in words) \
        and words[0].casefold() in KNOWN_NAMES.get()


def _first_name_for(name: str, initials: str) -> bool:
    """ "Mark" in the minute, "MWa" in the action column beside it: a first name alone, its initial the initials' first."""
    return bool(re.fullmatch(r"[A-Z][a-z'’-]+", name)) and bool(INITIALS.match(initials)) and name[0] == initials[0]


def _discussion(cells: list[str], columns: Columns) -> str:
    """The minute beside an action column: the notes column, or the longest other cell when that
    column holds only the minute's number ("Minute | Item | Action": "27/006")."""
    notes = cells[columns.notes].strip() if columns.notes is not None and columns.notes < len(cells) else ""
    if len(_words(notes)) >= 3:
        return notes
    return max((cell for at, cell in enumerate(cells) if at != columns.action), key=len, default="")


def _owners_in_the_minute(notes: str, margin: list[tuple[str, Due | None]], *, source: str, heading: str,
                          reference: date | None) -> list[Suggestion]:
    """A minute whose action column names its owners: each commitment the minute gives one of them,
    as the minute says it, due when the column says (else its own date); the rest of it discussion.
    Initials the minute gives no commitment: its last sentence naming them ("SR agreed that the IPR
    will show ... from the Q1 report")."""
    found, kept, sentences = suggestions_from_prose(notes, heading, reference), [], _split_sentences(notes)
    for who, due in margin:
        theirs = [at for at, each in enumerate(found) if each.owner_text.casefold() == who.casefold()] \
            or [at for at, each in enumerate(found) if _first_name_for(each.owner_text, who)]
        # (one sentence naming them over one that says "she", or runs on from the sentences before it)
        at = min(theirs, default=None, key=lambda at: (not re.search(rf"\b{who}\b", found[at].source),
                                                        len(_split_sentences(found[at].source)) > 1, at))
        if at is not None:
            each = found.pop(at)
            kept.append(replace(each, kind="row", confidence=HIGH, reason=_with_due(
                f"The action column names {who}", due or each.due), due=due or each.due))
            continue
        said = [sentence for sentence in sentences if re.search(rf"\b{who}\b", sentence)]
        if len(margin) == 1 and (found or not said):  # "NK – 12/3": the minute's last commitment is theirs
            return _discussed_row(notes, (who, due), source=source, heading=heading, reference=reference)
        if said and due is not None:
            title = said[-1].strip(" .")
            kept.append(_suggestion(Commitment(title, HIGH, f"The action column names {who}"), source=source,
                                    heading=heading, kind="row", due_text=title, reference=reference,
                                    owners=(who,), due=due))
    return kept if len(margin) == 1 else kept + [replace(each, confidence=LOW) for each in found]


def _discussed_row(notes: str, who: tuple[str, Due | None], *, source: str, heading: str,
                   reference: date | None) -> list[Suggestion]:
    """A "Discussion | Action" row whose action cell only says who and when: the discussion's commitment
    that names them ("It was agreed that Mark would write ..." beside "MWa"), else its last commitment (or last
    sentence), is what they will do."""
    owner, due = who
    said = suggestions_from_prose(notes, heading, reference)
    theirs = [each for each in said if _same_owner_written(each.owner_text, owner) or _first_name_for(each.owner_text, owner)]
    said = theirs[-1:] or said
    sentences = _split_sentences(notes)
    title = said[-1].title if said else (sentences[-1].strip(" .") if sentences else "")
    if not title:
        return []
    owners = tuple(split_owners(owner))
    return [_suggestion(Commitment(title, HIGH, f"The action column names {owner}"), source=source,
                        heading=heading, kind="row", due_text=title, reference=reference, owners=owners,
                        due=due or (said[-1].due if said else None))]


def _names_who_acts(owner: str, cells: list[str], columns: Columns) -> bool:
    """Whether a row's action cell opens by saying who acts: "Commissioning team to ask Jigsaw Play ...", "The
    Trust will ...", "MW – confirm ..." (not "Dashboard – agree date for the next refresh", a topic and what was done about it, nor
    "DECISION: SG to report ..." or "MW on leave. DL to chair if anything urgent")."""
    action = cells[columns.action] if owner and columns.action is not None and columns.action < len(cells) else ""
    dash = r"|\s*[–—-]" if INITIALS.fullmatch(owner) else ""  # (or initials, terse: "MW – confirm the leads – end of month")
    return re.match(rf"\s*(?:the\s+)?{re.escape(owner)}(?:\s+(?:(?:has\s+)?agreed\s+to|is\s+to|to|will){dash})\s", action,
                    re.I) is not None


def _tracker_row(found: list[Suggestion], cells: list[str], columns: Columns, *, heading: str,
                 reference: date | None, update_at: int | None = None) -> list[Suggestion]:
    """A row of a progress tracker that marks its new rows: unmarked, the row is an action already on
    the plan, shown unticked; either way, new work its other cells (an update) give someone ("New this meeting:
    DCO to agree a trajectory ...", "Agreed: LP to add ...") is an action, due when its own words say. A
    tracker with an update column for each meeting (`update_at`, this meeting's): every row the plan's, and
    only this meeting's update read for new work (an earlier column's "MW to share ..." was then)."""
    action = cells[columns.action] if columns.action is not None and columns.action < len(cells) else ""
    if action == without_new_mark(action) or update_at is not None:
        found = [replace(each, confidence=LOW, reason="A row the tracker carries on from earlier meetings "
                                                      "(only its rows marked NEW are new)" if update_at is None else
                         "A row of the plan the tracker follows: this meeting's update says what is new") for each in found]
    return found + _update_commitments(cells, columns, heading=heading, reference=reference, update_at=update_at)


def _restated(cells: list[str], columns: Columns, reference: date | None) -> tuple[Due | None, tuple[str, ...]]:
    """When an open row of an earlier meeting's actions is due again, and whose it is now: its update restating it
    as a promise with a date ("Ongoing. L Cho to chase Family Link by 12/03/2027": L Cho's, as the update writes
    them; "Revised ToR to be brought to the March panel": the row's owner's); (None, ()) for a row done, or an
    update that only reports ("On track for July")."""
    if any(is_done(cell.strip()) or STOPPED.match(cell.strip()) for cell in cells):
        return None, ()
    named = {columns.action, columns.owner, columns.due, columns.new_due}
    update = " ".join(cell.strip() for number, cell in enumerate(cells) if number not in named)
    for sentence in _split_sentences(update):
        text = INLINE_HEADING.sub(lambda label: label.group("rest"), sentence)
        said = _commitments(text)
        if (said or TO_BE_DONE.search(text)) and (due := read_due(text, reference)) is not None:
            return due, next((each.owners for each in said if each.owners), ())
    return None, ()


TO_BE_DONE = re.compile(r"\b(?:to|will|would)\s+be\s+(?:[a-z]+ed|brought|taken|given|sent|done|shown|written)\b", re.I)


def _update_commitments(cells: list[str], columns: Columns, *, heading: str, reference: date | None,
                        update_at: int | None = None) -> list[Suggestion]:
    """New work a row's other cells (its update) give someone: "Agreed: LP to add ...", and on the log of an
    earlier meeting's actions "Ongoing – survey closed 6/11. TE to bring findings to December meeting"; in a
    tracker with an update column for each meeting, only this meeting's (`update_at`)."""
    named = {columns.action, columns.owner, columns.due, columns.new_due}
    update = " ".join(cell.strip() for number, cell in enumerate(cells) if number not in named) if update_at is None \
        else cells[update_at] if update_at < len(cells) else ""  # "Update", "Notes"
    found = []
    for sentence in _split_sentences(update):
        text = _said_they_would(INLINE_HEADING.sub(lambda label: label.group("rest"), sentence))  # "Agreed: LP to add ..."
        for each in _commitments(text):  # ("Mary said she would pick up ...": Mary's)
            if each.owners:
                found.append(_suggestion(each, source=" | ".join(cells), heading=heading, kind="row",
                                         due_text=text, reference=reference))
    return found


NO_DATE_YET = re.compile(r"^(?:asap|as\s+soon\s+as\s+possible|ongoing|on-?going|tbc|tba|immediately|urgent)\.?$", re.I)


def _owner_cell(written: str, reference: date | None, due: Due | None) -> tuple[str, Due | None]:
    """A "Who / when" cell holding both ("TE – 31.01.27", "Jo / Sam – Jan 2027", "AK, ASAP"):
    (the owner, the due date); a cell that is only an owner is kept whole."""
    who, when = _owner_and_due(written, reference)
    rest = written[len(who):].strip(" ,;–—-") if who and written.startswith(who) else ""
    if who and (when is not None or NO_DATE_YET.match(rest)):
        return who, due or when
    return written, due


def _sentence_commitments(text: str) -> list[Commitment]:
    return [each for sentence in _split_sentences(text) for each in _commitments(sentence)]


def _next_nonblank(lines: list[_Line], start: int) -> _Line | None:
    return next((line for line in lines[start:] if line.kind != "blank"), None)


# --- choosing the meeting ------------------------------------------------------------------------


def _joined(meetings: list[MeetingOutcomes], into: MeetingOutcomes) -> MeetingOutcomes:
    for meeting in meetings:
        into.agenda.extend(meeting.agenda)
        into.suggestions.extend(meeting.suggestions)
        into.text += meeting.text
    return into


# "Last updated after LORG meeting Wed 12/05/27", "Log as at the meeting of 3 March", "Last huddle: 09/06/2027":
# an action log that is the dated meeting's, kept apart from its notes (a workbook's first sheet)
UPDATED_AFTER = re.compile(r"\b(?:updated|as\s+at)\s+(?:after|following|at|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?meeting"
                           r"(?:\s+(?:on|of|held(?:\s+on)?))?\s+(?P<when>[^.\n]{1,40})|"
                           r"^\s*last\s+(?:meeting|huddle|board|panel|review)\s*[:\t|]\s*(?P<last>[^\n\t|]{1,30})", re.I | re.M)


def _listed_below_attendance(text: str) -> frozenset[str]:
    """The names on the lines under "Who came:" (nothing after it), up to the next blank line: "Fern - Speech
    and Language Therapist" is one of the people there."""
    found, below, started, indented = set(), False, False, False
    for raw in text.split("\n")[:200]:  # those there are listed at the top
        line = raw.strip()
        if started and "\t" not in raw and SENTENCE_CASE_HEADING.fullmatch(line):
            break  # "What we talked about" straight under the names (a PDF's, no blank line between): the list is over
        if (below and line and not FORM_GUIDANCE.fullmatch(line)) or (indented and line and raw[:1].isspace()):
            # "Maya (me)<TAB>young person": a table of who came, a person to a row; "Present:  Cllr Bethan Jones"
            # then "          Mark Walsh - Head of Transport": the list goes on, indented under its label
            listed = BULLET.match(line)  # "- Tasha Greenwood (Supported Internships Coordinator)"
            found.update(word.casefold() for word in LISTED_NAME.findall((listed.group("text") if listed else line)
                                                                          .split("\t")[0]))
            started = True
        elif indented:
            indented = False
        unnumbered = re.sub(r"^(?:\d{1,2}[.)]\s*|#{1,6}\s+)", "", line)  # "1. Who came", "## Who's here"
        heading = ATTENDANCE.match(unnumbered) and not ATTENDANCE.sub("", unnumbered).strip(" :")
        indented = indented or bool(ATTENDANCE.match(unnumbered) and not heading)
        below = (below and (bool(line) or not started)) or bool(heading)
        started = started and below
    return frozenset(found)


# A person's first name, at a line's start or after a comma: "Cllr Dev Sandhu, Cllr Moira Flett"
LISTED_NAME = re.compile(r"(?:^|(?<=, ))(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?([A-Z][a-z'’-]+)\b")


def _logs_joined(meetings: list[MeetingOutcomes]) -> list[MeetingOutcomes]:
    """The meetings, each undated action log that says whose it is joined to that meeting's notes."""
    for log in [meeting for meeting in meetings if meeting.date is None]:
        days = {found.day for updated in UPDATED_AFTER.finditer(log.text)
                for found in find_dates(updated.group("when") or updated.group("last"))}
        notes = next((meeting for meeting in meetings if meeting.date and meeting.date.day in days), None)
        if notes is not None:
            notes.agenda[:0], notes.suggestions[:0], notes.text = log.agenda, log.suggestions, log.text + notes.text
            meetings.remove(log)
    return meetings


class NoOutcomesForDate(ValueError):
    """The text holds several meetings' outcomes, none of them for the date asked about."""


def outcomes_for(parsed: ParsedText, day: date, *, lenient: bool = False) -> MeetingOutcomes:
    """The outcomes of the meeting on `day`. Text with no dated headings is all one meeting's.

    `lenient`: text holding one meeting's outcomes is taken whatever its date (the caller warns
    when the dates differ: a heading typed wrong, or a meeting moved).
    """
    dated = parsed.dated_meetings
    if lenient and len(dated) == 1:
        day = dated[0].date.day or day
    # One meeting's worth of text, the dated parts holding nothing to do: stray dates (a deadline, the
    # previous minutes' date, the minute-taker's "Jo T - 11/02/27" under the last line) taken for
    # headings; the text is read whole, not refused
    stray = all(not meeting.suggestions for meeting in dated) and (
        not any(meeting.date.day == day for meeting in dated)
        or any(meeting.suggestions for meeting in parsed.meetings if meeting.date is None))
    if not dated or stray:
        return _joined(parsed.meetings, MeetingOutcomes(heading="", date=None))
    matching = [meeting for meeting in dated if meeting.date.day == day]
    if matching:
        joined = _joined(matching, MeetingOutcomes(heading=matching[0].heading, date=matching[0].date))
        if len(matching) > 1:  # (a resolution on one page, the table it amends on the next, under the page's header)
            _timescales_amended(joined, day)
        return joined
    written = [format_day(meeting.date.day) if meeting.date.day else f"{meeting.date.text} (not a real date)"
               for meeting in dated]
    listed = written[0] if len(written) == 1 else ", ".join(written[:-1]) + " and " + written[-1]
    raise NoOutcomesForDate(
        f"The text has the outcomes of the meeting{'s' if len(written) > 1 else ''} on {listed}, "
        f"but none for {format_day(day)}"
    )
