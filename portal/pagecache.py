"""Whole-page cache for anonymous readers, invalidated by the content version.

A reader without a session cookie gets the page as rendered for the current content version;
a write in the admin (or a scheduled item coming due) changes the version, so the next request
renders afresh on every app server sharing the cache. Staff, who carry a session cookie, always
get a live page. Responses that set cookies, are private, or are not 200 are never stored.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, set_response_etag

from news.cache import content_version
from news.counters import count_view

STORED_HEADERS = ("Content-Type", "Content-Language", "X-Robots-Tag", "Link", "ETag")


def _key(request):
    return f"page:{content_version()}:{request.get_host()}:{request.get_full_path()}"


def _cacheable_request(request):
    return (
        settings.PAGE_CACHE
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(settings.PAGE_CACHE_SKIP_PREFIXES)
    )


def _cacheable_response(response):
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.cookies
        and not response.streaming
        and "private" not in control
        and "no-store" not in control
        and "no-cache" not in control
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        stored = cache.get(key)
        if stored is not None:
            content, headers, counts_view = stored
            if counts_view:
                count_view(*counts_view)
            response = HttpResponse(content)
            for name, value in headers.items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return self._public(response)
        response = self.get_response(request)
        if _cacheable_response(response):
            if hasattr(response, "render") and callable(response.render):
                response.render()
            set_response_etag(response)
            headers = {name: response[name] for name in STORED_HEADERS if name in response}
            counts_view = getattr(response, "counts_view", None)
            cache.set(key, (response.content, headers, counts_view), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
            self._public(response)
        return response

    def _public(self, response):
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
        return response
