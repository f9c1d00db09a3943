"""Reading pasted meeting outcomes: meeting dates, agenda headings and the actions they suggest.

Pure functions over text (no Flask, no database), so the page, the CLI and the tests share them.
The parser suggests; a person decides. Every suggestion keeps the words it came from, the heading
it sat under and why it was suggested, and a title is only rewritten when the rewrite is mechanical
("An update report would be circulated to Board" -> "Circulate update report to Board"): it never
adds a fact that is not in the text.

Shapes of text it knows, from the partnership's own pages:
- the Board's summaries: a date line ("8th June 2021"), then paragraphs opening with an agenda
  heading ("Keyworker update: ...") whose sentences say what "would be circulated" or "was requested
  for the next meeting";
- the Champions' "Meeting Outcomes 23/03/2021" sections: short heading lines ("Working Well with
  Schools"), bullet lists (the take-away actions, topics, future items) and "we will ..." prose.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

HIGH, MEDIUM, LOW = "high", "medium", "low"
MAX_TITLE = 300  # the longest action title Tracker stores

# Lines a web page wraps around its content, dropped when the page is pasted whole.
PAGE_CHROME = {
    "skip to main content", "skip to content", "back to top", "print this page", "share this page",
    "menu", "search", "close", "accept all cookies", "reject all cookies", "cookie settings",
    "cookies on this site", "was this page helpful?", "report a problem with this page", "yes", "no",
}

# --- dates -----------------------------------------------------------------------------------------

MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_WEEKDAY = r"(?:(?P<weekday>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_MONTH_NAME = r"(?P<month_name>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|" \
              r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
DATE_PATTERNS = [
    # 23/03/2021, Monday 20/21/21 (UK order: day, month, year)
    re.compile(_WEEKDAY + r"\b(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}|\d{2})\b", re.I),
    # 8th June 2021, Tuesday 9 March 2021
    re.compile(_WEEKDAY + r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r"\.?,?\s+(?P<year>\d{4})\b",
               re.I),
    # 2021-06-08
    re.compile(_WEEKDAY + r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b", re.I),
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
    return next((number for name, number in WEEKDAYS.items() if name.startswith(word[:3])), None)


def _read_date(match: re.Match) -> FoundDate:
    text = match.group(0).strip().rstrip(",.")
    parts = match.groupdict()
    year = int(parts["year"])
    if len(parts["year"]) == 2:
        year += 2000
    month = _month_number(parts["month_name"]) if parts.get("month_name") else int(parts["month"])
    day = int(parts["day"])
    if not 1 <= month <= 12:
        return FoundDate(text, None, f"“{text}” is not a real date: there is no month {month}")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        return FoundDate(text, None, f"“{text}” is not a real date: {calendar.month_name[month]} {year} "
                                     f"has {last} days")
    found = date(year, month, day)
    said = _weekday_number(parts.get("weekday"))
    if said is not None and said != found.weekday():
        return FoundDate(text, found, f"“{text}”: {format_day(found)} is a {calendar.day_name[found.weekday()]}, "
                                      f"not a {calendar.day_name[said]}")
    return FoundDate(text, found)


def find_dates(text: str) -> list[FoundDate]:
    """Every date written in the text, in order, each read once."""
    found: list[tuple[int, FoundDate]] = []
    taken: list[range] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            span = range(match.start(), match.end())
            if any(span.start < other.stop and other.start < span.stop for other in taken):
                continue
            taken.append(span)
            found.append((match.start(), _read_date(match)))
    return [each for _, each in sorted(found, key=lambda pair: pair[0])]


def format_day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


# --- what a suggestion looks like ----------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """An action the text seems to commit someone to. `confidence` low ones are shown unticked."""

    title: str
    source: str  # the sentence or bullet as written
    heading: str  # the agenda heading it sat under, "" if none
    kind: str  # "sentence" or "bullet"
    confidence: str
    reason: str
    due_by_next_meeting: bool = False
    due_on: date | None = None
    due_hint: str = ""  # the words a due date was read from ("in September")

    @property
    def suggested(self) -> bool:
        return self.confidence != LOW

    def to_dict(self) -> dict:
        return {
            "title": self.title, "source": self.source, "heading": self.heading, "kind": self.kind,
            "confidence": self.confidence, "suggested": self.suggested, "reason": self.reason,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "due_by_next_meeting": self.due_by_next_meeting, "due_hint": self.due_hint,
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

BULLET = re.compile(r"^(?:[•\u2022\u25aa\u25cf\u25e6\u2023\u2043‣◦▪●·*\-–—]|\(?\d{1,2}[.)]|\(?[a-z]\))\s+(?P<text>.+)$")
INLINE_HEADING = re.compile(r"^(?P<heading>[A-Z‘'\"][^:.!?]{1,80}?):\s+(?P<rest>\S.*)$")
SENTENCE_END = re.compile(r"(?<=[.!?])[’”'\"]?\s+(?=[A-Z0-9‘“'\"(`])")
WORD = re.compile(r"[\w’'&/()-]+")


@dataclass
class _Line:
    kind: str  # "text", "bullet" or "blank"
    text: str


def _clean_lines(text: str) -> list[_Line]:
    """Lines with page chrome dropped and hard-wrapped paragraphs joined back together."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\t", " ")
    lines: list[_Line] = []
    for raw in text.split("\n"):
        line = re.sub(r"\s+", " ", raw).strip()
        if line.lower() in PAGE_CHROME:
            continue
        if not line:
            lines.append(_Line("blank", ""))
            continue
        bullet = BULLET.match(line)
        if bullet:
            lines.append(_Line("bullet", bullet.group("text").strip()))
            continue
        previous = lines[-1] if lines else None
        if (previous and previous.kind != "blank" and line[0].islower()
                and not re.search(r"[.!?:]$", previous.text)):
            previous.text = f"{previous.text} {line}"  # a paragraph wrapped by an email or PDF
            continue
        lines.append(_Line("text", line))
    return lines


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _is_heading_line(text: str) -> bool:
    """A short line on its own with no sentence punctuation: "Working Well with Schools"."""
    return (len(text) <= 100 and len(_words(text)) <= 12 and not re.search(r"[.!?:;,]$", text)
            and not text[0].islower())


def _only_a_date(text: str) -> FoundDate | None:
    dates = find_dates(text)
    if len(dates) != 1:
        return None
    rest = text.replace(dates[0].text, " ")
    rest = re.sub(r"\b(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\bat\b|[,.\s]", "", rest, flags=re.I)
    return dates[0] if not rest else None


def _meeting_date_heading(text: str) -> FoundDate | None:
    """ "8th June 2021" or "Meeting Outcomes 23/03/2021": a line that starts one meeting's outcomes."""
    if not _is_heading_line(text):
        return None
    dates = find_dates(text)
    return dates[0] if len(dates) == 1 else None


# --- rewriting a commitment as a short imperative --------------------------------------------------

# Past participle -> the verb that says what to do ("would be circulated" -> "Circulate").
PARTICIPLES = {
    "added": "add", "addressed": "address", "agreed": "agree", "amended": "amend", "analysed": "analyse",
    "approved": "approve", "arranged": "arrange", "asked": "ask", "booked": "book", "briefed": "brief",
    "brought": "bring", "built": "build", "carried": "carry", "checked": "check", "circulated": "circulate",
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
    "raised": "raise", "recorded": "record", "recruited": "recruit", "reported": "report",
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
# A particle that belongs to its verb comes before the object: "Set up WhatsApp group".
PARTICLES = {"up", "out", "forward", "back", "together"}
FINITE_VERBS = re.compile(r"\b(?:is|are|was|were|has|have|had|been|which|that|who|whom|whose)\b", re.I)
LEADING_REPORTED = re.compile(
    r"^(?:it\s+was\s+(?:also\s+)?(?:agreed|noted|acknowledged|confirmed|decided|requested|suggested|felt|"
    r"highlighted|recognised|reported)\s+that\s+|(?:and|but|so|also|then)\s+)", re.I)
VAGUE = re.compile(r"\b(?:this|these|those|it|copy)\b", re.I)
ARTICLE = re.compile(r"^(?:a|an)\s+", re.I)
KEEP_CAPITAL = {"board", "champions", "council", "ofsted", "pacts", "send", "nhs", "local", "i"}

NEXT_MEETING = re.compile(r"\b(?:to|at|for|by|before|until)\s+(?:the\s+)?next\s+(?:[\w&]+\s+){0,3}?meeting\b", re.I)
BY_MONTH = re.compile(r"\b(?:in|by|during|before|until)\s+(?:the\s+end\s+of\s+)?" + _MONTH_NAME
                      + r"(?:\s+(?P<year>\d{4}))?\b", re.I)
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "a": 1, "an": 1}
WITHIN = re.compile(r"\bwithin\s+(?:the\s+next\s+)?(?P<count>\d+|one|two|three|four|five|six|eight|a|an)\s+"
                    r"(?P<unit>days?|weeks?|months?)\b", re.I)


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


def _tidy_title(title: str, heading: str) -> str:
    title = re.sub(r"\s+", " ", title).strip().rstrip(".!;:, ")
    title = _capitalise(title)
    if heading and VAGUE.search(title) and heading.lower() not in title.lower():
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
        else:
            return None
    verb = " ".join(bases)
    rest = rest.rstrip()
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
_ASKED_FOR = re.compile(r"^(?P<who>.{1,60}?)\s+(?:asked|requested)\s+(?:for\s+)?(?P<object>(?:a|an|the)\s+.+)$", re.I)
_TAKE_PLACE = re.compile(r"^(?P<subject>.+?)\s+(?:would|will)\s+(?:also\s+)?take\s+place\b(?P<rest>.*)$", re.I)
_NOUN_VERBS = {"review": "review", "evaluation": "evaluate", "audit": "audit", "consultation": "consult on"}
_WE_WILL = re.compile(r"\bwe\s+(?:will|would|shall|need\s+to|must|should|are\s+going\s+to)\s+(?:also\s+)?"
                      r"(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.I)
_OFFERED = re.compile(r"\b(?:offered|volunteered|agreed)\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.I)
NOT_A_HEADING = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had)\b", re.I)
_THEY_WILL = re.compile(r"^(?P<subject>[A-Z][^,;]{2,80}?)\s+will\s+(?:also\s+)?(?P<verb>[a-z]+)\b(?P<rest>.*)$")
_WILL_BE_DOING = re.compile(r"\bwill\s+be\s+[a-z]+ing\b", re.I)


def _plain_subject(subject: str) -> bool:
    """A noun phrase, not a clause ("a copy", not "the presentation which")."""
    return len(_words(subject)) <= 12 and not FINITE_VERBS.search(subject)


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
    match = _ASKED_FOR.match(clause)
    if match and _plain_subject(match.group("who")):
        return f"provide {_object_of(match.group('object'))}", HIGH, "A request: “asked for”"
    match = _WE_WILL.search(clause)
    if match and match.group("verb").lower() not in ("be", "have", "not"):
        return f"{match.group('verb')}{match.group('rest')}", MEDIUM, "A commitment: “we will”"
    match = _OFFERED.search(clause)
    if match and match.group("verb").lower() in ACTION_VERBS:
        return f"{match.group('verb')}{match.group('rest')}", MEDIUM, "An offer: someone offered to do this"
    match = _THEY_WILL.match(clause)
    if (match and match.group("verb").lower() in ACTION_VERBS - DESCRIBING_VERBS
            and _plain_subject(match.group("subject"))):
        subject = ARTICLE.sub("", match.group("subject"))
        return f"{subject} to {match.group('verb')}{match.group('rest')}", MEDIUM, \
            f"A commitment: “will {match.group('verb').lower()}”"
    if _WILL_BE_DOING.search(clause) and not FINITE_VERBS.search(clause.split(" will ", 1)[0]):
        words = _WILL_BE_DOING.search(clause).group(0).lower()
        return clause, MEDIUM, f"A commitment: “{words}”"
    return None


def _due(text: str, reference: date | None) -> tuple[bool, date | None, str]:
    """(due by the next meeting?, due date, the words it was read from)."""
    next_meeting = NEXT_MEETING.search(text)
    if next_meeting:
        return True, None, next_meeting.group(0)
    if reference is None:
        return False, None, ""
    month = BY_MONTH.search(text)
    if month:
        number = _month_number(month.group("month_name"))
        year = int(month.group("year")) if month.group("year") else \
            reference.year + (1 if number < reference.month else 0)
        return False, date(year, number, calendar.monthrange(year, number)[1]), month.group(0)
    within = WITHIN.search(text)
    if within:
        count = within.group("count").lower()
        count = int(count) if count.isdigit() else NUMBERS[count]
        unit = within.group("unit").lower()
        days = count * {"d": 1, "w": 7, "m": 30}[unit[0]]
        return False, reference + timedelta(days=days), within.group(0)
    return False, None, ""


def _with_due(reason: str, due: tuple[bool, date | None, str]) -> str:
    by_next, due_on, words = due
    if by_next:
        return f"{reason}. Due by the next meeting: “{words}”"
    if due_on:
        return f"{reason}. Due date read from “{words}”"
    return reason


def _split_sentences(paragraph: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END.split(paragraph) if part.strip()]


def _clauses(sentence: str) -> list[str]:
    return [part.strip() for part in re.split(r";\s+", sentence) if part.strip()]


def suggestions_from_prose(paragraph: str, heading: str, reference: date | None) -> list[Suggestion]:
    found = []
    for sentence in _split_sentences(paragraph):
        for clause in _clauses(sentence):
            commitment = _commitment(clause.rstrip(".!"))
            if commitment is None:
                continue
            title, confidence, reason = commitment
            due = _due(clause, reference)
            found.append(Suggestion(
                title=_tidy_title(title, heading), source=sentence, heading=heading, kind="sentence",
                confidence=confidence, reason=_with_due(reason, due), due_by_next_meeting=due[0],
                due_on=due[1], due_hint=due[2],
            ))
    return found


# --- bullets -----------------------------------------------------------------------------------

# "Actions", "Take-away actions", "Next steps"; not "SEND Week of Action", which is a name.
ACTION_CONTEXT = re.compile(r"\b(?:actions|action points|take[- ]?aways?|next steps|to[- ]dos?|agreed|"
                            r"taking forward|follow[- ]ups)\b", re.I)
FUTURE_CONTEXT = re.compile(r"\b(?:future (?:items|agenda|topics|meetings?)|for (?:a )?future meeting|"
                            r"meeting dates)\b", re.I)


def _bullet_says_what_to_do(text: str, kind: str) -> tuple[str, str] | None:
    """(title, reason) when a bullet itself says what is to be done."""
    to_be = _TO_BE.match(text.rstrip("."))
    if to_be and _plain_subject(to_be.group("subject")):
        title = _imperative(to_be.group("verb"), _object_of(to_be.group("subject")), to_be.group("rest"))
        if title:
            return title, f"Says what is to be done: “to be {to_be.group('verb').lower()}”"
    commitment = _commitment(text.rstrip("."))
    if commitment:
        return commitment[0], commitment[2]
    need = re.match(r"^(?:we\s+)?needs?\s+to\s+(?P<rest>.+)$", text, re.I)
    if need:
        return need.group("rest"), "Says what needs doing: “need to”"
    first = text.split(" ", 1)[0]
    # "Explore impact of ...", but not "SEND passports", nor "Work at the hospital" among topics.
    if first.lower() in ACTION_VERBS and not first.isupper() and kind != "discussion":
        return text, "Starts with what to do"
    return None


def _bullet_suggestion(text: str, *, heading: str, kind: str, context_reason: str,
                       reference: date | None) -> Suggestion:
    """kind: "actions", "untitled" (a list with no heading), "discussion" or "future"."""
    says = _bullet_says_what_to_do(text, kind)
    title, reason = says if says else (text, context_reason)
    if kind == "future":
        confidence, reason = LOW, context_reason
    elif kind == "discussion":
        confidence = MEDIUM if says else LOW
    else:
        confidence = HIGH if says or kind == "actions" else MEDIUM
    due = _due(text, reference)
    return Suggestion(
        title=_tidy_title(title, heading), source=text, heading=heading, kind="bullet", confidence=confidence,
        reason=_with_due(reason, due), due_by_next_meeting=due[0], due_on=due[1], due_hint=due[2],
    )


# --- the whole text ------------------------------------------------------------------------------


def parse_outcomes(text: str, *, meeting_date: date | None = None) -> ParsedText:
    """Split pasted text into meetings (by their dated headings) and find what each suggests.

    `meeting_date` is the date to read "in September" or "within two weeks" from when the text
    itself has no dated heading.
    """
    reader = _Reader(meeting_date)
    lines = _clean_lines(text or "")
    index = 0
    while index < len(lines):
        index = reader.read(lines, index)
    reader.close_heading()
    meetings = reader.meetings
    if len(meetings) > 1 and not meetings[0].suggestions:
        meetings = meetings[1:]  # what came before the first dated heading: the page's introduction
    return ParsedText(meetings=meetings, dates=find_dates("\n".join(line.text for line in lines)))


class _Reader:
    """Walks the lines once, keeping the meeting, the agenda heading and what came just before."""

    def __init__(self, meeting_date: date | None):
        self.meeting_date = meeting_date
        self.meetings = [MeetingOutcomes(heading="", date=None)]
        self.heading = ""
        self.notes: list[str] = []
        self.previous = ""  # "heading", "text" or "list": the block before this one

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
        self.heading = title

    def read(self, lines: list[_Line], index: int) -> int:
        line = lines[index]
        if line.kind == "blank":
            return index + 1
        if line.kind == "bullet":
            return self.read_list(lines, index, lead_in="")
        meeting_day = _meeting_date_heading(line.text)
        if meeting_day is not None:
            self.close_heading()
            self.heading, self.previous = "", "heading"
            self.meetings.append(MeetingOutcomes(heading=line.text, date=meeting_day, text=line.text + "\n\n"))
            return index + 1
        self.meeting.text += line.text + "\n\n"
        following = _next_nonblank(lines, index + 1)
        if line.text.endswith(":") and following is not None and following.kind == "bullet":
            return self.read_list(lines, index + 1, lead_in=line.text.rstrip(":"))
        if _is_heading_line(line.text):
            self.start_heading(line.text)
            self.previous = "heading"
            return index + 1
        inline = INLINE_HEADING.match(line.text)
        paragraph = line.text
        if (inline and len(_words(inline.group("heading"))) <= 10 and "," not in inline.group("heading")
                and not NOT_A_HEADING.search(inline.group("heading"))):
            self.start_heading(inline.group("heading").strip())
            paragraph = inline.group("rest")
        self.notes.append(paragraph)
        self.meeting.suggestions.extend(suggestions_from_prose(paragraph, self.heading, self.reference))
        self.previous = "text"
        return index + 1

    def read_list(self, lines: list[_Line], index: int, *, lead_in: str) -> int:
        """Read one bullet list; return the index after it.

        A list belongs to the heading just above it. A list straight after another one (a heading
        between them lost in copying) has no heading: on the Champions' page those are the actions.
        """
        if not lead_in and self.previous == "list":
            self.start_heading("")
        context = lead_in or (self.heading if self.previous == "heading" else "")
        while index < len(lines) and lines[index].kind == "blank":
            index += 1
        items = []
        while index < len(lines) and lines[index].kind == "bullet":
            items.append(lines[index].text)
            index += 1
        after = _next_nonblank(lines, index)
        said_after = after is not None and after.kind == "text" and not _is_heading_line(after.text)
        if FUTURE_CONTEXT.search(context):
            kind, reason = "future", f"Listed under “{context}”: a topic for a future meeting, not an action"
        elif ACTION_CONTEXT.search(context):
            kind, reason = "actions", f"In a list of actions (“{context}”)"
        elif said_after and ACTION_CONTEXT.search(after.text):
            kind, reason = "actions", f"In a list followed by “{after.text}”"
        elif not context:
            kind, reason = "untitled", "In a list with no heading (often the take-away actions)"
        else:
            kind, reason = "discussion", f"Listed under “{context}”, which reads as discussion, not actions"
        self.meeting.text += "".join(f"• {text}\n" for text in items) + "\n"
        for text in items:
            self.notes.append(f"• {text}")
            if _only_a_date(text) is not None:
                continue  # "Thursday 22/04/21 at 1pm" in a list of meeting dates
            self.meeting.suggestions.append(_bullet_suggestion(
                text, heading=self.heading, kind=kind, context_reason=reason, reference=self.reference))
        self.previous = "list"
        return index


def _next_nonblank(lines: list[_Line], start: int) -> _Line | None:
    return next((line for line in lines[start:] if line.kind != "blank"), None)


# --- choosing the meeting ------------------------------------------------------------------------


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
    if not dated:
        whole = MeetingOutcomes(heading="", date=None)
        for meeting in parsed.meetings:
            whole.agenda.extend(meeting.agenda)
            whole.suggestions.extend(meeting.suggestions)
            whole.text += meeting.text
        return whole
    matching = [meeting for meeting in dated if meeting.date.day == day]
    if matching:
        chosen = MeetingOutcomes(heading=matching[0].heading, date=matching[0].date)
        for meeting in matching:
            chosen.agenda.extend(meeting.agenda)
            chosen.suggestions.extend(meeting.suggestions)
            chosen.text += meeting.text
        return chosen
    written = [format_day(meeting.date.day) if meeting.date.day else f"{meeting.date.text} (not a real date)"
               for meeting in dated]
    listed = written[0] if len(written) == 1 else ", ".join(written[:-1]) + " and " + written[-1]
    raise NoOutcomesForDate(
        f"The text has the outcomes of the meeting{'s' if len(written) > 1 else ''} on {listed}, "
        f"but none for {format_day(day)}"
    )
