class DomainError(Exception):
    """A rule was broken. `message` is plain English for the person; `field` names the form field."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
