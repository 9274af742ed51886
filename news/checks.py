"""Start-up checks: a configuration in which the cache could not keep its promise is refused.

Run by `manage.py check` (and so by `migrate`, `runserver`, `make test`) and by the WSGI entry
point before gunicorn serves a request (portal.wsgi).
"""

from django.conf import settings
from django.core.checks import Error, register

# The pages the cache must hold at once in every configuration: a site's working set.
WORKING_SET = 10_000


@register("portal-cache", deploy=False)
def cache_promise(app_configs=None, **kwargs):
    errors = []
    sync, stale = settings.CACHE_SYNC_SECONDS, settings.CACHE_STALE_SECONDS
    bound = settings.PAGE_CACHE_MAX_AGE
    if sync + stale > bound:
        errors.append(
            Error(
                f"CACHE_SYNC_SECONDS ({sync}) + CACHE_STALE_SECONDS ({stale}) exceed "
                f"PAGE_CACHE_MAX_AGE ({bound}): a change would not reach every worker within "
                "the time pages are promised to be current.",
                hint="Lower CACHE_SYNC_SECONDS or CACHE_STALE_SECONDS, or raise "
                "PAGE_CACHE_MAX_AGE.",
                id="portal.E101",
            )
        )
    if bound < settings.CDN_MAX_AGE and not settings.CDN_PURGE_URL:
        errors.append(
            Error(
                f"CDN_MAX_AGE ({settings.CDN_MAX_AGE}) is longer than PAGE_CACHE_MAX_AGE "
                f"({bound}) but no CDN_PURGE_URL is set: a CDN would keep showing an item "
                "that was taken down.",
                hint="Set CDN_PURGE_URL, or leave CDN_MAX_AGE at PAGE_CACHE_MAX_AGE.",
                id="portal.E102",
            )
        )
    if settings.PAGE_CACHE_SECONDS < settings.LIVE_SECONDS:
        errors.append(
            Error(
                "PAGE_CACHE_SECONDS must be at least LIVE_SECONDS.",
                id="portal.E103",
            )
        )
    default = settings.CACHES.get("default", {})
    if default.get("BACKEND", "").endswith("LocMemCache"):
        entries = default.get("OPTIONS", {}).get("MAX_ENTRIES", 300)
        if entries < WORKING_SET:
            errors.append(
                Error(
                    f"The local-memory cache holds {entries} entries: fewer than the "
                    f"{WORKING_SET} pages of a site's working set.",
                    hint="Set OPTIONS MAX_ENTRIES (CACHE_ENTRIES) or use Redis (REDIS_URL).",
                    id="portal.E104",
                )
            )
    return errors
