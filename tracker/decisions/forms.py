"""Forms of the decisions register: its filters (read from the URL) and the tags and
supersession of one decision. The rules live in operations.py; these check only the shape."""
from __future__ import annotations

from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import BooleanField, HiddenField, RadioField, SelectField, StringField, SubmitField
from wtforms.validators import Length, Optional, ValidationError

from tracker.actions.forms import _TagsMixin
from tracker.core.forms import PlainForm, TrackerForm, VersionField, counted_text
from tracker.decisions.queries import MAX_SEARCH, DecisionFilters
from tracker.inputs.forms import UnpublishForm
from tracker.reports.filters import ChoiceField, IsoOrGovDateField


class RegisterFilterForm(PlainForm):
    """The register's filter panel (a GET form: no CSRF token, nothing changes). A filter whose
    value is not valid is left out, and the page says why next to its field."""

    q = StringField("Words in the decision or its agenda item", widget=GovTextInput(), validators=[
        Optional(), Length(max=MAX_SEARCH, message=f"Search with {MAX_SEARCH} characters or fewer")])
    group = ChoiceField("Group (with its sub-groups)", coerce=str, default="", widget=GovSelect(),
                        message="Choose a group from the list")
    made_from = IsoOrGovDateField("Made on or after", what="the first date", required=False)
    made_to = IsoOrGovDateField("Made on or before", what="the last date", required=False)
    tag = ChoiceField("Tag", coerce=str, default="", widget=GovSelect(), message="Choose a tag from the list")
    without_actions = BooleanField("Only decisions with no action yet", widget=GovCheckboxInput())

    def __init__(self, args, choices):
        super().__init__(formdata=args if args else None)
        self.group.choices = choices.group_options
        self.tag.choices = choices.tag_options
        self.choices = choices

    def validate_made_to(self, field):
        if self.made_from.data and field.data and field.data < self.made_from.data:
            raise ValidationError("The last date must be the same as or after the first date")

    def filters(self) -> DecisionFilters:
        """The valid filters; anything with an error is left out (the page says why)."""
        self.validate()
        valid = {name: field.data for name, field in self._fields.items() if not field.errors}
        group_id = int(valid["group"]) if valid.get("group") else None
        return DecisionFilters(
            group_ids=self.choices.group_and_subgroups(group_id) if group_id else (),
            made_from=valid.get("made_from"),
            made_to=valid.get("made_to"),
            tag_id=int(valid["tag"]) if valid.get("tag") else None,
            text=(valid.get("q") or "").strip(),
            without_actions=bool(valid.get("without_actions")),
        )


class DecisionLinksForm(_TagsMixin, TrackerForm):
    superseded_by = SelectField(
        "Has a later decision superseded it?", widget=GovSelect(), coerce=str, validate_choice=False,
        description="Choose the later decision, of this group or of a group above it such as the Board, "
                    "that revisited or reversed it. Record that decision on its meeting's page first")
    superseded_how = RadioField(
        "How did the later decision change it?", widget=GovRadioInput(), validate_choice=False,
        choices=[("revisited", "Revisited: the group came back to it and changed or extended it"),
                 ("reversed", "Reversed: the group undid it")])
    version = VersionField()
    submit = SubmitField("Save", widget=GovSubmitInput())


class ForFamiliesForm(TrackerForm):
    """A decision's summary for families. "Publish" publishes it unless it may be hard to read;
    then the second look page carries the words back with "Publish it as it is" or "Change"."""

    for_families = counted_text("What this means for families", "decisions.for_families",
                                "Two or three short sentences a parent can read at a glance. The public "
                                "page shows this first, then the decision’s own words.")
    second_look_taken = HiddenField()
    version = VersionField()
    publish = SubmitField("Publish", widget=GovSubmitInput())
    change = SubmitField("Change", widget=GovSubmitInput())


class UnpublishDecisionForm(UnpublishForm):
    """"Remove from the public page", refused if someone else changed the summary meanwhile."""

    version = VersionField()
