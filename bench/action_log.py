"""Benchmark the action log import: a 5,000-row log becomes the group's actions in under 10 s.

    python -m bench.action_log                                 # a scratch SQLite file
    python -m bench.action_log --database-url URL --scratch    # a scratch PostgreSQL database

The log: --rows rows (default 5,000) of an Excel workbook (or --csv), under a merged title, for
30 people named by initials, full name or email address; due dates as date cells and as text
("17.7.12", "30 Sept"); one row in five with a revised date, most with notes, statuses mixed
(not yet due, ongoing, amber, complete, withdrawn). Timed, as the page and `flask actions import`
do it: reading the file, reading the rows (owners, dates, statuses, the keys of rows imported
before), and importing them through the actions' operations with one commit (goal: the three
together under 10 s). Then the same log again, which must create nothing.

--scratch drops and recreates every table of the database it is given: use an empty database.
A benchmark, not a test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import csv
import io
import os
import tempfile
import time
from datetime import UTC, date, datetime, timedelta

from bench.notifications import fresh_schema
from bench.seed import make_app

GOAL_SECONDS = 10.0
PEOPLE = 30
STATUSES = ["Not yet due", "Ongoing", "Amber", "Complete", "Ongoing", "Withdrawn", "Green", "Complete"]


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="a scratch database (with --scratch); default: a temporary SQLite file")
    parser.add_argument("--scratch", action="store_true", help="drop and recreate every table of --database-url")
    parser.add_argument("--rows", type=int, default=5_000)
    parser.add_argument("--csv", action="store_true", help="a CSV log instead of an Excel workbook")
    return parser.parse_args(argv)


def _name(number: int) -> tuple[str, str]:
    firsts = ["Mary", "Yusuf", "Lena", "Grace", "Owen", "Priya", "Tom", "Asha", "Ben", "Chloe"]
    lasts = ["Walker", "Osman", "Price", "Adeyemi", "Reid"]
    # 30 people whose initials are all different: first letter of first name x last name
    first, last = firsts[number % 10], lasts[number // 10]
    return f"{first} {last}", f"{first.lower()}.{last.lower()}@example.org"


def log_rows(count: int) -> list[list]:
    rows = []
    start = date(2024, 1, 9)
    for number in range(count):
        person = number % PEOPLE
        name, email = _name(person)
        owner = [name, "".join(word[0] for word in name.split()), email][number % 3]
        raised = start + timedelta(days=(number // 20) * 7)
        due = raised + timedelta(days=28 + number % 60)
        due_cell = due if number % 2 else (f"{due.day}.{due.month}.{due.year % 100}" if number % 4 == 1
                                           else f"{due.day} {due:%b}")
        revised = due + timedelta(days=30) if number % 5 == 0 else None
        rows.append([number + 1, f"Action {number + 1}: write to the schools about item {number % 97}", owner,
                     raised, due_cell, revised, STATUSES[number % len(STATUSES)],
                     f"Update on action {number + 1}: letter drafted, waiting for comments" if number % 3 else None])
    return rows


HEADINGS = ["Ref", "Action", "Lead", "Meeting", "Due date", "Revised date", "Status", "Notes"]


def workbook(count: int) -> bytes:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Action log")
    sheet.append(["SEND Board action log"])
    sheet.append(HEADINGS)
    for row in log_rows(count):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_log(count: int) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADINGS)
    for row in log_rows(count):
        writer.writerow([cell.strftime("%d/%m/%Y") if isinstance(cell, date) else cell for cell in row])
    return out.getvalue().encode("utf-8-sig")


def people_and_group():
    from tracker.extensions import db
    from tracker.people.models import Group, Membership, User

    people = []
    for number in range(PEOPLE):
        name, email = _name(number)
        people.append(User(email=email, name=name, role="member"))
    secretary = User(email="secretary@example.org", name="Sam Secretary", role="lead")
    group = Group(name="SEND Board", kind="board")
    group.memberships.append(Membership(person=secretary, group_role="secretary"))
    for person in people:
        group.memberships.append(Membership(person=person, group_role="member"))
    db.session.add_all([secretary, group, *people])
    db.session.commit()
    return group


def waited_for_cpu() -> float:
    """Seconds this process has spent ready to run but waiting for a CPU (Linux; 0 elsewhere): on a
    busy machine, the difference between the wall time and the CPU time."""
    try:
        with open("/proc/self/schedstat") as stats:
            return int(stats.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


def import_once(name: str, data: bytes, group) -> tuple[dict[str, float], int, int]:
    from tracker.actions.log_import import guess_columns, read_log
    from tracker.actions.log_operations import import_log, log_problems, read_entries
    from tracker.core.dates import local_today
    from tracker.extensions import db
    from tracker.importer.operations import people_who_can_own

    seconds, cpu = {}, {}
    waited = waited_for_cpu()

    def timed(step: str, work):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = work()
        seconds[step], cpu[step] = time.perf_counter() - started, time.process_time() - cpu_started
        return result

    table = timed("reading the file", lambda: read_log(name, data))
    entries = timed("reading the rows", lambda: read_entries(table, guess_columns(table.headings), group,
                                                            people_who_can_own(), today=local_today()))
    problems = log_problems(entries)
    if problems:
        raise SystemExit(f"The benchmark's log has problems: {problems[:3]}")

    def import_and_commit():
        made = import_log(group, entries, log_name=name, by=None, today=local_today(), now=datetime.now(UTC))
        db.session.commit()
        return made

    made = timed("importing (one commit)", import_and_commit)
    seconds["cpu"] = cpu
    seconds["waited"] = waited_for_cpu() - waited
    return seconds, len(entries), len(made)


def main(argv=None) -> int:
    args = parse_args(argv)
    scratch = None
    if args.database_url and not args.scratch:
        print("--scratch is needed: every table of that database is dropped and made again.")
        return 1
    url = args.database_url or f"sqlite:///{(scratch := tempfile.TemporaryDirectory()).name}/bench.db"
    app = make_app(url)
    name = "action_log.csv" if args.csv else "action_log.xlsx"
    data = csv_log(args.rows) if args.csv else workbook(args.rows)
    from tracker.core.audit import set_actor
    from tracker.extensions import db

    with app.app_context(), app.test_request_context():
        fresh_schema()
        set_actor(db.session, None)
        group = people_and_group()
        seconds, rows, made = import_once(name, data, group)
        cpu, waited = seconds.pop("cpu"), seconds.pop("waited")
        total = sum(seconds.values())
        print(f"{name}: {rows:,} rows ({len(data) / 1_000_000:.1f} MB), {made:,} actions created")
        for step, taken in seconds.items():
            print(f"  {step}: {taken:.2f} s (CPU {cpu[step]:.2f} s)")
        print(f"  total: {total:.2f} s, this process's CPU time {sum(cpu.values()):.2f} s (goal {GOAL_SECONDS:.0f} s) "
              f"[{'ok' if total <= GOAL_SECONDS else 'MISSED'}]")
        print(f"  load average while it ran: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
              f"waiting for a CPU: {waited:.2f} s of the {total:.2f} s")
        again, _rows, made_again = import_once(name, data, group)
        again.pop("cpu"), again.pop("waited")
        print(f"The same log again: {made_again} actions created (goal 0) in {sum(again.values()):.2f} s "
              f"[{'ok' if made_again == 0 else 'MISSED'}]")
        print(f"Database: {db.engine.url.render_as_string(hide_password=True).split('@')[-1]} "
              f"({db.engine.dialect.name})")
        db.engine.dispose()
    if scratch is not None:
        scratch.cleanup()
    return 0 if total <= GOAL_SECONDS and made_again == 0 and made == rows else 1


if __name__ == "__main__":
    raise SystemExit(main())
