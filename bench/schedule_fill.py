"""Benchmark saving a group's meeting schedule: the diary filled 6 months ahead and its invitations.

    python -m bench.schedule_fill            # an in-memory SQLite database

A weekly schedule (26 meetings) saved for a group of 4 and of 30 members, first as Tracker does it
(invitations only for meetings 8 weeks away or nearer), then inviting to every meeting at once, as
it first did. Prints one line per case: members, meetings made, invitations queued, seconds.
"""
from __future__ import annotations

import time as clock
from datetime import date, time, timedelta

from config import TestConfig
from tracker import create_app
from tracker.extensions import db


class ScratchConfig(TestConfig):
    SQLALCHEMY_DATABASE_URI = "sqlite://"


def main() -> None:
    app = create_app(ScratchConfig)
    with app.app_context():
        db.create_all()
        from tests.conftest import london_moment
        from tracker.meetings import operations
        from tracker.nudges.models import OutboxEmail
        from tracker.people.models import Group, Membership, User

        for invite_ahead in (operations.INVITE_AHEAD, timedelta(weeks=1000)):
            operations.INVITE_AHEAD = invite_ahead
            for members in (4, 30):
                group = Group(name=f"Board of {members}, invited {invite_ahead.days} days ahead", kind="board")
                for number in range(members):
                    person = User(email=f"p{members}-{invite_ahead.days}-{number}@example.org", name=f"Person {number}",
                                  role="member", is_active=True)
                    group.memberships.append(Membership(person=person, group_role="member"))
                db.session.add(group)
                db.session.commit()
                before = db.session.scalar(db.select(db.func.count()).select_from(OutboxEmail))
                started = clock.perf_counter()
                made = operations.set_schedule(
                    group, frequency="weekly", interval=1, weekday=1, clock=time(10), starts_on=date(2027, 3, 1),
                    location="Town Hall", now=london_moment(date(2027, 2, 28), time(9)))
                db.session.commit()
                seconds = clock.perf_counter() - started
                queued = db.session.scalar(db.select(db.func.count()).select_from(OutboxEmail)) - before
                print(f"invited up to {invite_ahead.days} days ahead, {members} members: {len(made)} meetings, "
                      f"{queued} invitations, {seconds:.2f} s")


if __name__ == "__main__":
    main()
