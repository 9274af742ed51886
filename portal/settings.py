"""Settings for the portal.

One module for every environment: production differs from development only by environment
variables, each documented in README.md and .env.example. Development defaults apply only when
DEBUG is on; with DEBUG off the site refuses to start without a SECRET_KEY.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    value = os.environ.get(name, "")
    items = [item.strip() for item in value.split(",") if item.strip()]
    return items or list(default)


def env_int(name, default):
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


def env_float(name, default):
    value = os.environ.get(name, "")
    return float(value) if value.strip() else default


DEBUG = env_bool("DEBUG")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set it in the environment (see README.md), "
            "or set DEBUG=1 for local development."
        )
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
# Origins (scheme and host) allowed to post forms when they differ from the Host header, e.g.
# behind a proxy that rewrites it: https://portal.example.vn
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# HTTPS. On by default when DEBUG is off; each can be switched off for a plain-HTTP local run
# (`make serve`). Behind a proxy that terminates TLS, SECURE_PROXY_SSL_HEADER tells Django which
# header carries the original scheme; trust it only when the proxy always sets it.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
_proxy_header = os.environ.get("SECURE_PROXY_SSL_HEADER", "").strip()
if _proxy_header:
    if _proxy_header.lower() in {"1", "true", "yes", "on"}:
        _proxy_header = "X-Forwarded-Proto"
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + _proxy_header.upper().replace("-", "_"), "https")
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
# CKEditor 5's upload adapter reads the CSRF token from this cookie, so it cannot be HttpOnly;
# the token is worthless without the (HttpOnly) session cookie.
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

INSTALLED_APPS = [
    "portal.apps.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.forms",
    "django_ckeditor_5",
    "reversion",
    "portal.apps.SignInConfig",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "portal",
    "portal.redirects",
    "portal.importers",
    "news.articles",
    "news.galleries",
    "news.videos",
    "news.links",
    "news.documents",
    "news.pages",
    # Last: it follows the writes of every content model above (news.cache).
    "news",
]

MIDDLEWARE = [
    "portal.security.SecurityHeadersMiddleware",
    "portal.health.HealthCheckMiddleware",
    "portal.health.DatabaseUnavailableMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside every cache of pages, so that a page served from a cache is counted too.
    "portal.visits.VisitMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Before the page cache, which answers "/?p=123" with the home page: only a request with
    # an old site's parameter, or whose response is a 404, looks up a redirect
    # (portal/redirects/middleware.py).
    "portal.redirects.middleware.RedirectMiddleware",
    "portal.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # What a signed-in user uploads is entered in the media library as theirs.
    "news.library.UploaderMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.signin.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, so that it sees the login view's response and can turn it into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
            ],
        },
    },
]

# Form widgets render from templates/ too: the media library's chooser, and the editor's
# widget with its "insert from the library" button (templates/django_ckeditor_5/widget.html).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

WSGI_APPLICATION = "portal.wsgi.application"

# Database: PostgreSQL in production and CI through DATABASE_URL; an SQLite file in the project
# folder otherwise, so that `make run` needs no server.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DB_CONNECT_TIMEOUT = env_int("DB_CONNECT_TIMEOUT", 5)
DB_STATEMENT_TIMEOUT = env_int("DB_STATEMENT_TIMEOUT", 30)


def postgres_options(connect_timeout, statement_timeout):
    """libpq options that bound every wait on PostgreSQL, in seconds (0: no statement limit)."""
    options = {
        "connect_timeout": connect_timeout,
        # A host that silently drops packets must not hold a worker for the kernel's
        # retransmission time (minutes): unacknowledged data gives up after the same bound,
        # and idle pooled connections are probed.
        "tcp_user_timeout": connect_timeout * 1000,
        "keepalives": 1,
        "keepalives_idle": 30,
        "keepalives_interval": connect_timeout,
        "keepalives_count": 2,
    }
    if statement_timeout:
        options["options"] = f"-c statement_timeout={statement_timeout * 1000}"
    return options


if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["OPTIONS"] = {
        **postgres_options(DB_CONNECT_TIMEOUT, DB_STATEMENT_TIMEOUT),
        **DATABASES["default"].get("OPTIONS", {}),
    }
# Seconds a worker answers 503 at once after losing the database, before trying it again; also
# the Retry-After it announces.
DB_RETRY_AFTER = env_int("DB_RETRY_AFTER", 5)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt"))]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["portal.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", "") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))


def s3_storage(environ):
    """The media storage on S3-compatible object storage, or None when S3_BUCKET is not set."""
    bucket = environ.get("S3_BUCKET", "").strip()
    if not bucket:
        return None
    options = {
        "bucket_name": bucket,
        "endpoint_url": environ.get("S3_ENDPOINT_URL") or None,
        "region_name": environ.get("S3_REGION") or None,
        "access_key": environ.get("S3_ACCESS_KEY_ID") or None,
        "secret_key": environ.get("S3_SECRET_ACCESS_KEY") or None,
        "custom_domain": environ.get("S3_CUSTOM_DOMAIN") or None,
        "location": environ.get("S3_PREFIX", "media").strip("/"),
        # Uploads get random names, so a file at a URL never changes: public, long-cached URLs.
        "querystring_auth": False,
        "file_overwrite": False,
        "default_acl": None,
        "object_parameters": {"CacheControl": "public, max-age=2592000"},
    }
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {key: value for key, value in options.items() if value is not None},
    }


STORAGES = {
    "default": s3_storage(os.environ) or {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_MAX_AGE = 0 if DEBUG else 3600

# Redis, when REDIS_URL is set, is the cache every app server shares (pages, fragments) and the
# front of the sessions; each call gives up after CACHE_TIMEOUT seconds and a cache that is down
# only costs speed (portal.cache_backends). Without it each process keeps its own copies. Either
# way a copy is checked against the change log in the database (news.cache), so every process
# and server agrees on what is current.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
CACHE_TIMEOUT = float(os.environ.get("CACHE_TIMEOUT", "") or 0.25)
# Entries each process's own cache keeps without Redis: the pages of a site's working set.
CACHE_ENTRIES = env_int("CACHE_ENTRIES", 20_000)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "portal.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            # Keeps sites (or test runs) that share one Redis apart.
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {
                "socket_connect_timeout": CACHE_TIMEOUT,
                "socket_timeout": CACHE_TIMEOUT,
                "retry_on_timeout": False,
            },
        }
    }
    # Sessions are read from the cache and written through to the database, so they survive a
    # cache that is down or flushed.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
            "OPTIONS": {"MAX_ENTRIES": CACHE_ENTRIES, "CULL_FREQUENCY": 10},
        }
    }

LOGIN_URL = "admin:login"

# Whole pages for readers without a staff session (portal.pagecache), kept until a change they
# show is recorded (news.cache) and at most PAGE_CACHE_SECONDS.
PAGE_CACHE = env_bool("PAGE_CACHE", not DEBUG)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 86_400)
# How long browsers and shared caches may reuse a page without asking again; also the promise:
# a change reaches every worker of every app server within this many seconds.
PAGE_CACHE_MAX_AGE = env_int("PAGE_CACHE_MAX_AGE", 10)
# How often each process reads the change log, and how long an out-of-date copy may still be
# served while one request rebuilds it (never a copy of something taken off the site).
CACHE_SYNC_SECONDS = env_float("CACHE_SYNC_SECONDS", 1.0)
CACHE_STALE_SECONDS = env_float("CACHE_STALE_SECONDS", 5.0)
# Figures that change without a write (visitors, most read) are at most this old in a page.
LIVE_SECONDS = env_int("LIVE_SECONDS", 60)
# A CDN in front: how long it may keep a page (s-maxage) and how to tell it to drop pages that
# show a changed item (news.cdn). Longer than PAGE_CACHE_MAX_AGE only with a purge URL.
CDN_MAX_AGE = env_int("CDN_MAX_AGE", PAGE_CACHE_MAX_AGE)
CDN_PURGE_URL = os.environ.get("CDN_PURGE_URL", "").strip()
CDN_PURGE_METHOD = os.environ.get("CDN_PURGE_METHOD", "POST").strip().upper()
CDN_PURGE_TOKEN = os.environ.get("CDN_PURGE_TOKEN", "").strip()
CDN_PURGE_TIMEOUT = env_float("CDN_PURGE_TIMEOUT", 3.0)
# The response header that lists a page's tags: "Cache-Tag" (Cloudflare, Akamai), "Surrogate-Key"
# (Fastly, Varnish xkey), or empty for none.
CDN_TAG_HEADER = os.environ.get("CDN_TAG_HEADER", "Cache-Tag").strip()
# Share-for-approval links (/duyet/) show drafts: never looked up in, nor stored into, the cache.
PAGE_CACHE_SKIP_PREFIXES = ("/admin/", "/editor/", "/media/", "/static/", "/duyet/")
# Old addresses (portal/redirects): query parameters of old sites' address schemes that make a
# request look up a redirect even when a page answers it ("/?p=123" would be the home page).
# Names are compared in lower case; the site's own parameters (q, page...) must not be here.
REDIRECT_QUERY_PARAMETERS = frozenset(
    env_list(
        "REDIRECT_QUERY_PARAMETERS",
        default=[
            "p",
            "page_id",
            "cat",
            "tag",
            "attachment_id",
            "m",
            "option",
            "itemid",
            "id",
            "catid",
            "newsid",
            "articleid",
            "tabid",
        ],
    )
)
# The 404 list keeps at most this many addresses (more requests of those are still counted).
REDIRECT_MISSING_LIMIT = env_int("REDIRECT_MISSING_LIMIT", 20_000)
REDIRECT_SKIP_PREFIXES = ("/admin/", "/editor/", "/media/", "/static/", "/healthz", "/readyz")
# Page views are added up in each process and written at most this often.
VIEW_COUNT_FLUSH_SECONDS = env_int("VIEW_COUNT_FLUSH_SECONDS", 5)
# Sign-in and sessions of staff. Django's login() gives a new session key, logout is a POST,
# and a password change (or deactivation) makes every other session of that user invalid.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# A session ends after this many minutes without a request (each request pushes it back).
SESSION_COOKIE_AGE = env_int("SESSION_IDLE_MINUTES", 30) * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_COOKIE_HTTPONLY = True

# Proxies in front of the app that append the client's address to X-Forwarded-For. With 0 the
# header is ignored, since anyone can send it; see portal.signin.client_ip.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Brute force: 5 failed sign-ins for one username from one address lock that pair for
# 15 minutes. The right password from another address still works.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "portal.signin.client_ip"
AXES_LOCKOUT_CALLABLE = "portal.signin.lockout_response"
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_VERBOSE = False
# The posted form of a failed sign-in is kept for administrators: every credential in it is
# masked (axes masks "password" itself), a backup code or a fresh code above all.
AXES_SENSITIVE_PARAMETERS = [
    "username",
    "ip_address",
    "otp_token",
    "token",
    "password1",
    "password2",
    "old_password",
    "new_password1",
    "new_password2",
    "csrfmiddlewaretoken",
]

# Two-factor sign-in (TOTP apps such as Google Authenticator, plus single-use backup codes).
# Mandatory for staff unless turned off; off by default in local development only.
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", not DEBUG)
OTP_TOTP_ISSUER = os.environ.get("TWO_FACTOR_ISSUER", "Cổng thông tin điện tử")

# E-mail (password reset): printed to the console in development; SMTP from the environment.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", not EMAIL_USE_SSL)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_HOURS", 24) * 3600
# "Quên mật khẩu?" requests per hour: from one client, and for one address (portal.accounts).
PASSWORD_RESET_CLIENT_LIMIT = env_int("PASSWORD_RESET_CLIENT_LIMIT", 10)
PASSWORD_RESET_ADDRESS_LIMIT = env_int("PASSWORD_RESET_ADDRESS_LIMIT", 3)

# Uploaded images are judged by their content; these bound what one upload may cost.
IMAGE_MAX_BYTES = env_int("IMAGE_MAX_BYTES", 10 * 1024 * 1024)
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Attached files of documents (PDF, Word, Excel, ODT).
DOCUMENT_MAX_BYTES = env_int("DOCUMENT_MAX_BYTES", 20 * 1024 * 1024)

# Visitor statistics (portal/visits.py): the "online now" window and how often the counts kept
# in the cache are written to the database. Readers' addresses as for sign-ins
# (TRUSTED_PROXY_COUNT).
VISITS_ONLINE_SECONDS = env_int("VISITS_ONLINE_SECONDS", 300)
VISITS_FLUSH_SECONDS = env_int("VISITS_FLUSH_SECONDS", 60)
# Page views are kept in each process and sent to the cache together this often.
VISITS_BATCH_SECONDS = env_float("VISITS_BATCH_SECONDS", 1.0)
# Views of articles one address may add in an hour ("Tin đọc nhiều" cannot be pushed by a script).
VIEWS_PER_ADDRESS_HOUR = env_int("VIEWS_PER_ADDRESS_HOUR", 300)

# CKEditor 5: a toolbar fit for news. No source editing, general HTML support, HTML embed or
# media embed; the server-side sanitizer (news.richtext) drops what they would produce anyway.
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "editor_upload"
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpeg", "png", "gif", "webp"]
CKEDITOR_5_CONFIGS = {
    "default": {
        "language": "vi",
        "toolbar": {
            "items": [
                "heading",
                "|",
                "bold",
                "italic",
                "link",
                "|",
                "bulletedList",
                "numberedList",
                "blockQuote",
                "|",
                "insertImage",
                "insertTable",
                "|",
                "undo",
                "redo",
            ],
            "shouldNotGroupWhenFull": True,
        },
        "heading": {
            "options": [
                {"model": "paragraph", "title": "Đoạn văn", "class": "ck-heading_paragraph"},
                {
                    "model": "heading2",
                    "view": "h2",
                    "title": "Tiêu đề 2",
                    "class": "ck-heading_heading2",
                },
                {
                    "model": "heading3",
                    "view": "h3",
                    "title": "Tiêu đề 3",
                    "class": "ck-heading_heading3",
                },
                {
                    "model": "heading4",
                    "view": "h4",
                    "title": "Tiêu đề 4",
                    "class": "ck-heading_heading4",
                },
            ]
        },
        "image": {
            "toolbar": [
                "imageTextAlternative",
                "toggleImageCaption",
                "|",
                "imageStyle:inline",
                "imageStyle:block",
                "imageStyle:side",
            ],
        },
        "table": {
            "contentToolbar": ["tableColumn", "tableRow", "mergeTableCells", "toggleTableCaption"],
        },
        "link": {"defaultProtocol": "https://"},
        "removePlugins": [
            "SourceEditing",
            "GeneralHtmlSupport",
            "Style",
            "HtmlEmbed",
            "MediaEmbed",
            "Markdown",
            "FullPage",
            "CKFinderUploadAdapter",
            "Font",
            "Highlight",
            "CodeBlock",
            "Code",
            "TodoList",
            "Mention",
            "PageBreak",
            "ShowBlocks",
            "Autosave",
            "TableProperties",
            "TableCellProperties",
        ],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# Serve uploads from the app when nothing in front of it does (one machine, no object storage).
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
# Behind deploy/nginx.conf with media on disk: the app checks who may download a document's
# file and nginx sends it (X-Accel-Redirect to its internal /media/documents/).
ACCEL_REDIRECT = env_bool("ACCEL_REDIRECT", False)
