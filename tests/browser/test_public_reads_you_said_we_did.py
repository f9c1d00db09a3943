"""Journey 5: a member of the public, on a phone and without an account, reads "you said, we did",
tells the partnership something through the public form, and asks for fresh links to follow it."""
import re
from datetime import UTC, datetime

from sqlalchemy import select

from tests.browser.visitor import PHONE
from tracker.core.models import Tag
from tracker.extensions import db
from tracker.inputs import operations
from tracker.inputs.models import Input
from tracker.nudges.models import OutboxEmail

SITE = "SEND Partnership Tracker"


def publish(group, lead, champion, *, said, did, for_families, priority, day):
    at = datetime(2026, 11, day, 10, tzinfo=UTC)
    raised = operations.raise_input(by=champion, what=said, at=at)
    operations.route_input(raised, group=group, by=lead, at=at)
    operations.answer_input(raised, by=lead, response=did, at=at)
    tag = db.session.scalars(select(Tag).where(Tag.name == priority)).one()
    operations.publish_outcome(raised, by=lead, priority=tag, confirmed=True, at=at, texts={
        "public_said": said, "public_did": did, "public_for_families": for_families})
    db.session.commit()


def test_member_of_the_public_reads_you_said_we_did_on_a_phone(
        app, open_browser, make_person, make_group, monkeypatch):
    monkeypatch.setitem(app.config, "PUBLIC_FORM_MIN_SECONDS", 0)  # the form's bot check: people are slower
    lead, champion = make_person(role="lead", name="Morgan Ellis"), make_person(role="champion")
    key_workers = make_group("Key Worker pilot", lead=lead)
    local_offer = make_group("Local Offer", lead=lead)
    publish(key_workers, lead, champion, day=12, priority="Co-production",
            said="Families did not know who their key worker was until the first visit.",
            did="Every family now gets a letter naming their key worker within 5 working days.",
            for_families="You will know who to call before anyone visits.")
    publish(local_offer, lead, champion, day=19, priority="Inclusion",
            said="The Local Offer website is hard to search on a phone.",
            did="The search now works on phones and finds services by what they do.",
            for_families="You can find support by typing what you need, in your own words.")

    parent = open_browser("parent", viewport=PHONE)
    parent.go("/you-said-we-did").sees_title(f"You said, we did – {SITE}").sees("2 outcomes, latest first")
    parent.select("Group", "Key Worker pilot").press("Show outcomes").sees("1 outcome, latest first")
    parent.sees("Every family now gets a letter naming their key worker")
    parent.follow("Key Worker pilot, 12 November 2026")
    parent.sees_title(f"Key Worker pilot: you said, we did – You said, we did – {SITE}")
    parent.sees("You will know who to call before anyone visits.").sees("Co-production")
    parent.follow("See all outcomes").sees("2 outcomes, latest first")
    parent.select("Strategic priority", "Inclusion").press("Show outcomes").sees("The Local Offer website")

    told = "There are no holiday clubs for disabled children near us."
    parent.follow("Tell us what matters to you", exact=True)
    parent.sees_title(f"Tell us what matters to you – You said, we did – {SITE}").press("Send")
    assert parent.errors_listed() == [
        "Enter what you would like to tell us", "Enter your email address, so we can tell you what happens"]
    parent.follow_error("Enter what you would like to tell us")
    parent.fill("What would you like to tell us?", told).fill("Your email address", "parent@example.org")
    parent.choose("Yes, you can contact me").press("Send").sees("We have received what you told us")
    assert db.session.scalars(select(Input).where(Input.what == told)).one().contact_email == "parent@example.org"

    parent.go("/your-input").sees_title(f"Get a link to what you raised – Your input – {SITE}")
    parent.fill("Email address", "parent@example.org").press("Send me the links").sees("parent@example.org")
    links = db.session.scalars(select(OutboxEmail).where(
        OutboxEmail.recipient_email == "parent@example.org", OutboxEmail.kind == "input_links")).one()
    link = re.search(re.escape(parent.base_url) + r"/your-input/\S+", links.body_text).group(0)
    parent.open(link).sees_title(f"What you raised – Your input – {SITE}").sees(told)

    # Someone with an account finds the way in from any public page.
    parent.go("/you-said-we-did").follow("Sign in").sees_title(f"Sign in – {SITE}").is_at("/sign-in")
