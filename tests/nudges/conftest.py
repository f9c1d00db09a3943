"""A real SMTP server on loopback (aiosmtpd) and mail servers that misbehave, for the email tests."""
from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import threading
from contextlib import contextmanager

import pytest
from aiosmtpd.controller import Controller

TIMEOUT_SECONDS = 1  # MAIL_TIMEOUT_SECONDS in these tests, so a hanging server costs a second


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    """An aiosmtpd handler that keeps what it receives, and can refuse or stall on request."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.refuse_next = 0  # answer "451 try again later" to this many messages
        self.refuse_with = "451 4.3.0 Try again later"
        self.stall_after: int | None = None  # after this many messages, stall at RCPT until released
        self.stalled = threading.Event()
        self.release = threading.Event()
        self._lock = threading.Lock()
        self.connections = 0

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.stall_after is not None and len(self.messages) >= self.stall_after:
            self.stalled.set()
            while not self.release.is_set():
                await asyncio.sleep(0.02)
            return "451 4.3.0 Released"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self._lock:
            if self.refuse_next:
                self.refuse_next -= 1
                return self.refuse_with
            self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 OK"

    @staticmethod
    def text_of(message) -> str:
        return message.get_body(("plain",)).get_content().replace("\r\n", "\n")

    @staticmethod
    def html_of(message) -> str:
        return message.get_body(("html",)).get_content().replace("\r\n", "\n")

    @property
    def recipients(self) -> list[str]:
        return [to for _, rcpt_tos in self.envelopes for to in rcpt_tos]

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [message for message in self.messages if message["To"] == address]


@contextmanager
def mail_settings(app, port: int, timeout: float = TIMEOUT_SECONDS):
    saved = {key: app.config[key] for key in ("MAIL_SERVER", "MAIL_PORT", "MAIL_TIMEOUT_SECONDS")}
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port, MAIL_TIMEOUT_SECONDS=timeout)
    try:
        yield
    finally:
        app.config.update(saved)


@pytest.fixture
def mailbox(app):
    """A working SMTP server on a free loopback port; the app is configured to use it."""
    handler = Mailbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    handler.port = controller.port
    try:
        with mail_settings(app, controller.port):
            yield handler
    finally:
        handler.release.set()
        controller.stop()


@pytest.fixture
def refusing_server(app):
    """A port where nothing listens: every connection is refused."""
    with mail_settings(app, free_port()):
        yield


@pytest.fixture
def silent_server(app):
    """A server that accepts the connection and then never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    try:
        with mail_settings(app, listener.getsockname()[1]):
            yield
    finally:
        listener.close()
