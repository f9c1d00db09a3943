"""The JSON API (/api/v1), a person's API tokens and calendar feeds (/account), and the feeds (/feeds).

The routes register on the blueprints below from this package's route modules, which the
app factory imports (tracker/__init__.py), so no route module imports another to reach a blueprint."""
from flask import Blueprint

blueprint = Blueprint("api", __name__, url_prefix="/api/v1")
account_blueprint = Blueprint("account", __name__, url_prefix="/account")
feeds_blueprint = Blueprint("feeds", __name__, url_prefix="/feeds")
