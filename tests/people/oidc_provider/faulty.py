"""A small OpenID provider on loopback that answers with a faulty ID token on purpose: things the
certified provider in server.mjs will never send (wrong audience, expired, unsigned, badly signed,
not a token at all), and a token endpoint too slow to wait for.

A real HTTP server the app reaches over the network, not a stand-in object. The fault is chosen
by the authorisation request's login_hint, as the test's "browser" sends it ("good" is a faultless
token, to show the faults are what the app refuses).
"""
from __future__ import annotations

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

from joserfc import jwt
from joserfc.jwk import RSAKey

CLIENT_ID = "tracker"
KEY = RSAKey.generate_key(2048, parameters={"kid": "faulty-1"}, private=True)
OTHER_KEY = RSAKey.generate_key(2048, parameters={"kid": "faulty-1"}, private=True)  # same kid, not published
SLOW_SECONDS = 3


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


class FaultyProvider:
    def __init__(self):
        self.nonces: dict[str, str] = {}  # code -> the nonce its authorisation request carried
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.handle_error = lambda *args: None  # the app hung up on the slow token: expected
        self.issuer = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def id_token(self, fault: str, nonce: str) -> str:
        now = int(time.time())
        claims = {
            "iss": self.issuer, "sub": "alice", "aud": CLIENT_ID, "iat": now, "exp": now + 300,
            "nonce": nonce, "email": "alice@example.org", "email_verified": True,
        }
        header = {"alg": "RS256", "kid": "faulty-1"}
        if fault == "wrong_audience":
            claims["aud"] = "another-service"
        elif fault == "wrong_audience_naming_us_as_party":  # azp alone must not stand for aud
            claims.update(aud="another-service", azp=CLIENT_ID)
        elif fault == "wrong_issuer":
            claims["iss"] = "https://issuer.example"
        elif fault == "expired":  # well beyond any allowance for clocks that differ
            claims.update(iat=now - 3600, exp=now - 1800)
        elif fault == "wrong_nonce":
            claims["nonce"] = "not-the-one-sent"
        elif fault == "unsigned":
            return f"{_b64({'alg': 'none'})}.{_b64(claims)}."
        elif fault == "malformed":
            return "this-is.not-a.token"
        elif fault == "badly_signed":
            return jwt.encode(header, claims, OTHER_KEY)
        return jwt.encode(header, claims, KEY)

    def _handler(self):
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet in the test output
                pass

            def _json(self, body: dict):
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                url = urlsplit(self.path)
                if url.path == "/.well-known/openid-configuration":
                    self._json({
                        "issuer": provider.issuer,
                        "authorization_endpoint": f"{provider.issuer}/authorize",
                        "token_endpoint": f"{provider.issuer}/token",
                        "jwks_uri": f"{provider.issuer}/jwks",
                        "id_token_signing_alg_values_supported": ["RS256", "none"],
                        "code_challenge_methods_supported": ["S256"],
                    })
                elif url.path == "/jwks":
                    self._json({"keys": [KEY.as_dict(private=False)]})
                elif url.path == "/authorize":
                    query = {key: values[0] for key, values in parse_qs(url.query).items()}
                    code = f"{query.get('login_hint', 'good')}.{len(provider.nonces)}"
                    provider.nonces[code] = query.get("nonce", "")
                    back = urlencode({"code": code, "state": query.get("state", "")})
                    self.send_response(302)
                    self.send_header("Location", f"{query['redirect_uri']}?{back}")
                    self.end_headers()
                else:
                    self.send_error(404)

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                form = {key: values[0] for key, values in parse_qs(self.rfile.read(length).decode()).items()}
                if self.path != "/token" or form.get("code") not in provider.nonces:
                    self.send_error(400)
                    return
                fault = form["code"].partition(".")[0]
                if fault == "slow_token":
                    time.sleep(SLOW_SECONDS)
                self._json({
                    "access_token": "faulty-access-token", "token_type": "Bearer", "expires_in": 300,
                    "id_token": provider.id_token(fault, provider.nonces[form["code"]]),
                })

        return Handler
