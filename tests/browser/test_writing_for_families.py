"""Journey: a lead writes what an outcome means for families. The reading meter shows the reading
ease as they type, and flags long sentences and short forms not spelled out; it scores exactly as
the server's rule (tracker/core/plain_english.py) does. Publishing something hard to read asks for
a second look and still lets them publish."""
from datetime import UTC, datetime

import pytest

from tracker.core.plain_english import long_sentences, reading_ease, unexplained_acronyms
from tracker.extensions import db
from tracker.inputs import operations
from tracker.inputs.models import Input

HARD = "Commissioning arrangements necessitate interdisciplinary collaboration regarding EHCP provision."
PLAIN = "You can ask the Hub for help with any worry. You do not need a letter from a doctor."
SAMPLES = [
    "", "The cat sat on the mat.", HARD, PLAIN, "Write to help@example.org or www.example.org/help today.",
    "An education, health and care plan (EHCP) is a plan. Then the EHCP.", "one " * 30 + "end. Two words.",
    "“Quoted.” Then (bracketed.) A line\nbreak, and 2026 figures: 15% of 1,200 children!", "Don't re-use it?",
]


@pytest.fixture
def answered(make_person, make_group):
    lead, champion = make_person(role="lead", name="Morgan Ellis"), make_person(role="champion")
    group = make_group("Local Offer", lead=lead)
    at = datetime(2026, 11, 12, 10, tzinfo=UTC)
    raised = operations.raise_input(by=champion, what="The Local Offer is hard to search on a phone.", at=at)
    operations.route_input(raised, group=group, by=lead, at=at)
    operations.answer_input(raised, by=lead, response="The search now works on phones.", at=at)
    db.session.commit()
    return lead, raised


def test_the_reading_meter_scores_as_the_server_does_and_a_hard_summary_gets_a_second_look(sign_in, answered):
    lead, raised = answered
    writer = sign_in(lead)
    writer.go(f"/inputs/{raised.id}/publish").sees("Publish the outcome")

    in_browser = writer.page.evaluate("""async (texts) => {
        const rule = await import('/static/build/reading-meter.js');
        const acronyms = JSON.parse(document.querySelector('[data-acronyms]').dataset.acronyms);
        return texts.map((text) => [rule.readingEase(text), rule.longSentences(text, 25),
                                    rule.unexplainedAcronyms(text, acronyms)]);
    }""", SAMPLES)
    on_server = [[reading_ease(text), long_sentences(text), unexplained_acronyms(text)] for text in SAMPLES]
    assert in_browser == on_server

    writer.fill("What this means for families", HARD)
    writer.sees("aim for 70 or more").sees("Write “education, health and care plan (EHCP)” the first time you use EHCP.")
    writer.fill("What this means for families", PLAIN)
    writer.sees(f"Reading ease {reading_ease(PLAIN)}: easy to read")

    writer.fill("What was raised", "Families told us the Local Offer is hard to search on a phone.")
    writer.fill("What this means for families", HARD)
    writer.press("Preview")
    writer.sees("The part for families may be hard to read. Have a second look before you publish.")
    writer.tick("I have checked that nothing in it could identify a child, a family or anyone who is not staff")
    writer.press("Publish")
    writer.sees("Published on the “You said, we did” page")
    assert db.session.get(Input, raised.id).public_for_families == HARD
