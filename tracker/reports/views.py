"""What a chair reviews: the outstanding actions list, its exports, charts, accountability by
organisation, and the Board pack for a meeting.

Staff only (champions see their own actions and input elsewhere): the list names people and
carries unfinished business. Views parse the request, check access, call a query and render.
"""
from __future__ import annotations

from flask import (
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from flask_login import current_user

from tracker.core.access import STAFF, roles, signed_in
from tracker.core.database import read_only_session
from tracker.core.dates import local_today, utcnow
from tracker.core.domain import DomainError
from tracker.core.forms import show_domain_error
from tracker.core.ids import bounded_int
from tracker.core.page_cache import do_not_keep_this_page, kept_page
from tracker.extensions import db
from tracker.meetings.models import Meeting
from tracker.people.models import Organisation
from tracker.permissions import can_sign_off_accountability, can_view_meeting, can_view_meeting_detail
from tracker.reports import blueprint, charts, exports
from tracker.reports import board_pack as packs
from tracker.reports.accountability import accountability_by_organisation
from tracker.reports.filters import FilterForm
from tracker.reports.forms import SignOffForm
from tracker.reports.public_accountability import published_accountability, sign_off_accountability
from tracker.reports.queries import filter_choices, outstanding_page

SECTION = "Reports"


@blueprint.url_value_preprocessor
def _reads_only(_endpoint, _values):
    """Every report only reads: on SQLite, do not take the write lock (see core/database.py).
    Done here because URL value preprocessors run before any before_request hook, and the app's
    hooks load the signed-in person (the first query). The Board chair's sign-off is the one
    report that writes."""
    if _endpoint != "reports.sign_off":
        read_only_session(db.session)


def _filters():
    form = FilterForm(request.args, filter_choices())
    return form, form.filters()


def _export_args() -> dict:
    return {key: request.args.getlist(key) for key in request.args if key != "page"}


@blueprint.route("/reports/outstanding")
@kept_page  # reloaded all through a meeting; drawn again only when something it shows changes
@roles(*STAFF)
def outstanding():
    form, filters = _filters()
    if form.errors:
        do_not_keep_this_page()
    today = local_today()
    counts, page = outstanding_page(filters, today, page=request.args.get("page", 1, type=bounded_int),
                                    per_page=current_app.config["PAGE_SIZE"])
    return render_template("reports/outstanding.html", form=form, filters=filters, counts=counts, page=page,
                           today=today, export_args=_export_args(), title="Outstanding actions", section=SECTION)


@blueprint.route("/reports/outstanding.csv")
@roles(*STAFF)
def outstanding_csv():
    _form, filters = _filters()
    today = local_today()
    return Response(
        stream_with_context(exports.csv_lines(filters, today)),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{exports.file_name(today, "csv")}"'},
    )


@blueprint.route("/reports/outstanding.xlsx")
@roles(*STAFF)
def outstanding_xlsx():
    _form, filters = _filters()
    today = local_today()
    workbook = exports.xlsx_file(filters, today)
    return Response(
        exports.file_chunks(workbook),
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": f'attachment; filename="{exports.file_name(today, "xlsx")}"'},
    )


@blueprint.route("/reports/charts")
@roles(*STAFF)
def charts_page():
    today = local_today()
    year = charts.CALENDAR if request.args.get("quarters") == charts.CALENDAR else charts.FINANCIAL
    return render_template("reports/charts.html", report=charts.charts_report(today, year=year), today=today,
                           year=year, year_kinds=charts.YEAR_KINDS,
                           title="Charts", section=SECTION)


@blueprint.route("/reports/organisations")
@roles(*STAFF)
def accountability():
    today = local_today()
    return render_template("reports/accountability.html", rows=accountability_by_organisation(today),
                           today=today, can_sign_off=can_sign_off_accountability(current_user),
                           title="Accountability by organisation", section=SECTION)


@blueprint.route("/reports/organisations/sign-off", methods=["GET", "POST"])
@signed_in
def sign_off():
    """A Board chair publishes an organisation's figures for a period on the public page."""
    if not can_sign_off_accountability(current_user):
        abort(403)
    organisations = db.session.scalars(db.select(Organisation).order_by(Organisation.name)).all()
    form = SignOffForm()
    form.organisation.choices = [("", "Choose an organisation")] + [
        (str(organisation.id), organisation.name) for organisation in organisations]
    if form.validate_on_submit():
        chosen = {str(organisation.id): organisation for organisation in organisations}.get(form.organisation.data)
        try:
            signed = sign_off_accountability(chosen, form.period_start.data, form.period_end.data,
                                             by=current_user, at=utcnow(), today=local_today())
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:
            flash(f"{signed.organisation.name}'s figures are now on the public accountability page", "success")
            return redirect(url_for("reports.sign_off"))
    return render_template("reports/sign_off.html", form=form, published=published_accountability(),
                           title="Sign off accountability figures", section=SECTION)


def _meeting_for_pack(meeting_id: int) -> Meeting:
    meeting = db.session.get(Meeting, meeting_id)
    if meeting is None or not can_view_meeting(current_user, meeting):
        abort(404)
    if not can_view_meeting_detail(current_user, meeting):
        abort(403)
    return meeting


@blueprint.route("/meetings/<int:meeting_id>/board-pack")
@signed_in
def board_pack(meeting_id: int):
    pack = packs.board_pack(_meeting_for_pack(meeting_id), today=local_today(), now=utcnow())
    return render_template("reports/board_pack.html", pack=pack,
                           title=f"Board pack: {pack.meeting.title}", section="Meetings")


@blueprint.route("/meetings/<int:meeting_id>/board-pack.pdf")
@signed_in
def board_pack_pdf(meeting_id: int):
    pack = packs.board_pack(_meeting_for_pack(meeting_id), today=local_today(), now=utcnow())
    return Response(
        packs.render_pdf(pack),
        mimetype="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{packs.pdf_file_name(pack)}"'},
    )
