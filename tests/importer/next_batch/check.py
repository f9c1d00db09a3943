"""Checks a held-out batch's labels against its documents (no importer used).

    /work/main/.venv/bin/python tests/importer/next_batch/check.py
"""
import datetime as dt
import html
import json
import re
import sys
from pathlib import Path

from docx import Document

HERE = Path(__file__).parent
PEOPLE = {p["name"] for p in json.load(open("/work/main/tests/importer/corpus/people.json"))["people"]}
BH = {dt.date(2027, m, d) for m, d in [(1, 1), (3, 26), (3, 29), (5, 3), (5, 31), (8, 30), (12, 27), (12, 28)]}
WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")


def text_of(path: Path) -> str:
    if path.suffix == ".docx":
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]

        def cells(tables):
            for t in tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.extend(p.text for p in c.paragraphs)
                        cells(c.tables)
        cells(doc.tables)
        for s in doc.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook
        book = load_workbook(path, data_only=True)
        return "\n".join(str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                         for cell in row if cell is not None)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def words(s: str) -> set:
    return set(WORD.findall(s.lower().replace("’", "'")))


errors = []
labels = sorted(HERE.glob("*.labels.json"), key=lambda p: int(p.name.split("_")[0]))
for lab in labels:
    stem = lab.name[: -len(".labels.json")]
    docs = [p for p in HERE.iterdir() if p.name.startswith(stem + ".") and not p.name.endswith(".labels.json")]
    if len(docs) != 1:
        errors.append(f"{lab.name}: expected one document, found {docs}")
        continue
    doc = docs[0]
    d = json.loads(lab.read_text(encoding="utf-8"))
    if set(d) != {"meeting_date", "style", "held_out", "actions"}:
        errors.append(f"{lab.name}: top-level keys {sorted(d)}")
    if d.get("held_out") is not True:
        errors.append(f"{lab.name}: held_out not true")
    if "batch" not in d["style"]:
        errors.append(f"{lab.name}: style lacks batch name")
    md = dt.date.fromisoformat(d["meeting_date"])
    text = text_of(doc)
    tw = words(text)
    print(f"\n{doc.name}  meeting {md} {md:%A}  actions={len(d['actions'])}")
    if not 4 <= len(d["actions"]) <= 10:
        errors.append(f"{lab.name}: {len(d['actions'])} actions")
    keysets = []
    for a in d["actions"]:
        if set(a) != {"key", "owner", "person", "due"}:
            errors.append(f"{lab.name}: action keys {sorted(a)}")
        kw = words(a["key"])
        if not 4 <= len(a["key"].split()) <= 9:
            errors.append(f"{lab.name}: key length {a['key']!r}")
        missing = kw - tw
        if missing:
            errors.append(f"{lab.name}: key {a['key']!r} words not in document: {sorted(missing)}")
        if a["owner"] is not None and not (words(a["owner"]) <= tw or re.search(r"\b" + re.escape(a["owner"]) + r"\b", text)):
            errors.append(f"{lab.name}: owner {a['owner']!r} not in document")
        if a["person"] is not None and a["person"] not in PEOPLE:
            errors.append(f"{lab.name}: person {a['person']!r} not in people.json")
        due = a["due"]
        note = ""
        if due is None or due == "next meeting":
            note = str(due)
        elif due.startswith("meeting "):
            y, m = map(int, due[len("meeting "):].split("-"))
            if dt.date(y, m, 1) < md.replace(day=1):
                errors.append(f"{lab.name}: {due} before the meeting month")
            note = due
        else:
            dd = dt.date.fromisoformat(due)
            if dd <= md:
                errors.append(f"{lab.name}: due {dd} not after the meeting")
            note = f"{dd} {dd:%a}" + (" (bank holiday!)" if dd in BH else "")
        print(f"  {a['owner']!s:<45} {a['person']!s:<16} {note:<22} {a['key']}")
        keysets.append((a["key"], kw))
    for i, (k1, w1) in enumerate(keysets):
        for k2, w2 in keysets[i + 1:]:
            if len(w1 & w2) / len(w1) >= 0.5 or len(w1 & w2) / len(w2) >= 0.5:
                errors.append(f"{lab.name}: keys confusable: {k1!r} / {k2!r}")

print()
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print(f"OK: {len(labels)} labels files")
