"""Minutes printed, scanned and read back by OCR (a scanning app's text, a photocopier's "scan to
text"): the letters OCR mistakes for others mended before the minutes are read.

    Y0 to write to the community paediatrics service ...     ACTI0N: Y0
    DL to circu1ate the traded offer to the Board.
    It was the first face to face rneeting since Septernber.

OCR reads O as 0 and l as 1 inside words ("ACTI0N", "circu1ate", "0kafor") and m as rn ("rneeting",
"tearn"). A digit inside letters is almost never meant, so those are mended wherever the text shows
several of them. "rn" is often meant ("return", "concern"), so a word is mended only when it is
not a word the minutes use elsewhere and reading its "rn" as "m" gives one they do (or a common word
of minutes: "room", "team", "confirm"). The scanning app's own footer ("Scanned with CamScanner")
and stray marks OCR finds in the margin ("|", "~") are dropped. Text that is not OCR'd passes through
unchanged.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter

from tracker.importer.due import MONTH_START

# A letter, a 0 or 1, a letter: OCR's misreading, not a code ("A1", "KS2", "Q3", "2027/28", "10am")
MISREAD_DIGIT = re.compile(r"(?<=[A-Za-z])[01]+(?=[A-Za-z])")
# "circu1ate", "ACTI0N": tried from a word's start only, so a run of 20,000 letters is read once, not from each
MISREAD_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]+[01]+[A-Za-z]+")
LEADING_ZERO = re.compile(r"\b0(?=[A-Za-z]{2,}\b)")  # "0kafor", "0ffer"
TRAILING_ZERO = re.compile(r"\b(?P<letters>[A-Z]{1,2})0\b")  # "Y0" for the initials YO
_MONTH_AFTER = r"(?=\s+(?i:" + MONTH_START + r")[a-z]*\b)"
# "22/1O", "24/O9", "1O .", "1O February": the number 10
LETTER_O_IN_NUMBER = re.compile(r"(?<=[\d/]\d)O\b|(?<=/)O(?=\d)|(?<=\b1)O(?=\s*\.)|(?<=\b[0-3])O" + _MONTH_AFTER)
LETTER_L_IN_NUMBER = re.compile(r"\bl(?=\d" + _MONTH_AFTER + r"|\d/\d)")  # "l9 March", "l2/03": 19, 12
LETTER_G_IN_NUMBER = re.compile(r"(?<=\b[0-3])G(?=/[01]?\d\b)")  # a handwritten "26/2" read as "2G/2"
ARROW_MISREAD = re.compile(r"(?<=\s)-7(?=\s+[a-z])")  # "MW -7 ask James W": a handwritten "→"
# "schoo1", "Pane1", "Apri1": a word's last l read as 1, mended where the minutes (or minutes in general) use the word
TRAILING_ONE = re.compile(r"\b(?P<letters>[A-Za-z]{3,})1\b")
# "Page l of 3", "Pagc 2 of 3": a page's footer misread, mended so that it is dropped as one
PAGE_MISREAD = re.compile(r"\bPag[ceo]\s+(?P<page>[\dlIO]{1,3})\s+of\s+(?P<pages>[\dlIO]{1,3})\b")
FRIDAY_MISREAD = re.compile(r"\b(?P<fr>Fr|FR)[1l](?=\.?(?:\s|$))")  # "Fr1" for a handwritten "Fri"
SPACED_LETTERS = re.compile(r"\b(?:[A-Z0-9] ){3,}[A-Z0-9]\b")  # a heading spaced out by the scan
SPACED_NUMBER = re.compile(r"^(?P<indent>\s*)(?P<number>\d{1,2})\s+\.\s+(?=\S)")
OCR_TICK = re.compile(r"(?:^|\s)v'(?=\s|$)")
# "action    not  ours   !!": a scan's loose spacing between words, not a table's columns (those are
# wider, and keep their gaps)
SPACED_WORDS = re.compile(r"(?<=\S) {2,4}(?=\S)")
WIDE_GAP = re.compile(r"\S {5,}\S")
MISREADINGS_NEEDED = 3  # distinct words with a misread digit before the text is taken as OCR'd
SCANNER_FOOTER = re.compile(r"\b(?:scanned\s+(?:with|by|using)\s+\w+|created\s+by\s+camscanner)\b.*$", re.I)
MARGIN_MARK = re.compile(r"\s+[|~¦]\s*$")
WORD = re.compile(r"[A-Za-z]+")
# Words of minutes that a page may not spell out correctly anywhere else
COMMON_WORDS = frozenset("""
    room team meeting meetings member members minutes item items confirm inform form forms firm term terms
    time times from some same come home summer system systems committee programme comment comments
    recommend recommendation recommendations statement improvement commissioning commission management
    more most made make makes name names number numbers family families timetable timescales
""".split()) | frozenset(name.lower() for name in calendar.month_name if name)


def ocr_mended(raw_lines: list[str], *, scanned: bool = False) -> list[str]:
    """The lines with OCR's misreadings mended, when the text reads as OCR'd (or is `scanned`, an OCR
    service's result); else as they are."""
    text = "\n".join(raw_lines)
    misread = {match.group(0) for match in MISREAD_WORD.finditer(text)}
    # (or a scanner's own stamp on its pages: "Scanned by WMC-MFD-3F-02 on 07/10/2027 14:22")
    if len(misread) < MISREADINGS_NEEDED and not scanned and not SCANNER_FOOTER.search(text):
        return raw_lines
    mended = [_digits_mended(SCANNER_FOOTER.sub("", MARGIN_MARK.sub("", line))) for line in raw_lines]
    known = _known_words("\n".join(mended))
    counts = Counter(word.lower() for line in mended for word in WORD.findall(line))
    return [TRAILING_ONE.sub(lambda found: _l_for_1(found, known), WORD.sub(
        lambda word: _i_for_l(_m_for_rn(word.group(0), known), counts), line)) for line in mended]


def _l_for_1(found: re.Match, known: frozenset[str]) -> str:
    word = found.group("letters") + "l"
    return word if word.lower() in known else found.group(0)


def _page_number(found: re.Match) -> str:
    number = str.maketrans("lIO", "110")
    return f"Page {found.group('page').translate(number)} of {found.group('pages').translate(number)}"


def _digits_mended(line: str) -> str:
    line = SPACED_LETTERS.sub(lambda found: found.group(0).replace(" ", ""), line)  # "A C T I 0 N S"
    line = MISREAD_DIGIT.sub(lambda found: _letters_for(found.group(0), found.string, found.start()), line)
    line = LEADING_ZERO.sub("O", line)
    line = TRAILING_ZERO.sub(lambda found: found.group("letters") + "O", line)
    line = LETTER_L_IN_NUMBER.sub("1", LETTER_O_IN_NUMBER.sub("0", line))  # "22/1O": the number 10
    line = FRIDAY_MISREAD.sub(lambda found: found.group("fr") + "i", LETTER_G_IN_NUMBER.sub("6", line))
    line = ARROW_MISREAD.sub("->", PAGE_MISREAD.sub(_page_number, line))
    line = SPACED_NUMBER.sub(r"\g<indent>\g<number>. ", line)  # "1 .   TE - send ...": item 1
    line = OCR_TICK.sub(" ✓", line)  # "v'" for a handwritten tick
    return SPACED_WORDS.sub(" ", line) if not WIDE_GAP.search(line.strip()) else line


def _letters_for(digits: str, line: str, start: int) -> str:
    """ "0" is O, "1" is l (I among capitals), in the case of the letter before them."""
    capitals = line[start - 1].isupper() and line[start + len(digits)].isupper()
    return "".join(("O" if capitals else "o") if digit == "0" else ("I" if capitals else "l") for digit in digits)


def _known_words(text: str) -> frozenset[str]:
    """The words the minutes spell with no "rn" (which may be OCR's m), and common words of minutes."""
    return frozenset(word.lower() for word in WORD.findall(text) if "rn" not in word.lower()) | COMMON_WORDS


def _i_for_l(word: str, counts: Counter) -> str:
    """ "Actlon" is "Action", when the minutes spell "action" at least as often (an i read as l); "Civlc",
    a word they never spell right, stays."""
    if "l" not in word[1:-1] or len(word) > 20:
        return word
    for at in (at for at in range(1, len(word) - 1) if word[at] == "l"):
        candidate = f"{word[:at]}i{word[at + 1:]}"
        if counts[candidate.lower()] >= counts[word.lower()]:
            return candidate
    return word


def _m_for_rn(word: str, known: frozenset[str]) -> str:
    """ "rneeting" is "meeting", "Westrnoor" "Westmoor", when the minutes (or minutes in general) use
    that word; "return" and "concern" stay as they are."""
    if "rn" not in word.lower():
        return word
    candidate = re.sub("rn", "m", word)
    candidate = candidate[0].upper() + candidate[1:] if word[0].isupper() else candidate
    return candidate if candidate.lower() in known else word
