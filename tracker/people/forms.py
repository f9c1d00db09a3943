from govuk_frontend_wtf.wtforms_widgets import GovPasswordInput, GovSubmitInput, GovTextInput
from wtforms import EmailField, HiddenField, PasswordField, StringField, SubmitField
from wtforms.validators import Email, EqualTo, InputRequired

from tracker.core.forms import TrackerForm


class LoginForm(TrackerForm):
    email = EmailField(
        "Email address",
        widget=GovTextInput(),
        validators=[
            InputRequired("Enter your email address"),
            Email("Enter an email address in the correct format, like name@example.com"),
        ],
    )
    password = PasswordField(
        "Password", widget=GovPasswordInput(), validators=[InputRequired("Enter your password")]
    )
    next = HiddenField()
    submit = SubmitField("Sign in", widget=GovSubmitInput())


class ForgotPasswordForm(TrackerForm):
    email = EmailField(
        "Email address",
        widget=GovTextInput(),
        description="The address your invitation or reminder emails come to",
        filters=[lambda value: value.strip() if isinstance(value, str) else value],  # pasted spaces
        validators=[
            InputRequired("Enter your email address"),
            Email("Enter an email address in the correct format, like name@example.com"),
        ],
    )
    submit = SubmitField("Send me a link", widget=GovSubmitInput())


class SetPasswordForm(TrackerForm):
    password = PasswordField(
        "New password", widget=GovPasswordInput(),
        description="At least 8 characters. A few words you will remember make a good password.",
        validators=[InputRequired("Enter a new password")],
    )
    confirm = PasswordField(
        "Type the password again", widget=GovPasswordInput(),
        validators=[InputRequired("Type the password again"),
                    EqualTo("password", "The passwords do not match: type the same password twice")],
    )
    submit = SubmitField("Save password and sign in", widget=GovSubmitInput())


class TwoStepCodeForm(TrackerForm):
    """The code from an authenticator app: when signing in (a recovery code works too) and when
    setting it up."""

    code = StringField(
        "Code", widget=GovTextInput(),
        filters=[lambda value: value.strip() if isinstance(value, str) else value],
        validators=[InputRequired("Enter the code from your authenticator app")],
    )
    submit = SubmitField("Continue", widget=GovSubmitInput())
