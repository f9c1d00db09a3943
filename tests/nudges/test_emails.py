"""What a nudge email says: one email with every section, delivered over SMTP and read as plain
text and as HTML. Monday 23 November 2026 is a digest day."""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

import pytest

from tracker.extensions import db
from tracker.nudges.jobs import run_daily_nudges, run_sender
from tracker.nudges.links import action_link_days

MON_23_NOV = date(2026, 11, 23)


@pytest.fixture
def everything_at_once(make_person, make_group, make_action, make_meeting):
    """Pat chairs the SEND Board (meeting in five working days, one action stuck 11 working days)
    and owns actions in a workstream: one overdue, one due soon, one for the weekly digest."""
    pat = make_person(name="Pat Chair", email="pat@example.org", password=None)
    olu = make_person(name="Olu Owner", email="olu@example.org", password=None)
    olu.digest_enabled = False
    board = make_group(name="SEND Board", chair=pat, members=[olu])
    workstream = make_group(name="Preparing for Adulthood")
    meeting = make_meeting(board, date(2026, 11, 30))
    actions = {
        "overdue": make_action(owner=pat, group=workstream, due=date(2026, 11, 20), title="Send the survey"),
        "due_soon": make_action(owner=pat, group=workstream, due=date(2026, 11, 26), title="Book the venue"),
        "digest": make_action(owner=pat, group=workstream, due=date(2027, 1, 29), title="Draft the strategy"),
        "stuck": make_action(owner=olu, group=board, due=date(2026, 11, 6), title="Review transport"),
    }
    db.session.commit()
    return {"meeting": meeting, "actions": actions}


@pytest.fixture
def pats_email(mailbox, everything_at_once):
    run_daily_nudges(MON_23_NOV)
    run_sender()
    [message] = mailbox.to("pat@example.org")
    return message


def test_the_subject_names_every_part(pats_email):
    assert pats_email["Subject"] == ("1 action overdue, 1 due soon, 1 overdue in a group you chair and "
                                     "matters arising for SEND Board on 30 November")


def test_the_text_email_has_every_section_with_titles_dates_lateness_and_links(mailbox, pats_email,
                                                                              everything_at_once):
    text = mailbox.text_of(pats_email)
    board = "SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND) BOARD"  # spelled out where first used, in capitals
    sections = ["Hello Pat Chair,", "OVERDUE: PLEASE UPDATE", "DUE SOON", f"OVERDUE IN {board}, WHICH YOU CHAIR",
                "MATTERS ARISING FOR SEND BOARD, ", "YOUR OTHER OPEN ACTIONS"]
    assert [text.index(heading) for heading in sections] == sorted(text.index(heading) for heading in sections)
    overdue, due_soon, escalation, pack, digest = re.split(
        rf"\nDUE SOON\n|\nOVERDUE IN {re.escape(board)}, WHICH YOU CHAIR\n|\nMATTERS ARISING FOR |\nYOUR OTHER OPEN ACTIONS\n",
        text)
    assert "- Send the survey (Preparing for Adulthood)\n  Due 20 November 2026: 1 working day overdue\n" \
           "  Update it: http://localhost/act/" in overdue
    assert "- Book the venue (Preparing for Adulthood)\n  Due 26 November 2026: in 3 working days\n" \
           "  Update it: http://localhost/act/" in due_soon
    stuck = everything_at_once["actions"]["stuck"]
    assert "- Review transport\n  Owner: Olu Owner. Due 6 November 2026: 11 working days overdue\n" \
           "  Update it: http://localhost/act/" in escalation
    assert f"  See it in the tracker: http://localhost/actions/{stuck.id}\n" in escalation
    board_id = stuck.group_id
    assert ("See these overdue actions in the outstanding list: http://localhost/reports/outstanding?"
            f"group={board_id}&overdue=y&due_to=2026-11-06&sort=overdue") in escalation
    meeting_id = everything_at_once["meeting"].id
    assert pack.startswith("SEND BOARD, ") and "30 NOVEMBER 2026" in pack.splitlines()[0]
    assert "- Review transport\n  Owner: Olu Owner. Due 6 November 2026: 11 working days overdue\n" in pack
    assert f"Meeting: http://localhost/meetings/{meeting_id}\n" in pack
    assert "- Draft the strategy (Preparing for Adulthood)\n  Due 29 January 2027: in " in digest
    assert "Update it: http://localhost/act/" in digest
    assert "You can turn it off: http://localhost/account/email-settings" in digest
    assert "Send the survey" not in digest and "Book the venue" not in digest  # listed once only
    assert text.count("http://localhost/act/") == 4  # one per action Pat owns, and the one escalated
    assert f"The links to update an action work for {action_link_days()} days" in text


def test_the_html_email_has_the_same_sections_titles_dates_lateness_and_links(mailbox, pats_email,
                                                                              everything_at_once):
    html = mailbox.html_of(pats_email)
    for heading in ("Overdue: please update", "Due soon", "Overdue in SEND Board, which you chair",
                    "Matters arising for SEND Board, ", "Your other open actions"):
        assert f'<h2 style="font-size:24px; margin:32px 0 8px;">{heading}' in html
    for title, when in [("Send the survey", "Due 20 November 2026: 1 working day overdue"),
                        ("Book the venue", "Due 26 November 2026: in 3 working days"),
                        ("Draft the strategy", "Due 29 January 2027: in ")]:
        assert re.search(rf"<strong>{title}</strong> \(Preparing for Adulthood\)<br>\s*{when}", html), title
    assert html.count("<strong>Review transport</strong><br>\n    Owner: Olu Owner. Due 6 November 2026: "
                      "11 working days overdue") == 2  # the escalation and the matters arising
    assert len(re.findall(r'<a href="http://localhost/act/[^"]+"[^>]*>Update this action</a>', html)) == 4
    assert f'href="http://localhost/meetings/{everything_at_once["meeting"].id}"' in html
    stuck = everything_at_once["actions"]["stuck"]
    assert f'href="http://localhost/actions/{stuck.id}"' in html
    assert (f'href="http://localhost/reports/outstanding?group={stuck.group_id}&amp;overdue=y&amp;'
            'due_to=2026-11-06&amp;sort=overdue"') in html
    assert 'href="http://localhost/account/email-settings"' in html


def test_the_one_click_links_in_the_email_open_each_action(client, mailbox, pats_email, everything_at_once):
    links = re.findall(r"http://localhost(/act/[^\s]+)", mailbox.text_of(pats_email))
    pages = [client.get(link).get_data(as_text=True) for link in links]
    titles = ["Send the survey", "Book the venue", "Review transport", "Draft the strategy"]
    for title, page in zip(titles, pages, strict=True):
        assert title in page


def test_the_chair_updates_an_escalated_action_from_the_email_as_themselves(client, mailbox, pats_email,
                                                                         everything_at_once):
    escalation = mailbox.text_of(pats_email).split("WHICH YOU CHAIR\n")[1]
    link = re.search(r"Update it: http://localhost(/act/\S+)", escalation).group(1)
    client.submit(f"{link}/update", {"note": "Asked Olu for a date at the Board"})
    db.session.expire_all()
    [update] = everything_at_once["actions"]["stuck"].updates
    assert update.author.name == "Pat Chair"


def test_the_chairs_filtered_list_shows_what_escalated_and_not_the_rest(client, auth, make_person, mailbox,
                                                                       pats_email):
    link = re.search(r"outstanding list: http://localhost(\S+)", mailbox.text_of(pats_email)).group(1)
    auth.login(make_person(name="Board Secretary"))
    page = client.get(link).get_data(as_text=True)
    assert "Review transport" in page
    for elsewhere in ("Send the survey", "Book the venue", "Draft the strategy"):
        assert elsewhere not in page  # another group's, or not overdue


def test_a_monday_email_of_nothing_but_the_weekly_list_offers_one_click_unsubscribe(client, make_person,
                                                                                   make_action, mailbox):
    """The weekly list is optional, so a mail program can offer to stop it (RFC 8058); reminders cannot
    be stopped, so an email that carries one offers nothing (see test_the_subject_names_every_part)."""
    ruth = make_person(name="Ruth Adeyemi", email="ruth@example.org")
    make_action(owner=ruth, due=date(2027, 1, 29), title="Draft the strategy")
    run_daily_nudges(MON_23_NOV)
    run_sender()
    [message] = mailbox.to("ruth@example.org")
    assert message["Subject"] == "Your open actions this week"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    path = urlsplit(message["List-Unsubscribe"].strip("<>")).path
    assert client.get(path).status_code == 200 and "weekly list of your open actions" in client.get(path).get_data(
        as_text=True)
    assert client.post(path, data={"List-Unsubscribe": "One-Click"}).status_code == 200
    db.session.expire_all()
    assert db.session.get(type(ruth), ruth.id).digest_enabled is False


def test_an_email_with_a_reminder_in_it_has_no_unsubscribe_header(pats_email):
    assert pats_email["List-Unsubscribe"] is None  # its digest part is turned off from the settings page


def test_a_champion_in_the_group_gets_the_matters_arising_without_owners_names(mailbox, make_person,
                                                                              everything_at_once):
    """Champions see a group's actions as a summary, never who owns them (permissions.can_view_action_summary);
    the chair's pack still names each owner."""
    board = everything_at_once["actions"]["stuck"].group
    cara = make_person(role="champion", name="Cara Champion", email="cara@example.org")
    from tracker.people.models import Membership

    board.memberships.append(Membership(person=cara, group_role="member"))
    db.session.commit()
    run_daily_nudges(MON_23_NOV)
    run_sender()
    [message] = mailbox.to("cara@example.org")
    text, html = mailbox.text_of(message), mailbox.html_of(message)
    assert "Review transport" in text and "Review transport" in html
    assert "Olu Owner" not in text and "Olu Owner" not in html
    assert "Owner: Olu Owner." in mailbox.text_of(mailbox.to("pat@example.org")[0])
