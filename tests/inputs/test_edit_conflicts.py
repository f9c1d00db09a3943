"""Two people routing or answering one input at once (issue 16): the second save, made from the
version its page read, is refused as an edit conflict that keeps what they typed and shows who
changed what meanwhile; saving again goes through."""
from __future__ import annotations

import pytest
from sqlalchemy import update

from tests.conftest import VERSION, FormClient, browsers_of, opened
from tests.meetings.conftest import error_summary_links, page_text
from tracker.extensions import db
from tracker.inputs import operations
from tracker.inputs.models import Input, InputStatus

SEND = "special educational needs and disabilities (SEND)"  # how a page first writes "SEND"


def read(response) -> tuple[str, list[tuple[str, str]]]:
    """The page's text and its error summary, with "SEND" written short wherever it is."""
    return (page_text(response).replace(SEND, "SEND"),
            [(href, message.replace(SEND, "SEND")) for href, message in error_summary_links(response)])


@pytest.fixture
def two_people(app, partnership) -> tuple[FormClient, FormClient]:
    """Ada (an admin) and Cara (who chairs the Board), each signed in on their own browser."""
    return tuple(browsers_of(app, partnership.admin, partnership.chair))



def current(raised: Input) -> Input:
    db.session.expire_all()
    return db.session.get(Input, raised.id)


def test_the_second_route_is_refused_showing_who_passed_it_where(partnership, raised, two_people):
    ada, cara = two_people
    form = f"/inputs/{raised.id}/route"
    adas, caras = opened(ada, form), opened(cara, form)
    assert adas["version"] == caras["version"] == "1"

    assert ada.post(form, data={**adas, "group": str(partnership.board.id)}).status_code == 302
    second = cara.post(form, data={**caras, "group": str(partnership.workstream.id)})
    text, errors = read(second)
    assert second.status_code == 200
    assert "Someone else saved this input while you were editing it" in text
    assert errors == [
        ("#group", "Ada Admin changed this to SEND Board while you were editing. Check it, then save again")]
    assert "What they changed" in text and "Ada Admin passed the input to SEND Board" in text
    assert "Group: from (none) to SEND Board" in text and "Status: from Received to Being looked at" in text
    assert f'<option value="{partnership.workstream.id}" selected>Preparing for Adulthood</option>' in text  # Cara's choice
    assert VERSION.search(text).group(1) == "2"
    assert current(raised).group_id == partnership.board.id

    again = cara.post(form, data={**caras, "version": "2", "group": str(partnership.workstream.id)})
    assert again.status_code == 302
    assert current(raised).group_id == partnership.workstream.id


def test_an_answer_from_before_a_route_is_refused_keeping_the_words(partnership, raised, two_people):
    ada, cara = two_people
    route, answer = f"/inputs/{raised.id}/route", f"/inputs/{raised.id}/answer"
    caras = opened(cara, answer)
    assert ada.post(route, data={**opened(ada, route), "group": str(partnership.board.id)}).status_code == 302

    words = "The Local Offer page now lists clubs with trained staff."
    second = cara.post(answer, data={**caras, "response": words})
    text, errors = read(second)
    assert second.status_code == 200
    assert errors == [
        ("#response", "Ada Admin saved this input while you were editing it. Check what changed, then save again")]
    assert "Ada Admin passed the input to SEND Board" in text and "Group: from (none) to SEND Board" in text
    assert words in text  # what Cara typed stays
    assert current(raised).status == InputStatus.BEING_LOOKED_AT

    again = cara.post(answer, data={**caras, "version": VERSION.search(text).group(1), "response": words})
    assert again.status_code == 302
    assert (current(raised).status, current(raised).response) == (InputStatus.ANSWERED, words)


def test_a_second_answer_shows_the_first_and_is_not_given_twice(partnership, raised, two_people, outbox):
    ada, cara = two_people
    answer = f"/inputs/{raised.id}/answer"
    adas, caras = opened(ada, answer), opened(cara, answer)
    assert ada.post(answer, data={**adas, "response": "Clubs are listed now."}).status_code == 302

    second = cara.post(answer, data={**caras, "response": "We asked the clubs."})
    text, errors = read(second)
    assert errors == [
        ("#response", "Ada Admin changed this to “Clubs are listed now.” while you were editing. "
                      "Check it, then save again")]
    assert "Ada Admin answered the input" in text and "Answer: from (empty) to Clubs are listed now." in text
    assert "We asked the clubs." in text
    again = cara.post(answer, data={**caras, "version": VERSION.search(text).group(1),
                                     "response": "We asked the clubs."})
    assert "This input has already been answered" in page_text(again)
    assert current(raised).response == "Clubs are listed now." and len(outbox("input_answered")) == 1


def test_a_save_of_other_fields_does_not_refuse_a_route(partnership, raised, two_people):
    """Only a save of the fields routing writes clashes: one of the public wording does not."""
    ada, cara = two_people
    form = f"/inputs/{raised.id}/route"
    caras = opened(cara, form)
    fresh = current(raised)
    fresh.public_said = "Supply teachers asked for autism awareness."
    db.session.commit()
    assert current(raised).version == 2
    assert cara.post(form, data={**caras, "group": str(partnership.board.id)}).status_code == 302
    assert current(raised).group_id == partnership.board.id


def test_a_garbled_version_is_refused_without_an_error_page(partnership, raised, two_people):
    _, cara = two_people
    form = f"/inputs/{raised.id}/route"
    refused = cara.post(form, data={**opened(cara, form), "version": "x", "group": str(partnership.board.id)})
    assert refused.status_code == 200
    assert read(refused)[1] == [
        ("#group", "Someone else saved this input while you were editing it. Check what changed, then save again")]
    assert current(raised).group_id is None


def test_a_route_landing_at_the_same_moment_is_the_same_friendly_conflict(partnership, raised, two_people,
                                                                          monkeypatch):
    """Another save lands after the version was checked and before this one is written (the UPDATE
    matches no row: StaleDataError), as when two people press the button at the same moment."""
    _, cara = two_people
    form = f"/inputs/{raised.id}/route"
    caras = opened(cara, form)
    real, input_id = operations._require_not_answered, raised.id

    def then_someone_saves(*args, **kwargs):
        db.session.execute(update(Input).where(Input.id == input_id).values(version=Input.version + 1),
                           execution_options={"synchronize_session": False})
        return real(*args, **kwargs)

    monkeypatch.setattr(operations, "_require_not_answered", then_someone_saves)
    refused = cara.post(form, data={**caras, "group": str(partnership.board.id)})
    assert refused.status_code == 200
    assert read(refused)[1] == [
        ("#group", "Someone else saved this input while you were editing it. Check what changed, then save again")]
    assert current(raised).group_id is None
    monkeypatch.setattr(operations, "_require_not_answered", real)
    again = cara.post(form, data={**caras, "version": VERSION.search(page_text(refused)).group(1),
                                  "group": str(partnership.board.id)})
    assert again.status_code == 302 and current(raised).group_id == partnership.board.id


def test_an_answer_sent_twice_says_you_already_saved_it(partnership, raised, two_people):
    """Ada passes the input on, then answers it and presses "Save" twice: the second press is
    refused saying she saved it herself, not that someone else did."""
    ada, _ = two_people
    route, answer = f"/inputs/{raised.id}/route", f"/inputs/{raised.id}/answer"
    assert ada.post(route, data={**opened(ada, route), "group": str(partnership.board.id)}).status_code == 302
    sent = {**opened(ada, answer), "response": "Training is booked for every supply agency in March."}
    assert ada.post(answer, data=sent).status_code == 302
    text, errors = read(ada.post(answer, data=sent))
    assert "Someone else" not in text and "What you saved" in text
    assert errors == [("#response", "You already saved this input, from another page or by pressing the button "
                                    "twice. Check what you saved, then save again only if something is missing")]
