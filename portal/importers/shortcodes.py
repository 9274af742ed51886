"""WordPress shortcodes: `[caption]`, `[gallery]`, `[embed]`... converted where the portal has an
equivalent; any other removed, keeping the text it encloses (page builders wrap whole articles
in `[vc_row][vc_column_text]...`).

WordPress only expands the shortcodes its plugins registered, and we do not know which the old
site had, so what looks like one must look the part: a lower-case ASCII name and attributes
WordPress could parse. "[Xem thêm]" or "[1]" in a sentence stay text.
"""

import html
import re

from .bodies import figure, plain

# wp-includes/shortcodes.php get_shortcode_regex(), for any name rather than registered ones.
_SHORTCODE = re.compile(
    r"\[(\[?)([a-z][a-z0-9_]*(?:-[a-z0-9_]+)*)(?![\w-])"
    r"([^\]/]*(?:/(?!\])[^\]/]*)*?)"
    r"(?:(/)\]|\](?:([^\[]*(?:\[(?!/\2\])[^\[]*)*)(\[/\2\]))?)"
    r"(\]?)"
)
# wp-includes/shortcodes.php shortcode_parse_atts()
_ATTRIBUTE = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|"""
    r"""([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)"""
)
_LEADING_IMAGE = re.compile(r"^\s*((?:<a\s[^>]*>\s*)?<img\s[^>]*>(?:\s*</a>)?)(.*)$", re.DOTALL)
EMBEDS = {"embed", "video", "audio", "youtube", "playlist", "vimeo"}


def parse_attributes(text):
    """Named and positional attributes, or None if `text` is not what WordPress would parse."""
    named, positional = {}, []
    text = text.replace("\u00a0", " ").replace("\u200b", " ").strip()
    position = 0
    for match in _ATTRIBUTE.finditer(text):
        if text[position : match.start()].strip():
            return None
        position = match.end()
        groups = match.groups()
        if groups[0]:
            named[groups[0].lower()] = groups[1]
        elif groups[2]:
            named[groups[2].lower()] = groups[3]
        elif groups[4]:
            named[groups[4].lower()] = groups[5]
        elif groups[6] is not None:
            positional.append(groups[6])
        elif groups[7] is not None:
            positional.append(groups[7])
        elif groups[8]:
            if not groups[8].isascii():
                return None  # a word of a sentence, not an attribute
            positional.append(groups[8])
    if text[position:].strip():
        return None
    return named, positional


def convert(text, handlers, report):
    """`text` with every shortcode converted by `handlers` ({name: fn(attrs, args, content)})
    or removed; what was done is tallied in `report`."""
    if "[" not in text:
        return text

    def replace(match):
        if match.group(1) == "[" and match.group(7) == "]":
            return match.group(0)[1:-1]  # [[gallery]] is how WordPress writes "[gallery]"
        name, content = match.group(2), match.group(5)
        attributes = parse_attributes(match.group(3))
        if attributes is None:
            return match.group(0)
        handler = handlers.get(name)
        if handler is not None:
            converted = handler(*attributes, content or "")
            if converted is not None:
                report.tally("Mã ngắn (shortcode) đã chuyển đổi", f"[{name}]")
                return converted
        report.tally("Mã ngắn (shortcode) đã bỏ, giữ phần chữ bên trong", f"[{name}]")
        return convert(content or "", handlers, report)

    return _SHORTCODE.sub(replace, text)


def caption(named, positional, content):
    """[caption caption="..."]<img>[/caption] or [caption]<img> Chú thích[/caption]."""
    match = _LEADING_IMAGE.match(content)
    if not match:
        return None
    text = named.get("caption") or plain(match.group(2))
    return figure(match.group(1), text)


def embed_link(named, positional, content):
    """A video or audio: no player may be embedded in a body, so it becomes a link."""
    url = content.strip() or next(
        (
            value
            for key, value in named.items()
            if key in ("src", "url", "mp4", "m4v", "webm", "mp3", "ogg", "id")
        ),
        positional[0] if positional else "",
    )
    url = html.unescape(url.strip())
    if not url.startswith(("http://", "https://")):
        return None
    escaped = html.escape(url)
    return f'<p><a href="{escaped}">{escaped}</a></p>'


def handlers(gallery):
    """The conversions; `gallery(named)` returns the figures of a [gallery] or None."""
    found = {"caption": caption, "wp_caption": caption, "gallery": lambda n, p, c: gallery(n)}
    found.update({name: embed_link for name in EMBEDS})
    return found
