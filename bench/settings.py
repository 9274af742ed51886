"""Settings for benchmark runs: the portal's own settings plus the baseline view and seeder.

Nothing here changes how the portal behaves; it adds the `bench` app (the seed command), a URL
for the minimal baseline view, and BENCH_NO_CACHE=1 for the pass with no cache at all.
"""

import os

from portal.settings import *  # noqa: F403
from portal.settings import INSTALLED_APPS, PAGE_CACHE_SKIP_PREFIXES

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]
ROOT_URLCONF = "bench.urls"
# The baseline is always rendered: it measures Django itself, not the cache.
PAGE_CACHE_SKIP_PREFIXES = (*PAGE_CACHE_SKIP_PREFIXES, "/bench/")

if os.environ.get("BENCH_NO_CACHE") == "1":
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.db"
