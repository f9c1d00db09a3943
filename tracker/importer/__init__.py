"""Importing minutes: reading a document's actions table into draft actions to confirm.

The routes register on the blueprint below from this package's route modules, which the
app factory imports (tracker/__init__.py), so no route module imports another to reach a blueprint."""
from flask import Blueprint

blueprint = Blueprint("importer", __name__)
