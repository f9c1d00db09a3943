"""`flask actions import FILE --group NAME [--dry-run] [--json]`: an existing action log."""
from __future__ import annotations

import json
from pathlib import Path

import click
from flask.cli import AppGroup

from tracker.actions.log_import import COLUMN_LABELS, UnreadableLog, column_letter, guess_columns, read_log
from tracker.actions.log_operations import LogRefused, import_log, log_problems, read_entries
from tracker.core.audit import set_actor
from tracker.core.dates import local_today, utcnow
from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.importer.cli import find_group
from tracker.importer.operations import people_who_can_own

actions_cli = AppGroup("actions", help="Actions: import an existing action log.")


def _read_file(path: Path):
    if not path.is_file():
        raise click.ClickException(f"There is no file at {path}")
    try:
        return read_log(path.name, path.read_bytes())
    except UnreadableLog as error:
        raise click.ClickException(error.message) from None
    except OSError as error:
        raise click.ClickException(f"{path} could not be read: {error.strerror}") from error


@actions_cli.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--group", "group_name", required=True, help="The group whose actions the log holds, by name.")
@click.option("--dry-run", is_flag=True, help="Show what would be created; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print each row as read, its owner, dates and problems.")
def import_action_log(file: Path, group_name: str, dry_run: bool, as_json: bool):
    """Import an existing action log (FILE: .xlsx or .csv) as actions of a group.

    Columns are recognised by their headings. All or nothing: a row with a problem stops the
    import, and each problem is listed by row and column. Rows imported before are left alone.
    """
    set_actor(db.session, None)
    table = _read_file(file)
    group = find_group(group_name)
    kinds = guess_columns(table.headings)
    if "action" not in kinds:
        raise click.ClickException("No column's heading says it holds the actions (for example “Action” or "
                                   "“Description”). Rename that column's heading and try again")
    entries = read_entries(table, kinds, group, people_who_can_own(), today=local_today())
    refused = None
    try:
        made = import_log(group, entries, log_name=table.name, by=None, today=local_today(), now=utcnow())
    except LogRefused as error:
        refused, made = error, []
    except DomainError as error:
        db.session.rollback()
        raise click.ClickException(error.message) from None
    report = {
        "file": str(file), "group": group.name, "dry_run": dry_run,
        "columns": [{"column": column_letter(index), "heading": heading, "holds": kind}
                    for index, (heading, kind) in enumerate(zip(table.headings, kinds, strict=True))],
        "skipped": table.skipped,
        "statuses": {entry.status_written: entry.status_label for entry in entries},
        "rows": [entry.to_dict() for entry in entries],
        "problems": [problem.to_dict() for problem in (refused.problems if refused else log_problems(entries))],
        "created": 0 if dry_run or refused else len(made),
    }
    if as_json and dry_run:
        for row in report["rows"]:
            row["action_id"] = None  # a dry run's ids are never saved
    if dry_run or refused:
        db.session.rollback()
    else:
        db.session.commit()
    if as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _print_report(report, kinds, table.headings, would_make=len(made))
    if refused:
        raise click.ClickException(refused.message)


def _print_report(report: dict, kinds: list[str], headings: list[str], *, would_make: int) -> None:
    dry = report["dry_run"]
    click.echo(f"Action log {report['file']} for {report['group']}" + (" (dry run: nothing was saved)" if dry else ""))
    click.echo("\nColumns:")
    for index, (heading, kind) in enumerate(zip(headings, kinds, strict=True)):
        click.echo(f"  {column_letter(index)} “{heading}”: {COLUMN_LABELS[kind]}")
    if report["statuses"]:
        click.echo("\nStatuses:")
        for written, said in report["statuses"].items():
            click.echo(f"  “{written or '(blank)'}” becomes {said}")
    for skipped in report["skipped"]:
        click.echo(f"Left out: {skipped}")
    if report["problems"]:
        click.echo(f"\nProblems (nothing {'would be' if dry else 'was'} imported):")
        for problem in report["problems"]:
            where = f", column {problem['column']} (“{problem['heading']}”)" if problem["column"] else ""
            click.echo(f"  Row {problem['row']}{where}: {problem['message']}")
        return
    checks = [(row["row"], check) for row in report["rows"] for check in row["checks"]]
    if checks:
        click.echo("\nCheck these after the import:")
        for number, check in checks:
            where = f", column {check['column']} (“{check['heading']}”)" if check["column"] else ""
            click.echo(f"  Row {number}{where}: {check['message']}")
    repeated = sum(row["already_imported"] for row in report["rows"])
    verb = "Would create" if dry else "Created"
    click.echo(f"\n{verb} {would_make} action{'s' if would_make != 1 else ''}."
               + (f" {repeated} row{'s were' if repeated != 1 else ' was'} imported before, so not again." if repeated
                  else ""))
