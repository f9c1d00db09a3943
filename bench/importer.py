"""The minutes importer scored on its evaluation corpus (tests/importer/corpus).

    python -m bench.importer [--held-out | --development] [--pasted] [--verbose] [--next-batch FIRST-LAST]

Each document has a hand-made label file (NAME.labels.json): the true actions, each with a few
words that identify it ("key"), its owner as written with the partnership's person it means, and
its due date (an ISO date, "next meeting", or "meeting YYYY-MM" for "at January's Board
meeting"). A suggestion the importer would tick is matched to the label it shares most words with.

precision: of the suggestions the importer would tick, how many are true actions;
recall: of the true actions, how many it suggests;
owners: of the true actions found whose text names an owner, how many got that owner (the person
  matched where the label names one; else the owner's words as written, kept and flagged);
dates: of the true actions found whose text gives a due date, how many got that date.

By default every document is scored; --held-out scores only those kept out of development.
--pasted scores each document as a person pastes it rather than uploads it: the text the program that
opens the file copies when they select all (bench/pasted.py: Word's paragraphs and tab-separated table
rows, a PDF viewer's text, a browser's visible text, Excel's tab-separated rows, Outlook's From / Sent /
To / Subject lines and the body); text files are the same either way, and so are the labels.
--next-batch 660-694 scores the documents of tests/importer/next_batch numbered 660 to 694 (the batches
written unseen, each numbered) instead of the corpus.
The last line is exactly `overall: precision P, recall R, owners O, dates D`.
"""
from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.importer.owners import Candidate, known_names, match_owner
from tracker.importer.parse import NoOutcomesForDate, outcomes_for, parse_outcomes

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "importer" / "corpus"
NEXT_BATCH = CORPUS.parent / "next_batch"  # the batches written unseen, scored as a measure
STOPWORDS = {"the", "a", "an", "to", "of", "for", "and", "on", "in", "with", "by", "at", "their", "they",
             "is", "be", "from", "all", "each", "its"}
MATCH_AT = 0.75  # share of a label's key words a suggestion must contain


def document_text(path: Path, *, pasted: bool = False) -> str:
    if pasted:
        from bench.pasted import pasted_text

        return pasted_text(path)
    if path.suffix in (".docx", ".pdf", ".html", ".htm", ".eml", ".xlsx"):
        from tracker.importer.documents import (
            text_from_upload,  # Word files, PDFs, web pages, emails, workbooks
        )

        return text_from_upload(path.name, path.read_bytes())
    return path.read_text(encoding="utf-8")


def corpus_documents(folder: Path | None = None) -> list[tuple[Path, dict]]:
    folder = folder or CORPUS
    found = []
    for labels in sorted(folder.glob("*.labels.json")):
        stem = labels.name.removesuffix(".labels.json")
        document = next(path for path in folder.glob(stem + ".*") if not path.name.endswith(".labels.json"))
        found.append((document, json.loads(labels.read_text(encoding="utf-8"))))
    return found


def _batch_range(numbers: str) -> tuple[int, int]:
    """The first and last number of "660-694" (or "660" alone); a plain message, not a stack trace,
    for anything else."""
    first, _dash, last = numbers.partition("-")
    try:
        return int(first), int(last or first)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{numbers!r} is not FIRST-LAST, for example 660-694") from None


def _range_argument(numbers: str) -> str:
    """--next-batch's value, checked as argparse reads it (a bad one is a usage error)."""
    _batch_range(numbers)
    return numbers


def _chosen_documents(numbers: str | None) -> list[tuple[Path, dict]]:
    """The corpus, or a range of the held-out batches' documents ("660-694"), which are numbered."""
    if not numbers:
        return corpus_documents()
    first, last = _batch_range(numbers)
    return [(path, labels) for path, labels in corpus_documents(NEXT_BATCH)
            if first <= int(path.name.split("_")[0]) <= last]


def corpus_people() -> list[Candidate]:
    people = json.loads((CORPUS / "people.json").read_text(encoding="utf-8"))["people"]
    return [
        Candidate(id=number, name=person["name"], job_title=person["job_title"],
                  organisations=tuple(name for name in (person["organisation"], person.get("short_name")) if name),
                  group_role=person["group_role"])
        for number, person in enumerate(people, start=1)
    ]


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))
    return {word[:5] for word in words if word not in STOPWORDS}


def _overlap(key: str, text: str) -> float:
    wanted = _stems(key)
    return len(wanted & _stems(text)) / len(wanted) if wanted else 0.0


def _written(text: str | None) -> str:
    """An owner's words as written, without "the" or a mention's "@" ("@Jo Marsh" is Jo Marsh)."""
    return re.sub(r"^(?:the\s+|@)", "", (text or "").strip().lower())


def _due_of(suggestion) -> set[str]:
    """How a label may write the due date found: "next meeting" (with its date and month where the
    minutes date that meeting), "meeting 2026-01" for "at January's Board meeting" (or the date given
    without a diary, the month's last day), or a date."""
    found = {suggestion.due_on.isoformat()} if suggestion.due_on else set()
    if suggestion.due_by_next_meeting:  # and the day the minutes give that meeting, if they give it
        found.add("next meeting")
    if suggestion.due_meeting_month:
        found.add(f"meeting {suggestion.due_meeting_month:%Y-%m}")
    return found or {None}


@dataclass
class Score:
    suggested: int = 0
    true_found: int = 0
    actions: int = 0
    owners_named: int = 0
    owners_right: int = 0
    dates_given: int = 0
    dates_right: int = 0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _share(part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    def line(self) -> str:
        return (f"precision {self._share(self.true_found, self.suggested):.2f}, "
                f"recall {self._share(self.true_found, self.actions):.2f}, "
                f"owners {self._share(self.owners_right, self.owners_named):.2f}, "
                f"dates {self._share(self.dates_right, self.dates_given):.2f}")


def score_document(path: Path, labels: dict, people: list[Candidate], *, verbose: bool = False,
                   pasted: bool = False) -> Score:
    day = date.fromisoformat(labels["meeting_date"])
    parsed = parse_outcomes(document_text(path, pasted=pasted), meeting_date=day, names=known_names(people))
    truth = labels["actions"]
    try:
        outcomes = outcomes_for(parsed, day, lenient=True)
    except NoOutcomesForDate as refusal:  # what a secretary meets: no suggestions, and this message
        if verbose:
            print(f"    refused: {refusal}")
        return Score(actions=len(truth))
    suggested = [suggestion for suggestion in outcomes.suggestions if suggestion.suggested]
    pairs = sorted(
        ((max(_overlap(label["key"], s.title), 0.9 * _overlap(label["key"], f"{s.title} {s.source}")), i, j)
         for i, label in enumerate(truth) for j, s in enumerate(suggested)),
        reverse=True)
    matched: dict[int, int] = {}
    for overlap, i, j in pairs:
        if overlap >= MATCH_AT and i not in matched and j not in matched.values():
            matched[i] = j
    score = Score(suggested=len(suggested), true_found=len(matched), actions=len(truth))
    notes = []
    for i, label in enumerate(truth):
        if i not in matched:
            notes.append(f"    missed: {label['key']}")
            continue
        suggestion = suggested[matched[i]]
        if label.get("owner"):
            score.owners_named += 1
            found = match_owner(suggestion.owner_text, people) if suggestion.owner_text else None
            person = found.person.name if found and found.person else None
            # A label with no person (someone outside the corpus's partnership, or a group such as
            # "Health colleagues") is right when the owner's words were read right.
            right = (person == label["person"]) if label.get("person") else \
                _written(suggestion.owner_text) == _written(label["owner"])
            score.owners_right += right
            if not right:
                notes.append(f"    owner: {label['key']}: wanted {label['owner']} ({label.get('person')}), "
                             f"found {suggestion.owner_text!r} ({person})")
        if label.get("due"):
            score.dates_given += 1
            right = label["due"] in _due_of(suggestion)
            score.dates_right += right
            if not right:
                notes.append(f"    date: {label['key']}: wanted {label['due']}, found {_due_of(suggestion)} "
                             f"from {suggestion.due_hint!r}")
    for j, suggestion in enumerate(suggested):
        if j not in matched.values():
            notes.append(f"    not an action: {suggestion.title}")
    if verbose:
        print("\n".join(notes))
    return score


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--held-out", action="store_true", help="score only the held-out documents")
    parser.add_argument("--development", action="store_true", help="score only the development documents")
    parser.add_argument("--pasted", action="store_true", help="score each document as copied and pasted")
    parser.add_argument("--verbose", action="store_true", help="say what was missed or wrong")
    parser.add_argument("--next-batch", metavar="FIRST-LAST", type=_range_argument,
                        help="score the documents of tests/importer/next_batch numbered FIRST to LAST instead")
    args = parser.parse_args(argv)
    people = corpus_people()
    overall = Score()
    for path, labels in _chosen_documents(args.next_batch):
        if (args.held_out and not labels.get("held_out")) or (args.development and labels.get("held_out")):
            continue
        score = score_document(path, labels, people, verbose=args.verbose, pasted=args.pasted)
        overall.add(score)
        held = " (held out)" if labels.get("held_out") else ""
        print(f"{path.name}{held}: {score.line()}")
    print(f"overall: {overall.line()}")


if __name__ == "__main__":
    main()
