"""Search: one box that finds actions, their updates, decisions, minutes, agenda items and input,
showing each person only what their pages would show them."""
from flask import Blueprint

blueprint = Blueprint("search", __name__)
