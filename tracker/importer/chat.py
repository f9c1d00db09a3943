"""A meeting chat exported as its only record: "[10:42] Liam Porter: I'll send it"; a meeting's
transcript (WebVTT), or a table of who said what when, read as one.

Each message is read as a paragraph of its own with its speaker standing for "I" ("I'll pull the
figures" is the speaker's action), a request to someone answered by them on a following line
("Liam can you send ...?" / "yep will do") is the answerer's action, "Action for Ruth - book ..."
is Ruth's, and "... left the meeting" lines are dropped.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from datetime import date

from tracker.importer.due import read_due
from tracker.importer.owners import NOT_NAMES, me_as

# The sentences read with the speaker's name for "I" (parse's `_said_by`), and a chat's request with its answer
# read as who will do it, each to the words as said; None outside a reading
SAID_AS: ContextVar[dict[str, str] | None] = ContextVar("said_as", default=None)


# "[10:42] Name: ...", a WhatsApp export's "[16/11/2027, 19:02] Name: ..." or "16/11/2027, 19:02 - Name: ...";
# a sender not in the phone's contacts shows as their number ("+44 7700 900461: ...")
_STAMP = r"(?:\d{1,2}/\d{1,2}/\d{2,4},?\s+|\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?"
CHAT_LINE = re.compile(r"^[\s\u200e\u200f]*(?:\[" + _STAMP + r"\]|" + _STAMP + r"\s+-)\s*"
                       r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s\d{1,2})?|\+?\d[\d ]{7,15}\d)"
                       r"(?:\s*\([^()\n]{1,60}\))?\s*:\s*"  # a role after the name, "Tom (co-chair)", dropped
                       r"(?P<text>.*)$", re.I)  # (and a transcript's unnamed "Speaker 3")
# "[17/11/2027, 13:58] This message was deleted", "... Messages and calls are end-to-end encrypted": the app's own
SYSTEM_LINE = re.compile(r"^[\s\u200e\u200f]*(?:\[" + _STAMP + r"\]|" + _STAMP + r"\s+-)\s*(?:(?![^:]{1,40}:\s)|[^:\n]{1,60}:\s*\u200e)")
# (and an iPhone's: "[06/07/2027, 19:41:02] PCF Committee 🧩: \u200eKerry Lang removed ...", its words marked left-to-right)
# "‎image omitted", "<Media omitted>", "This message was deleted": what the app shows for no words
NO_WORDS = re.compile(r"^[\u200e\u200f]?(?:<?(?:image|video|audio|sticker|gif|document|media|contact\s+card)\s+omitted>?|"
                      r"this\s+message\s+was\s+deleted|you\s+deleted\s+this\s+message)\s*$", re.I)
# A reaction a chat export writes on a line of its own: Signal's "(- Mary Walker: 👍 -)", "Tom reacted ❤️"
REACTION = re.compile(r"^\s*(?:\(-\s*[^:()]{1,40}:\s*[^\w\s]{1,8}\s*-\)|[A-Z][\w'’ -]{0,40}\s+reacted\s+(?:with\s+)?[^\w\s]{1,8})\s*$")
LEFT_OR_JOINED = re.compile(r"^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*[^:]*\b(?:left|joined)\s+the\s+(?:meeting|call)\s*$",
                            re.I)
# A Teams transcript's own notices: "Hill, Ruth started transcription", "... stopped recording", and the
# recording's length under its title, "6m 41s" or "1h 2m 5s"
RECORDING_NOTICE = re.compile(r"^\s*(?:[A-Z][^:\n]{0,80}?\s(?:started|stopped)\s+(?:transcription|recording)|"
                              r"(?:\d{1,2}h\s*)?\d{1,2}m\s*\d{1,2}s)\s*$")
# "can you", "you said you'd" (a promise recalled, to confirm), "are you OK to"
ASKING = r"(?i:(?:can|could|would)\s+you|you\s+said\s+you['’]d|are\s+you\s+(?:ok|okay|happy|able|alright)\s+to)"
# "Agreed - Liam can you ...?", "Ruth - can you ...?": a dash stands for the comma
REQUEST = re.compile(r"^(?:(?i:so|and|ok(?:ay)?|right|well|now)[,\s]+)?(?:[^,?]{1,30}(?:,|\s[-–—])\s+)?@?"
                     r"(?P<who>[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+)?(?:,|\s+[-–—])?\s+" + ASKING + r"\s+"
                     r"(?P<task>(?:please\s+)?[a-z][^?]*?)(?:\s+(?:please|pls))?\s*\?")
AGREED = re.compile(r"^(?:yes|yep|yeah|yup|sure|ok(?:ay)?|will\s+do|on\s+it|no\s+prob(?:lem|s)?|(?:of\s+)?course|happy\s+to)\b",
                    re.I)
# An answer that says no: "Not this term, sorry", "No - decision made", "We can't ..."
ANSWERED_NO = re.compile(r"^(?:no\b|not\s+(?:this|now|yet|at\s+the\s+moment)|sorry|(?:I|we)\s+(?:can(?:not|['’]t)|won['’]t))",
                         re.I)
ACTION_FOR = re.compile(r"^action\s+for\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*[-–—:]\s*(?P<task>.+)$", re.I)
MIN_MESSAGES = 3  # timestamped lines before a text is read as a chat
MENTION = re.compile(r"^@[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\s*(?:[-–—,:]\s*)?(?:(?i:can|could|would)\s+you)\b")
MENTION_REACH = 16  # messages after an @mention's request that its answer may come in
THREAD_REACH = 60  # lines back up a chat that a reply may be about


# "Can you refresh the figures?" with no name: asked of whoever answers next
OPEN_REQUEST = re.compile(r"^(?:[^,?]{1,30},\s+)?" + ASKING + r"\s+(?P<task>(?:please\s+)?[a-z][^?]*?)"
                          r"(?:\s+(?:please|pls))?\s*\?")
# "@David Lowe to check the wording ...", answered "Will do, I'll get it back to Ruth by Friday 21st"
ASSIGNED = re.compile(r"^@?(?P<who>[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+)?\s+to\s+(?P<task>[a-z][^?]*?)\.?$")
# "Yes. I'll get a poll out tomorrow ...": the answer's own words for the task, unless they point back ("I'll do that")
OWN_WORDS = re.compile(r"\bI(?:['’]ll|\s+will|\s+can)\s+(?!(?:need|have|try|just|be|see)\b)(?P<task>[a-z][^.!?]*)")
REFUSED = re.compile(r"\b(?:can['’]?t|cannot|won['’]t|not|no)\b", re.I)  # "No, but I'll ask Tom": not granted
# a name just before "I'll" is who the message speaks to; not "What I will do is ...", "So I'll ..."
VOCATIVE = re.compile(r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][a-z'’-]+)\s+(?=I(?:['’]ll|\s+will)\b)")
NOT_SPOKEN_TO = NOT_NAMES | {"yeah", "yep", "ok", "okay", "maybe", "perhaps", "hopefully", "honestly", "actually", "sure",
                             "fine", "right", "well", "because", "otherwise", "obviously", "basically", "think", "where"}
# "I can send round the dates, will do by Friday": an offer the same message takes on
OFFER_TAKEN_ON = re.compile(r"\bI\s+can\s+(?=[a-z][^.!?]*?,?\s+(?:and\s+)?will\s+do\b)")
# "What I'll do is I'll get ...", "So what I'll do is, I'll ...": the promise says it twice
WHAT_I_WILL_DO = re.compile(r"\b(?i:so\s+)?(?i:what)\s+I(?:['’]ll|\s+will|\s+can)\s+do(?:\s+is)?,?\s+(?=I(?:['’]ll|\s+will)\b)")
# a chat's "will" with its "I" left off: "Oh perfect ok will do the poster, will get it out to schools by Fri 19th"
WILL_WITHOUT_I = re.compile(r"(?P<lead>^|[,.!]\s+|\b(?i:ok(?:ay)?|yes|yep|sure|perfect|great|fine|no\s+problem)[,!]?\s+)"
                            r"will\s+(?=(?!you\b|we\b|they\b|it\b|be\b|need\b|have\b|do\s+(?:before|after|when|if|once|by|on|at|x)\b)[a-z]+\s+(?!x\b|(?:it|them|that|this)\W*$)[a-z]{2})")


def _with_i(found: re.Match) -> str:
    """ "ok will do the poster" as "ok. I will do the poster": the promise a sentence of its own."""
    lead = found.group("lead")
    return f"{lead.rstrip(', !')}. I will " if lead.strip(" ,.!") else f"{lead}I will "


WE_WILL = re.compile(r"\b[Ww]e(?=['’]ll\b|\s+will\b)")
BARE_WEEKDAY = re.compile(r"(?<!\bby\s)(?<!\bon\s)\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
POINTS_BACK = re.compile(r"^(?:[a-z]+\s+){1,2}(?:it|that|this|them|him|her)\b")
ANY_DAY = date(2027, 1, 1)  # a reference for finding the words of a date; the date itself is not kept


# "Who's asking Yusuf for the figures?", "who is going to book the hall?": a task no one took, asked of whoever
# claims it ("oh yes that's me - I'll email him tomorrow")
WHO_IS_DOING = re.compile(r"^(?:(?i:so|and|ok(?:ay)?|right)[,\s]+)?(?i:who['’]?s|who\s+is)\s+(?:(?i:going\s+to|gonna)\s+"
                          r"(?P<base>[a-z]+\b[^?]*?)|(?P<doing>[a-z]{2,}ing)\b(?P<rest>[^?]*?))\s*\?")


def _asked_task(asked: re.Match) -> str:
    """What a request asks for, as it would be written done: "asking Yusuf for ..." as "ask Yusuf for ..."."""
    if "doing" not in asked.groupdict():
        return asked.group("task")
    if asked.group("base"):
        return asked.group("base")
    stem = asked.group("doing")[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":  # "getting", "running"
        stem = stem[:-1]
    elif re.search(r"[^aeiou][aeiou][kcvzgtsr]$", stem) and not (stem.endswith("it") and len(stem) > 4):
        stem += "e"  # "writing", "sharing", "chasing" (not "visiting")
    return stem + asked.group("rest")


# "Ruth, can you hear me?" / "Yes, you're fine": the call itself working, not a task
CALL_CHECK = re.compile(r"^(?:hear|see)\s+(?:me|us|my\s+screen|the\s+screen|the\s+slides?)\b", re.I)


def _request_granted(message: re.Match, replies: list[tuple[int, re.Match]]) -> tuple[str, int | None]:
    """ "Liam to send ..." when "Liam can you send ...?" (or "Can you send ...?", asked of whoever
    answers next, or "Liam to send ...") is answered "yep will do" by Liam in the next few messages,
    and the answer's number; else ("", None). The answer's own words say the task when they are more than "I'll do that"."""
    # the request may end a longer message: "Right, a dry run in March. Ruth, could you set that up?"
    sentences = re.split(r"(?<=[.!?])\s+", message.group("text").strip())
    asked = next((found for sentence in reversed(sentences)
                  if (found := REQUEST.match(sentence) or OPEN_REQUEST.match(sentence) or ASSIGNED.match(sentence)
                      or WHO_IS_DOING.match(sentence))),
                 None)
    if not asked or CALL_CHECK.match(_asked_task(asked)):
        return "", None
    named = asked.groupdict().get("who")
    for number, reply in replies:
        answer = reply.group("text")
        # (an unsaved contact, shown as their number, answering a request by name: the one asked, "Jo can you ...?")
        unsaved = bool(named) and reply.group("who")[:1] in "+0123456789" and AGREED.match(answer) is not None
        if named and (reply.group("who").split()[0] == named or unsaved) \
                or not named and reply.group("who") != message.group("who"):
            who = named if unsaved else reply.group("who")
            own = OWN_WORDS.search(answer)
            # "Monday's the bank holiday, I'll get them out Tuesday morning": granted, by another day
            if not AGREED.match(answer) and not (own and not REFUSED.search(answer[:own.start()])):
                return "", None
            if own and not POINTS_BACK.match(own.group("task")):
                return f"{who} to {own.group('task')}.", number
            return f"{who} to {_dated_as_answered(_asked_task(asked), answer, own)}.", number
    return "", None


def _spoken_to(found: re.Match) -> str:
    name = found.group("name")
    return found.group(0) if name.casefold() in NOT_SPOKEN_TO else f"{name}, "


def _dated_as_answered(task: str, answer: str, own: re.Match | None) -> str:
    """The task asked for, with the day the answer gives: "Yep, I can do that for Friday" (the request,
    by Friday); "Monday's the bank holiday, I'll get them out Tuesday" (by Tuesday, not Monday as asked)."""
    when = (read_due(own.group("task"), ANY_DAY) if own else None) or read_due(answer, ANY_DAY)
    asked_when = read_due(task, ANY_DAY)
    if AGREED.match(answer):
        by_then = when is not None and asked_when is None \
            and re.match(r"(?:by|for|before|on|until|till|tomorrow|today|tonight)\b", when.words, re.I)  # "will do it tomorrow"
        return f"{task}{', ' + when.words if by_then else ''}"
    bare_day = BARE_WEEKDAY.search(own.group("task")) if own else None
    if bare_day:  # "I'll get them out Tuesday morning"
        when = read_due(f"by {bare_day.group(0)}", ANY_DAY)
    if when is None:
        return task
    if asked_when is not None:
        task = task.replace(asked_when.words, "").rstrip(" ,")
    by_words = when.words if re.match(r"(?:by|before|until|till)\b", when.words, re.I) else f"by {when.words}"
    return f"{task}, {by_words}"


# A meeting's transcript as a WebVTT file (Teams, Zoom): "00:01:02.000 --> 00:01:09.500" then "<v Name>words"
CUE_TIME = re.compile(r"^\s*(?P<stamp>\d{1,2}:\d{2}(?::\d{2})?)(?:[.,]\d{1,3})?\s+-->\s+\S+")
VOICE = re.compile(r"^\s*<v(?:\.[\w.-]+)?\s+(?P<who>[^>]{1,60})>(?P<text>.*?)(?:</v>)?\s*$")


def transcript_as_chat(raw_lines: list[str]) -> list[str]:
    """A WebVTT transcript's cues as a chat's lines ("[00:01:02] Name: words"), each speaker's words
    theirs, a turn split over several cues one message again ("I'll rerun the backlog by school" / "and
    have it to you before Easter."); a cue's identifier ("5d1c7e2a-.../17-1", "12") dropped; its notes kept
    as lines; other texts as they are."""
    if not raw_lines or raw_lines[0].strip().lstrip("\ufeff") != "WEBVTT":
        return raw_lines
    kept, stamp, speaker = [], "", None
    following = raw_lines[2:] + ["", ""]
    for raw, after in zip(raw_lines[1:], following, strict=False):
        cue, voice = CUE_TIME.match(raw), VOICE.match(raw)
        if cue:
            stamp = cue.group("stamp")
        elif voice and stamp:
            who, words = voice.group("who").strip(), re.sub(r"<[^>]+>", "", voice.group("text")).strip()
            words = re.sub(r"^(\d+)\.(?=\s|$)", r"\1,", words)  # "31." said in answer: a number, not a list's item
            if who == speaker and kept:  # (a pause before "I'll ..." ends the clause: "Once I've got the numbers" / "I'll write")
                pause = "," if re.match(r"I(?:['’]ll|\s+will)\b", words) and not re.search(r"[.,;:!?]$", kept[-1]) else ""
                kept[-1] = f"{kept[-1]}{pause} {words}"
            else:
                kept.append(f"[{stamp}] {who}: {words}")
            speaker = who
        elif raw.strip() and raw.strip() != "NOTE" and not raw.strip().isdigit() and not CUE_TIME.match(after):
            kept.append(raw)
            speaker = None
    return kept


# A transcript's summary set out as a table of time, speaker and what they said (an interpreted
# session's notes): "00:18:05<TAB>Priya Mistry (via interpreter)<TAB>Asked for ..."
TIMED_ROW = re.compile(r"^\s*(?P<stamp>\d{1,2}:\d{2}(?::\d{2})?)\t+(?P<who>[^\t]{1,60}?)\t+(?P<text>.*\S)\s*$")
SPEAKER_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")


def timed_rows_as_chat(raw_lines: list[str]) -> list[str]:
    """A table of timed speakers' words as a chat's lines ("[00:18:05] Priya Mistry: Asked for ..."),
    the speaker's gloss ("(via interpreter)") dropped; a row with no speaker ("[Interpreters
    swapped]") keeps its words alone. Other texts as they are."""
    rows = [TIMED_ROW.match(raw) for raw in raw_lines]
    if sum(1 for row in rows if row) < MIN_MESSAGES:
        return raw_lines
    kept = []
    for raw, row in zip(raw_lines, rows, strict=True):
        who = re.sub(r"\s*\([^()]*\)", "", row.group("who")).strip() if row else ""
        if not row:
            kept.append(raw)
        elif SPEAKER_NAME.match(who):
            kept.append(f"[{row.group('stamp')}] {who}: {row.group('text')}")
        elif row.group("text").strip(" -–—"):
            kept.append(row.group("text"))
    return kept


# A transcript's turn without a time: "Anne Price: So Grace, could you ...?", "Walker, Mary: Hi Anne.",
# "Grace Adeyemi (Westmoor Community Health): Yes, will do."
TURN = re.compile(r"^\s*(?P<who>[A-Z][a-z'’-]+(?:,?\s+[A-Z][a-z'’-]+){1,2}(?:\s+[A-Z]{2,5})?)(?:\s*\([^()]{1,60}\))?:\s+"
                  r"(?P<text>\S.*)$")
MIN_TURNS = 8  # lines of speakers' words, most of the text's, before a text is read as a transcript
LABEL_WORDS = {"action", "actions", "decision", "agreed", "present", "apologies", "date", "next", "update", "notes",
               "outcome", "owner", "due", "item", "minutes", "attendees", "meeting", "status"}


def _speaker(who: str) -> str:
    """ "Walker, Mary" -> "Mary Walker"; "Tom Evans PCF" as it is."""
    last, comma, first = who.partition(",")
    return f"{first.strip()} {last.strip()}" if comma else who


def turns_as_chat(raw_lines: list[str]) -> list[str]:
    """A transcript written as speakers' turns with no times ("Anne Price: ...") as a chat's lines
    ("[00:00] Anne Price: ..."), so that "I'll" is the speaker's and an answered request is the
    answerer's; other texts as they are. Most lines must be turns, and some speakers must speak twice."""
    turns = [TURN.match(raw) for raw in raw_lines]
    spoken = [turn for turn in turns if turn and not LABEL_WORDS & set(turn.group("who").lower().replace(",", "").split())]
    speakers = [_speaker(turn.group("who")) for turn in spoken]
    written = sum(1 for raw in raw_lines if raw.strip())
    if len(spoken) < MIN_TURNS or len(spoken) * 2 < written or sum(speakers.count(who) > 1 for who in set(speakers)) < 2:
        return raw_lines
    return [f"[00:00] {_speaker(turn.group('who'))}: {turn.group('text')}" if turn and turn in spoken else raw
            for raw, turn in zip(raw_lines, turns, strict=True)]


# A Slack channel copied or exported as text: "Ruth Hill  12:07 PM" (or "... replied to a thread") on a
# line of its own, the message on the lines under it, then its reactions (":+1: 3"); a name's words capitalised
# (or one handle, "ruth.hill"), so an AI outline's topic over its time ("Young people's event  27:52") is no sender
SLACK_HEADER = re.compile(r"^\s*(?P<who>(?-i:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}|[a-z][\w.-]*))\s{2,}(?P<stamp>\d{1,2}:\d{2}(?:\s*[AP]M)?)"
                          r"(?:\s+replied\s+to\s+a\s+thread)?\s*$", re.I)
# A Teams meeting chat copied as text: "[10:02] Grace Adeyemi" on a line of its own, the message under it; a guest's
# or another organisation's name with its tag, "[13:47] Okafor Yusuf (NHS WESTMOOR ICB)", "[14:40] Tom Evans (Guest)"
TEAMS_HEADER = re.compile(r"^\s*\[(?P<stamp>" + _STAMP + r")\]\s*(?P<who>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})"
                          r"(?:\s*\([^()\n]{1,60}\))?\s*$")
# A Teams meeting transcript downloaded as a document: "Okafor, Yusuf (Westmoor ICB)   0:03" on a line of its
# own, what they said under it
TRANSCRIPT_HEADER = re.compile(r"^\s*(?P<who>[A-Z][\w'’.-]+,\s*[A-Z][\w'’.-]+|[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}"
                               r"(?:\s\d{1,2})?)"  # and an unnamed voice, "Speaker 3"
                               r"(?:\s*\([^()]{1,60}\))?\s{2,}(?P<stamp>\d{1,2}:\d{2}(?::\d{2})?)\s*$")
# A message board's comment, copied: "Tasha Greenwood · Sep 21 at 5:10pm" on a line of its own (after the
# avatar's initials, "TG"), the comment under it
BOARD_HEADER = re.compile(r"^\s*(?-i:[A-Z]{2,3}(?=[A-Z][a-z]))?(?P<who>(?-i:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,3}))\s+·\s+"
                          r"(?:(?:[A-Z][a-z]{2,8}\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}|yesterday|today)(?:,?\s+\d{4})?\s+at\s+)"
                          r"(?P<stamp>\d{1,2}:\d{2}\s*(?:[ap]m)?)\s*$", re.I)
# A Zoom meeting's saved chat: "10:31:10 From Sarah Khan to Everyone:", the message on the lines under it (or
# after the colon); a sender's pronouns or device in brackets ("Jo Brennan (she/her)"), a direct message's
# "to Kerry Lang (Direct Message)"
ZOOM_HEADER = re.compile(r"^\s*(?P<stamp>\d{1,2}:\d{2}(?::\d{2})?)\s+From\s+(?P<who>[^()\n]+?)(?:\s*\([^()]{1,40}\))?"
                         r"\s+to\s+[^:\n]{1,60}?(?:\s*\((?:direct\s+message|privately)\))?\s*:\s*(?P<text>.*?)\s*$", re.I)
# ":+1: 3", ":white_check_mark: 2 :eyes: 1"; Teams' "2 reactions: ❤️ (1) 👍 (4)" and "Edited"; Zoom's
# 'Reacted to "Agenda for today..." with 👍' and the quote a reply opens with, 'Replying to "Thanks both..."'
_EMOJI = r"[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d\u2600-\u27bf\U0001f000-\U0001faff]*"
# (and a Teams channel's "👍 6   ❤️ 2" under a post, its "(edited)" and the "Reply" box at the foot)
REACTIONS = re.compile(r"^\s*(?:(?::[\w+-]+:\s*\d*\s*)+|\d+\s+reactions?:.*|\(?edited\)?|reply|(?:" + _EMOJI + r"\s*\d+\s*)+|"
                       r"reacted\s+to\s+[\"“].*[\"”]\s+with\s+\S+|replying\s+to\s+[\"“].*[\"”])$", re.I)
EMOJI_CODE = re.compile(r"\s*:[a-z0-9_+-]+:")  # ":slightly_smiling_face:" in the words


# A transcript exported as a PDF (Fireflies, Otter): the speaker's name on a line of its own, the time on the
# next ("Priya Shah", "03:12"), a page's footer perhaps between ("notes.ai | Board - Mar 02 Page 2")
STAMP_ALONE = re.compile(r"^\s*(?P<stamp>\d{1,2}:\d{2}(?::\d{2})?)\s*$")
SPEAKER_ALONE = re.compile(r"^\s*(?P<who>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}(?:\s\d{1,2})?)\s*$")
PAGE_FOOTER = re.compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\s*$", re.I)


def _stacked_headers(raw_lines: list[str]) -> list[str]:
    """ "Priya Shah" over "03:12": one header, "Priya Shah   03:12" (`TRANSCRIPT_HEADER`), a page's
    footer between them dropped, and the turn's lines under it, wrapped by the page, one line again;
    other lines as they are."""
    kept: list[str] = []
    turn = None  # under such a header: where its words are in `kept` (-1 before the first of them)
    for raw in raw_lines:
        stamp = STAMP_ALONE.match(raw)
        above = [at for at in range(len(kept) - 1, max(len(kept) - 4, -1), -1) if kept[at].strip()]
        between = next((count for count, at in enumerate(above) if not PAGE_FOOTER.search(kept[at])), None)
        if stamp and between is not None and (speaker := SPEAKER_ALONE.match(kept[above[between]])):
            del kept[above[between]:]
            kept.append(f"{speaker.group('who')}   {stamp.group('stamp')}")
            turn = -1
        elif turn is not None and raw.strip() and not SPEAKER_ALONE.match(raw):
            if turn < 0:
                turn = len(kept)
                kept.append(raw.strip())
            elif not PAGE_FOOTER.search(raw):
                kept[turn] = f"{kept[turn]} {raw.strip()}"  # "... I've" / "redone the trajectory ...": one turn
        else:
            turn = turn if not raw.strip() else None
            kept.append(raw)
    return kept


# A Teams channel's post and its replies copied as text: the author's name on a line of its own, then "12/10 13:07"
# (or "Yesterday 09:12") on the next, the replies indented; each line of a post is a message of its own
DATED_STAMP_ALONE = re.compile(r"^\s*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
                               r"\s+(?P<stamp>\d{1,2}:\d{2}(?:\s*[ap]m)?)\s*$", re.I)


BREADCRUMB = re.compile(r"^\s*[^>\n]{1,80}(?:\s>\s[^>\n]{1,80})+\s>\s(?:Posts|Files|Chat)\s*$")


def channel_posts_as_chat(raw_lines: list[str]) -> list[str]:
    """A channel's post and replies with the author over a dated time: "[13:07] David Lowe" headers
    (`TEAMS_HEADER`), so each line under one is that person's; other texts as they are."""
    stamped = [number for number, raw in enumerate(raw_lines)
               if number and DATED_STAMP_ALONE.match(raw) and SPEAKER_ALONE.match(raw_lines[number - 1])]
    if len(stamped) < MIN_MESSAGES:
        return raw_lines
    kept = [raw for raw in raw_lines if not BREADCRUMB.match(raw)]  # "Team > Channel > Posts": where it was copied from
    stamped = [number for number, raw in enumerate(kept)
               if number and DATED_STAMP_ALONE.match(raw) and SPEAKER_ALONE.match(kept[number - 1])]
    raw_lines = list(kept)
    for number in stamped:
        kept[number - 1] = f"[{DATED_STAMP_ALONE.match(raw_lines[number]).group('stamp')}] {raw_lines[number - 1].strip()}"
        kept[number] = ""
    return kept


def slack_as_chat(raw_lines: list[str]) -> list[str]:
    """A Slack channel's (or a Teams chat's or transcript's, or a message board's comments) messages as a chat's
    lines ("[12:07 PM] Ruth Hill: ..."), each message's lines
    joined (a numbered list in it kept on lines of its own), its reactions and emoji codes dropped;
    other texts as they are."""
    raw_lines = _stacked_headers(raw_lines)
    if sum(1 for raw in raw_lines if _message_header(raw)) < MIN_MESSAGES:
        return raw_lines
    kept: list[str] = []
    header = None
    for raw in raw_lines:
        found = _message_header(raw)
        if found:
            header = found
            if found.groupdict().get("text"):  # Zoom's "10:31 From Ruth Hill to Everyone: the message"
                kept.append(f"[{found.group('stamp')}] {found.group('who')}: {found.group('text')}")
            continue
        words = EMOJI_CODE.sub("", raw).strip()
        if REACTIONS.match(raw) or not words or re.fullmatch(r"-{2,}[^-]*-{2,}", words):  # "--- Wednesday, May 12th ---"
            continue
        if header is None:
            kept.append(raw)
        elif re.match(r"^\d{1,2}[.)]\s", words):  # "2. the box goes at the top": an item of the message's list
            kept.append(words)
        else:
            kept.append(f"[{header.group('stamp')}] {_first_name_first(header.group('who'))}: {words}")
    return kept


def _message_header(raw: str) -> re.Match | None:
    return SLACK_HEADER.match(raw) or TEAMS_HEADER.match(raw) or BOARD_HEADER.match(raw) or TRANSCRIPT_HEADER.match(raw) \
        or ZOOM_HEADER.match(raw)


def _first_name_first(who: str) -> str:
    """ "Okafor, Yusuf" as "Yusuf Okafor": a chat line's sender is written name first."""
    last, comma, first = who.partition(",")
    return f"{first.strip()} {last.strip()}" if comma else who


# A social media post's comments, copied: each comment ends "Like · Reply · 3h"; its first line is who wrote
# it ("> **Sarah Khan - Westmoor Council** (Participation Officer)"), quoted once more for each reply level
COMMENT_FOOTER = re.compile(r"^[>\s]*like\s*(?:·\s*)?reply\b", re.I)  # "Like · Reply · 3h", "Like  Reply  Share"
COMMENTS_START = re.compile(r"^[#*\s]*(?:\d+\s+)?comments\b", re.I)
COMMENTER = re.compile(r"^[>\s]*\**(?P<who>[^*()\n]{2,80}?)\**\s*(?:\([^()]{1,60}\))?\s*$")
MIN_COMMENTS = 3


def comments_as_chat(raw_lines: list[str]) -> list[str]:
    """A post's comments as a chat's lines ("[0:00] Sarah Khan: Hi Jo, yes! I'll send the slides ..."),
    each by who wrote it (their organisation and role dropped); the post itself as it is."""
    footers = [number for number, raw in enumerate(raw_lines) if COMMENT_FOOTER.match(raw)]
    if len(footers) < MIN_COMMENTS:
        return raw_lines
    start = max((number for number, raw in enumerate(raw_lines[:footers[0]]) if COMMENTS_START.match(raw)),
                default=-1) + 1
    if not start:
        return raw_lines
    kept = raw_lines[:start]
    for begin, end in zip([start] + [footer + 1 for footer in footers], footers + [len(raw_lines)], strict=True):
        lines = [re.sub(r"^[>\s]+", "", raw).strip() for raw in raw_lines[begin:end]]
        lines = [line for line in lines if line]
        commenter = COMMENTER.match(lines[0]) if lines and end != len(raw_lines) else None
        if not commenter:
            kept.extend(raw_lines[begin:end])
            continue
        who = re.split(r"\s+[-–—|]\s+", commenter.group("who").strip())[0]  # "Sarah Khan - Westmoor Council"
        kept.append(f"[0:00] {who}: {' '.join(lines[1:])}")
    return kept


def chat_senders(text: str) -> frozenset[str]:
    """The first names and surnames of a chat's senders ("09/03/2027, 12:40 - Gurpreet: ..."), so that
    "Gurpreet to contact the women's group" in a recap is one of them; and of a colleague a sender puts forward."""
    lines = transcript_as_chat(text[:200_000].splitlines())  # (a WebVTT file's cues as a chat's lines)
    senders = {found.group("who") for line in lines if (found := CHAT_LINE.match(line))}
    senders |= {found.group("who") for line in lines for found in VOLUNTEERED.finditer(line)}  # "Asha can ..., I'll let her know"
    senders |= {asked.group("who") for line in lines if (said := CHAT_LINE.match(line)) and (asked := REQUEST.match(
        said.group("text").strip())) and asked.group("who").casefold() not in NOT_SPOKEN_TO}  # "Jo can you do the poster?"
    return frozenset(word.casefold() for who in senders if who[:1] != "+" for word in who.split() if len(word) > 1)


def speaker_count(text: str) -> int:
    """How many people speak in a chat or transcript ("Owen Reid  00:03", "[00:14] Speaker 1: ..."): a
    voice note's transcript has one, whose retelling of what others said they would do is not their words."""
    return len({found.group("who") for line in text[:200_000].splitlines()
                if (found := CHAT_LINE.match(line) or _message_header(line))})


def chat_export(raw_lines: list[str], said_by: Callable[[str, str], str]) -> list[str]:
    """A chat's messages as paragraphs saying who will do what; other texts as they are."""
    raw_lines = turns_as_chat(slack_as_chat(channel_posts_as_chat(timed_rows_as_chat(transcript_as_chat(
        comments_as_chat(raw_lines))))))
    messages = [CHAT_LINE.match(raw) for raw in raw_lines]
    if sum(1 for message in messages if message) < MIN_MESSAGES:
        return raw_lines
    kept, raw_lines, messages = _transcript_preamble(raw_lines, messages)
    answers: set[int | None] = set()  # the messages that granted a request
    said_last: dict[str, int] = {}  # each sender's last message, by its place in `kept`
    sender = ""
    for number, raw in enumerate(raw_lines):
        message = messages[number]
        if LEFT_OR_JOINED.match(raw) or REACTION.match(raw) or (not message and (SYSTEM_LINE.match(raw)
                                                                                   or RECORDING_NOTICE.match(raw))):
            continue
        if not message:  # a message's later lines: "2. Me – dashboard for Sept board", "1) I'll send ...": its sender's
            kept.append(said_by(me_as(raw, sender), sender) if sender else raw)
            continue
        _dated_by_aside(kept, said_last, message, sender)
        _joke_laughed_at(kept, message, sender)
        sender = message.group("who")
        if NO_WORDS.match(message.group("text").strip()):
            continue
        if number in answers:
            continue  # it granted the request above it, which now says who will do what
        if _done_in_meeting(kept, message.group("who"), message.group("text").strip()):
            continue  # "Slide sent Ruth ✅": the promise above it is marked done
        if _own_day_corrected(kept, message.group("who"), message.group("text")):
            continue  # "small correction, I said Mon not Fri for the dates": the promise above it, re-dated
        if _promise_above(kept, message.group("who"), message.group("text")):
            continue  # "I'll get the toolkit feedback gathered before then": the action above, theirs already
        replies = _replies(messages, number, 3)
        text = re.sub(r"^@(?=[A-Z])", "", message.group("text").strip())  # "@Mary can you draft ...?"
        text = OFFER_TAKEN_ON.sub("I'll ", WE_WILL.sub("I", WHAT_I_WILL_DO.sub("", text)))  # "we'll put the dates on ...": the sender's
        text = WILL_WITHOUT_I.sub(_with_i, text)  # "ok will do the poster, will get it out by Fri": I will
        text = re.sub(r"\s+[–—-]\s+(?=[A-Z])|(?<=\w)\s*(?:" + _EMOJI + r")+\s+(?=[A-Z])", ". ", text)  # "You missed mine Ruth -
        # I'll chase ...", "a box of them in the boot 😂 I'll bring them": two sentences
        text = VOCATIVE.sub(_spoken_to, text)  # "Helen I'll get them out": said to Helen
        text = HAVE_IT_TO.sub(r"\g<will>get ", text)  # "I'll have the data to David by 29 Oct": I'll get it to him
        # an @mention is answered by that person's reply further down a channel's thread
        later = _replies(messages, number, MENTION_REACH - 1) \
            if MENTION.match(message.group("text").strip()) else replies
        granted, answer = _request_granted(message, later)
        answers.add(answer)
        action_for = ACTION_FOR.match(text)
        if granted:
            text = _granted(kept, granted, message, messages[answer] if answer is not None else None)
        elif action_for:
            task = action_for.group("task")
            text = f"{action_for.group('who')} to {task[:1].lower()}{task[1:]}"
        else:
            text = said_by(_colleague_volunteered(kept, text, message.group("who")), message.group("who"))
        _dated_by_answer(kept, said_last, message, replies)
        said_last[message.group("who")] = len(kept)
        # a message is a paragraph, never a heading ("Perfect", "haha yes I remember")
        kept.extend([text if re.search(r"[.!?:;]\W*$", text) else f"{text}.", ""])
    return kept


# "Sorry ignore that, pocket 🙈" after a voice note sent by mistake: taking back what the sender just sent
TAKEN_BACK = re.compile(r"^(?:sorry[,!.]?\s+)?(?:please\s+)?(?:ignore|disregard)\s+(?:that|this|me|the\s+last\s+one)\b", re.I)


def _replies(messages: list[re.Match | None], number: int, count: int) -> list[tuple[int, re.Match]]:
    """The next `count` messages after message `number` that say something: not a picture or voice note
    ("audio omitted"), a deleted message, nor one taking it back ("Sorry ignore that, pocket")."""
    found = []
    for at in range(number + 1, min(len(messages), number + 1 + 2 * count)):
        each = messages[at]
        if each and not NO_WORDS.match(each.group("text").strip()) and not TAKEN_BACK.match(each.group("text").strip()):
            found.append((at, each))
        if len(found) == count:
            break
    return found


def _granted(kept: list[str], granted: str, message: re.Match, answer: re.Match | None) -> str:
    """A request granted, "Jo to do the poster, by Wednesday.", its source kept in the words asked and answered;
    the same task promised above "instead of" whom the request names, or by the asker, handed on."""
    own_words = SAID_AS.get()
    if own_words is not None and answer is not None:  # "Jo can you do the poster? / Course! ..."
        own_words[granted.rstrip(". ")] = f"{message.group('text').strip()} / {answer.group('text').strip()}"
    _handed_instead(kept, granted, message.group("who"))  # "... the FB post instead of Priya?": Priya's promise
    # above is no longer hers; nor the asker's own ("I said I'd do the poster but ..." / "Jo can you do the poster?")
    return granted


def _transcript_preamble(raw_lines: list[str], messages: list[re.Match | None]) -> tuple[list[str], list[str], list]:
    """A transcript's title, date and length over its first words ("Hill, Ruth started transcription"): each
    a sentence, never the heading a vague promise is named by (and the notices dropped); then the lines and
    messages after them. Other chats: nothing kept yet, and all their lines."""
    first = next(number for number, message in enumerate(messages) if message)
    if not any(RECORDING_NOTICE.match(raw) for raw in raw_lines[:first]):
        return [], raw_lines, messages
    kept = [f"{raw.strip().rstrip('.')}." for raw in raw_lines[:first] if not RECORDING_NOTICE.match(raw) and raw.strip()]
    return kept, raw_lines[first:], messages[first:]


# "Slide sent Ruth ✅", "Done 👍", "Poll now sent": what the sender promised earlier in the chat, done
_DAY_WORD = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
_DAY_NUMBER = r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?"
OWN_DAY_CORRECTED = re.compile(r"(?:\bI\s+(?:said|meant)\s+|^\*\s*|(?P<thing>\b(?:is|['’]s)\s+(?:on\s+)?))(?P<new>" + _DAY_WORD + _DAY_NUMBER + r")\s*,?\s+(?:sorry,?\s+)?"
                               r"not\s+(?P<old>" + _DAY_WORD + r")\b", re.I)  # "*Fri 16th sorry, not Thurs 15th"


def _own_day_corrected(kept: list[str], who: str, text: str) -> bool:
    """ "Kerry - small correction, I said Mon not Fri for the dates", "*Fri 16th sorry, not Thurs 15th": the
    sender's own promise above, the last that names that day, now due the other; whether one was found.
    "The network is Thursday 21st not Wednesday 20th": any action above due that day re-dated (False)."""
    found = OWN_DAY_CORRECTED.search(text.strip())
    if not found:
        return False
    old = re.compile(r"\b" + found.group("old")[:3] + r"[a-z]*\b" + _DAY_NUMBER, re.I)
    if found.group("thing"):  # "the network is Thursday 21st not Wednesday 20th!": whoever's action was due then
        at = next((at for at in range(len(kept) - 1, max(-1, len(kept) - THREAD_REACH), -1) if old.search(kept[at])), None)
        if at is not None:
            kept[at] = old.sub(found.group("new"), kept[at], count=1)
        return False  # the message may say more
    # (a line of theirs first; else one just above, of a list their message gave: "1) Mark will send ... by Thurs 15th")
    mine = next((at for at in range(len(kept) - 1, -1, -1) if who in kept[at] and old.search(kept[at])), None)
    near = next((at for at in range(len(kept) - 1, max(-1, len(kept) - 9), -1) if old.search(kept[at])), None)
    at = mine if mine is not None else near
    if at is None:
        return False
    kept[at] = old.sub(found.group("new"), kept[at], count=1)
    return True


DONE_REPORT = re.compile(r"^(?:(?:the\s+|my\s+)?(?P<thing>[\w'’-]+)\s+)?(?:now\s+|all\s+)?(?:sent|done|shared|circulated|"
                         r"uploaded|emailed|booked|posted)(?:\s+(?:to\s+)?[A-Z][a-z'’-]+)?[\s.!✅✔️👍🙂]*$", re.I)


ALREADY_DONE = re.compile(r"\bI(?:['’]d|\s+had|['’]ve|\s+have)\s+already\s+(?:sent|shared|done|circulated|emailed|booked|"
                          r"posted|uploaded)\b", re.I)


def _done_in_meeting(kept: list[str], who: str, text: str) -> bool:
    """Whether the message reports done a promise the sender made earlier in the chat, which is then
    marked so ("... - done.")."""
    if ALREADY_DONE.search(text):  # "apologies, I'd already sent it to the heads last week": their action above
        mine = next((at for at in range(len(kept) - 1, -1, -1) if re.match(re.escape(who) + r"\s+(?:to|will)\s", kept[at])), None)
        if mine is not None:
            kept[mine] = f"{kept[mine].rstrip().rstrip('.')} - already done."
            return True
    report = DONE_REPORT.match(text)
    if not report:
        return False
    thing = (report.group("thing") or "").lower()
    for at in range(len(kept) - 1, -1, -1):
        promise = kept[at]
        if (f"{who} will " in promise or promise.startswith(f"{who} to ")) and thing.rstrip("s") in promise.lower():
            kept[at] = f"{promise.rstrip().rstrip('.')} - done."
            return True
    return False


# "I'll have the data to David by 29 Oct", "... have it ready by Friday": getting it there, not "I'll have to ..."
HAVE_IT_TO = re.compile(r"(?P<will>\bI(?:['’]ll|\s+will)\s+)have\s+(?=(?:the|it|them|this|that|my|our)\b[^.!?]{0,60}?"
                        r"\b(?:to\s+[A-Z][a-z'’-]+|ready|done|with\s+[A-Z][a-z'’-]+)\b[^.!?]*?\b(?:by|before)\b|"
                        r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s+back\s+to\s+(?:you|[A-Z][a-z'’-]+)\b[^.!?]*?\b(?:by|before)\b)")
# (and "I'll have comments back to you by Wednesday the 24th": I'll get them back to you)
# "Yes no problem, I'll have the suspensions data to David by 29 Oct": a promise in a reply to the thread above
THREAD_PROMISE = re.compile(r"\bI(?:['’]ll|\s+will)\s+(?P<task>[a-z][^.!?]*)")
PLAIN_WORDS = {"with", "from", "that", "this", "them", "they", "will", "have", "before", "after", "then", "about", "into",
               "there", "their", "what", "when", "next", "time", "week", "back", "over", "everyone", "today", "tomorrow"}


# "Sarah Khan to ...", "Sarah Khan will ...", or a round-up's "• @Sarah Khan pull together ...": whose it was
OWNED_ABOVE = re.compile(r"(?P<owner>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s+(?:to|will)\s|"
                         r"\W{0,3}@(?P<mentioned>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s+(?=[a-z])")


def _promise_above(kept: list[str], who: str, text: str) -> bool:
    """A reply's "I'll ..." about the same thing as an action above (two longer words shared, or "the letters"
    for the sender's own "a letter"): when the action was already the sender's, the reply restates it
    (True: nothing new but the day it gives, added to it); when someone else's, the sender has taken it
    over, so the one above is no longer theirs."""
    promise = THREAD_PROMISE.search(text)
    if not promise:
        return False
    words = {word[:5] for word in re.findall(r"\b[a-z]{4,}\b", promise.group("task")) if word not in PLAIN_WORDS}
    # "I'll do a letter to each head" then "I'll get the letters out by ...": "the" points back to one word
    pointed = {word[:5] for word in re.findall(r"\bthe\s+([a-z]{4,})\b", promise.group("task")) if word not in PLAIN_WORDS}
    for at in range(len(kept) - 1, max(-1, len(kept) - THREAD_REACH), -1):
        owned = OWNED_ABOVE.match(kept[at])
        shared = words & {word[:5] for word in re.findall(r"\b[a-z]{4,}\b", kept[at])} if owned else set()
        back = len(shared) < 2 and _pointed_back(kept[at], who, pointed)
        if len(shared) < 2 and not back:
            continue
        if back or _same_sender(owned, who):
            _dated_by_restatement(kept, at, promise.group("task"))
            return True
        kept[at] = f"{kept[at].rstrip().rstrip('.')} - no longer needed: handed on."
        return False
    return False


def _same_sender(owned: re.Match, who: str) -> bool:
    """Whether the owner above is the sender: "Sarah" or "Sarah Kent" for Sarah Kent, not Sarah Khan."""
    owner = (owned.group("owner") or owned.group("mentioned")).split()
    return owner == who.split()[:len(owner)]


def _pointed_back(line: str, who: str, pointed: set[str]) -> bool:
    """Whether a message above says the sender will do something about "a" thing that `pointed`'s "the" names
    ("Mary Walker will do a letter ..." for "the letters")."""
    said = re.search(re.escape(who) + r"\s+will\s+(?P<task>[^.!?]*)", line) if pointed and who in line else None
    return bool(said and pointed & {word[:5] for word in re.findall(r"\b(?:a|an)\s+([a-z]{4,})\b", said.group("task"))})


def _dated_by_restatement(kept: list[str], at: int, task: str) -> None:
    """The sender's own promise above, restated with a day it lacked ("... get the letters out by the end
    of next week"): that day's words added to it."""
    when = read_due(task, ANY_DAY)
    if when and when.words and not read_due(kept[at], ANY_DAY):
        words = when.words if re.match(r"(?:by|before|on|in|at|for|until)\b", when.words, re.I) else f"by {when.words}"
        kept[at] = f"{kept[at].rstrip().rstrip('.')} {words}."


INSTEAD_OF = re.compile(r"\binstead\s+of\s+(?P<who>[A-Z][a-z'’-]+)\b")


# "Asha can triage the 31 by the end of the month, I'll let her know this afternoon": a colleague put forward,
# the sender telling them (no task of its own)
VOLUNTEERED = re.compile(r"(?:^|(?<=[.!?,])\s+)(?P<who>(?-i:[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?))\s+(?:can|could|will)\s+"
                         r"(?P<task>[a-z][^.!?]*?),?\s+(?:and\s+)?I(?:['’]ll|\s+will)\s+(?:let\s+(?:her|him|them)\s+know|"
                         r"tell\s+(?:her|him|them)|ask\s+(?:her|him|them))\b[^.!?]*[.!?]?", re.I)


def _colleague_volunteered(kept: list[str], text: str, who: str) -> str:
    """A message's "Asha can triage the 31 ..., I'll let her know": "Asha to triage the 31 ...", and the sender's
    own promise above about it (two longer words shared) handed on; other messages as they are."""
    found = VOLUNTEERED.search(text)
    if not found or found.group("who").casefold() in NOT_NAMES or found.group("who").split()[0] == who.split()[0]:
        return text
    words = {word[:5] for word in re.findall(r"[a-z]{4,}|\d+", found.group("task").lower()) if word not in PLAIN_WORDS}
    for at in range(len(kept) - 1, max(-1, len(kept) - THREAD_REACH), -1):
        if kept[at].startswith(f"{who} will ") and len(words & {word[:5] for word in re.findall(r"[a-z]{4,}|\d+", kept[at].lower())}) >= 2:
            kept[at] = f"{kept[at].rstrip().rstrip('.')} - no longer needed: handed on."
            break
    return f"{text[:found.start('who')]}{found.group('who')} to {found.group('task')}.{text[found.end():]}"


def _handed_instead(kept: list[str], granted: str, asker: str) -> None:
    """A request granted "instead of Priya": the same task promised by Priya above (two of its longer words
    shared) marked no longer needed of her, so it is not suggested as hers; and the asker's own promise of
    the very task asked for (all its longer words), handed on."""
    found = INSTEAD_OF.search(granted)
    if found:
        who, words = found.group("who"), {word[:5] for word in re.findall(r"[a-z]{4,}", granted[:found.start()].lower())}
    else:
        task = re.split(r",\s+(?:by|before|on|for)\b", granted.split(" to ", 1)[-1])[0]  # (not the day the answer gave)
        who, words = asker.split()[0], {word[:5] for word in re.findall(r"[a-z]{4,}", task.lower())}
    needed = 2 if found else len(words)
    for at in range(len(kept) - 1, max(-1, len(kept) - 2 * THREAD_REACH), -1):
        owned = re.search(r"(?:^|(?<=[.!?]\s)|(?<=\bI\ssaid\s))" + re.escape(who) + r"(?:\s+[A-Z][a-z'’-]+)?\s+(?:to|will|would)\s",
                          kept[at])  # ("Coffee morning. I said Priya Mistry would do the poster")
        if needed and owned and len(words & {word[:5] for word in re.findall(r"[a-z]{4,}", kept[at].lower())}) >= needed:
            kept[at] = f"{kept[at].rstrip().rstrip('.')} - no longer needed: handed on."
            return


# "Which is the second of November.", "That's Friday 12th": another's aside dating what was just promised
WHICH_IS = re.compile(r"^(?:which|that)(?:['’]s|\s+is|\s+(?:will|would)\s+be)\s+(?P<when>[^.?!]{3,40})", re.I)


def _dated_by_aside(kept: list[str], said_last: dict[str, int], message: re.Match, previous: str) -> bool:
    """ "I'll ... come back to the next workstream." then another's "Which is the second of November.":
    the promise just made given that date ("Due: the second of November."), as an action's field."""
    aside = WHICH_IS.match(message.group("text").strip())
    when = read_due(aside.group("when"), ANY_DAY) if aside else None
    at = said_last.get(previous)
    if when is None or previous == message.group("who") or at is None or at != len(kept) - 2 or "Due:" in kept[at]:
        return False
    kept[at] = f"{kept[at].rstrip()} Due: {when.words}."
    return True


# A joke, laughed at: "Ha, I'll bring the cake then" answered "[laughs] Okay." in a transcript
JOKING = re.compile(r"^(?:ha(?:ha)*|lol)\b[,!.]?\s", re.I)
LAUGHED = re.compile(r"^[\[(](?:laughs|laughter|laughing)[\])]", re.I)


def _joke_laughed_at(kept: list[str], message: re.Match, previous: str) -> None:
    """The message just before, opening with a laugh and laughed at by another (a transcript's
    "[laughs]"), is a joke: its promise no task, its words dropped."""
    if LAUGHED.match(message.group("text").strip()) and previous != message.group("who") and len(kept) > 1 \
            and JOKING.match(kept[-2]):
        kept[-2] = ""


# "When do you think you could have it done by?", "By when?": asking the last one who promised for a date
WHEN_ASKED = re.compile(r"\b(?:when\b[^?]{0,60}\bby|by\s+when|what\s+date|how\s+soon)\b[^?]*\?", re.I)


def _dated_by_answer(kept: list[str], said_last: dict[str, int], message: re.Match,
                     replies: list[tuple[int, re.Match]]) -> None:
    """ "I'll collate them ..." then "When could you have it done by?" answered "Friday 19th?" by the
    one who promised: their message given that date ("Due: Friday 19th."), as an action's field."""
    if not WHEN_ASKED.search(message.group("text")):
        return
    for _number, reply in replies:
        who = reply.group("who")
        when = read_due(reply.group("text"), ANY_DAY)
        if who != message.group("who") and who in said_last and when is not None:
            at = said_last[who]
            kept[at] = f"{kept[at].rstrip()} Due: {when.words}."
            return
