"""Actions: what a meeting agreed someone will do, by when, and its updates until it is closed.

The routes register on the blueprints below from this package's route modules, which the
app factory imports (tracker/__init__.py), so no route module imports another to reach a blueprint."""
from flask import Blueprint

blueprint = Blueprint("actions", __name__)
log_blueprint = Blueprint("action_log", __name__)
