"""An administrator sets up who uses the tracker: an organisation, then a person in it."""
from sqlalchemy import select

from tracker.extensions import db
from tracker.people.models import User

SITE = "SEND Partnership Tracker"


def test_administrator_adds_an_organisation_and_a_person(sign_in, make_person):
    admin = sign_in(make_person(role="admin", name="Priya Shah"))
    admin.follow_in_menu("People").sees_title(f"People – People – {SITE}")
    admin.follow("Organisations").sees_title(f"Organisations – People – {SITE}")
    admin.fill("Name", "Riverside Parent Carer Forum").fill("Short name (optional)", "RPCF")
    admin.select("Type", "Parent carer forum").press("Add organisation")
    admin.sees("Riverside Parent Carer Forum was added.").sees("Riverside Parent Carer Forum (RPCF)")

    admin.follow("Back to people").follow("Add a person without inviting them").sees_title(f"Add a person – People – {SITE}")
    admin.fill("Full name", "Aisha Khan").fill("Email address", "aisha@example.org")
    admin.select("Organisation", "Riverside Parent Carer Forum").choose("Champion", within="Role")
    admin.press("Save").sees_title(f"People – People – {SITE}").sees("Aisha Khan was added.")

    admin.fill("Search by name or email", "aisha").press("Search").sees("1 person matching “aisha”")
    person = db.session.scalars(select(User).where(User.email == "aisha@example.org")).one()
    assert (person.role, person.organisation.short_name) == ("champion", "RPCF")
