"""Two-step sign-in: a code from an authenticator app (TOTP, RFC 6238) after the password, or a
one-off recovery code when the phone is lost.

Plain functions over model objects; the pages in two_step_pages.py call them. The clock is an
argument. Nothing here commits: the caller does, once.
"""
from __future__ import annotations

import base64
import hmac
import re
import secrets
from datetime import datetime

import pyotp
import segno
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app

from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.people.auth import hash_password, matches_hash
from tracker.people.models import RecoveryCode, TwoStepSignIn, User

RECOVERY_CODE_COUNT = 10
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read off paper without doubt
# A code is accepted for the 30 seconds it is shown and one step either side (a slow phone clock,
# a slow typist), as RFC 6238 section 5.2 suggests, and each step's code works once.
STEPS_EITHER_SIDE = 1
_APP_CODE = re.compile(r"[0-9]{6}")  # an authenticator's code: six ASCII digits ("²" is a digit to str.isdigit)
WRONG_CODE = "The code is not right. Enter the 6-digit code your app shows now, or a recovery code"


# --- the secret, encrypted at rest ------------------------------------------------------------------


def _fernet() -> Fernet:
    """A key of its own, derived from SECRET_KEY: a copy of the database alone cannot make codes.
    Changing SECRET_KEY turns everyone's two-step sign-in off in effect: an admin resets it."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"tracker two-step secrets").derive(
        current_app.config["SECRET_KEY"].encode())
    return Fernet(base64.urlsafe_b64encode(key))


def _secret_of(two_step: TwoStepSignIn) -> str | None:
    try:
        return _fernet().decrypt(two_step.secret_encrypted.encode()).decode()
    except InvalidToken:
        return None


def _totp(secret: str) -> pyotp.TOTP:
    return pyotp.TOTP(secret)


# --- queries ---------------------------------------------------------------------------------------


def two_step_of(person: User) -> TwoStepSignIn | None:
    return db.session.scalar(db.select(TwoStepSignIn).where(TwoStepSignIn.person_id == person.id))


def has_two_step(person: User) -> bool:
    two_step = two_step_of(person)
    return two_step is not None and two_step.confirmed_at is not None


def required_for_admins() -> bool:
    """Admins must use two-step sign-in (TWO_STEP_REQUIRED_FOR_ADMINS: on, unless a test turns it off)."""
    return current_app.config["TWO_STEP_REQUIRED_FOR_ADMINS"]


def must_set_up_two_step(person: User) -> bool:
    return person.is_admin and required_for_admins() and not has_two_step(person)


def recovery_codes_left(person: User) -> int:
    return db.session.scalar(db.select(db.func.count()).select_from(RecoveryCode).where(
        RecoveryCode.person_id == person.id, RecoveryCode.used_at.is_(None)))


# --- turning it on ---------------------------------------------------------------------------------


def start_set_up(person: User) -> TwoStepSignIn:
    """A new secret, waiting for a first code to confirm the app has it. Starting again replaces it."""
    two_step = two_step_of(person)
    if two_step is not None and two_step.confirmed_at is not None:
        raise DomainError("Two-step sign-in is already on")
    if two_step is None:
        two_step = TwoStepSignIn(person_id=person.id)
        db.session.add(two_step)
    two_step.secret_encrypted = _fernet().encrypt(pyotp.random_base32().encode()).decode()
    db.session.flush()
    return two_step


def set_up_secret(person: User) -> str | None:
    """The secret to show while setting up, and only then: once confirmed it is never shown again."""
    two_step = two_step_of(person)
    if two_step is None or two_step.confirmed_at is not None:
        return None
    return _secret_of(two_step)


def app_link(person: User, secret: str) -> str:
    """The otpauth:// link an authenticator app reads from the QR code."""
    return _totp(secret).provisioning_uri(name=person.email, issuer_name=current_app.config["SITE_NAME"])


def qr_code_svg(link: str) -> str:
    """The link as an inline SVG QR code (dark on white, as every camera app expects)."""
    return segno.make(link, error="m").svg_inline(scale=5, title="QR code for your authenticator app")


def confirm_set_up(person: User, code: str, *, now: datetime) -> list[str]:
    """The first code proves the app has the secret: two-step sign-in is on. Returns the recovery
    codes, to be shown once."""
    two_step = two_step_of(person)
    if two_step is None or two_step.confirmed_at is not None:
        raise DomainError("Start setting up two-step sign-in again", field="code")
    if not _app_code_matches(two_step, code, now):
        raise DomainError("The code is not right. Enter the 6-digit code your app shows now", field="code")
    two_step.confirmed_at = now
    return issue_recovery_codes(person)


def issue_recovery_codes(person: User) -> list[str]:
    """Ten new recovery codes, replacing any left. Stored hashed, like passwords."""
    if not has_two_step(person):
        raise DomainError("Turn on two-step sign-in first")
    db.session.execute(db.delete(RecoveryCode).where(RecoveryCode.person_id == person.id))
    codes = ["".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(10)) for _ in range(RECOVERY_CODE_COUNT)]
    db.session.add_all(RecoveryCode(person_id=person.id, starts_with=code[:3], code_hash=hash_password(code))
                       for code in codes)
    db.session.flush()
    return [f"{code[:5]}-{code[5:]}" for code in codes]


# --- signing in ------------------------------------------------------------------------------------


def check_code(person: User, code: str, *, now: datetime) -> bool:
    """A code from the app (once per time step) or an unused recovery code (once ever)."""
    two_step = two_step_of(person)
    if two_step is None or two_step.confirmed_at is None:
        return False
    digits = "".join(code.split())
    if _APP_CODE.fullmatch(digits):
        return _app_code_matches(two_step, digits, now)
    return _use_recovery_code(person, code, now)


def _app_code_matches(two_step: TwoStepSignIn, code: str, now: datetime) -> bool:
    """Codes of the steps around now; a step at or before the last one used is refused, so a
    code seen over a shoulder or in a screen recording cannot be used again in its window."""
    code = "".join(code.split())
    secret = _secret_of(two_step)
    if secret is None or not _APP_CODE.fullmatch(code):
        return False
    totp = _totp(secret)
    current = totp.timecode(now)
    for step in range(current - STEPS_EITHER_SIDE, current + STEPS_EITHER_SIDE + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            if two_step.last_used_step is not None and step <= two_step.last_used_step:
                return False
            two_step.last_used_step = step
            return True
    return False


def _use_recovery_code(person: User, code: str, now: datetime) -> bool:
    typed = "".join(character for character in code.lower() if character.isalnum())
    if len(typed) != 10:
        return False
    unused = db.session.scalars(db.select(RecoveryCode).where(
        RecoveryCode.person_id == person.id, RecoveryCode.used_at.is_(None), RecoveryCode.starts_with == typed[:3]))
    for recovery_code in unused:
        if matches_hash(recovery_code.code_hash, typed):
            recovery_code.used_at = now
            return True
    return False


# --- turning it off ---------------------------------------------------------------------------------


def _remove(person: User) -> None:
    two_step = two_step_of(person)
    if two_step is not None:
        db.session.delete(two_step)  # audited: "removed", by whoever is acting
    db.session.execute(db.delete(RecoveryCode).where(RecoveryCode.person_id == person.id))
    db.session.flush()


def turn_off(person: User) -> None:
    """A person turns off their own two-step sign-in; admins may not (they must use it)."""
    if person.is_admin and required_for_admins():
        raise DomainError("Administrators must use two-step sign-in, so it cannot be turned off")
    _remove(person)


def reset_for(person: User, *, by: User) -> None:
    """A lost phone: another admin turns the person's two-step sign-in off, so they can sign in
    with their password and set it up again. Ends their sessions. Never one's own: a stolen
    password alone must not be enough to remove the second step."""
    if person.id == by.id:
        raise DomainError("You cannot reset your own two-step sign-in. Ask another administrator")
    if two_step_of(person) is None:
        raise DomainError(f"{person.name} does not use two-step sign-in")
    _remove(person)
    person.session_version = (person.session_version or 0) + 1
