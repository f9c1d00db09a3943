"""GET /api/v1/groups gives each group's schedule: the rule in words, its iCalendar text and the
next meetings it gives (issue 13), worked out from the rule with no query of its own."""
from __future__ import annotations

from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from tracker.core.dates import bank_holidays, local_today, utcnow
from tracker.extensions import db
from tracker.meetings.operations import set_schedule
from tracker.people.models import Group

LONDON = ZoneInfo("Europe/London")


def _starts(item) -> list:
    from datetime import datetime

    return [datetime.fromisoformat(each.replace("Z", "+00:00")).astimezone(LONDON)
            for each in item["schedule"]["next_meetings"]]


def test_a_group_gives_its_rule_in_words_as_an_rrule_and_its_next_meetings(api_as, make_person, make_group):
    lead = make_person(role="lead")
    board = make_group(name="SEND Board", lead=lead)
    set_schedule(board, frequency="weekly", interval=6, weekday=1, clock=time(10, 0), starts_on=local_today(),
                 skips_august=True, is_online=True, now=utcnow())
    make_group(name="Task and finish group", lead=lead)  # meets as and when
    db.session.commit()
    items = {item["name"]: item for item in api_as(lead).get("/api/v1/groups").json["items"]}
    assert items["Task and finish group"]["schedule"] is None
    schedule = items["SEND Board"]["schedule"]
    assert schedule["in_words"] == "Every 6 weeks on Tuesday at 10am, not in August"
    assert schedule["skips_bank_holidays"] is False
    assert "RRULE:FREQ=WEEKLY;INTERVAL=6;BYDAY=TU;BYMONTH=1,2,3,4,5,6,7,9,10,11,12" in schedule["rrule"]
    assert rrulestr(schedule["rrule"])  # any iCalendar reader takes it
    starts = _starts(items["SEND Board"])
    assert 3 <= len(starts) <= 6  # six months ahead, every six weeks
    assert all(start.weekday() == 1 and start.time() == time(10, 0) and start.month != 8 for start in starts)
    assert starts[0].date() >= local_today()
    gaps = {(later.date() - earlier.date()).days for earlier, later in zip(starts, starts[1:], strict=False)}
    assert gaps <= {42, 84}  # six weeks, or twelve across a skipped August


def test_the_first_monday_skipping_bank_holidays(api_as, make_person, make_group):
    lead = make_person(role="lead")
    group = make_group(name="Preparing for Adulthood", lead=lead)
    set_schedule(group, frequency="monthly", interval=1, weekday=0, week_of_month=1, clock=time(14, 30),
                 starts_on=date(2026, 1, 1), skips_bank_holidays=True, is_online=True, now=utcnow())
    db.session.commit()
    [item] = api_as(lead).get("/api/v1/groups").json["items"]
    assert item["schedule"]["in_words"] == "The first Monday of each month at 2:30pm, not on bank holidays"
    assert item["schedule"]["skips_bank_holidays"] is True
    starts = _starts(item)
    assert starts and all(start.weekday() == 0 and start.day <= 7 and start.time() == time(14, 30)
                          for start in starts)
    assert not {start.date() for start in starts} & bank_holidays()
    assert starts[-1].date() <= local_today() + timedelta(days=190)


def test_schedules_add_no_query(api_as, make_person, make_group, count_queries):
    lead = make_person(role="lead")
    for number in range(2):
        make_group(name=f"Group {number}", lead=lead)
    api = api_as(lead)
    with count_queries() as plain:
        assert api.get("/api/v1/groups").status_code == 200
    make_group(name="Scheduled", lead=lead)
    for group in db.session.scalars(db.select(Group)).all():
        set_schedule(group, frequency="weekly", interval=2, weekday=3, clock=time(9, 0), starts_on=local_today(),
                     is_online=True, now=utcnow())
    db.session.commit()
    with count_queries() as scheduled:
        body = api.get("/api/v1/groups").json
    assert all(item["schedule"] for item in body["items"])
    assert scheduled.count == plain.count
