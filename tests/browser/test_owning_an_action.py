"""Journey: an action owner, on a phone, works through what they owe; a chair reassigns one."""
from datetime import timedelta

from sqlalchemy import select

from tests.browser.visitor import NARROWEST
from tracker.actions.models import Action, ActionStatus
from tracker.actions.operations import create_action, move_due_date
from tracker.actions.schedule import working_days_late, working_days_text
from tracker.core.audit import set_actor
from tracker.core.dates import add_working_days, local_today, utcnow
from tracker.extensions import db

SITE = "SEND Partnership Tracker"


def _raise(title, owner, group, due, by):
    action = create_action(title=title, owner=owner, group=group, by=by, today=due - timedelta(days=60),
                           due_on=due)
    db.session.commit()
    return action


def test_owner_updates_moves_and_completes_their_actions_on_a_phone(sign_in, make_person, make_group):
    owner = make_person(name="Chris Nolan")
    chair = make_person(role="chair", name="Jordan Reid")
    group = make_group("Preparing for Adulthood", chair=chair, members=[owner])
    today = local_today()
    late = _raise("Circulate the baseline questionnaire", owner, group, add_working_days(today, -3), chair)
    _raise("Write the transition guide", owner, group, today + timedelta(days=40), chair)

    chris = sign_in(owner, viewport=NARROWEST)
    chris.follow_in_menu("My actions").sees_title(f"My actions – Actions – {SITE}")
    # Three working days back; on a weekend or bank holiday fewer of them have passed since.
    chris.sees("Overdue (1)").sees(f"Overdue by {working_days_text(working_days_late(late.due_on, today))}")
    chris.sees("Later (1)")

    chris.follow("Circulate the baseline questionnaire")
    chris.sees_title(f"Circulate the baseline questionnaire – Actions – {SITE}")
    chris.follow("Post an update").sees_title(f"Post an update – Actions – {SITE}")
    chris.fill("Your update", "Sent to 30 of the 40 families; the rest by Friday.").press("Post the update")
    chris.sees("Your update was posted.").sees("In progress")

    chris.follow("Move the due date")
    new_due = today + timedelta(days=10)
    chris.fill_date("New due date", new_due).press("Move the due date")
    chris.sees_title(f"Error: Move the due date – Actions – {SITE}")
    assert chris.errors_listed() == ["Explain why the due date is moving"]
    chris.follow_error("Explain why the due date is moving")
    chris.fill("Why is the date moving?", "Ten families asked for a paper copy.").press("Move the due date")
    chris.sees("The due date was moved.").sees("moved once")

    chris.follow("Mark as completed").press("Mark as completed")
    assert chris.errors_listed() == ["Enter the outcome: what was done"]
    chris.fill("What was done?", "All 40 families have the questionnaire; 32 replied.").press("Mark as completed")
    chris.sees("The action is marked as completed.").sees("Outcome: All 40 families have the questionnaire; 32 replied.")

    chris.follow("My actions").sees("Recently closed").sees("All 40 families have the questionnaire")
    db.session.expire_all()
    saved = db.session.get(Action, late.id)
    assert saved.status == ActionStatus.COMPLETED and saved.due_on == new_due and saved.due_date_moves == 1


def test_chair_reassigns_an_action_and_the_history_keeps_both_owners(sign_in, make_person, make_group):
    owner, deputy = make_person(name="Chris Nolan"), make_person(name="Dana Patel")
    chair = make_person(role="chair", name="Jordan Reid")
    group = make_group("Preparing for Adulthood", chair=chair, members=[owner, deputy])
    action = _raise("Write the transition guide", owner, group, local_today() + timedelta(days=40), chair)

    jordan = sign_in(chair)
    jordan.go(f"/actions/{action.id}").follow("Reassign this action")
    jordan.sees_title(f"Reassign the action – Actions – {SITE}")
    jordan.select("New owner", "Dana Patel").fill("Why is it being reassigned?", "Chris is on leave until March.")
    jordan.press("Reassign the action").sees("The action was reassigned.")
    jordan.sees("Owner changed from Chris Nolan to Dana Patel.").sees("Jordan Reid changed owner")
    assert db.session.scalars(select(Action.owner_id)).one() == deputy.id


def test_an_owner_whose_action_changed_meanwhile_sees_what_changed_and_saves_again(sign_in, make_person,
                                                                                    make_group):
    """Two people on one action: the chair moves the date while the owner writes an update on a phone.
    The owner's save is refused the way every form refuses one (templates/macros/conflict.html): the
    error summary leads to the notice of what changed, nothing typed is lost, and saving again works."""
    owner = make_person(name="Chris Nolan")
    chair = make_person(role="chair", name="Jordan Reid")
    group = make_group("Preparing for Adulthood", chair=chair, members=[owner])
    action = _raise("Write the transition guide", owner, group, local_today() + timedelta(days=40), chair)

    chris = sign_in(owner, viewport=NARROWEST)
    chris.go(f"/actions/{action.id}").follow("Post an update")
    chris.fill("Your update", "First draft shared with the forum.")
    set_actor(db.session, chair)  # the chair's save, on the chair's own page
    move_due_date(action, by=chair, new_due_on=local_today() + timedelta(days=60),
                  reason="The Board gave more time", at=utcnow())
    db.session.commit()
    set_actor(db.session, None)

    chris.press("Post the update").sees_title(f"Error: Post an update – Actions – {SITE}")
    message = "Someone else saved this action while you were editing it. Check what changed, then save again"
    assert chris.errors_listed() == [message]
    chris.follow_error(message)
    chris.sees("What they changed").sees("Jordan Reid changed due date").sees("The Board gave more time")
    assert chris.page.get_by_label("Your update").input_value() == "First draft shared with the forum."
    chris.press("Post the update").sees("Your update was posted.")
