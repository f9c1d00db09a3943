"""What every area shares: access rules, dates, domain errors, audit, the home and help pages.

The routes register on the blueprint below from this package's route modules, which the
app factory imports (tracker/__init__.py), so no route module imports another to reach a blueprint."""
from flask import Blueprint

blueprint = Blueprint("core", __name__)
