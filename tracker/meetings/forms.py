"""Forms for groups and meetings. Rules live in operations.py; these check only the shape of input."""
from __future__ import annotations

import re
from datetime import time

from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.validators import InputRequired, Optional, ValidationError
from wtforms.widgets import HiddenInput

from tracker.core.forms import GovDateField, OneCheckbox, TrackerForm, VersionField, counted_text
from tracker.core.ids import whole_number
from tracker.meetings.operations import REMINDER_DAYS
from tracker.meetings.schedules import MONTHLY, WEEK_OF_MONTH, WEEKDAYS, WEEKLY
from tracker.people.models import GROUP_KIND_LABELS, GROUP_ROLE_LABELS

GROUP_KIND_CHOICES = [(kind.value, label) for kind, label in GROUP_KIND_LABELS.items()]
GROUP_ROLE_CHOICES = [(role.value, label) for role, label in GROUP_ROLE_LABELS.items()]
GROUP_ROLE_HINTS = {
    "chair": "Chairs the meetings and hears about overdue actions. A group may have co-chairs",
    "secretary": "Records the meetings: attendance, agenda, decisions, minutes and actions",
    "lead": "Keeps the group's actions moving and records its meetings",
    "member": "Comes to the meetings and owns actions",
}

_TIME = re.compile(r"^(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<meridiem>am|pm|a\.m\.|p\.m\.)?$")


def parse_time(text: str) -> time | None:
    """"2pm", "2:30pm", "14:00", "14.00", "9", "noon", "midday" -> a time; None if not a time."""
    text = text.strip().lower().replace(" ", "")
    if text in ("noon", "midday", "12noon", "12midday"):
        return time(12, 0)
    match = _TIME.match(text)
    if not match:
        return None
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    meridiem = (match["meridiem"] or "").replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _parse_days(field) -> int | None:
    text = (field.data or "").strip()
    if not text:
        return None
    days = whole_number(text)
    if days is None:
        raise ValidationError("Enter the number of working days as a whole number, like 5")
    return days


class GroupForm(TrackerForm):
    name = StringField("Name", widget=GovTextInput(), validators=[InputRequired("Enter the group's name")])
    kind = RadioField("What kind of group is it?", widget=GovRadioInput(), choices=GROUP_KIND_CHOICES,
                      validators=[InputRequired("Choose what kind of group this is")])
    # Choices are checked by the operations, with plain-English messages (not "Not a valid choice").
    parent = SelectField("Reports to", widget=GovSelect(), coerce=str, validate_choice=False,
                         description="For example, a workstream reports to the SEND Board")
    description = counted_text("What the group is for (optional)", "groups.description")
    meeting_pattern = StringField("Usual meeting pattern (optional)", widget=GovTextInput(),
                                  description="For example, monthly on the second Tuesday at 2pm")
    is_active = BooleanField("The group still meets", widget=GovCheckboxInput(), default=True)
    submit = SubmitField("Create group", widget=GovSubmitInput())


class MemberForm(TrackerForm):
    person = SelectField("Person", widget=GovSelect(), coerce=str, validate_choice=False,
                         validators=[InputRequired("Choose the person to add to the group")])
    group_role = RadioField("Role in the group", widget=GovRadioInput(), choices=GROUP_ROLE_CHOICES,
                            default="member", validators=[InputRequired("Choose the person's role in the group")])
    submit = SubmitField("Add to group", widget=GovSubmitInput())


class ReminderSettingsForm(TrackerForm):
    due_soon_working_days = StringField(
        "Remind owners this many working days before an action is due", widget=GovTextInput())
    escalate_after_working_days = StringField(
        "Tell the chair when an action has been overdue for this many working days", widget=GovTextInput())
    input_response_working_days = StringField(
        "Respond to input from champions within this many working days", widget=GovTextInput())
    submit = SubmitField("Save reminder settings", widget=GovSubmitInput())

    FIELDS = ("due_soon_working_days", "escalate_after_working_days", "input_response_working_days")

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        for name in self.FIELDS:
            field = getattr(self, name)
            try:
                days = _parse_days(field)
            except ValidationError as error:
                field.errors = [*field.errors, str(error)]
                valid = False
                continue
            if days is not None and days not in REMINDER_DAYS:
                field.errors = [*field.errors, f"Enter a number of working days from {REMINDER_DAYS.start} "
                                               f"to {REMINDER_DAYS.stop - 1}, or leave it empty"]
                valid = False
        return valid

    def days(self, name: str) -> int | None:
        return _parse_days(getattr(self, name))


def _attendance_mode_field(label: str, *, required: bool = True) -> RadioField:
    return RadioField(label, widget=GovRadioInput(), choices=[("in_person", "In person"), ("online", "Online")],
                      validate_choice=required,
                      validators=[InputRequired("Choose whether the meeting is in person or online")] if required else [])


def _location_field() -> StringField:
    return StringField(
        "Place, or how to join", widget=GovTextInput(),
        description="For example, Town Hall, Committee Room 2. For an online meeting, the platform "
                    "such as Microsoft Teams (optional)",
    )


class MeetingPlace:
    """Where a meeting is held: in person at a place, or online (the meeting and schedule forms)."""

    def validate_location(self, field) -> None:
        if self.attendance_mode.data == "in_person" and not (field.data or "").strip():
            raise ValidationError("Enter where the meeting will be held, or choose online")

    @property
    def is_online(self) -> bool:
        return self.attendance_mode.data == "online"


class MeetingForm(MeetingPlace, TrackerForm):
    starts_on = GovDateField("Date", what="the date of the meeting", description="For example, 27 3 2026")
    start_time = StringField("Start time", widget=GovTextInput(), description="For example, 2pm or 14:00")
    attendance_mode = _attendance_mode_field("Is the meeting in person or online?")
    location = _location_field()
    submit = SubmitField("Schedule meeting", widget=GovSubmitInput())

    def validate_start_time(self, field) -> None:
        if not (field.data or "").strip():
            raise ValidationError("Enter the time the meeting starts, for example 2pm or 14:00")
        if parse_time(field.data) is None:
            raise ValidationError("Enter a real time, for example 2pm or 14:00")


class ChangeMeetingForm(MeetingForm):
    version = VersionField()


class CancelMeetingForm(TrackerForm):
    reason = counted_text("Why is the meeting cancelled?", "meetings.cancelled_reason",
                          "Everyone who can see the meeting will see this")
    submit = SubmitField("Cancel meeting", widget=GovSubmitInput())


class AgendaItemForm(TrackerForm):
    title = StringField("Title", widget=GovTextInput(),
                        description="For example, Keyworker pilot, or Any other business")
    notes = counted_text("Discussion notes (optional)", "agenda_items.notes")
    submit = SubmitField("Add agenda item", widget=GovSubmitInput())


class DecisionForm(TrackerForm):
    agenda_item = SelectField("Agenda item", widget=GovSelect(), coerce=str, validate_choice=False)
    text = counted_text("What did the group decide?", "decisions.text", "For example, The pilot will run until December")
    submit = SubmitField("Record decision", widget=GovSubmitInput())


class ChangeAgendaItemForm(AgendaItemForm):
    version = VersionField()


class ChangeDecisionForm(DecisionForm):
    version = VersionField()


class MinutesForm(TrackerForm):
    summary = counted_text("Published summary (optional)", "meetings.summary",
                           "A few sentences in plain English that anyone can read")
    minutes = counted_text("Minutes (optional)", "meetings.minutes",
                           "Draft until they are approved at a later meeting of the group")
    version = VersionField()
    submit = SubmitField("Save summary and minutes", widget=GovSubmitInput())


class MattersArisingForm(TrackerForm):
    """One row of matters arising: the update or decision given on an action at this meeting."""

    note = counted_text("Update or decision at this meeting", "action_updates.note")
    submit = SubmitField("Record update", widget=GovSubmitInput())


class AddAttendeeForm(TrackerForm):
    person = SelectField("Person with an account", widget=GovSelect(), coerce=str, validate_choice=False,
                         validators=[Optional()])
    name = StringField("Or the name of someone without an account", widget=GovTextInput(),
                       description="For example, a guest speaker")
    status = RadioField("Did they attend?", widget=GovRadioInput(),
                        choices=[("attended", "Attended"), ("apologies", "Sent apologies")], default="attended",
                        validators=[InputRequired("Choose whether they attended or sent apologies")])
    submit = SubmitField("Add to attendance", widget=GovSubmitInput())

    def validate_name(self, field) -> None:
        if not self.person.data and not (field.data or "").strip():
            raise ValidationError("Choose a person or enter the name of someone without an account")


class CirculateForm(TrackerForm):
    """Sending a meeting's papers from the preview. `last_seen` is the newest sending the preview
    showed, so a second click or a second sender is refused, not sent twice."""

    paper = StringField(widget=HiddenInput())
    last_seen = IntegerField(widget=HiddenInput(), validators=[Optional()])
    submit = SubmitField("Send the papers", widget=GovSubmitInput())


WEEKDAY_CHOICES = [(str(number), day) for number, day in enumerate(WEEKDAYS)]
WEEK_OF_MONTH_CHOICES = [("", "Choose a week")] + [(str(number), words.capitalize())
                                                     for number, words in WEEK_OF_MONTH.items()]


class ScheduleForm(MeetingPlace, TrackerForm):
    """The plain questions a group's schedule is built from (tracker/meetings/schedules.py)."""

    frequency = RadioField("How often does the group meet?", widget=GovRadioInput(), choices=[
        (WEEKLY, "Every week, or every few weeks"),
        (MONTHLY, "Once a month, or every few months, on a weekday such as the first Monday"),
        ("none", "No regular meetings: we set each date ourselves"),
    ], validate_choice=False, validators=[InputRequired("Choose how often the group meets")])
    interval = StringField("How many weeks or months apart?", widget=GovTextInput(),
                           description="For example, 6 for every 6 weeks, or 1 for every month")
    weekday = SelectField("Day of the week", widget=GovSelect(), choices=WEEKDAY_CHOICES, default="1",
                          validate_choice=False)
    week_of_month = SelectField("Which week of the month", widget=GovSelect(), choices=WEEK_OF_MONTH_CHOICES,
                                validate_choice=False, description="Only for meetings once a month or every few months")
    start_time = StringField("Start time", widget=GovTextInput(), description="For example, 10am or 14:00")
    starts_on = GovDateField("Starting from", what="the date the schedule starts", required=False,
                             description="Meetings are on or after this date. For example, 6 1 2027")
    ends_on = GovDateField("Ending on (optional)", what="the date the schedule ends", required=False,
                           description="Leave it empty if the schedule goes on")
    skips_bank_holidays = BooleanField("No meeting on a bank holiday", widget=OneCheckbox(),
                                       description="Bank holidays in England and Wales")
    skips_august = BooleanField("No meeting in August", widget=GovCheckboxInput())
    attendance_mode = _attendance_mode_field("Are the meetings in person or online?", required=False)
    location = _location_field()
    submit = SubmitField("Save the schedule", widget=GovSubmitInput())

    def validate_interval(self, field) -> None:
        text = (field.data or "").strip()
        if text and whole_number(text) is None:
            raise ValidationError("Enter the number of weeks or months as a whole number, like 6")

    def validate_start_time(self, field) -> None:
        if (field.data or "").strip() and parse_time(field.data) is None:
            raise ValidationError("Enter a real time, for example 10am or 14:00")

    def validate_attendance_mode(self, field) -> None:
        if self.frequency.data != "none" and field.data not in ("in_person", "online"):
            raise ValidationError("Choose whether the meetings are in person or online")

    def validate_location(self, field) -> None:
        if self.frequency.data != "none":  # a group with no schedule has no usual place
            super().validate_location(field)

    def choices(self) -> dict:
        """What was chosen, as the values operations.set_schedule takes (None where left empty)."""
        interval, week = (self.interval.data or "").strip(), self.week_of_month.data or ""
        return {
            "frequency": self.frequency.data or "", "interval": whole_number(interval),
            "weekday": _number(self.weekday.data), "week_of_month": _number(week),
            "clock": parse_time(self.start_time.data or ""), "starts_on": self.starts_on.data,
            "ends_on": self.ends_on.data, "skips_bank_holidays": self.skips_bank_holidays.data,
            "skips_august": self.skips_august.data, "location": self.location.data or "",
            "is_online": self.is_online,
        }


def _number(text: str | None) -> int | None:
    try:
        return int(text or "")
    except ValueError:
        return None
