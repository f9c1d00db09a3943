"""Journey 4: a champion raises input, a lead routes it to an action, and the champion sees what
came of it. The lead then answers it, publishes the outcome for everyone (preview, then the
confirmation nothing identifies a family), and reads the figures for the Board."""
import re
from datetime import timedelta

from sqlalchemy import select

from tests.conftest import london_today
from tracker.actions.models import Action
from tracker.extensions import db
from tracker.inputs.models import Input

SITE = "SEND Partnership Tracker"
RAISED = "Families are not told who their key worker is until the first visit."
ANSWER = "We now write to every family with their key worker's name; thank you for raising it."
PUBLIC_SAID = "Families did not know who their key worker was until the first visit."
FOR_FAMILIES = "You will know who to call before anyone visits."
OUTCOME = "Every family now gets a letter naming their key worker within 5 working days of referral."


def test_champion_raises_input_a_lead_routes_it_to_an_action_and_the_champion_sees_the_outcome(
        sign_in, make_person, make_group):
    champion = make_person(role="champion", name="Aisha Khan")
    lead = make_person(role="lead", name="Morgan Ellis")
    make_group("Key Worker pilot", lead=lead)

    aisha = sign_in(champion)
    aisha.follow_in_menu("My input").sees_title(f"My input – Input – {SITE}").follow("Raise something")
    aisha.fill("What would you like to raise?", RAISED)
    aisha.fill("Why does it matter? (optional)", "Parents wait weeks not knowing who to call.")
    aisha.choose("Yes, you can contact me").press("Send").sees("Thank you. We have received what you raised")

    morgan = sign_in(lead)
    morgan.follow_in_menu("Input").sees_title(f"Input – Input – {SITE}").follow(RAISED, exact=False)
    morgan.follow("Pass it to a group").select("Which group should look at it?", "Key Worker pilot")
    morgan.press("Pass to the group").follow("Raise an action that answers it")
    morgan.fill("What needs to be done", "Write to each family naming their key worker")
    morgan.select("Who owns it", "Morgan Ellis").fill_date("Date it is due", london_today() + timedelta(days=21))
    morgan.press("Raise the action").sees("Write to each family naming their key worker")
    # (Chromium puts a space before the visually hidden part of the link text: "action : Write")
    morgan.follow(re.compile(r"^Open the action ?: Write to each family naming their key worker$"))
    morgan.follow("Mark as completed").fill("What was done?", OUTCOME).press("Mark as completed")
    morgan.sees("Completed")

    aisha.follow_in_menu("My input").follow(RAISED, exact=False).sees_title(f"What you raised – Input – {SITE}")
    aisha.sees("Key Worker pilot").sees("Write to each family naming their key worker").sees(OUTCOME)

    morgan.follow_in_menu("Input").follow(RAISED, exact=False).follow("Answer it")
    morgan.sees_title(f"Answer it – Input – {SITE}").fill("Your answer", ANSWER).press("Send the answer")
    morgan.sees(ANSWER).follow("Publish the outcome").sees_title(f"Publish the outcome – Input – {SITE}")
    morgan.fill("What was raised", PUBLIC_SAID).fill("What was done, or why not", OUTCOME)
    morgan.fill("What this means for families", FOR_FAMILIES)
    morgan.select("Strategic priority (optional)", "Co-production").press("Preview")
    morgan.sees_title(f"Check the public wording – Input – {SITE}").sees(FOR_FAMILIES)
    confirm = "I have checked that nothing in it could identify a child, a family or anyone who is not staff"
    morgan.press("Publish").sees_title(f"Error: Check the public wording – Input – {SITE}")
    assert morgan.errors_listed() == [
        "Confirm that nothing in it could identify a child, a family or anyone who is not staff"]
    assert db.session.scalars(select(Input)).one().published_at is None  # not without the box ticked
    morgan.tick(confirm).press("Publish").sees("Published on")
    morgan.follow_in_menu("Input").follow("Figures for the Board")
    morgan.sees_title(f"Input: figures for the Board – Input – {SITE}").sees("Key Worker pilot")

    aisha.follow_in_menu("My input").open_details("The whole trail").sees(ANSWER).sees(OUTCOME)

    raised = db.session.scalars(select(Input)).one()
    action = db.session.scalars(select(Action)).one()
    assert raised.group.name == "Key Worker pilot"
    assert action.status == "completed" and action in raised.actions
    assert raised.response == ANSWER and raised.public_said == PUBLIC_SAID and raised.published_at is not None
