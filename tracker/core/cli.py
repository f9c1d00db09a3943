"""`flask backup create PATH` and `flask backup restore PATH`, on SQLite or PostgreSQL."""
from __future__ import annotations

from pathlib import Path

import click
from flask.cli import AppGroup

from tracker.core.backup import BackupError, create_backup, restore_backup
from tracker.core.dates import utcnow

backup_cli = AppGroup("backup", help="Back up the database to a file, or put a backup back.")


@backup_cli.command("create")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def create(path: Path):
    """Write a backup of the database to PATH (a new file)."""
    try:
        click.echo(create_backup(path))
    except BackupError as error:
        raise click.ClickException(str(error)) from error


@backup_cli.command("restore")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask before replacing the database.")
def restore(path: Path, yes: bool):
    """Replace the database with the backup in PATH. Stop the web workers and the scheduler first."""
    if not yes:
        click.confirm(f"This replaces everything in the database with {path}. Go on?", abort=True)
    try:
        click.echo(restore_backup(path, now=utcnow()))
    except BackupError as error:
        raise click.ClickException(str(error)) from error
