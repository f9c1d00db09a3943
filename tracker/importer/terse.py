"""Notes thumbed into a phone: no capital letters, no full stops, initials for names.

    ppl: mw yo ga hb sk
    transport
    mw to email the taxi firm asap
    yo => chase trust re the ot advices, update to mw by fri ⏳

Read as they stand, every line would run into the one before it (a line starting in lower case
reads as a sentence wrapped from the line above), and "yo" would be a word, not a person. Each
line is made a line of its own: a short one stays a heading ("transport"), a longer one ends as a
sentence, the initials the attendance line lists are written in capitals ("YO") and its first names
("here: tom, kerry, priya m", and the partnership's people's names) with a capital ("Tom"), an arrow after
them says whose the line is ("YO to chase ..."), "all read ..." is everyone's ("All to read ..."),
"next one" is the next meeting, and the status marks (⏳) are dropped. Text that is not written this
way passes through unchanged.
"""
from __future__ import annotations

import re

from tracker.importer.due import spoken_days_in_figures

MIN_LINES = 8  # fewer lines than this say too little about how they are written
LOWER_CASE_SHARE = 0.6  # of lines starting in lower case
ATTENDANCE = re.compile(r"^\s*(?:ppl|people|present|attendees|attending|here|in\s+the\s+room|who)\s*[:=-]\s*(?P<who>.+)$",
                        re.I)
NOT_INITIALS = {"and", "the", "to", "of", "in", "on", "at", "by", "me", "we", "us", "it", "is", "am", "pm", "or", "an",
                "as", "all", "via", "for", "dr", "mr", "ms", "re"}
# "yo =>", "hb ->", "te/ga =>": whose the line is, before an arrow
OWNER_ARROW = re.compile(r"^(?P<who>[A-Za-z]{2,3}(?:\s*[/&+]\s*[A-Za-z]{2,3})*)\s*(?:=>|->|→|⇒)\s*")
STATUS_MARKS = re.compile(r"\s*[⏳⌛🔄]\ufe0f?")
# "all read the draft pathway": everyone's, as "All to read ..." says it; not "all done", "all agreed"
EVERYONE = re.compile(r"^(?:all|everyone)\s+(?!to\b|done\b|ok\b|good\b|fine\b|[a-z]+ed\b)(?=[a-z]+\s)", re.I)
NEXT_ONE = re.compile(r"\b(?:the\s+)?next\s+one\b", re.I)  # "before next one": the next meeting
WORDS_IN_A_HEADING = 4


LIST_MARK = re.compile(r"^\s*(?:[-•*]\s+|\d{1,2}[.)]\s*)")  # "1. last mins", "- annual reviews": the words after


def _terse(lines: list[str]) -> bool:
    written = [LIST_MARK.sub("", line).strip() for line in lines]
    written = [line for line in written if line[:1].isalpha()]
    if len(written) < MIN_LINES:
        return False
    lower = sum(1 for line in written if line[0].islower()) / len(written)
    sentences = sum(1 for line in written if re.search(r"[a-z]\.(?:\s+[A-Z]|$)", line))
    return lower >= LOWER_CASE_SHARE and sentences <= len(written) // 20


def _people(lines: list[str], known: frozenset[str]) -> tuple[set[str], set[str]]:
    """(initials, first names) the attendance line lists: "ppl: mw yo ga hb sk (participation) rh" gives
    initials; "here: tom (chair tonight), kerry, priya m, me (bex - notes)" first names, the writer's too."""
    initials: set[str] = set()
    names: set[str] = set()
    for line in lines:
        listed = ATTENDANCE.match(line)
        if not listed:
            continue
        who = listed.group("who").lower()
        listed_names = set(re.findall(r"\bme\s*\(\s*([a-z]{2,})", who))  # "me (bex - notes)": the writer
        listed_initials: set[str] = set()
        for part in re.split(r"[,;]", re.sub(r"\([^()]*\)", " ", who)):
            words = [word for word in re.findall(r"\b[a-z]{2,}\b", part) if word not in NOT_INITIALS]
            # "mw yo ga hb": all of them; "dl came at 10.30", "priya m": the first word only
            for word in words if all(len(word) <= 3 for word in words) else words[:1]:
                if word in known or (len(word) >= 3 and re.search(r"[aeiouy]", word)):
                    listed_names.add(word)
                elif len(word) <= 3:
                    listed_initials.add(word)
        if len(listed_names) > len(listed_initials):  # "tom, kerry, jo": among names, "jo" is one too
            listed_names, listed_initials = listed_names | listed_initials, set()
        names, initials = names | listed_names, initials | listed_initials
    return initials, names | {name for name in known if len(name) >= 3}


def terse_notes(raw_lines: list[str], known: frozenset[str] = frozenset()) -> list[str]:
    """Phone notes as lines the parser reads; other text unchanged. `known`: the partnership's
    people's names in lower case, written with a capital wherever the notes use them."""
    if not _terse(raw_lines):
        return raw_lines
    initials, names = _people(raw_lines, known)
    in_capitals = re.compile(r"\b(?:" + "|".join(sorted(initials)) + r")\b") if initials else None
    # "priya m": the name, and the initial that tells two Priyas apart
    named = re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True))
                       + r")\b(?:\s([a-z])\b(?!['’]))?") if names else None
    kept: list[str] = []
    for raw in raw_lines:
        line = STATUS_MARKS.sub("", raw).strip()
        if not line:
            kept.append("")
            continue
        if in_capitals is not None and not ATTENDANCE.match(line):
            line = in_capitals.sub(lambda found: found.group().upper(), line)
        if named is not None:  # (in the attendance line too: "Here: Tom, Kerry, Jo" lists the people there)
            line = named.sub(lambda found: found.group(1).capitalize()
                             + (f" {found.group(2).upper()}" if found.group(2) else ""), line)
        line = OWNER_ARROW.sub(lambda found: f"{found.group('who').upper()} to ", line)
        line = NEXT_ONE.sub("the next meeting", EVERYONE.sub(lambda found: f"{found.group().strip()} to ", line))
        mark = LIST_MARK.match(line)  # "2. money": the item's words begin with the capital
        at = mark.end() if mark else 0
        line = line[:at] + line[at:at + 1].upper() + line[at + 1:]
        title = not any(kept)  # the first line names the meeting: "senco / health catch up mon 8 feb"
        if len(line.split()) > WORDS_IN_A_HEADING and not title and not re.search(r"[.!?:]$", line):
            line += "."
        kept.append(line)
    return kept


# Speech to text: "... for the september board new line", "sarah is going to check ... full stop"
# ("period" and "colon" left out: "the consultation period" is written, not spoken punctuation)
SPOKEN_MARKS = {"full stop": ".", "comma": ",", "question mark": "?", "new line": "\n", "new paragraph": "\n\n",
                "next line": "\n"}
# (No run of spaces before the words in the pattern: tried at each space of a long run, it took time
# growing with the square of the run's length; the spaces before a mark are dropped in `_marks_written`.)
SPOKEN_MARK = re.compile(r"\b(?:" + "|".join(SPOKEN_MARKS) + r")\b[ \t]*", re.I)
MIN_SPOKEN_MARKS = 4


def dictated_notes(raw_lines: list[str], names: frozenset[str]) -> list[str]:
    """Notes dictated to a phone, their punctuation spoken ("full stop", "comma", "new line") and
    nothing in capitals: the marks written as marks, each sentence begun with a capital, and the
    people's names (`names`, in lower case) in capitals, so "liam to add ..." is Liam's."""
    text = "\n".join(raw_lines)
    # a phone may capitalise names and sentences itself; written minutes have capitals on most lines
    if len(SPOKEN_MARK.findall(text)) < MIN_SPOKEN_MARKS or sum(char.isupper() for char in text) > len(text) // 20:
        return raw_lines
    text = re.sub(r"(?<=[a-z0-9,'’])[ \t]*\n(?=[a-z])", " ", text)  # a transcript wrapped at its width: one run of speech
    text = _scratched(_marks_written(text))
    text = re.sub(r"\bi(?=\b(?:['’](?:m|ll|d|ve))?(?!['’\w]))", "I", text)
    text = re.sub(r"(?<! ) +\n", "\n", re.sub(r"(?<! ) +([.,?:])", r"\1", text))  # a run tried from its start only
    text = spoken_days_in_figures(text)
    if names:
        text = re.sub(r"\b[a-z][a-z'’-]+\b", lambda word: word.group().capitalize() if word.group() in names
                      else word.group(), text)
        # speech with no full stops: a sentence begins where someone named takes something on
        text = SOMEONE_TAKES_ON.sub(lambda found: found.group() if _after_a_name(text, found.start()) else ". ", text)
    text = re.sub(r"(^|[.?]\s+|(?<!\s)\n\s*)([a-z])", lambda found: found.group(1) + found.group(2).upper(), text)
    # "Item three training. I will book ...": sentences, never a heading, though nothing was said to end the last
    return [f"{line}." if ". " in line and not re.search(r"[.?!:]\s*$", line) else line for line in text.split("\n")]


SOMEONE_TAKES_ON = re.compile(r"(?<=[^\s.?,])[ \t]+(?=(?:(?:[A-Z][a-z'’-]+[ \t]+){0,1}[A-Z][a-z'’-]+|the[ \t]+(?:[a-z]+[ \t]+){0,2}team)"
                              r"[ \t]+(?:will|to|is[ \t]+going[ \t]+to|said[ \t]+(?:she|he|they)[ \t]+would)\b|I[ \t]+will\b)")


def _after_a_name(text: str, at: int) -> bool:
    """Whether the word before `at` is a capitalised name's first part ("Helen" of "Helen Brooks said ...")
    or joins names ("Helen and Sarah to put together ...")."""
    before = text[max(0, at - 40):at].split()
    return bool(before) and (before[-1][:1].isupper() and before[-1].isalpha() or before[-1] in ("and", "&", "or"))
# "tom will no scratch that kerry will circulate": the words said again after "scratch that" replace those before
SCRATCHED = re.compile(r"\b(?:no\s+)?scratch\s+that\s+(?P<first>[\w'’]+)\s+(?P<second>[\w'’]+)", re.I)


def _scratched(text: str) -> str:
    """The words taken back ("scratch that") left out: "tom will no scratch that kerry will ..." ->
    "kerry will ..."; where the words said again do not match, only the command."""
    found = SCRATCHED.search(text)
    while found:
        before = text[:found.start()].rstrip()
        words = before[-200:].split(" ")  # the words taken back are just before: look no further (a long paste)
        again = next((at for at in range(len(words) - 1, max(len(words) - 6, 0), -1)
                      if words[at].lower() == found.group("second").lower()), None)
        if again is not None:
            before = before[:len(before) - len(" ".join(words[again - 1:]))].rstrip()
        text = before + " " + text[found.start("first"):]
        found = SCRATCHED.search(text, len(before))
    return text


def _marks_written(text: str) -> str:
    """ "we agreed comma liam to check full stop" -> "we agreed, liam to check. ": each spoken mark
    written as the mark, the spaces before it dropped."""
    written, at = [], 0
    for found in SPOKEN_MARK.finditer(text):
        written += [text[at:found.start()].rstrip(), SPOKEN_MARKS[" ".join(found.group().split()).lower()], " "]
        at = found.end()
    written.append(text[at:])
    return "".join(written)



# A clerk's key to their shorthand: "Abbrevs as usual: A = action, NFA = no further action, EOT = end of
# term (21/7), nxt pnl = 8/7" (its lines run on until a blank one)
ABBREVIATION_KEY = re.compile(r"^\s*(?:abbrevs?\.?|abbreviations?|key|glossary)(?:\s+(?:as\s+usual|used))?\s*[:=-]\s*(?P<pairs>.+)$",
                              re.I)
ABBREVIATION_PAIR = re.compile(r"(?:^|[,;]\s*)(?P<short>[A-Za-z][\w/]{0,7}(?: [a-z]{2,5})?)\s*=\s*(?P<long>[^,;=]{2,40}?)"
                               r"(?=\s*(?:[,;]|\.?$))")
MOST_ABBREVIATIONS = 40  # a key longer than this is not one typed at the top of the notes


def abbreviations_spelt_out(raw_lines: list[str]) -> list[str]:
    """Notes under a key of their shorthand, each short form spelt out after the key, and the key itself
    dropped. A label is written in full ("Agrd:" as "Agreed:"); other short forms keep the notes' words,
    spelt out beside them ("b4 EOT (end of term (21/7))", "for nxt pnl (8/7)"). A form of one letter
    ("A = action") is spelt out only where it labels a line ("A: PG send ..."), since "A" is also a
    word; the others only as whole words, in the case the key gives them."""
    at = next((number for number, raw in enumerate(raw_lines[:60]) if ABBREVIATION_KEY.match(raw)), None)
    if at is None:
        return raw_lines
    end = at + 1
    while end < len(raw_lines) and raw_lines[end].strip() and end - at < 6:
        end += 1  # the key's wrapped lines
    key = " ".join(raw.strip() for raw in raw_lines[at:end])
    pairs = [(found.group("short"), found.group("long").strip())
             for found in ABBREVIATION_PAIR.finditer(ABBREVIATION_KEY.match(key).group("pairs"))][:MOST_ABBREVIATIONS]
    words = {short: long for short, long in pairs if len(short) > 1}
    labels = {short: long for short, long in pairs if len(short) == 1}
    if not pairs:
        return raw_lines
    pattern = re.compile(r"(?<![\w/])(?:" + "|".join(re.escape(short) for short in sorted(words, key=len, reverse=True))
                         + r")(?![\w/])(?P<label>\s*:)?") if words else None
    label = re.compile(r"^(?P<lead>\s*(?:\d{1,3}/\d{1,4}\s+)?)(?P<short>[" + "".join(labels) + r"])\s*:\s") if labels else None
    kept = raw_lines[:at] + [""]  # the key read, its lines are not the notes' (nor a heading over them)
    for raw in raw_lines[end:]:
        if label:
            raw = label.sub(lambda found: f"{found.group('lead')}{labels[found.group('short')].capitalize()}: ", raw, count=1)
        kept.append(pattern.sub(_spelt_out(words), raw) if pattern else raw)
    return kept


def _spelt_out(words: dict[str, str]):
    """A short form as the key spells it: in place of a label ("Agrd:" as "Agreed:"), else after it, so
    the notes' own words stay ("b4 EOT (end of term (21/7))", "for nxt pnl (8/7)")."""
    def spelt(found: re.Match) -> str:
        short = found.group(0)[:len(found.group(0)) - len(found.group("label") or "")]
        long = words[short]
        if found.group("label"):
            return (long[:1].upper() + long[1:] if short[:1].isupper() else long) + found.group("label")
        return f"{short} ({long})"
    return spelt


# Speech transcribed by a phone with no full stops: "ok um this is Tom ...", "Kerry said she'd do the post um by Friday"
FILLER = re.compile(r"(?<![\w'’-])(?:u+m+|u+h+|e+r+m+|e+r+)(?![\w'’-]),?\s*", re.I)
MIN_FILLERS = 4  # "um"s in the text before it is read as speech
# where a sentence begins in it: someone named taking something on, or the speaker ("I need to ...", "I'll ...")
SPOKEN_TAKES_ON = re.compile(r"(?<=[^\s.?!,])\s+(?=(?:(?:[A-Z][a-z'’-]+\s+){0,1}[A-Z][a-z'’-]+(?:\s+from\s+the\s+[A-Z]{2,5})?\s+"
                             r"(?:will|is\s+going\s+to|is\s+sending|said\s+(?:she|he|they)(?:['’]d|\s+would))\b|"
                             r"I\s+(?:need\s+to|['’]ll|will|said\s+I['’]d)\b|so\s+I['’]ll\b))")


def spoken_notes(raw_lines: list[str]) -> list[str]:
    """A voice memo's transcript (speech with "um"s and no full stops): the fillers dropped and a sentence
    begun where someone takes something on ("... survey. Kerry said she'd do the post ..."), so each
    commitment is read as a sentence of its own. Text not spoken passes through unchanged."""
    text = "\n".join(raw_lines)
    if len(FILLER.findall(text[:100_000])) < MIN_FILLERS or text.count(". ") > len(raw_lines):
        return raw_lines
    kept = []
    for raw in raw_lines:
        if SPOKEN_STAMP.fullmatch(raw):
            kept.append("")  # "00:14" over each stretch of speech: where one ends
            continue
        said = SAID_TWICE.sub(r"\1", FILLER.sub("", raw))  # "Tom um Tom Evans": "Tom Evans"
        kept.append(SPOKEN_TAKES_ON.sub(lambda found, said=said: found.group(0) if _after_a_name(said, found.end())
                                        else ". ", said) if len(said) > 40 and ". " not in said else said)
    return kept


SPOKEN_STAMP = re.compile(r"\s*\d{1,2}:\d{2}(?::\d{2})?\s*")
SAID_TWICE = re.compile(r"\b(\w+)(?:\s+\1\b)+")
