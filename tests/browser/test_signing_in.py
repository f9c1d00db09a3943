"""Signing in and out, in a real browser, by mouse and by keyboard alone at 320 pixels."""
from tests.conftest import PASSWORD

SITE = "SEND Partnership Tracker"


def sign_in(visitor, person, password=PASSWORD):
    visitor.go("/").sees_title(f"Sign in – {SITE}")
    visitor.fill("Email address", person.email).fill("Password", password).press("Sign in")
    return visitor


def test_signing_in_and_out(visitor, make_person):
    person = make_person(name="Priya Owner")
    sign_in(visitor, person).sees_title(f"Home – {SITE}").sees("Welcome, Priya Owner")
    visitor.press("Sign out").sees_title(f"Sign in – {SITE}").sees("You have signed out.")
    visitor.go("/").is_at("/sign-in")


def test_wrong_password_is_refused_at_the_field(visitor, make_person):
    person = make_person()
    sign_in(visitor, person, "not the password").sees_title(f"Error: Sign in – {SITE}")
    field = visitor.follow_error("The email address or password is not right")
    assert field.input_value() == person.email  # nothing typed is lost
    visitor.fill("Password", PASSWORD).press("Sign in").sees_title(f"Home – {SITE}")


def test_sign_in_error_path_links_each_message_to_its_field(visitor):
    visitor.go("/sign-in").press("Sign in").sees_title(f"Error: Sign in – {SITE}")
    visitor.sees("Enter your email address").sees("Enter your password")
    visitor.follow_error("Enter your email address")


def test_turning_on_two_step_sign_in_and_signing_in_again(sign_in, make_person):
    import pyotp

    from tracker.core.dates import utcnow

    person = make_person(name="Sam Twostep")
    visitor = sign_in(person)
    visitor.follow(visitor.page.get_by_role("link", name="Your account: Sam Twostep"))
    visitor.sees_title(f"Your account – {SITE}").follow("Two-step sign-in")
    visitor.press("Set up two-step sign-in").sees_title(f"Set up two-step sign-in – Your account – {SITE}")
    key = visitor.page.locator("#two-step-key").inner_text().replace(" ", "")  # what a person types into their app
    app_on_phone = pyotp.TOTP(key)
    visitor.page.set_default_navigation_timeout(60_000)  # ten recovery codes hashed like passwords
    visitor.fill("6-digit code", app_on_phone.now()).press("Continue")
    visitor.sees_title(f"Your recovery codes – Your account – {SITE}").sees("They will not be shown again")
    assert visitor.page.locator("#recovery-codes li").count() == 10

    visitor.press("Sign out").fill("Email address", person.email).fill("Password", PASSWORD).press("Sign in")
    visitor.sees_title(f"Enter your code – {SITE}")
    visitor.fill("Code", "000000").press("Continue").sees_title(f"Error: Enter your code – {SITE}")
    visitor.follow_error("The code is not right. Enter the 6-digit code your app shows now, or a recovery code")
    next_code = app_on_phone.at(utcnow().timestamp() + app_on_phone.interval)  # not the one set-up used
    visitor.fill("Code", next_code).press("Continue").sees_title(f"Home – {SITE}").sees("Welcome, Sam Twostep")
