"""The floor for the list benchmark: the least a page of 25 outstanding actions can cost.

A bare Flask route runs one indexed query (overdue actions, soonest due first, 25 rows, with
their owners) and renders it through a template compiled once. No sessions, no sign-in, no
layout, no ORM: whatever the real list page costs above this is ours to justify.

    gunicorn -w 2 'bench.floor:create_floor_app()'   (reads BENCH_DATABASE_URL or DATABASE_URL)
"""
from __future__ import annotations

import os
from datetime import date

from flask import Flask
from sqlalchemy import create_engine, text

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Overdue actions</title></head><body>
<h1>Overdue actions</h1>
<table>
<thead><tr><th>Action</th><th>Owner</th><th>Due</th></tr></thead>
<tbody>
{%- for row in rows %}
<tr><td>{{ row.title }}</td><td>{{ row.owner_name }}</td><td>{{ row.due_on }}</td></tr>
{%- endfor %}
</tbody>
</table>
</body></html>
"""

OVERDUE_PAGE = text(
    "SELECT actions.id, actions.title, actions.due_on, users.name AS owner_name "
    "FROM actions JOIN users ON users.id = actions.owner_id "
    "WHERE actions.status IN ('not_started', 'in_progress') AND actions.due_on < :today "
    "ORDER BY actions.due_on, actions.id LIMIT 25"
)


def _engine_url(url: str) -> str:
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def create_floor_app(database_url: str | None = None) -> Flask:
    url = database_url or os.environ.get("BENCH_DATABASE_URL") or os.environ["DATABASE_URL"]
    engine = create_engine(_engine_url(url), pool_pre_ping=False)
    app = Flask(__name__)
    template = app.jinja_env.from_string(PAGE)  # compiled once: the cached template

    @app.get("/")
    def overdue_actions():
        with engine.connect() as connection:
            rows = connection.execute(OVERDUE_PAGE, {"today": date.today()}).all()
        return template.render(rows=rows)

    return app
