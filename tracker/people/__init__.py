"""People: signing in, accounts, groups and roles, and the admin pages for them.

The routes register on the blueprint below from this package's route modules, which the
app factory imports (tracker/__init__.py), so no route module imports another to reach a blueprint."""
from flask import Blueprint

blueprint = Blueprint("people", __name__)
