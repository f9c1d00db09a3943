"""Forms of the paste page: the pasted outcomes, then one row per suggested action."""
from __future__ import annotations

from flask_wtf.file import FileField
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovFileInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import (
    BooleanField,
    FieldList,
    FormField,
    HiddenField,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.validators import Length

from tracker.core.forms import GovDateField, PlainForm, TrackerForm
from tracker.importer.documents import MAX_DOCUMENT_BYTES

MAX_PASTE = 100_000  # characters: the longest Board summary is about 15,000
PASTE_TOO_LONG = f"The outcomes must be {MAX_PASTE:,} characters or fewer. Paste one meeting's outcomes at a time"
MAX_ROWS = 100  # suggestions reviewed at once; more means the text holds many meetings
NEXT_MEETING, ON_A_DATE = "next_meeting", "date"


class PasteForm(TrackerForm):
    """The outcomes pasted into the box, or a file of the minutes: one or the other."""

    outcomes = StringField(
        "Meeting outcomes",
        widget=GovTextArea(),
        description="Copy the outcomes, summary or notes of this meeting from your document or web page "
                    "and paste them here. Lists and tables pasted from Word or a web page are kept. "
                    "Bullet points, agenda headings such as “Keyworker update:” and sentences such as "
                    "“A report would be produced for Board” become suggested actions.",
        validators=[
            Length(max=MAX_PASTE, message=PASTE_TOO_LONG),
        ],
    )
    document = FileField(
        "Or upload the minutes",
        widget=GovFileInput(),
        description="A Word document (.docx), a PDF with text in it (not a scan), a web page saved as .html, an "
                    "email saved as a file (.eml), an Excel workbook (.xlsx), a text file (.txt or .md), or an export "
                    "(.csv or .json), up to "
                    f"{MAX_DOCUMENT_BYTES // 1_000_000} MB.",
    )
    find = SubmitField("Find suggested actions", widget=GovSubmitInput())

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        pasted = bool((self.outcomes.data or "").strip())
        if not pasted and not self.has_document:
            self.outcomes.errors = [*self.outcomes.errors,
                                    "Paste the meeting outcomes, or choose a file of the minutes"]
            return False
        if pasted and self.has_document:
            self.document.errors = [*self.document.errors, "Paste the outcomes or choose a file, not both. "
                                    "Empty the box to read the file"]
            return False
        return valid

    @property
    def has_document(self) -> bool:
        return bool(self.document.data and self.document.data.filename)


class SuggestionRow(PlainForm):
    """One suggested action. Only ticked rows are checked and created."""

    include = BooleanField("Create this action", widget=GovCheckboxInput())
    title = StringField("Action", widget=GovTextInput())
    owner = SelectField("Owner", choices=[], validate_choice=False, widget=GovSelect())
    due = HiddenField()  # radios drawn by the template (their date box is revealed inside one)
    due_on = GovDateField("Due date", what="the due date", required=False,
                          description="For example, 27 3 2026")
    source = HiddenField()
    heading = HiddenField()
    reason = HiddenField()
    confidence = HiddenField()
    owner_note = HiddenField()  # the owner as the minutes write it, and how they were matched
    owner_problem = HiddenField()  # "No one called Jane Smith: choose the owner"
    owner_unmatched = HiddenField()  # "Jane Smith": kept in the action's detail whoever is chosen
    other_owners = HiddenField()  # more owners named: kept in the action's detail
    due_note = HiddenField()  # where the due date came from: the words, or a rule


class ReviewForm(TrackerForm):
    rows = FieldList(FormField(SuggestionRow), max_entries=MAX_ROWS)
    # What was found about the outcomes as a whole, kept so its warnings are still there when the
    # review comes back with errors: shown, never trusted (only the rows are created).
    found_heading = HiddenField()
    other_date = HiddenField()  # "8th June 2021": the outcomes' own date, when not the meeting's
    several_meetings = HiddenField()  # "y" when the text holds several meetings' outcomes
    date_problems = HiddenField()  # the dates to check, one a line
    left_out = HiddenField()  # how many suggestions were over MAX_ROWS
    create = SubmitField("Create actions", widget=GovSubmitInput())

    @property
    def errors(self) -> dict:
        """Each row's errors under the id of the box they belong to, in page order, so the error
        summary links straight to "rows-2-owner" or "rows-2-due_on-day"."""
        found = {}
        for entry in self.rows:
            for field in entry.form:
                if field.errors:
                    found[field.id] = list(field.errors)
        if self.csrf_token.errors:
            found["csrf_token"] = list(self.csrf_token.errors)
        return found

    def ticked(self) -> int:
        return sum(1 for entry in self.rows if entry.form.include.data)


__all__ = ["PasteForm", "ReviewForm", "SuggestionRow", "NEXT_MEETING", "ON_A_DATE", "MAX_ROWS"]
