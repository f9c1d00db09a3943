"""Two people changing one agenda item or one decision on the meeting's pages at once (issue 16): the
second save, made from the version its page read, is refused as an edit conflict that keeps what they
typed and shows what the first person changed; saving again goes through."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from tests.conftest import VERSION, FormClient, browsers_of, opened
from tests.meetings.conftest import error_summary_links, page_text
from tracker.core.dates import local_today
from tracker.extensions import db
from tracker.meetings import operations
from tracker.meetings.models import AgendaItem, Decision


def two_people(app, board) -> tuple[FormClient, FormClient]:
    """Tom (the secretary) and Jordan (the chair), each signed in on their own browser."""
    return tuple(browsers_of(app, board.secretary, board.chair))


@pytest.fixture
def meeting_with_item(board, make_meeting):
    meeting = make_meeting(board, local_today() - timedelta(days=7))
    item = AgendaItem(meeting=meeting, title="Key worker pilot", notes="Ten workers signed up.", position=1)
    decision = Decision(meeting=meeting, agenda_item=item, text="The pilot runs until December.")
    db.session.add_all([item, decision])
    db.session.commit()
    return meeting, item, decision


def test_the_second_save_of_an_agenda_item_is_refused_showing_what_changed(app, board, meeting_with_item):
    meeting, item, _ = meeting_with_item
    tom, jordan = two_people(app, board)
    form = f"/meetings/{meeting.id}/agenda/{item.id}/edit"
    toms, jordans = opened(tom, form), opened(jordan, form)
    assert toms["version"] == jordans["version"] == "1"

    first = tom.post(form, data={**toms, "title": "Key worker pilot", "notes": "Twelve workers signed up."})
    assert first.status_code == 302
    second = jordan.post(form, data={**jordans, "title": "Key worker pilot", "notes": "Eleven workers signed up."})
    text = page_text(second)
    assert second.status_code == 200
    assert "Someone else saved this agenda item while you were editing it" in text
    assert error_summary_links(second) == [
        ("#notes", "Tom Fisher changed this to “Twelve workers signed up.” while you were editing. "
                   "Check it, then save again")]
    assert "What they changed" in text and "Notes: from Ten workers signed up. to Twelve workers signed up." in text
    assert "Eleven workers signed up." in text  # what Jordan typed stays
    assert VERSION.search(text).group(1) == "2"
    db.session.expire_all()
    assert db.session.get(AgendaItem, item.id).notes == "Twelve workers signed up."

    again = jordan.post(form, data={**jordans, "version": "2", "title": "Key worker pilot",
                                    "notes": "Eleven workers signed up."})
    assert again.status_code == 302
    db.session.expire_all()
    assert db.session.get(AgendaItem, item.id).notes == "Eleven workers signed up."


def test_moving_an_agenda_item_does_not_refuse_a_change_of_its_words(client, auth, board, meeting_with_item):
    """Reordering the agenda saves the item too (its place), but clashes with nobody's title or notes."""
    meeting, item, _ = meeting_with_item
    other = AgendaItem(meeting=meeting, title="Any other business", position=2)
    db.session.add(other)
    db.session.commit()
    auth.login(board.secretary)
    client.submit(f"/meetings/{meeting.id}/agenda/{other.id}/move", {"direction": "up"}, form_url=f"/meetings/{meeting.id}")
    db.session.expire_all()
    assert db.session.get(AgendaItem, item.id).version == 2
    saved = client.submit(f"/meetings/{meeting.id}/agenda/{item.id}/edit",
                          {"version": "1", "title": "Key worker pilot", "notes": "Read before the move."})
    assert saved.status_code == 302
    db.session.expire_all()
    assert db.session.get(AgendaItem, item.id).notes == "Read before the move."


def test_the_second_save_of_a_decision_is_refused_showing_what_changed(app, board, meeting_with_item):
    meeting, item, decision = meeting_with_item
    tom, jordan = two_people(app, board)
    form = f"/meetings/{meeting.id}/decisions/{decision.id}/edit"
    toms, jordans = opened(tom, form), opened(jordan, form)

    first = tom.post(form, data={**toms, "agenda_item": str(item.id), "text": "The pilot runs until March."})
    assert first.status_code == 302
    second = jordan.post(form, data={**jordans, "agenda_item": str(item.id), "text": "The pilot runs until June."})
    text = page_text(second)
    assert second.status_code == 200
    assert "Someone else saved this decision while you were editing it" in text
    assert error_summary_links(second) == [
        ("#text", "Tom Fisher changed this to “The pilot runs until March.” while you were editing. "
                  "Check it, then save again")]
    assert "Decision: from The pilot runs until December. to The pilot runs until March." in " ".join(text.split())
    assert "The pilot runs until June." in text  # what Jordan typed stays
    db.session.expire_all()
    assert db.session.get(Decision, decision.id).text == "The pilot runs until March."

    again = jordan.post(form, data={**jordans, "version": VERSION.search(text).group(1), "agenda_item": str(item.id),
                                    "text": "The pilot runs until June."})
    assert again.status_code == 302
    db.session.expire_all()
    assert db.session.get(Decision, decision.id).text == "The pilot runs until June."


def test_moving_a_decision_to_another_item_meanwhile_names_that_item(app, board, meeting_with_item):
    meeting, item, decision = meeting_with_item
    other = AgendaItem(meeting=meeting, title="Governance", position=2)
    db.session.add(other)
    db.session.commit()
    tom, jordan = two_people(app, board)
    form = f"/meetings/{meeting.id}/decisions/{decision.id}/edit"
    toms, jordans = opened(tom, form), opened(jordan, form)
    assert tom.post(form, data={**toms, "agenda_item": str(other.id), "text": decision.text}).status_code == 302
    second = jordan.post(form, data={**jordans, "agenda_item": str(item.id), "text": decision.text})
    assert error_summary_links(second) == [
        ("#agenda_item", "Tom Fisher changed this to Governance while you were editing. Check it, then save again")]


@pytest.mark.parametrize("version", ["", "two", "99"])
def test_a_garbled_or_unknown_version_is_refused_not_a_crash(client, auth, board, meeting_with_item, version):
    meeting, item, decision = meeting_with_item
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/decisions/{decision.id}/edit",
                             {"version": version, "agenda_item": str(item.id), "text": "Typed words stay."})
    assert response.status_code == 200
    assert error_summary_links(response) == [
        ("#text", "Someone else saved this decision while you were editing it. Check what changed, then save again")]
    assert "Typed words stay." in page_text(response)
    db.session.expire_all()
    assert db.session.get(Decision, decision.id).text == "The pilot runs until December."


def _saved_meanwhile(monkeypatch, module, name: str, model, record_id: int):
    """Another save of the record lands after the version was checked and before ours is written
    (the UPDATE matches no row: StaleDataError), as when two people press Save at the same moment."""
    real = getattr(module, name)

    def then_someone_saves(*args, **kwargs):
        db.session.execute(update(model).where(model.id == record_id).values(version=model.version + 1),
                           execution_options={"synchronize_session": False})
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, then_someone_saves)


@pytest.mark.parametrize("form", ["agenda item", "decision"])
def test_a_save_landing_at_the_same_moment_is_the_same_friendly_conflict(client, auth, board, meeting_with_item,
                                                                          monkeypatch, form):
    meeting, item, decision = meeting_with_item
    auth.login(board.secretary)
    if form == "decision":
        _saved_meanwhile(monkeypatch, operations, "_check_decision", Decision, decision.id)
        url, data = f"/meetings/{meeting.id}/decisions/{decision.id}/edit", {"agenda_item": str(item.id)}
        field, words = "text", "The pilot runs until June."
    else:
        _saved_meanwhile(monkeypatch, operations, "_check_agenda_text", AgendaItem, item.id)
        url, data = f"/meetings/{meeting.id}/agenda/{item.id}/edit", {"notes": "Eleven."}
        field, words = "title", "Key worker pilot, phase 2"
    response = client.submit(url, {**data, "version": "1", field: words})
    assert response.status_code == 200
    assert [message for _, message in error_summary_links(response)] == [
        f"Someone else saved this {form} while you were editing it. Check what changed, then save again"]
    assert words in page_text(response)
