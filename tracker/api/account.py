"""A person's own connections to other tools: their API token and their calendar feed links."""
from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_login import current_user

from tracker.api import account_blueprint as blueprint
from tracker.api.tokens import calendar_feed_token, issue_api_token, reset_calendar_feeds, revoke_api_token
from tracker.core.access import signed_in
from tracker.extensions import db

SECTION = "Your account"
# Each form here is one button; CSRFProtect checks its token before the view runs.


def _api_token_page(token: str | None = None):
    return render_template(
        "api/api_token.html", title="API token", section=SECTION, new_token=token,
        has_token=current_user.api_token_hash is not None,
    )


@blueprint.route("/api-token")
@signed_in
def api_token():
    return _api_token_page()


@blueprint.route("/api-token", methods=["POST"])
@signed_in
def create_api_token():
    """The new token is shown on this response only; it is never stored, flashed or emailed."""
    token = issue_api_token(current_user._get_current_object())
    db.session.commit()
    return _api_token_page(token)


@blueprint.route("/api-token/revoke", methods=["POST"])
@signed_in
def revoke():
    revoke_api_token(current_user._get_current_object())
    db.session.commit()
    flash("Your API token has been revoked. Programs using it can no longer act as you.", "success")
    return redirect(url_for("account.api_token"))


@blueprint.route("/calendar-feeds")
@signed_in
def calendar_feeds():
    token = calendar_feed_token(current_user)
    return render_template(
        "api/calendar_feeds.html", title="Calendar feeds", section=SECTION,
        meetings_url=url_for("feeds.meetings", token=token, _external=True),
        due_dates_url=url_for("feeds.due_dates", token=token, _external=True),
    )


@blueprint.route("/calendar-feeds/reset", methods=["POST"])
@signed_in
def reset_feeds():
    reset_calendar_feeds(current_user._get_current_object())
    db.session.commit()
    flash("Your calendar links have been reset. Add the new links to your calendar: "
          "the old ones no longer work.", "success")
    return redirect(url_for("account.calendar_feeds"))
