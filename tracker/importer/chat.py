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

from tracker.importer.due import ANY_DAY, WEEKDAY_START, as_deadline, read_due
from tracker.importer.owners import KNOWN_NAMES, NOT_NAMES, TAKE_IT_ON, me_as, same_name_shortened
from tracker.importer.patterns import NUMBERED_LINE

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
# (and an iPhone's tapback, the message it reacts to quoted: 'Liked “Will do 👍 ...”', 'Laughed at “Ha. ...”')
NO_WORDS = re.compile(r"^[\u200e\u200f]?(?:<?(?:image|video|audio|sticker|gif|document|media|contact\s+card)\s+omitted>?|"
                      r"this\s+message\s+was\s+deleted|message\s+deleted(?:\s+by\s+(?:its\s+author|the\s+sender))?|you\s+deleted\s+this\s+message|"
                      r"(?:liked|loved|disliked|laughed\s+at|emphasi[sz]ed|questioned)\s+[“\"][^”\"]*[”\"])\s*$", re.I)
# A reaction a chat export writes on a line of its own: Signal's "(- Mary Walker: 👍 -)", "Tom reacted ❤️"
REACTION = re.compile(r"^\s*(?:\(-\s*[^:()]{1,40}:\s*[^\w\s]{1,8}\s*-\)|[A-Z][\w'’ -]{0,40}\s+reacted\s+(?:with\s+)?[^\w\s]{1,8})\s*$")
LEFT_OR_JOINED = re.compile(r"^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*[^:]*\b(?:left|joined)\s+the\s+(?:meeting|call)\s*$",
                            re.I)
# A Teams transcript's own notices: "Hill, Ruth started transcription", "... stopped recording", and the
# recording's length under its title, "6m 41s" or "1h 2m 5s"
RECORDING_NOTICE = re.compile(r"^\s*(?:[A-Z][^:\n]{0,80}?\s(?:started|stopped)\s+(?:transcription|recording)|"
                              r"(?:\d{1,2}h\s*)?\d{1,2}m\s*\d{1,2}s)\s*$")
# "can you", "you said you'd" (a promise recalled, to confirm), "are you OK to"
ASKING = r"(?i:(?:can|could|would|will)\s+you|you\s+said\s+you['’]d|are\s+you\s+(?:ok|okay|happy|able|alright)\s+to)"
# "Agreed - Liam can you ...?", "Ruth - can you ...?": a dash stands for the comma
REQUEST = re.compile(r"^(?:(?i:so|and|ok(?:ay)?|right|well|now)[,\s]+)?(?:[^,?]{1,30}(?:,|\s[-–—])\s+)?@?"
                     r"(?P<who>[A-Z][a-z'’-]+)(?:\s+(?P<surname>[A-Z][a-z'’-]+))?(?:,|\s+[-–—])?\s+" + ASKING + r"\s+"
                     r"(?P<task>(?:please\s+)?[a-z][^?]*?)(?:\s+(?:please|pls))?\s*\?")
# (or a thumbs-up alone, the answer of one asked in a group chat: "Nadia could you ...?" answered "👍"; a greeting
# may come first: "Morning! Will do")
AGREED = re.compile(r"^(?:(?:(?:good\s+)?(?:morning|afternoon|hi|hey|hiya|hello|thanks|cheers)[\s,!.]+)?"
                    r"(?:yes|yep|yeah|yup|sure|ok(?:ay)?|fine|will\s+do|on\s+it|no\s+prob(?:lem|s)?|(?:of\s+)?course|happy\s+to)\b|"
                    r"(?:\U0001f44d|\U0001f44c|\u2705)[\U0001f3fb-\U0001f3ff\ufe0f]*\W*$)", re.I)
# An answer that says no: "Not this term, sorry", "No - decision made", "We can't ..."
ANSWERED_NO = re.compile(r"^(?:no\b|not\s+(?:this|now|yet|at\s+the\s+moment)|sorry|(?:I|we)\s+(?:can(?:not|['’]t)|won['’]t))",
                         re.I)
# The one asked puts a colleague forward: "would Sarah Kent be better?", "could @Sarah Khan take it?", "can Jo do it?"
PUT_FORWARD = re.compile(r"\b(?:would|could|can|might)\s+@?(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|next\b|that\b|this\b)"
                         r"(?P<who>(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?))\s+"
                         r"(?:be\s+better(?:\s+placed)?\b|do\s+(?:it|this|that)\b|" + TAKE_IT_ON + r")", re.I)
ACTION_FOR = re.compile(r"^action\s+for\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*[-–—:]\s*(?P<task>.+)$", re.I)
MIN_MESSAGES = 3  # timestamped lines before a text is read as a chat
MENTION = re.compile(r"^@[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\s*(?:[-–—,:]\s*)?(?:(?i:can|could|would)\s+you)\b")
MENTION_REACH = 16  # messages after an @mention's request that its answer may come in
THREAD_REACH = 60  # lines back up a chat that a reply may be about


# "Can you refresh the figures?" with no name: asked of whoever answers next (after a greeting or two:
# "Morning Liam, quick one - can you ...?")
_LEAD_IN = r"^(?:[^,?]{1,30}(?:,|\s[-–—])\s+){0,2}"
OPEN_REQUEST = re.compile(_LEAD_IN + ASKING + r"\s+(?P<task>(?:please\s+)?[a-z][^?]*?)"
                          r"(?:\s+(?:please|pls))?\s*\?")
# "Mark we'll need a lessons-learned report for the July Board": something asked of the one named, answered "Will do"
NEEDED_FROM = re.compile(r"^(?:[^,?]{1,30}(?:,|\s[-–—])\s+)?(?P<who>[A-Z][a-z'’-]+)(?:,|\s+[-–—])?\s+(?:we|I)(?:['’]ll|\s+will)\s+"
                         r"need\s+(?P<task>(?:a|an|the|your|some)\s[^.?!]*?)(?:\s+(?:please|pls))?\s*[.?!]?$")
# "@David Lowe to check the wording ...", answered "Will do, I'll get it back to Ruth by Friday 21st"
# (and a follow-up asked straight after it: "Grace to check with the adult service - can you bring it to June's meeting?")
ASSIGNED = re.compile(r"^@?(?P<who>[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+)?\s+to\s+(?P<task>[a-z][^?]*?"
                      r"(?:\s+[-–—]\s+(?i:can|could|would)\s+you\s+(?P<then>[a-z][^?]*?)\?|\.?))$")
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
# a chat's "will" with its "I" left off: "Oh perfect ok will do the poster, will get it out to schools by Fri 19th",
# "Will get it to Ruth by Thurs am"
WILL_WITHOUT_I = re.compile(r"(?P<lead>^|[,.!]\s+|\b(?i:ok(?:ay)?|yes|yep|sure|perfect|great|fine|no\s+problem)[,!]?\s+)"
                            r"[Ww]ill\s+(?=(?!you\b|we\b|they\b|it\b|be\b|need\b|have\b|do\s+(?:before|after|when|if|once|by|on|at|x)\b)[a-z]+\s+(?!x\b|(?:it|them|that|this)\W*$)[a-z]{2})")


def _with_i(found: re.Match) -> str:
    """ "ok will do the poster" as "ok. I will do the poster": the promise a sentence of its own. A sentence
    opened "Will ..." is a promise only when it gives its day ("Will get it to Ruth by Thurs am", not "Will send
    the invite out once the room's booked", a plan)."""
    lead = found.group("lead")
    if found.group(0)[len(lead):].startswith("W") \
            and read_due(re.split(r"[.!?]", found.string[found.end():found.end() + 200], maxsplit=1)[0], ANY_DAY) is None:
        return found.group(0)
    return f"{lead.rstrip(', !')}. I will " if lead.strip(" ,.!") else f"{lead}I will "


WE_WILL = re.compile(r"\b[Ww]e(?=['’]ll\b|\s+will\b)")
BARE_WEEKDAY = re.compile(r"(?<!\bby\s)(?<!\bon\s)\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
POINTS_BACK = re.compile(r"^(?:[a-z]+\s+){1,2}(?:it|that|this|them|him|her|something|anything)\b")  # ("I'll get something in")


# "Who's asking Yusuf for the figures?", "who is going to book the hall?": a task no one took, asked of whoever
# claims it ("oh yes that's me - I'll email him tomorrow")
WHO_IS_DOING = re.compile(r"^(?:(?i:so|and|ok(?:ay)?|right)[,\s]+)?(?i:who['’]?s|who\s+is)\s+(?:(?i:going\s+to|gonna)\s+"
                          r"(?P<base>[a-z]+\b[^?]*?)|(?P<doing>[a-z]{2,}ing)\b(?P<rest>[^?]*?))\s*\?")


def _asked_task(asked: re.Match) -> str:
    """What a request asks for, as it would be written done: "asking Yusuf for ..." as "ask Yusuf for ..."; "X to
    check ... - can you bring it to June's meeting?" as "check ..., and bring it to June's meeting"."""
    if asked.re is NEEDED_FROM:
        return f"provide {asked.group('task')}"
    if asked.groupdict().get("then"):
        head = re.sub(r"\s+[-–—]\s+\w+\s+you\s+$", "", asked.string[asked.start("task"):asked.start("then")])
        return f"{head}, and {asked.group('then')}"
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
                      or WHO_IS_DOING.match(sentence) or NEEDED_FROM.match(sentence) or OFFERED.match(sentence))),
                 None)
    if not asked or CALL_CHECK.match(_asked_task(asked)):
        return "", None
    named = " ".join(filter(None, (asked.groupdict().get("who"), asked.groupdict().get("surname"))))
    if asked.re is OFFERED:
        return _offer_taken(message, asked, replies)
    for number, reply in replies:
        answer = reply.group("text")
        # (an unsaved contact, shown as their number, answering a request by name: the one asked, "Jo can you ...?")
        unsaved = bool(named) and reply.group("who")[:1] in "+0123456789" and AGREED.match(answer) is not None
        if named and (same_name_shortened(reply.group("who"), named) or unsaved) \
                or not named and reply.group("who") != message.group("who"):
            who = named if unsaved else reply.group("who")
            put = PUT_FORWARD.search(answer)
            if named and put and not same_name_shortened(reply.group("who"), put.group("who")) \
                    and put.group("who").split()[0].casefold() not in NOT_SPOKEN_TO:
                named = put.group("who")  # handed on: granted when the colleague put forward says yes
                continue
            own = OWN_WORDS.search(answer)
            # "Monday's the bank holiday, I'll get them out Tuesday morning": granted, by another day
            if not AGREED.match(answer) and not (own and not REFUSED.search(answer[:own.start()])):
                return "", None
            if own and not POINTS_BACK.match(own.group("task")):
                return f"{who} to {own.group('task')}.", number
            return f"{who} to {_dated_as_answered(_asked_task(asked), answer, own)}.", number
    return "", None


# "Shall I send the papers out Thursday then?", "Do you want me to chase them?": an offer, the sender's
# action once the next person to answer agrees ("Yes perfect")
OFFERED = re.compile(_LEAD_IN + r"(?i:(?:shall|should)\s+I|(?:do\s+you\s+)?want\s+me\s+to)\s+(?P<task>[a-z][^?]*?)\s*\?")


def _offer_taken(message: re.Match, offer: re.Match, replies: list[tuple[int, re.Match]]) -> tuple[str, int | None]:
    """ "Ruth Hill to send the papers out Thursday" when her "Shall I send ...?" is answered yes by the next
    person to answer, and the answer's number; else ("", None)."""
    number, reply = next(((number, reply) for number, reply in replies if reply.group("who") != message.group("who")),
                         (None, None))
    if reply is None or not AGREED.match(reply.group("text")) or REFUSED.search(reply.group("text")):
        return "", None
    return f"{message.group('who')} to {offer.group('task')}.", number


def _by_bare_weekday(text: str, promise: re.Match | str | None) -> str:
    """A promise's day named alone ("I'll send the report Thursday", "send the papers out Thursday pm") read as
    its due date, "by Thursday", when the promise gives no other; other words as they are."""
    start = promise.start() if isinstance(promise, re.Match) else 0
    day = BARE_WEEKDAY.search(text, start) if promise else None
    if day is None or read_due(text[start:], ANY_DAY) is not None:
        return text
    return f"{text[:day.start()]}by {text[day.start():]}"


def _later_line_granted(raw: str, sender: str, messages: list[re.Match | None], number: int) -> tuple[str, int | None]:
    """A request on a message's later line ("Charter v3 goes to the Board in March." then, on the next line, "Nadia
    could you take it to the heads' forum?") granted as the message's first line would be: ("", None) otherwise."""
    asked = CHAT_LINE.match(f"[00:00] {sender}: {raw.strip()}") if sender and "?" in raw else None
    if asked is None:
        return "", None
    return _request_granted(asked, _replies(messages, number, 3))


def _spoken_to(found: re.Match) -> str:
    name = found.group("name")
    return found.group(0) if name.casefold() in NOT_SPOKEN_TO else f"{name}, "


BY_WORDS = re.compile(r"\b(?:by|before)\s+[^\s,.;!?][^,.;!?]{0,30}", re.I)  # an answer's own day: "I'll have it on by the 14th"


def _dated_as_answered(task: str, answer: str, own: re.Match | None) -> str:
    """The task asked for, with the day the answer gives: "Yep, I can do that for Friday" (the request,
    by Friday); "Monday's the bank holiday, I'll get them out Tuesday" (by Tuesday, not Monday as asked)."""
    when = (read_due(own.group("task"), ANY_DAY) if own else None) or read_due(answer, ANY_DAY)
    asked_when = read_due(task, ANY_DAY)
    if AGREED.match(answer):
        by_then = when is not None and asked_when is None \
            and (re.match(r"(?:by|for|before|on|until|till|tomorrow|today|tonight|w/c|week\s+(?:commencing|beginning))\b", when.words, re.I)  # "will do it tomorrow"
                 or re.search(r"\b(?:by|before)\s+" + re.escape(when.words), answer, re.I))  # "Sure - by next Tuesday ok?"
        sooner = [read_due(said.group(0), ANY_DAY) for said in BY_WORDS.finditer(answer)][-1:]
        if sooner and sooner[0] is not None and asked_when is not None and sooner[0].words != asked_when.words:
            return f"{task.replace(asked_when.words, '').rstrip(' ,')}, {sooner[0].words}"  # "Will do, I'll have it on by the 14th"
        said = when.words if by_then and re.match(r"(?:by|for|before|on|until|till|tomorrow|today|tonight|w/c|week\s+(?:commencing|beginning))\b", when.words, re.I) \
            else f"by {when.words}" if by_then else ""
        if not said and when is not None and when.on and asked_when is not None and asked_when.month \
                and (when.on.year, when.on.month) == (asked_when.month.year, asked_when.month.month):
            return task.replace(asked_when.words, f"{asked_when.words} ({when.words})", 1)  # "for the 14 July Board"
        return f"{task}{', ' + said if said else ''}"
    bare_day = BARE_WEEKDAY.search(own.group("task")) if own else None
    if bare_day:  # "I'll get them out Tuesday morning"
        when = read_due(f"by {bare_day.group(0)}", ANY_DAY)
    if when is None:
        return task
    if asked_when is not None:
        task = task.replace(asked_when.words, "").rstrip(" ,")
    return f"{task}, {as_deadline(when.words)}"


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
# A chat held as a meeting, each item opened by its number and title: "3. Adult therapies. Transition to ..."
MESSAGE_ITEM_OPENING = re.compile(r"^\d{1,2}[.)]\s+(?=[A-Z][^.!?\n]{0,40}[.?!]\s+\S)")


# The sentences read with the speaker's name for "I" (parse's `_said_by`), and the requests granted ("Tom Evans to
# share ..." for "Tom can you share ...? Yes will do"), each to the words as said; None outside a reading
SAID_AS: ContextVar[dict[str, str] | None] = ContextVar("said_as", default=None)


def _granted_as_said(granted: str, message: re.Match, answer: int | None, messages: list[re.Match | None]) -> None:
    """A granted request kept with its words as said, the request and its answer, for the suggestion's source."""
    own_words = SAID_AS.get()
    reply = messages[answer] if answer is not None and answer < len(messages) else None
    if own_words is not None and reply is not None:
        own_words[" ".join(granted.rstrip(".!? ").split())] = f"{message.group('text').strip()} {reply.group('text').strip()}"


# A Teams meeting chat copied as text: "[10:02] Grace Adeyemi" on a line of its own, the message under it; a guest's
# or another organisation's name with its tags, "[10:19] Claire Dunmore (SENDIASS) (Guest)", the tags dropped
TEAMS_HEADER = re.compile(r"^\s*\[(?P<stamp>" + _STAMP + r")\]\s*(?P<who>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3})"
                          r"(?:\s*\([^()\n]{1,60}\)){0,2}\s*$")
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
# A Google Chat space saved from the browser: "Tom Evans External Wed 14 Apr, 09:36 Edited" on a line of its own
# (the sender, a guest's badge, the day and time, "Edited"), the message under it; "Yesterday 16:02", "Mar 3, 9:15 AM"
# (the app's short forms only, so a list of meeting dates, "Parent Forum Wednesday 14 April 2027, 18:00", is no chat)
_CHAT_DAY = (r"(?:" + WEEKDAY_START + r",?\s+)?(?:\d{1,2}\s+[a-z]{3}|[a-z]{3}\s+\d{1,2})(?:,?\s+\d{4})?"
             r"|yesterday|today|" + WEEKDAY_START)
DAY_HEADER = re.compile(r"^\s*(?!.*\b(?i:meeting|group|board|forum|panel|session|committee|network|training|deadline)\b)"
                        r"(?P<who>(?-i:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,3}?))(?:\s+(?:external|guest|app|bot))?\s+"
                        r"(?:" + _CHAT_DAY + r"),?\s+(?P<stamp>\d{1,2}:\d{2}(?:\s*[ap]m)?)(?:\s+edited)?\s*$", re.I)
# A Zoom meeting's saved chat: "10:31:10 From Sarah Khan to Everyone:", the message on the lines under it (or
# after the colon); a sender's pronouns or device in brackets ("Jo Brennan (she/her)"), a direct message's
# "to Kerry Lang (Direct Message)"
ZOOM_HEADER = re.compile(r"^\s*(?P<stamp>\d{1,2}:\d{2}(?::\d{2})?)\s+From\s+(?P<who>[^()\n]+?)(?:\s*\([^()]{1,40}\))?"
                         r"\s+to\s+[^:\n]{1,60}?(?:\s*\((?:direct\s+message|privately)\))?\s*:\s*(?P<text>.*?)\s*$", re.I)
# ":+1: 3", ":white_check_mark: 2 :eyes: 1"; Teams' "2 reactions: ❤️ (1) 👍 (4)" and "Edited"; Zoom's
# 'Reacted to "Agenda for today..." with 👍' and the quote a reply opens with, 'Replying to "Thanks both..."'
_EMOJI = r"[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d\u2600-\u27bf\U0001f000-\U0001faff]*"
# (and a Teams channel's "👍 6   ❤️ 2" under a post, its "(edited)" and the "Reply" box at the foot; a meeting chat
# copied with its "[reactions: 👍 3]" and the quote a reply opens with, "Replying to Ruth Hill: ACTION: Liam to ...";
# a thread's "2 replies Last reply 3 hours ago")
REACTIONS = re.compile(r"^\s*(?:(?::[\w+-]+:\s*\d*\s*)+|\d+\s+reactions?:.*|\(?edited\)?|reply|(?:" + _EMOJI + r"(?:\s*\d+)?\s*)+|"
                       r"\[reactions?:[^\]\n]*\]|replying\s+to\s+[A-Z][^:\n]{0,60}:.*|"
                       r"reacted\s+to\s+[\"“].*[\"”]\s+with\s+\S+|replying\s+to\s+[\"“].*[\"”]|"
                       r"\d+\s+repl(?:y|ies)(?:\s+last\s+reply\b.*)?)$", re.I)
EMOJI_CODE = re.compile(r"\s*:[a-z0-9_+-]+:")  # ":slightly_smiling_face:" in the words


# A transcript exported as a PDF (Fireflies, Otter): the speaker's name on a line of its own, the time on the
# next ("Priya Shah", "03:12"), a page's footer perhaps between ("notes.ai | Board - Mar 02 Page 2")
STAMP_ALONE = re.compile(r"^\s*(?P<stamp>\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)\s*$")  # (and Slack's, "  10:02 AM")
SPEAKER_ALONE = re.compile(r"^\s*(?P<who>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}(?:\s\d{1,2})?)\s*$")
PAGE_FOOTER = re.compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\s*$", re.I)


def _stacked_headers(raw_lines: list[str]) -> list[str]:
    """ "Priya Shah" over "03:12": one header, "Priya Shah   03:12" (`TRANSCRIPT_HEADER`), a page's
    footer between them dropped, and the turn's lines under it, wrapped by the page, one line again;
    other lines as they are."""
    kept: list[str] = []
    turn = None  # under such a header: where its words are in `kept` (-1 before the first of them)
    counted = False  # a reaction's line just above: a number alone under it is its count (Slack's "👍" over "5")
    for raw in raw_lines:
        if counted and raw.strip().isdigit():
            continue
        counted = bool(turn is not None and REACTIONS.match(raw))
        stamp = STAMP_ALONE.match(raw)
        above = [at for at in range(len(kept) - 1, max(len(kept) - 4, -1), -1) if kept[at].strip()]
        between = next((count for count, at in enumerate(above) if not PAGE_FOOTER.search(kept[at])), None)
        if stamp and between is not None and (speaker := SPEAKER_ALONE.match(kept[above[between]])):
            del kept[above[between]:]
            kept.append(f"{speaker.group('who')}   {stamp.group('stamp')}")
            turn = -1
        elif turn is not None and raw.strip() and not SPEAKER_ALONE.match(raw) and not counted:
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
    header, first = None, False
    for raw in raw_lines:
        found = _message_header(raw)
        if found:
            header, first = found, True
            if found.groupdict().get("text"):  # Zoom's "10:31 From Ruth Hill to Everyone: the message"
                kept.append(f"[{found.group('stamp')}] {found.group('who')}: {found.group('text')}")
            continue
        words = EMOJI_CODE.sub("", raw).strip()
        if REACTIONS.match(raw) or not words or re.fullmatch(r"-{2,}[^-]*-{2,}", words):  # "--- Wednesday, May 12th ---"
            continue
        if header is None:
            kept.append(raw)
        elif re.match(r"^\d{1,2}[.)]\s", words) and not first:  # "2. the box goes at the top": an item of the message's list
            kept.append(words)
        else:
            kept.append(f"[{header.group('stamp')}] {_first_name_first(header.group('who'))}: {words}")
        first = False
    return kept


def _message_header(raw: str) -> re.Match | None:
    return SLACK_HEADER.match(raw) or TEAMS_HEADER.match(raw) or BOARD_HEADER.match(raw) or TRANSCRIPT_HEADER.match(raw) \
        or ZOOM_HEADER.match(raw) or DAY_HEADER.match(raw)


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
    messages = [found for line in lines if (found := CHAT_LINE.match(line))]
    senders = {found.group("who") for found in messages} | set(_self_named(messages).values())  # "+44 ...: it's Jo"
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
    raw_lines, messages = _numbers_named(raw_lines, messages)
    answers: set[int | None] = set()  # the messages that granted a request
    said_last: dict[str, int] = {}  # each sender's last message, by its place in `kept`
    sender = ""

    for number, raw in enumerate(raw_lines):
        message = messages[number]
        if LEFT_OR_JOINED.match(raw) or REACTION.match(raw) or (not message and (SYSTEM_LINE.match(raw)
                                                                                   or RECORDING_NOTICE.match(raw))):
            continue
        if not message:  # a message's later lines: "2. Me – dashboard for Sept board", "1) I'll send ...": its sender's
            answers.add(_later_line(kept, raw, sender, messages, number, said_by))
            continue
        _dated_by_aside(kept, said_last, message, sender)
        if _dated_by_owner(kept, message, sender):
            sender = message.group("who")
            continue  # "Form will be on the website by Friday" from the Mark whose team will publish it
        _joke_laughed_at(kept, message, sender)
        sender = message.group("who")
        if NO_WORDS.match(message.group("text").strip()):
            continue
        if number in answers:
            continue  # it granted the request above it, which now says who will do what
        _summary_posted(kept, message.group("who"), message.group("text"))
        replies = _replies(messages, number, 3)
        if _about_the_chat_above(kept, message, said_last.get(message.group("who")), replies):
            continue
        text = _as_sentences(message.group("text"), raw_lines[number + 1] if number + 1 < len(raw_lines) else "")
        # an @mention is answered by that person's reply further down a channel's thread
        later = _replies(messages, number, MENTION_REACH - 1) \
            if MENTION.match(message.group("text").strip()) else replies
        granted, answer = _request_granted(message, later)
        answers.add(answer)
        action_for = ACTION_FOR.match(text)
        if granted:
            text = _by_bare_weekday(_granted(kept, granted, message, answer, messages), granted)
        elif action_for:
            task = action_for.group("task")
            text = f"{action_for.group('who')} to {task[:1].lower()}{task[1:]}"
        else:
            text = _by_bare_weekday(text, OWN_WORDS.search(text))  # "I'll send you the report Thursday": by Thursday
            text = said_by(_colleague_volunteered(kept, text, message.group("who")), message.group("who"))
        _dated_by_answer(kept, said_last, message, replies)
        said_last[message.group("who")] = len(kept)
        # a message is a paragraph, never a heading ("Perfect", "haha yes I remember")
        kept.extend([text if re.search(r"[.!?:;]\W*$", text) else f"{text}.", ""])
    return kept


# "Hi all, it's Sarah K from the participation team - new phone!": a sender shown only by their number saying who they are
SELF_NAMED = re.compile(r"(?:^|[.!,;:-]\s*|\b(?:hi|hello|hiya|hey|morning)\s+(?:all|everyone|both)?[,!]?\s*)(?i:it['’]s|this\s+is|I['’]m)\s+"
                        r"(?P<name>(?-i:[A-Z][a-z'’-]+(?:\s[A-Z](?:[a-z'’-]+|\.?(?=[\s,.!])))?))(?=\s+(?:from|at|in|here)\b|\s*[,.!-])")


def _self_named(messages: list[re.Match | None]) -> dict[str, str]:
    """Each sender shown by their number who says who they are, one of the partnership's people, to the name they
    give (a name no one knows says no more than the number)."""
    named: dict[str, str] = {}
    for message in messages:
        who = message.group("who") if message else ""
        if who and who[0] in "+0123456789" and who not in named and (found := SELF_NAMED.search(message.group("text"))):
            if found.group("name").split()[0].casefold() in KNOWN_NAMES.get() - NOT_NAMES:
                named[who] = found.group("name")
    return named


def _numbers_named(raw_lines: list[str], messages: list[re.Match | None]) -> tuple[list[str], list[re.Match | None]]:
    """A chat whose sender is a phone number ("+44 7700 900456: Hi all, it's Sarah K from ...") with that sender's
    messages said by the name they give; other chats as they are."""
    named = _self_named(messages)
    if not named:
        return raw_lines, messages
    raw_lines = [raw[:message.start("who")] + named[message.group("who")] + raw[message.end("who"):]
                 if message and message.group("who") in named else raw for raw, message in zip(raw_lines, messages, strict=True)]
    return raw_lines, [CHAT_LINE.match(raw) for raw in raw_lines]


# A numbered topic standing alone between two messages, a thread's title ("3. EY inclusion fund guidance"), not a
# message's last item ("2) I'll send the minutes", "3. Can you book the room?")
THREAD_TITLE = re.compile(r"^\s*\d{1,2}[.)]\s+(?!.*\b(?:I|I['’]ll|will|to|can|could|please)\b)(?:\S+\s*){1,8}(?<![.?!])$")


def _later_line(kept: list[str], raw: str, sender: str, messages: list[re.Match | None], number: int,
                said_by: Callable[[str, str], str]) -> int | None:
    """A message's later line kept, as its sender's words (a request on it granted); the answer that granted it."""
    granted, answer = _later_line_granted(raw, sender, messages, number)
    if not granted and kept and not kept[-1].strip() and number + 1 < len(messages) and messages[number + 1] \
            and THREAD_TITLE.match(raw):
        kept.extend([re.sub(r"^\s*\d{1,2}[.)]\s+", "", raw), ""])  # a thread's title, "3. Transport", alone
        return None  # between messages: a heading over the thread, not an item of the list above
    if granted:
        _granted_as_said(granted, CHAT_LINE.match(f"[00:00] {sender}: {raw.strip()}"), answer, messages)
    kept.extend([granted, ""] if granted else [said_by(me_as(raw, sender), sender) if sender else raw])
    return answer


def _about_the_chat_above(kept: list[str], message: re.Match, last: int | None, replies: list[tuple[int, re.Match]]) -> bool:
    """What a message does to the actions above it (done, re-dated, handed on, restated); whether that is all it says."""
    who, text = message.group("who"), message.group("text")
    if _done_in_meeting(kept, who, text.strip(), last):
        return True  # "Slide sent Ruth ✅": the promise above it is marked done
    if _own_day_corrected(kept, who, text):
        return True  # "small correction, I said Mon not Fri for the dates": the promise above it, re-dated
    _own_day_moved(kept, who, text)  # "Moving it to w/c 7 June instead"
    _owner_changed(kept, text)  # "Done, owner changed to Priya Shah": the action above handed on
    _more_time_given(kept, message, replies)  # "Can I have until the following Friday?" "Fine - Friday 19th then"
    # "I'll get the toolkit feedback gathered before then": the action above, theirs already
    return _promise_above(kept, who, text)


def _as_sentences(text: str, next_raw: str) -> str:
    """A message's words as sentences the reader knows, its sender's promises said with "I"."""
    text = re.sub(r"^@(?=[A-Z])", "", text.strip())  # "@Mary can you draft ...?"
    if not NUMBERED_LINE.match(next_raw):
        text = MESSAGE_ITEM_OPENING.sub("", text)  # "7. AOB. Also - who can update the pages?": the item's talk, no list
    text = OFFER_TAKEN_ON.sub("I'll ", WE_WILL.sub("I", WHAT_I_WILL_DO.sub("", text)))  # "we'll put the dates on ...": the sender's
    text = WILL_WITHOUT_I.sub(_with_i, text)  # "ok will do the poster, will get it out by Fri": I will
    text = re.sub(r"\s+[–—-]\s+(?=[A-Z])|(?<=\w)\s*(?:" + _EMOJI + r")+\s+(?=[A-Z])", ". ", text)  # "You missed mine Ruth -
    # I'll chase ...", "a box of them in the boot 😂 I'll bring them": two sentences
    text = VOCATIVE.sub(_spoken_to, text)  # "Helen I'll get them out": said to Helen
    return HAVE_IT_TO.sub(r"\g<will>get ", text)  # "I'll have the data to David by 29 Oct": I'll get it to him


# "Sorry ignore that, pocket 🙈" after a voice note sent by mistake: taking back what the sender just sent
# "please ignore that", "disregard me", "ignore the last one": what was said taken back (a chat's message, a reply's point)
IGNORE_THAT = r"(?:please\s+)?(?:ignore|disregard)\s+(?:that|this|me|the\s+last\s+one)(?:\s+one)?\b"
TAKEN_BACK = re.compile(r"^(?:sorry[,!.]?\s+)?" + IGNORE_THAT, re.I)


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


def _granted(kept: list[str], granted: str, message: re.Match, answer: int | None, messages: list[re.Match | None]) -> str:
    """A request granted, "Jo to do the poster, by Wednesday.", its source kept in the words asked and answered;
    the same task promised above "instead of" whom the request names, or by the asker, handed on."""
    _granted_as_said(granted, message, answer, messages)  # "Jo can you do the poster? / Course! ..."
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


# "Moving it to w/c 7 June instead", "the leaflet will go out on Tuesday now instead of today": a promise moved later
# (and "can we make the triage list Friday 19th please", "Invites will go out on Friday instead")
MOVED = re.compile(r"\b(?:moving|moved|move|pushing|pushed|putting|put)\s+(?:it|this|that|(?:the|our|my)\s+[\w'’-]+(?:\s+[\w'’-]+)?)"
                   r"\s+(?:back\s+)?(?:to|till|until)\s+(?P<to>[^.!?,;]{3,40})|"
                   r"\b(?:can|could)\s+(?:we|I)\s+make\s+(?:it|this|that|(?:the|our|my)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+"
                   r"(?P<made>" + _DAY_WORD + _DAY_NUMBER + r")|"
                   r"(?P<instead>\bon\s+" + _DAY_WORD + _DAY_NUMBER + r")\s+instead\b(?!\s+of)|"
                   r"(?P<before>[^.!?]{3,80}?)\s+(?:now\s+instead|instead\s+now)\b", re.I)
MOVED_REACH = 240  # lines back up a chat that a promise moved later may be


def _own_day_moved(kept: list[str], who: str, text: str) -> None:
    """ "Update on the focus group - ... Moving it to w/c 7 June instead": the sender's own promise above about the
    same thing (a longer word shared), its day replaced by the new one."""
    moved = MOVED.search(text)
    when = read_due(moved.group("to") or moved.group("made") or moved.group("instead") or moved.group("before"), ANY_DAY) \
        if moved else None
    if when is None:
        return
    said = {word[:5] for word in re.findall(r"[a-z]{4,}", text.lower()) if word not in PLAIN_WORDS}
    for at in range(len(kept) - 1, max(-1, len(kept) - MOVED_REACH), -1):
        if not (kept[at].startswith(f"{who} to ") or f"{who} will " in kept[at]) or kept[at].endswith("- done."):
            continue
        if said & {word[:5] for word in re.findall(r"[a-z]{4,}", kept[at].lower()) if word not in PLAIN_WORDS}:
            kept[at] = f"{kept[at].rstrip()} Due: {when.words}."  # (the words as promised kept, for its source)
            return


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


def _done_in_meeting(kept: list[str], who: str, text: str, last: int | None = None) -> bool:
    """Whether the message reports done a promise the sender made earlier in the chat, which is then
    marked so ("... - done.")."""
    if ALREADY_DONE.search(text):  # "apologies, I'd already sent it to the heads last week": their action above
        mine = next((at for at in range(len(kept) - 1, -1, -1) if re.match(re.escape(who) + r"\s+(?:to|will)\s", kept[at])), None)
        if mine is not None:
            kept[mine] = f"{kept[mine].rstrip().rstrip('.')} - already done."
            return True
    report = DONE_REPORT.match(text)
    if not report:
        return _done_later(kept, who, text, last)
    asked = REQUEST.match(kept[-2]) if len(kept) > 1 else None
    if asked and asked.group("who") == who.split()[0]:  # "Mark - can you remove that number?" "Done": that, done
        kept[-2] = f"{asked.group('who')} to {_asked_task(asked)} - done.{kept[-2][asked.end():]}"
        return True
    thing = (report.group("thing") or "").lower()
    for at in range(len(kept) - 1, -1, -1):
        promise = kept[at]
        if (f"{who} will " in promise or promise.startswith(f"{who} to ")) and thing.rstrip("s") in promise.lower():
            kept[at] = f"{promise.rstrip().rstrip('.')} - done."
            return True
    return False


# A later message reporting the promise done: "leaflet.pdf - there you go ✅", "Spoke to the college - ... Done ✅"
# (the sender's last promise), "Spoken to all 6 heads", "Emergency cover confirmed for the week" (a sentence naming it)
DONE_MARK = re.compile(r"(?:\b(?:done|sorted|there\s+you\s+go|here\s+you\s+go|here\s+it\s+is)\b[\s.!]*|\s)"
                       r"(?:\u2705|\u2714\ufe0f?)\W*$|\b(?:there|here)\s+you\s+go\W*$", re.I)
DONE_SENTENCE = re.compile(r"^(?:(?:the\s+|my\s+)?(?P<thing>[\w'’-]+(?:\s+[\w'’-]+){0,2})\s+)?(?:now\s+|all\s+)?"
                           r"(?:sent|shared|circulated|uploaded|emailed|booked|posted|confirmed|sorted)\b|"
                           r"^(?:spoken|spoke|talked)\s+to\s+(?P<whom>[^.!?]{2,40})", re.I)


def _done_later(kept: list[str], who: str, text: str, last: int | None = None) -> bool:
    """Whether a later message reports done the sender's last promise above (a few messages up), which is then
    marked so: by a done mark at its end, or by a sentence saying sent, confirmed or spoken to what it names. The
    promise is theirs by name, or their last message's ("PCF will put a message out" from Tom, then "Posted ✅")."""
    at = next((at for at in range(len(kept) - 1, max(-1, len(kept) - THREAD_REACH), -1)
               if kept[at].startswith(f"{who} to ") or f"{who} will " in kept[at]), None)
    if last is not None and (at is None or at < last) and len(kept) - last < THREAD_REACH \
            and re.search(r"\b(?:will|to)\s+[a-z]", kept[last]):
        at = last
    if at is None:
        return False
    promised = {word[:5] for word in re.findall(r"[a-z]{4,}", kept[at].lower())}
    named = [found.group("thing") or found.group("whom") or "" for sentence in re.split(r"(?<=[.!?])\s+", text.strip())
             if (found := DONE_SENTENCE.match(sentence))]
    if not DONE_MARK.search(text) and not any(not thing or promised & {word[:5] for word in re.findall(r"[a-z]{4,}", thing.lower())}
                                              for thing in named):  # ("Posted ✅ 200+ views already": the last, done)
        return False
    kept[at] = f"{kept[at].rstrip().rstrip('.')} - done."
    return True


# "I'll summarise actions at the end of the day", then the sender's own "Summary for the log:" list: the promise kept
PROMISED_SUMMARY = re.compile(r"\b(?:summari[sz]e|round\s+up|recap|write\s+up|post|pull\s+together)\s+(?:the\s+|all\s+the\s+|our\s+)?"
                              r"(?:actions?|action\s+points|a\s+summary|next\s+steps)\b", re.I)
SUMMARY_POSTED = re.compile(r"^(?:(?:quick|short|brief|end[- ]of[- ]day|final)\s+)?(?:summary|recap|round[- ]?up|"
                            r"actions?(?:\s+(?:so\s+far|summary|agreed))?)\b[^:\n]{0,60}:", re.I)


def _summary_posted(kept: list[str], who: str, text: str) -> None:
    """The sender's promise above to sum up the actions, marked done when their message is that summary."""
    if not SUMMARY_POSTED.match(text.strip()):
        return
    for at in range(len(kept) - 1, max(-1, len(kept) - MOVED_REACH), -1):  # (a day's chat back, not the whole)
        promised = PROMISED_SUMMARY.search(kept[at]) if f"{who} will " in kept[at] else None
        if promised:  # (its sentence marked, not the message's last)
            end = re.compile(r"[.!?](?=\s|$)|$").search(kept[at], promised.end()).start()
            kept[at] = f"{kept[at][:end]} - done{kept[at][end:] or '.'}"
            return


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
        if len(shared) * 2 < len(words):  # "I'll ask parents in the PCF group about supported internships": not
            continue  # the "YP focus group" for "supported learning" students above, though two words are shared
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
        kept[at] = f"{kept[at].rstrip().rstrip('.')} {as_deadline(when.words)}."


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


# The note-taker's "Done, owner changed to Priya Shah", "I've changed the owner to Omar": the last action above given
# to someone else, handed on (its new owner's words are the chat's next to say it)
OWNER_CHANGED = re.compile(r"\b(?:owner\s+(?:is\s+)?(?:now\s+)?(?:changed|updated|amended|moved|switched)\s+to|"
                           r"chang(?:e|ed|ing)\s+the\s+owner\s+to|now\s+owned\s+by)\s+(?P<who>[A-Z][a-z'’-]+)", re.I)
ACTION_ABOVE = re.compile(r"^(?:action\s*:\s*)?(?P<who>[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]*)?\s+(?:to|will)\s", re.I)


def _owner_changed(kept: list[str], text: str) -> None:
    """The last action above whose owner is not the one named now, marked handed on."""
    found = OWNER_CHANGED.search(text)
    for at in range(len(kept) - 1, max(-1, len(kept) - THREAD_REACH), -1) if found else ():
        above = ACTION_ABOVE.match(kept[at])
        if above and above.group("who") != found.group("who") and "no longer needed" not in kept[at]:
            kept[at] = f"{kept[at].rstrip().rstrip('.')} - no longer needed: handed on."
            return


# "Can I have until the following Friday?", "Could it wait till after half term?": the one an action above is given to
# asking for longer; granted by the next to answer ("Fine - Friday 19th then"), it is due the day the answer gives
MORE_TIME = re.compile(r"\b(?:(?:can|could|may)\s+I\s+(?:have|get|take)\s+(?:it\s+)?|(?:can|could)\s+(?:it|that|this)\s+"
                       r"(?:wait|slip|move|go\s+back)\s+)(?:until|till|to|up\s+to)\s+(?P<when>[^?]{2,40})\?", re.I)


def _more_time_given(kept: list[str], message: re.Match, replies: list[tuple[int, re.Match]]) -> None:
    """The sender's action above given the later day their request for more time is granted."""
    asked = MORE_TIME.search(message.group("text"))
    who = message.group("who")
    answer = next((reply.group("text") for _number, reply in replies if reply.group("who") != who), "") if asked else ""
    if not AGREED.match(answer.strip()) or REFUSED.search(answer):
        return
    when = read_due(answer, ANY_DAY) or read_due(asked.group("when"), ANY_DAY)
    for at in range(len(kept) - 1, max(-1, len(kept) - THREAD_REACH), -1) if when else ():
        above = ACTION_ABOVE.match(kept[at])
        if above and above.group("who") == who.split()[0] or kept[at].startswith(f"{who} will "):
            kept[at] = f"{kept[at].rstrip()} Due: {when.words}."
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


def _dated_by_owner(kept: list[str], message: re.Match, previous: str) -> bool:
    """The message just before gave the sender (or their team) a task ("Mark's team will publish the claim form"), and
    the sender's answer, no promise of its own, says when ("Form will be on the website by Friday", "Will do - Friday"):
    that task given that date ("Due: by Friday."), as an action's field; whether it was."""
    text, first = message.group("text").strip(), message.group("who").split()[0]
    if previous == message.group("who") or len(kept) < 2 or OWN_WORDS.search(text) or "Due:" in kept[-2]:
        return False
    task = re.search(re.escape(first) + r"(?:['’]s\s+team)?\s+(?:will|to)\s+(?P<task>[^.!?]+)", kept[-2])
    when = read_due(text, ANY_DAY) if task else None
    shared = {word[:5] for word in re.findall(r"[a-z]{4,}", text.lower())} & \
        {word[:5] for word in re.findall(r"[a-z]{4,}", task.group("task").lower())} if task else set()
    if when is None or read_due(task.group("task"), ANY_DAY) is not None or not (shared or AGREED.match(text)):
        return False
    kept[-2] = f"{kept[-2].rstrip()} Due: {when.words}."
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
