"""Journey 7: every form's error path.

Submit the form empty, see the error summary (it takes focus, the title starts "Error: "), and
follow its first link to the field. Every page check also makes sure each link in the summary
leads to a field showing the same message. Add each new form to FORMS.

"Empty" means what a person gets by clearing what the page filled in (`clear`). A form whose
fields may all be left empty sends back something that is not allowed instead (`typed`).

Forms with no error path to walk, and so not listed:
- Summary and minutes (/meetings/N/minutes): both boxes are optional; an empty form saves.
- Email settings (/account/email-settings): one question whose saved answer is always chosen.
- Buttons with nothing to fill in: approve minutes, circulate a meeting's papers (what stops them
  is shown on the preview, tests/meetings/test_circulating_papers.py), move an agenda item, unlink an action,
  remove an outcome from the public page, retry an email, API token and calendar feed buttons,
  the one-click unsubscribe (tests/nudges/test_preferences.py) and erasing a person's data
  (tests/people/test_erasure.py).
- The two-step sign-in code (/sign-in/code) and its set-up (/account/two-step/set-up): each opens
  only part-way through a journey (after a right password; after "Set up two-step sign-in"). The
  browser journey in tests/browser/test_signing_in.py sends a wrong code and follows the error to
  the field; tests/people/test_two_step.py refuses a wrong code at set-up.
- Tagging a decision or marking it superseded (/decisions/N/edit): every tag is optional and the
  later decision is picked from a list of the group's later decisions; what the rule refuses
  (itself, an earlier decision, another group's) is tested in tests/decisions.
- Choices with nothing to leave empty: saving the whole attendance list (a saved answer per row)
  and changing a member's role in a group (a list with the current role chosen). What they refuse
  is a rule of the record, shown in the error summary at the row; tests/meetings covers each one.
- Checking an uploaded action log (/groups/N/actions/import/TOKEN): every column has a choice
  already made; what it refuses (two columns of one kind, a row's problems) is shown in the error
  summary, linked to the column or the row (tests/actions/log/test_page.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from tests.conftest import london_today
from tracker.extensions import db
from tracker.inputs import operations as inputs
from tracker.meetings.models import AgendaItem, Decision
from tracker.nudges.links import action_link_url
from tracker.people.invitations import INVITATION, PASSWORD_RESET, _link_for
from tracker.people.models import Role

SITE = "SEND Partnership Tracker"
DATE_FORMAT = "for example 27 3 2026"
ACTION_ERRORS = ("Enter what needs to be done", "Choose the person who owns this action from the list",
                 f'Enter the date the action is due, {DATE_FORMAT}, or choose "by the next meeting"')


@dataclass(frozen=True)
class Form:
    title: str  # the page's title without "Error: "
    path: str  # may name the records `world` makes: {group}, {meeting}, {open_action}...
    button: str
    errors: tuple[str, ...]  # in the order the error summary lists them
    who: str | None = None  # who signs in first (a key of `world`'s people), or None (nobody)
    clear: tuple[str, ...] = ()  # labels of boxes the page fills in, emptied before sending
    typed: dict[str, str] = field(default_factory=dict)  # label -> something not allowed


def _page(page: str, section: str | None) -> str:
    return f"{page} – {section} – {SITE}" if section else f"{page} – {SITE}"


FORMS = [
    # Signing in and passwords
    Form(_page("Sign in", None), "/sign-in", "Sign in",
         ("Enter your email address", "Enter your password")),
    Form(_page("Reset your password", None), "/forgot-password", "Send me a link",
         ("Enter your email address",)),
    Form(_page("Set your password", None), "/invitation/{invitation}", "Save password and sign in",
         ("Enter a new password", "Type the password again")),
    Form(_page("Choose a new password", None), "/reset-password/{reset}", "Save password and sign in",
         ("Enter a new password", "Type the password again")),
    # People and organisations
    Form(_page("Add a person", "People"), "/people/new", "Save",
         ("Enter the person's full name", "Enter the person's email address"), "admin"),
    Form(_page("Edit Owen Owner", "People"), "/people/{owner}/edit", "Save",
         ("Enter the person's full name", "Enter the person's email address"), "admin",
         clear=("Full name", "Email address")),
    Form(_page("Invite a person", "People"), "/people/invite", "Send the invitation",
         ("Enter the person's full name", "Enter the person's email address"), "admin"),
    Form(_page("Organisations", "People"), "/organisations", "Add organisation",
         ("Enter the organisation's name",), "admin"),
    Form(_page("Webhooks", "People"), "/webhooks", "Add webhook",
         ("Enter the address to send events to", "Choose at least one event to send"), "admin"),
    # Reports
    Form(_page("Sign off accountability figures", "Reports"), "/reports/organisations/sign-off",
         "Sign off and publish", ("Choose the organisation", "Enter the start of the period, for example 27 3 2026",
                                  "Enter the end of the period, for example 27 3 2026"), "admin"),
    # Groups
    Form(_page("Create a group", "Groups"), "/groups/new", "Create group",
         ("Enter the group's name", "Choose what kind of group this is"), "admin"),
    Form(_page("Change SEND Board", "Groups"), "/groups/{group}/edit", "Save changes",
         ("Enter the group's name",), "admin", clear=("Name",)),
    Form(_page("Reminder settings", "Groups"), "/groups/{group}/reminders", "Save reminder settings",
         ("Enter the number of working days as a whole number, like 5",), "admin",
         typed={"Remind owners this many working days before an action is due": "soon"}),
    Form(_page("Meeting schedule", "Groups"), "/groups/{group}/schedule", "Save the schedule",
         ("Choose how often the group meets", "Enter where the meeting will be held, or choose online"), "admin"),
    Form(_page("People in SEND Board", "Groups"), "/groups/{group}/people", "Add to group",
         ("Choose the person to add to the group",), "admin"),
    # Meetings
    Form(_page("Schedule a meeting", "Meetings"), "/groups/{group}/meetings/new", "Schedule meeting",
         (f"Enter the date of the meeting, {DATE_FORMAT}", "Enter the time the meeting starts, for example 2pm or 14:00",
          "Enter where the meeting will be held, or choose online"), "secretary"),
    Form(_page("Change the meeting's details", "Meetings"), "/meetings/{meeting}/edit", "Save changes",
         ("Enter the time the meeting starts, for example 2pm or 14:00",
          "Enter where the meeting will be held, or choose online"), "secretary", clear=("Start time",)),
    Form(_page("Record attendance", "Meetings"), "/meetings/{held_meeting}/attendance", "Add to attendance",
         ("Choose a person or enter the name of someone without an account",), "secretary"),
    Form(_page("Add an agenda item", "Meetings"), "/meetings/{meeting}/agenda/new", "Add agenda item",
         ("Enter the agenda item's title",), "secretary"),
    Form(_page("Change the agenda item", "Meetings"), "/meetings/{meeting}/agenda/{item}/edit", "Save changes",
         ("Enter the agenda item's title",), "secretary", clear=("Title",)),
    Form(_page("Record a decision", "Meetings"), "/meetings/{meeting}/decisions/new", "Record decision",
         ("Enter what the group decided",), "secretary"),
    Form(_page("Change the decision", "Meetings"), "/meetings/{meeting}/decisions/{decision}/edit",
         "Save changes", ("Enter what the group decided",), "secretary", clear=("What did the group decide?",)),
    Form(_page("What this means for families", "Meetings"), "/decisions/{decision}/for-families", "Publish",
         ("Enter what this means for families",), "secretary"),
    Form(_page("Cancel the meeting", "Meetings"), "/meetings/{meeting}/cancel", "Cancel meeting",
         ("Enter why the meeting is cancelled",), "secretary"),
    Form(_page("Import meeting outcomes", "Meetings"), "/meetings/{meeting}/import", "Find suggested actions",
         ("Paste the meeting outcomes, or choose a file of the minutes",), "secretary"),
    # Actions
    Form(_page("Import an action log", "Actions"), "/groups/{group}/actions/import", "Read the log",
         ("Choose the file of your action log",), "secretary"),
    Form(_page("Raise an action", "Actions"), "/actions/new", "Raise the action", ACTION_ERRORS, "secretary"),
    Form(_page("Post an update", "Actions"), "/actions/{open_action}/update", "Post the update",
         ("Enter your update",), "secretary"),
    Form(_page("Move the due date", "Actions"), "/actions/{open_action}/due-date", "Move the due date",
         (f"Enter the new due date, {DATE_FORMAT}", "Explain why the due date is moving"), "secretary"),
    Form(_page("Mark as completed", "Actions"), "/actions/{open_action}/complete", "Mark as completed",
         ("Enter the outcome: what was done",), "secretary"),
    Form(_page("Close as cannot be done", "Actions"), "/actions/{open_action}/cannot-be-done",
         "Close as cannot be done", ("Explain clearly why this cannot be done",), "secretary"),
    Form(_page("Replace with another action", "Actions"), "/actions/{open_action}/supersede",
         "Replace this action", ("Choose the action that replaces this one",), "secretary"),
    Form(_page("Reopen the action", "Actions"), "/actions/{closed_action}/reopen", "Reopen the action",
         ("Explain why the action is being reopened",), "secretary"),
    Form(_page("Reassign the action", "Actions"), "/actions/{open_action}/reassign", "Reassign the action",
         ("Choose the person who owns this action from the list",), "secretary"),
    Form(_page("Change the wording or tags", "Actions"), "/actions/{open_action}/edit", "Save changes",
         ("Enter what needs to be done",), "secretary", clear=("What needs to be done",)),
    Form(_page("Flag as at risk", "Actions"), "/actions/{open_action}/at-risk", "Flag as at risk",
         ("Explain what puts this action at risk",), "owner"),
    Form(_page("No longer at risk", "Actions"), "/actions/{risky_action}/at-risk/clear", "No longer at risk",
         ("Say why the action is no longer at risk",), "owner"),
    # The one-click link in a nudge email: no signing in
    Form(_page("Post an update", "Update an action"), "{action_link}/update", "Post the update",
         ("Enter your update",)),
    Form(_page("Mark as completed", "Update an action"), "{action_link}/complete", "Mark as completed",
         ("Enter the outcome: what was done",)),
    Form(_page("Move the due date", "Update an action"), "{action_link}/more-time", "Move the due date",
         (f"Enter the new due date, {DATE_FORMAT}", "Explain why the due date is moving")),
    Form(_page("Close as cannot be done", "Update an action"), "{action_link}/cannot-be-done",
         "Close as cannot be done", ("Explain clearly why this cannot be done",)),
    # Input
    Form(_page("Raise something", "Input"), "/my-input/new", "Send", ("Enter what you would like to raise",),
         "champion"),
    Form(_page("Record input raised at the meeting", "Input"), "/meetings/{meeting}/input/new", "Record input",
         ("Enter what was raised",), "secretary"),
    Form(_page("Pass it to a group", "Input"), "/inputs/{new_input}/route", "Pass to the group",
         ("Choose the group that will look at this",), "secretary"),
    Form(_page("Link an action that answers it", "Input"), "/inputs/{routed_input}/link-action",
         "Link the action", ("Choose the action that answers this input",), "secretary"),
    Form(_page("Raise an action that answers it", "Input"), "/inputs/{routed_input}/new-action",
         "Raise the action", ACTION_ERRORS, "secretary"),
    Form(_page("Answer it", "Input"), "/inputs/{routed_input}/answer", "Send the answer",
         ("Enter your answer: what was done, or why it cannot be done",), "secretary"),
    Form(_page("Publish the outcome", "Input"), "/inputs/{answered_input}/publish", "Preview",
         ("Enter what was raised", "Enter what was done", "Enter what this means for families"), "secretary",
         clear=("What was done, or why not",)),
    # The public, without an account
    Form(_page("Tell us what matters to you", "You said, we did"), "/have-your-say", "Send",
         ("Enter what you would like to tell us", "Enter your email address, so we can tell you what happens")),
    Form(_page("Get a link to what you raised", "Your input"), "/your-input", "Send me the links",
         ("Enter an email address in the correct format, like name@example.com",)),
]


def world(make_person, make_group, make_meeting, make_action) -> tuple[dict, dict]:
    """The people who sign in, and the records the forms' paths name."""
    people = {"admin": make_person(role=Role.ADMIN, name="Ada Admin"),
              "secretary": make_person(role=Role.LEAD, name="Sam Secretary"),
              "owner": make_person(name="Owen Owner"),
              "champion": make_person(role=Role.CHAMPION, name="Aisha Khan")}
    invited = make_person(name="Ivy Invited", password=None)
    group = make_group("SEND Board", secretary=people["secretary"], members=[people["owner"]])
    meeting = make_meeting(group, london_today() + timedelta(days=6))  # still to come, whenever the test runs
    held_meeting = make_meeting(group, london_today() - timedelta(days=8))  # attendance is recorded from its day
    item = AgendaItem(meeting=meeting, title="Key Worker pilot", position=1)
    decision = Decision(meeting=meeting, agenda_item=item, text="The pilot runs until December.")
    db.session.add_all([item, decision])
    owner = people["owner"]
    open_action = make_action(owner=owner, group=group, title="Write to each family")
    make_action(owner=owner, group=group, title="Send the survey")  # something to replace it with
    closed_action = make_action(owner=owner, group=group, title="Book the hall", status="completed",
                                outcome="The hall is booked.")
    risky_action = make_action(owner=owner, group=group, title="Hire a key worker", at_risk=True)
    at = datetime(2026, 11, 12, 10, tzinfo=UTC)
    raised = [inputs.raise_input(by=people["champion"], what=f"Input {n}", at=at) for n in range(3)]
    for routed in raised[1:]:
        inputs.route_input(routed, group=group, by=people["secretary"], at=at)
    inputs.answer_input(raised[2], by=people["secretary"], response="We wrote to families.", at=at)
    now = datetime.now(UTC)
    records = {
        "group": group.id, "meeting": meeting.id, "held_meeting": held_meeting.id, "item": item.id, "decision": decision.id,
        "owner": owner.id, "open_action": open_action.id, "closed_action": closed_action.id,
        "risky_action": risky_action.id, "new_input": raised[0].id, "routed_input": raised[1].id,
        "answered_input": raised[2].id,
        "action_link": "/act/" + action_link_url(open_action.id, owner.id).partition("/act/")[2],
        "invitation": _link_for(INVITATION, invited, now)[0],
        "reset": _link_for(PASSWORD_RESET, owner, now)[0],
    }
    db.session.commit()
    return people, records


def test_every_form_shows_its_errors_and_leads_to_the_field(
        app, open_browser, sign_in, make_person, make_group, make_meeting, make_action, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_FORM_MIN_SECONDS", 0)  # the public form's bot check
    people, records = world(make_person, make_group, make_meeting, make_action)
    visitors = {None: open_browser("signed-out")}
    unexpected = {}
    for form in FORMS:
        if form.who not in visitors:
            visitors[form.who] = sign_in(people[form.who])
        visitor = visitors[form.who]
        visitor.go(form.path.format(**records)).sees_title(form.title)
        for label in form.clear:
            visitor.fill(label, "")
        for label, text in form.typed.items():
            visitor.fill(label, text)
        visitor.press(form.button).sees_title(f"Error: {form.title}")
        listed = visitor.errors_listed()
        if listed != list(form.errors):
            unexpected[form.path] = listed  # (all of them at once, to be fixed together)
        visitor.follow_error(listed[0])
    assert unexpected == {}, "these forms listed other errors than expected"


# Pages that take a POST but have no error path to walk (see the docstring), by endpoint.
WITHOUT_AN_ERROR_PATH = {
    "meetings.minutes", "nudges.settings", "meetings.change_member", "meetings.circulate",
    "nudges.unsubscribe", "people.erase", "action_log.review", "decisions.edit",
    "people.two_step_code", "people.set_up_two_step",
}


def test_every_form_in_the_app_is_listed_or_explained(app):
    """A new page with a form needs a line in FORMS, or a reason in this file's docstring."""
    adapter = app.url_map.bind("localhost")
    listed = {adapter.match(form.path.format_map(_AnyId()), method="GET")[0] for form in FORMS}
    forms = {rule.endpoint for rule in app.url_map.iter_rules()
             if {"GET", "POST"} <= rule.methods and not rule.endpoint.startswith("api.")}
    assert forms - listed - WITHOUT_AN_ERROR_PATH == set()
    assert listed & WITHOUT_AN_ERROR_PATH == set()


class _AnyId(dict):
    def __missing__(self, key):
        return "/act/token" if key == "action_link" else "1"
