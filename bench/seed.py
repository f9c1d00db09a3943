"""Fill a database with a large, realistic partnership for the benchmarks.

    python -m bench.seed --actions 50000 [--database-url URL] [--wipe]

Defaults: 200 groups (a Board, 19 workstreams, 180 task and finish groups under them), 2,000
people in 20 organisations, 7 meetings a group, and 50,000 actions with updates, tags and history,
15% of them overdue. Rows go in with bulk INSERTs (no ORM objects, no audit hooks), so 50,000
actions take seconds. The target is DATABASE_URL (SQLite under instance/ by default) or
--database-url; migrations are applied first. A database that already has actions is left alone
(an error, or success with --keep, so `make bench` can seed once and reuse it) unless --wipe is
given, which deletes every row except the reference lists.

The benchmark signs in as BENCH_EMAIL with BENCH_PASSWORD (a chair).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, func, insert, select

BENCH_EMAIL = "bench.chair@example.org"
BENCH_PASSWORD = "bench chair password"
CHUNK = 5000
EXPLICIT_IDS = ("organisations", "users", "groups", "meetings", "actions")

ORGANISATION_NAMES = [
    ("Northshire County Council", "Council", "council"),
    ("Northshire Integrated Care Board", "ICB", "nhs"),
    ("Northshire Community Health NHS Trust", "Community Health", "nhs"),
    ("Northshire Mental Health NHS Trust", "Mental Health Trust", "nhs"),
    ("Northshire Parent Carer Forum", "Parent Carer Forum", "parent_forum"),
    ("Riverside Special School", "Riverside", "school"),
    ("Hillview Academy Trust", "Hillview", "school"),
    ("St Mary's Primary School", "St Mary's", "school"),
    ("Northshire College", "College", "school"),
    ("Educational Psychology Service", "EPS", "council"),
    ("SEND Information, Advice and Support Service", "SENDIASS", "council"),
    ("Early Years Service", "Early Years", "council"),
    ("Children's Social Care", "Social Care", "council"),
    ("Short Breaks Service", "Short Breaks", "council"),
    ("Home to School Transport", "Transport", "council"),
    ("Youth Voice Northshire", "Youth Voice", "voluntary"),
    ("Autism Support Northshire", "Autism Support", "voluntary"),
    ("Carers' Centre", "Carers' Centre", "voluntary"),
    ("Virtual School", "Virtual School", "council"),
    ("Public Health Northshire", "Public Health", "council"),
]
FIRST_NAMES = ["Aisha", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Hassan", "Isla", "Jack", "Kiran",
               "Leah", "Mo", "Nia", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Viktor",
               "Wen", "Yusuf", "Zoe", "Joanne", "Mark", "Helen", "Gareth", "Sofia"]
LAST_NAMES = ["Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fisher", "Green", "Hughes", "Iqbal", "Jones",
              "Khan", "Lewis", "Morgan", "Nolan", "O'Brien", "Patel", "Reid", "Shah", "Taylor", "Walsh"]
THEMES = ["Key Worker pilot", "EHCP timeliness", "Preparation for adulthood", "Short breaks",
          "Transport", "Early years inclusion", "Autism pathway", "Speech and language therapy",
          "Annual reviews", "Local Offer", "Alternative provision", "Joint commissioning",
          "Workforce training", "Co-production", "Emotional wellbeing", "School places",
          "Transitions", "Graduated approach", "Parent carer feedback"]
VERBS = ["Report back on", "Circulate a paper on", "Set up a meeting about", "Draft the plan for",
         "Share the data on", "Consult champions about", "Update the Local Offer page on",
         "Write to schools about", "Review the budget for", "Agree the next steps for"]
NOTES = ["Meeting booked with the team.", "First draft shared for comment.", "Waiting for data from health.",
         "Discussed at the workstream; agreed to extend.", "On track.", "Champions' feedback received.",
         "Paper going to the next Board.", "Delayed by staff absence; new date agreed."]
OUTCOMES = ["Paper presented and agreed.", "Data shared with the Board.", "Letter sent to all schools.",
            "Local Offer page updated.", "Training delivered to 40 staff."]
EXPLANATIONS = ["Funding was not agreed, so the pilot cannot go ahead this year.",
                "The national guidance changed; the Board agreed to stop this work.",
                "The service was recommissioned and the action no longer applies."]


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--actions", type=int, default=50000)
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--organisations", type=int, default=20)
    parser.add_argument("--overdue", type=float, default=0.15, help="share of actions overdue (0.15)")
    parser.add_argument("--database-url", help="default: DATABASE_URL, else SQLite under instance/")
    parser.add_argument("--today", type=date.fromisoformat, help="default: today")
    parser.add_argument("--random-seed", type=int, default=2026)
    parser.add_argument("--wipe", action="store_true", help="delete every row (but tags) first")
    parser.add_argument("--keep", action="store_true", help="a database that has actions already: keep it, succeed")
    return parser.parse_args(argv)


def make_app(database_url: str | None):
    from config import selected_profile
    from tracker import create_app

    overrides = {"SCHEDULER_ENABLED": False}
    if database_url:
        from config import _database_url  # the same URL rules as DATABASE_URL

        overrides["SQLALCHEMY_DATABASE_URI"] = _database_url(database_url)
    return create_app(selected_profile(), **overrides)


def _bulk(table, rows: list[dict]) -> None:
    from tracker.extensions import db

    for start in range(0, len(rows), CHUNK):
        db.session.execute(insert(table), rows[start:start + CHUNK])


def _moment(day: date, rng: random.Random) -> datetime:
    return datetime(day.year, day.month, day.day, rng.randint(8, 17), rng.randint(0, 59), tzinfo=UTC)


def seed(args) -> dict[str, int]:
    from tracker.actions.models import Action, ActionStatus, ActionUpdate, UpdateKind, action_tags
    from tracker.core.models import AuditEvent, Tag
    from tracker.extensions import db
    from tracker.meetings.models import Meeting
    from tracker.people.models import Group, Membership, Organisation, User
    from tracker.people.operations import set_password

    rng = random.Random(args.random_seed)
    today = args.today or date.today()
    now = datetime.now(UTC)

    organisations = [
        {"id": index + 1, "name": name, "short_name": short, "kind": kind, "created_at": now, "updated_at": now}
        for index, (name, short, kind) in enumerate(
            (ORGANISATION_NAMES * (args.organisations // len(ORGANISATION_NAMES) + 1))[:args.organisations])
    ]
    for index, row in enumerate(organisations[len(ORGANISATION_NAMES):], start=len(ORGANISATION_NAMES)):
        row["name"] = f"{row['name']} {index}"
    _bulk(Organisation.__table__, organisations)

    people = []
    for number in range(1, args.people + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        role = "chair" if number <= 20 else "lead" if number <= 200 else "member"
        people.append({
            "id": number, "email": f"person{number}@example.org", "name": f"{first} {last}",
            "job_title": "", "role": role, "organisation_id": rng.randint(1, len(organisations)),
            "is_active": True, "digest_enabled": True, "session_version": 1, "calendar_feed_version": 1,
            "created_at": now, "updated_at": now,
        })
    people[0].update(email=BENCH_EMAIL, name="Bench Chair")
    _bulk(User.__table__, people)
    chair = db.session.get(User, 1)
    set_password(chair, BENCH_PASSWORD)

    groups, memberships = [], []
    workstreams = max(min(19, (args.groups - 1) // 2), 0)  # the rest are task and finish groups under them
    for number in range(1, args.groups + 1):
        if number == 1:
            name, kind, parent = "SEND Board", "board", None
        elif number <= workstreams + 1:
            name, kind, parent = f"{THEMES[(number - 2) % len(THEMES)]} workstream", "workstream", None
        else:
            parent = rng.randint(2, workstreams + 1) if workstreams else 1
            name, kind = f"{rng.choice(THEMES)} task and finish group {number}", "task_and_finish"
        groups.append({"id": number, "name": name, "kind": kind, "parent_id": parent, "description": "",
                       "meeting_pattern": "Monthly", "is_active": True, "created_at": now, "updated_at": now})
        members = rng.sample(range(2, args.people + 1), k=min(9, args.people - 1))
        for position, person_id in enumerate([1 if number == 1 else members[0], *members[1:]]):
            role = "chair" if position == 0 else "lead" if position == 1 else "member"
            memberships.append({"group_id": number, "person_id": person_id, "group_role": role,
                                "created_at": now, "updated_at": now})
    _bulk(Group.__table__, groups)
    _bulk(Membership.__table__, memberships)
    members_of: dict[int, list[int]] = {}
    for membership in memberships:
        members_of.setdefault(membership["group_id"], []).append(membership["person_id"])

    meetings = []
    for group in groups:
        for months_ago in range(6, -1, -1):
            day = today - timedelta(days=30 * months_ago - 10 + rng.randint(0, 6))
            meetings.append({"id": len(meetings) + 1, "group_id": group["id"], "starts_at": _moment(day, rng),
                             "location": "Online", "is_online": True, "status": "scheduled", "summary": "",
                             "minutes": "", "minutes_status": "draft", "version": 1, "cancelled_reason": "",
                             "created_at": now, "updated_at": now})
    _bulk(Meeting.__table__, meetings)

    tag_ids = db.session.scalars(select(Tag.id)).all()
    actions, updates, tagged, history = [], [], [], []
    kinds = rng.choices(
        ["overdue", "open", "completed", "cannot", "superseded"],
        weights=[args.overdue, 0.25, 0.93 - args.overdue - 0.25, 0.05, 0.02], k=args.actions,
    )
    for number, kind in enumerate(kinds, start=1):
        group_id = rng.randint(1, len(groups))
        owner_id = rng.choice(members_of[group_id])
        if kind == "overdue":
            due = today - timedelta(days=rng.randint(1, 240))
        elif kind == "open":
            due = today + timedelta(days=rng.randint(0, 150))
        else:
            due = today - timedelta(days=rng.randint(0, 700))
        created = min(due - timedelta(days=rng.randint(14, 90)), today)
        moves = rng.choice([0, 0, 0, 0, 1, 1, 2, 3])
        original = due - timedelta(days=14 * moves)
        status = {"overdue": rng.choice([ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS]),
                  "open": rng.choice([ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS]),
                  "completed": ActionStatus.COMPLETED, "cannot": ActionStatus.CANNOT_BE_DONE,
                  "superseded": ActionStatus.SUPERSEDED}[kind]
        closed_at = None
        if kind in ("completed", "cannot", "superseded"):
            closed_day = min(due + timedelta(days=rng.choice([-10, -5, -2, 0, 0, 3, 15, 40])), today)
            closed_at = _moment(max(closed_day, created), rng)
        next_meeting = kind == "open" and rng.random() < 0.03
        created_at = _moment(created, rng)
        actions.append({
            "id": number, "title": f"{rng.choice(VERBS)} {rng.choice(THEMES).lower()}",
            "detail": "Agreed at the meeting.", "owner_id": owner_id, "group_id": group_id,
            "created_by_id": 1, "status": status, "due_on": None if next_meeting else due,
            "due_at_next_meeting_of_id": group_id if next_meeting else None,
            "original_due_on": None if next_meeting else original, "due_date_moves": 0 if next_meeting else moves,
            "meeting_id": None, "at_risk": kind in ("overdue", "open") and rng.random() < 0.08,
            "at_risk_reason": "", "outcome": rng.choice(OUTCOMES) if kind == "completed" else "",
            "explanation": rng.choice(EXPLANATIONS) if kind == "cannot" else "",
            "closed_at": closed_at, "last_progress_at": None, "version": 1,
            "created_at": created_at, "updated_at": closed_at or created_at,
        })
        history.append({"occurred_at": created_at, "actor_id": 1, "entity_type": "Action",
                        "entity_id": number, "event": "created", "changes": {"title": [None, "..."]}})
        last = (closed_at or datetime.combine(today, datetime.min.time(), tzinfo=UTC))
        span = max(int((last - created_at).total_seconds()), 1)
        for offset in sorted(rng.sample(range(span), k=min(rng.randint(0, 4), span))):
            updates.append({"action_id": number, "author_id": owner_id,
                            "created_at": created_at + timedelta(seconds=offset),
                            "kind": UpdateKind.NOTE, "note": rng.choice(NOTES)})
        for tag_id in rng.sample(tag_ids, k=rng.choice([0, 1, 1, 2])):
            tagged.append({"action_id": number, "tag_id": tag_id})
    _bulk(Action.__table__, actions)
    _bulk(ActionUpdate.__table__, updates)
    _bulk(action_tags, tagged)
    _bulk(AuditEvent.__table__, history)
    return {"organisations": len(organisations), "people": len(people), "groups": len(groups),
            "meetings": len(meetings), "actions": len(actions), "updates": len(updates),
            "overdue": kinds.count("overdue"), "history": len(history)}


def wipe() -> None:
    from tracker.extensions import db

    for table in reversed(db.metadata.sorted_tables):
        if table.name != "tags":
            db.session.execute(delete(table))


def main(argv=None) -> int:
    args = parse_args(argv)
    app = make_app(args.database_url)
    from flask_migrate import upgrade

    from tracker.actions.models import Action
    from tracker.core.stamps import renew_stamps
    from tracker.extensions import db

    started = time.perf_counter()
    with app.app_context():
        upgrade(revision="heads")
        if db.session.scalar(select(func.count()).select_from(Action)):
            if args.keep and not args.wipe:
                print("This database already has actions: kept as it is (--keep).")
                return 0
            if not args.wipe:
                print("This database already has actions. Use --wipe to replace everything in it "
                      "(every row but the reference lists is deleted).", file=sys.stderr)
                return 1
        if args.wipe:
            wipe()
        counts = seed(args)
        renew_stamps(db.session.connection())  # rows went in past the ORM: what was kept is out of date
        db.session.commit()
        if db.engine.dialect.name == "postgresql":
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                for table in EXPLICIT_IDS:  # rows went in with their ids: move the sequences on
                    connection.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT coalesce(max(id), 1) FROM {table}))")
                connection.exec_driver_sql("VACUUM ANALYZE")
        else:
            with db.engine.connect() as connection:
                connection.exec_driver_sql("ANALYZE")
                connection.commit()
        url = db.engine.url.render_as_string(hide_password=True)
    elapsed = time.perf_counter() - started
    print(f"Seeded {url} in {elapsed:.1f} s: " + ", ".join(f"{value:,} {name}" for name, value in counts.items()))
    print(f"Sign in as {BENCH_EMAIL} with the password '{BENCH_PASSWORD}'.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
