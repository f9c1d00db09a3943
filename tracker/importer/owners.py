"""Who an action's words say owns it, and which of the partnership's people that is.

Pure functions (no Flask, no database): the importer's operations load the people as Candidates,
the benchmark loads them from its corpus. Minutes name owners in many ways: "Action: Jane Smith",
"(Action: MW)", "ACTION: TE and HB to convene ...", "Mary Walker to circulate ...", "YO will ...",
"Priya agreed to ...", "the Chair offered to ...", an owner column, initials ("MW/YO"), job titles
("Director of Education", "the PCF co-chair") and collective owners ("Health colleagues").

Several owners ("MW/YO to write", "Owen Reid and Grace Adeyemi to rewrite"): one action, owned by
the first named, with the others kept in the suggestion (and the action's detail). The charter
gives every action one named owner who answers for it; splitting a joint task into copies would
nudge each person about the same work and leave no one to close it.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace

from tracker.importer.due import CALENDAR_NAMES
from tracker.importer.patterns import ITEM_OPENING

# Words that make a phrase an owner rather than a thing: "the Chair", "Health colleagues".
AGENT_NOUNS = {
    "chair", "co-chair", "chairs", "co-chairs", "chairman", "chairperson", "vice-chair", "secretary", "clerk",
    "director", "directors", "officer", "officers", "colleagues", "colleague", "members", "member", "partners",
    "partner", "team", "teams", "council", "lead", "leads", "manager", "managers", "head", "heads", "schools",
    "school", "champions", "forum", "pcf", "commissioners", "commissioner", "coordinator", "co-ordinator",
    "adviser", "advisor", "advisers", "senco", "sencos", "we", "staff", "service", "services", "trust", "icb",
    "board", "group", "panel", "committee", "clinician", "clinicians", "therapists", "paediatrician",
    "psychologist", "psychologists", "nurse", "nurses", "governors", "parents", "carers", "families",
    "representatives", "representative", "rep", "reps", "everyone", "all", "administrator", "executive",
    "cabinet", "councillor", "councillors", "providers", "colleges", "authority", "hospital",
    "practitioners", "practitioner", "workers", "worker", "sendco", "sendcos", "alnco", "alncos",
    "unit", "network", "office", "department", "directorate", "agency", "charity", "consortium", "centre", "center",
    "mum", "dad", "parent", "carer",  # a child's review: "Mum will email the OT report to Helen"
    "college", "academy", "nursery",  # "The college will send us the destinations data"
    "teacher", "teachers", "headteacher", "headteachers", "assistants",  # "all class teachers to complete ..."
    "ceo", "cfo", "coo", "cmo", "cno",  # a chief officer by the title's initials: "ICB Deputy CFO"
}
# "each org to run one event", "every school to send ...": a body each
ORGANISATIONS = {"org", "organisation", "organization", "setting", "provider", "partnership", "partner", "school", "service",
                 "agency", "team", "college", "trust"}
PLURAL_OWNERS = {"colleagues", "members", "partners", "officers", "schools", "champions", "commissioners",
                 "leads", "heads", "teams", "all", "everyone", "we", "governors", "parents", "carers", "families",
                 "representatives", "reps", "providers", "colleges", "clinicians", "therapists",
                 "practitioners", "workers", "sencos", "directors", "managers", "psychologists", "nurses",
                 "councillors", "chairs", "co-chairs", "staff", "sendcos", "alncos", "teachers", "headteachers",
                 "assistants"}
NOT_NAMES = {"option", "open", "complete", "completed", "closed", "superseded", "ongoing", "the", "this", "that", "these", "those", "it", "there", "they", "he", "she", "which", "who",
             "a", "an", "any", "each", "every", "no", "some", "welcome", "thanks", "apologies", "minutes",
             "item", "action", "actions", "agreed", "agree", "endorse", "approve", "update", "report", "date", "next", "meeting", "note",
             "notes", "present", "attendees", "also", "and", "but", "so", "then", "if", "when", "while",
             "how", "what", "why", "where", "please", "here", "now", "today", "tomorrow", "thank", "hello",
             "hi", "dear", "yes", "our", "your", "my", "fyi"}  # ("FYI - see below": a note, no owner)
ADDRESSING_VERBS = {"email", "e-mail", "call", "phone", "ring", "ask", "invite", "write", "tell", "contact", "meet",
                    "thank", "chase", "remind", "brief", "inform", "update", "send", "text", "message", "copy"}
DIRECTOR_INITIALS = {"AD", "DD", "ED"}  # Assistant, Deputy and Executive Directors, named with their portfolio
TITLES = {"cllr", "councillor", "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "dame"}
INITIALS = re.compile(r"^[A-Z](?:[a-z]?[A-Z]){1,3}[a-z]?$")  # "MW", "DCS", "DoF" for Director of Finance, "MWa" beside MW
# Initials written in a column or a margin: "LP", "DCS", "SKe" (a letter more, to tell two people apart)
INITIALS_WRITTEN = r"[A-Z]{2,4}[a-z]?"
# "MW/YO", "Owen Reid and Grace Adeyemi", "TE & HB", "MW, YO and LP"
OWNER_SEPARATORS = re.compile(r"\s*(?:/|&|\+|,\s*and\s+|,|;|\band\b)\s*")


@dataclass(frozen=True)
class Candidate:
    """One of the partnership's people, as matching needs them. group_role: their role in the
    group whose minutes are imported ("chair", "secretary", "lead", "member"), or None."""

    id: int
    name: str
    job_title: str = ""
    organisations: tuple[str, ...] = ()
    group_role: str | None = None
    email: str = ""  # an action log may name the owner by email address

    @property
    def initials(self) -> str:
        words = [word for word in re.findall(r"[A-Za-z][\w'’-]*", self.name) if word.lower() not in TITLES]
        return "".join(word[0] for word in words).upper()


@dataclass(frozen=True)
class OwnerMatch:
    """The owner as written, the person it matched (or None), how, and what the reviewer must do."""

    written: str
    person: Candidate | None
    how: str  # "Initials of Mary Walker, a member of the group"
    problem: str = ""  # "No one called Jane Smith: choose the owner"
    others: tuple[Candidate, ...] = field(default_factory=tuple)  # everyone it could be

    def to_dict(self) -> dict:
        return {"written": self.written, "person": self.person.name if self.person else None,
                "person_id": self.person.id if self.person else None, "how": self.how,
                "problem": self.problem}


def _plain(text: str) -> str:
    text = re.sub(r"[’']s\b", "", text.strip().strip(".,;:()"))
    text = re.sub(r"\s+&\s+", " and ", text)  # "Data & Performance Manager" is the Data and Performance Manager
    return re.sub(r"^(?:the|our|a)\s+", "", re.sub(r"\s+", " ", text), flags=re.I).casefold()


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text)


# The first names and surnames of the partnership's people, while a text is read with them: a
# one-word owner ("Tom to book the hall") must be one of them, so "Videos to support people" or
# "How to contact the hub" is not an owner. Empty when no directory is given (the parser alone).
KNOWN_NAMES: ContextVar[frozenset[str]] = ContextVar("known_names", default=frozenset())


@contextmanager
def reading_with(names: frozenset[str]):
    token = KNOWN_NAMES.set(names)
    try:
        yield
    finally:
        KNOWN_NAMES.reset(token)


# The short forms a first name goes by ("Dave L" is David Lowe, "Liz" Elizabeth); never everyday words ("Will", "Sue")
SHORT_FORMS = {
    "dave": ("david",), "davy": ("david",), "mike": ("michael",), "mick": ("michael",), "jim": ("james",),
    "jimmy": ("james",), "jamie": ("james",), "tom": ("thomas",), "tommy": ("thomas",), "liz": ("elizabeth",),
    "lizzie": ("elizabeth",), "beth": ("elizabeth", "bethan"), "kate": ("katherine", "catherine", "kathryn"),
    "katie": ("katherine", "catherine", "kathryn"), "cathy": ("catherine",), "kath": ("kathryn", "katherine"),
    "jen": ("jennifer",), "jenny": ("jennifer",), "chris": ("christopher", "christine", "christina"),
    "nick": ("nicholas",), "andy": ("andrew",), "steve": ("stephen", "steven"), "pete": ("peter",),
    "matt": ("matthew",), "tony": ("anthony",), "ben": ("benjamin",), "dan": ("daniel",), "danny": ("daniel",),
    "joe": ("joseph",), "alex": ("alexander", "alexandra"), "jon": ("jonathan",), "becky": ("rebecca",),
    "becca": ("rebecca",), "maggie": ("margaret",), "debbie": ("deborah",), "abi": ("abigail",), "ellie": ("eleanor",),
    "jess": ("jessica",), "vicky": ("victoria",), "sam": ("samuel", "samantha"), "ed": ("edward",), "ted": ("edward",),
}


def same_first_name(written: str, name: str) -> bool:
    """ "Dave" and "david", "Thomas" and "tom": one first name, in full or by its short form (lower case)."""
    return written == name or name in SHORT_FORMS.get(written, ()) or written in SHORT_FORMS.get(name, ())


NAME_WORD = r"[A-Z][a-z'’-]+"


def same_name_shortened(one: str, other: str) -> bool:
    """ "Sarah", "Sarah K" and "Sarah Khan": one person's name, written shorter or in full (the first names equal;
    the surnames, where both give one, equal or one the other's initial); not "Sarah Kent" and "Sarah Khan"."""
    one_words, other_words = one.split(), other.split()
    if not one_words or not other_words or one_words[0] != other_words[0]:
        return False
    if len(one_words) < 2 or len(other_words) < 2:
        return True
    first, second = sorted((one_words[-1].rstrip("."), other_words[-1].rstrip(".")), key=len)
    return second.startswith(first) if len(first) == 1 else first == second


def first_name_of(name: str, full: str, *, with_initial: bool = False) -> bool:
    """ "Nadia" (or, with_initial, "Nadia K") of "Nadia Khan": a first name (perhaps with the surname's initial), and
    the full name of two or three words it shortens."""
    shape = rf"{NAME_WORD}(?:\s[A-Z]\.?)?" if with_initial else NAME_WORD
    return bool(re.fullmatch(shape, name.strip()) and re.fullmatch(rf"{NAME_WORD}(?:\s{NAME_WORD}){{1,2}}", full.strip())) \
        and same_name_shortened(name, full)


def known_names(people: list[Candidate]) -> frozenset[str]:
    """First names and surnames (lower case) of the people an owner may be, and the short forms of
    their first names ("dave" for David Lowe)."""
    found = set()
    for person in people:
        words = [word for word in re.findall(r"[\w'’-]+", person.name.casefold()) if word not in TITLES]
        found.update(words[:1] + words[-1:])
        found.update(short for short, full in SHORT_FORMS.items() if words[:1] and words[0] in full)
    return frozenset(found)


# A line's first letter: "- mary - refreshed figs ...", "2. ignore the yusuf one"
LINE_START = re.compile(r"(?m)^[\s>*•·-]*(?:\d{1,2}[.)]\s*)?(?P<letter>[A-Za-z])")
# "grace adeyemi", "helen b", "claire d": a first name and surname (or its initial) typed in lower case
NAME_IN_LOWER_CASE = re.compile(r"(?<![\w'’@./-])(?P<first>[a-z][a-z'’-]+)\s+(?P<last>[a-z][a-z'’-]+|[a-z](?![\w'’]))(?![\w@-])")
# "mary - refreshed figs", "yusuf to chase the trust", "liam's dashboard": a first name opening a line or sentence
NAME_OPENING = re.compile(r"(?m)(?:^[\s>*•·-]*(?:\d{1,2}[.)]\s*)?|[.!?]\s+)(?P<name>[a-z][a-z'’-]+)"
                          r"(?=\s*[-–—:,]|\s+(?:to|will|pls|please|said|asked|can|has|is)\b|['’]s\b)")
# Names that are also everyday words, never taken for a name alone at a line's start in a text typed in lower case
NOT_NAMES_IN_LOWER_CASE = frozenset(
    "will may can hope grace price hill mark lead ask bill rose frank grant dawn joy faith summer april june amber "
    "ray holly penny chase bell green brown young hall wood king cook rich long little best west north south "
    "page white black grey gray".split())
# "the price", "a grant", "to mark": a word the text uses as an ordinary word, which is then no name there
ORDINARY_USE = re.compile(r"\b(?:the|a|an|to|of|for|our|their|this|that|your|my|his|her|its|in|on|by|with|any|some)\s+"
                          r"(?P<word>[a-z][a-z'’-]+)")


def words_in_ordinary_use(text: str) -> frozenset[str]:
    """The words a text writes after "the", "a", "to" ...: used as ordinary words there, so not taken for
    the people's names at a line's start ("- price to be agreed" in notes that speak of "the price")."""
    return frozenset(found.group("word") for found in ORDINARY_USE.finditer(text[:200_000].lower()))


def typed_in_lower_case(text: str) -> bool:
    """Whether a text was typed in lower case, as on a phone: three lines in ten or more begin with a
    small letter ("- mary - figs to you by fri")."""
    starts = [found.group("letter") for found in LINE_START.finditer(text[:200_000])]
    return len(starts) >= 5 and sum(letter.islower() for letter in starts) * 10 >= 3 * len(starts)


def names_capitalised(text: str, names: frozenset[str], ordinary: frozenset[str] = frozenset()) -> str:
    """A line typed in lower case ("mary - figs to you by fri", "grace adeyemi is bringing ...") with the
    partnership's people's names in capitals, so they are read as names (the same length: only letters'
    case changes). For a text `typed_in_lower_case`; `ordinary`: its `words_in_ordinary_use`, which a
    name alone at a line's start is not."""
    if not names:
        return text

    def full_name(found: re.Match) -> str:
        first, last = found.group("first"), found.group("last")
        if first not in names or (last not in names and (len(last) > 1 or first in NOT_NAMES_IN_LOWER_CASE)):
            return found.group(0)
        return found.group(0).replace(first, first.capitalize(), 1).replace(f" {last}", f" {last.capitalize()}", 1)

    def opening(found: re.Match) -> str:
        name = found.group("name")
        if name not in names or name in NOT_NAMES_IN_LOWER_CASE or name in ordinary:
            return found.group(0)
        return found.group(0)[:found.start("name") - found.start()] + name.capitalize()

    return NAME_OPENING.sub(opening, NAME_IN_LOWER_CASE.sub(full_name, text))


# "Sam Reilly (co-chair)", "Dee Hartley (treasurer)": a person the text introduces with their role
INTRODUCED = re.compile(r"\b(?P<first>[A-Z][a-z'’-]+)\s+(?P<last>[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?)\s+\((?!action)(?:[a-z][^()]{2,60}|[A-Z][A-Za-z]?[A-Z][a-z]?)\)")


# "my BI lead (Kamal)", "our data officer (Jas)": someone outside the group brought in by their role, then their name
ROLE_THEN_NAME = re.compile(r"\b(?:[Mm]y|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[A-Za-z-]+\s+){0,2}[a-z-]+\s+\((?P<name>[A-Z][a-z'’-]+)\)")


def introduced_names(text: str) -> frozenset[str]:
    """The first names and surnames of the people a text introduces by name and role or initials
    ("Jo Bright (JB)"), or by role and then first name ("my BI lead (Kamal)"), so that
    "Sam will ..." later on is one of them even when Sam is not in the partnership's directory."""
    return frozenset(word.casefold() for found in INTRODUCED.finditer(text)
                     for word in (found.group("first"), found.group("last")) if word.casefold() not in TITLES) \
        | frozenset(found.group("name").casefold() for found in ROLE_THEN_NAME.finditer(text)
                    if found.group("name").casefold() not in CALENDAR_NAMES)


# An email's "To:" and "Cc:" lines: "Lyle, Deborah; Patel Anita (WESTMOOR TRUST); Jas Sandhu <jas@...>"
ADDRESSED = re.compile(r"^\s*(?:>\s*)*(?:to|cc)\s*:\s*(?P<who>.+)$", re.I | re.M)


def addressed_names(text: str) -> frozenset[str]:
    """The first names and surnames of the people an email in the text is sent to, so that "Jas will
    send ..." in its body is one of them even when Jas is not in the partnership's directory."""
    found = set()
    for line in ADDRESSED.finditer(text[:200_000]):
        for entry in re.split(r"[;]", line.group("who"))[:40]:
            entry = re.sub(r"<[^>]*>|\([^)]*\)|\S+@\S+|['\"]", " ", entry)
            words = [word for part in entry.split(",") for word in part.split()]
            if 1 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z'’-]+", word) for word in words):
                found.update(word.casefold() for word in words if word.casefold() not in TITLES)
    return frozenset(found)


# "Jenny Clarke", "Imran Hussain": a first name and surname written together somewhere in the text
FULL_NAME = re.compile(r"(?<![\w'’.-])(?P<first>[A-Z][a-z'’]{1,15})\s+(?P<last>[A-Z][a-z'’]{1,20}(?:-[A-Z][a-z'’]+)?)(?![\w'’-])")
NOT_SURNAMES = frozenset({"team", "service", "services", "council", "board", "group", "forum", "trust", "office",
                          "school", "college", "primary", "academy", "nursery", "hospital", "general", "centre",
                          "center", "partnership", "panel", "committee", "network", "programme", "project", "plan",
                          "day", "week", "term", "meeting", "street", "road", "house", "hall", "park", "health"})


def named_in_full(text: str) -> frozenset[str]:
    """The first names of people the text writes in full somewhere ("Jenny Clarke ALS Coordinator"), so that
    "Jenny to put the schedule on the calendar" elsewhere is Jenny's even when she is not in the
    partnership's directory; not a place or a team ("Westmoor General", "Transport Team")."""
    text = text[:200_000]
    lower_case = set(re.findall(r"(?<![\w'’-])[a-z][a-z'’]+", text))  # "transport", "owner", "due": words, not names
    found = set()
    for run in CAPITALISED_RUN.finditer(text):
        # its first two words ("Imran Hussain Job Coach": a byline's name, then the role)
        words = run.group(0).split()
        name = FULL_NAME.fullmatch(" ".join(words[:2])) if len(words) <= 4 else None
        if not name or name.group("first").casefold() == "st":  # (a two-letter first name, "Jo Carter", but not "St Aidan's")
            continue
        first, last = name.group("first").casefold(), name.group("last").casefold()
        if first in lower_case or last in lower_case \
                or first in NOT_NAMES | PRONOUNS | AGENT_NOUNS | PLURAL_OWNERS | THINGS | CALENDAR_NAMES | TITLES \
                or last in NOT_SURNAMES | NOT_NAMES | AGENT_NOUNS | PLURAL_OWNERS | THINGS | CALENDAR_NAMES:
            continue
        found.add(first)
    return frozenset(found)


CAPITALISED_RUN = re.compile(r"(?<![\w'’.-])[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)+(?![\w'’-])")


# "Yousef explained that ...", "Yousef gave an update": a person, by what they did in the meeting
SPEAKER_SUBJECT = re.compile(r"(?<![\w'’])(?P<name>[A-Z][a-z'’-]{2,})\s+(?:said|explained|reported|gave|confirmed|"
                             r"asked|presented|outlined|summarised|summarized|cautioned|raised|updated|thanked|"
                             r"agreed|offered|noted|introduced|described|welcomed)\b")
TIMES_SPOKEN = 2  # a word must do so twice: once may be a place or a team ("Transport said")


def speaking_names(text: str) -> frozenset[str]:
    """The single names the text shows people by, speaking or acting twice or more ("Yousef gave an
    update ... Yousef explained ..."), so that "Yousef will circulate ..." is someone's even when the
    directory spells the name differently; not "The", "She", "Members" or a team."""
    counts = Counter(found.group("name") for found in SPEAKER_SUBJECT.finditer(text))
    return frozenset(name.casefold() for name, count in counts.items()
                     if count >= TIMES_SPOKEN and name.casefold() not in NOT_NAMES | PRONOUNS | AGENT_NOUNS
                     | PLURAL_OWNERS | THINGS and not name.endswith("s"))


# "Mrs Nadia Khan (NK) – Headteacher" in the attendance: who "Mrs Khan" is in these minutes; or, as a
# council's printed minutes list members, "Mrs N Khan (Maintained Primary Headteacher)"
TITLED_NAME = re.compile(r"\b(?P<title>Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?P<first>[A-Z](?:[a-z'’-]+|\.?(?=\s)))\s+"
                         r"(?P<last>[A-Z][a-z'’-]+)\b")
TITLED_SURNAME = re.compile(r"^(?P<title>Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?P<last>[A-Z][a-z'’-]+)$")


# "Sarah K", "Mark W": a first name and the surname's first letter
NAME_AND_INITIAL = re.compile(r"^(?P<first>[A-Z][a-z'’-]+)\s+(?P<initial>[A-Z])\.?$")


def in_full(owner: str, text: str, known: frozenset[str] = frozenset()) -> str:
    """ "Mrs Nadia Khan" for the owner "Mrs Khan", "Sarah Kent" for "Sarah K", when the text names
    exactly one such person in full (its attendance list, say); else the owner as written. "Mrs N
    Khan" only for a surname of the `known` people's (which Khan the initial tells)."""
    initial = NAME_AND_INITIAL.match(owner.strip())
    if initial:
        named = set(re.findall(r"\b" + initial.group("first") + r"\s+" + initial.group("initial") + r"[a-z'’-]+\b", text))
        if not named:  # "s.kent@westmoor.gov.uk" among a shared note's collaborators: Sarah Kent
            named = {f"{initial.group('first')} {surname.capitalize()}" for surname in re.findall(
                r"(?<![\w.-])(?i:" + initial.group("first") + "|" + initial.group("first")[0] + r")[._-]?(" + initial.group("initial")
                + r"[a-z'’-]+)@[\w-]+\.", text, re.I)}
        return named.pop() if len(named) == 1 else owner
    short = TITLED_SURNAME.match(owner.strip())
    if not short:
        return owner
    full = {f"{found.group('title')} {found.group('first')} {found.group('last')}" for found in TITLED_NAME.finditer(text)
            if (found.group("title"), found.group("last")) == (short.group("title"), short.group("last"))
            and (len(found.group("first").rstrip(".")) > 1 or found.group("last").casefold() in known)}
    return full.pop() if len(full) == 1 else owner


# "Dr Anita Patel (AP)" in the attendance: who "AP" is in these minutes, whoever else has those initials
# or "Mark Walsh (MWa)", "Anita Patel (AnP)": a letter more of a name, to tell two people with the same initials apart
DEFINED_INITIALS = re.compile(r"\b(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Prof)\.? )?(?P<name>[A-Z][a-z'’-]+(?:(?: |\n(?=[A-Z][a-z'’-]+ ?\())[A-Z][a-z'’-]+){1,2})"
                              # (a PDF's line broken before the surname: "Nadia\nKhan (NK)")
                              r"(?:,\s+[^,;()\n]{2,60}?){0,2} ?"  # "Dr Anita Patel, Consultant Community Paediatrician (AP)"
                              r"\((?P<initials>[A-Z]{2,3}|[A-Z][a-z]?[A-Z][a-z]?)(?:(?:[,;]|\s[-–—])\s*[^()]{1,60})?\)")


# A key to the owners: "MWa = Mark Walsh", "PS / SK / MWa = Priya / Sarah K / Mark Walsh" (each in turn)
KEY_LINE = re.compile(r"(?P<initials>\b[A-Z][A-Za-z]{1,3}(?:\s*/\s*[A-Z][A-Za-z]{1,3}){0,7})\s*=\s*"
                      r"(?P<names>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?:\s*/\s*[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?){0,7})")


def _key_pairs(text: str) -> Iterator[tuple[str, str]]:
    """(name, initials) for each pair a key to the owners gives, as "Anita Patel (AP)" gives them."""
    for match in KEY_LINE.finditer(text):
        initials = [part.strip() for part in match.group("initials").split("/")]
        names = [part.strip() for part in match.group("names").split("/")]
        if len(initials) == len(names):
            yield from zip(names, initials, strict=True)


# A table that is a key to the owners: "Initials | Name | Role" over "MWa | Mark Walsh | Head of Transport"; or
# a workbook's key titled "Initials" over "AP | Dr Anita Patel, Consultant Community Paediatrician (Trust)"
KEY_INITIALS_CELL = re.compile(r"initials?|abbrev(?:iation)?s?|code", re.I)
KEY_NAME_CELL = re.compile(r"(?:full\s+)?name|person|who", re.I)
# (or "Owner key" over "AP | Dr Anita Patel | Consultant ...", with no header)
KEY_TITLE = re.compile(r"(?:(?:key\s+to\s+(?:the\s+)?|owners['’]?\s+|staff\s+)?initials|initials\s+(?:used|key)|"
                       r"(?:owners?|people|names)\s+key|key\s+to\s+(?:the\s+)?(?:owners?|names))\s*:?", re.I)
KEY_ROWS = 60  # rows of the key read at most under its header
KEY_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Prof)\.?\s+)?(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?![\w'’-])")


def _key_table_pairs(text: str) -> Iterator[tuple[str, str]]:
    """(name, initials) for each row of a table whose header names its initials and names columns, or that
    a line "Initials" titles (its initials first, then each name with its role). (Line by line, each read
    once: a paste of one line of 100,000 tabs is no slower than its length.)"""
    lines = text[:200_000].split("\n")
    at = 0
    while at < len(lines):
        cells = [cell.strip() for cell in re.split(r"\t|\|", lines[at])] if re.search(r"nitial|bbrev|code", lines[at], re.I) else []
        initials_at = next((i for i, cell in enumerate(cells) if KEY_INITIALS_CELL.fullmatch(cell)), None)
        name_at = next((i for i, cell in enumerate(cells) if KEY_NAME_CELL.fullmatch(cell)), None)
        if KEY_TITLE.fullmatch(lines[at].strip(" \t|:#*")):
            initials_at, name_at = 0, 1  # (its rows the initials, then the name)
        at += 1
        if initials_at is None or name_at is None:
            continue
        if at < len(lines) and not lines[at].strip():
            at += 1  # a blank line under the header
        for line in lines[at:at + KEY_ROWS]:
            row = [cell.strip() for cell in re.split(r"\t|\|", line)]
            named = KEY_NAME.match(row[name_at]) if len(row) > max(initials_at, name_at) else None
            if named is None or not re.fullmatch(r"[A-Z][A-Za-z]{1,3}", row[initials_at]):
                break
            yield named.group("name"), row[initials_at]
            at += 1


ROW_NAME_CELL = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}")


def _row_pairs(text: str) -> Iterator[tuple[str, str]]:
    """(name, initials) for each row of a table with no header row that gives a name and, in the next cell,
    its initials: an attendance table's "Mark Walsh<TAB>MWa<TAB>Head of Transport" under "Present"."""
    table = ""  # "" outside a table; "plain" in one whose first row is a name and its initials; else "headed"
    for line in text[:200_000].split("\n"):
        if "\t" not in line and "|" not in line:
            table = ""
            continue
        cells = [cell.strip() for cell in re.split(r"\t|\|", line)][:12]
        pairs = [(re.sub(r"^(?:Dr|Mr|Mrs|Ms|Miss|Cllr)\.?\s+", "", name), initials)
                 for name, initials in itertools.pairwise(cells)
                 if ROW_NAME_CELL.fullmatch(name) and re.fullmatch(r"[A-Z][a-z]?[A-Z][A-Za-z]?|[A-Z]{3,4}", initials)]
        table = table or ("plain" if pairs else "headed")  # (a header's table: the header says what its columns are)
        if table == "plain":
            yield from pairs


def defined_initials(text: str, names: frozenset[str]) -> dict[str, str]:
    """Initials the text itself defines for one of the people ("Anita Patel (AP)", a key's "MWa =
    Mark Walsh" or its table's row "MWa | Mark Walsh | Head of Transport", an attendance table's "Mark Walsh<TAB>MWa"; both names among `names`), each with the one name it gives them; initials given to
    two names are left out."""
    found: dict[str, set[str]] = {}
    pairs = [(" ".join(match.group("name").split()), match.group("initials")) for match in DEFINED_INITIALS.finditer(text)]
    for name, initials in [*pairs, *_key_pairs(text), *_key_table_pairs(text), *_column_pairs(text), *_row_pairs(text)]:
        name = re.sub(r"^(?:Dr|Prof|Mr|Mrs|Ms|Miss|Cllr)\.?\s+(?=\S+\s)", "", name)  # "AP | Dr Anita Patel": Anita Patel
        words = name.split()
        if len(words) == 3 and words[0].casefold() not in names and words[1][0] == initials[0]:
            words = words[1:]  # "... Data Manager Sarah Kent (SK)": a list run together, the role before the name its last word
            name = " ".join(words)
        if len(words) < 2:
            continue
        letters = re.findall(r"[A-Z][a-z]?", initials)  # "AnP": "An" begins Anita, "P" begins Patel
        if not all(word.casefold() in names for word in words) or not (
                words[0].startswith(letters[0]) and words[-1].startswith(letters[-1])):
            continue  # someone from outside the partnership ("DF" stays as written), or "Tom Evans (PCF)"
        found.setdefault(initials, set()).add(name)
    initialled: dict[str, set[str]] = {}
    for match in INITIAL_AND_SURNAME.finditer(text[:200_000]) if "(" in text else ():
        if match.group("surname").casefold() in names:  # "Dr A Patel (Cons Paed)": AP, as the report writes her
            initialled.setdefault(match.group("initial") + match.group("surname")[0], set()).add(match.group("name"))
    found = {**{initials: written for initials, written in initialled.items() if len(written) == 1}, **found}
    return {initials: names.pop() for initials, names in found.items() if len(names) == 1}


def _column_pairs(text: str) -> list[tuple[str, str]]:
    """An attendance table a PDF flattened into its columns, the names in one cell and their initials in the
    next in the same order ("Yusuf Okafor Dr Anita Patel Grace Adeyemi<TAB>YO AP GA"): each initials with the
    two names beside each other there that they stand for."""
    pairs = []
    for line in text[:200_000].split("\n") if "\t" in text else ():
        cells = line.split("\t")
        for at in range(1, len(cells)):
            initials = cells[at].split()
            if len(initials) < 2 or not all(re.fullmatch(r"[A-Z]{2}", each) for each in initials):
                continue
            words = [word for word in cells[at - 1].split() if not re.fullmatch(r"(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Prof)\.?", word)]
            pairs.extend((f"{first} {last}", each) for first, last in zip(words, words[1:], strict=False) for each in initials
                         if (first[0], last[0]) == (each[0], each[1]))
    return pairs


# A clinical system's or register's "Dr A Patel (Cons Paed); G Adeyemi (Head of Children's Therapies)": the
# initials its rows use ("AP") are that person, even where the partnership's usual AP is someone else
INITIAL_AND_SURNAME = re.compile(r"(?<![\w.])(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Prof)\.?\s)?(?P<initial>[A-Z])\.?\s"
                                 r"(?P<surname>[A-Z][a-z'’-]{2,}))\s?\((?!\s*[A-Z]{2,3}\s*\))")


CHAIR_KEY = "the chair"  # where defined_initials' map keeps the chair the minutes name, if they name one
CHAIR = re.compile(r"(?<!co-)(?<!vice[- ])\bchair(?:person|man|woman)?\b", re.I)


def defined_chair(text: str, names: frozenset[str]) -> str:
    """The one person the attendance names as chair ("Owen Reid (OR) – PfA Lead (Chair)"), among
    the partnership's people; "" when none or several."""
    chairs = set()
    for match in DEFINED_INITIALS.finditer(text):
        role = re.split(r"[;\n]", text[match.end(): match.end() + 120], maxsplit=1)[0]
        if CHAIR.search(role) and all(word.casefold() in names for word in match.group("name").split()):
            chairs.add(" ".join(match.group("name").split()))
    for match in NAMED_CHAIR.finditer(text[:200_000]):  # "Present: Councillor Bethan Jones (Chair), ..."
        if all(word.casefold() in names for word in match.group("name").split()):
            chairs.add(match.group("name"))
    return chairs.pop() if len(chairs) == 1 else ""


NAMED_CHAIR = re.compile(r"(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?)\s*\((?i:(?:in\s+the\s+)?chair(?:man|person)?)\)")


def stands_for(initials: str, name: str) -> bool:
    """ "PM" or "PMi" could be Priya Mistry's initials: a capital (and perhaps a letter more) for
    each of the name's words, in order."""
    letters, words = re.findall(r"[A-Z][a-z]?", initials.strip()), name.split()
    return bool(re.fullmatch(r"(?:[A-Z][a-z]?){2,3}", initials.strip())) and len(letters) == len(words) > 1 \
        and all(word.startswith(letter) for letter, word in zip(letters, words, strict=True))


def initials_in_full(owner: str, defined: dict[str, str]) -> str:
    """ "Anita Patel" for the owner "AP" when the minutes define AP so, the chair they name for
    "CHAIR" or "the Chair"; else the owner as written."""
    if re.fullmatch(r"(?:the\s+)?chair", owner.strip(), re.I):
        return defined.get(CHAIR_KEY, owner)
    return defined.get(owner.strip(), owner)


NOT_ACRONYMS = {"action", "actions", "agreed", "noted", "resolved", "update", "decision", "decisions", "note",
                "notes", "minutes", "apologies", "present", "agenda", "items", "summary", "outcome", "outcomes",
                "approved", "closed", "complete", "status", "owner", "deadline", "urgent", "reminder", "welcome"}
WITH_HELP = re.compile(r"^(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),?\s+(?:with|supported\s+by|helped\s+by)\s+"
                       r"(?P<helper>[^,;:()]{2,40})$")
CLAUSE_WORDS = {"that", "which", "whether"}
OBJECT_STARTS = {"a", "an", "the", "our", "their", "your", "some"}  # a verb's object after an imperative
QUANTIFIERS = {"all", "both", "each", "only", "even", "and", "but", "so", "then", "also", "at", "for", "from",
               "in", "of", "on", "with", "by"}
VERB_WORDS = {"are", "is", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "can", "may",
              "said", "says", "told", "explained", "reported", "thinks", "thought", "felt", "feels",  # "X said the Board"
              "wants", "wanted", "hopes", "hoped"}  # "Sarah wants the youth forum (to test ...)": a wish
# Capitalised words that name things, not people: "Entitlement Framework", "Children Webinar".
THINGS = {"framework", "webinar", "strategy", "plan", "report", "policy", "pathway", "programme", "project",
          "offer", "event", "conference", "week", "day", "month", "year", "fund", "funding", "review", "pilot",
          "charter", "guide", "newsletter", "survey", "website", "page", "hub", "system", "model", "process",
          "meeting", "minutes", "agenda", "update", "item", "session", "training", "local", "national"}
PRONOUNS = {"we", "i", "you", "they", "he", "she", "it", "us", "our", "your", "their", "his", "her", "my"}


EMAIL_ADDRESS = re.compile(r"[\w.'’+-]+@[\w-]+(?:\.[\w-]+)+")


# A voice an AI transcript could not name; a chat's sender not in the phone's contacts
HANDLE = re.compile(r"@[a-z][\w.-]{2,30}")  # a wiki's or chat's handle: "@lporter"
TRANSCRIPT_SPEAKER = re.compile(r"Speaker\s+\d{1,2}|\+?\d[\d ]{7,15}\d")


OUR_TEAM = re.compile(r"^(?:our|your|their)\s+(?P<team>(?:[\w-]+\s+){0,2}(?:team|office|service|department))$", re.I)


DATE_MASK = re.compile(r"(?:DD|MM|YY|YYYY)(?:\s*[/.-]\s*(?:DD|MM|YY|YYYY)){1,2}")


def looks_like_owner(phrase: str) -> bool:
    """A person, initials, a job title or a collective owner; not "The dashboard", "This", "How"
    or "Coping with voice overs. We"."""
    phrase = phrase.strip().strip(",")
    if EMAIL_ADDRESS.fullmatch(phrase) or TRANSCRIPT_SPEAKER.fullmatch(phrase) or HANDLE.fullmatch(phrase):
        return True  # a tracker's Lead column: "mary.walker@westmoor.gov.uk"; "Speaker 6"; "+44 7700 900461"
    if DATE_MASK.fullmatch(phrase):
        return False  # "(MM/DD/YY)": how a sheet writes its dates, not three people's initials
    bracketed = TEAM_THEN_INITIALS.match(phrase)
    if bracketed and bracketed.group("team")[0].isupper() and (INITIALS.match(bracketed.group("initials"))
                                                               or " " in bracketed.group("initials")):
        return True  # "Business Support (RH)": a team and the person in it
    words = _words(phrase)
    # (up to seven words an owner: "Council Head of Finance (People) / ICB Deputy CFO" is two)
    if not words or len(words) > 7 * len(OWNER_SEPARATORS.split(phrase)) or re.search(r"\s[–—-]\s|[a-z]{2}[.?!]\s|[?!]", phrase):
        return False
    ours = OUR_TEAM.match(phrase)  # "Our finance team will raise a credit note": a team, as "The finance team"
    if ours:
        return looks_like_owner(f"The {ours.group('team')}")
    if any(re.split(r"['’]", word.lower())[0] in PRONOUNS for word in words):  # "We", "We'll", "they'd"
        return False
    helped = WITH_HELP.match(phrase)
    if helped and _one_owner(helped.group("helper")):
        return True  # "K, with LM": the child, helped by her teaching assistant
    parts = [part for part in OWNER_SEPARATORS.split(phrase) if part.strip()]
    return _one_owner(phrase) or (len(parts) > 1 and all(_one_owner(part) for part in parts)) \
        or _title_and_service(phrase)


_TITLE_WORD = r"(?:[A-Z][\w'’-]*|of|for|and|&)"
TITLE_AND_SERVICE = re.compile(rf"(?:[Tt]he\s+)?{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,5}},\s+[A-Z][\w'’-]*(?:\s+{_TITLE_WORD}){{0,3}}")


def _title_and_service(phrase: str) -> bool:
    """ "The Assistant Director, SEND and Inclusion", "Service Manager, Short Breaks": a job title, then
    after a comma the service it heads."""
    title, comma, service = phrase.partition(",")
    return bool(comma) and TITLE_AND_SERVICE.fullmatch(phrase.strip().strip(".")) is not None and _head(title) in AGENT_NOUNS and _one_owner(title) and service.strip()[:1].isupper() \
        and len(_words(service)) <= 4 and split_owners(phrase) == [phrase.strip().strip(".")]


def _one_owner(phrase: str) -> bool:
    words = _words(phrase)
    if not words or len(words) > 6:
        return False
    first = words[0].lower()
    if first in ("each", "every") and 1 < len(words) <= 3 and _head(phrase) in ORGANISATIONS:
        return True  # "each org", "every school": the work shared out, one each (not "each head needs to sign ...")
    if first in NOT_NAMES and first != "the":
        return False
    if len(words) == 1 and INITIALS.match(words[0]):
        return True
    if len(words) == 1 and re.fullmatch(r"[A-Z]{5,8}", words[0]) and first not in NOT_ACRONYMS:
        return True  # a service by its acronym: "SENDIASS", "CAMHS"; not "AGREED" or "UPDATE"
    if len(words) == 2 and first == "the" and re.fullmatch(r"[A-Z]{2,5}", words[1]):
        return True  # a role by its initials: "the DCO", "the PEP"
    if len(words) > 1 and first in ADDRESSING_VERBS and not words[0].isupper():  # not "SEND Casework Team"
        return False  # "Email Mark Walsh (about the taxi)", "Invite Tom": a task that names a person
    if words[0] in DIRECTOR_INITIALS and len(words) > 1 and all(word[0].isupper() for word in words):
        return True  # "AD SEND & Inclusion": an Assistant Director, by the portfolio
    if any(word.lower() in VERB_WORDS or word.lower() in CLAUSE_WORDS for word in words):
        return False  # "care for me are enabled", "JC explained that the local authority" are clauses
    if len(words) > 2 and words[1].lower() in OBJECT_STARTS and first not in QUANTIFIERS:
        return False  # "Arrange a parent panel (to test ...)" is a task; "All the SENCos" are owners
    head = _head(phrase)
    if words[0][0].islower() and first not in {"the", "all"} and not (head in PLURAL_OWNERS and len(words) <= 3):
        return False  # "providing a forum for members" is a clause; "health colleagues" is an owner
    # A role: its head noun ("Director" of "Director of Education", "colleagues" of "Health
    # colleagues") says who; "Members raised concerns about late changes" is a sentence, not an owner.
    if words[-1].lower() in THINGS:
        return False  # "National Council for Disabled Children Webinar" is an event
    if head in AGENT_NOUNS:
        return True
    # A name: capitalised words ("Jane Smith", "Tom", "Cllr A. Green"), not starting with "The".
    if first == "the" or not all(word[0].isupper() for word in words) or len(words) > 4:
        return False
    names = KNOWN_NAMES.get()
    if len(words) == 1:  # "Tom", but not "Videos" or "Spidey": one of the people, when they are known
        return (first in names or first == "me") if names else not first.endswith("s")  # ("Me": who wrote it)
    # "Jane Smith" (kept and flagged if no one has that name), not "Co-produced Entitlement Framework"
    return not any(word.lower() in THINGS for word in words) and (
        not names or any(word.lower() in names for word in words) or len(words) == 2)


# "... sent to the ICB by 19 February. → BA", "→ FM / MW", "→ YO, for the April meeting", "→ All leads (by 1 March)",
# "→ HB by 7/5"
ARROW_OWNER = re.compile(r"(?:^|\s)[→⇒➔➜]\s*(?P<who>[^→,;()]{1,60}?)\s*"
                         r"(?:,\s*(?P<when>[^→()]{1,60}?)|\((?P<paren>[^()]{1,60})\)|(?P<by>\bby\s+[^→,;()]{1,40}?))?"
                         r"\s*\.?\s*$")


def arrow_owner(text: str) -> tuple[str, str, str] | None:
    """(the text before it, the owner, any words after the owner saying when) for a sentence or
    paragraph ending "→ OWNER"; None when what follows the arrow is not an owner ("→ Owen to bring ...")."""
    match = ARROW_OWNER.search(text)
    if not match or not looks_like_owner(match.group("who")):
        return None
    return text[: match.start()].strip(), match.group("who").strip(), (match.group("when") or match.group("paren")
                                                                       or match.group("by") or "")


def _stands_alone(part: str) -> bool:
    """One of several owners: initials, a full name, or a role ("Tom" alone could be half of a title)."""
    words = _words(part)
    return bool(INITIALS.match(part.strip())) or (len(words) >= 2 and _one_owner(part))


def split_owners(written: str) -> list[str]:
    """ "MW/YO" -> ["MW", "YO"]; "Owen Reid and Grace Adeyemi" -> both; "Health colleagues" -> one; "Tom and
    Kerry from the Parent Carer Forum" -> "Tom", "Kerry" (where they are from said of both)."""
    placed = FROM_PLACE.match(_before_bracket(written.strip()))
    if placed and OWNER_SEPARATORS.search(placed.group("who")) and len(several := split_owners(placed.group("who"))) > 1 \
            and all(part[:1].isupper() and _head(part) not in PLURAL_OWNERS for part in several):
        return several  # (not "Dev and colleagues from health": those colleagues are where they are from)
    parts = [part.strip().strip(".") for part in OWNER_SEPARATORS.split(written.strip()) if part.strip()]
    # "Data and Performance Manager" is one job title, and "Service Manager, Short Breaks" one job
    # title with its team: split only when each part stands alone, or all are first names.
    qualified = "," in written and _head(parts[0]) in AGENT_NOUNS and _head(parts[-1]) not in AGENT_NOUNS
    # "Karen Brennan, ICB Contracts Manager": a person, then the job they do
    qualified = qualified or len(parts) == 2 and len(written.split(",")) == 2 and _head(parts[1]) in AGENT_NOUNS \
        and bool(re.fullmatch(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}", parts[0])) and _head(parts[0]) not in AGENT_NOUNS
    if len(parts) > 1 and not qualified and (all(_stands_alone(part) for part in parts)
                           or all(re.fullmatch(r"[A-Z][a-z'’-]+", part) for part in parts)
                           or _person_and_others(parts) or _full_name_and_first_names(parts)):
        return parts
    return [written.strip().strip(".")]


def _full_name_and_first_names(parts: list[str]) -> bool:
    """ "Helen Brooks + Jas", "Liam Porter and Dave": one of the people in full, and others by their first names
    (not "Data and Performance Manager", one job title, nor "Children and Young People")."""
    names = KNOWN_NAMES.get()
    first = re.compile(r"[A-Z][a-z'’-]+")
    in_full = [part for part in parts if re.fullmatch(r"[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+", part)
               and all(word.casefold() in names for word in part.split())]
    return bool(in_full) and all(part in in_full or (first.fullmatch(part) and part.casefold() not in
                                                     AGENT_NOUNS | THINGS | NOT_NAMES | PLURAL_OWNERS) for part in parts)


def _person_and_others(parts: list[str]) -> bool:
    """ "Tom and the parent reps", "Priya and colleagues": one of the people, then a group with them."""
    return (len(parts) == 2 and parts[0].casefold() in KNOWN_NAMES.get()
            and _head(parts[1]) in PLURAL_OWNERS and _one_owner(parts[1]))


def _head(phrase: str) -> str:
    """The noun a role is named by: "Director" of "Director of Education", "team" of "the SEND team"
    and of "the Preparing for Adulthood team"."""
    last = phrase.strip().split()[-1].lower().strip(".,") if phrase.strip() else ""
    if last in AGENT_NOUNS and last not in ("all", "we"):
        return last
    words = re.split(r"\s+(?:of|for|from|at)\s+", phrase.strip(), maxsplit=1)[0].split()
    return words[-1].lower().strip(".,") if words else ""


def _is_collective(written: str) -> bool:
    words = _plain(written).split()
    return bool(words) and (words[-1] in PLURAL_OWNERS or words[0] in {"all", "we", "each", "every"})


RULES = (
    ("email", "Email address"),
    ("name", "Full name"),
    ("initials", "Initials"),
    ("group_role", "Role in the group"),
    ("job_title", "Job title"),
    ("title_initials", "Job title's initials"),
    ("first_name", "First name"),
    ("surname", "Surname"),
    ("misspelt", "Full name with a letter wrong"),
    ("organisation", "Organisation"),
)


def _fits(rule: str, wanted: str, person: Candidate, written: str) -> bool:
    name = person.name.casefold()
    name_words = [word for word in name.split() if word.strip(".") not in TITLES]
    wanted_words = [word.strip(".") for word in wanted.split() if word.strip(".") not in TITLES]
    if rule == "email":  # and a wiki's or chat's handle: "@lporter", "@liam.porter"
        handle = re.fullmatch(r"@([\w.-]+)", written.strip())
        return _named_by_handle(handle.group(1).casefold(), name_words) if handle else \
            "@" in wanted and (wanted == person.email.casefold() or _named_by_address(wanted, name_words))
    if rule == "name":
        if wanted == name or " ".join(wanted_words) == " ".join(name_words):
            return True
        # "M Walker", "M. Walker", "Mary W"; "Sarah Kh", the surname's first letters telling Sarah Khan from Sarah Kent;
        # "Dave Lowe", "Dave L"
        return (len(wanted_words) == 2 and len(name_words) >= 2 and (
            (len(wanted_words[0]) == 1 and wanted_words[0] == name_words[0][0] and wanted_words[1] == name_words[-1])
            or (len(wanted_words[1]) <= 3 and same_first_name(wanted_words[0], name_words[0])
                and name_words[-1].startswith(wanted_words[1]))
            or (wanted_words[0] != name_words[0] and same_first_name(wanted_words[0], name_words[0])
                and wanted_words[1] == name_words[-1])))
    if rule == "initials":  # "SK"; and "SKh", a letter more to tell Sarah Khan from Sarah Kent
        return bool(INITIALS.match(written.strip())) and (written.strip() == person.initials or (
            bool(re.search(r"[a-z]", written)) and stands_for(written, person.name)))
    if rule == "group_role":
        role = re.sub(r"^(?:group|board|meeting)\s+", "", wanted)
        role = {"co-chair": "chair", "chairman": "chair", "chairperson": "chair", "clerk": "secretary"}.get(role, role)
        return bool(person.group_role) and role == person.group_role
    if rule == "job_title":
        title = _plain(person.job_title)  # as the owner was: "Children's" and "Children" alike
        return bool(title) and (wanted == title or (len(wanted.split()) >= 2 and wanted in title)
                                or (len(title.split()) >= 2 and title in wanted)
                                or wanted in _title_initials(person.job_title)
                                or _title_words(wanted) in _shortened_titles(person.job_title))
    if rule == "title_initials":  # "HS" for "Head of SEND", once no title's own initials ("HoS") fit
        return wanted in _loose_title_initials(person.job_title)
    if rule == "first_name":
        return len(wanted_words) == 1 and bool(name_words) and same_first_name(wanted_words[0], name_words[0])
    if rule == "surname":  # "Walker", "Dr Okafor", "Cllr Green"
        return len(wanted_words) == 1 and len(name_words) > 1 and wanted_words[0] == name_words[-1]
    if rule == "misspelt":  # "Owen Reed" for Owen Reid: the first name, and a surname a letter out
        return len(wanted_words) == 2 and len(name_words) >= 2 and wanted_words[0] == name_words[0] \
            and len(name_words[-1]) >= 4 and _one_letter_apart(wanted_words[1], name_words[-1])
    if rule == "organisation":
        return any(wanted == organisation.casefold() or re.search(rf"\b{re.escape(organisation.casefold())}\b",
                                                                  wanted) for organisation in person.organisations)
    return False


def _one_letter_apart(one: str, other: str) -> bool:
    """Whether two words differ by one letter changed, added or left out ("reed" and "reid")."""
    if one == other or abs(len(one) - len(other)) > 1:
        return False
    if len(one) == len(other):
        return sum(a != b for a, b in zip(one, other, strict=True)) == 1
    short, long = sorted((one, other), key=len)
    return any(long[:at] + long[at + 1:] == short for at in range(len(long)))


def _named_by_address(address: str, name_words: list[str]) -> bool:
    """ "mary.walker@..." or "m.walker@..." (an address made of a name) names Mary Walker, when
    the directory does not hold that address itself."""
    # (and "yusuf.okafor1@...", a number telling two people of one name apart; "kerry.lang.pcf@...", a tag
    # after the name, or a middle name before the surname: "mary.j.walker@...")
    parts = [re.sub(r"\d+$", "", part) for part in re.split(r"[._-]", address.split("@", 1)[0]) if part]
    if not 2 <= len(parts) <= 3 or len(name_words) < 2:
        return False
    first, last = name_words[0], name_words[-1].replace("’", "'")
    return last in parts[1:] and (parts[0] == first or parts[0] == first[0])


def _named_by_handle(handle: str, name_words: list[str]) -> bool:
    """ "@lporter", "@liamporter", "@liamp" or "@liam.porter" names Liam Porter."""
    if re.search(r"[._-]", handle):
        return _named_by_address(f"{handle}@", name_words)
    if len(name_words) < 2:
        return False
    first, last = name_words[0], name_words[-1].replace("’", "").replace("'", "")
    return handle in (first[0] + last, first + last, first + last[0])


SMALL_WORDS = {"of", "and", "for", "the", "to", "in", "&"}


# One-word job titles made of two, written by both initials: "HT" is the headteacher
COMPOUND_TITLES = {"headteacher": "ht", "headmaster": "hm", "headmistress": "hm", "caseworker": "cw"}


def _title_initials(job_title: str) -> set[str]:
    """ "dco" and "pep" for "Designated Clinical Officer" and "Principal Educational Psychologist";
    "dos" and "hos" for "Director of SEND", "Head of SEND" (a job title is often written by its
    initials); "ht" for "Headteacher", "dht" for "Deputy Headteacher"."""
    words = re.findall(r"[\w&']+", job_title.casefold())
    spelt = "".join(COMPOUND_TITLES.get(word, word[0]) for word in words)
    return {spelt} if len(spelt) >= 2 and (len(words) >= 2 or words[0] in COMPOUND_TITLES) else set()


def _title_words(title: str) -> str:
    """A job title's words alone: "&" is "and", commas and full stops left out."""
    return " ".join(re.findall(r"[\w']+", title.casefold().replace("&", " and ")))


def _shortened_titles(job_title: str) -> set[str]:
    """ "ad send and inclusion" for "Assistant Director, SEND and Inclusion": a title's first words
    written by their initials, the rest in full; and "principal ep" for "Principal Educational
    Psychologist": its first words in full, the last two or more by their initials."""
    words = _title_words(job_title).split()
    return {"".join(word[0] for word in words[:count]) + " " + " ".join(words[count:])
            for count in range(2, len(words))} | \
        {" ".join(words[:count]) + " " + "".join(word[0] for word in words[count:]) for count in range(1, len(words) - 1)}


def _loose_title_initials(job_title: str) -> set[str]:
    """ "hs" for "Head of SEND": the initials of its main words, "of" and "for" left out."""
    words = re.findall(r"[\w&']+", job_title.casefold())
    main = "".join(COMPOUND_TITLES.get(word, word[0]) for word in words if word not in SMALL_WORDS)
    return {main} if len(words) >= 2 and len(main) >= 2 else set()


def _describe(person: Candidate) -> str:
    role = "a member of the group" if person.group_role in (None, "member") else f"the group's {person.group_role}"
    if person.group_role is None:
        role = "not a member of the group"
    return f"{person.name} ({role})"


# "Business Support (RH)", "Children's Services (MW)": a team, and in brackets the one person in it
TEAM_THEN_INITIALS = re.compile(r"^(?P<team>[^()]{3,60}?)\s*\((?:(?:via|through|c/o)\s+)?"
                                r"(?P<initials>[A-Z][A-Za-z]?[A-Z][a-z]?|"  # "Business Support (RH)"
                                r"(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Prof)\.?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?|"
                                r"[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?|"  # "The SEND Assessment Team Manager (Nicola Barton)"
                                r"[A-Z][a-z'’-]+)\)$")  # "Transport (Mark)": the team, and who in it, when that is someone


# "Liam from the data team", "Tom at the PCF", "Helen Brooks (she is a SENCo at Riverside)", "The
# PfA team at the council": someone and a word on who they are, as plain-English minutes write an owner
FROM_PLACE = re.compile(r"^(?P<who>[A-Z][^()]{0,50}?)\s+(?:from|at)\s+(?:the\s+)?\S[^()]{0,60}$")
# "(SENDIASS)", "(Head of SEND)", "(she is a SENCo ...)"; not "(via SK)", which names whose it is
# "MW → ask James W", "LP -> via the data team": the owner, then an arrow to how they will go about it
ARROW_NOTE = re.compile(r"^(?P<who>[A-Z][^()→>]{0,40}?)\s*(?:→|->|=>)\s*[a-z][^()]{0,60}$")
BRACKETED_GLOSS = re.compile(r"^(?P<who>[^()]{2,80}?)\s*\((?!\s*(?:via|through|c/o)\b)[^()]+\)$", re.I)


def _before_bracket(text: str) -> str:
    bracketed = BRACKETED_GLOSS.match(text)
    return bracketed.group("who").strip() if bracketed else text


def without_bracket(written: str) -> str:
    """ "Yusuf (ICB)", "Mary Walker (Head of SEND)": the person, their organisation or role in
    brackets; the owner as written when what comes before the bracket is not one."""
    who = _before_bracket(written.strip())
    bracketed = TEAM_THEN_INITIALS.match(written.strip())
    if bracketed and INITIALS.match(bracketed.group("initials")) and not INITIALS.match(who):
        return written  # "Panel chair (JW)": the role and who holds it, both kept for matching
    named = re.fullmatch(r".+?\(\s*([A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?)\s*\)", written.strip())
    if named and _head(who) in AGENT_NOUNS and not INITIALS.match(who):
        return written  # "Office (Julie)": the team and the person in it, both kept
    return who if who != written.strip() and _one_owner(who) else written


def without_gloss(written: str) -> str:
    """The owner in an owner glossed ("Liam from the data team": "Liam"; "Yusuf (ICB)": "Yusuf"; "Sarah
    Khan with the youth forum": "Sarah Khan"), or the owner as written."""
    who = _before_bracket(written.strip())
    placed = FROM_PLACE.match(who) or WITH_HELP.match(who) or ARROW_NOTE.match(who)  # "Sarah Khan with the youth forum"
    who = placed.group("who") if placed else who
    return who if who != written.strip() and _one_owner(who) else written


# "The council's Transport team", "the ICB's commissioning team": a body's own team, named by the team; "Grace
# Adeyemi's team": the team someone leads, theirs to answer for
BODY_S_TEAM = re.compile(r"^(?:the\s+)?(?:council|local\s+authority|LA)"
                         r"['’]s\s+(?P<team>[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,3}\s+(?:team|service|office))$", re.I)
PERSON_S_TEAM = re.compile(r"^(?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})['’]s\s+(?:team|service|office|staff)$")


def team_as_named(written: str) -> str:
    """ "Transport team" for "The council's Transport team"; else the owner as written."""
    team = BODY_S_TEAM.match(written.strip())
    return team.group("team") if team else written


def match_owner(written: str, people: list[Candidate]) -> OwnerMatch:
    """The person an owner as written means (a team with someone's initials in brackets: that someone;
    someone with a word on who they are: that someone)."""
    bracketed = TEAM_THEN_INITIALS.match(written.strip().strip(".,;:"))
    team = bracketed.group("team").strip() if bracketed else ""
    # "Kerry Lang (PCF)": someone by their full name, their organisation in brackets, not a team
    if bracketed and not any(_fits("name", _plain(team), person, team) for person in people):
        found = _match_owner(bracketed.group("initials"), people)
        if found.person is not None:
            return replace(found, written=written.strip().strip(".,;:"))
    led = PERSON_S_TEAM.match(written.strip().strip(".,;:"))
    who = led.group("who") if led else without_gloss(written)
    if who != written:
        found = _match_owner(who, people)
        if found.person is not None:
            return replace(found, written=written.strip().strip(".,;:"))
    tagged = TAGGED_CONTACT.fullmatch(written.strip())
    if tagged and any(_fits("organisation", _plain(tagged.group("tag")), person, tagged.group("tag")) for person in people):
        # "Kerry PCF": a phone's contact, a first name and where she is from
        found = _match_owner(tagged.group("first"), [person for person in people if _fits(
            "organisation", _plain(tagged.group("tag")), person, tagged.group("tag"))])
        if found.person is not None:
            return replace(found, written=written.strip())
    surname_first = SURNAME_FIRST.fullmatch(written.strip().strip(".,;:"))
    if surname_first:  # "Okafor, Yusuf (Westmoor ICB)", as NHS systems and address books write names
        found = _match_owner(f"{surname_first.group('first')} {surname_first.group('last')}", people)
        if found.person is not None:
            return replace(found, written=written.strip().strip(".,;:"))
    found = _match_owner(written, people)
    named = NAME_THEN_TAG.fullmatch(written.strip().strip(".,;:")) if found.person is None else None
    for full in ((f"{named.group('one')} {named.group('two')}", f"{named.group('two')} {named.group('one')}")
                 if named else ()):
        # "Sarah Khan Participation", "Claire Dunmore SENDIASS": a chat's contact saved with where they work;
        # "Adeyemi Grace": a display name written surname first
        fits = [person for person in people if _fits("name", _plain(full), person, full)]
        if len(fits) == 1:
            return OwnerMatch(written.strip(), fits[0], f"Full name: {_describe(fits[0])}", "", tuple(fits))
    return found


NAME_THEN_TAG = re.compile(r"(?P<one>[A-Z][a-z'’-]+)\s+(?P<two>[A-Z][a-z'’-]+)(?:\s+[A-Z][\w&'’-]*){0,3}")
TAGGED_CONTACT = re.compile(r"(?P<first>[A-Z][a-z'’-]+)\s+(?P<tag>[A-Z]{2,8})")
SURNAME_FIRST = re.compile(r"(?P<last>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?),\s*(?P<first>[A-Z][a-z'’-]+)(?:\s*\([^()]{1,60}\))?")


def _match_owner(written: str, people: list[Candidate]) -> OwnerMatch:
    """The person an owner as written means: the group's members first, then everyone.

    Tried in order: email address, full name, initials, role in the group ("the Chair"), job title, first name,
    surname, organisation. The first rule anyone fits decides; several people fitting it (after
    preferring the group's members) means the reviewer chooses.
    """
    written = re.sub(r"^@(?=[A-Z]\S*\s+[A-Z])", "", written.strip().strip(".,;:"))  # "@Sarah Khan", not "@nshah": a name
    wanted = _plain(written)
    collective = _is_collective(written)
    for rule, label in RULES:
        if collective and rule != "group_role":
            break
        fits = [person for person in people if _fits(rule, wanted, person, written)]
        if not fits:
            continue
        members = [person for person in fits if person.group_role]
        # "Mrs Khan" when there are two Khans: a surname alone does not say which, member or not
        pool = fits if rule == "surname" else members or fits
        if rule == "organisation" and len(pool) > 1:
            return OwnerMatch(written, None, "", f"“{written}” is an organisation, not one person: choose the owner",
                              tuple(pool))
        if len(pool) == 1:
            return OwnerMatch(written, pool[0], f"{label}: {_describe(pool[0])}", "", tuple(pool))
        names = ", ".join(person.name for person in pool[:5])
        return OwnerMatch(written, None, "", f"Several people could be “{written}” ({names}): choose the owner",
                          tuple(pool))
    if collective:
        return OwnerMatch(written, None, "", f"“{written}” is not one person: choose the owner")
    return OwnerMatch(written, None, "", f"No one called {written}: choose the owner")


# A writer's own notes: "These are my own notes", "My notes: ...", and who wrote them: "... and me (KL)",
# or a line near the top that starts with a name ("*Kerry Lang, Parent Champion for ...*")
OWN_NOTES = re.compile(r"\bmy\s+(?:own\s+)?(?:notes|list)\b", re.I)  # "my notes", a chair's "BOARD 4/2/27 - my list (AP)"
# "me (RH)", "my notes (RH)", "(my notes - RH - typed up ...)": the writer's initials
ME_INITIALS = re.compile(r"\b(?:me|myself|[Mm]y\s+(?:own\s+)?(?:notes|list))\s*(?:\(|[-–—,:]\s*)"
                         r"(?P<initials>[A-Z][A-Za-z]?[A-Z][a-z]?)\b(?:\)|\s*[-–—,:)])")
# "Posted on 26 February 2027 by Tom Evans, co-chair": a blog post's writer, in its first lines
# ... or a voice memo's "Okay this is Anita Patel, notes from ..."
BYLINE = re.compile(r"(?:\b(?i:posted|written(?:\s+up)?|published)\b[^.\n]{0,40}?\bby|\b(?i:this\s+is|it['’]s))"
                    r"\s+(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\b(?!['’])")
# "These are my own notes rather than formal minutes ... Anne Price, Independent Chair.": signed at the line's end
SIGNED_AFTER = re.compile(r"(?:^|[.!]\s+)(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+),\s+[A-Z][\w ,&'’-]{2,60}\.?\s*$")
SIGNED_NAME = re.compile(r"^[*_\s]*(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?),\s")


# Hand-over wording, one home for every reader of who takes a thing on (a reply's numbered point, a chat's answer,
# a planner task's notes, a log row's update): taking it on ("I'll take it on", "pick this up", "lead on it", "take
# this one over") ...
TAKING_ON = r"(?:take|pick\s+up|own|lead\s+on)"  # (and "Ruth will lead on the booking instead": the thing named)
TAKE_IT_ON = r"(?:" + TAKING_ON + r"\s+(?:it|this|that)(?:\s+one)?(?:\s+(?:on|over|up))?|pick\s+(?:it|this|that)\s+up)\b"
# ... said the other way round, of the thing ("the room booking will now be done by Sam", "will be picked up by YO") ...
TAKEN_ON_BY = r"be\s+(?:picked\s+up|done|taken\s+(?:on|over))\s+by"
# ... and the verb handing it to someone ("handing this one to", "passed it over to", "transferred to", "re-assigned to")
HANDING = r"(?:hand(?:ing|ed)?|pass(?:ing|ed)?|giv(?:ing|en?)|transfer(?:r(?:ing|ed))?|re-?assign(?:ing|ed)?)"


# A record's own field for who wrote it: "Author:        Owen Reid, Preparing for Adulthood Lead"
# (and a form's cells: "Recorded by<TAB>YO (typed same day from handwritten notes)", the writer by their initials)
AUTHOR_FIELD = re.compile(r"^\s*(?:author|written\s+by|prepared\s+by|recorded\s+by|notes?\s+(?:taken\s+)?by|note\s+author)"
                          r"(?:\s*:\s*|\t+\s*|\s{2,})(?P<name>(?-i:[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+|[A-Z]{2,3}))\b", re.I)
# "7. Me - ask Grace ...", "- me - book the room ...", "me: YP version of the guide": the writer's item;
# "Me<TAB>Redraft the policy<TAB>Fri 26 Nov": an email's table row, "Me" in its owner cell. What may come before
# "me" is a list item's lead, the one rule for a bullet, a number, a to-do's box and tag (`ITEM_OPENING`, patterns.py):
# "- [ ] me - book the room", "☐ TODO me: ring the pool"
ME_FIRST = re.compile(r"^(" + ITEM_OPENING + r")(?i:me)(?=\s*[-–—:]\s|\s+to\s|[ ]*\t|\s*[+&]\s*[A-Z])")


# "Me: need to let Anne know ... → *Me – email Anne Price re co-pro week by Fri.*": the outcome after the arrow, the writer's
ME_AFTER_ARROW = re.compile(r"((?:→|⇒|-{1,2}>|=>)\s*[*_]{0,2})(?i:me)(?=\s*[-–—:]\s|\s+to\s)")


def me_as(line: str, who: str) -> str:
    """A line that starts with "Me" as its owner (or whose arrow points to "Me – ..."), with who "me" is in its place."""
    return ME_AFTER_ARROW.sub(lambda found: f"{found.group(1)}{who}", ME_FIRST.sub(lambda found: f"{found.group(1)}{who}", line))


# A letter: "Dear Dr Whitlock" ... "Yours sincerely", then (after a space for the signature) the signer's name
LETTER_OPENING = re.compile(r"^\s*Dear\s+[A-Z]", re.M)
LETTER_SIGNED = re.compile(r"^\s*Yours\s+(?:sincerely|faithfully)\s*,?\s*\n(?:[^\S\n]*\n){0,6}[^\S\n]*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?[^\S\n]+)?"
                           r"(?P<name>[A-Z][a-z'’-]+(?:[^\S\n]+[A-Z][a-z'’-]+){1,2})\b", re.M)


# "I'm chairing this one", "things sitting with me as chair": the writer chairs the meeting
I_CHAIR = re.compile(r"\bI['’]m\s+chairing\b|\bI\s+am\s+chairing\b|\bme\s+as\s+(?:the\s+)?chair\b", re.I)
# "Co-chairs: Tom Evans (PCF) & Sarah Khan (Participation Officer)", "Chair: Anne Price"
CHAIR_LINE = re.compile(r"(?:^[*_#>\s]*|\s[-–—·|]\s+)(?:co-?)?chair(?:s|ed\s+by)?[*_]*\s*[:–—-]\s*(?P<names>[^\n]+)", re.I | re.M)
# "Sarah doing notes", "Ruth taking the minutes": a co-chair who is not chairing
ON_NOTES = re.compile(r"\b(?P<name>[A-Z][a-z'’-]+)\s+(?:is\s+)?(?:doing|taking|on)\s+(?:the\s+)?(?:notes|minutes)\b")


def _chair_writing(text: str) -> str:
    """The chair the document names, when its writer says they chair ("I'm chairing this one"): of two
    co-chairs, the one not taking the notes; "" when that leaves not one."""
    line = CHAIR_LINE.search(text[:5_000])
    if line is None:
        return ""
    said = re.sub(r"\([^()]*\)", " ", line.group("names"))
    noting = {found.group("name") for found in ON_NOTES.finditer(said)}
    names = [name for name in re.findall(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\b", said) if name.split()[0] not in noting]
    return names[0] if len(names) == 1 else ""


# A notes app's export names whose note it is, with their address: "Owner: Helen Brooks <h.brooks@...>" (Google
# Keep's foot), not an action's "Owner: MW"
NOTE_OWNER = re.compile(r"^\s*(?:owner|created\s+by|author)\s*:\s*(?P<name>[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\s*"
                        r"<[^<>@\s]+@[^<>\s]+>\s*$", re.I)


def writer_of(raw_lines: list[str]) -> str:
    """Who wrote a set of first-person notes ("I said I'd ask ..."): the name they give themselves
    near the top, else the initials after "me"; a letter's signer; a post's byline ("Posted ... by Tom Evans"); ""
    when the text is not someone's own notes."""
    text = "\n".join(raw_lines)
    author = next((found.group("name") for raw in raw_lines[:15] if (found := AUTHOR_FIELD.match(raw))), "")
    if author and re.search(r"\bI\b", text):  # a note to file: "Author: Owen Reid", then "I said I would ..."
        return author
    chairing = _chair_writing(text) if I_CHAIR.search(text) else ""
    if chairing:  # a chair's own copy of the agenda: "Co-chairs: Tom Evans & Sarah Khan — I'm chairing this one"
        return chairing
    owner = next((found.group("name") for raw in raw_lines if "<" in raw and (found := NOTE_OWNER.match(raw))), "")
    if owner and re.search(r"\b(?:I|[Mm]e)\b", text):  # a checklist's "me + Jas – pull together ...": its owner's
        return owner
    signer = LETTER_SIGNED.search(text) if LETTER_OPENING.search(text) else None
    if signer and re.search(r"\bI\b", text):  # a letter's "I will refer ...": whoever signs it
        return signer.group("name")
    if not OWN_NOTES.search(text):
        byline = next((found.group("name") for raw in raw_lines[:10] if (found := BYLINE.search(raw))), "")
        return byline if re.search(r"\bI\b", text) else ""
    named = next((found.group("name") for raw in raw_lines[:8] if (found := SIGNED_NAME.match(raw))
                  or (OWN_NOTES.search(raw) and (found := SIGNED_AFTER.search(raw)))), "")
    initials = ME_INITIALS.search(text)
    return named or (initials.group("initials") if initials else "")
