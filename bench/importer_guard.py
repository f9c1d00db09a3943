"""Guard a change to the minutes importer: every read document scored before and after, compared one by one.

    python -m bench.importer_guard score DIR      # in the checkout to measure (start code, then yours)
    python -m bench.importer_guard compare BEFORE AFTER

`score` writes each read document's precision / recall / owners / dates (the corpus and the READ ranges of
tests/importer/next_batch) and only the totals of the UNREAD ranges, whose documents are kept unread as an
honest measure: nobody reading a guard's output learns which of them were missed. `compare` names every
document whose figures changed (better, worse or mixed) and every total that moved. A change to the
importer should leave no document worse unless the new reading is right.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
from pathlib import Path

import bench.importer as scoring

READ = ("191-617", "632-638", "646-659", "695-701", "709-715")  # next_batch ranges read and mended
UNREAD = ("618-631", "639-645", "660-694", "702-708")  # written unseen and kept unread


def _scored(next_batch: str | None) -> list[str]:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        scoring.main(["--next-batch", next_batch] if next_batch else [])
    return printed.getvalue().splitlines()


def score(folder: Path) -> None:
    """Every read document's line, and the unread ranges' totals only, into folder/scores.json."""
    documents, totals = {}, {}
    for chosen in (None, *READ):
        lines = _scored(chosen)
        for line in lines[:-1]:
            name, figures = line.split(": ", 1)
            documents[name.removesuffix(" (held out)")] = figures
        totals[chosen or "corpus"] = lines[-1]
    for chosen in UNREAD:
        totals[chosen] = _scored(chosen)[-1]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "scores.json").write_text(json.dumps({"documents": documents, "totals": totals}, indent=1))
    print("\n".join(f"{name}: {line}" for name, line in totals.items()))


def _figures(line: str | None) -> list[float]:
    return [float(part.rsplit(" ", 1)[1]) for part in line.split(", ")] if line else []


def compare(before: Path, after: Path) -> int:
    """Print what changed; return how many documents got worse in any figure."""
    old, new = (json.loads((folder / "scores.json").read_text()) for folder in (before, after))
    worse = 0
    for name in sorted(set(old["documents"]) | set(new["documents"])):
        was, now = old["documents"].get(name), new["documents"].get(name)
        if was == now:
            continue
        if was is None or now is None:  # a document added, or one no longer scored
            worse += now is None
            print(f"{'NEW' if was is None else 'GONE'}  {name}: {was} -> {now}")
            continue
        pairs = list(zip(_figures(was), _figures(now), strict=True))
        down, up = any(b < a for a, b in pairs), any(b > a for a, b in pairs)
        worse += down
        print(f"{'MIXED' if down and up else 'WORSE' if down else 'BETTER'}  {name}: {was} -> {now}")
    for name, line in new["totals"].items():
        if old["totals"].get(name) != line:
            print(f"TOTAL  {name}: {old['totals'].get(name)} -> {line}")
    print(f"{worse} document(s) worse in some figure")
    return worse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("score").add_argument("folder", type=Path)
    comparing = commands.add_parser("compare")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "score":
        score(args.folder)
        return 0
    return 1 if compare(args.before, args.after) else 0


if __name__ == "__main__":
    raise SystemExit(main())
