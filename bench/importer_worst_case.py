"""How long the minutes importer takes on the worst pastes it accepts (up to MAX_PASTE characters).

    python -m bench.importer_worst_case [--lines N]

A secretary pastes at most 100,000 characters (tracker/importer/forms.py MAX_PASTE), and the
import page reads them while they wait, in a web worker that serves no one else meanwhile. Real
minutes are a few hundred lines; a pasted spreadsheet or a robot can send thousands of lines of one
kind, or a line that is one long run of spaces. Each case below is read (parse_outcomes, then the
meeting's outcomes) and timed; time that grows with the square of the length shows here long
before anyone meets it. Goal: every case under 1 second on this project's machine.

A benchmark, not a test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import time
from datetime import date

from tracker.importer.forms import MAX_PASTE
from tracker.importer.parse import NoOutcomesForDate, outcomes_for, parse_outcomes

MEETING = date(2026, 11, 12)
# One line repeated: kinds of line each rule of the reader looks at (wrapped prose, actions,
# tables, lists, dotted leaders, two columns, task boxes, numbered blocks).
LINES = ["a", "word " * 16, "x " * 40, "Action: MW to send the letter to", "- send the letter", "• send the letter",
         "1. send the letter", "| Send the letter | MW | 30/01/2027 |", "MW | send the letter to the school",
         "Send,MW,30/01/2027", "o\tsend the letter",
         "Owner: MW", "Circulate the protocol ........ ACTION: MW", "........ ACTION: MW", "[ ] send the letter",
         "A1 send the letter",
         "  indented wording of the item", "left column words here          right column words there",
         "Mary Walker to send the letter", "(Action: MW)",
         # notes apps and phones: a Tasks-plugin line, a handle defined, phone notes' arrows
         "- [ ] send the letter 📅 2027-01-30 ⏳ 2027-01-20 @mw", "@mw = [[Mary Walker]]", "mw => send the letter by fri",
         "CFE/17/27\tMINUTE The panel met. RESOLVED – That (1) the note be noted; (2) MW send it",
         # OCR'd scans, a margin owner, a planner's quoted description, a chat sender by number, Easy Read
         "LP to circu1ate the rneeting notes to rnernbers by Friday.              ACTI0N: LP",
         "a1,Send the letter,Board 12/11/26,Not started,MW,,30/01/2027,\"Use the",
         "[12/11/2026, 12:31] +44 7700 900461: I'll try to send the letter if I can",
         "Liam from the data team (he runs the dashboard) - send the letter at some point",
         # a task tool's JSON export, a line of it at a time; Word's tracked changes; a transcript's cue
         '{"key":"S-1","fields":{"summary":"Send the letter","assignee":{"displayName":"MW"},"duedate":"2027-01-30"}}',
         "Action: [Deleted: MW][Inserted: YO] to send the letter [Comment AB1: ok]", "<v Mary Walker>I'll send it",
         # an export cut short; a log's status tags; a table of who said what when; a clerk's item and action
         '{"key":"S-1","fields":{"summary":"Send the letter","assignee":{"displayName":"MW"},"duedate":"2027-0',
         "[DONE]  MW to send the letter - sent 2 May", "00:18:05\tMary Walker (Chair)\tI'll send the letter by Friday",
         "FGB/27/03\tBUDGET", "ACTION: SBM - report the spend at the end of Q2 before October half term",
         # a Teams chat's sender line, a post's comment footer, a learning review's label, dictation, a chair's list
         "[10:02] Grace Adeyemi", "> Like · Reply · 3h", "What will change → Add the letter to the system",
         "full stop new paragraph liam will no scratch that mary will send it", "1. Transport -> MW to chase Mark W",
         # a Word comment read under its words
         "[Comment by Mary Walker] Can we say 4 May? I'm away until then.",
         # a Markdown pad's comment left open, an approver's correction, an update in capitals, an outliner's task
         "<!-- note on this [[link]]", "AP>> This should be Kemi, not Owen - by Friday 22 October", "DONE - sent",
         "- TODO KA to send it", "TGTasha Greenwood · Sep 21 at 5:10pm"]
# One long line: a run of one character between words rules look for.
RUNS = {"spaces": " ", "tabs": "\t", "dots": ".", "dashes": "-", "commas": ", ", "brackets": "[", "letters": "a",
        "capitals": "A", "digits": "1"}
RUN_AROUND = ["Action", "ACTION:", "Owner", "Due", "RESOLVED", "(Action:", "Target date:", "→", "1)", "by", "@mw",
              "[[", "- [ ]", "That (1)", "will try to", "ACTI0N:", "from the", "\""]


def cases(lines: int):
    for line in LINES:
        yield f"{lines:,} lines of {line.strip()[:30]!r}", "\n".join([line] * lines)
    yield f"{lines:,} clauses of one sentence", "Mark will set up the group" + ", and will write the letter" * lines
    yield f"{lines:,} hopes in one sentence", "Mark will try to set up the group" + " and try to write it" * lines
    yield f"{lines:,} dashes in one sentence", " ".join(["This should be Kemi, not Owen - by Friday 22 October"] * lines)
    yield f"{lines:,} action labels, each over one item", "\n".join(["Actions:", "Jo Bell - raffle prizes"] * (lines // 2))
    yield f"{lines:,} lines of stacked table headers", "\n".join(["", "Action", "Lead", "Due", "x"] * (lines // 5))
    yield f"{lines:,} replies to one comment", "Omar to send it by 3 May.\n" + "[Reply by Jo Price] Yes, make it 4 May.\n" * lines
    yield f"{lines:,} numbered answers in an email, each giving a date", "From: Jo Price <jo@example.org>\n" \
        "Sent: 05 May 2027 09:10\nSubject: draft actions\n\n" + "\n".join(
            f"{number % 9 + 1} - yes, I'll take this one, it will be 28th May rather than 14 May" for number in range(lines))
    yield f"{lines:,} different actions", "\n".join(f"Action: MW to send letter {number} to the school {number % 97}"
                                                    for number in range(lines))
    for name, run in RUNS.items():
        for word in RUN_AROUND:
            yield f"{word!r} then a run of {name}", f"{word}{run * (MAX_PASTE // (2 * len(run)))}x"


def seconds_to_read(text: str) -> float:
    started = time.perf_counter()
    parsed = parse_outcomes(text[:MAX_PASTE], meeting_date=MEETING, names=frozenset({"Mary Walker"}))
    try:
        outcomes_for(parsed, MEETING, lenient=True)
    except NoOutcomesForDate:
        pass
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=3000, help="lines in each repeated-line case")
    args = parser.parse_args(argv)
    timed = sorted(((seconds_to_read(text), name) for name, text in cases(args.lines)), reverse=True)
    for seconds, name in timed[:15]:
        print(f"{seconds:7.2f} s  {name}")
    print(f"slowest: {timed[0][0]:.2f} s ({timed[0][1]}); {sum(s > 1 for s, _ in timed)} of {len(timed)} over 1 s")


if __name__ == "__main__":
    main()
