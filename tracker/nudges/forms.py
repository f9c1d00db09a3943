"""The forms of the one-click email links: the action pages' forms (tracker/actions/forms.py),
without the version a page carries (the link itself is the page's state), so a link asks for and
refuses what the action's page does, with the same message at the field. What is required and how
long text may be are the action operations' rules (tracker/actions/operations.py)."""
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSubmitInput
from wtforms import RadioField, SubmitField
from wtforms.validators import InputRequired

from tracker.actions import forms as action_forms
from tracker.core.forms import TrackerForm, counted_text


class PostUpdateForm(action_forms.UpdateForm):
    version = None


class CompleteForm(action_forms.CompleteForm):
    version = None


class MoreTimeForm(action_forms.MoveDueDateForm):
    version = None
    reason = counted_text("Why is more time needed?", "action_updates.note",
                          "The original date and every change stay visible in the action's history.")


class CannotBeDoneForm(action_forms.CannotBeDoneForm):
    version = None


def _yes_no(label: str, required: str, *, yes: str = "Yes") -> RadioField:
    return RadioField(label, choices=[("yes", yes), ("no", "No")], widget=GovRadioInput(),
                      validators=[InputRequired(required)])


class EmailSettingsForm(TrackerForm):
    """One answer per kind of optional email (tracker/nudges/preferences.py)."""

    new_actions = RadioField(
        "When an action is raised for you or passed to you, when do you want to hear?",
        choices=[("on", "At once (gathered for 15 minutes, so a meeting's actions come in one email)"),
                 ("daily", "In one email each working day"),
                 ("off", "Not at all: I will see them in My actions")],
        widget=GovRadioInput(),
        validators=[InputRequired("Select when you want to hear of new actions")],
    )
    moves = _yes_no("Do you want a daily email when actions you follow, or that answer what you raised, move?",
                    "Select yes if you want the daily email about actions you follow")
    digest = _yes_no("Do you want a weekly email listing your open actions?",
                     "Select yes if you want the weekly email",
                     yes="Yes, send it on the first working day of each week")
    papers = _yes_no("Do you want meeting invitations and papers (agenda, draft minutes) by email?",
                     "Select yes if you want meeting invitations and papers")
    submit = SubmitField("Save", widget=GovSubmitInput())
