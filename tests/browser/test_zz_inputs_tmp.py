"""TEMPORARY (not committed): drive the input pages through the checks."""
from datetime import date

from tests.conftest import london_moment
from tracker.extensions import db
from tracker.inputs import operations


def test_tmp_public_and_champion(app, open_browser, sign_in, make_person, make_group, way):
    app.config["PUBLIC_FORM_MIN_SECONDS"] = 0
    chair = make_person(role="chair", name="Cara Chair")
    champion = make_person(role="champion", name="Aisha Khan")
    board = make_group(name="SEND Board", chair=chair)
    visitor = open_browser("public")
    visitor.go("/have-your-say")
    visitor.press("Send")
    assert "Enter what you would like to tell us" in visitor.errors_listed()
    visitor.fill("What would you like to tell us?", "Clubs for disabled children")
    visitor.fill("Your email address", "parent@example.org")
    visitor.choose("Yes, you can contact me")
    visitor.press("Send")
    visitor.sees("We have received what you told us")
    visitor.go("/your-input").fill("Email address", "parent@example.org").press("Send me the links")
    champ = sign_in(champion)
    champ.go("/my-input").follow("Raise something")
    champ.fill("What would you like to raise?", "Masking at school").choose("No, just tell me what happens")
    champ.press("Send")
    champ.sees("What you raised")
    lead = sign_in(chair)
    lead.go("/inputs")
    lead.follow("Masking at school")
    lead.follow("Pass it to a group")
    lead.select("Which group should look at it?", "SEND Board").press("Pass to the group")
    lead.follow("Answer it")
    lead.fill("Your answer", "We will look at masking with the SENCo network.").press("Send the answer")
    lead.follow("Publish the outcome")
    lead.fill("What was raised", "Children mask their needs at school.")
    lead.fill("What was done, or why not", "We worked with the SENCo network.")
    lead.fill("What this means for families", "Schools will know more.")
    lead.select("Strategic priority (optional)", "Inclusion")
    lead.press("Preview")
    lead.press("Publish")
    assert "Confirm that nothing in it could identify a child, a family or anyone who is not staff" in lead.errors_listed()
    lead.tick("I have checked that nothing in it could identify a child, a family or anyone who is not staff")
    lead.press("Publish")
    lead.sees("Published on the")
    lead.go("/inputs/figures")
    visitor.go("/you-said-we-did").sees("Children mask their needs at school.")
    visitor.follow("SEND Board, " + date.today().strftime("%-d %B %Y"))
    champ.go("/my-input")
    champ.open_details("The whole trail")
