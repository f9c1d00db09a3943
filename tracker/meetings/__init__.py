"""Meetings: groups, their meetings, agendas, minutes, decisions and circulated papers.

The routes register on the blueprint below from this package's route modules, which the
app factory imports (tracker/__init__.py), so no route module imports another to reach a blueprint."""
from flask import Blueprint

blueprint = Blueprint("meetings", __name__)
