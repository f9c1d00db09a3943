"""A group with its people, ready to meet: the SEND Board, as in the seeds."""
from __future__ import annotations

import pytest

from tests.nudges.conftest import mailbox  # noqa: F401  a real SMTP server on loopback


@pytest.fixture
def board(make_person, make_group):
    """The SEND Board: a chair, a secretary, a lead and a member, each a person who can sign in."""
    chair = make_person(role="chair", name="Jordan Reid")
    secretary = make_person(role="lead", name="Tom Fisher")
    lead = make_person(role="lead", name="Morgan Ellis")
    member = make_person(role="member", name="Chris Nolan")
    group = make_group(name="SEND Board", chair=chair, secretary=secretary, lead=lead, members=[member],
                       kind="board", meeting_pattern="Monthly, second Tuesday, 2pm")
    group.chair, group.secretary, group.lead, group.member = chair, secretary, lead, member
    return group


def page_text(response) -> str:
    """The page as a person reads it: entities such as &#39; turned back into characters."""
    import html

    return html.unescape(response.get_data(as_text=True))


def error_summary_links(response) -> list[tuple[str, str]]:
    """(href, message) of each link in the GOV.UK error summary."""
    import re

    text = page_text(response)
    summary = text.split('class="govuk-error-summary"', 1)
    if len(summary) < 2:
        return []
    body = summary[1].split("</ul>", 1)[0]
    return [(href, " ".join(message.split())) for href, message in
            re.findall(r'<a href="([^"]+)">\s*(.*?)\s*</a>', body, flags=re.S)]


def version_of(record) -> str:
    """The record's version now, as its change form carries it (the hidden `version` field)."""
    from tracker.extensions import db

    model = type(record)
    return str(db.session.scalar(db.select(model.version).where(model.id == record.id)))
