"""Webhook fixtures: a real HTTP receiver on loopback, an admin, an owner and a group, and a stand-in
for DNS (this machine has no resolver but /etc/hosts), so a test can say what a name points at."""
from __future__ import annotations

import hashlib
import hmac
import socket
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tracker.actions import operations as actions
from tracker.core.dates import local_today
from tracker.extensions import db


class Receiver:
    """A real HTTP server: records each request; answers with `status`, `headers` and `body` after
    `delay` seconds. `trickle` sends the answer a byte at a time, that many seconds apart;
    `stall_after_body` keeps the connection open afterwards, as an answer that never ends would,
    until the receiver closes."""

    def __init__(self):
        self.received: list[dict] = []
        self.status, self.delay, self.headers, self.body = 200, 0.0, {}, None
        self.stall_after_body = False
        self.trickle = 0.0  # seconds between the answer's bytes, sent one by one
        self.closing = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                time.sleep(receiver.delay)
                receiver.received.append({"headers": dict(self.headers), "body": body})
                self.send_response(receiver.status)
                for name, value in receiver.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                body = receiver.body if receiver.body is not None else \
                    b"thanks" if receiver.status < 300 else b"something broke"
                try:
                    for piece in ([body[at:at + 1] for at in range(len(body))] if receiver.trickle else [body]):
                        self.wfile.write(piece)
                        self.wfile.flush()
                        if receiver.trickle and receiver.closing.wait(receiver.trickle):
                            return
                except OSError:
                    return  # the sender read what it wanted and hung up
                if receiver.stall_after_body:
                    receiver.closing.wait(10)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_port
        self.url = f"http://127.0.0.1:{self.port}/tracker-events"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> Receiver:
        return self

    def __exit__(self, *_exception) -> None:
        self.close()


def signed_by(request: dict, secret: str) -> bool:
    """The request's Tracker-Signature is the HMAC of "<t>.<body>" with `secret`, made in the last minute."""
    stamp, signed = dict(part.split("=", 1) for part in request["headers"]["Tracker-Signature"].split(",")).values()
    expected = hmac.new(secret.encode(), f"{stamp}.{request['body']}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(signed, expected) and abs(time.time() - int(stamp)) < 60


@pytest.fixture
def receiver():
    with Receiver() as running:
        yield running


@pytest.fixture
def team(make_person, make_group):
    admin, owner = make_person(role="admin"), make_person(name="Chris Nolan")
    return admin, owner, make_group(name="Preparing for Adulthood", members=[owner])


@pytest.fixture
def raise_action(team):
    """raise_action(title=...) -> a new action of the team's owner, committed (so its events are queued)."""
    _, owner, group = team

    def raise_one(title="Circulate the pilot report"):
        action = actions.create_action(title=title, owner=owner, group=group, by=owner, today=local_today(),
                                       due_on=local_today() + timedelta(days=10))
        db.session.commit()
        return action

    return raise_one


class Names(dict):
    """Name -> address; `asked` lists every name looked up, in order."""

    def __init__(self):
        super().__init__()
        self.asked: list = []


@pytest.fixture
def dns(monkeypatch):
    """dns["crm.partner.test"] = "203.0.113.7": what a name resolves to, from now on. Names not set
    are resolved as before (numbers and /etc/hosts; nothing else resolves on this machine).
    `dns.asked` lists the names looked up."""
    names = Names()
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        names.asked.append(host)
        if isinstance(host, str) and host.lower() in names:
            address = names[host.lower()]
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            return [(family, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return names
