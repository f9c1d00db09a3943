"""Pages are drawn with the GOV.UK macros (govuk-frontend-jinja), not hand-written component markup:
a summary list row or a tag written out by hand drifts from the design system and, for an action's
status and RAG, from the one wording (templates/macros/tags.html, tracker/actions/rag.py)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
HAND_WRITTEN = re.compile(r'govuk-summary-list__row|class="govuk-tag')

# Template -> why it may still write these by hand. Keep each reason true; remove the entry when it is not.
ALLOWED: dict[str, str] = {}


def _templates() -> list[str]:
    return sorted(str(path.relative_to(TEMPLATES)) for path in TEMPLATES.rglob("*.html")
                  if path.relative_to(TEMPLATES).parts[0] != "macros")


@pytest.mark.parametrize("name", _templates())
def test_no_template_writes_a_summary_row_or_a_tag_by_hand(name):
    if name in ALLOWED:
        return
    found = sorted(set(HAND_WRITTEN.findall((TEMPLATES / name).read_text(encoding="utf-8"))))
    assert not found, (f"templates/{name} writes {found} by hand: use govukSummaryList / govukTag, or for an "
                       "action's status and RAG the tags in templates/macros/tags.html")


def test_each_allowed_exception_is_still_needed():
    for name in ALLOWED:
        path = TEMPLATES / name
        assert path.exists() and HAND_WRITTEN.search(path.read_text(encoding="utf-8")), (
            f"templates/{name} no longer writes a row or tag by hand: remove it from ALLOWED")


def test_an_actions_status_and_rag_colours_are_chosen_in_one_template():
    """Only macros/tags.html maps an action's statuses to tag colours."""
    mapping = re.compile(r'"(not_started|cannot_be_done)"\s*:\s*"govuk-tag--')
    places = [name for name in _templates() + ["macros/tags.html"]
              if mapping.search((TEMPLATES / name).read_text(encoding="utf-8"))]
    assert places == ["macros/tags.html"]
