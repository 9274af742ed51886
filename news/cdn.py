"""Tell a CDN in front of the site which cached pages to drop, by tag, when content changes.

Pages carry the tags of what they show in `Cache-Tag` and `Surrogate-Key` (portal.pagecache).
When CDN_PURGE_URL is set (`https://api.cdn.example/purge?tag={tag}`, or `{tags}` for one
request with all of them, comma-separated), the process that stamps a change (news.cache)
asks the CDN to drop the pages with those tags, after the stamp commits. CDN_PURGE_METHOD
(POST by default) and CDN_PURGE_TOKEN (sent as `Authorization: Bearer ...`) complete it.
A CDN that does not answer within CDN_PURGE_TIMEOUT seconds is logged; its copies then expire
after CDN_MAX_AGE.
"""

import logging
import urllib.error
import urllib.request
from urllib.parse import quote

from django.conf import settings

logger = logging.getLogger(__name__)


def requests_for(tags):
    template = settings.CDN_PURGE_URL
    ordered = sorted(tags)
    if "{tags}" in template:
        return [template.replace("{tags}", quote(",".join(ordered), safe=","))]
    return [template.replace("{tag}", quote(tag, safe="")) for tag in ordered]


def purge(tags):
    if not settings.CDN_PURGE_URL or not tags:
        return
    headers = {"User-Agent": "cong-thong-tin-purge"}
    if settings.CDN_PURGE_TOKEN:
        headers["Authorization"] = f"Bearer {settings.CDN_PURGE_TOKEN}"
    for url in requests_for(tags):
        request = urllib.request.Request(  # noqa: S310 (an address the operator configured)
            url, method=settings.CDN_PURGE_METHOD, headers=headers
        )
        try:
            with urllib.request.urlopen(request, timeout=settings.CDN_PURGE_TIMEOUT) as answer:  # noqa: S310
                answer.read()
        except (OSError, urllib.error.URLError) as error:
            logger.warning("CDN purge of %s failed: %s", url, error)
