"""The public pages use the same partnership and helpers as the input tests."""
from tests.inputs.conftest import outbox, partnership  # noqa: F401
