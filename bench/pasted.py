"""A document as a person pastes it: the plain text the program that opens the file puts on the clipboard
when they select all and copy. The importer's own readers are not used, so the scores say how well it
reads a paste, not the file.

- Word: paragraphs in body order (a list item with its number or bullet and a tab, as Word copies it),
  each table row one line, its cells apart by a tab.
- PDF: what a viewer copies (pypdf's text), page after page.
- Web page: the visible text as a browser copies it: block elements on lines of their own, a table's
  rows one a line with cells apart by a tab; no head, scripts or styles.
- Excel: each visible sheet's rows, cells apart by a tab, dates as shown in the UK.
- Email: From, Sent, To, Cc and Subject lines as Outlook copies them, then the plain text of the body
  (or the visible text of its HTML).
Anything else (text files) is read as it is.
"""
from __future__ import annotations

import io
import re
from email import policy
from email.parser import BytesParser
from pathlib import Path

PASTED_SUFFIXES = (".docx", ".pdf", ".html", ".htm", ".xlsx", ".eml")


def pasted_text(path: Path) -> str:
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return word_pasted(data)
    if suffix == ".pdf":
        return pdf_pasted(data)
    if suffix in (".html", ".htm"):
        return browser_pasted(data.decode("utf-8", errors="replace"))
    if suffix == ".xlsx":
        return excel_pasted(data)
    if suffix == ".eml":
        return outlook_pasted(data)
    return data.decode("utf-8")


def word_pasted(data: bytes) -> str:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from tracker.importer.documents import _DocxNumbering  # Word's list numbers, which Word copies too

    document = Document(io.BytesIO(data))
    numbering = _DocxNumbering(document)

    def blocks(parent):
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                yield Paragraph(child, document.part)
            elif child.tag == qn("w:tbl"):
                yield Table(child, document.part)
            elif child.tag == qn("w:sdt"):
                for content in child.iterchildren(qn("w:sdtContent")):
                    yield from blocks(content)

    lines = []
    for block in blocks(document.element.body):
        if isinstance(block, Table):
            for row in block.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:  # a merged cell is copied once
                        seen.add(id(cell._tc))
                        cells.append(" ".join(p.text for p in cell.paragraphs).strip())
                lines.append("\t".join(cells))
            continue
        marker = numbering.marker(block)
        mark = "" if marker is None else ("•" if marker[0] == "- " else marker[0].strip()) + "\t"
        lines.append(mark + block.text)
    return "\n".join(lines) + "\n"


def pdf_pasted(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages) + "\n"


_BROWSER_HIDDEN = {"head", "script", "style", "noscript", "template", "title", "meta", "link"}
_BROWSER_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table",
                   "tr", "blockquote", "pre", "section", "article", "main", "header", "footer", "nav", "aside",
                   "address", "figure", "figcaption", "form", "fieldset", "hr", "details", "summary", "body"}
_BROWSER_SPACED = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "pre", "figure"}
# (blocks with a margin above and below, which a browser copies with a blank line either side)


def browser_pasted(html: str) -> str:
    import lxml.html

    root = lxml.html.document_fromstring(html)
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else None
        if tag is None or tag in _BROWSER_HIDDEN or node.get("hidden") is not None \
                or "display:none" in (node.get("style") or "").replace(" ", ""):
            parts.append(node.tail or "")
            return
        if tag in _BROWSER_BLOCKS or tag == "br":
            parts.append(_break(tag))
        if tag in ("td", "th") and node.getprevious() is not None:
            parts.append("\t")
        parts.append(" ".join((node.text or "").split("\n")))
        for child in node:
            walk(child)
        if tag in _BROWSER_BLOCKS:
            parts.append(_break(tag))
        parts.append(" ".join((node.tail or "").split("\n")))

    walk(root)
    text = re.sub(r"[\n\x01\x02][\n\x01\x02 ]*", _breaks, "".join(parts))
    rows = ["\t".join(" ".join(cell.split()) for cell in line.split("\t")) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(rows)).strip() + "\n"


def _break(tag: str) -> str:
    """A line break (\\x02) is kept; the edges of blocks (\\n) and of blocks with margins (\\x01) meeting are
    one line break or one blank line, as a browser lays them out."""
    return "\x02" if tag == "br" else "\x01" if tag in _BROWSER_SPACED else "\n"


def _breaks(run: re.Match) -> str:
    return "\n\n" if "\x01" in run.group() else "\n" * min(2, max(1, run.group().count("\x02")))


def excel_pasted(data: bytes) -> str:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    lines = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        sheet.reset_dimensions()
        for row in sheet.iter_rows(values_only=True):
            lines.append("\t".join(_shown(value) for value in row).rstrip("\t"))
    book.close()
    return "\n".join(lines) + "\n"


def _shown(value) -> str:
    """A cell as Excel puts it on the clipboard. Kept apart from the importer's own reading of a cell
    (documents._cell_words) on purpose: the benchmark copies as Excel does, not as the importer reads."""
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\n", " ")


def outlook_pasted(data: bytes) -> str:
    message = BytesParser(policy=policy.default).parsebytes(data)
    lines = []
    for field, label in (("From", "From"), ("Date", "Sent"), ("To", "To"), ("Cc", "Cc"), ("Subject", "Subject")):
        if message[field] is None:
            continue
        value = str(message[field])
        if field == "Date" and getattr(message[field], "datetime", None):
            value = message[field].datetime.strftime("%A, %d %B %Y %H:%M")  # Outlook's "Sent:" in the UK
        lines.append(f"{label}: {value}")
    body = message.get_body(preferencelist=("plain", "html"))
    text = "" if body is None else body.get_content()
    if body is not None and body.get_content_type() == "text/html":
        text = browser_pasted(text)
    return "\n".join(lines) + "\n\n" + text.replace("\r\n", "\n")
