"""OpenID providers on loopback for the single sign-on tests (tests/people/test_sso.py and the
browser journey): the certified `oidc-provider` package (server.mjs), and faulty.py."""
from __future__ import annotations

import subprocess
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLIENT_ID, CLIENT_SECRET = "tracker", "tracker-test-secret"  # as server.mjs registers the client


@contextmanager
def certified_provider(*redirect_uris: str):
    """node server.mjs on a free loopback port, taking the client back to `redirect_uris`: its
    issuer address."""
    process = subprocess.Popen(
        ["node", str(HERE / "server.mjs")], cwd=HERE.parents[2], stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, text=True,
        env={"PATH": "/usr/local/bin:/usr/bin:/bin", "PORT": "0", "REDIRECT_URIS": " ".join(redirect_uris)},
    )
    try:
        line = process.stdout.readline()
        assert line.startswith("listening "), f"the OpenID provider did not start: {line!r}"
        yield line.split()[1]
    finally:
        process.terminate()
        process.wait(timeout=10)


def provider_settings(name: str, display_name: str, issuer: str, **fields) -> dict:
    """One entry of the OIDC_PROVIDERS setting, as config.py reads it from the environment."""
    return {
        "name": name, "display_name": display_name,
        "metadata_url": f"{issuer}/.well-known/openid-configuration",
        "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
        "allowed_domains": "example.org, @Example.Net", "trust_domain_email": False, **fields,
    }
