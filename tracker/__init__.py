"""Tracker: turns what meetings agree into actions that get done.

`create_app` only wires things up: no database I/O, no scheduler start, nothing at import time.
"""
from __future__ import annotations

import secrets
from importlib import import_module
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
        stamps,  # the change stamps, renewed on every write (their listeners, bound below)
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
    stamps.init_app(app)

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


# The modules whose routes register on their area's blueprint (defined in the area's __init__.py).
ROUTE_MODULES = (
    "tracker.core.views",
    "tracker.people.views", "tracker.people.admin", "tracker.people.audit_log", "tracker.people.data_pages",
    "tracker.people.password_pages", "tracker.people.sso_pages", "tracker.people.two_step_pages",
    "tracker.meetings.views", "tracker.meetings.groups", "tracker.meetings.papers",
    "tracker.decisions.views",
    "tracker.actions.views", "tracker.actions.log_views",
    "tracker.nudges.views",
    "tracker.inputs.views",
    "tracker.reports.views",
    "tracker.public.views",
    "tracker.importer.views",
    "tracker.api.views", "tracker.api.account", "tracker.api.feeds", "tracker.api.meeting_changes",
    "tracker.search.views",
    "tracker.webhooks.views",
)


def register_blueprints(app: Flask) -> None:
    """Each area's blueprint lives in its package's __init__.py; importing the area's route modules
    here registers their routes on it, so no route module imports another (tests/core/test_structure.py)."""
    from tracker import (
        actions,
        api,
        core,
        decisions,
        importer,
        inputs,
        meetings,
        nudges,
        people,
        public,
        reports,
        search,
        webhooks,
    )
    for name in ROUTE_MODULES:
        import_module(name)  # its routes register on its area's blueprint

    for blueprint in (core.blueprint, people.blueprint, meetings.blueprint, decisions.blueprint, actions.blueprint,
                      actions.log_blueprint, nudges.blueprint, inputs.blueprint, reports.blueprint, public.blueprint,
                      importer.blueprint, api.blueprint, api.account_blueprint, api.feeds_blueprint, search.blueprint,
                      webhooks.blueprint):
        app.register_blueprint(blueprint)
    csrf.exempt(api.blueprint)  # token-authenticated JSON, no cookies


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
