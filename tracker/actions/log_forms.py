"""Forms of the action log import: the file, then what each column holds and who owns what."""
from __future__ import annotations

from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import GovFileInput, GovSelect, GovSubmitInput
from wtforms import FieldList, FormField, HiddenField, SelectField, SubmitField

from tracker.actions.log_import import COLUMN_LABELS, MAX_LOG_BYTES, MAX_LOG_ROWS
from tracker.core.forms import PlainForm, TrackerForm


class LogUploadForm(TrackerForm):
    log = FileField(
        "Your action log",
        widget=GovFileInput(),
        description=f"An Excel workbook (.xlsx) or a CSV file (.csv), up to {MAX_LOG_BYTES // 1_000_000} MB and "
                    f"{MAX_LOG_ROWS:,} rows.",
    )
    read = SubmitField("Read the log", widget=GovSubmitInput())

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if not (self.log.data and self.log.data.filename):
            self.log.errors = [*self.log.errors, "Choose the file of your action log"]
            return False
        return valid


class OwnerChoice(PlainForm):
    """An owner the log names that fits no one: the person chosen, or "" for the holder."""

    written = HiddenField()
    person = SelectField("Owner", choices=[], validate_choice=False, widget=GovSelect())


class LogReviewForm(TrackerForm):
    columns = FieldList(SelectField("Column", choices=list(COLUMN_LABELS.items()), widget=GovSelect()))
    owners = FieldList(FormField(OwnerChoice))
    check = SubmitField("Check the log again", widget=GovSubmitInput())
    confirm = SubmitField("Import the actions", widget=GovSubmitInput())

    @property
    def errors(self) -> dict:
        """Each column's errors under its own box, so the error summary links to "columns-2"."""
        found = {field.id: list(field.errors) for field in self.columns if field.errors}
        if self.csrf_token.errors:
            found["csrf_token"] = list(self.csrf_token.errors)
        return found
