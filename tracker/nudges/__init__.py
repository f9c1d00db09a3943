"""Nudges: the emails that remind owners of actions due, and the outbox that sends them.

The routes register on the blueprint below from this package's route modules, which the
app factory imports (tracker/__init__.py), so no route module imports another to reach a blueprint."""
from flask import Blueprint

blueprint = Blueprint("nudges", __name__)
