"""Reading an action's due date from its own words, relative to the meeting's date.

Pure functions (no Flask, no database). UK order (day first); a date written without a year is
the first such date on or after the meeting ("30 January" at a November meeting is next January);
"17.7.12" is 17 July 2012. dateparser reads the written dates and the relative ones ("Friday 9th
October 2020", "30 Sept", "tomorrow", "in two weeks"); the vague periods below are our own rules,
and a suggestion made by one says so ("“in the Autumn” is taken as 30 November 2025, the end of
autumn"). No date is invented where the words give none.

"By/at/to the next meeting" is due at the group's meeting after the one imported, which the
actions rules resolve once it is in the diary; "at January's Board meeting" is that month's
meeting of the group when it is in the diary, else the end of that month (and says so).
"""
from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import dateparser
from dateutil.easter import easter

from tracker.core.dates import add_working_days, local_day, local_zone, no_such_day

NEXT_MEETING, MEETING_IN_MONTH, ON_A_DATE = "next_meeting", "meeting_in_month", "date"

# A month's name, in full or cut short ("March", "Sept", "dec"): one home for every reader of dates
MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
              r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# A month's name by its first three letters, whatever follows (a quick look for one: "Sept", "Febuary", "dec")
MONTH_START = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# ... and a day of the week's ("Tues", "thurs", "Weds")
WEEKDAY_START = r"(?:mon|tue|wed|thu|fri|sat|sun)"
_MONTH_NUMBERS = {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
# A day of the week's name, cut short or not ("Tues", "Weds", "Thurs", "Saturday"), one home as `MONTH_NAME`
WEEKDAY_NAME = r"(?:mon|tues?|wed(?:nes|s)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
_WEEKDAY = r"(?:" + WEEKDAY_NAME + r"(?:day)?\.?,?\s+)"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?)"

NEXT_MEETING_WORDS = re.compile(
    r"\b(?:(?:to|at|for|by|before|b4|until|in\s+time\s+for)\s+(?:the\s+|our\s+|its\s+|their\s+)?)?(?:next|nxt)\s+"
    r"(?:(?:[\w&-]+\s+){0,3}?(?:meeting|mtg|(?:board|committee|cttee|panel|forum|session|workshop|huddle|catch-?up|check-?in|call(?!\s+(?:for|off|out)\b)|group(?!\s+of\b))(?:\s+meeting)?)\b|"
    r"network(?:\s+meeting)?\b|"  # "to the next network": the network's next meeting (not "the next SENCo network")
    r"review(?:\s+meeting)?\b(?!\s+(?:of|date)\b)|"  # a review meeting's "by the next review" (not "the next annual review")
    r"(?-i:[A-Z]{1,4}[BCFG])\b(?!-))"  # "by the next FGB": a Board, Committee, Forum or Group's initials
    r"(?!\s*(?:['’]s|report|paper|agenda|pack|cycle|members?|minutes|chair|papers))|"
    r"\b(?:before|by|when|until|till)\s+(?:the\s+time\s+)?we\s+(?:next\s+meet|meet\s+(?:again|next))\b|"  # "before we next meet"
    r"\b(?:to|at|for|by|before)\s+the\s+next\s+one\s+of\s+(?:these|those)\b|"  # said in the meeting: "for the next one of these"
    r"\b(?:for|by|before)\s+next\s+time\b(?!\s+(?:we|you|I|they|it)\b)", re.I)  # an email after it: "For next time is fine"
MONTH_MEETING = re.compile(
    r"(?:\b(?:at|to|for|by|before|in\s+time\s+for|attend|attends|attending)\s+(?:the\s+|its\s+|our\s+|their\s+|this\s+)?"
    r"(?:[A-Z][\w&-]*['’]s\s+)?|"  # "for the Forum's January meeting"
    r"(?:^|[–—-]\s*))(?P<month>" + MONTH_NAME
    + r")(?:['’]s)?(?:\s+[\w&-]+){0,2}?\s+(?:meeting|mtg|board|panel|committee|session|forum|group|network|"
    r"(?-i:[A-Z]{1,4}[BCFGP])\b(?!-))(?:\s+meeting)?\b|"  # "to July LORG": a Board, Committee, Forum, Group or Panel's initials
    # "by next Board (June)": the next meeting, its month said
    r"\b(?:(?:to|at|for|by|before)\s+(?:the\s+)?)?next\s+(?:[\w&-]+\s+){0,2}?(?:meeting|board|panel|committee|forum)"
    r"\s*\((?P<next_month>" + MONTH_NAME + r")\)|"
    # "to the Board's meeting in January 2028", "at its meeting in March": that meeting; "escalate ... to the
    # Partnership Board in January": the Board's meeting then (and "take this to the partnership board in July")
    r"\b(?:to|at|for|before)\s+(?:the\s+|its\s+|our\s+)?(?:[A-Z][\w&-]*['’]s\s+)?(?!next\b)(?:(?:[\w&-]+\s+)?meeting|"
    r"(?-i:[A-Z][\w&-]+\s+(?:Board|Panel|Committee|Forum))|partnership\s+board)\s+in\s+(?P<in_month>" + MONTH_NAME + r")(?:\s+\d{4})?\b", re.I)
# "30 January", "Friday 9th October 2020", "on 20th May", "30 Sept", "9 Oct 25", "Friday the 28th of May"
WRITTEN_DATE = re.compile(
    r"\b" + _WEEKDAY + r"?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>" + MONTH_NAME
    + r")\b\.?(?:,?\s+(?P<year>\d{4}|\d{2}\b(?!\s*[-–:.]\s*\d|\s*(?:am|pm|noon)\b)))?", re.I)  # not "Sat 5th Dec, 12-3"
# "January 30", "January 30th 2026"
MONTH_FIRST_DATE = re.compile(r"\b" + _WEEKDAY + r"?(?P<month>" + MONTH_NAME + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?",
                              re.I)
# "31/01/2026", "17.7.12", "3/11", "20-2-26", "Monday 20/21/21"
NUMERIC_DATE = re.compile(
    r"(?<![\d/.])(?:\b" + _WEEKDAY + r")?(?P<day>\d{1,2})(?P<sep>[/.\-])(?P<month>\d{1,2})"
    r"(?:(?P=sep)(?P<year>\d{4}|\d{2}))?(?![\d/]|\.\d)", re.I)
# "15-Jan-27", "3/Mar/2027": a spreadsheet's day-month-year with the month in letters
DASHED_DATE = re.compile(r"(?<![\w-])(?P<day>\d{1,2})(?P<sep>[-/])(?P<month>" + MONTH_NAME
                         + r")(?P=sep)(?P<year>\d{4}|\d{2})\b", re.I)
# "w/c 19 October", "week commencing 12/01/2027": the week the work is done in
WEEK_COMMENCING = re.compile(r"\b(?:w/c|w\.c\.|w/b|week\s+(?:commencing|beginning|starting))\s+(?P<date>\d{1,2}"
                             r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_NAME + r"\b(?:\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
                             r"\d{1,2}(?:st|nd|rd|th)\b)", re.I)  # (and a chat's "w/c 22nd ok?": the month left out)
# A planner's "wk 11", "by week 49" alone in its cell: the ISO week of that number
WEEK_NUMBER = re.compile(r"^\s*(?:by\s+|in\s+|end\s+(?:of\s+)?)?(?:wk|week)\s*(?P<week>[1-9]|[1-4]\d|5[0-3])\s*$", re.I)
# "end of Q3", "Q4 26/27", "by the end of quarter 2": the public sector's financial quarters (April to March)
QUARTER = re.compile(r"\b(?:(?:by|in|during|before)\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:q|quarter\s+)(?P<quarter>[1-4])\b"
                     r"(?:\s+(?:of\s+)?(?P<start>20\d{2}|\d{2})\s*[/-]\s*(?:20)?\d{2}\b)?", re.I)
QUARTER_ENDS = {1: 6, 2: 9, 3: 12, 4: 3}
# "FY26/27", "FY 2026/27", "financial year 2026/27": that financial year, which ends on 31 March
FINANCIAL_YEAR = re.compile(r"\b(?:(?:by|in|during|before)\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:fy\s?|financial\s+year\s+)"
                            r"(?:20)?(?P<start>\d{2})\s*[/-]\s*(?:20)?(?P<end>\d{2})\b", re.I)
# "2027-04-02", and a tool's moment "2027-10-07T23:00:00.000Z" (UTC: 8 October in London)
ISO_DATE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
                      r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?P<zone>Z|[+-]\d{2}:?\d{2})?)?\b")
# "end of January 2026", "by March", "in June", "late April", "by the end of February"
MONTH_PERIOD = re.compile(
    r"\b(?P<lead>(?:(?:in|by|during|before|until|from|for)\s+)?(?:the\s+)?(?:(?:(?:end|beginning|start|middle)\s+of|end)\s+"
    r"|early\s+|mid[\s-]+|late\s+)?)(?P<month>" + MONTH_NAME + r")\b(?:\s+(?P<year>\d{4}))?", re.I)
WORKING_DAYS = re.compile(r"\b(?:in|within)\s+(?:the\s+next\s+)?(?P<count>\d+|one|two|three|four|five|ten|fifteen|twenty)"
                          r"\s+(?:(?:working|school)\s+days?|w/\s?days?|wk\s+days?)\b", re.I)  # a tracker's "5 w/days"; "10 school days"
COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
# The time a day's work ends, before its weekday: "COP", "end of play", "5pm" ("by 5pm Friday")
_DAY_END = r"(?:cob|cop|eod|eop|close\s+of\s+(?:business|play)|end\s+of\s+(?:the\s+)?(?:day|play)|" \
           r"\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|(?:12\s+)?(?:noon|midday))"
# A weekday as notes shorten it after "by" or "on": "by fri", "by 5pm thurs", "on weds"
_SHORT_WEEKDAY_NAMES = r"mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun"  # ("by sat": a volunteer's weekend)
_SHORT_WEEKDAY = r"(?:" + _SHORT_WEEKDAY_NAMES + r")\b"
SHORT_WEEKDAYS = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "weds": "wednesday",
                  "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday",
                  "sun": "sunday"}
RELATIVE = re.compile(
    r"\b(?:tomorrow|tmrw|tmw|(?<!of\s)today|(?:this|next|over\s+the|at\s+the)\s+weekend|"
    r"next\s+w(?:ee)?k|this\s+w(?:ee)?k|end\s+of\s+(?:the\s+|this\s+|next\s+)?w(?:ee)?k|(?:by\s+)?eow|"  # "EOW": end of week
    r"(?:in|within)\s+(?:(?:the\s+next\s+)?(?:\d+|one|two|three|four|five|six|eight|a|an|(?:a\s+)?couple\s+of)\s+(?:days?|w(?:ee)?ks?|months?|fortnights?)|"
    r"the\s+next\s+fortnight)"
    r"(?!\s+(?:of|after|from)\s+(?!today\b|now\b|(?:this|the)\s+meeting\b))|"  # not "within four weeks of
    # the review", a standard, not a deadline; but "within four weeks of today" is one
    r"a\s+(?:week|fortnight)\s+on\s+(?:mon|tues|wednes|thurs|fri)day|"
    r"(?<=[–—-]\s)(?:" + _SHORT_WEEKDAY_NAMES + r")(?=\s+[ap]m\b)|"  # "... – Weds pm": by Wednesday afternoon
    r"(?:(?:by|on)\s+)?(?:mon|tues|wednes|thurs|fri)day\s+(?:next\s+)?week\b|"  # "by Friday week": a week on Friday
    # (and "by Friday next week": the Friday of the week after the meeting's)
    # (and a day said with a hedge, "I'll send the tracker round, probably Monday": that Monday)
    # (and a chat's "up to Sunday", "till Friday"; "I'll email him Monday": a weekday straight after whom)
    r"(?:(?:by|on|before|this|next|for|probably|hopefully|ideally|up\s+to|until|till)\s+(?:" + _DAY_END + r"\s+(?:on\s+)?)?|" + _DAY_END + r"\s+(?:on\s+)?|(?<=\bhim\s)|(?<=\bher\s)|(?<=\bthem\s)|(?<=\bit\s))"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + _SHORT_WEEKDAY + r")(?!\s+(?:\d|" + MONTH_NAME + r"\b)))\b", re.I)
SEASONS = {"spring": (5, "the end of spring"), "summer": (8, "the end of summer"),
           "autumn": (11, "the end of autumn"), "fall": (11, "the end of autumn"),
           "winter": (2, "the end of winter")}
TERMS = {"autumn": (12, 19, "the end of the autumn term"), "spring": (3, 31, "the end of the spring term"),
         "summer": (7, 20, "the end of the summer term")}
# A document's own term dates: "Timescales: 'end of autumn term' = Friday 17 December 2027", "Summer term ends: 21/07/27";
# and the day schools break up, its term told by its month: "(schools and the college break up on Wednesday 21 July)"
TERM_END_GIVEN = re.compile(r"\bend\s+of\s+(?:the\s+)?(?P<term>autumn|spring|summer)\s+term['’\"]?\s*(?:=|:|is|[–—-])\s*"
                            r"(?P<when>[^;,\n]{4,40})|\b(?P<term_named>autumn|spring|summer)\s+term\s+ends?\s*(?::|=|on)?\s*"
                            r"(?P<ends>[^;,\n]{4,40})|"
                            # "(schools break up on Friday 23rd July)", "break up for the summer holidays on ...": the day
                            # the term ends, the month saying which term
                            r"\b(?:breaks?\s+up|schools?\s+(?:close|finish|end))\s+(?:for\s+(?:the\s+)?\w+(?:\s+(?:holidays?|hols?))?\s+)?"
                            r"on\s+(?P<breaks>[^;,\n()]{4,40})", re.I)
BREAK_UP_TERMS = {7: "summer", 8: "summer", 12: "autumn", 3: "spring", 4: "spring"}  # (not a half term's)
TERM_ENDS: ContextVar[tuple[tuple[str, date], ...]] = ContextVar("term_ends", default=())
# A document's own occasions: a report's "Next MDT:,Thu 21/10/2027 13:30" over its rows, a log's "Papers deadline
# for July panel (21/07/2027) is Wednesday 14/07/2027": a due cell that says only "Next MDT" or "papers deadline"
OCCASION_GIVEN = re.compile(r"^[ \t]*(?P<next>next\s+(?!(?:steps?|actions?|review)\b)[\w&-]+(?:\s+[\w&-]+)?)[ \t]*[:,][ \t,]*"
                            r"(?P<on>[^\n(;]{4,60})|\b(?P<deadline>[\w-]+\s+deadline)\s+for\s+[^\n.;]{1,60}?\s+is\s+"
                            r"(?P<by>[^\n(;]{4,60})", re.I | re.M)
OCCASIONS: ContextVar[tuple[tuple[str, date], ...]] = ContextVar("occasions", default=())


@contextmanager
def term_ends_given(text: str, reference: date | None) -> Iterator[None]:
    """While reading a document that says when its terms end, "by the end of the autumn term" is that day,
    not the usual one (each area sets its own term dates); and the days of its own occasions."""
    given, occasions = {}, {}
    for found in TERM_END_GIVEN.finditer(text[:200_000]) if reference else ():
        due = read_due(found.group("when") or found.group("ends") or found.group("breaks"), reference)
        if due is not None and due.on is not None and not due.rule:
            term = found.group("term") or found.group("term_named") or BREAK_UP_TERMS.get(due.on.month)
            if term:
                given.setdefault(term.lower(), due.on)
    for found in OCCASION_GIVEN.finditer(text[:200_000]) if reference else ():
        day = next((due.on for _start, _end, due in _candidates(found.group("on") or found.group("by"), reference,
                                                                 whole_cell=False) if _written_day(due)), None)
        if day is not None:
            occasions.setdefault(_occasion(found.group("next") or found.group("deadline")), day)
    token, occasion_token = TERM_ENDS.set(tuple(given.items())), OCCASIONS.set(tuple(occasions.items()))
    try:
        yield
    finally:
        TERM_ENDS.reset(token)
        OCCASIONS.reset(occasion_token)


def _occasion(words: str) -> str:
    return re.sub(r"^(?:by|at|before|for|to)\s+|^the\s+|[\s.]+$", "", " ".join(words.lower().split()))


def _occasion_given(cell: str) -> Due | None:
    """A due cell naming one of the document's own occasions ("Next MDT"): the day it gives for it."""
    words = _occasion(_occasion(cell))
    on = dict(OCCASIONS.get()).get(words) if OCCASIONS.get() and len(words) < 40 else None
    return Due(ON_A_DATE, cell.strip(), on=on, rule=f"“{cell.strip()}”: the day the document gives for it, "
                                                    f"{format_day(on)}") if on else None


VAGUE = re.compile(
    r"\b(?:(?:in|by|during|over|before|until|for)\s+)?(?:the\s+)?(?:"
    r"(?P<term>autumn|spring|summer)\s+term|"
    r"(?P<holidays>summer|christmas|easter)\s+(?:holidays?|hols?|break|(?<=easter\s)weekend)|"  # "before the Easter weekend"
    # "before summer", "before the summer": before the summer holidays, not the season's end
    r"(?:(?<=before\s)|(?<=before\sthe\s))(?P<summer_break>summer)\b(?!\s+(?:term|holidays?|hols?|break|recess|\d))|"
    r"(?<=by\s)(?P<easter>easter)|(?:(?<=before\s)|(?<=break\sup\sfor\s))(?P<easter_day>easter)|"  # "by Easter", "before Easter": its holidays
    # (and "before schools break up for Easter")
    r"(?P<new_year>new\s+year)|"
    r"(?P<christmas>christmas)|"
    r"end\s+of\s+(?:the\s+)?(?P<financial>financial\s+year)|"
    r"end\s+of\s+(?:the\s+)?(?P<year_end>(?:calendar\s+)?year)|"
    r"end\s+of\s+(?:the\s+)?(?P<this_term>term)|"
    r"(?:end\s+of\s+(?:the\s+|this\s+)?|this\s+|within\s+(?:the|this)\s+)(?P<this_month>month)\b(?!\s+of)|"
    r"(?:end\s+of\s+)?(?P<next_month>next\s+month)|"
    r"(?:(?P<early>early|late)\s+)?(?P<season>spring|summer|autumn|winter|fall)(?:\s+(?P<season_year>\d{4}))?)\b",
    re.I)
# "in the first week of October", "by the last week of July": the Friday of that week; "by the last Friday
# in February", "the first Monday of March": that day
WEEK_OF_MONTH = re.compile(r"\b(?:(?:in|by|during|before|for|over|on)\s+)?(?:the\s+end\s+of\s+)?the\s+"
                           r"(?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(?:week|(?P<weekday>(?:mon|tues|"
                           r"wednes|thurs|fri)day))\s+(?:of|in)\s+(?P<month_name>"
                           + MONTH_NAME + r")\b", re.I)
NTH_WEEK = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "last": -1}
# "before October half term", "by half-term", "during the February half term": a school's week off
HALF_TERM = re.compile(r"\b(?P<lead>(?:by|before|b4|until|for|at|in|during|over|(?:the\s+week\s+)?after)\s+)?"
                       r"(?:the\s+)?(?:(?P<which>october|oct|"
                       r"autumn|february|feb|spring|may|summer|whitsun)\s+)?"
                       # (and notes' "b4 1/2 term")
                       r"(?:half[- ]?term|(?<![\d/])1/2[- ]?term|(?(which)(?-i:HT)|(?!)))\b", re.I)  # and a log's "Feb HT" (not "HT", a headteacher)
HALF_TERM_MONTHS = {"october": 10, "oct": 10, "autumn": 10, "february": 2, "feb": 2, "spring": 2, "may": 5, "summer": 5,
                    "whitsun": 5}
# "the twenty first of july", "the sixteenth of June": a day said in words (dictated, or Easy Read)
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
             "nineteenth", "twentieth"]
SPOKEN_DATE = re.compile(r"\b(?:the\s+)?(?P<day>(?:twenty|thirty)[\s-](?:" + "|".join(_ORDINALS[:9]) + r")|thirtieth|"
                         + "|".join(_ORDINALS) + r")\s+of\s+(?P<month>" + MONTH_NAME + r")\b", re.I)


def _financial_year(match: re.Match) -> Due | None:
    """ "FY26/27": 31 March 2027, the end of that financial year; "FY26/28" is none."""
    if (int(match.group("start")) + 1) % 100 != int(match.group("end")):
        return None
    on = date(2001 + int(match.group("start")), 3, 31)
    words = match.group(0).strip()
    return Due(ON_A_DATE, words, on=on, rule=f"“{words}” is taken as the end of that financial year, {format_day(on)}")


def _spoken_day_number(words: str) -> int:
    parts = words.lower().replace("-", " ").split()
    tens = {"twenty": 20, "thirty": 30}[parts[0]] if len(parts) > 1 else 0
    return tens + (30 if parts[-1] == "thirtieth" else _ORDINALS.index(parts[-1]) + 1)


def spoken_days_in_figures(text: str) -> str:
    """ "by the sixteenth of july" as "by 16 July", for notes whose every date is said in words."""
    return SPOKEN_DATE.sub(lambda found: f"{_spoken_day_number(found.group('day'))} "
                                         f"{found.group('month').capitalize()}", text)


def _spoken_date(match: re.Match, reference: date) -> Due | None:
    day, month = _spoken_day_number(match.group("day")), _month_number(match.group("month"))
    if day > max(calendar.monthrange(year, month)[1] for year in (reference.year, reference.year + 1)):
        return None  # "the thirty first of June": no such day, and none guessed
    return Due(ON_A_DATE, match.group(0).strip(), on=_forward(month, day, reference))


# "by Friday 29th", "Fri 12th", "Friday the 15th": a weekday and the day of the month, the month left out (a short weekday
# only with "th": "Sat 3 exams" is no date)
WEEKDAY_DAY = re.compile(r"\b(?:(?:by|on|before)\s+)?(?:(?P<weekday>mon|tues|wednes|thurs|fri|satur|sun)day\s+"
                         r"(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?|(?P<short>mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\.?\s+"
                         r"\(?(?P<short_day>\d{1,2})(?:st|nd|rd|th)\)?)(?!\w)(?!\s+(?:of\s+)?" + MONTH_NAME + r"\b|[/.:-]\d)", re.I)  # "Mon (8th)"
# "by the 14th", "by 13th": a day of the month alone, the month left to the reader: the next such day
# (and "His deadline for copy is the 29th": the day the deadline is)
DAY_ALONE = re.compile(r"\b(?:(?:by|before|on|deadline(?:\s+for\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+is)\s+(?:the\s+)?|"
                       r"for\s+the\s+(?=\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?-i:[a-z]))))(?P<day>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + MONTH_NAME
                       + r"\b|\s+(?:century|floor|anniversary|birthday))", re.I)
# "by Friday the fifteenth", "on the twenty-first": a day of the month said in words, the month left out
# (a transcript's): read as "Friday 15th", "on the 21st" (not "on the first page", "the second of May")
SPOKEN_DAY_ALONE = re.compile(r"\b(?:(?P<weekday>mon|tues|wednes|thurs|fri)day\s+|(?:by|before|on)\s+)the\s+(?P<day>(?:twenty|thirty)"
                              r"[\s-](?:" + "|".join(_ORDINALS[:9]) + r")|thirtieth|" + "|".join(_ORDINALS[::-1])
                              + r")\b(?![\s-]+(?:of\s+)?" + MONTH_NAME + r"\b|\s+[a-z])", re.I)
# "by the Spring term meeting": a group that meets once a term means its next meeting
TERM_MEETING = re.compile(r"\b(?:(?:to|at|for|by|before|until)\s+)?(?:the\s+|our\s+|its\s+)?(?:autumn|spring|summer)"
                          r"\s+term(?:['’]s)?\s+(?:[\w&-]+\s+){0,2}?meeting\b", re.I)
# Verbs that make a period a start, not a deadline: "starting in April" is still by April.
SINCE = re.compile(r"\b(?:since|last|previous|from)\s*$", re.I)
STARTING = re.compile(r"\b(?:starting|beginning|commencing)(?:\s+from)?\s*$", re.I)
DEADLINE = re.compile(r"\b(?:by|before|due|deadline|no\s+later\s+than|until|on)\s*(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class Due:
    """When an action is due, and where that came from."""

    kind: str  # NEXT_MEETING, MEETING_IN_MONTH or ON_A_DATE
    words: str  # as written: "by 30 January", "at January's Board meeting"
    on: date | None = None  # ON_A_DATE; for MEETING_IN_MONTH the month's last day, if not in the diary
    month: date | None = None  # MEETING_IN_MONTH: the first of that month
    rule: str = ""  # a documented rule gave the date ("in the Autumn" is 30 November), else ""
    problem: str = ""  # the words name a day no calendar has (`impossible_date`): `on` is None

    def to_dict(self) -> dict:
        return {"kind": self.kind, "words": self.words, "date": self.on.isoformat() if self.on else None,
                "from": "rule" if self.rule else "words", "rule": self.rule, "problem": self.problem}


def format_day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name.lower()[:3]]


def _forward(month: int, day: int | None, reference: date) -> date:
    """That month (and day, else its last day) on or after the reference date."""
    for year in (reference.year, reference.year + 1):
        last = calendar.monthrange(year, month)[1]
        found = date(year, month, min(day or last, last))
        if found >= reference:
            return found
    return found


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


# "30 Sept", "9th of October 2020", "3 Mar 25": read here, as dateparser would read them but a
# hundred times faster (an action log has thousands); anything else goes to dateparser.
DAY_MONTH = re.compile(r"^(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + MONTH_NAME
                       + r")\.?(?:,?\s+(?P<year>\d{4}|\d{2}))?$", re.I)


# "Mar 10", "February 26th" (a US-made tool's way): the day after the month, never a year ("Feb 26" is not 2026)
MONTH_DAY = re.compile(r"^(?P<month>" + MONTH_NAME + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?P<year>)$", re.I)


def _day_month(words: str, reference: date) -> date | None:
    match = DAY_MONTH.match(words.strip()) or MONTH_DAY.match(words.strip())
    if match is None:
        return None
    day, month, year = int(match.group("day")), _month_number(match.group("month")), match.group("year")
    if year:
        number = int(year) + (2000 if len(year) == 2 else 0)
        return date(number, month, day) if day <= calendar.monthrange(number, month)[1] else None
    for number in (reference.year, reference.year + 1):  # the first on or after the meeting
        if day <= calendar.monthrange(number, month)[1] and date(number, month, day) >= reference:
            return date(number, month, day)
    return None


PLAUSIBLE_YEARS = 10  # a due date further than this from the meeting is a misreading


def _parse_written(words: str, reference: date) -> date | None:
    """A written date, read by dateparser day-first, its year (when missing) forward of the meeting."""
    quick = _day_month(re.sub(r"^\s*" + _WEEKDAY, "", words, flags=re.I), reference)  # "Thurs 25 March": 25 March
    if quick is not None:
        return quick
    iso = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", words)  # "2027-04-02" (a notes app's date): no guessing
    if iso:
        try:
            return date(*map(int, iso.groups()))
        except ValueError:
            return None
    text = re.sub(r"\bsept\b", "sep", words, flags=re.I)
    two_digit = re.search(r"\s(\d{2})$", text.strip())
    settings = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "future", "RETURN_AS_TIMEZONE_AWARE": False,
                "RELATIVE_BASE": datetime.combine(reference - timedelta(days=1), datetime.min.time()),
                "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False}
    if two_digit:
        text = text.strip()[:-2] + ("20" + two_digit.group(1))
    found = dateparser.parse(text, languages=["en"], settings=settings)
    # "Feb 69" in a table of figures: not February 2069
    return found.date() if found and abs(found.year - reference.year) <= PLAUSIBLE_YEARS else None


def _numeric(match: re.Match, reference: date) -> date | None:
    day, month, year = int(match.group("day")), int(match.group("month")), match.group("year")
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None:
        if match.group("sep") != "/":
            return None  # "1.5" is a number, not a date
        try:
            found = date(reference.year, month, day)
        except ValueError:
            return None
        return found if found >= reference else date(reference.year + 1, month, day)
    number = int(year) + (2000 if len(year) == 2 else 0)
    try:
        return date(number, month, day)
    except ValueError:
        return None


# The ways a day of a month is written that the importer reads, in the order it reads them.
DAY_FORMS = (WRITTEN_DATE, MONTH_FIRST_DATE, ISO_DATE, DASHED_DATE, NUMERIC_DATE)


def impossible_date(words: str, reference: date | None = None) -> str | None:
    """Why the date in these words is no day of the calendar, in plain words ("February 2027 has
    28 days", "June has 30 days", "there is no month 13 (write the day first, then the month)": the
    words of core/dates.py no_such_day, as a form's date boxes say it); None when they hold
    no such date. The one rule for every date the importers read, in numbers ("31/02/2026",
    "2026-02-30") or in words ("30 February", "Thursday 31st June", "29 Feb 2027", "April 31st").

    A date written without a year is in the year the importer reads it in: its month's first
    that is not over by `reference` (the meeting), so "29 February" at a meeting in November 2026
    is in February 2027, which has 28 days. Without a reference only dates with a year are checked."""
    for form in DAY_FORMS:
        for match in form.finditer(words):
            why = _not_a_day(match, reference)
            if why:
                return why
    return None


def _not_a_day(match: re.Match, reference: date | None) -> str | None:
    """`impossible_date` for one date as written (a match of one of the DAY_FORMS)."""
    parts = match.groupdict()
    day, month_text, year_text = int(parts["day"]), parts["month"], parts["year"]
    in_words = not month_text.isdigit()
    if in_words and day > 31 and year_text is None:
        return None  # "45 March" is a number and a month, not a day
    month = _month_number(month_text) if in_words else int(month_text)
    if year_text is None and (reference is None or parts.get("sep", "/") != "/" or not 1 <= month <= 12):
        return None  # "1.5" and "5/13" are numbers, not dates
    if not 1 <= month <= 12:  # said whatever the year
        return f"{no_such_day(day, month, 2000)}{' (write the day first, then the month)' if parts.get('sep') else ''}"
    if year_text is None:
        year = _forward(month, None, reference).year
    else:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    return no_such_day(day, month, year)


def _dashed(match: re.Match, reference: date) -> date | None:
    year = int(match.group("year")) + (2000 if len(match.group("year")) == 2 else 0)
    try:
        return date(year, _month_number(match.group("month")), int(match.group("day")))
    except ValueError:
        return None


def _week_commencing(match: re.Match, reference: date) -> Due | None:
    """ "w/c 19 October": the Friday of that week, when the work is done in it."""
    words = match.group("date")
    numeric = NUMERIC_DATE.fullmatch(words)
    week_of = reference - timedelta(days=6)  # "w/c 14 June" said on Wednesday 16 June: this week, not next year's
    ordinal = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", words)
    start = _numeric(numeric, week_of) if numeric else _next_such_day(int(ordinal.group(1)), week_of) if ordinal \
        else _parse_written(words, week_of)
    if start is None:
        return None
    friday = start + timedelta(days=(4 - start.weekday()) % 7)
    if _bank_holiday(friday):  # "w/c 22/03" in 2027: Good Friday is the 26th, so the Thursday before it
        thursday = friday - timedelta(days=1)
        return Due(ON_A_DATE, match.group(0), on=thursday, rule=f"“{match.group(0)}” is taken as the last working day "
                   f"of that week, {format_day(thursday)} (the Friday is a bank holiday)")
    return Due(ON_A_DATE, match.group(0), on=friday,
               rule=f"“{match.group(0)}” is taken as the Friday of that week, {format_day(friday)}")


def _bank_holiday(day: date) -> bool:
    """Good Friday, Christmas Day, Boxing Day or New Year's Day: a week's Friday no one works."""
    return day == easter(day.year) - timedelta(days=2) or (day.month, day.day) in ((12, 25), (12, 26), (1, 1))


def _week_number(match: re.Match, reference: date) -> Due | None:
    """ "wk 11": the Friday of ISO week 11 (as "w/c" is read), the next such week from the meeting."""
    week = int(match.group("week"))
    for year in (reference.year, reference.year + 1):
        try:
            friday = date.fromisocalendar(year, week, 5)
        except ValueError:  # (week 53 in a year of 52)
            continue
        if friday >= reference - timedelta(days=6):
            return Due(ON_A_DATE, match.group(0).strip(), on=friday,
                       rule=f"“{match.group(0).strip()}” is taken as the Friday of week {week} of the year, {format_day(friday)}")
    return None


def _weekday_and_day(match: re.Match, reference: date) -> Due | None:
    """ "Friday 29th": the next 29th that falls on a Friday, within the next three months; else the
    next 29th (the weekday typed wrong)."""
    day = _day_number(match.group("day") or match.group("short_day"))
    weekday = [name.lower()[:3] for name in calendar.day_name].index((match.group("weekday") or match.group("short")).lower()[:3])
    found = []
    for ahead in range(4):
        year, month = divmod(reference.month - 1 + ahead, 12)
        if day <= calendar.monthrange(reference.year + year, month + 1)[1]:
            candidate = date(reference.year + year, month + 1, day)
            if candidate >= reference:
                found.append(candidate)
    if not found:
        return None
    on = next((each for each in found if each.weekday() == weekday), found[0])
    return Due(ON_A_DATE, match.group(0), on=on, rule=f"“{match.group(0)}” is taken as {format_day(on)}")


def _day_alone(match: re.Match, reference: date) -> Due | None:
    """ "by the 14th": that day of the meeting's month, or of the next month once it has passed."""
    on = _next_such_day(_day_number(match.group("day")), reference)
    if on is None:
        return None
    words = match.group(0)
    return Due(ON_A_DATE, words, on=on, rule=f"“{words}” is taken as the next {words.split()[-1]} after the meeting, {format_day(on)}")


def _next_such_day(day: int, reference: date) -> date | None:
    """The 14th of the meeting's month, or of the next month once it has passed."""
    for ahead in range(3):
        year, month = divmod(reference.month - 1 + ahead, 12)
        if day <= calendar.monthrange(reference.year + year, month + 1)[1]:
            on = date(reference.year + year, month + 1, day)
            if on >= reference:
                return on
    return None


def _day_number(words: str) -> int:
    """ "14", or "fourteenth" said in words."""
    return int(words) if words.isdigit() else _spoken_day_number(words)


def _half_term_monday(year: int, month: int) -> date:
    """The Monday most English schools' half term starts: the first on or after 12 February, the
    last of May (the bank holiday) or of October. Areas differ by a week at most."""
    if month == 2:
        return date(year, 2, 12 + (0 - date(year, 2, 12).weekday()) % 7)
    last = _last_day(year, month)
    return last - timedelta(days=last.weekday())


def _half_term(match: re.Match, reference: date) -> Due:
    """ "before October half term": the Friday before that week; "during half term": its Friday;
    "(the week) after half term": the Friday of the week after."""
    which = (match.group("which") or "").lower()
    months = [HALF_TERM_MONTHS[which]] if which else [2, 5, 10]
    monday = min(each for year in (reference.year, reference.year + 1) for month in months
                 if (each := _half_term_monday(year, month)) > reference)
    lead = (match.group("lead") or "").strip().lower()
    during, after = lead in ("at", "in", "during", "over"), lead.endswith("after")
    on = monday + timedelta(days=11 if after else 4 if during else -3)
    words = match.group(0).strip()
    said = "the Friday of the week after half term" if after else "the Friday of half term" if during \
        else "the last school day before half term"
    return Due(ON_A_DATE, words, on=on, rule=f"“{words}” is taken as {said}, {format_day(on)} (half term is "
                                              f"the week of {format_day(monday)} in most areas)")


def _quarter(match: re.Match, reference: date) -> Due:
    """ "end of Q3": the last day of that quarter of the financial year (April to March)."""
    quarter = int(match.group("quarter"))
    month = QUARTER_ENDS[quarter]
    if match.group("start"):
        first_year = int(match.group("start")) + (2000 if len(match.group("start")) == 2 else 0)
        found = _last_day(first_year + (1 if quarter == 4 else 0), month)
    else:
        found = _forward(month, None, reference)
    return Due(ON_A_DATE, match.group(0).strip(), on=found,
               rule=f"“{match.group(0).strip()}” is taken as the end of quarter {quarter} of the financial year "
                    f"(April to March), {format_day(found)}")


def _written(match: re.Match, reference: date) -> date | None:
    return _parse_written(match.group(0), reference)


def _iso(match: re.Match, reference: date) -> date | None:
    """ "2027-04-02"; a moment with its zone, the partnership's day at that moment."""
    if match.group("zone"):
        try:
            return local_day(datetime.fromisoformat(match.group(0)), local_zone())
        except ValueError:
            return None
    return _parse_written(match.group(0), reference)


def _dated(match: re.Match, reference: date, read) -> Due | None:
    """The date a match gives (`read(match, reference)` reads it), or why it gives none: a day the
    calendar does not have is said so, never read as another day ("30 February" is not 28 February)."""
    why = _not_a_day(match, reference)
    if why:
        words = match.group(0).strip().rstrip(",.")
        return Due(ON_A_DATE, words, problem=f"“{words}” is not a real date: {why}")
    day = read(match, reference)
    return Due(ON_A_DATE, match.group(0).strip(), on=day) if day else None


WEEKDAY_NUMBERS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
# The days' and months' names in full, lower case: words that are never a person's name or an owner
def names_only_a_month(words: str) -> bool:
    """ "in March", "by the end of March 2027": a month, with no day in it (not "23 March", "by Friday")."""
    return bool(re.search(r"\b" + MONTH_NAME + r"\b", words, re.I)) and not re.search(r"(?<!\d)\d{1,2}(?!\d)", words)


CALENDAR_NAMES = frozenset(WEEKDAY_NUMBERS) | frozenset(name.lower() for name in calendar.month_name if name)


def _relative(words: str, reference: date) -> tuple[date | None, str]:
    lowered = re.sub(r"\s+", " ", words.lower())
    lowered = re.sub(r"\b(?:tmrw|tmw)\b", "tomorrow", lowered)
    lowered = re.sub(r"\bwk(s?)\b", r"week\1", lowered)  # "next wk", "in 2 wks"
    lowered = re.sub(r"\beow\b", "end of week", lowered)
    lowered = re.sub(r"\b(in|within) (?:a|one|the next) fortnight\b", r"\1 2 weeks", lowered)  # dateparser knows no fortnights
    lowered = re.sub(r"\b(?:the next )?(?:a )?couple of\b", "2", lowered)  # "in the next couple of weeks": two
    lowered = re.sub(r"\b(" + _SHORT_WEEKDAY_NAMES + r")$", lambda short: SHORT_WEEKDAYS[short.group(1)], lowered)
    if lowered.endswith("weekend"):  # "I'll do that this weekend": its Sunday
        sunday = reference + timedelta(days=(6 - reference.weekday()) % 7 + (7 if "next" in lowered else 0))
        return sunday, f"“{words}” is taken as the Sunday of that weekend, {format_day(sunday)}"
    named = re.match(r"^(?:by |on )?(\w+day) next week$", lowered)
    if named and named.group(1) in WEEKDAY_NUMBERS:  # "by Friday next week": that day of the week after the meeting's
        day = reference - timedelta(days=reference.weekday()) + timedelta(days=7 + WEEKDAY_NUMBERS[named.group(1)])
        return day, f"“{words}” is taken as the {named.group(1).capitalize()} of the week after the meeting, {format_day(day)}"
    if "next week" in lowered or "end of next week" in lowered:
        monday = reference - timedelta(days=reference.weekday()) + timedelta(days=7)
        friday = monday + timedelta(days=4)
        return friday, f"“{words}” is taken as the Friday of the week after the meeting, {format_day(friday)}"
    if "this week" in lowered or re.search(r"end of (?:the )?week", lowered):
        friday = reference + timedelta(days=(4 - reference.weekday()) % 7)
        return friday, f"“{words}” is taken as the Friday of the meeting's week, {format_day(friday)}"
    if "today" in lowered:
        return reference, ""
    # "a week on Tuesday", "by Tuesday week": the Tuesday after next
    later = re.match(r"^a (week|fortnight) on (\w+day)$", lowered) or re.match(r"^(?:by |on )?()(\w+day) week$", lowered)
    if later:
        first, _ = _relative(f"on {later.group(2)}", reference)
        after = first + timedelta(days=14 if later.group(1) == "fortnight" else 7) if first else None
        return after, f"“{words}” is taken as {format_day(after)}" if after else ""
    settings = {"RELATIVE_BASE": datetime.combine(reference, datetime.min.time()), "PREFER_DATES_FROM": "future",
                "RETURN_AS_TIMEZONE_AWARE": False}
    text = re.sub(r"^(?:by|on|before|this|within|for|probably|hopefully|ideally|up\s+to|until|till)\s+", "", lowered)
    text = re.sub(r"^" + _DAY_END + r"\s+(?:on\s+)?", "", text)
    text = re.sub(r"^within\s+(?:the\s+next\s+)?", "in ", text)
    text = re.sub(r"^(in\s+)?the\s+next\s+", "in ", text)
    named = re.match(r"^next\s+(\w+day)$", text)
    if named and named.group(1) in WEEKDAY_NUMBERS:  # "next Friday": the Friday of the week after the meeting's
        day = reference - timedelta(days=reference.weekday()) + timedelta(days=7 + WEEKDAY_NUMBERS[named.group(1)])
        return day, f"“{words}” is taken as the {named.group(1).capitalize()} of the week after the meeting, {format_day(day)}"
    if text in WEEKDAY_NUMBERS:  # "Friday": the first one after the meeting (as dateparser reads it, without it)
        return reference + timedelta(days=(WEEKDAY_NUMBERS[text] - reference.weekday() - 1) % 7 + 1), ""
    if text == "tomorrow":
        return reference + timedelta(days=1), ""
    found = dateparser.parse(text, languages=["en"], settings=settings)
    return (found.date(), "") if found else (None, "")


def _week_of_month(match: re.Match, reference: date) -> Due:
    """ "the first week of October": the Friday of the month's first week that starts on a Monday in it
    ("the last week": the month's last Friday), in the next such month on or after the meeting's."""
    month = _month_number(match.group("month_name"))
    year = reference.year + (1 if month < reference.month else 0)
    days = [date(year, month, day) for day in range(1, calendar.monthrange(year, month)[1] + 1)]
    nth = NTH_WEEK[match.group("nth").lower()]
    if match.group("weekday"):  # "the last Friday in February": that day itself
        weekday = WEEKDAY_NUMBERS[match.group("weekday").lower()]
        day = [each for each in days if each.weekday() == weekday][nth]
        words = match.group(0).strip()
        return Due(ON_A_DATE, words, on=day, rule=f"“{words}” is taken as {format_day(day)}")
    if nth < 0:  # "the last week of July": its last Friday
        friday = [day for day in days if day.weekday() == 4][-1]
    else:
        friday = [day for day in days if day.weekday() == 0][nth] + timedelta(days=4)
    words = match.group(0).strip()
    return Due(ON_A_DATE, words, on=friday, rule=f"“{words}” is taken as the Friday of that week, {format_day(friday)}")


def _before_easter(reference: date) -> date:
    """The Thursday before the next Good Friday: when schools break up for Easter at the latest
    (Easter moves each year, from 22 March to 25 April)."""
    for year in (reference.year, reference.year + 1):
        thursday = easter(year) - timedelta(days=3)
        if thursday >= reference:
            return thursday
    return thursday


def _vague(match: re.Match, reference: date) -> tuple[date, str] | None:
    words = match.group(0).strip()
    if match.group("new_year"):
        year = reference.year + 1 if reference.month >= 7 else reference.year
        found = date(year, 1, 31)
        return found, f"“{words}” is taken as the end of January, {format_day(found)}"
    if match.group("term"):
        month, day, said = TERMS[match.group("term").lower()]
        given = dict(TERM_ENDS.get()).get(match.group("term").lower())
        if given is not None and given >= reference:
            return given, f"“{words}” is taken as the day the document gives for it, {format_day(given)}"
        found = _forward(month, day, reference)
        return found, f"“{words}” is taken as {said}, {format_day(found)}"
    if match.group("easter") or match.group("easter_day") or (match.group("holidays") or "").lower() == "easter":
        found = _before_easter(reference)
        return found, f"“{words}” is taken as the last day before Good Friday, {format_day(found)}"
    if match.group("holidays") or match.group("summer_break"):
        holidays = (match.group("holidays") or match.group("summer_break")).lower()
        term = {"summer": "summer", "christmas": "autumn"}[holidays]
        given = dict(TERM_ENDS.get()).get(term)
        if given is not None and given >= reference:
            return given, f"“{words}” is taken as the last day of term the document gives, {format_day(given)}"
        month, day = {"summer": (7, 20), "christmas": (12, 19)}[holidays]
        found = _forward(month, day, reference)
        before = "before the summer holidays" if match.group("summer_break") else "before them"
        return found, f"“{words}” is taken as the last day of term {before}, {format_day(found)}"
    if match.group("christmas"):
        found = _forward(12, 24, reference)  # "before Christmas": by Christmas Eve (the holidays are another rule)
        return found, f"“{words}” is taken as Christmas Eve, {format_day(found)}"
    if match.group("financial"):
        found = _forward(3, 31, reference)
        return found, f"“{words}” is taken as {format_day(found)}"
    if match.group("year_end"):
        found = date(reference.year, 12, 31)
        return found, f"“{words}” is taken as {format_day(found)}"
    if match.group("this_month"):
        found = _last_day(reference.year, reference.month)
        return found, f"“{words}” is taken as the end of the meeting's month, {format_day(found)}"
    if match.group("next_month"):
        following = (reference.replace(day=1) + timedelta(days=32)).replace(day=1)
        found = _last_day(following.year, following.month)
        return found, f"“{words}” is taken as the end of the month after the meeting, {format_day(found)}"
    if match.group("this_term"):
        for month, day, said in sorted(TERMS.values()):
            found = _forward(month, day, reference)
            if (found - reference).days <= 130:
                return found, f"“{words}” is taken as {said}, {format_day(found)}"
        return None
    season = (match.group("season") or "").lower()
    if season:
        month, said = SEASONS[season]
        if match.group("season_year"):
            year = int(match.group("season_year")) + (1 if season == "winter" else 0)
            found = _last_day(year, month)
        else:
            found = _forward(month, None, reference)
        return found, f"“{words}” is taken as {said}, {format_day(found)}"
    return None


def _candidates(text: str, reference: date, *, whole_cell: bool) -> list[tuple[int, int, Due]]:
    """Every due date the words give, with where it was written."""
    found: list[tuple[int, int, Due]] = []
    taken = bytearray(len(text) + 1)  # the places a date already read covers (a paste may hold thousands)

    def add(match: re.Match, due: Due | None) -> None:
        start, end = match.start(), max(match.end(), match.start() + 1)
        if due is not None and not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            found.append((match.start(), match.end(), due))

    for match in MONTH_MEETING.finditer(text):
        add(match, _month_meeting(match, reference))
    for pattern in (NEXT_MEETING_WORDS, TERM_MEETING):
        for match in pattern.finditer(text):
            add(match, Due(NEXT_MEETING, match.group(0)))
    digits = any(char.isdigit() for char in text)  # most rules below need a number: a sentence without one skips them
    for match in WEEK_COMMENCING.finditer(text) if digits else ():
        add(match, _week_commencing(match, reference))
    for match in WEEK_NUMBER.finditer(text) if digits else ():
        add(match, _week_number(match, reference))
    for match in HALF_TERM.finditer(text) if "half" in text.lower() or "HT" in text or "1/2" in text else ():
        add(match, _half_term(match, reference))
    for match in WEEK_OF_MONTH.finditer(text) if re.search(r"week|day\s+(?:of|in)\s", text, re.I) else ():
        add(match, _week_of_month(match, reference))
    for match in DASHED_DATE.finditer(text) if digits else ():
        add(match, _dated(match, reference, _dashed))
    for match in FINANCIAL_YEAR.finditer(text) if digits else ():
        add(match, _financial_year(match))
    for match in QUARTER.finditer(text) if digits else ():
        if whole_cell or match.group("start") or re.match(r"(?:by|in|during|before|(?:the\s+)?end)\b", match.group(0), re.I):
            add(match, _quarter(match, reference))  # not "the Q2 return"
    for pattern in (WRITTEN_DATE, MONTH_FIRST_DATE, ISO_DATE) if digits else ():
        for match in pattern.finditer(text):
            add(match, _dated(match, reference, _iso if pattern is ISO_DATE else _written))
    for match in NUMERIC_DATE.finditer(text) if digits else ():
        add(match, _dated(match, reference, _numeric))
    for match in WEEKDAY_DAY.finditer(text) if digits else ():
        add(match, _weekday_and_day(match, reference))
    for match in DAY_ALONE.finditer(text) if digits else ():
        add(match, _day_alone(match, reference))
    for match in SPOKEN_DAY_ALONE.finditer(text) if "the " in text.lower() else ():
        add(match, _weekday_and_day(match, reference) if match.group("weekday") else _day_alone(match, reference))
    for match in WORKING_DAYS.finditer(text):
        count = match.group("count").lower()
        add(match, Due(ON_A_DATE, match.group(0), on=add_working_days(reference, int(count) if count.isdigit() else COUNTS[count])))
    for match in SPOKEN_DATE.finditer(text) if " of " in text.lower() else ():
        add(match, _spoken_date(match, reference))
    for match in RELATIVE.finditer(text):
        day, rule = _relative(match.group(0), reference)
        add(match, Due(ON_A_DATE, match.group(0), on=day, rule=rule) if day else None)
    for match in VAGUE.finditer(text):
        read = None if _season_of_a_thing(match, text) else _vague(match, reference)
        add(match, Due(ON_A_DATE, match.group(0).strip(), on=read[0], rule=read[1]) if read else None)
    for match in MONTH_PERIOD.finditer(text):
        add(match, _month_period(match, text, reference, whole_cell=whole_cell))
    return sorted(found, key=lambda each: each[0])


# A reference day for the readers that want only where a date is written and its words ("by Friday 12th"), not
# the day it gives (a chat's answer, a reviewer's comment, a recap's reply): one day for all of them. Its value
# matters only to a date written with no year: 2000 is a leap year, so "by 29 February" is a date's words
# everywhere (not "not a real date", as a year of 28-day Februaries made it for some readers and not others);
# where the day itself is kept, the meeting's own date is the reference and decides.
ANY_DAY = date(2000, 1, 1)
# the word leading to a date ("by" of "by Friday 19 March", "i.e." of "i.e. 5 June"): kept when another date is put
# in its place, left off a date's words given as the new date
LEADING_WORD = re.compile(r"(?:by|before|on|at|to|for|until|i\.e\.)\s+", re.I)


# The words that make a date a deadline ("by Friday", "before the Board", "on 3 May", "in two weeks", "till the 9th")
DEADLINE_WORD = re.compile(r"(?:by|before|on|at|in|for|until|till)\b", re.I)
ASIDE_AT_END = re.compile(r"\([^()]*\)\.?$")


def as_deadline(words: str) -> str:
    """A date's words as a deadline, for a line given it: "Friday 12th" as "by Friday 12th"; "before the Board"
    and "on 3 May" as they are (not "by before the Board")."""
    return words if DEADLINE_WORD.match(words) else f"by {words}"


def line_due_by(line: str, words: str) -> str:
    """A line of text made due by `words` (a date's words, "12 March"): in place of the date it gave, or after
    its last words, before an aside that ends it ("... for the charter (RH – please check owner)")."""
    given = read_due(line, ANY_DAY)
    old = given.words.rstrip(" .,;") if given else ""
    if old and old in line:
        at = line.rfind(old)
        lead = "by " if LEADING_WORD.match(old) else ""
        return f"{line[:at]}{lead}{words}{line[at + len(old):]}"
    body = line.rstrip()
    aside = ASIDE_AT_END.search(body)
    head = body[:aside.start() if aside else len(body) - body.endswith(".")].rstrip()
    return f"{head} by {words}{body[len(head):]}"


def without_leading_word(words: str) -> str:
    """A date's words without the word leading to it: "by 21 July" as "21 July"."""
    lead = LEADING_WORD.match(words)
    return words[lead.end():] if lead else words


def dates_written(text: str, reference: date) -> list[tuple[int, int]]:
    """Where each date the words give is written, in order, without the word leading to it ("by", "on"): the one
    finder of dates (`_candidates`), for the code that puts a new date in the place of an old one."""
    spans = []
    for start, end, _due in _candidates(text, reference, whole_cell=False):
        lead = LEADING_WORD.match(text, start, end)
        spans.append((lead.end() if lead and lead.end() < end else start, end))
    return spans


def _month_meeting(match: re.Match, reference: date) -> Due:
    """ "at January's Board meeting": the group's meeting in that month, its last day until the diary says."""
    month = _forward(_month_number(match.group("month") or match.group("next_month") or match.group("in_month")), 1,
                     reference.replace(day=1))
    last = _last_day(month.year, month.month)
    return Due(MEETING_IN_MONTH, match.group(0), on=last, month=month,
               rule=f"“{match.group(0)}” is the group's meeting in {month:%B %Y} when it is in the diary, else {format_day(last)}")


def _season_of_a_thing(match: re.Match, text: str) -> bool:
    """ "post the summer activities list": a season naming a kind of thing, not a deadline."""
    return bool(match.group("season")) and not re.match(r"\s*(?:in|by|during|over|before|until|for|early|late)\b",
                                                        match.group(0), re.I) and bool(re.match(r"\s+(?:[a-z]|[A-Z]{2,}\s+[a-z])", text[match.end():]))  # ("the spring term CPD calendar")


def _month_period(match: re.Match, text: str, reference: date, *, whole_cell: bool) -> Due | None:
    """"by November", "early March 2027", "..., November" at a cell's end: a month as a deadline."""
    lead = match.group("lead").lower()
    trailing = bool(re.search(r"[,–—-]\s*$", _just_before(text, match.start()))) and not MORE_WORDS.search(text, match.end())
    if not lead.strip() and not whole_cell and not trailing:
        return None  # a month on its own in a sentence is no deadline; "..., November" at the end is
    if SINCE.search(_just_before(text, match.start())) or lead.startswith("from"):
        return None
    if lead.split() == ["the"] and not match.group("year") and re.match(r"\s+[a-z]", text[match.end():]):
        return None  # "the January figures": a month naming a thing; "for the June inset day" is a deadline
    if lead.split() == ["by", "the"] and re.search(r"\b[a-z]{3,}ed\s+$", _just_before(text, match.start())) \
            and re.match(r"\s+(?!deadline)[a-z]", text[match.end():]):
        return None  # "families affected by the September route changes": who or what did it, not when
    month = _month_number(match.group("month"))
    if match.group("year"):
        year = int(match.group("year"))
        day = {"early": 10, "mid": 15}.get(lead.split()[-1].rstrip("-") if lead.split() else "", None)
        on = date(year, month, day) if day else _last_day(year, month)
    else:
        on = _forward(month, None, reference)
    rule = ""
    if re.search(r"\b(?:early|beginning|start)\b", lead):
        on = on.replace(day=10)
        rule = f"“{match.group(0).strip()}” is taken as {format_day(on)}"
    elif re.search(r"\bmid|middle\b", lead):
        on = on.replace(day=15)
        rule = f"“{match.group(0).strip()}” is taken as {format_day(on)}"
    return Due(ON_A_DATE, match.group(0).strip(), on=on, rule=rule)


WEEKDAY_ALONE = re.compile(r"\s*(?:(?:mon|tues|wednes|thurs|fri)day|" + _SHORT_WEEKDAY + r")\.?\s*", re.I)
SPAN_ALONE = re.compile(r"\s*(?:\d{1,2}|one|two|three|four|five|six|eight)\s+(?:days?|w(?:ee)?ks?|months?|"
                        r"working\s+days?|w/\s?days?)\s*", re.I)


INVITED_TO = re.compile(r"\b(?:invite|invited|inviting|invitation)\b[^.;]{0,40}$", re.I)


# "at least a week before the next meeting (Wed 21 April)", "5 working days before the Board on 21 April":
# a lead time before the date named, which is when the work is due
LEAD_TIME = re.compile(r"\b(?:at\s+least\s+)?(?P<count>a|an|one|two|three|four|five|six|ten|\d{1,2})\s+(?P<working>working\s+)?"
                       r"(?P<unit>days?|weeks?)\s+(?P<before>(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+|our\s+)?"
                       r"(?:(?:[\w&-]+\s+){0,2}?(?:meeting|board|panel|committee|forum|group)\s+(?:on\s+)?)?)?$", re.I)


def read_due(text: str, reference: date | None, *, whole_cell: bool = False) -> Due | None:
    """The due date an action's words give, or None (a lead time before it taken off: "a week before
    21 April" is due on 14 April). `whole_cell`: the text is a table's date column, so a month on its
    own ("June") is a due date too."""
    due = _due_named(text, reference, whole_cell=whole_cell)
    if due is None or due.on is None or due.kind != ON_A_DATE:
        return due
    at = text.find(due.words)
    before = text[max(0, at - 80):at] if at > 0 else ""
    lead = LEAD_TIME.search(before)
    if lead is None or not (lead.group("before") or re.match(r"(?:before|prior\s+to|ahead\s+of)\s", due.words, re.I)) \
            or re.search(r"\b(?:over|than|under|for|within|waiting|past|last|of|by)\s+$", before[:lead.start()]):
        return due  # (not "every family waiting over 20 weeks before the May half term")
    count = int(lead.group("count")) if lead.group("count").isdigit() else COUNTS.get(lead.group("count").lower(), 1)
    on = add_working_days(due.on, -count) if lead.group("working") else \
        due.on - timedelta(days=count * (7 if lead.group("unit").lower().startswith("week") else 1))
    words = f"{lead.group(0)}{due.words}"
    return replace(due, words=words, on=on, month=None,
                   rule=f"“{words.strip()}”: {format_day(on)}, ahead of {format_day(due.on)}")


# "APr", "SKh": a person's initials with a letter more (Anne Price beside Anita Patel), never a month
MIXED_INITIALS = re.compile(r"\b[A-Z]{2}[a-z]\b")


MORE_WORDS = re.compile(r"[^ .]")  # anything after a date but spaces and full stops
BEFORE_A_DATE = 200  # characters before a date that the words leading up to it are read in


def _just_before(text: str, at: int) -> str:
    """The words leading up to `at` ("by", "starting"): a window, not the whole text before it (a paste of
    thousands of dates read as one sentence would read its start once for each date)."""
    return text[max(0, at - BEFORE_A_DATE):at]


def _due_named(text: str, reference: date | None, *, whole_cell: bool = False) -> Due | None:
    if not text or not text.strip():
        return None
    text = MIXED_INITIALS.sub(lambda found: " " * len(found.group(0)), text)  # "APr 24.06.27" is due 24 June
    if whole_cell and SPAN_ALONE.fullmatch(text):  # a "By" cell's "2 wks": two weeks from the meeting
        text = f"in {text.strip()}"
    elif whole_cell and WEEKDAY_ALONE.fullmatch(text):  # a "When" cell's "Friday", "- GA, Friday": the next one
        text = f"by {text.strip()}"
    if whole_cell and not NEXT_MEETING_WORDS.search(text) and (given := _occasion_given(text)):
        return given  # (not "Next meeting": that is the group's next meeting, dated once it is in the diary)
    if reference is None:
        match = NEXT_MEETING_WORDS.search(text)
        return Due(NEXT_MEETING, match.group(0)) if match else None
    found = [(start, end, _dated_by_its_day(due, text, end))
             for start, end, due in _candidates(text, reference, whole_cell=whole_cell)]
    if not found:
        return None
    if len(found) > 1:  # "... had been considered on 5 January. JW would present it on 9 March": not next January
        found = [each for each in found if not _past_day_retold(each[2], reference)] or found
        purpose = PURPOSE_CLAUSE.search(text)  # "... next week, so Marcus has it before the July group": next week
        if purpose:  # (to the clause's end: "... so we can comment  mary said fine by fri 23rd" goes on to another)
            end = CLAUSE_END.search(text, purpose.end())
            end = end.start() if end else len(text)
            found = [each for each in found if not purpose.start() <= each[0] < end] or found
        # "send the invites out tomorrow for Thursdays, starting next week": when the thing begins, not the deadline
        found = [each for each in found if not STARTING.search(_just_before(text, each[0]))] or found
    for (_start, end, due), (after, _end, dated) in itertools.pairwise(found):
        if _named_then_dated(due, dated, text[end:after]):  # "by the October Board (20 October 2027)", "... on 4th feb"
            return replace(dated, words=f"{due.words} ({dated.words})", month=due.month,  # (that month's meeting, dated)
                           rule=f"“{due.words}”, which the minutes date {format_day(dated.on)}")
        if _dated_then_named(due, dated, text[end:after]):  # "08/07/2027 (next PfA panel)": the date, the occasion named
            return due
    end_start, end_end, end_due = found[-1]
    if len(found) > 1 and re.search(r"\s[-–—]\s*$", text[:end_start]) and not text[end_end:].strip(" .;)"):
        return end_due  # "Ruth - book room for training on 3 March - end of next week": the line's last part says when
    # A deadline ("by 30 January", "before the summer holidays") wins over other dates in the
    # sentence ("the meeting on 4 December"); "no later than 20 Jan" over "who left before Christmas"
    # in the same sentence; otherwise the last date said.
    deadlines = [(start, due) for start, _end, due in found
                 if (DEADLINE.search(_just_before(text, start)) or due.words.lower().startswith(("by ", "before ", "at ", "to ")))
                 and not INVITED_TO.search(text[max(0, start - 60):start])  # "invite him to the next huddle": where, not when
                 and not (len(found) > 1 and _in_a_doubt(text, start))]
    firm = [due for start, due in deadlines if not due.words.lower().startswith("before ")
            and not re.search(r"\bbefore\s*$", _just_before(text, start), re.I)]
    # "... the training day on 9 September and let me know by Friday": "by" says when, "on" may name an event
    by = [due for start, due in deadlines if due in firm and not re.search(r"\bon\s*$", _just_before(text, start), re.I)]
    # "... - Tues 4 May (Monday 3rd is the bank holiday)": the date said, not one in an aside about another day
    # (but "by the July Board (Wednesday 21 July)" gives the day itself)
    if by or firm or deadlines:
        return (by or firm or [due for _start, due in deadlines])[0]
    # (nor the session someone is invited to: "write to her this week inviting her to the 23 November session")
    return next((due for start, _end, due in reversed(found) if not _in_an_aside(text, start) and not _in_a_doubt(text, start)
                 and not (len(found) > 1 and INVITED_TO.search(text[max(0, start - 60):start])
                          and re.search(r"\b(?:to|at|for)\s+$", text[max(0, start - 60):start]))),
                found[-1][2])


# What the action is for, after its own date: "..., so Marcus has it before ...", "so that schools can plan for ..."
PURPOSE_CLAUSE = re.compile(r",?\s+so\s+(?:that\s+)?(?:[\w'’-]+\s+){1,3}?(?:has|have|gets?|receives?|can|could|is\s+able\s+to|"
                            r"are\s+able\s+to|will\s+have)\s", re.I)
CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|\s{2,}|\s[–—-]\s|\b(?:said|says)\b", re.I)


def _guessed(due: Due) -> bool:
    """A due date that names an occasion ("the next panel") or a period a rule dates ("end of term")."""
    return due.kind in (MEETING_IN_MONTH, NEXT_MEETING) or (due.kind == ON_A_DATE and bool(due.rule))


def _written_day(due: Due) -> bool:
    return due.kind == ON_A_DATE and due.on is not None and not due.rule


def _named_then_dated(named: Due, dated: Due, between: str) -> bool:
    """ "by the July Board (20 July)", "before end of term (Wed 21/07)": the day in brackets is the one meant;
    "before the Christmas holidays (schools break up Friday 18th December)", "by end of term (term ends Fri 17
    Dec)": the day the brackets say it ends (not "(half term starts 25 Oct)", the day after the deadline)."""
    opened = re.fullmatch(r"\s*\(\s*(?:[\w'’ ]{0,30}?\b(?:breaks?\s+up|ends?|finish(?:es)?|closes?)\s+(?:on\s+)?)?"
                          r"(?:" + WEEKDAY_START + r"[a-z]*\.?\s+)?", between, re.I)
    if named.kind in (MEETING_IN_MONTH, NEXT_MEETING):
        return dated.kind == ON_A_DATE and bool(opened or re.fullmatch(r"\s*on\s*", between, re.I) or _its_day(named, dated, between))
    return _guessed(named) and _written_day(dated) and bool(opened)


def _past_day_retold(due: Due, reference: date) -> bool:
    """A day written without its year that fell in the weeks before the meeting ("on 5 January" in the
    minutes of 14 January): read forward it is almost a year away, so it is the day gone by."""
    return due.kind == ON_A_DATE and due.on is not None and not due.rule \
        and not re.search(r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}", due.words) \
        and timedelta(days=300) < due.on - reference <= timedelta(days=366)


def _its_day(named: Due, dated: Due, between: str) -> bool:
    """ "to the September Board, which is Thursday 23 September", "the March meeting - 17 March": that
    month's meeting, dated in the same breath."""
    return named.kind == MEETING_IN_MONTH and dated.on is not None \
        and (dated.on.year, dated.on.month) == (named.month.year, named.month.month) \
        and re.fullmatch(r"\s*(?:,\s*|[–—-]\s*)(?:(?:which|that)\s+(?:is|will\s+be)\s+)?(?:on\s+)?", between) is not None


def _dated_then_named(dated: Due, named: Due, between: str) -> bool:
    """ "08/07/2027 (next PfA panel)": a written day with the occasion it falls on in brackets."""
    return _written_day(dated) and _guessed(named) and bool(re.fullmatch(r"\s*\(\s*", between))


DAY_IN_BRACKETS = re.compile(r"\s*\((?:the\s+|on\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\)")


def _dated_by_its_day(due: Due, text: str, end: int) -> Due:
    """ "before the Mar board (17th)": that month's meeting, on the day in brackets after it."""
    day = DAY_IN_BRACKETS.match(text, end) if due.kind == MEETING_IN_MONTH and due.month else None
    if day is None or not 1 <= int(day.group("day")) <= calendar.monthrange(due.month.year, due.month.month)[1]:
        return due
    on = due.month.replace(day=int(day.group("day")))
    words = f"{due.words}{day.group(0)}"
    return Due(ON_A_DATE, words, on=on, month=due.month, rule=f"“{words.strip()}”: that meeting, on {format_day(on)}")


def _in_an_aside(text: str, at: int) -> bool:
    """Whether `at` is inside brackets that say something of their own ("(Monday 3rd is the bank holiday)"), or
    inside words quoted after the task ("... on the 8th - "they ring me in August"")."""
    before = text[:at]
    if before.strip()[:1] not in ("\"", "“") and (before.count("\"") % 2 or before.count("“") > before.count("”")):
        return True
    opened = text.rfind("(", max(0, at - 200), at)  # an aside is short: look back no further than that
    if opened < 0 or opened < text.rfind(")", opened, at):
        return False
    closed = text.find(")", at, at + 200)
    # (or someone away then: "(Mary on leave w/c 15th)" says when she is off, not when it is due)
    return bool(re.search(r"\b(?:is|are|was|were|isn['’]t|aren['’]t|on\s+(?:annual\s+)?leave|on\s+holiday|off\s+sick|away)\b",
                          text[opened:closed if closed > 0 else at + 200], re.I))


def _in_a_doubt(text: str, at: int) -> bool:
    """Whether `at` is inside brackets doubting the plan: "(Liam - you mentioned the census might not be
    validated until November, if that's a problem just say)", not when it is due."""
    opened = text.rfind("(", max(0, at - 200), at)
    if opened < 0 or opened < text.rfind(")", opened, at):
        return False
    closed = text.find(")", at, at + 200)
    return bool(re.search(r"\b(?-i:might|may|could)\s+(?:not\b|be\s+late\b)", text[opened:closed if closed > 0 else at + 200]))


# "By 31 March: LA to publish ...", "Deadline – w/c 8th Feb: ...": the due date first, then the action
LEADING_DUE = re.compile(r"^(?P<when>(?:by|before|due|deadline|target(?:\s+date)?|no\s+later\s+than)\b[^:]{1,40}?)"
                         r"\s*:\s+(?P<rest>\S.*)$", re.I)


def is_date_cell(cell: str, reference: date | None = None) -> bool:
    """A table's cell that is a due date ("14.01.28", "end of Feb", "Nov Board"), read from the
    meeting's date (or today's, when a document is laid out before its meeting is known)."""
    return read_due(cell, reference or date.today(), whole_cell=True) is not None


def leading_due(text: str, reference: date | None) -> tuple[Due, str] | None:
    """(the due date, the action) for a line that starts with when it is due, else None."""
    match = LEADING_DUE.match(text.strip())
    if not match:
        return None
    due = read_due(match.group("when"), reference, whole_cell=True)
    return (due, match.group("rest")) if due is not None else None


EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (it counts 1900 as a leap year, so from here)
EXCEL_SERIALS = (20_000, 80_000)  # 4 October 1954 to 8 January 2119: numbers that are dates
EXCEL_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")


def read_cell_date(value, reference: date) -> Due | None:
    """A date column's cell in a spreadsheet: a date or date-and-time cell, an Excel date number
    (45123, as a CSV saved from Excel may hold it), or words read as a table's date column
    ("17.7.12", "30 Sept", "June", "by the next meeting"). None when it gives no date, or names a
    day no calendar has (`impossible_date` says why)."""
    if isinstance(value, datetime):
        return Due(ON_A_DATE, format_day(value.date()), on=value.date())
    if isinstance(value, date):
        return Due(ON_A_DATE, format_day(value), on=value)
    text = "" if value is None else str(value).strip()
    if isinstance(value, int | float) or EXCEL_SERIAL.match(text):
        serial = float(text)
        if not EXCEL_SERIALS[0] <= serial <= EXCEL_SERIALS[1]:
            return None
        day = EXCEL_EPOCH + timedelta(days=int(serial))
        return Due(ON_A_DATE, text, on=day, rule=f"The Excel date number {text} is {format_day(day)}")
    due = read_due(text, reference, whole_cell=True)
    return None if due is not None and due.problem else due
