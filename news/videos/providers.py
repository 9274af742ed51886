"""Video addresses: which provider and which video a pasted URL names, and nothing more.

`parse_video_url` accepts YouTube, Vimeo and Facebook video addresses in the forms people copy
from their browsers and share buttons, and refuses everything else with a message staff can act
on. Only the provider, the video id and a start time are kept: the player and the thumbnail are
built from them, never from what was typed.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_LENGTH = 2048

YOUTUBE, VIMEO, FACEBOOK = "youtube", "vimeo", "facebook"
PROVIDER_NAMES = {YOUTUBE: "YouTube", VIMEO: "Vimeo", FACEBOOK: "Facebook"}

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
FACEBOOK_HOSTS = {"facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com"}

YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
NUMERIC_ID = re.compile(r"[0-9]{1,20}")
# "42", "42s", "1m30s", "1h2m3s"
START = re.compile(r"(?:(?P<h>[0-9]{1,2})h)?(?:(?P<m>[0-9]{1,4})m)?(?:(?P<s>[0-9]{1,6})s?)?")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")

MESSAGES = {
    "too_long": _("Địa chỉ video quá dài (tối đa 2.048 ký tự)."),
    "html": _(
        "Hãy dán địa chỉ (URL) của video, không dán mã nhúng <iframe>. Ví dụ: "
        "https://www.youtube.com/watch?v=..."
    ),
    "scheme": _("Địa chỉ video phải bắt đầu bằng http:// hoặc https://."),
    "malformed": _("Địa chỉ video không hợp lệ."),
    "host": _(
        "Chỉ nhận video trên YouTube, Vimeo hoặc Facebook. Hãy mở video trên trang đó và sao "
        "chép địa chỉ trên thanh địa chỉ của trình duyệt."
    ),
    "no_id": _(
        "Không tìm thấy mã video trong địa chỉ này. Hãy mở đúng trang của video rồi sao chép "
        "địa chỉ."
    ),
    "fb_short": _(
        "Địa chỉ rút gọn fb.watch không cho biết mã video. Hãy mở video trên Facebook và sao "
        "chép địa chỉ đầy đủ (có /videos/ hoặc watch?v=)."
    ),
}


@dataclass(frozen=True)
class ParsedVideo:
    provider: str
    video_id: str
    start: int = 0


def _refuse(code):
    raise ValidationError(MESSAGES[code], code=code)


def _start_seconds(value):
    match = START.fullmatch(value or "")
    if not value or not match:
        return 0
    h, m, s = (int(match.group(name) or 0) for name in ("h", "m", "s"))
    return h * 3600 + m * 60 + s


def _youtube_id(host, segments, query):
    if host == "youtu.be":
        return segments[0] if len(segments) == 1 else None
    if segments == ["watch"]:
        return (query.get("v") or [None])[0]
    if len(segments) == 2 and segments[0] in {"shorts", "embed", "live", "v"}:
        return segments[1]
    return None


def _vimeo_id(host, segments):
    if host == "player.vimeo.com":
        return segments[1] if len(segments) == 2 and segments[0] == "video" else None
    if len(segments) == 1:
        return segments[0]
    if len(segments) == 3 and segments[0] == "channels":
        return segments[2]
    return None


def _facebook_id(segments, query):
    if segments in (["watch"], ["video.php"]):
        return (query.get("v") or [None])[0]
    if len(segments) == 2 and segments[0] == "reel":
        return segments[1]
    if len(segments) >= 3 and segments[1] == "videos":
        return segments[-1]  # /<page>/videos/<id>/ or /<page>/videos/<title>/<id>/
    return None


def parse_video_url(url):
    """The provider, id and start time a video URL names; ValidationError for anything else."""
    url = (url or "").strip()
    if len(url) > MAX_LENGTH:
        _refuse("too_long")
    if "<" in url or ">" in url:
        _refuse("html")
    if not url:
        _refuse("malformed")
    if not SCHEME.match(url):
        url = f"https://{url}"  # "youtube.com/watch?v=..." typed without a scheme
    if re.search(r"[\s\\\"'`]", url):
        _refuse("malformed")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        _refuse("malformed")
    if not parts.netloc.isascii():
        _refuse("host")  # look-alike letters from other scripts: "yоutube.com" with a Cyrillic о
    if parts.scheme.lower() not in {"http", "https"}:
        _refuse("scheme")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        _refuse("host")
    if port not in (None, 80, 443):
        _refuse("host")
    host = (parts.hostname or "").lower().rstrip(".")
    segments = [segment for segment in parts.path.split("/") if segment]
    query = parse_qs(parts.query)

    if host in YOUTUBE_HOSTS or host == "youtu.be":
        provider, video_id, pattern = YOUTUBE, _youtube_id(host, segments, query), YOUTUBE_ID
        start = (query.get("t") or query.get("start") or [""])[0]
    elif host in VIMEO_HOSTS:
        provider, video_id, pattern = VIMEO, _vimeo_id(host, segments), NUMERIC_ID
        start = parts.fragment[2:] if parts.fragment.startswith("t=") else ""
    elif host in FACEBOOK_HOSTS:
        provider, video_id, pattern = FACEBOOK, _facebook_id(segments, query), NUMERIC_ID
        start = ""
    elif host == "fb.watch":
        _refuse("fb_short")
    else:
        _refuse("host")
    if not video_id or not pattern.fullmatch(video_id):
        _refuse("no_id")
    return ParsedVideo(provider, video_id, _start_seconds(start))


def validate_video_url(url):
    parse_video_url(url)


def embed_url(provider, video_id, start=0):
    """The player's address, from the provider and the id only."""
    if provider == YOUTUBE:
        suffix = f"?start={start}" if start else ""
        return f"https://www.youtube-nocookie.com/embed/{video_id}{suffix}"
    if provider == VIMEO:
        suffix = f"#t={start}s" if start else ""
        return f"https://player.vimeo.com/video/{video_id}{suffix}"
    if provider == FACEBOOK:
        href = quote(watch_url(provider, video_id), safe="")
        return f"https://www.facebook.com/plugins/video.php?href={href}&show_text=false"
    raise ValueError(provider)


def watch_url(provider, video_id):
    """The video's own page at its provider."""
    return {
        YOUTUBE: f"https://www.youtube.com/watch?v={video_id}",
        VIMEO: f"https://vimeo.com/{video_id}",
        FACEBOOK: f"https://www.facebook.com/watch/?v={video_id}",
    }[provider]


# Where the thumbnails of thumbnail_url() are loaded from: the pages' image policy allows it.
THUMBNAIL_ORIGINS = ("https://i.ytimg.com",)


def thumbnail_url(provider, video_id):
    """The provider's still image for the video, when its address follows a known pattern.

    Only YouTube publishes one at a predictable address; the others need an API call, which
    is not made: their videos show a drawn placeholder instead.
    """
    if provider == YOUTUBE:
        return f"https://i.ytimg.com/vi/{video_id}/hqdefault.jpg"
    return ""
