"""Tracker: turns what meetings agree into actions that get done.

`create_app` only wires things up: no database I/O, no scheduler start, nothing at import time.
"""
from __future__ import annotations

import secrets
from pathlib import Path

from flask import Flask, g, request
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
from werkzeug.middleware.proxy_fix import ProxyFix

from config import Config, ProductionConfig, selected_profile
from tracker.extensions import cache, csrf, db, limiter, login_manager, mail, migrate

ROOT = Path(__file__).resolve().parent.parent


def create_app(config: type[Config] | None = None, **overrides) -> Flask:
    config = config or selected_profile()
    if config is ProductionConfig:
        config.check()
    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_path=str(ROOT / "instance"),
    )
    app.config.from_object(config)
    app.config.update(overrides)
    Path(app.instance_path).mkdir(exist_ok=True)  # home of the embedded SQLite database
    if app.config.get("TRUSTED_PROXIES"):  # the client's address as the proxy saw it (rate limits)
        hops = app.config["TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)

    register_extensions(app)
    register_templates(app)
    register_converters(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_commands(app)
    register_security(app)
    return app


def register_extensions(app: Flask) -> None:
    from tracker import models  # noqa: F401  every model, so metadata and migrations see them
    from tracker.core import (
        database,  # SQLite engine settings, and streamed downloads that only read
        page_cache,  # noqa: F401  renews the change stamp on every write
    )
    from tracker.search import schema as search_schema

    db.init_app(app)
    database.init_streamed_downloads(app)
    search_schema.listen_for_create_all(db.metadata)  # the full-text index is not a model
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True,
                     include_name=search_schema.is_not_search_object)
    login_manager.init_app(app)
    mail.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    cache.init_app(app)

    from tracker.people.auth import init_login
    from tracker.people.sso import init_sso

    init_login(app)
    init_sso(app)


@limiter.request_filter
def _page_reads_outside_the_api() -> bool:
    """Every limit outside the API is on POST (sign-in, password resets, the public form), so
    reading a page has nothing to count: skip the limiter's per-request work for it."""
    return request.method in ("GET", "HEAD") and request.blueprint != "api"


def register_templates(app: Flask) -> None:
    app.jinja_loader = ChoiceLoader(
        [
            FileSystemLoader(str(ROOT / "templates")),
            PrefixLoader(
                {
                    "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                    "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
                }
            ),
        ]
    )
    from govuk_frontend_wtf.main import WTFormsHelpers

    WTFormsHelpers(app)
    from tracker.core.templating import init_templating

    init_templating(app)


def register_converters(app: Flask) -> None:
    """Before the blueprints, whose routes are compiled with it: `<int:...>` bounded to the id range."""
    from tracker.core.ids import BoundedIntegerConverter

    app.url_map.converters["int"] = BoundedIntegerConverter


def register_blueprints(app: Flask) -> None:
    from tracker.actions.log_views import blueprint as action_log
    from tracker.actions.views import blueprint as actions
    from tracker.api.account import blueprint as account
    from tracker.api.feeds import blueprint as feeds
    from tracker.api.views import blueprint as api
    from tracker.core.views import blueprint as core
    from tracker.decisions import blueprint as decisions
    from tracker.importer.views import blueprint as importer
    from tracker.inputs.views import blueprint as inputs
    from tracker.meetings.views import blueprint as meetings
    from tracker.nudges.views import blueprint as nudges
    from tracker.people.views import blueprint as people
    from tracker.public.views import blueprint as public
    from tracker.reports.views import blueprint as reports
    from tracker.search import blueprint as search
    from tracker.webhooks import blueprint as webhooks

    for blueprint in (core, people, meetings, decisions, actions, action_log, nudges, inputs, reports, public,
                      importer, api, account, feeds, search, webhooks):
        app.register_blueprint(blueprint)
    csrf.exempt(api)  # token-authenticated JSON, no cookies


def register_errorhandlers(app: Flask) -> None:
    from tracker.core.errors import init_errors

    init_errors(app)


def register_commands(app: Flask) -> None:
    from tracker.actions.cli import actions_cli
    from tracker.core.cli import backup_cli
    from tracker.demo.cli import demo_cli
    from tracker.importer.cli import minutes_cli
    from tracker.nudges.cli import nudges_cli, outbox_cli, scheduler_cli
    from tracker.people.cli import people_cli, users_cli
    from tracker.webhooks.cli import webhooks_cli

    for group in (users_cli, people_cli, demo_cli, nudges_cli, scheduler_cli, outbox_cli, minutes_cli, backup_cli,
                  actions_cli, webhooks_cli):
        app.cli.add_command(group)


def register_security(app: Flask) -> None:
    @app.before_request
    def _make_csp_nonce():
        g.csp_nonce = secrets.token_urlsafe(16)

    @app.after_request
    def _security_headers(response):
        nonce = getattr(g, "csp_nonce", "")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; "
            f"script-src 'self' 'nonce-{nonce}'; "
            "style-src 'self'; img-src 'self' data:; font-src 'self'; "
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        )
        if app.config.get("SESSION_COOKIE_SECURE"):
            response.headers.setdefault(
                "Strict-Transport-Security", "max-age=31536000; includeSubDomains"
            )
        if request.endpoint != "static":
            response.headers.setdefault("Cache-Control", "no-store")
        return response
