"""`flask minutes import FILE --group NAME --date YYYY-MM-DD [--dry-run] [--json]`."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import click
from flask.cli import AppGroup

from tracker.core.audit import set_actor
from tracker.core.dates import format_date, local_today, utcnow
from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.importer.documents import UnreadableDocument, check_size, text_from_upload
from tracker.importer.operations import (
    ChosenAction,
    ImportRefused,
    create_chosen_actions,
    default_owner,
    diary_after,
    find_or_create_meeting,
    imported_before,
    owner_candidates,
    people_who_can_own,
    problems_of,
    read_suggestion,
)
from tracker.importer.owners import known_names
from tracker.importer.parse import NoOutcomesForDate, ParsedText, find_dates, outcomes_for, parse_outcomes
from tracker.meetings.models import Meeting
from tracker.people.models import Group

minutes_cli = AppGroup("minutes", help="Turn pasted meeting outcomes into draft actions.")

def read_outcomes_file(path: Path) -> str:
    """The text of a .docx, .pdf, .html, .eml, .xlsx or .txt file (see documents.py), or a plain-English ClickException."""
    if not path.exists():
        raise click.ClickException(f"There is no file at {path}")
    if not path.is_file():
        raise click.ClickException(f"{path} is a folder, not a file of meeting outcomes")
    try:
        check_size(path.name, path.stat().st_size)  # before reading: a huge file is never loaded
        return text_from_upload(path.name, path.read_bytes())
    except UnreadableDocument as error:
        raise click.ClickException(error.message) from None
    except OSError as error:
        raise click.ClickException(f"{path} could not be read: {error.strerror}") from error


def confirm_date(text: str, parsed: ParsedText, day: date) -> None:
    """Minutes with no dated heading are taken as the --date meeting's, unless their opening names
    another date and the date given is nowhere in them: then --date is more likely wrong than right."""
    if parsed.dated_meetings or any(found.day == day for found in parsed.dates):
        return
    opening = "\n".join([line for line in text.splitlines() if line.strip()][:6])
    said = next((found for found in find_dates(opening) if found.day), None)
    if said is not None:
        raise click.ClickException(
            f"The outcomes have no dated heading, and their opening gives “{said.text}”, not "
            f"{format_date(day)}. Check --date, or put the meeting's date at the top of the file")


def read_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise click.ClickException(
            f"--date must be a real date written YYYY-MM-DD, for example 2021-06-08 (not “{text}”)"
        ) from None


def find_group(name: str) -> Group:
    wanted = name.strip().casefold()
    groups = db.session.scalars(db.select(Group).order_by(Group.name)).all()
    match = next((group for group in groups if group.name.casefold() == wanted), None)
    if match is None:
        known = ", ".join(group.name for group in groups) or "none yet"
        raise click.ClickException(f"There is no group called “{name}”. Groups: {known}")
    return match


@minutes_cli.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--group", "group_name", required=True, help="The group whose meeting it was, by name.")
@click.option("--date", "day_text", required=True, metavar="YYYY-MM-DD", help="The date of the meeting.")
@click.option("--dry-run", is_flag=True, help="Show what would be created; change nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print what was found as JSON.")
def import_minutes(file: Path, group_name: str, day_text: str, dry_run: bool, as_json: bool):
    """Turn a meeting's pasted outcomes (FILE) into draft actions of its meeting.

    Finds the group's meeting on the date, or creates it with the outcomes as draft minutes. Every
    suggested action is created, owned by the group's secretary (else its chair) until reassigned,
    and due by the next meeting of the group unless the outcomes give a date. All or nothing.
    """
    set_actor(db.session, None)
    text, day = read_outcomes_file(file), read_day(day_text)
    group = find_group(group_name)
    people = people_who_can_own()
    candidates = owner_candidates(group, people)
    parsed = parse_outcomes(text, meeting_date=day, names=known_names(candidates))
    confirm_date(text, parsed, day)
    try:
        outcomes = outcomes_for(parsed, day)
    except NoOutcomesForDate as error:
        raise click.ClickException(str(error)) from None
    person, role = _owner_of_imported(group)
    people_by_id = {each.id: each for each in people}
    made = _make_actions(group, day, text, outcomes, candidates, people_by_id, default=person)
    report = {
        "file": str(file), "group": group.name, "date": day.isoformat(), "dry_run": dry_run,
        "meeting": {"id": None if dry_run else made.meeting.id, "created": made.created_meeting,
                    "heading": outcomes.heading},
        "owner": {"name": person.name, "email": person.email, "group_role": role},
        "suggestions": _suggestions_report(outcomes, made, people_by_id, group, dry_run=dry_run),
        "dates": [found.to_dict() for found in parsed.dates],
        "problems": parsed.problems,
    }
    if dry_run:
        db.session.rollback()
    else:
        db.session.commit()
    if as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _print_report(report, actions_made=len(made.actions), meeting_day=day)


def _owner_of_imported(group: Group):
    """(person, group role): who owns the imported actions the minutes give no owner for."""
    owner = default_owner(group)
    if owner is None:
        raise click.ClickException(
            f"{group.name} has no secretary or chair to own the imported actions. Add one to the group, "
            "then import again"
        )
    return owner


@dataclass
class _Made:
    meeting: Meeting
    created_meeting: bool
    read: dict  # id(suggestion): what was read of its owner and due date
    already: object  # the outcomes imported before (imported_before)
    actions: list


def _make_actions(group: Group, day: date, text: str, outcomes, candidates, people_by_id: dict, *,
                  default) -> _Made:
    """The meeting (found or created) and its draft actions, or a ClickException saying why none."""
    suggested = [suggestion for suggestion in outcomes.suggestions if suggestion.suggested]
    chosen: list[ChosenAction] = []
    try:
        meeting, created_meeting = find_or_create_meeting(group, day, minutes=outcomes.text or text, now=utcnow())
        diary = diary_after(meeting)
        read = {id(suggestion): read_suggestion(suggestion, meeting=meeting, candidates=candidates, diary=diary)
                for suggestion in outcomes.suggestions}
        chosen = [_chosen(suggestion, read[id(suggestion)], people_by_id, default) for suggestion in suggested]
        already = imported_before(meeting)  # not created twice
        chosen = [row for row in chosen if not already.has(row.title, row.source, row.heading)]
        actions = create_chosen_actions(meeting, chosen, by=None, today=local_today(), now=utcnow())
        if len(actions) != len(chosen):  # someone imported the same outcomes at the same moment
            db.session.rollback()
            raise click.ClickException("Some of these outcomes were made into actions by someone else while "
                                       "this ran, so nothing was saved. Run the command again to add the rest")
    except ImportRefused as refused:
        db.session.rollback()
        lines = [refused.message + ":"] + [
            f"  {index + 1}. {chosen[index].title}: {problem.message}"
            for index, error in refused.errors.items() for problem in problems_of(error)
        ]
        raise click.ClickException("\n".join(lines)) from None
    except DomainError as error:
        db.session.rollback()
        raise click.ClickException(error.message) from None
    return _Made(meeting, created_meeting, read, already, actions)


def _chosen(suggestion, found, people_by_id: dict, default) -> ChosenAction:
    """The person the minutes name; the secretary (`default`, said in the output) when they name no
    one, or a name that fits no one or several."""
    match = found.owner
    return ChosenAction(
        title=suggestion.title, source=suggestion.source, heading=suggestion.heading,
        owner=people_by_id[match.person.id] if match and match.person else default,
        due_on=found.due_on,
        by_next_meeting=found.due_on is None,
        other_owners=", ".join(suggestion.other_owners),
        unmatched_owner=match.written if match and not match.person else "",
    )


def _suggestions_report(outcomes, made: _Made, people_by_id: dict, group: Group, *, dry_run: bool) -> list[dict]:
    entries = []
    actions = iter(made.actions)
    for suggestion in outcomes.suggestions:
        repeated = suggestion.suggested and made.already.has(suggestion.title, suggestion.source, suggestion.heading)
        action = next(actions) if suggestion.suggested and not repeated else None
        entry = suggestion.to_dict()
        found = made.read[id(suggestion)]
        entry["owner_found"] = None if found.owner is None else {
            **found.owner.to_dict(),
            "person": None if found.owner.person is None else {
                "id": found.owner.person.id, "name": found.owner.person.name,
                "email": people_by_id[found.owner.person.id].email},
        }
        entry["due_from"] = None if suggestion.due is None else {
            "words": suggestion.due.words, "rule": suggestion.due.rule or None,
            "from": "rule" if suggestion.due.rule else "words", "note": found.due_note,
        }
        entry["created"] = action is not None
        entry["already_imported"] = repeated
        entry["action"] = None if action is None else {
            "id": None if dry_run else action.id, "title": action.title,
            "due_on": action.due_on.isoformat() if action.due_on else None,
            "due_by_next_meeting_of": group.name if action.due_at_next_meeting_of_id else None,
            "owner": action.owner.name,
        }
        entries.append(entry)
    return entries


def _print_report(report: dict, *, actions_made: int, meeting_day: date) -> None:
    dry = report["dry_run"]
    click.echo(f"Meeting outcomes for {report['group']}, {format_date(meeting_day)}"
               + (" (dry run: nothing was saved)" if dry else ""))
    meeting = report["meeting"]
    if meeting["created"]:
        click.echo(("Would create" if dry else "Created") + " the meeting, with the outcomes as its draft "
                   "minutes (no time or place on record: add them on the meeting's page).")
    else:
        click.echo(f"Meeting found ({'would add' if dry else 'added'} the actions to it).")
    created = [entry for entry in report["suggestions"] if entry["created"]]
    repeated = [entry for entry in report["suggestions"] if entry["already_imported"]]
    skipped = [entry for entry in report["suggestions"] if not entry["created"] and not entry["already_imported"]]
    verb = "Would create" if dry else "Created"
    if created:
        click.echo(f"\n{verb} {actions_made} action{'s' if actions_made != 1 else ''}:")
    else:
        click.echo("\nNothing new to create." if repeated else "\nNo actions found in the outcomes.")
    for number, entry in enumerate(created, start=1):
        action = entry["action"]
        due = (f"due {format_date(date.fromisoformat(action['due_on']))}" if action["due_on"] and
               not action["due_by_next_meeting_of"] else f"due by the next meeting of {report['group']}")
        click.echo(f"  {number}. {action['title']}")
        why = f" ({entry['due_from']['note']})" if entry["due_from"] and entry["due_from"]["note"] else ""
        click.echo(f"     {due[0].upper()}{due[1:]}{why}. From: {entry['source']}")
        found = entry["owner_found"]
        if found and found["person"]:
            click.echo(f"     Owner: {action['owner']} (the minutes say “{found['written']}”; {found['how']})")
        elif found:
            click.echo(f"     Owner: {action['owner']} for now. Check: {found['problem']} on the action's page")
        else:
            click.echo(f"     Owner: {action['owner']} for now (the minutes name no one)")
    if created:
        owner = report["owner"]
        click.echo(f"\nActions whose owner the minutes do not name, or name as someone Tracker could not find, are "
                   f"owned by {owner['name']}, the group's {owner['group_role']}, until reassigned: give each one "
                   "its real owner on the action's page.")
    if repeated:
        click.echo("\nAlready actions of this meeting, so not created again:")
        for entry in repeated:
            click.echo(f"  - {entry['title']}")
    if skipped:
        click.echo("\nNot created (these read as discussion or future topics, not actions):")
        for entry in skipped:
            click.echo(f"  - {entry['source']} ({entry['reason']})")
    if report["problems"]:
        click.echo("\nCheck these dates in the outcomes:")
        for problem in report["problems"]:
            click.echo(f"  - {problem}")
