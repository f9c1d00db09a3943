"""The Board chair's sign-off form for the public accountability page."""
from __future__ import annotations

from govuk_frontend_wtf.wtforms_widgets import GovSelect, GovSubmitInput
from wtforms import SelectField, SubmitField
from wtforms.validators import InputRequired

from tracker.core.forms import GovDateField, TrackerForm


class SignOffForm(TrackerForm):
    # The choice is checked by the operation, with a plain message (not "Not a valid choice").
    organisation = SelectField("Organisation", widget=GovSelect(), coerce=str, validate_choice=False,
                               validators=[InputRequired("Choose the organisation")])
    period_start = GovDateField("From", what="the start of the period", description="For example, 1 4 2026")
    period_end = GovDateField("To", what="the end of the period", description="For example, 30 6 2026")
    submit = SubmitField("Sign off and publish", widget=GovSubmitInput())
