"""Webhooks: the partnership's other systems are told when an action is raised, moved or closed, a
decision recorded or a meeting scheduled. Deliveries wait in a table and are sent by the scheduler,
signed and retried with backoff, as the email outbox is (tracker/nudges/sender.py)."""
from flask import Blueprint

blueprint = Blueprint("webhooks", __name__)
