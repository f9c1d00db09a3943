"""The paste page: a secretary pastes a meeting's outcomes, reviews the suggested actions, and
creates the ones they choose, all or nothing."""
from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.exceptions import RequestEntityTooLarge

from tracker.core.access import signed_in
from tracker.core.dates import check_sensible_date, local_today, utcnow
from tracker.core.domain import DomainError, checked_text
from tracker.extensions import csrf, db
from tracker.importer import blueprint
from tracker.importer.documents import (
    CHOOSABLE,
    MAX_DOCUMENT_BYTES,
    UnreadableDocument,
    text_from_html,
    text_from_upload,
)
from tracker.importer.forms import (
    MAX_PASTE,
    MAX_ROWS,
    NEXT_MEETING,
    ON_A_DATE,
    PASTE_TOO_LONG,
    PasteForm,
    ReviewForm,
)
from tracker.importer.operations import (
    ChosenAction,
    ImportRefused,
    create_chosen_actions,
    default_owner,
    diary_after,
    imported_before,
    owner_candidates,
    people_who_can_own,
    problems_of,
    read_suggestion,
)
from tracker.importer.owners import known_names
from tracker.importer.parse import NoOutcomesForDate, format_day, outcomes_for, parse_outcomes
from tracker.meetings.models import Meeting
from tracker.permissions import can_change_meeting

SECTION = "Meetings"
CONFIDENCE_TAGS = {  # always words, never colour alone
    "high": ("Likely action", "govuk-tag--green"),
    "medium": ("Possible action", "govuk-tag--yellow"),
    "low": ("Probably not an action", "govuk-tag--grey"),
}


def _meeting(meeting_id: int) -> Meeting:
    meeting = db.session.get(Meeting, meeting_id)
    if meeting is None:
        abort(404)
    if not can_change_meeting(current_user, meeting):  # the group's chair, secretary or lead
        abort(403)
    return meeting


@blueprint.route("/meetings/<int:meeting_id>/import", methods=["GET", "POST"])
@signed_in
@csrf.exempt  # each form checks its own token, so an expired one keeps what was typed (EXPIRED)
def paste(meeting_id: int):
    meeting = _meeting(meeting_id)
    if meeting.is_cancelled or not meeting.group.is_active:
        return _render_paste(meeting, None)
    people = people_who_can_own()
    if request.method == "POST" and "create" in request.form:
        return _create(meeting, people)
    form = PasteForm()
    if form.validate_on_submit():
        review, found = _suggest(meeting, form, people)
        if review is not None:
            return _render_review(meeting, review, people, found)
    elif form.is_submitted() and form.csrf_token.errors:
        form.csrf_token.errors = []
        field = form.document if form.has_document else form.outcomes
        field.errors = [EXPIRED_FILE if form.has_document else EXPIRED_PASTE, *field.errors]
    return _render_paste(meeting, form)


# The form's token no longer fits the session (signed out and in again in another tab, or the
# session renewed): the page comes back as it was left, with a fresh token, and nothing is saved.
EXPIRED_PASTE = "This page had expired. Press “Find suggested actions” again"
EXPIRED_FILE = "This page had expired. Choose the file again and press “Find suggested actions”"
EXPIRED_REVIEW = "This page had expired, so nothing was created. Check the actions and press the button again"


@blueprint.route("/meetings/<int:meeting_id>/import/clipboard", methods=["POST"])
@signed_in
def clipboard(meeting_id: int):
    """The text of HTML pasted into the box (from Word or a web page), laid out as the importer
    reads it, so lists and tables survive the paste. Called by assets/paste.js."""
    _meeting(meeting_id)
    html = (request.get_json(silent=True) or {}).get("html")
    if not isinstance(html, str):
        return {"error": "Send the pasted HTML as {\"html\": ...}"}, 400
    if len(html) > MAX_DOCUMENT_BYTES:  # about 4 s to read; the browser pastes the plain text instead
        return {"error": "The pasted text is too big"}, 413
    return {"text": text_from_html(html)[:MAX_PASTE]}


@blueprint.errorhandler(RequestEntityTooLarge)
def _too_big(error):
    """A request over MAX_CONTENT_LENGTH, or a text box over MAX_FORM_MEMORY_SIZE (refused unread,
    before the view): said at the field."""
    meeting = _meeting(request.view_args["meeting_id"])
    if request.endpoint != "importer.paste":
        return {"error": "The pasted text is too big"}, 413
    form = PasteForm(formdata=None)
    if (request.content_length or 0) > current_app.config["MAX_CONTENT_LENGTH"]:
        form.document.errors = [f"The file is too big to be a meeting's minutes: the most is "
                                f"{MAX_DOCUMENT_BYTES // 1_000_000} MB"]
    else:  # the text box itself is over the form's memory limit
        form.outcomes.errors = [PASTE_TOO_LONG]
    return _render_paste(meeting, form), 413


def _outcomes_text(form: PasteForm):
    """(the text to read, the field its problems belong to), or (None, field) with the reason there."""
    if not form.has_document:
        return form.outcomes.data, form.outcomes
    upload = form.document.data
    try:
        text = text_from_upload(upload.filename, upload.read())
    except UnreadableDocument as error:
        form.document.errors = [*form.document.errors, error.message]
        return None, form.document
    if len(text) > MAX_PASTE:
        form.document.errors = [*form.document.errors, f"The minutes are too long to read at once "
                                f"({len(text):,} characters; the most is {MAX_PASTE:,}). Upload one meeting's "
                                "minutes at a time"]
        return None, form.document
    return text, form.document


def _suggest(meeting: Meeting, form: PasteForm, people):
    """The review form for the pasted or uploaded text, or (None, None) with the reason at its field."""
    text, field = _outcomes_text(form)
    if text is None:
        return None, None
    candidates = owner_candidates(meeting.group, people)
    parsed = parse_outcomes(text, meeting_date=meeting.starts_on, names=known_names(candidates))
    try:
        outcomes = outcomes_for(parsed, meeting.starts_on, lenient=True)
    except NoOutcomesForDate as error:
        field.errors.append(f"{error}, the date of this meeting. Import this meeting's outcomes only")
        return None, None
    if not outcomes.suggestions:
        field.errors.append(
            "No actions were found in the text. Check you pasted the outcomes, or add the actions "
            "on the meeting's page one at a time")
        return None, None
    owner = default_owner(meeting.group)
    already = imported_before(meeting)  # left unticked
    diary = diary_after(meeting)
    rows = []
    for suggestion in outcomes.suggestions[:MAX_ROWS]:
        read = read_suggestion(suggestion, meeting=meeting, candidates=candidates, diary=diary)
        rows.append({
            "include": suggestion.suggested and not already.has(suggestion.title, suggestion.source,
                                                                suggestion.heading),
            "title": suggestion.title, **_owner_fields(read.owner, owner),
            "due": ON_A_DATE if read.due_on else NEXT_MEETING, "due_on": read.due_on,
            "due_note": read.due_note or "The minutes give no due date: by the next meeting until you choose",
            "source": suggestion.source, "heading": suggestion.heading, "reason": suggestion.reason,
            "confidence": suggestion.confidence, "other_owners": ", ".join(suggestion.other_owners),
        })
    review = ReviewForm(
        formdata=None, rows=rows, found_heading=outcomes.heading or "",
        date_problems="\n".join(str(problem) for problem in parsed.problems),
        several_meetings="y" if len(parsed.dated_meetings) > 1 else "",
        other_date=outcomes.date.text if outcomes.date and outcomes.date.day != meeting.starts_on else "",
        left_out=str(max(len(outcomes.suggestions) - MAX_ROWS, 0)),
    )
    return review, _found(review)


def _found(form: ReviewForm) -> dict:
    """What the review says about the outcomes as a whole, from the form: the same when it comes
    back with errors as when it was first shown."""
    left_out = (form.left_out.data or "").strip()
    return {
        "heading": form.found_heading.data or "",
        "problems": [line for line in (form.date_problems.data or "").splitlines() if line.strip()],
        "several_meetings": bool(form.several_meetings.data), "other_date": form.other_date.data or "",
        "left_out": int(left_out) if left_out.isdigit() and len(left_out) < 6 else 0,
    }


def _owner_fields(found, default) -> dict:
    """The owner a row starts with: the person the minutes name; no one (the reviewer must choose)
    when the name fits no one or several; the group's secretary or chair when the minutes name none."""
    if found is None:
        return {"owner": str(default[0].id) if default else "", "owner_note": ""}
    if found.person is None:
        return {"owner": "", "owner_problem": found.problem, "owner_note": f"The minutes say “{found.written}”",
                "owner_unmatched": found.written}
    return {"owner": str(found.person.id), "owner_note": f"The minutes say “{found.written}”. Matched by {found.how}"}


def _create(meeting: Meeting, people):
    """All or nothing: every ticked row is checked; if any is wrong, nothing is created."""
    form = ReviewForm()
    if not form.rows.entries:  # no suggestions sent back: nothing to review
        start = PasteForm(formdata=None)
        start.outcomes.errors = ["Paste the meeting outcomes, or choose a file of the minutes"]
        return _render_paste(meeting, start)
    people_by_id = {str(person.id): person for person in people}
    form.validate()
    expired = bool(form.csrf_token.errors)
    form.csrf_token.errors = []
    chosen, rows = [], []
    for number, entry in enumerate(form.rows, start=1):
        row = entry.form
        if not row.include.data:
            for field in row:
                field.errors = []  # an unticked row is left out whatever it holds
            continue
        chosen.append(_checked_row(row, number, meeting, people_by_id))
        rows.append(row)
    first = form.rows.entries[0].form.include
    if expired:
        first.errors = [EXPIRED_REVIEW, *first.errors]
        return _render_review(meeting, form, people, None)
    if not chosen:
        first.errors = ["Tick at least one action to create"]
        return _render_review(meeting, form, people, None)
    if form.errors:
        return _render_review(meeting, form, people, None)
    try:
        actions = create_chosen_actions(meeting, chosen, by=current_user, today=local_today(), now=utcnow())
    except ImportRefused as refused:
        db.session.rollback()
        for index, error in refused.errors.items():
            for problem in problems_of(error):
                field = getattr(rows[index], problem.field or "title", None) or rows[index].title
                field.errors = [*field.errors, problem.message]
        return _render_review(meeting, form, people, None)
    except DomainError as error:
        db.session.rollback()
        form.rows.entries[0].form.title.errors = [error.message]
        return _render_review(meeting, form, people, None)
    db.session.commit()
    flash(_created_message(len(actions), len(chosen) - len(actions)), "success")
    return redirect(url_for("meetings.show", meeting_id=meeting.id, _anchor="actions"))


def _created_message(count: int, already: int) -> str:
    """What Create did; `already`: chosen actions made before (Create pressed twice, or someone else
    creating from the same outcomes at the same time), which were not made again."""
    made = f"{count} action{'s' if count != 1 else ''} created from the meeting outcomes."
    if not already:
        return made
    if not count:
        return "These actions were already created from these outcomes, so not created again."
    return (f"{made} {already} of the chosen actions {'were' if already != 1 else 'was'} already created "
            "from these outcomes, so not created again.")


def _checked_row(row, number: int, meeting: Meeting, people_by_id: dict) -> ChosenAction:
    """The row as a ChosenAction, with a message at each field that is wrong."""
    try:  # the actions' own rule, said with the row's other problems and naming its action
        title = checked_text(row.title.data, "actions.title", field="title", what=f"Action {number}",
                             required=f"Enter what needs to be done for action {number}")
    except DomainError as error:
        title, row.title.errors = (row.title.data or "").strip(), [error.message]
    owner = people_by_id.get(row.owner.data or "")
    if owner is None:  # "No one called Jane Smith: choose the owner" where the minutes named someone
        row.owner.errors = [row.owner_problem.data or f"Choose the owner of action {number} from the list of people"]
    by_next_meeting = row.due.data == NEXT_MEETING
    if row.due.data not in (NEXT_MEETING, ON_A_DATE):
        row.due.errors = [f"Choose when action {number} is due"]
    elif row.due.data == ON_A_DATE:
        row.due_on.what = f"the due date of action {number}"
        row.due_on.required = True
        row.due_on.errors = []
        row.due_on.process_formdata(row.due_on.raw_data or [])
        if row.due_on.raw_data is None or not any(part.strip() for part in row.due_on.raw_data):
            row.due_on.errors = [f"Enter the due date of action {number}, for example 27 3 2026"]
        elif row.due_on.parse_error:
            row.due_on.errors = [row.due_on.parse_error]
        elif row.due_on.data < meeting.starts_on:
            row.due_on.errors = [f"The due date of action {number} must be on or after the date of the "
                                 f"meeting, {format_day(meeting.starts_on)}"]
        else:  # the actions' own rule, said with the row's other problems and naming its action
            try:
                check_sensible_date(row.due_on.data, around=meeting.starts_on,
                                    what=f"the due date of action {number}", field="due_on")
            except DomainError as error:
                row.due_on.errors = [error.message]
    else:
        row.due_on.errors = []
    return ChosenAction(
        title=title, owner=owner, by_next_meeting=by_next_meeting,
        due_on=None if by_next_meeting else row.due_on.data,
        source=row.source.data or "", heading=row.heading.data or "", other_owners=row.other_owners.data or "",
        unmatched_owner=row.owner_unmatched.data or "",
    )


def _render_paste(meeting: Meeting, form: PasteForm | None):
    return render_template("importer/paste.html", meeting=meeting, form=form, choosable=CHOOSABLE,
                           title="Import meeting outcomes", section=SECTION)


def _render_review(meeting: Meeting, form: ReviewForm, people, found: dict | None):
    choices = [("", "Choose the owner")] + [
        (str(person.id), f"{person.name} ({person.organisation.display_name})" if person.organisation
         else person.name) for person in people
    ]
    for entry in form.rows:
        entry.form.owner.choices = choices
    return render_template(
        "importer/review.html", meeting=meeting, form=form, found=found or _found(form),
        owner=default_owner(meeting.group), tags=CONFIDENCE_TAGS, title="Choose the actions to create",
        section=SECTION, next_meeting=NEXT_MEETING, on_a_date=ON_A_DATE,
    )
