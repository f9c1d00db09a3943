"""Draft minutes sent round as a Word document for comment: the comments in its margin change the
actions (done already, not agreed, a new date, the owner confirmed), and the importer reads them.
Written here in new words, not taken from the corpus."""
from __future__ import annotations

import io
from datetime import date

from docx import Document

from tracker.importer.documents import text_from_upload
from tracker.importer.parse import outcomes_for, parse_outcomes

HELD = date(2027, 11, 4)  # a Thursday
NAMES = frozenset({"nadia", "shah", "omar", "lewis", "bea", "cole", "jo", "price", "kemi", "adams"})


def draft(paragraphs: list[tuple[str, list[tuple[str, str]]]], *, table: list[list[str]] | None = None,
          table_comments: list[tuple[str, str]] = ()) -> bytes:
    """A Word document: each paragraph with its comment thread, every comment on the whole
    paragraph (a reply is a comment of its own on the same words, as Word saves it)."""
    document = Document()
    document.add_paragraph("Inclusion Panel - draft minutes, 4 November 2027")
    for text, thread in paragraphs:
        run = document.add_paragraph().add_run(text)
        for author, words in thread:
            document.add_comment(run, text=words, author=author, initials="".join(w[0] for w in author.split()))
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for cells, row in zip(table, grid.rows, strict=True):
            for text, cell in zip(cells, row.cells, strict=True):
                cell.text = text
        run = grid.rows[-1].cells[0].paragraphs[0].runs[0]
        for author, words in table_comments:
            document.add_comment(run, text=words, author=author)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def suggested(data: bytes) -> dict[str, tuple[str, date | None, bool, str]]:
    """Each suggestion's title: (owner, due date, ticked, why)."""
    text = text_from_upload("draft.docx", data)
    found = outcomes_for(parse_outcomes(text, meeting_date=HELD, names=NAMES), HELD, lenient=True).suggestions
    return {s.title: (s.owner_text, s.due.on if s.due else None, s.suggested, s.reason) for s in found}


def test_comments_are_read_under_the_words_they_are_on():
    text = text_from_upload("draft.docx", draft([
        ("Omar to send the attendance figures to heads by 19 November.",
         [("Omar Lewis", "Sent these on the Friday after"), ("Bea Cole", "Thanks, marking done")]),
        ("Members discussed the new referral form.", []),
    ]))
    lines = text.splitlines()
    at = lines.index("Omar to send the attendance figures to heads by 19 November.")
    assert lines[at + 1:at + 3] == ["[Comment by Omar Lewis] Sent these on the Friday after",
                                    "[Reply by Bea Cole] Thanks, marking done"]


def test_a_comment_that_says_it_is_done_leaves_the_action_unticked():
    found = suggested(draft([
        ("Omar to send the attendance figures to heads by 19 November.",
         [("Omar Lewis", "These went out on the 5th, so this can be marked as complete.")]),
        ("Kemi to book the hall for the spring conference by 26 November.", []),
    ]))
    owner, due, ticked, why = found["Send the attendance figures to heads by 19 November"]
    assert (owner, ticked) == ("Omar", False) and why.startswith("A comment on the draft says this is done")
    assert found["Book the hall for the spring conference by 26 November"][2] is True


def test_a_comment_that_says_it_was_not_agreed_takes_it_out():
    found = suggested(draft([
        ("Jo to write to every academy trust about part-time timetables by 10 December.",
         [("Nadia Shah", "I don't think we agreed this - we said we'd wait for the January data."),
          ("Bea Cole", "Agree, will reword")]),
        ("Kemi to book the hall for the spring conference by 26 November.", []),
    ]))
    title = "Write to every academy trust about part-time timetables by 10 December"
    assert found[title][2] is False and found[title][3].startswith("A comment on the draft says this was not an action")
    assert found["Book the hall for the spring conference by 26 November"][2] is True


def test_a_question_in_a_comment_answered_no_leaves_the_action_as_it_was():
    found = suggested(draft([
        ("Kemi to book the hall for the spring conference by 26 November.",
         [("Jo Price", "Could families come to the conference too?"),
          ("Bea Cole", "I'll ask, but that wasn't agreed at the panel so I've not added it as an action.")]),
    ]))
    assert found == {"Book the hall for the spring conference by 26 November": (
        "Kemi", date(2027, 11, 26), True, found["Book the hall for the spring conference by 26 November"][3])}


def test_a_new_date_agreed_in_a_comment_replaces_the_date_in_the_minutes():
    found = suggested(draft([
        ("Nadia to circulate the outreach referral numbers by 30 November.",
         [("Nadia Shah", "Could we make this Friday 3 December? The data team refresh on the 1st."),
          ("Jo Price", "Agreed.")]),
        ("Omar to send the attendance figures to heads.",
         [("Omar Lewis", "Can we add 'by 17 November'? That's what I said."),
          ("Bea Cole", "Yes - added as 17/11.")]),
    ]))
    assert found["Circulate the outreach referral numbers by Friday 3 December"][:3] == ("Nadia", date(2027, 12, 3), True)
    assert found["Send the attendance figures to heads by 17/11"][:3] == ("Omar", date(2027, 11, 17), True)


def test_a_new_date_refused_in_a_comment_leaves_the_date_as_it_was():
    found = suggested(draft([
        ("Nadia to circulate the outreach referral numbers by 30 November.",
         [("Nadia Shah", "Could we make this 14 December?"),
          ("Jo Price", "No - heads need them before the December cluster meetings.")]),
    ]))
    assert found["Circulate the outreach referral numbers by 30 November"][:3] == ("Nadia", date(2027, 11, 30), True)


def test_an_owner_confirmed_in_a_reply_owns_the_action_by_the_date_they_give():
    found = suggested(draft([
        ("Action: KA? to draft the letter to parents about the new panel times",
         [("Bea Cole", "@Kemi Adams was this yours? And when can you do it?"),
          ("Kemi Adams", "Yes that's me - I'll have it ready by 12 November."),
          ("Bea Cole", "Lovely, thanks")]),
    ]))
    assert found["Draft the letter to parents about the new panel times by 12 November"][:3] == (
        "Kemi Adams", date(2027, 11, 12), True)


def test_a_comment_on_a_table_row_changes_that_row():
    found = suggested(draft([], table=[
        ["Action", "Owner", "Due"],
        ["Send the attendance figures to heads", "Omar Lewis", "19/11/2027"],
        ["Book the hall for the spring conference", "Kemi Adams", "26/11/2027"],
    ], table_comments=[("Kemi Adams", "Can we say 3 December? The caretaker is off until then."),
                       ("Jo Price", "Fine by me - agreed")]))
    assert found["Book the hall for the spring conference"][:3] == ("Kemi Adams", date(2027, 12, 3), True)
    assert found["Send the attendance figures to heads"][:3] == ("Omar Lewis", date(2027, 11, 19), True)


def test_a_document_without_comments_reads_as_before():
    text = text_from_upload("draft.docx", draft([("Omar to send the attendance figures.", [])]))
    assert "[Comment" not in text and "Omar to send the attendance figures." in text
