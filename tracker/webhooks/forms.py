"""The webhook form checks shape only; the operation checks the address and the events."""
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxesInput, GovSubmitInput, GovTextInput
from wtforms import SelectMultipleField, StringField, SubmitField

from tracker.core.forms import TrackerForm
from tracker.webhooks.operations import EVENTS


class WebhookForm(TrackerForm):
    url = StringField("Address to send events to", widget=GovTextInput(),
                      description="The other system's web address, starting with https://")
    events = SelectMultipleField("Events to send", widget=GovCheckboxesInput(), coerce=str, validate_choice=False,
                                 choices=list(EVENTS.items()))
    submit = SubmitField("Add webhook", widget=GovSubmitInput())
