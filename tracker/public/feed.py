"""The Atom feed of published "you said, we did" outcomes, for other sites to show.

Written with feedgenerator (the standalone feed writer of Django, kept by the Pelican project),
which escapes every text it is given: the outcomes are plain text.
"""
from __future__ import annotations

from datetime import UTC

from feedgenerator import Atom1Feed
from markupsafe import escape

from tracker.inputs.models import Input
from tracker.nudges.links import absolute_url


def _aware(moment):
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite hands back naive UTC


def _summary(outcome: Input) -> str:
    """The three parts as HTML paragraphs, families first (escaped text: the feed's type="html" summary)."""
    parts = (("What this means for families", outcome.public_for_families), ("You said", outcome.public_said),
             ("We did", outcome.public_did))  # families first, as on the page
    return "".join(f"<p><strong>{label}:</strong> {escape(text)}</p>" for label, text in parts)


def outcomes_feed(outcomes: list[Input], *, site_name: str, page_url: str, feed_url: str) -> str:
    feed = Atom1Feed(
        title=f"You said, we did: {site_name}",
        link=page_url,
        feed_url=feed_url,
        description="What the partnership did about what families, champions and young people told it.",
        subtitle="What the partnership did about what families, champions and young people told it.",
        language="en-GB",
        author_name=site_name,
        feed_guid=feed_url,
    )
    for outcome in outcomes:
        url = absolute_url("public.outcome", input_id=outcome.id)
        feed.add_item(
            title=f"{outcome.group.name}: {outcome.public_said[:100]}{'…' if len(outcome.public_said) > 100 else ''}",
            link=url,
            unique_id=url,
            description=_summary(outcome),
            pubdate=_aware(outcome.published_at),
            updateddate=_aware(outcome.updated_at or outcome.published_at),
            categories=[tag for tag in (outcome.group.name, getattr(outcome.priority_tag, "name", None)) if tag],
        )
    return feed.writeString("utf-8")
