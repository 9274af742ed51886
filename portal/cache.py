"""One version number for all published content, bumped by every write.

Cached fragments and pages put the version in their keys, so a save or a delete in the admin
makes every cached copy stale at once, on every app server that shares the cache, without
having to know which pages showed the changed item.
"""

from django.apps import apps
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

VERSION_KEY = "portal:content-version"
CONTENT_APPS = {"portal", "articles", "galleries", "videos", "links", "documents", "pages"}


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def bump(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def connect_signals():
    for model in apps.get_models():
        if model._meta.app_label in CONTENT_APPS:
            post_save.connect(bump, sender=model, dispatch_uid=f"bump-{model._meta.label}")
            post_delete.connect(bump, sender=model, dispatch_uid=f"bump-del-{model._meta.label}")


def cached(name, build, timeout=300):
    """Return the value cached under `name` for the current content version, building it once."""
    key = f"portal:{name}:{content_version()}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value
