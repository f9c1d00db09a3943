"""Where a webhook may send: never to this service itself and, unless WEBHOOKS_ALLOW_LOCAL_TARGETS is
on (tests, development), never to this server or its network link: loopback (127.0.0.0/8, ::1), the
unspecified address (0.0.0.0, ::) and link-local addresses (169.254.0.0/16, fe80::/10, where cloud
metadata services answer).

A host is judged by the addresses it resolves to, as the connection would resolve it (getaddrinfo,
with a time limit), not by how it is spelt: LOCALHOST, a trailing dot, 2130706433, 0x7f000001 and
[::ffff:127.0.0.1] are all 127.0.0.1 (the standard library's ipaddress module compares them). The
check is made when a webhook is registered, and again as each delivery connects, on the very address
it then connects to: a name whose DNS later points somewhere refused is refused then (`session`).
"""
from __future__ import annotations

import ipaddress
import socket
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as LookupTimedOut
from urllib.parse import urlsplit

import requests
from flask import current_app
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NameResolutionError

from tracker.core.domain import DomainError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
RESOLVE_SECONDS = 3  # the longest wait for a name to resolve
OWN = "The address is this service's own: events must go to another system"
LOCAL = "The address points at this server or its local network link: events must go to another system"
_lookups = ThreadPoolExecutor(max_workers=4, thread_name_prefix="webhook-lookup")


class Refused(DomainError):
    """The address is one a webhook may not send to; `message` says why, in plain English."""

    def __init__(self, message: str):
        super().__init__(message, field="url")


def default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


def addresses(host: str, port: int) -> list[Address]:
    """Every address `host` resolves to; socket.gaierror when it resolves to none in time."""
    host = host.strip("[]").rstrip(".")  # as urllib3 connects: "localhost." is localhost
    try:
        found = _lookups.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM).result(RESOLVE_SECONDS)
    except LookupTimedOut:
        raise socket.gaierror(socket.EAI_AGAIN, f"No answer for {host} within {RESOLVE_SECONDS} seconds") from None
    except (UnicodeError, ValueError) as error:  # a name no lookup could take (an empty label, a NUL)
        raise socket.gaierror(socket.EAI_NONAME, str(error)) from error
    return [_plain(ipaddress.ip_address(info[4][0].split("%")[0])) for info in found]


def _plain(address: Address) -> Address:
    """::ffff:127.0.0.1 is 127.0.0.1 (an IPv4 address written as IPv6)."""
    return getattr(address, "ipv4_mapped", None) or address


def _on_this_server(address: Address) -> bool:
    return address.is_loopback or address.is_unspecified


def _own_places() -> list[tuple[Address, int]]:
    """The addresses and ports this service answers on: its BASE_URL and SERVER_NAME, resolved."""
    config = current_app.config
    base = urlsplit(config["BASE_URL"])
    places = [(base.hostname, base.port or default_port(base.scheme))]
    if config.get("SERVER_NAME"):
        server = urlsplit(f"//{config['SERVER_NAME']}")
        places.append((server.hostname, server.port or default_port(base.scheme)))
    own = []
    for host, port in places:
        try:
            own += [(address, port) for address in addresses(host or "", port)]
        except socket.gaierror:
            continue  # a name that does not resolve now cannot be connected to either
    return own


def _is_own(address: Address, port: int, own: list[tuple[Address, int]]) -> bool:
    for own_address, own_port in own:
        if _on_this_server(own_address):  # the service runs here: any address of this server on its port
            if _on_this_server(address) and port == own_port:
                return True
        elif address == own_address:  # the service's public address, whatever the port
            return True
    return False


def checked_address(host: str, port: int) -> str:
    """The address to connect to for `host`, if every address it resolves to may be sent to;
    else Refused, saying why. socket.gaierror when the name does not resolve."""
    found = addresses(host, port)
    own = _own_places()
    allow_local = current_app.config.get("WEBHOOKS_ALLOW_LOCAL_TARGETS", False)
    for address in found:
        if _is_own(address, port, own):
            raise Refused(OWN)
        if not allow_local and (_on_this_server(address) or address.is_link_local):
            raise Refused(LOCAL)
    return str(found[0])


class _CheckedConnection(HTTPConnection):
    """Connects only to an address `checked_address` allows, and to that very address (no second
    lookup the answer could change between)."""

    def _new_conn(self) -> socket.socket:
        name = self._dns_host
        try:
            self._dns_host = checked_address(name, self.port)
        except socket.gaierror as error:
            raise NameResolutionError(self.host, self, error) from error
        try:
            return super()._new_conn()
        finally:
            self._dns_host = name  # TLS checks the certificate against the name, not the address


class _CheckedHTTPSConnection(_CheckedConnection, HTTPSConnection):
    pass


class _CheckedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _CheckedConnection


class _CheckedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _CheckedHTTPSConnection


class _CheckedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _CheckedHTTPPool, "https": _CheckedHTTPSPool}


def session() -> requests.Session:
    """A requests session that connects only where a webhook may send. It goes direct, never through
    a proxy named in the environment (HTTP_PROXY), which would hide the real address from the check."""
    checked = requests.Session()
    checked.trust_env = False
    checked.mount("http://", _CheckedAdapter())
    checked.mount("https://", _CheckedAdapter())
    return checked
