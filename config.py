"""Settings for Tracker, read from the environment (and a `.env` file if present).

This is the only module that reads `os.environ`. Three profiles: development (the `make run`
default), test, and production. Choose one with `TRACKER_CONFIG` (development, test, production).
"""
import os
from pathlib import Path

from dotenv import load_dotenv

BASE_DIR = Path(__file__).resolve().parent
load_dotenv(BASE_DIR / ".env")


def _bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def _database_url(default: str, variable: str = "DATABASE_URL") -> str:
    """The database named by `variable`, else `default`. The test profile reads TEST_DATABASE_URL
    only, never DATABASE_URL, which may point at a real database the tests would wipe."""
    url = os.environ.get(variable) or default
    # Heroku-style URLs and plain postgresql:// both mean psycopg 3 here.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _oidc_providers() -> list[dict]:
    """Single sign-on providers: TRACKER_OIDC_PROVIDERS names them ("entra,google"), and each
    name's TRACKER_OIDC_<NAME>_... variables set it up (README, Configuration). Checked when the
    app starts (tracker/people/sso.py), so a half-set provider stops it with a plain message."""
    providers = []
    for name in os.environ.get("TRACKER_OIDC_PROVIDERS", "").split(","):
        name = name.strip().lower()
        if not name:
            continue
        prefix = f"TRACKER_OIDC_{name.upper()}_"
        issuer = os.environ.get(prefix + "ISSUER", "").strip().rstrip("/")
        discovery = f"{issuer}/.well-known/openid-configuration" if issuer else ""
        providers.append({
            "name": name,
            "display_name": os.environ.get(prefix + "NAME", "").strip() or name.title(),
            "metadata_url": os.environ.get(prefix + "METADATA_URL", "").strip() or discovery,
            "client_id": os.environ.get(prefix + "CLIENT_ID", "").strip(),
            "client_secret": os.environ.get(prefix + "CLIENT_SECRET", "").strip(),
            "allowed_domains": os.environ.get(prefix + "ALLOWED_DOMAINS", ""),
            "trust_domain_email": _bool(prefix + "TRUST_DOMAIN_EMAIL"),
        })
    return providers


class Config:
    SITE_NAME = os.environ.get("SITE_NAME", "SEND Partnership Tracker")
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret")
    TIMEZONE = os.environ.get("TIMEZONE", "Europe/London")
    BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:5000")

    SQLALCHEMY_DATABASE_URI = _database_url(f"sqlite:///{BASE_DIR / 'instance' / 'tracker.db'}")
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}

    # Password hashing: argon2id at the argon2-cffi library's recommended cost (RFC 9106's second
    # profile: 3 passes over 64 MiB with 4 lanes). A stored hash of another cost is redone at sign-in.
    PASSWORD_HASH_TIME_COST = _int("PASSWORD_HASH_TIME_COST", 3)
    PASSWORD_HASH_MEMORY_KIB = _int("PASSWORD_HASH_MEMORY_KIB", 65536)
    PASSWORD_HASH_PARALLELISM = _int("PASSWORD_HASH_PARALLELISM", 4)

    MAIL_SERVER = os.environ.get("MAIL_SERVER", "")  # empty: emails stay in the outbox
    MAIL_PORT = _int("MAIL_PORT", 25)
    MAIL_USE_TLS = _bool("MAIL_USE_TLS")
    MAIL_USE_SSL = _bool("MAIL_USE_SSL")
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    MAIL_DEFAULT_SENDER = os.environ.get("MAIL_DEFAULT_SENDER", "tracker@localhost")
    MAIL_TIMEOUT_SECONDS = _int("MAIL_TIMEOUT_SECONDS", 10)
    # One outbox run stops starting emails after this long and leaves the rest for the next run
    # (the scheduler's sender runs every minute, so runs never pile up behind a slow server).
    OUTBOX_RUN_SECONDS = _int("OUTBOX_RUN_SECONDS", 50)
    # Where pg_dump, pg_restore and psql are, for `flask backup` (else the PATH, else Debian's).
    POSTGRES_BIN_DIR = os.environ.get("POSTGRES_BIN_DIR", "")

    SCHEDULER_ENABLED = _bool("SCHEDULER_ENABLED")
    # "You have a new action" emails wait this long after a person's last new action, so actions
    # raised together arrive as one email; 0 sends them at the next outbox run.
    NOTIFY_QUIET_MINUTES = _int("NOTIFY_QUIET_MINUTES", 15)
    # An open action is "due soon" (amber, and its owner reminded) this many working days ahead,
    # unless its group sets its own window (tracker/actions/schedule.py).
    DUE_SOON_WORKING_DAYS = _int("DUE_SOON_WORKING_DAYS", 3)
    # How long the one-click update links in emails work (tracker/nudges/links.py).
    ACTION_LINK_DAYS = _int("ACTION_LINK_DAYS", 14)
    # How many months ahead a group's meeting schedule puts its meetings in the diary
    # (tracker/meetings/operations.py fill_diary_ahead), on saving it and every day.
    SCHEDULE_HORIZON_MONTHS = _int("SCHEDULE_HORIZON_MONTHS", 6)

    # The biggest request any page takes: a file of minutes on the import page. A file a little
    # over the importer's own limit is still read, so the page can say how big it is.
    MAX_CONTENT_LENGTH = _int("MAX_CONTENT_LENGTH", 8_000_000)
    WTF_CSRF_ENABLED = True
    WTF_CSRF_TIME_LIMIT = None  # tied to the session instead: long forms are not lost
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = 60 * 60 * 12
    # Lasts 12 hours from sign-in (or the session's last change), not from every click: no
    # re-signed cookie on every response, and a session cannot be kept alive for ever.
    SESSION_REFRESH_EACH_REQUEST = False

    # Rendered pages kept per worker while nothing they show has changed (core/page_cache.py).
    CACHE_TYPE = os.environ.get("CACHE_TYPE", "SimpleCache")  # "NullCache" draws every page afresh
    CACHE_THRESHOLD = 200  # pages per worker, about 60 KB each
    CACHE_DEFAULT_TIMEOUT = 600  # seconds

    # Required with several workers (each worker's memory would keep its own count): a Redis URI.
    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_HEADERS_ENABLED = True
    LOGIN_RATE_LIMIT = os.environ.get("LOGIN_RATE_LIMIT", "10 per minute;50 per hour")  # per account
    LOGIN_ADDRESS_RATE_LIMIT = os.environ.get("LOGIN_ADDRESS_RATE_LIMIT", "30 per minute;200 per hour")
    # Administrators must use two-step sign-in (tracker/people/two_step.py); they are sent to set
    # it up after signing in. Off only in tests of other areas, which sign admins in with a password.
    TWO_STEP_REQUIRED_FOR_ADMINS = True
    # Behind a reverse proxy: how many proxies to trust for the client's address and scheme
    # (X-Forwarded-For, X-Forwarded-Proto). 0 trusts none: anyone could send those headers.
    TRUSTED_PROXIES = _int("TRUSTED_PROXIES", 0)
    API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "300 per minute")
    # The public input form: sent sooner than this after opening, it is asked for again (robots).
    PUBLIC_FORM_MIN_SECONDS = _int("PUBLIC_FORM_MIN_SECONDS", 3)

    PAGE_SIZE = _int("PAGE_SIZE", 25)
    # A public contributor's email address is erased this many days after their input is closed
    # (answered, and every action it led to closed): the daily job (tracker/people/personal_data.py).
    CONTACT_EMAIL_RETENTION_DAYS = _int("TRACKER_CONTACT_EMAIL_RETENTION_DAYS", 365)
    # Where people write to ask for a copy of their data or its erasure (the privacy notice, /privacy).
    PRIVACY_CONTACT_EMAIL = os.environ.get("TRACKER_PRIVACY_CONTACT_EMAIL", "")

    # Signing in with an organisation account (OpenID Connect; tracker/people/sso.py).
    OIDC_PROVIDERS = _oidc_providers()
    # A verified organisation email nobody in Tracker has: off, refused; on, made a member.
    OIDC_CREATE_PEOPLE = _bool("TRACKER_OIDC_CREATE_PEOPLE")
    # The longest wait for a provider's answer, so a provider that is down cannot hold a worker.
    OIDC_TIMEOUT_SECONDS = _int("TRACKER_OIDC_TIMEOUT_SECONDS", 5)
    # On, webhooks may also send to this server itself (loopback: localhost, 127.0.0.1, ::1) and its
    # network link (169.254.x.x): for development and the tests, whose receivers run on loopback.
    # Never to the service's own address, on or off (tracker/webhooks/targets.py).
    WEBHOOKS_ALLOW_LOCAL_TARGETS = _bool("TRACKER_WEBHOOKS_ALLOW_LOCAL_TARGETS")


class DevelopmentConfig(Config):
    SCHEDULER_ENABLED = _bool("SCHEDULER_ENABLED", True)


class TestConfig(Config):
    TESTING = True
    # The cheapest argon2id cost: the tests hash thousands of passwords and prove nothing by paying for each.
    PASSWORD_HASH_TIME_COST, PASSWORD_HASH_MEMORY_KIB, PASSWORD_HASH_PARALLELISM = 1, 8, 1
    SECRET_KEY = "test-secret"
    SQLALCHEMY_DATABASE_URI = _database_url("sqlite://", variable="TEST_DATABASE_URL")
    SCHEDULER_ENABLED = False
    MAIL_SERVER = ""
    BASE_URL = "http://localhost"
    SERVER_NAME = None
    OIDC_PROVIDERS: list[dict] = []  # tests name their own providers, never the developer's
    TWO_STEP_REQUIRED_FOR_ADMINS = False  # tests/people/test_two_step.py turns it on
    WEBHOOKS_ALLOW_LOCAL_TARGETS = True  # the webhook tests' receivers listen on 127.0.0.1


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"

    @classmethod
    def check(cls) -> None:
        """Refuse to start with a key anyone could guess: it signs sessions, calendar feeds and
        every emailed link, so with an empty or known key anyone could forge them."""
        problem = secret_key_problem(cls.SECRET_KEY)
        if problem:
            raise InsecureConfiguration(
                f"Tracker will not start in production: SECRET_KEY {problem}. Make one with\n"
                "    python -c 'import secrets; print(secrets.token_hex(32))'\n"
                "and set it in the environment (or the .env file) as SECRET_KEY=<that value>. Keep it "
                "secret, and the same on every worker."
            )


MIN_SECRET_KEY_BYTES = 32
DEVELOPMENT_KEYS = {"dev-only-not-secret", "test-secret"}  # the defaults in this file


class InsecureConfiguration(RuntimeError):
    """A production setting that would make the service unsafe; the message says how to fix it."""


def secret_key_problem(key: str | None) -> str | None:
    """What is wrong with a production SECRET_KEY, in plain English, or None."""
    if not key or not key.strip():
        return "is missing or empty"
    if key in DEVELOPMENT_KEYS:
        return "is not set (it is the development value)"
    if len(key.encode()) < MIN_SECRET_KEY_BYTES:
        return f"is shorter than {MIN_SECRET_KEY_BYTES} bytes"
    return None


PROFILES = {
    "development": DevelopmentConfig,
    "test": TestConfig,
    "production": ProductionConfig,
}


def selected_profile() -> type[Config]:
    return PROFILES[os.environ.get("TRACKER_CONFIG", "development")]
