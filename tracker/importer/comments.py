"""Reviewers' comments on a draft, applied to the words they are on.

Draft minutes go round for comment before they are agreed, and the comments change the actions:
"Already sent, so can be marked complete", "I don't think we agreed this - please take it out",
"Can we say 21 July instead?" answered "Agreed", "@Sarah Khan I think this was you?" answered "Yes
mine - I'll bring it to the September board". The document reader writes each comment of a thread
on a line of its own right under the text it is on ("[Comment by Liam Porter] ...", then "[Reply by
Ruth Hill] ..."); here each thread is read and its outcome written into that text, as a secretary
would before the minutes go out, and the comment lines are dropped.
"""
from __future__ import annotations

import re
from collections import Counter

from tracker.importer.chat import AGREED, ANSWERED_NO
from tracker.importer.due import (
    ANY_DAY,
    CALENDAR_NAMES,
    WEEKDAY_START,
    line_due_by,
    read_due,
    without_leading_word,
)
from tracker.importer.patterns import LIST_MARK, NUMBERED_LINE

COMMENT = re.compile(r"^\s*\[(?P<kind>Comment|Reply) by (?P<who>[^\]]{1,60})\]\s*(?P<words>.*)$")
# "can be marked complete", "marking done", "it's already gone out", "already sent this round"
SAYS_DONE = re.compile(r"\b(?:mark(?:ed|ing)?\s+(?:it\s+|this\s+)?(?:as\s+)?(?:done|complete(?:d)?|closed)|"
                       r"(?:it|this)(?:['’]s|\s+is|\s+was|\s+has\s+been)\s+(?:now\s+|already\s+)?(?:done|complete(?:d)?)\b|"
                       r"already\s+(?:done|sent|circulated|shared|gone\s+out|happened|booked|sorted|arranged)\b|"
                       r"come\s+off\s+(?:the\s+list\s+)?as\s+done\b|"  # "so it can come off as done"
                       # "Received 25/6 thanks", "Got these on Friday, thanks", under the ask
                       r"^(?:all\s+)?received\b(?!\s+(?:by|from|at|in|on)\b)|^got\s+(?:it|this|these|them|those)\b|\ball\s+sorted\b)",
                       re.I)
# "isn't an action", "was not really agreed", "wasn't a task": one item said to be no action (a reviewer's note on
# a numbered list, a comment on the draft, a reply's point about an action by its number)
IS_NOT = r"(?:wasn['’]t|was\s+not|isn['’]t|is\s+not)"
NOT_AN_ACTION = IS_NOT + r"\s+(?:really\s+)?(?:an?\s+action|agreed|a\s+task)"
# "Please take out as an action", "I don't think we agreed this", "Removed from the action list"
TAKES_OUT = re.compile(r"\b(?:(?:take|leave)\s+(?:this\s+|it\s+)?out\b|remove\s+(?:this|it)\b|"
                       r"(?:don['’]t|do\s+not)\s+think\s+we\s+(?:ever\s+)?agreed\s+(?:this|that|it|to\s+this)\b|"
                       r"(?:this|it)\s+" + NOT_AN_ACTION + r"\b|"
                       r"(?:removed|taken\s+(?:it\s+|this\s+)?out|deleted)\s+(?:from\s+the\s+actions?|as\s+an\s+action)|"
                       r"(?:can|should)\s+come\s+off\b|"
                       # an answer that refuses or calls it off: "I'm afraid this isn't something CAMHS can do",
                       # "Not needed - the review was done"
                       r"(?:this|that|it)\s+(?:isn['’]t|is\s+not)\s+something\s+(?:\w+\s+){0,3}(?:can|could|will)\s+do\b|"
                       r"^not\s+(?:needed|necessary|required)\b)", re.I)
# A reply that agrees: "Yes - added as 23/07", "Agreed - 21 July please", "Changed."
AGREES = re.compile(AGREED.pattern + r"|^(?:agreed|changed|amended|updated|added|done|fine|correct|that['’]s\s+right|confirmed)\b",
                    re.I)
QUESTIONED_OWNER = re.compile(r"(?<![\w?])[A-Z][\w'’.]*(?:\s+[A-Z][\w'’]*)?\?(?=\s)")  # "SK? to prepare ..."
# (and a numbered item's owner by their initials, set off by a dash: "2. DL - run an EBSA twilight ...")
LEADING_OWNER = re.compile(r"^(?P<lead>(?:\d{1,2}[.)]\s+)?(?:action\s*:\s*)?)(?:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?"
                           r"(?=\s+(?:to|will)\s)|(?-i:[A-Z]{2,4})(?=\s+[-–—]\s+(?-i:[a-z])))", re.I)
OWNER_IN_PARAGRAPH = re.compile(r"(?<=[.;:]\s)[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?(?=\s+(?:to|will)\s+[a-z])")
ITEM_LEAD = re.compile(r"^(?P<lead>\s*" + LIST_MARK + r"?)")  # (its bullet or number: a status goes after it)
MAX_THREAD = 40  # comments on one passage read, far more than a margin holds (a paste of thousands is not)


# A reply's corrections typed under the lines of the draft it quotes: "AP>> This should be Kerry, not Tom"
CORRECTION = re.compile(r"^\s*(?P<who>[A-Z][A-Za-z]{1,3})\s?>>\s?(?P<words>.*)$")
QUOTED_ITEM = re.compile(r"^(?P<lead>\s*(?:>\s*)*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?)(?P<item>.*)$")
ITEM_STARTS = re.compile(r"^\s*(?:>\s*)*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|[-*•]\s+|action\s*:)", re.I)
# "Please change the owner to RB", "This should be Kerry, not Tom", "make it Liam"
CORRECTED_OWNER = re.compile(r"\b(?:(?:change|put)\s+the\s+(?:owner|lead)\s+(?:to|as)|(?:owner|lead)\s+(?:is|should\s+be)|"
                             r"(?:this|it)\s+should\s+(?:be|say)|make\s+(?:it|this)|should\s+be)\s+"
                             r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+)?)(?=\s*(?:[,.;]|\s+not\b|\s+(?:instead|rather)\b|$))|"
                             # "It was Sophie who offered" ("IT WAS ILSE WHO", a name the reply alone gives, in lower case now)
                             r"\b(?i:it|this)\s+was\s+(?!(?i:me|him|her|them|us|you|not|never)\b)"
                             r"(?P<who_was>[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]+)?)\s+who\b")
NEGATED = re.compile(r"(?:\bnot\b|n['’]t\b|\brather\s+than\b|\binstead\s+of\b)(?:(?!\s[-–—]\s)[^.;,(])*", re.I)  # to " - "
ADDED = re.compile(r"\b(?:missed\s+(?:one|an?\s+action|something)|please\s+add\b|add\s+(?:it|this|one)\b|"
                   r"(?:can|could)\s+we\s+(?:also\s+)?add\b|one\s+is\s+missing\b|(?:could|can)\s+(?:that|this|it)\s+go\s+in\b)",
                   re.I)  # "Can we add that ...", "I think one is missing - ..."
ASKED_TO_ADD = re.compile(r"^(?:also,?\s+)?(?:(?:can|could)\s+we\s+(?:also\s+)?add\s+(?:that\s+)?|(?:i\s+think\s+)?one\s+is\s+"
                          r"missing\s*[-–—:,]?\s*)", re.I)
FIRST_PERSON_PROMISE = re.compile(r"\bI\s+said\s+I(?:['’]d|\s+would)\b|\bI(?:['’]ll|\s+will)\b")
FINE = re.compile(r"^(?:fine|ok(?:ay)?|good)\.?\s*(?:but\s+)?", re.I)
ORDINAL = {"first": 0, "second": 1, "third": 2, "last": -1}
MAX_ITEM_LINES = 40  # lines of the paragraph above a correction looked back over (a paste of thousands is not)
MAX_CORRECTION_LINES = 20  # lines of one correction read together; a longer run is read as several


# An update typed in capitals under an item of an earlier list quoted again: "> 2. Owen to send the pack."
# then "STILL OPEN - he's promised it by Friday 5 Feb", or "DONE - attached again"
STATUS_UPDATE = re.compile(r"^\s*(?P<status>DONE|COMPLETED?|CLOSED|STILL\s+OPEN|OPEN|ONGOING|IN\s+PROGRESS)\b"
                           r"\s*[-–—:.,!]?\s*(?P<words>.*)$")
ITEM_LINE = re.compile(r"^\s*(?:>\s*)*(?:\d{1,2}[.)]|[-*•])\s+\S")


def corrections_applied(raw_lines: list[str]) -> list[str]:
    """A reply's corrections typed under the draft's lines ("AP>> This should be Kerry, not Tom ... by
    Thursday 25 March"), written into the item above them as the draft's approver asks; an action they
    say was missed kept as a paragraph of its own, in the corrector's words. An update typed in capitals
    under an item quoted again ("DONE - attached", "STILL OPEN - promised by Friday 5 Feb") is one too."""
    capitals = _capitals_corrections(raw_lines)
    if not capitals and not any(CORRECTION.match(raw) or STATUS_UPDATE.match(raw) for raw in raw_lines):
        return raw_lines
    kept: list[str] = []
    at = 0
    while at < len(raw_lines):
        if at in capitals:  # "KL: THIS WASN'T ME! IT WAS SOPHIE WHO OFFERED ..." under the quoted paragraph
            who, words, at = capitals[at]
            if not _correct(kept, words, who):
                kept.append(words)
            continue
        first = CORRECTION.match(raw_lines[at])
        update = STATUS_UPDATE.match(raw_lines[at]) if not first and _under_an_item(kept) else None
        if first:
            words = []
            while at < len(raw_lines) and len(words) < MAX_CORRECTION_LINES and (found := CORRECTION.match(raw_lines[at])):
                words.append(found.group("words").strip())
                at += 1
            if not _correct(kept, " ".join(words), first.group("who")):
                kept.extend(words)  # nothing above it to correct: its lines as they are, without the marks
        elif update:
            words, at = [update.group("words").strip()], at + 1
            while at < len(raw_lines) and raw_lines[at][:1].isspace() and raw_lines[at].strip()[:1] not in ("", ">"):
                words.append(raw_lines[at].strip())  # the update's wrapped lines, indented under it
                at += 1
            done = update.group("status") in ("DONE", "COMPLETE", "COMPLETED", "CLOSED")
            if not _correct(kept, " ".join(words), "", done=done):
                kept.extend(raw_lines[at - len(words):at])
        else:
            kept.append(raw_lines[at])
            at += 1
    return kept


# A reply's correction in capitals under the quoted draft, after the corrector's initials: "KL: I'M FAIRLY SURE ..."
CAPITALS_LABEL = re.compile(r"^(?P<who>[A-Z]{2,3})\s*:\s+(?P<words>\S.*)$")
QUOTED_LINE = re.compile(r"^\s*>")


def in_capitals(text: str, least: int = 12) -> bool:
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= least and sum(char.isupper() for char in letters) >= 0.8 * len(letters)


# Words a reply's capitals are read back as lower case whatever case the draft gives them ("He will" starts a
# sentence there); the days and months keep their capital
PLAIN_WORDS = frozenset("a an the and or but to of in on at by for from with as is are was were be he she it we they "
                        "you i me him her us them this that his its our their my your not no so if".split())


def _capitals_corrections(raw_lines: list[str]) -> dict[int, tuple[str, str, int]]:
    """Where each correction in capitals starts: (who, its words in ordinary case, the line after it).
    Only in a reply that quotes the draft ("> " before its lines), under a quoted passage."""
    if not any(QUOTED_LINE.match(raw) for raw in raw_lines[:2_000]):
        return {}
    found: dict[int, tuple[str, str, int]] = {}
    cased = None
    for at, raw in enumerate(raw_lines):
        label = CAPITALS_LABEL.match(raw)
        if not (label and in_capitals(label.group("words"))):
            continue
        above = next((line for line in reversed(raw_lines[max(0, at - 3):at]) if line.strip()), "")
        if not QUOTED_LINE.match(above):
            continue
        end, words = at + 1, [label.group("words")]
        while end < len(raw_lines) and end - at < MAX_CORRECTION_LINES and raw_lines[end].strip() \
                and not QUOTED_LINE.match(raw_lines[end]) and in_capitals(raw_lines[end], least=3):
            words.append(raw_lines[end].strip())
            end += 1
        cased = cased if cased is not None else words_in_case(raw_lines)
        found[at] = (label.group("who"), in_ordinary_case(" ".join(words), cased), end)
    return found


def words_in_case(raw_lines: list[str]) -> dict[str, str]:
    """How the document writes its words where it is not shouting: "Sophie", "PCF", "Google"."""
    forms: dict[str, Counter] = {}
    for raw in raw_lines[:5_000]:
        if in_capitals(raw):
            continue
        for word in re.findall(r"[\w'’-]+", raw):
            forms.setdefault(word.casefold(), Counter())[word] += 1
    return {word: counts.most_common(1)[0][0] for word, counts in forms.items()}  # the usual form, not a sentence's first


def in_ordinary_case(text: str, cased: dict[str, str]) -> str:
    """ "IT WAS SOPHIE WHO OFFERED" as "It was Sophie who offered": each word as the document writes it
    elsewhere, else in lower case, and a sentence's first word with its capital."""
    text = re.sub(r"[\w'’-]+", lambda word: _as_written(word.group(0), cased), text)
    text = re.sub(r"\bi\b", "I", text)
    # after "to", "will", "you'd": a verb ("you'd send us"), whatever an acronym spelt the same ("SEND")
    text = re.sub(r"\b((?:to|will|would|can|could|should|please|\w+['’](?:d|ll)))\s+([A-Z]{2,})\b",
                  lambda found: f"{found.group(1)} {found.group(2).lower()}", text)
    text = re.sub(r"\b(\d+)(ST|ND|RD|TH)\b", lambda found: found.group(1) + found.group(2).lower(), text, flags=re.I)
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda found: found.group(1) + found.group(2).upper(), text)


def _as_written(word: str, cased: dict[str, str]) -> str:
    folded = word.casefold()
    if folded in PLAIN_WORDS:
        return folded
    return folded.capitalize() if folded in CALENDAR_NAMES else cased.get(folded, folded)


def _under_an_item(kept: list[str]) -> bool:
    """Whether the last line written, or the item it wraps, is an item of a list ("> 1. Liam to ...")."""
    lines = [line for line in kept[-4:] if line.strip(" >")]
    return bool(lines) and any(ITEM_LINE.match(line) for line in lines[-2:])


def _correct(kept: list[str], words: str, who: str, *, done: bool = False) -> bool:
    """The item above (the "second one" of two, when it says so) as the correction leaves it; `done`
    when an update in capitals says so ("DONE - attached again"). False when nothing is above it."""
    start = len(kept)
    while start and not kept[start - 1].strip(" >"):
        start -= 1  # the blank lines between the draft and the correction
    end = start
    while start and end - start < MAX_ITEM_LINES and kept[start - 1].strip(" >"):
        start -= 1
    if start == end:
        return False
    starts = [number for number in range(start, end) if ITEM_STARTS.match(kept[number])] or [start]
    actions = [number for number in starts if re.search(r"\baction\b", kept[number], re.I)]
    starts = actions or starts  # "Please delete the second one": of the actions written there
    ordinal = re.search(r"\b(first|second|third|last)\s+one\b", words, re.I)
    begin = starts[ORDINAL[ordinal.group(1).lower()]] if ordinal and len(starts) > 1 else starts[-1]
    finish = next((number for number in starts if number > begin), end)
    if ADDED.search(words):  # "I said I'd raise the OT delays ...": the corrector's own, in their initials
        asked = ASKED_TO_ADD.match(FINE.sub("", words))  # "Can we add that Mrs Osei is going to email us ...?"
        added = FINE.sub("", words)[asked.end():].replace("?", ".", 1) if asked else FINE.sub("", words)
        added = FIRST_PERSON_PROMISE.sub(f"{who} will", added) if who else added
        kept[finish:finish] = ["", f"{who}: {added}" if who and not asked else added, ""]
    lead = QUOTED_ITEM.match(kept[begin]).group("lead")
    item = " ".join(line.strip(" >") for line in kept[begin:finish])
    item = item[len(lead.strip(" >")):].strip() if item.startswith(lead.strip(" >")) else item
    kept[begin:finish] = [lead + _item_corrected(item, words, done=done)]
    return True


def _item_corrected(item: str, words: str, *, done: bool = False) -> str:
    if ADDED.search(words):
        return item
    unlabelled = re.sub(r"^action\s*:\s*", "", item, flags=re.I)  # (once done or out, its "ACTION:" label is not true)
    if done:  # an update in capitals: "DONE - attached again"
        return _tagged(unlabelled, "Done in a comment")
    if TAKES_OUT.search(words) or re.search(r"\bplease\s+(?:delete|remove)\b|\bnot\s+an\s+action\b|"
                                          r"\bmake\s+it\s+a\s+note\b", words, re.I):
        return _tagged(unlabelled, "Done in a comment" if SAYS_DONE.search(words) else "Taken out in a comment")
    owner = CORRECTED_OWNER.search(words)
    if owner:
        who = owner.group("who") or owner.group("who_was")
        item = with_owner(item, who[:1].upper() + who[1:])
    due = next((found for sentence in reversed(re.split(r"(?<=[.?!])\s+", NEGATED.sub("", words)))
                if (found := read_due(sentence, ANY_DAY))), None)
    return line_due_by(item, without_leading_word(due.words.rstrip(" .,;"))) \
        if due else item


# A Google Doc downloaded with its comments: "... by next fri[a]" in the text, "[a]he said the 12th not this fri. so
# fri 12th - Sarah K" at the foot of the page
FOOTNOTE = re.compile(r"^\s*\[(?P<mark>[a-z]{1,2})\]\s*(?P<note>\S.*?)(?:\s+[-–—]\s+(?P<who>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?))?\s*$")
MARK = re.compile(r"(?<=\S)\[(?P<mark>[a-z]{1,2})\]")


def _footnotes_as_comments(raw_lines: list[str]) -> list[str]:
    """Comments at a page's foot ("[a]already booked 😅 - Sarah K") written as comments under the line that
    carries their mark ("[Comment by Sarah K] already booked 😅"), the mark taken off it; other texts as they are."""
    notes = {found.group("mark"): (number, found) for number, raw in enumerate(raw_lines) if (found := FOOTNOTE.match(raw))}
    if not notes:
        return raw_lines
    marked = {number: [mark.group("mark") for mark in MARK.finditer(raw) if mark.group("mark") in notes
                       and notes[mark.group("mark")][0] > number] for number, raw in enumerate(raw_lines) if "[" in raw}
    used = {notes[mark][0] for marks in marked.values() for mark in marks}
    kept: list[str] = []
    for number, raw in enumerate(raw_lines):
        if number in used:
            continue
        marks = marked.get(number) or []
        kept.append(MARK.sub(lambda found, marks=marks: "" if found.group("mark") in marks else found.group(0), raw))
        kept.extend(f"[Comment by {notes[mark][1].group('who') or 'a reviewer'}] {notes[mark][1].group('note')}"
                    for mark in marks)
    return kept


# Word's comments left in the text with their replies, as a draft copied "with markup" (or saved after the
# changes were accepted) shows them: "... by 19th March. [Comment [MWa1]: Mark Walsh 01/03/2027 – I said 19th
# March ...]  [Reply: Ruth Hill 02/03/2027 – Changed, thanks Mark.]"
INLINE_COMMENT = re.compile(r"\[(?P<kind>Comment|Reply)(?:\s+\[?(?P<mark>[A-Z][A-Za-z]{0,3})\d{0,3}\]?)?\s*:\s*"
                            r"(?P<body>[^\[\]]{0,2000})\]\s*")
# "Helen Brooks 01/03/2027 – can we say ...": who wrote it and when, before the words
COMMENT_BYLINE = re.compile(r"^(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+\d{1,2}/\d{1,2}/\d{2,4}"
                            r"(?:,?\s+\d{1,2}[:.]\d{2})?\s*[-–—:]\s*")


def inline_threads(text: str) -> str:
    """Each comment thread left inside a line ("[Comment [HB2]: Helen Brooks 01/03/2027 – ...]  [Reply:
    David Lowe 01/03/2027 – Yes that's right, I'll draft it.]") taken out of it and written under it, one
    comment a line ("[Comment by Helen Brooks] ...", "[Reply by David Lowe] ..."), as the document reader
    writes a Word file's margin, so the thread is applied to the line it is on."""
    if "[Reply" not in text and "[Comment" not in text:
        return text
    lines = []
    for line in text.split("\n"):
        found = list(INLINE_COMMENT.finditer(line)) if "[" in line else []
        if not any(comment.group("kind") == "Reply" for comment in found):
            lines.append(line)  # a reviewer's note with no answer: dropped with the tracked changes
            continue
        lines.append(INLINE_COMMENT.sub(" ", line).rstrip())
        for comment in found:
            byline = COMMENT_BYLINE.match(comment.group("body"))
            who = byline.group("who") if byline else (comment.group("mark") or "a reviewer")
            words = comment.group("body")[byline.end() if byline else 0:].strip()
            lines.append(f"[{comment.group('kind').capitalize()} by {who}] {words}")
    return "\n".join(lines)


def comments_applied(raw_lines: list[str]) -> list[str]:
    """The lines with each comment thread's outcome written into the line it is on, and the
    comment lines gone."""
    raw_lines = _footnotes_as_comments(raw_lines)
    if not any(COMMENT.match(raw) for raw in raw_lines):
        return raw_lines
    kept: list[str] = []
    thread: list[tuple[str, str]] = []
    for raw in [*raw_lines, ""]:
        comment = COMMENT.match(raw)
        if comment:
            thread.append((comment.group("who").strip(), comment.group("words").strip()))
            continue
        if thread and kept:
            kept[-1] = thread_applied(kept[-1], thread)
        thread = []
        kept.append(raw)
    return kept[:-1]


def thread_applied(line: str, thread: list[tuple[str, str]]) -> str:
    """One line as the thread of comments on it leaves it: taken out, done, or with a new owner or
    due date. A thread whose last word refuses ("No - decision made") changes nothing."""
    thread = thread[:MAX_THREAD]
    if ANSWERED_NO.match(thread[-1][1]) and len(thread) > 1:
        return line
    said = [words for _who, words in thread]
    if TAKES_OUT.search(said[0]) or any(TAKES_OUT.search(words) for words in said[1:]):
        return _tagged(line, "Taken out in a comment")
    if any(SAYS_DONE.search(words) for words in said):
        return _tagged(line, "Done in a comment")
    owner = _owner_confirmed(thread)
    if owner:
        line = with_owner(line, owner)
    due = _due_agreed(thread) or _due_corrected(thread)
    return line_due_by(line, due) if due else line


# A comment that puts a date right: "he said the 12th not this fri. so fri 12th", "Thurs 21st not Weds"
_DAY_NAME = WEEKDAY_START + r"[a-z]*\.?"
DAY_CORRECTED = re.compile(r"\bso\s+(?P<so>(?:" + _DAY_NAME + r"\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?:\s+[a-z]{3,9}\b)?)|"
                           r"(?P<new>(?:" + _DAY_NAME + r"\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th))\s+not\s+(?:this\s+|next\s+)?"
                           + _DAY_NAME, re.I)


# "I could do Tuesday 14 September instead", "Moved: ... so the deadline is now Friday 5 November": a new date
INSTEAD = re.compile(r"\binstead\b|\b(?:deadline|date)\s+is\s+now\b|^moved\b", re.I)


def _due_corrected(thread: list[tuple[str, str]]) -> str | None:
    """The words of the date a comment corrects the line to ("so fri 12th"), the last such."""
    found = [match for _who, words in thread for match in DAY_CORRECTED.finditer(words)]
    instead = [due for _who, words in thread for sentence in re.split(r"(?<=[.?!])\s+", words)  # (an aside in brackets
               if INSTEAD.search(sentence) and (due := read_due(re.sub(r"\([^()]*\)", "", sentence), ANY_DAY))]  # says why)
    if instead and not found:  # "I can't do 1 Sept. I could do Tuesday 14 September instead"
        return without_leading_word(instead[-1].words.rstrip(" .,;"))
    if not found:
        return None
    last = found[-1]
    return re.sub(r"^the\s+", "", last.group("so") or last.group("new"), flags=re.I)


def with_owner(text: str, who: str) -> str:
    """The text with `who` for its owner: in place of a questioned one ("SK? to prepare ..."), or
    of the name it starts with ("Action: Yusuf to ...")."""
    if QUESTIONED_OWNER.search(text):
        return QUESTIONED_OWNER.sub(who, text, count=1)
    if LEADING_OWNER.match(text):
        return LEADING_OWNER.sub(lambda found: found.group("lead") + who, text, count=1)
    # a paragraph: "Parents raised ... Kerry Lang to run a short survey ...": the last one named to act
    named = list(OWNER_IN_PARAGRAPH.finditer(text)) or list(OWNER_FIELD.finditer(text))
    return f"{text[:named[-1].start()]}{who}{text[named[-1].end():]}" if named else text


# A line of fields set off by spaced dashes, "Tribunals - analysis of outcomes - Liam Porter - 26/02/2027": the owner's field
OWNER_FIELD = re.compile(r"(?<=\s[-–—]\s)[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){1,2}(?=\s+[-–—]\s)")


def _tagged(line: str, status: str) -> str:
    return ITEM_LEAD.sub(lambda found: f"{found.group('lead')}[{status}] ", line, count=1)


def _owner_confirmed(thread: list[tuple[str, str]]) -> str | None:
    """Who says "Yes, mine" to a comment that names them ("@Sarah Khan I think this was you?")."""
    asked = thread[0][1].casefold()
    for who, words in thread[1:]:
        first = who.split()[0].casefold()
        if AGREES.match(words) and (f"@{who.casefold()}" in asked or re.search(rf"\b{re.escape(first)}\b", asked)):
            return who
    return None


def _due_agreed(thread: list[tuple[str, str]]) -> str | None:
    """The words of the date the thread settles on: the last one named in a comment that agrees,
    or named before a reply that agrees ("Can we say 21 July?" / "Agreed"). In each comment, the
    first sentence with a date: the one asked for comes before the reasons ("... on the 1st")."""
    agrees = [bool((number or len(thread) == 1) and AGREES.match(words))  # (an answer alone: "Will do ... by 2 July")
              for number, (_who, words) in enumerate(thread)]
    agreed_later, later = [False] * len(thread), False  # a reply after it agrees: one walk back
    for number in range(len(thread) - 1, -1, -1):
        agreed_later[number], later = later, later or agrees[number]
    agreed = None
    for number, (_who, words) in enumerate(thread):
        if number and ANSWERED_NO.match(words):
            agreed = None  # "No - leave it as it is"
            continue
        if not (agrees[number] or agreed_later[number]):
            continue
        due = next(filter(None, (read_due(sentence, ANY_DAY) for sentence in re.split(r"(?<=[.?!])\s+", words))), None)
        if due and not re.match(r"(?:well\s+)?before\b", due.words, re.I):  # ("I'll confirm one well before the 25th": in time)
            agreed = without_leading_word(due.words.rstrip(" .,;"))
    return agreed


# A reviewer's note on a numbered list: "no. 4 is wrong", "No. 6 isn't an action", "No. 5 is the same as no. 2",
# "item 3 is already done" (not "Action 3 was completed", a log's own numbering in the matters arising)
NUMBERED_VERDICT = re.compile(r"\b(?:no\.?|number|item|task)\s*(?P<number>\d{1,2})\s+"
                              r"(?:(?P<wrong>is\s+wrong|" + NOT_AN_ACTION + r"|" + IS_NOT + r"\s+(?:really\s+)?right|"
                              r"(?:is\s+)?(?:the\s+same\s+as|a\s+duplicate\s+of|duplicates)\s+(?:no\.?|number|item)?\s*\d{1,2})|"
                              r"(?P<done>(?:is\s+|was\s+)?(?:already\s+)?(?:done|sent|complete[d]?)))\b", re.I)
MOST_VERDICTS = 20  # a note names a few items; thousands of such phrases are not one reviewer's note


def numbered_items_reviewed(raw_lines: list[str]) -> list[str]:
    """A reviewer's note on a numbered list (an AI recap's follow-up tasks checked against the recording):
    the items it says are wrong, not actions or repeats marked taken out, those it says are done marked
    done. The list is the numbered one with as many items as the note counts to, after the note where
    one follows it, else before it."""
    verdicts = [(number, found) for number, raw in enumerate(raw_lines) if "no" in raw.lower() or "item" in raw.lower()
                for found in NUMBERED_VERDICT.finditer(raw)][:MOST_VERDICTS]
    if not verdicts:
        return raw_lines
    lists = _numbered_lists(raw_lines)
    highest = max(int(found.group("number")) for _, found in verdicts)
    at = verdicts[0][0]
    fitting = [items for items in lists if len(items) >= highest]
    chosen = next((items for items in fitting if min(items.values()) > at), fitting[-1] if fitting else None)
    if chosen is None:
        return raw_lines
    kept = raw_lines[:]
    for _, found in verdicts:
        line = chosen.get(int(found.group("number")))
        item = NUMBERED_LINE.match(kept[line]) if line is not None else None
        if item and not item.group("text").startswith("["):
            status = "Done in a comment" if found.group("done") else "Taken out in a comment"
            kept[line] = f"{item.group('lead')}[{status}] {item.group('text')}"
    return kept


def _numbered_lists(raw_lines: list[str]) -> list[dict[int, int]]:
    """Each run of lines numbered 1, 2, 3 ...: its numbers and the line each is on."""
    lists: list[dict[int, int]] = []
    for line, raw in enumerate(raw_lines):
        item = NUMBERED_LINE.match(raw)
        if not item:
            continue
        number = int(item.group("number"))
        if number == 1:
            lists.append({1: line})
        elif lists and number == max(lists[-1]) + 1:
            lists[-1][number] = line
    return lists
