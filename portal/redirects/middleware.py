"""Answer old addresses with 301, at no cost to the pages that exist.

Only two kinds of request look a redirect up: one whose response is a 404, and one carrying a
parameter of an old site's address scheme (`?p=123`, `?page_id=`, `?option=com_content`...),
since "/?p=123" would otherwise be answered by the home page. Every other request passes
through with one dictionary lookup. It sits before (outside) the page cache, which keys pages
by the parameters their view declares and so would serve the home page for "/?p=123"; a 301
is never stored by it, and a 404 never is either, so a redirect acts as soon as it is saved.
A 404 that no redirect answers is counted in the list of missing addresses administrators
read.
"""

import contextlib
import logging
from urllib.parse import unquote

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.db.models import F
from django.http import HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.cache import patch_cache_control

from . import addresses
from .models import MissingAddress, Redirect

logger = logging.getLogger(__name__)

SAFE_METHODS = ("GET", "HEAD")


def find(path, pairs):
    """The redirect for `path` with query parameters `pairs`: the most specific that matches."""
    candidates = addresses.query_candidates(pairs)
    found = {
        redirect.old_query: redirect
        for redirect in Redirect.objects.filter(old_path=path, old_query__in=candidates)
    }
    return next((found[query] for query in candidates if query in found), None)


def redirect_for(request):
    """A 301 response for `request`, or None when no redirect leads anywhere from it."""
    path = addresses.normalize_path(request.path_info)
    pairs = addresses.request_parameters(request.META.get("QUERY_STRING", ""))
    redirect = find(path, pairs)
    if redirect is None:
        return None
    destination = redirect.destination()
    if not destination or addresses.split(destination) == (path, addresses.encode(pairs)):
        return None
    Redirect.objects.filter(pk=redirect.pk).update(hits=F("hits") + 1, last_hit_at=timezone.now())
    response = HttpResponsePermanentRedirect(destination)
    # Like a page: anonymous readers' answer may be kept by browsers, nginx and a CDN for as
    # long as a page is; a change of the redirect is then seen as soon as a page's would be.
    if settings.PAGE_CACHE and settings.SESSION_COOKIE_NAME not in request.COOKIES:
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
    else:
        patch_cache_control(response, private=True)
    return response


def record_missing(request):
    """Count a 404; a new address is added only while the list is not full, so that a robot
    trying random addresses cannot fill the table (the count is kept in the cache and read
    again from the table every few minutes, when administrators may have emptied it)."""
    path = addresses.normalize_path(request.path_info)
    query = addresses.encode(addresses.request_parameters(request.META.get("QUERY_STRING", "")))
    fields = {
        "requested": request.get_full_path()[:2000],
        "referer": request.META.get("HTTP_REFERER", "")[:1000],
    }
    counted = MissingAddress.objects.filter(path=path, query=query).update(
        hits=F("hits") + 1, last_seen=timezone.now(), **fields
    )
    if counted or not _room_left():
        return
    _missing, created = MissingAddress.objects.get_or_create(
        path=path, query=query, defaults=fields
    )
    if created:
        with contextlib.suppress(ValueError):  # the count left the cache: read again later
            cache.incr(MISSING_COUNT_KEY)


MISSING_COUNT_KEY = "portal:missing-addresses"


def _room_left():
    count = cache.get(MISSING_COUNT_KEY)
    if count is None:
        count = MissingAddress.objects.count()
        cache.set(MISSING_COUNT_KEY, count, 300)
    return count < settings.REDIRECT_MISSING_LIMIT


def carries_old_parameter(request):
    query = request.META.get("QUERY_STRING")
    if not query:
        return False
    names = {name for name, _value in addresses.request_parameters(query)}
    return not names.isdisjoint(settings.REDIRECT_QUERY_PARAMETERS)


class RedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in SAFE_METHODS or request.path_info.startswith(
            settings.REDIRECT_SKIP_PREFIXES
        ):
            return self.get_response(request)
        if carries_old_parameter(request):
            found = self._look_up(request)
            if found is not None:
                return found
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        found = self._look_up(request, count_missing=True)
        return found if found is not None else response

    def _look_up(self, request, count_missing=False):
        # An address with control characters (a NUL, which PostgreSQL cannot even compare) was
        # never any site's address: nothing to find, nothing to count.
        raw = unquote(request.path_info) + unquote(request.META.get("QUERY_STRING", ""))
        if any(ord(character) < 32 or ord(character) == 127 for character in raw):
            return None
        # A database that fails here must not turn a 404 (or a page) into an error.
        try:
            found = redirect_for(request)
            if found is None and count_missing:
                record_missing(request)
            return found
        except DatabaseError:
            logger.warning("Redirect lookup failed for %s", request.path, exc_info=True)
            return None
