"""Row ids from outside (addresses, query strings, form selects), bounded to what a column can hold.

An id beyond the integer range is not a row that might exist: PostgreSQL's `integer` stops at
2,147,483,647 and SQLite refuses anything past 2^63 with an exception. Every id that comes from a
request goes through here, so such a value is "not found" (404, or a message at the field), never
a 500.
"""
from __future__ import annotations

import re

from werkzeug.routing import IntegerConverter

from tracker.extensions import db

MAX_ID = 2**31 - 1  # PostgreSQL's integer, the type of every id column
_DIGITS = re.compile(r"[0-9]{1,10}")  # ASCII only: "²".isdigit() is true, int("²") is an error
_WHOLE_NUMBER = re.compile(r"\d{1,18}")  # decimal digits of any script ("٣" is 3), which int() reads


def parse_id(value) -> int | None:
    """A positive id within the integer range, or None for anything else."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        number = int(value.strip())
    else:
        return None
    return number if 0 < number <= MAX_ID else None


def whole_number(text: str | None) -> int | None:
    """A whole number typed into a box (a number of days, a version, part of a date), or None.

    Not str.isdigit(): that is true of "²" and "①", which int() refuses. Digits of any script
    count ("٣" is 3); signs, spaces inside, line breaks and more than 18 digits do not."""
    if not isinstance(text, str):
        return None
    text = text.strip()
    return int(text) if _WHOLE_NUMBER.fullmatch(text) else None


def bounded_int(value) -> int:
    """`type=` for request.args.get: a positive whole number within range, else ValueError (so the
    default is used). For ids and page numbers alike."""
    number = parse_id(value)
    if number is None:
        raise ValueError(f"not an id: {value!r}")
    return number


def record_by_id(model, value):
    """The record with this id, or None when there is none or `value` is not an id at all."""
    number = parse_id(value)
    return db.session.get(model, number) if number is not None else None


class BoundedIntegerConverter(IntegerConverter):
    """`<int:...>` in every route: a number past the integer range matches no route (404)."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)
