"""One version number for all published content, bumped by every write and by the clock.

Cached fragments and pages put the version in their keys, so a save or a delete in the admin
makes every cached copy stale at once, on every app server that shares the cache, without
having to know which pages showed the changed item.

Scheduled items need no write to appear: the earliest future publish time is remembered with
the version, and the first request after that moment bumps the version itself.

Within one request the version is read from the cache once: every fragment and cached value
of a page then belongs to the same version, and a page costs one cache read for it, not one
per fragment.
"""

from contextvars import ContextVar

from django.apps import apps
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models import Min
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from news.publishing import Publishable, Status

VERSION_KEY = "portal:content-version"
DUE_KEY = "portal:next-scheduled"
CONTENT_APPS = {"articles", "galleries", "videos", "links", "documents", "pages"}
# Of the site's own models only the identity shows on pages; the search index and the visit
# counts are written all the time and must not empty every cache when they are.
CONTENT_MODELS = {"portal.siteidentity"}


def content_models():
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in CONTENT_APPS or model._meta.label_lower in CONTENT_MODELS
    ]


def next_scheduled():
    """The earliest publish time still in the future, over every publishable content type."""
    now = timezone.now()
    times = [
        model.objects.filter(status=Status.PUBLISHED, publish_at__gt=now).aggregate(
            due=Min("publish_at")
        )["due"]
        for model in content_models()
        if issubclass(model, Publishable)
    ]
    return min((t for t in times if t is not None), default=None)


# None outside a request; 0 at the start of one, then the version read for it.
_request_version = ContextVar("content_version", default=None)


def _start_request(**kwargs):
    _request_version.set(0)


def _end_request(**kwargs):
    _request_version.set(None)


def content_version():
    remembered = _request_version.get()
    if remembered:
        return remembered
    version = _read_version()
    if remembered is not None:
        _request_version.set(version)
    return version


def _read_version():
    values = cache.get_many([VERSION_KEY, DUE_KEY])
    version = values.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    due = values.get(DUE_KEY)
    if due is None or due[0] != version:
        cache.set(DUE_KEY, (version, next_scheduled()), timeout=None)
    elif due[1] is not None and due[1] <= timezone.now():
        bump()
        return _read_version()
    return version


def bump(**kwargs):
    if _request_version.get() is not None:
        _request_version.set(0)
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def connect_signals():
    request_started.connect(_start_request, dispatch_uid="content-version-start")
    request_finished.connect(_end_request, dispatch_uid="content-version-end")
    for model in content_models():
        label = model._meta.label
        post_save.connect(bump, sender=model, dispatch_uid=f"bump-{label}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"bump-del-{label}")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(
                bump,
                sender=field.remote_field.through,
                dispatch_uid=f"bump-m2m-{label}-{field.name}",
            )


def peek(name):
    """The value cached under `name` for the current content version, or None.

    Never builds the value and never touches the database (not even to check the schedule), so
    it is safe where the database may be away: response headers, error pages.
    """
    version = cache.get(VERSION_KEY)
    return None if version is None else cache.get(f"portal:{name}:{version}")


def cached(name, build, timeout=300):
    """Return the value cached under `name` for the current content version, building it once."""
    key = f"portal:{name}:{content_version()}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value
