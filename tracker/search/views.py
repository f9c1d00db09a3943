"""The search page: parse the words and filters, call the one search function, show one page."""
from __future__ import annotations

from flask import current_app, render_template, request
from flask_login import current_user

from tracker.core.access import signed_in
from tracker.core.ids import bounded_int
from tracker.reports.queries import filter_choices_for
from tracker.search import blueprint
from tracker.search.forms import SearchForm
from tracker.search.queries import RANKED_PER_KIND, search
from tracker.search.snippets import highlighted


@blueprint.route("/search")
@signed_in
def index():
    form = SearchForm(request.args, filter_choices_for(current_user))
    asked = form.valid()
    results = search(current_user, asked["query"], kinds=asked["kinds"], group_ids=asked["group_ids"],
                     page=request.args.get("page", 1, type=bounded_int),
                     per_page=current_app.config["PAGE_SIZE"])
    return render_template("search/index.html", form=form, results=results, searched=bool(form.q.data),
                           highlighted=highlighted, ranked_per_kind=RANKED_PER_KIND, title="Search")
