"""Recording a meeting: attendance, the agenda, decisions, the summary and minutes, and its history."""
from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from tests.conftest import london_today
from tests.meetings.conftest import error_summary_links, page_text, version_of
from tracker.extensions import db
from tracker.meetings.models import AgendaItem, Attendance, Decision, Meeting

LAST_MONTH = london_today() - timedelta(days=28)


def test_secretary_records_who_attended_and_who_sent_apologies(client, auth, board, make_meeting):
    meeting = make_meeting(board, LAST_MONTH)
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/attendance", {
        f"person-{board.chair.id}": "attended", f"person-{board.secretary.id}": "attended",
        f"person-{board.member.id}": "apologies", f"person-{board.lead.id}": ""})
    assert response.status_code == 302
    response = client.submit(f"/meetings/{meeting.id}/attendance/add", {
        "person": "", "name": "Stephen Pearson", "status": "attended"}, form_url=f"/meetings/{meeting.id}/attendance")
    assert response.status_code == 302
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    assert "Attended (3)" in page and "Jordan Reid, Tom Fisher, Stephen Pearson" in page
    assert "Apologies (1)" in page and "Chris Nolan" in page
    assert db.session.get(Meeting, meeting.id).status == "held"

    # Changing one's mind: Chris attended after all; Stephen is taken off.
    guest = db.session.scalar(select(Attendance).where(Attendance.name == "Stephen Pearson"))
    client.submit(f"/meetings/{meeting.id}/attendance", {
        f"person-{board.chair.id}": "attended", f"person-{board.secretary.id}": "attended",
        f"person-{board.member.id}": "attended", f"attendance-{guest.id}": ""})
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    assert "Attended (3)" in page and "Stephen Pearson" in page  # still named in the history of changes
    assert "Apologies (0)" in page
    assert "removed attendance" in page


def test_adding_an_attendee_needs_a_person_or_a_name(client, auth, board, make_meeting):
    meeting = make_meeting(board, LAST_MONTH)
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/attendance/add", {"person": "", "name": "", "status": "attended"},
                             form_url=f"/meetings/{meeting.id}/attendance")
    assert error_summary_links(response) == [
        ("#name", "Choose a person or enter the name of someone without an account")]
    client.submit(f"/meetings/{meeting.id}/attendance/add", {"person": "", "name": "Guest", "status": "attended"},
                  form_url=f"/meetings/{meeting.id}/attendance")
    response = client.submit(f"/meetings/{meeting.id}/attendance/add", {"person": "", "name": "guest", "status": "apologies"},
                             form_url=f"/meetings/{meeting.id}/attendance")
    assert "guest is already on the attendance record" in page_text(response)


def test_agenda_items_with_notes_are_added_changed_and_reordered(client, auth, board, make_meeting):
    meeting = make_meeting(board, LAST_MONTH)
    auth.login(board.secretary)
    for title, notes in [("Governance", "The minutes from the May meeting were approved."),
                         ("Keyworker update", "10 workers had committed to take part in the pilot."),
                         ("Any other business", "")]:
        response = client.submit(f"/meetings/{meeting.id}/agenda/new", {"title": title, "notes": notes})
        assert response.status_code == 302
    items = db.session.scalars(select(AgendaItem).order_by(AgendaItem.position)).all()
    assert [item.title for item in items] == ["Governance", "Keyworker update", "Any other business"]

    keyworker = items[1]
    client.submit(f"/meetings/{meeting.id}/agenda/{keyworker.id}/move", {"direction": "up"},
                  form_url=f"/meetings/{meeting.id}")
    client.submit(f"/meetings/{meeting.id}/agenda/{keyworker.id}/edit", {
        "version": version_of(keyworker), "title": "Keyworker pilot", "notes": "Contact with families starts within two weeks.\nA baseline questionnaire."})
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    assert page.index("1. Keyworker pilot") < page.index("2. Governance") < page.index("3. Any other business")
    assert "Contact with families starts within two weeks.\nA baseline questionnaire." in page
    assert "Move up" in page and "Move down" in page


def test_an_agenda_item_needs_a_title(client, auth, board, make_meeting):
    meeting = make_meeting(board, LAST_MONTH)
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/agenda/new", {"title": "", "notes": "Typed notes stay"})
    assert error_summary_links(response) == [("#title", "Enter the agenda item's title")]
    assert "Typed notes stay" in page_text(response)


def test_decisions_are_recorded_under_agenda_items_and_changed(client, auth, board, make_meeting):
    meeting = make_meeting(board, LAST_MONTH)
    item = AgendaItem(meeting=meeting, title="Terms of Reference", position=1)
    db.session.add(item)
    db.session.commit()
    auth.login(board.chair)
    page = page_text(client.get(f"/meetings/{meeting.id}/decisions/new?agenda_item_id={item.id}"))
    assert f'<option value="{item.id}" selected>Terms of Reference</option>' in page
    response = client.submit(f"/meetings/{meeting.id}/decisions/new", {
        "agenda_item": str(item.id), "text": "The revised Terms of Reference were approved."})
    decision = db.session.scalar(select(Decision))
    assert response.location.endswith(f"#decision-{decision.id}")
    client.submit(f"/meetings/{meeting.id}/decisions/{decision.id}/edit", {
        "version": version_of(decision), "agenda_item": str(item.id), "text": "The revised Terms of Reference were approved; a copy goes on the Local Offer."})
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    section = page.split("Terms of Reference</h3>", 1)[1].split("</section>", 1)[0]
    assert "a copy goes on the Local Offer" in section
    assert "from The revised Terms of Reference were approved. to" in " ".join(page.split())  # in the history

    response = client.submit(f"/meetings/{meeting.id}/decisions/new", {"agenda_item": "", "text": ""})
    assert error_summary_links(response) == [("#text", "Enter what the group decided")]


def test_a_decision_cannot_be_filed_under_another_meetings_agenda_item(client, auth, board, make_meeting):
    meeting, other = make_meeting(board, LAST_MONTH), make_meeting(board, LAST_MONTH - timedelta(days=28))
    foreign = AgendaItem(meeting=other, title="Elsewhere", position=1)
    db.session.add(foreign)
    db.session.commit()
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/decisions/new", {"agenda_item": str(foreign.id), "text": "X"})
    assert response.status_code == 404
    assert db.session.scalars(select(Decision)).all() == []


def test_minutes_stay_draft_until_approved_at_a_later_meeting(client, auth, board, make_meeting):
    may, june = make_meeting(board, LAST_MONTH - timedelta(days=28)), make_meeting(board, LAST_MONTH)
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{may.id}/minutes", {
        "summary": "The Board was briefed on Active Communities.", "minutes": "Present: ...\n1. Governance", "version": "1"})
    assert response.status_code == 302
    may_page = page_text(client.get(f"/meetings/{may.id}"))
    assert "Draft minutes" in may_page and "Draft until approved at a later meeting of SEND Board" in may_page

    june_page = page_text(client.get(f"/meetings/{june.id}"))
    assert f"Approve the minutes of {may.starts_on.day} {may.starts_on:%B %Y}" in june_page
    response = client.submit(f"/meetings/{june.id}/approve-minutes/{may.id}", {}, form_url=f"/meetings/{june.id}")
    assert response.status_code == 302
    db.session.expire_all()
    approved = db.session.get(Meeting, may.id)
    assert (approved.minutes_status, approved.minutes_approved_at_id) == ("approved", june.id)
    decision = db.session.scalar(select(Decision).where(Decision.meeting_id == june.id))
    assert decision.text == f"The minutes of the meeting on {may.starts_on.day} {may.starts_on:%B %Y} were approved."
    assert "Minutes approved" in page_text(client.get(f"/meetings/{may.id}"))
    history = " ".join(re.sub(r"<[^>]+>", " ", page_text(client.get(f"/meetings/{may.id}/history"))).split())
    june_words = f"the SEND Board meeting on {june.starts_on.day} {june.starts_on:%B %Y}"
    assert f"Minutes approved at: from (empty) to {june_words}" in history.replace(" :", ":")

    response = client.submit(f"/meetings/{may.id}/minutes", {
        "summary": "A better summary.", "minutes": "Rewritten", "version": str(approved.version)})
    assert error_summary_links(response) == [
        ("#minutes", f"These minutes were approved at the meeting on {june.starts_on.day} {june.starts_on:%B %Y}, "
                     "so they can no longer be changed")]


def test_minutes_cannot_be_approved_at_an_earlier_meeting_or_twice(client, auth, board, make_meeting):
    may, june = make_meeting(board, LAST_MONTH - timedelta(days=28)), make_meeting(board, LAST_MONTH)
    june.minutes = "Minutes of June"
    db.session.commit()
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{may.id}/approve-minutes/{june.id}", {}, form_url=f"/meetings/{may.id}")
    assert response.status_code == 200
    assert error_summary_links(response) == [("#approve-minutes", "Minutes are approved at a later meeting of the group")]
    assert ('<p class="govuk-error-message" id="approve-minutes"><span class="govuk-visually-hidden">Error:</span> '
            "Minutes are approved at a later meeting of the group") in page_text(response)
    db.session.expire_all()
    assert db.session.get(Meeting, june.id).minutes_status == "draft"


def test_minutes_cannot_be_approved_before_the_meeting_and_the_message_is_at_its_button(
        client, auth, board, make_meeting):
    may = make_meeting(board, LAST_MONTH, minutes="Minutes of May")
    upcoming = make_meeting(board, london_today() + timedelta(days=7))
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{upcoming.id}/approve-minutes/{may.id}", {},
                             form_url=f"/meetings/{upcoming.id}")
    assert response.status_code == 200
    message = "Minutes can be approved on the day of the meeting, not before"
    assert error_summary_links(response) == [(f"#approve-{may.id}", message)]
    page = page_text(response)
    assert "<title>Error: SEND Board meeting" in page
    button = page.split(f'id="approve-{may.id}-error"', 1)[1].split("</button>", 1)[0]
    assert message in button and f'id="approve-{may.id}"' in button
    db.session.expire_all()
    assert db.session.get(Meeting, may.id).minutes_status == "draft"


def test_a_row_of_the_attendance_form_that_is_not_a_choice_is_shown_at_that_row(client, auth, board, make_meeting):
    meeting = make_meeting(board, LAST_MONTH)
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/attendance", {
        f"person-{board.chair.id}": "attended", f"person-{board.member.id}": "maybe"})
    assert response.status_code == 200
    assert error_summary_links(response) == [
        (f"#person-{board.member.id}-attended", "Choose whether they attended or sent apologies")]
    page = page_text(response)
    row = page.split(f'id="person-{board.member.id}-error"', 1)[1].split("</fieldset>", 1)[0]
    assert "Choose whether they attended or sent apologies" in row
    chair_row = page.split(f'name="person-{board.chair.id}"', 1)[1].split(">", 1)[0]
    assert 'value="attended" checked' in chair_row  # what was chosen stays
    assert db.session.scalars(select(Attendance)).all() == []  # nothing saved until every row is fine


def test_attendance_at_a_cancelled_meeting_is_refused_once_in_the_summary(client, auth, board, make_meeting):
    meeting = make_meeting(board, LAST_MONTH, status="cancelled", cancelled_reason="Snow")
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/attendance", {
        f"person-{board.chair.id}": "attended", f"person-{board.member.id}": "apologies"})
    assert response.status_code == 200
    first = sorted([board.chair, board.lead, board.member, board.secretary], key=lambda person: person.name)[0]
    assert error_summary_links(response) == [
        (f"#person-{first.id}-attended", "This meeting was cancelled, so nothing more can be recorded for it")]
    assert db.session.scalars(select(Attendance)).all() == []


def test_attendance_is_neither_offered_nor_recorded_before_the_meeting(client, auth, board, make_meeting):
    meeting = make_meeting(board, london_today() + timedelta(days=7))
    auth.login(board.secretary)
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    day = f"{meeting.starts_on.day} {meeting.starts_on:%B %Y}"
    assert "Record attendance" not in page
    assert f"You can record attendance from the day of the meeting, {day}." in page
    form = page_text(client.get(f"/meetings/{meeting.id}/attendance"))
    assert "This meeting has not happened yet" in form and "Save attendance" not in form
    assert "Add to attendance" not in form
    message = f"This meeting has not happened yet. You can record attendance from the day of the meeting, {day}"
    first = sorted([board.chair, board.lead, board.member, board.secretary], key=lambda person: person.name)[0]
    response = client.submit(f"/meetings/{meeting.id}/attendance", {f"person-{board.chair.id}": "attended"},
                             form_url=f"/meetings/{meeting.id}")
    assert error_summary_links(response) == [(f"#person-{first.id}-attended", message)]
    assert f'id="person-{first.id}-attended"' in page_text(response)  # the summary's link leads somewhere
    response = client.submit(f"/meetings/{meeting.id}/attendance/add", {"person": "", "name": "Guest",
                                                                         "status": "attended"},
                             form_url=f"/meetings/{meeting.id}")
    assert error_summary_links(response) == [("#name", message)]
    assert 'id="name"' in page_text(response)
    assert db.session.scalars(select(Attendance)).all() == []
    assert db.session.get(Meeting, meeting.id).status == "scheduled"


def test_a_meeting_marked_approved_without_minutes_says_only_that_there_are_none(client, auth, board, make_meeting):
    meeting = make_meeting(board, LAST_MONTH, minutes="", minutes_status="approved")
    auth.login(board.secretary)
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    assert "No minutes yet" in page and "Minutes approved" not in page


def test_minutes_of_another_groups_meeting_cannot_be_approved(client, auth, board, make_group, make_meeting):
    other = make_meeting(make_group(), LAST_MONTH - timedelta(days=7), minutes="Theirs")
    june = make_meeting(board, LAST_MONTH)
    auth.login(board.secretary)
    assert client.submit(f"/meetings/{june.id}/approve-minutes/{other.id}", {},
                         form_url=f"/meetings/{june.id}").status_code == 404


def test_history_shows_who_changed_what(client, auth, board, make_meeting):
    meeting = make_meeting(board, LAST_MONTH, location="Online", is_online=True)
    auth.login(board.secretary)
    client.submit(f"/meetings/{meeting.id}/edit", {
        "starts_on": [str(LAST_MONTH.day), str(LAST_MONTH.month), str(LAST_MONTH.year)], "start_time": "2pm",
        "attendance_mode": "in_person", "location": "Town Hall", "version": "1"})
    client.submit(f"/meetings/{meeting.id}/agenda/new", {"title": "Risk Register", "notes": ""})
    page = " ".join(page_text(client.get(f"/meetings/{meeting.id}")).split())
    assert "Tom Fisher changed the meeting" in page and "Place: from Online to Town Hall" in page
    assert "Tom Fisher added an agenda item" in page and "Title: Risk Register" in page
    full = " ".join(page_text(client.get(f"/meetings/{meeting.id}/history")).split())
    assert "Place: from Online to Town Hall" in full


def test_a_cancelled_meeting_takes_no_more_records(client, auth, board, make_meeting):
    meeting = make_meeting(board, LAST_MONTH, status="cancelled", cancelled_reason="Snow")
    auth.login(board.secretary)
    response = client.submit(f"/meetings/{meeting.id}/agenda/new", {"title": "Late item"})
    assert "This meeting was cancelled, so nothing more can be recorded for it" in page_text(response)
    page = page_text(client.get(f"/meetings/{meeting.id}"))
    assert "Add an agenda item" not in page and "Cancel this meeting" not in page


def test_text_people_type_is_shown_as_text(client, auth, board, make_meeting):
    meeting = make_meeting(board, LAST_MONTH)
    auth.login(board.secretary)
    client.submit(f"/meetings/{meeting.id}/agenda/new", {"title": "<script>alert(1)</script>", "notes": "<b>bold</b>"})
    page = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>bold</b>" not in page


def test_an_online_meeting_whose_place_says_online_reads_online_once(client, auth, board, make_meeting):
    online = make_meeting(board, LAST_MONTH, location="Online", is_online=True)
    with_link = make_meeting(board, LAST_MONTH - timedelta(days=7), location="Teams link in the invite",
                             is_online=True)
    auth.login(board.secretary)
    for path in (f"/meetings/{online.id}", f"/groups/{board.id}", f"/meetings?group={board.id}&when=past"):
        page = page_text(client.get(path))
        assert "Online (Online)" not in page and "Online" in page, path
    assert "Online (Teams link in the invite)" in page_text(client.get(f"/meetings/{with_link.id}"))
