"""Public addresses of content, each made once per process.

`reverse()` walks the URL patterns on every call, and a page lists dozens of items (menu,
sidebar, related articles): a tenth of an article page's rendering went there. An address
depends only on the view's name, its arguments, the URL configuration and the script prefix,
all part of the key here.
"""

import functools

from django.conf import settings
from django.core.signals import setting_changed
from django.urls import get_script_prefix, get_urlconf, reverse


@functools.lru_cache(maxsize=50_000)
def _address(urlconf, prefix, name, args):
    return reverse(name, args=args, urlconf=urlconf)


def address(name, *args):
    """reverse(name, args=args), remembered."""
    return _address(get_urlconf() or settings.ROOT_URLCONF, get_script_prefix(), name, args)


def _forget(setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _address.cache_clear()


setting_changed.connect(_forget)
