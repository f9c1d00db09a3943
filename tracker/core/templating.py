"""Template filters and globals shared by every page."""
import functools
import re

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
    """The main menu for a person: the same for everyone of a role on a page, so its addresses
    are built once per role, page and mount path in each worker (nine url_for calls a page)."""
    if not user.is_authenticated:
        return []
    kept = app.extensions.setdefault("tracker_navigation", {})
    key = (user.role, current_endpoint, request.script_root)
    if key not in kept:
        kept[key] = [
            {"text": label, "href": url_for(endpoint), "active": current_endpoint == endpoint}
            for label, endpoint, roles in NAVIGATION
            if endpoint in app.view_functions and (roles is None or user.role in roles)
        ]
    return [dict(item) for item in kept[key]]


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


def drawn_pagination(links: dict) -> Markup:
    """The `drawn_pagination` template global: what govukPagination(links) draws, for links as
    pagination_links makes them. Every list draws it, and the macro costs about 0.5 ms a page, so
    it is drawn once per shape (which of previous and next it has, and which of its items are
    numbers, the current page or an ellipsis) with stand-ins for each link and number (drawn_once,
    filled). The markup stays the macro's; shapes are few (under 50)."""
    items = links["items"]
    kinds = tuple("ellipsis" if item.get("ellipsis") else bool(item["current"]) for item in items)
    shape = (links["previous"] is not None, links["next"] is not None, kinds)
    values = {"href-prev": links["previous"]["href"] if links["previous"] else "",
              "href-next": links["next"]["href"] if links["next"] else ""}
    for at, item in enumerate(items):
        if not item.get("ellipsis"):
            values[f"href-{at}"], values[f"number-{at}"] = item["href"], int(item["number"])
    stand_ins = {"items": [{"ellipsis": True} if kind == "ellipsis" else
                           {"number": f"@@number-{at}@@", "href": f"@@href-{at}@@", "current": kind}
                           for at, kind in enumerate(kinds)],
                 "previous": {"href": "@@href-prev@@"} if shape[0] else None,
                 "next": {"href": "@@href-next@@"} if shape[1] else None}
    draw = lambda: _macro("govuk_frontend_jinja/components/pagination/macro.html", "govukPagination")(stand_ins)  # noqa: E731
    return filled(drawn_once(("pagination", shape), draw), values)


def id_links(endpoint: str, name: str):
    """A function giving `url_for(endpoint, name=id)` for any id: the address is built once and
    each id put in its place, for a table whose every row links to its record (25 url_for calls
    cost a fifth of a millisecond)."""
    before, _mark, after = url_for(endpoint, **{name: MAX_ID}).rpartition(str(MAX_ID))
    return lambda record_id: f"{before}{int(record_id)}{after}"


# Markup the same for the app's whole life (for a given mount path), drawn once per worker from its
# macro with stand-ins, "@@name@@", for what changes, which are put in, escaped, each time it is shown.
_STAND_IN = re.compile(r"@@([a-z]+(?:-\w+)?)@@")
_DRAWN_ONCE_LIMIT = 500  # kinds of header and pagination: far fewer in practice


def drawn_once(key: tuple, draw) -> str:
    """What draw() gives, drawn once per worker and app and kept under key."""
    from flask import current_app

    kept = current_app.extensions.setdefault("tracker_drawn_once", {})
    if key not in kept:
        if len(kept) >= _DRAWN_ONCE_LIMIT:
            kept.clear()
        kept[key] = str(draw())
    return kept[key]


def filled(markup: str, values: dict) -> Markup:
    """markup with each stand-in "@@name@@" replaced by values[name], escaped unless it is Markup."""
    return Markup(_STAND_IN.sub(lambda found: str(escape(values[found.group(1)])), markup))


def _macro(template: str, name: str):
    from flask import current_app

    return getattr(current_app.jinja_env.get_template(template).make_module(), name)


def service_navigation(items: list[dict], account_links) -> Markup:
    """The header: what GOV.UK's service navigation macro draws for these items (the same for
    everyone of a role on a page) and the person's account links (their name, the sign-out form),
    drawn once per kind of header and filled in. The `service_navigation` template global."""
    from flask import current_app

    key = ("service navigation", request.script_root, tuple((item["text"], item["href"], item["active"])
                                                            for item in items), bool(account_links))
    params = {"serviceName": current_app.config["SITE_NAME"], "serviceUrl": None, "navigation": items,
              "navigationLabel": "Main menu", "slots": {"end": Markup("@@end@@") if account_links else ""}}
    draw = lambda: _macro(  # noqa: E731
        "govuk_frontend_jinja/components/service-navigation/macro.html",
        "govukServiceNavigation")(dict(params, serviceUrl=url_for("core.home")))
    return filled(drawn_once(key, draw), {"end": account_links})


def account_links(name: str, csrf_token: str) -> Markup:
    """The signed-in person's name and sign-out form (macros/account.html), drawn once and filled in."""
    draw = lambda: _macro("macros/account.html", "account_links")("@@name@@", "@@csrf@@")  # noqa: E731
    return filled(drawn_once(("account links", request.script_root), draw), {"name": name, "csrf": csrf_token})


class ActionTags:
    """An action's status and RAG tags, each drawn once from the one tag macro (templates/macros/
    tags.html) and then reused: a RAG tag's markup is its colour's, drawn with a stand-in for its
    words, which are put in per action. A list of 25 rows whose overdue tags each say a different
    number of days called the macro 25 times (about 1 ms). The markup stays the macro's."""

    WORDS = "tracker-tag-words"

    def __init__(self, environment, classes: str):
        from tracker.actions.models import ActionStatus
        from tracker.actions.rag import Rag

        tags = environment.get_template("macros/tags.html").make_module()
        self._status = {status.value: tags.status_tag(status.value, classes) for status in ActionStatus}
        self._rag = {rag.value: str(tags.rag_tag(rag.value, classes=classes, words=self.WORDS)).split(self.WORDS)
                     for rag in Rag}

    def status(self, status: str) -> Markup:
        return self._status[status]

    def rag(self, rag, days_overdue: int = 0, at_risk: bool = False) -> Markup:
        """The RAG tag, or nothing for a closed action (no RAG)."""
        if not rag:
            return Markup("")
        from tracker.actions.rag import rag_words

        before, after = self._rag[rag]
        return Markup(f"{before}{escape(rag_words(rag, days_overdue, at_risk))}{after}")


def action_tags(classes: str = "tracker-tag") -> ActionTags:
    """The app's ActionTags with these classes, drawn on first use in each worker (the tags do not
    change while it runs): the `action_tags` template global."""
    from flask import current_app

    drawn = current_app.extensions.setdefault("tracker_action_tags", {})
    if classes not in drawn:
        drawn[classes] = ActionTags(current_app.jinja_env, classes)
    return drawn[classes]


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
    app.add_template_global(action_tags, "action_tags")
    app.add_template_global(drawn_pagination, "drawn_pagination")
    app.add_template_global(service_navigation, "service_navigation")
    app.add_template_global(account_links, "account_links")

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
