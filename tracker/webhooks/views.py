"""Admins register webhooks and see each delivery with the receiver's answer."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from tracker.core.access import roles
from tracker.core.domain import DomainError
from tracker.core.forms import show_domain_error
from tracker.core.ids import bounded_int
from tracker.extensions import db
from tracker.nudges.sender import MAX_ATTEMPTS
from tracker.people.models import Role
from tracker.webhooks import blueprint, events  # noqa: F401  events: the receivers connect on import
from tracker.webhooks.forms import WebhookForm
from tracker.webhooks.models import Webhook, WebhookDelivery
from tracker.webhooks.operations import EVENTS, register_webhook, turn_off

SECTION = "People"


@blueprint.route("/webhooks", methods=["GET", "POST"])
@roles(Role.ADMIN)
def index():
    form = WebhookForm()
    if form.validate_on_submit():
        try:
            webhook = register_webhook(url=form.url.data, events=form.events.data or [], by=current_user)
            db.session.commit()
        except DomainError as error:
            db.session.rollback()
            show_domain_error(form, error)
        else:  # the secret is shown this once, for the receiver to check signatures with
            return render_template("webhooks/created.html", webhook=webhook, title="Webhook added", section=SECTION)
    webhooks = db.session.scalars(db.select(Webhook).order_by(Webhook.is_active.desc(), Webhook.id)).all()
    return render_template("webhooks/index.html", form=form, webhooks=webhooks, events=EVENTS, title="Webhooks",
                           section=SECTION)


@blueprint.route("/webhooks/<int:webhook_id>")
@roles(Role.ADMIN)
def show(webhook_id: int):
    webhook = db.session.get(Webhook, webhook_id) or abort(404)
    page = db.paginate(db.select(WebhookDelivery).where(WebhookDelivery.webhook_id == webhook.id)
                       .order_by(WebhookDelivery.id.desc()),
                       page=request.args.get("page", 1, type=bounded_int), per_page=25, error_out=False)
    return render_template("webhooks/show.html", webhook=webhook, page=page, events=EVENTS, max_attempts=MAX_ATTEMPTS,
                           title=f"Webhook to {webhook.url}", section=SECTION)


@blueprint.route("/webhooks/<int:webhook_id>/turn-off", methods=["POST"])
@roles(Role.ADMIN)
def turn_off_webhook(webhook_id: int):
    webhook = db.session.get(Webhook, webhook_id) or abort(404)
    turn_off(webhook)
    db.session.commit()
    flash(f"Nothing more will be sent to {webhook.url}.", "success")
    return redirect(url_for("webhooks.show", webhook_id=webhook.id))
