"""Benchmark who hears what: a meeting's new actions gathered into one email per owner, and the
daily email of moves planned over many inputs.

    python -m bench.notifications                                 # a scratch SQLite file
    python -m bench.notifications --database-url URL --scratch    # a scratch PostgreSQL database

1. A meeting import: 40 actions raised through `create_action` (as the importer does) for 15
   owners by one secretary; the outbox run after the quiet period (`gather_new_action_emails`)
   must make exactly 15 emails (goal), one per owner.
2. The daily run over --inputs inputs (default 10,000; half raised by champions with accounts,
   half by people who gave only an address), five to an action, of which --moved actions moved
   since the last run (a new date with its reason, then a note; one in five closed). Planning
   (`plan_daily_emails`) is timed --rounds times (goal: at most 2 s), with this process's CPU
   time; writing the emails to the outbox (`queue_daily_emails`) is timed once.

--scratch drops and recreates every table of the database it is given: use an empty database.
A benchmark, not a test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, insert, select

from bench.seed import make_app

PLAN_GOAL_SECONDS = 2.0
OWNERS, ACTIONS_IN_IMPORT = 15, 40
CHUNK = 2000


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="a scratch database (with --scratch); default: a temporary SQLite file")
    parser.add_argument("--scratch", action="store_true", help="drop and recreate every table of --database-url")
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--moved", type=int, default=1_000, help="actions that moved since the last daily run")
    parser.add_argument("--rounds", type=int, default=3)
    return parser.parse_args(argv)


def bulk(table, rows) -> None:
    from tracker.extensions import db

    for start in range(0, len(rows), CHUNK):
        db.session.execute(insert(table), rows[start:start + CHUNK])


def fresh_schema() -> None:
    from tracker.core.models import Tag
    from tracker.core.reference import reference_rows
    from tracker.extensions import db

    db.drop_all()
    db.create_all()
    db.session.execute(insert(Tag), reference_rows())
    db.session.commit()


def meeting_import(today: date) -> tuple[int, float]:
    """40 actions for 15 owners, raised one after another as an import raises them."""
    from tracker.actions.operations import create_action
    from tracker.extensions import db
    from tracker.nudges.notifications import gather_new_action_emails
    from tracker.people.models import Group, User

    secretary = User(email="secretary@example.org", name="Sam Secretary", role="lead")
    owners = [User(email=f"owner{number}@example.org", name=f"Owner {number}") for number in range(OWNERS)]
    group = Group(name="SEND Board", kind="board")
    db.session.add_all([secretary, group, *owners])
    db.session.flush()
    for number in range(ACTIONS_IN_IMPORT):
        create_action(title=f"Action {number} from the Board", owner=owners[number % OWNERS], group=group,
                      by=secretary, today=today, due_on=today + timedelta(days=30))
    db.session.commit()
    started = time.perf_counter()
    result = gather_new_action_emails(datetime.now(UTC) + timedelta(hours=1))
    seconds = time.perf_counter() - started
    db.session.commit()
    return result.emails, seconds


def many_inputs(count: int, moved: int, today: date) -> dict[str, int]:
    """Inputs five to an action; `moved` of the actions moved since the last daily run."""
    from tracker.actions.models import Action, ActionUpdate
    from tracker.extensions import db
    from tracker.inputs.models import Input, input_actions
    from tracker.nudges.notifications import ActionFollow, DailyEmailRun
    from tracker.people.models import Group, User

    now = datetime.now(UTC)
    db.session.add(DailyEmailRun(day=today - timedelta(days=1),
                                 up_to_update_id=db.session.scalar(select(func.max(ActionUpdate.id))) or 0))
    first_person = (db.session.scalar(select(func.max(User.id))) or 0) + 1
    champions = count // 4  # each champion raised two inputs; the other half came by address
    bulk(User.__table__, [
        {"id": first_person + number, "email": f"champion{number}@example.org", "name": f"Champion {number}",
         "role": "champion", "is_active": True, "digest_enabled": False, "session_version": 1,
         "calendar_feed_version": 1, "created_at": now, "updated_at": now}
        for number in range(champions)])
    group_id = db.session.scalar(select(Group.id))
    owner_ids = db.session.scalars(select(User.id).where(User.email.like("owner%"))).all()
    first_action = (db.session.scalar(select(func.max(Action.id))) or 0) + 1
    actions = count // 5
    bulk(Action.__table__, [
        {"id": first_action + number, "title": f"Answering input, part {number}", "owner_id": owner_ids[number % len(owner_ids)],
         "group_id": group_id, "status": "in_progress", "due_on": today + timedelta(days=20),
         "original_due_on": today + timedelta(days=20), "created_at": now, "updated_at": now, "version": 1}
        for number in range(actions)])
    bulk(ActionFollow.__table__, [
        {"action_id": first_action + number, "person_id": owner_ids[number % len(owner_ids)], "created_at": now}
        for number in range(actions)])
    bulk(Input.__table__, [
        {"id": number + 1, "what": f"Something raised, number {number}",
         "raised_by_id": first_person + number // 2 if number < count // 2 else None,
         "contact_email": "" if number < count // 2 else f"parent{number}@example.net",
         "contact_name": "" if number < count // 2 else f"Parent {number}",
         "consent_to_contact": True, "status": "being_looked_at", "group_id": group_id,
         "created_at": now, "updated_at": now, "version": 1}
        for number in range(count)])
    bulk(input_actions, [{"input_id": number + 1, "action_id": first_action + number % actions}
                         for number in range(count)])
    updates = []
    for number in range(min(moved, actions)):
        action_id = first_action + number
        author = owner_ids[(number + 1) % len(owner_ids)]  # a colleague, so the owner hears too
        updates.append({"action_id": action_id, "author_id": author, "created_at": now, "kind": "due_date_moved",
                        "note": "The colleges asked for the spring term", "old_due_on": today + timedelta(days=20),
                        "new_due_on": today + timedelta(days=50)})
        updates.append({"action_id": action_id, "author_id": author, "created_at": now, "kind": "note",
                        "note": "Met the transport team"})
        if number % 5 == 0:
            updates.append({"action_id": action_id, "author_id": author, "created_at": now, "kind": "status_changed",
                            "note": "Done: the offer is published", "old_status": "in_progress",
                            "new_status": "completed"})
    blank = {"old_due_on": None, "new_due_on": None, "old_status": None, "new_status": None}
    bulk(ActionUpdate.__table__, [{**blank, **update} for update in updates])  # one shape for every row
    db.session.commit()
    return {"inputs": count, "actions": actions, "moved": min(moved, actions), "updates": len(updates),
            "champions": champions}


def time_daily(today: date, rounds: int):
    from tracker.extensions import db
    from tracker.nudges.notifications import plan_daily_emails, queue_daily_emails

    seconds, cpu = [], []
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        plan = plan_daily_emails(today)
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        db.session.rollback()
    plan = plan_daily_emails(today)
    started = time.perf_counter()
    queued = queue_daily_emails(plan)
    queue_seconds = time.perf_counter() - started
    db.session.rollback()
    return plan, seconds, cpu, queued, queue_seconds


def main(argv=None) -> int:
    args = parse_args(argv)
    scratch = None
    if args.database_url and not args.scratch:
        print("--scratch is needed: every table of that database is dropped and made again.")
        return 1
    url = args.database_url or f"sqlite:///{(scratch := tempfile.TemporaryDirectory()).name}/bench.db"
    app = make_app(url)
    today = date.today()
    from tracker.core.audit import set_actor
    from tracker.extensions import db

    with app.app_context(), app.test_request_context():
        fresh_schema()
        set_actor(db.session, None)
        emails, gather_seconds = meeting_import(today)
        print(f"Meeting import: {ACTIONS_IN_IMPORT} actions for {OWNERS} owners made {emails} emails "
              f"(goal {OWNERS}) in {gather_seconds * 1000:.0f} ms of gathering "
              f"[{'ok' if emails == OWNERS else 'MISSED'}]")
        counts = many_inputs(args.inputs, args.moved, today)
        plan, seconds, cpu, queued, queue_seconds = time_daily(today, args.rounds)
        best, median = min(seconds), statistics.median(seconds)
        print("Daily run over " + ", ".join(f"{value:,} {name}" for name, value in counts.items()) + ":")
        print(f"  planning: {len(plan.readers):,} emails, best {best:.2f} s, median {median:.2f} s, "
              f"CPU {statistics.median(cpu):.2f} s (goal {PLAN_GOAL_SECONDS:.0f} s) "
              f"[{'ok' if median <= PLAN_GOAL_SECONDS else 'MISSED'}]")
        print(f"  writing them to the outbox: {queued.queued:,} emails in {queue_seconds:.2f} s")
        print(f"Database: {db.engine.url.render_as_string(hide_password=True).split('@')[-1]} "
              f"({db.engine.dialect.name})")
        db.engine.dispose()
    if scratch is not None:
        scratch.cleanup()
    return 0 if emails == OWNERS and median <= PLAN_GOAL_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
