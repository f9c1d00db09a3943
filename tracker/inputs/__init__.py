"""Input: questions and concerns sent to a group, routed to an agenda or answered.

The routes register on the blueprint below from this package's route modules, which the
app factory imports (tracker/__init__.py), so no route module imports another to reach a blueprint."""
from flask import Blueprint

blueprint = Blueprint("inputs", __name__)
