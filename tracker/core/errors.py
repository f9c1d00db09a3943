"""Plain-English error pages. Never a stack trace for the person using the service."""
from flask import render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.orm.exc import StaleDataError

from tracker.core.domain import unstorable_text_problem
from tracker.extensions import db

PAGES = {
    400: ("Sorry, there is a problem with that request", "errors/400.html"),
    403: ("You do not have permission to see this page", "errors/403.html"),
    404: ("Page not found", "errors/404.html"),
    429: ("Too many attempts", "errors/429.html"),
    500: ("Sorry, there is a problem with the service", "errors/500.html"),
}


def _wants_json() -> bool:
    return request.path.startswith("/api/")


CSRF_MESSAGE = "The form had expired. Go back, refresh the page and try again."


def render_error(status: int, message: str | None = None):
    title, template = PAGES[status]
    if _wants_json():
        return {"error": message or title}, status
    return render_template(template, title=title, message=message), status


def init_errors(app) -> None:
    @app.before_request
    def _refuse_unstorable_query_strings():
        """A NUL byte or a lone surrogate in the query string is nobody's typing (PostgreSQL refuses
        it in any comparison: every filtered list gave 500). The API's own check names the field."""
        if not _wants_json() and any(unstorable_text_problem(value, name)
                                     for name, value in request.args.items(multi=True)):
            return render_error(400, "The web address has a character in it that cannot be read. "
                                     "Go back and try the link again.")
        return None

    for status in (400, 403, 404, 429):
        app.register_error_handler(status, lambda error, status=status: render_error(status))

    @app.errorhandler(405)
    def _method_not_allowed(error):
        if not _wants_json():
            return error  # Werkzeug's own page, with its Allow header
        allow = ", ".join(sorted(error.valid_methods or ()))
        return {"error": f"This address does not accept {request.method}"}, 405, {"Allow": allow}

    @app.errorhandler(CSRFError)
    def _csrf(error):
        return render_error(400, CSRF_MESSAGE)

    @app.errorhandler(StaleDataError)
    def _stale(error):
        db.session.rollback()
        return render_error(
            400, "Someone else changed this record while you were editing it. Go back and try again."
        )

    @app.errorhandler(500)
    def _server_error(error):
        db.session.rollback()
        return render_error(500)
