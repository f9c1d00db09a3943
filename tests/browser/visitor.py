"""A person using Tracker in a real browser, by mouse or by keyboard alone.

Journeys are written once against `Visitor` and run both ways:

- `mouse`: clicks and typing at a desktop width (or a phone viewport where the journey says so);
- `keyboard`: Tab, Shift+Tab, Enter, Space (and arrow keys inside radio groups and selects), never
  the mouse, at 320 CSS pixels wide: what someone zoomed to 400% on a 1280 pixel screen sees.

Every new page the visitor reaches is checked before the journey goes on (see `checks.py`): axe
with the WCAG 2.0, 2.1 and 2.2 A and AA rules, the page title pattern, no horizontal scrolling,
target sizes, no script errors; and a screenshot is saved. In keyboard mode every element that
takes focus on the way must show it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from playwright.sync_api import Download, Locator, Page, expect

from tests.browser import checks
from tracker.extensions import db

MOUSE, KEYBOARD = "mouse", "keyboard"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
NARROWEST = {"width": 320, "height": 720}
MAX_TAB_PRESSES = 250

# Where focus is now, and whether it can be seen, in one round trip.
_FOCUS_STATE = """
() => {
  const a = document.activeElement;
  if (!a || a === document.body || a === document.documentElement) return {focused: false};
  const where = (a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + ' "' +
                 (a.getAttribute('aria-label') || a.innerText || a.value || a.name || '').trim().slice(0, 40) + '"');
  return {focused: true, where, visible: window.trackerFocusVisible(a)};
}
"""

# A focus indicator differs from the same element unfocused: compared with an unfocused copy.
# Installed in every page by `prepare_context`.
FOCUS_VISIBLE = """
window.trackerFocusVisible = (a) => {
  const transparent = (c) => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c);
  if ((a.type === 'radio' || a.type === 'checkbox') && a.nextElementSibling) {
    // GOV.UK radios and checkboxes draw focus on the label's ::before ring.
    const ring = getComputedStyle(a.nextElementSibling, '::before');
    return ring.boxShadow !== 'none' || (ring.outlineStyle !== 'none' && !transparent(ring.outlineColor));
  }
  const s = getComputedStyle(a);
  const copy = a.cloneNode(true);
  copy.removeAttribute('id');
  a.parentNode.insertBefore(copy, a.nextSibling);
  const u = getComputedStyle(copy);
  const props = ['boxShadow', 'backgroundColor', 'color', 'borderTopColor', 'textDecorationThickness'];
  const changed = props.some((p) => s[p] !== u[p]);
  const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !transparent(s.outlineColor);
  copy.remove();
  return changed || outlined;
};
"""


@dataclass
class Visitor:
    """One person in their own browser context (own cookies), doing things one way."""

    page: Page
    way: str
    base_url: str
    artefacts: Path | None  # where screenshots go (None: none taken)
    site_name: str
    pages_seen: list[str] = field(default_factory=list)

    # --- getting around ------------------------------------------------------------------------

    def go(self, path: str) -> Visitor:
        """Type an address into the browser (allowed for keyboard users too)."""
        db.session.commit()  # SQLite: release the test's lock before the server needs it
        self.page.goto(self.base_url + path)
        return self.arrived()

    def open(self, url: str) -> Visitor:
        """Open a link from outside the service, such as one in an email."""
        assert url.startswith(self.base_url), f"{url} is not on this server ({self.base_url})"
        return self.go(url[len(self.base_url):])

    def follow(self, link: str | re.Pattern | Locator, *, exact: bool = True) -> Visitor:
        target = self._link(link, exact)
        with self.page.expect_navigation():
            self._activate(target, key="Enter")
        return self.arrived()

    def follow_in_menu(self, link: str) -> Visitor:
        """A link in the main menu: on a narrow screen the menu is behind its toggle button."""
        toggle = self.page.locator(".govuk-service-navigation__toggle")
        if toggle.is_visible() and toggle.get_attribute("aria-expanded") != "true":
            self._activate(toggle, key="Enter")
        return self.follow(self.page.get_by_label("Main menu").get_by_role("link", name=link, exact=True))

    def press(self, button: str | Locator, *, navigates: bool = True) -> Visitor:
        target = button if isinstance(button, Locator) else self.page.get_by_role(
            "button", name=button, exact=True)
        if not navigates:
            self._activate(target, key="Space")
            return self
        with self.page.expect_navigation():
            self._activate(target, key="Space")
        return self.arrived()

    def press_twice(self, button: str) -> Visitor:
        """Press a button twice in quick succession, as on a slow phone when nothing seems to happen:
        a double click by mouse, Enter twice by keyboard. Waits for the page the presses lead to."""
        target = self.page.get_by_role("button", name=button, exact=True)
        db.session.commit()  # SQLite: release the test's lock before the server needs it
        with self.page.expect_navigation():
            if self.way == MOUSE:
                target.dblclick()
            else:
                self.tab_to(target)
                self.page.keyboard.press("Enter")
                self.page.keyboard.press("Enter")
        return self.arrived()

    def on_a_slow_connection(self, latency_ms: int = 800) -> Visitor:
        """Every answer from the server takes `latency_ms` longer (Chromium's network emulation), so
        a second press lands while the first is still on its way, as on a slow phone signal."""
        session = self.page.context.new_cdp_session(self.page)
        session.send("Network.enable")
        session.send("Network.emulateNetworkConditions", {
            "offline": False, "latency": latency_ms, "downloadThroughput": -1, "uploadThroughput": -1})
        return self

    def open_details(self, summary: str) -> Visitor:
        """Open a GOV.UK details component (Enter on its summary, by keyboard)."""
        details = self.page.locator("details").filter(
            has=self.page.locator("summary", has_text=summary))
        if details.get_attribute("open") is None:
            self._activate(details.locator("summary"), key="Enter")
        expect(details).to_have_attribute("open", "")
        return self

    def download(self, link: str | Locator) -> Download:
        target = self._link(link, True)
        with self.page.expect_download() as download:
            self._activate(target, key="Enter")
        return download.value

    # --- filling in forms ----------------------------------------------------------------------

    def fill(self, label: str | Locator, text: str) -> Visitor:
        target = self.page.get_by_label(label, exact=True) if isinstance(label, str) else label
        if self.way == MOUSE:
            target.fill(text)
        else:
            self.tab_to(target)
            self.page.keyboard.press("ControlOrMeta+A")
            self.page.keyboard.press("Delete")
            if text:
                self.page.keyboard.insert_text(text) if "\n" in text else self.page.keyboard.type(text)
        return self

    def choose_file(self, label: str, path: Path) -> Visitor:
        """A file input: opens the browser's file chooser (Enter by keyboard) and picks `path`."""
        target = self.page.get_by_label(label, exact=True)
        with self.page.expect_file_chooser() as chooser:
            self._activate(target, key="Enter")
        chooser.value.set_files(path)
        return self

    def fill_date(self, legend: str, day: date) -> Visitor:
        """A GOV.UK date input: Day, Month and Year boxes inside a fieldset named by its legend."""
        group = self.page.get_by_role("group", name=legend)
        for box, value in (("Day", day.day), ("Month", day.month), ("Year", day.year)):
            self.fill(group.get_by_label(box, exact=True), str(value))
        return self

    def choose(self, option: str, *, within: str | None = None) -> Visitor:
        """Pick a radio button. By keyboard: Tab into the group, arrows to the option."""
        scope = self.page.get_by_role("group", name=within) if within else self.page
        target = scope.get_by_role("radio", name=option, exact=True)
        if self.way == MOUSE:
            target.check()
            return self
        name = target.get_attribute("name")
        self._tab_until(f"radio group {name!r}", lambda: self.page.evaluate(
            "n => document.activeElement && document.activeElement.name === n", name))
        for _ in range(30):
            if target.evaluate("el => el === document.activeElement"):
                break
            self.page.keyboard.press("ArrowDown")
        self.page.keyboard.press("Space")
        expect(target).to_be_checked()
        return self

    def tick(self, label: str | Locator) -> Visitor:
        target = self.page.get_by_role("checkbox", name=label, exact=True) if isinstance(label, str) else label
        if self.way == MOUSE:
            target.check()
        else:
            self.tab_to(target)
            if not target.is_checked():
                self.page.keyboard.press("Space")
        expect(target).to_be_checked()
        return self

    def untick(self, label: str | Locator) -> Visitor:
        target = self.page.get_by_role("checkbox", name=label, exact=True) if isinstance(label, str) else label
        if self.way == MOUSE:
            target.uncheck()
        else:
            self.tab_to(target)
            if target.is_checked():
                self.page.keyboard.press("Space")
        expect(target).not_to_be_checked()
        return self

    def select(self, label: str | Locator, option: str) -> Visitor:
        target = self.page.get_by_label(label, exact=True) if isinstance(label, str) else label
        if self.way == MOUSE:
            target.select_option(label=option)
            return self
        self.tab_to(target)
        labels = target.evaluate("el => Array.from(el.options).map(o => o.label.trim())")
        assert option in labels, f"{option!r} is not an option; the options are {labels}"
        current = target.evaluate("el => el.selectedIndex")
        wanted = labels.index(option)
        key = "ArrowDown" if wanted > current else "ArrowUp"
        for _ in range(abs(wanted - current)):
            self.page.keyboard.press(key)
        assert target.evaluate("el => el.options[el.selectedIndex].label.trim()") == option
        return self

    def errors_listed(self) -> list[str]:
        return [text.strip() for text in
                self.page.locator(".govuk-error-summary__list a").all_inner_texts()]

    def follow_error(self, message: str) -> Locator:
        """On a page with errors: the summary has focus; its link takes focus to the field."""
        summary = self.page.locator(".govuk-error-summary")
        expect(summary).to_be_focused()  # GOV.UK Frontend focuses it, so screen readers read it first
        link = summary.get_by_role("link", name=message, exact=True)
        field_id = link.get_attribute("href").partition("#")[2]
        self._activate(link, key="Enter")
        field = self.page.locator(f'[id="{field_id}"]')
        expect(field).to_be_focused()
        expect(field).to_be_in_viewport()  # (check_page made sure the field shows the message too)
        return field

    # --- what the visitor sees -----------------------------------------------------------------

    def sees(self, text: str | re.Pattern) -> Visitor:
        expect(self.page.locator("main")).to_contain_text(text)
        return self

    def sees_title(self, page_title: str) -> Visitor:
        """The whole <title>: "Page – Section – SITE_NAME", "Error: " first on a form with errors."""
        expect(self.page).to_have_title(page_title)
        return self

    def is_at(self, path: str | re.Pattern) -> Visitor:
        if isinstance(path, str):
            path = re.compile(re.escape(self.base_url + path) + r"(\?.*)?(#.*)?$")
        expect(self.page).to_have_url(path)
        return self

    def focus_is_on(self, target: Locator) -> Visitor:
        expect(target).to_be_focused()
        return self

    def arrived(self) -> Visitor:
        """Check the page just reached (once per document) before going on."""
        self.page.wait_for_load_state("load")
        if self.page.evaluate("() => window.trackerChecked === true"):
            return self
        title = checks.check_page(self.page, self.site_name)
        if self.artefacts is not None and title not in self.pages_seen:  # once per distinct page
            checks.screenshot(self.page, self.artefacts, len(self.pages_seen) + 1, title)
        self.pages_seen.append(title)
        self.page.evaluate("() => { window.trackerChecked = true; }")
        return self

    # --- keyboard ------------------------------------------------------------------------------

    def tab_to(self, target: Locator) -> None:
        """Press Tab until `target` has focus, checking focus is visible at every stop."""
        handle = target.element_handle()
        self._tab_until(str(target), lambda: self.page.evaluate(
            "t => document.activeElement === t", handle))

    def _tab_until(self, what: str, arrived) -> None:
        if arrived():
            return
        route = []
        for _ in range(MAX_TAB_PRESSES):
            self.page.keyboard.press("Tab")
            state = self.page.evaluate(_FOCUS_STATE)
            if state["focused"]:
                route.append(state["where"])
                assert state["visible"], f"focus is not visible on {state['where']}"
            if arrived():
                return
        raise AssertionError(f"Tab never reached {what}; focus went through: {route[-40:]}")

    def _activate(self, target: Locator, *, key: str) -> None:
        db.session.commit()  # SQLite: release the test's lock before the server needs it
        if self.way == MOUSE:
            target.click()
        else:
            self.tab_to(target)
            self.page.keyboard.press(key)

    def _link(self, link: str | re.Pattern | Locator, exact: bool) -> Locator:
        if isinstance(link, Locator):
            return link
        return self.page.get_by_role("link", name=link, exact=exact).first

