"""`flask webhooks deliver`: send the deliveries that are due now (the scheduler does it every minute)."""
from __future__ import annotations

import click
from flask.cli import AppGroup

webhooks_cli = AppGroup("webhooks", help="Events sent to the partnership's other systems.")


@webhooks_cli.command("deliver")
def deliver():
    """Send every webhook delivery that is due, once at a time, and say how it went."""
    from tracker.webhooks.operations import run_deliveries

    outcome = run_deliveries()
    if not outcome.ran:
        click.echo("Another run is sending webhooks; nothing done.")
        return
    counts = outcome.counts
    click.echo(f"Delivered {counts['delivered']}, to try again {counts['retrying']}, failed {counts['failed']}, "
               f"left for the next run {counts['left_for_next_run']}.")
