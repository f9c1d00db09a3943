"""Pieces of a page drawn once from their GOV.UK macro and reused (core/templating.py): an action's
tags and the pagination. What they give must be exactly what the macro draws, every time."""
from __future__ import annotations

import pytest
from flask_sqlalchemy.pagination import Pagination

from tracker.actions.models import ActionStatus
from tracker.actions.rag import Rag
from tracker.core.templating import action_tags, drawn_pagination, pagination_links


def _macros(app, name: str):
    return app.jinja_env.get_template(name).make_module()


def test_each_tag_is_the_one_the_tag_macro_draws(app):
    with app.test_request_context("/"):
        tags, macro = action_tags(), _macros(app, "macros/tags.html")
        for status in ActionStatus:
            assert tags.status(status.value) == macro.status_tag(status.value, "tracker-tag")
        for rag in Rag:
            for days_overdue in (0, 1, 2, 17, 250):
                for at_risk in (False, True):
                    drawn = tags.rag(rag, days_overdue, at_risk)
                    assert drawn == macro.rag_tag(rag.value, days_overdue, at_risk, "tracker-tag")
        assert tags.rag(None) == "" == macro.rag_tag(None)
        assert "\n  Overdue by 3 working days, flagged at risk\n</strong>" in tags.rag(Rag.RED, 3, True)


class _Page(Pagination):
    """A page of a list of `total` things, `per_page` a page, without a query behind it."""

    def __init__(self, page: int, total: int, per_page: int = 10):
        self.page, self.per_page, self.total, self.max_per_page, self.items = page, per_page, total, None, []

    def _query_items(self):
        return []

    def _query_count(self):
        return self.total


@pytest.mark.parametrize("page", [1, 2, 3, 5, 9, 10, 11, 12])
def test_pagination_is_what_the_gov_uk_macro_draws_on_any_page(app, page):
    macro = _macros(app, "govuk_frontend_jinja/components/pagination/macro.html")
    with app.test_request_context("/reports/outstanding?status=all&q=a%26b+%3Cc%3E&page=4"):
        for total in (25, 120):
            pages = _Page(page if page <= -(-total // 10) else 1, total)
            links = pagination_links(pages, "reports.outstanding")
            assert drawn_pagination(links) == macro.govukPagination(links)
            assert "q=a%26b+%3Cc%3E" in drawn_pagination(links)  # each link keeps the filters


def test_the_header_is_what_the_gov_uk_macros_draw_for_each_person(app, client, auth, make_person):
    """Two people of the same role share the drawn header; each sees only their own name and token."""
    first = make_person(email="first@example.org", name="Ann <First> & Co", role="chair")
    second = make_person(email="second@example.org", name="Bo Second", role="chair")
    pages = {}
    for person in (first, second):
        auth.login(person.email)
        pages[person.name] = client.get("/reports/outstanding").get_data(as_text=True)
        auth.logout()
    assert "Ann &lt;First&gt; &amp; Co</a>" in pages["Ann <First> & Co"]
    assert "Bo Second</a>" in pages["Bo Second"] and "First" not in pages["Bo Second"]
    tokens = [page.split('name="csrf_token" value="')[1].split('"')[0] for page in pages.values()]
    assert tokens[0] != tokens[1] and "@@" not in pages["Bo Second"]
    macro = _macros(app, "govuk_frontend_jinja/components/service-navigation/macro.html").govukServiceNavigation
    account = _macros(app, "macros/account.html").account_links
    with app.test_request_context("/reports/outstanding"):
        from flask import url_for

        from tracker.core.templating import account_links, service_navigation

        items = [{"text": "Home", "href": url_for("core.home"), "active": False},
                 {"text": "Outstanding actions", "href": url_for("reports.outstanding"), "active": True}]
        links = account_links("Bo Second", "a-token")
        assert links == account("Bo Second", "a-token")
        assert service_navigation(items, links) == macro({
            "serviceName": app.config["SITE_NAME"], "serviceUrl": url_for("core.home"), "navigation": items,
            "navigationLabel": "Main menu", "slots": {"end": links}})
