"""Import an action log: whoever runs a group uploads its existing log, confirms what each column
holds and who owns what, sees exactly what will be created, and imports it, all or nothing.

The uploaded file waits in the instance folder, under a random name that also carries the person
and group, between the upload and the import (a day at most), so the columns can be checked
again without uploading it again. Nothing reaches the database until the import.
"""
from __future__ import annotations

import re
import secrets
import time
from pathlib import Path

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.utils import secure_filename

from tracker.actions import log_blueprint as blueprint
from tracker.actions.log_forms import LogReviewForm, LogUploadForm
from tracker.actions.log_import import (
    COLUMN_LABELS,
    MAX_LOG_BYTES,
    UnreadableLog,
    check_columns,
    column_letter,
    guess_columns,
    read_log,
)
from tracker.actions.log_operations import LogEntry, import_log, log_problems, read_entries
from tracker.core.access import signed_in
from tracker.core.dates import format_date, local_today, utcnow
from tracker.core.domain import DomainError
from tracker.extensions import db
from tracker.importer.operations import default_owner, people_who_can_own
from tracker.people.models import Group
from tracker.permissions import can_raise_action

SECTION = "Actions"
TOKEN = re.compile(r"^[0-9a-f]{32}$")
KEPT_FOR_SECONDS = 24 * 60 * 60
ROWS_SHOWN = 200  # the preview shows the first rows of a long log, and every row with a problem linked
PROBLEMS_LINKED = 100  # the error summary lists this many problems, each linked to its row


def _group(group_id: int) -> Group:
    group = db.session.get(Group, group_id)
    if group is None:
        abort(404)
    if not can_raise_action(current_user, group):  # whoever runs the group, or an admin
        abort(403)
    return group


def _folder() -> Path:
    folder = Path(current_app.instance_path) / "action_logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _stored(group: Group, token: str) -> Path:
    if not TOKEN.match(token):
        abort(404)
    found = sorted(_folder().glob(f"{current_user.id}-{group.id}-{token}--*"))
    if not found:
        abort(404)
    return found[0]


def _imported_mark(group: Group, token: str) -> Path:
    """Left in the upload's place once its log is imported (and cleared with the uploads, after a
    day): a second press of Import, or Back to the page, finds it and is told, not "Page not found"."""
    return _folder() / f"{current_user.id}-{group.id}-{token}.imported"


def _keep(group: Group, name: str, data: bytes) -> str:
    """Store the upload until it is imported; clear out uploads left for more than a day."""
    folder = _folder()
    for old in folder.iterdir():
        if old.stat().st_mtime < time.time() - KEPT_FOR_SECONDS:
            old.unlink(missing_ok=True)
    token = secrets.token_hex(16)
    (folder / f"{current_user.id}-{group.id}-{token}--{secure_filename(name) or 'log'}").write_bytes(data)
    return token


@blueprint.route("/groups/<int:group_id>/actions/import", methods=["GET", "POST"])
@signed_in
def upload(group_id: int):
    group = _group(group_id)
    form = LogUploadForm()
    if form.validate_on_submit():
        name, data = form.log.data.filename, form.log.data.read()
        try:
            read_log(name, data)  # refused now, with its reason at the field, before it is kept
        except UnreadableLog as error:
            form.log.errors = [error.message]
        else:
            return redirect(url_for(".review", group_id=group.id, token=_keep(group, name, data)))
    return _render_upload(group, form)


@blueprint.errorhandler(RequestEntityTooLarge)
def _too_big(error):
    group = _group(request.view_args["group_id"])
    form = LogUploadForm(formdata=None)
    form.log.errors = [f"The file is too big to import: the most is {MAX_LOG_BYTES // 1_000_000} MB. "
                       "Split the log into smaller files"]
    return _render_upload(group, form), 413


@blueprint.route("/groups/<int:group_id>/actions/import/<token>", methods=["GET", "POST"])
@signed_in
def review(group_id: int, token: str):
    group = _group(group_id)
    if TOKEN.match(token) and (mark := _imported_mark(group, token)).exists():
        flash(f"{mark.read_text()} was already imported, so nothing was imported again.", "success")
        return redirect(url_for("meetings.group", group_id=group.id))
    path = _stored(group, token)
    try:
        table = read_log(path.name.split("--", 1)[1], path.read_bytes())
    except UnreadableLog:
        abort(404)  # kept only once it was read, so it has gone or been changed since
    people = people_who_can_own()
    form = LogReviewForm()
    kinds = [field.data for field in form.columns] if form.is_submitted() else guess_columns(table.headings)
    if len(kinds) != len(table.headings) or any(kind not in COLUMN_LABELS for kind in kinds):
        kinds = guess_columns(table.headings)  # a form from another upload
    chosen = _owner_choices(form, people)
    problems = check_columns(table.headings, kinds)
    entries = read_entries(table, kinds, group, people, today=local_today(), owner_choices=chosen) \
        if not problems else []
    if form.validate_on_submit() and form.confirm.data and not problems:
        try:
            made = import_log(group, entries, log_name=table.name, by=current_user, today=local_today(), now=utcnow())
        except DomainError as error:  # LogRefused lists each row's problems
            rows = _rows(entries)  # before the rollback expires the people they name
            db.session.rollback()
            return _render_review(group, table, kinds, form, people, entries, rows,
                                  getattr(error, "problems", []), 0, error.message)
        db.session.commit()
        _imported_mark(group, token).write_text(table.name)
        path.unlink(missing_ok=True)
        repeated = sum(entry.already_imported for entry in entries)
        flash(f"{len(made)} action{'s' if len(made) != 1 else ''} imported from {table.name}."
              + (f" {repeated} row{'s were' if repeated != 1 else ' was'} imported before, so not again." if repeated
                 else ""), "success")
        return redirect(url_for("meetings.group", group_id=group.id))
    # The preview reads; it writes nothing, so its queries stay few whatever the log's length. A
    # rule only the import can check (a revised date before the action was raised) is shown then.
    would_make = sum(not entry.already_imported for entry in entries)
    return _render_review(group, table, kinds, form, people, entries, _rows(entries), log_problems(entries),
                          would_make, "", column_problems=problems)


def _rows(entries: list[LogEntry]) -> list[dict]:
    """The rows the preview shows, as words (read before a rollback expires the people they name): the
    first rows, and every row a linked problem in the error summary leads to."""
    linked = {problem.row for problem in log_problems(entries)[:PROBLEMS_LINKED]}
    return [{**entry.to_dict(), "due_said": "By the next meeting" if entry.by_next_meeting else format_date(entry.due_on),
             "revised_said": format_date(entry.revised_on) if entry.revised_on else ""}
            for index, entry in enumerate(entries) if index < ROWS_SHOWN or entry.row in linked]


def _owner_choices(form: LogReviewForm, people) -> dict:
    by_id = {str(person.id): person for person in people}
    return {entry.form.written.data or "": by_id[entry.form.person.data]
            for entry in form.owners if entry.form.person.data in by_id}


def _render_upload(group: Group, form: LogUploadForm):
    return render_template("actions/log_upload.html", group=group, form=form, title="Import an action log",
                           section=SECTION)


def _render_review(group, table, kinds, form, people, entries, rows, problems, would_make, refusal,
                   column_problems=()):
    """The preview: the columns (each one's choice), the statuses, the owners to choose, the rows."""
    for index, (field, kind) in enumerate(zip(_columns(form, len(kinds)), kinds, strict=True)):
        field.data = kind
        field.label.text = f"Column {column_letter(index)}: “{table.headings[index] or '(no heading)'}”"
    for message in column_problems:
        form.columns.entries[0].errors = [*form.columns.entries[0].errors, message]
    # Owners the log names that fit no one (and rows naming no one), whatever has been chosen for them.
    unmatched = sorted({entry.owner_written for entry in entries
                        if entry.owner_match is None or entry.owner_match.person is None}, key=str.casefold)
    choices = [("", "Leave it with the group's secretary or chair for now")] + [
        (str(person.id), person.name) for person in people]
    chosen = {entry.form.written.data: entry.form.person.data for entry in form.owners}
    while len(form.owners):
        form.owners.pop_entry()
    for written in unmatched:
        form.owners.append_entry({"written": written, "person": chosen.get(written, "")})
        form.owners.entries[-1].form.person.choices = choices
    page_errors = [{"text": str(problem), "href": f"#row-{problem.row}-problems"}
                   for problem in problems[:PROBLEMS_LINKED]]
    if refusal:
        page_errors.insert(0, {"text": refusal, "href": "#rows"})
    return render_template(
        "actions/log_review.html", group=group, table=table, form=form, rows=rows, row_count=len(entries), statuses={entry.status_written: entry.status_label for entry in entries},
        problems=problems, would_make=would_make, page_errors=page_errors, holder=default_owner(group),
        labels=COLUMN_LABELS, title="Check the action log", section=SECTION, breakable=_breakable,
        already=sum(entry.already_imported for entry in entries))


def _breakable(text: str) -> str:
    """An email address is one long word: a zero-width space after "@" and each dot lets a phone
    break it rather than scroll sideways."""
    return text.replace("@", "@\u200b").replace(".", ".\u200b")


def _columns(form: LogReviewForm, count: int):
    while len(form.columns) < count:
        form.columns.append_entry()
    while len(form.columns) > count:
        form.columns.pop_entry()
    return list(form.columns)
