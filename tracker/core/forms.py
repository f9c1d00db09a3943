"""Helpers shared by forms: turning a broken rule into a message at the right field."""
from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount
from wtforms import Form, HiddenField, TextAreaField

from tracker.core.domain import TEXT_LIMITS, DomainError, unstorable_text_problem
from tracker.core.ids import whole_number


def show_domain_error(form, error: DomainError) -> None:
    """Put an operation's plain-English messages next to their fields: every broken rule it found
    at once (Problems), so the person sees them all. A rule about the record as a whole (say, it
    was closed meanwhile) goes at the first field the person can see."""
    visible = [field for field in form if field.type not in ("CSRFTokenField", "HiddenField", "VersionField")]
    for each in getattr(error, "errors", None) or [error]:
        field = getattr(form, each.field, None) if each.field else None
        if field is None or field not in visible:
            field = visible[0] if visible else next(iter(form))
        if each.message not in field.errors:
            field.errors = [*field.errors, each.message]


class VersionField(HiddenField):
    """The version of the record (an action, a meeting, an input) the form was loaded at; the
    operation refuses the save as an edit conflict if the record has moved on, and the page shows
    what changed. Missing or not a number (a garbled or tampered form) becomes -1, a version no
    record has, so it is refused the same way: never a crash, never saved over someone's change."""

    def process_formdata(self, valuelist):
        version = whole_number(valuelist[0] if valuelist else "")
        self.data = -1 if version is None else version


class _CharacterCountWidget(GovCharacterCount):
    """GOV.UK's character count, with its limit whatever else the template passes in `params`."""

    def __init__(self, limit: int):
        self.limit = limit

    def map_gov_params(self, field, **kwargs):
        params = super().map_gov_params(field, **kwargs)
        params.setdefault("maxlength", self.limit)
        return params


def counted_text(label: str, column: str, hint: str = "") -> TextAreaField:
    """A text area with the GOV.UK character count, counting down to the operation's limit for
    `column` (TEXT_LIMITS) as the person types. The count only helps: the operation refuses more,
    with its message at the field, whatever sent it."""
    return TextAreaField(label, widget=_CharacterCountWidget(TEXT_LIMITS[column]), description=hint)


# --- GOV.UK date input -----------------------------------------------------------------------------

import calendar  # noqa: E402
from datetime import date  # noqa: E402

from govuk_frontend_wtf.wtforms_widgets import GovCheckboxInput, GovDateInput  # noqa: E402
from wtforms import Field  # noqa: E402

from tracker.core.dates import wrong_part_of_date  # noqa: E402

_MONTH_NAMES = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTH_NAMES.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTH_NAMES["sept"] = 9


class OneCheckbox(GovCheckboxInput):
    """A single checkbox (a BooleanField) whose hint (the field's description) sits under its label,
    as the GOV.UK checkboxes component places an item's hint; GovCheckboxInput puts it above the box,
    where it reads as the hint of a question that has no heading."""

    def map_gov_params(self, field, **kwargs):
        params = super().map_gov_params(field, **kwargs)
        hint = params.pop("hint", None)
        if hint and params.get("items"):
            params["items"][0]["hint"] = hint
        return params


class _DateInputWidget(GovDateInput):
    """The three boxes keep the field's name as their id prefix; the error summary links to the first
    box that is wrong, and only the wrong boxes are marked (GOV.UK date input: a problem with the
    whole date marks all three)."""

    def __call__(self, field, **kwargs):
        kwargs["id"] = field.name
        return super().__call__(field, **kwargs)

    def map_gov_params(self, field, **kwargs):
        params = super().map_gov_params(field, **kwargs)
        wrong = getattr(field, "wrong_parts", ())
        if field.errors and wrong:
            for item, part in zip(params["items"], ("day", "month", "year"), strict=True):
                if part not in wrong:
                    item["classes"] = item["classes"].replace("govuk-input--error", "").strip()
        return params


DATE_PARTS = ("day", "month", "year")


def read_date_boxes(what: str, day: str, month: str, year: str) -> tuple[date | None, str | None, tuple[str, ...]]:
    """What was typed in a date's day, month and year boxes: the date, or why it is none (the GOV.UK
    date input's messages, saying which part is wrong: "June has 30 days", core/dates.py
    no_such_day) and the boxes that are wrong. `what` names the date, with a capital."""
    typed = dict(zip(DATE_PARTS, (day, month, year), strict=True))
    missing = tuple(part for part in DATE_PARTS if not typed[part])
    if missing:
        return None, f"{what} must include a {' and a '.join(missing)}", missing
    numbers = {"day": whole_number(day), "month": _MONTH_NAMES.get(month.lower()) or whole_number(month),
               "year": whole_number(year)}
    for part, example in (("day", "a number, like 27"), ("month", "a number or a name, like 3 or March"),
                          ("year", "a number, like 2026")):
        if numbers[part] is None:
            return None, f"{what} must be a real date: enter the {part} as {example}", (part,)
    if len(year) != 4:
        return None, f"{what} must have a year with 4 numbers, for example 2026", ("year",)
    wrong = wrong_part_of_date(numbers["day"], numbers["month"], numbers["year"])
    if wrong:
        return None, f"{what} must be a real date: {wrong[1]}", (wrong[0],)
    return date(numbers["year"], numbers["month"], numbers["day"]), None, ()


class GovDateField(Field):
    """Day, month and year boxes with the GOV.UK Design System's error messages.

    `what` names the date in messages ("the date of the meeting"). Typed values are kept when the
    page comes back with an error. Month names ("Feb", "February") are accepted as well as numbers.
    """

    widget = _DateInputWidget()

    def __init__(self, label=None, validators=None, *, what: str, required: bool = True, **kwargs):
        kwargs.setdefault("id", None)
        super().__init__(label, validators, **kwargs)
        self.id = f"{self.name}-day"
        self.what = what
        self.required = required
        self.wrong_parts: tuple[str, ...] = ()

    def _value(self):
        return self.data.strftime("%d %m %Y") if self.data else ""

    def process_formdata(self, valuelist):
        if not valuelist:
            self.raw_data = None  # the boxes were not sent at all: show them empty, not a crash
            return
        day, month, year = ([part.strip() for part in valuelist] + ["", "", ""])[:3]
        self.raw_data = [day, month, year]  # the widget shows exactly three boxes, whatever was sent
        self.data = None
        self.parse_error = None
        if not (day or month or year):
            if self.required:
                self.parse_error = f"Enter {self.what}, for example 27 3 2026"
            return
        self.data, self.parse_error, self.wrong_parts = read_date_boxes(
            self.what[0].upper() + self.what[1:], day, month, year)
        if self.wrong_parts:  # the error summary leads to the first box that is wrong
            self.id = f"{self.name}-{next(part for part in DATE_PARTS if part in self.wrong_parts)}"

    def pre_validate(self, form):
        from wtforms.validators import StopValidation

        if getattr(self, "parse_error", None):
            raise StopValidation(self.parse_error)
        if self.required and self.data is None:
            raise StopValidation(f"Enter {self.what}, for example 27 3 2026")


# --- every form ------------------------------------------------------------------------------------

from flask_wtf import FlaskForm  # noqa: E402

# WTForms' own messages, in plain English, for a field that has no message of its own: most often a
# choice the page never offered (a form sent by hand, or a list that changed since the page opened).
# Fields should still say what to choose ("Choose the person's organisation from the list").
_PLAIN_ENGLISH = {
    "Not a valid choice.": "Choose one of the options shown",
    "Invalid Choice: could not coerce.": "Choose one of the options shown",
    "'%(value)s' is not a valid choice for this field.": "Choose from the options shown",
    "'%(value)s' are not valid choices for this field.": "Choose from the options shown",
    "This field is required.": "Enter an answer",
    "Invalid input.": "Check this answer and enter it again",
    "Not a valid integer value.": "Enter a whole number, like 5",
    "Not a valid decimal value.": "Enter a number, like 2.5",
    "Not a valid float value.": "Enter a number, like 2.5",
    "Not a valid date value.": "Enter a real date, for example 27 3 2026",
    "Not a valid datetime value.": "Enter a real date and time",
    "Not a valid time value.": "Enter a real time, like 2:30pm",
    "Invalid email address.": "Enter an email address in the correct format, like name@example.com",
    "Invalid URL.": "Enter a web address in the correct format, like https://example.org/",
    "Number must be at least %(min)s.": "Enter a number of %(min)s or more",
    "Number must be at most %(max)s.": "Enter a number of %(max)s or less",
    "Number must be between %(min)s and %(max)s.": "Enter a number from %(min)s to %(max)s",
}


class _PlainEnglishMessages:
    def gettext(self, string: str) -> str:
        return _PLAIN_ENGLISH.get(string, string)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.gettext(singular if count == 1 else plural)


class PlainEnglishMeta:
    """Every form's meta (TrackerForm, and the GET filter forms built on WTForms' Form)."""

    def get_translations(self, form):
        return _PlainEnglishMessages()


class PlainForm(Form):
    """The base of a GET form (a filter panel, a search: nothing changes, so no CSRF token) or a
    form inside another (a row of a list): WTForms' own messages in plain English."""

    class Meta(PlainEnglishMeta):
        pass


class TrackerForm(FlaskForm):
    """The base of every form that changes something: text that cannot be saved is refused at its
    field, whatever the form, and WTForms' own messages are in plain English."""

    class Meta(PlainEnglishMeta):
        pass

    def validate(self, extra_validators=None) -> bool:
        unstorable = {}
        for field in self:
            for value in field.raw_data or ():
                problem = unstorable_text_problem(value, str(field.label.text) or field.name)
                if problem:
                    unstorable[field.name] = problem
                    break
        if unstorable:
            for field in self:  # nothing from the form is used: each field is checked as typed
                field.errors = [unstorable[field.name]] if field.name in unstorable else []
            self.form_errors = []
            return False
        return super().validate(extra_validators)
