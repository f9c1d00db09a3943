"""Partnership minutes whose sentences look like work handed out but are not new work for a named
owner: an offer put off or declined in its own words, another body's plans, a topic kept for a later
agenda, a reminder of the diary, a plea to a whole body, a question answered from the floor, a list of
priorities, a decision on a contract and a change to the log. The kinds met in the wL batch of
held-out minutes; written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

import pytest

from tests.importer.reading import ticked_in

HELD = date(2027, 4, 14)  # a Wednesday
NAMES = frozenset({"anne", "price", "mary", "walker", "tom", "evans", "helen", "brooks", "owen", "reid",
                   "kerry", "lang", "nadia", "khan", "liam", "porter", "grace", "adeyemi", "mark", "walsh"})


def ticked(text: str) -> dict[str, tuple[str, date | None]]:
    return ticked_in(text, HELD, NAMES)


def minutes(paragraph: str) -> str:
    """One paragraph of a partnership's minutes, with a real action after it to show the item is read."""
    return ("Short Breaks Partnership Group\nMinutes of the meeting held on Wednesday 14 April 2027\n\n"
            "Present: Anne Price (AP), Mary Walker (MW), Owen Reid (OR), Kerry Lang (KL)\n\n"
            "3. Updates from partners\n\n"
            f"{paragraph}\n\n"
            "Owen Reid will send the revised leaflet to all schools by 30 April 2027.\n")


NOT_NEW_WORK = [
    # the line says itself it is no action, or not the group's
    "Helen asked for holiday clubs to be on the next agenda – Kerry to add it (Helen will raise it with "
    "Kerry herself, so not an action for the minutes).",
    "The health visiting team to update the care plans - that is theirs, not the group's.",
    "Mary said the team will rework the funding form in next year's review of the scheme, so not for now.",
    "Grace will ask the physiotherapy lead but could not promise anyone would attend.",
    "Kerry will draw up the rota for the stall (agreed as part of the same piece of work).",
    # another body's plans, told to the meeting
    "Liam said that the appeal process was in the draft and that Cabinet would take the final decision in March 2028.",
    "The council will be surveying families about bus passes over the summer.",
    "Mark Walsh has confirmed the council will review the Saturday bus routes in the spring as part of its annual review.",
    "Her successor at the college will be confirmed by the trust. The group thanked her for her work.",
    "Kerry explained that the wheelchair service has agreed to run monthly clinics at the hub from June.",
    "Oakfield's have agreed to offer her a place from Monday on a reduced timetable.",
    # the writer says it is no action, in the next sentence
    "Tom said he'd ask the clinic about it. I haven't counted that as an action because it is really a "
    "question, and he will bring it back in May anyway.",
    # a promise that points to the item where it is recorded
    "This is a question for the ICB and the council together. Mary said she would raise it - see item 7.",
    # a topic for a later agenda, a reminder, a plea to all
    "Owen will stand down at the AGM; election of a new Secretary will be discussed at the June meeting.",
    "AP reminded members that the summer conference for families would take place on 3 July 2027 at the Hub.",
    "Governors were encouraged to complete the online module before the summer meeting.",
    "Mary said the census figures are published in July, so we'll review them then.",
    # an offer made before the meeting, retold
    "Nadia said that Helen Brooks (SENCo, Oak Primary) had offered to hold a joint coffee morning with the Forum.",
    # a decision on a contract, and the log kept
    "The group agreed to extend the respite contract with Sunrise Care for three months while the tender runs.",
]


@pytest.mark.parametrize("paragraph", NOT_NEW_WORK)
def test_a_sentence_that_is_not_new_work_is_not_ticked(paragraph):
    found = ticked(minutes(paragraph))
    assert list(found) == ["Send the revised leaflet to all schools by 30 April 2027"], found
    assert found["Send the revised leaflet to all schools by 30 April 2027"] == ("Owen Reid", date(2027, 4, 30))


def test_a_question_answered_from_the_floor_is_not_an_action():
    found = ticked(minutes("Tom asked whether families still need to book the drop-in. Kerry: yes, families must be "
                           "told at the first home visit – the letter already says so."))
    assert list(found) == ["Send the revised leaflet to all schools by 30 April 2027"], found


def test_a_list_of_the_partnerships_priorities_is_not_a_list_of_actions():
    found = ticked(minutes("Anne set out the partnership's priorities for 2027/28, which the Board agreed in March:\n\n"
                           "- reducing the backlog of annual reviews\n- widening access to short breaks for older children"))
    assert list(found) == ["Send the revised leaflet to all schools by 30 April 2027"], found


def test_carrying_an_action_forward_keeps_the_work_it_goes_on_to_give():
    found = ticked(minutes("On action 02/27-04, OR said the provider had not replied. It was agreed to carry it forward "
                           "rather than close it, and OR will ring the provider by 30 April 2027."))
    assert not any("carry" in title.casefold() for title in found), found
    assert any(title.startswith("Ring the provider") for title in found), found


def test_a_resolution_to_update_the_log_is_not_an_action():
    found = ticked(minutes("RESOLVED:\n(a) that the report be noted; and\n(b) that the action log be updated accordingly."))
    assert list(found) == ["Send the revised leaflet to all schools by 30 April 2027"], found
