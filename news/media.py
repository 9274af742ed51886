"""Where uploads are served from: our own media, on disk (MEDIA_URL) or in object storage.

The rich-text sanitizer accepts images from here only, and the Content-Security-Policy allows
this origin for images. Asked of the storage itself, so that S3_CUSTOM_DOMAIN or an S3 endpoint
is followed without a setting of its own.
"""

import functools
from urllib.parse import urlsplit

from django.core.files.storage import default_storage
from django.core.signals import setting_changed


@functools.cache
def media_base_url():
    """The address every stored file's URL starts with: "/media/" or "https://host/media/"."""
    probe = "probe"
    url = default_storage.url(probe).split("?", 1)[0]  # a signed URL carries a query
    return url[: -len(probe)]


def media_origin():
    """ "https://host[:port]" when uploads are served from another origin, else ""."""
    parts = urlsplit(media_base_url())
    if parts.scheme in ("http", "https") and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return ""


def _forget(setting, **kwargs):
    if setting in ("STORAGES", "MEDIA_URL"):
        media_base_url.cache_clear()


setting_changed.connect(_forget)
