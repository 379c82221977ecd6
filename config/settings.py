"""Settings, read from the environment only (twelve-factor, as cookiecutter-django does).

Production differs from the demo only by environment variables:
- DATABASE_URL: unset means an SQLite file in the project folder.
- REDIS_URL: unset means Celery runs tasks eagerly, in-process (the zero-setup demo).
- SECRET_KEY: required whenever DEBUG is off.
- DEBUG, ALLOWED_HOSTS, and the limits below.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
log = logging.getLogger("config")


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), got {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name, "").strip()
    return [item.strip() for item in raw.split(",") if item.strip()] if raw else default


SECRET_KEY = os.environ.get("SECRET_KEY", "")
# A machine with no configuration at all is a developer's: DEBUG then defaults on, so that
# `python manage.py check` or `pytest` work out of the box. Production sets SECRET_KEY (and
# DEBUG=0), and DEBUG=0 without a SECRET_KEY is refused below.
DEBUG = env_bool("DEBUG", not SECRET_KEY)
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off (set DEBUG=1 for local work).")
    SECRET_KEY = "insecure-development-key-only-used-with-DEBUG-on"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

# Who the client is (config.security.client_address): REMOTE_ADDR, unless it is one of these
# proxies (addresses or CIDR networks, e.g. "10.0.0.0/8,127.0.0.1"); then X-Forwarded-For is read
# from the right past them. Throttles and the login lockout count per client address, so behind a
# proxy that is not listed here every client looks like the proxy and shares one count.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", [])
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError as exc:
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {_proxy!r} is not an IP address or network") from exc

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "provenance",
    "claims",
]

MIDDLEWARE = [
    # First: the container's healthcheck asks over plain http by the container's own address,
    # which the SSL redirect and ALLOWED_HOSTS would refuse (see config.health).
    "config.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a lockout flagged during authentication into its response.
    "axes.middleware.AxesMiddleware",
]
# Malformed query strings and oversized bodies are refused before sessions or views run.
MIDDLEWARE.insert(MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1,
                  "config.security.RequestSafetyMiddleware")

# django-axes first: it refuses locked-out (username, address) pairs before passwords are checked.
AUTHENTICATION_BACKENDS = [
    "config.security.RequestAwareAxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_MINUTES", 15) / 60  # hours
# Per username and address: a newsroom behind one NAT address is not locked out by one person.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# The same client address as the API throttles (the TRUSTED_PROXIES policy), not REMOTE_ADDR:
# behind a proxy, five bad passwords would otherwise lock the user out for everyone.
AXES_CLIENT_IP_CALLABLE = "config.security.client_address"

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # config/templates: the site's own admin chrome (admin/base_site.html), ahead of the
        # admin app's copy, which INSTALLED_APPS would otherwise find first.
        "DIRS": [BASE_DIR / "templates", BASE_DIR / "config" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASE_URL = os.environ.get("DATABASE_URL", "").strip()
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60), conn_health_checks=True
    )
    if DATABASE_URL
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}
if DATABASES["default"]["ENGINE"].endswith("postgresql") and not env_bool("DATABASE_JIT", False):
    # PostgreSQL's JIT compiles a query whose *estimated* cost is high, and the desk's pages have
    # such estimates on large tables (a LIMIT 50 over an index walk is costed as the whole walk):
    # it spent 0.8 s compiling for a 60 ms claim search in bench/admin.py. Off for this
    # application's connections; the server's own setting is untouched (DATABASE_JIT=1 keeps it).
    DATABASES["default"].setdefault("OPTIONS", {})
    options = DATABASES["default"]["OPTIONS"].get("options", "")
    DATABASES["default"]["OPTIONS"]["options"] = f"{options} -c jit=off".strip()
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Several workers and the web process share one file in the demo: wait for locks
    # instead of failing at once, and start write transactions eagerly.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update({"timeout": 20, "transaction_mode": "IMMEDIATE"})

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", "").strip() or BASE_DIR / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# The demo serves static files through whitenoise too, without a collectstatic step.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
# Files served at the site's root (/favicon.ico, /favicon.svg), by whitenoise, with DEBUG on or off.
WHITENOISE_ROOT = BASE_DIR / "config" / "public"

# Production hardening (manage.py check --deploy passes with DEBUG off).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_REFERRER_POLICY = "same-origin"

# The largest article body, in UTF-8 bytes of the decoded text. 256 KiB is about 40,000 words of
# English, twice the longest long-form features; what is longer is a book, a transcript or an
# attack, and every sentence of it becomes a claim to store, tag and show.
ARTICLE_MAX_BYTES = env_int("ARTICLE_MAX_BYTES", 256 * 1024)
# A request carries the body encoded: JSON may escape every byte as \uXXXX (6 bytes for 1) and a
# form percent-encodes each byte (3 for 1), so the transport limit leaves room for the worst case;
# the article limit itself is applied to the decoded text.
DATA_UPLOAD_MAX_MEMORY_SIZE = ARTICLE_MAX_BYTES * 6 + 64 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = DATA_UPLOAD_MAX_MEMORY_SIZE

# Cached figures (the audit dashboard's snapshot). Give the cache its own Redis database in
# production so that every web process shares one copy; never the broker's (clear() flushes it).
# The API throttles and the invalid-token counter live in it too: without CACHE_URL each process
# counts alone (fine for one development process; `check --deploy` warns in production).
CACHE_URL = os.environ.get("CACHE_URL", "").strip()
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL,
                "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "")}
    if CACHE_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

# --- Celery -------------------------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
CELERY_BROKER_URL = REDIS_URL or "memory://localhost/"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A message taken by a worker that dies is redelivered after the visibility timeout; the
# time limits stay well below it so that a live task is never delivered twice for being slow.
CELERY_VISIBILITY_TIMEOUT = env_int("CELERY_VISIBILITY_TIMEOUT", 3600)
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 240)
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300)
if not CELERY_TASK_SOFT_TIME_LIMIT < CELERY_TASK_TIME_LIMIT < CELERY_VISIBILITY_TIMEOUT:
    raise ImproperlyConfigured(
        "Celery limits must satisfy soft time limit < hard time limit < visibility timeout"
    )
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_VISIBILITY_TIMEOUT}
# Tests give each run its own queue so that a stray worker never takes their messages.
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_QUEUE", "provenance")
CELERY_BEAT_SCHEDULE = {
    "sweep-stuck-tagging-runs": {
        "task": "provenance.tasks.sweep_stuck_runs",
        "schedule": env_int("TAGGING_SWEEP_EVERY", 60),
    },
}

# --- Tagging pipeline ---------------------------------------------------------------------
TAGGING_MAX_ATTEMPTS = env_int("TAGGING_MAX_ATTEMPTS", 3)
# Claims kept per article: a run keeps the first this many and records on itself how many it left
# out. A maximum-size article of ordinary prose has about 2,000 sentences, so only pathological
# input (a list of one-word "sentences") reaches it; it bounds what one article costs to store,
# tag and list.
TAGGING_MAX_CLAIMS = env_int("TAGGING_MAX_CLAIMS", 2500)
if TAGGING_MAX_CLAIMS < 1:
    raise ImproperlyConfigured("TAGGING_MAX_CLAIMS must be at least 1")
# The callable that tags a text; tests swap in a failing one to prove poison articles are contained.
TAGGING_ENGINE = os.environ.get("TAGGING_ENGINE", "provenance.engine.tag")
# A run still "running" after this many seconds has lost its worker: the sweeper re-queues it.
TAGGING_STUCK_AFTER = env_int("TAGGING_STUCK_AFTER", CELERY_TASK_TIME_LIMIT + 30)

# --- Exports ------------------------------------------------------------------------------
# schema.org ClaimReview: the public page of each check ("{claim_id}" is replaced) and the
# organisation that publishes it. With DEBUG off the ClaimReview export refuses to start until
# both are set; the demo falls back to the API's claim URL and a placeholder name.
CLAIMREVIEW_URL_TEMPLATE = os.environ.get("CLAIMREVIEW_URL_TEMPLATE", "").strip()
if CLAIMREVIEW_URL_TEMPLATE and (
    not CLAIMREVIEW_URL_TEMPLATE.lower().startswith(("https://", "http://"))
    or "{claim_id}" not in CLAIMREVIEW_URL_TEMPLATE
):
    raise ImproperlyConfigured(
        "CLAIMREVIEW_URL_TEMPLATE must be an http(s) address containing {claim_id}, e.g. "
        f"https://desk.example.org/checks/{{claim_id}}; got {CLAIMREVIEW_URL_TEMPLATE!r}"
    )
CLAIMREVIEW_AUTHOR = os.environ.get("CLAIMREVIEW_AUTHOR", "").strip()
CLAIMREVIEW_AUTHOR_URL = os.environ.get("CLAIMREVIEW_AUTHOR_URL", "").strip()
# The desk's own rating words, e.g. CLAIMREVIEW_RATING_FALSE="Pants on fire"; unset: the status's label.
CLAIMREVIEW_RATING_NAMES = {
    status: os.environ[f"CLAIMREVIEW_RATING_{status.upper()}"].strip()
    for status in ("verified", "false", "misleading", "unverifiable")
    if os.environ.get(f"CLAIMREVIEW_RATING_{status.upper()}", "").strip()
}

# Decisions that need an evidence link (given with the decision or added since the last status
# change); enforced by the workflow service, so the admin and the API refuse alike. Set it empty
# to never require evidence.
_DECISIONS = ("verified", "false", "misleading", "unverifiable", "not_a_claim")
_raw_evidence = os.environ.get("REVIEW_EVIDENCE_REQUIRED_FOR")
REVIEW_EVIDENCE_REQUIRED_FOR = frozenset(
    ["verified", "false", "misleading"] if _raw_evidence is None
    else [s.strip() for s in _raw_evidence.split(",") if s.strip()]
)
if not REVIEW_EVIDENCE_REQUIRED_FOR <= set(_DECISIONS):
    raise ImproperlyConfigured(
        f"REVIEW_EVIDENCE_REQUIRED_FOR lists statuses among {', '.join(_DECISIONS)} (comma-separated), "
        f"got {_raw_evidence!r}"
    )

# Daily CSV reports for desks that mail them around: off unless EXPORT_REPORTS_DIR names a folder.
# Beat writes "unverified older than N days" and "anonymous-only" there every day at the hour (UTC).
EXPORT_REPORTS_DIR = os.environ.get("EXPORT_REPORTS_DIR", "").strip()
EXPORT_REPORTS_HOUR = env_int("EXPORT_REPORTS_HOUR", 6)
EXPORT_REPORTS_UNVERIFIED_DAYS = env_int("EXPORT_REPORTS_UNVERIFIED_DAYS", 7)
if not 0 <= EXPORT_REPORTS_HOUR <= 23:
    raise ImproperlyConfigured(f"EXPORT_REPORTS_HOUR must be an hour from 0 to 23, got {EXPORT_REPORTS_HOUR}")
if EXPORT_REPORTS_UNVERIFIED_DAYS < 0:
    raise ImproperlyConfigured("EXPORT_REPORTS_UNVERIFIED_DAYS must be 0 or more days")
if EXPORT_REPORTS_DIR:
    CELERY_BEAT_SCHEDULE["daily-claim-reports"] = {
        "task": "claims.tasks.write_daily_reports",
        "schedule": crontab(minute=0, hour=EXPORT_REPORTS_HOUR),
    }

# --- Notifications (claims.notify) ------------------------------------------------------------
# Mail through Django's email backends: the console (printed by the web or worker process) with
# DEBUG on, SMTP otherwise, unless EMAIL_BACKEND says which.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "").strip() or (
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend"
)
# For the file backend (django.core.mail.backends.filebased.EmailBackend, which `make demo` uses):
# one file per message in this folder.
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", "").strip() or str(BASE_DIR / "sent-mail")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("set EMAIL_USE_TLS or EMAIL_USE_SSL, not both")
# A mail server that hangs must not hold a worker (or, with eager tasks, a request) for long.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "provenance@localhost")
# A Slack-compatible incoming webhook: each notification is POSTed as JSON {"text": ...}. Unset: none.
NOTIFY_WEBHOOK_URL = os.environ.get("NOTIFY_WEBHOOK_URL", "").strip()
if NOTIFY_WEBHOOK_URL and not NOTIFY_WEBHOOK_URL.lower().startswith(("https://", "http://")):
    raise ImproperlyConfigured(f"NOTIFY_WEBHOOK_URL must be an http(s) address, got {NOTIFY_WEBHOOK_URL!r}")
NOTIFY_WEBHOOK_TIMEOUT = env_int("NOTIFY_WEBHOOK_TIMEOUT", 5)
# The address people open the admin at, for the links in notifications (e.g. https://desk.example.org).
# Unset: the links are paths only.
SITE_URL = os.environ.get("SITE_URL", "").strip().rstrip("/")

# --- REST framework -----------------------------------------------------------------------
REST_FRAMEWORK = {
    # Token first: an unauthenticated request then gets 401 with `WWW-Authenticate: Token`.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "config.security.ThrottledTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    # Keyed on the client address of config.security.client_address (the TRUSTED_PROXIES policy).
    "DEFAULT_THROTTLE_CLASSES": [
        "config.security.ClientUserRateThrottle",
        "config.security.ClientAnonRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "user": os.environ.get("API_THROTTLE_USER", "5000/hour"),
        "anon": os.environ.get("API_THROTTLE_ANON", "300/hour"),
    },
    # JSON in, JSON out (plus the browsable API for people); one body format keeps the schema exact.
    "DEFAULT_PARSER_CLASSES": ["config.security.BoundedJSONParser"],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "EXCEPTION_HANDLER": "claims.api.errors.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Claim provenance API",
    "DESCRIPTION": "Articles, claims, attributions and sources, with review workflow and exports.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    # Every operation documents the error answers it can give (400, 401, 403, 404, 413, 429).
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "config.api_schema.add_error_responses",
    ],
    "ENUM_NAME_OVERRIDES": {
        "ClaimStatusEnum": "claims.models.ClaimStatus",
        "SourceTypeEnum": "provenance.models.SourceType",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # The development server's request lines follow LOG_LEVEL too (the demo runs at WARNING: only
    # refused and failed requests show).
    "loggers": {"django.db.backends": {"level": "INFO"},
                "django.server": {"level": os.environ.get("LOG_LEVEL", "INFO")}},
}

LOGIN_URL = "admin:login"
