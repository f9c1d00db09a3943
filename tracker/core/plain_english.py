"""One scoring rule for plain English: Flesch reading ease, long sentences and unexplained acronyms.

A small documented function rather than a library so that assets/js/reading-meter.js can use the
very same rule while someone types (tests/browser checks both give the same score):

    reading ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)

Web and email addresses are not read as words (a reader skips an address). Words are runs of letters (with ' or - inside). Sentences end at . ! ? or a line break (a heading,
a list item, a table cell is a sentence of its own). Syllables are groups of vowels (y counts),
less a silent final "e", at least one a word. GOV.UK aims at a reading age of 9, about 70 and up.
"""
import functools
import re

SENTENCE_LIMIT = 25
FAMILY_SCORE = 70  # pages a parent, champion or action owner reaches, emails and family summaries
STAFF_SCORE = 60  # the outstanding list, reports, admin

# Acronyms a parent may not know: spelled out on their first use on a page or in an email, as
# "education, health and care plan (EHCP)". NHS, GP and UK are known to everyone and exempt.
ACRONYMS = {
    "EHCP": "education, health and care plan",
    "SEND": "special educational needs and disabilities",
    "SEN": "special educational needs",
    "SENCo": "special educational needs coordinator",
    "CBT": "cognitive behavioural therapy",
    "EASS": "Educational and Autism Support Service",
    "RAG": "red, amber, green",
    "PCF": "parent carer forum",
    "CAMHS": "child and adolescent mental health services",
}

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")
_VOWELS = re.compile(r"[aeiouy]+")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+")  # web and email addresses


def sentences(text: str) -> list[str]:
    text = _ADDRESS.sub(" ", text)
    return [part.strip() for part in _SENTENCE_END.split(text) if _WORD.search(part)]


def words(text: str) -> list[str]:
    return _WORD.findall(_ADDRESS.sub(" ", text))


def syllables(word: str) -> int:
    word = word.lower()
    if not re.search("[a-z]", word):  # a number reads as one syllable here
        return 1
    count = len(_VOWELS.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def reading_ease(text: str) -> float:
    """Flesch reading ease of text, rounded to one place; 100 for text with no words."""
    found = words(text)  # (addresses left out)
    if not found:
        return 100.0
    per_sentence = len(found) / max(len(sentences(text)), 1)
    per_word = sum(syllables(word) for word in found) / len(found)
    return round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 1)


def long_sentences(text: str, limit: int = SENTENCE_LIMIT) -> list[str]:
    return [sentence for sentence in sentences(text) if len(words(sentence)) > limit]


def unexplained_acronyms(text: str) -> list[str]:
    """Known acronyms whose first use is not "the words (ACRONYM)"."""
    missing = []
    for acronym in ACRONYMS:
        first = re.search(rf"\b{re.escape(acronym)}\b", text)
        if first and not (text[:first.start()].endswith("(") and text[first.end():].startswith(")")):
            missing.append(acronym)
    return missing


# Spelling out on first use. Group names ("SEND Board"), the site's name and what people write carry
# acronyms a parent may not know, so every page and email spells each one out where it first appears,
# as an editor would: "special educational needs and disabilities (SEND) Board". The stored text is
# never changed; only what is shown. A form field's value (in an attribute or a <textarea>) is left
# alone, so saving a form never saves the expansion.
_ACRONYM = re.compile(r"\b(" + "|".join(sorted(map(re.escape, ACRONYMS), key=len, reverse=True)) + r")\b")
# Not prose: a field's value, code, and a list's choices (an option is a name to pick, kept as typed).
_LEFT_ALONE = {"script", "style", "textarea", "title", "pre", "code", "option", "select"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_HIDDEN_MARK = re.compile(r"""\bclass=["'][^"']*\bgovuk-visually-hidden\b|\saria-hidden=["']true|\shidden[\s>=/]""")
_OPENING_TAG = re.compile(r"<([a-zA-Z0-9]+)\b[^>]*>")
# A page is read once, from start to end, by two regular expressions that move forward together:
# one for the acronyms, and one for where an element whose text is left alone may start (a tag named
# in _LEFT_ALONE, lower case as the templates write them, or one marked hidden), read only as far
# as an acronym not yet explained. Whole words and the tag around a mark are checked in Python.
def _trie_pattern(words, top: bool = True) -> str:
    """A regular expression matching any of words, written as a tree of their shared beginnings
    ("SEN(?:Co|D)?|EHCP" rather than "SENCo|SEND|SEN|EHCP"), which Python's re reads faster."""
    firsts: dict[str, list[str]] = {}
    for word in words:
        firsts.setdefault(word[:1], []).append(word[1:])
    optional = firsts.pop("", None) is not None
    branches = "|".join(re.escape(first) + _trie_pattern(rests, top=False) for first, rests in sorted(firsts.items()))
    if optional:
        return f"(?:{branches})?" if branches else ""
    return branches if top or len(firsts) == 1 else f"(?:{branches})"


_ACRONYM_SCAN = re.compile(_trie_pattern(ACRONYMS))
_LEFT_ALONE_SCAN = re.compile(_trie_pattern([f"<{name}" for name in _LEFT_ALONE] + ["hidden"]))


def _spelled_out(text: str, explained: set[str]) -> str:
    def expand(match: re.Match) -> str:
        acronym = match.group(1)
        if acronym in explained:
            return acronym
        explained.add(acronym)
        before, after = match.string[:match.start()], match.string[match.end():]
        if before.endswith("(") and after.startswith(")"):  # already "the words (ACRONYM)"
            return acronym
        words = ACRONYMS[acronym]
        line = before[before.rfind("\n") + 1:] + " " + after.split("\n", 1)[0]  # the rest of its line
        if re.search("[A-Z]", line) and not re.search("[a-z]", line):  # a heading in capitals stays so
            return f"{words.upper()} ({acronym})"
        at_start = not before.strip() or before.rstrip(" \t").endswith((".", ":", "!", "?", "\n"))
        return f"{words[0].upper() + words[1:] if at_start else words} ({acronym})"

    return _ACRONYM.sub(expand, text)


def spell_out_in_text(text: str, explained: set[str] | None = None) -> str:
    """Plain text (an email) with each known acronym spelled out where it first appears."""
    return _spelled_out(text, set() if explained is None else explained)


def spell_out_in_page(html: str) -> str:
    """A page with each known acronym spelled out at its first visible use inside <main>."""
    start, end = html.find("<main"), html.rfind("</main>")
    if start < 0 or end < start:
        return html
    main = html[start:end]
    spelled = spell_out_in_html(main)
    return html if spelled is main else html[:start] + spelled + html[end:]


def spell_out_in_html(html: str, explained: set[str] | None = None) -> str:
    """HTML with each known acronym spelled out at its first visible use (not in a tag or a field).

    Every page pays this, so the page is read once (see _ACRONYM_SCAN), an element whose text is
    left alone jumped over in one step (a list of 240 options is one step), and the reading stops
    once every acronym is explained."""
    explained = set() if explained is None else explained
    pieces: list[str] = []
    done = scan = look = 0  # html[:done] is in pieces; left alone checked from scan, acronyms from look
    found = None
    while len(explained) < len(ACRONYMS):
        if found is None or found.start() < look:  # (a jump that ends before it keeps the one found)
            found = _ACRONYM_SCAN.search(html, look)
            if found is None:
                break
        at = found.start()
        if found.group() in explained or not _whole_word(html, at, found.end()):
            look = found.end() if found.group() in explained else at + 1
            continue
        in_tag = html.rfind(">", 0, at) < html.rfind("<", 0, at)
        end = (html.find(">", at) + 1 or len(html)) if in_tag else at  # a tag is read whole
        skip = _left_alone_start(html, scan, end)
        if skip is not None:  # an element before the acronym (or the tag it is in) is left alone
            scan = look = _end_of_element(html, skip)
        elif in_tag:
            scan = look = end
        else:
            text_start, text_end = html.rfind(">", 0, at) + 1, html.find("<", at)
            text_end = len(html) if text_end < 0 else text_end
            pieces += [html[done:text_start], _spelled_out(html[text_start:text_end], explained)]
            done = scan = look = text_end
    return "".join(pieces) + html[done:] if pieces else html


def _left_alone_start(html: str, start: int, end: int) -> re.Match | None:
    """The opening tag of the first element starting between start and end whose text is left
    alone: one named in _LEFT_ALONE, or one hidden from sight."""
    position = start
    while (mark := _LEFT_ALONE_SCAN.search(html, position, end)) is not None:
        tag = _OPENING_TAG.match(html, html.rfind("<", 0, mark.start() + 1))
        if tag is not None and tag.start() <= mark.start() < tag.end() and _is_left_alone(tag):
            return tag
        position = mark.end()
    return None


def _whole_word(html: str, start: int, end: int) -> bool:
    return not (start and _word_character(html[start - 1])) and not (end < len(html) and _word_character(html[end]))


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what a regular expression's \b reads as a word


def _is_left_alone(tag: re.Match) -> bool:
    name = tag.group(1).lower()
    if name in _VOID or tag.group().endswith("/>"):
        return False
    return name in _LEFT_ALONE or _HIDDEN_MARK.search(tag.group()) is not None


def _end_of_element(html: str, start: re.Match) -> int:
    """Where the element opened by `start` ends (elements of the same name inside it counted)."""
    depth = 1
    for tag in _same_name_tags(start.group(1).lower()).finditer(html, start.end()):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.end()
    return len(html)


@functools.cache
def _same_name_tags(name: str) -> re.Pattern:
    return re.compile(rf"<(/?){re.escape(name)}\b[^>]*(?<!/)>", re.IGNORECASE)


def problems_for_families(text: str) -> list[str]:
    """What makes a summary for families hard to read, in words; none when it reads plainly.
    Publishing asks for a second look when there are any, and never refuses (issue 19)."""
    score = reading_ease(text)
    problems = [f"Its reading ease is {score}. Aim for {FAMILY_SCORE} or more."] if score < FAMILY_SCORE else []
    problems += [f"This sentence is over {SENTENCE_LIMIT} words: “{sentence}”" for sentence in long_sentences(text)]
    problems += [f"Write “{ACRONYMS[acronym]} ({acronym})” the first time you use {acronym}."
                 for acronym in unexplained_acronyms(text)]
    return problems


def reading_meter_attributes(meter_id: str) -> dict[str, str]:
    """The attributes that turn a text box into one with a reading meter (assets/reading-meter.js),
    carrying this module's figures so the script has no copy of its own."""
    import json

    return {"data-reading-meter": meter_id, "data-reading-least": str(FAMILY_SCORE),
            "data-sentence-limit": str(SENTENCE_LIMIT), "data-acronyms": json.dumps(ACRONYMS)}
