"""Template filters and globals shared by every page."""
import functools

from flask import g, has_request_context, request, url_for
from flask_login import current_user
from markupsafe import Markup, escape

from tracker.core import dates
from tracker.core.ids import MAX_ID
from tracker.people.models import Role

# (label, endpoint, roles that see it). Endpoints not registered yet are skipped, so each
# domain's navigation appears when its blueprint is.
NAVIGATION = [
    ("Home", "core.home", None),
    ("My actions", "actions.mine", None),
    ("Outstanding actions", "reports.outstanding", (Role.ADMIN, Role.CHAIR, Role.LEAD, Role.MEMBER)),
    ("Meetings", "meetings.index", (Role.ADMIN, Role.CHAIR, Role.LEAD, Role.MEMBER)),
    ("Groups", "meetings.groups", (Role.ADMIN, Role.CHAIR, Role.LEAD, Role.MEMBER)),
    ("Decisions", "decisions.index", (Role.ADMIN, Role.CHAIR, Role.LEAD, Role.MEMBER)),
    ("Search", "search.index", None),
    ("My input", "inputs.mine", (Role.CHAMPION,)),
    ("Input", "inputs.index", (Role.ADMIN, Role.CHAIR, Role.LEAD)),
    ("People", "people.index", (Role.ADMIN,)),
    ("Outbox", "nudges.outbox", (Role.ADMIN,)),
]


def navigation_for(user, app, current_endpoint: str | None) -> list[dict]:
    if not user.is_authenticated:
        return []
    items = []
    for label, endpoint, roles in NAVIGATION:
        if endpoint not in app.view_functions:
            continue
        if roles is not None and user.role not in roles:
            continue
        items.append(
            {
                "text": label,
                "href": url_for(endpoint),
                "active": current_endpoint == endpoint,
            }
        )
    return items


class Options(tuple):
    """A select's choices, (value, label) pairs, whose <option> elements are written once and then
    reused: a filter panel lists every group, organisation and tag, and its choices change far
    less often than pages are drawn (reports/queries.py keeps them until they change)."""

    @functools.cached_property
    def values(self) -> frozenset:
        return frozenset(value for value, _label in self)

    @functools.cached_property
    def _html(self) -> str:
        return "".join(f'<option value="{escape(value)}">{escape(label)}</option>' for value, label in self)

    def html(self, selected) -> Markup:
        """The <option> elements with `selected` marked (values are unique: one is)."""
        if selected not in self.values:
            return Markup(self._html)
        option = f'<option value="{escape(selected)}">'
        return Markup(self._html.replace(option, option[:-1] + " selected>", 1))


def pagination_links(page, endpoint: str) -> dict | None:
    """The GOV.UK pagination component's params for a Flask-SQLAlchemy page of `endpoint`, each
    link keeping the request's other query parameters; None when everything fits on one page.
    Made here, not in a template loop: every list draws it, and a loop costs a call per number."""
    if page.pages <= 1:
        return None
    args = {**(request.view_args or {}), **request.args.to_dict()}

    def link(number: int) -> str:
        args["page"] = number
        return url_for(endpoint, **args)

    numbers = page.iter_pages(left_edge=1, left_current=1, right_current=2, right_edge=1)
    return {
        "items": [{"number": number, "href": link(number), "current": number == page.page} if number
                  else {"ellipsis": True} for number in numbers],
        "previous": {"href": link(page.prev_num)} if page.has_prev else None,
        "next": {"href": link(page.next_num)} if page.has_next else None,
    }


def id_links(endpoint: str, name: str):
    """A function giving `url_for(endpoint, name=id)` for any id: the address is built once and
    each id put in its place, for a table whose every row links to its record (25 url_for calls
    cost a fifth of a millisecond)."""
    before, _mark, after = url_for(endpoint, **{name: MAX_ID}).rpartition(str(MAX_ID))
    return lambda record_id: f"{before}{int(record_id)}{after}"


def options_html(choices, selected) -> Markup:
    """A select's <option> elements, `selected` marked, as one string: the `options` filter."""
    return (choices if isinstance(choices, Options) else Options(choices)).html(selected)


def init_templating(app) -> None:
    app.add_template_filter(dates.format_date, "date")
    app.add_template_filter(dates.format_short_date, "short_date")
    app.add_template_filter(dates.format_datetime, "datetime")
    # Time rules pages and emails put into words (tracker/actions/schedule.py, tracker/nudges/links.py).
    from tracker.actions.schedule import due_soon_days, working_days_text
    from tracker.nudges.links import action_link_days

    app.add_template_filter(working_days_text, "working_days")
    # An action's status and RAG in words (tracker/actions/rag.py), for the tags and the text emails.
    from tracker.actions.rag import rag_words, status_words

    app.add_template_filter(status_words, "status_words")
    app.add_template_filter(rag_words, "rag_words")
    app.add_template_global(due_soon_days, "due_soon_days")
    app.add_template_global(action_link_days, "action_link_days")
    # What an owner can do to an action, in the same words on pages and in emails.
    from tracker.actions.acts import ACTS, acts_in_a_sentence

    app.add_template_global(ACTS, "acts")
    app.add_template_global(acts_in_a_sentence, "acts_in_a_sentence")
    # A champion, named to those who may not see champions' names (tracker/permissions.py).
    from tracker.permissions import CHAMPION_TO_CONTRIBUTORS

    app.add_template_global(CHAMPION_TO_CONTRIBUTORS, "a_champion")
    from tracker.core.plain_english import reading_meter_attributes

    app.add_template_global(reading_meter_attributes, "reading_meter_attributes")
    app.add_template_filter(options_html, "options")
    app.add_template_global(pagination_links, "pagination_links")
    app.add_template_global(id_links, "id_links")

    @app.after_request
    def _spell_out_acronyms(response):
        # The one place pages spell out SEND, EHCP and the rest on first use (plain_english.py).
        if response.mimetype == "text/html" and not response.direct_passthrough and not response.is_streamed \
                and not g.get("acronyms_spelled_out"):
            from tracker.core.plain_english import spell_out_in_page

            response.set_data(spell_out_in_page(response.get_data(as_text=True)))
        return response

    @app.context_processor
    def _globals():
        # Emails are rendered by jobs and commands too, where there is no request or person.
        in_request = has_request_context()
        return {
            "site_name": app.config["SITE_NAME"],
            "cspNonce": getattr(g, "csp_nonce", None),
            "navigation": navigation_for(current_user, app, request.endpoint) if in_request else [],
        }
