"""Signing in with an organisation account: OpenID Connect, one client per configured provider.

The rules here know nothing of requests: which providers there are (from the settings), and which
Tracker person a provider's answer names. The pages that send people to a provider and take them
back are in sso_pages.py; the session they start is the password sign-in's own (auth.start_session).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from authlib.integrations.flask_client import OAuth

from tracker.people.models import Role, User, normalise_email
from tracker.people.operations import create_person
from tracker.people.queries import find_user_by_email

PROVIDER_NAME = re.compile(r"[a-z0-9_]{1,30}")  # in the settings' names and in the address
# Only signed ID tokens, whatever a provider's discovery document offers ("none" is unsigned).
SIGNING_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512")


class SsoSettingsProblem(RuntimeError):
    """A provider set up in the environment with something missing; the message names the variable."""


class SignInRefused(Exception):
    """The provider vouched for someone Tracker will not sign in; the message says why, plainly."""


@dataclass(frozen=True)
class Provider:
    name: str  # as in TRACKER_OIDC_PROVIDERS and the address, "entra"
    display_name: str  # on the button, "Microsoft"
    metadata_url: str
    client_id: str
    client_secret: str
    allowed_domains: frozenset[str]
    # Entra ID sends no email_verified: its email is trusted only when the admin says the
    # tenant owns every allowed domain (README, Security).
    trust_domain_email: bool = False


def read_providers(settings: list[dict]) -> list[Provider]:
    """The OIDC_PROVIDERS setting as Providers, or SsoSettingsProblem naming what is missing."""
    providers = []
    for entry in settings:
        name = entry["name"]
        if not PROVIDER_NAME.fullmatch(name):
            raise SsoSettingsProblem(
                f"TRACKER_OIDC_PROVIDERS: '{name}' is not a usable name: use letters, numbers and _"
            )
        prefix = f"TRACKER_OIDC_{name.upper()}_"
        for key, variable in (("metadata_url", "ISSUER (or METADATA_URL)"), ("client_id", "CLIENT_ID"),
                              ("client_secret", "CLIENT_SECRET"), ("allowed_domains", "ALLOWED_DOMAINS")):
            if not str(entry.get(key) or "").strip():
                raise SsoSettingsProblem(f"{prefix}{variable} is not set")
        domains = frozenset(
            domain.strip().lower().lstrip("@") for domain in entry["allowed_domains"].split(",")
            if domain.strip()
        )
        providers.append(Provider(
            name=name, display_name=entry["display_name"], metadata_url=entry["metadata_url"],
            client_id=entry["client_id"], client_secret=entry["client_secret"],
            allowed_domains=domains, trust_domain_email=bool(entry.get("trust_domain_email")),
        ))
    return providers


def _is_verified(provider: Provider, claims: dict) -> bool:
    # Some providers send the flag as text. Entra's optional xms_edov claim says the same thing.
    if str(claims.get("email_verified")).lower() == "true" or claims.get("xms_edov") is True:
        return True
    return provider.trust_domain_email


def person_for_sign_in(provider: Provider, claims: dict, *, create_people: bool) -> User:
    """The Tracker person the provider's checked ID token names, by a verified email address of
    an allowed domain; a new member when `create_people` is on. SignInRefused otherwise."""
    email = normalise_email(str(claims.get("email") or ""))
    if "@" not in email:
        raise SignInRefused(f"{provider.display_name} did not tell us your email address.")
    domain = email.rpartition("@")[2]
    if domain not in provider.allowed_domains:
        raise SignInRefused(
            f"We do not take {provider.display_name} accounts from {domain} here. "
            "Sign in with your email address and password instead."
        )
    if not _is_verified(provider, claims):
        raise SignInRefused(
            f"{provider.display_name} has not checked that {email} is yours, so we cannot use it "
            "to sign you in. Sign in with your email address and password instead."
        )
    person = find_user_by_email(email)
    if person is None:
        if not create_people:
            raise SignInRefused(
                f"Nobody with the email address {email} can use this service yet. "
                "Ask the person who runs it to add you."
            )
        name = str(claims.get("name") or "").strip() or email.partition("@")[0]
        return create_person(email=email, name=name[:200], role=Role.MEMBER)
    if not person.is_active:
        raise SignInRefused("Your account is switched off. Ask the person who runs this service.")
    return person


def init_sso(app) -> None:
    """One Authlib client per provider, kept on the app: PKCE with S256; state and nonce checked."""
    providers = read_providers(app.config.get("OIDC_PROVIDERS") or [])
    oauth = OAuth(app)
    for provider in providers:
        oauth.register(
            name=provider.name,
            client_id=provider.client_id,
            client_secret=provider.client_secret,
            server_metadata_url=provider.metadata_url,
            client_kwargs={
                "scope": "openid email profile",
                "code_challenge_method": "S256",
                "default_timeout": app.config["OIDC_TIMEOUT_SECONDS"],
            },
        )
    app.extensions["tracker_sso"] = {provider.name: provider for provider in providers}
    app.add_template_global(lambda: providers, "sso_providers")  # the sign-in page's buttons


def configured_providers(app) -> list[Provider]:
    return list(app.extensions.get("tracker_sso", {}).values())


def find_provider(app, name: str) -> Provider | None:
    return app.extensions.get("tracker_sso", {}).get(name)


def id_token_checks(client, provider: Provider) -> dict:
    """The claims an ID token must carry, for Authlib to check. Without "aud" here it would only
    check `azp`, so a token for another service that named us as its party would pass."""
    return {
        "iss": {"essential": True, "values": [client.load_server_metadata()["issuer"]]},
        "aud": {"essential": True, "values": [provider.client_id]},
    }


def client_for(app, provider: Provider):
    """The provider's Authlib client with its discovery document read (requests' errors if the
    provider cannot be reached in time), taking only signed ID tokens."""
    client = app.extensions["authlib.integrations.flask_client"].create_client(provider.name)
    metadata = client.load_server_metadata()
    offered = metadata.get("id_token_signing_alg_values_supported") or ["RS256"]
    metadata["id_token_signing_alg_values_supported"] = [
        algorithm for algorithm in offered if algorithm in SIGNING_ALGORITHMS
    ]
    return client
