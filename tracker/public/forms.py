"""Forms anyone can fill in without an account, and what keeps robots out of them.

Spam protection without puzzles (which shut out some disabled people): a honeypot field that
people never see or reach, a minimum time between opening the form and sending it (the moment
the form was opened is signed into it, so it cannot be forged), and a rate limit per address
(Flask-Limiter, on the view).
"""
from __future__ import annotations

from datetime import datetime

from flask import current_app
from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovSubmitInput, GovTextArea, GovTextInput
from itsdangerous import BadSignature, URLSafeSerializer
from wtforms import HiddenField, RadioField, StringField, SubmitField, TextAreaField

from tracker.core.dates import utcnow
from tracker.core.forms import TrackerForm
from tracker.inputs.forms import CONSENT_CHOICES


def _started_serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="tracker:public-form-started")


def form_started_token(moment: datetime | None = None) -> str:
    """The moment the form was opened, signed: the page carries it back with the answers."""
    return _started_serializer().dumps(int((moment or utcnow()).timestamp()))


def seconds_since_started(token: str, *, now: datetime | None = None) -> float | None:
    """How long the form was open, or None if the token is missing or forged."""
    try:
        started = _started_serializer().loads(token or "")
    except BadSignature:
        return None
    if not isinstance(started, int):
        return None
    return (now or utcnow()).timestamp() - started


class PublicInputForm(TrackerForm):
    what = TextAreaField("What would you like to tell us?", widget=GovTextArea(),
                         description="A problem, an idea or a question about support for children and young "
                                     "people with special educational needs and disabilities (SEND). Do not "
                                     "include a child’s name, or anything else that could identify them.")
    why_it_matters = TextAreaField("Why does it matter to you? (optional)", widget=GovTextArea())
    contact_email = StringField("Your email address", widget=GovTextInput(),
                        description="We will email you each time something happens with it. We will not "
                                    "publish it or share it outside the partnership.")
    contact_name = StringField("Your name (optional)", widget=GovTextInput())
    consent = RadioField("Can someone from the partnership contact you about this?", widget=GovRadioInput(),
                         choices=CONSENT_CHOICES, default="no")
    # The honeypot: hidden from people (and from screen readers and the keyboard); robots fill it in.
    website = StringField("Leave this field empty", widget=GovTextInput())
    started = HiddenField()
    submit = SubmitField("Send", widget=GovSubmitInput())

    def is_from_a_robot(self) -> bool:
        return bool((self.website.data or "").strip())

    def was_sent_too_fast(self, now: datetime | None = None) -> bool:
        seconds = seconds_since_started(self.started.data, now=now)
        # Nobody reads and fills in the form faster than this (PUBLIC_FORM_MIN_SECONDS, 3).
        return seconds is None or seconds < current_app.config["PUBLIC_FORM_MIN_SECONDS"]


class NewLinkForm(TrackerForm):
    email = StringField("Email address", widget=GovTextInput(),
                        description="The address you gave when you raised it")
    submit = SubmitField("Send me the links", widget=GovSubmitInput())
