"""The response headers that limit what a page may load, embed or be embedded in.

The Content-Security-Policy is built here and nowhere else, for every response, cached pages
included. The page that loads something from elsewhere (the agency's tracking script) says so
with `allow_source(request, directive, source)`: that one response's policy allows it, and the
page cache keeps the sources with the page, so its copies carry the same policy. No source is
ever added to every response: the admin's and the sign-in page's policies stay our own.
"""

import functools

from django.conf import settings

from news.media import media_origin
from news.videos.providers import THUMBNAIL_ORIGINS

# The video players an article or a video page may embed.
VIDEO_FRAMES = (
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://www.facebook.com",
)

BASE_POLICY = {
    "default-src": ("'self'",),
    "script-src": ("'self'",),
    "style-src": ("'self'",),
    "img-src": ("'self'", "data:"),
    "font-src": ("'self'",),
    "connect-src": ("'self'",),
    "media-src": ("'self'",),
    "frame-src": VIDEO_FRAMES,
    "object-src": ("'none'",),
    "base-uri": ("'self'",),
    "form-action": ("'self'",),
    "frame-ancestors": ("'none'",),
}

# CKEditor 5 injects its stylesheet and positions its panels with style attributes; the admin
# needs blob: images for the editor's upload previews. Scripts stay our own everywhere.
ADMIN_POLICY = {
    "style-src": ("'self'", "'unsafe-inline'"),
    "img-src": ("'self'", "data:", "blob:"),
}

# Uploaded files are data, never a page: even an HTML or SVG file that slipped in renders inert.
MEDIA_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"

PERMISSIONS_POLICY = ", ".join(
    [
        "accelerometer=()",
        "camera=()",
        "geolocation=()",
        "gyroscope=()",
        "magnetometer=()",
        "microphone=()",
        "payment=()",
        "usb=()",
        "browsing-topics=()",
        # The embedded players may go full screen and play protected video.
        "fullscreen=(self " + " ".join(f'"{origin}"' for origin in VIDEO_FRAMES) + ")",
        "encrypted-media=(self " + " ".join(f'"{origin}"' for origin in VIDEO_FRAMES) + ")",
        "picture-in-picture=(self " + " ".join(f'"{origin}"' for origin in VIDEO_FRAMES) + ")",
    ]
)


def allow_source(request, directive, origin):
    """Let this response's policy allow `origin` for `directive` (e.g. "script-src")."""
    extra = request.__dict__.setdefault("_csp_extra", {})
    extra.setdefault(directive, []).append(origin)


def content_security_policy(request):
    admin = request.path.startswith(("/admin/", "/editor/"))
    extra = [
        (directive, origin)
        for directive, origins in getattr(request, "_csp_extra", {}).items()
        for origin in origins
    ]
    return _policy(admin, tuple(extra), media_origin())


def image_sources(media):
    """Where pages load images from besides themselves: uploads in object storage (its
    endpoint or S3_CUSTOM_DOMAIN) and the video providers' thumbnails."""
    return tuple(filter(None, [media, *THUMBNAIL_ORIGINS]))


@functools.lru_cache(maxsize=64)
def _policy(admin, extra, media):
    """The header's text, made once for each combination: it is sent with every response."""
    policy = {name: list(sources) for name, sources in BASE_POLICY.items()}
    if admin:
        policy.update({name: list(sources) for name, sources in ADMIN_POLICY.items()})
    policy["img-src"] += image_sources(media)
    for directive, origin in extra:
        sources = policy.setdefault(directive, [])
        if origin and origin not in sources:
            sources.append(origin)
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in policy.items())


class SecurityHeadersMiddleware:
    """Adds the policy headers to every response that does not set its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(settings.MEDIA_URL):
            response.headers.setdefault("Content-Security-Policy", MEDIA_POLICY)
        else:
            response.headers.setdefault("Content-Security-Policy", content_security_policy(request))
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
        response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        return response
