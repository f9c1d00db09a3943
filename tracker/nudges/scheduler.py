"""APScheduler 3: the daily nudge run at 08:00 on working days, and the sender every minute.

Started by `flask scheduler run` (its own process: how production runs it, beside any number of
web workers) and by `make run` beside the development server. Never started by `create_app`.
"""
from __future__ import annotations

import logging
from datetime import datetime, time
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from flask import Flask

from tracker.core.dates import is_working_day, local_today
from tracker.nudges.jobs import run_daily_nudges, run_sender

log = logging.getLogger(__name__)

DAILY_RUN_AT = time(8, 0)


def daily_nudges_job(app: Flask) -> None:
    with app.app_context():
        today = local_today()
        if not is_working_day(today):  # the cron skips weekends; this skips bank holidays
            log.info("daily nudges: %s is not a working day", today)
            return
        run_daily_nudges(today)
        run_sender()


def sender_job(app: Flask) -> None:
    from tracker.webhooks.operations import run_deliveries

    with app.app_context():
        run_sender()
        run_deliveries()  # webhooks wait in their own outbox, sent by the same minute's run


def build_scheduler(app: Flask, *, now: datetime | None = None) -> BackgroundScheduler:
    """The jobs run on the scheduler's own threads; the caller decides how long to wait."""
    zone = ZoneInfo(app.config["TIMEZONE"])
    scheduler = BackgroundScheduler(timezone=zone, job_defaults={"coalesce": True, "max_instances": 1})
    scheduler.add_job(
        daily_nudges_job, CronTrigger(day_of_week="mon-fri", hour=DAILY_RUN_AT.hour,
                                      minute=DAILY_RUN_AT.minute, timezone=zone),
        args=[app], id="daily-nudges", name="Daily nudges", misfire_grace_time=6 * 60 * 60,
    )
    scheduler.add_job(sender_job, IntervalTrigger(minutes=1, timezone=zone), args=[app],
                      id="send-outbox", name="Send the outbox", misfire_grace_time=60)
    # Started after 08:00 on a working day (a restart, a deploy): catch up on today's run now.
    # Harmless if it already ran: the outbox keys mean a second run that day queues nothing.
    local_now = (now or datetime.now(zone)).astimezone(zone)
    if is_working_day(local_now.date()) and local_now.time() >= DAILY_RUN_AT:
        scheduler.add_job(daily_nudges_job, args=[app], id="daily-nudges-catch-up",
                          name="Daily nudges (catching up)", next_run_time=local_now)
    return scheduler
