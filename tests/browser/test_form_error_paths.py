"""Journey 7: every form's error path.

Submit the form empty, see the error summary (it takes focus, the title starts "Error: "), and
follow its first link to the field. Every page check also makes sure each link in the summary
leads to a field showing the same message. Add each new form to FORMS.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.people.models import Role

SITE = "SEND Partnership Tracker"


@dataclass(frozen=True)
class Form:
    title: str  # the page's title without "Error: "
    path: str  # may name {group} and {meeting}: a group and a meeting of it, which the secretary runs
    button: str
    errors: tuple[str, ...]  # in the order the error summary lists them
    who: str | None = None  # who signs in first: "admin", "secretary" or None (nobody)


FORMS = [
    Form(f"Sign in – {SITE}", "/sign-in", "Sign in",
         ("Enter your email address", "Enter your password")),
    Form(f"Add a person – People – {SITE}", "/people/new", "Save",
         ("Enter the person's full name", "Enter the person's email address"), "admin"),
    Form(f"Organisations – People – {SITE}", "/organisations", "Add organisation",
         ("Enter the organisation's name",), "admin"),
    Form(f"Create a group – Groups – {SITE}", "/groups/new", "Create group",
         ("Enter the group's name", "Choose what kind of group this is"), "admin"),
    Form(f"People in SEND Board – Groups – {SITE}", "/groups/{group}/people", "Add to group",
         ("Choose the person to add to the group",), "admin"),
    Form(f"Schedule a meeting – Meetings – {SITE}", "/groups/{group}/meetings/new", "Schedule meeting",
         ("Enter the date of the meeting, for example 27 3 2026", "Enter the time the meeting starts, for example 2pm or 14:00",
          "Enter where the meeting will be held, or choose online"), "secretary"),
    Form(f"Record attendance – Meetings – {SITE}", "/meetings/{meeting}/attendance", "Add to attendance",
         ("Choose a person or enter the name of someone without an account",), "secretary"),
    Form(f"Add an agenda item – Meetings – {SITE}", "/meetings/{meeting}/agenda/new", "Add agenda item",
         ("Enter the agenda item's title",), "secretary"),
    Form(f"Record a decision – Meetings – {SITE}", "/meetings/{meeting}/decisions/new", "Record decision",
         ("Enter what the group decided",), "secretary"),
    Form(f"Cancel the meeting – Meetings – {SITE}", "/meetings/{meeting}/cancel", "Cancel meeting",
         ("Enter why the meeting is cancelled",), "secretary"),
]


def test_every_form_shows_its_errors_and_leads_to_the_field(
        open_browser, sign_in, make_person, make_group, make_meeting):
    people = {"admin": make_person(role=Role.ADMIN, name="Ada Admin"),
              "secretary": make_person(role=Role.LEAD, name="Sam Secretary")}
    group = make_group("SEND Board", secretary=people["secretary"])
    meeting = make_meeting(group, date(2026, 12, 8))
    visitors = {None: open_browser("signed-out")}
    for form in FORMS:
        if form.who not in visitors:
            visitors[form.who] = sign_in(people[form.who])
        visitor = visitors[form.who]
        visitor.go(form.path.format(group=group.id, meeting=meeting.id)).sees_title(form.title)
        visitor.press(form.button).sees_title(f"Error: {form.title}")
        assert visitor.errors_listed() == list(form.errors), form.path
        visitor.follow_error(form.errors[0])
