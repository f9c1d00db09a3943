"""The decisions register: every decision of every group a person may see, across meetings.

Decisions themselves are recorded on a meeting's page (tracker/meetings); this area lists them,
filters and exports them, and lets whoever records a meeting tag its decisions and mark one
superseded by a later decision.
"""
from flask import Blueprint

blueprint = Blueprint("decisions", __name__)
