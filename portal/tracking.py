"""The agency's tracking or verification script (e.g. the EMC badge): what the
Content-Security-Policy must allow so that the script an administrator set can run."""

from django.db import DatabaseError

from news.cache import peek


def tracking_sources(request):
    """(directive, origin) pairs for the Content-Security-Policy of any response.

    The script is loaded from its origin, and badges of this kind draw their image and report
    back to the same origin. Reads the cached site identity: no query on a warm cache.
    """
    # Only what the page being answered has already cached: a page that shows the script has
    # just read the identity through the context processor; other responses (files, errors
    # while the database is away) must not wait on the database for a header.
    try:
        identity = peek("site-identity")
    except DatabaseError:
        return []
    origin = identity.tracking_origin if identity else ""
    if not origin:
        return []
    return [("script-src", origin), ("img-src", origin), ("connect-src", origin)]
