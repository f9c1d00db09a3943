"""The text of an uploaded or pasted document, laid out the way the minutes parser reads it.

One layout for every source (a Word document, a PDF, a web page, the clipboard's HTML, a text file):
each heading and paragraph on its own line(s) with a blank line between blocks; list items as
lines starting "- " (numbered items keep their number, "1. "); each table row as one line with its
cells separated by a TAB, header row first; menus, headers, footers, scripts and styles dropped.

Word documents are read with python-docx; PDFs with pdfplumber (its tables by their ruled lines, or
by the gutters between columns);
HTML with tinyhtml5, which parses as browsers do (the
WHATWG algorithm), so the clipboard's HTML from Word, Google Docs or a web page is read the way the
browser showed it, and it is already installed (WeasyPrint uses it).
"""
from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from email import policy as email_policy
from email.parser import BytesParser
from itertools import pairwise
from pathlib import PurePath

import pdfplumber
import tinyhtml5
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from pdfplumber.utils.exceptions import PdfminerException

from tracker.core.domain import DomainError
from tracker.importer.due import is_date_cell
from tracker.importer.patterns import LIST_NUMBER
from tracker.importer.tables import unstacked

# Far more than any meeting's minutes (a Word document with a logo is well under 1 MB); stops a
# wrong file, or a crafted one, being read.
MAX_DOCUMENT_BYTES = 4_000_000
MAX_UNPACKED_BYTES = 40_000_000  # a .docx is a zip: refuse one that unpacks to something huge
READABLE = ("Word documents (.docx), PDFs with text in them (.pdf), web pages (.html), emails saved as files "
            "(.eml), Excel workbooks (.xlsx), plain text (.txt or .md) and exports (.csv or .json)")
MAX_PDF_PAGES = 60  # more than any meeting's minutes; each page takes about 0.1 s to read
TEXT_SUFFIXES = {"", ".txt", ".text", ".md", ".csv", ".tsv", ".json"}  # (a task board's or notes app's export)
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# What the upload's file chooser offers: every kind `text_from_upload` reads, so none is greyed out
CHOOSABLE = ",".join(sorted((TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf", ".eml", ".xlsx"}) - {""}) + [
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf", "text/html",
    "message/rfc822", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/plain",
    "text/markdown", "text/csv", "application/json"])
ADVICE = {
    ".doc": "is in Word's old format (.doc). Open it in Word, save it as a Word Document (.docx) and "
            "try again",
    ".odt": "is an OpenDocument file. Save it as a Word Document (.docx) and try again",
    ".rtf": "is in Rich Text Format. Save it as a Word Document (.docx) and try again",
    ".xls": "is in Excel's old format (.xls). Open it in Excel, save it as an Excel Workbook (.xlsx) and try "
            "again",
    ".xlsm": "is a workbook with macros, which Tracker does not open. In Excel, save it as an Excel Workbook "
             "(.xlsx) and try again",
    ".ods": "is an OpenDocument spreadsheet. Save it as an Excel Workbook (.xlsx) and try again",
}
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a password-protected workbook, or an old .xls / .doc


class UnreadableDocument(DomainError):
    """The file could not be read as minutes; the message says why in plain English."""

    def __init__(self, message: str, field: str | None = "document"):
        super().__init__(message, field=field)


def text_from_upload(filename: str, data: bytes) -> str:
    """The plain text of a .docx, .html or .txt file, or UnreadableDocument saying what is wrong."""
    name = PurePath(filename or "").name or "The file"
    suffix = PurePath(name).suffix.lower()
    check_size(name, len(data))
    if suffix in ADVICE:
        raise UnreadableDocument(f"{name} {ADVICE[suffix]}")
    if suffix == ".docx":
        return _text_from_docx(name, data)
    if suffix == ".pdf":
        return _text_from_pdf(name, data)
    if suffix in HTML_SUFFIXES:
        return text_from_html(_decode(name, data))
    if suffix == ".eml":
        return _text_from_email(name, data)
    if suffix == ".xlsx":
        return _text_from_workbook(name, data)
    if suffix in TEXT_SUFFIXES:
        return _plain(_decode(name, data))
    raise UnreadableDocument(f"{name} cannot be read. Tracker reads {READABLE}")


def check_size(name: str, size: int) -> None:
    """Refuse an empty file, or one too big to be minutes, before anything reads it."""
    if not size:
        raise UnreadableDocument(f"{name} is empty. Choose the file that holds the minutes")
    if size > MAX_DOCUMENT_BYTES:
        raise UnreadableDocument(f"{name} is too big to be a meeting's minutes ({size / 1_000_000:.1f} MB; "
                                 f"the most is {MAX_DOCUMENT_BYTES // 1_000_000} MB)")


# ---- plain text -------------------------------------------------------------------------------

_WINDOWS_PUNCTUATION = set("\xa0£€¢¥§©®°±·¼½¾×÷–—‘’‚“”„†‡•…‰™«»")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _decode(name: str, data: bytes) -> str:
    """UTF-8 (with or without a BOM), UTF-16 with a BOM (Notepad's "Unicode"), or Windows-1252
    (text saved from Word on Windows). Anything else is refused rather than guessed, since a wrong
    guess silently changes the words."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(name, data.decode("utf-16"))
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise UnreadableDocument(f"{name} is not a text file. Save the minutes as a Word document or as "
                                 "plain text and try again")
    try:
        return _checked(name, data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    # English minutes in Windows-1252 have the odd £, – or curly quote, and a few accented names;
    # text in another encoding read as Windows-1252 is mostly accented letters and odd symbols.
    letters = [char for char in text or "" if not char.isspace()]
    strange = sum(not char.isascii() and char not in _WINDOWS_PUNCTUATION for char in letters)
    if text is None or strange > max(2, len(letters) // 50):
        raise UnreadableDocument(f"{name} is in a text encoding Tracker cannot read. Save it as UTF-8 "
                                 "(in Notepad: Save as, Encoding: UTF-8) and try again")
    return _checked(name, text)


def _checked(name: str, text: str) -> str:
    if len(_CONTROL.findall(text)) > max(2, len(text) // 1000):
        raise UnreadableDocument(f"{name} is not a text file. Save the minutes as a Word document or as "
                                 "plain text and try again")
    return text


def _plain(text: str) -> str:
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


class _Lines:
    """Collects output lines: blocks apart by one blank line; the items of a list, the rows of a
    table and lines broken without a paragraph stay together."""

    def __init__(self):
        self.lines: list[str] = []
        self.gap = False
        self.kind = ""

    def block(self, text: str) -> None:
        """A paragraph or heading: its own line(s), a blank line either side."""
        if not text.strip():
            return
        self.gap = True
        for line in text.strip().split("\n"):
            self.add(line.rstrip(), "block")
            self.gap = self.gap or not line.strip()  # a blank line in it parts it ("<b>Heading</b><br>")
        self.gap = True

    def add(self, line: str, kind: str = "line") -> None:
        """One line of a run of `kind` ("item", "row", "line"): a blank line where the run changes."""
        if not line.strip():
            return
        if self.lines and (self.gap or kind != self.kind):
            self.lines.append("")
        self.lines.append(line)
        self.gap, self.kind = False, kind

    def under(self, lines: list[str]) -> None:
        """Lines right under the last one, with no blank line (a margin comment on it)."""
        if self.lines:
            self.lines.extend(lines)

    def text(self) -> str:
        return _plain("\n".join(self.lines)) if self.lines else ""


def _number(value: int, style: str) -> str:
    if style in ("lowerLetter", "upperLetter", "lower-alpha", "upper-alpha", "a", "A"):
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if style in ("upperLetter", "upper-alpha", "A") else letters
    if style in ("lowerRoman", "upperRoman", "lower-roman", "upper-roman", "i", "I"):
        numerals = ""
        for size, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                              (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            count, value = divmod(value, size)
            numerals += numeral * count
        return numerals.upper() if style in ("upperRoman", "upper-roman", "I") else numerals
    return str(value)


def _row_line(cells: list[str]) -> str:
    """A table row: cells apart by a TAB (tabs and line breaks inside a cell become spaces). A row
    whose later cells are empty keeps its TABs when its one cell is a sentence ("2. EBSA: HB described
    rising numbers." beside an empty Action cell: still a row of the table); a short one across the
    table ("New actions") is a heading."""
    cells = [" ".join(cell.split()) for cell in cells]
    filled = [cell for cell in cells if cell]
    if len(filled) == 1 and cells[0] and len(cells) > 1 and re.search(r"[.!?]$", cells[0]) and len(cells[0]) > 40:
        return "\t".join(cells)
    while cells and not cells[-1]:
        cells.pop()
    return "\t".join(cells) if any(cells) else ""


def _table_lines(rows: list[list[str | None]]) -> list[str]:
    """A table's rows as lines (cells given with their line breaks, which show where a column that
    stacks each action's words, owner and date puts each). A PDF's cell merged into the one beside
    it comes back as None: an empty cell."""
    rows = [[cell or "" for cell in cells] for cells in rows]
    return [_row_line(cells) for cells in unstacked(rows, is_date=is_date_cell)]


# ---- Word documents -----------------------------------------------------------------------------

def _text_from_docx(name: str, data: bytes) -> str:
    not_word = UnreadableDocument(f"{name} is not a Word document that can be read. Open it in Word, save "
                                  "it as a Word Document (.docx) and try again")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            if sum(info.file_size for info in package.infolist()) > MAX_UNPACKED_BYTES:
                raise not_word
            document = Document(io.BytesIO(data))
    except UnreadableDocument:
        raise
    except Exception as error:  # python-docx raises many kinds for a damaged or foreign file
        raise not_word from error
    out = _Lines()
    numbering = _DocxNumbering(document)
    comments = _docx_comments(document)
    for block in _docx_blocks(document.element.body, document.part):
        if isinstance(block, Table):
            out.gap = True
            lines = _table_lines([_docx_cells(row.cells) for row in block.rows])
            notes = [_comments_on(row._tr, comments) for row in block.rows]
            by_row = len(notes) == len(lines)  # else rows taken apart (a column stacking each action's words)
            for line, under in zip(lines, notes if by_row else [[]] * len(lines), strict=True):
                out.add(line, "row")
                out.under(under)
            if not by_row:  # the comments after the table's last row
                out.under([note for each in notes for note in each])
            out.gap = True
            continue
        text = _docx_text(block._p)
        item = numbering.marker(block)
        if item is None:
            out.block(text)
        else:  # a blank line between two lists, none between the items of one
            out.add(item[0] + " ".join(text.split()), f"item {item[1]}")
        out.under(_comments_on(block._p, comments))
    return out.text()


# A reply typed into a comment as its own paragraph, "Ruth Hill: Thanks – marking done" (as some
# tools save a thread), rather than as a reply comment of its own
REPLY_PARAGRAPH = re.compile(r"^(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}):\s+(?P<words>\S.*)$")


def _docx_comments(document) -> dict[str, list[str]]:
    """Word's margin comments by id, each as the lines the parser reads under the text they are
    on: "[Comment by Liam Porter] Already sent ...", then "[Reply by Ruth Hill] Thanks ..." (Word
    saves a reply as a comment of its own on the same words: see `_comments_on`)."""
    if document.element.body.find(".//" + qn("w:commentReference")) is None:
        return {}  # (asking python-docx for the comments would add an empty part)
    threads = {}
    for comment in document.comments:
        lines, said = [], False
        for paragraph in comment.paragraphs:
            text = " ".join(_docx_text(paragraph._p).split())
            reply = REPLY_PARAGRAPH.match(text) if said else None
            if reply:
                lines.append(f"[Reply by {reply.group('who')}] {reply.group('words')}")
            elif text and lines:
                lines[-1] += f" {text}"
            elif text:
                lines.append(f"[Comment by {' '.join((comment.author or 'a reviewer').split())}] {text}")
            said = said or bool(text)
        threads[str(comment.comment_id)] = lines
    return threads


def _comments_on(node, comments: dict[str, list[str]]) -> list[str]:
    """The comments anchored in a paragraph or table row, in the order they start, each once: the
    first opens the thread on those words, the rest reply to it (as Word shows them in the margin)."""
    if not comments:
        return []
    ids = dict.fromkeys(each.get(qn("w:id")) for each in node.iter(qn("w:commentRangeStart"), qn("w:commentReference")))
    lines = [line for each in ids for line in comments.get(each, [])]
    return lines[:1] + [line.replace("[Comment by ", "[Reply by ", 1) for line in lines[1:]]


def _docx_blocks(parent, part) -> Iterator[Paragraph | Table]:
    """Paragraphs and tables in document order, including those inside content controls."""
    for child in parent.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, part)
        elif child.tag == qn("w:tbl"):
            yield Table(child, part)
        elif child.tag == qn("w:sdt"):
            for content in child.iterchildren(qn("w:sdtContent")):
                yield from _docx_blocks(content, part)


_RUN_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}


def _docx_text(paragraph) -> str:
    """A paragraph's words as the reader sees them: tracked insertions included, deletions not
    (python-docx's Paragraph.text leaves out runs inside an insertion), tabs and line breaks kept."""
    parts = []
    for node in paragraph.iter(*_RUN_TEXT):
        if node.getparent().tag != qn("w:r"):
            continue  # a tab stop or break setting in the paragraph's properties, not text
        parts.append(node.text or "" if _RUN_TEXT[node.tag] is None else _RUN_TEXT[node.tag])
    return "".join(parts)


def _docx_cells(cells: list[_Cell]) -> list[str]:
    """Each cell's text; a cell merged across columns is written once (then empty cells), so the
    columns still line up with the header. A cell merged down the rows repeats on each row."""
    texts, previous = [], None
    for cell in cells:
        same = previous is not None and cell._tc is previous
        previous = cell._tc
        texts.append("" if same else "\n".join(
            _docx_text(p) for p in cell._tc.iter(qn("w:p"))))
    return texts


class _DocxNumbering:
    """Word's list numbering: which paragraphs are list items, bulleted or numbered, and their number."""

    def __init__(self, document):
        self.formats: dict[tuple[str, str], tuple[str, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {
            node.get(qn("w:abstractNumId")): {
                level.get(qn("w:ilvl")): (self._val(level, "w:numFmt") or "decimal",
                                          int(self._val(level, "w:start") or 1))
                for level in node.iterchildren(qn("w:lvl"))
            }
            for node in numbering.iterchildren(qn("w:abstractNum"))
        }
        for num in numbering.iterchildren(qn("w:num")):
            levels = abstract.get(self._val(num, "w:abstractNumId"), {})
            for ilvl, found in levels.items():
                self.formats[(num.get(qn("w:numId")), ilvl)] = found

    @staticmethod
    def _val(node, tag: str) -> str | None:
        child = node.find(qn(tag))
        return None if child is None else child.get(qn("w:val"))

    def _list_of(self, paragraph: Paragraph) -> tuple[str, str] | None:
        """(numId, level) from the paragraph, else from its style (e.g. "List Number")."""
        holders = [paragraph._p]
        style = paragraph.style
        while style is not None:
            holders.append(style.element)
            style = style.base_style
        for holder in holders:
            numbering = holder.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if numbering is not None:
                num_id = self._val(numbering, "w:numId")
                if num_id in (None, "0"):
                    return None
                return num_id, self._val(numbering, "w:ilvl") or "0"
        return None

    def marker(self, paragraph: Paragraph) -> tuple[str, str] | None:
        """("- ", list id) for a bulleted item, ("3. ", list id) for a numbered one, None for a
        plain paragraph."""
        found = self._list_of(paragraph)
        if found is None:
            return None
        num_id, ilvl = found
        style, start = self.formats.get(found, ("bullet", 1))
        if style in ("bullet", "none"):
            return "- ", num_id
        counters = self.counters.setdefault(num_id, {})
        level = int(ilvl)
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [key for key in counters if key > level]:
            del counters[deeper]  # a new item restarts the items under it
        return f"{_number(counters[level], style)}. ", num_id


# ---- PDF ---------------------------------------------------------------------------------------


def _text_from_pdf(name: str, data: bytes) -> str:
    """A PDF's text as it reads on the page, page by page: its tables found by their ruled lines and
    written as rows of TAB-separated cells, the text between them line by line (or, where it is set
    in columns with no ruled lines, as a table's rows: see _pdf_lines). Running headers,
    footers and page numbers are left in: the parser drops them as it does in text pasted from a
    PDF, and mends a sentence a page break cut in two."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as error:
        if "password" in str(error).lower():
            raise UnreadableDocument(f"{name} is protected by a password. Save a copy without the password, "
                                     "or copy the minutes from it and paste them in") from None
        raise UnreadableDocument(f"{name} cannot be read as a PDF. Check it opens, or copy the minutes from "
                                 "it and paste them in") from None
    with pdf:
        if len(pdf.pages) > MAX_PDF_PAGES:
            raise UnreadableDocument(f"{name} has {len(pdf.pages)} pages, too many for one meeting's minutes "
                                     f"(the most is {MAX_PDF_PAGES}). Upload the minutes on their own")
        try:
            text = _pdf_text(pdf.pages)
        except Exception:  # pdfminer raises its own and Python's errors on a damaged file
            raise UnreadableDocument(f"{name} is damaged and cannot be read. Check it opens, or copy the "
                                     "minutes from it and paste them in") from None
    if not text.strip():
        raise UnreadableDocument(f"{name} has no text in it, only pictures of pages (a scan). Upload the "
                                 "document the minutes were written in, or type or paste them in")
    # A glyph the font does not name ("(cid:127)"): at a line's start a list's bullet, elsewhere dropped
    text = UNNAMED_GLYPH.sub("", re.sub(r"(?m)^(\s*)\(cid:\d+\)\s*", r"\1• ", text))
    return _plain(text)


UNNAMED_GLYPH = re.compile(r"\(cid:\d+\)")


class _PdfTable:
    """A table found on a PDF's page by its ruled lines: its rows, and where it lies across the page."""

    def __init__(self, table):
        self.rows: list[list[str | None]] = table.extract()
        self.left, self.right = table.bbox[0], table.bbox[2]

    def goes_on_in(self, other: _PdfTable) -> bool:
        """Whether `other`, at the top of the next page, is this table carried on: as many columns,
        set at the same place across the page."""
        return len(other.rows[0]) == len(self.rows[0]) and abs(other.left - self.left) <= TABLE_SLACK \
            and abs(other.right - self.right) <= TABLE_SLACK

    def carry_on(self, other: _PdfTable) -> None:
        """The rows of its continuation added: the header the next page repeats left out, and a row the
        page break cut in two ("A4 | | | 04/04/2027" at the foot, " | Write to ... | Nadia Khan | " at the
        top, its key cell empty and a cell filled above left empty) put back together."""
        rows = other.rows
        if rows and _words_of(rows[0]) == _words_of(self.rows[0]):
            rows = rows[1:]
        above = self.rows[-1]
        if rows and len(self.rows) > 1 and rows[0][0] == "" and (above[0] or "").strip() and any(
                (mine or "").strip() and not (theirs or "").strip() for mine, theirs in zip(above[1:], rows[0][1:], strict=True)):
            self.rows[-1] = ["\n".join(cell for cell in (mine or "", theirs or "") if cell.strip())
                             for mine, theirs in zip(above, rows[0], strict=True)]
            rows = rows[1:]
        self.rows.extend(rows)


TABLE_SLACK = 6.0  # points a table carried on to the next page may lie apart from where it was
FURNITURE_LINES = 3  # the most lines a page's running header or footer takes


def _words_of(cells: list[str | None]) -> list[str]:
    return [" ".join((cell or "").split()) for cell in cells]


def _pdf_text(pages) -> str:
    """The pages' text one after another, a table the page break cut read as one table: where a
    page ends with a table and the next page starts with one of its columns, with nothing between
    but the pages' running footer and header, the rows go on (see _PdfTable.carry_on) and the
    footer and header follow the table."""
    for page in pages:
        _symbols_read(page)
    read = [_pdf_page_parts(page) for page in pages]
    furniture = _running_lines(read)
    parts: list[str | _PdfTable] = []
    for number, found in enumerate(read):
        first = next((at for at, part in enumerate(found) if isinstance(part, _PdfTable)), None)
        if number and first is not None and _only(found[:first], furniture):
            going = _table_at_foot(read[number - 1], furniture)
            if going is None and (again := _pdf_page_parts(pages[number - 1], foot_row=True)) != read[number - 1]:
                going = _table_at_foot(again, furniture)  # the top of a row the page break cut, a table of one row
                if going is not None and going.goes_on_in(found[first]):
                    del parts[len(parts) - len(read[number - 1]):]
                    parts.extend(again)
            if going is not None and going.goes_on_in(found[first]) and len(going.rows) > 1:
                going.carry_on(found.pop(first))
        parts.extend(found)
    return "\n\n".join(part if isinstance(part, str) else "\n".join(_table_lines(part.rows)) for part in parts)


# A tick or a cross set in a symbol font, which a PDF gives as the letter it is typed with ("3 Done - August"
# in ZapfDingbats; Word's Wingdings "ü"): the sign meant
SYMBOL_FONTS = {"zapfdingbats": {"3": "✓", "4": "✔", "7": "✗", "8": "✘"},
                "wingdings": {"ü": "✓", "û": "✗", "þ": "☑", "ý": "☒"}, "wingdings2": {"P": "✓", "O": "✗"}}


def _symbols_read(page) -> None:
    for char in page.chars:
        font = re.sub(r"^[A-Z]{6}\+|[-,\s]", "", char.get("fontname") or "").lower()
        symbols = SYMBOL_FONTS.get(font[:-4] if font.endswith("bold") else font)
        if symbols and char["text"] in symbols:
            char["text"] = symbols[char["text"]]


def _only(parts: list[str | _PdfTable], furniture: set[str]) -> bool:
    """Whether these parts of a page are only its running header or footer (or nothing)."""
    lines = [line for part in parts for line in (part.split("\n") if isinstance(part, str) else [None]) if line != ""]
    return len(lines) <= FURNITURE_LINES and all(line is not None and _as_furniture(line) in furniture for line in lines)


def _table_at_foot(parts: list[str | _PdfTable], furniture: set[str]) -> _PdfTable | None:
    """The table a page ends with, below it nothing but the page's running footer."""
    last = next((at for at in range(len(parts) - 1, -1, -1) if isinstance(parts[at], _PdfTable)), None)
    return parts[last] if last is not None and _only(parts[last + 1:], furniture) else None


def _as_furniture(line: str) -> str:
    """A line as a running header or footer repeats it on each page: its numbers ("Page 2 of 4") any number."""
    return re.sub(r"\d+", "#", " ".join(line.split()).lower())


def _running_lines(read: list[list[str | _PdfTable]]) -> set[str]:
    """The lines at the top or foot of two or more pages: their running headers and footers."""
    seen: Counter[str] = Counter()
    for parts in read:
        lines = [line for part in parts if isinstance(part, str) for line in part.split("\n") if line.strip()]
        seen.update({_as_furniture(line) for line in lines[:FURNITURE_LINES] + lines[-FURNITURE_LINES:]})
    return {line for line, pages in seen.items() if pages >= 2}


def _pdf_page_parts(page, *, foot_row: bool = False) -> list[str | _PdfTable]:
    """A page's text and tables in order. `foot_row`: the top of a row the page break cut, under the
    page's last table (its columns' lines drawn on down, no line under it), is read as a row of that table."""
    parts: list[str | _PdfTable] = []
    top = 0.0
    # a "table" of one row is a shaded header over rows with no ruled columns: read with them; and so
    # is one of a single column (a slide's banded rows, shaded with no lines between the columns)
    tables = sorted((table for table in page.find_tables() if len(table.rows) > 1 and len(table.columns) > 1),
                    key=lambda found: found.bbox[1])
    for number, table in enumerate(tables):
        parts.append(_pdf_lines(page, top, table.bbox[1]))
        parts.extend(_beside(page, table.bbox))
        parts.append(_PdfTable(table))
        top = max(top, table.bbox[3])
        if foot_row and number == len(tables) - 1 and (cut := _cut_row(page, table)) is not None:
            parts[-1].rows.append(cut[0])
            top = cut[1]
    parts.append(_pdf_lines(page, top, page.height))
    return [part for part in parts if not isinstance(part, str) or part.strip()]


def _cut_row(page, table) -> tuple[list[str | None], float] | None:
    """The cells of a row the page break cut, under `table`: where its column lines go on below it with
    no line across; and where that row ends."""
    sides = sorted({round(x, 1) for cell in table.cells for x in (cell[0], cell[2])})
    bottom = table.bbox[3]
    below = [edge for edge in page.vertical_edges if abs(edge["top"] - bottom) <= 2
             and any(abs(edge["x0"] - side) <= 2 for side in sides)]
    if len(below) < 2:
        return None
    end = max(edge["bottom"] for edge in below)
    if end - bottom < 4:
        return None
    cells = page.crop((table.bbox[0], bottom, table.bbox[2], end), strict=False).extract_table({
        "vertical_strategy": "explicit", "horizontal_strategy": "explicit",
        "explicit_vertical_lines": sides, "explicit_horizontal_lines": [bottom, end]})
    if not cells or len(cells[0]) != len(table.columns):
        return None
    # (its last line's letters may reach a little below the lines' end)
    return cells[0], max([end] + [char["bottom"] for char in page.chars if bottom < char["top"] < end]) + 0.5


# Points between two columns' words: wider than a space in justified text, narrower than the gap
# a table's cell padding or a margin leaves between columns.
GUTTER = 8.0


def _beside(page, bbox: tuple[float, float, float, float]) -> list[str]:
    """The text set beside a table in a page's other column (a newsletter's two columns, the table in
    one of them), read before the table: the table takes only its own column of the band it is in."""
    left, top, right, bottom = bbox
    sides = [(0.0, left)] if left > page.width / 3 else []
    sides += [(right, page.width)] if right < page.width * 2 / 3 else []
    return [_pdf_lines(page, top, bottom, across=side) for side in sides]


def _pdf_lines(page, top: float, bottom: float, across: tuple[float, float] | None = None) -> str:
    """The text in a band across the page (or `across` part of it), top to bottom: a line at a time,
    but where the lines are set in columns (a minutes table with no ruled columns, actions in a margin)
    the columns' text as a table's rows, each cell's lines kept."""
    if bottom - top < 1:
        return ""
    left, right = across or (0.0, page.width)  # (beside a table, only the lines wholly in its band: not those above)
    band = page.within_bbox((left, top, right, bottom), strict=False) if across else page.crop((left, top, right, bottom), strict=False)
    words = band.extract_words()
    lines = _word_lines(words)
    rules = sorted(edge["top"] for edge in band.horizontal_edges
                   if edge["width"] > page.width / 4 and not _underlines(edge, words))
    out, index = [], 0
    while index < len(lines):
        end, gutters = _columns_from(lines, index)
        if gutters and _hanging_numbers(lines[index:end], gutters):
            out.extend(" ".join(word["text"] for word in line) for line in lines[index:end])
            index = end
        elif gutters and _newspaper(lines[index:end], gutters, page.width, rules):
            for column in _column_cells(lines[index:end], gutters):  # one column, then the next, as read
                out.extend(["", *column.split("\n"), ""])
            index = end
        elif gutters:
            rows = _rows(lines[index:end], rules)
            out.extend(["", *_table_lines([_column_cells(row, gutters) for row in rows]), ""])
            index = end
        else:
            out.append(" ".join(word["text"] for word in lines[index]))
            index += 1
    return "\n".join(out)


# A paragraph's number set in the margin: "3.1", "4.2.1", "7.", "(b)"
PARAGRAPH_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|" + LIST_NUMBER + r")$")  # (a list's number: patterns.py)


def _hanging_numbers(lines: list[list[dict]], gutters: list[float]) -> bool:
    """Numbered paragraphs set with a hanging indent ("3.1" in the margin, the paragraph's lines beside
    it): a column of nothing but their numbers is no table's column; read line by line."""
    if len(gutters) != 1:
        return False
    margins = [[word["text"] for word in line if _column_of(word, gutters) == 0] for line in lines]
    return all(not words or len(words) == 1 and PARAGRAPH_NUMBER.match(words[0]) for words in margins)


def _underlines(edge: dict, words: list[dict]) -> bool:
    """A line drawn under words, not a table's rule: "Minute 18 (Outreach funding breakdown)"
    underlined in a minute's text sits at the foot of the words it spans."""
    under = [word for word in words if abs(edge["top"] - word["bottom"]) <= 3
             and word["x0"] < edge["x1"] and word["x1"] > edge["x0"]]
    return bool(under) and min(word["x0"] for word in under) <= edge["x0"] + 2 \
        and max(word["x1"] for word in under) >= edge["x1"] - 2


def _word_lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped into the lines they sit on, top to bottom, each line left to right."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda word: (round(word["top"]), word["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) < 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda word: word["x0"]) for line in lines]


def _gaps(words: list[dict]) -> list[tuple[float, float]]:
    """The spaces no word covers, at least a gutter wide, between the first and last words."""
    covered = sorted((word["x0"], word["x1"]) for word in words)
    gaps, right = [], covered[0][1]
    for left, end in covered[1:]:
        if left - right >= GUTTER:
            gaps.append((right, left))
        right = max(right, end)
    return gaps


def _columns_from(lines: list[list[dict]], start: int) -> tuple[int, list[float]]:
    """Where columns set from line `start` end, and the middles of the gutters between them: the
    lines from one with a gutter in it, down to the first line whose words cross every gutter or
    that stands apart.
    Three or more lines with words on both sides of a gutter make columns; else (start + 1, [])."""
    if not _gaps(lines[start]):
        return start + 1, []
    end, gaps = start + 1, _gaps(lines[start])
    while end < len(lines) and not _stands_apart(lines[end - 1], lines[end]):
        widened = _gaps([word for line in lines[start:end + 1] for word in line])
        kept = [gap for gap in widened if any(gap[0] >= old[0] - 0.5 and gap[1] <= old[1] + 0.5 for old in gaps)]
        if not kept:
            break
        gaps, end = kept, end + 1
    split = sum(1 for line in lines[start:end] if any(
        line[0]["x0"] < gap[0] and line[-1]["x1"] > gap[1] for gap in gaps))
    if split < 3:
        return start + 1, []
    return end, [(left + right) / 2 for left, right in gaps]


NEWSPAPER_LINES = 12  # lines a column runs to before it is read as a column of text, not a table's


def _newspaper(lines: list[list[dict]], gutters: list[float], width: float, rules: list[float]) -> bool:
    """Text set in two newspaper columns (an annex, a newsletter): one gutter near the middle of
    the page, no ruled lines across, and each side a long run of lines. Read down one column, then
    the next; a table's columns (ruled, or a narrow one beside a wide one) are read across."""
    if len(gutters) != 1 or not 0.4 * width <= gutters[0] <= 0.6 * width:
        return False
    top, bottom = lines[0][0]["top"], lines[-1][0]["bottom"]
    if any(top < rule < bottom for rule in rules):
        return False
    sides = [sum(1 for line in lines if any(_column_of(word, gutters) == side for word in line)) for side in (0, 1)]
    return min(sides) >= NEWSPAPER_LINES


def _stands_apart(above: list[dict], line: list[dict]) -> bool:
    """A line more than two lines' height below the one above it (a page's footer under a table)."""
    height = max(word["bottom"] - word["top"] for word in above)
    return line[0]["top"] - above[0]["bottom"] > 2 * height


RULE_SLACK = 1.0  # points a rule between two rows may lie below the top of the lower row's words


def _rows(lines: list[list[dict]], rules: list[float]) -> list[list[list[dict]]]:
    """Lines set in columns cut into a table's rows: at a ruled line between two lines, or, with no
    rules, where the space between lines is half as big again as usual."""
    pitch = _usual_pitch(lines)
    rows = [[lines[0]]]
    for above, line in pairwise(lines):
        # (a shaded row's edge may lie a fraction under its text's top: "Publish ..." at 201.7, the band at 202)
        ruled = any(above[0]["bottom"] <= rule <= line[0]["top"] + RULE_SLACK for rule in rules)
        if ruled or (not rules and line[0]["top"] - above[0]["top"] > 1.5 * pitch):
            rows.append([])
        rows[-1].append(line)
    return rows


def _usual_pitch(lines: list[list[dict]]) -> float:
    steps = sorted(line[0]["top"] - above[0]["top"] for above, line in pairwise(lines))
    return steps[len(steps) // 2] if steps else 12.0


def _column_cells(row: list[list[dict]], gutters: list[float]) -> list[str]:
    """A row's text column by column; a cell's lines kept, and a blank line where its lines stand
    apart (two actions in one margin cell)."""
    pitch = _usual_pitch(row)
    columns: list[list[list[dict]]] = [[] for _ in range(len(gutters) + 1)]
    for line in row:
        for column in range(len(columns)):
            words = [word for word in line if _column_of(word, gutters) == column]
            if words:
                columns[column].append(words)
    cells = []
    for column in columns:
        text = []
        for above, words in pairwise([None, *column]):
            if above is not None and words[0]["top"] - above[0]["top"] > 1.5 * pitch:
                text.append("")
            text.append(" ".join(word["text"] for word in words))
        cells.append("\n".join(text))
    return cells


def _column_of(word: dict, gutters: list[float]) -> int:
    return sum(1 for gutter in gutters if word["x0"] > gutter)


# ---- Emails -------------------------------------------------------------------------------------

def _text_from_email(name: str, data: bytes) -> str:
    """An email saved as a file (.eml), read with the standard library's email package: who sent it,
    when and its subject, then its text (quoted-printable or base64 decoded; the HTML part read as a
    web page when it has no plain text)."""
    message = BytesParser(policy=email_policy.default).parsebytes(data)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise UnreadableDocument(f"{name} has no text in it. Copy the minutes from the email and paste them in")
    text = _email_part_text(name, body)
    if body.get_content_type() == "text/plain" and (html := message.get_body(preferencelist=("html",))) is not None:
        text = _table_kept(text, _email_part_text(name, html))
    headers = "".join(f"{field}: {message[field]}\n" for field in ("From", "Date", "Subject") if message[field])
    return _plain(_checked(name, headers + "\n" + text))


def _email_part_text(name: str, part) -> str:
    """The words of one part of an email: its plain text, or its HTML read as a web page."""
    try:
        content = part.get_content()
    except (LookupError, ValueError):  # an unknown character set, a damaged encoding
        raise UnreadableDocument(f"{name} cannot be read. Copy the minutes from the email and paste them "
                                 "in") from None
    return text_from_html(content) if part.get_content_type() == "text/html" else content


def _table_kept(plain: str, html: str) -> str:
    """Of an email's two copies of itself, the HTML when it holds a table that the plain text wrote a cell a
    line (Outlook's plain-text copy: "Ref" / "Action" / "Lead" / "By when", each row's cells likewise); else
    the plain text (which may set the table out in columns of its own)."""
    header = next((cells for line in html.splitlines() if len(cells := [cell.strip() for cell in line.split("\t")]) >= 3
                   and all(cells)), None)
    if header is None:
        return plain
    lines = [line.strip() for line in plain.splitlines() if line.strip()]  # (a blank line between cells, or none)
    return html if any(lines[at:at + len(header)] == header for at, line in enumerate(lines) if line == header[0]) \
        else plain


# ---- Excel workbooks ---------------------------------------------------------------------------

MAX_WORKBOOK_ROWS = 5_000  # far more than a meeting's action log; the rest is not read
MAX_WORKBOOK_SHEETS, MAX_WORKBOOK_COLUMNS = 20, 60  # likewise


def open_workbook(name: str, data: bytes, *, values: bool = True, most_unpacked: int = MAX_UNPACKED_BYTES):
    """An .xlsx workbook opened read-only (its saved values, or with `values=False` its formulas),
    or UnreadableDocument saying in plain English why not: password-protected or in the old
    format, with macros, damaged, or unpacking to more than `most_unpacked` bytes (a zip
    crafted to fill the memory). The caller closes it."""
    import openpyxl  # only when a workbook is read: it takes a while to load

    if data.startswith(OLE_SIGNATURE):
        raise UnreadableDocument(f"{name} is password-protected, or saved in the old Excel 97–2003 format. "
                                 "Remove the password (or save it as an Excel Workbook, .xlsx) and try again")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if any(part.lower().endswith("vbaproject.bin") for part in archive.namelist()):
                raise UnreadableDocument(f"{name} contains macros, which Tracker does not open. In Excel, save "
                                         "it as an Excel Workbook (.xlsx) without macros and try again")
            if sum(info.file_size for info in archive.infolist()) > most_unpacked:
                raise ValueError("unpacks to too much")
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=values)
    except UnreadableDocument:
        raise
    except Exception:  # openpyxl raises many kinds for a damaged file; all mean the same to a person
        raise UnreadableDocument(f"{name} could not be opened as an Excel workbook. Open it in Excel, save it "
                                 "as an Excel Workbook (.xlsx) and try again") from None


def _text_from_workbook(name: str, data: bytes) -> str:
    """Each sheet of a workbook (an action log kept in Excel) as its name, on a line of its own, then
    its rows as TAB-separated lines: dates written as dates, a title merged across the top a line
    of its own, an empty row a blank line. Hidden sheets are left out."""
    book = open_workbook(name, data)
    try:
        out = []
        for sheet in book.worksheets[:MAX_WORKBOOK_SHEETS]:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue
            out += ["", sheet.title, ""]
            sheet.reset_dimensions()  # rows as stored, not padded to the size the file claims (XFD1048576)
            for number, row in enumerate(sheet.iter_rows(values_only=True)):
                if number >= MAX_WORKBOOK_ROWS:
                    break
                cells = [_cell_words(value) for value in row[:MAX_WORKBOOK_COLUMNS]]
                while cells and not cells[-1]:
                    cells.pop()
                out.append("\t".join(cells))
    finally:
        book.close()
    text = "\n".join(out)
    if not text.strip():
        raise UnreadableDocument(f"{name} has nothing in it. Choose the workbook that holds the actions")
    return _plain(text)


def _cell_words(value) -> str:
    """A cell as a person reads it: a date as 30/01/2027, a whole number without ".0", text on one line."""
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


# ---- HTML --------------------------------------------------------------------------------------

_DROPPED = {"head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
            "button", "select", "textarea", "svg", "iframe", "object", "canvas", "dialog"}
_DROPPED_ROLES = {"navigation", "banner", "contentinfo", "search", "dialog", "alert"}
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "address", "figure",
           "figcaption", "details", "summary", "dl", "hr", "fieldset", "legend", "caption"}
_LINES = {"div", "section", "article", "main", "body", "dt", "dd", "center"}  # a line, no blank line
DESCRIBED_ITEM_WORDS = 6  # a <dd> this long is a sentence, an item; shorter, a value ("Date" / "8 July 2027")
DESCRIBED_TERM_WORDS = 3  # a <dt> this long is a heading ("What we will change"); shorter, a field ("Action", "By when")


def _described_items(node) -> set[int]:
    """The descriptions in a definition list that are items of a list under a heading, not a field's
    value: "What we will change" then "Build a flag ...", not "Action" then "Build a flag ..."."""
    term, items = "", set()
    for child in node:
        if child.tag == "dt":
            term = "".join(child.itertext())
        elif child.tag == "dd" and len(term.split()) >= DESCRIBED_TERM_WORDS and not term.rstrip().endswith(":") \
                and len("".join(child.itertext()).split()) >= DESCRIBED_ITEM_WORDS:
            items.add(id(child))
    return items


_WORD_LIST = re.compile(r"mso-list\s*:\s*l\d", re.IGNORECASE)
_WORD_MARKER = re.compile(r"^\(?([0-9]+|[a-zA-Z]|[ivxlcIVXLC]+)[.)]")


def text_from_html(html: str) -> str:
    """The text of a web page or of the clipboard's HTML (pasted from Word or a browser)."""
    root = tinyhtml5.parse(html or "", namespace_html_elements=False)
    mains = [node for node in root.iter() if isinstance(node.tag, str)
             and (node.tag == "main" or node.get("role") == "main")]
    reader = _HtmlReader()
    # A page's own content is in its <main> when it has one: menus, breadcrumbs and side panels not.
    for node in (mains[:1] if len(mains) == 1 and "".join(mains[0].itertext()).strip() else [root]):
        reader.element(node)
    reader.flush()
    return reader.out.text()


# A page built with ASP.NET WebForms (council committee sites: CMIS, ModernGov's older skins) wraps
# the whole page in one <form>; a search box or a sign-up form holds no headings, paragraphs or tables
_CONTENT = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "table"}


# A page's menus and trails named by their class or id where the page uses no <nav> or <header>
# ("topNav", "site-menu", "dnn_dnnBreadcrumb", "cookie-banner")
_CHROME_NAME = re.compile(r"^(?:site|page|global|top|main|primary|sub|side)?[-_]?(?:nav(?:bar|igation)?|menu|"
                          r"masthead|sidebar|cookies?(?:[-_]?(?:banner|notice))?|skip[-_]?links?)$|breadcrumb", re.I)


def _chrome(node) -> bool:
    names = f"{node.get('id') or ''} {node.get('class') or ''}".split()
    return node.tag in ("div", "ul", "ol", "span", "section") and any(_CHROME_NAME.search(name) for name in names)


def _hidden(node) -> bool:
    style = (node.get("style") or "").replace(" ", "").lower()
    if _chrome(node):
        return True
    if node.tag == "form":
        return not any(child.tag in _CONTENT for child in node.iter() if isinstance(child.tag, str))
    return (node.tag in _DROPPED or node.get("role") in _DROPPED_ROLES or node.get("hidden") is not None
            or node.get("aria-hidden") == "true" or "display:none" in style
            or "mso-list:ignore" in style)


class _HtmlReader:
    def __init__(self):
        self.out = _Lines()
        self.inline: list[str] = []
        self.prefix = ""  # the list marker of the item being read
        self.in_item = 0  # inside a list item: paragraphs in it join its line
        self.pre = 0
        self.described: set[int] = set()  # the <dd> elements read as list items (`_described_items`)
        self.bold_line = ""  # the words of a bold element that starts a line, until the line goes on

    def current_line(self) -> str:
        """The words of the line being read so far, up to 300 characters back (read from the end, so a
        block of thousands of bold words costs no more each time)."""
        parts, length = [], 0
        for piece in reversed(self.inline):
            parts.append(piece.rsplit("\n", 1)[-1])
            length += len(parts[-1])
            if "\n" in piece or length > 300:
                break
        return "".join(reversed(parts)).strip()

    def text(self, text: str | None) -> None:
        if text:
            self.inline.append(text if self.pre else re.sub(r"[ \t\n\r\f]+", " ", text))

    def flush(self, *, as_block: bool = True) -> None:
        text = "".join(self.inline).replace("\xa0", " ").replace("\u200b", "").replace("\ufeff", "")
        self.inline.clear()
        if self.prefix:
            # (an answer typed into the item after a line break, signed by initials: "SK: Can I do Friday 15th?",
            # a line of its own under the item, as a plain-text reply writes it)
            item, *answers = re.split(r"\n(?=\s*[A-Z]{2,3}:\s)", text)
            line, self.prefix = self.prefix + " ".join(item.split()), ""
            if text.strip():
                self.out.add(line, "item")
                self.out.under([" ".join(answer.split()) for answer in answers])
            return
        if self.pre:
            self.out.block(text)
        elif as_block:
            self.out.block(" ".join(part for part in text.split(" ") if part) if "\n" not in text
                           else "\n".join(" ".join(line.split()) for line in text.split("\n")))
        else:
            for line in text.split("\n"):
                self.out.add(" ".join(line.split()))

    def element(self, node) -> None:
        tag = node.tag if isinstance(node.tag, str) else None
        if tag is None or _hidden(node):  # a comment, a menu, a script...
            self.text(node.tail)
            return
        if tag == "br":
            line = self.current_line()
            # "<b>2. Extra summer places</b><br>Mary said ...": a bold line of its own heads what follows
            self.inline.append("\n\n" if line and line == self.bold_line else "\n")
        elif tag in ("b", "strong") and not self.current_line():
            self.children(node)
            self.bold_line = self.current_line()
        elif tag == "a" and "mention" in (node.get("class") or ""):
            self.inline.append("@")  # a wiki's link to a person ("@Liam Porter"): a name, as typed
            self.children(node)
        elif tag in ("ul", "ol"):
            self.list(node)
        elif tag == "table":
            self.table(node)
        elif node.get("role") in _GRID_ROLES and _grid_rows(node):
            self.grid(node)
        elif tag == "dl" and not self.in_item:
            self.described |= _described_items(node)
            self.flush()
            self.out.gap = True
            self.children(node)
            self.flush()
            self.out.gap = True
        elif tag == "p" and _WORD_LIST.search(node.get("style") or ""):
            self.word_list_item(node)
        elif tag == "dd" and id(node) in self.described:
            self.described_item(node)
        elif (tag in _BLOCKS or tag in _LINES) and not self.in_item:
            self.flush(as_block=tag in _BLOCKS)
            self.pre += tag == "pre"
            if tag in _BLOCKS:
                self.out.gap = True
            self.children(node)
            self.flush(as_block=tag in _BLOCKS)
            self.pre -= tag == "pre"
            if tag in _BLOCKS:
                self.out.gap = True
        else:
            if tag in _BLOCKS or tag in _LINES or tag == "li":
                self.inline.append(" ")
            self.children(node)
        self.text(node.tail)

    def children(self, node) -> None:
        self.text(node.text)
        for child in node:
            self.element(child)

    def list(self, node) -> None:
        """Each item a line: "- " for bullets, its number for a numbered list (start= honoured)."""
        outer = not self.in_item
        self.flush()
        if outer:
            self.out.gap = True
        numbered = node.tag == "ol"
        number = int(node.get("start")) - 1 if (node.get("start") or "").lstrip("-").isdigit() else 0
        for item in node:
            if not isinstance(item.tag, str) or _hidden(item):
                continue
            if item.tag != "li":
                self.element(item)
                continue
            number = int(item.get("value")) if (item.get("value") or "").isdigit() else number + 1
            self.prefix = f"{_number(number, node.get('type') or '1')}. " if numbered else "- "
            self.prefix += _task_box(node, item)
            self.in_item += 1
            self.children(item)
            self.in_item -= 1
            self.flush()
        if outer:
            self.out.gap = True

    def described_item(self, node) -> None:
        """A definition list's description that is a sentence ("What we will change" then "Build a
        flag ... Lead: LP By: 30 September"): an item of a list under its term, not a value."""
        self.flush()
        self.prefix = "- "
        self.in_item += 1
        self.children(node)
        self.in_item -= 1
        self.flush()

    def word_list_item(self, node) -> None:
        """A list item in Word's clipboard HTML: a paragraph styled mso-list, its bullet or number in
        a span Word marks mso-list:Ignore."""
        marker = next(("".join(span.itertext()).strip() for span in node.iter()
                       if "mso-list:ignore" in (span.get("style") or "").replace(" ", "").lower()), "")
        self.flush()
        number = _WORD_MARKER.match(marker.replace("\xa0", " "))
        self.prefix = f"{number.group(1)}. " if number else "- "
        self.in_item += 1
        self.children(node)
        self.in_item -= 1
        self.flush()

    def table(self, node) -> None:
        """Each row a line, cells apart by a TAB, header rows first; a cell spanning columns is
        followed by empty cells so the columns line up. A table inside a cell stays in that cell.
        A table used to lay out a page (a council's minutes: the minute number, then a cell with the
        item's heading and paragraphs) is read as the blocks in its cells."""
        self.flush()
        if _lays_out_a_page(node):
            inside_item, self.in_item = self.in_item, 0  # its blocks stand alone, even in a list item
            for cell in _cells(node):
                self.out.gap = True
                self.children(cell)
                self.flush()
            self.in_item = inside_item
            self.out.gap = True
            return
        rows: list[tuple[int, list[str]]] = []
        below: dict[int, tuple[int, str]] = {}  # a column's cell spanning down: (rows still to fill, its text)
        for section in node:
            for row in ([section] if section.tag == "tr" else
                        section if section.tag in ("thead", "tbody", "tfoot") else []):
                if row.tag != "tr" or _hidden(row):
                    continue
                cells = _html_row(row, below)
                rows.append(({"thead": 0, "tfoot": 2}.get(section.tag, 1), cells))
        self.out.gap = True
        for line in _table_lines([cells for _, cells in sorted(rows, key=lambda pair: pair[0])]):
            self.out.add(line, "row")
        self.out.gap = True


    def grid(self, node) -> None:
        """A web app's grid built of <div>s (a Loop or Planner task list saved from the browser: role="grid",
        its role="row"s of role="gridcell"s) read as a table: each row a line, an empty cell kept empty
        (a task with no due date leaves its Due cell blank, not the next row's owner), a ticked box "☑"."""
        self.flush()
        self.out.gap = True
        for line in _table_lines([[_grid_cell_text(cell) for cell in cells] for cells in _grid_rows(node)]):
            self.out.add(line, "row")
        self.out.gap = True


# ARIA's table roles: a grid of <div>s that a screen reader reads as a table
_GRID_ROLES = {"grid", "table", "treegrid"}
_GRID_CELL_ROLES = {"gridcell", "cell", "columnheader", "rowheader"}


def _grid_rows(grid) -> list[list]:
    """The cells of each of a grid's rows that has any ("+ Add a task", a row of no cells, is the editor's button)."""
    rows = []
    for row in grid.iter():
        if isinstance(row.tag, str) and row.get("role") == "row" and not _hidden(row):
            cells = [cell for cell in row.iter() if isinstance(cell.tag, str) and cell.get("role") in _GRID_CELL_ROLES
                     and not _hidden(cell)]
            if cells:
                rows.append(cells)
    return rows


def _grid_cell_text(cell) -> str:
    """A grid cell's words; a cell holding only a ticked box ("aria-checked": a task marked done) is "☑"."""
    text = _cell_text(cell)
    ticked = any(isinstance(box.tag, str) and box.get("role") == "checkbox" and box.get("aria-checked") == "true"
                 for box in cell.iter())
    return text or ("☑" if ticked else "")


def _span(cell, name: str) -> int:
    span = (cell.get(name) or "1").strip()
    return max(1, min(int(span), 50)) if span.isdigit() else 1


def _html_row(row, below: dict[int, tuple[int, str]]) -> list[str]:
    """One row's cells. A cell spanning columns is followed by empty cells, so the columns line up
    with the header; a cell spanning rows ("rowspan") is repeated in the rows below it, as a Word
    cell merged down is, so that the cells after it stay in their columns."""
    cells: list[str] = []

    def fill_from_above() -> None:
        while len(cells) in below:
            left, text = below.pop(len(cells))
            if left > 1:
                below[len(cells)] = (left - 1, text)
            cells.append(text)

    for cell in row:
        if cell.tag not in ("td", "th") or _hidden(cell):
            continue
        fill_from_above()
        text = _cell_text(cell)
        if _span(cell, "rowspan") > 1:
            below[len(cells)] = (_span(cell, "rowspan") - 1, text)
        cells.append(text)
        cells.extend([""] * (_span(cell, "colspan") - 1))
    fill_from_above()
    return cells


_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _own_rows(table) -> Iterator:
    """A table's own rows, in order (not those of a table inside one of its cells)."""
    for section in table:
        for row in ([section] if section.tag == "tr" else section if section.tag in ("thead", "tbody", "tfoot") else []):
            if row.tag == "tr" and not _hidden(row):
                yield row


def _cells(table) -> Iterator:
    """The cells of a table's own rows, in order (not those of a table inside one of them)."""
    for row in _own_rows(table):
        yield from (cell for cell in row if cell.tag in ("td", "th") and not _hidden(cell))


def _lays_out_a_page(table) -> bool:
    """A cell holding a heading, or rows of at most two cells (a committee system's item number, then the
    item's title and paragraphs of minutes): the table places the page's sections, it is not a table of data."""
    cells = list(_cells(table))
    if any(isinstance(inner.tag, str) and inner.tag in _HEADINGS for cell in cells for inner in cell.iter()):
        return True
    # (its own rows: an email's one-column layout holding a table of "name | action | date" rows)
    widest = max((sum(1 for cell in row if cell.tag in ("td", "th")) for row in _own_rows(table)), default=0)
    if widest <= 2 and table.get("role") == "presentation":
        return True  # an email's layout, so marked: its boxes in rows, one inside another
    return widest <= 2 and not any(cell.tag == "th" for cell in cells) and any(
        sum(1 for inner in cell.iter() if inner.tag in ("p", "li")) >= 2 and len("".join(cell.itertext())) >= 200
        for cell in cells)  # (not "Action | Owner" over a cell of two short paragraphs)


def _task_box(items, item) -> str:
    """ "[ ] " or "[x] " for an item of a task list (a wiki's or an editor's checkboxes), as
    Markdown writes one; "" for an ordinary list item."""
    boxes = [box for box in item.iter() if box.tag == "input" and (box.get("type") or "").lower() == "checkbox"]
    classes = f"{items.get('class') or ''} {item.get('class') or ''}"
    if not (boxes or "task" in classes or item.get("data-inline-task-id") is not None):
        return ""
    ticked = "checked" in (item.get("class") or "").split() or any(box.get("checked") is not None for box in boxes)
    return "[x] " if ticked else "[ ] "


def _cell_text(cell) -> str:
    """A table cell's text, each paragraph and line on a line of its own; two line breaks, or an
    empty paragraph, leave a blank line."""
    text = re.sub(r"\n+", "\n", "".join(_words(cell)))  # paragraphs in a row are one line apart
    return text.replace("\r", "\n").strip("\n")


def _words(node) -> Iterator[str]:
    """The text of a table cell in pieces: "\n" around a paragraph, "\r" for a line break."""
    if not isinstance(node.tag, str) or _hidden(node):
        return
    if node.tag == "br":
        yield "\r"
    yield re.sub(r"[ \t\n\r\f]+", " ", node.text or "")
    for child in node:
        block = isinstance(child.tag, str) and (child.tag in _BLOCKS or child.tag in _LINES
                                                or child.tag in ("li", "tr", "td", "th"))
        yield "\n" if block else ""
        yield from _words(child)
        yield "\n" if block else ""
        yield re.sub(r"[ \t\n\r\f]+", " ", child.tail or "")
