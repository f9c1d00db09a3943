"""One scoring rule for plain English: Flesch reading ease, long sentences and unexplained acronyms.

A small documented function rather than a library so that assets/js/reading-meter.js can use the
very same rule while someone types (tests/browser checks both give the same score):

    reading ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)

Web and email addresses are not read as words (a reader skips an address). Words are runs of letters (with ' or - inside). Sentences end at . ! ? or a line break (a heading,
a list item, a table cell is a sentence of its own). Syllables are groups of vowels (y counts),
less a silent final "e", at least one a word. GOV.UK aims at a reading age of 9, about 70 and up.
"""
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
_TAG = re.compile(r"(<[^>]*>)")
# Not prose: a field's value, code, and a list's choices (an option is a name to pick, kept as typed).
_LEFT_ALONE = {"script", "style", "textarea", "title", "pre", "code", "option"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_HIDDEN_MARK = re.compile(r"""\bclass=["'][^"']*\bgovuk-visually-hidden\b|\saria-hidden=["']true|\shidden[\s>=/]""")


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
    if start < 0 or end < start or not _ACRONYM.search(html, start, end):
        return html
    return html[:start] + spell_out_in_html(html[start:end]) + html[end:]


def spell_out_in_html(html: str, explained: set[str] | None = None) -> str:
    """HTML with each known acronym spelled out at its first visible use (not in a tag or a field).
    It reads the page only as far as the last first use: every page pays this, so a long list
    whose acronyms are all explained near its top is not walked to its end."""
    explained = set() if explained is None else explained
    wanted = set(_ACRONYM.findall(html)) - explained
    if not wanted:
        return html
    pieces: list[str] = []
    skipping: list[str] = []  # the open elements whose text is left alone
    position = 0
    for found in _TAG.finditer(html):
        text, part = html[position:found.start()], found.group()
        position = found.end()
        pieces.append(_spelled_out(text, explained) if text and not skipping and _ACRONYM.search(text) else text)
        pieces.append(part)
        if wanted <= explained:
            break
        name = re.match(r"</?\s*([a-zA-Z0-9]+)", part)
        if not name or name.group(1).lower() in _VOID:
            continue
        tag = name.group(1).lower()
        if part.startswith("</"):
            if skipping and skipping[-1] == tag:
                skipping.pop()
        elif not part.endswith("/>") and (skipping and tag == skipping[-1] or tag in _LEFT_ALONE
                                          or _HIDDEN_MARK.search(part)):
            skipping.append(tag)  # nested elements of the same name are counted to find the end
    else:  # the text after the last tag
        tail = html[position:]
        pieces.append(_spelled_out(tail, explained) if not skipping and _ACRONYM.search(tail) else tail)
        return "".join(pieces)
    return "".join(pieces) + html[position:]


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
