"""The agency's tracking or verification script (e.g. the EMC badge): what the
Content-Security-Policy of a page that loads it must allow, and nothing more."""

from urllib.parse import quote, urlsplit

from django.utils.html import format_html

from portal.security import allow_source

# Characters a CSP path may hold as they are; ";" and "," would end a directive or a policy.
PATH_SAFE = "/-._~!$&'()*+=:@%"


def csp_sources(identity):
    """(directive, source) pairs for the page that loads `identity`'s script: that one script
    file may run (its exact address, not every script of its host), and the badge may draw its
    image and report back to its origin."""
    origin = identity.tracking_origin
    if not origin:
        return []
    path = quote(urlsplit(identity.tracking_script_url).path or "/", safe=PATH_SAFE)
    return [("script-src", origin + path), ("img-src", origin), ("connect-src", origin)]


def script_tag(request, identity):
    """The script element, after allowing it in this response's policy (kept with the page in
    the page cache, so a cached copy carries the policy it was made with)."""
    sources = csp_sources(identity)
    if not sources:
        return ""
    for directive, source in sources:
        allow_source(request, directive, source)
    return format_html('<script src="{}" async></script>', identity.tracking_script_url)
