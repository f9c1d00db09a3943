"""What every page a journey visits must pass, and the figures the browser suite reports.

- axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules finds nothing;
- the title is "Page – Section – SITE_NAME" (see TITLE RULE below), with "Error: " first exactly
  when the page shows an error summary, and each link in the summary leads to a field that shows
  the same message;
- every status tag (.govuk-tag) has text a sighted person can read: colour is never the only sign;
- nothing scrolls sideways at the width the visitor has (320 pixels in keyboard journeys);
- buttons and form controls are at least 24 × 24 pixels (axe's target-size covers links);
- every fieldset has a legend (axe does not check this; without one, "Day, Month, Year" or a
  list of checkboxes has no question);
- no script error, including anything the Content Security Policy refused;
- a screenshot of the whole page is saved under test-artifacts/browser/ (see `Visitor.arrived`:
  one per distinct page a visitor reaches, on the first database engine only).

The title rule. Every page belongs to one of SECTIONS and says so: "Page – Section – SITE_NAME".
"Page – SITE_NAME" is allowed only for
- a section's own page, whose name is the section's ("You said, we did – SITE_NAME");
- the few pages that stand outside every section, listed in OUTSIDE_SECTIONS (the home page,
  signing in and the password pages, the accessibility statement);
- error pages (the server answered 4xx or 5xx: "Page not found", "This link has expired").
So a new page cannot leave its section out by accident, and a new section is added here on
purpose. docs/accessibility.md says the same.

axe runs once per distinct page state: a page whose markup (ignoring numbers and tokens) and
viewport match one already found clean in this run, in any worker, is not run through axe
again; its check is still counted in the figures (as "axe": "same as before").

axe is injected with `add_script_tag` from a same-origin address that the browser context serves
from node_modules (see `serve_axe`), so the app's strict Content Security Policy stays on during
the tests and a page that relies on inline script fails here as it would for real.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

from playwright.sync_api import BrowserContext, Page

ROOT = Path(__file__).resolve().parents[2]
AXE_SOURCE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_PATH = "/__browser-tests__/axe.min.js"  # never served by the app; answered by the browser context
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
ARTEFACTS = ROOT / "test-artifacts" / "browser"
MIN_TARGET = 24

SECTIONS = {
    "Actions", "Groups", "Input", "Meetings", "Outbox", "People", "Reports", "Search", "Update an action",
    "You said, we did", "Your account", "Your input",
}
OUTSIDE_SECTIONS = {
    "Home", "Sign in", "Reset your password", "Check your email", "Set your password",
    "Choose a new password", "Accessibility statement", "Enter your code", "Privacy notice",
}

# This run's pages found clean by axe (by digest), shared by the workers through files in SEEN.
RUN = ""  # the run's id, the same in every worker (set by conftest.py)
_clean: set[str] = set()

# Figures for docs/accessibility.md: every page checked in this worker, and what axe found.
pages_checked: list[dict] = []

_PAGE_FACTS = r"""
(min) => {
  const doc = document.documentElement;
  const small = [];
  const controls = document.querySelectorAll(
    'button, input:not([type=hidden]), select, textarea, summary, [role=button]');
  for (const el of controls) {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || box.width === 0) continue;
    // Out of everyone's reach on purpose (the public form's honeypot for robots).
    if (el.closest('[aria-hidden="true"], [inert]') && el.tabIndex < 0) continue;
    if (box.width < min || box.height < min) {
      small.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} is ` +
                 `${Math.round(box.width)}×${Math.round(box.height)}`);
    }
  }
  // Status tags: the text left when visually hidden parts are taken away.
  const tagsWithoutText = [];
  for (const tag of document.querySelectorAll('.govuk-tag')) {
    if (!tag.getClientRects().length) continue;  // not shown at all
    const copy = tag.cloneNode(true);
    copy.querySelectorAll('.govuk-visually-hidden').forEach((e) => e.remove());
    const style = getComputedStyle(tag);
    if (!copy.textContent.trim() || tag.classList.contains('govuk-visually-hidden') ||
        style.visibility === 'hidden' || parseFloat(style.fontSize) === 0) {
      tagsWithoutText.push(tag.outerHTML.slice(0, 120));
    }
  }
  const navigation = performance.getEntriesByType('navigation')[0];
  // What axe would see: the markup with numbers and long tokens (ids, CSRF, signed links) taken out.
  const markup = doc.outerHTML.replace(/[A-Za-z0-9_.-]{24,}/g, 'T').replace(/[0-9]+/g, '0');
  return {
    status: navigation ? navigation.responseStatus : 0, markup,
    tagsWithoutText,
    scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth,
    errorSummary: document.querySelector('.govuk-error-summary') !== null,
    // Each error summary link: does it lead to a field, and does that field show the message?
    errorLinks: Array.from(document.querySelectorAll('.govuk-error-summary a')).map((a) => {
      const field = document.getElementById(decodeURIComponent(a.hash.slice(1)));
      let group = field && field.closest('.govuk-form-group');
      // A date input's day, month and year boxes sit in form groups of their own.
      while (group && group.parentElement.closest('.govuk-form-group')) {
        group = group.parentElement.closest('.govuk-form-group');
      }
      const shown = group ? Array.from(group.querySelectorAll('.govuk-error-message'))
        .map((e) => e.innerText.replace(/^Error:\s*/, '').trim()) : [];
      return {message: a.innerText.trim(), href: a.getAttribute('href'), field: field !== null,
              shownAtField: shown.includes(a.innerText.trim())};
    }),
    h1: Array.from(document.querySelectorAll('h1')).map((h) => h.innerText.trim()),
    // A group of radios, checkboxes or date boxes needs a legend saying what it is for.
    unnamedFieldsets: Array.from(document.querySelectorAll('fieldset'))
      .filter((f) => !(f.querySelector(':scope > legend') || {textContent: ''}).textContent.trim())
      .map((f) => (f.querySelector('input, select, textarea') || {}).name || f.outerHTML.slice(0, 80)),
    small,
  };
}
"""


def prepare_context(context: BrowserContext, init_script: str) -> None:
    """Answer AXE_PATH on any origin with axe-core from node_modules; add our focus helper."""
    context.add_init_script(init_script)
    context.route(f"**{AXE_PATH}", lambda route: route.fulfill(
        path=AXE_SOURCE, content_type="application/javascript"))


def watch_for_script_errors(page: Page) -> list[str]:
    """Collect script errors and refusals by the Content Security Policy as they happen."""
    errors: list[str] = []

    def on_console(message):
        if message.type != "error":
            return
        # An error page's own status (404, 403...) is reported as a failed load of the document.
        if message.text.startswith("Failed to load resource") and message.location.get("url") == page.url:
            return
        errors.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.script_errors = errors  # read by check_page
    return errors


# The one axe finding we accept, narrowly: GOV.UK Frontend's conditionally revealing radios and
# checkboxes set aria-expanded on the input. ARIA 1.2 does not list it for radios, so axe flags it
# (aria-allowed-attr), but the GOV.UK Design System keeps it on purpose: research with screen
# reader users found it tells them more content has appeared, and no harm
# (alphagov/govuk-frontend#979, listed as a known issue in #1280). Anything else, fails.
_CONDITIONAL_REVEAL = re.compile(
    r'^<input class="govuk-(radios|checkboxes)__input"[^>]* aria-controls="conditional-[^"]+" aria-expanded="(true|false)"')


_ONLY_ARIA_EXPANDED = re.compile(r'^ARIA attribute is not allowed: aria-expanded="(true|false)"$')


def _accepted(rule: str, node: dict) -> bool:
    reasons = [line.strip() for line in node["failureSummary"].splitlines()[1:] if line.strip()]
    return (rule == "aria-allowed-attr" and bool(_CONDITIONAL_REVEAL.match(node["html"]))
            and len(reasons) == 1 and bool(_ONLY_ARIA_EXPANDED.match(reasons[0])))


def run_axe(page: Page) -> tuple[list[dict], int]:
    """axe's violations on the page now showing, and how many findings were the accepted one."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(url=AXE_PATH)
    found = page.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
                     .then(r => r.violations)""",
        AXE_TAGS,
    )
    violations, accepted = [], 0
    for violation in found:
        nodes = [node for node in violation["nodes"] if not _accepted(violation["id"], node)]
        accepted += len(violation["nodes"]) - len(nodes)
        if nodes:
            violations.append({**violation, "nodes": nodes})
    return violations, accepted


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    at {', '.join(map(str, node['target']))}: {node['failureSummary'].splitlines()[-1].strip()}")
            lines.append(f"       {node['html'][:160]}")
    return "\n".join(lines)


def title_problem(title: str, site_name: str, status: int) -> str | None:
    """Why the title breaks the rule in this module's docstring, or None."""
    parts = re.sub(r"^Error: ", "", title).split(" – ")
    if parts[-1] != site_name or len(parts) not in (2, 3) or not all(part.strip() for part in parts):
        return f"is not 'Page – Section – {site_name}'"
    if len(parts) == 3:
        return None if parts[1] in SECTIONS else f"names {parts[1]!r}, which is not one of SECTIONS"
    if parts[0] in SECTIONS or parts[0] in OUTSIDE_SECTIONS or status >= 400:
        return None
    return ("has no section: 'Page – SITE_NAME' is only for a section's own page, the pages in "
            "OUTSIDE_SECTIONS and error pages")


def _axe_once(page: Page, markup: str) -> tuple[list[dict], int, bool]:
    """axe's violations, the accepted findings, and whether axe ran (False: same page as before)."""
    size = page.viewport_size
    digest = hashlib.sha256(f"{size['width']}x{size['height']}\n{markup}".encode()).hexdigest()[:32]
    seen = ARTEFACTS / f"seen-{RUN}" if RUN else None
    if digest in _clean or (seen is not None and (seen / digest).exists()):
        return [], 0, False
    violations, accepted = run_axe(page)
    if not violations and not accepted:  # (a page with accepted findings is counted every time)
        _clean.add(digest)
        if seen is not None:
            seen.mkdir(parents=True, exist_ok=True)
            (seen / digest).touch()
    return violations, accepted, True


def check_page(page: Page, site_name: str) -> str:
    """Check the page now showing; return its title."""
    title = page.title()
    facts = page.evaluate(_PAGE_FACTS, MIN_TARGET)
    where = f"on {page.url} ({title!r})"

    violations, accepted, ran = _axe_once(page, facts["markup"])
    pages_checked.append({
        "title": title, "path": page.url.split("/", 3)[-1].split("?")[0],
        "width": page.viewport_size["width"], "violations": len(violations), "accepted": accepted,
        "axe": "ran" if ran else "same as before",
    })
    assert not violations, f"axe found {len(violations)} problem(s) {where}:\n{describe_violations(violations)}"

    errors = getattr(page, "script_errors", [])
    assert not errors, f"script errors {where}: {errors}"
    errors.clear()

    problem = title_problem(title, site_name, facts["status"])
    assert problem is None, f"title {title!r} {problem} {where}"
    assert title.startswith("Error: ") == facts["errorSummary"], (
        f"title {title!r} must start 'Error: ' exactly when the page shows an error summary {where}")
    for link in facts["errorLinks"]:
        assert link["field"] and link["shownAtField"], (
            f"error summary link {link['message']!r} ({link['href']}) must lead to a field showing "
            f"the same message {where}")
    assert not facts["unnamedFieldsets"], f"fieldsets without a legend {where}: {facts['unnamedFieldsets']}"
    assert len(facts["h1"]) == 1, f"expected one main heading, found {facts['h1']} {where}"
    assert not facts["tagsWithoutText"], f"status tags without visible text {where}: {facts['tagsWithoutText']}"

    assert facts["scrollWidth"] <= facts["clientWidth"], (
        f"the page scrolls sideways at {page.viewport_size['width']}px {where}: "
        f"{facts['scrollWidth']}px of content in {facts['clientWidth']}px")
    assert not facts["small"], f"targets smaller than {MIN_TARGET}×{MIN_TARGET}px {where}: {facts['small']}"
    return title


def screenshot(page: Page, artefacts: Path, number: int, title: str) -> None:
    slug = re.sub(r"[^a-z0-9]+", "-", title.split(" – ")[0].lower()).strip("-")[:50]
    artefacts.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=artefacts / f"{number:02d}-{slug}.png", full_page=True)


def write_figures(run: str, worker: str, seconds: float) -> None:
    """Leave this worker's tally next to the screenshots, replacing earlier runs' tallies."""
    if not pages_checked:
        return
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTEFACTS.glob("axe-*.json"):
        if not old.name.startswith(f"axe-{run}-"):
            old.unlink(missing_ok=True)
    for old in ARTEFACTS.glob("seen-*"):
        if old.name != f"seen-{RUN}":
            shutil.rmtree(old, ignore_errors=True)
    tally = {"seconds": seconds, "pages": pages_checked}
    (ARTEFACTS / f"axe-{run}-{worker}.json").write_text(json.dumps(tally, indent=1))


def summarise_figures() -> dict:
    """The last run's figures, summed over its workers."""
    tallies = [json.loads(path.read_text()) for path in sorted(ARTEFACTS.glob("axe-*.json"))]
    checked = [row for tally in tallies for row in tally["pages"]
               if row["path"] != "made-up"]  # the checks' own tests, not the app
    return {
        "page_checks": len(checked),
        "axe_runs": sum(1 for row in checked if row.get("axe", "ran") == "ran"),
        "distinct_pages": len({re.sub(r"^Error: ", "", row["title"]) for row in checked}),
        "distinct_error_pages": len({row["title"] for row in checked if row["title"].startswith("Error: ")}),
        "violations": sum(row["violations"] for row in checked),
        "accepted_conditional_reveal_findings": sum(row.get("accepted", 0) for row in checked),
        "widths": sorted({row["width"] for row in checked}),
        "test_seconds_per_worker": [round(tally["seconds"], 1) for tally in tallies],
        "distinct_paths": len({re.sub(r"\d+|/act/[^/]+|(invitation|reset-password|your-input)/[^/]+", "N", row["path"])
                               for row in checked}),
        "pages": sorted({re.sub(r" – [^–]+$", "", row["title"]) for row in checked}),
    }


if __name__ == "__main__":  # python -m tests.browser.checks: the figures from the last run
    print(json.dumps(summarise_figures(), indent=1))
