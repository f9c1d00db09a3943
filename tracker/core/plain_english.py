"""One scoring rule for plain English: Flesch reading ease, long sentences and unexplained acronyms.

A small documented function rather than a library so that assets/js/reading-meter.js can use the
very same rule while someone types (tests/browser checks both give the same score):

    reading ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)

Web addresses are not read as words (a reader skips a link's address). Words are runs of letters (with ' or - inside). Sentences end at . ! ? or a line break (a heading,
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
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


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
