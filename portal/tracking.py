"""The agency's tracking or verification script (e.g. the EMC badge): what the
Content-Security-Policy must allow so that the script an administrator set can run."""

from portal.cache import cached
from portal.models import SiteIdentity


def tracking_sources(request):
    """(directive, origin) pairs for the Content-Security-Policy of any response.

    The script is loaded from its origin, and badges of this kind draw their image and report
    back to the same origin. Reads the cached site identity: no query on a warm cache.
    """
    origin = cached("site-identity", SiteIdentity.current).tracking_origin
    if not origin:
        return []
    return [("script-src", origin), ("img-src", origin), ("connect-src", origin)]
