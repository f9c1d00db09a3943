"""Broken rules, and the rules about free text that every domain shares.

Operations raise DomainError with a plain-English message and the form field it belongs to; the
page shows it at the field, the API answers 422 naming the field, the importer lists it by row.
"""
from __future__ import annotations

import re


class DomainError(Exception):
    """A rule was broken. `message` is plain English for the person; `field` names the form field."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


def conflict_message(what: str, who: str = "Someone else", *, yours: bool = False) -> str:
    """What a refused save says, on every form (templates/macros/conflict.html shows the rest).
    `yours`: every save since the form was opened was this person's own (the button pressed twice on
    a slow connection, or the page open twice), which "someone else" would not explain."""
    if yours:
        return (f"You already saved this {what}, from another page or by pressing the button twice. "
                "Check what you saved, then save again only if something is missing")
    return f"{who} saved this {what} while you were editing it. Check what changed, then save again"


class EditConflict(DomainError):
    """Someone else saved the record (an action, a meeting, an input) after this page or API call
    read it, at the version its form carried (core/forms.py VersionField): the save is refused, not
    laid over theirs. `what` names the record; `changes` is what they changed, in the shape its
    domain's page lists (None when not known). The page keeps what was typed and takes the new
    version, so saving again, having checked, goes through; the API answers 409."""

    def __init__(self, what: str, changes=None):
        super().__init__(conflict_message(what), field="version")
        self.what = what
        self.changes = changes


class Problems:
    """Collects the broken rules of one form, so the person sees every problem at once.
    Raises a DomainError whose `errors` lists them all (message and field of the first too)."""

    def __init__(self):
        self.errors: list[DomainError] = []

    def check(self, rule, *args, **kwargs):
        try:
            return rule(*args, **kwargs)
        except DomainError as error:
            self.errors.append(error)
            return None

    def raise_any(self) -> None:
        if self.errors:
            error = DomainError(self.errors[0].message, field=self.errors[0].field)
            error.errors = self.errors
            raise error


# --- free text -------------------------------------------------------------------------------------

# The most characters each free-text column an operation saves may hold: one table, so the page,
# the API, the importer, the email links and the command line, which all reach the operation,
# refuse the same, and forms show the same count. Short text is its column's String length (a test
# holds them equal); long text is generous for what people write, and refuses a megabyte pasted by
# mistake or sent by a robot, which would slow every page, email and export that shows it.
TEXT_LIMITS: dict[str, int] = {
    "actions.title": 300,
    "actions.detail": 10_000,
    "actions.outcome": 5_000,
    "actions.explanation": 5_000,
    "actions.at_risk_reason": 5_000,
    "action_updates.note": 5_000,  # an update, and the reason given for every change
    "groups.name": 200,
    "groups.description": 5_000,
    "groups.meeting_pattern": 200,
    "meetings.location": 300,
    "meetings.cancelled_reason": 5_000,
    "meetings.summary": 5_000,
    "meetings.minutes": 100_000,  # a long Board's minutes; the importer keeps pasted outcomes this long
    "agenda_items.title": 300,
    "agenda_items.notes": 10_000,
    "attendances.name": 200,
    "users.name": 200,
    "users.email": 254,
    "users.job_title": 200,
    "organisations.name": 200,
    "organisations.short_name": 40,
    "decisions.text": 5_000,
    "decisions.for_families": 300,  # as the outcome's: a short summary a parent reads at a glance
    "inputs.what": 5_000,
    "inputs.why_it_matters": 5_000,
    "inputs.contact_name": 200,
    "inputs.anonymous_label": 100,
    "inputs.response": 5_000,
    "inputs.public_said": 1_000,
    "inputs.public_did": 1_000,
    "inputs.public_for_families": 300,
}

# A NUL byte cannot be stored by PostgreSQL (and SQLite would keep it, invisible); a lone surrogate
# is not text at all. Neither is typed by a person: they come from pasting binary or from robots.
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def unstorable_text_problem(value: str, what: str) -> str | None:
    """The plain-English message for text that cannot be saved, or None. Forms and the API share it."""
    if isinstance(value, str) and UNSTORABLE.search(value):
        return f"{what} contains a hidden character that cannot be saved. Remove it, or type the text again"
    return None


# Characters nobody means to type that change what others see: control characters pasted from
# other programs (PowerPoint writes a line break as a vertical tab), and the direction overrides
# that make the rest of a line read backwards ("Trojan source"). Line and page breaks become line
# breaks; the rest are taken out. Right-to-left text itself (Arabic, Urdu, Hebrew) is untouched.
_LINE_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")
_HIDDEN_CONTROLS = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")


def without_hidden_controls(text: str) -> str:
    """`text` as a person sees it, without the invisible characters above."""
    return _HIDDEN_CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))


def checked_text(value: str | None, column: str, *, field: str, what: str, required: str | None = None) -> str:
    """`value` trimmed and without hidden control characters, ready to save in `column` (a key of
    TEXT_LIMITS), or a DomainError at `field`: the `required` message when it is empty (if it is
    required), or, naming it as `what` ("The reason"), when it is too long or holds a character that
    cannot be saved."""
    text = without_hidden_controls(value or "").strip()
    if required and not text:
        raise DomainError(required, field=field)
    limit = TEXT_LIMITS[column]
    if len(text) > limit:
        raise DomainError(f"{what} must be {limit:,} characters or fewer", field=field)
    problem = unstorable_text_problem(text, what)
    if problem:
        raise DomainError(problem, field=field)
    return text
