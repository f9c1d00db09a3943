"""The checks every journey relies on do fail when a page has the problem they look for.

Each page here is made up (served by the browser itself at an address on the test server), so
nothing in the app has to be broken to prove a journey would catch it.
"""
import pytest

from tests.browser.visitor import KEYBOARD

SITE = "SEND Partnership Tracker"
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>{style}</style></head><body><main><h1>Made up</h1>{body}</main></body></html>"""


def serve(visitor, body: str, *, title=f"Made up – Actions – {SITE}", style=""):
    html = PAGE.format(title=title, style=style, body=body)
    visitor.page.route("**/made-up", lambda route: route.fulfill(body=html, content_type="text/html"))
    return "/made-up"


@pytest.mark.parametrize("way", [KEYBOARD])
@pytest.mark.parametrize(("problem", "page", "complaint"), [
    ("image without text", {"body": '<img src="data:," width="30" height="30">'}, "axe found"),
    ("grey on white", {"body": '<p style="color:#bbb">Faint</p>'}, "color-contrast"),
    ("wide content", {"body": '<div style="width:900px">Wide</div>'}, "scrolls sideways"),
    ("tiny button", {"body": '<button style="width:12px;height:12px;padding:0">x</button>'},
     "targets smaller"),
    ("title without the site name", {"body": "", "title": "Made up"}, "is not 'Page – Section"),
    ("title without a section", {"body": "", "title": f"Made up – {SITE}"}, "has no section"),
    ("title naming no known section", {"body": "", "title": f"Made up – Elsewhere – {SITE}"},
     "not one of SECTIONS"),
    ("status shown by colour alone", {"body": '<strong class="govuk-tag govuk-tag--red"> </strong>'},
     "status tags without visible text"),
    ("status text only for screen readers", {
        "body": '<strong class="govuk-tag"><span class="govuk-visually-hidden">Overdue</span></strong>'},
     "status tags without visible text"),
], ids=lambda value: value if isinstance(value, str) and " " in value else "")
def test_a_page_with_a_problem_fails_its_check(open_browser, problem, page, complaint):
    visitor = open_browser()
    with pytest.raises(AssertionError, match=complaint):
        visitor.go(serve(visitor, page["body"], title=page.get("title", f"Made up – Actions – {SITE}")))


@pytest.mark.parametrize("way", [KEYBOARD])
def test_focus_that_cannot_be_seen_fails(open_browser):
    visitor = open_browser()
    path = serve(visitor, '<a href="#x" class="quiet">Somewhere</a>',
                 style="a { color: #0b0c0c; } a.quiet:focus { outline: none; }")
    visitor.go(path)
    with pytest.raises(AssertionError, match="focus is not visible"):
        visitor.tab_to(visitor.page.get_by_role("link", name="Somewhere"))

