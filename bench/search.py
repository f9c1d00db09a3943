"""Time the search function and the search page on a large partnership.

    python -m bench.search --database-url postgresql://... [--rounds 40]

Seeds the database first if it has no actions (bench/seed.py: 50,000 actions with their updates,
200 groups, 1,400 meetings), then adds minutes to every meeting and decisions up to 20,000 in all
(once; a second run reuses them). Then, for several searches, as a chair (staff: every action)
and as a champion (their own actions and their groups' published record), it times
`tracker.search.queries.search` and the whole /search page (Flask's test client, signed in: the
request shell, the search and the template), and prints p50 and p95 in milliseconds, and (PostgreSQL
on this machine) the server's CPU time per search, which a loaded machine moves far less.
Goal: p95 under 50 ms for the search on PostgreSQL.

A benchmark, not a test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime

from sqlalchemy import func, insert, select, text

from bench.seed import BENCH_EMAIL, BENCH_PASSWORD, NOTES, OUTCOMES, THEMES, VERBS, make_app
from bench.seed import main as seed_main

DECISIONS = 20_000
CHAMPION_EMAIL = "bench.champion@example.org"
QUERIES = ["transport", "ehcp timeliness", "autism pathway", "budget", "short breaks paper",
           "agreed", "wheelchair"]  # "agreed" is in every action's detail; "wheelchair" in nothing


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--rounds", type=int, default=40, help="timings per search and person (40)")
    return parser.parse_args(argv)


def add_decisions_and_minutes(rng: random.Random) -> int:
    """Minutes on every meeting (approved but the latest) and decisions up to DECISIONS in all."""
    from tracker.extensions import db
    from tracker.meetings.models import Decision, Meeting

    have = db.session.scalar(select(func.count()).select_from(Decision))
    if have >= DECISIONS:
        return 0
    meetings = db.session.execute(select(Meeting.id, Meeting.group_id).order_by(Meeting.id)).all()
    for meeting_id, _group_id in meetings:
        minutes = " ".join(f"{rng.choice(VERBS)} {rng.choice(THEMES).lower()}. {rng.choice(NOTES)}"
                           for _ in range(8))
        db.session.execute(Meeting.__table__.update().where(Meeting.id == meeting_id).values(
            minutes=minutes, minutes_status="approved" if meeting_id % 7 else "draft"))
    now = datetime.now(UTC)
    rows = [{"meeting_id": rng.choice(meetings).id, "created_at": now, "updated_at": now,
             "text": f"The group agreed to {rng.choice(VERBS).lower()} {rng.choice(THEMES).lower()}. "
                     f"{rng.choice(OUTCOMES)}"} for _ in range(DECISIONS - have)]
    for start in range(0, len(rows), 5000):
        db.session.execute(insert(Decision), rows[start:start + 5000])
    db.session.commit()
    return len(rows)


def bench_champion():
    """A champion in ten groups, who owns a few actions: sees the published record of those groups."""
    from tracker.actions.models import Action
    from tracker.extensions import db
    from tracker.people.models import Membership, User
    from tracker.people.operations import create_person

    champion = db.session.scalar(select(User).where(User.email == CHAMPION_EMAIL))
    if champion is None:
        champion = create_person(email=CHAMPION_EMAIL, name="Bench Champion", role="champion",
                                 password=BENCH_PASSWORD)
        db.session.flush()
        for group_id in range(1, 11):
            db.session.add(Membership(person_id=champion.id, group_id=group_id, group_role="member"))
        db.session.execute(Action.__table__.update().where(Action.id <= 20).values(owner_id=champion.id))
        db.session.commit()
    return champion


def backend_cpu_ms(pid: int) -> float | None:
    """CPU time (user + system) the PostgreSQL backend `pid` has used, from /proc when the server
    runs on this machine; None otherwise. On a loaded machine it moves far less than the wall clock."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def percentiles(timings: list[float]) -> str:
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * len(ordered)) - 1)]
    return f"p50 {statistics.median(ordered):6.1f} ms  p95 {p95:6.1f} ms"


def timed(call, rounds: int) -> tuple[list[float], object]:
    call()  # warm
    timings, result = [], None
    for _ in range(rounds):
        started = time.perf_counter()
        result = call()
        timings.append((time.perf_counter() - started) * 1000)
    return timings, result


def cpu_per_call(call, rounds: int, pid: int | None) -> str:
    """"server CPU 12.3 ms": the backend's CPU time per call, averaged over `rounds` ("" if unknown)."""
    before = backend_cpu_ms(pid) if pid else None
    if before is None:
        return ""
    for _ in range(rounds):
        call()
    return f"  server CPU {(backend_cpu_ms(pid) - before) / rounds:5.1f} ms"


def main(argv=None) -> int:
    args = parse_args(argv)
    if seed_main(["--database-url", args.database_url, "--keep"]) != 0:
        return 1
    app = make_app(args.database_url)
    app.config.update(WTF_CSRF_ENABLED=False, RATELIMIT_ENABLED=False)
    from tracker.extensions import db
    from tracker.people.models import User
    from tracker.search.queries import search

    with app.app_context():
        added = add_decisions_and_minutes(random.Random(2026))
        if added and db.engine.dialect.name == "postgresql":
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("VACUUM ANALYZE")
        champion_id = bench_champion().id
        chair_id = db.session.scalar(select(User.id).where(User.email == BENCH_EMAIL))
        print(f"{db.engine.dialect.name}: {added:,} decisions added; {args.rounds} timings each")
        pid = db.session.scalar(text("SELECT pg_backend_pid()")) if db.engine.dialect.name == "postgresql" else None
        for who, person_id, email in (("chair", chair_id, BENCH_EMAIL), ("champion", champion_id, CHAMPION_EMAIL)):
            client = app.test_client()
            client.post("/sign-in", data={"email": email, "password": BENCH_PASSWORD})
            for query in QUERIES:
                person = db.session.get(User, person_id)
                function_ms, page = timed(lambda p=person, q=query: search(p, q), args.rounds)
                cpu = cpu_per_call(lambda p=person, q=query: search(p, q), args.rounds, pid)
                db.session.rollback()
                page_ms, response = timed(lambda c=client, q=query: c.get("/search", query_string={"q": q}),
                                            args.rounds)
                assert response.status_code == 200, response.status_code
                print(f"{who:8} {query!r:22} {page.total:7,} found  search {percentiles(function_ms)}  "
                      f"page {percentiles(page_ms)}{cpu}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
