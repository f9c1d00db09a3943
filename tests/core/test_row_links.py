"""A table's row links are built from one address (core/templating.py id_links), and must be the
very addresses url_for gives, wherever the service is mounted."""
from __future__ import annotations

import pytest
from flask import url_for

from tracker.core.ids import MAX_ID
from tracker.core.templating import id_links


@pytest.mark.parametrize("mounted_at", ["", "/tracker"])
def test_each_rows_link_is_the_address_url_for_gives(app, mounted_at):
    with app.test_request_context("/reports/outstanding", base_url=f"http://localhost{mounted_at}/"):
        link = id_links("actions.show", "action_id")
        for record_id in (1, 42, 2026, MAX_ID):
            assert link(record_id) == url_for("actions.show", action_id=record_id)
        assert link(42) == f"{mounted_at}/actions/42"


def test_a_link_takes_only_a_whole_number(app):
    with app.test_request_context("/"):
        link = id_links("actions.show", "action_id")
        assert link("7") == "/actions/7"
        with pytest.raises(ValueError):
            link("7/../../people")
