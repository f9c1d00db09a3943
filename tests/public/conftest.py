"""The public pages use the same partnership and helpers as the input tests."""
from tests.inputs.conftest import make_colleague, outbox, partnership  # noqa: F401
