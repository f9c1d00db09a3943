"""An email saved as a file (.eml), a meeting's WebVTT transcript, and Word's tracked changes
flattened into pasted text. Written here in new words, not taken from the corpus."""
from __future__ import annotations

from datetime import date

import pytest

from tracker.importer.documents import UnreadableDocument, text_from_upload
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 3, 3)


def ticked(text: str) -> dict[str, tuple[str, date | None]]:
    names = frozenset({"kim", "boyd", "lee", "ward", "jo", "okafor"})
    meeting = outcomes_for(parse_outcomes(text, meeting_date=HELD, names=names), HELD, lenient=True)
    return {s.title: (s.owner_text, s.due.on if s.due else None) for s in meeting.suggestions if s.suggested}


EML = (b"From: Kim Boyd <kim.boyd@northbrook.gov.uk>\r\nTo: Panel <panel@northbrook.gov.uk>\r\n"
       b"Subject: Panel notes 3 March\r\nDate: Thu, 04 Mar 2027 09:10:00 +0000\r\nMIME-Version: 1.0\r\n"
       b"Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
       b"Notes of the Inclusion Panel, 3 March 2027. Here=E2=80=99s what we agreed=\r\n:\r\n\r\n"
       b"Action: Lee Ward to send the revised travel policy to the colleges by 12 Ma=\r\nrch.\r\n")


def test_an_email_file_is_decoded_before_it_is_read():
    text = text_from_upload("notes.eml", EML)
    assert "From: Kim Boyd" in text and "Here’s what we agreed:" in text and "=E2" not in text
    assert ticked(text) == {"Send the revised travel policy to the colleges by 12 March": ("Lee Ward", date(2027, 3, 12))}


def test_an_email_with_no_text_is_refused_in_plain_english():
    bare = b"From: a@b.c\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"
    with pytest.raises(UnreadableDocument, match="has no text in it"):
        text_from_upload("photo.eml", bare)


TRANSCRIPT = """WEBVTT

00:00:04.100 --> 00:00:09.300
<v Kim Boyd>Morning everyone, first the travel policy.

00:00:10.000 --> 00:00:18.500
<v Lee Ward>I'll send the revised travel policy to the colleges by Friday.

00:00:19.000 --> 00:00:25.900
<v Jo Okafor>I can take an action to check the bus passes with the transport team by 10 March.

00:00:26.000 --> 00:00:29.000
<v Kim Boyd>Thanks both.
"""


def test_a_webvtt_transcripts_speakers_own_what_they_say_they_will_do():
    assert ticked(TRANSCRIPT) == {
        "Send the revised travel policy to the colleges by Friday": ("Lee Ward", date(2027, 3, 5)),
        "Check the bus passes with the transport team by 10 March": ("Jo Okafor", date(2027, 3, 10)),
    }


def test_tracked_changes_are_read_as_the_text_now_stands():
    text = ("Inclusion Panel, 3 March 2027\n\n"
            "Action: [Deleted: LW][Inserted: Kim Boyd] to write to the colleges by [Deleted: 5 March][Inserted: 19 March].\n"
            "[Deleted: Action: Lee Ward to book the hall by 8 March.] [Comment KB1: no longer needed]\n")
    assert ticked(text) == {"Write to the colleges by 19 March": ("Kim Boyd", date(2027, 3, 19))}


JIRA = """Data workstream sprint review, 3 March 2027. The board was exported and pasted below.

{"startAt":0,"total":3,"issues":[
{"key":"DW-7","fields":{"summary":"Clean the school census extract","status":{"name":"To Do"},
 "assignee":{"displayName":"Jo Okafor"},"duedate":"2027-03-19"}},
{"key":"DW-8","fields":{"summary":"Publish the February dashboard","status":{"name":"Done"},
 "assignee":{"displayName":"Lee Ward"},"duedate":"2027-03-01"}},
{"key":"DW-9","fields":{"summary":"Notes from the review","status":{"name":"To Do"}}}
]}
"""


def test_a_task_tools_json_export_is_read_as_a_table_of_its_tasks():
    assert ticked(JIRA) == {"Clean the school census extract": ("Jo Okafor", date(2027, 3, 19))}
    meeting = outcomes_for(parse_outcomes(JIRA, meeting_date=HELD), HELD, lenient=True)
    done = next(s for s in meeting.suggestions if s.title == "Publish the February dashboard")
    assert not done.suggested  # Done in the tool: shown, unticked


def test_json_that_holds_no_tasks_is_left_as_text():
    text = 'Settings pasted by mistake:\n{"theme": "dark", "font": 12}\n\nAction: Kim Boyd to ring the college by 5 March.\n'
    assert ticked(text) == {"Ring the college by 5 March": ("Kim Boyd", date(2027, 3, 5))}


def test_an_export_after_other_bracketed_lines_is_still_read():
    text = ("[ ] tidy the shared drive\n[10:42] the board was shown on screen\n\n"
            '{"issues":[{"fields":{"summary":"Clean the school census extract","assignee":{"displayName":"Jo Okafor"},'
            '"duedate":"2027-03-19"}}]}\n')
    assert "Clean the school census extract" in ticked(text)


def test_brackets_nested_deeper_than_python_recurses_are_text_not_a_crash():
    text = "Action: Kim Boyd to ring the college by 5 March.\n" + "[" * 50_000 + "\n]\n"
    assert ticked(text) == {"Ring the college by 5 March": ("Kim Boyd", date(2027, 3, 5))}
