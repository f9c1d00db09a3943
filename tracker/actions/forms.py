"""Forms for actions. The rules (an outcome to complete, a reason to move a date...) live in
operations.py and come back as messages at the field; these forms check only the shape of input."""
from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    HiddenField,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    SubmitField,
)

from tracker.actions import acts
from tracker.core.forms import GovDateField, OneCheckbox, TrackerForm, VersionField, counted_text
from tracker.core.ids import parse_id
from tracker.core.models import TagKind

TAG_FIELDS = {TagKind.PRIORITY: "priorities", TagKind.VALUE: "values", TagKind.OUTCOME: "outcomes"}


def _people(label: str, hint: str = "") -> SelectField:
    # Checked by the operation ("Choose the person who owns this action from the list").
    return SelectField(label, widget=GovSelect(), coerce=str, validate_choice=False, description=hint)


def _tags(label: str) -> SelectMultipleField:
    return SelectMultipleField(label, widget=GovCheckboxesInput(), coerce=str, validate_choice=False)


class _TagsMixin:
    priorities = _tags("Strategic priorities")
    values = _tags("Charter values")
    outcomes = _tags("Outcomes")

    def fill_tag_choices(self, tags_by_kind: dict) -> None:
        for kind, name in TAG_FIELDS.items():
            getattr(self, name).choices = [(str(tag.id), tag.name) for tag in tags_by_kind.get(kind, [])]

    def chosen_tag_ids(self) -> set[int]:
        return {parse_id(value) for name in TAG_FIELDS.values() for value in (getattr(self, name).data or [])
                if parse_id(value)}

    def show_tags(self, tags) -> None:
        for kind, name in TAG_FIELDS.items():
            getattr(self, name).data = [str(tag.id) for tag in tags if tag.kind == kind]


class ActionForm(_TagsMixin, FlaskForm):
    title = StringField("What needs to be done", widget=GovTextInput(),
                        description="Start with a verb, for example “Circulate the baseline questionnaire”")
    detail = counted_text("More detail (optional)", "actions.detail", "Anything the owner needs to know to get it done")
    owner = _people("Who owns it", "One named person who will make sure it happens")
    group = SelectField("Which group it belongs to", widget=GovSelect(), coerce=str, validate_choice=False)
    due_kind = RadioField("When is it due?", widget=GovRadioInput(), default="date",
                          choices=[("date", "On a date"), ("next_meeting", "By the group’s next meeting")])
    due_on = GovDateField("Date it is due", what="the date the action is due", required=False,
                          description="For example, 27 3 2026")
    meeting_id = HiddenField()
    agenda_item_id = HiddenField()
    decision_id = HiddenField()
    submit = SubmitField("Raise the action", widget=GovSubmitInput())

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if self.due_kind.data == "next_meeting" and self.due_on.errors:
            self.due_on.errors = []  # a half-typed date does not matter once "next meeting" is chosen
            valid = not self.errors
        return valid


class EditActionForm(_TagsMixin, FlaskForm):
    version = VersionField()
    title = StringField("What needs to be done", widget=GovTextInput())
    detail = counted_text("More detail (optional)", "actions.detail")
    submit = SubmitField("Save changes", widget=GovSubmitInput())


def public_update_field() -> BooleanField:
    return BooleanField("Share this update with the people whose input this action answers",
                        widget=OneCheckbox(), description="They may be parents, carers or young people. "
                        "Leave it unticked for a working note between colleagues.")


class UpdateForm(TrackerForm):
    version = VersionField()
    note = counted_text("Your update", "action_updates.note",
                        "What has happened since the last update, and what happens next")
    public = public_update_field()
    submit = SubmitField(acts.POST_UPDATE.button, widget=GovSubmitInput())


class MoveDueDateForm(TrackerForm):
    version = VersionField()
    new_due_on = GovDateField("New due date", what="the new due date", required=False,  # the rule's: move_due_date
                              description="For example, 27 3 2026")
    reason = counted_text("Why is the date moving?", "action_updates.note",
                          "Everyone following this action will see your reason")
    submit = SubmitField(acts.MOVE_DUE_DATE.button, widget=GovSubmitInput())


class CompleteForm(TrackerForm):
    version = VersionField()
    outcome = counted_text("What was done?", "actions.outcome", "The outcome will be shown wherever this action appears")
    submit = SubmitField(acts.COMPLETE.button, widget=GovSubmitInput())


class CannotBeDoneForm(TrackerForm):
    version = VersionField()
    explanation = counted_text("Why can this not be done?", "actions.explanation",
                             "Explain clearly, in at least a sentence: the explanation will be shown "
                             "wherever this action appears")
    submit = SubmitField(acts.CANNOT_BE_DONE.button, widget=GovSubmitInput())


class SupersedeForm(TrackerForm):
    version = VersionField()
    replacement = SelectField("Which action replaces it?", widget=GovSelect(), coerce=str, validate_choice=False,
                              description="Raise the new action first if it does not exist yet")
    reason = counted_text("Why is it being replaced?", "action_updates.note")
    submit = SubmitField("Replace this action", widget=GovSubmitInput())


class ReopenForm(TrackerForm):
    version = VersionField()
    reason = counted_text("Why is it being reopened?", "action_updates.note")
    submit = SubmitField("Reopen the action", widget=GovSubmitInput())


class FlagAtRiskForm(TrackerForm):
    version = VersionField()
    reason = counted_text("What puts it at risk?", "actions.at_risk_reason",
                          "For example, waiting for funding or for another team")
    submit = SubmitField("Flag as at risk", widget=GovSubmitInput())


class ClearAtRiskForm(TrackerForm):
    version = VersionField()
    note = counted_text("Why is it no longer at risk?", "action_updates.note")
    submit = SubmitField("No longer at risk", widget=GovSubmitInput())


class ReassignForm(TrackerForm):
    version = VersionField()
    owner = _people("New owner")
    note = counted_text("Why is it being reassigned?", "action_updates.note",
                        "The old and the new owner are both kept on the record")
    submit = SubmitField("Reassign the action", widget=GovSubmitInput())
