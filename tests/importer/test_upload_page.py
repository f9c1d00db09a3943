"""The import page takes a file of the minutes (.docx, .pdf, .html, .eml, .txt) as well as pasted text."""
# ruff: noqa: F811 (the paste page's fixtures, imported)
from __future__ import annotations

import io
import re
from email.message import EmailMessage

import pytest
import weasyprint
from docx import Document
from sqlalchemy import func, select

from tests.importer.test_paste_page import JUNE, board, meeting, paste, raw, review_rows, text_of, url  # noqa: F401
from tracker.actions.models import Action
from tracker.extensions import db
from tracker.meetings.models import Meeting


def as_email(text: str) -> bytes:
    """The outcomes sent as an email and saved from the mail client (.eml), its body quoted-printable."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "Clerk <clerk@example.org>", "board@example.org", "Outcomes"
    message.set_content(text, cte="quoted-printable")
    return message.as_bytes()


def as_word(text: str) -> bytes:
    """The outcomes as a Word document, one paragraph each."""
    document = Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph.strip())
    saved = io.BytesIO()
    document.save(saved)
    return saved.getvalue()


def upload(client, meeting, filename: str, data: bytes, *, outcomes: str = ""):
    return client.submit(url(meeting), {"outcomes": outcomes, "document": (io.BytesIO(data), filename),
                                        "find": "Find suggested actions"}, content_type="multipart/form-data")


def sources(page: str) -> list[str]:
    rows = review_rows(page)
    return [value for name, value in sorted(rows.items()) if name.endswith("-source")]


def saved_counts() -> tuple[int, int]:
    return db.session.scalar(select(func.count(Action.id))), db.session.scalar(select(func.count(Meeting.id)))


def test_the_page_offers_an_upload_beside_the_paste_box(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    page = raw(client.get(url(meeting)))
    assert 'enctype="multipart/form-data"' in page
    assert '<label class="govuk-label govuk-label--m" for="document">' in page and 'type="file"' in page
    accept = set(re.search(r'accept="([^"]+)"', page).group(1).split(","))
    assert {".docx", ".pdf", ".html", ".htm", ".eml", ".xlsx", ".txt", ".md", ".csv", ".json"} <= accept
    assert f'data-rich-paste="/meetings/{meeting.id}/import/clipboard"' in page
    assert '<script type="module" src="/static/build/paste.js"></script>' in page


@pytest.mark.parametrize("filename, data", [
    ("outcomes.docx", as_word(JUNE)),
    ("outcomes.txt", JUNE.encode("cp1252")),
    ("outcomes.html", ("<html><body><nav>Home | Board</nav>" + "".join(
        f"<p>{paragraph}</p>" for paragraph in JUNE.split("\n\n")) + "<footer>Contact us</footer></body></html>").encode()),
    ("outcomes.pdf", weasyprint.HTML(string="".join(f"<p>{paragraph}</p>" for paragraph in JUNE.split("\n\n")))
     .write_pdf()),
    ("outcomes.eml", as_email(JUNE)),
], ids=["word", "text", "web page", "pdf", "email"])
def test_an_uploaded_file_gives_the_same_suggestions_as_its_text_pasted(client, auth, board, meeting, filename, data):
    auth.login(board.people["secretary"])
    pasted = sources(raw(paste(client, meeting, JUNE)))
    response = upload(client, meeting, filename, data)
    assert response.status_code == 200
    assert "Choose the actions to create" in text_of(response)
    assert pasted and sources(raw(response)) == pasted
    assert saved_counts() == (0, 1)  # nothing saved until the actions are created


def test_actions_are_created_from_an_uploaded_word_document(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    rows = review_rows(raw(upload(client, meeting, "outcomes.docx", as_word(JUNE))))
    response = client.submit(url(meeting), {**rows, "create": "Create"}, form_url=url(meeting))
    assert response.status_code == 302
    details = db.session.scalars(select(Action.detail)).all()
    assert any("A baseline questionnaire would be circulated" in detail for detail in details)


# Files the page and `flask minutes import` both refuse, with the message each gets.
BAD_FILES = [
    ("minutes.docx", b"", "minutes.docx is empty. Choose the file that holds the minutes"),
    ("minutes.txt", b"Action: Jo to reply\n" * 260_000, "minutes.txt is too big to be a meeting's minutes (5.2 MB"),
    ("minutes.txt", bytes(range(256)) * 20, "minutes.txt is not a text file"),
    ("minutes.docx", JUNE.encode(), "minutes.docx is not a Word document that can be read"),
    ("minutes.txt", "Протокол заседания совета".encode("koi8-r"), "minutes.txt is in a text encoding Tracker cannot read"),
    ("minutes.pdf", b"%PDF-1.7", "minutes.pdf cannot be read as a PDF. Check it opens"),
    ("minutes.eml", b"From: a@example.org\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=\r\n",
     "minutes.eml has no text in it. Copy the minutes from the email and paste them in"),
]


@pytest.mark.parametrize("filename, data, message", [
    *BAD_FILES, ("minutes.txt", b"Lovely meeting, thank you all.", "No actions were found in the text")])
def test_a_bad_file_gets_a_plain_message_at_the_field_and_nothing_is_saved(client, auth, board, meeting,
                                                                          filename, data, message):
    auth.login(board.people["secretary"])
    response = upload(client, meeting, filename, data)
    page = text_of(response)
    assert response.status_code == 200
    assert "<title>Error: Import meeting outcomes" in page
    assert 'href="#document">' + message in page and 'id="document-error"' in page
    assert saved_counts() == (0, 1)


def test_a_file_too_big_to_read_is_refused_at_the_field_not_with_the_bare_413_page(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    response = upload(client, meeting, "minutes.docx", b"x" * 9_000_000)
    assert response.status_code == 413
    assert 'href="#document">The file is too big to be a meeting\'s minutes: the most is 4 MB' in text_of(response)
    assert saved_counts() == (0, 1)


def test_a_megabyte_pasted_is_refused_at_the_box(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    response = upload(client, meeting, "", b"", outcomes="Action: Jo to reply. " * 50_000)
    assert response.status_code == 413
    assert 'href="#outcomes">The outcomes must be 100,000 characters or fewer' in text_of(response)


def test_a_document_sent_as_text_not_a_file_is_ignored(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    response = client.submit(url(meeting), {"outcomes": "", "document": "minutes.docx", "find": "Find"})
    assert response.status_code == 200
    assert 'href="#outcomes">Paste the meeting outcomes, or choose a file of the minutes' in text_of(response)


def test_pasting_and_choosing_a_file_at_once_is_refused(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    page = text_of(upload(client, meeting, "outcomes.docx", as_word(JUNE), outcomes=JUNE))
    assert 'href="#document">Paste the outcomes or choose a file, not both' in page


def clipboard(client, meeting, html, *, token=True):
    headers = {"X-CSRFToken": client.csrf_token(url(meeting))} if token else {}
    return client.post(f"{url(meeting)}/clipboard", json={"html": html}, headers=headers)


def test_html_pasted_into_the_box_comes_back_with_its_lists_and_tables(client, auth, board, meeting):
    auth.login(board.people["secretary"])
    response = clipboard(client, meeting, "<p>Actions:</p><ul><li>Jo to <b>reply</b></li></ul>"
                                          "<table><tr><th>Action</th><th>Owner</th></tr><tr><td>Book</td><td>Sam</td></tr></table>")
    assert response.status_code == 200
    assert response.json == {"text": "Actions:\n\n- Jo to reply\n\nAction\tOwner\nBook\tSam\n"}


def test_the_clipboard_reader_needs_the_form_token_and_the_right_to_import(client, auth, board, meeting):
    auth.login(board.people["member"])
    assert clipboard(client, meeting, "<p>x</p>").status_code == 403
    auth.logout()
    auth.login(board.people["secretary"])
    assert clipboard(client, meeting, "<p>x</p>", token=False).status_code == 400
    assert clipboard(client, meeting, "<p>" + "x" * 4_000_000 + "</p>").status_code == 413
    refused = client.post(f"{url(meeting)}/clipboard", data="not json", content_type="text/plain",
                          headers={"X-CSRFToken": client.csrf_token(url(meeting))})
    assert refused.status_code == 400


def test_an_uploaded_excel_log_gives_this_meetings_rows_and_a_bad_one_a_message(client, auth, board, meeting):
    from tests.importer.test_documents import excel_log

    auth.login(board.people["secretary"])
    page = raw(upload(client, meeting, "log.xlsx", excel_log()))
    assert "Choose the actions to create" in page and "Write to the operator" in page
    assert saved_counts() == (0, 1)
    refused = upload(client, meeting, "log.xlsx", b"PK not a workbook")
    assert "log.xlsx could not be opened as an Excel workbook" in text_of(refused)
    assert saved_counts() == (0, 1)
