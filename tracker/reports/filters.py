"""The outstanding actions list's filters: read from the URL, so a view can be bookmarked and shared.

`FilterForm` parses and checks the query string (a GET form: no CSRF token, nothing changes);
`ActionFilters` is the plain result the queries take. A filter whose value is not valid is left
out and the form shows why, next to its field.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from govuk_frontend_wtf.wtforms_widgets import GovCheckboxInput, GovSelect, GovTextInput
from wtforms import BooleanField, SelectField, StringField
from wtforms.validators import Length, Optional, ValidationError

from tracker.actions.models import ActionStatus
from tracker.core.forms import GovDateField, PlainForm
from tracker.core.templating import Options

STATUS_CHOICES = [
    ("open", "Outstanding (not started or in progress)"),
    (ActionStatus.NOT_STARTED.value, "Not started"),
    (ActionStatus.IN_PROGRESS.value, "In progress"),
    ("closed", "Closed (any way)"),
    (ActionStatus.COMPLETED.value, "Completed"),
    (ActionStatus.CANNOT_BE_DONE.value, "Cannot be done"),
    (ActionStatus.SUPERSEDED.value, "Superseded"),
    ("all", "Any status"),
]
RAG_CHOICES = [
    ("", "Any"),
    ("red", "Red: overdue"),
    ("amber", "Amber: due soon or at risk"),
    ("green", "Green: on track"),
]
SORT_CHOICES = [
    ("due", "Due date, soonest first"),
    ("overdue", "Days overdue, most first"),
    ("owner", "Owner, A to Z"),
    ("group", "Group, A to Z"),
]


@dataclass(frozen=True)
class ActionFilters:
    """What the person asked to see. Empty values mean "any"."""

    status: str = "open"
    group_ids: tuple[int, ...] = ()  # the chosen group and all its sub-groups
    owner: str = ""  # part of the owner's name or email address
    organisation_id: int | None = None
    rag: str = ""
    overdue: bool = False
    at_risk: bool = False  # flagged at risk by the owner and not yet overdue (the count at the top)
    due_soon: bool = False  # due within its group's due-soon window (the count at the top)
    escalated: bool = False  # overdue, and its chair has had the escalation email about it
    due_from: date | None = None
    due_to: date | None = None
    tag_id: int | None = None
    text: str = ""
    sort: str = "due"

    def but(self, **changes) -> ActionFilters:
        return replace(self, **changes)

    @property
    def names_dates(self) -> bool:
        """True when every action shown has a due date (so "no date yet" can be left out)."""
        return self.overdue or self.rag == "red" or self.due_from is not None or self.due_to is not None


FILTER_FIELDS = tuple(field.name for field in fields(ActionFilters))


class IsoOrGovDateField(GovDateField):
    """GOV.UK day, month and year boxes, that also take one ISO date (2026-11-23) from a link."""

    def process_formdata(self, valuelist):
        if len(valuelist) == 1:
            try:
                self.data, self.parse_error = date.fromisoformat(valuelist[0].strip()), None
            except ValueError:
                self.data, self.parse_error = None, f"{self.what[0].upper()}{self.what[1:]} must be a real date, for example 27 3 2026"
        else:
            super().process_formdata(valuelist)
        if len(valuelist) != 3:  # the three boxes show the date (or stay empty)
            self.raw_data = self.data.strftime("%d %m %Y").split(" ") if self.data else None


class ChoiceField(SelectField):
    """A select whose list can be long (every group): the choice is checked against a set rather
    than by walking the list option by option. `message` says what to do about a value not in it."""

    def __init__(self, *args, message: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.message = message

    def pre_validate(self, form):
        values = self.choices.values if isinstance(self.choices, Options) else {value for value, _ in self.choices}
        if self.data not in values:
            raise ValidationError(self.message or self.gettext("Not a valid choice."))


class FilterForm(PlainForm):
    """The filter panel. Built from `request.args`; choices come from the one choices query."""

    q = StringField("Search titles and details", validators=[Optional(), Length(max=200)],
                    widget=GovTextInput())
    group = ChoiceField("Group", coerce=str, default="", widget=GovSelect())
    owner = StringField("Owner", validators=[Optional(), Length(max=200)], widget=GovTextInput())
    organisation = ChoiceField("Organisation", coerce=str, default="", widget=GovSelect())
    status = ChoiceField("Status", choices=STATUS_CHOICES, default="open", widget=GovSelect())
    rag = ChoiceField("RAG rating", choices=RAG_CHOICES, default="", widget=GovSelect())
    overdue = BooleanField("Overdue only", widget=GovCheckboxInput())
    at_risk = BooleanField("Flagged at risk by the owner, not yet overdue", widget=GovCheckboxInput())
    due_soon = BooleanField("Due soon (within its group's reminder window)", widget=GovCheckboxInput())
    escalated = BooleanField("Escalated to the chair", widget=GovCheckboxInput())
    due_from = IsoOrGovDateField("Due on or after", what="the first due date", required=False)
    due_to = IsoOrGovDateField("Due on or before", what="the last due date", required=False)
    tag = ChoiceField("Tag", coerce=str, default="", widget=GovSelect())
    sort = ChoiceField("Sort by", choices=SORT_CHOICES, default="due", widget=GovSelect())

    def __init__(self, args, choices):
        super().__init__(formdata=args if args else None)
        self.group.choices = choices.group_options
        self.organisation.choices = choices.organisation_options
        self.tag.choices = choices.tag_options
        self.choices = choices

    def validate_due_to(self, field):
        if self.due_from.data and field.data and field.data < self.due_from.data:
            raise ValidationError("The last due date must be the same as or after the first due date")

    def filters(self) -> ActionFilters:
        """The valid filters; anything with an error is left out (the page says why)."""
        self.validate()
        valid = {name: field for name, field in self._fields.items() if not field.errors}

        def number(name: str) -> int | None:
            value = valid[name].data if name in valid else ""
            return int(value) if value else None

        group_id = number("group")
        return ActionFilters(
            status=valid["status"].data if "status" in valid else "open",
            group_ids=self.choices.group_and_subgroups(group_id) if group_id else (),
            owner=(valid["owner"].data or "").strip() if "owner" in valid else "",
            organisation_id=number("organisation"),
            rag=valid["rag"].data if "rag" in valid else "",
            overdue=bool(valid["overdue"].data) if "overdue" in valid else False,
            at_risk=bool(valid["at_risk"].data) if "at_risk" in valid else False,
            due_soon=bool(valid["due_soon"].data) if "due_soon" in valid else False,
            escalated=bool(valid["escalated"].data) if "escalated" in valid else False,
            due_from=valid["due_from"].data if "due_from" in valid else None,
            due_to=valid["due_to"].data if "due_to" in valid else None,
            tag_id=number("tag"),
            text=(valid["q"].data or "").strip() if "q" in valid else "",
            sort=valid["sort"].data if "sort" in valid else "due",
        )
