from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextInput,
)
from wtforms import BooleanField, EmailField, RadioField, SelectField, StringField, SubmitField
from wtforms.validators import Email, InputRequired

from tracker.core.forms import TrackerForm
from tracker.people.models import GROUP_ROLE_LABELS, ROLE_LABELS, OrganisationKind
from tracker.people.operations import EMAIL_REQUIRED, NAME_REQUIRED, ORGANISATION_NAME_REQUIRED, ROLE_REQUIRED

# A choice the list did not offer (an organisation removed since the page opened, or a form sent without it).
ORGANISATION_CHOICE = "Choose the person's organisation from the list, or no organisation"
ROLE_CHOICE = "Choose one of the roles listed"
ROLE_CHOICES = [(role.value, label) for role, label in ROLE_LABELS.items()]
ROLE_HINTS = {
    "admin": "Manages people, groups and the outbox",
    "chair": "Chairs the Board or a group and holds owners to account",
    "lead": "Leads a workstream or acts as a group's secretary",
    "member": "Owns and updates actions",
    "champion": "A parent, carer or professional volunteer who raises input",
}


class PersonForm(TrackerForm):
    name = StringField("Full name", widget=GovTextInput(),
                       validators=[InputRequired(NAME_REQUIRED)])
    email = EmailField(
        "Email address", widget=GovTextInput(),
        validators=[InputRequired(EMAIL_REQUIRED),
                    Email("Enter an email address in the correct format, like name@example.com")],
    )
    job_title = StringField("Job title (optional)", widget=GovTextInput())
    organisation = SelectField("Organisation", widget=GovSelect(), coerce=str, invalid_choice_message=ORGANISATION_CHOICE)
    role = RadioField("Role", widget=GovRadioInput(), choices=ROLE_CHOICES,
                      validators=[InputRequired(ROLE_REQUIRED)], invalid_choice_message=ROLE_CHOICE)
    is_active = BooleanField("This person can sign in and own actions", widget=GovCheckboxInput(),
                             default=True)
    submit = SubmitField("Save", widget=GovSubmitInput())


class InviteForm(TrackerForm):
    """Someone new, with an email to set their password. Choices are set by the view: an admin
    sees every role and group, a chair their own groups and the roles they may give."""

    name = StringField("Full name", widget=GovTextInput(),
                       validators=[InputRequired(NAME_REQUIRED)])
    email = EmailField(
        "Email address", widget=GovTextInput(), description="The invitation is sent here",
        validators=[InputRequired(EMAIL_REQUIRED),
                    Email("Enter an email address in the correct format, like name@example.com")],
    )
    organisation = SelectField("Organisation", widget=GovSelect(), coerce=str, invalid_choice_message=ORGANISATION_CHOICE)
    role = RadioField("Role", widget=GovRadioInput(), choices=ROLE_CHOICES,
                      validators=[InputRequired(ROLE_REQUIRED)], invalid_choice_message=ROLE_CHOICE)
    group = SelectField("Group", widget=GovSelect(), coerce=str,
                        invalid_choice_message="Choose a group from the list")
    group_role = RadioField("Role in the group", widget=GovRadioInput(),
                            choices=[(role.value, label) for role, label in GROUP_ROLE_LABELS.items()],
                            validators=[InputRequired("Choose the person's role in the group")])
    submit = SubmitField("Send the invitation", widget=GovSubmitInput())


class OrganisationForm(TrackerForm):
    name = StringField("Name", widget=GovTextInput(),
                       validators=[InputRequired(ORGANISATION_NAME_REQUIRED)])
    short_name = StringField("Short name (optional)", widget=GovTextInput(),
                             description="A short form for lists, for example PACTS")
    kind = SelectField("Type", widget=GovSelect(), choices=[
        (OrganisationKind.COUNCIL.value, "Council"),
        (OrganisationKind.NHS.value, "NHS"),
        (OrganisationKind.SCHOOL.value, "School or college"),
        (OrganisationKind.PARENT_FORUM.value, "Parent carer forum"),
        (OrganisationKind.VOLUNTARY.value, "Voluntary sector"),
        (OrganisationKind.OTHER.value, "Other"),
    ], invalid_choice_message="Choose the type of organisation from the list")
    submit = SubmitField("Add organisation", widget=GovSubmitInput())
