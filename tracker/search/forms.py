"""The search form (a GET form: nothing changes, so no CSRF token). A filter whose value is not
valid is left out, and the page says why next to its field."""
from __future__ import annotations

from govuk_frontend_wtf.wtforms_widgets import GovSelect, GovTextInput
from wtforms import StringField
from wtforms.validators import Length, ValidationError

from tracker.core.forms import PlainForm
from tracker.reports.filters import ChoiceField
from tracker.search.queries import KIND_LABELS, MAX_QUERY, search_words


class SearchForm(PlainForm):
    q = StringField("Search for", widget=GovTextInput(), validators=[
        Length(max=MAX_QUERY, message=f"Search with {MAX_QUERY} characters or fewer")])
    kind = ChoiceField("Show", coerce=str, default="", widget=GovSelect(), message="Choose what to show from the list")
    group = ChoiceField("Group (with its sub-groups)", coerce=str, default="", widget=GovSelect(),
                        message="Choose a group from the list")

    def __init__(self, args, choices):
        super().__init__(formdata=args if args else None)
        self.kind.choices = [("", "Everything")] + list(KIND_LABELS.items())
        self.group.choices = choices.group_options
        self.choices = choices

    def validate_q(self, field):
        if field.raw_data and not field.data:  # Search pressed with the box empty: say so, not a blank page
            raise ValidationError("Enter the words to search for")
        if field.data and not search_words(field.data):
            raise ValidationError("Type at least one word made of letters or numbers")

    def valid(self) -> dict:
        """The words and filters that passed; a field with an error is left out."""
        self.validate()
        valid = {name: f.data for name, f in self._fields.items() if not f.errors}
        group_id = int(valid["group"]) if valid.get("group") else None
        return {
            "query": valid.get("q") or "",
            "kinds": [valid["kind"]] if valid.get("kind") else None,
            "group_ids": self.choices.group_and_subgroups(group_id) if group_id else (),
        }
