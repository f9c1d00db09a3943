"""The Atom feeds of published "you said, we did" outcomes and of "What we decided", for feed
readers and other sites to show.

Two feeds rather than one: each follows its own page (a reader subscribes from the page they are
on and gets what that page lists), and each entry reads the same way as its neighbours (an outcome
is "you said, we did"; a decision is what a group agreed). Both put what it means for families first.

Written with feedgenerator (the standalone feed writer of Django, kept by the Pelican project),
which escapes every text it is given: the outcomes are plain text. XML 1.0 cannot hold most control
characters, which pasted text can carry (PowerPoint's line break is U+000B) and the pages show
harmlessly: the feeds write each as a space, so one such entry never stops the feed for everyone.
"""
from __future__ import annotations

import re

from feedgenerator import Atom1Feed
from markupsafe import escape

from tracker.core.dates import format_date
from tracker.inputs.models import Input
from tracker.meetings.models import Decision
from tracker.nudges.links import absolute_url

NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # XML 1.0 allows tab, CR and LF of C0


def _xml_text(text: str) -> str:
    return NOT_IN_XML.sub(" ", text)


def _summary(*parts: tuple[str, str]) -> str:
    """The parts as HTML paragraphs (escaped text: the feed's type="html" summary)."""
    return "".join(f"<p><strong>{label}:</strong> {escape(text)}</p>" for label, text in parts)


def _feed(*, title: str, subtitle: str, site_name: str, page_url: str, feed_url: str) -> Atom1Feed:
    return Atom1Feed(title=f"{title}: {site_name}", link=page_url, feed_url=feed_url, description=subtitle,
                     subtitle=subtitle, language="en-GB", author_name=site_name, feed_guid=feed_url)


def _shortened(text: str, length: int = 100) -> str:
    return f"{text[:length]}{'…' if len(text) > length else ''}"


def _add_entry(feed: Atom1Feed, url: str, *, title: str, parts: tuple, record, categories: list[str]) -> None:
    """One entry: `parts` (label, text) become its summary, families first; `record` has
    published_at and updated_at. Its page's address is its id."""
    feed.add_item(title=_xml_text(title), link=url, unique_id=url, description=_xml_text(_summary(*parts)),
                  pubdate=record.published_at, updateddate=record.updated_at or record.published_at,
                  categories=[_xml_text(category) for category in categories])


def outcomes_feed(outcomes: list[Input], *, site_name: str, page_url: str, feed_url: str) -> str:
    feed = _feed(title="You said, we did", site_name=site_name, page_url=page_url, feed_url=feed_url,
                 subtitle="What the partnership did about what families, champions and young people told it.")
    for outcome in outcomes:
        _add_entry(feed, absolute_url("public.outcome", input_id=outcome.id), record=outcome,
                   title=f"{outcome.group.name}: {_shortened(outcome.public_said)}",
                   parts=(("What this means for families", outcome.public_for_families),
                          ("You said", outcome.public_said), ("We did", outcome.public_did)),
                   categories=[tag for tag in (outcome.group.name, getattr(outcome.priority_tag, "name", None)) if tag])
    return feed.writeString("utf-8")


def decisions_feed(decisions: list[Decision], *, site_name: str, page_url: str, feed_url: str) -> str:
    """Each entry is titled by its group and what it means for families, the first thing a reader sees."""
    feed = _feed(title="What we decided", site_name=site_name, page_url=page_url, feed_url=feed_url,
                 subtitle="What the partnership's groups decided, and what it means for families.")
    for decision in decisions:
        group = decision.meeting.group.name
        _add_entry(feed, absolute_url("public.decision", decision_id=decision.id), record=decision,
                   title=f"{group}: {_shortened(decision.for_families)}",
                   parts=(("What this means for families", decision.for_families), ("What was decided", decision.text),
                          ("Decided at", f"{group}, {format_date(decision.meeting.starts_on)}")),
                   categories=[group])
    return feed.writeString("utf-8")
