"""A save refused because someone else saved the same record while this person had its form open:
one way of showing it, for every domain whose forms carry a version (meetings, agenda items,
decisions, input). Which saves clash is one rule too (core/audit.py `clashing_saves`); each
domain only puts its own fields' values into words (`SavesInWords`). The page shows it with
templates/macros/conflict.html.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flask_login import current_user
from sqlalchemy.orm.exc import StaleDataError

from tracker.core.audit import clashing_saves
from tracker.core.domain import EditConflict, conflict_message
from tracker.core.forms import show_domain_error
from tracker.core.models import AuditEvent
from tracker.extensions import db


@dataclass(frozen=True)
class SavesInWords:
    """What a domain says of the saves that clashed: each field's new value ("“Room 2”", "SEND
    Board"), and the saves listed in the shape templates/meetings/_conflict.html shows."""

    value_after: Callable[[AuditEvent, str], str]
    described: list[dict]


class ClashingSaves(list):
    """The saves a refused one clashed with, as templates/meetings/_conflict.html lists them, and
    whether they were `yours`: all this person's own (see `all_yours`)."""

    def __init__(self, described: list[dict], *, yours: bool):
        super().__init__(described)
        self.yours = yours


def all_yours(saves, person=None) -> bool:
    """Every save that clashed (anything with an `actor`: an audit event, an action's change) was
    made by `person` (the person signed in): the button pressed twice on a slow connection, or the
    form open in two tabs. Every form then says "You already saved this ...", never "Someone
    else" (core/domain.py conflict_message)."""
    person = current_user if person is None else person
    return bool(saves) and all(save.actor is not None and save.actor.id == person.id for save in saves)


def refuse_on_form(form, record, error: Exception, *, fields: dict[str, str | None], what: str,
                   words: Callable[[list[AuditEvent]], SavesInWords],
                   clash_fields: tuple[str, ...] | None = None) -> ClashingSaves | None:
    """Put a refused save's message at its field, keeping everything typed; returns what someone
    else changed meanwhile (for templates/meetings/_conflict.html) if that was why, else None.

    `fields` maps each field the save writes to the form field showing it (None: none does), the
    first shown field taking what no field shows; `clash_fields` are the fields the save writes,
    when the form shows only some (default: `fields`); `what` names the record ("meeting",
    "input"). A clash says who changed what to what, at its field, and the form takes the record's
    new version, so saving again (having checked) keeps this person's values; when the saves were
    all this person's own, one message says so instead. A StaleDataError
    (the other save landed between our check and our write) is the same conflict, never an error
    page.
    """
    db.session.rollback()
    if not isinstance(error, EditConflict | StaleDataError):
        show_domain_error(form, error)
        return None
    db.session.refresh(record)
    changes = error.changes if isinstance(error, EditConflict) and error.changes is not None else (
        clashing_saves(record, form.version.data, clash_fields or tuple(fields)) or {})
    form.version.data = record.version
    saves = list(dict.fromkeys(changes.values()))
    said = words(saves)
    first = getattr(form, next(name for name in fields.values() if name))
    if all_yours(saves):  # one message, at the form's first field they changed, as an action's page says it
        changed = {fields[field] for field in changes if fields.get(field)}
        target = next((field for field in form if field.name in changed), first)
        target.errors = [conflict_message(what, yours=True)]
        return ClashingSaves([{**save, "who": "You"} for save in said.described], yours=True)
    unplaced = []
    for field, event in changes.items():
        who = event.actor.name if event.actor else "Someone else"
        target = getattr(form, fields[field]) if fields.get(field) else None
        if target is None:
            unplaced.append(who)
        elif not target.errors:
            target.errors = [f"{who} changed this to {said.value_after(event, field)} while you were editing. "
                             "Check it, then save again"]
    if (unplaced or not changes) and not first.errors:
        who = unplaced[-1] if unplaced else "Someone else"
        first.errors = [conflict_message(what, who)]
    return ClashingSaves(said.described, yours=False)
