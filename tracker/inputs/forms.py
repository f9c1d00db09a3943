"""Forms for raising, recording, routing, answering and publishing input.

The rules (what is required, what may be published) live in operations.py and come back as
messages at the field; these forms check only the shape of what was sent.
"""
from __future__ import annotations

from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
)

from tracker.core.forms import TrackerForm, VersionField, counted_text

CONSENT_CHOICES = [("yes", "Yes, you can contact me"), ("no", "No, just tell me what happens")]


def _choice(label: str, hint: str = "") -> SelectField:
    # The operation says what is wrong with a missing or stale choice, in plain English.
    return SelectField(label, widget=GovSelect(), coerce=str, validate_choice=False, description=hint)


class RaiseInputForm(TrackerForm):
    """A champion, signed in."""

    what = counted_text("What would you like to raise?", "inputs.what",
                        "For example, something that is hard for families, an idea, or a "
                        "question for the partnership. Do not include a child’s name.")
    why_it_matters = counted_text("Why does it matter? (optional)", "inputs.why_it_matters",
                                  "What difference it would make, and to whom")
    consent = RadioField("Can someone from the partnership contact you about this?", widget=GovRadioInput(),
                         choices=CONSENT_CHOICES, default="no",
                         description="Either way, we will email you each time something happens with it")
    submit = SubmitField("Send", widget=GovSubmitInput())


class RecordInputForm(TrackerForm):
    """A secretary, for input raised at a meeting."""

    what = counted_text("What was raised?", "inputs.what", "In the words used at the meeting, as far as you can")
    why_it_matters = counted_text("Why does it matter? (optional)", "inputs.why_it_matters")
    who = RadioField("Who raised it?", widget=GovRadioInput(), default="anonymous",
                     choices=[("person", "Someone with an account"),
                              ("named", "Someone without an account, who gave their name"),
                              ("anonymous", "Someone who did not give their name")])
    person = _choice("Choose the person")
    contact_name = StringField("Their name", widget=GovTextInput())
    contact_email = StringField("Their email address (optional)", widget=GovTextInput(),
                                description="We will email them each time something happens with it")
    anonymous_label = StringField("How should we describe them?", widget=GovTextInput(), default="a parent carer",
                                  description="For example, “a parent carer” or “a young person”")
    consent = RadioField("Are they happy to be contacted about it?", widget=GovRadioInput(),
                         choices=[("yes", "Yes"), ("no", "No")], default="no")
    submit = SubmitField("Record input", widget=GovSubmitInput())


class RouteForm(TrackerForm):
    version = VersionField()
    group = _choice("Which group should look at it?",
                    "The person who raised it will be told which group has it")
    submit = SubmitField("Pass to the group", widget=GovSubmitInput())


class LinkActionForm(TrackerForm):
    action = _choice("Which action answers it?", "Open actions of the group, newest first")
    submit = SubmitField("Link the action", widget=GovSubmitInput())


class UnlinkActionForm(TrackerForm):
    submit = SubmitField("Unlink", widget=GovSubmitInput())


class AnswerForm(TrackerForm):
    version = VersionField()
    response = counted_text("Your answer", "inputs.response",
                            "What was done, or why it cannot be done, in plain English. The "
                            "person who raised it gets this by email.")
    submit = SubmitField("Send the answer", widget=GovSubmitInput())


class PublishForm(TrackerForm):
    """The public wording. "Preview" shows it as the public will see it; "Publish" is on the preview."""

    public_said = counted_text("What was raised", "inputs.public_said",
                               "In general terms. No names, and nothing that could identify a child or a family.")
    public_did = counted_text("What was done, or why not", "inputs.public_did")
    public_for_families = counted_text("What this means for families", "inputs.public_for_families",
                                       "One or two short sentences in plain English")
    priority = _choice("Strategic priority (optional)")
    confirmed = BooleanField("I have checked that nothing in it could identify a child, a family or anyone "
                             "who is not staff", widget=GovCheckboxInput())
    preview = SubmitField("Preview", widget=GovSubmitInput())
    change = SubmitField("Change", widget=GovSubmitInput())
    publish = SubmitField("Publish", widget=GovSubmitInput())

    def texts(self) -> dict[str, str]:
        return {name: getattr(self, name).data or "" for name in
                ("public_said", "public_did", "public_for_families")}


class UnpublishForm(TrackerForm):
    submit = SubmitField("Remove from the public page", widget=GovSubmitInput())
