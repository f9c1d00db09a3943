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
