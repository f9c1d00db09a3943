"""The reading check (issue 19): every page a parent, champion or action owner reaches and every
email, rendered with the demo data, reads at Flesch 70 or more (staff pages 60), has no sentence over
25 words and spells out each known acronym on its first use. The scoring rule is
tracker.core.plain_english (the same rule as the summary meter's script). `pytest -s` prints scores."""
import os
import re
from html.parser import HTMLParser

import pytest
from sqlalchemy import select

from tracker.core.dates import add_working_days, local_today
from tracker.core.plain_english import (
    FAMILY_SCORE,
    STAFF_SCORE,
    long_sentences,
    reading_ease,
    unexplained_acronyms,
)
from tracker.extensions import db

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "dt", "dd", "td", "th", "caption", "legend", "label",
          "div", "tr", "br", "summary", "button", "option", "title", "a",
          "text", "desc", "figcaption"}  # a chart's drawn labels are read one by one, not as a sentence
VOID = {"br", "img", "input", "meta", "link", "hr", "col", "area", "base", "source", "wbr"}


class MainText(HTMLParser):
    """The text a sighted reader sees inside <main>: no scripts, hidden or visually hidden parts."""

    def __init__(self):
        super().__init__()
        self.stack: list[bool] = []  # per open element: is it (or a parent) skipped
        self.in_main = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self.in_main += 1
        if tag in BLOCKS:
            self.parts.append("\n")
        if tag in VOID:
            return
        # A closed list's choices are not read as prose (and are kept as typed: plain_english.py).
        hidden = (tag in {"script", "style", "template", "noscript", "option"} or "hidden" in attrs
                  or attrs.get("aria-hidden") == "true" or "govuk-visually-hidden" in (attrs.get("class") or ""))
        self.stack.append(hidden or bool(self.stack and self.stack[-1]))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.stack:
            self.stack.pop()
        if tag in BLOCKS:
            self.parts.append("\n")
        if tag == "main":
            self.in_main -= 1

    def handle_data(self, data):
        if self.in_main and not (self.stack and self.stack[-1]):
            self.parts.append(re.sub(r"\s+", " ", data))  # a line break in the source is a space


def main_text(html: str) -> str:
    parser = MainText()
    parser.feed(html)
    return "\n".join(" ".join(line.split()) for line in "".join(parser.parts).splitlines() if line.strip())


def verdict(name: str, text: str, least: float) -> list[str]:
    score = reading_ease(text)
    print(f"\n{score:6.1f}  {name}")
    if os.environ.get("PLAIN_ENGLISH_SHOW_TEXT"):  # to see what was scored: pytest -s with this set
        print(text)
    name = f"{name} (reading ease {score})"
    problems = [f"{name}: below {least}"] if score < least else []
    problems += [f"{name}: sentence over 25 words: {sentence!r}" for sentence in long_sentences(text)]
    problems += [f"{name}: {acronym} not spelled out on first use" for acronym in unexplained_acronyms(text)]
    return problems


@pytest.fixture
def demo(app):
    loaded = app.test_cli_runner().invoke(args=["demo", "load"])
    assert loaded.exit_code == 0, loaded.output
    return app


FAMILY_PAGES = [(None, path) for path in (
    "/", "/you-said-we-did", "/you-said-we-did/{outcome}", "/have-your-say", "/have-your-say/sent",
    "/your-input", "/your-input/{trail}", "/act/{act}", "/accessibility", "/privacy", "/sign-in",
    "/forgot-password", "/accountability", "/what-we-decided", "/what-we-decided/{decision}")]
FAMILY_PAGES += [("owner@example.org", path) for path in ("/", "/my-actions", "/actions/{action}",
                                                          "/actions/{action}/update", "/account",
                                                          "/account/two-step")]
FAMILY_PAGES += [("champion@example.org", path) for path in ("/", "/my-input", "/my-input/new")]
STAFF_PAGES = [("chair@example.org", path) for path in ("/", "/reports/outstanding", "/reports/charts",
                                                        "/reports/organisations", "/inputs", "/decisions")]
STAFF_PAGES += [("admin@example.org", path) for path in ("/people", "/organisations", "/outbox")]
EMAILS = ["input_received", "input_routed", "input_answered", "input_links", "nudges", "password_reset"]


def _fill(path: str) -> str:
    from tracker.actions.models import OPEN_STATUSES, Action
    from tracker.inputs.models import Input
    from tracker.inputs.notify import trail_token
    from tracker.meetings.models import Decision
    from tracker.nudges.links import action_link_token
    from tracker.people.models import User

    published = db.session.scalars(select(Input).where(Input.published_at.is_not(None))).first()
    decision = db.session.scalars(select(Decision).where(Decision.published_at.is_not(None))).first()
    public_input = db.session.scalars(select(Input).where(Input.contact_email != "")).first()
    owner = db.session.scalar(select(User).where(User.email == "owner@example.org"))
    action = db.session.scalars(select(Action).where(  # an open one: what a nudge links to
        Action.owner_id == owner.id, Action.status.in_(OPEN_STATUSES)).order_by(Action.id)).first()
    return path.format(outcome=published.id, decision=decision.id, action=action.id, act=action_link_token(action.id, owner.id),
                       trail=trail_token(public_input, public_input.contact_email))


def _case(name: str, *values):
    return pytest.param(*values, id=name)


@pytest.mark.parametrize("least, email, path", [
    _case(f"{email or 'public'} {path}", least, email, path)
    for least, pages in ((FAMILY_SCORE, FAMILY_PAGES), (STAFF_SCORE, STAFF_PAGES)) for email, path in pages])
def test_page_reads_plainly(demo, client, auth, least, email, path):
    if email:
        auth.login(email, "demo-password")
    response = client.get(_fill(path), follow_redirects=True)
    assert response.status_code == 200, path
    problems = verdict(f"{path} ({email or 'public'})", main_text(response.get_data(as_text=True)), least)
    assert not problems, "\n".join(problems)


def _without(text: str, quoted: list[str]) -> str:
    for words in sorted(quoted, key=len, reverse=True):
        text = text.replace(f'"{words}"', "").replace(words, "")
    return text


@pytest.mark.parametrize("kind", [_case(f"email {kind}", kind) for kind in EMAILS])
def test_email_reads_plainly(demo, client, kind):
    from tracker.inputs.models import Input
    from tracker.inputs.notify import send_fresh_links
    from tracker.nudges.jobs import run_daily_nudges
    from tracker.nudges.models import OutboxEmail

    # Nudges go on working days only; the demo's actions are dated from today, whatever day it is.
    run_daily_nudges(add_working_days(add_working_days(local_today(), -1), 1))  # today, or the next working day
    public_input = db.session.scalars(select(Input).where(Input.contact_email != "")).first()
    send_fresh_links(public_input.contact_email, request_id="reading-check")
    client.submit("/forgot-password", {"email": "owner@example.org"})
    db.session.commit()
    emails = db.session.scalars(select(OutboxEmail).where(OutboxEmail.kind == kind).order_by(OutboxEmail.id)).all()
    assert emails, f"the demo queues no {kind} email"
    # Every one the demo queues (a chair's, an owner's, a meeting's), not only the first. The subject is
    # the email's title, left short as a page's <title> is; the body spells things out.
    # What a person typed is quoted as they wrote it (Tracker never rewords it): the check scores our words.
    typed = [text for row in db.session.execute(select(Input.what, Input.why_it_matters)) for text in row if text]
    problems = [problem for email in emails
                for problem in verdict(f"email {kind} to {email.recipient_email}",
                                       _without(email.body_text, typed), FAMILY_SCORE)]
    assert not problems, "\n".join(problems)


def test_the_scoring_rule_on_known_sentences():
    assert reading_ease("The cat sat on the mat.") == 116.1
    assert reading_ease("") == 100.0
    assert reading_ease("Choose a new password: https://example.org/reset/eyJhbGciOiJIUzI1NiJ9.aXNzdWVy") == \
        reading_ease("Choose a new password:")  # an address is not read as words
    hard = ("Commissioning arrangements necessitate comprehensive interdisciplinary collaboration "
            "between organisations.")
    assert reading_ease(hard) < 0
    assert long_sentences("one " * 26 + ". Short.") and not long_sentences("one " * 25)
    assert unexplained_acronyms("An education, health and care plan (EHCP) and then the EHCP.") == []
    assert unexplained_acronyms("Your EHCP review. An education, health and care plan (EHCP).") == ["EHCP"]
    assert unexplained_acronyms("We SEND nothing; the special educational needs coordinator (SENCo) "
                                "and the SENCo are fine") == ["SEND"]
    assert unexplained_acronyms("Ask the SENCo.") == ["SENCo"]  # SEN and SEND are not read inside it


def test_acronyms_are_spelled_out_where_first_seen_and_nowhere_else():
    from tracker.core.plain_english import spell_out_in_page, spell_out_in_text

    assert spell_out_in_text("SEND Board met. The SEND Board agreed.") == \
        "Special educational needs and disabilities (SEND) Board met. The SEND Board agreed."
    assert spell_out_in_text("Ask the SENCo about the EHCP.") == ("Ask the special educational needs "
                                                                   "coordinator (SENCo) about the education, "
                                                                   "health and care plan (EHCP).")
    assert spell_out_in_text("the words (SEND) and SEND") == "the words (SEND) and SEND"  # already explained
    page = ('<title>SEND</title><main><span class="govuk-visually-hidden">SEND</span>'
            '<textarea name="notes">SEND</textarea><input value="SEND"><select><option>SEND Board</option></select>'
            '<p>The SEND Board</p></main><p>SEND</p>')
    assert spell_out_in_page(page) == (
        '<title>SEND</title><main><span class="govuk-visually-hidden">SEND</span>'
        '<textarea name="notes">SEND</textarea><input value="SEND"><select><option>SEND Board</option></select>'
        '<p>The special educational needs and disabilities (SEND) Board</p></main><p>SEND</p>')


def test_a_page_spells_out_a_group_name_once_and_a_typed_note_not_at_all(demo, client, auth):
    auth.login("owner@example.org", "demo-password")
    path = _fill("/actions/{action}/update")
    html = client.submit(path, {"note": "SEND note " * 2000}).get_data(as_text=True)  # too long: shown again
    assert "special educational needs and disabilities (SEND)" in main_text(html)
    assert main_text(html).count("special educational needs and disabilities") == 1
    assert "SEND note SEND note" in html and "(SEND) note" not in html  # the field's value as typed


def test_spelling_out_jumps_over_what_is_left_alone_and_reads_words_whole():
    from tracker.core.plain_english import spell_out_in_page

    options = "".join(f'<option value="{n}">SEND group {n}</option>' for n in range(300))
    page = (f'<main><label>Group</label><select name="group">{options}</select>'
            '<p title="EHCP">SEND_x SENDING xSEND <span aria-hidden="true">SEND<span>SEND</span>SEND</span></p>'
            '<br/><span hidden/><code>EHCP</code><input hidden value="SEND"><p>The SEND Board and the EHCP</p></main>')
    assert spell_out_in_page(page) == page.replace(
        "<p>The SEND Board and the EHCP</p>",
        "<p>The special educational needs and disabilities (SEND) Board and the education, health and care "
        "plan (EHCP)</p>")


class _CountingScan:
    """Stands in for one of plain_english's scanning expressions and adds up how much text it reads."""

    def __init__(self, pattern):
        self.pattern, self.characters = pattern, 0

    def search(self, text, start, end=None):
        end = len(text) if end is None else end
        found = self.pattern.search(text, start, end)
        self.characters += (found.end() if found else end) - start
        return found


def test_spelling_out_reads_a_page_once_however_many_acronyms_are_missing(monkeypatch):
    from tracker.core import plain_english

    # The outstanding list's shape: long lists of choices naming groups, hidden labels, then a table
    # whose rows repeat an acronym already explained, and most acronyms nowhere on the page.
    options = "".join(f'<option value="{n}">EHCP group {n}</option>' for n in range(200))
    rows = "".join(f'<tr><td><span class="govuk-visually-hidden">Row {n}</span>RAG and status '
                   f'of the EHCP work {n}</td></tr>' for n in range(40))
    page = (f'<main><label>Red, amber, green (RAG) rating</label><select>{options}</select>'
            f'<select>{options}</select><table>{rows}</table></main>')
    scans = {name: _CountingScan(getattr(plain_english, name)) for name in ("_ACRONYM_SCAN", "_LEFT_ALONE_SCAN")}
    for name, scan in scans.items():
        monkeypatch.setattr(plain_english, name, scan)
    spelled = plain_english.spell_out_in_page(page)
    assert spelled.count("education, health and care plan (EHCP) work 0") == 1
    assert spelled.count("education, health and care plan") == 1 and "(RAG) rating" in spelled
    for scan in scans.values():  # each expression reads each character once at most
        assert scan.characters <= len(page)


def test_the_one_scan_matches_each_acronym_whole_and_nothing_else():
    from tracker.core.plain_english import _ACRONYM_SCAN, ACRONYMS, _trie_pattern, spell_out_in_html

    assert _trie_pattern(["SENCo", "SEND", "SEN", "EHCP"]) == "EHCP|SEN(?:Co|D)?"
    text = " ".join(ACRONYMS) + " SENCOx ESS CBTs"
    assert [found.group() for found in _ACRONYM_SCAN.finditer(text)] == [*ACRONYMS, "SEN", "CBT"]
    # An acronym in a tag's attribute, the tag hidden by a mark written after it: the element is left alone.
    assert spell_out_in_html('<span title="SEND" class="govuk-visually-hidden">SEND</span><p>SEND</p>') == (
        '<span title="SEND" class="govuk-visually-hidden">SEND</span>'
        '<p>Special educational needs and disabilities (SEND)</p>')
