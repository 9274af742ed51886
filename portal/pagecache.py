"""Whole pages for readers without a staff session, kept until what they show changes.

- **Key**: scheme, host, path and the query parameters the page's view declares
  (`cache_query = ("page",)` on the view, news.cache.page_query for functions). Any other
  parameter (`utm_source`, `fbclid`...) does not make a new copy, and the view does not see it,
  so the copy is the same page whoever asked first. A declared "skip" parameter (a search's
  words) makes the request uncached.
- **Freshness**: a page is stored with the tags of what its view and templates read
  (news.cache) and served while none of them changed. One out of date is rebuilt by one request
  while the others get the previous copy for at most CACHE_STALE_SECONDS, unless it showed
  something that left the site.
- **The sidebar** (most read, visitors, the newest videos...) is not kept inside the page: it is
  cached on its own for LIVE_SECONDS and put into the page as it is served, in the same cache
  round trip as the page. Pages need not follow its changes, and its figures stay live.
- **Who gets it**: every GET or HEAD outside the admin, except requests of a signed-in staff
  member (a session that exists and has a user: a made-up cookie gets the cached page).
  Staff get live pages marked private. Responses that set cookies, are private or not 200 are
  never stored.
- **Headers**: `Cache-Control: public, max-age` (PAGE_CACHE_MAX_AGE), `s-maxage` (CDN_MAX_AGE) and
  `stale-while-revalidate` for a CDN, and `Cache-Tag` / `Surrogate-Key` listing the tags of the
  page, by which a CDN can be told to drop it (news.cdn).
"""

import zlib
from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.db import DatabaseError
from django.http import HttpResponse, QueryDict
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils.cache import patch_cache_control

from news import cache as content

STORED_HEADERS = ("Content-Type", "Content-Language", "X-Robots-Tag", "Link")
SIDEBAR_MARK = b"<!--portal:sidebar-->"
SIDEBAR_KEY = content.key("sidebar")
# The cached things of news.cache.THINGS every page shows.
SHARED = (("site-identity",), ("menu",), ("site-head",), ("site-header", ""), ("site-footer",))


def sidebar(entry=None):
    """The sidebar's HTML and tags, from its own cache entry (`entry` if already fetched)."""
    return content.cached(
        "sidebar",
        make=lambda: render_to_string("includes/sidebar.html"),
        entry=entry,
        detached=True,
    )


def declared(request):
    """(parameters that make the page, parameters that make it uncached), or None when the
    path is not a page of ours."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    view = getattr(match.func, "view_class", match.func)
    return getattr(view, "cache_query", ()), getattr(view, "cache_skip", ())


def only(query, names):
    kept = QueryDict(mutable=True)
    for name in names:
        if name in query:
            kept.setlist(name, query.getlist(name))
    kept._mutable = False
    return kept


def signed_in(request):
    """Whether the request carries a real session of a signed-in user."""
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not session_key:
        return False
    store = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    return store.get(SESSION_KEY) is not None


def page_key(request, names):
    query = "&".join(f"{name}={value}" for name in names for value in request.GET.getlist(name))
    return content.key("page", request.scheme, request.get_host(), request.path, query)


def cacheable(response):
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
        if not (
            settings.PAGE_CACHE
            and request.method in ("GET", "HEAD")
            and not request.path.startswith(settings.PAGE_CACHE_SKIP_PREFIXES)
        ):
            return self.get_response(request)
        found = declared(request)
        if found is None:
            return self.get_response(request)
        names, skip = found
        request.GET = only(request.GET, names)
        if signed_in(request):
            response = self.get_response(request)
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True)
            return response
        if any(request.GET.get(name) for name in skip):
            return self.get_response(request)

        key = page_key(request, names)
        try:
            content.sync()
        except DatabaseError:
            # The database is away: what was cached still reads, the rest is a 503 page.
            entries = cache.get_many([key, SIDEBAR_KEY])
            if entries.get(key) is None or entries.get(SIDEBAR_KEY) is None:
                raise
            return self.serve(request, entries[key], entries[SIDEBAR_KEY], outage=True)
        entries = cache.get_many([key, SIDEBAR_KEY])
        entry = entries.get(key)
        verdict = content.judge(entry)
        if verdict == content.FRESH or (verdict == content.STALE and not content.claim(key)):
            return self.serve(request, entry, entries.get(SIDEBAR_KEY))
        # What every page is made of, in one round trip rather than one each.
        shared = [content.key(*name) for name in SHARED] + [
            content.key("site-header", request.path)
        ]
        content.remember({SIDEBAR_KEY: entries.get(SIDEBAR_KEY), **cache.get_many(shared)})
        try:
            entry, response = content.build("page", lambda: self.get_response(request))
            if cacheable(response):
                self.store(request, key, entry, response)
        finally:
            if verdict == content.STALE:
                content.release(key)
        return response

    def store(self, request, key, entry, response):
        if hasattr(response, "render") and callable(response.render):
            response.render()
        body = response.content
        tags = set(entry[2])
        has_sidebar = False
        if getattr(request, "sidebar", None) is not None:
            html, sidebar_tags = request.sidebar
            html = html.encode()
            if html and html in body:
                body = body.replace(html, SIDEBAR_MARK, 1)
                has_sidebar = True
            tags |= set(sidebar_tags)
        stored = (
            zlib.compress(body, 1),
            {name: response[name] for name in STORED_HEADERS if name in response},
            getattr(response, "counts_view", None),
            dict(getattr(request, "_csp_extra", {})),
            has_sidebar,
        )
        content.store(key, (*entry[:4], stored))
        response["X-Page-Cache"] = "miss"
        public(response, tags)

    def serve(self, request, entry, sidebar_entry, outage=False):
        body, headers, counts_view, csp, has_sidebar = entry[4]
        body = zlib.decompress(body)
        tags = set(entry[2])
        if has_sidebar:
            if outage:
                html, sidebar_tags = sidebar_entry[4], sidebar_entry[2]
            else:
                html, sidebar_tags = sidebar(sidebar_entry)
            body = body.replace(SIDEBAR_MARK, html.encode(), 1)
            tags |= set(sidebar_tags)
        response = HttpResponse(body)
        for name, value in headers.items():
            response[name] = value
        if csp:
            request._csp_extra = {directive: list(origins) for directive, origins in csp.items()}
        # The visit middleware counts it, as for a page just made.
        response.counts_view = counts_view
        response["X-Page-Cache"] = "hit"
        return public(response, tags)


def public(response, tags):
    max_age = settings.PAGE_CACHE_MAX_AGE
    patch_cache_control(
        response,
        public=True,
        max_age=max_age,
        s_maxage=settings.CDN_MAX_AGE,
        stale_while_revalidate=max_age,
    )
    listed = sorted(tags)
    response["Cache-Tag"] = ",".join(listed)
    response["Surrogate-Key"] = " ".join(listed)
    return response
